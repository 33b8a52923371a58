/**
 * @file quanze/errors.h
 * @brief Status codes and the thread-local last error.
 *
 * Every function that can fail returns an `int`: #QZ_OK (0) on success or a
 * negative `QZ_E*` code. The details of the most recent failure on the
 * calling thread are kept in a last-error object read through accessors,
 * so that it can grow without breaking the ABI.
 */
#ifndef QUANZE_ERRORS_H
#define QUANZE_ERRORS_H

#include "common.h"
#include "types.h"

QZ_BEGIN_DECL

/** Status codes. All failures are negative. */
typedef enum qz_status {
    QZ_OK = 0,         /**< success */
    QZ_ENOMEM = -1,    /**< out of memory */
    QZ_EINVAL = -2,    /**< an argument is invalid (NULL handle, bad date, bad id) */
    QZ_EPARSE = -3,    /**< input is not well-formed (malformed XML, DOCTYPE, bad UTF-8) */
    QZ_ESCHEMA = -4,   /**< well-formed input that breaks the format's rules */
    QZ_ENOTFOUND = -5, /**< the named thing (post, meeting type, deadline...) does not exist */
    QZ_ERANGE = -6,    /**< a date lies outside the data's coverage */
    QZ_EIO = -7,       /**< a file could not be read or written */
    QZ_ELIMIT = -8     /**< input exceeds a size or depth limit */
} qz_status;

/* qz_error (the details of a failure, read with the accessors below): see quanze/types.h */

/**
 * The last error recorded on the calling thread. Never NULL: when nothing
 * failed yet (or after qz_error_clear()) it reports #QZ_OK and an empty
 * message. Borrowed: valid until the next library call on this thread.
 */
QZ_EXTERN(const qz_error *) qz_error_last(void);

/** The status code of @p e (0 when there is no error). */
QZ_EXTERN(int) qz_error_code(const qz_error *e);

/** A readable message, never NULL (empty when there is no error). Borrowed from @p e. */
QZ_EXTERN(const char *) qz_error_message(const qz_error *e);

/** The file (or the name given to a memory buffer) the error is in, or NULL. Borrowed from @p e. */
QZ_EXTERN(const char *) qz_error_file(const qz_error *e);

/** The 1-based line of the error in qz_error_file(), or 0 when unknown. */
QZ_EXTERN(int) qz_error_line(const qz_error *e);

/** The 1-based column (in characters) of the error, or 0 when unknown. */
QZ_EXTERN(int) qz_error_column(const qz_error *e);

/** Resets the calling thread's last error to #QZ_OK. */
QZ_EXTERN(void) qz_error_clear(void);

/** A short constant name for a status code, e.g. "out of memory". Never NULL. Borrowed: a static string. */
QZ_EXTERN(const char *) qz_strerror(int code);

QZ_END_DECL

#endif
