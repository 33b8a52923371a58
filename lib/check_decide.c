/* Decisions: finds the actor among the people (or bodies) the matching query
 * names in the action's capacity, and keeps what the caller may ask of the
 * outcome. A decision made from a full answer keeps it. A decision made in
 * decide-only mode (or from an outcome the model remembers) keeps the key of
 * the check instead, in the same allocation: every input, written out
 * (lib/check.h), from which it reads the request back to ask the full
 * answer only when it is wanted (qz_decision_answer(), the candidates, the
 * reason of a denial when no one at all may act); the reason of any other
 * denial is written on first request. */
#include "check.h"

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "org.h"
#include "quanze/org.h"

struct qz_decision {
    _Atomic(qz_answer *) answer; /* NULL until asked for, for a decide-only decision */
    _Atomic(char *) reason;      /* owned; NULL until asked for, for a decide-only denial */
    qz_model *model;             /* a reference, to ask the answer later; NULL when answer is set at once */
    qz_check__ask_fn ask;
    qz_check__walk_fn walk; /* reads the request back from the key */
    qz_check_action action;
    qz_capacity cap;
    int allowed;
    int found; /* the answer found someone; when not, a denial's reason is the answer's */
    qz_via via;
    int citation;
    qz_date date; /* the question's, to name the actor in a reason written later */
    const char *post, *person, *for_post, *for_person; /* in the answer, the model, or `space` */
    const char *actor;                                 /* the organisation's copy (decide-only) */
    size_t keylen, items;                              /* the key at the start of `space` */
    _Alignas(16) char space[]; /* a decide-only decision's key, then the strings it copies */
};

int qz_check__enter(qz_decision **out, const qz_model *model, const void *req, const char *actor, int units,
                    const char *what, const char **own)
{
    if (out)
        *out = NULL;
    *own = actor;
    if (!out || !model || !req || !actor)
        return qz__error(QZ_EINVAL, "%s: NULL argument", what);
    int kind;
    int32_t index;
    const char *id = qz_org__lookup(qz_model_org(model), actor, &kind, &index);
    if (kind == QZ_ORG_POST || kind == QZ_ORG_PERSON)
        *own = id;
    /* A body the report goes to may be one the rule set names rather than a
     * unit of the organisation: qz_check__decide() checks it then. */
    else if (!units)
        return qz__error(QZ_ENOTFOUND, "%s: unknown actor '%s' (neither a post nor a person)", what, actor);
    return QZ_OK;
}

/* Ids of the answer are mostly the organisation's own copies, as `b` is
 * (qz_check__enter()): the same pointer, or different from the first byte. */
static int same(const char *a, const char *b)
{
    return a && b && (a == b || (a[0] == b[0] && strcmp(a, b) == 0));
}

/* A meeting answer is "not found" when nobody may convene it; its minutes
 * signers are named all the same and sign in their own right. */
static int minutes_signers(qz_capacity cap)
{
    return cap == QZ_CAP_MINUTES_SIGNER || cap == QZ_CAP_MINUTES_SIGNER_MAJOR;
}

/* The row of the actor in capacity `cap`: a holder's row wins over an
 * acting or entrusted one, so that "holder" is said whenever it is true.
 * The rows are read directly, so that one search serves a decide-only
 * answer and a full one alike. */
static long find_person(const qz_answer *a, qz_capacity cap, const char *actor)
{
    long found = -1;
    for (size_t i = 0; i < a->npeople; i++) {
        const qz_aperson *p = &a->people[i];
        if (p->cap != (int)cap || (!same(p->post, actor) && !same(p->person, actor)))
            continue;
        if (p->via == QZ_VIA_HOLDER)
            return (long)i;
        if (found < 0)
            found = (long)i;
    }
    return found;
}

static long find_unit(const qz_answer *a, qz_capacity cap, const char *actor)
{
    size_t i, n = qz_answer_unit_count(a);
    for (i = 0; i < n; i++)
        if (qz_answer_unit_capacity(a, i) == cap && same(qz_answer_unit_id(a, i), actor))
            return (long)i;
    return -1;
}

/* A post, a person or a unit of the organisation, or a body the answer names. */
static int known_actor(const qz_org *org, const qz_answer *a, const char *actor)
{
    if (qz_org_post_name(org, actor) || qz_org_person_name(org, actor) || qz_org_unit_name(org, actor))
        return 1;
    for (size_t i = 0; i < qz_answer_unit_count(a); i++)
        if (same(qz_answer_unit_id(a, i), actor))
            return 1;
    return 0;
}

/* "副县长王某不在可以签发的人员之列": the actor named as the answers name
 * people (lib/query_explain.c), on the date of the question; the id itself
 * stays in the decision's fields. A function of the model, the actor, the
 * capacity and the date only, so that it may be written when first asked. */
