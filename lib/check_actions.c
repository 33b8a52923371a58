/* The qz_check_*() entry points: each asks the matching query and decides
 * for the actor in the capacity the action needs. A query that fails makes
 * the check fail with the query's recorded error: nothing is allowed.
 * One path serves all nine: a table row per action says which query to ask,
 * which capacity to look for and how to check the actor. Where the query has
 * a decide-only mode (lib/query.h), it is asked that way: the decision keeps
 * the request and asks the full answer only when the caller wants it. */
#include "check.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "error.h"
#include "quanze/org.h"

/* ---- decide-only questions and the requests an allowance keeps ---- */

typedef int (*fast_fn)(qz_answer **a, const qz_model *model, const void *req, qz_query__decide *d);

static int fast_sign(qz_answer **a, const qz_model *model, const void *req, qz_query__decide *d)
{
    return qz_query__sign(a, model, req, d);
}

static int fast_meeting(qz_answer **a, const qz_model *model, const void *req, qz_query__decide *d)
{
    return qz_query__meeting(a, model, req, d);
}

static int fast_acting(qz_answer **a, const qz_model *model, const void *req, qz_query__decide *d)
{
    return qz_query__acting_for(a, model, req, d);
}

/* The requests are copied with the fields of their own version only (the
 * query checked the version before deciding): a caller of an older version
 * passes a smaller struct. The rest stays as the _INIT macro has it. */
static void copy_sign(qz_check__request *dst, const void *src, const qz_check__borrow *d, qz_check__space *sp)
{
    qz_sign_request *r = &dst->sign;
    *r = *(const qz_sign_request *)src; /* version 1 is the only layout so far */
    r->kind = d->ids[0] ? d->ids[0] : qz_check__put(sp, r->kind);
    r->issuer = d->ids[1] ? d->ids[1] : qz_check__put(sp, r->issuer);
    r->recipient = d->ids[2] ? d->ids[2] : qz_check__put(sp, r->recipient);
    r->portfolios = d->portfolios ? qz_check__put_array(sp, d->portfolios, r->nportfolios)
                                  : qz_check__put_list(sp, r->portfolios, r->nportfolios);
    r->flags = qz_check__put_list(sp, r->flags, r->nflags);
}

static void copy_meeting(qz_check__request *dst, const void *src, const qz_check__borrow *d,
                         qz_check__space *sp)
{
    static const qz_meeting_request tpl = QZ_MEETING_REQUEST_INIT;
    const qz_meeting_request *in = src;
    qz_meeting_request *r = &dst->meeting;
    *r = tpl;
    if (in->version >= 2) /* constant sizes: a variable one is copied with `rep movs` */
        *r = *in;
    else
        memcpy(r, in, offsetof(qz_meeting_request, invitees));
    r->type = d->ids[0] ? d->ids[0] : qz_check__put(sp, r->type);
    r->portfolio = d->ids[1] ? d->ids[1] : qz_check__put(sp, r->portfolio);
    r->invitees = qz_check__put_list(sp, r->invitees, r->ninvitees);
}

static void copy_acting(qz_check__request *dst, const void *src, const qz_check__borrow *d,
                        qz_check__space *sp)
{
    static const qz_acting_request tpl = QZ_ACTING_REQUEST_INIT;
    const qz_acting_request *in = src;
    qz_acting_request *r = &dst->acting;
    *r = tpl;
    if (in->version >= 2)
        *r = *in;
    else
        memcpy(r, in, offsetof(qz_acting_request, matter_kind));
    r->post = d->ids[0] ? d->ids[0] : qz_check__put(sp, r->post);
    r->matter = qz_check__put(sp, r->matter);
    r->matter_kind = qz_check__put(sp, r->matter_kind);
}

/* ---- the keys a decision is remembered by (lib/check_memo.c) ---- */

