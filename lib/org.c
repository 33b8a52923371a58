/* The organisation model: storage, string table and lookups.
 * Loading is in org_load.c and org_build.c, saving in org_save.c. */
#include "org.h"

#include <string.h>

#include "alloc.h"
#include "error.h"

/* ------------------------------------------------------------------ */
/* Strings: the organisation's string table (lib/util/strtab.c). */

const char *qz_org__store(qz_org *org, const char *s, size_t len)
{
    return qz__strtab_store(&org->strings, s, len);
}

const char *qz_org__intern(qz_org *org, const char *s, size_t len, uint32_t **slot_ref)
{
    return qz__strtab_intern(&org->strings, s, len, slot_ref);
}

static const qz__strtab_slot *find_slot(const qz_org *org, const char *s)
{
    return org ? qz__strtab_find(&org->strings, s) : NULL;
}

const char *qz_org__fmt_date(char buf[QZ_DATE_BUFSIZE], qz_date d)
{
    if (d == QZ_ORG_DATE_MIN)
        return "any day";
    qz_date_format(buf, QZ_DATE_BUFSIZE, d);
    return buf;
}

/* ------------------------------------------------------------------ */
/* Lifetime */

qz_org *qz_org__new(void)
{
    qz_org *org = qz__calloc(1, sizeof(*org));
    if (org)
        qz__ref_init(&org->refs);
    return org;
}

void qz_org__destroy(qz_org *org)
{
    if (!org)
        return;
    void *arrays[] = {org->units,      org->areas,          org->posts,          org->people,
                      org->unit_tags,  org->tag_units,      org->tag_keys,       org->unit_posts,
                      org->role_posts, org->tenures,        org->person_tenures, org->absences,
                      org->charges,    org->matter_first,   org->post_charges,   org->ab,
                      org->pg,         org->pg_secretaries, org->entrust,        org->role_keys,
                      org->role_first, org->assists};
    for (size_t i = 0; i < sizeof(arrays) / sizeof(arrays[0]); i++)
        qz__free(arrays[i]);
    qz__strtab_free(&org->strings);
    qz__free(org);
}

qz_org *qz_org_ref(const qz_org *org)
{
    qz_org *o = (qz_org *)org; /* the count is the one mutable part */
    if (o)
        qz__ref_inc(&o->refs);
    return o;
}

void qz_org_free(qz_org *org)
{
    if (org && qz__ref_dec(&org->refs))
        qz_org__destroy(org);
}

/* ------------------------------------------------------------------ */
/* Index lookups */

int32_t qz_org__find(const qz_org *org, const char *id, int kind)
{
    const qz__strtab_slot *e = find_slot(org, id);
    if (!e || e->ref == 0 || QZ_ORG__REF_KIND(e->ref) != kind)
        return QZ_ORG__NONE;
    return QZ_ORG__REF_INDEX(e->ref);
}

const char *qz_org__lookup(const qz_org *org, const char *id, int *kind, int32_t *index)
{
    const qz__strtab_slot *e = find_slot(org, id);
    *kind = e && e->ref ? QZ_ORG__REF_KIND(e->ref) : QZ_ORG_NONE;
    *index = e && e->ref ? QZ_ORG__REF_INDEX(e->ref) : QZ_ORG__NONE;
    return e && e->ref ? e->s : NULL;
}

qz_org_kind qz_org_kind_of(const qz_org *org, const char *id)
{
    const qz__strtab_slot *e = find_slot(org, id);
    return e ? (qz_org_kind)QZ_ORG__REF_KIND(e->ref) : QZ_ORG_NONE;
}

/* Rows [first, first + n) of an array whose elements start with `from, to`
 * and are sorted by `from`: the last row with from <= date, or -1. */
static int64_t last_started(const void *rows, size_t stride, uint32_t first, uint32_t n, qz_date date)
{
    uint32_t lo = first, hi = first + n; /* answer in [lo - 1, hi) */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const qz_date *r = (const qz_date *)((const char *)rows + (size_t)mid * stride);
        if (r[0] <= date)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo == first ? -1 : (int64_t)lo - 1;
}

/* In rows that do not overlap, the one in force on date, or -1. */
static int64_t row_on(const void *rows, size_t stride, uint32_t first, uint32_t n, qz_date date)
{
    int64_t i = last_started(rows, stride, first, n, date);
    if (i < 0)
        return -1;
    const qz_date *r = (const qz_date *)((const char *)rows + (size_t)i * stride);
    return r[1] >= date ? i : -1;
}

