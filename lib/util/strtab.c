/* A string table: chunked storage and an open-addressing hash (see strtab.h). */
#include "strtab.h"

#include <string.h>

#include "alloc.h"
#include "error.h"

/* String storage: chunks that never move, so stored strings stay put. */
struct qz__strtab_chunk {
    qz__strtab_chunk *next;
    size_t used, cap;
    char data[];
};

/* Chunks start small (a county fits in a few) and double up to 64 KiB. */
#define CHUNK_FIRST ((size_t)4 * 1024)
#define CHUNK_MAX ((size_t)64 * 1024)

/* Slots start at this many and double when half full. */
#define SLOTS_FIRST 1024u

/* FNV-1a: short ASCII ids, few collisions, no setup (for ids of up to
 * twenty bytes it is as fast as hashing a word at a time). */
static inline uint32_t fnv_step(uint32_t h, char c)
{
    return (h ^ (unsigned char)c) * 16777619u;
}

uint32_t qz__hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    /* two loops over one step: the test for the end stays out of the hot loop */
    if (len == SIZE_MAX)
        for (; *s; s++)
            h = fnv_step(h, *s);
    else
        for (size_t i = 0; i < len; i++)
            h = fnv_step(h, s[i]);
    return h;
}

static char *chunk_store(qz__strtab *t, const char *s, size_t len)
{
    qz__strtab_chunk *c = t->chunks;
    if (!c || c->cap - c->used < len + 1) {
        size_t size = !c ? CHUNK_FIRST : c->cap * 2 > CHUNK_MAX ? CHUNK_MAX : c->cap * 2;
        size_t cap = len + 1 > size ? len + 1 : size;
        c = qz__malloc(sizeof(*c) + cap);
        if (!c)
            return NULL;
        c->used = 0;
        c->cap = cap;
        c->next = t->chunks;
        t->chunks = c;
    }
    char *p = c->data + c->used;
    memcpy(p, s, len);
    p[len] = '\0';
    c->used += len + 1;
    return p;
}

const char *qz__strtab_store(qz__strtab *t, const char *s, size_t len)
{
    const char *copy = chunk_store(t, s, len);
    if (!copy)
        qz__error_nomem();
    return copy;
}

static int grow_slots(qz__strtab *t)
{
    uint32_t cap = t->slots ? (t->slot_mask + 1) * 2 : SLOTS_FIRST;
    if (cap == 0 || cap > (UINT32_MAX >> 1))
        return qz__error(QZ_ELIMIT, "too many strings in one table");
    qz__strtab_slot *slots = qz__calloc(cap, sizeof(*slots));
    if (!slots)
        return qz__error_nomem();
    for (uint32_t i = 0; t->slots && i <= t->slot_mask; i++) {
        const qz__strtab_slot *old = &t->slots[i];
        if (!old->s)
            continue;
        uint32_t j = old->hash & (cap - 1);
        while (slots[j].s)
            j = (j + 1) & (cap - 1);
        slots[j] = *old;
    }
    qz__free(t->slots);
    t->slots = slots;
    t->slot_mask = cap - 1;
    return QZ_OK;
}

const char *qz__strtab_intern(qz__strtab *t, const char *s, size_t len, uint32_t **ref)
{
    if ((!t->slots || (t->n + 1) * 2 > t->slot_mask + 1) && grow_slots(t) < 0)
        return NULL;
    uint32_t h = qz__hash(s, len);
    uint32_t j = h & t->slot_mask;
    for (; t->slots[j].s; j = (j + 1) & t->slot_mask) {
        const qz__strtab_slot *e = &t->slots[j];
        if (e->hash == h && strncmp(e->s, s, len) == 0 && e->s[len] == '\0')
            break;
    }
    qz__strtab_slot *e = &t->slots[j];
    if (!e->s) {
        char *copy = chunk_store(t, s, len);
        if (!copy) {
            qz__error_nomem();
            return NULL;
        }
        e->s = copy;
        e->hash = h;
        e->ref = 0;
        t->n++;
    }
    if (ref)
        *ref = &e->ref;
    return e->s;
}

const qz__strtab_slot *qz__strtab_find(const qz__strtab *t, const char *s)
{
    if (!t || !s || !t->slots)
        return NULL;
    uint32_t h = qz__hash(s, SIZE_MAX);
    for (uint32_t j = h & t->slot_mask; t->slots[j].s; j = (j + 1) & t->slot_mask) {
        const qz__strtab_slot *e = &t->slots[j];
        /* strings handed out by the table come back as the same pointer */
        if (e->hash == h && (e->s == s || strcmp(e->s, s) == 0))
            return e;
    }
    return NULL;
}

void qz__strtab_free(qz__strtab *t)
{
    while (t->chunks) {
        qz__strtab_chunk *next = t->chunks->next;
        qz__free(t->chunks);
        t->chunks = next;
    }
    qz__free(t->slots);
    t->slots = NULL;
    t->slot_mask = 0;
    t->n = 0;
}
