/* Leave (请销假): the notice a post's holder must give before leaving the
 * county, whether it was late, whom to report to and where it is filed. */
#include <string.h>
#include "error.h"
#include "query.h"
#include "quanze/date.h"

int qz_leave_request_init(qz_leave_request *req, unsigned int version)
{
    if (!req || version != QZ_REQUEST_VERSION)
        return qz__error(QZ_EINVAL, "qz_leave_request_init: bad argument");
    qz_leave_request init = QZ_LEAVE_REQUEST_INIT;
    *req = init;
    return QZ_OK;
}

static const qz_leave_rule *find_rule(qz_qctx *q, const char *post)
{
    for (size_t i = 0; i < q->r->nleaves; i++) {
        const qz_leave_rule *l = &q->r->leaves[i];
        for (size_t k = 0; k < l->nroles; k++)
            if (qz_query__post_has_role(q, post, l->roles[k]))
                return l;
    }
    return NULL;
}

static int notice(qz_qctx *q, const qz_leave_rule *l, const qz_leave_request *req)
{
    int late = 0;
    if (l->notice == QZ_NOTICE_BEFOREHAND) {
        late = req->notified > req->depart;
        qz_query__value(q, QZ_VALUE_NOTICE_DAYS, 0);
        qz_query__explain(q, "须事先报告%s", late ? ",报告晚于离县日期" : "");
    } else if (l->notice == QZ_NOTICE_DEADLINE) {
        const qz_deadline *d = &q->r->deadlines[l->deadline];
        int rc = qz_query__deadline(q, d, req->depart, 0);
        if (rc < 0)
            return rc;
        late = req->notified > q->a->values[QZ_VALUE_DUE];
        qz_query__value(q, QZ_VALUE_NOTICE_DAYS, d->count);
        int given = req->depart - req->notified;
        if (d->unit == QZ_UNIT_WORKDAYS &&
            qz_calendar_workdays_between(&given, q->cal, req->notified, req->depart) < 0)
            return qz_error_code(qz_error_last());
        qz_query__value(q, QZ_VALUE_NOTICE_GIVEN, given);
    } else {
        qz_query__value(q, QZ_VALUE_NOTICE_DAYS, 0);
        qz_query__explain(q, "无提前报告时限要求");
    }
    qz_query__value(q, QZ_VALUE_LATE, late);
    if (late)
        qz_query__finding(q, "late", "报告迟于规定时限");
    return QZ_OK;
}

static int leave(qz_qctx *q, const qz_leave_request *req)
{
    if (!req->post || qz_org_kind_of(q->org, req->post) != QZ_ORG_POST)
        return qz__error(QZ_ENOTFOUND, "no post '%s' in organisation %s", req->post ? req->post : "(null)",
                         qz_org_id(q->org));
    const qz_leave_rule *l = find_rule(q, req->post);
    if (!l) {
        qz_query__no_one(q, "规则没有规定%s离县的报告要求", qz_org_post_name(q->org, req->post));
        return QZ_OK;
    }
    qz_query__subject(q, &l->e);
    qz_query__cites(q, l->e.cites, l->e.ncites);
    const char *holder = qz_org_holder(q->org, req->post, q->date);
    if (holder)
        qz_query__person(q, QZ_CAP_ABSENT, req->post, holder, QZ_VIA_HOLDER, NULL, NULL, 0);
    int rc = notice(q, l, req);
    if (rc < 0)
        return rc;
    qz_query__party(q, qz_query__find_party(&l->e, QZ_CAP_REPORT_TO), 0, QZ_RESOLVE_AUTHORITY);
    qz_query__party(q, qz_query__find_party(&l->e, QZ_CAP_FILED_BY), 0, QZ_RESOLVE_LIST);
    qz_query__party(q, qz_query__find_party(&l->e, QZ_CAP_FILED_WITH), 0, QZ_RESOLVE_LIST);
    return QZ_OK;
}

int qz_query_leave(qz_answer **out, const qz_model *m, const qz_leave_request *req)
{
    qz_qctx q;
    int rc = qz_query__check_version(req, "qz_query_leave");
    if (rc < 0 || !out)
        return rc < 0 ? rc : qz__error(QZ_EINVAL, "qz_query_leave: NULL out");
    if ((rc = qz_query__begin(&q, m, QZ_QUERY_LEAVE, req->depart)) < 0)
        return rc;
    return qz_query__end(&q, out, leave(&q, req));
}
