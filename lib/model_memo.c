/* The model's memo: values of QZ_MODEL__MEMO_VALUE bytes remembered by keys
 * of up to QZ_MODEL__MEMO_KEY bytes. A model is immutable, so whatever is a
 * function of the model and of a key may be remembered in it: the checks
 * (lib/check_actions.c) remember what they decided by every input they were
 * given, written out (lib/check.h). A slot answers only a key equal to its
 * own, never a hash match alone.
 *
 * Bounded: a fixed table of slots per model, allocated with the model (so
 * that running out of memory fails the model's creation, not a check) and
 * freed with it; each slot is overwritten by the next key that hashes to it,
 * so a host that asks about new dates for months keeps the same memory and
 * the recent questions.
 *
 * Thread-safe without locks: each slot is a sequence lock (Boehm, "Can
 * seqlocks get along with programming language memory models?", MSPC 2012).
 * A writer makes the slot's count odd, writes, and makes it even again; a
 * reader that finds the count odd, or changed after it read, ignores what it
 * read (the caller works the value out). Every word of a slot is atomic, so that no
 * reader races with a writer in the language's terms (ThreadSanitizer
 * agrees), and a writer that finds the slot busy simply does not remember. */
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include "alloc.h"
#include "model.h"

/* 256 slots of 320 bytes (five cache lines each, so that a writer of one
 * slot never disturbs a reader of the next): 80 KiB per model. */
#define MEMO_SLOTS 256u
#define KEY_WORDS (QZ_MODEL__MEMO_KEY / 8u)
#define OUT_WORDS (QZ_MODEL__MEMO_VALUE / 8u)

_Static_assert(QZ_MODEL__MEMO_KEY % 8u == 0, "the key is copied a word at a time");
_Static_assert(QZ_MODEL__MEMO_VALUE % 8u == 0, "the value is copied a word at a time");
_Static_assert((MEMO_SLOTS & (MEMO_SLOTS - 1u)) == 0, "slots are chosen by the low bits of the hash");

typedef struct memo_slot {
    _Alignas(64) _Atomic uint32_t seq; /* odd while a writer writes */
    _Atomic uint32_t len;              /* of the key; 0 for a slot never written */
    _Atomic uint64_t out[OUT_WORDS];
    _Atomic uint64_t key[KEY_WORDS];
} memo_slot;

/* The slots start at the first 64-byte boundary of the allocation. */
struct qz_model__memo {
    unsigned char bytes[MEMO_SLOTS * sizeof(memo_slot) + 63u];
};

static memo_slot *slot_of(const qz_model *m, uint32_t hash)
{
    uintptr_t base = ((uintptr_t)m->memo->bytes + 63u) & ~(uintptr_t)63u;
    return (memo_slot *)base + (hash & (MEMO_SLOTS - 1u));
}

/* Keys this thread offered to remember once, by hash: a key is written to
 * the shared slots the second time (lib/check_actions.c: the second time a
 * question is asked), so that a question asked once, as every record of an
 * audit is, costs no write that other cores would have to fetch back. A
 * different key with the same hash only makes a write come early. */
#define SEEN 64u
static _Thread_local uint32_t seen[SEEN];

/* Word `i` of key `key`, whose last word is padded with zeros. */
static inline uint64_t word(const unsigned char *key, size_t i)
{
    uint64_t w;
    memcpy(&w, key + i * 8u, sizeof(w));
    return w;
}

struct qz_model__memo *qz_model__memo_new(void)
{
    /* zero bytes are a valid zero for the lock-free atomics of a slot */
    return qz__calloc(1, sizeof(struct qz_model__memo));
}

static int remembering(const qz_model *m)
{
    return !atomic_load_explicit(&((qz_model *)m)->memo_off,
                                 memory_order_relaxed); /* memo: made with the model */
}

int qz_model__memo_find(const qz_model *m, const unsigned char *key, size_t len, uint32_t hash, void *value)
{
    if (len == 0 || len > QZ_MODEL__MEMO_KEY || !remembering(m))
        return 0;
    memo_slot *s = slot_of(m, hash);
    uint32_t seq = atomic_load_explicit(&s->seq, memory_order_acquire);
    if ((seq & 1u) || atomic_load_explicit(&s->len, memory_order_relaxed) != (uint32_t)len)
        return 0;
    for (size_t i = 0, n = (len + 7u) / 8u; i < n; i++)
        if (atomic_load_explicit(&s->key[i], memory_order_relaxed) != word(key, i))
            return 0;
    uint64_t w[OUT_WORDS];
    for (size_t i = 0; i < OUT_WORDS; i++)
        w[i] = atomic_load_explicit(&s->out[i], memory_order_relaxed);
    atomic_thread_fence(memory_order_acquire);
    if (atomic_load_explicit(&s->seq, memory_order_relaxed) != seq)
        return 0; /* a writer came between: what was read may be torn */
    memcpy(value, w, sizeof(w));
    return 1;
}

void qz_model__memo_store(const qz_model *m, const unsigned char *key, size_t len, uint32_t hash,
                          const void *value)
{
    if (len == 0 || len > QZ_MODEL__MEMO_KEY || !remembering(m))
        return;
    uint32_t *mark = &seen[hash % SEEN];
    if (*mark != hash) {
        *mark = hash; /* the first time: noted, not written */
        return;
    }
    memo_slot *s = slot_of(m, hash);
    uint32_t seq = atomic_load_explicit(&s->seq, memory_order_relaxed);
    if ((seq & 1u) || !atomic_compare_exchange_strong_explicit(&s->seq, &seq, seq + 1u, memory_order_acquire,
                                                               memory_order_relaxed))
        return; /* another writer has the slot */
    atomic_thread_fence(memory_order_release);
    uint64_t w[OUT_WORDS];
    memcpy(w, value, sizeof(w));
    for (size_t i = 0; i < OUT_WORDS; i++)
        atomic_store_explicit(&s->out[i], w[i], memory_order_relaxed);
    for (size_t i = 0, n = (len + 7u) / 8u; i < n; i++)
        atomic_store_explicit(&s->key[i], word(key, i), memory_order_relaxed);
    atomic_store_explicit(&s->len, (uint32_t)len, memory_order_relaxed);
    atomic_store_explicit(&s->seq, seq + 2u, memory_order_release);
}

void qz_model__memo_enable(qz_model *m, int on)
{
    atomic_store_explicit(&m->memo_off, on ? 0 : 1, memory_order_relaxed);
}
