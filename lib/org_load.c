/* Reading an organisation from XML (data/schema/org.xsd): the element
 * handlers and the entry points.
 *
 * While the document streams in, each element becomes a row (references
 * resolved to load-order indices, ids checked for duplicates, dates parsed),
 * remembering where it was. At the end qz_org__build() (org_build.c) sorts
 * everything into canonical order, runs the checks that need the whole
 * document and makes the lookup indexes. Any error frees everything: nothing
 * is half-loaded. The loader checks structure only; which roles may form AB
 * pairs is the rule set's business (checked when a model is built). */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "embedded.h"
#include "error.h"
#include "org.h"
#include "quanze/date.h"
#include "xml.h"

static qz_xml_schema org_schema =
    QZ_XML_SCHEMA_INIT(qz__embedded_org_xsd, qz__embedded_org_xsd_size, "org.xsd");

static qz_org__pos where(const qz_xml_node *n)
{
    qz_org__pos p = {n->line, n->column};
    return p;
}

/* ------------------------------------------------------------------ */
/* Rows */

static int table_push(qz_org__table *t, qz_org__pos p, void **row)
{
    if (*t->n >= QZ_ORG__MAX_ENTITIES)
        return qz__error(QZ_ELIMIT, "too many rows of one kind in an organisation");
    if (qz__grow(t->rows, &t->cap, (size_t)*t->n + 1, t->size) < 0 ||
        qz__grow((void **)&t->where, &t->cap_where, (size_t)*t->n + 1, sizeof(qz_org__pos)) < 0)
        return qz__error_nomem();
    t->where[*t->n] = p;
    *row = (char *)*t->rows + (size_t)*t->n * t->size;
    memset(*row, 0, t->size);
    (*t->n)++;
    return QZ_OK;
}

static void table_init(qz_org__table *t, void *rows, uint32_t *n, size_t size)
{
    memset(t, 0, sizeof(*t));
    t->rows = rows;
    t->n = n;
    t->size = size;
}

static void loader_init(qz_org__loader *L, qz_org *org)
{
    memset(L, 0, sizeof(*L));
    L->org = org;
    table_init(&L->t[QZ_ORG__T_UNIT], &org->units, &org->nunits, sizeof(qz_org__unit));
    table_init(&L->t[QZ_ORG__T_AREA], &org->areas, &org->nareas, sizeof(qz_org__area));
    table_init(&L->t[QZ_ORG__T_POST], &org->posts, &org->nposts, sizeof(qz_org__post));
    table_init(&L->t[QZ_ORG__T_PERSON], &org->people, &org->npeople, sizeof(qz_org__person));
    table_init(&L->t[QZ_ORG__T_TENURE], &org->tenures, &org->ntenures, sizeof(qz_org__tenure));
    table_init(&L->t[QZ_ORG__T_ABSENCE], &org->absences, &org->nabsences, sizeof(qz_org__absence));
    table_init(&L->t[QZ_ORG__T_CHARGE], &org->charges, &org->ncharges, sizeof(qz_org__charge));
    table_init(&L->t[QZ_ORG__T_AB], &org->ab, &org->nab, sizeof(qz_org__ab));
    table_init(&L->t[QZ_ORG__T_PG], &org->pg, &org->npg, sizeof(qz_org__pg));
    table_init(&L->t[QZ_ORG__T_ENTRUST], &org->entrust, &org->nentrust, sizeof(qz_org__entrust));
    table_init(&L->t[QZ_ORG__T_ASSIST], &org->assists, &org->nassists, sizeof(qz_org__assist));
}

static void loader_free(qz_org__loader *L)
{
    for (int i = 0; i < QZ_ORG__T_COUNT; i++)
        qz__free(L->t[i].where);
    qz__free(L->parent_ids);
}

/* ------------------------------------------------------------------ */
/* Attributes */

static const char *const kind_names[] = {"thing", "unit", "area", "post", "person"};

static int valid_id(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return 0;
    return 1;
}

static int intern(qz_org__loader *L, const char *s, const char **out, uint32_t **ref)
{
    *out = qz_org__intern(L->org, s, strlen(s), ref);
    return *out ? QZ_OK : QZ_ENOMEM;
}

