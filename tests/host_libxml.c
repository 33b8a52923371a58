/* A host program that uses libxml2 itself, as servers do: it installs its own
 * global error handlers and calls xmlCleanupParser() between quanze loads.
 * Checks that quanze never calls those handlers and prints nothing, over
 * every test file and fuzz corpus entry, and that loads keep working after
 * each cleanup (with and without qz_init's cache). Run under valgrind when
 * it is installed (tests/util.cmake), which sees any use of freed libxml2
 * state.
 *     host_libxml SOURCE_DIR */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "quanze.h"

static long generic_calls, structured_calls, files_read;

static void count_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
    generic_calls++;
}

static void count_structured(void *ctx, xmlErrorPtr error)
{
    (void)ctx;
    (void)error;
    structured_calls++;
}

static void install_handlers(void)
{
    xmlSetGenericErrorFunc(NULL, count_generic);
    xmlSetStructuredErrorFunc(NULL, count_structured);
}

static int failures;

static void check(int ok, const char *what)
{
    if (!ok) {
        fprintf(stdout, "FAILED: %s (%s)\n", what, qz_error_message(qz_error_last()));
        failures++;
    }
}

/* Every loader, from the file and from memory: failures are expected for
 * most of these inputs; only the handlers and the output matter here. */
static void load_everything(const char *path)
{
    qz_calendar *cal;
    qz_org *org;
    qz_rules *rules;
    if (qz_calendar_load_file(&cal, path) == QZ_OK)
        qz_calendar_free(cal);
    if (qz_org_load_file(&org, path) == QZ_OK)
        qz_org_free(org);
    if (qz_rules_load_file(&rules, path) == QZ_OK)
        qz_rules_free(rules);
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof(buf), f);
    fclose(f);
    if (qz_calendar_load_memory(&cal, buf, n, path) == QZ_OK)
        qz_calendar_free(cal);
    if (qz_org_load_memory(&org, buf, n, path) == QZ_OK)
        qz_org_free(org);
    if (qz_rules_load_memory(&rules, buf, n, path) == QZ_OK)
        qz_rules_free(rules);
    files_read++;
}

/* Inputs made here: other encodings with and without byte order marks, bad
 * UTF-8, encodings named in the declaration. */
static void load_made_up(void)
{
    static const char *const utf8[] = {
        "<?xml version='1.0' encoding='ISO-8859-1'?><calendar/>",
        "<?xml version='1.0' encoding='UTF-16'?><calendar/>",
        "<?xml version='1.0' encoding='nonsense'?><calendar/>",
        "<calendar version='1'>\xff\xfe</calendar>",
        "<calendar version='1' x='\xc3'/>",
        "<calendar version='1'>\xed\xa0\x80</calendar>",
        "<calendar version='1'>\xf4\x90\x80\x80</calendar>",
        "<calendar version='1'><",
        "<calendar version='1'>&#0;</calendar>",
        "<?xml version='1.1'?><calendar/>",
    };
    static const char wide[][64] = {
        "\xfe\xff\x00<\x00c\x00/\x00>",
        "\xff\xfe<\x00c\x00/\x00>\x00",
        "\x00<\x00c\x00/\x00>",
        "<\x00c\x00/\x00>\x00",
        "\x00\x00\x00<\x00\x00\x00c",
        "<\x00\x00\x00c\x00\x00\x00",
        "\x00\x00\xfe\xff\x00\x00\x00<",
        "\xff\xfe\x00\x00<\x00\x00\x00",
        "\x4c\x6f\xa7\x94\x93\x40",
        /* UTF-16 without a mark, with a lone surrogate: libxml2's converter
         * reports that through the process-wide handler */
        "<\x00"
        "c\x00>\x00\x00\xdc<\x00/\x00"
        "c\x00>\x00",
        "\x00<\x00"
        "c\x00>\xdc\x00\x00<\x00/\x00"
        "c\x00>",
        "\xff\xfe<\x00"
        "c\x00>\x00\x00\xdc<\x00/\x00"
        "c\x00>\x00",
    };
    qz_calendar *cal;
    qz_org *org;
    qz_rules *rules;
    for (size_t i = 0; i < sizeof(utf8) / sizeof(utf8[0]); i++) {
        size_t n = strlen(utf8[i]);
        check(qz_calendar_load_memory(&cal, utf8[i], n, "made-up.xml") < 0, utf8[i]);
        check(qz_org_load_memory(&org, utf8[i], n, "made-up.xml") < 0, utf8[i]);
        check(qz_rules_load_memory(&rules, utf8[i], n, "made-up.xml") < 0, utf8[i]);
        files_read++;
    }
    for (size_t i = 0; i < sizeof(wide) / sizeof(wide[0]); i++) {
        size_t n = i < 9 ? 12 : 20;
        check(qz_calendar_load_memory(&cal, wide[i], n, "wide.xml") == QZ_EPARSE, "a wide encoding");
        check(qz_org_load_memory(&org, wide[i], n, "wide.xml") == QZ_EPARSE, "a wide encoding");
        check(qz_rules_load_memory(&rules, wide[i], n, "wide.xml") == QZ_EPARSE, "a wide encoding");
        files_read++;
    }
}

