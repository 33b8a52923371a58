/* Streaming an audit: reads a CSV or JSON Lines file one line at a time into
 * one buffer, or an XML file one element at a time through the hardened
 * reader (the memory does not grow with the log), hands each record to
 * lib/audit_eval.c, and reports every record it cannot audit as an
 * unreadable finding with its position, so that nothing is lost. */
#include "audit.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "alloc.h"
#include "embedded.h"
#include "error.h"
#include "file.h"
#include "xml.h"

static const qz_xml_schema records_schema =
    QZ_XML_SCHEMA_INIT(qz__embedded_records_xsd, qz__embedded_records_xsd_size, "records.xsd");

int qz_audit_new(qz_audit **out, const qz_model *model, unsigned int flags)
{
    if (out)
        *out = NULL;
    if (!out || !model)
        return qz__error(QZ_EINVAL, "qz_audit_new: NULL argument");
    if (flags & ~QZ_AUDIT_FAIL_FAST)
        return qz__error(QZ_EINVAL, "qz_audit_new: unknown flags 0x%x", flags);
    qz_audit *au = qz__calloc(1, sizeof(*au));
    if (!au)
        return qz__error_nomem();
    au->model = qz_model_ref(model);
    au->flags = flags;
    *out = au;
    return QZ_OK;
}

void qz_audit_free(qz_audit *au)
{
    if (!au)
        return;
    qz_model_free(au->model);
    qz_audit__periodic_free(au);
    qz__free(au);
}

void qz_audit_get_summary(const qz_audit *au, qz_audit_summary *out)
{
    if (!out)
        return;
    memset(out, 0, sizeof(*out));
    if (au)
        *out = au->sum;
}

const char *qz_severity_name(qz_severity s)
{
    static const char *const names[] = {"unknown", "note", "warning", "violation", "error", "unreadable"};
    _Static_assert(sizeof(names) / sizeof(names[0]) == QZ_SEVERITY_UNREADABLE + 1,
                   "a name for every severity");
    return (int)s >= 1 && (int)s <= QZ_SEVERITY_UNREADABLE ? names[s] : names[0];
}

/* The record could not be audited (error `rc`, recorded): an unreadable
 * finding, or with fail-fast the error itself, placed at the record. */
static int unreadable(qz_audit_ctx *c, int rc)
{
    char why[512];
    snprintf(why, sizeof(why), "%s", qz_error_message(qz_error_last()));
    c->au->sum.unreadable++;
    if (c->au->flags & QZ_AUDIT_FAIL_FAST)
        return qz__error_at(rc, c->file ? c->file : "", (int)c->line, c->column, "unreadable record: %s",
                            why);
    qz_finding f;
    memset(&f, 0, sizeof(f));
    f.check = "unreadable";
    f.severity = QZ_SEVERITY_UNREADABLE;
    f.file = c->file;
    f.line = c->line;
    f.column = c->column;
    f.record_type = c->type;
    f.people = "";
    f.explanation = why;
    if (!c->stop && c->fn && c->fn(&f, c->ud))
        c->stop = 1;
    return QZ_OK;
}

/* Audits one parsed record (or reports it); QZ_OK unless fatal. */
static int one(qz_audit_ctx *c, const qz_record *r)
{
    c->type = NULL;
    c->date = 0;
    c->au->sum.read++;
    int rc = qz_audit__evaluate(c, r);
    if (rc == QZ_ENOMEM)
        return rc;
    if (rc < 0)
        return unreadable(c, rc);
    c->au->sum.audited++;
    if (c->date && (!c->au->first || c->date < c->au->first))
        c->au->first = c->date;
    if (c->date > c->au->last)
        c->au->last = c->date;
    return QZ_OK;
}

int qz_audit_record(qz_audit *au, const char *const *keys, const char *const *values, size_t n,
                    const char *file, long line, qz_audit_fn fn, void *ud)
{
    if (!au || (n && (!keys || !values)))
        return qz__error(QZ_EINVAL, "qz_audit_record: NULL argument");
    qz_audit_ctx c = {au, file, line, NULL, 0, fn, ud, 0, 0};
    qz_record r;
    if (n > QZ_RECORDS__MAX_FIELDS) {
        au->sum.read++;
        return unreadable(&c, qz__error(QZ_ELIMIT, "more than %d fields", QZ_RECORDS__MAX_FIELDS));
    }
    r.n = n;
    for (size_t i = 0; i < n; i++) {
        r.key[i] = keys[i] ? keys[i] : "";
        r.val[i] = values[i];
    }
    return one(&c, &r);
}

static int ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), t = strlen(tail);
    return n >= t && strcmp(s + n - t, tail) == 0;
}

/* Reads the next line into buf (at most QZ_RECORDS__MAX_LINE bytes, newline
 * removed). Returns 1 for a line, 0 at the end, -1 for a line too long (its
 * rest skipped). */
static int read_line(FILE *f, char *buf)
{
    if (!fgets(buf, QZ_RECORDS__MAX_LINE + 2, f))
        return 0;
    size_t n = strlen(buf);
    if (n > 0 && buf[n - 1] == '\n') {
        buf[--n] = '\0';
    } else if (n > QZ_RECORDS__MAX_LINE) {
        int ch;
        while ((ch = getc(f)) != EOF && ch != '\n')
            ;
        return -1;
    }
    if (n > 0 && buf[n - 1] == '\r')
        buf[--n] = '\0';
    return 1;
}

