/* Periodic obligations: how often something must happen in a week, month,
 * quarter, half year or year (or every so many of them, on given weekdays, or
 * by a fixed day of the period), and whether the given dates comply. */
#include <string.h>
#include "error.h"
#include "query.h"
#include "quanze/date.h"

QZ_QUERY__REQUEST_INIT(periodic, PERIODIC)

/* Floor division: periods before the anchor count backwards too. */
static long floor_div(long a, long b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

static int months_of(int per)
{
    switch (per) {
    case QZ_PER_MONTH: return 1;
    case QZ_PER_QUARTER: return 3;
    case QZ_PER_HALF_YEAR: return 6;
    default: return 12;
    }
}

/* The period of `p` containing `d`. Weeks run Monday to Sunday; a period of
 * several weeks is counted from the week of the rule's start (or of the day
 * the rules take effect). Months, quarters, half years and years follow the
 * calendar, or are counted from the month of an explicit start. */
int qz_query__period_of(const qz_qctx *q, const qz_periodic *p, qz_date d, qz_date *start, qz_date *end)
{
    int y, m;
    *start = *end = d;
    if (qz_date_to_ymd(&y, &m, NULL, d) < 0)
        return qz__error(QZ_EINVAL, "bad date");
    if (p->per == QZ_PER_WEEK) {
        qz_date from = p->start != QZ_DATE_NONE ? p->start : q->r->effective;
        long monday = (long)from - (qz_date_weekday(from) - 1), len = 7L * p->every;
        *start = (qz_date)(monday + floor_div((long)d - monday, len) * len);
        *end = (qz_date)(*start + len - 1);
        return QZ_OK;
    }
    long len = (long)months_of(p->per) * p->every, anchor = 0;
    if (p->start != QZ_DATE_NONE) {
        int sy, sm;
        qz_date_to_ymd(&sy, &sm, NULL, p->start);
        anchor = (long)sy * 12 + sm - 1;
    }
    long idx = (long)y * 12 + m - 1;
    long first = anchor + floor_div(idx - anchor, len) * len, next = first + len;
    qz_date after;
    if (qz_date_from_ymd(start, (int)floor_div(first, 12), (int)(first - floor_div(first, 12) * 12) + 1, 1) <
            0 ||
        qz_date_from_ymd(&after, (int)floor_div(next, 12), (int)(next - floor_div(next, 12) * 12) + 1, 1) < 0)
        return qz__error(QZ_ERANGE, "date out of range");
    *end = after - 1;
    return QZ_OK;
}

static const char *const weekday_label[] = {"",       "星期一", "星期二", "星期三",
                                            "星期四", "星期五", "星期六", "星期日"};
_Static_assert(sizeof(weekday_label) / sizeof(weekday_label[0]) == 8, "a label for ISO weekdays 1..7");

/* Counts the dates in [start, last] (on the rule's weekdays, if any); each
 * date of the period that does not count is a finding. */
static long count_dates(qz_qctx *q, const qz_periodic *p, const qz_periodic_request *req, qz_date start,
                        qz_date last, qz_date end)
{
    long count = 0;
    for (size_t k = 0; k < req->ndates; k++) {
        qz_date d = req->dates[k];
        if (d < start || d > end)
            continue;
        char db[QZ_DATE_BUFSIZE];
        qz_date_format(db, sizeof(db), d);
        int wd = qz_date_weekday(d);
        if (d > last)
            qz_query__finding(q, "after-due", "%s晚于规定时间,不计入", db);
        else if (p->weekdays && !(p->weekdays & (1u << wd)))
            qz_query__finding(q, "wrong-weekday", "%s是%s,不是规定的日子,不计入", db, weekday_label[wd]);
        else
            count++;
    }
    return count;
}

/* The narrative's lines with dates, written only when read. */
typedef struct period_step {
    const qz_periodic *p;
    qz_date start, end;
    long count;
} period_step;

static void render_period(qz_buf *b, const void *data)
{
    const period_step *st = data;
    const qz_periodic *p = st->p;
    char sb[QZ_DATE_BUFSIZE], eb[QZ_DATE_BUFSIZE];
    qz_date_format(sb, sizeof(sb), st->start);
    qz_date_format(eb, sizeof(eb), st->end);
    if (p->max >= 0)
        qz__buf_printf(b, "%s:%s至%s共%ld次,规定%s%d至%d次", p->e.label, sb, eb, st->count,
                       p->principle ? "一般" : "", p->min, p->max);
    else
        qz__buf_printf(b, "%s:%s至%s共%ld次,规定不少于%d次", p->e.label, sb, eb, st->count, p->min);
}

static void render_last(qz_buf *b, const void *data)
{
    char lb[QZ_DATE_BUFSIZE];
    qz_date_format(lb, sizeof(lb), *(const qz_date *)data);
    qz__buf_printf(b, "只计%s及以前的次数", lb);
}

static void explain_days(qz_qctx *q, const qz_periodic *p, qz_date last, qz_date end)
{
    if (last != end) {
        qz_date *st = qz_query__explain_later(q, render_last, sizeof(*st));
        if (st)
            *st = last;
    }
    if (p->weekdays) {
        char days[7 * (sizeof("星期一") + sizeof("、"))] = ""; /* all seven days fit */
        for (int wd = 1; wd <= 7; wd++)
            if (p->weekdays & (1u << wd)) {
                if (days[0])
                    strcat(days, "、");
                strcat(days, weekday_label[wd]);
            }
        qz_query__explain(q, "只计%s的次数", days);
    }
}

static int periodic(qz_qctx *q, const qz_periodic_request *req)
{
    /* the <periodic>s and the periodic <obligation>s: one table */
    int i = qz_rules__periodic_find(q->r, req->id);
    if (i < 0)
        return qz__error(QZ_ENOTFOUND, "no periodic obligation '%s' in rule set %s",
                         req->id ? req->id : "(null)", q->r->id);
    const qz_periodic *p = &q->r->periodics[i];
    qz_query__subject(q, &p->e);
    qz_query__cites(q, p->e.cites, p->e.ncites);
    qz_date start, end;
    int rc = qz_query__period_of(q, p, req->period, &start, &end);
    if (rc < 0)
        return rc;
    /* a fixed date ("before 10 January") counts only the first days of the period */
    qz_date last = p->within_days && start + p->within_days - 1 < end ? start + p->within_days - 1 : end;
    long count = count_dates(q, p, req, start, last, end);
    long shortfall = count < p->min ? p->min - count : 0;
    long excess = p->max >= 0 && count > p->max ? count - p->max : 0;
    qz_query__value(q, QZ_VALUE_PERIOD_START, start);
    qz_query__value(q, QZ_VALUE_PERIOD_END, end);
    if (p->within_days)
        qz_query__value(q, QZ_VALUE_DUE, last);
    qz_query__value(q, QZ_VALUE_COUNT, count);
    qz_query__value(q, QZ_VALUE_MIN, p->min);
    if (p->max >= 0)
        qz_query__value(q, QZ_VALUE_MAX, p->max);
    qz_query__value(q, QZ_VALUE_SHORTFALL, shortfall);
    qz_query__value(q, QZ_VALUE_EXCESS, excess);
    /* "一般/原则上" (principle): a frequency above the maximum is a note, not non-compliance */
    int excess_counts = excess && !p->principle;
    qz_query__value(q, QZ_VALUE_COMPLIANT, !shortfall && !excess_counts);
    qz_query__value(q, QZ_VALUE_PRINCIPLE, p->principle);
    if (shortfall)
        qz_query__finding(q, "shortfall", "本期少%ld次", shortfall);
    if (excess_counts)
        qz_query__finding(q, "excess", "本期多%ld次", excess);
    else if (excess)
        qz_query__finding(q, "excess-note", "本期多%ld次(规则为“一般”“原则上”,仅作提示)", excess);
    qz_query__party(q, qz_query__find_party(&p->e, QZ_CAP_RESPONSIBLE), 0, QZ_RESOLVE_LIST);
    qz_query__party(q, qz_query__find_party(&p->e, QZ_CAP_REPORT_TO), 0, QZ_RESOLVE_LIST);
    period_step *st = qz_query__explain_later(q, render_period, sizeof(*st));
    if (st)
        *st = (period_step){p, start, end, count};
    explain_days(q, p, last, end);
    qz_query__explain(q, "%s", !shortfall && !excess_counts ? "符合规定" : "不符合规定");
    return QZ_OK;
}

int qz_query_periodic(qz_answer **out, const qz_model *m, const qz_periodic_request *req)
{
    qz_qctx q;
    int rc = qz_query__enter(out, req, QZ_PERIODIC_REQUEST_VERSION, "qz_query_periodic");
    if (rc < 0)
        return rc;
    if (req->ndates > QZ_MAX_REQUEST_LIST)
        return qz__error(QZ_ELIMIT, "qz_query_periodic: %zu dates in the request (at most %d)", req->ndates,
                         QZ_MAX_REQUEST_LIST);
    if (req->ndates && !req->dates)
        return qz__error(QZ_EINVAL, "qz_query_periodic: NULL dates");
    if ((rc = qz_query__begin(&q, m, QZ_QUERY_PERIODIC, req->period)) < 0)
        return rc;
    return qz_query__end(&q, out, periodic(&q, req));
}
