/* Keys (lib/check.h): reading one back into a request, and its hash. The
 * writing is inline in lib/check.h, for the checks that write one each. */
#include "check.h"

#include <stdint.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "strtab.h"

void qz_check__read_str(qz_check__walk *w, const char **s)
{
    unsigned char tag = 0;
    qz_check__walk_bytes(w, &tag, 1);
    *s = NULL;
    if (w->bad || tag == QZ_CHECK__NULL)
        return;
    size_t left = (size_t)(w->end - w->at),
           n = tag == QZ_CHECK__STR ? strnlen((const char *)w->at, left) : left;
    if (n == left) {
        w->bad = 1; /* no string here, or one that does not end */
        return;
    }
    *s = (const char *)w->at;
    w->at += n + 1;
}

void qz_check__read_list(qz_check__walk *w, const char *const **list, size_t *n)
{
    int64_t count = 0;
    QZ_CHECK__WALK(w, count);
    *list = NULL;
    *n = 0;
    if (w->bad)
        return;
    if (count < 0) { /* a NULL list, and the count it came with */
        *n = (size_t)(-1 - count);
        return;
    }
    if ((uint64_t)count > QZ_MAX_REQUEST_LIST || (size_t)count > w->nroom - w->used) {
        w->bad = 1;
        return;
    }
    if (count == 0) { /* a list, empty: not NULL */
        static const char *const empty[1] = {NULL};
        *list = empty;
        return;
    }
    const char **entries = w->room + w->used;
    w->used += (size_t)count;
    for (size_t i = 0; i < (size_t)count; i++)
        qz_check__read_str(w, &entries[i]);
    *list = entries;
    *n = (size_t)count;
}

uint32_t qz_check__key_hash(qz_check__key *k)
{
    size_t n = (k->len + 7u) / 8u;
    memset(k->b + k->len, 0, n * 8u - k->len); /* the memo compares the last word whole */
    return qz__hash((const char *)k->b, k->len);
}

int qz_check__key_read(const unsigned char *key, size_t len, size_t items, qz_check__walk_fn walk,
                       qz_check__request *req, const char ***room)
{
    *room = items ? qz__calloc(items, sizeof(**room)) : NULL;
    if (items && !*room)
        return qz__error_nomem();
    qz_check__walk w = {NULL, key, key + len, *room, 0, items, 0};
    int32_t head = 0; /* the action and capacity, which the decision knows */
    QZ_CHECK__WALK(&w, head);
    if (!walk(&w, req) || w.bad) {
        qz__free(*room);
        *room = NULL;
        return qz__error(QZ_EINVAL, "a decision's key does not read back");
    }
    return QZ_OK;
}
