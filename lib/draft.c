/* Reading a draft description: choose the reader by the first character,
 * keep everything in one arena so that a failed read frees at once. */
#include <string.h>
#include "alloc.h"
#include "draft.h"
#include "error.h"
#include "file.h"
#include "quanze/draft.h"

#define MAX_DRAFT_FILE (1u << 20)

static int is_json(const char *data, size_t size)
{
    for (size_t i = 0; i < size; i++)
        if (!strchr(" \t\r\n", data[i]) || !data[i])
            return data[i] == '{';
    return 0;
}

int qz_draft_parse(qz_draft **out, const char *data, size_t size, const char *name)
{
    qz_draft *d;
    int rc;
    if (out)
        *out = NULL;
    if (!out || (!data && size))
        return qz__error(QZ_EINVAL, "qz_draft_parse: NULL argument");
    if (size > MAX_DRAFT_FILE)
        return qz__error(QZ_ELIMIT, "qz_draft_parse: %zu bytes (at most %u)", size, MAX_DRAFT_FILE);
    if (!(d = qz__calloc(1, sizeof(*d))))
        return qz__error_nomem();
    qz_route_request_init(&d->req, QZ_ROUTE_REQUEST_VERSION);
    if (!name)
        name = "<draft>";
    rc = is_json(data, size) ? qz_draft__read_json(d, data, size, name)
                             : qz_draft__read_xml(d, data ? data : "", size, name);
    if (rc < 0) {
        qz_draft_free(d);
        return rc;
    }
    *out = d;
    return QZ_OK;
}

int qz_draft_load_file(qz_draft **out, const char *path)
{
    char *data = NULL;
    size_t len = 0;
    int rc;
    if (out)
        *out = NULL;
    if (!out || !path)
        return qz__error(QZ_EINVAL, "qz_draft_load_file: NULL argument");
    if ((rc = qz__read_file(path, &data, &len, MAX_DRAFT_FILE)) < 0)
        return rc;
    rc = qz_draft_parse(out, data, len, path);
    qz__free(data);
    return rc;
}

const qz_route_request *qz_draft_request(const qz_draft *d)
{
    return d ? &d->req : NULL;
}

void qz_draft_free(qz_draft *d)
{
    if (!d)
        return;
    qz__arena_free(&d->arena);
    qz__free(d);
}
