/* Compiles the rule-set tree into the typed tables the queries read, checking
 * every cross-reference (roles, bodies, meetings, deadlines) and refusing
 * duplicates, with the file, line and column of the offending element. */
#include <stdlib.h>
#include <string.h>
#include "error.h"
#include "quanze/date.h"
#include "quanze/org.h"
#include "rules.h"
#include "strtab.h"

typedef struct cctx {
    qz_rules *r;
    qz_arena *a;
    const char *file;
} cctx;

static int fail(cctx *c, const qz_rnode *n, const char *fmt, const char *a1, const char *a2)
{
    return qz__error_at(QZ_ESCHEMA, c->file, n ? n->line : 0, n ? n->column : 0, fmt, a1 ? a1 : "",
                        a2 ? a2 : "");
}

static int nomem(void)
{
    return qz__error_nomem();
}

/* The code of the error just recorded (a reference check or an allocation). */
static int last_rc(void)
{
    int rc = qz_error_code(qz_error_last());
    return rc < 0 ? rc : qz__error(QZ_ESCHEMA, "incomplete rule");
}

static const qz_rnode *child(const qz_rnode *n, const char *name)
{
    for (size_t i = 0; n && i < n->nkids; i++)
        if (strcmp(n->kids[i]->name, name) == 0)
            return n->kids[i];
    return NULL;
}

static size_t count_kids(const qz_rnode *n, const char *name)
{
    size_t k = 0;
    for (size_t i = 0; n && i < n->nkids; i++)
        if (strcmp(n->kids[i]->name, name) == 0)
            k++;
    return k;
}

static int parse_int(const char *s, int dflt)
{
    if (!s)
        return dflt;
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < -1000000 || v > 1000000)
        return dflt;
    return (int)v;
}

static int parse_date(cctx *c, const qz_rnode *n, const char *attr, qz_date *out)
{
    const char *v = qz_rules__attr(n, attr);
    *out = QZ_DATE_NONE;
    if (!v)
        return QZ_OK;
    if (qz_date_parse(out, v) < 0)
        return fail(c, n, "%s=\"%s\" is not a date (YYYY-MM-DD)", attr, v);
    return QZ_OK;
}

/* Splits a space-separated list into arena strings. */
static int split(cctx *c, const char *s, qz_idlist *out)
{
    out->ids = NULL;
    out->n = 0;
    if (!s)
        return QZ_OK;
    size_t cap = 0;
    const char *p = s;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            p++;
        if (!*p)
            break;
        const char *q = p;
        while (*q && *q != ' ' && *q != '\t' && *q != '\n' && *q != '\r')
            q++;
        char *id = qz__arena_alloc(c->a, (size_t)(q - p) + 1);
        if (!id || qz__arena_grow(c->a, (void **)&out->ids, &cap, out->n + 1, sizeof(char *)) < 0)
            return nomem();
        memcpy(id, p, (size_t)(q - p));
        out->ids[out->n++] = id;
        p = q;
    }
    return QZ_OK;
}

/* A list of references into `section`, as indexes. */
static int refs(cctx *c, const qz_rnode *n, const char *attr, int section, int **out, size_t *nout)
{
    qz_idlist l;
    *out = NULL;
    *nout = 0;
    if (split(c, qz_rules__attr(n, attr), &l) < 0)
        return QZ_ENOMEM;
    if (!l.n)
        return QZ_OK;
    int *v = qz__arena_alloc(c->a, l.n * sizeof(int));
    if (!v)
        return nomem();
    for (size_t i = 0; i < l.n; i++) {
        v[i] = qz_rules__find(c->r, section, l.ids[i]);
        if (v[i] < 0)
            return fail(c, n, "%s refers to '%s', which is not defined", attr, l.ids[i]);
    }
    *out = v;
    *nout = l.n;
    return QZ_OK;
}

static int ref1(cctx *c, const qz_rnode *n, const char *attr, int section, int *out)
{
    const char *v = qz_rules__attr(n, attr);
    *out = -1;
    if (!v)
        return QZ_OK;
    *out = qz_rules__find(c->r, section, v);
    if (*out < 0)
        return fail(c, n, "%s refers to '%s', which is not defined", attr, v);
    return QZ_OK;
}

static int compile_cites(cctx *c, const qz_rnode *n, const char *rule, qz_cite **out, size_t *nout)
{
    size_t k = count_kids(n, "cite");
    *out = NULL;
    *nout = 0;
    if (!k)
        return QZ_OK;
    qz_cite *v = qz__arena_alloc(c->a, k * sizeof(*v));
    if (!v)
        return nomem();
    size_t j = 0;
    for (size_t i = 0; i < n->nkids; i++) {
        const qz_rnode *k2 = n->kids[i];
        if (strcmp(k2->name, "cite") != 0)
            continue;
        v[j].article = parse_int(qz_rules__attr(k2, "article"), 0);
        v[j].item = parse_int(qz_rules__attr(k2, "item"), 0);
        v[j].text = k2->text ? k2->text : "";
        v[j].text_hash = qz__hash(v[j].text, SIZE_MAX);
        v[j].rule = rule;
        if (v[j].article <= 0 || v[j].item < 0)
            return fail(c, k2, "a citation needs a positive article%s%s", NULL, NULL);
        j++;
    }
    *out = v;
    *nout = j;
    return QZ_OK;
}

