/* Internal: a decision made from the answer of the matching query. Shared by
 * lib/check_actions.c (the qz_check_*() entry points) and lib/check_decide.c
 * (matching the actor against the answer, the decision's accessors). */
#ifndef QZ_LIB_CHECK_H
#define QZ_LIB_CHECK_H

#include "quanze/check.h"
#include "quanze/model.h"
#include "arena.h"
#include "query.h"

/* A copy of a request the decision keeps to ask the query later (the
 * decisions made in decide-only mode). */
typedef union qz_check__request {
    qz_sign_request sign;
    qz_meeting_request meeting;
    qz_acting_request acting;
} qz_check__request;

/* Asks the action's query for the full answer; `req` is a request of the action's type. */
typedef int (*qz_check__ask_fn)(qz_answer **a, const qz_model *model, const void *req, const char *actor);
/* Copies request `src` into `dst`, its strings into `arena`. QZ_OK or QZ_ENOMEM (not recorded). */
typedef int (*qz_check__copy_fn)(qz_check__request *dst, const void *src, qz_arena *arena);

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

/* Decides from the answer `a` of a decide-only question (lib/query.h): when
 * someone is found (`buf` and `size`: the buffer its arena started on),
 * *out receives the decision for the actor in capacity
 * `cap` (which keeps a copy of `req` made with `copy`, to ask the full answer
 * with `ask` if it is ever wanted) and 1 is returned; 0 when no one is (the
 * caller then asks the full query, whose narrative is the reason), or
 * QZ_ENOMEM recorded. */
int qz_check__decide_fast(qz_decision **out, const qz_model *model, const qz_answer *a, const void *buf,
                          size_t size, qz_check_action action, qz_capacity cap, const char *actor,
                          const void *req, qz_check__ask_fn ask, qz_check__copy_fn copy);

#endif
