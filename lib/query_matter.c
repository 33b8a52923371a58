/* The whole matrix: every matter of the rule set in force on a date, with the
 * roles the rules name per capacity, the people holding them that day, the
 * bodies, figures and citations. */
#include <stddef.h>
#include <string.h>
#include "error.h"
#include "buf.h"
#include "query.h"

static const qz_rules *rules_at(const qz_model *m, qz_date date)
{
    return qz_model_rules_at(m, date);
}

size_t qz_model_matter_count(const qz_model *m, qz_date date)
{
    const qz_rules *r = rules_at(m, date);
    return r ? r->nmatters : 0;
}

qz_matter_kind qz_model_matter_kind(const qz_model *m, qz_date date, size_t i)
{
    const qz_rules *r = rules_at(m, date);
    return r && i < r->nmatters ? (qz_matter_kind)r->matter_kinds[i] : (qz_matter_kind)0;
}

const char *qz_model_matter_id(const qz_model *m, qz_date date, size_t i)
{
    const qz_rules *r = rules_at(m, date);
    return r && i < r->nmatters ? r->matters[i]->id : NULL;
}

const char *qz_model_matter_label(const qz_model *m, qz_date date, size_t i)
{
    const qz_rules *r = rules_at(m, date);
    return r && i < r->nmatters ? r->matters[i]->label : NULL;
}

const char *qz_matter_kind_name(qz_matter_kind k)
{
    static const char *const names[] = {
        "unknown",  "role",  "acting",    "meeting",      "signing",           "deadline",  "leave",
        "periodic", "check", "provision", "substitution", "not-away-together", "obligation"};
    _Static_assert(sizeof(names) / sizeof(names[0]) == QZ_MATTER_OBLIGATION + 1,
                   "a name for every qz_matter_kind");
    return (int)k > 0 && (size_t)k < sizeof(names) / sizeof(names[0]) ? names[k] : "unknown";
}

/* entries are cast to the rows that hold them */
_Static_assert(offsetof(qz_role, e) == 0 && offsetof(qz_deadline, e) == 0 && offsetof(qz_periodic, e) == 0 &&
                   offsetof(qz_leave_rule, e) == 0 && offsetof(qz_meeting, e) == 0 &&
                   offsetof(qz_provision, e) == 0 && offsetof(qz_obligation, e) == 0,
               "a matter's qz_entry comes first");
static int with_matter_role(const qz_qctx *q, const qz_entry *e, int kind)
{
    return kind == QZ_MATTER_ROLE ? (int)(((const qz_role *)(const void *)e) - q->r->roles) : -1;
}

static void figures(qz_qctx *q, const qz_entry *e, int kind)
{
    if (kind == QZ_MATTER_DEADLINE) {
        const qz_deadline *d = (const qz_deadline *)(const void *)e;
        qz_query__value(q, QZ_VALUE_LIMIT, d->count);
        qz_query__value(q, QZ_VALUE_UNIT, d->unit);
        qz_query__value(q, QZ_VALUE_PRINCIPLE, d->principle);
        if (d->min)
            qz_query__value(q, QZ_VALUE_MIN, d->min);
    } else if (kind == QZ_MATTER_PERIODIC) {
        const qz_periodic *p = (const qz_periodic *)(const void *)e;
        qz_query__value(q, QZ_VALUE_MIN, p->min);
        if (p->max >= 0)
            qz_query__value(q, QZ_VALUE_MAX, p->max);
        qz_query__value(q, QZ_VALUE_PRINCIPLE, p->principle);
    } else if (kind == QZ_MATTER_LEAVE) {
        const qz_leave_rule *l = (const qz_leave_rule *)(const void *)e;
        if (l->notice != QZ_NOTICE_NONE) /* 0 means "beforehand"; no notice leaves it absent */
            qz_query__value(q, QZ_VALUE_NOTICE_DAYS,
                            l->deadline >= 0 ? q->r->deadlines[l->deadline].count : 0);
        if (l->deadline >= 0)
            qz_query__value(q, QZ_VALUE_UNIT, q->r->deadlines[l->deadline].unit);
    } else if (kind == QZ_MATTER_OBLIGATION) {
        qz_query__obligation_matter(q, (const qz_obligation *)(const void *)e);
    } else if (kind == QZ_MATTER_MEETING) {
        const qz_meeting *mt = (const qz_meeting *)(const void *)e;
        if (mt->deadline >= 0) {
            qz_query__value(q, QZ_VALUE_LIMIT, q->r->deadlines[mt->deadline].count);
            qz_query__value(q, QZ_VALUE_UNIT, q->r->deadlines[mt->deadline].unit);
            qz_query__cites(q, q->r->deadlines[mt->deadline].e.cites, q->r->deadlines[mt->deadline].e.ncites);
        }
        if (mt->periodic >= 0) {
            const qz_periodic *p = &q->r->periodics[mt->periodic];
            qz_query__value(q, QZ_VALUE_MIN, p->min);
            if (p->max >= 0)
                qz_query__value(q, QZ_VALUE_MAX, p->max);
            qz_query__cites(q, p->e.cites, p->e.ncites);
        }
        if (mt->quorum.present)
            qz_query__quorum(q, mt, NULL, 0);
    }
}

