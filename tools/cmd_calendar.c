/* quanze calendar import NOTICE.txt [--supplement FILE]... [-o FILE]
 *
 * Turns the State Council's notice (and any supplementary notices) into a
 * calendar overlay file. The output is written atomically: a temporary file
 * in the same directory, renamed over FILE only when complete, so a failed
 * import never leaves FILE truncated or half-written. */
#define _POSIX_C_SOURCE 200809L /* mkstemp, fdopen, fsync */

#include "atomic.h"
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Reads a whole file; NULL (after printing why) on failure. */
static char *read_all(const char *path, size_t *len)
{
    const char *why = NULL;
    FILE *f = qzc_open_regular(path, &why);
    char *buf = NULL;
    size_t cap = 0, n = 0;

    if (!f) {
        fprintf(stderr, "%s: cannot open: %s\n", path, why);
        return NULL;
    }
    for (;;) {
        if (n + 4096 + 1 > cap) {
            char *more = realloc(buf, cap = (n + 4096) * 2);
            if (!more) {
                fprintf(stderr, "%s: out of memory\n", path);
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = more;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        fprintf(stderr, "%s: cannot read\n", path);
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Reads a notice file and applies it to *cal (NULL: the first, an annual notice). */
static int take_notice(qz_calendar **cal, const char *path)
{
    size_t len = 0;
    char *text = read_all(path, &len);
    qz_calendar *next = NULL;
    int rc;

    if (!text)
        return QZC_EXIT_DATA;
    rc = *cal ? qz_calendar_apply_notice(&next, *cal, text, len, path)
              : qz_calendar_parse_notice(&next, text, len, path);
    free(text);
    if (rc != QZ_OK) {
        qzc_print_error(stderr, path);
        return QZC_EXIT_DATA;
    }
    qz_calendar_free(*cal);
    *cal = next;
    return 0;
}

/* Writes @p len bytes to @p path through a temporary file in its directory. */
static int write_atomically(const char *path, const char *data, size_t len)
{
    size_t n = strlen(path);
    char *tmp = malloc(n + 16);
    int fd, ok;
    FILE *f;
    struct stat st;

    /* renaming over a device, a directory or a symbolic link would replace
     * it rather than write to it: only a regular file (or none) is replaced */
    if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        fprintf(stderr, "%s: not a regular file; not replaced\n", path);
        free(tmp);
        return QZC_EXIT_DATA;
    }
    if (!tmp) {
        fprintf(stderr, "%s: out of memory\n", path);
        return QZC_EXIT_DATA;
    }
    memcpy(tmp, path, n);
    memcpy(tmp + n, ".tmp-XXXXXX", 12);
    if ((fd = mkstemp(tmp)) < 0) {
        fprintf(stderr, "%s: cannot create a temporary file beside it: %s\n", path, strerror(errno));
        free(tmp);
        return QZC_EXIT_DATA;
    }
    /* an overlay is read by the services that answer: readable by all */
    if (fchmod(fd, 0644) != 0) {
        fprintf(stderr, "%s: cannot set its mode: %s\n", tmp, strerror(errno));
        close(fd);
        unlink(tmp);
        free(tmp);
        return QZC_EXIT_DATA;
    }
    f = fdopen(fd, "wb");
    ok = f && fwrite(data, 1, len, f) == len;
    ok = f && fflush(f) == 0 && ok;
    ok = f && fsync(fileno(f)) == 0 && ok;
    if (f)
        ok = fclose(f) == 0 && ok;
    else
        close(fd);
    if (!ok || rename(tmp, path) != 0) {
        fprintf(stderr, "%s: cannot write: %s\n", path, strerror(errno));
        unlink(tmp);
        free(tmp);
        return QZC_EXIT_DATA;
    }
    free(tmp);
    return 0;
}

static int cmd_import(qzc_ctx *c, int argc, char **argv)
{
    qzc_list supplements = {NULL, 0, 0};
    const char *output = NULL, *pos[1];
    const qzc_opt spec[] = {{"--supplement", QZC_OPT_LIST, &supplements},
                            {"-o", QZC_OPT_VALUE, &output},
                            {"--output", QZC_OPT_VALUE, &output},
                            {NULL, QZC_OPT_FLAG, NULL}};
    qz_calendar *cal = NULL;
    char *xml = NULL;
    size_t len = 0, i;
    int n, rc, first = 0;

    c->command = "calendar import";
    if ((rc = qzc_parse(c, argc, argv, spec, pos, 1, 1, &n)) != 0) {
        qzc_list_free(&supplements);
        return rc;
    }
    rc = take_notice(&cal, pos[0]);
    for (i = 0; !rc && i < supplements.n; i++)
        rc = take_notice(&cal, supplements.items[i]);
    qzc_list_free(&supplements);
    if (!rc && (rc = qz_calendar_save(&xml, &len, cal)) != QZ_OK)
        rc = qzc_fail(c, rc);
    if (!rc && output)
        rc = write_atomically(output, xml, len);
    else if (!rc && fwrite(xml, 1, len, stdout) != len)
        rc = QZC_EXIT_DATA;
    if (!rc && output) {
        qz_calendar_coverage(&first, NULL, cal);
        if (c->g.json) {
            qzj w;
            qzj_init(&w, stdout);
            qzj_begin_object(&w);
            qzj_key(&w, "year");
            qzj_int(&w, first);
            qzj_key(&w, "output");
            qzj_string(&w, output);
            qzj_end_object(&w);
            qzj_finish(&w);
        } else {
            printf("%s: %d年放假安排已写入\n", output, first);
        }
    }
    qz_free(xml);
    qz_calendar_free(cal);
    return rc;
}

int qzc_cmd_calendar(qzc_ctx *c, int argc, char **argv)
{
    if (argc < 1)
        return qzc_usage(c, "missing subcommand (import)");
    if (strcmp(argv[0], "import") == 0)
        return cmd_import(c, argc - 1, argv + 1);
    return qzc_usage(c, "unknown subcommand '%s' (import)", argv[0]);
}
