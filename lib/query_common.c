/* What every question shares: the checks a qz_query_*() starts with, the
 * version check and initialisation of request structs, starting and
 * finishing an answer, and finding a meeting type. */
#include <stddef.h>
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

/* The rule set in force on `date` and the model's parts, shared by both ways
 * of starting a question; QZ_ERANGE recorded when no rule set is in force. */
static int bind_rules(qz_qctx *q, const qz_model *m, qz_date date)
{
    qz__zero(q, sizeof(*q));
    if (!m)
        return qz__error(QZ_EINVAL, "NULL model");
    q->m = m;
    size_t version = 0;
    q->r = qz_model__rules_at(m, date, &version);
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
    q->role_rows = m->role_rows[version];
    return QZ_OK;
}

/* An empty answer in `a`, its arena starting on buf[0..size). */
static void empty_answer(qz_answer *a, void *buf, size_t size, int kind, qz_date date)
{
    qz__zero(a, sizeof(*a));
    qz__arena_init_buffer(&a->arena, buf, size);
    a->kind = kind;
    a->found = 1;
    a->date = date;
}

int qz_query__begin(qz_qctx *q, const qz_model *m, int kind, qz_date date)
{
    int rc = bind_rules(q, m, date);
    if (rc < 0)
        return rc;
    /* The answer and the first bytes of its arena come in one allocation:
     * a small answer (most are) then costs one malloc and one free. */
    q->a = qz__malloc(QZ_ANSWER_HEAD + QZ_ANSWER_INLINE);
    if (!q->a)
        return qz__error_nomem();
    empty_answer(q->a, (char *)q->a + QZ_ANSWER_HEAD, QZ_ANSWER_INLINE, kind, date);
    q->a->model = qz_model_ref(m);
    return QZ_OK;
}

int qz_query__start(qz_qctx *q, const qz_model *m, int kind, qz_date date, qz_query__decide *d)
{
    if (!d)
        return qz_query__begin(q, m, kind, date);
    int rc = bind_rules(q, m, date); /* the same rule set and failure, without the allocation */
    if (rc < 0)
        return rc;
    q->decide_cap = d->cap;
    q->decide = d;
    q->a = &d->answer;
    /* as empty_answer(), but the figures are left unset: only those marked
     * in `has` are ever read, and the answer is never handed out */
    qz_answer *a = q->a;
    qz__zero(a, offsetof(qz_answer, values));
    qz__zero(a->has, sizeof(*a) - offsetof(qz_answer, has));
    qz__arena_init_buffer(&a->arena, d->buf, sizeof(d->buf));
    a->kind = kind;
    a->found = 1;
    a->date = date;
    q->a->model = (qz_model *)m; /* no reference: the answer does not outlive the check */
    return QZ_OK;
}

void qz_query__release(qz_query__decide *d)
{
    qz__arena_free(&d->answer.arena);
}

int qz_query__end(qz_qctx *q, qz_answer **out, int rc)
{
    qz_answer *a = q->a;
    if (!a)
        return rc < 0 ? rc : qz__error_nomem();
    if (rc >= 0 && a->failed)
        rc = qz__error_nomem();
    if (q->decide_cap) {
        if (rc < 0)
            qz__arena_free(&a->arena);
        else
            *out = a;
        q->a = NULL;
        return rc;
    }
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
