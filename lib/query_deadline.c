/* Deadlines: counting working days, calendar days, half days, hours, weeks,
 * months and years from an anchor, with the rule's range, override and
 * "silence counts as no objection". */
#include <string.h>
#include "error.h"
#include "query.h"
#include "quanze/date.h"

static int add_months(qz_date *out, qz_date from, long months)
{
    int y, m, d;
    qz_date_to_ymd(&y, &m, &d, from);
    long total = (long)y * 12 + (m - 1) + months;
    int ny = (int)(total / 12), nm = (int)(total % 12) + 1;
    if (total < 0 || ny > 9999)
        return qz__error(QZ_ERANGE, "date out of range");
    while (d > 28 && qz_date_from_ymd(out, ny, nm, d) < 0)
        d--; /* 31 January plus one month is the last day of February */
    return qz_date_from_ymd(out, ny, nm, d) < 0 ? qz__error(QZ_ERANGE, "date out of range") : QZ_OK;
}

int qz_query__add(qz_qctx *q, qz_date *out, qz_date from, int count, int unit, int before)
{
    int sign = before ? -1 : 1;
    int rc = QZ_OK;
    switch (unit) {
    case QZ_UNIT_WORKDAYS:
    case QZ_UNIT_HALF_DAYS: {
        int n = unit == QZ_UNIT_HALF_DAYS ? (count + 1) / 2 : count;
        rc = qz_calendar_add_workdays(out, q->cal, from, sign * n);
        if (rc == QZ_CALENDAR_PROVISIONAL) {
            /* a finding naming the years that have no arrangement yet */
            int first = 0, last = 0;
            qz_calendar_provisional_years(&first, &last, q->cal, from, *out);
            if (first == last)
                qz_query__finding(q, "calendar-provisional",
                                  "日历未载%d年放假安排,按《全国年节及纪念日放假办法》法定假日及周末暂定",
                                  first);
            else
                qz_query__finding(q, "calendar-provisional",
                                  "日历未载%d-%d年放假安排,按《全国年节及纪念日放假办法》法定假日及周末暂定",
                                  first, last);
            rc = QZ_OK;
        }
        return rc;
    }
    case QZ_UNIT_DAYS: *out = from + sign * count; return QZ_OK;
    case QZ_UNIT_HOURS: *out = from + sign * ((count + 23) / 24); return QZ_OK;
    case QZ_UNIT_WEEKS: *out = from + sign * 7 * count; return QZ_OK;
    case QZ_UNIT_MONTHS: return add_months(out, from, (long)sign * count);
    case QZ_UNIT_QUARTERS: return add_months(out, from, (long)sign * 3 * count);
    case QZ_UNIT_HALF_YEARS: return add_months(out, from, (long)sign * 6 * count);
    case QZ_UNIT_YEARS: return add_months(out, from, (long)sign * 12 * count);
    default: return qz__error(QZ_EINVAL, "unknown unit %d", unit);
    }
}

/* The narrative's line for a deadline, its dates written only when read. */
typedef struct deadline_step {
    const qz_deadline *d;
    qz_date from, due;
    int count;
} deadline_step;

static void render_deadline(qz_buf *b, const void *data)
{
    const deadline_step *st = data;
    const qz_deadline *d = st->d;
    char fb[QZ_DATE_BUFSIZE], db[QZ_DATE_BUFSIZE];
    qz_date_format(fb, sizeof(fb), st->from);
    qz_date_format(db, sizeof(db), st->due);
    qz__buf_printf(b, "%s:自%s起%s%d%s,%s%s", d->e.label, fb, d->before ? "提前" : "", st->count,
                   qz_time_unit_label((qz_time_unit)d->unit), d->maximum ? "最长至" : "截止", db);
}

/* Civil Code Art. 203: a period whose last day is a rest day or statutory
 * holiday ends on the next working day (roll="next-workday"). */
static int roll_over(qz_qctx *q, const qz_deadline *d, qz_date *due)
{
    int work = 0;
    int rc = qz_calendar_is_workday(&work, q->cal, *due);
    if (rc < 0)
        return rc;
    if (work)
        return QZ_OK;
    qz_date last = *due;
    if ((rc = qz_calendar_add_workdays(due, q->cal, last, 1)) < 0)
        return rc;
    char lb[QZ_DATE_BUFSIZE], db[QZ_DATE_BUFSIZE];
    qz_date_format(lb, sizeof(lb), last);
    qz_date_format(db, sizeof(db), *due);
    qz_query__explain(
        q, "%s的期间最后一日%s为休息日或法定节假日,以其结束的次日%s为期间的最后一日(民法典第二百零三条)",
        d->e.label, lb, db);
    return QZ_OK;
}

