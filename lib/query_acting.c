/* Acting: who exercises a post's authority on a date, and through which rule. */
#include <stddef.h>
#include <string.h>
#include "error.h"
#include "org.h"
#include "query.h"

/* Version 1 callers get only the bytes of their own layout (no matter_kind). */
int qz_acting_request_init(qz_acting_request *req, unsigned int version)
{
    static const qz_acting_request tpl = QZ_ACTING_REQUEST_INIT;
    size_t size = version >= 2 ? sizeof(tpl) : offsetof(qz_acting_request, matter_kind);
    return qz_query__init_request(req, &tpl, size, version, QZ_ACTING_REQUEST_VERSION,
                                  "qz_acting_request_init");
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
    const qz_org *org = q->org;
    int32_t post = req->post ? qz_org__find(org, req->post, QZ_ORG_POST) : QZ_ORG__NONE;
    if (post < 0)
        return qz__error(QZ_ENOTFOUND, "no post '%s' in organisation %s", req->post ? req->post : "(null)",
                         qz_org_id(org));
    if (req->matter && !matter_known(q->r, req->matter))
        return qz__error(QZ_ENOTFOUND, "no matter '%s' in rule set %s", req->matter, q->r->id);
    q->matter = req->matter;
    if (req->version >= 2 && req->matter_kind) {
        if (!(q->matter_kind = qz_rules__matter_kind(req->matter_kind)))
            return qz__error(QZ_ENOTFOUND, "'%s' is not a kind of matter (temporary, urgent, routine, major)",
                             req->matter_kind);
        qz_query__explain(q, "事项性质:%s", qz_rules__matter_kind_label(q->matter_kind));
    }
    q->instructed = req->version >= 2 && req->instructed;
    int role = qz_query__post_role(q, post);
    if (role >= 0) {
        qz_query__subject(q, &q->r->roles[role].e);
        qz_query__cites(q, q->r->roles[role].e.cites, q->r->roles[role].e.ncites);
    }
    int32_t holder = qz_org__holder(org, post, q->date);
    const qz_org__absence *away = holder >= 0 ? qz_org__away(org, holder, q->date) : NULL;
    if (holder >= 0 && !away) {
        qz_query__person_at(q, QZ_CAP_ACTING, post, holder, QZ_VIA_HOLDER, NULL, NULL, -1);
        qz_query__explain(q, "%s在岗,由本人行使职权", qz_org__person_name(org, holder));
        return QZ_OK;
    }
    if (holder >= 0) {
        size_t clashes;
        qz_query__person_at(q, QZ_CAP_ABSENT, post, holder, QZ_VIA_HOLDER, NULL, NULL, -1);
        qz_query__not_away_together(q, req->post, away->away_from_county, q->date, q->date, 0, &clashes);
    }
    if (!qz_query__acting(q, post, holder, QZ_CAP_ACTING))
        qz_query__no_one_explained(q, "无人可以代行");
    return QZ_OK;
}

int qz_query__acting_for(qz_answer **out, const qz_model *m, const qz_acting_request *req,
                         qz_query__decide *d)
{
    qz_qctx q;
    int rc = qz_query__enter(out, req, QZ_ACTING_REQUEST_VERSION, "qz_query_acting");
    if (rc < 0)
        return rc;
    if ((rc = qz_query__start(&q, m, QZ_QUERY_ACTING, req->date, d)) < 0)
        return rc;
    return qz_query__end(&q, out, acting(&q, req));
}

int qz_query_acting(qz_answer **out, const qz_model *m, const qz_acting_request *req)
{
    return qz_query__acting_for(out, m, req, NULL);
}
