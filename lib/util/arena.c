/* A bump allocator for objects that are built once and freed at once (a rule
 * set, an answer): one free releases everything, which keeps every error path
 * of a loader short and leak-free. */
#include "arena.h"

#include <stdint.h>
#include <string.h>

#include "alloc.h"
#include "error.h"

struct qz_arena_block {
    qz_arena_block *next;
    size_t size;
    /* data follows, 16-aligned */
};

#define QZ_BLOCK_HEADER ((sizeof(qz_arena_block) + 15u) & ~(size_t)15u)
#define QZ_BLOCK_MIN 4096u

void qz__arena_init_buffer(qz_arena *a, void *buf, size_t size)
{
    a->head = NULL; /* not a block: qz__arena_free() leaves it alone */
    a->cur = buf;
    a->left = size & ~(size_t)15u;
}

/* `size` bytes, not cleared: the callers below write them all. */
static void *take(qz_arena *a, size_t size)
{
    if (size > ((size_t)-1) - 15u)
        return NULL; /* rounding up would wrap to a tiny block */
    size = (size + 15u) & ~(size_t)15u;
    if (size == 0)
        size = 16;
    if (size > a->left) {
        size_t want = size > QZ_BLOCK_MIN ? size : QZ_BLOCK_MIN;
        if (a->head && a->head->size < (1u << 16) && want < a->head->size * 2)
            want = a->head->size * 2; /* grow geometrically: few blocks for big inputs */
        if (want > ((size_t)-1) - QZ_BLOCK_HEADER)
            return NULL;
        qz_arena_block *b = qz__malloc(QZ_BLOCK_HEADER + want);
        if (!b)
            return NULL;
        b->next = a->head;
        b->size = want;
        a->head = b;
        a->cur = (char *)b + QZ_BLOCK_HEADER;
        a->left = want;
    }
    void *p = a->cur;
    a->cur += size;
    a->left -= size;
    return p;
}

void *qz__arena_alloc(qz_arena *a, size_t size)
{
    void *p = take(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

char *qz__arena_strdup(qz_arena *a, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    char *d = take(a, n + 1);
    if (d)
        memcpy(d, s, n + 1);
    return d;
}

int qz__arena_owns(const qz_arena *a, const void *p)
{
    uintptr_t x = (uintptr_t)p;
    for (const qz_arena_block *b = a->head; b; b = b->next) {
        uintptr_t start = (uintptr_t)b + QZ_BLOCK_HEADER;
        if (x >= start && x < start + b->size)
            return 1;
    }
    return 0;
}

static int grow(qz_arena *a, void **items, size_t *cap, size_t need, size_t elem, int clear)
{
    if (need <= *cap)
        return QZ_OK;
    if (elem == 0 || need > ((size_t)-1) / elem / 2)
        return QZ_ENOMEM; /* also keeps the doubling below from wrapping */
    size_t ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    if (ncap > ((size_t)-1) / elem)
        return QZ_ENOMEM;
    char *n = take(a, ncap * elem);
    if (!n)
        return QZ_ENOMEM;
    size_t old = *items ? *cap : 0; /* copied, and only the rest cleared */
    if (old)
        memcpy(n, *items, old * elem);
    if (clear)
        memset(n + old * elem, 0, (ncap - old) * elem);
    *items = n;
    *cap = ncap;
    return QZ_OK;
}

int qz__arena_grow(qz_arena *a, void **items, size_t *cap, size_t need, size_t elem)
{
    return grow(a, items, cap, need, elem, 1);
}

int qz__arena_grow_uncleared(qz_arena *a, void **items, size_t *cap, size_t need, size_t elem)
{
    return grow(a, items, cap, need, elem, 0);
}

void qz__arena_free(qz_arena *a)
{
    qz_arena_block *b = a->head;
    while (b) {
        qz_arena_block *next = b->next;
        qz__free(b);
        b = next;
    }
    a->head = NULL;
    a->cur = NULL;
    a->left = 0;
}
