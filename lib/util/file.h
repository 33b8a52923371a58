/* Internal: opening, reading and writing whole files without surprises.
 *
 * Reading opens with O_RDONLY|O_NONBLOCK|O_CLOEXEC and checks the kind of
 * file on the open descriptor before reading a byte, so a FIFO, a device
 * (/dev/zero) or a directory is refused at once instead of blocking or
 * never ending. Writing is atomic: the old file is either left as it was or
 * replaced by the complete new content, never truncated. */
#ifndef QZ_LIB_FILE_H
#define QZ_LIB_FILE_H

#include <stddef.h>

/* Opens `path` for reading when it is a regular file. Sets *fd (-1 on
 * failure) and *size (0 on failure). Returns QZ_OK, or QZ_EIO naming the path
 * and, for a file that is not regular, its kind ("a FIFO", "a directory"...).
 * The descriptor is close-on-exec; O_NONBLOCK has no effect on regular files. */
int qz__file_open(const char *path, int *fd, long long *size);

/* Reads `n` bytes or up to the end of the file, retrying on EINTR.
 * Returns the number of bytes read (< n only at the end), or -1 with errno. */
long long qz__file_read(int fd, char *buf, size_t n);

/* Reads the whole regular file at `path`. *data is New (free with
 * qz__free), NUL-terminated, *len bytes long; both are NULL/0 on failure.
 * Returns QZ_OK, QZ_EIO (cannot open, not a regular file, read error),
 * QZ_ELIMIT (larger than `limit` bytes) or QZ_ENOMEM; the error is recorded. */
int qz__read_file(const char *path, char **data, size_t *len, size_t limit);

/* Replaces the file at `path` with `len` bytes of `data`, atomically: the data
 * goes to a new temporary file in the same directory, is flushed with fsync,
 * renamed over `path`, and the directory is flushed. On any failure the
 * temporary file is removed and `path` is left as it was. An existing `path`
 * that is not a regular file (a directory, a device, a FIFO, a symbolic
 * link) is refused; an existing file keeps its permission bits.
 * Returns QZ_OK, QZ_EIO or QZ_ENOMEM; the error is recorded. */
int qz__write_file(const char *path, const char *data, size_t len);

/* The tail of every qz_<module>_save_file(): takes over `text` (`len` bytes,
 * qz__free()d here) that a save function made with status `save_rc`, and
 * writes it to `path` with qz__write_file() when the save succeeded.
 * Returns `save_rc` when negative, else qz__write_file()'s status. */
int qz__write_saved(const char *path, int save_rc, char *text, size_t len);

#endif
