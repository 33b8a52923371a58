/* quanze: the library's questions, one command away.
 *
 *   quanze [GLOBAL OPTIONS] COMMAND [ARGUMENTS] [GLOBAL OPTIONS]
 *
 * Exit statuses: 0 answered, 1 a check failed, 2 usage error, 3 bad input
 * data or a date outside the calendar. */
#include "cli.h"
#include "help.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct qzc_command {
    const char *name;
    int (*run)(qzc_ctx *c, int argc, char **argv);
    const char *summary;
    const char *help;
} qzc_command;

static const qzc_command commands[] = {
    {"workdays", qzc_cmd_workdays, "working days: is, add, between, year", QZC_HELP_WORKDAYS},
    {"meeting", qzc_cmd_meeting, "who convenes, presides, attends and signs the minutes", QZC_HELP_MEETING},
    {"sign", qzc_cmd_sign, "who signs and countersigns a document", QZC_HELP_SIGN},
    {"acting", qzc_cmd_acting, "who exercises an absent post's authority", QZC_HELP_ACTING},
    {"deadline", qzc_cmd_deadline, "when something is due", QZC_HELP_DEADLINE},
    {"leave", qzc_cmd_leave, "whether a leave notice was in time, and whom to tell", QZC_HELP_LEAVE},
    {"quorum", qzc_cmd_quorum, "whether a meeting has its quorum", QZC_HELP_QUORUM},
    {"matrix", qzc_cmd_matrix, "the whole authority matrix (text, JSON or HTML)", QZC_HELP_MATRIX},
    {"validate", qzc_cmd_validate, "check organisation, rule-set and calendar files", QZC_HELP_VALIDATE},
    {"calendar", qzc_cmd_calendar, "import a State Council holiday notice as a calendar overlay",
     QZC_HELP_CALENDAR},
    {"check", qzc_cmd_check, "may this post or person sign, convene, act...? (exit 1: denied)",
     qzc_help_check},
    {"audit", qzc_cmd_audit, "audit a log of records against the rules of each date", qzc_help_audit},
    {"route", qzc_cmd_route, "the route of a draft: review, consultation, signing, issue", QZC_HELP_ROUTE},
    {"docnum", qzc_cmd_docnum, "check a document number (发文字号) against GB/T 9704-2012", QZC_HELP_DOCNUM},
    {"periodic", qzc_cmd_periodic, "whether a periodic obligation was met in a period", QZC_HELP_PERIODIC},
    {"substitute", qzc_cmd_substitute, "may a deputy attend a meeting for a principal", QZC_HELP_SUBSTITUTE},
    {"normative", qzc_cmd_normative, "check a normative document against the rule set's checks",
     QZC_HELP_NORMATIVE},
    {"obligations", qzc_cmd_obligations, "what a post must report, file, plan... in a range of days",
     QZC_HELP_OBLIGATIONS},
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static const qzc_command *find_command(const char *name)
{
    size_t i;
    for (i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

static void print_main_help(FILE *f)
{
    size_t i;
    fputs("Usage: quanze [OPTIONS] COMMAND [ARGUMENTS]\n"
          "\n"
          "Answers questions about a government's work rules: who convenes, presides,\n"
          "signs and acts, and by when, citing the article that says so.\n"
          "\n"
          "Commands:\n",
          f);
    for (i = 0; i < NCOMMANDS; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fputs("  help       show the help of a command\n\n", f);
    fputs(QZC_HELP_GLOBAL, f);
    fputs("\nRun 'quanze COMMAND --help' for a command's arguments.\n", f);
}

int qzc_exit_for(int code)
{
    switch (code) {
    case QZ_OK: return QZC_EXIT_OK;
    case QZ_EINVAL:
    case QZ_ENOTFOUND: return QZC_EXIT_USAGE;
    default: /* parse, schema, range, I/O, limits, memory: the data let us down */ return QZC_EXIT_DATA;
    }
}

const char *qzc_error_bare(const char *msg, const char *file)
{
    size_t n = file ? strlen(file) : 0;
    const char *p;

    /* The library's messages start with "file:line:column: " when they have
     * a place; the tool prints the place itself. */
    if (!msg || n == 0 || strncmp(msg, file, n) != 0)
        return msg;
    p = msg + n;
    while (p[0] == ':' && p[1] >= '0' && p[1] <= '9') {
        p++;
        while (*p >= '0' && *p <= '9')
            p++;
    }
    return p[0] == ':' && p[1] == ' ' ? p + 2 : msg;
}

void qzc_print_error(FILE *f, const char *fallback_file)
{
    const qz_error *e = qz_error_last();
    const char *file = qz_error_file(e);
    const char *msg = qz_error_message(e);
    int line = qz_error_line(e), col = qz_error_column(e);

    if (!msg || !*msg)
        msg = qz_strerror(qz_error_code(e));
    if (!file || !*file)
        file = fallback_file;
    qzc_print_at(f, file, line, col, qzc_error_bare(msg, file));
}

void qzc_put_escaped(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch < 0x20 || ch == 0x7f)
            fprintf(f, "\\x%02x", ch); /* a file name may hold any byte but '/' and NUL */
        else
            fputc(ch, f);
    }
}

void qzc_print_at(FILE *f, const char *file, int line, int column, const char *msg)
{
    if (file) {
        qzc_put_escaped(f, file);
        if (line > 0)
            fprintf(f, ":%d", line);
        if (line > 0 && column > 0)
            fprintf(f, ":%d", column);
    } else {
        fputs("quanze", f);
    }
    fputs(": ", f);
    qzc_put_escaped(f, msg);
    fputc('\n', f);
}

int qzc_fail(const qzc_ctx *c, int code)
{
    (void)c;
    qzc_print_error(stderr, NULL);
    return qzc_exit_for(code);
}

int qzc_query_failed(const qzc_ctx *c, int rc)
{
    return rc == QZ_OK ? 0 : qzc_fail(c, rc);
}

const char *qzc_date_str(qz_date d)
{
    static char bufs[4][QZ_DATE_BUFSIZE];
    static int next;
    char *b = bufs[next++ & 3];
    if (qz_date_format(b, QZ_DATE_BUFSIZE, d) != QZ_OK)
        strcpy(b, "?");
    return b;
}

const char *qzc_weekday_cn(qz_date d)
{
    static const char *const names[] = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
    int w = qz_date_weekday(d);
    return w >= 1 && w <= 7 ? names[w - 1] : "";
}

/* "quanze help [COMMAND]" */
static int run_help(int argc, char **argv)
{
    const qzc_command *cmd;
    if (argc < 1) {
        print_main_help(stdout);
        return QZC_EXIT_OK;
    }
    cmd = find_command(argv[0]);
    if (!cmd)
        return qzc_usage(NULL, "unknown command '%s'", argv[0]);
    fputs(cmd->help, stdout);
    qzc_help_vocabulary(NULL, cmd->name, stdout);
    return QZC_EXIT_OK;
}

static int run(int argc, char **argv)
{
    qzc_ctx c;
    const qzc_command *cmd;
    int rc;

    memset(&c, 0, sizeof(c));
    argc--;
    argv++;
    if ((rc = qzc_take_globals(&c.g, &argc, argv)) != 0)
        return rc;
    if (c.g.version) {
        printf("quanze %s (library %s)\n", QZ_VERSION_STRING, qz_version_string());
        return QZC_EXIT_OK;
    }
    if (argc > 0 && strcmp(argv[0], "help") == 0)
        return run_help(argc - 1, argv + 1);
    if (argc == 0) {
        if (c.g.help) {
            print_main_help(stdout);
            return QZC_EXIT_OK;
        }
        print_main_help(stderr);
        return QZC_EXIT_USAGE;
    }
    cmd = find_command(argv[0]);
    if (!cmd)
        return qzc_usage(NULL, "unknown command '%s'", argv[0]);
    if (c.g.help) {
        fputs(cmd->help, stdout);
        qzc_help_vocabulary(&c.g, cmd->name, stdout);
        return QZC_EXIT_OK;
    }
    c.command = cmd->name;
    rc = cmd->run(&c, argc - 1, argv + 1);
    qzc_ctx_free(&c);
    return rc;
}

int main(int argc, char **argv)
{
    int rc = run(argc, argv);
    /* every path, --help and --version included, fails when the output
     * could not be written (a full disk, a file size limit, a closed pipe) */
    if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
        fputs("quanze: cannot write the output\n", stderr);
        return QZC_EXIT_DATA;
    }
    return rc;
}
