/* Normative documents: the rule set's checks applied to a document described
 * by flags, its stated validity and the meeting that approved it. */
#include <string.h>
#include "error.h"
#include "query.h"

QZ_QUERY__REQUEST_INIT(normative, NORMATIVE)

static int has_flag(const qz_normative_request *req, const char *flag)
{
    for (size_t i = 0; i < req->nflags; i++)
        if (req->flags[i] && strcmp(req->flags[i], flag) == 0)
            return 1;
    return 0;
}

static int all_of(const qz_normative_request *req, const qz_idlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (!has_flag(req, l->ids[i]))
            return 0;
    return 1;
}

static int any_of(const qz_normative_request *req, const qz_idlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (has_flag(req, l->ids[i]))
            return 1;
    return 0;
}

static int known_flags(qz_qctx *q, const qz_normative_request *req)
{
    for (size_t i = 0; i < req->nflags; i++) {
        int ok = 0;
        for (size_t k = 0; req->flags[i] && k < q->r->flags.n && !ok; k++)
            ok = strcmp(q->r->flags.ids[k], req->flags[i]) == 0;
        if (!ok)
            return qz__error(QZ_EINVAL, "'%s' is not a fact the checks of rule set %s know",
                             req->flags[i] ? req->flags[i] : "(null)", q->r->id);
    }
    return QZ_OK;
}

/* Applies one check; returns the number of violations it found. */
static int apply(qz_qctx *q, const qz_check *ck, const qz_normative_request *req, int approved_by)
{
    int v = 0;
    for (size_t i = 0; i < ck->require.n; i++)
        if (!has_flag(req, ck->require.ids[i])) {
            qz_query__finding(q, ck->e.id, "未满足要求:%s", ck->e.label); /* the fact's id is no Chinese */
            v++;
        }
    for (size_t i = 0; i < ck->forbid.n; i++)
        if (has_flag(req, ck->forbid.ids[i])) {
            qz_query__finding(q, ck->e.id, "违反规定:%s", ck->e.label);
            v++;
        }
    if (ck->napproved) {
        int ok = 0;
        for (size_t i = 0; i < ck->napproved; i++)
            ok |= ck->approved_by[i] == approved_by;
        if (!ok) {
            qz_query__finding(q, ck->e.id, "%s", ck->e.label);
            v++;
        }
    }
    if (ck->validity >= 0) {
        const qz_deadline *d = &q->r->deadlines[ck->validity];
        qz_query__value(q, QZ_VALUE_LIMIT, d->count);
        if (req->validity_years <= 0) {
            qz_query__finding(q, ck->e.id, "未明确有效期");
            v++;
        } else if (req->validity_years > d->count) {
            qz_query__finding(q, ck->e.id, "有效期%d年,超过%d年上限", req->validity_years, d->count);
            v++;
        }
    }
    if (v)
        qz_query__cites(q, ck->e.cites, ck->e.ncites);
    return v;
}

static int normative(qz_qctx *q, const qz_normative_request *req)
{
    int rc = known_flags(q, req);
    if (rc < 0)
        return rc;
    int approved_by = -1;
    if (req->approved_by && (rc = qz_query__find_meeting(q, req->approved_by, &approved_by)) < 0)
        return rc;
    int violations = 0;
    for (size_t i = 0; i < q->r->nchecks; i++) {
        const qz_check *ck = &q->r->checks[i];
        if (!all_of(req, &ck->when) || any_of(req, &ck->unless))
            continue;
        violations += apply(q, ck, req, approved_by);
        /* the bodies of every check that applies: who reviews, approves, is filed with */
        qz_query__party(q, qz_query__find_party(&ck->e, QZ_CAP_REVIEWER), 0, QZ_RESOLVE_LIST);
        qz_query__party(q, qz_query__find_party(&ck->e, QZ_CAP_APPROVER), 0, QZ_RESOLVE_LIST);
        qz_query__party(q, qz_query__find_party(&ck->e, QZ_CAP_FILED_WITH), 0, QZ_RESOLVE_LIST);
    }
    qz_query__value(q, QZ_VALUE_VIOLATIONS, violations);
    qz_query__value(q, QZ_VALUE_COMPLIANT, violations == 0);
    if (violations)
        qz_query__explain(q, "发现%d处不符合规定", violations);
    else
        qz_query__explain(q, "符合规定");
    for (size_t i = 0; i < q->a->nfindings; i++)
        qz_query__explain(q, "- %s", q->a->findings[i].text);
    return QZ_OK;
}

int qz_query_normative(qz_answer **out, const qz_model *m, const qz_normative_request *req)
{
    qz_qctx q;
    int rc = qz_query__enter(out, req, QZ_NORMATIVE_REQUEST_VERSION, "qz_query_normative");
    if (rc < 0)
        return rc;
    if (req->nflags > QZ_MAX_REQUEST_LIST)
        return qz__error(QZ_ELIMIT, "qz_query_normative: %zu flags in the request (at most %d)", req->nflags,
                         QZ_MAX_REQUEST_LIST);
    if (req->nflags && !req->flags)
        return qz__error(QZ_EINVAL, "qz_query_normative: NULL flags");
    if ((rc = qz_query__begin(&q, m, QZ_QUERY_NORMATIVE, req->date)) < 0)
        return rc;
    return qz_query__end(&q, out, normative(&q, req));
}
