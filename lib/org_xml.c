/* Reading an organisation from XML, checking it, and writing it back.
 *
 * Loading has two phases. While the document streams in, each element
 * becomes a row (references resolved to load-order indices, ids checked for
 * duplicates, dates parsed), remembering where it was. At the end, build()
 * sorts everything into canonical order, runs the checks that need the whole
 * document (overlaps, pairs, cycles) and makes the lookup indices. Any error
 * frees everything: nothing is half-loaded. */
#include "org.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "embedded.h"
#include "error.h"
#include "file.h"
#include "quanze/date.h"
#include "xml.h"

static qz_xml_schema org_schema = QZ_XML_SCHEMA_INIT(qz__embedded_org_xsd, qz__embedded_org_xsd_size, "org.xsd");

typedef struct pos {
    int line, column;
} pos;

/* A growable array of rows with the place each row came from. */
typedef struct table {
    void **rows;        /* points at the qz_org array it fills */
    uint32_t *n;        /* and at its count */
    size_t size;        /* bytes per row */
    size_t cap;
    pos *where;
    size_t cap_where;
} table;

enum { T_UNIT, T_AREA, T_POST, T_PERSON, T_TENURE, T_ABSENCE, T_CHARGE, T_AB, T_PG, T_ENTRUST, T_COUNT };

typedef struct loader {
    qz_xml *x;
    qz_org *org;
    table t[T_COUNT];
    const char **parent_ids;       /* per unit, as written */
    size_t cap_parent_ids;
    size_t cap_tags;
    /* the <portfolio> being read */
    int32_t port_post;
    qz_date port_from, port_to;
    pos port_where;
} loader;

/* ------------------------------------------------------------------ */
/* Errors at a place */

static const qz_xml_node *node_at(qz_xml_node *n, pos p)
{
    memset(n, 0, sizeof *n);
    n->line = p.line;
    n->column = p.column;
    return n;
}

/* An error found after reading, at the place of a row. */
static int fail_at(loader *L, pos p, int code, const char *fmt, const char *a, const char *b, const char *c)
{
    qz_xml_node n;
    char msg[600];
    snprintf(msg, sizeof msg, fmt, a ? a : "", b ? b : "", c ? c : "");
    return qz__xml_fail(L->x, node_at(&n, p), code, "%s", msg);
}

static pos where(const qz_xml_node *n)
{
    pos p = {n->line, n->column};
    return p;
}

static int before(pos a, pos b)
{
    return a.line < b.line || (a.line == b.line && a.column < b.column);
}

/* Two rows clash: the error is at the one that comes later in the document
 * and names the earlier one. */
static int clash(loader *L, pos a, pos b, const char *fmt, const char *x, const char *y, const char *z)
{
    pos later = before(a, b) ? b : a, earlier = before(a, b) ? a : b;
    qz_xml_node n;
    char msg[600];
    snprintf(msg, sizeof msg, fmt, x ? x : "", y ? y : "", z ? z : "");
    return qz__xml_fail(L->x, node_at(&n, later), QZ_ESCHEMA, "%s (clashes with line %d, column %d)", msg,
                        earlier.line, earlier.column);
}

/* A date for a message; an open start (the overlap of two ranges that both
 * have none) reads "any day". */
static const char *fmt_date(char buf[QZ_DATE_BUFSIZE], qz_date d)
{
    if (d == QZ_ORG_DATE_MIN)
        return "any day";
    qz_date_format(buf, QZ_DATE_BUFSIZE, d);
    return buf;
}

/* ------------------------------------------------------------------ */
/* Rows */

static int table_push(table *t, pos p, void **row)
{
    if (*t->n >= QZ_ORG__MAX_ENTITIES)
        return qz__error(QZ_ELIMIT, "too many rows of one kind in an organisation");
    if (qz__grow(t->rows, &t->cap, (size_t)*t->n + 1, t->size) < 0 ||
        qz__grow((void **)&t->where, &t->cap_where, (size_t)*t->n + 1, sizeof(pos)) < 0)
        return qz__error_nomem();
    t->where[*t->n] = p;
    *row = (char *)*t->rows + (size_t)*t->n * t->size;
    memset(*row, 0, t->size);
    (*t->n)++;
    return QZ_OK;
}

static void table_init(table *t, void *rows, uint32_t *n, size_t size)
{
    memset(t, 0, sizeof *t);
    t->rows = rows;
    t->n = n;
    t->size = size;
}

static void loader_init(loader *L, qz_org *org)
{
    memset(L, 0, sizeof *L);
    L->org = org;
    table_init(&L->t[T_UNIT], &org->units, &org->nunits, sizeof(qz_org__unit));
    table_init(&L->t[T_AREA], &org->areas, &org->nareas, sizeof(qz_org__area));
    table_init(&L->t[T_POST], &org->posts, &org->nposts, sizeof(qz_org__post));
    table_init(&L->t[T_PERSON], &org->people, &org->npeople, sizeof(qz_org__person));
    table_init(&L->t[T_TENURE], &org->tenures, &org->ntenures, sizeof(qz_org__tenure));
    table_init(&L->t[T_ABSENCE], &org->absences, &org->nabsences, sizeof(qz_org__absence));
    table_init(&L->t[T_CHARGE], &org->charges, &org->ncharges, sizeof(qz_org__charge));
    table_init(&L->t[T_AB], &org->ab, &org->nab, sizeof(qz_org__ab));
    table_init(&L->t[T_PG], &org->pg, &org->npg, sizeof(qz_org__pg));
    table_init(&L->t[T_ENTRUST], &org->entrust, &org->nentrust, sizeof(qz_org__entrust));
}

static void loader_free(loader *L)
{
    for (int i = 0; i < T_COUNT; i++)
        qz__free(L->t[i].where);
    qz__free(L->parent_ids);
}

/* ------------------------------------------------------------------ */
/* Attributes */

static const char *const kind_names[] = {"thing", "unit", "area", "post", "person"};
_Static_assert(sizeof(kind_names) / sizeof(kind_names[0]) == QZ_ORG_PERSON + 1 &&
                   QZ_ORG_PERSON <= 0xf,
               "a name for every qz_org_kind, which fits the 4 bits QZ_ORG__REF gives it");

static int valid_id(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return 0;
    return 1;
}

static int intern(loader *L, const char *s, const char **out, uint32_t **ref)
{
    *out = qz_org__intern(L->org, s, strlen(s), ref);
    return *out ? QZ_OK : QZ_ENOMEM;
}

static int attr_raw(loader *L, const qz_xml_node *n, const char *name, int required, const char **out)
{
    *out = qz__xml_attr(n, name);
    if (*out == NULL && required)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "<%s> lacks the attribute '%s'", n->name, name);
    return QZ_OK;
}

/* Free text (names, reasons): absent gives `dflt`. */
static int attr_text(loader *L, const qz_xml_node *n, const char *name, int required, const char *dflt,
                     const char **out)
{
    const char *v;
    int rc = attr_raw(L, n, name, required, &v);
    if (rc < 0)
        return rc;
    if (v == NULL) {
        *out = dflt;
        return QZ_OK;
    }
    if (required && *v == '\0')
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "<%s> has an empty '%s'", n->name, name);
    *out = qz_org__store(L->org, v, strlen(v));
    return *out ? QZ_OK : QZ_ENOMEM;
}

