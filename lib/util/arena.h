/* Internal: a bump allocator for objects that are built once and freed at
 * once (a rule set, an answer). One free releases everything, which keeps
 * every error path of a loader short and leak-free. */
#ifndef QZ_LIB_ARENA_H
#define QZ_LIB_ARENA_H

#include <stddef.h>

typedef struct qz_arena_block qz_arena_block;
typedef struct qz_arena {
    qz_arena_block *head;
    char *cur;   /* next free byte of head */
    size_t left; /* bytes left in head */
} qz_arena;

#define QZ_ARENA_INIT \
    {                 \
        NULL, NULL, 0 \
    }

/* Starts arena `a` (zeroed) on the caller's buffer `buf` of `size` bytes
 * (16-aligned), which it uses before it allocates any block: an object that
 * allocates its arena with itself saves an allocation. The buffer is the
 * caller's to free, after qz__arena_free(). */
void qz__arena_init_buffer(qz_arena *a, void *buf, size_t size);
void *qz__arena_alloc(qz_arena *a, size_t size); /* zeroed, 16-aligned; NULL on failure */
char *qz__arena_strdup(qz_arena *a, const char *s);
/* 1 when `p` points into a block the arena allocated (not the caller's
 * buffer of qz__arena_init_buffer()). */
int qz__arena_owns(const qz_arena *a, const void *p);
/* Grows an arena array (old contents copied; the old block is abandoned).
 * Returns QZ_OK or QZ_ENOMEM (not recorded: the caller knows what it was doing). */
int qz__arena_grow(qz_arena *a, void **items, size_t *cap, size_t need, size_t elem);
/* The same, leaving the new elements uncleared: for arrays whose elements
 * are each written whole when added (an answer's people, citations...). */
int qz__arena_grow_uncleared(qz_arena *a, void **items, size_t *cap, size_t need, size_t elem);
void qz__arena_free(qz_arena *a);

#endif
