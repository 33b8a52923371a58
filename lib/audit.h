/* Internal: an audit in progress, and the evaluation of one record. Shared
 * by lib/audit_run.c (streaming files, the summary, unreadable records) and
 * lib/audit_eval.c (the checks of each record type). */
#ifndef QZ_LIB_AUDIT_H
#define QZ_LIB_AUDIT_H

#include "quanze/answer.h"
#include "quanze/audit.h"
#include "quanze/model.h"
#include "records.h"

/* The dates of one periodic obligation's events seen so far. */
typedef struct qz_audit_obligation {
    char *id;
    qz_date *dates;
    size_t n, cap;
} qz_audit_obligation;

/* The most periodic obligations one audit follows. */
#define QZ_AUDIT__MAX_OBLIGATIONS 64

struct qz_audit {
    qz_model *model;
    unsigned int flags;
    qz_audit_summary sum;
    qz_date first, last; /* the span of the records audited (0: none yet) */
    qz_audit_obligation *obligations;
    size_t nobligations, capobligations;
};

/* The record being audited and where its findings go. */
typedef struct qz_audit_ctx {
    qz_audit *au;
    const char *file;
    long line;
    const char *type; /* the record's type once known */
    qz_date date;     /* its date once known */
    qz_audit_fn fn;
    void *ud;
    int stop;   /* the callback asked to stop */
    int column; /* the record's column (XML records; 0 for a line) */
} qz_audit_ctx;

/* Fills the rule fields of finding `f` from citation `ci` of `a` (left
 * empty when `a` is NULL or `ci` is not one of its citations). */
static inline void qz_audit__cite(qz_finding *f, const qz_answer *a, int ci)
{
    if (a && ci >= 0 && (size_t)ci < qz_answer_citation_count(a)) {
        f->article = qz_answer_citation_article(a, (size_t)ci);
        f->item = qz_answer_citation_item(a, (size_t)ci);
        f->rule = qz_answer_citation_rule(a, (size_t)ci);
        f->citation = qz_answer_citation_text(a, (size_t)ci);
    }
}

/* Counts finding `f` (a note or a violation) in the summary and passes it to
 * `fn`, unless the callback has asked to stop (*stop, set when it does). */
static inline void qz_audit__pass(qz_audit *au, const qz_finding *f, qz_audit_fn fn, void *ud, int *stop)
{
    if (f->severity == QZ_SEVERITY_NOTE)
        au->sum.notes++;
    else
        au->sum.violations++;
    if (!*stop && fn && fn(f, ud))
        *stop = 1;
}

/* Audits record `r`, passing its findings on. QZ_OK when audited; the
 * recorded error when the record cannot be audited (malformed field, unknown
 * id, no rules on its date: the caller reports it unreadable); QZ_ENOMEM. */
int qz_audit__evaluate(qz_audit_ctx *c, const qz_record *r);

/* ---- lib/audit_run.c ---- */

/* Audits the XML records in the `size` bytes at `data` (named `name` in the
 * findings), as qz_audit_file() does a .xml file: for the fuzz target and
 * tests that have no file. */
int qz_audit__xml_memory(qz_audit *au, const char *data, size_t size, const char *name, qz_audit_fn fn,
                         void *ud);

/* ---- lib/audit_periodic.c ---- */

/* Remembers an event of periodic obligation `id` on `date`. QZ_OK, QZ_ELIMIT
 * (too many obligations) or QZ_ENOMEM, recorded. */
int qz_audit__periodic_add(qz_audit *au, const char *id, qz_date date);
/* Frees what the audit remembers of periodic obligations. */
void qz_audit__periodic_free(qz_audit *au);

#endif