/* Every field of the request as its version has it.
 * A field the key leaves out would let two different questions share an
 * outcome, so each key function refuses a version it was not written for:
 * a new field comes with a new version, which fails the assertion below
 * until the key takes the field in. 0: not to be remembered (the query then
 * refuses what it must). */
typedef int (*key_fn)(qz_check__key *k, const void *req);

/* Lists the query refuses (too long) are not read. */
static int key_list(qz_check__key *k, const char *const *list, size_t n)
{
    if (n > QZ_MAX_REQUEST_LIST)
        return 0;
    qz_check__key_list(k, list, n);
    return 1;
}

_Static_assert(QZ_SIGN_REQUEST_VERSION == 1, "key_sign() takes every field of the current version");
static int key_sign(qz_check__key *k, const void *req)
{
    const qz_sign_request *r = req;
    if (r->version != 1)
        return 0;
    qz_check__key_int(k, (int32_t)r->version);
    qz_check__key_str(k, r->kind);
    qz_check__key_str(k, r->issuer);
    qz_check__key_str(k, r->recipient);
    qz_check__key_int(k, r->major_policy);
    qz_check__key_int(k, r->broad_scope);
    qz_check__key_int(k, r->decided_by_executive);
    qz_check__key_int(k, r->routine);
    qz_check__key_int(k, r->date);
    return key_list(k, r->portfolios, r->nportfolios) && key_list(k, r->flags, r->nflags);
}

_Static_assert(QZ_MEETING_REQUEST_VERSION == 2, "key_meeting() takes every field of the current version");
static int key_meeting(qz_check__key *k, const void *req)
{
    const qz_meeting_request *r = req;
    if (r->version < 1 || r->version > 2)
        return 0;
    qz_check__key_int(k, (int32_t)r->version);
    qz_check__key_str(k, r->type);
    qz_check__key_int(k, r->date);
    qz_check__key_int(k, r->major);
    qz_check__key_str(k, r->portfolio);
    if (r->version < 2)
        return 1;
    qz_check__key_int(k, r->minutes);
    qz_check__key_int(k, r->held);
    return key_list(k, r->invitees, r->ninvitees);
}

_Static_assert(QZ_ACTING_REQUEST_VERSION == 2, "key_acting() takes every field of the current version");
static int key_acting(qz_check__key *k, const void *req)
{
    const qz_acting_request *r = req;
    if (r->version < 1 || r->version > 2)
        return 0;
    qz_check__key_int(k, (int32_t)r->version);
    qz_check__key_str(k, r->post);
    qz_check__key_int(k, r->date);
    qz_check__key_str(k, r->matter);
    if (r->version >= 2) {
        qz_check__key_str(k, r->matter_kind);
        qz_check__key_int(k, r->instructed);
    }
    return 1;
}

/* ---- the full questions ---- */

/* Asks the action's query; `req` is the entry point's request, already checked non-NULL. */
typedef int (*ask_fn)(qz_answer **a, const qz_model *model, const void *req, const char *actor);

static int ask_sign(qz_answer **a, const qz_model *model, const void *req, const char *actor)
{
    (void)actor;
    return qz_query_sign(a, model, req);
}

static int ask_meeting(qz_answer **a, const qz_model *model, const void *req, const char *actor)
{
    (void)actor;
    return qz_query_meeting(a, model, req);
}

static int ask_leave(qz_answer **a, const qz_model *model, const void *req, const char *actor)
{
    (void)actor;
    return qz_query_leave(a, model, req);
}

static int ask_acting(qz_answer **a, const qz_model *model, const void *req, const char *actor)
{
    (void)actor;
    return qz_query_acting(a, model, req);
}

/* The actor is the substitute when the request names none. */
static int ask_substitute(qz_answer **a, const qz_model *model, const void *req, const char *actor)
{
    const qz_substitute_request *sr = req;
    /* The request's version is checked by the query; copy only a valid one. */
    qz_substitute_request r = *sr;
    if (sr->version >= 1 && sr->version <= QZ_SUBSTITUTE_REQUEST_VERSION && !r.substitute &&
        qz_org_post_name(qz_model_org(model), actor))
        r.substitute = actor;
    return qz_query_substitute(a, model, &r);
}

