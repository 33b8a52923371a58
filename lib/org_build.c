/* Building an organisation after its document is read: canonical order
 * (sort each entity by id and renumber every reference), the checks that need
 * every row (overlapping dates, AB pairs, party group, entrustment cycles) and
 * the lookup indexes. Errors name the place of the row at fault, remembered
 * while loading. Nothing here reads XML. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "error.h"
#include "org.h"
#include "sort.h"
#include "xml.h"

/* ------------------------------------------------------------------ */
/* Errors at a place */

/* An error found after reading, at the place of a row. */
static int fail_row(qz_org__loader *L, qz_org__pos p, int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static int fail_row(qz_org__loader *L, qz_org__pos p, int code, const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    return qz__xml_fail_at(L->x, p.line, p.column, code, "%s", msg);
}

static int before(qz_org__pos a, qz_org__pos b)
{
    return a.line < b.line || (a.line == b.line && a.column < b.column);
}

/* Two rows clash: the error is at the one that comes later in the document
 * and names the earlier one. */
static int clash(qz_org__loader *L, qz_org__pos a, qz_org__pos b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static int clash(qz_org__loader *L, qz_org__pos a, qz_org__pos b, const char *fmt, ...)
{
    qz_org__pos later = before(a, b) ? b : a, earlier = before(a, b) ? a : b;
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    return qz__xml_fail_at(L->x, later.line, later.column, QZ_ESCHEMA, "%s (clashes with line %d, column %d)",
                           msg, earlier.line, earlier.column);
}

/* ------------------------------------------------------------------ */
/* Sorting rows of a table */

/* Puts the rows of table t (and their places) in the order of `order`, in
 * arrays of exactly their size. Rows already in order (a file written in
 * canonical order) are not copied: their array is only trimmed. */
static int apply_order(qz_org__table *t, const uint32_t *order)
{
    uint32_t n = *t->n;
    if (qz__sort_is_identity(order, n)) {
        void *trimmed = qz__realloc(*t->rows, n ? (size_t)n * t->size : 1);
        if (!trimmed)
            return qz__error_nomem();
        *t->rows = trimmed;
        t->cap = n;
        return QZ_OK;
    }
    char *rows = qz__malloc(n ? (size_t)n * t->size : 1);
    qz_org__pos *w = qz__malloc(n ? (size_t)n * sizeof(*w) : 1);
    if (!rows || !w) {
        qz__free(rows);
        qz__free(w);
        return qz__error_nomem();
    }
    for (uint32_t i = 0; i < n; i++) {
        memcpy(rows + (size_t)i * t->size, (char *)*t->rows + (size_t)order[i] * t->size, t->size);
        w[i] = t->where[order[i]];
    }
    qz__free(*t->rows);
    qz__free(t->where);
    *t->rows = rows;
    t->where = w;
    t->cap = t->cap_where = n;
    return QZ_OK;
}

static int sort_table(qz_org__loader *L, int type, qz__sort_cmp cmp)
{
    uint32_t *order = qz__sort(*L->t[type].n, cmp, L->org);
    if (!order)
        return QZ_ENOMEM;
    int rc = apply_order(&L->t[type], order);
    qz__free(order);
    return rc;
}

static int cmp_str(const char *a, const char *b)
{
    if (a == b)
        return 0;
    if (!a || !b)
        return !a ? -1 : 1;
    return strcmp(a, b);
}

static int cmp_unit(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    return strcmp(o->units[a].id, o->units[b].id);
}

static int cmp_area(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    return strcmp(o->areas[a].id, o->areas[b].id);
}

static int cmp_post(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    return strcmp(o->posts[a].id, o->posts[b].id);
}

static int cmp_person(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    return strcmp(o->people[a].id, o->people[b].id);
}

static int cmp_tenure(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    const qz_org__tenure *x = &o->tenures[a], *y = &o->tenures[b];
    int c = qz__cmp_int(x->post, y->post);
    c = c ? c : qz__cmp_int(x->from, y->from);
    c = c ? c : qz__cmp_int(x->person, y->person);
    return c ? c : qz__cmp_int(x->to, y->to);
}

static int cmp_person_tenure(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    const qz_org__tenure *x = &o->tenures[a], *y = &o->tenures[b];
    int c = qz__cmp_int(x->person, y->person);
    c = c ? c : qz__cmp_int(x->post, y->post);
    return c ? c : qz__cmp_int(a, b);
}

static int cmp_absence(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    const qz_org__absence *x = &o->absences[a], *y = &o->absences[b];
    int c = qz__cmp_int(x->person, y->person);
    c = c ? c : qz__cmp_int(x->from, y->from);
    c = c ? c : qz__cmp_int(x->to, y->to);
    c = c ? c : qz__cmp_int(x->away_from_county, y->away_from_county);
    c = c ? c : strcmp(x->reason, y->reason);
    c = c ? c : cmp_str(x->destination, y->destination);
    c = c ? c : strcmp(x->purpose, y->purpose);
    c = c ? c : cmp_str(x->exc_rule, y->exc_rule);
    c = c ? c : strcmp(x->exc_by, y->exc_by);
    c = c ? c : qz__cmp_int(x->exc_on, y->exc_on);
    return c ? c : strcmp(x->exc_note, y->exc_note);
}

static int cmp_charge(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    const qz_org__charge *x = &o->charges[a], *y = &o->charges[b];
    int c = qz__cmp_int(x->matter, y->matter);
    c = c ? c : qz__cmp_int(x->from, y->from);
    c = c ? c : qz__cmp_int(x->post, y->post);
    return c ? c : qz__cmp_int(x->to, y->to);
}

static int cmp_post_charge(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    const qz_org__charge *x = &o->charges[a], *y = &o->charges[b];
    int c = qz__cmp_int(x->post, y->post);
    c = c ? c : qz__cmp_int(x->matter, y->matter);
    return c ? c : qz__cmp_int(x->from, y->from);
}

static int cmp_ab(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    const qz_org__ab *x = &o->ab[a], *y = &o->ab[b];
    int c = qz__cmp_int(x->post, y->post);
    c = c ? c : qz__cmp_int(x->from, y->from);
    c = c ? c : qz__cmp_int(x->partner, y->partner);
    return c ? c : qz__cmp_int(x->to, y->to);
}

static int cmp_pg(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    const qz_org__pg *x = &o->pg[a], *y = &o->pg[b];
    int c = qz__cmp_int(x->post, y->post);
    c = c ? c : qz__cmp_int(x->from, y->from);
    c = c ? c : qz__cmp_int(x->to, y->to);
    return c ? c : qz__cmp_int(x->secretary, y->secretary);
}

static int cmp_secretary(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    return qz__cmp_int(o->pg[o->pg_secretaries[a]].from, o->pg[o->pg_secretaries[b]].from);
}

static int cmp_entrust(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    const qz_org__entrust *x = &o->entrust[a], *y = &o->entrust[b];
    int c = qz__cmp_int(x->by, y->by);
    c = c ? c : qz__cmp_int(x->from, y->from);
    c = c ? c : qz__cmp_int(x->agent, y->agent);
    c = c ? c : qz__cmp_int(x->scope, y->scope);
    c = c ? c : cmp_str(x->subject, y->subject);
    c = c ? c : qz__cmp_int(x->to, y->to);
    return c ? c : strcmp(x->note, y->note);
}

static int cmp_entrust_start(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    return qz__cmp_int(o->entrust[a].from, o->entrust[b].from);
}

/* ------------------------------------------------------------------ */
/* Canonical order of the entities: sort each by id and renumber every
 * reference (the string table included). */

typedef struct renumber {
    int32_t *unit, *area, *post, *person; /* old index -> new index */
} renumber;

static int32_t *sort_entities(qz_org__loader *L, int type, int kind, qz__sort_cmp cmp)
{
    uint32_t n = *L->t[type].n;
    uint32_t *order = qz__sort(n, cmp, L->org);
    int32_t *map = order ? qz__malloc((n ? n : 1) * sizeof(*map)) : NULL;
    if (!map || apply_order(&L->t[type], order) < 0) {
        qz__free(order);
        qz__free(map);
        qz__error_nomem();
        return NULL;
    }
    for (uint32_t i = 0; i < n; i++)
        map[order[i]] = (int32_t)i;
    int same = qz__sort_is_identity(order, n);
    qz__free(order);
    qz_org *org = L->org;
    for (uint32_t s = 0; !same && org->strings.slots && s <= org->strings.slot_mask; s++) {
        qz__strtab_slot *e = &org->strings.slots[s];
        if (e->s && e->ref && QZ_ORG__REF_KIND(e->ref) == kind)
            e->ref = QZ_ORG__REF(kind, map[QZ_ORG__REF_INDEX(e->ref)]);
    }
    return map;
}

static void renumber_rows(qz_org *org, const renumber *r)
{
    for (uint32_t i = 0; i < org->nunits; i++)
        if (org->units[i].parent >= 0)
            org->units[i].parent = r->unit[org->units[i].parent];
    for (uint32_t i = 0; i < org->nposts; i++)
        org->posts[i].unit = r->unit[org->posts[i].unit];
    for (uint32_t i = 0; i < org->ntenures; i++) {
        org->tenures[i].post = r->post[org->tenures[i].post];
        org->tenures[i].person = r->person[org->tenures[i].person];
    }
    for (uint32_t i = 0; i < org->nabsences; i++)
        org->absences[i].person = r->person[org->absences[i].person];
    for (uint32_t i = 0; i < org->ncharges; i++) {
        qz_org__charge *c = &org->charges[i];
        c->post = r->post[c->post];
        c->matter = (c->matter & QZ_ORG__AREA_MARK)
                        ? (int32_t)org->nunits + r->area[c->matter & ~QZ_ORG__AREA_MARK]
                        : r->unit[c->matter];
    }
    for (uint32_t i = 0; i < org->nab; i++) {
        org->ab[i].post = r->post[org->ab[i].post];
        org->ab[i].partner = r->post[org->ab[i].partner];
    }
    for (uint32_t i = 0; i < org->npg; i++)
        org->pg[i].post = r->post[org->pg[i].post];
    for (uint32_t i = 0; i < org->nentrust; i++) {
        org->entrust[i].by = r->post[org->entrust[i].by];
        org->entrust[i].agent = r->post[org->entrust[i].agent];
    }
    for (uint32_t i = 0; i < org->nassists; i++) {
        org->assists[i].post = r->post[org->assists[i].post];
        org->assists[i].leader = r->post[org->assists[i].leader];
    }
}

/* Unit tags follow their units into the new order. */
static int reorder_tags(qz_org *org)
{
    const char **tags = qz__malloc(org->nunit_tags ? (size_t)org->nunit_tags * sizeof(*tags) : 1);
    if (!tags)
        return qz__error_nomem();
    uint32_t k = 0;
    for (uint32_t i = 0; i < org->nunits; i++) {
        qz_org__unit *u = &org->units[i];
        if (u->tag_n) /* unit_tags is NULL when no unit has tags */
            memcpy(tags + k, org->unit_tags + u->tag_first, (size_t)u->tag_n * sizeof(*tags));
        u->tag_first = k;
        k += u->tag_n;
        /* few tags per unit: insertion sort */
        for (uint32_t a = u->tag_first + 1; a < k; a++)
            for (uint32_t b = a; b > u->tag_first && strcmp(tags[b - 1], tags[b]) > 0; b--) {
                const char *t = tags[b];
                tags[b] = tags[b - 1];
                tags[b - 1] = t;
            }
    }
    qz__free(org->unit_tags);
    org->unit_tags = tags;
    return QZ_OK;
}

/* Parents are written by id and may come later in <units>; resolve them and
 * refuse a unit that is its own ancestor. Before renumbering. */
static int resolve_parents(qz_org__loader *L)
{
    qz_org *org = L->org;
    for (uint32_t i = 0; i < org->nunits; i++) {
        const char *pid = L->parent_ids[i];
        if (!pid)
            continue;
        int32_t p = qz_org__find(org, pid, QZ_ORG_UNIT);
        if (p < 0)
            return fail_row(L, L->t[QZ_ORG__T_UNIT].where[i], QZ_ESCHEMA, "unknown parent unit '%s'", pid);
        org->units[i].parent = p;
    }
    for (uint32_t i = 0; i < org->nunits; i++) {
        int32_t p = org->units[i].parent;
        for (uint32_t steps = 0; p >= 0; steps++, p = org->units[p].parent)
            if (p == (int32_t)i || steps > org->nunits)
                return fail_row(L, L->t[QZ_ORG__T_UNIT].where[i], QZ_ESCHEMA, "unit '%s' is its own ancestor",
                                org->units[i].id);
    }
    return QZ_OK;
}

static int canonical_entities(qz_org__loader *L)
{
    renumber r = {NULL, NULL, NULL, NULL};
    int rc = QZ_ENOMEM;
    if ((r.unit = sort_entities(L, QZ_ORG__T_UNIT, QZ_ORG_UNIT, cmp_unit)) &&
        (r.area = sort_entities(L, QZ_ORG__T_AREA, QZ_ORG_AREA, cmp_area)) &&
        (r.post = sort_entities(L, QZ_ORG__T_POST, QZ_ORG_POST, cmp_post)) &&
        (r.person = sort_entities(L, QZ_ORG__T_PERSON, QZ_ORG_PERSON, cmp_person))) {
        renumber_rows(L->org, &r);
        rc = reorder_tags(L->org);
    }
    qz__free(r.unit);
    qz__free(r.area);
    qz__free(r.post);
    qz__free(r.person);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Checks over sorted rows */

/* Overlap of two inclusive ranges: the first day both are in force. */
static int overlap(qz_date f1, qz_date t1, qz_date f2, qz_date t2, qz_date *day)
{
    *day = f1 > f2 ? f1 : f2;
    return *day <= (t1 < t2 ? t1 : t2);
}

static int check_tenures(qz_org__loader *L)
{
    qz_org *org = L->org;
    char d[QZ_DATE_BUFSIZE];
    int rc = sort_table(L, QZ_ORG__T_TENURE, cmp_tenure);
    for (uint32_t i = 0; rc == 0 && i < org->ntenures; i++) {
        qz_org__tenure *t = &org->tenures[i];
        qz_org__post *p = &org->posts[t->post];
        if (p->ten_n == 0)
            p->ten_first = i;
        p->ten_n++;
        if (!p->single || p->ten_n == 1)
            continue;
        /* sorted by start, the first clash shows between neighbours */
        const qz_org__tenure *prev = &org->tenures[i - 1];
        qz_date day;
        if (overlap(prev->from, prev->to, t->from, t->to, &day))
            return clash(L, L->t[QZ_ORG__T_TENURE].where[i - 1], L->t[QZ_ORG__T_TENURE].where[i],
                         "post '%s' would have two holders on %s ('%s' and another)", p->id,
                         qz_org__fmt_date(d, day), org->people[t->person].id);
    }
    if (rc < 0)
        return rc;
    /* the same person holding the same post twice on one day */
    uint32_t *order = qz__sort(org->ntenures, cmp_person_tenure, org);
    if (!order)
        return QZ_ENOMEM;
    org->person_tenures = (int32_t *)order;
    for (uint32_t i = 0; i < org->ntenures; i++) {
        const qz_org__tenure *t = &org->tenures[order[i]];
        qz_org__person *who = &org->people[t->person];
        if (who->ten_n == 0)
            who->ten_first = i;
        who->ten_n++;
        if (i == 0)
            continue;
        const qz_org__tenure *u = &org->tenures[order[i - 1]];
        qz_date day;
        if (u->person == t->person && u->post == t->post && overlap(u->from, u->to, t->from, t->to, &day))
            return clash(L, L->t[QZ_ORG__T_TENURE].where[order[i - 1]],
                         L->t[QZ_ORG__T_TENURE].where[order[i]], "'%s' would hold post '%s' twice on %s",
                         who->id, org->posts[t->post].id, qz_org__fmt_date(d, day));
    }
    return QZ_OK;
}

static int check_absences(qz_org__loader *L)
{
    qz_org *org = L->org;
    char d1[QZ_DATE_BUFSIZE], d2[QZ_DATE_BUFSIZE];
    int rc = sort_table(L, QZ_ORG__T_ABSENCE, cmp_absence);
    for (uint32_t i = 0; rc == 0 && i < org->nabsences; i++) {
        qz_org__absence *a = &org->absences[i];
        qz_org__person *p = &org->people[a->person];
        if (p->abs_n++ == 0) {
            p->abs_first = i;
            continue;
        }
        const qz_org__absence *prev = &org->absences[i - 1];
        qz_date day;
        if (overlap(prev->from, prev->to, a->from, a->to, &day))
            return clash(L, L->t[QZ_ORG__T_ABSENCE].where[i - 1], L->t[QZ_ORG__T_ABSENCE].where[i],
                         "two absences of '%s' overlap from %s to %s", p->id, qz_org__fmt_date(d1, day),
                         qz_org__fmt_date(d2, prev->to < a->to ? prev->to : a->to));
    }
    return rc;
}

static int check_charges(qz_org__loader *L)
{
    qz_org *org = L->org;
    char d[QZ_DATE_BUFSIZE];
    uint32_t nmatters = org->nunits + org->nareas;
    int rc = sort_table(L, QZ_ORG__T_CHARGE, cmp_charge);
    if (rc < 0)
        return rc;
    org->matter_first = qz__calloc((size_t)nmatters + 1, sizeof(*org->matter_first));
    if (!org->matter_first)
        return qz__error_nomem();
    for (uint32_t i = 0; i < org->ncharges; i++) {
        const qz_org__charge *c = &org->charges[i];
        org->matter_first[c->matter + 1]++;
        qz_date day;
        if (i > 0 && org->charges[i - 1].matter == c->matter &&
            overlap(org->charges[i - 1].from, org->charges[i - 1].to, c->from, c->to, &day))
            return clash(L, L->t[QZ_ORG__T_CHARGE].where[i - 1], L->t[QZ_ORG__T_CHARGE].where[i],
                         "'%s' would have two leaders in charge on %s ('%s' and another)",
                         qz_org__matter_id(org, c->matter), qz_org__fmt_date(d, day), org->posts[c->post].id);
    }
    for (uint32_t m = 0; m < nmatters; m++)
        org->matter_first[m + 1] += org->matter_first[m];
    uint32_t *order = qz__sort(org->ncharges, cmp_post_charge, org);
    if (!order)
        return QZ_ENOMEM;
    org->post_charges = (int32_t *)order;
    for (uint32_t i = 0; i < org->ncharges; i++) {
        qz_org__post *p = &org->posts[org->charges[order[i]].post];
        if (p->port_n++ == 0)
            p->port_first = i;
    }
    return QZ_OK;
}

/* Each pair becomes two rows, one per side, so that either side finds its partner. */
static int check_ab(qz_org__loader *L)
{
    qz_org *org = L->org;
    qz_org__table *t = &L->t[QZ_ORG__T_AB];
    uint32_t npairs = org->nab;
    char d[QZ_DATE_BUFSIZE];
    if (qz__grow(t->rows, &t->cap, (size_t)npairs * 2, t->size) < 0 ||
        qz__grow((void **)&t->where, &t->cap_where, (size_t)npairs * 2, sizeof(qz_org__pos)) < 0)
        return qz__error_nomem();
    for (uint32_t i = 0; i < npairs; i++) {
        qz_org__ab *mirror = &org->ab[npairs + i];
        *mirror = org->ab[i];
        mirror->post = org->ab[i].partner;
        mirror->partner = org->ab[i].post;
        t->where[npairs + i] = t->where[i];
    }
    org->nab = npairs * 2;
    int rc = sort_table(L, QZ_ORG__T_AB, cmp_ab);
    for (uint32_t i = 0; rc == 0 && i < org->nab; i++) {
        qz_org__ab *r = &org->ab[i];
        qz_org__post *p = &org->posts[r->post];
        if (p->ab_n++ == 0) {
            p->ab_first = i;
            continue;
        }
        qz_date day;
        if (overlap(org->ab[i - 1].from, org->ab[i - 1].to, r->from, r->to, &day))
            return clash(L, t->where[i - 1], t->where[i], "post '%s' would be in two AB pairs on %s", p->id,
                         qz_org__fmt_date(d, day));
    }
    return rc;
}

static int cmp_assist(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    const qz_org__assist *x = &o->assists[a], *y = &o->assists[b];
    int c = qz__cmp_int(x->leader, y->leader);
    c = c ? c : qz__cmp_int(x->from, y->from);
    c = c ? c : qz__cmp_int(x->post, y->post);
    return c ? c : qz__cmp_int(x->to, y->to);
}

/* Assists rows by leader, each leader's range recorded; the same post
 * written twice for one leader over overlapping days is refused. */
static int check_assists(qz_org__loader *L)
{
    qz_org *org = L->org;
    qz_org__table *t = &L->t[QZ_ORG__T_ASSIST];
    char d[QZ_DATE_BUFSIZE];
    int rc = sort_table(L, QZ_ORG__T_ASSIST, cmp_assist);
    for (uint32_t i = 0; rc == 0 && i < org->nassists; i++) {
        const qz_org__assist *r = &org->assists[i];
        qz_org__post *p = &org->posts[r->leader];
        if (p->as_n++ == 0) {
            p->as_first = i;
            continue;
        }
        for (uint32_t k = p->as_first; k < i; k++) {
            qz_date day;
            if (org->assists[k].post == r->post &&
                overlap(org->assists[k].from, org->assists[k].to, r->from, r->to, &day))
                return clash(L, t->where[k], t->where[i], "post '%s' would assist '%s' twice on %s",
                             org->posts[r->post].id, p->id, qz_org__fmt_date(d, day));
        }
    }
    return rc;
}

static int check_party_group(qz_org__loader *L)
{
    qz_org *org = L->org;
    char d[QZ_DATE_BUFSIZE];
    int rc = sort_table(L, QZ_ORG__T_PG, cmp_pg);
    if (rc < 0)
        return rc;
    org->pg_secretaries = qz__calloc(org->npg ? org->npg : 1, sizeof(*org->pg_secretaries));
    if (!org->pg_secretaries)
        return qz__error_nomem();
    for (uint32_t i = 0; i < org->npg; i++) {
        qz_org__pg *m = &org->pg[i];
        qz_org__post *p = &org->posts[m->post];
        if (m->secretary)
            org->pg_secretaries[org->npg_secretaries++] = (int32_t)i;
        if (p->pg_n++ == 0) {
            p->pg_first = i;
            continue;
        }
        qz_date day;
        if (overlap(org->pg[i - 1].from, org->pg[i - 1].to, m->from, m->to, &day))
            return clash(L, L->t[QZ_ORG__T_PG].where[i - 1], L->t[QZ_ORG__T_PG].where[i],
                         "post '%s' is listed twice in the party group on %s", p->id,
                         qz_org__fmt_date(d, day));
    }
    uint32_t *order = qz__sort(org->npg_secretaries, cmp_secretary, org);
    if (!order)
        return QZ_ENOMEM;
    for (uint32_t i = 0; i < org->npg_secretaries; i++)
        order[i] = (uint32_t)org->pg_secretaries[order[i]];
    memcpy(org->pg_secretaries, order, (size_t)org->npg_secretaries * sizeof(*order));
    qz__free(order);
    for (uint32_t i = 1; i < org->npg_secretaries; i++) {
        const qz_org__pg *a = &org->pg[org->pg_secretaries[i - 1]], *b = &org->pg[org->pg_secretaries[i]];
        qz_date day;
        if (overlap(a->from, a->to, b->from, b->to, &day))
            return clash(L, L->t[QZ_ORG__T_PG].where[org->pg_secretaries[i - 1]],
                         L->t[QZ_ORG__T_PG].where[org->pg_secretaries[i]],
                         "the party group would have two secretaries on %s ('%s' and '%s')",
                         qz_org__fmt_date(d, day), org->posts[a->post].id, org->posts[b->post].id);
    }
    return QZ_OK;
}

/* Entrustment cycles. A cycle in force on some day is in force on the
 * latest start among its rows; so for each row, on its first day, look for a
 * way back from its agent to its maker through rows of the same scope in
 * force that day. */
typedef struct walk {
    uint32_t *stamp; /* per post: the search that last visited it */
    int32_t *via;    /* per post: the entrust row that reached it */
    int32_t *stack;
} walk;

static int reaches(const qz_org *org, walk *w, uint32_t stamp, const qz_org__entrust *e)
{
    size_t top = 0;
    w->stack[top++] = e->agent;
    w->stamp[e->agent] = stamp;
    w->via[e->agent] = -1;
    while (top > 0) {
        const qz_org__post *p = &org->posts[w->stack[--top]];
        for (uint32_t r = p->ent_first; r < p->ent_first + p->ent_n; r++) {
            const qz_org__entrust *f = &org->entrust[r];
            if (f->scope != e->scope || !qz_org__in_force(f->from, f->to, e->from) ||
                w->stamp[f->agent] == stamp)
                continue;
            w->stamp[f->agent] = stamp;
            w->via[f->agent] = (int32_t)r;
            if (f->agent == e->by)
                return 1;
            w->stack[top++] = f->agent;
        }
    }
    return 0;
}

static int report_cycle(qz_org__loader *L, const walk *w, uint32_t row)
{
    const qz_org *org = L->org;
    const qz_org__entrust *e = &org->entrust[row];
    qz_buf path = QZ_BUF_INIT;
    /* walk back from the maker to the agent, then print forwards */
    int32_t steps[8];
    int n = 0, more = 0;
    for (int32_t r = w->via[e->by]; r >= 0; r = w->via[org->entrust[r].by]) {
        if (n < 8)
            steps[n++] = r;
        else
            more = 1;
    }
    qz__buf_printf(&path, "%s -> %s", org->posts[e->by].id, org->posts[e->agent].id);
    if (more)
        qz__buf_puts(&path, " -> ...");
    for (int i = n - 1; i >= 0; i--)
        qz__buf_printf(&path, " -> %s", org->posts[org->entrust[steps[i]].agent].id);
    char d[QZ_DATE_BUFSIZE];
    int rc;
    if (path.failed)
        rc = qz__error_nomem();
    else
        rc = clash(L, L->t[QZ_ORG__T_ENTRUST].where[row], L->t[QZ_ORG__T_ENTRUST].where[steps[0]],
                   "entrustment cycle on %s: %s (scope %s)", qz_org__fmt_date(d, e->from), path.data,
                   qz_org_scope_name(e->scope));
    qz__buf_free(&path);
    return rc;
}

static int check_entrustments(qz_org__loader *L)
{
    qz_org *org = L->org;
    int rc = sort_table(L, QZ_ORG__T_ENTRUST, cmp_entrust);
    if (rc < 0)
        return rc;
    for (uint32_t i = 0; i < org->nentrust; i++) {
        qz_org__post *p = &org->posts[org->entrust[i].by];
        if (p->ent_n++ == 0)
            p->ent_first = i;
    }
    walk w;
    w.stamp = qz__calloc(org->nposts ? org->nposts : 1, sizeof(*w.stamp));
    w.via = qz__calloc(org->nposts ? org->nposts : 1, sizeof(*w.via));
    w.stack = qz__calloc(org->nposts ? org->nposts : 1, sizeof(*w.stack));
    uint32_t *order = qz__sort(org->nentrust, cmp_entrust_start, org);
    if (!w.stamp || !w.via || !w.stack || !order)
        rc = qz__error_nomem();
    for (uint32_t i = 0; rc == 0 && i < org->nentrust; i++)
        if (reaches(org, &w, i + 1, &org->entrust[order[i]]))
            rc = report_cycle(L, &w, order[i]);
    qz__free(order);
    qz__free(w.stamp);
    qz__free(w.via);
    qz__free(w.stack);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Lookup indices */

static int cmp_unit_post(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    int c = qz__cmp_int(o->posts[a].unit, o->posts[b].unit);
    return c ? c : qz__cmp_int(a, b);
}

/* Posts of one role in the published order (rank; unranked posts after the
 * ranked ones), then by id: the order in which 顺次递补 tries them. */
static int cmp_role_post(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    int c = strcmp(o->posts[a].role, o->posts[b].role);
    if (c)
        return c;
    unsigned ra = (unsigned)o->posts[a].rank - 1u, rb = (unsigned)o->posts[b].rank - 1u; /* 0 -> last */
    c = ra < rb ? -1 : ra > rb ? 1 : 0;
    return c ? c : qz__cmp_int(a, b);
}

/* unit_tags rows are laid out unit by unit, so sorting them by tag (stable)
 * leaves the units of each tag in id order. */
static int cmp_tag_row(const void *ctx, uint32_t a, uint32_t b)
{
    const qz_org *o = ctx;
    int c = strcmp(o->unit_tags[a], o->unit_tags[b]);
    return c ? c : qz__cmp_int(a, b);
}

static int index_tags(qz_org *org)
{
    uint32_t n = org->nunit_tags;
    uint32_t *order = qz__sort(n, cmp_tag_row, org);
    org->tag_keys = qz__calloc(n ? n : 1, sizeof(*org->tag_keys));
    org->tag_units = qz__calloc(n ? n : 1, sizeof(*org->tag_units));
    if (!order || !org->tag_keys || !org->tag_units) {
        qz__free(order);
        return qz__error_nomem();
    }
    for (uint32_t u = 0; u < org->nunits; u++)
        for (uint32_t k = 0; k < org->units[u].tag_n; k++)
            org->tag_units[org->units[u].tag_first + k] = (int32_t)u;
    /* tag_units holds each row's owner; permute it with the keys */
    int32_t *owner = (int32_t *)order; /* in place: row i of order is read before it is overwritten */
    for (uint32_t i = 0; i < n; i++) {
        org->tag_keys[i] = org->unit_tags[order[i]];
        owner[i] = org->tag_units[order[i]];
    }
    memcpy(org->tag_units, owner, (size_t)n * sizeof(*owner));
    qz__free(order);
    return QZ_OK;
}

/* The distinct roles of role_posts and where each one's rows start. */
static int index_roles(qz_org *org)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < org->nposts; i++)
        n += i == 0 ||
             strcmp(org->posts[org->role_posts[i]].role, org->posts[org->role_posts[i - 1]].role) != 0;
    org->role_keys = qz__malloc((n ? n : 1) * sizeof(*org->role_keys));
    org->role_first = qz__malloc(((size_t)n + 1) * sizeof(*org->role_first));
    if (!org->role_keys || !org->role_first)
        return qz__error_nomem();
    uint32_t k = 0;
    for (uint32_t i = 0; i < org->nposts; i++) {
        const char *role = org->posts[org->role_posts[i]].role;
        if (k == 0 || strcmp(role, org->role_keys[k - 1]) != 0) {
            org->role_keys[k] = role;
            org->role_first[k++] = i;
        }
    }
    org->role_first[k] = org->nposts;
    org->nrole_keys = k;
    return QZ_OK;
}

static int index_posts(qz_org *org)
{
    uint32_t *by_unit = qz__sort(org->nposts, cmp_unit_post, org);
    if (!by_unit)
        return QZ_ENOMEM;
    org->unit_posts = (int32_t *)by_unit;
    for (uint32_t i = 0; i < org->nposts; i++) {
        qz_org__unit *u = &org->units[org->posts[by_unit[i]].unit];
        if (u->post_n++ == 0)
            u->post_first = i;
    }
    uint32_t *by_role = qz__sort(org->nposts, cmp_role_post, org);
    if (!by_role)
        return QZ_ENOMEM;
    org->role_posts = (int32_t *)by_role;
    return index_roles(org);
}

int qz_org__build(qz_org__loader *L)
{
    int rc;
    if ((rc = resolve_parents(L)) < 0 || (rc = canonical_entities(L)) < 0 || (rc = check_tenures(L)) < 0 ||
        (rc = check_absences(L)) < 0 || (rc = check_charges(L)) < 0 || (rc = check_ab(L)) < 0 ||
        (rc = check_assists(L)) < 0 || (rc = check_party_group(L)) < 0 || (rc = check_entrustments(L)) < 0 ||
        (rc = index_posts(L->org)) < 0)
        return rc;
    return index_tags(L->org);
}