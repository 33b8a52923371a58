/* Internal: a growable byte buffer used to build XML output, messages and
 * explanations. Once an append fails, the buffer remembers it (`failed`) and
 * later appends do nothing, so a writer can check once at the end. */
#ifndef QZ_LIB_BUF_H
#define QZ_LIB_BUF_H

#include <stddef.h>

typedef struct qz_buf {
    char *data;  /* NUL-terminated when size > 0 */
    size_t size; /* bytes used, not counting the NUL */
    size_t cap;
    int failed; /* an allocation failed */
} qz_buf;

#define QZ_BUF_INIT   \
    {                 \
        NULL, 0, 0, 0 \
    }

void qz__buf_put(qz_buf *b, const char *s, size_t len);
void qz__buf_puts(qz_buf *b, const char *s);
void qz__buf_printf(qz_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Appends s with the five XML special characters escaped. */
void qz__buf_put_xml(qz_buf *b, const char *s);
/* Appends `name="escaped value"` preceded by a space. */
void qz__buf_put_xml_attr(qz_buf *b, const char *name, const char *value);
/* Appends a date as YYYY-MM-DD. */
void qz__buf_put_date(qz_buf *b, int date);
/* Hands the data to the caller (NUL-terminated, never NULL on success) and
 * resets the buffer. Returns 0, or QZ_ENOMEM (recorded) if any append failed. */
int qz__buf_detach(qz_buf *b, char **out, size_t *len);
void qz__buf_free(qz_buf *b);

#endif
