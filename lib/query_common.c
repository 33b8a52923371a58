/* What every question shares: the checks a qz_query_*() starts with, the
 * version check and initialisation of request structs, starting and
 * finishing an answer, and finding a meeting type. */
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "query.h"
#include "quanze/date.h"

int qz_query__check_version(const void *req, unsigned int current, const char *what)
{
    if (!req)
        return qz__error(QZ_EINVAL, "%s: NULL request", what);
    /* every request struct starts with its version */
    unsigned int v = *(const unsigned int *)req;
    if (v < 1 || v > current)
        return qz__error(QZ_EINVAL, "%s: unknown request version %u (this release knows 1 to %u)", what, v,
                         current);
    return QZ_OK;
}

int qz_query__enter(qz_answer **out, const void *req, unsigned int current, const char *what)
{
    if (out)
        *out = NULL;
    int rc = qz_query__check_version(req, current, what);
    if (rc < 0)
        return rc;
    return out ? QZ_OK : qz__error(QZ_EINVAL, "%s: NULL out", what);
}

int qz_query__init_request(void *req, const void *tpl, size_t size, unsigned int version,
                           unsigned int current, const char *what)
{
    if (!req)
        return qz__error(QZ_EINVAL, "%s: NULL request", what);
    if (version < 1 || version > current)
        return qz__error(QZ_EINVAL, "%s: unknown version %u (this release knows 1 to %u)", what, version,
                         current);
    memcpy(req, tpl, size);
    *(unsigned int *)req = version; /* the caller asked for that layout */
    return QZ_OK;
}

int qz_query__begin(qz_qctx *q, const qz_model *m, int kind, qz_date date)
{
    memset(q, 0, sizeof(*q));
    if (!m)
        return qz__error(QZ_EINVAL, "NULL model");
    q->m = m;
    q->r = qz_model_rules_at(m, date);
    q->org = m->org;
    q->cal = m->cal;
    q->date = date;
    if (!q->r) {
        char buf[QZ_DATE_BUFSIZE] = "", eff[QZ_DATE_BUFSIZE] = "";
        qz_date_format(buf, sizeof(buf), date);
        if (m->nrules)
            qz_date_format(eff, sizeof(eff), m->rules[0]->effective);
        return qz__error(QZ_ERANGE, "no rule set of this model is in force on %s (%s takes effect on %s)",
                         buf, m->nrules ? m->rules[0]->title : "?", eff);
    }
    q->a = qz__calloc(1, sizeof(*q->a));
    if (!q->a)
        return qz__error_nomem();
    q->a->kind = kind;
    q->a->found = 1;
    q->a->date = date;
    q->a->model = qz_model_ref(m);
    return QZ_OK;
}

int qz_query__end(qz_qctx *q, qz_answer **out, int rc)
{
    qz_answer *a = q->a;
    if (!a)
        return rc < 0 ? rc : qz__error_nomem();
    if (rc >= 0 && a->failed)
        rc = qz__error_nomem();
    if (rc < 0) {
        qz_answer_free(a);
        q->a = NULL;
        return rc;
    }
    *out = a;
    q->a = NULL;
    return QZ_OK;
}

int qz_query__find_meeting(qz_qctx *q, const char *type, int *index)
{
    *index = qz_rules__find(q->r, QZ_RULES_MEETING, type);
    if (*index < 0)
        return qz__error(QZ_ENOTFOUND, "no meeting type '%s' in rule set %s", type ? type : "(null)",
                         q->r->id);
    return QZ_OK;
}
