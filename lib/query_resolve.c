/* Resolving the people a rule names ("the county head", "the executive deputy
 * entrusted by the county head", "the leader in charge", "the AB partner")
 * against the organisation on the question's date, with acting officials for
 * absent holders. Nothing here knows any government: roles, substitutes and
 * conditions all come from the rule set. */
#include <string.h>
#include "error.h"
#include "query.h"

const qz_party *qz_query__find_party(const qz_entry *e, int cap)
{
    for (size_t i = 0; i < e->nparties; i++)
        if (e->parties[i].capacity == cap)
            return &e->parties[i];
    return NULL;
}

int qz_query__post_has_role(const qz_qctx *q, const char *post, int role)
{
    if (role < 0 || (size_t)role >= q->r->nroles)
        return 0;
    const qz_role *ro = &q->r->roles[role];
    if (ro->nany) {
        for (size_t i = 0; i < ro->nany; i++)
            if (qz_query__post_has_role(q, post, ro->any_of[i]))
                return 1;
        return 0;
    }
    return qz_org_post_has_role(q->org, post, ro->e.id, q->date) == 1;
}

int qz_query__post_role(const qz_qctx *q, const char *post)
{
    return qz_rules__find(q->r, QZ_RULES_ROLE, qz_org_post_role(q->org, post));
}

static int cpc_ok(const qz_qctx *q, const qz_who *w, const char *person)
{
    return w->cpc < 0 || qz_org_person_cpc(q->org, person) == w->cpc;
}

static int is_away(const qz_qctx *q, const char *person, qz_org_absence *abs)
{
    return qz_org_person_away(abs, q->org, person, q->date) == 1;
}

/* Calls fn(q, post, ctx) for every post with rule role `role` (groups expanded). */
typedef void (*post_fn)(qz_qctx *q, const char *post, void *ctx);

static void each_post(qz_qctx *q, int role, post_fn fn, void *ctx)
{
    const qz_role *ro = &q->r->roles[role];
    if (ro->nany) {
        for (size_t i = 0; i < ro->nany; i++)
            each_post(q, ro->any_of[i], fn, ctx);
        return;
    }
    size_t n = qz_org_role_post_count(q->org, ro->e.id, q->date);
    for (size_t i = 0; i < n; i++)
        fn(q, qz_org_role_post_at(q->org, ro->e.id, q->date, i), ctx);
}

typedef struct rctx {
    const qz_who *w;
    int cap, mode, cite;
    size_t added;
} rctx;

static void add_holders(qz_qctx *q, const char *post, rctx *c, int via, const char *for_post,
                        const char *for_person)
{
    size_t n = qz_org_holder_count(q->org, post, q->date);
    if (n == 0 && c->mode == QZ_RESOLVE_AUTHORITY && via == QZ_VIA_HOLDER) {
        c->added += (size_t)qz_query__acting(q, post, NULL, c->cap);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const char *person = qz_org_holder_at(q->org, post, q->date, i);
        if (!cpc_ok(q, c->w, person))
            continue;
        if (c->mode == QZ_RESOLVE_AUTHORITY && is_away(q, person, NULL)) {
            if (via == QZ_VIA_HOLDER)
                c->added += (size_t)qz_query__acting(q, post, person, c->cap);
            else
                qz_query__explain(q, "%s(%s)不在岗,不能%s", qz_org_person_name(q->org, person),
                                  qz_org_post_name(q->org, post), qz_query__cap_label(c->cap));
            continue;
        }
        qz_query__person(q, c->cap, post, person, via, for_post, for_person, c->cite);
        c->added++;
    }
}

static void holder_fn(qz_qctx *q, const char *post, void *ctx)
{
    add_holders(q, post, ctx, QZ_VIA_HOLDER, NULL, NULL);
}

/* The posts `by` has entrusted (in force on the date) that match `w`. */
static void entrusted_fn(qz_qctx *q, const char *by, void *ctx)
{
    rctx *c = ctx;
    const char *subject = c->w->subject ? c->w->subject : q->matter;
    size_t n = qz_org_entrusted_count(q->org, by, q->date);
    for (size_t i = 0; i < n; i++) {
        qz_org_entrustment e;
        if (qz_org_entrusted_at(&e, q->org, by, q->date, i) != QZ_OK)
            continue;
        if (c->w->scope > 0 && e.scope != c->w->scope)
            continue;
        if (e.subject && subject && strcmp(e.subject, subject) != 0)
            continue;
        if (!qz_query__post_has_role(q, e.agent, c->w->role))
            continue;
        add_holders(q, e.agent, c, QZ_VIA_ENTRUSTED, by, qz_org_holder(q->org, by, q->date));
    }
}