static const struct {
    const char *name;
    int cap;
} party_names[] = {
    {"convener", QZ_CAP_CONVENER},
    {"presider", QZ_CAP_PRESIDER},
    {"members", QZ_CAP_MEMBER},
    {"attendees", QZ_CAP_ATTENDEE},
    {"invitees", QZ_CAP_INVITEE},
    {"minutes-signer", QZ_CAP_MINUTES_SIGNER},
    {"minutes-signer-major", QZ_CAP_MINUTES_SIGNER_MAJOR},
    {"signer", QZ_CAP_SIGNER},
    {"countersigner", QZ_CAP_COUNTERSIGNER},
    {"escalation", QZ_CAP_ESCALATION},
    {"substitute", QZ_CAP_ACTING},
    {"report-to", QZ_CAP_REPORT_TO},
    {"filed-by", QZ_CAP_FILED_BY},
    {"filed-with", QZ_CAP_FILED_WITH},
    {"approver", QZ_CAP_APPROVER},
    {"reviewer", QZ_CAP_REVIEWER},
    {"responsible", QZ_CAP_RESPONSIBLE},
    {"leave-to", QZ_CAP_APPROVER},
    {"to", QZ_CAP_OBLIGEE},
};

static int party_capacity(const char *name)
{
    for (size_t i = 0; i < sizeof(party_names) / sizeof(party_names[0]); i++)
        if (strcmp(party_names[i].name, name) == 0)
            return party_names[i].cap;
    return 0;
}

static int scope_of(const char *s)
{
    if (!s)
        return 0;
    for (int i = QZ_ORG_SCOPE_GOVERNMENT_WORK; i <= QZ_ORG_SCOPE_OTHER; i++) {
        const char *nm = qz_org_scope_name(i);
        if (nm && strcmp(nm, s) == 0)
            return i;
    }
    return -1;
}

static const char *concat3(cctx *c, const char *a, const char *b, const char *d)
{
    size_t la = strlen(a), lb = strlen(b), ld = strlen(d);
    char *s = qz__arena_alloc(c->a, la + lb + ld + 1);
    if (!s)
        return NULL;
    memcpy(s, a, la);
    memcpy(s + la, b, lb);
    memcpy(s + la + lb, d, ld + 1);
    return s;
}

/* assists="lead|others|all" narrows a role to the posts that assist (协助)
 * those leaders in charge: "the deputy secretary-general who assists the
 * leader in charge". */
static int who_assists(cctx *c, const qz_rnode *n, qz_who *w)
{
    const char *as = qz_rules__attr(n, "assists");
    w->assists = -1;
    if (!as)
        return QZ_OK;
    if (w->kind != QZ_WHO_ROLE)
        return fail(c, n, "assists=\"%s\" narrows a role: it needs role=%s", as, NULL);
    w->assists = strcmp(as, "lead") == 0     ? QZ_IN_CHARGE_LEAD
                 : strcmp(as, "others") == 0 ? QZ_IN_CHARGE_OTHERS
                                             : QZ_IN_CHARGE_ALL;
    const char *whom = w->assists == QZ_IN_CHARGE_LEAD ? "协助分管领导同志的" : "协助有关分管领导同志的";
    if (!(w->label = concat3(c, whom, w->label, "")))
        return nomem();
    return QZ_OK;
}

static int compile_who(cctx *c, const qz_rnode *n, qz_who *w)
{
    const char *role = qz_rules__attr(n, "role");
    const char *inch = qz_rules__attr(n, "in-charge");
    const char *cpc = qz_rules__attr(n, "cpc");
    int ab = qz_rules__bool(qz_rules__attr(n, "ab-partner"));
    int presider = qz_rules__bool(qz_rules__attr(n, "presider"));
    int rc;
    w->role = w->entrusted_by = w->body = -1;
    w->cpc = cpc ? qz_rules__bool(cpc) : -1;
    if ((role != NULL) + (inch != NULL) + ab + presider != 1)
        return fail(c, n, "<who> needs exactly one of role, in-charge, ab-partner or presider%s%s", NULL,
                    NULL);
    if (presider) {
        w->kind = QZ_WHO_PRESIDER;
        w->id = "presider";
        w->label = "主持会议的领导同志";
    } else if (role) {
        w->kind = QZ_WHO_ROLE;
        if (ref1(c, n, "role", QZ_RULES_ROLE, &w->role) < 0)
            return last_rc();
        w->id = c->r->roles[w->role].e.id;
        w->label = c->r->roles[w->role].e.label;
    } else if (inch) {
        w->kind = QZ_WHO_IN_CHARGE;
        w->in_charge = strcmp(inch, "lead") == 0     ? QZ_IN_CHARGE_LEAD
                       : strcmp(inch, "others") == 0 ? QZ_IN_CHARGE_OTHERS
                                                     : QZ_IN_CHARGE_ALL;
        w->id = "in-charge";
        w->label = "分管领导同志";
    } else {
        w->kind = QZ_WHO_AB_PARTNER;
        w->id = "ab-partner";
        w->label = "互为AB角的领导同志";
    }
    if ((rc = who_assists(c, n, w)) < 0)
        return rc;
    if (ref1(c, n, "entrusted-by", QZ_RULES_ROLE, &w->entrusted_by) < 0)
        return last_rc();
    w->scope = scope_of(qz_rules__attr(n, "scope"));
    if (w->scope < 0)
        return fail(c, n, "scope=\"%s\" is not an entrustment scope%s", qz_rules__attr(n, "scope"), NULL);
    w->subject = qz_rules__attr(n, "subject");
    if (w->entrusted_by >= 0) {
        const char *base = w->label;
        w->label = concat3(c, "受", c->r->roles[w->entrusted_by].e.label, "委托的");
        if (!w->label || !(w->label = concat3(c, w->label, base, "")))
            return nomem();
    }
    if (w->cpc == 0 && !(w->label = concat3(c, "非中共党员", w->label, "")))
        return nomem();
    const char *label = qz_rules__attr(n, "label");
    if (label)
        w->label = label;
    return QZ_OK;
}