#define ROW_ON(rows, first, n, date) row_on((rows), sizeof *(rows), (first), (n), (date))

int32_t qz_org__holder(const qz_org *org, int32_t post, qz_date date)
{
    if (post < 0)
        return QZ_ORG__NONE;
    const qz_org__post *p = &org->posts[post];
    if (p->single) {
        int64_t i = ROW_ON(org->tenures, p->ten_first, p->ten_n, date);
        return i < 0 ? QZ_ORG__NONE : org->tenures[i].person;
    }
    for (uint32_t i = p->ten_first; i < p->ten_first + p->ten_n; i++)
        if (qz_org__in_force(org->tenures[i].from, org->tenures[i].to, date))
            return org->tenures[i].person;
    return QZ_ORG__NONE;
}

const qz_org__absence *qz_org__away(const qz_org *org, int32_t person, qz_date date)
{
    if (person < 0)
        return NULL;
    const qz_org__person *p = &org->people[person];
    int64_t i = ROW_ON(org->absences, p->abs_first, p->abs_n, date);
    return i < 0 ? NULL : &org->absences[i];
}

int32_t qz_org__in_charge(const qz_org *org, int32_t matter, qz_date date)
{
    if (matter < 0)
        return QZ_ORG__NONE;
    uint32_t first = org->matter_first[matter];
    int64_t i = ROW_ON(org->charges, first, org->matter_first[matter + 1] - first, date);
    return i < 0 ? QZ_ORG__NONE : org->charges[i].post;
}

int32_t qz_org__ab_partner(const qz_org *org, int32_t post, qz_date date)
{
    if (post < 0)
        return QZ_ORG__NONE;
    const qz_org__post *p = &org->posts[post];
    int64_t i = ROW_ON(org->ab, p->ab_first, p->ab_n, date);
    return i < 0 ? QZ_ORG__NONE : org->ab[i].partner;
}

const qz_org__pg *qz_org__pg_row(const qz_org *org, int32_t post, qz_date date)
{
    if (post < 0)
        return NULL;
    const qz_org__post *p = &org->posts[post];
    int64_t i = ROW_ON(org->pg, p->pg_first, p->pg_n, date);
    return i < 0 ? NULL : &org->pg[i];
}

int32_t qz_org__pg_secretary(const qz_org *org, qz_date date)
{
    /* pg_secretaries holds row numbers sorted by the rows' start; search them. */
    uint32_t lo = 0, hi = org->npg_secretaries;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (org->pg[org->pg_secretaries[mid]].from <= date)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return QZ_ORG__NONE;
    const qz_org__pg *row = &org->pg[org->pg_secretaries[lo - 1]];
    return row->to >= date ? row->post : QZ_ORG__NONE;
}

static int subject_matches(const qz_org__entrust *e, const char *subject)
{
    return !e->subject || !subject || strcmp(e->subject, subject) == 0;
}

const qz_org__entrust *qz_org__entrusted(const qz_org *org, int32_t by, int scope, const char *subject,
                                         qz_date date)
{
    if (by < 0)
        return NULL;
    const qz_org__post *p = &org->posts[by];
    for (uint32_t i = p->ent_first; i < p->ent_first + p->ent_n; i++) {
        const qz_org__entrust *e = &org->entrust[i];
        if (e->scope == scope && qz_org__in_force(e->from, e->to, date) && subject_matches(e, subject))
            return e;
    }
    return NULL;
}

int32_t qz_org__matter(const qz_org *org, const char *id)
{
    const qz__strtab_slot *e = find_slot(org, id);
    if (!e || e->ref == 0)
        return QZ_ORG__NONE;
    if (QZ_ORG__REF_KIND(e->ref) == QZ_ORG_UNIT)
        return QZ_ORG__REF_INDEX(e->ref);
    if (QZ_ORG__REF_KIND(e->ref) == QZ_ORG_AREA)
        return (int32_t)org->nunits + QZ_ORG__REF_INDEX(e->ref);
    return QZ_ORG__NONE;
}

int32_t qz_org__matter_at(const qz_org *org, int kind, int32_t index)
{
    if (kind == QZ_ORG_UNIT)
        return index;
    if (kind == QZ_ORG_AREA)
        return (int32_t)org->nunits + index;
    return QZ_ORG__NONE;
}