static int check_id(loader *L, const qz_xml_node *n, const char *v)
{
    if (!valid_id(v) || strlen(v) > 128)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "'%s' is not a valid id ([a-z0-9][a-z0-9-]*, at most 128)", v);
    return QZ_OK;
}

static int attr_id(loader *L, const qz_xml_node *n, const char *name, int required, const char **out,
                   uint32_t **ref)
{
    const char *v;
    int rc = attr_raw(L, n, name, required, &v);
    *out = NULL;
    if (rc < 0 || v == NULL)
        return rc;
    if ((rc = check_id(L, n, v)) < 0)
        return rc;
    return intern(L, v, out, ref);
}

/* A reference to an entity already defined: its load-order index. */
static int attr_ref(loader *L, const qz_xml_node *n, const char *name, int kind, int32_t *out)
{
    const char *id;
    uint32_t *ref;
    int rc = attr_id(L, n, name, 1, &id, &ref);
    if (rc < 0)
        return rc;
    if (QZ_ORG__REF_KIND(*ref) == kind) {
        *out = QZ_ORG__REF_INDEX(*ref);
        return QZ_OK;
    }
    if (*ref == 0)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "unknown %s '%s'", kind_names[kind], id);
    return qz__xml_fail(L->x, n, QZ_ESCHEMA, "'%s' is a %s, not a %s", id, kind_names[QZ_ORG__REF_KIND(*ref)],
                        kind_names[kind]);
}

/* A matter: a unit or an area, as a load-order index with areas marked by
 * the high bit until build() knows the number of units. */
#define AREA_MARK 0x40000000

static int attr_matter(loader *L, const qz_xml_node *n, int32_t *out)
{
    const char *id;
    uint32_t *ref;
    int rc = attr_id(L, n, "ref", 1, &id, &ref);
    if (rc < 0)
        return rc;
    int kind = QZ_ORG__REF_KIND(*ref);
    if (kind != QZ_ORG_UNIT && kind != QZ_ORG_AREA)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "unknown unit or area '%s'", id);
    *out = QZ_ORG__REF_INDEX(*ref) | (kind == QZ_ORG_AREA ? AREA_MARK : 0);
    return QZ_OK;
}

static int attr_date(loader *L, const qz_xml_node *n, const char *name, int required, qz_date dflt, qz_date *out)
{
    const char *v;
    int rc = attr_raw(L, n, name, required, &v);
    *out = dflt;
    if (rc < 0 || v == NULL)
        return rc;
    if (qz_date_parse(out, v) < 0)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "'%s' in '%s' is not a date that exists (YYYY-MM-DD)", v, name);
    return QZ_OK;
}

static int attr_bool(loader *L, const qz_xml_node *n, const char *name, int required, int *out)
{
    const char *v;
    int rc = attr_raw(L, n, name, required, &v);
    *out = 0;
    if (rc < 0 || v == NULL)
        return rc;
    if (strcmp(v, "true") == 0)
        *out = 1;
    else if (strcmp(v, "false") != 0)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "'%s' must be 'true' or 'false', not '%s'", name, v);
    return QZ_OK;
}

/* from/to of a row; `to` before `from` is refused. */
static int attr_range(loader *L, const qz_xml_node *n, int from_required, int to_required, qz_date *from,
                      qz_date *to)
{
    int rc;
    if ((rc = attr_date(L, n, "from", from_required, QZ_ORG_DATE_MIN, from)) < 0 ||
        (rc = attr_date(L, n, "to", to_required, QZ_ORG_DATE_MAX, to)) < 0)
        return rc;
    if (*to < *from) {
        char a[QZ_DATE_BUFSIZE], b[QZ_DATE_BUFSIZE];
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "<%s> ends on %s before it starts on %s", n->name,
                            fmt_date(a, *to), fmt_date(b, *from));
    }
    return QZ_OK;
}

/* Defines an entity: its id must be new anywhere in the document. */
static int define(loader *L, const qz_xml_node *n, int kind, int type, const char **id)
{
    uint32_t *ref;
    int rc = attr_id(L, n, "id", 1, id, &ref);
    if (rc < 0)
        return rc;
    if (*ref != 0) {
        static const int types[] = {0, T_UNIT, T_AREA, T_POST, T_PERSON};
        _Static_assert(sizeof(types) / sizeof(types[0]) == QZ_ORG_PERSON + 1,
                       "a table for every qz_org_kind");
        pos first = L->t[types[QZ_ORG__REF_KIND(*ref)]].where[QZ_ORG__REF_INDEX(*ref)];
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "duplicate id '%s' (first defined at line %d, column %d)", *id,
                            first.line, first.column);
    }
    *ref = QZ_ORG__REF(kind, *L->t[type].n);
    return QZ_OK;
}

/* ------------------------------------------------------------------ */
/* Elements */

static int on_organisation(loader *L, const qz_xml_node *n)
{
    const char *version;
    int rc = attr_raw(L, n, "version", 1, &version);
    if (rc < 0)
        return rc;
    if (strcmp(version, "1") != 0)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "unsupported format version '%s' (this library reads 1)", version);
    if ((rc = attr_id(L, n, "id", 1, &L->org->id, NULL)) < 0)
        return rc;
    return attr_text(L, n, "name", 1, NULL, &L->org->name);
}

/* Tags per unit: a few in practice; the bound keeps the duplicate check and
 * the sort of each unit's tags cheap on hostile input. */
#define MAX_TAGS 64

static int add_tags(loader *L, const qz_xml_node *n, qz_org__unit *u, const char *list)
{
    qz_org *org = L->org;
    u->tag_first = org->nunit_tags;
    char tag[129];
    for (const char *s = list; *s;) {
        size_t len = strcspn(s, " \t\r\n");
        if (len > 128)
            return qz__xml_fail(L->x, n, QZ_ESCHEMA, "a tag is longer than 128 characters");
        if (len > 0) {
            memcpy(tag, s, len);
            tag[len] = '\0';
            int rc = check_id(L, n, tag);
            if (rc < 0)
                return rc;
            if (u->tag_n == MAX_TAGS)
                return qz__xml_fail(L->x, n, QZ_ELIMIT, "a unit has more than %d tags", MAX_TAGS);
            for (uint32_t i = u->tag_first; i < org->nunit_tags; i++)
                if (strcmp(org->unit_tags[i], tag) == 0)
                    return qz__xml_fail(L->x, n, QZ_ESCHEMA, "tag '%s' is given twice", tag);
            if (qz__grow((void **)&org->unit_tags, &L->cap_tags, (size_t)org->nunit_tags + 1,
                         sizeof *org->unit_tags) < 0)
                return qz__error_nomem();
            if ((rc = intern(L, tag, &org->unit_tags[org->nunit_tags], NULL)) < 0)
                return rc;
            org->nunit_tags++;
            u->tag_n++;
        }
        s += len;
        s += strspn(s, " \t\r\n");
    }
    return QZ_OK;
}

static int on_unit(loader *L, const qz_xml_node *n)
{
    const char *id, *parent, *tags;
    int rc = define(L, n, QZ_ORG_UNIT, T_UNIT, &id);
    qz_org__unit *u = NULL;
    if (rc < 0 || (rc = table_push(&L->t[T_UNIT], where(n), (void **)&u)) < 0)
        return rc;
    u->id = id;
    u->parent = QZ_ORG__NONE;
    if ((rc = attr_id(L, n, "kind", 1, &u->kind, NULL)) < 0 || (rc = attr_text(L, n, "name", 1, NULL, &u->name)) < 0 ||
        (rc = attr_id(L, n, "parent", 0, &parent, NULL)) < 0)
        return rc;
    if (qz__grow((void **)&L->parent_ids, &L->cap_parent_ids, L->org->nunits, sizeof *L->parent_ids) < 0)
        return qz__error_nomem();
    L->parent_ids[L->org->nunits - 1] = parent;
    tags = qz__xml_attr(n, "tags");
    return tags ? add_tags(L, n, u, tags) : QZ_OK;
}

