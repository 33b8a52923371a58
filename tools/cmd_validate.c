/* quanze validate FILE...
 * quanze validate --rules R --org O [--strict] [FILE...]
 *
 * With both --rules and --org, the rule set is also checked against the
 * organisation (qz_model_check): each diagnostic is printed with its place,
 * and errors fail the command (warnings too with --strict).
 *
 * Each file is recognised by its root element, found by a light scan that
 * skips the XML declaration, comments, processing instructions and any
 * DOCTYPE (which the loader then refuses with its own message), and is
 * handed to the matching loader, whose last error gives file:line:column. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* open, fstat, fdopen */
#endif
#include "atomic.h"
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

typedef enum file_kind { KIND_UNKNOWN, KIND_CALENDAR, KIND_ORG, KIND_RULES } file_kind;

static const char *kind_name(file_kind k)
{
    switch (k) {
    case KIND_CALENDAR: return "calendar";
    case KIND_ORG: return "organisation";
    case KIND_RULES: return "rules";
    case KIND_UNKNOWN: break;
    }
    return NULL;
}

/* The root element names of the three formats (see data/schema/). */
static file_kind kind_of_root(const char *name)
{
    if (strcmp(name, "calendar") == 0)
        return KIND_CALENDAR;
    if (strcmp(name, "organisation") == 0)
        return KIND_ORG;
    if (strcmp(name, "rules") == 0)
        return KIND_RULES;
    return KIND_UNKNOWN;
}

/* A byte reader that knows its line and column (columns in characters:
 * UTF-8 continuation bytes do not advance it). */
typedef struct reader {
    FILE *f;
    int line, col;
} reader;

static int get(reader *r)
{
    int ch = fgetc(r->f);
    if (ch == '\n') {
        r->line++;
        r->col = 0;
    } else if (ch != EOF && (ch & 0xC0) != 0x80) {
        r->col++;
    }
    return ch;
}

/* Skips up to and including @p end (a short terminator such as "-->"). */
static int skip_past(reader *r, const char *end)
{
    size_t n = strlen(end), matched = 0;
    int ch;
    while ((ch = get(r)) != EOF) {
        if (ch == end[matched]) {
            if (++matched == n)
                return 1;
        } else {
            matched = ch == end[0] ? 1 : 0;
        }
    }
    return 0;
}

/* Skips a DOCTYPE, including an internal subset in brackets. */
static int skip_doctype(reader *r)
{
    int ch, depth = 0;
    while ((ch = get(r)) != EOF) {
        if (ch == '[')
            depth++;
        else if (ch == ']' && depth > 0)
            depth--;
        else if (ch == '>' && depth == 0)
            return 1;
    }
    return 0;
}

/* Finds the name of the first element. Returns 1 and fills @p name (with
 * its line and column), or 0 when the file has none. */
static int root_element(FILE *f, char *name, size_t size, int *line, int *col)
{
    reader r = {f, 1, 0};
    int ch;

    while ((ch = get(&r)) != EOF) {
        int l, c;
        size_t n = 0;
        if (ch != '<')
            continue;
        l = r.line;
        c = r.col;
        ch = get(&r);
        if (ch == '?') {
            if (!skip_past(&r, "?>"))
                return 0;
            continue;
        }
        if (ch == '!') {
            int a = get(&r), b = a == '-' ? get(&r) : 0;
            if (a == '-' && b == '-') {
                if (!skip_past(&r, "-->"))
                    return 0;
            } else if (!skip_doctype(&r)) {
                return 0;
            }
            continue;
        }
        while (ch != EOF && ch != '>' && ch != '/' && ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r' &&
               n + 1 < size) {
            name[n++] = (char)ch;
            ch = get(&r);
        }
        name[n] = '\0';
        *line = l;
        *col = c;
        return n > 0;
    }
    return 0;
}

typedef struct result {
    const char *file;
    file_kind kind;
    int ok;
    int line, column;
    char message[1024];
} result;

