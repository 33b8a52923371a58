/* Internal: a decision made from the answer of the matching query. Shared by
 * lib/check_actions.c (the qz_check_*() entry points) and lib/check_decide.c
 * (matching the actor against the answer, the decision's accessors). */
#ifndef QZ_LIB_CHECK_H
#define QZ_LIB_CHECK_H

#include "quanze/check.h"
#include "quanze/model.h"
#include "query.h"

/* A copy of a request the decision keeps to ask the query later (the
 * decisions made in decide-only mode). */
typedef union qz_check__request {
    qz_sign_request sign;
    qz_meeting_request meeting;
    qz_acting_request acting;
} qz_check__request;

/* Where a decide-only decision copies the request and the strings it keeps:
 * `cap` bytes at `base`. The copies are made in one pass; `used` grows by
 * what each needs even past `cap`, when nothing more is written: the caller
 * then makes room for `used` bytes and copies again. */
typedef struct qz_check__space {
    char *base;
    size_t used, cap;
} qz_check__space;

/* Copies string `s` (NULL stays NULL); returns the copy, or `s` itself
 * once out of room. */
const char *qz_check__put(qz_check__space *sp, const char *s);
/* Copies list `list` of `n` strings and the strings (NULL stays NULL). */
const char *const *qz_check__put_list(qz_check__space *sp, const char *const *list, size_t n);
/* Copies list `list` of `n` strings, borrowing the strings themselves. */
const char *const *qz_check__put_array(qz_check__space *sp, const char *const *list, size_t n);

/* Asks the action's query for the full answer; `req` is a request of the action's type. */
typedef int (*qz_check__ask_fn)(qz_answer **a, const qz_model *model, const void *req, const char *actor);
/* Copies request `src` (its own version's fields only) into `dst`: the
 * strings the decide-only question `d` found in the model are borrowed from
 * it (the decision holds a reference to the model), the others copied into
 * `sp`. */
typedef void (*qz_check__copy_fn)(qz_check__request *dst, const void *src, const qz_query__decide *d,
                                  qz_check__space *sp);

/* What the entry points start with: *out = NULL, then the model and actor
 * checked (QZ_EINVAL recorded for NULL, QZ_ENOTFOUND for an actor that is
 * neither a post nor a person; when `units`, the actor may also be a body,
 * which qz_check__decide() checks against the answer). *own receives the
 * organisation's copy of the actor's id (Borrowed from the model), or the
 * actor itself when the organisation has none (a body). */
int qz_check__enter(qz_decision **out, const qz_model *model, const void *req, const char *actor, int units,
                    const char *what, const char **own);
/* Makes the decision for `actor` in capacity `cap` from answer `a` of a
 * query to `model` (taken over, freed on failure). `allowed_value`: when 1, the answer's
 * QZ_VALUE_ALLOWED must also be 1 (substitution). */
int qz_check__decide(qz_decision **out, const qz_model *model, qz_answer *a, qz_check_action action,
                     qz_capacity cap, const char *actor, int allowed_value);

/* Decides from the answer of decide-only question `dq` (lib/query.h): *out
 * receives the decision for `actor` (the organisation's copy of the id:
 * qz_check__enter()) in capacity `cap`, which keeps a copy of `req` made with
 * `copy`, to ask the full answer with `ask` if it is ever wanted (for a
 * denial by an answer that found no one, its reason is the full answer's
 * narrative). QZ_OK, or QZ_ENOMEM recorded. */
int qz_check__decide_fast(qz_decision **out, const qz_model *model, const qz_query__decide *dq,
                          qz_check_action action, qz_capacity cap, const char *actor, const void *req,
                          qz_check__ask_fn ask, qz_check__copy_fn copy);

#endif
