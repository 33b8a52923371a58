/* Internal: a string table. Every string is stored once, in chunks that never
 * move (so a stored string's address is stable for the table's lifetime), and
 * found again by an open-addressing hash table. Each slot carries a 32-bit
 * `ref` that the owner uses as it likes (the organisation records which
 * entity an id names). Strings that need no lookup can be stored without a
 * slot. One hash (qz__hash) serves interning and lookups. */
#ifndef QZ_LIB_UTIL_STRTAB_H
#define QZ_LIB_UTIL_STRTAB_H

#include <stddef.h>
#include <stdint.h>

typedef struct qz__strtab_slot {
    const char *s; /* NULL: the slot is free */
    uint32_t hash;
    uint32_t ref; /* the owner's; 0 when interned */
} qz__strtab_slot;

typedef struct qz__strtab_chunk qz__strtab_chunk;

typedef struct qz__strtab {
    qz__strtab_slot *slots; /* slot_mask + 1 of them (a power of two), or NULL */
    uint32_t slot_mask;
    uint32_t n; /* interned strings */
    qz__strtab_chunk *chunks;
} qz__strtab;

#define QZ__STRTAB_INIT  \
    {                    \
        NULL, 0, 0, NULL \
    }

/* The hash of `len` bytes at s, or of the NUL-terminated string s when len
 * is SIZE_MAX (the same value for the same bytes either way). */
uint32_t qz__hash(const char *s, size_t len);

/* Stores `len` bytes of `s` once and returns the stored, NUL-terminated copy
 * (Borrowed from the table), or NULL with QZ_ENOMEM/QZ_ELIMIT recorded. When
 * `ref` is not NULL it receives the slot's ref (valid until the next intern). */
const char *qz__strtab_intern(qz__strtab *t, const char *s, size_t len, uint32_t **ref);

/* Stores a copy without a slot (names and notes are mostly unique: no point
 * looking them up). Borrowed from the table; NULL with QZ_ENOMEM recorded. */
const char *qz__strtab_store(qz__strtab *t, const char *s, size_t len);

/* The slot of an interned string equal to `s`, or NULL. */
const qz__strtab_slot *qz__strtab_find(const qz__strtab *t, const char *s);

/* Frees every stored string and the slots; the table is empty again. */
void qz__strtab_free(qz__strtab *t);

#endif