static int on_area(loader *L, const qz_xml_node *n)
{
    const char *id;
    qz_org__area *a = NULL;
    int rc = define(L, n, QZ_ORG_AREA, T_AREA, &id);
    if (rc < 0 || (rc = table_push(&L->t[T_AREA], where(n), (void **)&a)) < 0)
        return rc;
    a->id = id;
    return attr_text(L, n, "name", 1, NULL, &a->name);
}

static int reserved_role(const char *role)
{
    return strcmp(role, "party-group-secretary") == 0 || strcmp(role, "party-group-member") == 0;
}

static int on_post(loader *L, const qz_xml_node *n)
{
    const char *id, *holders;
    qz_org__post *p = NULL;
    int rc = define(L, n, QZ_ORG_POST, T_POST, &id);
    if (rc < 0 || (rc = table_push(&L->t[T_POST], where(n), (void **)&p)) < 0)
        return rc;
    p->id = id;
    if ((rc = attr_ref(L, n, "unit", QZ_ORG_UNIT, &p->unit)) < 0 || (rc = attr_id(L, n, "role", 1, &p->role, NULL)) < 0 ||
        (rc = attr_text(L, n, "name", 1, NULL, &p->name)) < 0 || (rc = attr_raw(L, n, "holders", 0, &holders)) < 0)
        return rc;
    if (reserved_role(p->role))
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "role '%s' comes from <party-group>, not from a post", p->role);
    if (holders && strcmp(holders, "one") != 0 && strcmp(holders, "many") != 0)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "'holders' must be 'one' or 'many', not '%s'", holders);
    p->single = holders == NULL || strcmp(holders, "one") == 0;
    return QZ_OK;
}

static int on_person(loader *L, const qz_xml_node *n)
{
    const char *id;
    qz_org__person *p = NULL;
    int rc = define(L, n, QZ_ORG_PERSON, T_PERSON, &id);
    if (rc < 0 || (rc = table_push(&L->t[T_PERSON], where(n), (void **)&p)) < 0)
        return rc;
    p->id = id;
    if ((rc = attr_text(L, n, "name", 1, NULL, &p->name)) < 0)
        return rc;
    return attr_bool(L, n, "cpc", 1, &p->cpc);
}

static int on_tenure(loader *L, const qz_xml_node *n)
{
    qz_org__tenure *t = NULL;
    int rc = table_push(&L->t[T_TENURE], where(n), (void **)&t);
    if (rc < 0 || (rc = attr_ref(L, n, "post", QZ_ORG_POST, &t->post)) < 0 ||
        (rc = attr_ref(L, n, "person", QZ_ORG_PERSON, &t->person)) < 0)
        return rc;
    return attr_range(L, n, 1, 0, &t->from, &t->to);
}

static int on_portfolio(loader *L, const qz_xml_node *n)
{
    int rc = attr_ref(L, n, "post", QZ_ORG_POST, &L->port_post);
    if (rc < 0)
        return rc;
    L->port_where = where(n);
    return attr_range(L, n, 0, 0, &L->port_from, &L->port_to);
}

static int on_matter(loader *L, const qz_xml_node *n)
{
    qz_org__charge *c = NULL;
    int rc = table_push(&L->t[T_CHARGE], where(n), (void **)&c);
    if (rc < 0)
        return rc;
    c->post = L->port_post;
    c->from = L->port_from;
    c->to = L->port_to;
    return attr_matter(L, n, &c->matter);
}

static int is_deputy(const qz_org__post *p)
{
    return strcmp(p->role, "deputy") == 0 || strcmp(p->role, "executive-deputy") == 0;
}

static int on_ab_pair(loader *L, const qz_xml_node *n)
{
    qz_org__ab *ab = NULL;
    int rc = table_push(&L->t[T_AB], where(n), (void **)&ab);
    if (rc < 0 || (rc = attr_ref(L, n, "a", QZ_ORG_POST, &ab->post)) < 0 ||
        (rc = attr_ref(L, n, "b", QZ_ORG_POST, &ab->partner)) < 0 ||
        (rc = attr_range(L, n, 0, 0, &ab->from, &ab->to)) < 0)
        return rc;
    const qz_org__post *a = &L->org->posts[ab->post], *b = &L->org->posts[ab->partner];
    if (ab->post == ab->partner)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "AB pair of '%s' with itself", a->id);
    for (int i = 0; i < 2; i++) {
        const qz_org__post *p = i ? b : a;
        if (!is_deputy(p))
            return qz__xml_fail(L->x, n, QZ_ESCHEMA,
                                "AB pair of '%s' and '%s': '%s' is not a deputy (its role is '%s')", a->id,
                                b->id, p->id, p->role);
    }
    return QZ_OK;
}

static int on_party_group(loader *L, const qz_xml_node *n)
{
    return attr_text(L, n, "name", 1, NULL, &L->org->pg_name);
}

static int on_member(loader *L, const qz_xml_node *n)
{
    qz_org__pg *m = NULL;
    int rc = table_push(&L->t[T_PG], where(n), (void **)&m);
    if (rc < 0 || (rc = attr_ref(L, n, "post", QZ_ORG_POST, &m->post)) < 0 ||
        (rc = attr_bool(L, n, "secretary", 0, &m->secretary)) < 0)
        return rc;
    return attr_range(L, n, 0, 0, &m->from, &m->to);
}

static int attr_scope(loader *L, const qz_xml_node *n, int *out)
{
    const char *v;
    int rc = attr_raw(L, n, "scope", 1, &v);
    if (rc < 0)
        return rc;
    for (*out = QZ_ORG_SCOPE_GOVERNMENT_WORK; *out <= QZ_ORG_SCOPE_OTHER; (*out)++)
        if (strcmp(v, qz_org_scope_name(*out)) == 0)
            return QZ_OK;
    return qz__xml_fail(L->x, n, QZ_ESCHEMA, "unknown scope '%s'", v);
}

static int on_entrustment(loader *L, const qz_xml_node *n)
{
    qz_org__entrust *e = NULL;
    int rc = table_push(&L->t[T_ENTRUST], where(n), (void **)&e);
    if (rc < 0 || (rc = attr_ref(L, n, "by", QZ_ORG_POST, &e->by)) < 0 ||
        (rc = attr_ref(L, n, "agent", QZ_ORG_POST, &e->agent)) < 0 || (rc = attr_scope(L, n, &e->scope)) < 0 ||
        (rc = attr_id(L, n, "subject", 0, &e->subject, NULL)) < 0 ||
        (rc = attr_text(L, n, "note", 0, "", &e->note)) < 0 || (rc = attr_range(L, n, 1, 0, &e->from, &e->to)) < 0)
        return rc;
    if (e->by == e->agent)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "entrustment cycle: '%s' entrusts itself",
                            L->org->posts[e->by].id);
    return QZ_OK;
}

