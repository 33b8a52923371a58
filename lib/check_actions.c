/* The qz_check_*() entry points: each asks the matching query and decides
 * for the actor in the capacity the action needs. A query that fails makes
 * the check fail with the query's recorded error: nothing is allowed.
 * One path serves all nine: a table row per action says which query to ask,
 * which capacity to look for and how to check the actor. Where the query has
 * a decide-only mode (lib/query.h), it is asked that way: the decision keeps
 * the check's key (every input, written out) and asks the full answer only
 * when the caller wants it; the model remembers outcomes by the same key. */
#include "check.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "quanze/org.h"

/* ---- decide-only questions ---- */

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

/* ---- the keys of decide-only checks (lib/check.h) ---- */

/* Every field of the request as its version has it: writing, from the
 * caller's request (only read: a caller of an older version passes a smaller
 * struct, whose missing fields are never touched); reading, into a request
 * that starts as the _INIT macro has it. A field the walk left out would let
 * two different questions share an outcome, so each walk refuses a version
 * it was not written for: a new field comes with a new version, which fails
 * the assertion below until the walk takes the field in. The scalars of a
 * version are walked in one piece (a check writes a key each time). */
_Static_assert(QZ_SIGN_REQUEST_VERSION == 1, "walk_sign() takes every field of the current version");
static int walk_sign(qz_check__walk *w, void *req)
{
    qz_sign_request *r = req;
    if (!w->key)
        *r = (qz_sign_request)QZ_SIGN_REQUEST_INIT;
    struct {
        unsigned int version;
        int major_policy, broad_scope, decided_by_executive, routine;
        qz_date date;
    } f = {r->version, r->major_policy, r->broad_scope, r->decided_by_executive, r->routine, r->date};
    _Static_assert(sizeof(f) == 6 * 4, "no padding");
    QZ_CHECK__WALK(w, f);
    if (!w->key) {
        r->version = f.version;
        r->major_policy = f.major_policy;
        r->broad_scope = f.broad_scope;
        r->decided_by_executive = f.decided_by_executive;
        r->routine = f.routine;
        r->date = f.date;
    }
    if (r->version != 1)
        return 0;
    qz_check__walk_str(w, &r->kind);
    qz_check__walk_str(w, &r->issuer);
    qz_check__walk_str(w, &r->recipient);
    return qz_check__walk_list(w, &r->portfolios, &r->nportfolios) &&
           qz_check__walk_list(w, &r->flags, &r->nflags);
}

_Static_assert(QZ_MEETING_REQUEST_VERSION == 2, "walk_meeting() takes every field of the current version");
static int walk_meeting(qz_check__walk *w, void *req)
{
    qz_meeting_request *r = req;
    if (!w->key)
        *r = (qz_meeting_request)QZ_MEETING_REQUEST_INIT;
    struct {
        unsigned int version;
        qz_date date;
        int major;
    } f = {r->version, r->date, r->major};
    _Static_assert(sizeof(f) == 3 * 4, "no padding");
    QZ_CHECK__WALK(w, f);
    if (!w->key) {
        r->version = f.version;
        r->date = f.date;
        r->major = f.major;
    }
    if (r->version < 1 || r->version > 2)
        return 0;
    qz_check__walk_str(w, &r->type);
    qz_check__walk_str(w, &r->portfolio);
    if (r->version < 2)
        return 1;
    struct {
        int minutes, held;
    } g = {r->minutes, r->held};
    QZ_CHECK__WALK(w, g);
    if (!w->key) {
        r->minutes = g.minutes;
        r->held = g.held;
    }
    return qz_check__walk_list(w, &r->invitees, &r->ninvitees);
}

