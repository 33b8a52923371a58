/* The calendar search path: directories of overlay files applied on top of a
 * calendar, so that an installation learns a new year by a file dropped into
 * a directory (QZ_CALENDAR_PATH=/etc/quanze/calendar.d), without a new
 * release.
 *
 * Why all or nothing: a half-applied path would give answers that mix years
 * from different states of the directory; a refused file fails the load and
 * names the file, and the caller keeps what it had. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "calendar.h"
#include "error.h"

#define PATH_MAX_FILES 1000

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_overlay_name(const char *name)
{
    size_t n = strlen(name);
    return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".xml") == 0;
}

static void free_names(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        qz__free(names[i]);
    qz__free(names);
}

/* The overlay files of one directory, sorted (none when it does not exist). */
static int list_dir(char ***out, size_t *count, const char *dir, size_t *total)
{
    *out = NULL;
    *count = 0;
    DIR *d = opendir(dir);
    if (!d) {
        if (errno == ENOENT)
            return QZ_OK;
        return qz__error_at(QZ_EIO, dir, 0, 0, "%s: cannot read the calendar directory", dir);
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = QZ_OK;
    struct dirent *e;
    while (rc >= 0 && (e = readdir(d)) != NULL) {
        if (!is_overlay_name(e->d_name))
            continue;
        if (++*total > PATH_MAX_FILES) {
            rc = qz__error_at(QZ_ELIMIT, dir, 0, 0, "%s: more than %d calendar files on the path", dir,
                              PATH_MAX_FILES);
            break;
        }
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        char *full = qz__malloc(len);
        if (!full || qz__grow((void **)&names, &cap, n + 1, sizeof(*names)) < 0) {
            qz__free(full);
            rc = qz__error_nomem();
            break;
        }
        strcpy(full, dir);
        strcat(full, "/");
        strcat(full, e->d_name);
        names[n++] = full;
    }
    closedir(d);
    if (rc < 0) {
        free_names(names, n);
        return rc;
    }
    if (n)
        qsort(names, n, sizeof(*names), by_name);
    *out = names;
    *count = n;
    return QZ_OK;
}

/* Applies the files of one directory to *cur (replaced on success). */
static int apply_dir(qz_calendar **cur, const char *dir, size_t *total)
{
    char **names;
    size_t n;
    int rc = list_dir(&names, &n, dir, total);
    for (size_t i = 0; rc >= 0 && i < n; i++) {
        qz_calendar *next = NULL;
        rc = qz_calendar_overlay_file(&next, *cur, names[i]);
        if (rc >= 0) {
            qz_calendar_free(*cur);
            *cur = next;
        }
    }
    free_names(names, n);
    return rc;
}

int qz_calendar_overlay_path(qz_calendar **out, const qz_calendar *base, const char *path)
{
    if (out)
        *out = NULL;
    if (!out || !base || !path)
        return qz__error(QZ_EINVAL, "qz_calendar_overlay_path: invalid argument");
    qz_calendar *cur = qz_calendar_ref(base);
    size_t total = 0;
    int rc = QZ_OK;
    const char *p = path;
    while (rc >= 0 && *p) {
        const char *colon = strchr(p, ':');
        size_t len = colon ? (size_t)(colon - p) : strlen(p);
        if (len) {
            char *dir = qz__malloc(len + 1);
            if (!dir) {
                rc = qz__error_nomem();
                break;
            }
            memcpy(dir, p, len);
            dir[len] = '\0';
            rc = apply_dir(&cur, dir, &total);
            qz__free(dir);
        }
        p += len + (colon ? 1 : 0);
    }
    if (rc < 0) {
        qz_calendar_free(cur);
        return rc;
    }
    *out = cur;
    return QZ_OK;
}

int qz_calendar_default_with_path(qz_calendar **out, const char *path)
{
    if (out)
        *out = NULL;
    if (!out)
        return qz__error(QZ_EINVAL, "qz_calendar_default_with_path: out is NULL");
    if (!path)
        path = getenv(QZ_CALENDAR_PATH_ENV);
    qz_calendar *base = NULL;
    int rc = qz_calendar_default(&base);
    if (rc < 0 || !path || !*path) {
        *out = base;
        return rc;
    }
    rc = qz_calendar_overlay_path(out, base, path);
    qz_calendar_free(base);
    return rc;
}
