/* Whole-file reading and atomic whole-file writing (see file.h for the
 * guarantees). POSIX only; no process-wide state is touched: no umask(), no
 * signal handlers, no rand(). */
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "alloc.h"
#include "error.h"

#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif

/* ---------- kinds of files ---------- */

static const char *file_kind(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISLNK(mode))
        return "a symbolic link";
    return "not a regular file";
}

/* ---------- reading ---------- */

int qz__file_open(const char *path, int *fd, long long *size)
{
    if (fd)
        *fd = -1;
    if (size)
        *size = 0;
    if (!path || !fd || !size)
        return qz__error(QZ_EINVAL, "qz__file_open: NULL argument");
    /* O_NONBLOCK: opening a FIFO without a writer must not wait for one;
     * the kind is checked on the descriptor, so nothing can be swapped in
     * between the check and the read. */
    int f = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (f < 0)
        return qz__error_at(QZ_EIO, path, 0, 0, "%s: cannot open: %s", path, strerror(errno));
    struct stat st;
    if (fstat(f, &st) != 0) {
        int e = errno;
        close(f);
        return qz__error_at(QZ_EIO, path, 0, 0, "%s: cannot stat: %s", path, strerror(e));
    }
    if (!S_ISREG(st.st_mode)) {
        close(f);
        return qz__error_at(QZ_EIO, path, 0, 0, "%s: is %s, not a regular file", path, file_kind(st.st_mode));
    }
    *fd = f;
    *size = (long long)st.st_size;
    return QZ_OK;
}

long long qz__file_read(int fd, char *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return -1;
        if (r == 0)
            break;
        got += (size_t)r;
    }
    return (long long)got;
}

int qz__read_file(const char *path, char **data, size_t *len, size_t limit)
{
    if (data)
        *data = NULL;
    if (len)
        *len = 0;
    if (!path || !data || !len)
        return qz__error(QZ_EINVAL, "qz__read_file: NULL argument");
    int fd;
    long long size;
    int rc = qz__file_open(path, &fd, &size);
    if (rc < 0)
        return rc;
    if (size < 0 || (unsigned long long)size > limit) {
        close(fd);
        return qz__error_at(QZ_ELIMIT, path, 0, 0, "%s: file of %lld bytes is larger than the %zu-byte limit",
                            path, size, limit);
    }
    /* one byte more than the size, to notice a file that grew meanwhile */
    size_t want = (size_t)size + 1;
    char *buf = qz__malloc(want + 1);
    if (!buf) {
        close(fd);
        return qz__error_nomem();
    }
    long long got = qz__file_read(fd, buf, want);
    int e = errno;
    close(fd);
    if (got < 0) {
        qz__free(buf);
        return qz__error_at(QZ_EIO, path, 0, 0, "%s: read error: %s", path, strerror(e));
    }
    if ((unsigned long long)got > limit) {
        qz__free(buf);
        return qz__error_at(QZ_ELIMIT, path, 0, 0, "%s: file is larger than the %zu-byte limit", path, limit);
    }
    buf[got] = '\0';
    *data = buf;
    *len = (size_t)got;
    return QZ_OK;
}

/* ---------- atomic writing ---------- */

/* Splits path into a directory (for the temporary file and the directory
 * fsync) and a base name. New strings (qz__free); QZ_ENOMEM recorded. */
static int split_path(const char *path, char **dir, const char **base)
{
    const char *slash = strrchr(path, '/');
    if (!slash) {
        *dir = qz__strdup(".");
        *base = path;
    } else {
        *dir = qz__strndup(path, slash == path ? 1 : (size_t)(slash - path));
        *base = slash + 1;
    }
    return *dir ? QZ_OK : qz__error_nomem();
}

/* Creates a new temporary file next to the target, named
 * "<dir>/.<base>.<unique>.tmp", and sets *fd and *tmp_out (New). O_EXCL makes
 * the name ours; the mode 0666 is narrowed by the process umask as for any
 * new file (the umask is never read: reading it means changing it).
 * Returns QZ_OK, QZ_EIO or QZ_ENOMEM (recorded). */