static int compile_party(cctx *c, const qz_rnode *n, const char *rule, qz_party *p)
{
    p->capacity = party_capacity(n->name);
    size_t k = count_kids(n, "who") + count_kids(n, "body");
    if (k) {
        p->who = qz__arena_alloc(c->a, k * sizeof(*p->who));
        if (!p->who)
            return nomem();
    }
    for (size_t i = 0; i < n->nkids; i++) {
        const qz_rnode *w = n->kids[i];
        if (strcmp(w->name, "who") == 0) {
            int rc = compile_who(c, w, &p->who[p->nwho]);
            if (rc < 0)
                return rc;
            if (p->who[p->nwho].kind == QZ_WHO_PRESIDER &&
                (p->capacity == QZ_CAP_PRESIDER || p->capacity == QZ_CAP_CONVENER))
                return fail(c, w, "<%s> cannot name the presider itself%s", n->name, NULL);
            p->nwho++;
        } else if (strcmp(w->name, "body") == 0) {
            qz_who *b = &p->who[p->nwho];
            b->kind = QZ_WHO_BODY;
            b->role = b->entrusted_by = -1;
            b->cpc = -1;
            b->assists = -1;
            if (ref1(c, w, "ref", QZ_RULES_BODY, &b->body) < 0 || b->body < 0)
                return last_rc();
            b->id = c->r->bodies[b->body].id;
            b->label = c->r->bodies[b->body].label;
            p->nwho++;
        }
    }
    return compile_cites(c, n, rule, &p->cites, &p->ncites);
}

/* serves="...": the purpose the entry serves (rules_index.c), one of those
 * of its section; at most one entry of a section serves each purpose. The
 * entries before `e` in its section are compiled already. */
static int entry_serves(cctx *c, const qz_rnode *n, int section, qz_entry *e)
{
    const char *name = qz_rules__attr(n, "serves");
    const qz_entry *o;
    e->serves = 0;
    if (!name)
        return QZ_OK;
    if (!(e->serves = qz_rules__purpose(section, name)))
        return fail(c, n, "serves=\"%s\" is not a purpose a <%s> can serve", name, n->name);
    for (size_t i = 0; (o = qz_rules__entry(c->r, section, i)) && o != e; i++)
        if (o->serves == e->serves)
            return fail(c, n, "'%s' serves \"%s\" too: one entry per purpose", o->id, name);
    return QZ_OK;
}

/* The common part of every rule: id, label, citations, parties. */
static int compile_entry(cctx *c, const qz_rnode *n, int section, qz_entry *e)
{
    e->section = section;
    e->id = qz_rules__attr(n, "id");
    e->label = qz_rules__attr(n, "label");
    e->is_default = qz_rules__bool(qz_rules__attr(n, "default"));
    if (!e->id || !e->label)
        return fail(c, n, "<%s> needs an id and a label%s", n->name, NULL);
    int rc = entry_serves(c, n, section, e);
    if (rc < 0)
        return rc;
    e->id_hash = qz__hash(e->id, SIZE_MAX);
    rc = compile_cites(c, n, e->id, &e->cites, &e->ncites);
    if (rc < 0)
        return rc;
    size_t k = 0;
    for (size_t i = 0; i < n->nkids; i++)
        if (party_capacity(n->kids[i]->name))
            k++;
    if (!k)
        return QZ_OK;
    e->parties = qz__arena_alloc(c->a, k * sizeof(*e->parties));
    if (!e->parties)
        return nomem();
    for (size_t i = 0; i < n->nkids; i++) {
        if (!party_capacity(n->kids[i]->name))
            continue;
        if ((rc = compile_party(c, n->kids[i], e->id, &e->parties[e->nparties])) < 0)
            return rc;
        e->nparties++;
    }
    return QZ_OK;
}

/* Allocates an array for the `item` children of section element `sec`. */
static int alloc_section(cctx *c, const qz_rnode *sec, const char *item, size_t elem, void **out, size_t *n)
{
    *n = count_kids(sec, item);
    *out = NULL;
    if (!*n)
        return QZ_OK;
    *out = qz__arena_alloc(c->a, *n * elem);
    return *out ? QZ_OK : nomem();
}

static int check_unique(cctx *c, const qz_rnode *n, int section, size_t upto)
{
    const qz_entry *e = qz_rules__entry(c->r, section, upto);
    for (size_t i = 0; i < upto; i++)
        if (strcmp(qz_rules__entry(c->r, section, i)->id, e->id) == 0)
            return fail(c, n, "'%s' is defined twice%s", e->id, NULL);
    return QZ_OK;
}

/* Runs `fn` over each `item` child of `sec`, after compiling its entry. */
typedef int (*item_fn)(cctx *c, const qz_rnode *n, size_t i);

static int each(cctx *c, const qz_rnode *sec, const char *item, int section, item_fn fn)
{
    size_t i = 0;
    for (size_t k = 0; sec && k < sec->nkids; k++) {
        const qz_rnode *n = sec->kids[k];
        if (strcmp(n->name, item) != 0)
            continue;
        qz_entry *e = (qz_entry *)qz_rules__entry(c->r, section, i);
        int rc = compile_entry(c, n, section, e);
        if (rc < 0 || (rc = check_unique(c, n, section, i)) < 0 || (fn && (rc = fn(c, n, i)) < 0))
            return rc;
        i++;
    }
    return QZ_OK;
}

/* Roles are named before anything refers to them, including each other. */
static int role_ids(cctx *c, const qz_rnode *sec)
{
    size_t i = 0;
    for (size_t k = 0; k < sec->nkids; k++) {
        const qz_rnode *n = sec->kids[k];
        if (strcmp(n->name, "role") != 0)
            continue;
        c->r->roles[i].e.id = qz_rules__attr(n, "id");
        c->r->roles[i].e.label = qz_rules__attr(n, "label");
        if (!c->r->roles[i].e.id || !c->r->roles[i].e.label)
            return fail(c, n, "<role> needs an id and a label%s%s", NULL, NULL);
        c->r->roles[i].e.id_hash = qz__hash(c->r->roles[i].e.id, SIZE_MAX);
        i++;
    }
    return QZ_OK;
}

