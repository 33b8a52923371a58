/* Checking a rule set against an organisation (qz_model_check): each loads on
 * its own, but together some answers would be wrong or impossible. The checks
 * read the rule set's tree (which keeps the line and column of every element,
 * recorded when it was read) and its compiled tables, and the organisation
 * through its public accessors; nothing here is on a query's path. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "arena.h"
#include "error.h"
#include "org.h"
#include "quanze/diagnostics.h"
#include "quanze/org.h"
#include "rules.h"

typedef struct diag {
    qz_severity severity;
    const char *code, *message, *file;
    int line, column;
} diag;

struct qz_diagnostics {
    qz_arena arena;
    diag *v;
    size_t n, cap, nerrors;
};

typedef struct chk {
    const qz_rules *r;
    const qz_org *org;
    qz_diagnostics *d;
    unsigned char *role_reported; /* one role-unheld per role: at its first use */
} chk;

static int add(chk *c, qz_severity sev, const char *code, const char *file, const qz_rnode *at,
               const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static int add(chk *c, qz_severity sev, const char *code, const char *file, const qz_rnode *at,
               const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    qz_diagnostics *d = c->d;
    if (qz__arena_grow(&d->arena, (void **)&d->v, &d->cap, d->n + 1, sizeof(*d->v)) < 0)
        return qz__error_nomem();
    diag *g = &d->v[d->n];
    g->severity = sev;
    g->code = code;
    /* copied: the diagnostics outlive the rule set and organisation they name */
    if (file && !(file = qz__arena_strdup(&d->arena, file)))
        return qz__error_nomem();
    g->file = file;
    g->line = at ? at->line : 0;
    g->column = at ? at->column : 0;
    if (!(g->message = qz__arena_strdup(&d->arena, msg)))
        return qz__error_nomem();
    d->n++;
    if (sev == QZ_SEVERITY_ERROR)
        d->nerrors++;
    return QZ_OK;
}

/* Calls fn on each space-separated id of `list` (at most 127 bytes each). */
static int each_id(chk *c, const qz_rnode *n, const char *list,
                   int (*fn)(chk *c, const qz_rnode *n, const char *id))
{
    char id[128];
    const char *p = list;
    while (p && *p) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            p++;
        size_t k = strcspn(p, " \t\r\n");
        if (!k)
            break;
        if (k < sizeof(id)) {
            memcpy(id, p, k);
            id[k] = 0;
            int rc = fn(c, n, id);
            if (rc < 0)
                return rc;
        }
        p += k;
    }
    return QZ_OK;
}

/* ---- roles ---- */

/* 1 when some post of the organisation has role index `ri` (or, for a group,
 * one of its alternatives) on some day: a post has its own role always, the
 * party-group roles whenever the organisation has a party group. */
static int role_held(const chk *c, int ri)
{
    const qz_role *role = &c->r->roles[ri];
    const char *id = role->e.id;
    if (role->nany) {
        for (size_t i = 0; i < role->nany; i++)
            if (role_held(c, role->any_of[i]))
                return 1;
        return 0;
    }
    if (strcmp(id, QZ_ORG_ROLE_PARTY_GROUP_SECRETARY) == 0 || strcmp(id, QZ_ORG_ROLE_PARTY_GROUP_MEMBER) == 0)
        return qz_org_party_group_name(c->org) ? 1 : 0;
    for (size_t i = 0, n = qz_org_post_count(c->org); i < n; i++) {
        const char *pr = qz_org_post_role(c->org, qz_org_post_at(c->org, i));
        if (pr && strcmp(pr, id) == 0)
            return 1;
    }
    return 0;
}

static int role_use(chk *c, const qz_rnode *n, const char *id)
{
    int ri = qz_rules__find(c->r, QZ_RULES_ROLE, id);
    if (ri < 0 || c->role_reported[ri] || role_held(c, ri))
        return QZ_OK;
    c->role_reported[ri] = 1;
    return add(c, QZ_SEVERITY_ERROR, "role-unheld", c->r->source, n,
               "role '%s' is used by the rules but no post of organisation '%s' holds it", id,
               qz_org_id(c->org) ? qz_org_id(c->org) : "");
}

