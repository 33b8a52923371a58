/* Resolving the people a rule names ("the county head", "the executive deputy
 * entrusted by the county head", "the leader in charge", "the AB partner")
 * against the organisation on the question's date, with acting officials for
 * absent holders. Nothing here knows any government: roles, substitutes and
 * conditions all come from the rule set. */
#include <stdio.h>
#include <string.h>
#include "error.h"
#include "org.h"
#include "query.h"

const qz_party *qz_query__find_party(const qz_entry *e, int cap)
{
    for (size_t i = 0; i < e->nparties; i++)
        if (e->parties[i].capacity == cap)
            return &e->parties[i];
    return NULL;
}

/* ---- the organisation by index ----
 * The hot paths work with the organisation's indexes (the qz_org__ helpers
 * of org.h) rather than its ids, each of which would cost a hash lookup, and
 * find a role's posts once per question. */

/* The own-role rows (qz_org__own_role_rows()) of the posts whose own role is
 * rule role `role` (not a group): [*first, *first + n); n = 0 when no post
 * has it as its own role (the party group's roles come from the group's rows).
 * The model found them when it was built. */
static uint32_t own_role_rows(const qz_qctx *q, int role, uint32_t *first)
{
    *first = q->role_rows[role].first;
    return q->role_rows[role].n;
}

static int post_index(const qz_qctx *q, const char *post)
{
    return post ? qz_org__find(q->org, post, QZ_ORG_POST) : QZ_ORG__NONE;
}

/* 1 when post index `p` has rule role `role` (or a role of that group). */
static int has_role_at(qz_qctx *q, int32_t p, int role)
{
    if (role < 0 || (size_t)role >= q->r->nroles || p < 0)
        return 0;
    const qz_role *ro = &q->r->roles[role];
    if (ro->nany) {
        for (size_t i = 0; i < ro->nany; i++)
            if (has_role_at(q, p, ro->any_of[i]))
                return 1;
        return 0;
    }
    uint32_t first;
    if (own_role_rows(q, role, &first))
        return qz_org__post_has_own_role(q->org, p, first);
    return qz_org__post_has_role(q->org, p, ro->e.id, q->date);
}

int qz_query__post_has_role(qz_qctx *q, const char *post, int role)
{
    return has_role_at(q, post_index(q, post), role);
}

int qz_query__post_role(const qz_qctx *q, int32_t post)
{
    /* The organisation stores each role id once, so the rule role whose
     * own-role rows (found with the model) start at a post with the same
     * role pointer is the one; only a role no post holds as its own falls
     * back to a lookup by id. */
    const char *role = qz_org__post_role(q->org, post);
    for (size_t k = 0; k < q->r->nroles; k++) {
        const qz_model__role_rows *rows = &q->role_rows[k];
        if (rows->n && qz_org__post_role(q->org, qz_org__own_role_post(q->org, rows->first)) == role)
            return (int)k;
    }
    return qz_rules__find(q->r, QZ_RULES_ROLE, role);
}

static int cpc_ok(const qz_qctx *q, const qz_who *w, int32_t person)
{
    return w->cpc < 0 || qz_org__person_cpc(q->org, person) == w->cpc;
}

static int is_away(const qz_qctx *q, int32_t person)
{
    return qz_org__away(q->org, person, q->date) != NULL;
}

/* The holders of a post on the date, in the order of qz_org_holder_at(); a
 * post with one holder at a time is looked up once. */
typedef struct holders {
    const qz_qctx *q;
    int32_t post, single; /* single: the holder, or QZ_ORG__NONE */
    size_t n;
} holders;

static size_t holders_on(holders *h, const qz_qctx *q, int32_t p)
{
    int single = qz_org__post_single(q->org, p);
    h->q = q;
    h->post = p;
    h->single = single ? qz_org__holder(q->org, p, q->date) : QZ_ORG__NONE;
    h->n = single ? h->single >= 0 : qz_org__holder_count(q->org, p, q->date);
    return h->n;
}

