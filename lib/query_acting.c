/* Acting: who exercises a post's authority on a date, and through which rule. */
#include <string.h>
#include "error.h"
#include "query.h"

int qz_acting_request_init(qz_acting_request *req, unsigned int version)
{
    if (!req || version != QZ_REQUEST_VERSION)
        return qz__error(QZ_EINVAL, "qz_acting_request_init: bad argument");
    qz_acting_request init = QZ_ACTING_REQUEST_INIT;
    *req = init;
    return QZ_OK;
}

/* 1 when `id` is a matter of the rule set: an entry of its matrix (meeting
 * types among them) or a matter an acting rule is limited to. */
static int matter_known(const qz_rules *r, const char *id)
{
    for (size_t i = 0; i < r->nmatters; i++)
        if (r->matters[i]->id && strcmp(r->matters[i]->id, id) == 0)
            return 1;
    for (size_t i = 0; i < r->nactings; i++)
        for (size_t k = 0; k < r->actings[i].nmatters; k++)
            if (strcmp(r->actings[i].matters[k], id) == 0)
                return 1;
    return 0;
}

static int acting(qz_qctx *q, const qz_acting_request *req)
{
    if (!req->post || qz_org_kind_of(q->org, req->post) != QZ_ORG_POST)
        return qz__error(QZ_ENOTFOUND, "no post '%s' in organisation %s", req->post ? req->post : "(null)",
                         qz_org_id(q->org));
    if (req->matter && !matter_known(q->r, req->matter))
        return qz__error(QZ_ENOTFOUND, "no matter '%s' in rule set %s", req->matter, q->r->id);
    q->matter = req->matter;
    int role = qz_query__post_role(q, req->post);
    if (role >= 0) {
        qz_query__subject(q, &q->r->roles[role].e);
        qz_query__cites(q, q->r->roles[role].e.cites, q->r->roles[role].e.ncites);
    }
    const char *holder = qz_org_holder(q->org, req->post, q->date);
    qz_org_absence abs;
    if (holder && qz_org_person_away(&abs, q->org, holder, q->date) != 1) {
        qz_query__person(q, QZ_CAP_ACTING, req->post, holder, QZ_VIA_HOLDER, NULL, NULL, -1);
        qz_query__explain(q, "%s在岗,由本人行使职权", qz_org_person_name(q->org, holder));
        return QZ_OK;
    }
    if (holder) {
        size_t clashes;
        qz_query__person(q, QZ_CAP_ABSENT, req->post, holder, QZ_VIA_HOLDER, NULL, NULL, -1);
        qz_query__not_away_together(q, req->post, abs.away_from_county, q->date, q->date, 0, &clashes);
    }
    if (!qz_query__acting(q, req->post, holder, QZ_CAP_ACTING))
        qz_query__no_one_explained(q, "无人可以代行");
    return QZ_OK;
}

int qz_query_acting(qz_answer **out, const qz_model *m, const qz_acting_request *req)
{
    qz_qctx q;
    int rc = qz_query__check_version(req, "qz_query_acting");
    if (rc < 0 || !out)
        return rc < 0 ? rc : qz__error(QZ_EINVAL, "qz_query_acting: NULL out");
    if ((rc = qz_query__begin(&q, m, QZ_QUERY_ACTING, req->date)) < 0)
        return rc;
    return qz_query__end(&q, out, acting(&q, req));
}
