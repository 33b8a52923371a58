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
 * (libxml2 keeps its own allocator, which belongs to the host program,
 * unless qz_set_xml_allocator() says otherwise).
 * The functions follow the contracts of malloc, realloc and free; each gets
 * @c user as its last argument.
 */
typedef struct qz_allocator {
    unsigned int version; /**< #QZ_ALLOCATOR_VERSION */
    void *(*malloc)(size_t size, void *user);
    void *(*realloc)(void *ptr, size_t size, void *user);
    void (*free)(void *ptr, void *user);
    void *user;
} qz_allocator;

/** Initialiser for a #qz_allocator of the current version, functions unset. */
#define QZ_ALLOCATOR_INIT                            \
    {                                                \
        QZ_ALLOCATOR_VERSION, NULL, NULL, NULL, NULL \
    }

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

/**
 * Routes libxml2's own allocations through the allocator installed with
 * qz_set_allocator() (@p enable non-zero), or gives libxml2 back the functions
 * it had before (@p enable 0). Off by default.
 *
 * The trade-off: libxml2 has one allocator per process (`xmlMemSetup`), so
 * this changes it for every libxml2 user in the program, not only for
 * quanze. Enable it only when quanze is the only libxml2 user, or when the
 * whole program should share the allocator; call it before libxml2
 * allocates anything (before the first load, and before the host's own
 * libxml2 calls) and disable it only after everything libxml2 allocated
 * meanwhile is freed (xmlCleanupParser() included), because memory is
 * always freed with the functions in force when it is freed. The benefit:
 * an allocator that fails on purpose then reaches libxml2 too, so
 * out-of-memory handling can be tested end to end, and a memory cap
 * covers parsing.
 *
 * @return #QZ_OK, or #QZ_EINVAL (recorded) when libxml2 refuses the functions.
 */
QZ_EXTERN(int) qz_set_xml_allocator(int enable);

QZ_END_DECL

#endif
