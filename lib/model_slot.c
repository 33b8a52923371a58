/* The model slot: publishes a new model while other threads keep reading,
 * with no lock on the read path and no waiting in the writer.
 *
 * Scheme: a split ("deferred") reference count. The slot's reference to the
 * current model lives in a *cell*; one atomic word, `state`, names the current
 * cell (low 16 bits) and counts the readers that have entered it (high bits,
 * the "external" count). A reader enters with one compare-and-swap on `state`,
 * takes its own reference to the cell's model, then leaves by decrementing the
 * cell's "internal" count. A writer swaps `state` to a fresh cell in one
 * exchange, which also tells it how many readers entered the old cell, and adds
 * that number to the old cell's internal count. Whoever brings the old cell's
 * internal count to zero (the writer, or the last reader still leaving) drops
 * the slot's reference to the old model and frees the cell for reuse. So
 * neither side ever waits for the other; writers only serialise among
 * themselves on a mutex.
 *
 * Cells live in pages that stay allocated until the slot is freed, so a reader
 * never touches freed memory; a reader does not touch a cell before its
 * compare-and-swap succeeded. A cell is reused only after every reader that
 * entered it has left, so at most (threads inside qz_model_slot_get + 1) cells
 * are ever busy. If `state` names a reused cell again (ABA), a stale reader's
 * compare-and-swap may succeed: it then enters the *current* incarnation of
 * that cell, which is exactly right. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include "alloc.h"
#include "error.h"
#include "model.h"

#define CELL_BITS 16u
#define CELL_MASK ((UINT64_C(1) << CELL_BITS) - 1)
#define READER_ONE (UINT64_C(1) << CELL_BITS)
#define PAGE_CELLS 64u
#define MAX_PAGES ((CELL_MASK + 1) / PAGE_CELLS)
/* The external count has 48 bits. Well before it could wrap (2^46 entries
 * into one cell, i.e. years of reads without a publish) a reader republishes
 * the same model into a fresh cell, which restarts the count at zero. */
#define RENEW_DEFAULT (UINT64_C(1) << 46)

typedef struct slot_cell {
    qz_model *model;       /* the slot's reference while the cell is busy */
    atomic_llong internal; /* leaves minus (transferred) entries */
    atomic_int busy;       /* 1 from publication until the last reader left */
} slot_cell;

struct qz_model_slot {
    _Atomic uint64_t state;      /* entered-reader count << 16 | current cell */
    pthread_mutex_t write;       /* serialises writers (and page growth) */
    slot_cell *pages[MAX_PAGES]; /* written by writers before publication */
    size_t npages;
    _Atomic uint64_t renew_at; /* external count that triggers a renewal */
};

static slot_cell *cell_at(qz_model_slot *s, uint64_t idx)
{
    return &s->pages[idx / PAGE_CELLS][idx % PAGE_CELLS];
}

/* Drops the slot's reference held by a cell whose readers have all left. */
static void cell_release(slot_cell *c)
{
    qz_model *m = c->model;
    c->model = NULL;
    atomic_store_explicit(&c->busy, 0, memory_order_release);
    qz_model_free(m);
}

/* A cell no reader is in (writer side, under the mutex). Grows the pool when
 * all cells are busy; fails only when out of memory or at 65536 busy cells. */
static int cell_find_free(qz_model_slot *s, uint64_t *idx)
{
    for (size_t p = 0; p < s->npages; p++)
        for (size_t i = 0; i < PAGE_CELLS; i++)
            if (atomic_load_explicit(&s->pages[p][i].busy, memory_order_acquire) == 0) {
                *idx = p * PAGE_CELLS + i;
                return QZ_OK;
            }
    if (s->npages == MAX_PAGES)
        return qz__error(QZ_ELIMIT, "qz_model_slot_set: %u readers stalled inside qz_model_slot_get",
                         (unsigned)(MAX_PAGES * PAGE_CELLS));
    slot_cell *page = qz__calloc(PAGE_CELLS, sizeof(*page));
    if (!page)
        return qz__error_nomem();
    for (size_t i = 0; i < PAGE_CELLS; i++) {
        atomic_init(&page[i].internal, 0);
        atomic_init(&page[i].busy, 0);
    }
    s->pages[s->npages] = page;
    *idx = s->npages * PAGE_CELLS;
    s->npages++;
    return QZ_OK;
}

/* Publishes `m` in a fresh cell and retires the old one (caller holds the
 * mutex, so only readers change `state` meanwhile: they only count up). */
