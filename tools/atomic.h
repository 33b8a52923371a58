/* The CLI's atomic output file: written beside the target under a temporary
 * name, flushed to disk and renamed over the target only once complete, so
 * the user's previous file is never truncated or deleted. */
#ifndef QZ_TOOLS_ATOMIC_H
#define QZ_TOOLS_ATOMIC_H

#include <stdio.h>

typedef struct qzc_atomic {
    FILE *f;      /* write here */
    char *target; /* the file replaced on commit (a symbolic link's target) */
    char *tmp;    /* the temporary file beside it */
} qzc_atomic;

/* Opens a temporary file in the directory of @p path. Refuses a @p path that
 * exists and is not a regular file (a device, a FIFO, a directory). Returns
 * 0, or -1 after printing "quanze: PATH: reason" to stderr. */
int qzc_atomic_open(qzc_atomic *a, const char *path);

/* Flushes, syncs and closes the temporary file and renames it over the
 * target (then syncs the directory). Returns 0, or -1 after printing the
 * reason and removing the temporary file; the target is then untouched. */
int qzc_atomic_commit(qzc_atomic *a);

/* Gives up: closes and removes the temporary file; the target is untouched. */
void qzc_atomic_abort(qzc_atomic *a);

/* Opens @p path for reading only when it is a regular file: O_NONBLOCK so
 * that opening a FIFO does not wait for a writer, then fstat, so that a FIFO
 * or a device (/dev/zero would never end) is refused before a byte is read.
 * Returns the stream, or NULL with *why set to the reason (errno's text, or
 * "not a regular file"). */
FILE *qzc_open_regular(const char *path, const char **why);

#endif