static int32_t holder_at(const holders *h, size_t i)
{
    if (h->single >= 0)
        return h->single;
    return qz_org__holder_at(h->q->org, h->post, h->q->date, i);
}

/* Calls fn(q, post, ctx) for every post with rule role `role` (groups expanded). */
typedef void (*post_fn)(qz_qctx *q, int32_t post, void *ctx);

static void each_post(qz_qctx *q, int role, post_fn fn, void *ctx)
{
    const qz_role *ro = &q->r->roles[role];
    if (ro->nany) {
        for (size_t i = 0; i < ro->nany; i++)
            each_post(q, ro->any_of[i], fn, ctx);
        return;
    }
    const qz_org *org = q->org;
    uint32_t first, n = own_role_rows(q, role, &first);
    for (uint32_t i = 0; i < n; i++)
        fn(q, qz_org__own_role_post(org, first + i), ctx);
    if (n)
        return;
    uint32_t cursor = 0; /* the party group's roles */
    for (int32_t p; (p = qz_org__group_post_next(org, ro->e.id, q->date, &cursor)) != QZ_ORG__NONE;)
        if (p >= 0)
            fn(q, p, ctx);
}

/* Who acts for post `post` (index `pi`, or QZ_ORG__NONE) whose holder
 * (`holder`, index `hi`) is absent, or which is vacant (holder NULL). */
static int acting_at(qz_qctx *q, int32_t pi, const char *post, const char *holder, int32_t hi, int cap);

typedef struct rctx {
    const qz_who *w;
    int cap, mode, cite;
    size_t added;
    size_t matched; /* entrustments in force that named a qualifying agent */
} rctx;

static void add_holders(qz_qctx *q, int32_t post, rctx *c, int via, const char *for_post,
                        const char *for_person)
{
    const qz_org *org = q->org;
    const char *post_id = qz_org__post_id(org, post);
    holders h;
    size_t n = holders_on(&h, q, post);
    if (n == 0 && c->mode == QZ_RESOLVE_AUTHORITY && via == QZ_VIA_HOLDER) {
        c->added += (size_t)acting_at(q, post, post_id, NULL, QZ_ORG__NONE, c->cap);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        int32_t person = holder_at(&h, i);
        if (person < 0 || !cpc_ok(q, c->w, person))
            continue;
        if (c->mode == QZ_RESOLVE_AUTHORITY && is_away(q, person)) {
            if (via == QZ_VIA_HOLDER)
                c->added +=
                    (size_t)acting_at(q, post, post_id, qz_org__person_id(org, person), person, c->cap);
            else
                qz_query__explain(q, "%s(%s)不在岗,不能%s", qz_org__person_name(org, person),
                                  qz_org__post_name(org, post), qz_capacity_label((qz_capacity)c->cap));
            continue;
        }
        qz_query__person_at(q, c->cap, post, person, via, for_post, for_person, c->cite);
        c->added++;
    }
}

static void holder_fn(qz_qctx *q, int32_t post, void *ctx)
{
    add_holders(q, post, ctx, QZ_VIA_HOLDER, NULL, NULL);
}

/* The posts `by` has entrusted (in force on the date) that match `w`. */
static void entrusted_fn(qz_qctx *q, int32_t by, void *ctx)
{
    rctx *c = ctx;
    const qz_org *org = q->org;
    const char *subject = c->w->subject ? c->w->subject : q->matter;
    uint32_t first, n = qz_org__entrust_rows(org, by, &first);
    for (uint32_t r = first; r < first + n; r++) {
        const qz_org__entrust *e = qz_org__entrust_row(org, r);
        if (!qz_org__in_force(e->from, e->to, q->date))
            continue;
        if (c->w->scope > 0 && e->scope != c->w->scope)
            continue;
        if (e->subject && subject && strcmp(e->subject, subject) != 0)
            continue;
        if (!has_role_at(q, e->agent, c->w->role))
            continue;
        c->matched++;
        int32_t holder = qz_org__holder(org, by, q->date);
        add_holders(q, e->agent, c, QZ_VIA_ENTRUSTED, qz_org__post_id(org, by),
                    holder < 0 ? NULL : qz_org__person_id(org, holder));
    }
}

