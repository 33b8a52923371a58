/* The sections of a compiled rule set by index and by id: one accessor for
 * every section. Used by the compiler (rules_compile.c) to resolve
 * references, by the public accessors (rules.c) and by the queries. */
#include <string.h>
#include "rules.h"
#include "strtab.h"

/* The array and element size behind each section, so that one accessor serves all. */
static const qz_entry *section_base(const qz_rules *r, int section, size_t *n, size_t *elem)
{
    switch (section) {
    case QZ_RULES_ROLE:
        *n = r->nroles;
        *elem = sizeof(*r->roles);
        return r->roles ? &r->roles->e : NULL;
    case QZ_RULES_BODY:
        *n = r->nbodies;
        *elem = sizeof(*r->bodies);
        return r->bodies;
    case QZ_RULES_MEETING:
        *n = r->nmeetings;
        *elem = sizeof(*r->meetings);
        return r->meetings ? &r->meetings->e : NULL;
    case QZ_RULES_DOCUMENT_KIND:
        *n = r->nkinds;
        *elem = sizeof(*r->kinds);
        return r->kinds;
    case QZ_RULES_ISSUER:
        *n = r->nissuers;
        *elem = sizeof(*r->issuers);
        return r->issuers;
    case QZ_RULES_RECIPIENT:
        *n = r->nrecipients;
        *elem = sizeof(*r->recipients);
        return r->recipients;
    case QZ_RULES_SIGNING:
        *n = r->nrows;
        *elem = sizeof(*r->rows);
        return r->rows ? &r->rows->e : NULL;
    case QZ_RULES_DEADLINE:
        *n = r->ndeadlines;
        *elem = sizeof(*r->deadlines);
        return r->deadlines ? &r->deadlines->e : NULL;
    case QZ_RULES_LEAVE:
        *n = r->nleaves;
        *elem = sizeof(*r->leaves);
        return r->leaves ? &r->leaves->e : NULL;
    case QZ_RULES_ACTING:
        *n = r->nactings;
        *elem = sizeof(*r->actings);
        return r->actings ? &r->actings->e : NULL;
    case QZ_RULES_PERIODIC:
        *n = r->nperiodics;
        *elem = sizeof(*r->periodics);
        return r->periodics ? &r->periodics->e : NULL;
    case QZ_RULES_CHECK:
        *n = r->nchecks;
        *elem = sizeof(*r->checks);
        return r->checks ? &r->checks->e : NULL;
    case QZ_RULES_PROVISION:
        *n = r->nprovisions;
        *elem = sizeof(*r->provisions);
        return r->provisions ? &r->provisions->e : NULL;
    case QZ_RULES_SUBSTITUTION:
        *n = r->nsubsts;
        *elem = sizeof(*r->substs);
        return r->substs ? &r->substs->e : NULL;
    case QZ_RULES_DESTINATION:
        *n = r->ndestinations;
        *elem = sizeof(*r->destinations);
        return r->destinations;
    case QZ_RULES_OBLIGATION:
        *n = r->nobligations;
        *elem = sizeof(*r->obligations);
        return r->obligations ? &r->obligations->e : NULL;
    case QZ_RULES_EVENT:
        *n = r->nevents;
        *elem = sizeof(*r->events);
        return r->events;
    case QZ_RULES_NOT_AWAY_TOGETHER:
        *n = r->naparts;
        *elem = sizeof(*r->aparts);
        return r->aparts ? &r->aparts->e : NULL;
    default:
        *n = 0;
        *elem = 0;
        return NULL;
    }
}

const qz_entry *qz_rules__entry(const qz_rules *r, int section, size_t index)
{
    size_t n, elem;
    const qz_entry *base = r ? section_base(r, section, &n, &elem) : NULL;
    if (!base || index >= n)
        return NULL;
    return (const qz_entry *)((const char *)base + index * elem);
}

int qz_rules__find(const qz_rules *r, int section, const char *id)
{
    size_t n, elem;
    const qz_entry *base = section_base(r, section, &n, &elem);
    if (!id || !base)
        return -1;
    uint32_t h = qz__hash(id, SIZE_MAX); /* compared first: ids of a section often share a prefix */
    for (size_t i = 0; i < n; i++) {
        const qz_entry *e = (const qz_entry *)((const char *)base + i * elem);
        if (e->id && e->id_hash == h && strcmp(e->id, id) == 0)
            return (int)i;
    }
    return -1;
}

/* Each purpose: its name in serves="...", the section whose entries may
 * serve it, and the conventional id that serves it when no entry says so
 * (the ids of the rule sets written before serves= existed). */
static const struct {
    const char *name;
    int section;
    const char *conventional;
} purposes[] = {
    {NULL, -1, NULL}, /* 0: none */
    {"consultation-reply", QZ_RULES_DEADLINE, "consultation-reply"},
    {"office-review", QZ_RULES_PROVISION, "document-routing"},
    {"normative", QZ_RULES_DOCUMENT_KIND, "normative"},
    {"minutes", QZ_RULES_DOCUMENT_KIND, "minutes"},
    {"executive", QZ_RULES_MEETING, "executive"},
};
_Static_assert(sizeof(purposes) / sizeof(purposes[0]) == QZ_SERVES_LAST + 1, "one row per purpose");

int qz_rules__purpose(int section, const char *name)
{
    for (int i = 1; name && i <= QZ_SERVES_LAST; i++)
        if (purposes[i].section == section && strcmp(purposes[i].name, name) == 0)
            return i;
    return 0;
}

int qz_rules__serving(const qz_rules *r, int purpose)
{
    if (!r || purpose < 1 || purpose > QZ_SERVES_LAST)
        return -1;
    int section = purposes[purpose].section;
    const qz_entry *e;
    for (size_t i = 0; (e = qz_rules__entry(r, section, i)); i++)
        if (e->serves == purpose)
            return (int)i;
    return qz_rules__find(r, section, purposes[purpose].conventional);
}

int qz_rules__periodic_find(const qz_rules *r, const char *id)
{
    for (size_t i = 0; id && i < r->nperiodics_all; i++)
        if (strcmp(r->periodics[i].e.id, id) == 0)
            return (int)i;
    return -1;
}

int qz_rules__role_in(const qz_rules *r, int role, int target)
{
    if (role == target)
        return 1;
    if (target < 0 || (size_t)target >= r->nroles)
        return 0;
    const qz_role *t = &r->roles[target];
    for (size_t i = 0; i < t->nany; i++)
        if (qz_rules__role_in(r, role, t->any_of[i]))
            return 1;
    return 0;
}

size_t qz_rules_count(const qz_rules *r, qz_rules_section section)
{
    size_t n = 0, elem;
    if (r)
        section_base(r, section, &n, &elem);
    return n;
}
