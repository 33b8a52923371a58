/* The organisation by index, for the query engine: names, roles and holders
 * of posts and people given as indexes (lib/org.h), so that the queries
 * neither read the organisation's layout nor turn an index into an id only
 * to look the id up again. The party group's roles are decided in org.c
 * (the public lookups); everything else reads the sorted arrays here. */
#include <string.h>

#include "org.h"

const char *qz_org__post_id(const qz_org *org, int32_t post) { return org->posts[post].id; }
const char *qz_org__post_name(const qz_org *org, int32_t post) { return org->posts[post].name; }
const char *qz_org__post_role(const qz_org *org, int32_t post) { return org->posts[post].role; }
const char *qz_org__person_id(const qz_org *org, int32_t person) { return org->people[person].id; }
const char *qz_org__person_name(const qz_org *org, int32_t person) { return org->people[person].name; }
int qz_org__person_cpc(const qz_org *org, int32_t person) { return org->people[person].cpc; }

uint32_t qz_org__own_role_rows(const qz_org *org, const char *role, uint32_t *first)
{
    uint32_t lo = 0, hi = org->nrole_keys;
    *first = 0;
    while (lo < hi) {   /* role_keys are sorted by strcmp */
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strcmp(org->role_keys[mid], role);
        if (c == 0) {
            *first = org->role_first[mid];
            return org->role_first[mid + 1] - *first;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

int32_t qz_org__own_role_post(const qz_org *org, uint32_t row) { return org->role_posts[row]; }

int qz_org__post_has_own_role(const qz_org *org, int32_t post, uint32_t row)
{
    const char *key = org->posts[org->role_posts[row]].role;   /* role ids are stored once */
    const char *own = org->posts[post].role;
    return own == key || strcmp(own, key) == 0;
}

int qz_org__post_has_role(const qz_org *org, int32_t post, const char *role, qz_date date)
{
    return post >= 0 && qz_org_post_has_role(org, org->posts[post].id, role, date) == 1;
}

size_t qz_org__role_post_count(const qz_org *org, const char *role, qz_date date)
{
    return qz_org_role_post_count(org, role, date);
}

int32_t qz_org__role_post_at(const qz_org *org, const char *role, qz_date date, size_t i)
{
    /* a cold path: the party group's roles (the loader keeps them apart from
     * the posts' own roles, and org.c alone knows their names) */
    const char *id = qz_org_role_post_at(org, role, date, i);
    return id ? qz_org__find(org, id, QZ_ORG_POST) : QZ_ORG__NONE;
}

/* A post with several holders at once lists them in tenure order. */
size_t qz_org__holder_count(const qz_org *org, int32_t post, qz_date date)
{
    const qz_org__post *p = &org->posts[post];
    if (p->single)
        return qz_org__holder(org, post, date) >= 0;
    size_t n = 0;
    for (uint32_t r = p->ten_first; r < p->ten_first + p->ten_n; r++)
        n += (size_t)qz_org__in_force(org->tenures[r].from, org->tenures[r].to, date);
    return n;
}

int32_t qz_org__holder_at(const qz_org *org, int32_t post, qz_date date, size_t i)
{
    const qz_org__post *p = &org->posts[post];
    if (p->single)
        return i == 0 ? qz_org__holder(org, post, date) : QZ_ORG__NONE;
    size_t seen = 0;
    for (uint32_t r = p->ten_first; r < p->ten_first + p->ten_n; r++)
        if (qz_org__in_force(org->tenures[r].from, org->tenures[r].to, date) && seen++ == i)
            return org->tenures[r].person;
    return QZ_ORG__NONE;
}

int qz_org__post_single(const qz_org *org, int32_t post) { return org->posts[post].single; }

uint32_t qz_org__entrust_rows(const qz_org *org, int32_t by, uint32_t *first)
{
    *first = org->posts[by].ent_first;
    return org->posts[by].ent_n;
}

const qz_org__entrust *qz_org__entrust_row(const qz_org *org, uint32_t row) { return &org->entrust[row]; }
