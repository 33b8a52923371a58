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

/* A word at a time: ids are short ASCII strings ("executive-deputy",
 * "county-head"), and a byte-at-a-time hash (FNV-1a) spends a dependent
 * multiply on every byte, about half the cost of a lookup. Eight bytes are
 * mixed per multiply, and a final mix spreads the last bytes ("deputy-1",
 * "deputy-2") over the low bits the slots are chosen by. The value never
 * leaves the process (nothing stores it), so the byte order of the loads
 * does not matter. */
static inline uint64_t mix(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0x9e3779b97f4a7c15u;
    return h ^ (h >> 29);
}

static inline uint64_t load64(const char *s)
{
    uint64_t w;
    memcpy(&w, s, sizeof(w));
    return w;
}

static inline uint64_t load32(const char *s)
{
    uint32_t w;
    memcpy(&w, s, sizeof(w));
    return w;
}

uint32_t qz__hash(const char *s, size_t len)
{
    if (len == SIZE_MAX)
        len = strlen(s);
    uint64_t h = 0xcbf29ce484222325u ^ (uint64_t)len;
    /* The last word overlaps the one before it rather than being read byte by
     * byte (the length is mixed in, so the overlap loses nothing); nothing is
     * read outside the string. */
    if (len > 8) {
        size_t i = 0;
        for (; i + 8 < len; i += 8)
            h = mix(h, load64(s + i));
        h = mix(h, load64(s + len - 8));
    } else if (len == 8) {
        h = mix(h, load64(s));
    } else if (len >= 4) {
        h = mix(h, load32(s) | load32(s + len - 4) << 32);
    } else if (len > 0) {
        h = mix(h, (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[len / 2] << 8 |
                       (uint64_t)(unsigned char)s[len - 1] << 16);
    }
    h ^= h >> 33; /* the finaliser of MurmurHash3 */
    h *= 0xff51afd7ed558ccdu;
    h ^= h >> 33;
    return (uint32_t)h;
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
