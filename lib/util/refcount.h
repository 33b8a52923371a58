/* Internal: atomic reference counts for the immutable shared objects. */
#ifndef QZ_LIB_REFCOUNT_H
#define QZ_LIB_REFCOUNT_H

#include <stdatomic.h>

typedef atomic_int qz_refcount;

static inline void qz__ref_init(qz_refcount *r)
{
    atomic_init(r, 1);
}
static inline void qz__ref_inc(qz_refcount *r)
{
    atomic_fetch_add_explicit(r, 1, memory_order_relaxed);
}
/* Returns 1 when the count dropped to zero and the object must be freed. */
static inline int qz__ref_dec(qz_refcount *r)
{
    return atomic_fetch_sub_explicit(r, 1, memory_order_acq_rel) == 1;
}

#endif
