/* The powers an acting rule gives, for the matrix views: which of presiding,
 * signing, approving leave and general duties a substitute takes over. */
#include <stddef.h>
#include "query.h"

_Static_assert(offsetof(qz_acting, e) == 0, "an acting rule's qz_entry comes first");

static const qz_acting *acting_matter(const qz_model *m, qz_date date, size_t i)
{
    const qz_rules *r = qz_model_rules_at(m, date);
    if (!r || i >= r->nmatters || r->matter_kinds[i] != QZ_MATTER_ACTING)
        return NULL;
    return (const qz_acting *)(const void *)r->matters[i];
}

const char *qz_model_matter_powers(const qz_model *m, qz_date date, size_t i)
{
    const qz_acting *ac = m ? acting_matter(m, date, i) : NULL;
    return ac ? ac->powers_ids : NULL;
}

const char *qz_model_matter_powers_label(const qz_model *m, qz_date date, size_t i)
{
    const qz_acting *ac = m ? acting_matter(m, date, i) : NULL;
    return ac ? ac->powers_label : NULL;
}
