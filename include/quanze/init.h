/**
 * @file quanze/init.h
 * @brief Optional start-up and shutdown, for servers.
 *
 * Nothing needs qz_init(): every load prepares what it needs. By default each
 * load compiles the format's schema itself and frees it afterwards, so no
 * libxml2 object outlives the load, and a host may call libxml2's
 * `xmlCleanupParser()` between loads. A server that prefers to pay the
 * compile cost once, at start-up (and to learn at once if it cannot), calls
 * qz_init(); loads then borrow the compiled schemas until qz_shutdown().
 */
#ifndef QUANZE_INIT_H
#define QUANZE_INIT_H

#include "common.h"

QZ_BEGIN_DECL

/**
 * Initialises libxml2 for the library and compiles the schemas of the
 * calendar, organisation and rule-set formats into a cache that every later
 * load uses. Idempotent and thread-safe: a second call (from any thread)
 * finds the cache filled and does nothing. A failure leaves nothing half
 * done that matters: loads keep compiling for themselves, and calling
 * qz_init() again retries.
 *
 * Between qz_init() and qz_shutdown() the host must not call libxml2's
 * `xmlCleanupParser()` (the cached schemas point into libxml2's global type
 * tables); call qz_shutdown() first.
 *
 * @return #QZ_OK, #QZ_ENOMEM, or #QZ_ESCHEMA if a built-in schema does not compile.
 */
QZ_EXTERN(int) qz_init(void);

/**
 * Frees the schema cache made by qz_init(); loads compile for themselves
 * again. Loads running meanwhile finish with the schema they started with.
 * Harmless without qz_init() and when called twice. It does not call
 * `xmlCleanupParser()`: libxml2 belongs to the host.
 */
QZ_EXTERN(void) qz_shutdown(void);

QZ_END_DECL

#endif