static int role_item(cctx *c, const qz_rnode *n, size_t i)
{
    qz_role *ro = &c->r->roles[i];
    if (refs(c, n, "any-of", QZ_RULES_ROLE, &ro->any_of, &ro->nany) < 0)
        return last_rc();
    for (size_t j = 0; j < ro->nany; j++)
        if ((size_t)ro->any_of[j] >= i) /* a group may only name roles defined before it: no cycles */
            return fail(c, n, "any-of names '%s', which must be defined before this group%s",
                        c->r->roles[ro->any_of[j]].e.id, NULL);
    return QZ_OK;
}

static int deadline_item(cctx *c, const qz_rnode *n, size_t i)
{
    qz_deadline *d = &c->r->deadlines[i];
    const char *unit = qz_rules__attr(n, "unit");
    d->unit = qz_rules__time_unit(unit);
    if (!d->unit)
        return fail(c, n, "unit=\"%s\" is not a unit of time%s", unit, NULL);
    d->count = parse_int(qz_rules__attr(n, "count"), 0);
    d->min = parse_int(qz_rules__attr(n, "min"), 0);
    if (d->count <= 0 || d->min < 0 || d->min > d->count)
        return fail(c, n, "deadline '%s' needs 0 < min <= count%s", d->e.id, NULL);
    const char *dir = qz_rules__attr(n, "direction");
    d->before = dir && strcmp(dir, "before") == 0;
    d->anchor = qz_rules__attr(n, "anchor");
    d->override_by = qz_rules__attr(n, "override");
    d->max_override = parse_int(qz_rules__attr(n, "max-override"), 0);
    const char *sil = qz_rules__attr(n, "silence");
    d->silence_consent = sil && strcmp(sil, "no-objection") == 0;
    const char *lim = qz_rules__attr(n, "limit");
    d->maximum = lim && strcmp(lim, "maximum") == 0;
    d->principle = qz_rules__bool(qz_rules__attr(n, "principle"));
    return qz_rules__deadline_roll(c->r, n, d, c->file);
}

static int meeting_item(cctx *c, const qz_rnode *n, size_t i)
{
    qz_meeting *m = &c->r->meetings[i];
    m->periodic = -1;
    if (ref1(c, n, "documents-deadline", QZ_RULES_DEADLINE, &m->deadline) < 0)
        return last_rc();
    const qz_rnode *q = child(n, "quorum");
    if (q) {
        m->quorum.present = 1;
        if (ref1(c, q, "over", QZ_RULES_ROLE, &m->quorum.over) < 0 || m->quorum.over < 0)
            return last_rc();
        m->quorum.num = parse_int(qz_rules__attr(q, "numerator"), 0);
        m->quorum.den = parse_int(qz_rules__attr(q, "denominator"), 0);
        if (qz_rules__quorum_compare(q, c->file, &m->quorum.strict) < 0)
            return last_rc();
        if (m->quorum.num <= 0 || m->quorum.den <= 0 || m->quorum.num > m->quorum.den)
            return fail(c, q, "a quorum needs 0 < numerator <= denominator%s%s", NULL, NULL);
        return compile_cites(c, q, m->e.id, &m->quorum.cites, &m->quorum.ncites);
    }
    return QZ_OK;
}

static const struct {
    const char *name;
    unsigned bit;
} flag_names[] = {
    {"major-policy", QZ_FLAG_MAJOR_POLICY},
    {"broad-scope", QZ_FLAG_BROAD_SCOPE},
    {"decided-by-executive", QZ_FLAG_DECIDED},
    {"routine", QZ_FLAG_ROUTINE},
};

static int when_item(cctx *c, const qz_rnode *n, qz_when *w)
{
    qz_idlist fl;
    if (refs(c, n, "kind", QZ_RULES_DOCUMENT_KIND, &w->kinds, &w->nkinds) < 0 ||
        refs(c, n, "issuer", QZ_RULES_ISSUER, &w->issuers, &w->nissuers) < 0 ||
        refs(c, n, "recipient", QZ_RULES_RECIPIENT, &w->recipients, &w->nrecipients) < 0)
        return last_rc();
    if (split(c, qz_rules__attr(n, "flags"), &fl) < 0)
        return QZ_ENOMEM;
    for (size_t i = 0; i < fl.n; i++) {
        unsigned bit = 0;
        for (size_t k = 0; k < sizeof(flag_names) / sizeof(flag_names[0]); k++)
            if (strcmp(flag_names[k].name, fl.ids[i]) == 0)
                bit = flag_names[k].bit;
        if (bit)
            w->flags |= bit;
        else
            fl.ids[w->facts.n++] = fl.ids[i]; /* a fact of this rule set's own vocabulary */
    }
    w->facts.ids = fl.ids;
    w->portfolios_min = parse_int(qz_rules__attr(n, "portfolios-min"), 0);
    return qz_rules__when_holder_away(c->r, n, w, c->file);
}

static int row_item(cctx *c, const qz_rnode *n, size_t i)
{
    qz_row *row = &c->r->rows[i];
    row->nwhens = count_kids(n, "when");
    if (!row->nwhens)
        return fail(c, n, "signing row '%s' needs a <when>%s", row->e.id, NULL);
    row->whens = qz__arena_alloc(c->a, row->nwhens * sizeof(*row->whens));
    if (!row->whens)
        return nomem();
    size_t j = 0;
    for (size_t k = 0; k < n->nkids; k++)
        if (strcmp(n->kids[k]->name, "when") == 0) {
            int rc = when_item(c, n->kids[k], &row->whens[j++]);
            if (rc < 0)
                return rc;
        }
    return QZ_OK;
}