const char *qz_org__matter_id(const qz_org *org, int32_t m)
{
    return (uint32_t)m < org->nunits ? org->units[m].id : org->areas[(uint32_t)m - org->nunits].id;
}

/* ------------------------------------------------------------------ */
/* Public accessors: resolve the id, then use the index lookups. */

static const char *const kind_names[] = {"thing", "unit", "area", "post", "person"};

/* The index of `id` as an entity of `kind`, or QZ_ORG__NONE with the reason
 * recorded: QZ_EINVAL for a NULL argument, QZ_ENOTFOUND naming the id. */
static int32_t find(const qz_org *org, const char *id, qz_org_kind kind)
{
    if (!org || !id) {
        qz__error(QZ_EINVAL, "NULL %s", !org ? "organisation" : "id");
        return QZ_ORG__NONE;
    }
    int32_t i = qz_org__find(org, id, kind);
    if (i < 0)
        qz__error(QZ_ENOTFOUND, "no %s '%s' in organisation '%s'", kind_names[kind], id, org->id);
    return i;
}

#define FIND(kind) find(org, id, (kind))

/* Recorded reasons for the accessors that answer NULL or 0. */
static void no_org(const char *fn)
{
    qz__error(QZ_EINVAL, "%s: NULL organisation", fn);
}

static void past_end(const char *fn, size_t i, size_t n)
{
    qz__error(QZ_ENOTFOUND, "%s: no entry %zu (there are %zu)", fn, i, n);
}

/* The code of the error find() just recorded. */
static int find_rc(void)
{
    return qz_error_code(qz_error_last());
}

const char *qz_org_id(const qz_org *org)
{
    if (!org) {
        no_org(__func__);
        return NULL;
    }
    return org->id;
}
const char *qz_org_name(const qz_org *org)
{
    if (!org) {
        no_org(__func__);
        return NULL;
    }
    return org->name;
}

static const qz_org__unit *unit_of(const qz_org *org, const char *id)
{
    int32_t u = FIND(QZ_ORG_UNIT);
    return u < 0 ? NULL : &org->units[u];
}

static const qz_org__post *post_of(const qz_org *org, const char *id)
{
    int32_t p = FIND(QZ_ORG_POST);
    return p < 0 ? NULL : &org->posts[p];
}

static const qz_org__person *person_of(const qz_org *org, const char *id)
{
    int32_t p = FIND(QZ_ORG_PERSON);
    return p < 0 ? NULL : &org->people[p];
}

size_t qz_org_unit_count(const qz_org *org)
{
    if (!org) {
        no_org(__func__);
        return 0;
    }
    return org->nunits;
}

const char *qz_org_unit_at(const qz_org *org, size_t i)
{
    if (!org) {
        no_org(__func__);
        return NULL;
    }
    if (i >= org->nunits) {
        past_end(__func__, i, org->nunits);
        return NULL;
    }
    return org->units[i].id;
}

const char *qz_org_unit_name(const qz_org *org, const char *id)
{
    const qz_org__unit *u = unit_of(org, id);
    return u ? u->name : NULL;
}

const char *qz_org_unit_kind(const qz_org *org, const char *id)
{
    const qz_org__unit *u = unit_of(org, id);
    return u ? u->kind : NULL;
}

const char *qz_org_unit_parent(const qz_org *org, const char *id)
{
    const qz_org__unit *u = unit_of(org, id);
    return u && u->parent >= 0 ? org->units[u->parent].id : NULL;
}

size_t qz_org_unit_tag_count(const qz_org *org, const char *id)
{
    const qz_org__unit *u = unit_of(org, id);
    return u ? u->tag_n : 0;
}

const char *qz_org_unit_tag_at(const qz_org *org, const char *id, size_t i)
{
    const qz_org__unit *u = unit_of(org, id);
    if (!u)
        return NULL;
    if (i >= u->tag_n) {
        past_end(__func__, i, u->tag_n);
        return NULL;
    }
    return org->unit_tags[u->tag_first + i];
}