static int attr_raw(qz_org__loader *L, const qz_xml_node *n, const char *name, int required, const char **out)
{
    *out = qz__xml_attr(n, name);
    if (*out == NULL && required)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "<%s> lacks the attribute '%s'", n->name, name);
    return QZ_OK;
}

/* Free text (names, reasons): absent gives `dflt`. */
static int attr_text(qz_org__loader *L, const qz_xml_node *n, const char *name, int required,
                     const char *dflt, const char **out)
{
    const char *v;
    int rc = attr_raw(L, n, name, required, &v);
    if (rc < 0)
        return rc;
    if (!v) {
        *out = dflt;
        return QZ_OK;
    }
    if (required && *v == '\0')
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "<%s> has an empty '%s'", n->name, name);
    *out = qz_org__store(L->org, v, strlen(v));
    return *out ? QZ_OK : QZ_ENOMEM;
}

static int check_id(qz_org__loader *L, const qz_xml_node *n, const char *v)
{
    if (!valid_id(v) || strlen(v) > 128)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "'%s' is not a valid id ([a-z0-9][a-z0-9-]*, at most 128)",
                            v);
    return QZ_OK;
}

static int attr_id(qz_org__loader *L, const qz_xml_node *n, const char *name, int required, const char **out,
                   uint32_t **ref)
{
    const char *v;
    int rc = attr_raw(L, n, name, required, &v);
    *out = NULL;
    if (rc < 0 || !v)
        return rc;
    if ((rc = check_id(L, n, v)) < 0)
        return rc;
    return intern(L, v, out, ref);
}

/* A reference to an entity already defined: its load-order index. */
static int attr_ref(qz_org__loader *L, const qz_xml_node *n, const char *name, int kind, int32_t *out)
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
#define QZ_ORG__AREA_MARK 0x40000000

static int attr_matter(qz_org__loader *L, const qz_xml_node *n, int32_t *out)
{
    const char *id;
    uint32_t *ref;
    int rc = attr_id(L, n, "ref", 1, &id, &ref);
    if (rc < 0)
        return rc;
    int kind = QZ_ORG__REF_KIND(*ref);
    if (kind != QZ_ORG_UNIT && kind != QZ_ORG_AREA)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "unknown unit or area '%s'", id);
    *out = QZ_ORG__REF_INDEX(*ref) | (kind == QZ_ORG_AREA ? QZ_ORG__AREA_MARK : 0);
    return QZ_OK;
}

static int attr_date(qz_org__loader *L, const qz_xml_node *n, const char *name, int required, qz_date dflt,
                     qz_date *out)
{
    const char *v;
    int rc = attr_raw(L, n, name, required, &v);
    *out = dflt;
    if (rc < 0 || !v)
        return rc;
    if (qz_date_parse(out, v) < 0)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "'%s' in '%s' is not a date that exists (YYYY-MM-DD)", v,
                            name);
    return QZ_OK;
}

static int attr_bool(qz_org__loader *L, const qz_xml_node *n, const char *name, int required, int *out)
{
    const char *v;
    int rc = attr_raw(L, n, name, required, &v);
    *out = 0;
    if (rc < 0 || !v)
        return rc;
    /* xs:boolean: true/false or 1/0 */
    if (strcmp(v, "true") == 0 || strcmp(v, "1") == 0)
        *out = 1;
    else if (strcmp(v, "false") != 0 && strcmp(v, "0") != 0)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "'%s' must be true, false, 1 or 0, not '%s'", name, v);
    return QZ_OK;
}

/* from/to of a row; `to` before `from` is refused. */
static int attr_range(qz_org__loader *L, const qz_xml_node *n, int from_required, int to_required,
                      qz_date *from, qz_date *to)
{
    int rc;
    if ((rc = attr_date(L, n, "from", from_required, QZ_ORG_DATE_MIN, from)) < 0 ||
        (rc = attr_date(L, n, "to", to_required, QZ_ORG_DATE_MAX, to)) < 0)
        return rc;
    if (*to < *from) {
        char a[QZ_DATE_BUFSIZE], b[QZ_DATE_BUFSIZE];
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "<%s> ends on %s before it starts on %s", n->name,
                            qz_org__fmt_date(a, *to), qz_org__fmt_date(b, *from));
    }
    return QZ_OK;
}