static int on_absence(loader *L, const qz_xml_node *n)
{
    qz_org__absence *a = NULL;
    int rc = table_push(&L->t[T_ABSENCE], where(n), (void **)&a);
    if (rc < 0 || (rc = attr_ref(L, n, "person", QZ_ORG_PERSON, &a->person)) < 0 ||
        (rc = attr_range(L, n, 1, 1, &a->from, &a->to)) < 0 ||
        (rc = attr_bool(L, n, "away-from-county", 0, &a->away_from_county)) < 0)
        return rc;
    return attr_text(L, n, "reason", 0, "", &a->reason);
}

static int on_section(loader *L, const qz_xml_node *n)
{
    (void)L;
    (void)n;
    return QZ_OK;
}

typedef struct element {
    const char *name;
    int depth;
    const char *parent;
    int (*start)(loader *L, const qz_xml_node *n);
} element;

static const element elements[] = {
    {"organisation", 1, NULL, on_organisation},
    {"units", 2, "organisation", on_section},
    {"areas", 2, "organisation", on_section},
    {"posts", 2, "organisation", on_section},
    {"people", 2, "organisation", on_section},
    {"tenures", 2, "organisation", on_section},
    {"portfolios", 2, "organisation", on_section},
    {"ab-pairs", 2, "organisation", on_section},
    {"party-group", 2, "organisation", on_party_group},
    {"entrustments", 2, "organisation", on_section},
    {"absences", 2, "organisation", on_section},
    {"unit", 3, "units", on_unit},
    {"area", 3, "areas", on_area},
    {"post", 3, "posts", on_post},
    {"person", 3, "people", on_person},
    {"tenure", 3, "tenures", on_tenure},
    {"portfolio", 3, "portfolios", on_portfolio},
    {"matter", 4, "portfolio", on_matter},
    {"ab-pair", 3, "ab-pairs", on_ab_pair},
    {"member", 3, "party-group", on_member},
    {"entrustment", 3, "entrustments", on_entrustment},
    {"absence", 3, "absences", on_absence},
};

/* The schema already fixes the structure; this keeps the loader safe on its
 * own (every handler relies on its parent having been seen). `parent` is the
 * element table's entry for the enclosing element (-1 at the root); the
 * matched entry is returned through `*matched`. */
static int on_start(loader *L, const qz_xml_node *n, int parent, int *matched)
{
    for (size_t i = 0; i < sizeof elements / sizeof elements[0]; i++) {
        const element *e = &elements[i];
        if (strcmp(e->name, n->name) != 0 || e->depth != n->depth)
            continue;
        if (e->parent != NULL && (parent < 0 || strcmp(e->parent, elements[parent].name) != 0))
            continue;
        *matched = (int)i;
        return e->start(L, n);
    }
    return qz__xml_fail(L->x, n, QZ_ESCHEMA, "unexpected element <%s>", n->name);
}

/* ------------------------------------------------------------------ */
/* Sorting with a context (qsort has none): a merge sort of row numbers,
 * stable, so equal keys keep document order. */

typedef int (*row_cmp)(const qz_org *org, uint32_t a, uint32_t b);

/* Runs this short are sorted by insertion: fewer calls than merging. */
#define SORT_RUN 12