static int acting_item(cctx *c, const qz_rnode *n, size_t i)
{
    qz_acting *ac = &c->r->actings[i];
    qz_idlist l;
    if (ref1(c, n, "role", QZ_RULES_ROLE, &ac->role) < 0 || ac->role < 0)
        return last_rc();
    const char *cond = qz_rules__attr(n, "condition");
    ac->condition = !cond                                   ? 0
                    : strcmp(cond, "away") == 0             ? QZ_COND_AWAY
                    : strcmp(cond, "away-from-county") == 0 ? QZ_COND_AWAY_FROM_COUNTY
                    : strcmp(cond, "vacant") == 0           ? QZ_COND_VACANT
                    : strcmp(cond, "entrusted") == 0        ? QZ_COND_ENTRUSTED
                                                            : 0;
    if (!ac->condition)
        return fail(c, n, "condition=\"%s\" is not an acting condition%s", cond, NULL);
    if (split(c, qz_rules__attr(n, "matters"), &l) < 0)
        return QZ_ENOMEM;
    ac->matters = l.ids;
    ac->nmatters = l.n;
    if (qz_rules__acting_powers(n, c->file, c->a, ac) < 0)
        return last_rc();
    for (size_t k = 0; k < ac->e.nparties; k++)
        if (ac->e.parties[k].capacity == QZ_CAP_ACTING)
            return QZ_OK;
    return fail(c, n, "acting rule '%s' needs a <substitute>%s", ac->e.id, NULL);
}

static int subst_item(cctx *c, const qz_rnode *n, size_t i)
{
    qz_subst *s = &c->r->substs[i];
    if (refs(c, n, "meetings", QZ_RULES_MEETING, &s->meetings, &s->nmeetings) < 0 ||
        ref1(c, n, "principal", QZ_RULES_ROLE, &s->principal) < 0 ||
        ref1(c, n, "substitute", QZ_RULES_ROLE, &s->substitute) < 0)
        return last_rc();
    s->same_unit = qz_rules__bool(qz_rules__attr(n, "same-unit"));
    const char *wr = qz_rules__attr(n, "written-request");
    s->written_before = wr && strcmp(wr, "before-meeting") == 0;
    const char *ap = qz_rules__attr(n, "approval");
    s->approval = !ap                           ? QZ_APPROVAL_NONE
                  : strcmp(ap, "presider") == 0 ? QZ_APPROVAL_PRESIDER
                  : strcmp(ap, "convener") == 0 ? QZ_APPROVAL_CONVENER
                                                : QZ_APPROVAL_NONE;
    return QZ_OK;
}

/* A leave notice is counted back from the departure in days or shorter units. */
static int notice_unit_ok(cctx *c, const qz_rnode *n, int deadline)
{
    int u = c->r->deadlines[deadline].unit;
    if (u != QZ_UNIT_DAYS && u != QZ_UNIT_WORKDAYS && u != QZ_UNIT_HALF_DAYS && u != QZ_UNIT_HOURS)
        return fail(c, n, "leave notice '%s' must be counted in days, working days, half days or hours%s",
                    c->r->deadlines[deadline].e.id, NULL);
    return QZ_OK;
}

static int leave_case(cctx *c, const qz_rnode *n, const qz_leave_rule *l, qz_leave_case *lc)
{
    int rc = compile_entry(c, n, QZ_RULES_LEAVE, &lc->e);
    if (rc < 0)
        return rc;
    for (size_t k = 0; k < l->ncases; k++)
        if (strcmp(l->cases[k].e.id, lc->e.id) == 0)
            return fail(c, n, "case '%s' is defined twice in this leave rule%s", lc->e.id, NULL);
    if (refs(c, n, "destinations", QZ_RULES_DESTINATION, &lc->destinations, &lc->ndestinations) < 0 ||
        ref1(c, n, "deadline", QZ_RULES_DEADLINE, &lc->deadline) < 0)
        return last_rc();
    if (lc->deadline >= 0 && (rc = notice_unit_ok(c, n, lc->deadline)) < 0)
        return rc;
    lc->min_days = parse_int(qz_rules__attr(n, "min-days"), 0);
    lc->max_days = parse_int(qz_rules__attr(n, "max-days"), 0);
    const char *lu = qz_rules__attr(n, "length-unit");
    lc->workdays = lu && strcmp(lu, "workdays") == 0;
    if (lc->max_days && lc->min_days > lc->max_days)
        return fail(c, n, "case '%s' has max-days below min-days%s", lc->e.id, NULL);
    return QZ_OK;
}

static int leave_cases(cctx *c, const qz_rnode *n, qz_leave_rule *l)
{
    size_t k = count_kids(n, "case");
    if (!k)
        return QZ_OK;
    l->cases = qz__arena_alloc(c->a, k * sizeof(*l->cases));
    if (!l->cases)
        return nomem();
    for (size_t i = 0; i < n->nkids; i++) {
        if (strcmp(n->kids[i]->name, "case") != 0)
            continue;
        int rc = leave_case(c, n->kids[i], l, &l->cases[l->ncases]);
        if (rc < 0)
            return rc;
        l->ncases++;
    }
    return QZ_OK;
}

