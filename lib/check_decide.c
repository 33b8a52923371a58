/* Decisions: finds the actor among the people (or bodies) the matching query
 * names in the action's capacity, and keeps what the caller may ask of the
 * outcome. The answer is kept whole so that its citations and explanation
 * stay readable; the decision itself is a handful of indexes into it. */
#include "check.h"

#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "quanze/org.h"

struct qz_decision {
    qz_answer *answer;
    qz_check_action action;
    qz_capacity cap;
    long person; /* index into the answer's people of the actor, or -1 */
    long unit;   /* index into its bodies, or -1 */
    char *reason;
};

int qz_check__enter(qz_decision **out, const qz_model *model, const void *req, const char *actor, int units,
                    const char *what)
{
    if (out)
        *out = NULL;
    if (!out || !model || !req || !actor)
        return qz__error(QZ_EINVAL, "%s: NULL argument", what);
    const qz_org *org = qz_model_org(model);
    /* A body the report goes to may be one the rule set names rather than a
     * unit of the organisation: qz_check__decide() checks it then. */
    if (!units && !qz_org_post_name(org, actor) && !qz_org_person_name(org, actor))
        return qz__error(QZ_ENOTFOUND, "%s: unknown actor '%s' (neither a post nor a person)", what, actor);
    return QZ_OK;
}

