/* Answers: how queries build them, and the public accessors. An answer owns
 * an arena with its own strings and holds a reference to its model, whose
 * rule set and organisation supply the other strings it returns. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "org.h"
#include "query.h"
#include "quanze/date.h"

/* Every element is written whole when added: the arrays grow uncleared. */
#define GROW(q, arr, n, cap)                                                                      \
    (qz__arena_grow_uncleared(&(q)->a->arena, (void **)&(q)->a->arr, &(q)->a->cap, (q)->a->n + 1, \
                              sizeof(*(q)->a->arr)) == 0)

char *qz_query__strdup(qz_qctx *q, const char *s)
{
    char *d = qz__arena_strdup(&q->a->arena, s);
    if (!d && s)
        q->a->failed = 1;
    return d;
}

void qz_query__subject(qz_qctx *q, const qz_entry *e)
{
    q->a->subject = e->id;
    q->a->subject_label = e->label;
}

int qz_query__cite(qz_qctx *q, const qz_cite *c)
{
    qz_answer *a = q->a;
    for (size_t i = 0; i < a->ncites; i++) /* the same clause quoted by two rules is cited once */
        if (a->cites[i] == c ||
            (a->cites[i]->article == c->article && a->cites[i]->item == c->item &&
             a->cites[i]->text_hash == c->text_hash && strcmp(a->cites[i]->text, c->text) == 0))
            return (int)i;
    if (!GROW(q, cites, ncites, capcites)) {
        a->failed = 1;
        return -1;
    }
    a->cites[a->ncites] = c;
    return (int)a->ncites++;
}

void qz_query__cites(qz_qctx *q, const qz_cite *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        qz_query__cite(q, &c[i]);
}

/* One person appears once per capacity, the first way they qualify; person
 * ids come from the organisation, which hands out one pointer per person, so
 * (pointer, capacity) identifies an entry. Small answers are scanned; past
 * PEOPLE_SCAN_MAX entries an answer indexes its people in a hash table (a
 * plenary meeting of a province lists ten thousand department heads, and a
 * scan per addition would make that quadratic). The table lives in the
 * answer's arena, so it is freed with the answer. */
#define PEOPLE_SCAN_MAX 16

static size_t person_hash(const char *person, int cap, size_t mask)
{
    uint64_t h = ((uint64_t)(uintptr_t)person ^ (uint64_t)(unsigned)cap) * 0x9e3779b97f4a7c15u;
    return (size_t)(h >> 32) & mask;
}

static int person_listed(const qz_answer *a, const char *person, int cap)
{
    if (!a->people_index) {
        for (size_t i = 0; i < a->npeople; i++)
            if (a->people[i].person == person && a->people[i].cap == cap)
                return 1;
        return 0;
    }
    size_t mask = a->people_index_mask;
    for (size_t j = person_hash(person, cap, mask); a->people_index[j]; j = (j + 1) & mask) {
        const qz_aperson *p = &a->people[a->people_index[j] - 1];
        if (p->person == person && p->cap == cap)
            return 1;
    }
    return 0;
}

static void index_person(qz_answer *a, size_t row)
{
    size_t mask = a->people_index_mask, j = person_hash(a->people[row].person, a->people[row].cap, mask);
    while (a->people_index[j])
        j = (j + 1) & mask;
    a->people_index[j] = (uint32_t)(row + 1);
}

/* Indexes the person just added, building or doubling the table when the
 * answer outgrows a scan or the table passes half full. 0, or -1 on ENOMEM. */
static int index_last_person(qz_answer *a)
{
    if (a->npeople < PEOPLE_SCAN_MAX)
        return 0;
    if (a->people_index && a->npeople * 2 <= a->people_index_mask + 1) {
        index_person(a, a->npeople - 1);
        return 0;
    }
    if (a->npeople > UINT32_MAX / 4)
        return -1;
    size_t size = a->people_index ? (a->people_index_mask + 1) * 2 : 4 * PEOPLE_SCAN_MAX;
    while (size < a->npeople * 2)
        size *= 2;
    uint32_t *t = qz__arena_alloc(&a->arena, size * sizeof(*t)); /* zeroed */
    if (!t)
        return -1;
    a->people_index = t; /* the old table is abandoned to the arena */
    a->people_index_mask = size - 1;
    for (size_t i = 0; i < a->npeople; i++)
        index_person(a, i);
    return 0;
}

/* Adds a person unless already listed in capacity `cap`: post, role, person
 * and name live as long as the model; for_post and for_person are copied. */
