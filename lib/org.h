/* Internal: the layout of a qz_org and index-based lookups for the rule
 * engine, which works with indices rather than ids on its hot paths.
 *
 * Units, areas, posts and people are kept in arrays sorted by id, so an index
 * is also the canonical order. Every relation array is sorted by the key it
 * is looked up with and each entity records the range of its rows, so each
 * lookup is a hash lookup of an id plus a binary search or a short scan. */
#ifndef QZ_LIB_ORG_H
#define QZ_LIB_ORG_H

#include <stdint.h>
#include <string.h>

#include "quanze/date.h"
#include "quanze/org.h"
#include "refcount.h"
#include "strtab.h"

/* "No index" for int32_t references. */
#define QZ_ORG__NONE (-1)

typedef struct qz_org__unit {
    const char *id, *name, *kind;
    int32_t parent;              /* unit index or QZ_ORG__NONE */
    uint32_t tag_first, tag_n;   /* rows of org->unit_tags (sorted strings) */
    uint32_t post_first, post_n; /* rows of org->unit_posts */
} qz_org__unit;

typedef struct qz_org__area {
    const char *id, *name;
} qz_org__area;

typedef struct qz_org__post {
    const char *id, *name, *role;
    int32_t unit;
    int single;                  /* at most one holder a day */
    uint32_t ten_first, ten_n;   /* rows of org->tenures */
    uint32_t port_first, port_n; /* rows of org->post_charges */
    uint32_t ab_first, ab_n;     /* rows of org->ab */
    uint32_t pg_first, pg_n;     /* rows of org->pg */
    uint32_t ent_first, ent_n;   /* rows of org->entrust (entrustments it makes) */
    int rank;                    /* published order (排名), 1 first; 0: none */
    uint32_t as_first, as_n;     /* rows of org->assists (the posts assisting it) */
} qz_org__post;

typedef struct qz_org__person {
    const char *id, *name;
    int cpc;
    uint32_t ten_first, ten_n; /* rows of org->person_tenures */
    uint32_t abs_first, abs_n; /* rows of org->absences */
} qz_org__person;

/* Every dated row starts with `from, to` (inclusive), which lets one binary
 * search serve all relations. */
typedef struct qz_org__tenure { /* sorted by post, from, person, to */
    qz_date from, to;
    int32_t post, person;
} qz_org__tenure;

typedef struct qz_org__absence { /* sorted by person, from; no overlaps per person */
    qz_date from, to;
    int32_t person;
    int away_from_county;
    const char *reason; /* never NULL */
    /* where to and why (city vocabulary): destination an id of the rule
     * set's destinations or NULL, purpose never NULL */
    const char *destination, *purpose;
    /* an approved exception to one not-away-together rule (rule id, or NULL) */
    const char *exc_rule, *exc_by, *exc_note; /* exc_by, exc_note never NULL */
    qz_date exc_on;                           /* QZ_DATE_NONE when not given */
} qz_org__absence;

/* A matter is a unit index u (0 <= u < nunits) or nunits + an area index. */
typedef struct qz_org__charge { /* sorted by matter, from; no overlaps per matter */
    qz_date from, to;
    int32_t post, matter;
} qz_org__charge;

typedef struct qz_org__ab { /* one row per side of a pair; sorted by post, from */
    qz_date from, to;
    int32_t post, partner;
    int line, column; /* where the pair was written (for the rule set's check) */
} qz_org__ab;

/* Post `post` assists (协助) leader post `leader`: a deputy secretary-general
 * and the vice-mayors whose work they help with. Sorted by leader, from, post. */
typedef struct qz_org__assist {
    qz_date from, to;
    int32_t post, leader;
} qz_org__assist;

typedef struct qz_org__pg { /* party group rows; sorted by post, from */
    qz_date from, to;
    int32_t post;
    int secretary;
} qz_org__pg;