/* Defines an entity: its id must be new anywhere in the document. */
static int define(qz_org__loader *L, const qz_xml_node *n, int kind, int type, const char **id)
{
    uint32_t *ref;
    int rc = attr_id(L, n, "id", 1, id, &ref);
    if (rc < 0)
        return rc;
    if (*ref != 0) {
        static const int types[] = {0, QZ_ORG__T_UNIT, QZ_ORG__T_AREA, QZ_ORG__T_POST, QZ_ORG__T_PERSON};
        qz_org__pos first = L->t[types[QZ_ORG__REF_KIND(*ref)]].where[QZ_ORG__REF_INDEX(*ref)];
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "duplicate id '%s' (first defined at line %d, column %d)",
                            *id, first.line, first.column);
    }
    *ref = QZ_ORG__REF(kind, *L->t[type].n);
    return QZ_OK;
}

/* ------------------------------------------------------------------ */
/* Elements */

static int on_organisation(qz_org__loader *L, const qz_xml_node *n)
{
    const char *version;
    int rc = attr_raw(L, n, "version", 1, &version);
    if (rc < 0)
        return rc;
    if (strcmp(version, "1") != 0)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "unsupported format version '%s' (this library reads 1)",
                            version);
    if ((rc = attr_id(L, n, "id", 1, &L->org->id, NULL)) < 0)
        return rc;
    return attr_text(L, n, "name", 1, NULL, &L->org->name);
}

/* Tags per unit: a few in practice; the bound keeps the duplicate check and
 * the sort of each unit's tags cheap on hostile input. */
#define MAX_TAGS 64

static int add_tags(qz_org__loader *L, const qz_xml_node *n, qz_org__unit *u, const char *list)
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
                         sizeof(*org->unit_tags)) < 0)
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

static int on_unit(qz_org__loader *L, const qz_xml_node *n)
{
    const char *id, *parent, *tags;
    int rc = define(L, n, QZ_ORG_UNIT, QZ_ORG__T_UNIT, &id);
    qz_org__unit *u = NULL;
    if (rc < 0 || (rc = table_push(&L->t[QZ_ORG__T_UNIT], where(n), (void **)&u)) < 0)
        return rc;
    u->id = id;
    u->parent = QZ_ORG__NONE;
    if ((rc = attr_id(L, n, "kind", 1, &u->kind, NULL)) < 0 ||
        (rc = attr_text(L, n, "name", 1, NULL, &u->name)) < 0 ||
        (rc = attr_id(L, n, "parent", 0, &parent, NULL)) < 0)
        return rc;
    if (qz__grow((void **)&L->parent_ids, &L->cap_parent_ids, L->org->nunits, sizeof(*L->parent_ids)) < 0)
        return qz__error_nomem();
    L->parent_ids[L->org->nunits - 1] = parent;
    tags = qz__xml_attr(n, "tags");
    return tags ? add_tags(L, n, u, tags) : QZ_OK;
}

static int on_area(qz_org__loader *L, const qz_xml_node *n)
{
    const char *id;
    qz_org__area *a = NULL;
    int rc = define(L, n, QZ_ORG_AREA, QZ_ORG__T_AREA, &id);
    if (rc < 0 || (rc = table_push(&L->t[QZ_ORG__T_AREA], where(n), (void **)&a)) < 0)
        return rc;
    a->id = id;
    return attr_text(L, n, "name", 1, NULL, &a->name);
}

/* The two roles the format itself gives through <party-group> (not any
 * government's vocabulary): a post may not claim them as its own. */
static int reserved_role(const char *role)
{
    return strcmp(role, QZ_ORG_ROLE_PARTY_GROUP_SECRETARY) == 0 ||
           strcmp(role, QZ_ORG_ROLE_PARTY_GROUP_MEMBER) == 0;
}