static void in_charge(qz_qctx *q, rctx *c)
{
    size_t from = c->w->in_charge == QZ_IN_CHARGE_OTHERS ? 1 : 0;
    size_t to = c->w->in_charge == QZ_IN_CHARGE_LEAD ? (q->nportfolios ? 1 : 0) : q->nportfolios;
    for (size_t i = from; i < to; i++) {
        /* qz_query__portfolios left each post once, so only the lead can repeat */
        holder_fn(q, q->portfolio_posts[i], c);
    }
}

static size_t resolve_who(qz_qctx *q, const qz_who *w, int cap, int mode, int cite);

/* A post of the role that assists (协助) one of the leaders in charge the
 * `assists` selector names: "the deputy secretary-general who assists the
 * leader in charge". */
static void assist_fn(qz_qctx *q, int32_t post, void *ctx)
{
    rctx *c = ctx;
    size_t from = c->w->assists == QZ_IN_CHARGE_OTHERS ? 1 : 0;
    size_t to = c->w->assists == QZ_IN_CHARGE_LEAD ? (q->nportfolios ? 1 : 0) : q->nportfolios;
    for (size_t i = from; i < to; i++) {
        if (qz_org__assists(q->org, post, q->portfolio_posts[i], q->date)) {
            holder_fn(q, post, c);
            return;
        }
    }
}

/* "Whoever presides": the presider of the meeting asked about. */
static size_t presider(qz_qctx *q, int cap, int mode, int cite)
{
    int m = qz_rules__find(q->r, QZ_RULES_MEETING, q->matter);
    const qz_party *p = m >= 0 ? qz_query__find_party(&q->r->meetings[m].e, QZ_CAP_PRESIDER) : NULL;
    size_t added = 0;
    for (size_t i = 0; p && i < p->nwho; i++)
        if (p->who[i].kind != QZ_WHO_PRESIDER) /* the loader refuses it there; no recursion */
            added += resolve_who(q, &p->who[i], cap, mode, cite);
    return added;
}

static size_t resolve_who(qz_qctx *q, const qz_who *w, int cap, int mode, int cite)
{
    rctx c = {w, cap, mode, cite, 0, 0};
    switch (w->kind) {
    case QZ_WHO_BODY: qz_query__unit(q, cap, w->id, w->label); return 1;
    case QZ_WHO_ROLE:
        if (w->entrusted_by >= 0)
            each_post(q, w->entrusted_by, entrusted_fn, &c);
        else
            each_post(q, w->role, w->assists >= 0 ? assist_fn : holder_fn, &c);
        break;
    case QZ_WHO_IN_CHARGE: in_charge(q, &c); break;
    case QZ_WHO_PRESIDER: return presider(q, cap, mode, cite);
    default: break; /* an AB partner only exists relative to an absent deputy (acting rules) */
    }
    return c.added;
}

void qz_query__party(qz_qctx *q, const qz_party *p, int cap, int mode)
{
    if (!p)
        return;
    if (!cap)
        cap = p->capacity;
    int cite = p->ncites ? qz_query__cite(q, &p->cites[0]) : -1;
    qz_query__cites(q, p->cites, p->ncites);
    if (q->decide_cap && mode == QZ_RESOLVE_LIST && cap != q->decide_cap)
        return; /* decide-only: a list in another capacity decides nothing and cites no more */
    for (size_t i = 0; i < p->nwho; i++) {
        qz_query__role(q, cap, p->who[i].id, p->who[i].label);
        resolve_who(q, &p->who[i], cap, mode, cite);
    }
}

/* ---- acting ---- */

static int matter_ok(const qz_qctx *q, const qz_acting *ac)
{
    if (!ac->nmatters)
        return 1;
    for (size_t i = 0; q->matter && i < ac->nmatters; i++)
        if (strcmp(ac->matters[i], q->matter) == 0)
            return 1;
    return 0;
}

