/* Internal: a decision made from the answer of the matching query, and the
 * key of a check. Shared by lib/check_actions.c (the qz_check_*() entry
 * points, the walks that write a request into a key), lib/check_decide.c
 * (matching the actor against the answer, the decision's accessors) and
 * lib/check_key.c (reading a key back, its hash). */
#ifndef QZ_LIB_CHECK_H
#define QZ_LIB_CHECK_H

#include "quanze/check.h"
#include "quanze/model.h"
#include "model.h"
#include "query.h"

#include <stdint.h>
#include <string.h>

/* A request of any action with a decide-only mode, as a decision rebuilds
 * it from its key to ask the full answer later. */
typedef union qz_check__request {
    qz_sign_request sign;
    qz_meeting_request meeting;
    qz_acting_request acting;
} qz_check__request;

/* ---- keys: every input of a check, written out ---- */

/* A key is the action and capacity, each field of the request as its
 * version has it, and the actor, written out. Which fields follow is fixed
 * by the action and the request's version, written first, so that scalars
 * need no tags; a string is tagged (NULL or not) and ends at its NUL, a list
 * is counted (NULL or not). Two different inputs never write the same bytes.
 *
 * A key serves twice: the model remembers outcomes by it (lib/model_memo.c,
 * keys of at most QZ_CHECK__KEY_BYTES), and a decide-only decision keeps it
 * instead of a copy of the request, to rebuild the request from if the full
 * answer is ever wanted. */
#define QZ_CHECK__KEY_BYTES QZ_MODEL__MEMO_KEY
typedef struct qz_check__key {
    size_t len;   /* bytes the key takes; written only while they fit in `cap` */
    size_t cap;   /* of `b`: 8-aligned, and a multiple of 8 */
    size_t items; /* entries of the lists, to rebuild them */
    unsigned char *b;
} qz_check__key;

/* Writing a key, or reading one back into a request: one function per
 * request type walks its fields (so that the two never disagree). */
typedef struct qz_check__walk {
    qz_check__key *key;            /* writing; NULL when reading */
    const unsigned char *at, *end; /* reading: the rest of the key */
    const char **room;             /* reading: where the lists' entries go */
    size_t used, nroom;            /* entries of `room` used, and its size */
    int bad;                       /* reading: the key does not hold what the walk asks */
} qz_check__walk;

/* `n` bytes at `p`: written to the key (while they fit), or read into `p`. */
static inline void qz_check__walk_bytes(qz_check__walk *w, void *p, size_t n)
{
    if (w->key) {
        qz_check__key *k = w->key;
        if (n <= k->cap && k->len <= k->cap - n)
            memcpy(k->b + k->len, p, n);
        k->len += n;
    } else if ((size_t)(w->end - w->at) >= n) {
        memcpy(p, w->at, n);
        w->at += n;
    } else {
        w->bad = 1;
    }
}

/* A scalar field (an integer, a date, a count). */
#define QZ_CHECK__WALK(w, field) qz_check__walk_bytes((w), &(field), sizeof(field))

/* The tags of strings (scalars and lists have none). */
enum { QZ_CHECK__STR = 's', QZ_CHECK__NULL = 'n' };

/* Writes string `s`: its tag, then its bytes and NUL. */
static inline void qz_check__key_str(qz_check__key *k, const char *s)
{
    size_t at = k->len, n = s ? strlen(s) + 1 : 0;
    k->len += 1 + n;
    if (k->len > k->cap || k->len < at) /* (the second: never, short of a wrapped size) */
        return;
    k->b[at] = s ? QZ_CHECK__STR : QZ_CHECK__NULL;
    if (s)
        memcpy(k->b + at + 1, s, n);
}

/* Reading: the string at w->at (qz_check__walk_str()). */
void qz_check__read_str(qz_check__walk *w, const char **s);
/* Reading: the list at w->at (qz_check__walk_list()). */
void qz_check__read_list(qz_check__walk *w, const char *const **list, size_t *n);

/* A string field. */
static inline void qz_check__walk_str(qz_check__walk *w, const char **s)
{
    if (w->key)
        qz_check__key_str(w->key, *s);
    else
        qz_check__read_str(w, s);
}

