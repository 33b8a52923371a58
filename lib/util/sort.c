/* A stable merge sort of row numbers with a context (see sort.h). */
#include "sort.h"

#include <string.h>

#include "alloc.h"
#include "error.h"

/* Runs this short are sorted by insertion: fewer calls than merging. */
#define SORT_RUN 12

static void insertion_sort(uint32_t *v, uint32_t n, qz__sort_cmp cmp, const void *ctx)
{
    for (uint32_t i = 1; i < n; i++) {
        uint32_t x = v[i], j = i;
        for (; j > 0 && cmp(ctx, x, v[j - 1]) < 0; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

void qz__msort(uint32_t *v, uint32_t *tmp, uint32_t n, qz__sort_cmp cmp, const void *ctx)
{
    if (n <= SORT_RUN) {
        insertion_sort(v, n, cmp, ctx);
        return;
    }
    uint32_t h = n / 2;
    qz__msort(v, tmp, h, cmp, ctx);
    qz__msort(v + h, tmp, n - h, cmp, ctx);
    /* halves already in order need no merge: input written in sorted order
     * (as the savers write it, and most exports) sorts in linear time */
    if (cmp(ctx, v[h], v[h - 1]) >= 0)
        return;
    uint32_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = cmp(ctx, v[j], v[i]) < 0 ? v[j++] : v[i++];
    while (i < h)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, (size_t)n * sizeof(*v));
}

uint32_t *qz__sort(uint32_t n, qz__sort_cmp cmp, const void *ctx)
{
    /* both are written before they are read: no need to zero them */
    uint32_t *v = qz__malloc((n ? n : 1) * sizeof(*v)), *tmp = qz__malloc((n ? n : 1) * sizeof(*tmp));
    if (!v || !tmp) {
        qz__free(v);
        qz__free(tmp);
        qz__error_nomem();
        return NULL;
    }
    for (uint32_t i = 0; i < n; i++)
        v[i] = i;
    qz__msort(v, tmp, n, cmp, ctx);
    qz__free(tmp);
    return v;
}

int qz__sort_is_identity(const uint32_t *order, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (order[i] != i)
            return 0;
    return 1;
}