static int condition_ok(const qz_acting *ac, const char *holder, const qz_org_absence *abs, int away)
{
    switch (ac->condition) {
    case QZ_COND_AWAY: return holder && away;
    case QZ_COND_AWAY_FROM_COUNTY: return holder && away && abs->away_from_county;
    case QZ_COND_VACANT: return !holder;
    case QZ_COND_ENTRUSTED: return !holder || away;
    default: return 0;
    }
}

/* Hot narrative lines, kept as pointers into the organisation and the rule
 * set (which live as long as the answer's model) and written when read. */
typedef struct absent_step {
    const qz_rules *r;
    const char *post, *person;
    const qz_org__absence *row; /* NULL: not away */
} absent_step;

static void render_absent(qz_buf *b, const void *data)
{
    const absent_step *st = data;
    const char *reason = st->row ? st->row->reason : NULL;
    qz__buf_printf(b, "%s%s%s%s%s%s", st->post, st->person,
                   qz_query__away_label(st->r, st->row && st->row->away_from_county),
                   reason && *reason ? "(" : "", reason ? reason : "", reason && *reason ? ")" : "");
}

typedef struct pair_step {
    const char *a, *b;
} pair_step;

static void render_acts(qz_buf *b, const void *data)
{
    const pair_step *st = data;
    qz__buf_printf(b, "依%s,由%s代行", st->a, st->b);
}

static void explain_pair(qz_qctx *q, qz_render_fn render, const char *a, const char *b)
{
    pair_step *st = qz_query__explain_later(q, render, sizeof(*st));
    if (st)
        *st = (pair_step){a, b};
}

/* Automatic substitution (顺次递补): the first present holder of the role. */
struct auto_ctx {
    const qz_who *w;
    const char *post, *holder;
    int cap, cite;
    size_t added;
};

static void auto_fn(qz_qctx *q, int32_t cand, void *ctx)
{
    struct auto_ctx *c = ctx;
    if (c->added || strcmp(qz_org__post_id(q->org, cand), c->post) == 0)
        return;
    holders h;
    size_t n = holders_on(&h, q, cand);
    for (size_t i = 0; i < n && !c->added; i++) {
        int32_t p = holder_at(&h, i);
        if (p < 0 || !cpc_ok(q, c->w, p) || is_away(q, p))
            continue;
        qz_query__person_at(q, c->cap, cand, p, QZ_VIA_ACTING, c->post, c->holder, c->cite);
        c->added = 1;
    }
}

/* The AB partner of absent `post` (index `pi`) stands in unless away too. */
static size_t ab_partner(qz_qctx *q, int32_t pi, const char *post, const char *holder, int cap, int cite,
                         const char **why)
{
    const qz_org *org = q->org;
    int32_t partner = qz_org__ab_partner(org, pi, q->date);
    if (partner < 0) {
        *why = "没有AB角";
        return 0;
    }
    *why = "AB角也不在岗";
    holders h;
    size_t added = 0, n = holders_on(&h, q, partner);
    for (size_t i = 0; i < n; i++) {
        int32_t p = holder_at(&h, i);
        if (p < 0)
            continue;
        if (is_away(q, p))
            continue;
        qz_query__person_at(q, cap, partner, p, QZ_VIA_ACTING, post, holder, cite);
        added++;
    }
    if (!n)
        *why = "AB角空缺";
    return added;
}

/* A substitute entrusted by a holder of role w->entrusted_by other than the
 * absent post `pi`: the first present agent of such an entrustment in force
 * (scope, subject and role as the rule says) acts, named as entrusted by
 * that leader. */
struct other_ctx {
    const qz_who *w;
    int32_t absent;
    int cap, cite;
    size_t added;
};

