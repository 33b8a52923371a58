/* Internal: a decision made from the answer of the matching query. Shared by
 * lib/check_actions.c (the qz_check_*() entry points) and lib/check_decide.c
 * (matching the actor against the answer, the decision's accessors). */
#ifndef QZ_LIB_CHECK_H
#define QZ_LIB_CHECK_H

#include "quanze/check.h"
#include "quanze/model.h"
#include "query.h"

#include <stdint.h>
#include <string.h>

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

/* The model's own copies (rule set or organisation) of a request's ids, as
 * the decide-only question found them (qz_query__decide: ids, portfolios),
 * so that a decision keeping the request borrows them instead of copying;
 * NULL where there is none. */
typedef struct qz_check__borrow {
    const char *ids[3];
    const char *const *portfolios;
} qz_check__borrow;

/* Asks the action's query for the full answer; `req` is a request of the action's type. */
typedef int (*qz_check__ask_fn)(qz_answer **a, const qz_model *model, const void *req, const char *actor);
/* Copies request `src` (its own version's fields only) into `dst`: the
 * strings of `b` are borrowed (the decision holds a reference to the model),
 * the others copied into `sp`. */
typedef void (*qz_check__copy_fn)(qz_check__request *dst, const void *src, const qz_check__borrow *b,
                                  qz_check__space *sp);

/* What a decide-only check decided: everything its decision keeps but the
 * request. The strings are the model's when `lasting`; else some are the
 * decide-only answer's and live as long as it. */
typedef struct qz_check__outcome {
    const char *actor; /* the organisation's copy of the actor's id */
    const char *post, *person, *for_post, *for_person;
    const char *ids[3]; /* qz_check__borrow.ids */
    qz_date date;
    int32_t allowed, found, via, citation;
    int32_t lasting;
} qz_check__outcome;

/* ---- lib/check_memo.c: outcomes remembered per model ---- */

/* A key: every input of a check, written out (action and capacity, each
 * field of the request as its version has it, the actor). Which fields
 * follow is fixed by the action and the request's version, written first,
 * so integers need no tags; a string is tagged (NULL or not) and ends at its
 * NUL, a list is tagged and counted. Two different inputs never write the
 * same bytes. Longer than QZ_CHECK__KEY_BYTES: not remembered. */
#define QZ_CHECK__KEY_BYTES 192u
typedef struct qz_check__key {
    size_t len;
    union {
        uint64_t w[QZ_CHECK__KEY_BYTES / 8u];
        unsigned char b[QZ_CHECK__KEY_BYTES];
    } u;
} qz_check__key;

/* Appends `n` bytes at `p`; past the room, marks the key too long. */
static inline void qz_check__key_bytes(qz_check__key *k, const void *p, size_t n)
{
    if (n > QZ_CHECK__KEY_BYTES - k->len) { /* k->len <= QZ_CHECK__KEY_BYTES here */
        k->len = QZ_CHECK__KEY_BYTES + 1u;
        return;
    }
    memcpy(k->u.b + k->len, p, n);
    k->len += n;
}

static inline void qz_check__key_int(qz_check__key *k, int32_t v)
{
    if (k->len <= QZ_CHECK__KEY_BYTES)
        qz_check__key_bytes(k, &v, sizeof(v));
}

void qz_check__key_start(qz_check__key *k, qz_check_action action, qz_capacity cap);
void qz_check__key_str(qz_check__key *k, const char *s);
void qz_check__key_list(qz_check__key *k, const char *const *list, size_t n);
/* The key of a check of `action` by `actor` in capacity `cap` (nonzero),
 * with its hash: 1, or 0 when this check is not remembered (no decide-only
 * mode, a request version or list the query refuses, a key too long). */
int qz_check__key_of(qz_check__key *k, qz_check_action action, qz_capacity cap, const void *req,
                     const char *actor, uint32_t *hash);
/* Finishes the key; returns its hash. */
uint32_t qz_check__key_end(qz_check__key *k);
/* 1 with *o when the model remembers key `k` (hash `hash`), else 0. */
int qz_check__memo_find(const qz_model *m, const qz_check__key *k, uint32_t hash, qz_check__outcome *o);
/* Remembers outcome `o` (lasting) for key `k`, when a slot is free to write. */
void qz_check__memo_store(const qz_model *m, const qz_check__key *k, uint32_t hash,
                          const qz_check__outcome *o);
/* For tests: 0 turns remembering off for model `m` (nothing found, nothing stored), 1 on. */
void qz_check__memo_enable(qz_model *m, int on);

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
 * narrative); *o receives the outcome (to remember when lasting). QZ_OK, or
 * QZ_ENOMEM recorded. */
int qz_check__decide_fast(qz_decision **out, const qz_model *model, const qz_query__decide *dq,
                          qz_check_action action, qz_capacity cap, const char *actor, const void *req,
                          qz_check__ask_fn ask, qz_check__copy_fn copy, qz_check__outcome *o);
/* The same decision from outcome `o` (lasting) of an earlier check with the
 * same inputs (qz_check__memo_find()). QZ_OK, or QZ_ENOMEM recorded. */
int qz_check__decide_remembered(qz_decision **out, const qz_model *model, const qz_check__outcome *o,
                                qz_check_action action, qz_capacity cap, const void *req,
                                qz_check__ask_fn ask, qz_check__copy_fn copy);

#endif
