/* Attendance substitution: may a deputy attend a meeting in place of the
 * principal, and on what conditions. */
#include <string.h>
#include "error.h"
#include "org.h"
#include "query.h"

QZ_QUERY__REQUEST_INIT(substitute, SUBSTITUTE)

static const qz_subst *find_rule(qz_qctx *q, int meeting, const char *principal)
{
    for (size_t i = 0; i < q->r->nsubsts; i++) {
        const qz_subst *s = &q->r->substs[i];
        int m = 0;
        for (size_t k = 0; k < s->nmeetings; k++)
            m |= s->meetings[k] == meeting;
        if (m && qz_query__post_has_role(q, principal, s->principal))
            return s;
    }
    return NULL;
}

static int check_post(qz_qctx *q, const char *post)
{
    if (!post || qz_org_kind_of(q->org, post) != QZ_ORG_POST)
        return qz__error(QZ_ENOTFOUND, "no post '%s' in organisation %s", post ? post : "(null)",
                         qz_org_id(q->org));
    return QZ_OK;
}

static int conditions(qz_qctx *q, const qz_subst *s, const qz_substitute_request *req)
{
    int ok = 1;
    if (s->substitute < 0) {
        qz_query__finding(q, "no-substitute", "规则不允许他人代为参会,须向有关领导请假");
        return 0;
    }
    if (!qz_query__post_has_role(q, req->substitute, s->substitute)) {
        qz_query__finding(q, "substitute-role", "代为参会者须为%s", q->r->roles[s->substitute].e.label);
        ok = 0;
    }
    const char *pu = qz_org_post_unit(q->org, req->principal),
               *su = qz_org_post_unit(q->org, req->substitute);
    if (s->same_unit && (!pu || !su || strcmp(pu, su) != 0)) {
        qz_query__finding(q, "same-unit", "代为参会者须为本单位的分管负责同志");
        ok = 0;
    }
    if (s->written_before && (!req->written_request || req->request_date >= req->date)) {
        qz_query__finding(q, "written-request", "须在会前书面请假");
        ok = 0;
    }
    if (s->approval != QZ_APPROVAL_NONE && !req->presider_approved) {
        qz_query__finding(q, "approval", "须经会议主持人同意");
        ok = 0;
    }
    const char *holder = qz_org_holder(q->org, req->substitute, q->date);
    if (!holder) {
        qz_query__finding(q, "vacant", "代为参会的职位空缺");
        ok = 0;
    } else if (qz_org__away_of(q->org, holder, q->date)) {
        qz_query__finding(q, "away", "代为参会者当日不在岗");
        ok = 0;
    } else if (ok) {
        qz_query__person(q, QZ_CAP_SUBSTITUTE, req->substitute, holder, QZ_VIA_ACTING, req->principal,
                         qz_org_holder(q->org, req->principal, q->date), 0);
    }
    return ok;
}

static int substitute(qz_qctx *q, const qz_substitute_request *req)
{
    int mi, rc = qz_query__find_meeting(q, req->type, &mi);
    if (rc < 0)
        return rc;
    rc = check_post(q, req->principal);
    if (rc < 0 || (req->substitute && (rc = check_post(q, req->substitute)) < 0))
        return rc;
    const qz_meeting *mt = &q->r->meetings[mi];
    q->matter = mt->e.id;
    const qz_subst *s = find_rule(q, mi, req->principal);
    if (!s) {
        qz_query__value(q, QZ_VALUE_ALLOWED, 0);
        qz_query__no_one(q, "规则没有规定%s在%s的代为参会", qz_org_post_name(q->org, req->principal),
                         mt->e.label);
        return QZ_OK;
    }
    qz_query__subject(q, &s->e);
    qz_query__cites(q, s->e.cites, s->e.ncites);
    int ok = req->substitute ? conditions(q, s, req) : 0;
    if (!req->substitute && s->substitute >= 0)
        qz_query__finding(q, "no-substitute-given", "未指明代为参会者");
    else if (!req->substitute)
        qz_query__finding(q, "no-substitute", "规则不允许他人代为参会,须向有关领导请假");
    qz_query__value(q, QZ_VALUE_ALLOWED, ok);
    qz_query__party(q, qz_query__find_party(&s->e, QZ_CAP_APPROVER), 0, QZ_RESOLVE_AUTHORITY);
    if (s->approval != QZ_APPROVAL_NONE)
        qz_query__party(q,
                        qz_query__find_party(&mt->e, s->approval == QZ_APPROVAL_PRESIDER ? QZ_CAP_PRESIDER
                                                                                         : QZ_CAP_CONVENER),
                        QZ_CAP_APPROVER, QZ_RESOLVE_AUTHORITY);
    qz_query__explain(q, "%s", ok ? "可以由其代为参会" : "不能代为参会");
    return QZ_OK;
}

int qz_query_substitute(qz_answer **out, const qz_model *m, const qz_substitute_request *req)
{
    qz_qctx q;
    int rc = qz_query__enter(out, req, QZ_SUBSTITUTE_REQUEST_VERSION, "qz_query_substitute");
    if (rc < 0)
        return rc;
    if ((rc = qz_query__begin(&q, m, QZ_QUERY_SUBSTITUTE, req->date)) < 0)
        return rc;
    return qz_query__end(&q, out, substitute(&q, req));
}