/* Skips a UTF-8 byte order mark. */
static char *no_bom(char *s)
{
    return (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF ? s + 3
                                                                                                     : s;
}

static int stream(qz_audit_ctx *c, FILE *f, int csv, char *buf, char *header)
{
    char *hfields[QZ_RECORDS__MAX_FIELDS], *fields[QZ_RECORDS__MAX_FIELDS];
    size_t nh = 0, n;
    int got, rc;
    qz_record r;
    for (c->line = 1; !c->stop && (got = read_line(f, buf)) != 0; c->line++) {
        char *s = c->line == 1 ? no_bom(buf) : buf;
        if (got < 0) {
            c->au->sum.read++;
            rc = unreadable(c, qz__error(QZ_ELIMIT, "a line longer than %u bytes", QZ_RECORDS__MAX_LINE));
        } else if (!*s) {
            continue; /* blank lines are no records */
        } else if (csv && nh == 0) {
            memcpy(header, s, strlen(s) + 1);
            if ((rc = qz_records__csv_split(header, hfields, QZ_RECORDS__MAX_FIELDS, &nh)) < 0)
                return qz__error_at(rc, c->file, (int)c->line, 0, "bad CSV header: %s",
                                    qz_error_message(qz_error_last()));
            continue;
        } else if (csv) {
            if ((rc = qz_records__csv_split(s, fields, QZ_RECORDS__MAX_FIELDS, &n)) == QZ_OK && n > nh)
                rc = qz__error(QZ_EPARSE, "%zu fields where the header names %zu", n, nh);
            if (rc < 0) {
                c->au->sum.read++;
                rc = unreadable(c, rc);
            } else { /* one() counts it */
                r.n = n;
                for (size_t i = 0; i < n; i++) {
                    r.key[i] = hfields[i];
                    r.val[i] = fields[i];
                }
                rc = one(c, &r);
            }
        } else if ((rc = qz_records__jsonl_parse(s, &r)) < 0) {
            c->au->sum.read++;
            rc = unreadable(c, rc);
        } else {
            rc = one(c, &r);
        }
        if (rc < 0)
            return rc;
    }
    if (ferror(f))
        return qz__error(QZ_EIO, "%s: read error", c->file);
    return QZ_OK;
}

/* Audits the records an XML reader pulls. A record the audit cannot read
 * (a bad value, an unknown id) is unreadable and the run goes on, as in the
 * other formats. XML cannot be read past the point where a document stops
 * being well-formed or valid (an unknown element or attribute, a DOCTYPE):
 * that point is one unreadable finding with its line and column, and the
 * rest of the file is not read (with fail-fast, the error). A read error or
 * running out of memory ends the run. */
static int stream_xml(qz_audit_ctx *c, qz_xml *x)
{
    qz_record r;
    int line, column, rc = 0;
    while (!c->stop && (rc = qz_records__xml_next(x, &r, &line, &column)) > 0) {
        c->line = line;
        c->column = column;
        if ((rc = one(c, &r)) < 0)
            return rc;
    }
    if (c->stop || rc == 0)
        return QZ_OK;
    if (rc == QZ_ENOMEM || rc == QZ_EIO)
        return rc;
    const qz_error *e = qz_error_last();
    char why[400];
    snprintf(why, sizeof(why), "%s", qz_error_message(e));
    c->line = qz_error_line(e);
    c->column = qz_error_column(e);
    c->type = NULL;
    c->date = 0;
    c->au->sum.read++;
    return unreadable(c, qz__error(rc, "%s (the rest of the file is not read)", why));
}

static int audit_xml(qz_audit *au, qz_xml *x, const char *name, qz_audit_fn fn, void *ud)
{
    qz_audit_ctx c = {au, name, 0, NULL, 0, fn, ud, 0, 0};
    int rc = stream_xml(&c, x);
    qz__xml_close(x);
    return rc;
}

int qz_audit__xml_memory(qz_audit *au, const char *data, size_t size, const char *name, qz_audit_fn fn,
                         void *ud)
{
    qz_xml *x = NULL;
    int rc = qz__xml_open_memory(&x, data, size, name, &records_schema);
    return rc < 0 ? rc : audit_xml(au, x, name, fn, ud);
}

int qz_audit_file(qz_audit *au, const char *path, qz_audit_fn fn, void *ud)
{
    if (!au || !path)
        return qz__error(QZ_EINVAL, "qz_audit_file: NULL argument");
    if (ends_with(path, ".xml")) {
        qz_xml *x = NULL; /* the reader opens regular files only: a FIFO or a device is refused */
        int rc = qz__xml_open_file(&x, path, &records_schema);
        return rc < 0 ? rc : audit_xml(au, x, path, fn, ud);
    }
    int csv = ends_with(path, ".csv");
    if (!csv && !ends_with(path, ".jsonl") && !ends_with(path, ".ndjson"))
        return qz__error(QZ_EINVAL, "%s: a records file ends in .csv, .jsonl, .ndjson or .xml", path);
    char *buf = qz__malloc(QZ_RECORDS__MAX_LINE + 2),
         *header = csv ? qz__malloc(QZ_RECORDS__MAX_LINE + 2) : NULL;
    FILE *f = NULL;
    int rc;
    if (!buf || (csv && !header)) {
        rc = qz__error_nomem();
        goto cleanup;
    }
    /* opened by kind first: a FIFO or a device is refused, never read */
    int fd;
    long long size;
    if ((rc = qz__file_open(path, &fd, &size)) < 0)
        goto cleanup;
    if (!(f = fdopen(fd, "rb"))) {
        close(fd);
        rc = qz__error(QZ_EIO, "%s: cannot open", path);
        goto cleanup;
    }
    qz_audit_ctx c = {au, path, 0, NULL, 0, fn, ud, 0, 0};
    rc = stream(&c, f, csv, buf, header);
cleanup:
    if (f)
        fclose(f);
    qz__free(buf);
    qz__free(header);
    return rc;
}
