#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "quanze.h"
#include "query_support.h"

/* Appends to a fixed buffer, cutting what does not fit. */
static void append(char *buf, size_t size, size_t *used, const char *fmt, ...)
{
    if (*used >= size - 1)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf + *used, size - *used, fmt, ap);
    va_end(ap);
    if (n > 0)
        *used += (size_t)n < size - *used ? (size_t)n : size - *used - 1;
}

const char *qzt_status_text(int status, const qz_error *e)
{
    static char text[1400];
    size_t used = 0;
    text[0] = '\0';
    append(text, sizeof(text), &used, "returned %d (%s)", status, qz_strerror(status));
    if (!e || qz_error_code(e) == QZ_OK) {
        append(text, sizeof(text), &used, ", no error recorded");
        return text;
    }
    append(text, sizeof(text), &used, ": %s", qz_error_message(e));
    if (qz_error_code(e) != status)
        append(text, sizeof(text), &used, " (recorded as %d)", qz_error_code(e));
    if (qz_error_file(e))
        append(text, sizeof(text), &used, " [at %s:%d:%d]", qz_error_file(e), qz_error_line(e),
               qz_error_column(e));
    return text;
}

static long alloc_count, alloc_live, alloc_fail_at;
static int alloc_refused;

/* Counts a request; 1 when it is to be refused. */
static int refuse_this_one(void)
{
    if (alloc_fail_at > 0 && ++alloc_count >= alloc_fail_at) {
        alloc_refused = 1;
        return 1;
    }
    if (alloc_fail_at <= 0)
        alloc_count++;
    return 0;
}

static void *t_malloc(size_t size, void *user)
{
    (void)user;
    if (refuse_this_one())
        return NULL;
    void *p = malloc(size ? size : 1);
    if (p)
        alloc_live++;
    return p;
}

static void *t_realloc(void *ptr, size_t size, void *user)
{
    if (!ptr)
        return t_malloc(size, user);
    if (refuse_this_one())
        return NULL;
    return realloc(ptr, size ? size : 1);
}

static void t_free(void *ptr, void *user)
{
    (void)user;
    if (ptr) {
        alloc_live--;
        free(ptr);
    }
}

void qzt_alloc_install(long fail_at)
{
    qz_allocator a = {QZ_ALLOCATOR_VERSION, t_malloc, t_realloc, t_free, NULL};
    alloc_count = 0;
    alloc_live = 0;
    alloc_refused = 0;
    alloc_fail_at = fail_at;
    assert_int_equal(qz_set_allocator(&a), QZ_OK);
}

void qzt_alloc_uninstall(void)
{
    assert_int_equal(qz_set_allocator(NULL), QZ_OK);
}

long qzt_alloc_count(void)
{
    return alloc_count;
}
long qzt_alloc_live(void)
{
    return alloc_live;
}
int qzt_alloc_failed(void)
{
    return alloc_refused;
}

long qzt_oom_loop(int (*body)(void *ctx), void (*cleanup)(void *ctx), void *ctx)
{
    for (long n = 1;; n++) {
        qzt_alloc_install(n);
        int rc = body(ctx);
        int refused = qzt_alloc_failed();
        if (cleanup)
            cleanup(ctx);
        long live = qzt_alloc_live();
        qzt_alloc_uninstall();
        if (!refused) {
            if (rc != QZ_OK)
                fail_msg("run %ld: no allocation failed but the call returned %d (%s)", n, rc,
                         qz_error_message(qz_error_last()));
            assert_int_equal(live, 0);
            return n;
        }
        if (rc != QZ_ENOMEM)
            fail_msg("run %ld: allocation %ld failed but the call returned %d, not QZ_ENOMEM", n, n, rc);
        if (live != 0)
            fail_msg("run %ld: %ld blocks leaked after a failed allocation", n, live);
        if (n > 10000000)
            fail_msg("out-of-memory loop did not end");
    }
}

char *qzt_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    if (n > 0 && fread(buf, 1, (size_t)n, f) != (size_t)n)
        fail_msg("cannot read %s", path);
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = (size_t)n;
    return buf;
}

const char *qzt_data(const char *name)
{
    static char path[4096];
    snprintf(path, sizeof(path), "%s/%s", QZ_TEST_DATA_DIR, name);
    return path;
}

void qzt_watch_begin(qzt_watched *w, const char *dir_template)
{
    snprintf(w->dir, sizeof(w->dir), "%s", dir_template);
    assert_non_null(mkdtemp(w->dir));
    snprintf(w->path, sizeof(w->path), "%s/secret.txt", w->dir);
    FILE *f = fopen(w->path, "w");
    assert_non_null(f);
    fputs("secret", f);
    fclose(f);
    w->fd = inotify_init1(IN_NONBLOCK);
    assert_true(w->fd >= 0);
    assert_true(inotify_add_watch(w->fd, w->path, IN_OPEN | IN_ACCESS) >= 0);
}

void qzt_watch_assert_unopened(qzt_watched *w)
{
    char events[4096];
    assert_true(read(w->fd, events, sizeof(events)) <= 0); /* no IN_OPEN, no IN_ACCESS */
    /* the watch works: opening the file ourselves is seen */
    FILE *f = fopen(w->path, "r");
    assert_non_null(f);
    fclose(f);
    assert_true(read(w->fd, events, sizeof(events)) > 0);
}

void qzt_watch_end(qzt_watched *w)
{
    close(w->fd);
    unlink(w->path);
    rmdir(w->dir);
}

/* The default model shared by a test file's group (query_support.h). */
qz_model *qzt_default;

int qzt_default_setup(void **state)
{
    (void)state;
    QZT_OK(qz_model_default(&qzt_default));
    return 0;
}

int qzt_default_teardown(void **state)
{
    (void)state;
    qz_model_free(qzt_default);
    qzt_default = NULL;
    return 0;
}

char *qzt_replaced(const char *text, const char *from, const char *to)
{
    const char *at = strstr(text, from);
    if (!at)
        fail_msg("'%s' is not in the text", from);
    size_t head = (size_t)(at - text), nf = strlen(from), nt = strlen(to), len = strlen(text);
    char *out = malloc(len - nf + nt + 1);
    assert_non_null(out);
    memcpy(out, text, head);
    memcpy(out + head, to, nt);
    memcpy(out + head + nt, at + nf, len - head - nf + 1);
    return out;
}

char *qzt_yunxi_with(const char *from, const char *to)
{
    qz_rules *r = NULL;
    char *text = NULL;
    size_t len = 0;
    QZT_OK(qz_rules_default(&r));
    QZT_OK(qz_rules_save(&text, &len, r));
    qz_rules_free(r);
    char *out = qzt_replaced(text, from, to);
    qz_free(text);
    return out;
}