typedef struct qz_org__entrust { /* sorted by by, from, agent, scope, subject, to, note */
    qz_date from, to;
    int32_t by, agent;
    int scope;
    const char *subject; /* NULL: the whole scope */
    const char *note;    /* never NULL */
} qz_org__entrust;

struct qz_org {
    qz_refcount refs;
    const char *id, *name;
    const char *pg_name; /* NULL: no party group */
    const char *source;  /* the input's name (file or given name), for messages */

    qz_org__unit *units;
    uint32_t nunits;
    qz_org__area *areas;
    uint32_t nareas;
    qz_org__post *posts;
    uint32_t nposts;
    qz_org__person *people;
    uint32_t npeople;

    const char **unit_tags;
    uint32_t nunit_tags;   /* per unit, sorted */
    int32_t *tag_units;    /* units sorted by (tag, unit): nunit_tags rows */
    const char **tag_keys; /* tag of each tag_units row */
    int32_t *unit_posts;   /* posts sorted by (unit, post): nposts rows */
    int32_t *role_posts;   /* posts sorted by (role, rank, post), unranked last: nposts rows */
    const char **role_keys;
    uint32_t nrole_keys;  /* the distinct roles of posts, sorted */
    uint32_t *role_first; /* nrole_keys + 1 offsets into role_posts */

    qz_org__tenure *tenures;
    uint32_t ntenures;
    int32_t *person_tenures; /* tenure rows sorted by (person, post, from) */
    qz_org__absence *absences;
    uint32_t nabsences;
    qz_org__charge *charges;
    uint32_t ncharges;
    uint32_t *matter_first; /* nunits + nareas + 1 offsets into charges */
    int32_t *post_charges;  /* charge rows sorted by (post, matter, from) */
    qz_org__ab *ab;
    uint32_t nab;
    qz_org__pg *pg;
    uint32_t npg;
    int32_t *pg_secretaries;
    uint32_t npg_secretaries; /* secretary rows of pg sorted by from */
    qz_org__entrust *entrust;
    uint32_t nentrust;
    qz_org__assist *assists;
    uint32_t nassists;

    qz__strtab strings; /* every string; a slot's ref says which entity an id names
                         * (kind << 28 | index, 0 = none) */
};

/* Entity references in the string table. */
#define QZ_ORG__REF(kind, index) (((uint32_t)(kind) << 28) | (uint32_t)(index))
#define QZ_ORG__REF_KIND(ref) ((int)((ref) >> 28))
#define QZ_ORG__REF_INDEX(ref) ((int32_t)((ref)&0x0fffffffu))
#define QZ_ORG__MAX_ENTITIES 0x0fffffffu

/* The index of entity `id` of `kind` (a qz_org_kind), or QZ_ORG__NONE. */
int32_t qz_org__find(const qz_org *org, const char *id, int kind);
/* One lookup of `id`, whatever it names: its kind (QZ_ORG_NONE when it
 * names nothing) and index into *kind and *index, and the organisation's own
 * copy of the id returned (Borrowed from the organisation), or NULL. */
const char *qz_org__lookup(const qz_org *org, const char *id, int *kind, int32_t *index);

/* Index lookups on a date; all return QZ_ORG__NONE or NULL when nothing matches. */
int32_t qz_org__holder(const qz_org *org, int32_t post, qz_date date);
const qz_org__absence *qz_org__away(const qz_org *org, int32_t person, qz_date date);
int32_t qz_org__in_charge(const qz_org *org, int32_t matter, qz_date date);
int32_t qz_org__ab_partner(const qz_org *org, int32_t post, qz_date date);
/* The party group row of `post` in force on `date`, or NULL. */
const qz_org__pg *qz_org__pg_row(const qz_org *org, int32_t post, qz_date date);
int32_t qz_org__pg_secretary(const qz_org *org, qz_date date);
/* The first entrustment by `by` of `scope` in force on `date` whose subject
 * is NULL or equal to `subject` (any subject when `subject` is NULL). */
const qz_org__entrust *qz_org__entrusted(const qz_org *org, int32_t by, int scope, const char *subject,
                                         qz_date date);
