/**
 * @file quanze/alloc.h
 * @brief The allocator hook.
 */
#ifndef QUANZE_ALLOC_H
#define QUANZE_ALLOC_H

#include "common.h"

QZ_BEGIN_DECL

/**
 * Version of #qz_allocator understood by this release. The library accepts
 * any version from 1 to this one, so a program built against an older
 * release keeps working.
 */
#define QZ_ALLOCATOR_VERSION 1

/**
 * Memory functions the library uses for everything it allocates itself
 * (libxml2 keeps its own allocator, which belongs to the host program).
 * The functions follow the contracts of malloc, realloc and free; each gets
 * @c user as its last argument.
 */
typedef struct qz_allocator {
    unsigned int version;                           /**< #QZ_ALLOCATOR_VERSION */
    void *(*malloc)(size_t size, void *user);
    void *(*realloc)(void *ptr, size_t size, void *user);
    void (*free)(void *ptr, void *user);
    void *user;
} qz_allocator;

/** Initialiser for a #qz_allocator of the current version, functions unset. */
#define QZ_ALLOCATOR_INIT {QZ_ALLOCATOR_VERSION, NULL, NULL, NULL, NULL}

/**
 * Sets @p allocator to the initial value of @p version (functions NULL).
 *
 * @return #QZ_OK, or #QZ_EINVAL (recorded) when @p allocator is NULL or
 *         @p version is 0 or newer than #QZ_ALLOCATOR_VERSION.
 */
QZ_EXTERN(int) qz_allocator_init(qz_allocator *allocator, unsigned int version);

/**
 * Installs @p allocator, or restores the C library's functions when it is
 * NULL. Call it before the first object is created and never while objects
 * made with another allocator are alive: memory is always freed with the
 * allocator in force when it is freed.
 *
 * @return #QZ_OK, or #QZ_EINVAL (recorded) when the version is 0 or newer
 *         than #QZ_ALLOCATOR_VERSION, or a function is missing.
 */
QZ_EXTERN(int) qz_set_allocator(const qz_allocator *allocator);

QZ_END_DECL

#endif