static void insertion_sort(const qz_org *org, uint32_t *v, uint32_t n, row_cmp cmp)
{
    for (uint32_t i = 1; i < n; i++) {
        uint32_t x = v[i], j = i;
        for (; j > 0 && cmp(org, x, v[j - 1]) < 0; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

static void merge_sort(const qz_org *org, uint32_t *v, uint32_t *tmp, uint32_t n, row_cmp cmp)
{
    if (n <= SORT_RUN) {
        insertion_sort(org, v, n, cmp);
        return;
    }
    uint32_t h = n / 2;
    merge_sort(org, v, tmp, h, cmp);
    merge_sort(org, v + h, tmp, n - h, cmp);
    /* halves already in order need no merge: files written in canonical
     * order (as qz_org_save writes them, and most exports) sort in linear time */
    if (cmp(org, v[h], v[h - 1]) >= 0)
        return;
    uint32_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = cmp(org, v[j], v[i]) < 0 ? v[j++] : v[i++];
    while (i < h)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, (size_t)n * sizeof *v);
}

/* Row numbers 0..n-1 sorted by cmp, newly allocated (NULL with ENOMEM recorded). */
static uint32_t *sorted_rows(const qz_org *org, uint32_t n, row_cmp cmp)
{
    /* both are written before they are read: no need to zero them */
    uint32_t *v = qz__malloc((n ? n : 1) * sizeof *v), *tmp = qz__malloc((n ? n : 1) * sizeof *tmp);
    if (v == NULL || tmp == NULL) {
        qz__free(v);
        qz__free(tmp);
        qz__error_nomem();
        return NULL;
    }
    for (uint32_t i = 0; i < n; i++)
        v[i] = i;
    merge_sort(org, v, tmp, n, cmp);
    qz__free(tmp);
    return v;
}

static int is_identity(const uint32_t *order, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (order[i] != i)
            return 0;
    return 1;
}

/* Puts the rows of table t (and their places) in the order of `order`, in
 * arrays of exactly their size. Rows already in order (a file written in
 * canonical order) are not copied: their array is only trimmed. */
static int apply_order(table *t, const uint32_t *order)
{
    uint32_t n = *t->n;
    if (is_identity(order, n)) {
        void *trimmed = qz__realloc(*t->rows, n ? (size_t)n * t->size : 1);
        if (trimmed == NULL)
            return qz__error_nomem();
        *t->rows = trimmed;
        t->cap = n;
        return QZ_OK;
    }
    char *rows = qz__malloc(n ? (size_t)n * t->size : 1);
    pos *w = qz__malloc(n ? (size_t)n * sizeof *w : 1);
    if (rows == NULL || w == NULL) {
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

static int sort_table(loader *L, int type, row_cmp cmp)
{
    uint32_t *order = sorted_rows(L->org, *L->t[type].n, cmp);
    if (order == NULL)
        return QZ_ENOMEM;
    int rc = apply_order(&L->t[type], order);
    qz__free(order);
    return rc;
}

static int cmp_int(int64_t a, int64_t b) { return a < b ? -1 : a > b; }

static int cmp_str(const char *a, const char *b)
{
    if (a == b)
        return 0;
    if (a == NULL || b == NULL)
        return a == NULL ? -1 : 1;
    return strcmp(a, b);
}

static int cmp_unit(const qz_org *o, uint32_t a, uint32_t b) { return strcmp(o->units[a].id, o->units[b].id); }
static int cmp_area(const qz_org *o, uint32_t a, uint32_t b) { return strcmp(o->areas[a].id, o->areas[b].id); }
static int cmp_post(const qz_org *o, uint32_t a, uint32_t b) { return strcmp(o->posts[a].id, o->posts[b].id); }
static int cmp_person(const qz_org *o, uint32_t a, uint32_t b) { return strcmp(o->people[a].id, o->people[b].id); }

static int cmp_tenure(const qz_org *o, uint32_t a, uint32_t b)
{
    const qz_org__tenure *x = &o->tenures[a], *y = &o->tenures[b];
    int c = cmp_int(x->post, y->post);
    c = c ? c : cmp_int(x->from, y->from);
    c = c ? c : cmp_int(x->person, y->person);
    return c ? c : cmp_int(x->to, y->to);
}

static int cmp_person_tenure(const qz_org *o, uint32_t a, uint32_t b)
{
    const qz_org__tenure *x = &o->tenures[a], *y = &o->tenures[b];
    int c = cmp_int(x->person, y->person);
    c = c ? c : cmp_int(x->post, y->post);
    return c ? c : cmp_int(a, b);
}

static int cmp_absence(const qz_org *o, uint32_t a, uint32_t b)
{
    const qz_org__absence *x = &o->absences[a], *y = &o->absences[b];
    int c = cmp_int(x->person, y->person);
    c = c ? c : cmp_int(x->from, y->from);
    c = c ? c : cmp_int(x->to, y->to);
    c = c ? c : cmp_int(x->away_from_county, y->away_from_county);
    return c ? c : strcmp(x->reason, y->reason);
}

static int cmp_charge(const qz_org *o, uint32_t a, uint32_t b)
{
    const qz_org__charge *x = &o->charges[a], *y = &o->charges[b];
    int c = cmp_int(x->matter, y->matter);
    c = c ? c : cmp_int(x->from, y->from);
    c = c ? c : cmp_int(x->post, y->post);
    return c ? c : cmp_int(x->to, y->to);
}

static int cmp_post_charge(const qz_org *o, uint32_t a, uint32_t b)
{
    const qz_org__charge *x = &o->charges[a], *y = &o->charges[b];
    int c = cmp_int(x->post, y->post);
    c = c ? c : cmp_int(x->matter, y->matter);
    return c ? c : cmp_int(x->from, y->from);
}

static int cmp_ab(const qz_org *o, uint32_t a, uint32_t b)
{
    const qz_org__ab *x = &o->ab[a], *y = &o->ab[b];
    int c = cmp_int(x->post, y->post);
    c = c ? c : cmp_int(x->from, y->from);
    c = c ? c : cmp_int(x->partner, y->partner);
    return c ? c : cmp_int(x->to, y->to);
}

static int cmp_pg(const qz_org *o, uint32_t a, uint32_t b)
{
    const qz_org__pg *x = &o->pg[a], *y = &o->pg[b];
    int c = cmp_int(x->post, y->post);
    c = c ? c : cmp_int(x->from, y->from);
    c = c ? c : cmp_int(x->to, y->to);
    return c ? c : cmp_int(x->secretary, y->secretary);
}

static int cmp_secretary(const qz_org *o, uint32_t a, uint32_t b)
{
    return cmp_int(o->pg[o->pg_secretaries[a]].from, o->pg[o->pg_secretaries[b]].from);
}

static int cmp_entrust(const qz_org *o, uint32_t a, uint32_t b)
{
    const qz_org__entrust *x = &o->entrust[a], *y = &o->entrust[b];
    int c = cmp_int(x->by, y->by);
    c = c ? c : cmp_int(x->from, y->from);
    c = c ? c : cmp_int(x->agent, y->agent);
    c = c ? c : cmp_int(x->scope, y->scope);
    c = c ? c : cmp_str(x->subject, y->subject);
    c = c ? c : cmp_int(x->to, y->to);
    return c ? c : strcmp(x->note, y->note);
}

static int cmp_entrust_start(const qz_org *o, uint32_t a, uint32_t b)
{
    return cmp_int(o->entrust[a].from, o->entrust[b].from);
}

/* ------------------------------------------------------------------ */
/* Canonical order of the entities: sort each by id and renumber every
 * reference (the string table included). */

typedef struct renumber {
    int32_t *unit, *area, *post, *person;   /* old index -> new index */
} renumber;

static int32_t *sort_entities(loader *L, int type, int kind, row_cmp cmp)
{
    uint32_t n = *L->t[type].n;
    uint32_t *order = sorted_rows(L->org, n, cmp);
    int32_t *map = order ? qz__malloc((n ? n : 1) * sizeof *map) : NULL;
    if (map == NULL || apply_order(&L->t[type], order) < 0) {
        qz__free(order);
        qz__free(map);
        qz__error_nomem();
        return NULL;
    }
    for (uint32_t i = 0; i < n; i++)
        map[order[i]] = (int32_t)i;
    int same = is_identity(order, n);
    qz__free(order);
    qz_org *org = L->org;
    for (uint32_t s = 0; !same && s <= org->slot_mask; s++) {
        qz_org__slot *e = &org->slots[s];
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
        c->matter = (c->matter & AREA_MARK) ? (int32_t)org->nunits + r->area[c->matter & ~AREA_MARK]
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
}

/* Unit tags follow their units into the new order. */
static int reorder_tags(qz_org *org)
{
    const char **tags = qz__malloc(org->nunit_tags ? (size_t)org->nunit_tags * sizeof *tags : 1);
    if (tags == NULL)
        return qz__error_nomem();
    uint32_t k = 0;
    for (uint32_t i = 0; i < org->nunits; i++) {
        qz_org__unit *u = &org->units[i];
        if (u->tag_n) /* unit_tags is NULL when no unit has tags */
            memcpy(tags + k, org->unit_tags + u->tag_first, (size_t)u->tag_n * sizeof *tags);
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
static int resolve_parents(loader *L)
{
    qz_org *org = L->org;
    for (uint32_t i = 0; i < org->nunits; i++) {
        const char *pid = L->parent_ids[i];
        if (pid == NULL)
            continue;
        int32_t p = qz_org__find(org, pid, QZ_ORG_UNIT);
        if (p < 0)
            return fail_at(L, L->t[T_UNIT].where[i], QZ_ESCHEMA, "unknown parent unit '%s'%s%s", pid, NULL, NULL);
        org->units[i].parent = p;
    }
    for (uint32_t i = 0; i < org->nunits; i++) {
        int32_t p = org->units[i].parent;
        for (uint32_t steps = 0; p >= 0; steps++, p = org->units[p].parent)
            if (p == (int32_t)i || steps > org->nunits)
                return fail_at(L, L->t[T_UNIT].where[i], QZ_ESCHEMA, "unit '%s' is its own ancestor%s%s",
                               org->units[i].id, NULL, NULL);
    }
    return QZ_OK;
}

static int canonical_entities(loader *L)
{
    renumber r = {NULL, NULL, NULL, NULL};
    int rc = QZ_ENOMEM;
    if ((r.unit = sort_entities(L, T_UNIT, QZ_ORG_UNIT, cmp_unit)) && (r.area = sort_entities(L, T_AREA, QZ_ORG_AREA, cmp_area)) &&
        (r.post = sort_entities(L, T_POST, QZ_ORG_POST, cmp_post)) &&
        (r.person = sort_entities(L, T_PERSON, QZ_ORG_PERSON, cmp_person))) {
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

static int check_tenures(loader *L)
{
    qz_org *org = L->org;
    char d[QZ_DATE_BUFSIZE];
    int rc = sort_table(L, T_TENURE, cmp_tenure);
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
            return clash(L, L->t[T_TENURE].where[i - 1], L->t[T_TENURE].where[i],
                         "post '%s' would have two holders on %s ('%s' and another)", p->id, fmt_date(d, day),
                         org->people[t->person].id);
    }
    if (rc < 0)
        return rc;
    /* the same person holding the same post twice on one day */
    uint32_t *order = sorted_rows(org, org->ntenures, cmp_person_tenure);
    if (order == NULL)
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
            return clash(L, L->t[T_TENURE].where[order[i - 1]], L->t[T_TENURE].where[order[i]],
                         "'%s' would hold post '%s' twice on %s", who->id, org->posts[t->post].id,
                         fmt_date(d, day));
    }
    return QZ_OK;
}

static int check_absences(loader *L)
{
    qz_org *org = L->org;
    char d1[QZ_DATE_BUFSIZE], d2[QZ_DATE_BUFSIZE];
    int rc = sort_table(L, T_ABSENCE, cmp_absence);
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
            return clash(L, L->t[T_ABSENCE].where[i - 1], L->t[T_ABSENCE].where[i],
                         "two absences of '%s' overlap from %s to %s", p->id, fmt_date(d1, day),
                         fmt_date(d2, prev->to < a->to ? prev->to : a->to));
    }
    return rc;
}

static int check_charges(loader *L)
{
    qz_org *org = L->org;
    char d[QZ_DATE_BUFSIZE];
    uint32_t nmatters = org->nunits + org->nareas;
    int rc = sort_table(L, T_CHARGE, cmp_charge);
    if (rc < 0)
        return rc;
    org->matter_first = qz__calloc((size_t)nmatters + 1, sizeof *org->matter_first);
    if (org->matter_first == NULL)
        return qz__error_nomem();
    for (uint32_t i = 0; i < org->ncharges; i++) {
        const qz_org__charge *c = &org->charges[i];
        org->matter_first[c->matter + 1]++;
        qz_date day;
        if (i > 0 && org->charges[i - 1].matter == c->matter &&
            overlap(org->charges[i - 1].from, org->charges[i - 1].to, c->from, c->to, &day))
            return clash(L, L->t[T_CHARGE].where[i - 1], L->t[T_CHARGE].where[i],
                         "'%s' would have two leaders in charge on %s ('%s' and another)",
                         qz_org__matter_id(org, c->matter), fmt_date(d, day), org->posts[c->post].id);
    }
    for (uint32_t m = 0; m < nmatters; m++)
        org->matter_first[m + 1] += org->matter_first[m];
    uint32_t *order = sorted_rows(org, org->ncharges, cmp_post_charge);
    if (order == NULL)
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
static int check_ab(loader *L)
{
    qz_org *org = L->org;
    table *t = &L->t[T_AB];
    uint32_t npairs = org->nab;
    char d[QZ_DATE_BUFSIZE];
    if (qz__grow(t->rows, &t->cap, (size_t)npairs * 2, t->size) < 0 ||
        qz__grow((void **)&t->where, &t->cap_where, (size_t)npairs * 2, sizeof(pos)) < 0)
        return qz__error_nomem();
    for (uint32_t i = 0; i < npairs; i++) {
        qz_org__ab *mirror = &org->ab[npairs + i];
        *mirror = org->ab[i];
        mirror->post = org->ab[i].partner;
        mirror->partner = org->ab[i].post;
        t->where[npairs + i] = t->where[i];
    }
    org->nab = npairs * 2;
    int rc = sort_table(L, T_AB, cmp_ab);
    for (uint32_t i = 0; rc == 0 && i < org->nab; i++) {
        qz_org__ab *r = &org->ab[i];
        qz_org__post *p = &org->posts[r->post];
        if (p->ab_n++ == 0) {
            p->ab_first = i;
            continue;
        }
        qz_date day;
        if (overlap(org->ab[i - 1].from, org->ab[i - 1].to, r->from, r->to, &day))
            return clash(L, t->where[i - 1], t->where[i], "deputy '%s' would be in two AB pairs on %s%s", p->id,
                         fmt_date(d, day), "");
    }
    return rc;
}

static int check_party_group(loader *L)
{
    qz_org *org = L->org;
    char d[QZ_DATE_BUFSIZE];
    int rc = sort_table(L, T_PG, cmp_pg);
    if (rc < 0)
        return rc;
    org->pg_secretaries = qz__calloc(org->npg ? org->npg : 1, sizeof *org->pg_secretaries);
    if (org->pg_secretaries == NULL)
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
            return clash(L, L->t[T_PG].where[i - 1], L->t[T_PG].where[i],
                         "post '%s' is listed twice in the party group on %s%s", p->id, fmt_date(d, day), "");
    }
    uint32_t *order = sorted_rows(org, org->npg_secretaries, cmp_secretary);
    if (order == NULL)
        return QZ_ENOMEM;
    for (uint32_t i = 0; i < org->npg_secretaries; i++)
        order[i] = (uint32_t)org->pg_secretaries[order[i]];
    memcpy(org->pg_secretaries, order, (size_t)org->npg_secretaries * sizeof *order);
    qz__free(order);
    for (uint32_t i = 1; i < org->npg_secretaries; i++) {
        const qz_org__pg *a = &org->pg[org->pg_secretaries[i - 1]], *b = &org->pg[org->pg_secretaries[i]];
        qz_date day;
        if (overlap(a->from, a->to, b->from, b->to, &day))
            return clash(L, L->t[T_PG].where[org->pg_secretaries[i - 1]], L->t[T_PG].where[org->pg_secretaries[i]],
                         "the party group would have two secretaries on %s ('%s' and '%s')", fmt_date(d, day),
                         org->posts[a->post].id, org->posts[b->post].id);
    }
    return QZ_OK;
}

/* Entrustment cycles. A cycle in force on some day is in force on the
 * latest start among its rows; so for each row, on its first day, look for a
 * way back from its agent to its maker through rows of the same scope in
 * force that day. */
typedef struct walk {
    uint32_t *stamp;   /* per post: the search that last visited it */
    int32_t *via;      /* per post: the entrust row that reached it */
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
            if (f->scope != e->scope || !qz_org__in_force(f->from, f->to, e->from) || w->stamp[f->agent] == stamp)
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

static int report_cycle(loader *L, const walk *w, uint32_t row)
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
        rc = clash(L, L->t[T_ENTRUST].where[row], L->t[T_ENTRUST].where[steps[0]],
                   "entrustment cycle on %s: %s (scope %s)", fmt_date(d, e->from), path.data,
                   qz_org_scope_name(e->scope));
    qz__buf_free(&path);
    return rc;
}

static int check_entrustments(loader *L)
{
    qz_org *org = L->org;
    int rc = sort_table(L, T_ENTRUST, cmp_entrust);
    if (rc < 0)
        return rc;
    for (uint32_t i = 0; i < org->nentrust; i++) {
        qz_org__post *p = &org->posts[org->entrust[i].by];
        if (p->ent_n++ == 0)
            p->ent_first = i;
    }
    walk w;
    w.stamp = qz__calloc(org->nposts ? org->nposts : 1, sizeof *w.stamp);
    w.via = qz__calloc(org->nposts ? org->nposts : 1, sizeof *w.via);
    w.stack = qz__calloc(org->nposts ? org->nposts : 1, sizeof *w.stack);
    uint32_t *order = sorted_rows(org, org->nentrust, cmp_entrust_start);
    if (w.stamp == NULL || w.via == NULL || w.stack == NULL || order == NULL)
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

static int cmp_unit_post(const qz_org *o, uint32_t a, uint32_t b)
{
    int c = cmp_int(o->posts[a].unit, o->posts[b].unit);
    return c ? c : cmp_int(a, b);
}

static int cmp_role_post(const qz_org *o, uint32_t a, uint32_t b)
{
    int c = strcmp(o->posts[a].role, o->posts[b].role);
    return c ? c : cmp_int(a, b);
}

/* unit_tags rows are laid out unit by unit, so sorting them by tag (stable)
 * leaves the units of each tag in id order. */
static int cmp_tag_row(const qz_org *o, uint32_t a, uint32_t b)
{
    int c = strcmp(o->unit_tags[a], o->unit_tags[b]);
    return c ? c : cmp_int(a, b);
}

static int index_tags(qz_org *org)
{
    uint32_t n = org->nunit_tags;
    uint32_t *order = sorted_rows(org, n, cmp_tag_row);
    org->tag_keys = qz__calloc(n ? n : 1, sizeof *org->tag_keys);
    org->tag_units = qz__calloc(n ? n : 1, sizeof *org->tag_units);
    if (order == NULL || org->tag_keys == NULL || org->tag_units == NULL) {
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
    memcpy(org->tag_units, owner, (size_t)n * sizeof *owner);
    qz__free(order);
    return QZ_OK;
}

/* The distinct roles of role_posts and where each one's rows start. */
static int index_roles(qz_org *org)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < org->nposts; i++)
        n += i == 0 || strcmp(org->posts[org->role_posts[i]].role, org->posts[org->role_posts[i - 1]].role) != 0;
    org->role_keys = qz__malloc((n ? n : 1) * sizeof *org->role_keys);
    org->role_first = qz__malloc(((size_t)n + 1) * sizeof *org->role_first);
    if (org->role_keys == NULL || org->role_first == NULL)
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
    uint32_t *by_unit = sorted_rows(org, org->nposts, cmp_unit_post);
    if (by_unit == NULL)
        return QZ_ENOMEM;
    org->unit_posts = (int32_t *)by_unit;
    for (uint32_t i = 0; i < org->nposts; i++) {
        qz_org__unit *u = &org->units[org->posts[by_unit[i]].unit];
        if (u->post_n++ == 0)
            u->post_first = i;
    }
    uint32_t *by_role = sorted_rows(org, org->nposts, cmp_role_post);
    if (by_role == NULL)
        return QZ_ENOMEM;
    org->role_posts = (int32_t *)by_role;
    return index_roles(org);
}

static int build(loader *L)
{
    int rc;
    if ((rc = resolve_parents(L)) < 0 || (rc = canonical_entities(L)) < 0 || (rc = check_tenures(L)) < 0 ||
        (rc = check_absences(L)) < 0 || (rc = check_charges(L)) < 0 || (rc = check_ab(L)) < 0 ||
        (rc = check_party_group(L)) < 0 || (rc = check_entrustments(L)) < 0 || (rc = index_posts(L->org)) < 0)
        return rc;
    return index_tags(L->org);
}

/* ------------------------------------------------------------------ */
/* Loading */

#define MAX_DEPTH 4

static int read_document(loader *L)
{
    const qz_xml_node *n;
    int stack[MAX_DEPTH + 1] = {-1, -1, -1, -1, -1}; /* element entries; node names do not last */
    int rc;
    while ((rc = qz__xml_next(L->x, &n)) > 0) {
        if (n->type == QZ_XML_TEXT)
            return qz__xml_fail(L->x, n, QZ_ESCHEMA, "unexpected text");
        if (n->type != QZ_XML_START)
            continue;
        if (n->depth > MAX_DEPTH)
            return qz__xml_fail(L->x, n, QZ_ESCHEMA, "unexpected element <%s>", n->name);
        if ((rc = on_start(L, n, stack[n->depth - 1], &stack[n->depth])) < 0)
            return rc;
    }
    if (rc == 0 && L->org->id == NULL)
        return qz__xml_fail(L->x, NULL, QZ_ESCHEMA, "not an organisation");
    return rc;
}

static int load(qz_org **out, qz_xml *x)
{
    qz_org *org = qz_org__new();
    if (org == NULL) {
        qz__xml_close(x);
        return qz__error_nomem();
    }
    loader L;
    loader_init(&L, org);
    L.x = x;
    int rc = read_document(&L);
    if (rc == 0)
        rc = build(&L);
    loader_free(&L);
    qz__xml_close(x);
    if (rc < 0) {
        qz_org__destroy(org);
        return rc;
    }
    *out = org;
    return QZ_OK;
}

int qz_org_load_memory(qz_org **out, const char *data, size_t size, const char *name)
{
    if (out)
        *out = NULL;
    if (out == NULL || (data == NULL && size > 0))
        return qz__error(QZ_EINVAL, "qz_org_load_memory: NULL argument");
    qz_xml *x;
    int rc = qz__xml_open_memory(&x, data ? data : "", size, name ? name : "<memory>", &org_schema);
    return rc < 0 ? rc : load(out, x);
}

int qz_org_load_file(qz_org **out, const char *path)
{
    if (out)
        *out = NULL;
    if (out == NULL || path == NULL)
        return qz__error(QZ_EINVAL, "qz_org_load_file: NULL argument");
    qz_xml *x;
    int rc = qz__xml_open_file(&x, path, &org_schema);
    return rc < 0 ? rc : load(out, x);
}

int qz_org_default(qz_org **out)
{
    return qz_org_load_memory(out, (const char *)qz__embedded_org_xml, qz__embedded_org_xml_size,
                              "yunxi-org.xml");
}

/* ------------------------------------------------------------------ */
/* Saving: canonical order is the order of the rows. */

static void put_date_attr(qz_buf *b, const char *name, qz_date d, qz_date open)
{
    char text[QZ_DATE_BUFSIZE];
    if (d != open)
        qz__buf_put_xml_attr(b, name, fmt_date(text, d));
}

static void put_range(qz_buf *b, qz_date from, qz_date to)
{
    put_date_attr(b, "from", from, QZ_ORG_DATE_MIN);
    put_date_attr(b, "to", to, QZ_ORG_DATE_MAX);
}

static void open_section(qz_buf *b, const char *name, uint32_t n)
{
    if (n)
        qz__buf_printf(b, "  <%s>\n", name);
}

static void close_section(qz_buf *b, const char *name, uint32_t n)
{
    if (n)
        qz__buf_printf(b, "  </%s>\n", name);
}

static void save_units(qz_buf *b, const qz_org *org)
{
    open_section(b, "units", org->nunits);
    for (uint32_t i = 0; i < org->nunits; i++) {
        const qz_org__unit *u = &org->units[i];
        qz__buf_puts(b, "    <unit");
        qz__buf_put_xml_attr(b, "id", u->id);
        qz__buf_put_xml_attr(b, "kind", u->kind);
        qz__buf_put_xml_attr(b, "name", u->name);
        if (u->parent >= 0)
            qz__buf_put_xml_attr(b, "parent", org->units[u->parent].id);
        if (u->tag_n) {
            qz__buf_puts(b, " tags=\"");
            for (uint32_t k = 0; k < u->tag_n; k++) {
                qz__buf_puts(b, k ? " " : "");
                qz__buf_puts(b, org->unit_tags[u->tag_first + k]);
            }
            qz__buf_puts(b, "\"");
        }
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "units", org->nunits);
    open_section(b, "areas", org->nareas);
    for (uint32_t i = 0; i < org->nareas; i++) {
        qz__buf_puts(b, "    <area");
        qz__buf_put_xml_attr(b, "id", org->areas[i].id);
        qz__buf_put_xml_attr(b, "name", org->areas[i].name);
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "areas", org->nareas);
}

static void save_posts_people(qz_buf *b, const qz_org *org)
{
    open_section(b, "posts", org->nposts);
    for (uint32_t i = 0; i < org->nposts; i++) {
        const qz_org__post *p = &org->posts[i];
        qz__buf_puts(b, "    <post");
        qz__buf_put_xml_attr(b, "id", p->id);
        qz__buf_put_xml_attr(b, "unit", org->units[p->unit].id);
        qz__buf_put_xml_attr(b, "role", p->role);
        qz__buf_put_xml_attr(b, "name", p->name);
        if (!p->single)
            qz__buf_put_xml_attr(b, "holders", "many");
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "posts", org->nposts);
    open_section(b, "people", org->npeople);
    for (uint32_t i = 0; i < org->npeople; i++) {
        qz__buf_puts(b, "    <person");
        qz__buf_put_xml_attr(b, "id", org->people[i].id);
        qz__buf_put_xml_attr(b, "name", org->people[i].name);
        qz__buf_put_xml_attr(b, "cpc", org->people[i].cpc ? "true" : "false");
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "people", org->npeople);
    open_section(b, "tenures", org->ntenures);
    for (uint32_t i = 0; i < org->ntenures; i++) {
        const qz_org__tenure *t = &org->tenures[i];
        qz__buf_puts(b, "    <tenure");
        qz__buf_put_xml_attr(b, "post", org->posts[t->post].id);
        qz__buf_put_xml_attr(b, "person", org->people[t->person].id);
        put_range(b, t->from, t->to);
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "tenures", org->ntenures);
}

/* Portfolios regroup the charge rows by (post, from, to). */
static int cmp_portfolio(const qz_org *o, uint32_t a, uint32_t b)
{
    const qz_org__charge *x = &o->charges[a], *y = &o->charges[b];
    int c = cmp_int(x->post, y->post);
    c = c ? c : cmp_int(x->from, y->from);
    c = c ? c : cmp_int(x->to, y->to);
    return c ? c : cmp_int(x->matter, y->matter);
}

static int save_portfolios(qz_buf *b, const qz_org *org)
{
    uint32_t *order = sorted_rows(org, org->ncharges, cmp_portfolio);
    if (order == NULL)
        return QZ_ENOMEM;
    open_section(b, "portfolios", org->ncharges);
    for (uint32_t i = 0; i < org->ncharges; i++) {
        const qz_org__charge *c = &org->charges[order[i]], *prev = i ? &org->charges[order[i - 1]] : NULL;
        int same = prev && prev->post == c->post && prev->from == c->from && prev->to == c->to;
        if (!same) {
            if (prev)
                qz__buf_puts(b, "    </portfolio>\n");
            qz__buf_puts(b, "    <portfolio");
            qz__buf_put_xml_attr(b, "post", org->posts[c->post].id);
            put_range(b, c->from, c->to);
            qz__buf_puts(b, ">\n");
        }
        qz__buf_puts(b, "      <matter");
        qz__buf_put_xml_attr(b, "ref", qz_org__matter_id(org, c->matter));
        qz__buf_puts(b, "/>\n");
    }
    if (org->ncharges)
        qz__buf_puts(b, "    </portfolio>\n");
    close_section(b, "portfolios", org->ncharges);
    qz__free(order);
    return QZ_OK;
}

static void save_pairs_group(qz_buf *b, const qz_org *org)
{
    open_section(b, "ab-pairs", org->nab);
    for (uint32_t i = 0; i < org->nab; i++) {
        const qz_org__ab *r = &org->ab[i];
        if (r->post > r->partner)
            continue; /* each pair once, from its first side */
        qz__buf_puts(b, "    <ab-pair");
        qz__buf_put_xml_attr(b, "a", org->posts[r->post].id);
        qz__buf_put_xml_attr(b, "b", org->posts[r->partner].id);
        put_range(b, r->from, r->to);
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "ab-pairs", org->nab);
    if (org->pg_name == NULL)
        return;
    qz__buf_puts(b, "  <party-group");
    qz__buf_put_xml_attr(b, "name", org->pg_name);
    qz__buf_puts(b, org->npg ? ">\n" : "/>\n");
    for (uint32_t i = 0; i < org->npg; i++) {
        const qz_org__pg *m = &org->pg[i];
        qz__buf_puts(b, "    <member");
        qz__buf_put_xml_attr(b, "post", org->posts[m->post].id);
        if (m->secretary)
            qz__buf_put_xml_attr(b, "secretary", "true");
        put_range(b, m->from, m->to);
        qz__buf_puts(b, "/>\n");
    }
    if (org->npg)
        qz__buf_puts(b, "  </party-group>\n");
}

static void save_entrust_absences(qz_buf *b, const qz_org *org)
{
    open_section(b, "entrustments", org->nentrust);
    for (uint32_t i = 0; i < org->nentrust; i++) {
        const qz_org__entrust *e = &org->entrust[i];
        qz__buf_puts(b, "    <entrustment");
        qz__buf_put_xml_attr(b, "by", org->posts[e->by].id);
        qz__buf_put_xml_attr(b, "agent", org->posts[e->agent].id);
        qz__buf_put_xml_attr(b, "scope", qz_org_scope_name(e->scope));
        if (e->subject)
            qz__buf_put_xml_attr(b, "subject", e->subject);
        put_range(b, e->from, e->to);
        if (*e->note)
            qz__buf_put_xml_attr(b, "note", e->note);
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "entrustments", org->nentrust);
    open_section(b, "absences", org->nabsences);
    for (uint32_t i = 0; i < org->nabsences; i++) {
        const qz_org__absence *a = &org->absences[i];
        qz__buf_puts(b, "    <absence");
        qz__buf_put_xml_attr(b, "person", org->people[a->person].id);
        put_range(b, a->from, a->to);
        if (a->away_from_county)
            qz__buf_put_xml_attr(b, "away-from-county", "true");
        if (*a->reason)
            qz__buf_put_xml_attr(b, "reason", a->reason);
        qz__buf_puts(b, "/>\n");
    }
    close_section(b, "absences", org->nabsences);
}

int qz_org_save(char **out, size_t *len, const qz_org *org)
{
    if (out)
        *out = NULL;
    if (out == NULL || org == NULL)
        return qz__error(QZ_EINVAL, "qz_org_save: NULL argument");
    qz_buf b = QZ_BUF_INIT;
    qz__buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<organisation version=\"1\"");
    qz__buf_put_xml_attr(&b, "id", org->id);
    qz__buf_put_xml_attr(&b, "name", org->name);
    qz__buf_puts(&b, ">\n");
    save_units(&b, org);
    save_posts_people(&b, org);
    if (save_portfolios(&b, org) < 0) {
        qz__buf_free(&b);
        return QZ_ENOMEM;
    }
    save_pairs_group(&b, org);
    save_entrust_absences(&b, org);
    qz__buf_puts(&b, "</organisation>\n");
    return qz__buf_detach(&b, out, len);
}

int qz_org_save_file(const qz_org *org, const char *path)
{
    if (org == NULL || path == NULL)
        return qz__error(QZ_EINVAL, "qz_org_save_file: NULL argument");
    char *text;
    size_t len;
    int rc = qz_org_save(&text, &len, org);
    if (rc < 0)
        return rc;
    rc = qz__write_file(path, text, len);   /* atomic: the old file survives a failure */
    qz__free(text);
    return rc;
}

int qz_org_equal(const qz_org *a, const qz_org *b)
{
    if (a == b)
        return 1;
    if (a == NULL || b == NULL)
        return 0;
    char *ta, *tb;
    size_t la, lb;
    if (qz_org_save(&ta, &la, a) < 0)
        return 0;
    if (qz_org_save(&tb, &lb, b) < 0) {
        qz__free(ta);
        return 0;
    }
    int same = la == lb && memcmp(ta, tb, la) == 0;
    qz__free(ta);
    qz__free(tb);
    return same;
}
