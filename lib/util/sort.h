/* Internal: a stable merge sort of row numbers with a context.
 *
 * qsort() has no context argument and is not stable; the loaders sort rows
 * that compare through the table they live in and must keep document order
 * between equal keys. Nothing here knows what the rows are. */
#ifndef QZ_LIB_UTIL_SORT_H
#define QZ_LIB_UTIL_SORT_H

#include <stdint.h>

/* Compares rows a and b of whatever `ctx` is: negative, zero or positive. */
typedef int (*qz__sort_cmp)(const void *ctx, uint32_t a, uint32_t b);

/* Sorts the n row numbers at v in place (stable); tmp holds n entries. */
void qz__msort(uint32_t *v, uint32_t *tmp, uint32_t n, qz__sort_cmp cmp, const void *ctx);

/* The row numbers 0..n-1 in the order of cmp. New (free with qz__free());
 * NULL with QZ_ENOMEM recorded. */
uint32_t *qz__sort(uint32_t n, qz__sort_cmp cmp, const void *ctx);

/* 1 when order[i] == i for every i < n: the rows were already sorted. */
int qz__sort_is_identity(const uint32_t *order, uint32_t n);

/* Three-way comparison of two integers, for building comparators. */
static inline int qz__cmp_int(int64_t a, int64_t b)
{
    return a < b ? -1 : a > b;
}

#endif