static void add_person(qz_qctx *q, int cap, const char *post, const char *role, const char *person,
                       const char *name, int via, const char *for_post, const char *for_person, int cite)
{
    qz_answer *a = q->a;
    if (!GROW(q, people, npeople, cappeople)) {
        a->failed = 1;
        return;
    }
    const char *for_post_copy = for_post ? qz__arena_strdup(&a->arena, for_post) : NULL;
    const char *for_person_copy = for_person ? qz__arena_strdup(&a->arena, for_person) : NULL;
    if ((for_post && !for_post_copy) || (for_person && !for_person_copy)) {
        a->failed = 1;
        return;
    }
    qz_aperson *p = &a->people[a->npeople++];
    p->cap = cap;
    p->post = post;
    p->role = role;
    p->person = person;
    p->name = name ? name : person;
    p->via = via;
    p->for_post = for_post_copy;
    p->for_person = for_person_copy;
    p->cite = cite;
    if (index_last_person(a) < 0)
        a->failed = 1;
}

void qz_query__person(qz_qctx *q, int cap, const char *post, const char *person, int via,
                      const char *for_post, const char *for_person, int cite)
{
    if (person_listed(q->a, person, cap))
        return;
    /* post ids may be the caller's own strings (a request's post): the
     * answer outlives the request, so it keeps a copy */
    const char *post_copy = post ? qz__arena_strdup(&q->a->arena, post) : NULL;
    if (post && !post_copy) {
        q->a->failed = 1;
        return;
    }
    add_person(q, cap, post_copy, qz_org_post_role(q->org, post), person, qz_org_person_name(q->org, person),
               via, for_post, for_person, cite);
}

void qz_query__person_at(qz_qctx *q, int cap, int32_t post, int32_t person, int via, const char *for_post,
                         const char *for_person, int cite)
{
    const qz_org *org = q->org;
    const char *id = qz_org__person_id(org, person);
    if (!person_listed(q->a, id, cap))
        add_person(q, cap, qz_org__post_id(org, post), qz_org__post_role(org, post), id,
                   qz_org__person_name(org, person), via, for_post, for_person, cite);
}

void qz_query__unit(qz_qctx *q, int cap, const char *id, const char *name)
{
    qz_answer *a = q->a;
    for (size_t i = 0; i < a->nunits; i++)
        if (a->units[i].cap == cap && strcmp(a->units[i].id, id) == 0)
            return;
    if (!GROW(q, units, nunits, capunits)) {
        a->failed = 1;
        return;
    }
    a->units[a->nunits++] = (qz_aunit){cap, id, name};
}

void qz_query__role(qz_qctx *q, int cap, const char *id, const char *label)
{
    qz_answer *a = q->a;
    if (q->decide_cap)
        return;
    for (size_t i = 0; i < a->nroles; i++)
        if (a->roles[i].cap == cap && (a->roles[i].label == label || strcmp(a->roles[i].label, label) == 0))
            return;
    if (!GROW(q, roles, nroles, caproles)) {
        a->failed = 1;
        return;
    }
    a->roles[a->nroles++] = (qz_arole){cap, id, label};
}

void qz_query__finding(qz_qctx *q, const char *id, const char *fmt, ...)
{
    if (q->decide_cap) /* findings never decide who may act */
        return;
    va_list ap;
    va_start(ap, fmt);
    char *text = qz_query__vformat(q, fmt, ap);
    va_end(ap);
    if (!text)
        return;
    if (!GROW(q, findings, nfindings, capfindings)) {
        q->a->failed = 1;
        return;
    }
    q->a->findings[q->a->nfindings++] = (qz_afinding){id, text};
}

void qz_query__value(qz_qctx *q, int key, int64_t v)
{
    if (key <= 0 || key >= QZ_VALUE_SLOTS)
        return;
    q->a->values[key] = v;
    q->a->has[key] = 1;
}

void qz_query__no_one(qz_qctx *q, const char *fmt, ...)
{
    if (q->decide_cap) {
        q->a->found = 0;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    char *text = qz_query__vformat(q, fmt, ap);
    va_end(ap);
    q->a->found = 0;
    if (text)
        q->a->reason = text;
}

size_t qz_query__drop_person(qz_qctx *q, int cap, const char *person)
{
    qz_answer *a = q->a;
    size_t kept = 0, dropped = 0;
    for (size_t i = 0; i < a->npeople; i++) {
        if (a->people[i].cap == cap && strcmp(a->people[i].person, person) == 0) {
            dropped++;
            continue;
        }
        a->people[kept++] = a->people[i];
    }
    a->npeople = kept;
    if (dropped && a->people_index) { /* rows moved: index them again */
        memset(a->people_index, 0, (a->people_index_mask + 1) * sizeof(*a->people_index));
        for (size_t i = 0; i < a->npeople; i++)
            index_person(a, i);
    }
    return dropped;
}

size_t qz_query__count(const qz_qctx *q, int cap)
{
    size_t n = 0;
    for (size_t i = 0; i < q->a->npeople; i++)
        n += q->a->people[i].cap == cap;
    return n;
}

/* ---- public accessors ---- */

void qz_answer_free(qz_answer *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->nitems; i++)
        qz_answer_free(a->items[i]);
    qz__free(atomic_load(&a->explanation));
    qz__arena_free(&a->arena);
    qz_model_free(a->model);
    qz__free(a);
}

