/* Periodic obligations: how often something must happen in a week, month,
 * quarter, half year or year, and whether the given dates comply. */
#include <string.h>
#include "error.h"
#include "query.h"
#include "quanze/date.h"

int qz_periodic_request_init(qz_periodic_request *req, unsigned int version)
{
    if (!req || version != QZ_REQUEST_VERSION)
        return qz__error(QZ_EINVAL, "qz_periodic_request_init: bad argument");
    qz_periodic_request init = QZ_PERIODIC_REQUEST_INIT;
    *req = init;
    return QZ_OK;
}

/* The period of kind `per` containing `d`. */
static int period_of(int per, qz_date d, qz_date *start, qz_date *end)
{
    int y, m;
    if (qz_date_to_ymd(&y, &m, NULL, d) < 0)
        return qz__error(QZ_EINVAL, "bad date");
    int first, months;
    switch (per) {
    case QZ_PER_WEEK:
        *start = d - (qz_date_weekday(d) - 1);
        *end = *start + 6;
        return QZ_OK;
    case QZ_PER_MONTH: first = m; months = 1; break;
    case QZ_PER_QUARTER: first = (m - 1) / 3 * 3 + 1; months = 3; break;
    case QZ_PER_HALF_YEAR: first = m <= 6 ? 1 : 7; months = 6; break;
    default: first = 1; months = 12; break;
    }
    qz_date next;
    if (qz_date_from_ymd(start, y, first, 1) < 0 ||
        qz_date_from_ymd(&next, first + months > 12 ? y + 1 : y, (first + months - 1) % 12 + 1, 1) < 0)
        return qz__error(QZ_ERANGE, "date out of range");
    *end = next - 1;
    return QZ_OK;
}

static int periodic(qz_qctx *q, const qz_periodic_request *req)
{
    int i = qz_rules__find(q->r, QZ_RULES_PERIODIC, req->id);
    if (i < 0)
        return qz__error(QZ_ENOTFOUND, "no periodic obligation '%s' in rule set %s", req->id ? req->id : "(null)",
                         q->r->id);
    const qz_periodic *p = &q->r->periodics[i];
    qz_query__subject(q, &p->e);
    qz_query__cites(q, p->e.cites, p->e.ncites);
    qz_date start = 0, end = 0;
    int rc = period_of(p->per, req->period, &start, &end);
    if (rc < 0)
        return rc;
    /* a fixed date ("before 10 January") counts only the first days of the period */
    qz_date last = p->within_days && start + p->within_days - 1 < end ? start + p->within_days - 1 : end;
    long count = 0;
    for (size_t k = 0; k < req->ndates; k++)
        count += req->dates[k] >= start && req->dates[k] <= last;
    long shortfall = count < p->min ? p->min - count : 0;
    long excess = p->max >= 0 && count > p->max ? count - p->max : 0;
    qz_query__value(q, QZ_VALUE_PERIOD_START, start);
    qz_query__value(q, QZ_VALUE_PERIOD_END, end);
    qz_query__value(q, QZ_VALUE_COUNT, count);
    qz_query__value(q, QZ_VALUE_MIN, p->min);
    if (p->max >= 0)
        qz_query__value(q, QZ_VALUE_MAX, p->max);
    qz_query__value(q, QZ_VALUE_SHORTFALL, shortfall);
    qz_query__value(q, QZ_VALUE_EXCESS, excess);
    qz_query__value(q, QZ_VALUE_COMPLIANT, !shortfall && !excess);
    qz_query__value(q, QZ_VALUE_PRINCIPLE, p->principle);
    if (shortfall)
        qz_query__finding(q, "shortfall", "本期少%ld次", shortfall);
    if (excess)
        qz_query__finding(q, "excess", "本期多%ld次", excess);
    qz_query__party(q, qz_query__find_party(&p->e, QZ_CAP_RESPONSIBLE), 0, QZ_RESOLVE_LIST);
    qz_query__party(q, qz_query__find_party(&p->e, QZ_CAP_REPORT_TO), 0, QZ_RESOLVE_LIST);
    char sb[QZ_DATE_BUFSIZE], eb[QZ_DATE_BUFSIZE];
    qz_date_format(sb, sizeof(sb), start);
    qz_date_format(eb, sizeof(eb), end);
    if (p->max >= 0)
        qz_query__explain(q, "%s:%s至%s共%ld次,规定%s%d至%d次", p->e.label, sb, eb, count,
                          p->principle ? "一般" : "", p->min, p->max);
    else
        qz_query__explain(q, "%s:%s至%s共%ld次,规定不少于%d次", p->e.label, sb, eb, count, p->min);
    if (last != end) {
        char lb[QZ_DATE_BUFSIZE];
        qz_date_format(lb, sizeof(lb), last);
        qz_query__explain(q, "只计%s及以前的次数", lb);
    }
    qz_query__explain(q, "%s", !shortfall && !excess ? "符合规定" : "不符合规定");
    return QZ_OK;
}

int qz_query_periodic(qz_answer **out, const qz_model *m, const qz_periodic_request *req)
{
    qz_qctx q;
    int rc = qz_query__check_version(req, "qz_query_periodic");
    if (rc < 0 || !out)
        return rc < 0 ? rc : qz__error(QZ_EINVAL, "qz_query_periodic: NULL out");
    if (req->ndates && !req->dates)
        return qz__error(QZ_EINVAL, "qz_query_periodic: NULL dates");
    if ((rc = qz_query__begin(&q, m, QZ_QUERY_PERIODIC, req->period)) < 0)
        return rc;
    return qz_query__end(&q, out, periodic(&q, req));
}