/* The attributes through which an element uses roles (a role's own
 * definition in <roles> is not a use). */
static int role_attr(const char *element, const char *attr)
{
    static const char *const attrs[] = {"role", "roles", "entrusted-by", "principal", "over", "holder-away"};
    if (strcmp(element, "role") == 0)
        return 0;
    if (strcmp(element, "substitution") == 0 && strcmp(attr, "substitute") == 0)
        return 1;
    for (size_t i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
        if (strcmp(attrs[i], attr) == 0)
            return 1;
    return 0;
}

static int check_role_uses(chk *c, const qz_rnode *n)
{
    for (size_t i = 0; i < n->nattrs; i++) {
        if (!role_attr(n->name, n->attrs[2 * i]))
            continue;
        int rc = each_id(c, n, n->attrs[2 * i + 1], role_use);
        if (rc < 0)
            return rc;
    }
    for (size_t i = 0; i < n->nkids; i++) {
        int rc = check_role_uses(c, n->kids[i]);
        if (rc < 0)
            return rc;
    }
    return QZ_OK;
}

/* Post roles of the organisation that no rule knows: the rules say nothing
 * about those posts (a warning: they may simply be outside the rules). */
static int check_post_roles(chk *c)
{
    for (size_t i = 0, n = qz_org_post_count(c->org); i < n; i++) {
        const char *post = qz_org_post_at(c->org, i);
        const char *role = qz_org_post_role(c->org, post);
        if (!role || qz_rules__find(c->r, QZ_RULES_ROLE, role) >= 0)
            continue;
        int seen = 0; /* once per role: at its first post */
        for (size_t j = 0; j < i && !seen; j++) {
            const char *pr = qz_org_post_role(c->org, qz_org_post_at(c->org, j));
            seen = pr && strcmp(pr, role) == 0;
        }
        if (seen)
            continue;
        int rc = add(c, QZ_SEVERITY_WARNING, "role-unknown", c->org->source, NULL,
                     "post '%s' has role '%s', which rule set '%s' does not know", post, role,
                     c->r->id ? c->r->id : "");
        if (rc < 0)
            return rc;
    }
    return QZ_OK;
}

/* ---- the document ---- */

static int check_adopted_by(chk *c)
{
    const char *by = c->r->adopted_by;
    if (!by || qz_rules__find(c->r, QZ_RULES_MEETING, by) >= 0)
        return QZ_OK;
    return add(c, QZ_SEVERITY_ERROR, "adopted-by-unknown", c->r->source, c->r->root,
               "adopted-by=\"%s\" names no meeting of the rule set", by);
}

/* ---- flags ---- */

static const char *const builtin_flags[] = {"major-policy", "broad-scope", "decided-by-executive", "routine"};

/* The edit distance between two short ids (capped: 3 means 3 or more). */
static int distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 63 || lb > 63 || (la > lb ? la - lb : lb - la) > 2)
        return 3;
    int row[64];
    for (size_t j = 0; j <= lb; j++)
        row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int diag_prev = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int up = row[j];
            int best = diag_prev + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag_prev = up;
        }
    }
    return row[lb] > 3 ? 3 : row[lb];
}

static int flag_use(chk *c, const qz_rnode *n, const char *id)
{
    for (size_t i = 0; i < sizeof(builtin_flags) / sizeof(builtin_flags[0]); i++) {
        int dist = distance(id, builtin_flags[i]);
        if (dist == 0)
            return QZ_OK;
        if (dist <= 2)
            return add(c, QZ_SEVERITY_ERROR, "flag-misspelt", c->r->source, n,
                       "flag '%s' is not built in: did you mean '%s'? (otherwise every request must "
                       "name it and the row never sees the built-in fact)",
                       id, builtin_flags[i]);
    }
    return QZ_OK;
}

/* ---- the organisation's relations: in charge, entrusted ---- */

/* 1 when some post is ever in charge of some matter. */
static int any_in_charge(const qz_org *org)
{
    return org->ncharges > 0;
}

