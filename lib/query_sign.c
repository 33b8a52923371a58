/* Signing (签发): the first row of the ordered signing table that matches the
 * document decides who signs, who countersigns and to whom it may go up. */
#include <string.h>
#include "error.h"
#include "org.h"
#include "query.h"
#include "rules_kind.h"

QZ_QUERY__REQUEST_INIT(sign, SIGN)

static int in_list(const int *v, size_t n, int x)
{
    if (!n)
        return 1; /* no condition on this attribute */
    for (size_t i = 0; i < n; i++)
        if (v[i] == x)
            return 1;
    return 0;
}

static int has_facts(const qz_when *w, const qz_sign_request *req)
{
    for (size_t i = 0; i < w->facts.n; i++) {
        int ok = 0;
        for (size_t k = 0; k < req->nflags && !ok; k++)
            ok = req->flags[k] && strcmp(req->flags[k], w->facts.ids[i]) == 0;
        if (!ok)
            return 0;
    }
    return 1;
}

/* 1 when role index `role` has holders on the date and all of them are away
 * (a group: one of its alternatives is so). */
static int role_away(const qz_qctx *q, int role)
{
    const qz_role *ro = &q->r->roles[role];
    if (ro->nany) {
        for (size_t i = 0; i < ro->nany; i++)
            if (role_away(q, ro->any_of[i]))
                return 1;
        return 0;
    }
    /* the posts as the resolver finds them: the model's own-role rows, else
     * (the party group's roles) the organisation's group lists */
    const qz_model__role_rows *rows = &q->role_rows[role];
    size_t seen = 0, n = rows->n ? rows->n : qz_org__role_post_count(q->org, ro->e.id, q->date);
    for (size_t i = 0; i < n; i++) {
        int32_t post = rows->n ? qz_org__own_role_post(q->org, rows->first + (uint32_t)i)
                               : qz_org__role_post_at(q->org, ro->e.id, q->date, i);
        for (size_t k = 0, nh = post >= 0 ? qz_org__holder_count(q->org, post, q->date) : 0; k < nh; k++) {
            if (!qz_org__away(q->org, qz_org__holder_at(q->org, post, q->date, k), q->date))
                return 0;
            seen++;
        }
    }
    return seen > 0;
}

/* <when holder-away="...">: computed from the organisation on the date. */
static int holders_away(const qz_qctx *q, const qz_when *w)
{
    for (size_t i = 0; i < w->nholders_away; i++)
        if (!role_away(q, w->holders_away[i]))
            return 0;
    return 1;
}

static int when_matches(const qz_qctx *q, const qz_when *w, int kind, int issuer, int recipient,
                        unsigned flags, const qz_sign_request *req)
{
    size_t nportfolios = req->nportfolios;
    return has_facts(w, req) && in_list(w->kinds, w->nkinds, kind) &&
           in_list(w->issuers, w->nissuers, issuer) &&
           (w->nrecipients == 0 || (recipient >= 0 && in_list(w->recipients, w->nrecipients, recipient))) &&
           (w->flags & flags) == w->flags && nportfolios >= (size_t)w->portfolios_min &&
           (!w->nholders_away || holders_away(q, w));
}

static int default_issuer(const qz_rules *r)
{
    for (size_t i = 0; i < r->nissuers; i++)
        if (r->issuers[i].is_default)
            return (int)i;
    return r->nissuers ? 0 : -1;
}

static int lookup(qz_qctx *q, int section, const char *id, int *out)
{
    *out =
        section == QZ_RULES_DOCUMENT_KIND ? qz_rules__find_kind(q->r, id) : qz_rules__find(q->r, section, id);
    if (*out < 0)
        return qz__error(QZ_ENOTFOUND, "no %s '%s' in rule set %s",
                         qz_rules_section_name((qz_rules_section)section), id, q->r->id);
    return QZ_OK;
}

/* 1 when the row's signer is the leader in charge: only then does a missing
 * portfolio explain why no one signs. */
static int names_in_charge(const qz_entry *e)
{
    const qz_party *p = qz_query__find_party(e, QZ_CAP_SIGNER);
    for (size_t k = 0; p && k < p->nwho; k++)
        if (p->who[k].kind == QZ_WHO_IN_CHARGE)
            return 1;
    return 0;
}

/* "适用签发表第N行:..." written when the explanation is read (a pointer into
 * the rule set, which lives as long as the answer's model). */
typedef struct row_step {
    size_t index;
    const qz_row *row;
} row_step;

static void render_row(qz_buf *b, const void *data)
{
    const row_step *st = data;
    qz__buf_printf(b, "适用签发表第%zu行:%s", st->index + 1, st->row->e.label);
}

static void explain_row(qz_qctx *q, size_t index, const qz_row *row)
{
    row_step *st = qz_query__explain_later(q, render_row, sizeof(*st));
    if (st)
        *st = (row_step){index, row};
}