/* A list of `*n` strings: its count (-1 - count for a NULL list), then the
 * strings. 0 (writing) for more than QZ_MAX_REQUEST_LIST, which the queries
 * refuse without reading them. */
static inline int qz_check__walk_list(qz_check__walk *w, const char *const **list, size_t *n)
{
    if (!w->key) {
        qz_check__read_list(w, list, n);
        return 1;
    }
    if (*n > QZ_MAX_REQUEST_LIST)
        return 0;
    int64_t count = *list ? (int64_t)*n : -1 - (int64_t)*n;
    QZ_CHECK__WALK(w, count);
    w->key->items += *n;
    for (size_t i = 0; *list && i < *n; i++)
        qz_check__key_str(w->key, (*list)[i]);
    return 1;
}

/* Walks request `req` of the action's type: writes it to w->key, or (w->key
 * NULL) fills `req` from the key. 0 for a version the walk was not written
 * for, or a list it may not read. */
typedef int (*qz_check__walk_fn)(qz_check__walk *w, void *req);

/* The walk of the request of `action`, or NULL (no decide-only mode). */
qz_check__walk_fn qz_check__walk_of(qz_check_action action);
/* Writes the key of a check of `action` in capacity `cap` (nonzero) by
 * `actor` with request `req` into k->b (k->cap bytes; k->len tells what the
 * whole key needs). 0 when the request's walk refuses it. */
int qz_check__key_write(qz_check__key *k, qz_check_action action, qz_capacity cap, const void *req,
                        const char *actor);

/* ---- lib/check_key.c ---- */

/* The hash of a key written whole (its last word padded with zeros). */
uint32_t qz_check__key_hash(qz_check__key *k);
/* Reads request `req` back with `walk` from key bytes `key` (`len`, with
 * `items` list entries), as qz_check__key_write() wrote them: QZ_OK, QZ_ENOMEM
 * recorded, or QZ_EINVAL recorded for a key that does not read back. `room`
 * receives an allocation to free once `req` is used (or NULL). */
int qz_check__key_read(const unsigned char *key, size_t len, size_t items, qz_check__walk_fn walk,
                       qz_check__request *req, const char ***room);

/* Asks the action's query for the full answer; `req` is a request of the action's type. */
typedef int (*qz_check__ask_fn)(qz_answer **a, const qz_model *model, const void *req, const char *actor);

/* What a decide-only check decided: everything its decision keeps but the
 * key. The strings are the model's when `lasting`; else some are the
 * decide-only answer's and live as long as it. */
typedef struct qz_check__outcome {
    const char *actor; /* the organisation's copy of the actor's id */
    const char *post, *person, *for_post, *for_person;
    qz_date date;
    int32_t allowed, found, via, citation;
    int32_t lasting;
} qz_check__outcome;
_Static_assert(sizeof(qz_check__outcome) == QZ_MODEL__MEMO_VALUE,
               "an outcome is a value of the model's memo");

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
 * qz_check__enter()) in capacity `cap`, which keeps key `k` of the check
 * (written whole), to read the request back with `walk` and ask the full
 * answer with `ask` if it is ever wanted (for a denial by an answer that
 * found no one, its reason is the full answer's narrative); *o receives the
 * outcome (to remember when lasting). QZ_OK, or QZ_ENOMEM recorded. */
int qz_check__decide_fast(qz_decision **out, const qz_model *model, const qz_query__decide *dq,
                          qz_check_action action, qz_capacity cap, const char *actor, const qz_check__key *k,
                          qz_check__ask_fn ask, qz_check__walk_fn walk, qz_check__outcome *o);
/* The same decision from outcome `o` (lasting) of an earlier check with the
 * same inputs (remembered by the model for key `k`). QZ_OK, or QZ_ENOMEM recorded. */
int qz_check__decide_remembered(qz_decision **out, const qz_model *model, const qz_check__outcome *o,
                                qz_check_action action, qz_capacity cap, const qz_check__key *k,
                                qz_check__ask_fn ask, qz_check__walk_fn walk);

#endif