static int leave_item(cctx *c, const qz_rnode *n, size_t i)
{
    qz_leave_rule *l = &c->r->leaves[i];
    if (refs(c, n, "roles", QZ_RULES_ROLE, &l->roles, &l->nroles) < 0 ||
        ref1(c, n, "deadline", QZ_RULES_DEADLINE, &l->deadline) < 0)
        return last_rc();
    const char *no = qz_rules__attr(n, "notice");
    l->notice = no && strcmp(no, "beforehand") == 0 ? QZ_NOTICE_BEFOREHAND
                : no && strcmp(no, "deadline") == 0 ? QZ_NOTICE_DEADLINE
                                                    : QZ_NOTICE_NONE;
    if (l->notice == QZ_NOTICE_DEADLINE && l->deadline < 0)
        return fail(c, n, "leave rule '%s' has notice=\"deadline\" but no deadline%s", l->e.id, NULL);
    int rc;
    if (l->deadline >= 0 && (rc = notice_unit_ok(c, n, l->deadline)) < 0)
        return rc;
    return leave_cases(c, n, l);
}

static int apart_item(cctx *c, const qz_rnode *n, size_t i)
{
    qz_apart *ap = &c->r->aparts[i];
    int *roles;
    size_t nroles;
    if (refs(c, n, "roles", QZ_RULES_ROLE, &roles, &nroles) < 0)
        return last_rc();
    if (nroles != 2)
        return fail(c, n, "not-away-together '%s' needs exactly two roles%s", ap->e.id, NULL);
    ap->roles[0] = roles[0];
    ap->roles[1] = roles[1];
    const char *pa = qz_rules__attr(n, "pairing");
    ap->pairing = !pa || strcmp(pa, "any") == 0   ? QZ_PAIR_ANY
                  : strcmp(pa, "same-unit") == 0  ? QZ_PAIR_SAME_UNIT
                  : strcmp(pa, "in-charge") == 0  ? QZ_PAIR_IN_CHARGE
                  : strcmp(pa, "ab-partner") == 0 ? QZ_PAIR_AB
                  : strcmp(pa, "assists") == 0    ? QZ_PAIR_ASSISTS
                                                  : -1;
    if (ap->pairing < 0)
        return fail(c, n, "pairing=\"%s\" is not a pairing%s", pa, NULL);
    const char *cond = qz_rules__attr(n, "condition");
    ap->from_county = cond && strcmp(cond, "away-from-county") == 0;
    return QZ_OK;
}

static const char *const weekday_names[] = {"monday", "tuesday",  "wednesday", "thursday",
                                            "friday", "saturday", "sunday"};
_Static_assert(sizeof(weekday_names) / sizeof(weekday_names[0]) == 7, "monday .. sunday");

/* "monday friday" as bits 1..7 (ISO weekday numbers). */
static int weekday_bits(cctx *c, const qz_rnode *n, unsigned *out)
{
    qz_idlist l;
    *out = 0;
    if (split(c, qz_rules__attr(n, "weekdays"), &l) < 0)
        return QZ_ENOMEM;
    for (size_t i = 0; i < l.n; i++) {
        unsigned bit = 0;
        for (unsigned d = 0; d < 7; d++)
            if (strcmp(l.ids[i], weekday_names[d]) == 0)
                bit = 1u << (d + 1);
        if (!bit)
            return fail(c, n, "'%s' is not a weekday%s", l.ids[i], NULL);
        *out |= bit;
    }
    return QZ_OK;
}

/* The frequency of a <periodic> or of an obligation's <every>. */
static int periodic_attrs(cctx *c, const qz_rnode *n, qz_periodic *p)
{
    p->min = parse_int(qz_rules__attr(n, "min"), 0);
    p->max = parse_int(qz_rules__attr(n, "max"), -1);
    if (p->max >= 0 && p->max < p->min)
        return fail(c, n, "periodic obligation '%s' has max below min%s", p->e.id, NULL);
    const char *per = qz_rules__attr(n, "per");
    p->per = qz_rules__period(per);
    if (!p->per)
        return fail(c, n, "per=\"%s\" is not a period%s", per, NULL);
    p->principle = qz_rules__bool(qz_rules__attr(n, "principle"));
    p->within_days = parse_int(qz_rules__attr(n, "within-days"), 0);
    p->every = parse_int(qz_rules__attr(n, "every"), 1);
    if (p->every < 1 || p->every > 100)
        return fail(c, n, "periodic obligation '%s' needs 1 <= every <= 100%s", p->e.id, NULL);
    if (parse_date(c, n, "start", &p->start) < 0)
        return last_rc();
    return weekday_bits(c, n, &p->weekdays);
}

static int periodic_item(cctx *c, const qz_rnode *n, size_t i)
{
    qz_periodic *p = &c->r->periodics[i];
    if (ref1(c, n, "meeting", QZ_RULES_MEETING, &p->meeting) < 0)
        return last_rc();
    if (p->meeting >= 0)
        c->r->meetings[p->meeting].periodic = (int)i;
    return periodic_attrs(c, n, p);
}

/* The periodic table: the <periodic>s, then room for each periodic
 * <obligation> (one with an <every per>), which obligation_item() fills, so
 * that the periodic query and the audit read one table. */
static int periodic_table(cctx *c, const qz_rnode *root)
{
    const qz_rnode *sec = child(root, "periodic-obligations"), *obs = child(root, "obligations");
    size_t n = count_kids(sec, "periodic"), extra = 0;
    for (size_t k = 0; obs && k < obs->nkids; k++) {
        const qz_rnode *ev = child(obs->kids[k], "every");
        if (strcmp(obs->kids[k]->name, "obligation") == 0 && ev && qz_rules__attr(ev, "per"))
            extra++;
    }
    c->r->nperiodics = c->r->nperiodics_all = n;
    if (n + extra && !(c->r->periodics = qz__arena_alloc(c->a, (n + extra) * sizeof(*c->r->periodics))))
        return nomem();
    return each(c, sec, "periodic", QZ_RULES_PERIODIC, periodic_item);
}

/* A periodic obligation's row of the periodic table: its entry (id, label,
 * citations, parties) and the frequency of its <every>. */
