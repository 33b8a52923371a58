/* Shared test support: QZT_OK, the failing allocator behind the out-of-memory
 * loops, and small file helpers. */
#ifndef QZ_TEST_SUPPORT_H
#define QZ_TEST_SUPPORT_H

#include <stddef.h>
#include <stdarg.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "quanze/errors.h"

/* Asserts that `expr`, a call returning a quanze status, gives QZ_OK. On
 * failure the test stops with the call, the code and the error it recorded
 * (message, file, line, column), not just two numbers that differ. */
#define QZT_OK(expr)                                                                  \
    do {                                                                              \
        int qzt_status_ = (expr);                                                     \
        if (qzt_status_ != QZ_OK)                                                     \
            fail_msg("%s: %s", #expr, qzt_status_text(qzt_status_, qz_error_last())); \
    } while (0)

/* "code NAME (strerror): message [at file:line:column]" for a failed status and
 * the error recorded with it; a static buffer, valid until the next call. */
const char *qzt_status_text(int status, const qz_error *e);

/* Installs an allocator that counts live blocks and fails allocation number
 * `fail_at` (1-based) and every one after it; 0 never fails. */
void qzt_alloc_install(long fail_at);
/* Restores the default allocator. */
void qzt_alloc_uninstall(void);
/* Allocations made since install, and blocks still live. */
long qzt_alloc_count(void);
long qzt_alloc_live(void);
/* 1 if the allocator refused at least one request since install. */
int qzt_alloc_failed(void);

/* Runs `body(ctx)` with allocation N failing, for N = 1, 2, ... until it
 * returns 0 without any refused allocation. Checks that each failing run
 * returned QZ_ENOMEM (or the code listed in `also_ok`, 0 for none) and left
 * no live block after `cleanup(ctx)`. Returns the number of runs. */
long qzt_oom_loop(int (*body)(void *ctx), void (*cleanup)(void *ctx), void *ctx);

/* `text` with its first `from` replaced by `to` (the test fails when there is none). New, free(). */
char *qzt_replaced(const char *text, const char *from, const char *to);
/* The embedded Yunxi rule set as qz_rules_save() writes it, with its first `from` replaced by `to`. New,
 * free(). */
char *qzt_yunxi_with(const char *from, const char *to);
/* Reads a whole file into a NUL-terminated malloc'd buffer (test aborts on failure). */
char *qzt_read_file(const char *path, size_t *len);
/* Path under tests/data; returns a static buffer (one at a time). */
const char *qzt_data(const char *name);

/* A small file in a fresh temporary directory, watched with inotify so that a
 * test can prove the library never opened it (an external entity, a DTD or an
 * XInclude aimed at it). */
typedef struct qzt_watched {
    char dir[64];   /* the temporary directory */
    char path[128]; /* the watched file in it */
    int fd;         /* the inotify descriptor */
} qzt_watched;

/* Creates the directory (from `dir_template`, ending in XXXXXX) and the file,
 * and starts watching the file for IN_OPEN and IN_ACCESS. */
void qzt_watch_begin(qzt_watched *w, const char *dir_template);
/* Checks that nothing opened or read the file since qzt_watch_begin(), then
 * opens it once itself and checks that the watch saw that (so the first
 * check could have failed). */
void qzt_watch_assert_unopened(qzt_watched *w);
/* Stops watching and removes the file and the directory (which must hold
 * nothing else by then). */
void qzt_watch_end(qzt_watched *w);

#endif