int qz_org_unit_has_tag(int *out, const qz_org *org, const char *id, const char *tag)
{
    if (out)
        *out = 0;
    if (!out || !tag)
        return qz__error(QZ_EINVAL, "qz_org_unit_has_tag: NULL argument");
    const qz_org__unit *u = unit_of(org, id);
    if (!u)
        return find_rc();
    for (uint32_t i = 0; i < u->tag_n; i++)
        if (strcmp(org->unit_tags[u->tag_first + i], tag) == 0)
            *out = 1;
    return QZ_OK;
}

/* Binary search over n strings sorted by strcmp: the first that is >= key
 * (upper = 0) or > key (upper = 1). Two searches bound a key's rows. */
static uint32_t bound(const char *const *keys, uint32_t n, const char *key, int upper)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strcmp(keys[mid], key);
        if (c < 0 || (upper && c == 0))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The rows of tag_units for `tag`: [*first, *first + return value). */
static uint32_t tag_range(const qz_org *org, const char *tag, uint32_t *first)
{
    *first = 0;
    if (!org || !tag)
        return 0;
    *first = bound(org->tag_keys, org->nunit_tags, tag, 0);
    return bound(org->tag_keys, org->nunit_tags, tag, 1) - *first;
}

size_t qz_org_tagged_unit_count(const qz_org *org, const char *tag)
{
    uint32_t first;
    return tag_range(org, tag, &first);
}

const char *qz_org_tagged_unit_at(const qz_org *org, const char *tag, size_t i)
{
    uint32_t first, n = tag_range(org, tag, &first);
    if (i >= n) {
        past_end(__func__, i, n);
        return NULL;
    }
    return org->units[org->tag_units[first + i]].id;
}

size_t qz_org_unit_post_count(const qz_org *org, const char *id)
{
    const qz_org__unit *u = unit_of(org, id);
    return u ? u->post_n : 0;
}

const char *qz_org_unit_post_at(const qz_org *org, const char *id, size_t i)
{
    const qz_org__unit *u = unit_of(org, id);
    if (!u)
        return NULL;
    if (i >= u->post_n) {
        past_end(__func__, i, u->post_n);
        return NULL;
    }
    return org->posts[org->unit_posts[u->post_first + i]].id;
}

size_t qz_org_area_count(const qz_org *org)
{
    if (!org) {
        no_org(__func__);
        return 0;
    }
    return org->nareas;
}

const char *qz_org_area_at(const qz_org *org, size_t i)
{
    if (!org) {
        no_org(__func__);
        return NULL;
    }
    if (i >= org->nareas) {
        past_end(__func__, i, org->nareas);
        return NULL;
    }
    return org->areas[i].id;
}

const char *qz_org_area_name(const qz_org *org, const char *id)
{
    int32_t a = FIND(QZ_ORG_AREA);
    return a < 0 ? NULL : org->areas[a].name;
}

size_t qz_org_post_count(const qz_org *org)
{
    if (!org) {
        no_org(__func__);
        return 0;
    }
    return org->nposts;
}

const char *qz_org_post_at(const qz_org *org, size_t i)
{
    if (!org) {
        no_org(__func__);
        return NULL;
    }
    if (i >= org->nposts) {
        past_end(__func__, i, org->nposts);
        return NULL;
    }
    return org->posts[i].id;
}

const char *qz_org_post_name(const qz_org *org, const char *id)
{
    const qz_org__post *p = post_of(org, id);
    return p ? p->name : NULL;
}

const char *qz_org_post_unit(const qz_org *org, const char *id)
{
    const qz_org__post *p = post_of(org, id);
    return p ? org->units[p->unit].id : NULL;
}

const char *qz_org_post_role(const qz_org *org, const char *id)
{
    const qz_org__post *p = post_of(org, id);
    return p ? p->role : NULL;
}

int qz_org_post_single(int *out, const qz_org *org, const char *id)
{
    if (out)
        *out = 0;
    if (!out)
        return qz__error(QZ_EINVAL, "qz_org_post_single: NULL argument");
    const qz_org__post *p = post_of(org, id);
    if (!p)
        return find_rc();
    *out = p->single;
    return QZ_OK;
}

int qz_org_post_rank(int *out, const qz_org *org, const char *id)
{
    if (out)
        *out = 0;
    if (!out)
        return qz__error(QZ_EINVAL, "qz_org_post_rank: NULL argument");
    const qz_org__post *p = post_of(org, id);
    if (!p)
        return find_rc();
    *out = p->rank;
    return QZ_OK;
}

