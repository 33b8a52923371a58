/* Internal allocation helpers: every allocation of the library goes through
 * the hook installed with qz_set_allocator(), so that tests can make the Nth
 * allocation fail. */
#ifndef QZ_LIB_ALLOC_H
#define QZ_LIB_ALLOC_H

#include <stddef.h>

void *qz__malloc(size_t size);
void *qz__calloc(size_t count, size_t size); /* zeroed; checks count*size overflow */
void *qz__realloc(void *ptr, size_t size);
void qz__free(void *ptr);
char *qz__strdup(const char *s); /* NULL in, NULL out */
char *qz__strndup(const char *s, size_t n);

/* memset(p, 0, size) through the C library's memset: a memset of a constant
 * size written inline is compiled as `rep stos`, whose start-up costs more
 * than clearing a few hundred bytes (a question's context and answer, on
 * every question). */
void qz__zero(void *p, size_t size);

/* Grows *items (an array of *cap elements of elem_size bytes) so that it can
 * hold at least `need` elements. Returns 0 or QZ_ENOMEM (array unchanged). */
int qz__grow(void **items, size_t *cap, size_t need, size_t elem_size);

#endif