static int create_temp(const char *dir, const char *base, const char *path, int *fd, char **tmp_out)
{
    static atomic_uint counter;
    size_t cap = strlen(dir) + strlen(base) + 64;
    char *tmp = qz__malloc(cap);
    if (!tmp)
        return qz__error_nomem();
    for (int attempt = 0; attempt < 100; attempt++) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        unsigned long tag = (unsigned long)ts.tv_nsec ^ ((unsigned long)getpid() << 16) ^
                            (unsigned long)atomic_fetch_add(&counter, 1u) * 2654435761u;
        snprintf(tmp, cap, "%s/.%s.%08lx.tmp", dir, base, tag & 0xffffffffUL);
        *fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0666);
        if (*fd >= 0) {
            *tmp_out = tmp;
            return QZ_OK;
        }
        if (errno != EEXIST) {
            int e = errno;
            qz__free(tmp);
            return qz__error_at(QZ_EIO, path, 0, 0, "%s: cannot create a temporary file in %s: %s", path, dir,
                                strerror(e));
        }
    }
    qz__free(tmp);
    return qz__error_at(QZ_EIO, path, 0, 0, "%s: cannot find a free temporary name in %s", path, dir);
}

static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, data, len);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        data += w;
        len -= (size_t)w;
    }
    return 0;
}

/* Flushes the directory entry of the rename. Filesystems that cannot fsync
 * a directory say EINVAL; only a real I/O error fails the save. */
static int sync_dir(const char *dir, const char *path)
{
    int fd = open(dir, O_RDONLY | O_CLOEXEC | O_DIRECTORY);
    if (fd < 0)
        return QZ_OK;
    int rc = fsync(fd);
    int e = errno;
    close(fd);
    if (rc != 0 && e == EIO)
        return qz__error_at(QZ_EIO, path, 0, 0, "%s: written, but its directory could not be synced: %s",
                            path, strerror(e));
    return QZ_OK;
}

/* Fills the temporary file, gives it the old file's permission bits, flushes
 * and closes it. Returns QZ_OK or QZ_EIO (recorded); fd is closed either way. */
static int fill_temp(int fd, const char *data, size_t len, const char *path, const struct stat *old)
{
    int rc = QZ_OK;
    if (write_all(fd, data, len) != 0)
        rc = qz__error_at(QZ_EIO, path, 0, 0, "%s: cannot write: %s", path, strerror(errno));
    else if (old && fchmod(fd, old->st_mode & 07777) != 0)
        rc = qz__error_at(QZ_EIO, path, 0, 0, "%s: cannot copy the permissions: %s", path, strerror(errno));
    else if (fsync(fd) != 0)
        rc = qz__error_at(QZ_EIO, path, 0, 0, "%s: cannot write: %s", path, strerror(errno));
    if (close(fd) != 0 && rc == QZ_OK)
        rc = qz__error_at(QZ_EIO, path, 0, 0, "%s: cannot write: %s", path, strerror(errno));
    return rc;
}

int qz__write_file(const char *path, const char *data, size_t len)
{
    if (!path || (!data && len))
        return qz__error(QZ_EINVAL, "qz__write_file: NULL argument");
    if (!*path)
        return qz__error(QZ_EIO, "cannot write to an empty path");
    struct stat st;
    int exists = lstat(path, &st) == 0;
    if (exists && !S_ISREG(st.st_mode))
        return qz__error_at(QZ_EIO, path, 0, 0, "%s: is %s; only a regular file is replaced", path,
                            file_kind(st.st_mode));
    char *dir;
    const char *base;
    int rc = split_path(path, &dir, &base);
    if (rc < 0)
        return rc;
    char *tmp = NULL;
    int fd = -1;
    if (!*base)
        rc = qz__error_at(QZ_EIO, path, 0, 0, "%s: names a directory, not a file", path);
    else
        rc = create_temp(dir, base, path, &fd, &tmp);
    if (rc == QZ_OK)
        rc = fill_temp(fd, data, len, path, exists ? &st : NULL);
    if (rc == QZ_OK && rename(tmp, path) != 0)
        rc = qz__error_at(QZ_EIO, path, 0, 0, "%s: cannot replace: %s", path, strerror(errno));
    if (rc < 0 && tmp)
        unlink(tmp); /* the old file was never touched */
    else if (rc == QZ_OK)
        rc = sync_dir(dir, path);
    qz__free(tmp);
    qz__free(dir);
    return rc;
}

int qz__write_saved(const char *path, int save_rc, char *text, size_t len)
{
    /* atomic: the old file survives a failure */
    int rc = save_rc < 0 ? save_rc : qz__write_file(path, text, len);
    qz__free(text);
    return rc;
}
