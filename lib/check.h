/* Internal: a decision made from the answer of the matching query. Shared by
 * lib/check_actions.c (the qz_check_*() entry points) and lib/check_decide.c
 * (matching the actor against the answer, the decision's accessors). */
#ifndef QZ_LIB_CHECK_H
#define QZ_LIB_CHECK_H

#include "quanze/check.h"
#include "quanze/model.h"

/* What the entry points start with: *out = NULL, then the model and actor
 * checked (QZ_EINVAL recorded for NULL, QZ_ENOTFOUND for an actor that is
 * neither a post nor a person; when `units`, the actor may also be a body,
 * which qz_check__decide() checks against the answer). */
int qz_check__enter(qz_decision **out, const qz_model *model, const void *req, const char *actor, int units,
                    const char *what);
/* Makes the decision for `actor` in capacity `cap` from answer `a` of a
 * query to `model` (taken over, freed on failure). `allowed_value`: when 1, the answer's
 * QZ_VALUE_ALLOWED must also be 1 (substitution). */
int qz_check__decide(qz_decision **out, const qz_model *model, qz_answer *a, qz_check_action action,
                     qz_capacity cap, const char *actor, int allowed_value);

#endif