static void other_entruster_fn(qz_qctx *q, int32_t by, void *ctx)
{
    struct other_ctx *c = ctx;
    const qz_org *org = q->org;
    const char *subject = c->w->subject ? c->w->subject : q->matter;
    uint32_t first, n = qz_org__entrust_rows(org, by, &first);
    for (uint32_t r = first; r < first + n && !c->added; r++) {
        const qz_org__entrust *e = qz_org__entrust_row(org, r);
        if (!qz_org__in_force(e->from, e->to, q->date) || (c->w->scope > 0 && e->scope != c->w->scope) ||
            (e->subject && subject && strcmp(e->subject, subject) != 0) || e->agent == c->absent ||
            !has_role_at(q, e->agent, c->w->role))
            continue;
        holders h;
        size_t nh = holders_on(&h, q, e->agent);
        for (size_t i = 0; i < nh && !c->added; i++) {
            int32_t p = holder_at(&h, i);
            if (p < 0 || !cpc_ok(q, c->w, p) || is_away(q, p))
                continue;
            int32_t entruster = qz_org__holder(org, by, q->date); /* "受县长某某委托" */
            qz_query__person_at(q, c->cap, e->agent, p, QZ_VIA_ENTRUSTED, qz_org__post_id(org, by),
                                entruster < 0 ? NULL : qz_org__person_id(org, entruster), c->cite);
            c->added = 1;
        }
    }
}

static size_t entrusted_by_other(qz_qctx *q, const qz_who *w, int32_t pi, int cap, int cite)
{
    struct other_ctx c = {w, pi, cap, cite, 0};
    each_post(q, w->entrusted_by, other_entruster_fn, &c);
    return c.added;
}

/* Tries one substitute of an acting rule for absent `post` (index `pi`);
 * when it yields no one, *why says why (for the "no one may act" reason). */
static size_t substitute(qz_qctx *q, const qz_who *w, int32_t pi, const char *post, const char *holder,
                         int cap, int cite, const char **why)
{
    *why = "不适用";
    if (w->kind == QZ_WHO_AB_PARTNER)
        return ab_partner(q, pi, post, holder, cap, cite, why);
    if (w->kind != QZ_WHO_ROLE)
        return 0;
    if (w->entrusted_by >= 0) {
        /* entrusted by the absent post itself, or by another leader
         * (the county head entrusts a deputy with the executive deputy's work) */
        if (pi < 0)
            return 0;
        if (!has_role_at(q, pi, w->entrusted_by)) {
            size_t n = entrusted_by_other(q, w, pi, cap, cite);
            if (!n)
                *why = "当日没有其他领导的有效委托";
            return n;
        }
        rctx c = {w, cap, QZ_RESOLVE_AUTHORITY, cite, 0, 0};
        /* entrusted_fn adds with via ENTRUSTED and refuses absent agents */
        entrusted_fn(q, pi, &c);
        *why = c.matched ? "受委托人不在岗" : "当日没有有效的委托";
        return c.added;
    }
    struct auto_ctx ac = {w, post, holder, cap, cite, 0};
    each_post(q, w->role, auto_fn, &ac);
    *why = "无在岗人员";
    return ac.added;
}

/* The power acting in capacity `cap` needs; the general acting question about
 * a meeting asks who may convene and preside over it. */
static unsigned power_needed(qz_qctx *q, int cap)
{
    if (cap == QZ_CAP_ACTING && q->matter) {
        if (q->matter_meeting != q->matter) { /* looked up once per question and matter */
            q->matter_meeting = q->matter;
            q->matter_is_meeting = qz_rules__find(q->r, QZ_RULES_MEETING, q->matter) >= 0;
        }
        if (q->matter_is_meeting)
            return QZ_POWER_PRESIDE;
    }
    return qz_rules__power_of_capacity(cap);
}

/* 1 when acting rule `ac` applies to absent post `pi` on this question;
 * `limited` selects the rules limited to the matter asked about (tried
 * first) or the general ones. */
static int rule_applies(qz_qctx *q, const qz_acting *ac, int32_t pi, const char *holder,
                        const qz_org_absence *abs, int away, int limited)
{
    return (ac->nmatters > 0) == limited && has_role_at(q, pi, ac->role) && matter_ok(q, ac) &&
           condition_ok(ac, holder, abs, away);
}