static char *not_listed(const qz_model *model, const char *actor, qz_capacity cap, qz_date date)
{
    char who[QZ_QUERY__NAME_SIZE];
    const char *label = qz_capacity_label(cap);
    qz_query__name_of(who, sizeof(who), model, actor, date, "岗位或人员");
    size_t na = strlen(who), nl = strlen(label);
    static const char mid[] = "不在可以", tail[] = "的人员之列";
    char *s = qz__malloc(na + nl + sizeof(mid) + sizeof(tail) - 1);
    if (!s)
        return NULL;
    memcpy(s, who, na);
    memcpy(s + na, mid, sizeof(mid) - 1);
    memcpy(s + na + sizeof(mid) - 1, label, nl);
    memcpy(s + na + sizeof(mid) - 1 + nl, tail, sizeof(tail));
    return s;
}

/* Why not, in the words of the answer when it has them. */
static char *denial(const qz_model *model, const qz_answer *a, qz_capacity cap, const char *actor,
                    int refused_by_value)
{
    const char *why = qz_answer_reason(a);
    if (!why && refused_by_value && qz_answer_finding_count(a) > 0)
        why = qz_answer_finding_text(a, 0);
    if (why)
        return qz__strdup(why);
    return not_listed(model, actor, cap, qz_answer_date(a));
}

/* Where a decision copies the strings it keeps: `cap` bytes at `base`. */
typedef struct copies {
    char *base;
    size_t used, cap;
} copies;

/* Copies string `s` (NULL stays NULL); returns the copy, or `s` itself
 * once out of room (which kept_size() makes enough). */
static const char *put(copies *sp, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *c = sp->used + n <= sp->cap ? memcpy(sp->base + sp->used, s, n) : NULL;
    sp->used += n;
    return c ? c : s;
}

/* 1 when string `s` lives in the answer of decide-only question `dq`: in its
 * arena, which starts on `buf` (the caller's stack) and may go on in blocks. */
static int in_answer(const qz_query__decide *dq, const char *s)
{
    uintptr_t x = (uintptr_t)s, b = (uintptr_t)dq->buf;
    return s && ((x >= b && x < b + sizeof(dq->buf)) || qz__arena_owns(&dq->answer.arena, s));
}

/* A string the decision keeps: one of the answer of `dq` is copied into
 * `sp` (room made by kept_size()); any other is the model's (organisation or
 * rule set), which the decision holds a reference to. With no answer (a
 * remembered outcome), every string is the model's. */
static const char *keep_from(copies *sp, const qz_query__decide *dq, const char *s)
{
    return dq && in_answer(dq, s) ? put(sp, s) : s;
}

/* The bytes the strings of outcome `o` that the answer of `dq` holds take. */
static size_t kept_size(const qz_query__decide *dq, const qz_check__outcome *o)
{
    const char *const s[] = {o->post, o->person, o->for_post, o->for_person};
    size_t n = 0;
    for (size_t i = 0; dq && i < sizeof(s) / sizeof(s[0]); i++)
        n += in_answer(dq, s[i]) ? strlen(s[i]) + 1 : 0;
    return n;
}

/* The decision of outcome `o`, in one allocation: key `k` of the check
 * (written whole), then the strings of the outcome that the answer of `dq`
 * (NULL: none) holds, `extra` bytes (kept_size()). */
static int make(qz_decision **out, const qz_model *model, const qz_query__decide *dq, size_t extra,
                const qz_check__outcome *o, qz_check_action action, qz_capacity cap, const qz_check__key *k,
                qz_check__ask_fn ask, qz_check__walk_fn walk)
{
    size_t keyroom = (k->len + 7u) & ~(size_t)7u;
    qz_decision *d = qz__malloc(sizeof(*d) + keyroom + extra);
    if (!d)
        return qz__error_nomem();
    memcpy(d->space, k->b, k->len);
    d->keylen = k->len;
    d->items = k->items;
    if (extra) {
        copies sp = {d->space + keyroom, 0, extra};
        d->post = keep_from(&sp, dq, o->post);
        d->person = keep_from(&sp, dq, o->person);
        d->for_post = keep_from(&sp, dq, o->for_post);
        d->for_person = keep_from(&sp, dq, o->for_person);
    } else { /* all the model's */
        d->post = o->post;
        d->person = o->person;
        d->for_post = o->for_post;
        d->for_person = o->for_person;
    }
    atomic_init(&d->answer, NULL);
    atomic_init(&d->reason, NULL);
    d->model = qz_model_ref(model);
    d->ask = ask;
    d->walk = walk;
    d->action = action;
    d->cap = cap;
    d->actor = o->actor;
    d->allowed = o->allowed;
    d->found = o->found;
    d->date = o->date;
    d->via = (qz_via)o->via;
    d->citation = o->citation;
    *out = d;
    return QZ_OK;
}

