/* quanze audit FILE... [--format text|json|csv|html] [-o OUT] [--fail-fast]:
 * streams records through the library's audit and writes the findings as
 * they come (only the counts per check, unit and month are kept, for the
 * summary), then the summary. Exit 1 when there are violations. */
#include "cli.h"
#include "atomic.h"
#include "help.h"

#include <string.h>

const char qzc_help_audit[] =
    "Usage: quanze audit FILE... [--format text|json|csv|html] [-o OUT] [--fail-fast]\n"
    "\n"
    "Audits records (CSV with a header row, JSON Lines or XML: .csv, .jsonl,\n"
    ".ndjson, .xml) against the rules in force on each record's date: late\n"
    "minutes, late leave notices, quorum failures, signers, conveners and\n"
    "presiders without the authority, late consultation replies. Unreadable\n"
    "records are reported with their line (and column, in XML) and do not stop\n"
    "the run unless --fail-fast is given. Exit status 1 when violations are\n"
    "found. The columns are described in docs/audit.md.\n"
    "\n"
    "  --format F    text (default), json, csv or html (one self-contained page)\n"
    "  -o OUT        write to OUT (replaced only once complete)\n"
    "  --fail-fast   stop at the first unreadable record (exit 3)\n"
    "\n" QZC_HELP_GLOBAL;

enum { FMT_TEXT, FMT_JSON, FMT_CSV, FMT_HTML };

#define MAX_KEYS 256

/* Counts by a string key (check or unit), bounded: the rest is "other". */
typedef struct tally {
    char key[MAX_KEYS][64];
    unsigned long count[MAX_KEYS];
    size_t n;
} tally;

static void tally_add(tally *t, const char *key)
{
    size_t i;
    for (i = 0; i < t->n; i++)
        if (strcmp(t->key[i], key) == 0)
            break;
    if (i == t->n) {
        if (t->n == MAX_KEYS)
            i = MAX_KEYS - 1, key = "other";
        else
            snprintf(t->key[t->n++], sizeof(t->key[0]), "%s", key);
    }
    t->count[i]++;
}

typedef struct run {
    FILE *f;
    int fmt;
    const qz_model *m;
    unsigned long n;
    qzj w;
    tally checks, units;
    unsigned long months[12 * 200]; /* findings per month from 1900 */
} run;