static void walk(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        check(0, dir);
        return;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode))
            walk(path);
        else if (S_ISREG(st.st_mode))
            load_everything(path);
    }
    closedir(d);
}

/* The three default files load (so the schemas compile and validate). */
static void load_defaults(const char *src, const char *when)
{
    char path[4096];
    qz_calendar *cal;
    qz_org *org;
    qz_rules *rules;
    snprintf(path, sizeof(path), "%s/data/cn-calendar.xml", src);
    check(qz_calendar_load_file(&cal, path) == QZ_OK, when);
    qz_calendar_free(cal);
    snprintf(path, sizeof(path), "%s/examples/data/yunxi-org.xml", src);
    check(qz_org_load_file(&org, path) == QZ_OK, when);
    qz_org_free(org);
    snprintf(path, sizeof(path), "%s/data/yunxi-rules.xml", src);
    check(qz_rules_load_file(&rules, path) == QZ_OK, when);
    qz_rules_free(rules);
    /* and an invalid one is still refused by the schema */
    static const char bad[] = "<calendar version='1'><nonsense/></calendar>";
    check(qz_calendar_load_memory(&cal, bad, sizeof(bad) - 1, "bad.xml") == QZ_ESCHEMA, when);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: host_libxml SOURCE_DIR\n");
        return 2;
    }
    const char *src = argv[1];
    char dir[4096];

    /* stderr goes to a file that must stay empty */
    char err_path[] = "/tmp/qz-host-stderr-XXXXXX";
    int err_fd = mkstemp(err_path);
    if (err_fd < 0)
        return 2;
    fflush(stderr);
    int saved_stderr = dup(2);
    dup2(err_fd, 2);

    xmlInitParser();
    install_handlers();
    snprintf(dir, sizeof(dir), "%s/tests/data", src);
    walk(dir);
    snprintf(dir, sizeof(dir), "%s/tests/fuzz/corpus", src);
    walk(dir);
    load_made_up();
    check(files_read > 50, "the corpus was found");

    /* cleanup between loads, without and with the qz_init cache */
    for (int round = 0; round < 3; round++) {
        load_defaults(src, "load after xmlCleanupParser");
        xmlCleanupParser();
    }
    for (int round = 0; round < 2; round++) {
        check(qz_init() == QZ_OK, "qz_init");
        check(qz_init() == QZ_OK, "qz_init again");
        load_defaults(src, "load with the cache");
        qz_shutdown();
        xmlCleanupParser();
        load_defaults(src, "load after qz_shutdown and xmlCleanupParser");
        xmlCleanupParser();
    }
    /* the host's handlers are still the ones it installed */
    install_handlers();
    load_everything(err_path);
    snprintf(dir, sizeof(dir), "%s/tests/data/calendar", src);
    walk(dir);

    fflush(stderr);
    dup2(saved_stderr, 2);
    close(saved_stderr);
    struct stat st;
    fstat(err_fd, &st);
    close(err_fd);
    unlink(err_path);

    printf("%ld inputs; global handler calls: generic %ld, structured %ld; %lld bytes on stderr\n",
           files_read, generic_calls, structured_calls, (long long)st.st_size);
    check(generic_calls == 0, "no call to the global generic error handler");
    check(structured_calls == 0, "no call to the global structured error handler");
    check(st.st_size == 0, "nothing printed on stderr");
    xmlCleanupParser();
    return failures ? 1 : 0;
}