int qz_check__decide_fast(qz_decision **out, const qz_model *model, const qz_query__decide *dq,
                          qz_check_action action, qz_capacity cap, const char *actor, const qz_check__key *k,
                          qz_check__ask_fn ask, qz_check__walk_fn walk, qz_check__outcome *o)
{
    const qz_answer *a = &dq->answer;
    long i = a->found || minutes_signers(cap) ? find_person(a, cap, actor) : -1;
    const qz_aperson *p = i >= 0 ? &a->people[i] : NULL;
    memset(o, 0, sizeof(*o));
    o->actor = actor;
    if (p) {
        o->post = p->post;
        o->person = p->person;
        o->for_post = p->for_post;
        o->for_person = p->for_person;
    }
    o->date = qz_answer_date(a);
    o->allowed = p ? 1 : 0;
    o->found = a->found;
    o->via = p ? p->via : QZ_VIA_HOLDER;
    o->citation = p && p->cite >= 0 ? p->cite : a->ncites > 0 ? 0 : -1;
    size_t extra = kept_size(dq, o);
    o->lasting = extra == 0;
    return make(out, model, dq, extra, o, action, cap, k, ask, walk);
}

int qz_check__decide_remembered(qz_decision **out, const qz_model *model, const qz_check__outcome *o,
                                qz_check_action action, qz_capacity cap, const qz_check__key *k,
                                qz_check__ask_fn ask, qz_check__walk_fn walk)
{
    return make(out, model, NULL, 0, o, action, cap, k, ask, walk);
}

int qz_check__decide(qz_decision **out, const qz_model *model, qz_answer *a, qz_check_action action,
                     qz_capacity cap, const char *actor, int allowed_value)
{
    qz_decision *d = NULL;
    if (cap == QZ_CAP_REPORT_TO && !known_actor(qz_model_org(model), a, actor)) {
        qz_answer_free(a);
        return qz__error(QZ_ENOTFOUND, "unknown actor '%s' (neither a post, a person nor a body)", actor);
    }
    if (!(d = qz__malloc(sizeof(*d)))) {
        qz_answer_free(a);
        return qz__error_nomem();
    }
    memset(d, 0, sizeof(*d));
    atomic_init(&d->answer, a);
    atomic_init(&d->reason, NULL);
    d->action = action;
    d->cap = cap;
    long person = qz_answer_found(a) || minutes_signers(cap) ? find_person(a, cap, actor) : -1, unit = -1;
    if (person < 0 && qz_answer_found(a) && cap == QZ_CAP_REPORT_TO)
        unit = find_unit(a, cap, actor);
    int refused = allowed_value && qz_answer_value(a, QZ_VALUE_ALLOWED) != 1;
    if (refused) {
        person = -1;
        unit = -1;
    }
    d->allowed = person >= 0 || unit >= 0;
    d->via = QZ_VIA_HOLDER;
    if (person >= 0) {
        size_t i = (size_t)person;
        d->via = qz_answer_person_via(a, i);
        d->post = qz_answer_person_post(a, i);
        d->person = qz_answer_person_id(a, i);
        d->for_post = qz_answer_person_for_post(a, i);
        d->for_person = qz_answer_person_for_person(a, i);
        int c = qz_answer_person_citation(a, i);
        d->citation = c >= 0 ? c : -1;
    } else if (unit >= 0) {
        d->post = qz_answer_unit_id(a, (size_t)unit);
        d->citation = -1;
    }
    if (d->citation < 0)
        d->citation = qz_answer_citation_count(a) > 0 ? 0 : -1;
    d->found = 1; /* the reason is written now, from the answer */
    char *why = NULL;
    if (!d->allowed && !(why = denial(model, a, cap, actor, refused))) {
        qz_decision_free(d);
        return qz__error_nomem();
    }
    atomic_store(&d->reason, why);
    *out = d;
    return QZ_OK;
}

void qz_decision_free(qz_decision *d)
{
    if (!d)
        return;
    qz_answer_free(atomic_load(&d->answer));
    qz_model_free(d->model);
    qz__free(atomic_load(&d->reason));
    qz__free(d);
}

int qz_decision_allowed(const qz_decision *d)
{
    return d && d->allowed ? 1 : 0;
}

qz_check_action qz_decision_action(const qz_decision *d)
{
    return d ? d->action : (qz_check_action)0;
}

