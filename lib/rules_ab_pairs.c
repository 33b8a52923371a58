/* Which posts may form AB pairs (AB角) is a rule, not part of the
 * organisation format: the organisation loader checks only the structure of
 * pairs, and this check, run when a model binds a rule set to an
 * organisation, refuses a pair whose post has a role the rule set's
 * <ab-pairs roles="..."/> does not allow. */
#include <string.h>

#include "error.h"
#include "org.h"
#include "rules.h"

/* 1 when a post of `role` (the organisation's role string) may form AB pairs. */
static int allowed(const qz_rules *r, const char *role)
{
    int k = qz_rules__find(r, QZ_RULES_ROLE, role);
    for (size_t i = 0; k >= 0 && i < r->nab_roles; i++)
        if (qz_rules__role_in(r, k, r->ab_roles[i]))
            return 1;
    return 0;
}

/* Whether the pair row lies (partly) in the rule set's time in force. */
static int concerns(const qz_rules *r, const qz_org__ab *row)
{
    return row->to >= r->effective && (r->expires == QZ_RULES_NO_DATE || row->from <= r->expires);
}

int qz_rules__check_ab_pairs(const qz_rules *r, const qz_org *org)
{
    if (!r->ab_pairs)
        return QZ_OK;
    /* every pair is stored once per side: checking each row's own post covers both */
    for (uint32_t i = 0; i < org->nab; i++) {
        const qz_org__ab *row = &org->ab[i];
        const qz_org__post *p = &org->posts[row->post], *q = &org->posts[row->partner];
        if (!concerns(r, row) || allowed(r, p->role))
            continue;
        const char *file = org->source ? org->source : "<organisation>";
        return qz__error_at(
            QZ_ESCHEMA, file, row->line, row->column,
            "%s:%d:%d: AB pair of '%s' and '%s': post '%s' has role '%s', which rule set '%s' "
            "does not allow in AB pairs (<ab-pairs roles=\"%s\"> at line %d)",
            file, row->line, row->column, row->post < row->partner ? p->id : q->id,
            row->post < row->partner ? q->id : p->id, p->id, p->role, r->id,
            qz_rules__attr(r->ab_pairs, "roles"), r->ab_pairs->line);
    }
    return QZ_OK;
}