typedef struct {
    const char *what; /* the entry point's name, for errors */
    ask_fn ask;
    qz_capacity cap;
    int units;         /* the actor may be a body (qz_check__enter()) */
    int allowed_value; /* the answer's QZ_VALUE_ALLOWED must be 1 (qz_check__decide()) */
    fast_fn fast;      /* the query in decide-only mode, or NULL */
    qz_check__copy_fn copy;
    key_fn key; /* with `fast`: what the outcome is remembered by */
} action_row;

/* Indexed by qz_check_action. */
static const action_row actions[] = {
    [QZ_CHECK_SIGN] = {"qz_check_sign", ask_sign, QZ_CAP_SIGNER, 0, 0, fast_sign, copy_sign, key_sign},
    [QZ_CHECK_COUNTERSIGN] = {"qz_check_countersign", ask_sign, QZ_CAP_COUNTERSIGNER, 0, 0, fast_sign,
                              copy_sign, key_sign},
    [QZ_CHECK_CONVENE] = {"qz_check_convene", ask_meeting, QZ_CAP_CONVENER, 0, 0, fast_meeting, copy_meeting,
                          key_meeting},
    [QZ_CHECK_PRESIDE] = {"qz_check_preside", ask_meeting, QZ_CAP_PRESIDER, 0, 0, fast_meeting, copy_meeting,
                          key_meeting},
    /* The capacity depends on the meeting: see check_minutes_cap(). */
    [QZ_CHECK_SIGN_MINUTES] = {"qz_check_sign_minutes", ask_meeting, QZ_CAP_MINUTES_SIGNER, 0, 0,
                               fast_meeting, copy_meeting, key_meeting},
    [QZ_CHECK_APPROVE_LEAVE] = {"qz_check_approve_leave", ask_leave, QZ_CAP_APPROVER, 0, 0, NULL, NULL, NULL},
    [QZ_CHECK_RECEIVE_LEAVE] = {"qz_check_receive_leave", ask_leave, QZ_CAP_REPORT_TO, 1, 0, NULL, NULL,
                                NULL},
    [QZ_CHECK_ACT_FOR] = {"qz_check_act_for", ask_acting, QZ_CAP_ACTING, 0, 0, fast_acting, copy_acting,
                          key_acting},
    [QZ_CHECK_SUBSTITUTE] = {"qz_check_substitute", ask_substitute, QZ_CAP_SUBSTITUTE, 0, 1, NULL, NULL,
                             NULL},
};

/* The decide-only question: QZ_OK with *out and its outcome in *o, or the
 * query's failure (the full query fails alike). */
static int check_fast(qz_decision **out, const qz_model *model, const void *req, const char *actor,
                      qz_check_action action, qz_capacity cap, qz_check__outcome *o)
{
    const action_row *row = &actions[action];
    qz_query__decide d;
    qz_answer *a = NULL;
    d.cap = (int)cap;
    int rc = row->fast(&a, model, req, &d);
    if (rc < 0)
        return rc;
    rc = qz_check__decide_fast(out, model, &d, action, cap, actor, req, row->ask, row->copy, o);
    qz_query__release(&d);
    return rc;
}

/* The one path: enter, ask, decide. `cap` is the capacity looked for. */
static int check_once(qz_decision **out, const qz_model *model, const void *req, const char *actor,
                      qz_check_action action, qz_capacity cap, qz_check__outcome *o)
{
    const action_row *row = &actions[action];
    qz_answer *a = NULL;
    const char *own;
    int rc = qz_check__enter(out, model, req, actor, row->units, row->what, &own);
    if (rc < 0)
        return rc;
    if (row->fast)
        return check_fast(out, model, req, own, action, cap, o);
    if ((rc = row->ask(&a, model, req, actor)) < 0)
        return rc;
    return qz_check__decide(out, model, a, action, cap, actor, row->allowed_value);
}