/* An acting rule limited to kinds of matters (临时性、紧急性工作) gives no one
 * for a matter outside them, or of a kind not stated (fail closed); where the
 * absent leader's explicit instructions prevail (本人有明确交代的从其交代) and
 * there are some, the substitute does not decide either. 1 when it applies. */
static int matter_kind_ok(qz_qctx *q, const qz_acting *ac, qz_buf *why_all)
{
    const char *why = NULL;
    char what[96];
    if (!q->matter_kind) {
        why = "未说明事项性质";
    } else if (!(ac->matter_kinds & q->matter_kind)) {
        snprintf(what, sizeof(what), "本事项属%s", qz_rules__matter_kind_label(q->matter_kind));
        why = what;
    } else if (ac->instructions_prevail && q->instructed) {
        qz_query__explain(q, "依%s,本人有明确交代的,从其交代", ac->e.label);
        qz__buf_printf(why_all, "%s%s(本人有明确交代,从其交代)", why_all->size ? ";" : "", ac->e.label);
        return 0;
    } else {
        return 1;
    }
    qz_query__explain(q, "依%s,代行仅限%s,%s", ac->e.label, ac->matter_kinds_label, why);
    qz__buf_printf(why_all, "%s%s(代行仅限%s,%s)", why_all->size ? ";" : "", ac->e.label,
                   ac->matter_kinds_label, why);
    return 0;
}

/* One substitute that yielded no one, in the order tried. */
static void tried_failed(qz_qctx *q, qz_buf *tried, const qz_acting *ac, const qz_who *w, const char *why)
{
    qz_query__explain(q, "依%s,%s不能代行:%s", ac->e.label, w->label, why);
    qz__buf_printf(tried, "%s%s(%s)", tried->size ? ";" : "", w->label, why);
}

static int acting_at(qz_qctx *q, int32_t pi, const char *post, const char *holder, int32_t hi, int cap)
{
    const qz_org *org = q->org;
    const qz_org__absence *row = hi >= 0 ? qz_org__away(org, hi, q->date) : NULL;
    qz_org_absence abs;
    memset(&abs, 0, sizeof(abs));
    if (row) {
        abs.away_from_county = row->away_from_county;
        abs.reason = row->reason;
    }
    int away = row != NULL;
    const char *pname = pi >= 0 ? qz_org__post_name(org, pi) : NULL;
    if (!holder) {
        qz_query__explain(q, "%s空缺", pname ? pname : post);
    } else if (pname) {
        absent_step *st = qz_query__explain_later(q, render_absent, sizeof(*st));
        if (st)
            *st = (absent_step){
                q->r, pname, hi >= 0 ? qz_org__person_name(org, hi) : qz_org_person_name(org, holder), row};
    } else { /* a post the organisation does not know: the caller's string */
        qz_query__explain(q, "%s%s%s%s%s%s", post, qz_org_person_name(org, holder),
                          qz_query__away_label(q->r, abs.away_from_county),
                          abs.reason && *abs.reason ? "(" : "", abs.reason ? abs.reason : "",
                          abs.reason && *abs.reason ? ")" : "");
    }
    /* Rules limited to the matter asked about come first; once one applies,
     * a general rule's automatic substitutes no longer do (a matter that
     * needs an entrustment does not fall through to automatic acting). */
    int tried = 0, limited_applied = 0;
    unsigned need = power_needed(q, cap);
    qz_buf why_all = QZ_BUF_INIT;
    for (int limited = 1; limited >= 0; limited--)
        for (size_t i = 0; i < q->r->nactings; i++) {
            const qz_acting *ac = &q->r->actings[i];
            if (!rule_applies(q, ac, pi, holder, &abs, away, limited))
                continue;
            tried = 1;
            limited_applied |= limited;
            if (!(ac->powers & need)) { /* a substitute never gains a power the rule does not give */
                qz_query__explain(q, "依%s,代行者不取得%s的权限", ac->e.label, qz_rules__power_label(need));
                qz__buf_printf(&why_all, "%s%s(代行者不取得%s的权限)", why_all.size ? ";" : "", ac->e.label,
                               qz_rules__power_label(need));
                continue;
            }
            if (ac->matter_kinds && !matter_kind_ok(q, ac, &why_all))
                continue;
            int cite = ac->e.ncites ? qz_query__cite(q, &ac->e.cites[0]) : -1;
            const qz_party *p = qz_query__find_party(&ac->e, QZ_CAP_ACTING);
            for (size_t k = 0; p && k < p->nwho; k++) {
                const qz_who *w = &p->who[k];
                const char *why;
                if (!limited && limited_applied && w->kind == QZ_WHO_ROLE && w->entrusted_by < 0) {
                    tried_failed(q, &why_all, ac, w, "该事项须经委托,不适用自动代行");
                    continue;
                }
                if (substitute(q, w, pi, post, holder, cap, cite, &why)) {
                    qz_query__cites(q, ac->e.cites, ac->e.ncites);
                    explain_pair(q, render_acts, ac->e.label, w->label);
                    if (why_all.failed) /* an allocation failed on the way: the answer is incomplete */
                        q->a->failed = 1;
                    qz__buf_free(&why_all);
                    return 1;
                }
                tried_failed(q, &why_all, ac, w, why);
            }
        }
    for (int limited = 1; tried && limited >= 0; limited--) /* the rules tried, cited */
        for (size_t i = 0; i < q->r->nactings; i++)
            if (rule_applies(q, &q->r->actings[i], pi, holder, &abs, away, limited))
                qz_query__cites(q, q->r->actings[i].e.cites, q->r->actings[i].e.ncites);
    if (why_all.failed)
        q->a->failed = 1;
    if (!tried)
        qz_query__explain(q, "规则没有规定%s不在岗时由谁代行", pname ? pname : post);
    qz_query__finding(q, "no-acting", "%s不在岗,无人代行(%s)%s%s", pname ? pname : post,
                      qz_capacity_label((qz_capacity)cap), why_all.size ? ":依次试过" : "",
                      why_all.size ? why_all.data : "");
    qz__buf_free(&why_all);
    return 0;
}

