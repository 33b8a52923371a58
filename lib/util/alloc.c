/* The allocator hook: every allocation the library makes goes through here. */
#include "alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "quanze/alloc.h"

static void *std_malloc(size_t size, void *user)
{
    (void)user;
    return malloc(size);
}

static void *std_realloc(void *ptr, size_t size, void *user)
{
    (void)user;
    return realloc(ptr, size);
}

static void std_free(void *ptr, void *user)
{
    (void)user;
    free(ptr);
}

static qz_allocator current = {QZ_ALLOCATOR_VERSION, std_malloc, std_realloc, std_free, NULL};

static int version_known(unsigned int version)
{
    return version >= 1 && version <= QZ_ALLOCATOR_VERSION;
}

int qz_allocator_init(qz_allocator *allocator, unsigned int version)
{
    if (!allocator)
        return qz__error(QZ_EINVAL, "qz_allocator_init: allocator is NULL");
    if (!version_known(version))
        return qz__error(QZ_EINVAL, "qz_allocator_init: version %u is not between 1 and %d", version,
                         QZ_ALLOCATOR_VERSION);
    memset(allocator, 0, sizeof(*allocator));
    allocator->version = version;
    return QZ_OK;
}

int qz_set_allocator(const qz_allocator *allocator)
{
    if (!allocator) {
        qz_allocator std = {QZ_ALLOCATOR_VERSION, std_malloc, std_realloc, std_free, NULL};
        current = std;
        return QZ_OK;
    }
    if (!version_known(allocator->version))
        return qz__error(QZ_EINVAL, "qz_set_allocator: version %u is not between 1 and %d",
                         allocator->version, QZ_ALLOCATOR_VERSION);
    if (!allocator->malloc || !allocator->realloc || !allocator->free)
        return qz__error(QZ_EINVAL, "qz_set_allocator: a memory function is missing");
    /* Version 1 is the whole struct today; a later version copies only the
     * members that the caller's version has. */
    current = *allocator;
    return QZ_OK;
}

void *qz__malloc(size_t size)
{
    /* malloc(0) may return NULL legitimately; ask for one byte so NULL always means failure. */
    return current.malloc(size ? size : 1, current.user);
}

void *qz__calloc(size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
        return NULL;
    void *p = qz__malloc(count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

void *qz__realloc(void *ptr, size_t size)
{
    return current.realloc(ptr, size ? size : 1, current.user);
}

void qz__free(void *ptr)
{
    if (ptr)
        current.free(ptr, current.user);
}

void qz_free(void *ptr)
{
    qz__free(ptr);
}

char *qz__strndup(const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *copy = qz__malloc(n + 1);
    if (copy) {
        memcpy(copy, s, n);
        copy[n] = '\0';
    }
    return copy;
}

char *qz__strdup(const char *s)
{
    return s ? qz__strndup(s, strlen(s)) : NULL;
}

int qz__grow(void **items, size_t *cap, size_t need, size_t elem_size)
{
    if (need <= *cap)
        return QZ_OK;
    size_t next = *cap ? *cap : 8;
    while (next < need) {
        if (next > SIZE_MAX / 2)
            return QZ_ENOMEM;
        next *= 2;
    }
    if (elem_size != 0 && next > SIZE_MAX / elem_size)
        return QZ_ENOMEM;
    void *p = qz__realloc(*items, next * elem_size);
    if (!p)
        return QZ_ENOMEM;
    *items = p;
    *cap = next;
    return QZ_OK;
}

void qz__zero(void *p, size_t size)
{
    memset(p, 0, size);
}