/* 1 when some post holding a role of leave rule `l` is in a unit that some
 * post is ever in charge of (the leader in charge of the leaving post). */
static int leave_has_lead(const chk *c, const qz_leave_rule *l)
{
    const qz_org *org = c->org;
    for (uint32_t p = 0; p < org->nposts; p++) {
        const qz_org__post *post = &org->posts[p];
        int ri = post->role ? qz_rules__find(c->r, QZ_RULES_ROLE, post->role) : -1;
        if (ri < 0 || post->unit < 0)
            continue;
        for (size_t k = 0; k < l->nroles; k++)
            if (qz_rules__role_in(c->r, ri, l->roles[k]) &&
                org->matter_first[post->unit + 1] > org->matter_first[post->unit])
                return 1;
    }
    return 0;
}

/* 1 when a post whose role is (in) role index `by` ever entrusts another
 * post with `scope` (NULL: any scope). */
static int entrustment_exists(const chk *c, int by, const char *scope)
{
    for (size_t i = 0, n = qz_org_entrustment_count(c->org); i < n; i++) {
        qz_org_entrustment e;
        if (qz_org_entrustment_at(&e, c->org, i) < 0)
            continue;
        const char *pr = qz_org_post_role(c->org, e.by);
        int ri = pr ? qz_rules__find(c->r, QZ_RULES_ROLE, pr) : -1;
        if (ri < 0 || !qz_rules__role_in(c->r, ri, by))
            continue;
        const char *sn = qz_org_scope_name(e.scope);
        if (!scope || (sn && strcmp(sn, scope) == 0))
            return 1;
    }
    return 0;
}

/* Why `<who ... entrusted-by="by">` can never be satisfied, or NULL: nobody
 * holds the entrusting role; the entrusting role is the role entrusted and
 * one post holds it (nobody entrusts themselves); or the acting rule is for
 * a vacant post that would have to entrust its own substitute. */
static const char *never_entrusted(const chk *c, const qz_rnode *n, int bi, const qz_acting *acting)
{
    if (!role_held(c, bi))
        return "no post of the organisation holds the entrusting role";
    const char *role = qz_rules__attr(n, "role");
    int ri = role ? qz_rules__find(c->r, QZ_RULES_ROLE, role) : -1;
    if (ri == bi && !c->r->roles[ri].nany) {
        size_t holders = 0;
        for (size_t i = 0, np = qz_org_post_count(c->org); i < np; i++) {
            const char *pr = qz_org_post_role(c->org, qz_org_post_at(c->org, i));
            holders += pr && strcmp(pr, role) == 0;
        }
        if (holders <= 1)
            return "the one post with that role would have to entrust itself";
    }
    if (acting && acting->condition == QZ_COND_VACANT && qz_rules__role_in(c->r, acting->role, bi))
        return "the rule is for a vacant post, whose missing holder cannot entrust anyone";
    return NULL;
}

/* An entrusted-by that can never be satisfied is an error; one that the
 * organisation's data records no entrustment for yet is a warning
 * (entrustments are made when needed). */
static int check_entrusted(chk *c, const qz_rnode *n, const char *by, const qz_acting *acting)
{
    int bi = qz_rules__find(c->r, QZ_RULES_ROLE, by);
    const char *scope = qz_rules__attr(n, "scope");
    const char *org_id = qz_org_id(c->org) ? qz_org_id(c->org) : "";
    if (bi < 0)
        return QZ_OK;
    const char *why = never_entrusted(c, n, bi, acting);
    if (why)
        return add(c, QZ_SEVERITY_ERROR, "entrusted-by-never", c->r->source, n,
                   "entrusted-by=\"%s\" can never be satisfied in organisation '%s': %s", by, org_id, why);
    if (!entrustment_exists(c, bi, scope))
        return add(c, QZ_SEVERITY_WARNING, "entrusted-by-unrecorded", c->r->source, n,
                   "entrusted-by=\"%s\" scope=\"%s\": organisation '%s' records no such entrustment on any "
                   "day, so this alternative applies to nobody yet",
                   by, scope ? scope : "(any)", org_id);
    return QZ_OK;
}