/* ------------------------------------------------------------------ */
/* Roles. The party group's two roles come from its rows; every other role
 * from the posts' own roles (the loader keeps the two sets apart). */

#define ROLE_PG_SECRETARY QZ_ORG_ROLE_PARTY_GROUP_SECRETARY
#define ROLE_PG_MEMBER QZ_ORG_ROLE_PARTY_GROUP_MEMBER

/* Party group rows in force on date, optionally secretaries only: the
 * i-th one's post, or, with i = SIZE_MAX, the count. */
static size_t pg_scan(const qz_org *org, qz_date date, int secretaries_only, size_t i, int32_t *post)
{
    size_t n = 0;
    for (uint32_t r = 0; r < org->npg; r++) {
        const qz_org__pg *row = &org->pg[r];
        if (!qz_org__in_force(row->from, row->to, date) || (secretaries_only && !row->secretary))
            continue;
        if (n++ == i) {
            *post = row->post;
            return n;
        }
    }
    return n;
}

/* The rows of role_posts with `role`: [*first, *first + return value), found
 * among the few distinct roles (a dozen, however many posts hold them). */
static uint32_t role_range(const qz_org *org, const char *role, uint32_t *first)
{
    *first = 0;
    uint32_t k = bound(org->role_keys, org->nrole_keys, role, 0);
    if (k == org->nrole_keys || strcmp(org->role_keys[k], role) != 0)
        return 0;
    *first = org->role_first[k];
    return org->role_first[k + 1] - *first;
}

static int pg_role(const char *role)
{
    if (strcmp(role, ROLE_PG_SECRETARY) == 0)
        return 2;
    return strcmp(role, ROLE_PG_MEMBER) == 0 ? 1 : 0;
}

int32_t qz_org__group_post_next(const qz_org *org, const char *role, qz_date date, uint32_t *cursor)
{
    int kind = pg_role(role);
    for (uint32_t r = *cursor; kind && r < org->npg; r++) {
        const qz_org__pg *row = &org->pg[r];
        if (!qz_org__in_force(row->from, row->to, date) || (kind == 2 && !row->secretary))
            continue;
        *cursor = r + 1;
        return row->post;
    }
    *cursor = org->npg;
    return QZ_ORG__NONE;
}

int qz_org_post_has_role(int *out, const qz_org *org, const char *id, const char *role, qz_date date)
{
    if (out)
        *out = 0;
    if (!out || !role)
        return qz__error(QZ_EINVAL, "qz_org_post_has_role: NULL argument");
    int32_t p = FIND(QZ_ORG_POST);
    if (p < 0)
        return find_rc();
    int kind = pg_role(role);
    if (kind == 0) {
        *out = strcmp(org->posts[p].role, role) == 0;
        return QZ_OK;
    }
    const qz_org__pg *row = qz_org__pg_row(org, p, date);
    *out = row != NULL && (kind == 1 || row->secretary);
    return QZ_OK;
}

size_t qz_org_role_post_count(const qz_org *org, const char *role, qz_date date)
{
    if (!org || !role)
        return 0;
    int kind = pg_role(role);
    if (kind)
        return pg_scan(org, date, kind == 2, SIZE_MAX, NULL);
    uint32_t first;
    return role_range(org, role, &first);
}

const char *qz_org_role_post_at(const qz_org *org, const char *role, qz_date date, size_t i)
{
    if (!org || !role)
        return NULL;
    int kind = pg_role(role);
    if (kind) {
        int32_t post = QZ_ORG__NONE;
        pg_scan(org, date, kind == 2, i, &post);
        return post < 0 ? NULL : org->posts[post].id;
    }
    uint32_t first, n = role_range(org, role, &first);
    if (i >= n) {
        past_end(__func__, i, n);
        return NULL;
    }
    return org->posts[org->role_posts[first + i]].id;
}

/* ------------------------------------------------------------------ */
/* People and tenures */

size_t qz_org_person_count(const qz_org *org)
{
    if (!org) {
        no_org(__func__);
        return 0;
    }
    return org->npeople;
}

const char *qz_org_person_at(const qz_org *org, size_t i)
{
    if (!org) {
        no_org(__func__);
        return NULL;
    }
    if (i >= org->npeople) {
        past_end(__func__, i, org->npeople);
        return NULL;
    }
    return org->people[i].id;
}

