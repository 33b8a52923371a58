/* Helpers shared by the rule-engine tests: models over the test data and
 * lookups into answers. */
#ifndef QZ_TEST_QUERY_SUPPORT_H
#define QZ_TEST_QUERY_SUPPORT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"
#include "quanze.h"

static inline qz_date qzt_d(const char *s)
{
    qz_date d = 0;
    assert_int_equal(qz_date_parse(&d, s), QZ_OK);
    return d;
}

/* The default model (qz_model_default()) shared by a test file's group:
 * made by qzt_default_setup() and freed by qzt_default_teardown(), the
 * group setup and teardown to pass to cmocka_run_group_tests(). */
extern qz_model *qzt_default;
int qzt_default_setup(void **state);
int qzt_default_teardown(void **state);

/* A model of rule file `rules` (NULL: the default rules) over org file `org`
 * (NULL: the demo organisation) and the official calendar. */
/* A model of `r` over `o` and the official calendar; takes over the caller's
 * references to `r` and `o`. */
static inline qz_model *qzt_model_of(qz_rules *r, qz_org *o)
{
    qz_calendar *c = NULL;
    qz_model *m = NULL;
    assert_int_equal(qz_calendar_default(&c), QZ_OK);
    assert_int_equal(qz_model_new(&m, r, o, c), QZ_OK);
    qz_rules_free(r);
    qz_org_free(o);
    qz_calendar_free(c);
    return m;
}

static inline qz_model *qzt_model(const char *rules, const char *org)
{
    qz_rules *r = NULL;
    qz_org *o = NULL;
    assert_int_equal(rules ? qz_rules_load_file(&r, qzt_data(rules)) : qz_rules_default(&r), QZ_OK);
    assert_int_equal(org ? qz_org_load_file(&o, qzt_data(org)) : qz_org_default(&o), QZ_OK);
    return qzt_model_of(r, o);
}

/* Who acts for `post` on `day` (the query must succeed). New answer. */
static inline qz_answer *qzt_acting(qz_model *m, const char *post, const char *day)
{
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    r.post = post;
    r.date = qzt_d(day);
    qz_answer *a = NULL;
    assert_int_equal(qz_query_acting(&a, m, &r), QZ_OK);
    return a;
}

/* Index of the person in capacity `cap` holding `post`, or -1. */
static inline int qzt_person(const qz_answer *a, qz_capacity cap, const char *post)
{
    for (size_t i = 0; i < qz_answer_person_count(a); i++)
        if (qz_answer_person_capacity(a, i) == cap && strcmp(qz_answer_person_post(a, i), post) == 0)
            return (int)i;
    return -1;
}

static inline size_t qzt_count(const qz_answer *a, qz_capacity cap)
{
    size_t n = 0;
    for (size_t i = 0; i < qz_answer_person_count(a); i++)
        n += qz_answer_person_capacity(a, i) == cap;
    return n;
}

static inline int qzt_unit(const qz_answer *a, qz_capacity cap, const char *id)
{
    for (size_t i = 0; i < qz_answer_unit_count(a); i++)
        if (qz_answer_unit_capacity(a, i) == cap && strcmp(qz_answer_unit_id(a, i), id) == 0)
            return (int)i;
    return -1;
}

/* 1 when the answer cites article `art`, item `item` (-1: any item). */
static inline int qzt_cites(const qz_answer *a, int art, int item)
{
    for (size_t i = 0; i < qz_answer_citation_count(a); i++)
        if (qz_answer_citation_article(a, i) == art && (item < 0 || qz_answer_citation_item(a, i) == item) &&
            qz_answer_citation_text(a, i) && qz_answer_citation_text(a, i)[0])
            return 1;
    return 0;
}

/* 1 when the answer has a finding with id `id`. */
static inline int qzt_has_finding(const qz_answer *a, const char *id)
{
    for (size_t i = 0; i < qz_answer_finding_count(a); i++)
        if (strcmp(qz_answer_finding_id(a, i), id) == 0)
            return 1;
    return 0;
}

/* The leave answer of `m` for `post` departing on `depart`, notified on
 * `notified` (the query must succeed). New answer. */
static inline qz_answer *qzt_leave(qz_model *m, const char *post, const char *depart, const char *notified)
{
    qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
    r.post = post;
    r.depart = qzt_d(depart);
    r.notified = qzt_d(notified);
    qz_answer *a = NULL;
    QZT_OK(qz_query_leave(&a, m, &r));
    return a;
}

/* The index of the route's first step of `kind`, or -1. */
static inline long qzt_route_step(const qz_route *rt, qz_route_step_kind kind)
{
    for (size_t i = 0; i < qz_route_step_count(rt); i++)
        if (qz_route_step_kind_at(rt, i) == (int)kind)
            return (long)i;
    return -1;
}