int qz_query__acting(qz_qctx *q, int32_t post, int32_t holder, int cap)
{
    return acting_at(q, post, qz_org__post_id(q->org, post),
                     holder >= 0 ? qz_org__person_id(q->org, holder) : NULL, holder, cap);
}

/* Keeps the first occurrence of each post in `posts[0..n)` (indexes in
 * `index`), in order, and returns the new length: a hash set of post indices
 * (in the answer's arena), so a long list costs linear time. */
static size_t unique_posts(qz_qctx *q, const char **posts, int32_t *index, size_t n)
{
    size_t size = 16;
    while (size < 2 * n)
        size *= 2;
    int32_t *set = qz__arena_alloc(&q->a->arena, size * sizeof(*set));
    if (!set)
        return (size_t)-1;
    for (size_t i = 0; i < size; i++)
        set[i] = -1;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t p = index[i];
        size_t h = ((uint32_t)p * 2654435761u) & (size - 1);
        while (set[h] >= 0 && set[h] != p)
            h = (h + 1) & (size - 1);
        if (set[h] == p)
            continue; /* named before (as itself or through its unit) */
        set[h] = p;
        index[k] = p;
        posts[k++] = posts[i];
    }
    return k;
}

/* One lookup per id: its kind, and for a unit or area the post in charge on
 * the date by index (no second lookup of the id or of the post). */