const char *qz_org_person_name(const qz_org *org, const char *id)
{
    const qz_org__person *p = person_of(org, id);
    return p ? p->name : NULL;
}

int qz_org_person_cpc(int *out, const qz_org *org, const char *id)
{
    if (out)
        *out = 0;
    if (!out)
        return qz__error(QZ_EINVAL, "qz_org_person_cpc: NULL argument");
    const qz_org__person *p = person_of(org, id);
    if (!p)
        return find_rc();
    *out = p->cpc;
    return QZ_OK;
}

const char *qz_org_holder(const qz_org *org, const char *id, qz_date date)
{
    int32_t p = FIND(QZ_ORG_POST);
    int32_t who = p < 0 ? QZ_ORG__NONE : qz_org__holder(org, p, date);
    return who < 0 ? NULL : org->people[who].id;
}

/* The rows of a table that are in force on a date, counted or picked: each
 * record starts with `qz_date from, to`; positions first..first+n-1 are rows
 * themselves or, with `index`, entries of an index into the table. Returns
 * the i-th row in force (NULL past the end), and the count when `count` is
 * not NULL. One scan serves every "how many / the i-th" pair below. */
static const void *nth_in_force(const void *table, size_t stride, const int32_t *index, uint32_t first,
                                uint32_t n, qz_date date, size_t i, size_t *count)
{
    size_t seen = 0;
    for (uint32_t r = first; r < first + n; r++) {
        size_t row = index ? (size_t)index[r] : r;
        const void *rec = (const char *)table + row * stride;
        const qz_date *span = rec; /* from, to */
        if (!qz_org__in_force(span[0], span[1], date))
            continue;
        if (seen++ == i && !count)
            return rec;
    }
    if (count)
        *count = seen;
    return NULL;
}

#define TENURES_OF_POST(org, p) (org)->tenures, sizeof(qz_org__tenure), NULL, (p)->ten_first, (p)->ten_n
#define TENURES_OF_PERSON(org, p) \
    (org)->tenures, sizeof(qz_org__tenure), (org)->person_tenures, (p)->ten_first, (p)->ten_n
#define CHARGES_OF_POST(org, p) \
    (org)->charges, sizeof(qz_org__charge), (org)->post_charges, (p)->port_first, (p)->port_n
#define ENTRUSTMENTS_BY(org, p) (org)->entrust, sizeof(qz_org__entrust), NULL, (p)->ent_first, (p)->ent_n

size_t qz_org_holder_count(const qz_org *org, const char *id, qz_date date)
{
    const qz_org__post *p = post_of(org, id);
    size_t n = 0;
    if (p)
        nth_in_force(TENURES_OF_POST(org, p), date, 0, &n);
    return n;
}

const char *qz_org_holder_at(const qz_org *org, const char *id, qz_date date, size_t i)
{
    const qz_org__post *p = post_of(org, id);
    const qz_org__tenure *t = p ? nth_in_force(TENURES_OF_POST(org, p), date, i, NULL) : NULL;
    if (p && !t)
        qz__error(QZ_ENOTFOUND, "%s: no entry %zu on that day", __func__, i);
    return t ? org->people[t->person].id : NULL;
}

size_t qz_org_person_post_count(const qz_org *org, const char *id, qz_date date)
{
    const qz_org__person *p = person_of(org, id);
    size_t n = 0;
    if (p)
        nth_in_force(TENURES_OF_PERSON(org, p), date, 0, &n);
    return n;
}

const char *qz_org_person_post_at(const qz_org *org, const char *id, qz_date date, size_t i)
{
    const qz_org__person *p = person_of(org, id);
    const qz_org__tenure *t = p ? nth_in_force(TENURES_OF_PERSON(org, p), date, i, NULL) : NULL;
    if (p && !t)
        qz__error(QZ_ENOTFOUND, "%s: no entry %zu on that day", __func__, i);
    return t ? org->posts[t->post].id : NULL;
}

size_t qz_org_tenure_count(const qz_org *org, const char *id)
{
    const qz_org__post *p = post_of(org, id);
    return p ? p->ten_n : 0;
}