/* The Chinese label of who may set another limit (a body or role of the rule
 * set), never the raw id inside Chinese text. */
static const char *override_label(const qz_qctx *q, const char *id)
{
    int i = qz_rules__find(q->r, QZ_RULES_BODY, id);
    if (i >= 0)
        return q->r->bodies[i].label;
    i = qz_rules__find(q->r, QZ_RULES_ROLE, id);
    return i >= 0 ? q->r->roles[i].e.label : "有权另定时限的一方";
}

int qz_query__deadline(qz_qctx *q, const qz_deadline *d, qz_date from, int limit)
{
    int count = d->count;
    if (limit > 0) {
        if (!d->override_by) {
            qz_query__finding(q, "no-override", "%s不允许另定时限,按规则计算", d->e.label);
        } else {
            count = d->max_override && limit > d->max_override ? d->max_override : limit;
            if (count != limit) /* above the cap: said, not silently cut */
                qz_query__finding(q, "override-above-cap", "另定的时限%d%s超过上限%d%s,按上限计算", limit,
                                  qz_time_unit_label((qz_time_unit)d->unit), d->max_override,
                                  qz_time_unit_label((qz_time_unit)d->unit));
            qz_query__explain(q, "按%s另定的时限:%d%s", override_label(q, d->override_by), count,
                              qz_time_unit_label((qz_time_unit)d->unit));
        }
    }
    qz_date due;
    int rc = qz_query__add(q, &due, from, count, d->unit, d->before);
    if (rc < 0)
        return rc;
    if (d->roll_next_workday && (rc = roll_over(q, d, &due)) < 0)
        return rc;
    qz_query__value(q, QZ_VALUE_DUE, due);
    qz_query__value(q, QZ_VALUE_LIMIT, count);
    qz_query__value(q, QZ_VALUE_UNIT, d->unit);
    qz_query__value(q, QZ_VALUE_PRINCIPLE, d->principle);
    if (d->min && count == d->count) {
        qz_date early;
        if ((rc = qz_query__add(q, &early, from, d->min, d->unit, d->before)) < 0)
            return rc;
        qz_query__value(q, QZ_VALUE_EARLIEST, early);
    }
    qz_query__cites(q, d->e.cites, d->e.ncites);
    deadline_step *st = qz_query__explain_later(q, render_deadline, sizeof(*st));
    if (st)
        *st = (deadline_step){d, from, due, count};
    return QZ_OK;
}

QZ_QUERY__REQUEST_INIT(deadline, DEADLINE)

static int deadline(qz_qctx *q, const qz_deadline_request *req)
{
    int i = qz_rules__find(q->r, QZ_RULES_DEADLINE, req->name);
    if (i < 0)
        return qz__error(QZ_ENOTFOUND, "no deadline '%s' in rule set %s", req->name ? req->name : "(null)",
                         q->r->id);
    const qz_deadline *d = &q->r->deadlines[i];
    qz_query__subject(q, &d->e);
    int rc = qz_query__deadline(q, d, req->from, req->limit);
    if (rc < 0)
        return rc;
    if (req->has_asof) {
        int passed = req->asof > q->a->values[QZ_VALUE_DUE];
        if (d->silence_consent) {
            qz_query__value(q, QZ_VALUE_SILENCE_NO_OBJECTION, passed);
            if (passed)
                qz_query__explain(q, "已逾期未回复,视为无不同意见");
        }
        qz_query__value(q, QZ_VALUE_LATE, passed);
    }
    return QZ_OK;
}

int qz_query_deadline(qz_answer **out, const qz_model *m, const qz_deadline_request *req)
{
    qz_qctx q;
    int rc = qz_query__enter(out, req, QZ_DEADLINE_REQUEST_VERSION, "qz_query_deadline");
    if (rc < 0)
        return rc;
    if ((rc = qz_query__begin(&q, m, QZ_QUERY_DEADLINE, req->from)) < 0)
        return rc;
    return qz_query__end(&q, out, deadline(&q, req));
}