#define IN(a, arr, i) ((a) && (i) < (a)->n##arr)

qz_query_kind qz_answer_kind(const qz_answer *a)
{
    return a ? (qz_query_kind)a->kind : (qz_query_kind)0;
}
int qz_answer_found(const qz_answer *a)
{
    return a ? a->found : 0;
}
const char *qz_answer_reason(const qz_answer *a)
{
    return a && !a->found ? (a->reason ? a->reason : "") : NULL;
}
const char *qz_answer_subject(const qz_answer *a)
{
    return a ? a->subject : NULL;
}
const char *qz_answer_subject_label(const qz_answer *a)
{
    return a ? a->subject_label : NULL;
}
qz_date qz_answer_date(const qz_answer *a)
{
    return a ? a->date : 0;
}

size_t qz_answer_person_count(const qz_answer *a)
{
    return a ? a->npeople : 0;
}
qz_capacity qz_answer_person_capacity(const qz_answer *a, size_t i)
{
    return IN(a, people, i) ? (qz_capacity)a->people[i].cap : (qz_capacity)0;
}
const char *qz_answer_person_post(const qz_answer *a, size_t i)
{
    return IN(a, people, i) ? a->people[i].post : NULL;
}
const char *qz_answer_person_role(const qz_answer *a, size_t i)
{
    return IN(a, people, i) ? a->people[i].role : NULL;
}
const char *qz_answer_person_id(const qz_answer *a, size_t i)
{
    return IN(a, people, i) ? a->people[i].person : NULL;
}
const char *qz_answer_person_name(const qz_answer *a, size_t i)
{
    return IN(a, people, i) ? a->people[i].name : NULL;
}
qz_via qz_answer_person_via(const qz_answer *a, size_t i)
{
    return IN(a, people, i) ? (qz_via)a->people[i].via : QZ_VIA_HOLDER;
}
const char *qz_answer_person_for_post(const qz_answer *a, size_t i)
{
    return IN(a, people, i) ? a->people[i].for_post : NULL;
}
const char *qz_answer_person_for_person(const qz_answer *a, size_t i)
{
    return IN(a, people, i) ? a->people[i].for_person : NULL;
}
int qz_answer_person_citation(const qz_answer *a, size_t i)
{
    return IN(a, people, i) ? a->people[i].cite : -1;
}

size_t qz_answer_unit_count(const qz_answer *a)
{
    return a ? a->nunits : 0;
}
qz_capacity qz_answer_unit_capacity(const qz_answer *a, size_t i)
{
    return IN(a, units, i) ? (qz_capacity)a->units[i].cap : (qz_capacity)0;
}
const char *qz_answer_unit_id(const qz_answer *a, size_t i)
{
    return IN(a, units, i) ? a->units[i].id : NULL;
}
const char *qz_answer_unit_name(const qz_answer *a, size_t i)
{
    return IN(a, units, i) ? a->units[i].name : NULL;
}

size_t qz_answer_role_count(const qz_answer *a)
{
    return a ? a->nroles : 0;
}
qz_capacity qz_answer_role_capacity(const qz_answer *a, size_t i)
{
    return IN(a, roles, i) ? (qz_capacity)a->roles[i].cap : (qz_capacity)0;
}
const char *qz_answer_role_id(const qz_answer *a, size_t i)
{
    return IN(a, roles, i) ? a->roles[i].id : NULL;
}
const char *qz_answer_role_label(const qz_answer *a, size_t i)
{
    return IN(a, roles, i) ? a->roles[i].label : NULL;
}

size_t qz_answer_citation_count(const qz_answer *a)
{
    return a ? a->ncites : 0;
}
int qz_answer_citation_article(const qz_answer *a, size_t i)
{
    return IN(a, cites, i) ? a->cites[i]->article : 0;
}
int qz_answer_citation_item(const qz_answer *a, size_t i)
{
    return IN(a, cites, i) ? a->cites[i]->item : 0;
}
const char *qz_answer_citation_text(const qz_answer *a, size_t i)
{
    return IN(a, cites, i) ? a->cites[i]->text : NULL;
}
const char *qz_answer_citation_rule(const qz_answer *a, size_t i)
{
    return IN(a, cites, i) ? a->cites[i]->rule : NULL;
}