static int obligation_periodic(cctx *c, const qz_rnode *every, qz_obligation *ob)
{
    if (qz_rules__periodic_find(c->r, ob->e.id) >= 0)
        return fail(c, ob->node, "'%s' is already a periodic obligation%s", ob->e.id, NULL);
    qz_periodic *p = &c->r->periodics[c->r->nperiodics_all];
    p->e = ob->e;
    p->meeting = -1;
    int rc = periodic_attrs(c, every, p);
    if (rc < 0)
        return rc;
    ob->periodic = (int)c->r->nperiodics_all++;
    return QZ_OK;
}

static int obligation_item(cctx *c, const qz_rnode *n, size_t i)
{
    qz_obligation *ob = &c->r->obligations[i];
    ob->node = n;
    int rc = qz_rules__obligation(c->r, n, ob, c->file);
    if (rc < 0)
        return rc;
    const qz_rnode *every = child(n, "every");
    if (ob->trigger == QZ_OB_PERIODIC && every && qz_rules__attr(every, "per"))
        return obligation_periodic(c, every, ob);
    return QZ_OK;
}

static int add_flags(cctx *c, const qz_idlist *l, size_t *cap)
{
    for (size_t i = 0; i < l->n; i++) {
        size_t k = 0;
        while (k < c->r->flags.n && strcmp(c->r->flags.ids[k], l->ids[i]) != 0)
            k++;
        if (k < c->r->flags.n)
            continue;
        if (qz__arena_grow(c->a, (void **)&c->r->flags.ids, cap, c->r->flags.n + 1, sizeof(char *)) < 0)
            return nomem();
        c->r->flags.ids[c->r->flags.n++] = l->ids[i];
    }
    return QZ_OK;
}

static int check_item(cctx *c, const qz_rnode *n, size_t i)
{
    qz_check *ck = &c->r->checks[i];
    if (split(c, qz_rules__attr(n, "when"), &ck->when) < 0 ||
        split(c, qz_rules__attr(n, "unless"), &ck->unless) < 0 ||
        split(c, qz_rules__attr(n, "require"), &ck->require) < 0 ||
        split(c, qz_rules__attr(n, "forbid"), &ck->forbid) < 0)
        return QZ_ENOMEM;
    if (refs(c, n, "approved-by", QZ_RULES_MEETING, &ck->approved_by, &ck->napproved) < 0 ||
        ref1(c, n, "validity", QZ_RULES_DEADLINE, &ck->validity) < 0)
        return last_rc();
    if (ck->validity >= 0 && c->r->deadlines[ck->validity].unit != QZ_UNIT_YEARS)
        return fail(c, n, "validity deadline '%s' must be counted in years%s",
                    c->r->deadlines[ck->validity].e.id, NULL);
    return QZ_OK;
}

static int provision_item(cctx *c, const qz_rnode *n, size_t i)
{
    qz_provision *p = &c->r->provisions[i];
    p->chain = qz_rules__bool(qz_rules__attr(n, "chain"));
    return refs(c, n, "meetings", QZ_RULES_MEETING, &p->meetings, &p->nmeetings) < 0 ? QZ_ESCHEMA : QZ_OK;
}

static int collect_flags(cctx *c)
{
    size_t cap = 0, scap = 0;
    qz_idlist fl = c->r->flags;
    c->r->flags = c->r->sign_facts;
    for (size_t i = 0; i < c->r->nrows; i++)
        for (size_t k = 0; k < c->r->rows[i].nwhens; k++)
            if (add_flags(c, &c->r->rows[i].whens[k].facts, &scap) < 0)
                return QZ_ENOMEM;
    c->r->sign_facts = c->r->flags;
    c->r->flags = fl;
    for (size_t i = 0; i < c->r->nchecks; i++) {
        const qz_check *ck = &c->r->checks[i];
        if (add_flags(c, &ck->when, &cap) < 0 || add_flags(c, &ck->unless, &cap) < 0 ||
            add_flags(c, &ck->require, &cap) < 0 || add_flags(c, &ck->forbid, &cap) < 0)
            return QZ_ENOMEM;
    }
    return QZ_OK;
}

/* The matrix order: roles, acting, substitution, meetings, signing, deadlines,
 * leave, posts not away together, periodic, checks, provisions, obligations. */
static const struct {
    int section;
    int kind;
} matrix_order[] = {
    {QZ_RULES_ROLE, 1},          {QZ_RULES_ACTING, 2},
    {QZ_RULES_SUBSTITUTION, 10}, {QZ_RULES_MEETING, 3},
    {QZ_RULES_SIGNING, 4},       {QZ_RULES_DEADLINE, 5},
    {QZ_RULES_LEAVE, 6},         {QZ_RULES_NOT_AWAY_TOGETHER, 11},
    {QZ_RULES_PERIODIC, 7},      {QZ_RULES_CHECK, 8},
    {QZ_RULES_PROVISION, 9},     {QZ_RULES_OBLIGATION, 12},
};

static int build_matrix(cctx *c)
{
    size_t total = 0;
    for (size_t k = 0; k < sizeof(matrix_order) / sizeof(matrix_order[0]); k++)
        total += qz_rules_count(c->r, (qz_rules_section)matrix_order[k].section);
    if (!total)
        return QZ_OK;
    c->r->matters = qz__arena_alloc(c->a, total * sizeof(*c->r->matters));
    c->r->matter_kinds = qz__arena_alloc(c->a, total * sizeof(int));
    if (!c->r->matters || !c->r->matter_kinds)
        return nomem();
    for (size_t k = 0; k < sizeof(matrix_order) / sizeof(matrix_order[0]); k++) {
        size_t n = qz_rules_count(c->r, (qz_rules_section)matrix_order[k].section);
        for (size_t i = 0; i < n; i++) {
            c->r->matters[c->r->nmatters] = qz_rules__entry(c->r, matrix_order[k].section, i);
            c->r->matter_kinds[c->r->nmatters++] = matrix_order[k].kind;
        }
    }
    return QZ_OK;
}