/* rank="N": the post's place in the published order of leaders (排名). */
static int post_rank(qz_org__loader *L, const qz_xml_node *n, qz_org__post *p)
{
    const char *v;
    int rc = attr_raw(L, n, "rank", 0, &v);
    if (rc < 0 || !v)
        return rc;
    char *end;
    long r = strtol(v, &end, 10);
    if (*v < '0' || *v > '9' || *end || r < 1 || r > 1000000)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "'rank' must be a whole number from 1 to 1000000, not '%s'",
                            v);
    p->rank = (int)r;
    return QZ_OK;
}

static int on_post(qz_org__loader *L, const qz_xml_node *n)
{
    const char *id, *holders;
    qz_org__post *p = NULL;
    int rc = define(L, n, QZ_ORG_POST, QZ_ORG__T_POST, &id);
    if (rc < 0 || (rc = table_push(&L->t[QZ_ORG__T_POST], where(n), (void **)&p)) < 0)
        return rc;
    p->id = id;
    if ((rc = attr_ref(L, n, "unit", QZ_ORG_UNIT, &p->unit)) < 0 ||
        (rc = attr_id(L, n, "role", 1, &p->role, NULL)) < 0 ||
        (rc = attr_text(L, n, "name", 1, NULL, &p->name)) < 0 ||
        (rc = attr_raw(L, n, "holders", 0, &holders)) < 0)
        return rc;
    if (reserved_role(p->role))
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "role '%s' comes from <party-group>, not from a post",
                            p->role);
    if (holders && strcmp(holders, "one") != 0 && strcmp(holders, "many") != 0)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "'holders' must be 'one' or 'many', not '%s'", holders);
    p->single = !holders || strcmp(holders, "one") == 0;
    return post_rank(L, n, p);
}

static int on_person(qz_org__loader *L, const qz_xml_node *n)
{
    const char *id;
    qz_org__person *p = NULL;
    int rc = define(L, n, QZ_ORG_PERSON, QZ_ORG__T_PERSON, &id);
    if (rc < 0 || (rc = table_push(&L->t[QZ_ORG__T_PERSON], where(n), (void **)&p)) < 0)
        return rc;
    p->id = id;
    if ((rc = attr_text(L, n, "name", 1, NULL, &p->name)) < 0)
        return rc;
    return attr_bool(L, n, "cpc", 1, &p->cpc);
}

static int on_tenure(qz_org__loader *L, const qz_xml_node *n)
{
    qz_org__tenure *t = NULL;
    int rc = table_push(&L->t[QZ_ORG__T_TENURE], where(n), (void **)&t);
    if (rc < 0 || (rc = attr_ref(L, n, "post", QZ_ORG_POST, &t->post)) < 0 ||
        (rc = attr_ref(L, n, "person", QZ_ORG_PERSON, &t->person)) < 0)
        return rc;
    return attr_range(L, n, 1, 0, &t->from, &t->to);
}

static int on_portfolio(qz_org__loader *L, const qz_xml_node *n)
{
    int rc = attr_ref(L, n, "post", QZ_ORG_POST, &L->port_post);
    if (rc < 0)
        return rc;
    L->port_where = where(n);
    return attr_range(L, n, 0, 0, &L->port_from, &L->port_to);
}

static int on_matter(qz_org__loader *L, const qz_xml_node *n)
{
    qz_org__charge *c = NULL;
    int rc = table_push(&L->t[QZ_ORG__T_CHARGE], where(n), (void **)&c);
    if (rc < 0)
        return rc;
    c->post = L->port_post;
    c->from = L->port_from;
    c->to = L->port_to;
    return attr_matter(L, n, &c->matter);
}

static int on_ab_pair(qz_org__loader *L, const qz_xml_node *n)
{
    qz_org__ab *ab = NULL;
    int rc = table_push(&L->t[QZ_ORG__T_AB], where(n), (void **)&ab);
    if (rc < 0 || (rc = attr_ref(L, n, "a", QZ_ORG_POST, &ab->post)) < 0 ||
        (rc = attr_ref(L, n, "b", QZ_ORG_POST, &ab->partner)) < 0 ||
        (rc = attr_range(L, n, 0, 0, &ab->from, &ab->to)) < 0)
        return rc;
    ab->line = n->line;
    ab->column = n->column;
    if (ab->post == ab->partner)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "AB pair of '%s' with itself", L->org->posts[ab->post].id);
    return QZ_OK;
}