static void csv_field(FILE *f, const char *s)
{
    fputc('"', f);
    for (; s && *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static void html_text(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
}

/* The unit of the first post among the finding's people, or "-". */
static const char *unit_of(const run *r, const char *people, char *buf, size_t size)
{
    size_t n = strcspn(people, ",");
    if (n == 0 || n >= size)
        return "-";
    memcpy(buf, people, n);
    buf[n] = '\0';
    const char *u = qz_org_post_unit(qz_model_org(r->m), buf);
    return u ? u : "-";
}

static int on_finding(const qz_finding *fd, void *ud)
{
    run *r = ud;
    char label[QZ_CITATION_LABEL_BUFSIZE] = "", date[16] = "", ubuf[128];
    if (fd->article > 0)
        qz_citation_label(label, sizeof(label), fd->article, fd->item);
    if (fd->date)
        qz_date_format(date, sizeof(date), fd->date);
    const char *sev = qz_severity_name(fd->severity);
    const char *unit = unit_of(r, fd->people, ubuf, sizeof(ubuf));
    r->n++;
    tally_add(&r->checks, fd->check);
    tally_add(&r->units, unit);
    int y, mo, d;
    if (fd->date && qz_date_to_ymd(&y, &mo, &d, fd->date) == QZ_OK && y >= 1900 && y < 2100)
        r->months[(y - 1900) * 12 + mo - 1]++;
    switch (r->fmt) {
    case FMT_TEXT:
        fprintf(r->f, "%s:%ld", fd->file ? fd->file : "-", fd->line);
        if (fd->column > 0) /* XML records */
            fprintf(r->f, ":%d", fd->column);
        fprintf(r->f, ": %s: %s%s%s: %s", sev, fd->check, *date ? " " : "", date, fd->explanation);
        if (*label)
            fprintf(r->f, "（%s）", label);
        fputc('\n', r->f);
        break;
    case FMT_JSON:
        qzj_begin_object(&r->w);
        qzj_key(&r->w, "file");
        qzj_string(&r->w, fd->file);
        qzj_key(&r->w, "line");
        qzj_int(&r->w, fd->line);
        qzj_key(&r->w, "column");
        qzj_int(&r->w, fd->column);
        qzj_key(&r->w, "severity");
        qzj_string(&r->w, sev);
        qzj_key(&r->w, "check");
        qzj_string(&r->w, fd->check);
        qzj_key(&r->w, "record_type");
        qzj_string(&r->w, fd->record_type);
        qzj_key(&r->w, "date");
        if (fd->date)
            qzj_date(&r->w, fd->date);
        else
            qzj_null(&r->w);
        qzj_key(&r->w, "people");
        qzj_string(&r->w, fd->people);
        qzj_key(&r->w, "article");
        qzj_int(&r->w, fd->article);
        qzj_key(&r->w, "item");
        qzj_int(&r->w, fd->item);
        qzj_key(&r->w, "rule");
        qzj_string(&r->w, fd->rule);
        qzj_key(&r->w, "citation");
        qzj_string(&r->w, fd->citation);
        qzj_key(&r->w, "explanation");
        qzj_string(&r->w, fd->explanation);
        qzj_end_object(&r->w);
        break;
    case FMT_CSV:
        /* every text field quoted: a file name or an id may hold a comma or a quote */
        csv_field(r->f, fd->file);
        fprintf(r->f, ",%ld,%s,", fd->line, sev);
        csv_field(r->f, fd->check);
        fputc(',', r->f);
        csv_field(r->f, fd->record_type);
        fprintf(r->f, ",%s,", date);
        csv_field(r->f, fd->people);
        fprintf(r->f, ",%d,%d,", fd->article, fd->item);
        csv_field(r->f, fd->rule);
        fputc(',', r->f);
        csv_field(r->f, fd->explanation);
        fputc('\n', r->f);
        break;
    default:
        fprintf(r->f, "<tr class=\"%s\"><td>", sev);
        html_text(r->f, fd->file);
        fprintf(r->f, ":%ld</td><td>%s</td><td>", fd->line, sev);
        html_text(r->f, fd->check);
        fprintf(r->f, "</td><td>%s</td><td>", date);
        html_text(r->f, fd->people);
        fputs("</td><td>", r->f);
        html_text(r->f, fd->explanation);
        fputs("</td><td>", r->f);
        if (*label) {
            html_text(r->f, label);
            fputs(" ", r->f);
            html_text(r->f, fd->citation);
        }
        fputs("</td></tr>\n", r->f);
    }
    return 0;
}

static void html_tally(FILE *f, const char *title, const tally *t)
{
    fprintf(f, "<h2>%s</h2><table><tr><th>key</th><th>findings</th></tr>\n", title);
    for (size_t i = 0; i < t->n; i++) {
        fputs("<tr><td>", f);
        html_text(f, t->key[i]);
        fprintf(f, "</td><td>%lu</td></tr>\n", t->count[i]);
    }
    fputs("</table>\n", f);
}

static void begin(run *r)
{
    if (r->fmt == FMT_JSON) {
        qzj_init(&r->w, r->f);
        qzj_begin_object(&r->w);
        qzj_key(&r->w, "findings");
        qzj_begin_array(&r->w);
    } else if (r->fmt == FMT_CSV) {
        fputs("file,line,severity,check,record_type,date,people,article,item,rule,explanation\n", r->f);
    } else if (r->fmt == FMT_HTML) {
        fputs(
            "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>审计报告 audit</title>\n"
            "<style>body{font-family:sans-serif;margin:1em;display:flex;flex-direction:column}"
            "#summary{order:-1}table{border-collapse:collapse;margin:.5em 0}"
            "td,th{border:1px solid #999;padding:2px 6px;font-size:90%}tr.violation td{background:#fdd}"
            "tr.note td{background:#ffd}tr.unreadable td{background:#ddd}"
            "@media print{tr{page-break-inside:avoid}}</style></head><body>\n"
            "<section id=\"findings\"><h2>Findings</h2><table><tr><th>record</th><th>severity</th>"
            "<th>check</th><th>date</th><th>people</th><th>explanation</th><th>citation</th></tr>\n",
            r->f);
    }
}

static void end(run *r, const qz_audit_summary *s)
{
    if (r->fmt == FMT_TEXT) {
        fprintf(r->f, "records %llu, audited %llu, unreadable %llu; violations %llu, notes %llu\n",
                (unsigned long long)s->read, (unsigned long long)s->audited,
                (unsigned long long)s->unreadable, (unsigned long long)s->violations,
                (unsigned long long)s->notes);
        for (size_t i = 0; i < r->checks.n; i++)
            fprintf(r->f, "  %-20s %lu\n", r->checks.key[i], r->checks.count[i]);
    } else if (r->fmt == FMT_JSON) {
        qzj_end_array(&r->w);
        qzj_key(&r->w, "summary");
        qzj_begin_object(&r->w);
        qzj_key(&r->w, "read");
        qzj_int(&r->w, (long long)s->read);
        qzj_key(&r->w, "audited");
        qzj_int(&r->w, (long long)s->audited);
        qzj_key(&r->w, "unreadable");
        qzj_int(&r->w, (long long)s->unreadable);
        qzj_key(&r->w, "violations");
        qzj_int(&r->w, (long long)s->violations);
        qzj_key(&r->w, "notes");
        qzj_int(&r->w, (long long)s->notes);
        qzj_key(&r->w, "by_check");
        qzj_begin_object(&r->w);
        for (size_t i = 0; i < r->checks.n; i++) {
            qzj_key(&r->w, r->checks.key[i]);
            qzj_int(&r->w, (long long)r->checks.count[i]);
        }
        qzj_end_object(&r->w);
        qzj_end_object(&r->w);
        qzj_end_object(&r->w);
        qzj_finish(&r->w);
    } else if (r->fmt == FMT_HTML) {
        fputs("</table></section>\n<section id=\"summary\"><h1>审计报告</h1>\n", r->f);
        fprintf(r->f,
                "<table><tr><th>records</th><th>audited</th><th>unreadable</th><th>violations</th>"
                "<th>notes</th></tr><tr><td id=\"read\">%llu</td><td>%llu</td><td>%llu</td>"
                "<td id=\"violations\">%llu</td><td>%llu</td></tr></table>\n",
                (unsigned long long)s->read, (unsigned long long)s->audited,
                (unsigned long long)s->unreadable, (unsigned long long)s->violations,
                (unsigned long long)s->notes);
        html_tally(r->f, "By check", &r->checks);
        html_tally(r->f, "By unit", &r->units);
        fputs("<h2>By month</h2><table><tr><th>month</th><th>findings</th></tr>\n", r->f);
        for (size_t i = 0; i < sizeof(r->months) / sizeof(r->months[0]); i++)
            if (r->months[i])
                fprintf(r->f, "<tr><td>%04zu-%02zu</td><td>%lu</td></tr>\n", 1900 + i / 12, i % 12 + 1,
                        r->months[i]);
        fputs("</table></section>\n</body></html>\n", r->f);
    }
}

int qzc_cmd_audit(qzc_ctx *c, int argc, char **argv)
{
    const char *fmt_arg = NULL, *file = NULL, *pos[64];
    int fail_fast = 0;
    const qzc_opt spec[] = {{"--format", QZC_OPT_VALUE, &fmt_arg},
                            {"-o", QZC_OPT_VALUE, &file},
                            {"--output", QZC_OPT_VALUE, &file},
                            {"--fail-fast", QZC_OPT_FLAG, &fail_fast},
                            {NULL, QZC_OPT_FLAG, NULL}};
    static run r; /* large tallies: not on the stack */
    qz_audit *au = NULL;
    qzc_atomic out_file = {0};
    int n, rc;

    memset(&r, 0, sizeof(r));
    if ((rc = qzc_parse(c, argc, argv, spec, pos, 1, 64, &n)) != 0)
        return rc;
    if (!fmt_arg)
        r.fmt = c->g.json ? FMT_JSON : FMT_TEXT;
    else if (!strcmp(fmt_arg, "text"))
        r.fmt = FMT_TEXT;
    else if (!strcmp(fmt_arg, "json"))
        r.fmt = FMT_JSON;
    else if (!strcmp(fmt_arg, "csv"))
        r.fmt = FMT_CSV;
    else if (!strcmp(fmt_arg, "html"))
        r.fmt = FMT_HTML;
    else
        return qzc_usage(c, "unknown format '%s' (text, json, csv or html)", fmt_arg);
    if ((rc = qzc_load_model(c, &r.m)) != 0)
        return rc;
    if ((rc = qz_audit_new(&au, r.m, fail_fast ? QZ_AUDIT_FAIL_FAST : 0)) != QZ_OK)
        return qzc_fail(c, rc);
    r.f = stdout;
    if (file && strcmp(file, "-") != 0) {
        if (qzc_atomic_open(&out_file, file) != 0) {
            qz_audit_free(au);
            return QZC_EXIT_DATA;
        }
        r.f = out_file.f;
    }
    begin(&r);
    for (int i = 0; i < n && rc == QZ_OK; i++)
        rc = qz_audit_file(au, pos[i], on_finding, &r);
    if (rc == QZ_OK)
        rc = qz_audit_finish(au, on_finding, &r); /* the periodic obligations, per period */
    qz_audit_summary s;
    qz_audit_get_summary(au, &s);
    qz_audit_free(au);
    if (rc != QZ_OK) {
        if (r.f != stdout)
            qzc_atomic_abort(&out_file);
        return qzc_fail(c, rc);
    }
    end(&r, &s);
    if (r.f != stdout && qzc_atomic_commit(&out_file) != 0)
        return QZC_EXIT_DATA;
    return s.violations > 0 ? QZC_EXIT_FAILED : QZC_EXIT_OK;
}