/* The matter index of a unit or area id, or QZ_ORG__NONE. */
int32_t qz_org__matter(const qz_org *org, const char *id);
/* The matter index of entity `index` of `kind` (a unit or an area), or QZ_ORG__NONE. */
int32_t qz_org__matter_at(const qz_org *org, int kind, int32_t index);
/* The id of matter index m. */
const char *qz_org__matter_id(const qz_org *org, int32_t m);

/* Building (org.c): a zeroed organisation with one reference, string
 * interning while loading, and freeing. */
qz_org *qz_org__new(void);
/* Stores `len` bytes of `s` once; returns the stored copy (NULL on ENOMEM)
 * and, through `slot_ref`, a pointer to its slot's ref (valid until the
 * next intern). */
const char *qz_org__intern(qz_org *org, const char *s, size_t len, uint32_t **slot_ref);
/* Stores a string without looking for an earlier copy (names and notes are
 * mostly unique; the string table is kept for ids and short vocabularies). */
const char *qz_org__store(qz_org *org, const char *s, size_t len);
void qz_org__destroy(qz_org *org);

/* A date for a message; an open start (the overlap of two ranges that both
 * have none) reads "any day". Returns buf or a constant. */
const char *qz_org__fmt_date(char buf[QZ_DATE_BUFSIZE], qz_date d);

/* ------------------------------------------------------------------ */
/* Loading (org_load.c reads the rows, org_build.c puts them in canonical
 * order, checks them and makes the indexes). */

struct qz_xml;

/* Where a row was written in the input. */
typedef struct qz_org__pos {
    int line, column;
} qz_org__pos;

/* A growable array of rows with the place each row came from. */
typedef struct qz_org__table {
    void **rows; /* points at the qz_org array it fills */
    uint32_t *n; /* and at its count */
    size_t size; /* bytes per row */
    size_t cap;
    qz_org__pos *where;
    size_t cap_where;
} qz_org__table;

enum {
    QZ_ORG__T_UNIT,
    QZ_ORG__T_AREA,
    QZ_ORG__T_POST,
    QZ_ORG__T_PERSON,
    QZ_ORG__T_TENURE,
    QZ_ORG__T_ABSENCE,
    QZ_ORG__T_CHARGE,
    QZ_ORG__T_AB,
    QZ_ORG__T_PG,
    QZ_ORG__T_ENTRUST,
    QZ_ORG__T_ASSIST,
    QZ_ORG__T_COUNT
};

typedef struct qz_org__loader {
    struct qz_xml *x;
    qz_org *org;
    qz_org__table t[QZ_ORG__T_COUNT];
    const char **parent_ids; /* per unit, as written */
    size_t cap_parent_ids;
    size_t cap_tags;
    /* the <portfolio> being read */
    int32_t port_post;
    qz_date port_from, port_to;
    qz_org__pos port_where;
} qz_org__loader;

/* While loading, a matter is a load-order index with areas marked by this
 * bit until the build knows the number of units. */
#define QZ_ORG__AREA_MARK 0x40000000

/* After the whole document is read: canonical order, the checks that need
 * every row (overlaps, pairs, cycles) and the lookup indexes. Errors name the
 * place of the offending row. */
int qz_org__build(qz_org__loader *L);

/* Which rows of a sorted relation lie in force on a date. */
static inline int qz_org__in_force(qz_date from, qz_date to, qz_date date)
{
    return from <= date && date <= to;
}

/* ---- The organisation by index, for the query engine ----
 * Indexes are valid ones (0 <= index < count) unless said otherwise; the
 * strings live as long as the organisation. The one-line accessors are
 * inline (the hot paths of the queries call them per person); the others
 * are in org_index.c. */
