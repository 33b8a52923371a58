/* Document kinds by id or by name: a document-management system knows a
 * draft's 文种 by its Chinese name (函, 批复, 纪要), the rule set by its id
 * (letter, reply, minutes); either finds the same kind. Ids come first so that
 * an id can never be shadowed by another kind's label. */
#include <string.h>
#include "rules_kind.h"

int qz_rules__find_kind(const qz_rules *r, const char *name)
{
    int i = qz_rules__find(r, QZ_RULES_DOCUMENT_KIND, name);
    for (size_t k = 0; i < 0 && name && k < r->nkinds; k++)
        if (r->kinds[k].label && strcmp(r->kinds[k].label, name) == 0)
            i = (int)k;
    return i;
}