_Static_assert(QZ_ACTING_REQUEST_VERSION == 2, "walk_acting() takes every field of the current version");
static int walk_acting(qz_check__walk *w, void *req)
{
    qz_acting_request *r = req;
    if (!w->key)
        *r = (qz_acting_request)QZ_ACTING_REQUEST_INIT;
    struct {
        unsigned int version;
        qz_date date;
    } f = {r->version, r->date};
    QZ_CHECK__WALK(w, f);
    if (!w->key) {
        r->version = f.version;
        r->date = f.date;
    }
    if (r->version < 1 || r->version > 2)
        return 0;
    qz_check__walk_str(w, &r->post);
    qz_check__walk_str(w, &r->matter);
    if (r->version >= 2) {
        qz_check__walk_str(w, &r->matter_kind);
        QZ_CHECK__WALK(w, r->instructed);
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
    int units;              /* the actor may be a body (qz_check__enter()) */
    int allowed_value;      /* the answer's QZ_VALUE_ALLOWED must be 1 (qz_check__decide()) */
    fast_fn fast;           /* the query in decide-only mode, or NULL */
    qz_check__walk_fn walk; /* with `fast`: the request's fields, for the key */
} action_row;

/* Indexed by qz_check_action. */
static const action_row actions[] = {
    [QZ_CHECK_SIGN] = {"qz_check_sign", ask_sign, QZ_CAP_SIGNER, 0, 0, fast_sign, walk_sign},
    [QZ_CHECK_COUNTERSIGN] = {"qz_check_countersign", ask_sign, QZ_CAP_COUNTERSIGNER, 0, 0, fast_sign,
                              walk_sign},
    [QZ_CHECK_CONVENE] = {"qz_check_convene", ask_meeting, QZ_CAP_CONVENER, 0, 0, fast_meeting, walk_meeting},
    [QZ_CHECK_PRESIDE] = {"qz_check_preside", ask_meeting, QZ_CAP_PRESIDER, 0, 0, fast_meeting, walk_meeting},
    /* The capacity depends on the meeting: see qz_check_sign_minutes(). */
    [QZ_CHECK_SIGN_MINUTES] = {"qz_check_sign_minutes", ask_meeting, QZ_CAP_MINUTES_SIGNER, 0, 0,
                               fast_meeting, walk_meeting},
    [QZ_CHECK_APPROVE_LEAVE] = {"qz_check_approve_leave", ask_leave, QZ_CAP_APPROVER, 0, 0, NULL, NULL},
    [QZ_CHECK_RECEIVE_LEAVE] = {"qz_check_receive_leave", ask_leave, QZ_CAP_REPORT_TO, 1, 0, NULL, NULL},
    [QZ_CHECK_ACT_FOR] = {"qz_check_act_for", ask_acting, QZ_CAP_ACTING, 0, 0, fast_acting, walk_acting},
    [QZ_CHECK_SUBSTITUTE] = {"qz_check_substitute", ask_substitute, QZ_CAP_SUBSTITUTE, 0, 1, NULL, NULL},
};

/* The decide-only question: QZ_OK with *out and its outcome in *o, or the
 * query's failure (the full query fails alike). */
static int check_fast(qz_decision **out, const qz_model *model, const void *req, const char *actor,
                      qz_check_action action, qz_capacity cap, const qz_check__key *k, qz_check__outcome *o)
{
    const action_row *row = &actions[action];
    qz_query__decide d;
    qz_answer *a = NULL;
    d.cap = (int)cap;
    int rc = row->fast(&a, model, req, &d);
    if (rc < 0)
        return rc;
    rc = qz_check__decide_fast(out, model, &d, action, cap, actor, k, row->ask, row->walk, o);
    qz_query__release(&d);
    return rc;
}

/* The one path: enter, ask, decide. `cap` is the capacity looked for; `k`
 * the key of a decide-only check (NULL: the full answer is asked). */
static int check_once(qz_decision **out, const qz_model *model, const void *req, const char *actor,
                      qz_check_action action, qz_capacity cap, const qz_check__key *k, qz_check__outcome *o)
{
    const action_row *row = &actions[action];
    qz_answer *a = NULL;
    const char *own;
    int rc = qz_check__enter(out, model, req, actor, row->units, row->what, &own);
    if (rc < 0)
        return rc;
    if (k)
        return check_fast(out, model, req, own, action, cap, k, o);
    if ((rc = row->ask(&a, model, req, actor)) < 0)
        return rc;
    return qz_check__decide(out, model, a, action, cap, actor, row->allowed_value);
}

qz_check__walk_fn qz_check__walk_of(qz_check_action action)
{
    return (int)action >= 1 && (int)action <= QZ_CHECK_SUBSTITUTE ? actions[action].walk : NULL;
}

int qz_check__key_write(qz_check__key *k, qz_check_action action, qz_capacity cap, const void *req,
                        const char *actor)
{
    const action_row *row = &actions[action];
    qz_check__walk w = {k, NULL, NULL, NULL, 0, 0, 0};
    int32_t head = (int32_t)((uint32_t)action << 16 | (uint32_t)cap);
    k->len = k->items = 0;
    QZ_CHECK__WALK(&w, head);
    if (!row->walk || !row->walk(&w, (void *)(uintptr_t)req)) /* writing only reads the request */
        return 0;
    qz_check__walk_str(&w, &actor);
    return 1;
}

/* A check whose key did not fit in `k`: written again whole, in room made
 * to measure. */
static int check_long(qz_decision **out, const qz_model *model, const void *req, const char *actor,
                      qz_check_action action, qz_capacity cap, const qz_check__key *k)
{
    qz_check__outcome o;
    qz_check__key whole = {0, (k->len + 7u) & ~(size_t)7u, 0, NULL};
    *out = NULL;
    if (!(whole.b = qz__malloc(whole.cap)))
        return qz__error_nomem();
    qz_check__key_write(&whole, action, cap, req, actor);
    int rc = check_once(out, model, req, actor, action, cap, &whole, &o);
    qz__free(whole.b);
    return rc;
}

/* A decide-only check writes its key (lib/check.h) and asks the model first
 * whether it decided the same inputs before (lib/model_memo.c); what it
 * decides is remembered when the outcome's strings are all the model's.
 * A request whose key cannot be written (a version or a list the query
 * refuses) is asked the full way, and fails there. `cap` overrides the row's
 * capacity when nonzero. */
static int check(qz_decision **out, const qz_model *model, const void *req, const char *actor,
                 qz_check_action action, qz_capacity cap)
{
    const action_row *row = &actions[action];
    qz_check__outcome o;
    uint64_t buf[QZ_CHECK__KEY_BYTES / 8u]; /* uint64_t: the memo reads the key by words */
    qz_check__key k = {0, sizeof(buf), 0, (unsigned char *)buf};
    if (!cap)
        cap = row->cap;
    if (!out || !model || !req || !actor || !qz_check__key_write(&k, action, cap, req, actor))
        return check_once(out, model, req, actor, action, cap, NULL, &o);
    if (k.len > k.cap) /* too long to remember: the key is written whole for the decision only */
        return check_long(out, model, req, actor, action, cap, &k);
    uint32_t hash = qz_check__key_hash(&k);
    if (qz_model__memo_find(model, k.b, k.len, hash, &o)) {
        *out = NULL;
        return qz_check__decide_remembered(out, model, &o, action, cap, &k, row->ask, row->walk);
    }
    int rc = check_once(out, model, req, actor, action, cap, &k, &o);
    if (rc == QZ_OK && o.lasting)
        qz_model__memo_store(model, k.b, k.len, hash, &o);
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