static int on_party_group(qz_org__loader *L, const qz_xml_node *n)
{
    return attr_text(L, n, "name", 1, NULL, &L->org->pg_name);
}

static int on_member(qz_org__loader *L, const qz_xml_node *n)
{
    qz_org__pg *m = NULL;
    int rc = table_push(&L->t[QZ_ORG__T_PG], where(n), (void **)&m);
    if (rc < 0 || (rc = attr_ref(L, n, "post", QZ_ORG_POST, &m->post)) < 0 ||
        (rc = attr_bool(L, n, "secretary", 0, &m->secretary)) < 0)
        return rc;
    return attr_range(L, n, 0, 0, &m->from, &m->to);
}

static int attr_scope(qz_org__loader *L, const qz_xml_node *n, int *out)
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

static int on_entrustment(qz_org__loader *L, const qz_xml_node *n)
{
    qz_org__entrust *e = NULL;
    int rc = table_push(&L->t[QZ_ORG__T_ENTRUST], where(n), (void **)&e);
    if (rc < 0 || (rc = attr_ref(L, n, "by", QZ_ORG_POST, &e->by)) < 0 ||
        (rc = attr_ref(L, n, "agent", QZ_ORG_POST, &e->agent)) < 0 ||
        (rc = attr_scope(L, n, &e->scope)) < 0 || (rc = attr_id(L, n, "subject", 0, &e->subject, NULL)) < 0 ||
        (rc = attr_text(L, n, "note", 0, "", &e->note)) < 0 ||
        (rc = attr_range(L, n, 1, 0, &e->from, &e->to)) < 0)
        return rc;
    if (e->by == e->agent)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "entrustment cycle: '%s' entrusts itself",
                            L->org->posts[e->by].id);
    return QZ_OK;
}

static int on_absence(qz_org__loader *L, const qz_xml_node *n)
{
    qz_org__absence *a = NULL;
    int rc = table_push(&L->t[QZ_ORG__T_ABSENCE], where(n), (void **)&a);
    if (rc < 0 || (rc = attr_ref(L, n, "person", QZ_ORG_PERSON, &a->person)) < 0 ||
        (rc = attr_range(L, n, 1, 1, &a->from, &a->to)) < 0 ||
        (rc = attr_bool(L, n, "away-from-county", 0, &a->away_from_county)) < 0 ||
        (rc = attr_id(L, n, "destination", 0, &a->destination, NULL)) < 0 ||
        (rc = attr_text(L, n, "purpose", 0, "", &a->purpose)) < 0)
        return rc;
    a->exc_by = a->exc_note = "";
    a->exc_on = QZ_DATE_NONE;
    return attr_text(L, n, "reason", 0, "", &a->reason);
}

/* <exception> inside an <absence>: a recorded, approved exception to one
 * not-away-together rule (who approved it, when). The rule id is checked
 * against a rule set when a question reads it. */
static int on_exception(qz_org__loader *L, const qz_xml_node *n)
{
    qz_org__table *t = &L->t[QZ_ORG__T_ABSENCE];
    qz_org__absence *a = (qz_org__absence *)*t->rows + (*t->n - 1); /* the enclosing absence */
    if (a->exc_rule)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "an <absence> has at most one <exception>");
    int rc;
    if ((rc = attr_id(L, n, "rule", 1, &a->exc_rule, NULL)) < 0 ||
        (rc = attr_text(L, n, "approved-by", 1, NULL, &a->exc_by)) < 0 ||
        (rc = attr_date(L, n, "approved-on", 0, QZ_DATE_NONE, &a->exc_on)) < 0)
        return rc;
    return attr_text(L, n, "note", 0, "", &a->exc_note);
}

