/* Internal: recording the thread-local last error. */
#ifndef QZ_LIB_ERROR_H
#define QZ_LIB_ERROR_H

#include "quanze/errors.h"

/* Records an error on this thread and returns `code`, so that callers can
 * write `return qz__error(QZ_EINVAL, "bad date %s", s);`. */
int qz__error(int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* The same, with the position in an input file (file may be NULL). */
int qz__error_at(int code, const char *file, int line, int column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Records QZ_ENOMEM with a fixed message (never allocates). */
int qz__error_nomem(void);

#endif