int qz_org_tenure_at(qz_org_tenure *out, const qz_org *org, const char *id, size_t i)
{
    if (out)
        memset(out, 0, sizeof(*out));
    if (!out)
        return qz__error(QZ_EINVAL, "qz_org_tenure_at: NULL argument");
    const qz_org__post *p = post_of(org, id);
    if (!p)
        return find_rc();
    if (i >= p->ten_n)
        return qz__error(QZ_ENOTFOUND, "post '%s' has %u tenures, not %zu", id, p->ten_n, i + 1);
    const qz_org__tenure *t = &org->tenures[p->ten_first + i];
    out->post = p->id;
    out->person = org->people[t->person].id;
    out->from = t->from;
    out->to = t->to;
    return QZ_OK;
}

static void absence_out(qz_org_absence *out, const qz_org *org, const qz_org__absence *a)
{
    out->person = org->people[a->person].id;
    out->from = a->from;
    out->to = a->to;
    out->away_from_county = a->away_from_county;
    out->reason = a->reason;
    out->destination = a->destination;
    out->purpose = a->purpose;
    out->exception_rule = a->exc_rule;
    out->exception_approved_by = a->exc_by;
    out->exception_approved_on = a->exc_on;
    out->exception_note = a->exc_note;
}

int qz_org_person_away(int *away, qz_org_absence *absence, const qz_org *org, const char *id, qz_date date)
{
    if (away)
        *away = 0;
    if (absence)
        memset(absence, 0, sizeof(*absence));
    if (!away)
        return qz__error(QZ_EINVAL, "qz_org_person_away: NULL argument");
    int32_t p = FIND(QZ_ORG_PERSON);
    if (p < 0)
        return find_rc();
    const qz_org__absence *a = qz_org__away(org, p, date);
    if (a && absence)
        absence_out(absence, org, a);
    *away = a != NULL;
    return QZ_OK;
}

size_t qz_org_absence_count(const qz_org *org, const char *id)
{
    if (org && !id)
        return org->nabsences;
    const qz_org__person *p = person_of(org, id);
    return p ? p->abs_n : 0;
}

int qz_org_absence_at(qz_org_absence *out, const qz_org *org, const char *id, size_t i)
{
    if (out)
        memset(out, 0, sizeof(*out));
    if (!out || !org)
        return qz__error(QZ_EINVAL, "qz_org_absence_at: NULL argument");
    uint32_t first = 0, n = org->nabsences;
    if (id) {
        const qz_org__person *p = person_of(org, id);
        if (!p)
            return find_rc();
        first = p->abs_first;
        n = p->abs_n;
    }
    if (i >= n)
        return qz__error(QZ_ENOTFOUND, "%s%s%s has %u absences, not %zu", id ? "'" : "",
                         id ? id : "the organisation", id ? "'" : "", n, i + 1);
    absence_out(out, org, &org->absences[first + i]);
    return QZ_OK;
}

/* ------------------------------------------------------------------ */
/* Portfolios and AB pairs */

const char *qz_org_in_charge(const qz_org *org, const char *matter, qz_date date)
{
    int32_t m = org && matter ? qz_org__matter(org, matter) : QZ_ORG__NONE;
    if (m < 0) {
        if (!org || !matter)
            qz__error(QZ_EINVAL, "qz_org_in_charge: NULL argument");
        else
            qz__error(QZ_ENOTFOUND, "no unit or area '%s' in organisation '%s'", matter, org->id);
        return NULL;
    }
    int32_t p = qz_org__in_charge(org, m, date);
    return p < 0 ? NULL : org->posts[p].id;
}

size_t qz_org_portfolio_count(const qz_org *org, const char *id, qz_date date)
{
    const qz_org__post *p = post_of(org, id);
    size_t n = 0;
    if (p)
        nth_in_force(CHARGES_OF_POST(org, p), date, 0, &n);
    return n;
}

const char *qz_org_portfolio_at(const qz_org *org, const char *id, qz_date date, size_t i)
{
    const qz_org__post *p = post_of(org, id);
    const qz_org__charge *c = p ? nth_in_force(CHARGES_OF_POST(org, p), date, i, NULL) : NULL;
    if (p && !c)
        qz__error(QZ_ENOTFOUND, "%s: no entry %zu on that day", __func__, i);
    return c ? qz_org__matter_id(org, c->matter) : NULL;
}

const char *qz_org_ab_partner(const qz_org *org, const char *id, qz_date date)
{
    int32_t p = FIND(QZ_ORG_POST);
    int32_t partner = qz_org__ab_partner(org, p, date);
    return partner < 0 ? NULL : org->posts[partner].id;
}