/* Walks every <who> under `n`; `leave` and `acting` are the leave or acting
 * rule it belongs to, or NULL. */
static int check_whos(chk *c, const qz_rnode *n, const qz_leave_rule *leave, const qz_acting *acting)
{
    int rc = QZ_OK;
    if (strcmp(n->name, "who") == 0) {
        const char *ic = qz_rules__attr(n, "in-charge");
        if (ic && strcmp(ic, "lead") == 0) {
            if (!any_in_charge(c->org))
                rc = add(c, QZ_SEVERITY_ERROR, "in-charge-impossible", c->r->source, n,
                         "in-charge=\"lead\": no post of organisation '%s' is in charge of anything",
                         qz_org_id(c->org) ? qz_org_id(c->org) : "");
            else if (leave && !leave_has_lead(c, leave))
                rc = add(c, QZ_SEVERITY_ERROR, "in-charge-impossible", c->r->source, n,
                         "in-charge=\"lead\" in leave rule '%s': no post it applies to is in a unit "
                         "that a leader is in charge of",
                         leave->e.id);
        }
        const char *by = qz_rules__attr(n, "entrusted-by");
        if (rc >= 0 && by)
            rc = check_entrusted(c, n, by, acting);
        return rc;
    }
    for (size_t i = 0; i < n->nkids && rc >= 0; i++)
        rc = check_whos(c, n->kids[i], leave, acting);
    return rc;
}

/* The compiled leave rule written by element `n` (a <leave>), or NULL. */
static const qz_leave_rule *leave_of(const chk *c, const qz_rnode *n)
{
    const char *id = qz_rules__attr(n, "id");
    int i = id ? qz_rules__find(c->r, QZ_RULES_LEAVE, id) : -1;
    return i >= 0 ? &c->r->leaves[i] : NULL;
}

/* The compiled acting rule written by element `n` (an <acting>), or NULL. */
static const qz_acting *acting_of(const chk *c, const qz_rnode *n)
{
    const char *id = qz_rules__attr(n, "id");
    int i = id ? qz_rules__find(c->r, QZ_RULES_ACTING, id) : -1;
    return i >= 0 ? &c->r->actings[i] : NULL;
}

static int check_people(chk *c, const qz_rnode *root)
{
    for (size_t i = 0; i < root->nkids; i++) {
        const qz_rnode *sec = root->kids[i];
        int leaves = strcmp(sec->name, "leave-rules") == 0, actings = strcmp(sec->name, "acting-rules") == 0;
        int rc;
        if (!leaves && !actings) {
            if ((rc = check_whos(c, sec, NULL, NULL)) < 0)
                return rc;
            continue;
        }
        for (size_t j = 0; j < sec->nkids; j++) {
            const qz_rnode *k = sec->kids[j];
            const qz_leave_rule *l = leaves && strcmp(k->name, "leave") == 0 ? leave_of(c, k) : NULL;
            const qz_acting *a = actings && strcmp(k->name, "acting") == 0 ? acting_of(c, k) : NULL;
            if ((rc = check_whos(c, k, l, a)) < 0)
                return rc;
        }
    }
    return QZ_OK;
}

/* ---- the signing table ---- */

/* 1 when every value of b is in a (a, b: index lists); an empty `a` allows anything. */
static int ints_cover(const int *a, size_t na, const int *b, size_t nb)
{
    if (!na)
        return 1;
    if (!nb)
        return 0; /* b allows anything, a does not */
    for (size_t i = 0; i < nb; i++) {
        size_t j = 0;
        while (j < na && a[j] != b[i])
            j++;
        if (j == na)
            return 0;
    }
    return 1;
}

/* 1 when every value of a is in b (conditions that must all hold). */
static int ints_cover_all(const int *a, size_t na, const int *b, size_t nb)
{
    for (size_t i = 0; i < na; i++) {
        size_t j = 0;
        while (j < nb && b[j] != a[i])
            j++;
        if (j == nb)
            return 0;
    }
    return 1;
}

