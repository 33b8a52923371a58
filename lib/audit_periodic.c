/* Periodic obligations over a log: the audit remembers the dates of each
 * obligation's events, and qz_audit_finish() asks qz_query_periodic() for
 * every period lying wholly inside the span of the records audited (a period
 * cut by the start or end of the log is not judged: its events may lie
 * outside the log). The memory is the events of the obligations, not the
 * log. */
#include "audit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "quanze/date.h"
#include "quanze/query.h"

int qz_audit__periodic_add(qz_audit *au, const char *id, qz_date date)
{
    size_t i;
    for (i = 0; i < au->nobligations; i++)
        if (strcmp(au->obligations[i].id, id) == 0)
            break;
    if (i == au->nobligations) {
        /* a new obligation: one that the rules in force know, or the record is unreadable */
        qz_periodic_request req = QZ_PERIODIC_REQUEST_INIT;
        qz_answer *a = NULL;
        req.id = id;
        req.period = date;
        int rc = qz_query_periodic(&a, au->model, &req);
        qz_answer_free(a);
        if (rc < 0)
            return rc;
        if (i == QZ_AUDIT__MAX_OBLIGATIONS)
            return qz__error(QZ_ELIMIT, "more than %d periodic obligations", QZ_AUDIT__MAX_OBLIGATIONS);
        if (qz__grow((void **)&au->obligations, &au->capobligations, i + 1, sizeof(*au->obligations)) < 0)
            return qz__error_nomem();
        memset(&au->obligations[i], 0, sizeof(au->obligations[i]));
        if (!(au->obligations[i].id = qz__strdup(id)))
            return qz__error_nomem();
        au->nobligations++;
    }
    qz_audit_obligation *o = &au->obligations[i];
    if (qz__grow((void **)&o->dates, &o->cap, o->n + 1, sizeof(*o->dates)) < 0)
        return qz__error_nomem();
    o->dates[o->n++] = date;
    return QZ_OK;
}

void qz_audit__periodic_free(qz_audit *au)
{
    for (size_t i = 0; i < au->nobligations; i++) {
        qz__free(au->obligations[i].id);
        qz__free(au->obligations[i].dates);
    }
    qz__free(au->obligations);
    au->obligations = NULL;
    au->nobligations = au->capobligations = 0;
}

static int date_cmp(const void *a, const void *b)
{
    qz_date x = *(const qz_date *)a, y = *(const qz_date *)b;
    return x < y ? -1 : x > y;
}

static void report(qz_audit *au, const qz_audit_obligation *o, const qz_answer *a, qz_audit_fn fn, void *ud,
                   int *stop)
{
    char text[512], d1[16] = "", d2[16] = "", quoted[160];
    qz_date start = (qz_date)qz_answer_value(a, QZ_VALUE_PERIOD_START);
    qz_date_format(d1, sizeof(d1), start);
    qz_date_format(d2, sizeof(d2), (qz_date)qz_answer_value(a, QZ_VALUE_PERIOD_END));
    const char *label = qz_answer_subject_label(a);
    if (!label || !*label) { /* an obligation without a label: quoted, the one place an id is said */
        snprintf(quoted, sizeof(quoted), "定期事项“%.100s”", o->id);
        label = quoted;
    }
    snprintf(text, sizeof(text), "%s：%s至%s共%lld次，应%lld次以上%s", label, d1, d2,
             (long long)qz_answer_value(a, QZ_VALUE_COUNT), (long long)qz_answer_value(a, QZ_VALUE_MIN),
             qz_answer_has(a, QZ_VALUE_EXCESS) && qz_answer_value(a, QZ_VALUE_EXCESS) > 0 ? "，且超过上限"
                                                                                          : "");
    qz_finding f;
    memset(&f, 0, sizeof(f));
    f.check = "periodic";
    f.severity = qz_answer_value(a, QZ_VALUE_PRINCIPLE) == 1 ? QZ_SEVERITY_NOTE : QZ_SEVERITY_VIOLATION;
    f.record_type = "event";
    f.date = start;
    f.people = "";
    qz_audit__cite(&f, a, 0);
    f.explanation = text;
    qz_audit__pass(au, &f, fn, ud, stop);
}

/* Judges obligation `o` over every whole period inside [first, last]. */
static int judge(qz_audit *au, qz_audit_obligation *o, qz_audit_fn fn, void *ud, int *stop)
{
    size_t lo = 0;
    qz_date p = au->first;
    qsort(o->dates, o->n, sizeof(*o->dates), date_cmp);
    while (p <= au->last && !*stop) {
        qz_periodic_request req = QZ_PERIODIC_REQUEST_INIT;
        qz_answer *a = NULL;
        req.id = o->id;
        req.period = p;
        int rc = qz_query_periodic(&a, au->model, &req);
        if (rc < 0)
            return rc;
        qz_date start = (qz_date)qz_answer_value(a, QZ_VALUE_PERIOD_START),
                end = (qz_date)qz_answer_value(a, QZ_VALUE_PERIOD_END);
        qz_answer_free(a);
        if (end < p)
            return qz__error(QZ_ERANGE, "periodic obligation '%s': no period after %d", o->id, (int)p);
        while (lo < o->n && o->dates[lo] < start)
            lo++;
        size_t hi = lo;
        while (hi < o->n && o->dates[hi] <= end)
            hi++;
        if (start >= au->first && end <= au->last) {
            if (hi - lo > QZ_MAX_REQUEST_LIST)
                hi = lo + QZ_MAX_REQUEST_LIST; /* more than enough to exceed any maximum */
            req.dates = o->dates + lo;
            req.ndates = hi - lo;
            if ((rc = qz_query_periodic(&a, au->model, &req)) < 0)
                return rc;
            if (qz_answer_has(a, QZ_VALUE_COMPLIANT) && qz_answer_value(a, QZ_VALUE_COMPLIANT) == 0)
                report(au, o, a, fn, ud, stop);
            qz_answer_free(a);
        }
        lo = hi;
        p = end + 1;
    }
    return QZ_OK;
}

int qz_audit_finish(qz_audit *au, qz_audit_fn fn, void *ud)
{
    int stop = 0, rc = QZ_OK;
    if (!au)
        return qz__error(QZ_EINVAL, "qz_audit_finish: NULL argument");
    for (size_t i = 0; i < au->nobligations && rc == QZ_OK && !stop && au->first; i++)
        rc = judge(au, &au->obligations[i], fn, ud, &stop);
    qz_audit__periodic_free(au);
    return rc;
}