static void in_charge(qz_qctx *q, rctx *c)
{
    size_t from = c->w->in_charge == QZ_IN_CHARGE_OTHERS ? 1 : 0;
    size_t to = c->w->in_charge == QZ_IN_CHARGE_LEAD ? (q->nportfolios ? 1 : 0) : q->nportfolios;
    for (size_t i = from; i < to; i++) {
        const char *post = q->portfolios[i];
        int dup = 0;
        for (size_t k = 0; k < i; k++)
            dup |= strcmp(q->portfolios[k], post) == 0;
        if (c->w->in_charge == QZ_IN_CHARGE_OTHERS && strcmp(post, q->portfolios[0]) == 0)
            dup = 1;
        if (!dup)
            holder_fn(q, post, c);
    }
}

static size_t resolve_who(qz_qctx *q, const qz_who *w, int cap, int mode, int cite);

/* "Whoever presides": the presider of the meeting asked about. */
static size_t presider(qz_qctx *q, int cap, int mode, int cite)
{
    int m = qz_rules__find(q->r, QZ_RULES_MEETING, q->matter);
    const qz_party *p = m >= 0 ? qz_query__find_party(&q->r->meetings[m].e, QZ_CAP_PRESIDER) : NULL;
    size_t added = 0;
    for (size_t i = 0; p && i < p->nwho; i++)
        if (p->who[i].kind != QZ_WHO_PRESIDER)   /* the loader refuses it there; no recursion */
            added += resolve_who(q, &p->who[i], cap, mode, cite);
    return added;
}