qz_capacity qz_decision_capacity(const qz_decision *d)
{
    return d ? d->cap : (qz_capacity)0;
}

qz_via qz_decision_via(const qz_decision *d)
{
    return d && d->allowed ? d->via : QZ_VIA_HOLDER;
}

const char *qz_decision_post(const qz_decision *d)
{
    return d && d->allowed ? d->post : NULL;
}

const char *qz_decision_person(const qz_decision *d)
{
    return d && d->allowed ? d->person : NULL;
}

const char *qz_decision_for_post(const qz_decision *d)
{
    return d && d->allowed ? d->for_post : NULL;
}

const char *qz_decision_for_person(const qz_decision *d)
{
    return d && d->allowed ? d->for_person : NULL;
}

int qz_decision_citation(const qz_decision *d)
{
    return d ? d->citation : -1;
}

/* The reason of a decide-only denial, written on first request: the full
 * answer's when it found no one (its narrative says why), else "not among
 * those who may". Two threads may race here as for the answer: one string
 * wins, the other is freed. NULL when that fails (out of memory). */
const char *qz_decision_reason(const qz_decision *d)
{
    if (!d || d->allowed)
        return NULL;
    qz_decision *mut = (qz_decision *)d;
    char *why = atomic_load(&mut->reason);
    if (why)
        return why;
    if (!d->found) {
        const qz_answer *a = qz_decision_answer(d);
        if (!a)
            return NULL;
        if (qz_answer_reason(a))
            return qz_answer_reason(a); /* Borrowed from the answer, which the decision keeps */
    }
    if (!(why = not_listed(d->model, d->actor, d->cap, d->date))) {
        qz__error_nomem();
        return NULL;
    }
    char *expected = NULL;
    if (!atomic_compare_exchange_strong(&mut->reason, &expected, why)) {
        qz__free(why);
        why = expected;
    }
    return why;
}

/* The answer, asked on first request when the decision was made without it
 * (with the request read back from the decision's key). A decision is
 * immutable to its callers, so two threads may race here: one answer wins,
 * the other is freed. NULL when the query fails (out of memory). */
const qz_answer *qz_decision_answer(const qz_decision *d)
{
    if (!d)
        return NULL;
    qz_decision *mut = (qz_decision *)d;
    qz_answer *a = atomic_load(&mut->answer);
    if (a || !d->ask)
        return a;
    qz_check__request req;
    const char **room = NULL;
    if (qz_check__key_read((const unsigned char *)d->space, d->keylen, d->items, d->walk, &req, &room) < 0)
        return NULL;
    int rc = d->ask(&a, d->model, &req, d->actor);
    qz__free(room);
    if (rc < 0)
        return NULL;
    qz_answer *expected = NULL;
    if (!atomic_compare_exchange_strong(&mut->answer, &expected, a)) {
        qz_answer_free(a);
        a = expected;
    }
    return a;
}

/* Candidate i: the i-th person of the answer in the decision's capacity. */
static long candidate(const qz_decision *d, size_t i)
{
    size_t k, n;
    const qz_answer *a = qz_decision_answer(d);
    if (!a || !qz_answer_found(a))
        return -1;
    n = qz_answer_person_count(a);
    for (k = 0; k < n; k++)
        if (qz_answer_person_capacity(a, k) == d->cap && i-- == 0)
            return (long)k;
    return -1;
}

size_t qz_decision_candidate_count(const qz_decision *d)
{
    size_t k, n, c = 0;
    const qz_answer *a = qz_decision_answer(d);
    if (!a || !qz_answer_found(a))
        return 0;
    n = qz_answer_person_count(a);
    for (k = 0; k < n; k++)
        c += qz_answer_person_capacity(a, k) == d->cap;
    return c;
}

const char *qz_decision_candidate_post(const qz_decision *d, size_t i)
{
    long k = candidate(d, i);
    return k >= 0 ? qz_answer_person_post(qz_decision_answer(d), (size_t)k) : NULL;
}

const char *qz_decision_candidate_person(const qz_decision *d, size_t i)
{
    long k = candidate(d, i);
    return k >= 0 ? qz_answer_person_id(qz_decision_answer(d), (size_t)k) : NULL;
}

const char *qz_check_action_name(qz_check_action action)
{
    static const char *const names[] = {"unknown", "sign",         "countersign",   "convene",
                                        "preside", "sign-minutes", "approve-leave", "receive-leave",
                                        "act-for", "substitute"};
    _Static_assert(sizeof(names) / sizeof(names[0]) == QZ_CHECK_SUBSTITUTE + 1, "a name for every action");
    return (int)action >= 1 && (int)action <= QZ_CHECK_SUBSTITUTE ? names[action] : names[0];
}