int qz_query__portfolios(qz_qctx *q, const char *const *ids, size_t n)
{
    if (!n)
        return QZ_OK;
    if (!ids)
        return qz__error(QZ_EINVAL, "portfolios: NULL array");
    /* one allocation: the posts, then the indexes */
    const char **posts = qz__arena_alloc(&q->a->arena, n * (sizeof(char *) + sizeof(int32_t)));
    if (!posts)
        return qz__error_nomem();
    int32_t *index = (int32_t *)(void *)(posts + n);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int kind = QZ_ORG_NONE;
        int32_t at = QZ_ORG__NONE;
        const char *id = ids[i] ? qz_org__lookup(q->org, ids[i], &kind, &at) : NULL;
        if (kind == QZ_ORG_POST) {
            index[k] = at;
            posts[k++] = id;
        } else if (kind == QZ_ORG_UNIT || kind == QZ_ORG_AREA) {
            int32_t p = qz_org__in_charge(q->org, qz_org__matter_at(q->org, kind, at), q->date);
            if (p >= 0) {
                index[k] = p;
                posts[k++] = qz_org__post_id(q->org, p);
            } else {
                qz_query__finding(q, "no-leader-in-charge", "%s在当日没有分管领导",
                                  kind == QZ_ORG_UNIT ? qz_org_unit_name(q->org, id)
                                                      : qz_org_area_name(q->org, id));
            }
        } else {
            return qz__error(QZ_ENOTFOUND, "portfolio '%s' is neither a post nor a unit or area of %s",
                             ids[i] ? ids[i] : "(null)", qz_org_id(q->org));
        }
    }
    if (k > 1 && (k = unique_posts(q, posts, index, k)) == (size_t)-1) /* one post is never a repeat */
        return qz__error_nomem();
    q->portfolios = posts;
    q->portfolio_posts = index;
    q->nportfolios = k;
    return QZ_OK;
}

struct people_ctx {
    qz_qctx *q;
    const char **posts, **persons;
    int want_index;
    int32_t *index, *post_index; /* the persons and posts by index, when want_index */
    size_t n, cap;
    int failed;
    unsigned char *seen; /* persons already listed, by index */
};

static void people_fn(qz_qctx *q, int32_t post, void *ctx)
{
    struct people_ctx *c = ctx;
    holders h;
    size_t n = holders_on(&h, q, post);
    for (size_t i = 0; i < n; i++) {
        int32_t pe = holder_at(&h, i);
        if (pe < 0)
            continue;
        const char *person = qz_org__person_id(q->org, pe);
        if (!c->seen) /* one bit per person of the organisation: linear de-duplication */
            c->seen = qz__arena_alloc(&q->a->arena, qz_org__person_count(q->org) / 8 + 1);
        if (!c->seen) {
            c->failed = 1;
            q->a->failed = 1;
            return;
        }
        if (c->seen[pe / 8] & (1u << (pe % 8)))
            continue;
        c->seen[pe / 8] |= (unsigned char)(1u << (pe % 8));
        size_t cap = c->cap, icap = c->cap, pcap = c->cap;
        if (qz__arena_grow(&q->a->arena, (void **)&c->posts, &c->cap, c->n + 1, sizeof(char *)) < 0 ||
            qz__arena_grow(&q->a->arena, (void **)&c->persons, &cap, c->n + 1, sizeof(char *)) < 0 ||
            (c->want_index &&
             (qz__arena_grow(&q->a->arena, (void **)&c->index, &icap, c->n + 1, sizeof(int32_t)) < 0 ||
              qz__arena_grow(&q->a->arena, (void **)&c->post_index, &pcap, c->n + 1, sizeof(int32_t)) < 0))) {
            c->failed = 1;
            q->a->failed = 1;
            return;
        }
        c->posts[c->n] = qz_org__post_id(q->org, post);
        if (c->want_index) {
            c->index[c->n] = pe;
            c->post_index[c->n] = post;
        }
        c->persons[c->n++] = person;
    }
}

size_t qz_query__role_people_at(qz_qctx *q, int role, const char ***posts, const char ***persons,
                                int32_t **post_index, int32_t **index)
{
    struct people_ctx c = {q, NULL, NULL, index != NULL, NULL, NULL, 0, 0, 0, NULL};
    each_post(q, role, people_fn, &c);
    *posts = c.posts;
    *persons = c.persons;
    if (index) {
        *index = c.index;
        *post_index = c.post_index;
    }
    return c.failed ? 0 : c.n;
}

size_t qz_query__role_people(qz_qctx *q, int role, const char ***posts, const char ***persons)
{
    return qz_query__role_people_at(q, role, posts, persons, NULL, NULL);
}
