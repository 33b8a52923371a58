/* The organisation by index, for the query engine: names, roles and holders
 * of posts and people given as indexes (lib/org.h), so that the queries
 * neither read the organisation's layout nor turn an index into an id only
 * to look the id up again. The one-line accessors are inline in org.h
 * (they sit on the hot paths). The party group's roles are decided in org.c
 * (the public lookups); everything else reads the sorted arrays here. */
#include <string.h>

#include "org.h"
#include "quanze/errors.h"

uint32_t qz_org__own_role_rows(const qz_org *org, const char *role, uint32_t *first)
{
    uint32_t lo = 0, hi = org->nrole_keys;
    *first = 0;
    while (lo < hi) { /* role_keys are sorted by strcmp */
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

int qz_org__post_has_role(const qz_org *org, int32_t post, const char *role, qz_date date)
{
    int has = 0;
    return post >= 0 && qz_org_post_has_role(&has, org, org->posts[post].id, role, date) == QZ_OK && has;
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

const qz_org__absence *qz_org__away_of(const qz_org *org, const char *person, qz_date date)
{
    int32_t p = person ? qz_org__find(org, person, QZ_ORG_PERSON) : QZ_ORG__NONE;
    return p < 0 ? NULL : qz_org__away(org, p, date);
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