static int ids_within(const qz_idlist *a, const qz_idlist *b)
{
    for (size_t i = 0; i < a->n; i++) {
        size_t j = 0;
        while (j < b->n && strcmp(a->ids[i], b->ids[j]) != 0)
            j++;
        if (j == b->n)
            return 0;
    }
    return 1;
}

/* 1 when every request that `b` matches is matched by `a` too. An absent
 * recipient list matches any request; a present one matches only a request
 * naming one of its recipients (and none naming no recipient). */
static int when_covers(const qz_when *a, const qz_when *b)
{
    return ints_cover(a->kinds, a->nkinds, b->kinds, b->nkinds) &&
           ints_cover(a->issuers, a->nissuers, b->issuers, b->nissuers) &&
           ints_cover(a->recipients, a->nrecipients, b->recipients, b->nrecipients) &&
           (a->flags & ~b->flags) == 0 && ids_within(&a->facts, &b->facts) &&
           a->portfolios_min <= b->portfolios_min &&
           ints_cover_all(a->holders_away, a->nholders_away, b->holders_away, b->nholders_away);
}

/* 1 when row `a` matches every request row `b` matches. */
static int row_covers(const qz_row *a, const qz_row *b)
{
    for (size_t j = 0; j < b->nwhens; j++) {
        int covered = 0;
        for (size_t i = 0; i < a->nwhens && !covered; i++)
            covered = when_covers(&a->whens[i], &b->whens[j]);
        if (!covered)
            return 0;
    }
    return b->nwhens > 0;
}

static const qz_rnode *nth_child(const qz_rnode *n, const char *name, size_t k)
{
    for (size_t i = 0; n && i < n->nkids; i++)
        if (strcmp(n->kids[i]->name, name) == 0 && k-- == 0)
            return n->kids[i];
    return NULL;
}

static int check_rows(chk *c)
{
    const qz_rnode *table = nth_child(c->r->root, "signing", 0);
    for (size_t j = 1; j < c->r->nrows; j++)
        for (size_t i = 0; i < j; i++) {
            if (!row_covers(&c->r->rows[i], &c->r->rows[j]))
                continue;
            int rc = add(c, QZ_SEVERITY_ERROR, "row-unreachable", c->r->source, nth_child(table, "row", j),
                         "signing row '%s' can never match: the earlier row '%s' matches every document "
                         "it does",
                         c->r->rows[j].e.id, c->r->rows[i].e.id);
            if (rc < 0)
                return rc;
            break;
        }
    return QZ_OK;
}

/* ---- flags in <when> ---- */

static int check_when_flags(chk *c, const qz_rnode *n)
{
    if (strcmp(n->name, "when") == 0) {
        const char *fl = qz_rules__attr(n, "flags");
        return fl ? each_id(c, n, fl, flag_use) : QZ_OK;
    }
    for (size_t i = 0; i < n->nkids; i++) {
        int rc = check_when_flags(c, n->kids[i]);
        if (rc < 0)
            return rc;
    }
    return QZ_OK;
}

/* ---- clause shapes: approvals by invitees, leave approved by oneself,
 * acting limited to a matter that is probably misspelt ---- */

static const qz_rnode *kid_named(const qz_rnode *n, const char *name)
{
    for (size_t i = 0; n && i < n->nkids; i++)
        if (strcmp(n->kids[i]->name, name) == 0)
            return n->kids[i];
    return NULL;
}

/* A meeting's <approver invites="..."> whose roles no post holds never applies. */
static int check_invites(chk *c)
{
    const qz_rnode *sec = kid_named(c->r->root, "meetings");
    for (size_t i = 0; sec && i < sec->nkids; i++) {
        const qz_rnode *m = sec->kids[i];
        const char *mid = qz_rules__attr(m, "id");
        int mi = mid ? qz_rules__find(c->r, QZ_RULES_MEETING, mid) : -1;
        if (mi < 0)
            continue;
        const qz_meeting *mt = &c->r->meetings[mi];
        size_t k = 0;
        for (size_t j = 0; j < m->nkids; j++) {
            const qz_rnode *ap = m->kids[j];
            if (strcmp(ap->name, "approver") != 0)
                continue;
            const qz_party *p = NULL;
            for (size_t e = 0, seen = 0; e < mt->e.nparties && !p; e++)
                if (mt->e.parties[e].capacity == QZ_CAP_APPROVER && seen++ == k)
                    p = &mt->e.parties[e];
            k++;
            int held = 0;
            for (size_t r = 0; p && r < p->ninvites && !held; r++)
                held = role_held(c, p->invites[r]);
            if (!p || !p->ninvites || held)
                continue;
            int rc =
                add(c, QZ_SEVERITY_WARNING, "invites-never", c->r->source, ap,
                    "approver of meeting '%s' for invites=\"%s\" never applies: no post holds those roles",
                    mid, qz_rules__attr(ap, "invites"));
            if (rc < 0)
                return rc;
        }
    }
    return QZ_OK;
}