static inline const char *qz_org__post_id(const qz_org *org, int32_t post)
{
    return org->posts[post].id;
}
static inline const char *qz_org__post_name(const qz_org *org, int32_t post)
{
    return org->posts[post].name;
}
/* The post's own role id (stored once: equal roles are equal pointers). */
static inline const char *qz_org__post_role(const qz_org *org, int32_t post)
{
    return org->posts[post].role;
}
/* 1 when the post has at most one holder a day. */
static inline int qz_org__post_single(const qz_org *org, int32_t post)
{
    return org->posts[post].single;
}
static inline const char *qz_org__person_id(const qz_org *org, int32_t person)
{
    return org->people[person].id;
}
static inline const char *qz_org__person_name(const qz_org *org, int32_t person)
{
    return org->people[person].name;
}
/* 1 for a member of the Communist Party of China, else 0. */
static inline size_t qz_org__person_count(const qz_org *org)
{
    return org->npeople;
}
static inline int qz_org__person_cpc(const qz_org *org, int32_t person)
{
    return org->people[person].cpc;
}
/* The posts whose own role is `role`: rows [*first, *first + n) of a list
 * read with qz_org__own_role_post(); n = 0 when no post has it as its own
 * role (the party group's roles: see qz_org__role_post_at()). */
uint32_t qz_org__own_role_rows(const qz_org *org, const char *role, uint32_t *first);
static inline int32_t qz_org__own_role_post(const qz_org *org, uint32_t row)
{
    return org->role_posts[row];
}
/* 1 when `post`'s own role is the role of own-role row `row`. */
static inline int qz_org__post_has_own_role(const qz_org *org, int32_t post, uint32_t row)
{
    const char *key = org->posts[org->role_posts[row]].role; /* role ids are stored once */
    return org->posts[post].role == key || strcmp(org->posts[post].role, key) == 0;
}
/* qz_org_post_has_role() by index (party group roles included; 0 for QZ_ORG__NONE). */
int qz_org__post_has_role(const qz_org *org, int32_t post, const char *role, qz_date date);
/* qz_org_role_post_count() / _at() by index (party group roles included). */
size_t qz_org__role_post_count(const qz_org *org, const char *role, qz_date date);
/* The posts of party group role `role` (member or secretary) in force on
 * `date`, in the order of qz_org__role_post_at(), one per call: start with
 * *cursor = 0; QZ_ORG__NONE after the last (at once for any other role).
 * One pass over the group, where qz_org__role_post_at() scans from the start. */
int32_t qz_org__group_post_next(const qz_org *org, const char *role, qz_date date, uint32_t *cursor);
int32_t qz_org__role_post_at(const qz_org *org, const char *role, qz_date date, size_t i);
/* The absence of person `person` (an id) in force on `date`, or NULL when
 * the person is not away or unknown. */
const qz_org__absence *qz_org__away_of(const qz_org *org, const char *person, qz_date date);
/* The holders of `post` on `date`, in tenure order (as qz_org_holder_at()). */
size_t qz_org__holder_count(const qz_org *org, int32_t post, qz_date date);
int32_t qz_org__holder_at(const qz_org *org, int32_t post, qz_date date, size_t i);
/* The entrustments `by` makes (any date): rows [*first, *first + n) read
 * with qz_org__entrust_row(). */
static inline uint32_t qz_org__entrust_rows(const qz_org *org, int32_t by, uint32_t *first)
{
    *first = org->posts[by].ent_first;
    return org->posts[by].ent_n;
}
static inline const qz_org__entrust *qz_org__entrust_row(const qz_org *org, uint32_t row)
{
    return &org->entrust[row];
}
/* 1 when post `post` assists leader post `leader` on `date`. */
int qz_org__assists(const qz_org *org, int32_t post, int32_t leader, qz_date date);
/* The posts assisting `leader` (any date): rows [*first, *first + n) of org->assists. */
static inline uint32_t qz_org__assist_rows(const qz_org *org, int32_t leader, uint32_t *first)
{
    *first = org->posts[leader].as_first;
    return org->posts[leader].as_n;
}
static inline const qz_org__assist *qz_org__assist_row(const qz_org *org, uint32_t row)
{
    return &org->assists[row];
}

#endif