static int same(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

/* The row of the actor in capacity `cap`: a holder's row wins over an
 * acting or entrusted one, so that "holder" is said whenever it is true. */
static long find_person(const qz_answer *a, qz_capacity cap, const char *actor)
{
    size_t i, n = qz_answer_person_count(a);
    long found = -1;
    for (i = 0; i < n; i++) {
        if (qz_answer_person_capacity(a, i) != cap)
            continue;
        if (!same(qz_answer_person_post(a, i), actor) && !same(qz_answer_person_id(a, i), actor))
            continue;
        if (qz_answer_person_via(a, i) == QZ_VIA_HOLDER)
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

/* Why not, in the words of the answer when it has them. */
static char *denial(const qz_answer *a, qz_capacity cap, const char *actor, int refused_by_value)
{
    const char *why = qz_answer_reason(a);
    if (!why && refused_by_value && qz_answer_finding_count(a) > 0)
        why = qz_answer_finding_text(a, 0);
    if (why)
        return qz__strdup(why);
    static const char fmt[] = "%s不在可以%s的人员之列";
    const char *label = qz_capacity_label(cap);
    size_t n = strlen(actor) + strlen(label) + sizeof(fmt);
    char *s = qz__malloc(n);
    if (s)
        snprintf(s, n, fmt, actor, label);
    return s;
}

int qz_check__decide(qz_decision **out, const qz_model *model, qz_answer *a, qz_check_action action,
                     qz_capacity cap, const char *actor, int allowed_value)
{
    qz_decision *d = NULL;
    if (cap == QZ_CAP_REPORT_TO && !known_actor(qz_model_org(model), a, actor)) {
        qz_answer_free(a);
        return qz__error(QZ_ENOTFOUND, "unknown actor '%s' (neither a post, a person nor a body)", actor);
    }
    if (!(d = qz__calloc(1, sizeof(*d)))) {
        qz_answer_free(a);
        return qz__error_nomem();
    }
    d->answer = a;
    d->action = action;
    d->cap = cap;
    /* a meeting answer is "not found" when nobody may convene it; its minutes
     * signers are named all the same and sign in their own right */
    int minutes = cap == QZ_CAP_MINUTES_SIGNER || cap == QZ_CAP_MINUTES_SIGNER_MAJOR;
    d->person = qz_answer_found(a) || minutes ? find_person(a, cap, actor) : -1;
    d->unit = -1;
    if (d->person < 0 && qz_answer_found(a) && (cap == QZ_CAP_REPORT_TO))
        d->unit = find_unit(a, cap, actor);
    int refused = allowed_value && qz_answer_value(a, QZ_VALUE_ALLOWED) != 1;
    if (refused) {
        d->person = -1;
        d->unit = -1;
    }
    if (d->person < 0 && d->unit < 0 && !(d->reason = denial(a, cap, actor, refused))) {
        qz_decision_free(d);
        return qz__error_nomem();
    }
    *out = d;
    return QZ_OK;
}

void qz_decision_free(qz_decision *d)
{
    if (!d)
        return;
    qz_answer_free(d->answer);
    qz__free(d->reason);
    qz__free(d);
}

int qz_decision_allowed(const qz_decision *d)
{
    return d && (d->person >= 0 || d->unit >= 0) ? 1 : 0;
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
    return d && d->person >= 0 ? qz_answer_person_via(d->answer, (size_t)d->person) : QZ_VIA_HOLDER;
}

const char *qz_decision_post(const qz_decision *d)
{
    if (d && d->person >= 0)
        return qz_answer_person_post(d->answer, (size_t)d->person);
    return d && d->unit >= 0 ? qz_answer_unit_id(d->answer, (size_t)d->unit) : NULL;
}

const char *qz_decision_person(const qz_decision *d)
{
    return d && d->person >= 0 ? qz_answer_person_id(d->answer, (size_t)d->person) : NULL;
}

const char *qz_decision_for_post(const qz_decision *d)
{
    return d && d->person >= 0 ? qz_answer_person_for_post(d->answer, (size_t)d->person) : NULL;
}

const char *qz_decision_for_person(const qz_decision *d)
{
    return d && d->person >= 0 ? qz_answer_person_for_person(d->answer, (size_t)d->person) : NULL;
}

int qz_decision_citation(const qz_decision *d)
{
    if (!d)
        return -1;
    if (d->person >= 0) {
        int c = qz_answer_person_citation(d->answer, (size_t)d->person);
        if (c >= 0)
            return c;
    }
    return qz_answer_citation_count(d->answer) > 0 ? 0 : -1;
}

const char *qz_decision_reason(const qz_decision *d)
{
    return d ? d->reason : NULL;
}

/* Candidate i: the i-th person of the answer in the decision's capacity. */
static long candidate(const qz_decision *d, size_t i)
{
    size_t k, n;
    if (!d || !qz_answer_found(d->answer))
        return -1;
    n = qz_answer_person_count(d->answer);
    for (k = 0; k < n; k++)
        if (qz_answer_person_capacity(d->answer, k) == d->cap && i-- == 0)
            return (long)k;
    return -1;
}

size_t qz_decision_candidate_count(const qz_decision *d)
{
    size_t k, n, c = 0;
    if (!d || !qz_answer_found(d->answer))
        return 0;
    n = qz_answer_person_count(d->answer);
    for (k = 0; k < n; k++)
        c += qz_answer_person_capacity(d->answer, k) == d->cap;
    return c;
}

const char *qz_decision_candidate_post(const qz_decision *d, size_t i)
{
    long k = candidate(d, i);
    return k >= 0 ? qz_answer_person_post(d->answer, (size_t)k) : NULL;
}

const char *qz_decision_candidate_person(const qz_decision *d, size_t i)
{
    long k = candidate(d, i);
    return k >= 0 ? qz_answer_person_id(d->answer, (size_t)k) : NULL;
}

const qz_answer *qz_decision_answer(const qz_decision *d)
{
    return d ? d->answer : NULL;
}

const char *qz_check_action_name(qz_check_action action)
{
    static const char *const names[] = {"unknown", "sign",         "countersign",   "convene",
                                        "preside", "sign-minutes", "approve-leave", "receive-leave",
                                        "act-for", "substitute"};
    _Static_assert(sizeof(names) / sizeof(names[0]) == QZ_CHECK_SUBSTITUTE + 1, "a name for every action");
    return (int)action >= 1 && (int)action <= QZ_CHECK_SUBSTITUTE ? names[action] : names[0];
}