/* 1 when no post but `post` ever holds role `ri` (or a role within it). */
static int only_post_with(const chk *c, const char *post, int ri)
{
    for (size_t i = 0, n = qz_org_post_count(c->org); i < n; i++) {
        const char *other = qz_org_post_at(c->org, i), *role = qz_org_post_role(c->org, other);
        int oi = role ? qz_rules__find(c->r, QZ_RULES_ROLE, role) : -1;
        if (oi >= 0 && strcmp(other, post) != 0 && qz_rules__role_in(c->r, oi, ri))
            return 0;
    }
    return 1;
}

/* 1 when every approver `e` names is a role that no post but `post` holds
 * (the only approver is the one on leave). `*any` is set when `e` names
 * approvers at all. */
static int approves_only_self(const chk *c, const qz_entry *e, const char *post, int *any)
{
    int only = 1;
    for (size_t k = 0; k < e->nparties; k++) {
        const qz_party *p = &e->parties[k];
        if (p->capacity != QZ_CAP_APPROVER)
            continue;
        for (size_t w = 0; w < p->nwho; w++) {
            *any = 1;
            if (p->who[w].kind != QZ_WHO_ROLE || p->who[w].entrusted_by >= 0 ||
                !only_post_with(c, post, p->who[w].role))
                only = 0;
        }
    }
    return only;
}

/* Posts whose leave only they themselves could approve, under all the leave
 * rules that apply to them: the answer is always "no one" (a warning at the
 * first such rule). */
static int check_self_approval(chk *c)
{
    const qz_rnode *sec = kid_named(c->r->root, "leave-rules");
    for (size_t i = 0, n = qz_org_post_count(c->org); sec && i < n; i++) {
        const char *post = qz_org_post_at(c->org, i), *role = qz_org_post_role(c->org, post);
        int pr = role ? qz_rules__find(c->r, QZ_RULES_ROLE, role) : -1;
        if (pr < 0)
            continue;
        int any = 0, only = 1;
        const qz_rnode *first = NULL;
        for (size_t j = 0; j < sec->nkids; j++) {
            const qz_leave_rule *l =
                strcmp(sec->kids[j]->name, "leave") == 0 ? leave_of(c, sec->kids[j]) : NULL;
            int applies = 0;
            for (size_t k = 0; l && k < l->nroles && !applies; k++)
                applies = qz_rules__role_in(c->r, pr, l->roles[k]);
            if (!applies)
                continue;
            int named = 0;
            only &= approves_only_self(c, &l->e, post, &named);
            if (named && !first)
                first = kid_named(sec->kids[j], "approver");
            any |= named;
        }
        if (!any || !only)
            continue;
        int rc =
            add(c, QZ_SEVERITY_WARNING, "self-approval", c->r->source, first,
                "the leave of post '%s' could be approved only by its own holder: nobody approves it", post);
        if (rc < 0)
            return rc;
    }
    return QZ_OK;
}

/* An acting rule's `matters` id that names no matter of the rule set but is
 * close to one (a meeting, a document kind, any entry of the matrix) is
 * probably misspelt: the rule then never applies to the matter meant. */