static int sign(qz_qctx *q, const qz_sign_request *req)
{
    int kind, issuer = -1, recipient = -1, rc;
    if (req->nflags && !req->flags)
        return qz__error(QZ_EINVAL, "qz_query_sign: NULL flags");
    for (size_t i = 0; i < req->nflags; i++) { /* a fact no row names is a typo: refuse it */
        int ok = 0;
        for (size_t k = 0; req->flags[i] && k < q->r->sign_facts.n && !ok; k++)
            ok = strcmp(q->r->sign_facts.ids[k], req->flags[i]) == 0;
        if (!ok)
            return qz__error(QZ_EINVAL, "'%s' is not a fact the signing table of rule set %s knows",
                             req->flags[i] ? req->flags[i] : "(null)", q->r->id);
    }
    if ((rc = lookup(q, QZ_RULES_DOCUMENT_KIND, req->kind ? req->kind : "(null)", &kind)) < 0)
        return rc;
    if (req->issuer) {
        if ((rc = lookup(q, QZ_RULES_ISSUER, req->issuer, &issuer)) < 0)
            return rc;
    } else {
        issuer = default_issuer(q->r);
    }
    if (req->recipient && (rc = lookup(q, QZ_RULES_RECIPIENT, req->recipient, &recipient)) < 0)
        return rc;
    unsigned flags =
        (req->major_policy ? QZ_FLAG_MAJOR_POLICY : 0u) | (req->broad_scope ? QZ_FLAG_BROAD_SCOPE : 0u) |
        (req->decided_by_executive ? QZ_FLAG_DECIDED : 0u) | (req->routine ? QZ_FLAG_ROUTINE : 0u);
    q->matter = q->r->kinds[kind].id;
    if ((rc = qz_query__portfolios(q, req->portfolios, req->nportfolios)) < 0)
        return rc;
    for (size_t i = 0; i < q->r->nrows; i++) {
        const qz_row *row = &q->r->rows[i];
        for (size_t k = 0; k < row->nwhens; k++) {
            if (!when_matches(q, &row->whens[k], kind, issuer, recipient, flags, req))
                continue;
            qz_query__subject(q, &row->e);
            qz_query__cites(q, row->e.cites, row->e.ncites);
            static const struct {
                int cap, mode;
            } order[] = {{QZ_CAP_SIGNER, QZ_RESOLVE_AUTHORITY},
                         {QZ_CAP_COUNTERSIGNER, QZ_RESOLVE_AUTHORITY},
                         {QZ_CAP_ESCALATION, QZ_RESOLVE_LIST},
                         {QZ_CAP_REVIEWER, QZ_RESOLVE_LIST}};
            for (size_t k = 0; k < sizeof(order) / sizeof(order[0]); k++) {
                qz_query__party(q, qz_query__find_party(&row->e, order[k].cap), 0, order[k].mode);
                /* Decide-only: once the capacity decided is resolved, the
                 * parties after it change nothing a decision reads (who is
                 * found is the signers, resolved first, and its citations
                 * are numbered already) unless the answer cites nothing yet. */
                if (q->decide_cap == order[k].cap && q->a->ncites > 0)
                    break;
            }
            explain_row(q, i, row);
            if (!qz_query__count(q, QZ_CAP_SIGNER))
                qz_query__no_one_explained(q, !req->nportfolios && names_in_charge(&row->e)
                                                  ? "无人可以签发(未指明分管领导)"
                                                  : "无人可以签发");
            return QZ_OK;
        }
    }
    qz_query__no_one(q, "签发权限表中没有适用于该公文的条目");
    return QZ_OK;
}

int qz_query__sign(qz_answer **out, const qz_model *m, const qz_sign_request *req, qz_query__decide *d)
{
    qz_qctx q;
    int rc = qz_query__enter(out, req, QZ_SIGN_REQUEST_VERSION, "qz_query_sign");
    if (rc < 0)
        return rc;
    if (req->nportfolios > QZ_MAX_REQUEST_LIST)
        return qz__error(QZ_ELIMIT, "qz_query_sign: %zu portfolios in the request (at most %d)",
                         req->nportfolios, QZ_MAX_REQUEST_LIST);
    if (req->nflags > QZ_MAX_REQUEST_LIST)
        return qz__error(QZ_ELIMIT, "qz_query_sign: %zu flags in the request (at most %d)", req->nflags,
                         QZ_MAX_REQUEST_LIST);
    if ((rc = qz_query__start(&q, m, QZ_QUERY_SIGN, req->date, d)) < 0)
        return rc;
    return qz_query__end(&q, out, sign(&q, req));
}

int qz_query_sign(qz_answer **out, const qz_model *m, const qz_sign_request *req)
{
    return qz_query__sign(out, m, req, NULL);
}