/* An approval chain: the parties in order, one step each. */
static void chain(qz_qctx *q, const qz_entry *e)
{
    qz_buf b = QZ_BUF_INIT;
    qz__buf_puts(&b, "依次:");
    for (size_t k = 0; k < e->nparties; k++) {
        if (k)
            qz__buf_puts(&b, " → ");
        qz__buf_puts(&b, qz_capacity_label((qz_capacity)e->parties[k].capacity));
        for (size_t w = 0; w < e->parties[k].nwho; w++)
            qz__buf_printf(&b, "%s%s", w ? "或" : " ", e->parties[k].who[w].label);
    }
    if (b.failed)
        q->a->failed = 1;
    else
        qz_query__explain(q, "%s", b.data);
    qz__buf_free(&b);
}

static int matter(qz_qctx *q, size_t i)
{
    if (i >= q->r->nmatters)
        return qz__error(QZ_EINVAL, "matter %zu out of range (%zu)", i, q->r->nmatters);
    const qz_entry *e = q->r->matters[i];
    int kind = q->r->matter_kinds[i];
    qz_query__subject(q, e);
    qz_query__cites(q, e->cites, e->ncites);
    if (kind == QZ_MATTER_MEETING)
        q->matter = e->id;
    int role = with_matter_role(q, e, kind);
    if (role >= 0) {
        /* a role: its holders on the date */
        qz_who w = {QZ_WHO_ROLE, role, -1, 0, NULL, -1, 0, -1, e->id, e->label, -1};
        qz_party p = {QZ_CAP_MEMBER, &w, 1, NULL, 0, NULL, 0};
        qz_query__party(q, &p, 0, QZ_RESOLVE_LIST);
    }
    for (size_t k = 0; k < e->nparties; k++) {
        int cap = e->parties[k].capacity;
        int authority = cap == QZ_CAP_CONVENER || cap == QZ_CAP_PRESIDER || cap == QZ_CAP_SIGNER ||
                        cap == QZ_CAP_MINUTES_SIGNER || cap == QZ_CAP_MINUTES_SIGNER_MAJOR;
        qz_query__party(q, &e->parties[k], 0, authority ? QZ_RESOLVE_AUTHORITY : QZ_RESOLVE_LIST);
    }
    figures(q, e, kind);
    if (kind == QZ_MATTER_PROVISION && ((const qz_provision *)(const void *)e)->chain)
        chain(q, e);
    return QZ_OK;
}

int qz_query_matter(qz_answer **out, const qz_model *m, qz_date date, size_t i)
{
    qz_qctx q;
    if (out)
        *out = NULL;
    if (!out)
        return qz__error(QZ_EINVAL, "qz_query_matter: NULL out");
    int rc = qz_query__begin(&q, m, QZ_QUERY_MATTER, date);
    if (rc < 0)
        return rc;
    return qz_query__end(&q, out, matter(&q, i));
}