static int matter_use(chk *c, const qz_rnode *n, const char *id)
{
    const char *near = NULL;
    for (size_t i = 0; i < c->r->nmatters; i++) {
        const char *m = c->r->matters[i]->id;
        int dist = m ? distance(id, m) : 3;
        if (dist == 0)
            return QZ_OK;
        if (dist <= 2 && !near)
            near = m;
    }
    for (size_t i = 0; i < c->r->nkinds; i++) {
        int dist = distance(id, c->r->kinds[i].id);
        if (dist == 0)
            return QZ_OK;
        if (dist <= 2 && !near)
            near = c->r->kinds[i].id;
    }
    if (!near)
        return QZ_OK; /* a matter of the rule set's own, named by requests */
    return add(
        c, QZ_SEVERITY_ERROR, "matter-misspelt", c->r->source, n,
        "matters names '%s', which is no matter of the rule set: did you mean '%s'? (otherwise the rule "
        "never applies to it)",
        id, near);
}

static int check_matters(chk *c)
{
    const qz_rnode *sec = kid_named(c->r->root, "acting-rules");
    for (size_t i = 0; sec && i < sec->nkids; i++) {
        const char *ms = qz_rules__attr(sec->kids[i], "matters");
        int rc = ms ? each_id(c, sec->kids[i], ms, matter_use) : QZ_OK;
        if (rc < 0)
            return rc;
    }
    return QZ_OK;
}

/* ---- the entry point and the list ---- */

int qz_model_check(qz_diagnostics **out, const qz_rules *rules, const qz_org *org)
{
    qz_diagnostics *d = NULL;
    int rc;
    if (out)
        *out = NULL;
    if (!out || !rules || !org)
        return qz__error(QZ_EINVAL, "qz_model_check: NULL argument");
    if (!(d = qz__calloc(1, sizeof(*d))))
        return qz__error_nomem();
    chk c = {rules, org, d, NULL};
    if (rules->nroles && !(c.role_reported = qz__arena_alloc(&d->arena, rules->nroles))) {
        rc = qz__error_nomem();
        goto cleanup;
    }
    if ((rc = check_adopted_by(&c)) < 0 || (rc = check_role_uses(&c, rules->root)) < 0 ||
        (rc = check_post_roles(&c)) < 0 || (rc = check_when_flags(&c, rules->root)) < 0 ||
        (rc = check_people(&c, rules->root)) < 0 || (rc = check_rows(&c)) < 0 ||
        (rc = check_invites(&c)) < 0 || (rc = check_self_approval(&c)) < 0 || (rc = check_matters(&c)) < 0)
        goto cleanup;
    *out = d;
    d = NULL;
    rc = QZ_OK;
cleanup:
    qz_diagnostics_free(d);
    return rc;
}

void qz_diagnostics_free(qz_diagnostics *diags)
{
    if (!diags)
        return;
    qz__arena_free(&diags->arena);
    qz__free(diags);
}

static const diag *at(const qz_diagnostics *d, size_t i)
{
    return d && i < d->n ? &d->v[i] : NULL;
}

size_t qz_diagnostics_count(const qz_diagnostics *diags)
{
    return diags ? diags->n : 0;
}

size_t qz_diagnostics_error_count(const qz_diagnostics *diags)
{
    return diags ? diags->nerrors : 0;
}

qz_severity qz_diagnostics_severity(const qz_diagnostics *diags, size_t i)
{
    const diag *g = at(diags, i);
    return g ? g->severity : (qz_severity)0;
}

const char *qz_diagnostics_code(const qz_diagnostics *diags, size_t i)
{
    const diag *g = at(diags, i);
    return g ? g->code : NULL;
}

const char *qz_diagnostics_message(const qz_diagnostics *diags, size_t i)
{
    const diag *g = at(diags, i);
    return g ? g->message : NULL;
}

const char *qz_diagnostics_file(const qz_diagnostics *diags, size_t i)
{
    const diag *g = at(diags, i);
    return g ? g->file : NULL;
}

int qz_diagnostics_line(const qz_diagnostics *diags, size_t i)
{
    const diag *g = at(diags, i);
    return g ? g->line : 0;
}

int qz_diagnostics_column(const qz_diagnostics *diags, size_t i)
{
    const diag *g = at(diags, i);
    return g ? g->column : 0;
}