/* ------------------------------------------------------------------ */
/* Party group */

const char *qz_org_party_group_name(const qz_org *org)
{
    if (!org) {
        no_org(__func__);
        return NULL;
    }
    return org->pg_name;
}

const char *qz_org_party_group_secretary(const qz_org *org, qz_date date)
{
    int32_t p = org ? qz_org__pg_secretary(org, date) : QZ_ORG__NONE;
    return p < 0 ? NULL : org->posts[p].id;
}

int qz_org_party_group_is_member(int *out, const qz_org *org, const char *id, qz_date date)
{
    if (out)
        *out = 0;
    if (!out)
        return qz__error(QZ_EINVAL, "qz_org_party_group_is_member: NULL argument");
    int32_t p = FIND(QZ_ORG_POST);
    if (p < 0)
        return find_rc();
    *out = qz_org__pg_row(org, p, date) != NULL;
    return QZ_OK;
}

size_t qz_org_party_group_member_count(const qz_org *org, qz_date date)
{
    return qz_org_role_post_count(org, ROLE_PG_MEMBER, date);
}

const char *qz_org_party_group_member_at(const qz_org *org, qz_date date, size_t i)
{
    return qz_org_role_post_at(org, ROLE_PG_MEMBER, date, i);
}

/* ------------------------------------------------------------------ */
/* Entrustments */

static const char *const scope_names[] = {NULL, "government-work", "meeting", "signing", "other"};
_Static_assert(sizeof(scope_names) / sizeof(scope_names[0]) == QZ_ORG_SCOPE_OTHER + 1,
               "a name for every qz_org_scope");

const char *qz_org_scope_name(qz_org_scope scope)
{
    return scope >= QZ_ORG_SCOPE_GOVERNMENT_WORK && scope <= QZ_ORG_SCOPE_OTHER ? scope_names[scope] : NULL;
}

static void entrust_out(qz_org_entrustment *out, const qz_org *org, const qz_org__entrust *e)
{
    out->by = org->posts[e->by].id;
    out->agent = org->posts[e->agent].id;
    out->scope = (qz_org_scope)e->scope;
    out->subject = e->subject;
    out->from = e->from;
    out->to = e->to;
    out->note = e->note;
}

size_t qz_org_entrustment_count(const qz_org *org)
{
    if (!org) {
        no_org(__func__);
        return 0;
    }
    return org->nentrust;
}

int qz_org_entrustment_at(qz_org_entrustment *out, const qz_org *org, size_t i)
{
    if (out)
        memset(out, 0, sizeof(*out));
    if (!out || !org)
        return qz__error(QZ_EINVAL, "qz_org_entrustment_at: NULL argument");
    if (i >= org->nentrust)
        return qz__error(QZ_ENOTFOUND, "the organisation has %u entrustments, not %zu", org->nentrust, i + 1);
    entrust_out(out, org, &org->entrust[i]);
    return QZ_OK;
}

size_t qz_org_entrusted_count(const qz_org *org, const char *id, qz_date date)
{
    const qz_org__post *p = post_of(org, id);
    size_t n = 0;
    if (p)
        nth_in_force(ENTRUSTMENTS_BY(org, p), date, 0, &n);
    return n;
}

int qz_org_entrusted_at(qz_org_entrustment *out, const qz_org *org, const char *id, qz_date date, size_t i)
{
    if (out)
        memset(out, 0, sizeof(*out));
    if (!out)
        return qz__error(QZ_EINVAL, "qz_org_entrusted_at: NULL argument");
    const qz_org__post *p = post_of(org, id);
    if (!p)
        return find_rc();
    const qz_org__entrust *e = nth_in_force(ENTRUSTMENTS_BY(org, p), date, i, NULL);
    if (!e)
        return qz__error(QZ_ENOTFOUND, "post '%s' has fewer than %zu entrustments in force on that day", id,
                         i + 1);
    entrust_out(out, org, e);
    return QZ_OK;
}

const char *qz_org_entrusted_agent(const qz_org *org, const char *id, qz_org_scope scope, const char *subject,
                                   qz_date date)
{
    int32_t p = FIND(QZ_ORG_POST);
    const qz_org__entrust *e = p < 0 ? NULL : qz_org__entrusted(org, p, scope, subject, date);
    return e ? org->posts[e->agent].id : NULL;
}