size_t qz_answer_finding_count(const qz_answer *a)
{
    return a ? a->nfindings : 0;
}
const char *qz_answer_finding_id(const qz_answer *a, size_t i)
{
    return IN(a, findings, i) ? a->findings[i].id : NULL;
}
const char *qz_answer_finding_text(const qz_answer *a, size_t i)
{
    return IN(a, findings, i) ? a->findings[i].text : NULL;
}

int qz_answer_has(const qz_answer *a, qz_value key)
{
    return a && (int)key > 0 && (int)key < QZ_VALUE_SLOTS && a->has[key];
}

int64_t qz_answer_value(const qz_answer *a, qz_value key)
{
    return qz_answer_has(a, key) ? a->values[key] : 0;
}

const char *qz_capacity_name(qz_capacity c)
{
    static const char *const names[] = {
        "unknown",    "signer",     "countersigner", "convener",       "presider",
        "member",     "attendee",   "invitee",       "minutes-signer", "minutes-signer-major",
        "acting",     "absent",     "report-to",     "filed-with",     "filed-by",
        "approver",   "substitute", "present",       "responsible",    "reviewer",
        "escalation", "obligee"};
    return (int)c > 0 && (size_t)c < sizeof(names) / sizeof(names[0]) ? names[c] : "unknown";
}

const char *qz_via_name(qz_via v)
{
    return v == QZ_VIA_ACTING ? "acting" : v == QZ_VIA_ENTRUSTED ? "entrusted" : "holder";
}

const char *qz_value_name(qz_value k)
{
    static const char *const names[] = {"unknown",
                                        "met",
                                        "late",
                                        "compliant",
                                        "allowed",
                                        "present",
                                        "required",
                                        "members",
                                        "notice_days",
                                        "notice_given",
                                        "due",
                                        "earliest",
                                        "silence_no_objection",
                                        "count",
                                        "min",
                                        "max",
                                        "shortfall",
                                        "excess",
                                        "limit",
                                        "period_start",
                                        "period_end",
                                        "violations",
                                        "unit",
                                        "principle",
                                        "minutes_optional"};
    _Static_assert(sizeof(names) / sizeof(names[0]) == QZ_VALUE_MINUTES_OPTIONAL + 1, "one name per value");
    return (int)k > 0 && (size_t)k < sizeof(names) / sizeof(names[0]) ? names[k] : "unknown";
}

const char *qz_time_unit_name(qz_time_unit u)
{
    static const char *const names[] = {"unknown", "workdays", "days",     "half-days",  "hours",
                                        "weeks",   "months",   "quarters", "half-years", "years"};
    return (int)u > 0 && (size_t)u < sizeof(names) / sizeof(names[0]) ? names[u] : "unknown";
}

const char *qz_query_kind_name(qz_query_kind k)
{
    static const char *const names[] = {"unknown",  "meeting",   "sign",   "acting",
                                        "deadline", "leave",     "quorum", "substitute",
                                        "periodic", "normative", "matter", "obligations"};
    return (int)k > 0 && (size_t)k < sizeof(names) / sizeof(names[0]) ? names[k] : "unknown";
}

/* ---- list answers and obligation items (qz_query_obligations) ---- */

size_t qz_answer_item_count(const qz_answer *a)
{
    return a ? a->nitems : 0;
}

const qz_answer *qz_answer_item(const qz_answer *a, size_t i)
{
    return a && i < a->nitems ? a->items[i] : NULL;
}

qz_obligation_trigger qz_answer_obligation_trigger(const qz_answer *a)
{
    return a ? (qz_obligation_trigger)a->ob_trigger : (qz_obligation_trigger)0;
}

const char *qz_answer_obligation_action(const qz_answer *a)
{
    return a ? a->ob_action : NULL;
}

const char *qz_answer_obligation_action_label(const qz_answer *a)
{
    return a ? a->ob_action_label : NULL;
}

const char *qz_answer_obligation_object(const qz_answer *a)
{
    return a ? a->ob_object : NULL;
}

const char *qz_answer_obligation_event(const qz_answer *a)
{
    return a ? a->ob_event : NULL;
}

const char *qz_answer_obligation_event_label(const qz_answer *a)
{
    return a ? a->ob_event_label : NULL;
}

const char *qz_obligation_trigger_name(qz_obligation_trigger t)
{
    static const char *const names[] = {"unknown", "event", "periodic", "date"};
    _Static_assert(sizeof(names) / sizeof(names[0]) == QZ_TRIGGER_DATE + 1, "a name for every trigger");
    return (int)t > 0 && (size_t)t < sizeof(names) / sizeof(names[0]) ? names[t] : "unknown";
}
