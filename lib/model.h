/* Internal: the model's layout, shared by the query files. */
#ifndef QZ_LIB_MODEL_H
#define QZ_LIB_MODEL_H

#include "quanze/calendar.h"
#include "quanze/model.h"
#include "quanze/org.h"
#include "refcount.h"
#include "rules.h"

#include <stdatomic.h>
#include <stdint.h>

/* The model's memo (lib/model_memo.c): values remembered by keys, one flat
 * allocation. */
struct qz_model__memo;

/* The posts whose own role is one rule role: rows [first, first + n) of the
 * organisation's own-role index (qz_org__own_role_rows()), n = 0 when none. */
typedef struct qz_model__role_rows {
    uint32_t first, n;
} qz_model__role_rows;

struct qz_model {
    qz_rules **rules; /* sorted by effective date */
    size_t nrules;
    qz_org *org;
    qz_calendar *cal;
    /* role_rows[i][k]: rule role k of rules[i] in the organisation, found once
     * when the model is built so that no question looks a role up by its id */
    qz_model__role_rows **role_rows;
    /* Values worked out from the model, remembered by key (lib/model_memo.c;
     * the checks remember their outcomes): made with the model, freed with
     * it. Not part of what the model says: a caller answers the same with it
     * or without it (memo_off, for tests, turns it off). */
    struct qz_model__memo *memo;
    _Atomic int memo_off;
    /* Every decision takes a reference and drops it: the count is written
     * by every thread that checks, so it keeps a cache line apart from the
     * fields above, which every question reads. */
    char apart[64];
    qz_refcount ref;
};

/* The rule set in force on `date` (as qz_model_rules_at()) and its index in
 * m->rules through *index; NULL when none is in force. */
const qz_rules *qz_model__rules_at(const qz_model *m, qz_date date, size_t *index);

/* ---- model_memo.c ---- */

/* Keys of at most QZ_MODEL__MEMO_KEY bytes (8-aligned, the last word padded
 * with zeros), values of QZ_MODEL__MEMO_VALUE bytes. */
#define QZ_MODEL__MEMO_KEY 192u
#define QZ_MODEL__MEMO_VALUE 64u
/* An empty memo (zeroed), or NULL when out of memory (nothing recorded). */
struct qz_model__memo *qz_model__memo_new(void);
/* 1 with `value` when model `m` remembers key `key` (`len` bytes, hash
 * `hash`), else 0. */
int qz_model__memo_find(const qz_model *m, const unsigned char *key, size_t len, uint32_t hash, void *value);
/* Remembers `value` for key `key`, when a slot is free to write (else
 * nothing), the second time the calling thread offers the key: the first
 * time it is only noted. */
void qz_model__memo_store(const qz_model *m, const unsigned char *key, size_t len, uint32_t hash,
                          const void *value);
/* For tests: 0 turns remembering off for model `m` (nothing found, nothing stored), 1 on. */
void qz_model__memo_enable(qz_model *m, int on);

#include <stddef.h>
#include <stdint.h>

/* For tests: the entry count at which a reader renews the slot's cell
 * (0 restores the default), and how many cells the slot has allocated. */
void qz_model_slot__set_renew_at(qz_model_slot *s, uint64_t count);
size_t qz_model_slot__cells(qz_model_slot *s);

#endif