static int publish(qz_model_slot *s, qz_model *m)
{
    uint64_t idx;
    int rc = cell_find_free(s, &idx);
    if (rc < 0)
        return rc;
    slot_cell *c = cell_at(s, idx);
    c->model = qz_model_ref(m);
    atomic_store_explicit(&c->internal, 0, memory_order_relaxed);
    atomic_store_explicit(&c->busy, 1, memory_order_relaxed);
    /* one exchange: from now on readers enter the new cell, and `old` says
     * how many entered the old one */
    uint64_t old = atomic_exchange_explicit(&s->state, idx, memory_order_acq_rel);
    /* hand the old cell's entries over to its internal count */
    slot_cell *oc = cell_at(s, old & CELL_MASK);
    long long entered = (long long)(old >> CELL_BITS);
    if (atomic_fetch_add_explicit(&oc->internal, entered, memory_order_acq_rel) + entered == 0)
        cell_release(oc);
    return QZ_OK;
}

int qz_model_slot_new(qz_model_slot **out, qz_model *m)
{
    if (out)
        *out = NULL;
    if (!out)
        return qz__error(QZ_EINVAL, "qz_model_slot_new: NULL argument");
    qz_model_slot *s = qz__calloc(1, sizeof(*s));
    if (!s)
        return qz__error_nomem();
    if (pthread_mutex_init(&s->write, NULL) != 0) {
        qz__free(s);
        return qz__error_nomem();
    }
    atomic_init(&s->renew_at, RENEW_DEFAULT);
    uint64_t idx;
    int rc = cell_find_free(s, &idx);
    if (rc < 0) {
        pthread_mutex_destroy(&s->write);
        qz__free(s);
        return rc;
    }
    slot_cell *c = cell_at(s, idx);
    c->model = qz_model_ref(m);
    atomic_store_explicit(&c->busy, 1, memory_order_relaxed);
    atomic_init(&s->state, idx);
    *out = s;
    return QZ_OK;
}

/* Rare path: the current cell's entry count grew large; republish the same
 * model so the count restarts. A failure only postpones the renewal. */
static void renew(qz_model_slot *s, uint64_t idx)
{
    pthread_mutex_lock(&s->write);
    /* still current (no writer got in first): the cell holds the slot's
     * reference, and publish() takes the new one before dropping it */
    if ((atomic_load_explicit(&s->state, memory_order_relaxed) & CELL_MASK) == idx)
        (void)publish(s, cell_at(s, idx)->model);
    pthread_mutex_unlock(&s->write);
}

qz_model *qz_model_slot_get(qz_model_slot *s)
{
    if (!s)
        return NULL;
    uint64_t w = atomic_load_explicit(&s->state, memory_order_relaxed);
    while (!atomic_compare_exchange_weak_explicit(&s->state, &w, w + READER_ONE, memory_order_acquire,
                                                  memory_order_relaxed))
        ; /* another reader or a writer changed the word: retry with the new value */
    uint64_t idx = w & CELL_MASK;
    slot_cell *c = cell_at(s, idx);
    qz_model *m = qz_model_ref(c->model);
    if (atomic_fetch_sub_explicit(&c->internal, 1, memory_order_acq_rel) == 1)
        cell_release(c); /* the cell was retired meanwhile and we were its last reader */
    else if ((w >> CELL_BITS) + 1 >= atomic_load_explicit(&s->renew_at, memory_order_relaxed))
        renew(s, idx);
    return m;
}

int qz_model_slot_set(qz_model_slot *s, qz_model *m)
{
    if (!s)
        return qz__error(QZ_EINVAL, "qz_model_slot_set: NULL slot");
    pthread_mutex_lock(&s->write);
    int rc = publish(s, m);
    pthread_mutex_unlock(&s->write);
    return rc;
}

void qz_model_slot__set_renew_at(qz_model_slot *s, uint64_t count)
{
    atomic_store_explicit(&s->renew_at, count ? count : RENEW_DEFAULT, memory_order_relaxed);
}

size_t qz_model_slot__cells(qz_model_slot *s)
{
    pthread_mutex_lock(&s->write);
    size_t n = s->npages * PAGE_CELLS;
    pthread_mutex_unlock(&s->write);
    return n;
}

void qz_model_slot_free(qz_model_slot *s)
{
    if (!s)
        return;
    /* no reader is inside the slot any more: only the current cell is busy */
    slot_cell *c = cell_at(s, atomic_load(&s->state) & CELL_MASK);
    qz_model_free(c->model);
    for (size_t p = 0; p < s->npages; p++)
        qz__free(s->pages[p]);
    pthread_mutex_destroy(&s->write);
    qz__free(s);
}