static void set_problem(result *res, int line, int column, const char *msg)
{
    res->ok = 0;
    res->line = line;
    res->column = column;
    snprintf(res->message, sizeof(res->message), "%s", msg);
}

static int load(file_kind kind, const char *path)
{
    int rc = QZ_EINVAL;
    switch (kind) {
    case KIND_CALENDAR: {
        qz_calendar *cal = NULL;
        rc = qz_calendar_load_file(&cal, path);
        qz_calendar_free(cal);
        break;
    }
    case KIND_ORG: {
        qz_org *org = NULL;
        rc = qz_org_load_file(&org, path);
        qz_org_free(org);
        break;
    }
    case KIND_RULES: {
        qz_rules *rules = NULL;
        rc = qz_rules_load_file(&rules, path);
        qz_rules_free(rules);
        break;
    }
    case KIND_UNKNOWN: break;
    }
    return rc;
}

static void check_file(result *res, const char *path)
{
    char root[64], msg[256];
    int line = 0, col = 0, found, rc;
    FILE *f;

    memset(res, 0, sizeof(*res));
    res->file = path;
    res->ok = 1;
    const char *why = NULL;
    if (!(f = qzc_open_regular(path, &why))) {
        set_problem(res, 0, 0, why);
        return;
    }
    found = root_element(f, root, sizeof(root), &line, &col);
    if (!found && ferror(f)) {
        int err = errno; /* a directory, an unreadable device */
        fclose(f);
        set_problem(res, 0, 0, strerror(err));
        return;
    }
    fclose(f);
    if (!found) {
        set_problem(res, 1, 1, "no root element: not an XML document");
        return;
    }
    res->kind = kind_of_root(root);
    if (res->kind == KIND_UNKNOWN) {
        snprintf(msg, sizeof(msg),
                 "unknown root element <%s>: expected <calendar>, <organisation> or <rules>", root);
        set_problem(res, line, col, msg);
        return;
    }
    qz_error_clear();
    rc = load(res->kind, path);
    if (rc != QZ_OK) {
        const qz_error *e = qz_error_last();
        const char *m = qz_error_message(e);
        set_problem(res, qz_error_line(e), qz_error_column(e),
                    m && *m ? qzc_error_bare(m, qz_error_file(e)) : qz_strerror(rc));
    }
}

static void print_text(const result *res)
{
    if (res->ok) {
        qzc_put_escaped(stdout, res->file);
        printf(": ok (%s)\n", kind_name(res->kind));
        return;
    }
    qzc_print_at(stderr, res->file, res->line, res->column, res->message);
}

static void json_line_col(qzj *w, const char *key, int v)
{
    qzj_key(w, key);
    if (v > 0)
        qzj_int(w, v);
    else
        qzj_null(w);
}

static void print_json_file(qzj *w, const result *res)
{
    qzj_begin_object(w);
    qzj_key(w, "file");
    qzj_string(w, res->file);
    qzj_key(w, "kind");
    qzj_string(w, kind_name(res->kind));
    qzj_key(w, "ok");
    qzj_bool(w, res->ok);
    json_line_col(w, "line", res->line);
    json_line_col(w, "column", res->column);
    qzj_key(w, "message");
    qzj_string(w, res->ok ? NULL : res->message);
    qzj_end_object(w);
}

/* ---- the rule set against the organisation ---- */

/* Loads --rules and --org and checks them against each other. On success
 * *out is the list; otherwise the loading error is printed and *out is NULL. */
static int cross_check(const qzc_ctx *c, qz_diagnostics **out)
{
    qz_rules *rules = NULL;
    qz_org *org = NULL;
    int rc;
    *out = NULL;
    qz_error_clear();
    if ((rc = qz_rules_load_file(&rules, c->g.rules)) < 0) {
        qzc_print_error(stderr, c->g.rules);
        return rc;
    }
    if ((rc = qz_org_load_file(&org, c->g.org)) < 0)
        qzc_print_error(stderr, c->g.org);
    else if ((rc = qz_model_check(out, rules, org)) < 0)
        qzc_print_error(stderr, c->g.rules);
    qz_org_free(org);
    qz_rules_free(rules);
    return rc;
}