static size_t resolve_who(qz_qctx *q, const qz_who *w, int cap, int mode, int cite)
{
    rctx c = {w, cap, mode, cite, 0};
    switch (w->kind) {
    case QZ_WHO_BODY:
        qz_query__unit(q, cap, w->id, w->label);
        return 1;
    case QZ_WHO_ROLE:
        if (w->entrusted_by >= 0)
            each_post(q, w->entrusted_by, entrusted_fn, &c);
        else
            each_post(q, w->role, holder_fn, &c);
        break;
    case QZ_WHO_IN_CHARGE:
        in_charge(q, &c);
        break;
    case QZ_WHO_PRESIDER:
        return presider(q, cap, mode, cite);
    default:
        break;   /* an AB partner only exists relative to an absent deputy (acting rules) */
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

/* Automatic substitution (顺次递补): the first present holder of the role. */
struct auto_ctx {
    const qz_who *w;
    const char *post, *holder;
    int cap, cite;
    size_t added;
};

static void auto_fn(qz_qctx *q, const char *cand, void *ctx)
{
    struct auto_ctx *c = ctx;
    if (c->added || strcmp(cand, c->post) == 0)
        return;
    size_t n = qz_org_holder_count(q->org, cand, q->date);
    for (size_t i = 0; i < n && !c->added; i++) {
        const char *p = qz_org_holder_at(q->org, cand, q->date, i);
        if (!cpc_ok(q, c->w, p) || is_away(q, p, NULL))
            continue;
        qz_query__person(q, c->cap, cand, p, QZ_VIA_ACTING, c->post, c->holder, c->cite);
        c->added = 1;
    }
}

/* Tries one substitute of an acting rule for absent `post`. */
static size_t substitute(qz_qctx *q, const qz_who *w, const char *post, const char *holder, int cap,
                         int cite)
{
    size_t added = 0;
    if (w->kind == QZ_WHO_AB_PARTNER) {
        const char *partner = qz_org_ab_partner(q->org, post, q->date);
        if (!partner) {
            qz_query__explain(q, "%s没有AB角", qz_org_post_name(q->org, post));
            return 0;
        }
        size_t n = qz_org_holder_count(q->org, partner, q->date);
        for (size_t i = 0; i < n; i++) {
            const char *p = qz_org_holder_at(q->org, partner, q->date, i);
            if (is_away(q, p, NULL)) {
                qz_query__explain(q, "AB角%s(%s)也不在岗", qz_org_person_name(q->org, p),
                                  qz_org_post_name(q->org, partner));
                continue;
            }
            qz_query__person(q, cap, partner, p, QZ_VIA_ACTING, post, holder, cite);
            added++;
        }
        if (!n)
            qz_query__explain(q, "AB角%s空缺", qz_org_post_name(q->org, partner));
        return added;
    }
    if (w->kind != QZ_WHO_ROLE)
        return 0;
    if (w->entrusted_by >= 0) {
        /* the absent post itself must have entrusted the substitute */
        if (!qz_query__post_has_role(q, post, w->entrusted_by))
            return 0;
        rctx c = {w, cap, QZ_RESOLVE_AUTHORITY, cite, 0};
        size_t before = q->a->npeople;
        /* entrusted_fn adds with via ENTRUSTED and refuses absent agents */
        entrusted_fn(q, post, &c);
        if (!c.added && q->a->npeople == before)
            qz_query__explain(q, "%s在%s没有有效的委托(%s)", qz_org_post_name(q->org, post),
                              "当日", w->label);
        return c.added;
    }
    struct auto_ctx ac = {w, post, holder, cap, cite, 0};
    each_post(q, w->role, auto_fn, &ac);
    return ac.added;
}

int qz_query__acting(qz_qctx *q, const char *post, const char *holder, int cap)
{
    qz_org_absence abs;
    memset(&abs, 0, sizeof(abs));
    int away = holder && is_away(q, holder, &abs);
    const char *pname = qz_org_post_name(q->org, post);
    if (!holder)
        qz_query__explain(q, "%s空缺", pname ? pname : post);
    else
        qz_query__explain(q, "%s%s%s%s%s%s", pname ? pname : post, qz_org_person_name(q->org, holder),
                          abs.away_from_county ? "离县" : "不在岗", abs.reason && *abs.reason ? "(" : "",
                          abs.reason ? abs.reason : "", abs.reason && *abs.reason ? ")" : "");
    int tried = 0;
    for (size_t i = 0; i < q->r->nactings; i++) {
        const qz_acting *ac = &q->r->actings[i];
        if (!qz_query__post_has_role(q, post, ac->role) || !matter_ok(q, ac) ||
            !condition_ok(ac, holder, &abs, away))
            continue;
        tried = 1;
        qz_query__cites(q, ac->e.cites, ac->e.ncites);
        int cite = ac->e.ncites ? qz_query__cite(q, &ac->e.cites[0]) : -1;
        const qz_party *p = qz_query__find_party(&ac->e, QZ_CAP_ACTING);
        for (size_t k = 0; p && k < p->nwho; k++) {
            size_t n = substitute(q, &p->who[k], post, holder, cap, cite);
            if (n) {
                qz_query__explain(q, "依%s,由%s代行", ac->e.label, p->who[k].label);
                return 1;
            }
        }
    }
    if (!tried)
        qz_query__explain(q, "规则没有规定%s不在岗时由谁代行", pname ? pname : post);
    qz_query__finding(q, "no-acting", "%s不在岗,无人代行(%s)", pname ? pname : post,
                      qz_query__cap_label(cap));
    return 0;
}

int qz_query__portfolios(qz_qctx *q, const char *const *ids, size_t n)
{
    if (!n)
        return QZ_OK;
    if (!ids)
        return qz__error(QZ_EINVAL, "portfolios: NULL array");
    const char **posts = qz_rules__arena_alloc(&q->a->arena, n * sizeof(char *));
    if (!posts)
        return qz__error_nomem();
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int kind = ids[i] ? qz_org_kind_of(q->org, ids[i]) : QZ_ORG_NONE;
        if (kind == QZ_ORG_POST) {
            posts[k++] = ids[i];
        } else if (kind == QZ_ORG_UNIT || kind == QZ_ORG_AREA) {
            const char *p = qz_org_in_charge(q->org, ids[i], q->date);
            if (p)
                posts[k++] = p;
            else
                qz_query__finding(q, "no-leader-in-charge", "%s在当日没有分管领导", ids[i]);
        } else {
            return qz__error(QZ_ENOTFOUND, "portfolio '%s' is neither a post nor a unit or area of %s",
                             ids[i] ? ids[i] : "(null)", qz_org_id(q->org));
        }
    }
    q->portfolios = posts;
    q->nportfolios = k;
    return QZ_OK;
}

/* ---- explanations ---- */

static void chinese_number(qz_buf *b, int n)
{
    static const char *const d[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n <= 0 || n >= 1000) {
        qz__buf_printf(b, "%d", n);
        return;
    }
    int h = n / 100, t = (n / 10) % 10, u = n % 10;
    if (h) {
        qz__buf_puts(b, d[h]);
        qz__buf_puts(b, "百");
        if (t == 0 && u)
            qz__buf_puts(b, "零");
    }
    if (t) {
        if (t > 1 || h)
            qz__buf_puts(b, d[t]);
        qz__buf_puts(b, "十");
    }
    if (u)
        qz__buf_puts(b, d[u]);
}

void qz_query__cite_label(qz_buf *b, const qz_cite *c)
{
    qz__buf_puts(b, "第");
    chinese_number(b, c->article);
    qz__buf_puts(b, "条");
    if (c->item) {
        qz__buf_puts(b, "第(");
        chinese_number(b, c->item);
        qz__buf_puts(b, ")项");
    }
}

void qz_query__explain_all(qz_buf *b, const qz_answer *a)
{
    const qz_org *org = a->model->org;
    for (int cap = 1; cap <= QZ_CAP_ESCALATION; cap++) {
        int any = 0;
        for (size_t i = 0; i < a->npeople; i++) {
            const qz_aperson *p = &a->people[i];
            if (p->cap != cap)
                continue;
            qz__buf_puts(b, any ? ";" : qz_query__cap_label(cap));
            if (!any)
                qz__buf_puts(b, ":");
            const char *pn = qz_org_post_name(org, p->post);
            qz__buf_printf(b, "%s %s", pn ? pn : p->post, p->name);
            if (p->via != QZ_VIA_HOLDER && p->for_post) {
                const char *fn = qz_org_post_name(org, p->for_post);
                qz__buf_printf(b, "(%s%s)", p->via == QZ_VIA_ENTRUSTED ? "受委托,代" : "代行",
                               fn ? fn : p->for_post);
            }
            any = 1;
        }
        for (size_t i = 0; i < a->nunits; i++) {
            if (a->units[i].cap != cap)
                continue;
            qz__buf_puts(b, any ? ";" : qz_query__cap_label(cap));
            if (!any)
                qz__buf_puts(b, ":");
            qz__buf_puts(b, a->units[i].name);
            any = 1;
        }
        if (any)
            qz__buf_puts(b, "\n");
    }
    for (size_t i = 0; i < a->ncites; i++) {
        qz__buf_puts(b, "依据:");
        qz_query__cite_label(b, a->cites[i]);
        qz__buf_printf(b, " %s\n", a->cites[i]->text);
    }
}

struct people_ctx {
    qz_qctx *q;
    const char **posts, **persons;
    size_t n, cap;
    int failed;
};

static void people_fn(qz_qctx *q, const char *post, void *ctx)
{
    struct people_ctx *c = ctx;
    size_t n = qz_org_holder_count(q->org, post, q->date);
    for (size_t i = 0; i < n; i++) {
        const char *person = qz_org_holder_at(q->org, post, q->date, i);
        int dup = 0;
        for (size_t k = 0; k < c->n && !dup; k++)
            dup = strcmp(c->persons[k], person) == 0;
        if (dup)
            continue;
        size_t cap = c->cap;
        if (qz_rules__arena_grow(&q->a->arena, (void **)&c->posts, &c->cap, c->n + 1, sizeof(char *)) < 0 ||
            qz_rules__arena_grow(&q->a->arena, (void **)&c->persons, &cap, c->n + 1, sizeof(char *)) < 0) {
            c->failed = 1;
            q->a->failed = 1;
            return;
        }
        c->posts[c->n] = post;
        c->persons[c->n++] = person;
    }
}

size_t qz_query__role_people(qz_qctx *q, int role, const char ***posts, const char ***persons)
{
    struct people_ctx c = {q, NULL, NULL, 0, 0, 0};
    each_post(q, role, people_fn, &c);
    *posts = c.posts;
    *persons = c.persons;
    return c.failed ? 0 : c.n;
}
