/* Fuzz target: the command-line tool's argument parser (tools/args.c). The
 * input is argv as NUL-separated strings; it goes through the global options,
 * a command's option table with every kind of option, and the number and date
 * arguments. Nothing is run and no file is opened: the parser only sorts and
 * checks words. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { MAX_ARGS = 64 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* one writable copy: list options split "a,b" in place, as in argv */
    char *buf = malloc(size + 1);
    if (!buf)
        return 0;
    memcpy(buf, data, size);
    buf[size] = '\0';
    char *argv[MAX_ARGS + 1];
    int argc = 0;
    for (size_t i = 0; i <= size && argc < MAX_ARGS;) {
        argv[argc++] = buf + i;
        i += strlen(buf + i) + 1;
    }
    argv[argc] = NULL;

    qzc_ctx c;
    memset(&c, 0, sizeof(c));
    c.command = "fuzz";
    if (qzc_take_globals(&c.g, &argc, argv) == 0 && argc >= 0 && argc <= MAX_ARGS) {
        const char *date = NULL, *number = NULL, *pos[3] = {NULL, NULL, NULL};
        int flag = 0, n = 0;
        qzc_list list = {0};
        const qzc_opt spec[] = {{"--date", QZC_OPT_VALUE, &date}, {"--limit", QZC_OPT_VALUE, &number},
                                {"--major", QZC_OPT_FLAG, &flag}, {"--present", QZC_OPT_LIST, &list},
                                {"-o", QZC_OPT_VALUE, &date},     {NULL, QZC_OPT_FLAG, NULL}};
        if (qzc_parse(&c, argc, argv, spec, pos, 0, 3, &n) == 0) {
            qz_date d;
            int v;
            if (date)
                qzc_date_arg(&c, date, "--date", &d);
            if (number)
                qzc_int_arg(&c, number, "--limit", &v);
            for (int i = 0; i < n; i++)
                qzc_int_arg(&c, pos[i], "N", &v);
            for (size_t i = 0; i < list.n; i++)
                if (!list.items[i] || !*list.items[i])
                    abort(); /* empty values are never listed */
        }
        qzc_list_free(&list);
    }
    free(buf);
    return 0;
}