/* <assist post="..." leader="..."/>: post assists (协助) the leader post. */
static int on_assist(qz_org__loader *L, const qz_xml_node *n)
{
    qz_org__assist *a = NULL;
    int rc = table_push(&L->t[QZ_ORG__T_ASSIST], where(n), (void **)&a);
    if (rc < 0 || (rc = attr_ref(L, n, "post", QZ_ORG_POST, &a->post)) < 0 ||
        (rc = attr_ref(L, n, "leader", QZ_ORG_POST, &a->leader)) < 0 ||
        (rc = attr_range(L, n, 0, 0, &a->from, &a->to)) < 0)
        return rc;
    if (a->post == a->leader)
        return qz__xml_fail(L->x, n, QZ_ESCHEMA, "post '%s' assists itself", L->org->posts[a->post].id);
    return QZ_OK;
}

static int on_section(qz_org__loader *L, const qz_xml_node *n)
{
    (void)L;
    (void)n;
    return QZ_OK;
}

typedef struct element {
    qz_xml_place place; /* lib/util/xml_place.c */
    int (*start)(qz_org__loader *L, const qz_xml_node *n);
} element;

static const element elements[] = {
    {{"organisation", 1, NULL}, on_organisation},
    {{"units", 2, "organisation"}, on_section},
    {{"areas", 2, "organisation"}, on_section},
    {{"posts", 2, "organisation"}, on_section},
    {{"people", 2, "organisation"}, on_section},
    {{"tenures", 2, "organisation"}, on_section},
    {{"portfolios", 2, "organisation"}, on_section},
    {{"ab-pairs", 2, "organisation"}, on_section},
    {{"assists", 2, "organisation"}, on_section},
    {{"party-group", 2, "organisation"}, on_party_group},
    {{"entrustments", 2, "organisation"}, on_section},
    {{"absences", 2, "organisation"}, on_section},
    {{"unit", 3, "units"}, on_unit},
    {{"area", 3, "areas"}, on_area},
    {{"post", 3, "posts"}, on_post},
    {{"person", 3, "people"}, on_person},
    {{"tenure", 3, "tenures"}, on_tenure},
    {{"portfolio", 3, "portfolios"}, on_portfolio},
    {{"matter", 4, "portfolio"}, on_matter},
    {{"ab-pair", 3, "ab-pairs"}, on_ab_pair},
    {{"member", 3, "party-group"}, on_member},
    {{"entrustment", 3, "entrustments"}, on_entrustment},
    {{"absence", 3, "absences"}, on_absence},
    {{"exception", 4, "absence"}, on_exception},
    {{"assist", 3, "assists"}, on_assist},
};

/* `parent` is the element table's entry for the enclosing element (-1 at the
 * root); the matched entry is returned through `*matched`. */
static int on_start(qz_org__loader *L, const qz_xml_node *n, int parent, int *matched)
{
    int i = qz__xml_place_find(L->x, n, elements, sizeof(elements) / sizeof(elements[0]), sizeof(elements[0]),
                               parent);
    if (i < 0)
        return i;
    *matched = i;
    return elements[i].start(L, n);
}

/* ------------------------------------------------------------------ */
/* Loading */

#define MAX_DEPTH 4

static int read_document(qz_org__loader *L)
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
    if (rc == 0 && !L->org->id)
        return qz__xml_fail(L->x, NULL, QZ_ESCHEMA, "not an organisation");
    return rc;
}

static int load(qz_org **out, qz_xml *x)
{
    qz_org *org = qz_org__new();
    if (!org) {
        qz__xml_close(x);
        return qz__error_nomem();
    }
    qz_org__loader L;
    loader_init(&L, org);
    L.x = x;
    int rc = read_document(&L);
    if (rc == 0) {
        const char *name = qz__xml_name(x);
        org->source = qz_org__store(org, name, strlen(name));
        rc = org->source ? QZ_OK : QZ_ENOMEM;
    }
    if (rc == 0)
        rc = qz_org__build(&L);
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
    if (!out || (!data && size > 0))
        return qz__error(QZ_EINVAL, "qz_org_load_memory: NULL argument");
    qz_xml *x;
    int rc = qz__xml_open_memory(&x, data ? data : "", size, name ? name : "<memory>", &org_schema);
    return rc < 0 ? rc : load(out, x);
}

int qz_org_load_file(qz_org **out, const char *path)
{
    if (out)
        *out = NULL;
    if (!out || !path)
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