static void print_diag_text(const qz_diagnostics *d, size_t i)
{
    char msg[1024];
    snprintf(msg, sizeof(msg), "%s: %s [%s]", qz_severity_name(qz_diagnostics_severity(d, i)),
             qz_diagnostics_message(d, i), qz_diagnostics_code(d, i));
    qzc_print_at(stderr, qz_diagnostics_file(d, i), qz_diagnostics_line(d, i), qz_diagnostics_column(d, i),
                 msg);
}

static void print_diag_json(qzj *w, const qz_diagnostics *d, size_t i)
{
    qzj_begin_object(w);
    qzj_key(w, "severity");
    qzj_string(w, qz_severity_name(qz_diagnostics_severity(d, i)));
    qzj_key(w, "code");
    qzj_string(w, qz_diagnostics_code(d, i));
    qzj_key(w, "file");
    qzj_string(w, qz_diagnostics_file(d, i));
    json_line_col(w, "line", qz_diagnostics_line(d, i));
    json_line_col(w, "column", qz_diagnostics_column(d, i));
    qzj_key(w, "message");
    qzj_string(w, qz_diagnostics_message(d, i));
    qzj_end_object(w);
}

int qzc_cmd_validate(qzc_ctx *c, int argc, char **argv)
{
    const char **files;
    qzj w;
    int i, n, rc, all_ok = 1, strict = 0;
    int pair = c->g.rules && c->g.org;
    qz_diagnostics *diags = NULL;
    const qzc_opt spec[] = {{"--strict", QZC_OPT_FLAG, &strict}, {NULL, QZC_OPT_FLAG, NULL}};

    if (argc < 1 && !pair)
        return qzc_usage(c, "no files to check (or --rules and --org to check against each other)");
    files = calloc((size_t)argc + 1, sizeof(*files));
    if (!files) {
        fputs("quanze: out of memory\n", stderr);
        return QZC_EXIT_DATA;
    }
    if ((rc = qzc_parse(c, argc, argv, spec, files, pair ? 0 : 1, argc, &n)) != 0) {
        free(files);
        return rc;
    }
    if (pair && cross_check(c, &diags) < 0) {
        free(files);
        return QZC_EXIT_FAILED;
    }
    if (diags && qz_diagnostics_count(diags) > 0)
        all_ok = qz_diagnostics_error_count(diags) == 0 &&
                 (!strict || qz_diagnostics_count(diags) == qz_diagnostics_error_count(diags));
    if (c->g.json) {
        qzj_init(&w, stdout);
        qzj_begin_object(&w);
        qzj_key(&w, "files");
        qzj_begin_array(&w);
    }
    for (i = 0; i < n; i++) {
        result res;
        check_file(&res, files[i]);
        all_ok = all_ok && res.ok;
        if (c->g.json)
            print_json_file(&w, &res);
        else
            print_text(&res);
    }
    if (c->g.json) {
        qzj_end_array(&w);
        if (pair) {
            qzj_key(&w, "diagnostics");
            qzj_begin_array(&w);
            for (size_t k = 0; k < qz_diagnostics_count(diags); k++)
                print_diag_json(&w, diags, k);
            qzj_end_array(&w);
        }
        qzj_key(&w, "ok");
        qzj_bool(&w, all_ok);
        qzj_end_object(&w);
        qzj_finish(&w);
    } else if (pair) {
        for (size_t k = 0; k < qz_diagnostics_count(diags); k++)
            print_diag_text(diags, k);
        if (!qz_diagnostics_count(diags)) {
            qzc_put_escaped(stdout, c->g.rules);
            fputs(" fits ", stdout);
            qzc_put_escaped(stdout, c->g.org);
            fputs(": ok\n", stdout);
        }
    }
    qz_diagnostics_free(diags);
    free(files);
    return all_ok ? QZC_EXIT_OK : QZC_EXIT_FAILED;
}