int qz_check__key_of(qz_check__key *k, qz_check_action action, qz_capacity cap, const void *req,
                     const char *actor, uint32_t *hash)
{
    const action_row *row = &actions[action];
    qz_check__key_start(k, action, cap);
    if (!row->key || !row->key(k, req))
        return 0;
    qz_check__key_str(k, actor);
    *hash = qz_check__key_end(k);
    return k->len <= QZ_CHECK__KEY_BYTES;
}

/* A decide-only check asks the model first whether it decided the same
 * inputs before (lib/check_memo.c); what it decides is remembered when the
 * outcome's strings are all the model's. `cap` overrides the row's capacity
 * when nonzero. */
static int check(qz_decision **out, const qz_model *model, const void *req, const char *actor,
                 qz_check_action action, qz_capacity cap)
{
    const action_row *row = &actions[action];
    qz_check__outcome o;
    qz_check__key k;
    uint32_t hash;
    if (!cap)
        cap = row->cap;
    if (!out || !model || !req || !actor || !qz_check__key_of(&k, action, cap, req, actor, &hash))
        return check_once(out, model, req, actor, action, cap, &o);
    if (qz_check__memo_find(model, &k, hash, &o)) {
        *out = NULL;
        return qz_check__decide_remembered(out, model, &o, action, cap, req, row->ask, row->copy);
    }
    int rc = check_once(out, model, req, actor, action, cap, &o);
    if (rc == QZ_OK && o.lasting)
        qz_check__memo_store(model, &k, hash, &o);
    return rc;
}

int qz_check_sign(qz_decision **out, const qz_model *model, const qz_sign_request *req, const char *actor)
{
    return check(out, model, req, actor, QZ_CHECK_SIGN, 0);
}

int qz_check_countersign(qz_decision **out, const qz_model *model, const qz_sign_request *req,
                         const char *actor)
{
    return check(out, model, req, actor, QZ_CHECK_COUNTERSIGN, 0);
}

int qz_check_convene(qz_decision **out, const qz_model *model, const qz_meeting_request *req,
                     const char *actor)
{
    return check(out, model, req, actor, QZ_CHECK_CONVENE, 0);
}

int qz_check_preside(qz_decision **out, const qz_model *model, const qz_meeting_request *req,
                     const char *actor)
{
    return check(out, model, req, actor, QZ_CHECK_PRESIDE, 0);
}

int qz_check_sign_minutes(qz_decision **out, const qz_model *model, const qz_meeting_request *req,
                          const char *actor)
{
    /* A major meeting's minutes need the major signer; req is read only when non-NULL. */
    qz_capacity cap = req && req->major ? QZ_CAP_MINUTES_SIGNER_MAJOR : QZ_CAP_MINUTES_SIGNER;
    return check(out, model, req, actor, QZ_CHECK_SIGN_MINUTES, cap);
}

int qz_check_approve_leave(qz_decision **out, const qz_model *model, const qz_leave_request *req,
                           const char *actor)
{
    return check(out, model, req, actor, QZ_CHECK_APPROVE_LEAVE, 0);
}

int qz_check_receive_leave(qz_decision **out, const qz_model *model, const qz_leave_request *req,
                           const char *actor)
{
    return check(out, model, req, actor, QZ_CHECK_RECEIVE_LEAVE, 0);
}

int qz_check_act_for(qz_decision **out, const qz_model *model, const qz_acting_request *req,
                     const char *actor)
{
    return check(out, model, req, actor, QZ_CHECK_ACT_FOR, 0);
}

int qz_check_substitute(qz_decision **out, const qz_model *model, const qz_substitute_request *req,
                        const char *actor)
{
    return check(out, model, req, actor, QZ_CHECK_SUBSTITUTE, 0);
}
