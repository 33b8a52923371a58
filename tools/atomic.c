/* The CLI's atomic output file (see atomic.h): temporary file in the same
 * directory, fsync, rename, fsync of the directory. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* realpath, fchmod, mkstemp */
#endif
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include "atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *dup_str(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

/* The directory part of @p path ("." when it has none), newly allocated. */
static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return dup_str(".");
    if (slash == path)
        return dup_str("/");
    size_t n = (size_t)(slash - path);
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, path, n);
        d[n] = '\0';
    }
    return d;
}

static int fail(qzc_atomic *a, const char *path, const char *why)
{
    fprintf(stderr, "quanze: %s: %s\n", path, why);
    qzc_atomic_abort(a);
    return -1;
}

/* Where to write: @p path itself, or the file a symbolic link names, so
 * that a link stays a link. Refuses anything but a regular file. */
static int resolve_target(qzc_atomic *a, const char *path, mode_t *mode, int *exists)
{
    struct stat st;
    *exists = 0;
    if (lstat(path, &st) != 0) {
        if (errno != ENOENT)
            return fail(a, path, strerror(errno));
        a->target = dup_str(path);
    } else if (S_ISLNK(st.st_mode)) {
        char *real = realpath(path, NULL);
        if (!real)
            return fail(a, path, "symbolic link to nothing writable");
        a->target = real;
    } else {
        a->target = dup_str(path);
    }
    if (!a->target)
        return fail(a, path, "out of memory");
    if (stat(a->target, &st) == 0) {
        if (!S_ISREG(st.st_mode))
            return fail(a, path, "not a regular file (write to a regular file, or '-' for standard output)");
        *exists = 1;
        *mode = st.st_mode & 07777;
    }
    return 0;
}

int qzc_atomic_open(qzc_atomic *a, const char *path)
{
    mode_t mode = 0;
    int exists;
    memset(a, 0, sizeof(*a));
    if (resolve_target(a, path, &mode, &exists) != 0)
        return -1;
    char *dir = dir_of(a->target);
    const char *base = strrchr(a->target, '/') ? strrchr(a->target, '/') + 1 : a->target;
    size_t n = dir ? strlen(dir) + strlen(base) + 16 : 0;
    a->tmp = dir ? malloc(n) : NULL;
    if (!a->tmp) {
        free(dir);
        return fail(a, path, "out of memory");
    }
    snprintf(a->tmp, n, "%s/.%s.XXXXXX", dir, base);
    free(dir);
    int fd = mkstemp(a->tmp);
    if (fd < 0) {
        free(a->tmp);
        a->tmp = NULL; /* nothing to remove */
        return fail(a, path, strerror(errno));
    }
    (void)fcntl(fd, F_SETFD, FD_CLOEXEC);
    if (!exists) {
        /* what fopen would have created: 0666 less the umask */
        mode_t mask = umask(0);
        umask(mask);
        mode = 0666 & ~mask;
    }
    if (fchmod(fd, mode) != 0 || !(a->f = fdopen(fd, "wb"))) {
        int e = errno;
        close(fd);
        return fail(a, path, strerror(e));
    }
    return 0;
}

int qzc_atomic_commit(qzc_atomic *a)
{
    const char *path = a->target;
    errno = 0;
    if (fflush(a->f) != 0 || ferror(a->f))
        return fail(a, path, errno ? strerror(errno) : "cannot write");
    if (fsync(fileno(a->f)) != 0)
        return fail(a, path, strerror(errno));
    int rc = fclose(a->f);
    a->f = NULL;
    if (rc != 0)
        return fail(a, path, strerror(errno));
    if (rename(a->tmp, a->target) != 0)
        return fail(a, path, strerror(errno));
    free(a->tmp);
    a->tmp = NULL;
    /* make the rename itself durable */
    char *dir = dir_of(a->target);
    int dfd = dir ? open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
    if (dfd >= 0) {
        (void)fsync(dfd);
        close(dfd);
    }
    free(dir);
    free(a->target);
    a->target = NULL;
    return 0;
}

void qzc_atomic_abort(qzc_atomic *a)
{
    if (a->f)
        fclose(a->f);
    a->f = NULL;
    if (a->tmp)
        unlink(a->tmp);
    free(a->tmp);
    a->tmp = NULL;
    free(a->target);
    a->target = NULL;
}

FILE *qzc_open_regular(const char *path, const char **why)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st = {0};
    if (fd < 0) {
        *why = strerror(errno);
        return NULL;
    }
    errno = 0;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *why = errno == 0 && S_ISDIR(st.st_mode) ? strerror(EISDIR) : "not a regular file";
        close(fd);
        return NULL;
    }
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        *why = strerror(errno);
        close(fd);
    }
    return f;
}