/* The format version: "version", or "format" as quanze 0.1 wrote it, which
 * is renamed in the tree so that saving writes the current form. */
static int format_version(cctx *c, qz_rnode *root)
{
    for (size_t i = 0; i < root->nattrs; i++)
        if (strcmp(root->attrs[2 * i], "version") == 0)
            return QZ_OK;
    for (size_t i = 0; i < root->nattrs; i++)
        if (strcmp(root->attrs[2 * i], "format") == 0) {
            root->attrs[2 * i] = "version";
            return QZ_OK;
        }
    return fail(c, root, "<rules> needs the attribute 'version'%s%s", NULL, NULL);
}

static int metadata(cctx *c, qz_rnode *root)
{
    qz_rules *r = c->r;
    if (format_version(c, root) < 0)
        return QZ_ESCHEMA;
    r->id = qz_rules__attr(root, "id");
    r->title = qz_rules__attr(root, "title");
    r->number = qz_rules__attr(root, "number");
    r->authority = qz_rules__attr(root, "authority");
    r->adopted_by = qz_rules__attr(root, "adopted-by");
    if (!r->id || !r->title || !qz_rules__attr(root, "effective"))
        return fail(c, root, "<rules> needs id, title and effective%s%s", NULL, NULL);
    if (parse_date(c, root, "adopted", &r->adopted) < 0 || parse_date(c, root, "issued", &r->issued) < 0 ||
        parse_date(c, root, "published", &r->published) < 0 ||
        parse_date(c, root, "effective", &r->effective) < 0 ||
        parse_date(c, root, "expires", &r->expires) < 0)
        return last_rc();
    if (r->expires != QZ_DATE_NONE && r->expires < r->effective)
        return fail(c, root, "expires is before effective%s%s", NULL, NULL);
    return QZ_OK;
}

/* <ab-pairs roles="..."/>: which roles may form AB pairs (checked against
 * an organisation when a model is built). */
static int ab_pairs(cctx *c, const qz_rnode *root)
{
    c->r->ab_pairs = child(root, "ab-pairs");
    if (!c->r->ab_pairs)
        return QZ_OK;
    return refs(c, c->r->ab_pairs, "roles", QZ_RULES_ROLE, &c->r->ab_roles, &c->r->nab_roles);
}

#define SECTION(secname, item, field, nfield, section, fn)                                                \
    do {                                                                                                  \
        const qz_rnode *sec = child(root, secname);                                                       \
        if ((rc = alloc_section(&c, sec, item, sizeof(*r->field), (void **)&r->field, &r->nfield)) < 0 || \
            (rc = each(&c, sec, item, section, fn)) < 0)                                                  \
            return rc;                                                                                    \
    } while (0)

int qz_rules__compile(qz_rules *r, const char *name)
{
    cctx c = {r, &r->arena, name};
    qz_rnode *root = r->root;
    int rc;
    if (strcmp(root->name, "rules") != 0)
        return fail(&c, root, "the root element is <%s>, not <rules>%s", root->name, NULL);
    if ((rc = metadata(&c, root)) < 0)
        return rc;
    const qz_rnode *roles = child(root, "roles");
    if ((rc = alloc_section(&c, roles, "role", sizeof(*r->roles), (void **)&r->roles, &r->nroles)) < 0)
        return rc;
    if (roles && (rc = role_ids(&c, roles)) < 0)
        return rc;
    SECTION("bodies", "body", bodies, nbodies, QZ_RULES_BODY, NULL);
    if ((rc = each(&c, roles, "role", QZ_RULES_ROLE, role_item)) < 0)
        return rc;
    if ((rc = ab_pairs(&c, root)) < 0)
        return rc;
    SECTION("document-kinds", "kind", kinds, nkinds, QZ_RULES_DOCUMENT_KIND, NULL);
    SECTION("issuers", "issuer", issuers, nissuers, QZ_RULES_ISSUER, NULL);
    SECTION("recipients", "recipient", recipients, nrecipients, QZ_RULES_RECIPIENT, NULL);
    SECTION("destinations", "destination", destinations, ndestinations, QZ_RULES_DESTINATION, NULL);
    SECTION("deadlines", "deadline", deadlines, ndeadlines, QZ_RULES_DEADLINE, deadline_item);
    SECTION("meetings", "meeting", meetings, nmeetings, QZ_RULES_MEETING, meeting_item);
    SECTION("signing", "row", rows, nrows, QZ_RULES_SIGNING, row_item);
    SECTION("acting-rules", "acting", actings, nactings, QZ_RULES_ACTING, acting_item);
    SECTION("substitutions", "substitution", substs, nsubsts, QZ_RULES_SUBSTITUTION, subst_item);
    SECTION("leave-rules", "leave", leaves, nleaves, QZ_RULES_LEAVE, leave_item);
    SECTION("leave-rules", "not-away-together", aparts, naparts, QZ_RULES_NOT_AWAY_TOGETHER, apart_item);
    if ((rc = periodic_table(&c, root)) < 0)
        return rc;
    SECTION("normative-checks", "check", checks, nchecks, QZ_RULES_CHECK, check_item);
    SECTION("provisions", "provision", provisions, nprovisions, QZ_RULES_PROVISION, provision_item);
    SECTION("obligations", "event", events, nevents, QZ_RULES_EVENT, NULL);
    SECTION("obligations", "obligation", obligations, nobligations, QZ_RULES_OBLIGATION, obligation_item);
    if ((rc = collect_flags(&c)) < 0)
        return rc;
    return build_matrix(&c);
}