/* The answer of the route's first step of `kind`; fails the test when the
 * route has no such step. Borrowed from the route. */
static inline const qz_answer *qzt_route_answer(const qz_route *rt, qz_route_step_kind kind)
{
    long i = qzt_route_step(rt, kind);
    if (i < 0)
        fail_msg("no %s step", qz_route_step_name(kind));
    return qz_route_step_answer(rt, (size_t)i);
}

/* The index of the route's finding with id `id`, or -1. */
static inline long qzt_route_finding(const qz_route *rt, const char *id)
{
    for (size_t i = 0; i < qz_route_finding_count(rt); i++)
        if (strcmp(qz_route_finding_id(rt, i), id) == 0)
            return (long)i;
    return -1;
}

#define QZT_PERSON(a, cap, post, via)                                                                      \
    do {                                                                                                   \
        int qzt_i_ = qzt_person((a), (cap), (post));                                                       \
        if (qzt_i_ < 0)                                                                                    \
            fail_msg("%s: no %s %s in:\n%s", #a, qz_capacity_name(cap), (post), qz_answer_explanation(a)); \
        assert_int_equal(qz_answer_person_via((a), (size_t)qzt_i_), (via));                                \
    } while (0)

#define QZT_CITES(a, art, item)                                                     \
    do {                                                                            \
        if (!qzt_cites((a), (art), (item)))                                         \
            fail_msg("%s does not cite article %d item %d:\n%s", #a, (art), (item), \
                     qz_answer_explanation(a));                                     \
    } while (0)

/* The rule text with the `nth` occurrence of `needle` line removed (whole line):
 * New (free()), or NULL with *found = 0 when there is no such occurrence. */
static inline char *qzt_without_line(const char *text, const char *needle, int nth, int *found)
{
    const char *p = text;
    *found = 0;
    for (int i = 0; (p = strstr(p, needle)) != NULL; i++, p++) {
        if (i != nth)
            continue;
        const char *bol = p;
        while (bol > text && bol[-1] != '\n')
            bol--;
        const char *eol = strchr(p, '\n');
        eol = eol ? eol + 1 : p + strlen(p);
        size_t n = strlen(text);
        char *out = malloc(n + 1);
        assert_non_null(out);
        memcpy(out, text, (size_t)(bol - text));
        memcpy(out + (bol - text), eol, n - (size_t)(eol - text) + 1);
        *found = 1;
        return out;
    }
    return NULL;
}

/* 1 when everyone in capacity `cap` of `small` is in that capacity of `big`. */
static inline int qzt_subset(const qz_answer *small, const qz_answer *big, qz_capacity cap)
{
    for (size_t i = 0; i < qz_answer_person_count(small); i++) {
        if (qz_answer_person_capacity(small, i) != cap)
            continue;
        int ok = 0;
        for (size_t k = 0; k < qz_answer_person_count(big) && !ok; k++)
            ok = qz_answer_person_capacity(big, k) == cap &&
                 !strcmp(qz_answer_person_id(big, k), qz_answer_person_id(small, i));
        if (!ok)
            return 0;
    }
    return 1;
}

/* A model of rule text `text` with its `nth` "<who " line cut out, over `org`
 * and `cal`. Returns -1 when there is no such line, 0 when the cut rules do
 * not load (a party left empty breaks the schema: nothing to compare), and 1
 * with *small set (New, qz_model_free()). */
static inline int qzt_model_without_who(qz_model **small, const char *text, int nth, const qz_org *org,
                                        const qz_calendar *cal)
{
    int found;
    qz_rules *r = NULL;
    *small = NULL;
    char *cut = qzt_without_line(text, "<who ", nth, &found);
    if (!found)
        return -1;
    int loaded = qz_rules_load_memory(&r, cut, strlen(cut), "cut") == QZ_OK;
    free(cut);
    if (loaded) {
        QZT_OK(qz_model_new(small, r, org, cal));
        qz_rules_free(r); /* the model keeps its own reference */
    }
    return loaded;
}

/* The first eight findings of an audit, as qzt_collect_finding() (a
 * qz_audit_* callback, with a qzt_findings as its user data) keeps them. */
typedef struct qzt_findings {
    char check[8][32];
    char text[8][256];
    qz_severity severity[8];
    int article[8];
    size_t n;
} qzt_findings;

static inline int qzt_collect_finding(const qz_finding *f, void *ud)
{
    qzt_findings *s = ud;
    if (s->n < 8) {
        snprintf(s->check[s->n], sizeof(s->check[0]), "%s", f->check);
        snprintf(s->text[s->n], sizeof(s->text[0]), "%s", f->explanation ? f->explanation : "");
        s->severity[s->n] = f->severity;
        s->article[s->n] = f->article;
        s->n++;
    }
    return 0;
}

#endif
