/* Checks (quanze/check.h): each action allowed for exactly the people the
 * matching query names, with the capacity, citation and reason; failures
 * exactly where the queries fail; out of memory. */
#include <pthread.h>
#include <stdio.h>
#include "query_support.h"

static qz_model *M;

static int setup(void **state)
{
    (void)state;
    M = qzt_model(NULL, NULL);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    qz_model_free(M);
    return 0;
}

/* The reference the checks are held to, written from the answer alone: is
 * `actor` (post or person id) a person of `a` in capacity `cap`? */
static int named(const qz_answer *a, qz_capacity cap, const char *actor)
{
    if (!qz_answer_found(a))
        return 0;
    for (size_t i = 0; i < qz_answer_person_count(a); i++)
        if (qz_answer_person_capacity(a, i) == cap && (strcmp(qz_answer_person_post(a, i), actor) == 0 ||
                                                       strcmp(qz_answer_person_id(a, i), actor) == 0))
            return 1;
    return 0;
}

static int same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* 1 when a denial's reason names `actor` as the texts name people (its
 * post's name, its own name or its unit's), never by the id itself. */
static int names_actor(const char *reason, const char *actor)
{
    const qz_org *org = qz_model_org(M);
    const char *name = qz_org_post_name(org, actor);
    if (!name)
        name = qz_org_person_name(org, actor);
    if (!name)
        name = qz_org_unit_name(org, actor);
    return reason && name && strstr(reason, name) && !strstr(reason, actor);
}

/* What a decision says beyond allowed/denied must be what the answer says:
 * the row that qualifies the actor (a holder's first), its citation, and the
 * reason of a denial. A check that decides without the full answer
 * (lib/query.h, decide-only mode) is held to the answer here. */
static void same_details(const qz_decision *d, const qz_answer *a, qz_capacity cap, const char *actor)
{
    long row = -1;
    for (size_t i = 0; qz_answer_found(a) && i < qz_answer_person_count(a); i++)
        if (qz_answer_person_capacity(a, i) == cap &&
            (same_str(qz_answer_person_post(a, i), actor) || same_str(qz_answer_person_id(a, i), actor))) {
            if (row < 0 || qz_answer_person_via(a, i) == QZ_VIA_HOLDER)
                row = (long)i;
            if (qz_answer_person_via(a, i) == QZ_VIA_HOLDER)
                break;
        }
    int cite = qz_answer_citation_count(a) > 0 ? 0 : -1;
    if (row < 0 && qz_decision_allowed(d))
        return; /* allowed as a body the report goes to (receive-leave) */
    if (row >= 0) {
        size_t i = (size_t)row;
        if (qz_answer_person_citation(a, i) >= 0)
            cite = qz_answer_person_citation(a, i);
        if (qz_decision_via(d) != qz_answer_person_via(a, i) ||
            !same_str(qz_decision_post(d), qz_answer_person_post(a, i)) ||
            !same_str(qz_decision_person(d), qz_answer_person_id(a, i)) ||
            !same_str(qz_decision_for_post(d), qz_answer_person_for_post(a, i)) ||
            !same_str(qz_decision_for_person(d), qz_answer_person_for_person(a, i)) || qz_decision_reason(d))
            fail_msg("%s: the decision's row differs from the answer's", actor);
    } else if (qz_answer_found(a)) {
        if (!names_actor(qz_decision_reason(d), actor))
            fail_msg("%s: no reason naming the actor", actor);
    } else if (!same_str(qz_decision_reason(d), qz_answer_reason(a))) {
        fail_msg("%s: reason '%s', answer '%s'", actor, qz_decision_reason(d), qz_answer_reason(a));
    }
    if (qz_decision_citation(d) != cite)
        fail_msg("%s: citation %d, answer %d", actor, qz_decision_citation(d), cite);
    size_t want = 0;
    for (size_t i = 0; qz_answer_found(a) && i < qz_answer_person_count(a); i++)
        want += qz_answer_person_capacity(a, i) == cap;
    if (qz_decision_candidate_count(d) != want)
        fail_msg("%s: %zu candidates, answer %zu", actor, qz_decision_candidate_count(d), want);
}

static qz_sign_request sign_req(const char *kind, const char *to, const char *const *pf, size_t npf,
                                const char *day)
{
    qz_sign_request s = QZ_SIGN_REQUEST_INIT;
    s.kind = kind;
    s.recipient = to;
    s.portfolios = pf;
    s.nportfolios = npf;
    s.date = qzt_d(day);
    return s;
}

static void test_sign(void **state)
{
    (void)state;
    const char *pf[] = {"justice"};
    qz_sign_request s = sign_req("request", "city-government", pf, 1, "2026-06-10");
    qz_decision *d = NULL;
    QZT_OK(qz_check_sign(&d, M, &s, "executive-deputy"));
    assert_int_equal(qz_decision_allowed(d), 1);
    assert_int_equal(qz_decision_action(d), QZ_CHECK_SIGN);
    assert_int_equal(qz_decision_capacity(d), QZ_CAP_SIGNER);
    assert_int_equal(qz_decision_via(d), QZ_VIA_HOLDER);
    assert_string_equal(qz_decision_post(d), "executive-deputy");
    assert_non_null(qz_decision_person(d));
    assert_null(qz_decision_for_post(d));
    assert_null(qz_decision_reason(d));
    int c = qz_decision_citation(d);
    assert_true(c >= 0);
    assert_true(qz_answer_citation_article(qz_decision_answer(d), (size_t)c) >= 1);
    /* the same person named by person id */
    char person[64];
    snprintf(person, sizeof(person), "%s", qz_decision_person(d));
    qz_decision_free(d);
    QZT_OK(qz_check_sign(&d, M, &s, person));
    assert_int_equal(qz_decision_allowed(d), 1);
    assert_string_equal(qz_decision_post(d), "executive-deputy");
    qz_decision_free(d);
    /* deputy-1 may not: denied, why, and who could */
    QZT_OK(qz_check_sign(&d, M, &s, "deputy-1"));
    assert_int_equal(qz_decision_allowed(d), 0);
    assert_null(qz_decision_post(d));
    assert_null(qz_decision_person(d));
    /* named as the answers name people: the post and its holder on the day, not the id */
    char who[128];
    const qz_org *org = qz_model_org(M);
    snprintf(who, sizeof(who), "%s%s", qz_org_post_name(org, "deputy-1"),
             qz_org_person_name(org, qz_org_holder(org, "deputy-1", s.date)));
    assert_string_equal(who, "副县长董玉梅");
    assert_non_null(strstr(qz_decision_reason(d), who));
    assert_null(strstr(qz_decision_reason(d), "deputy-1"));
    assert_non_null(strstr(qz_decision_reason(d), qz_capacity_label(QZ_CAP_SIGNER)));
    assert_true(qz_decision_candidate_count(d) >= 1);
    int has_exec = 0;
    for (size_t i = 0; i < qz_decision_candidate_count(d); i++) {
        assert_non_null(qz_decision_candidate_person(d, i));
        has_exec |= strcmp(qz_decision_candidate_post(d, i), "executive-deputy") == 0;
    }
    assert_true(has_exec);
    assert_null(qz_decision_candidate_post(d, 999));
    assert_true(qz_decision_citation(d) >= 0);
    qz_decision_free(d);
}

static void test_countersign(void **state)
{
    (void)state;
    const char *pf[] = {"justice", "finance"};
    qz_sign_request s = sign_req("notice", NULL, pf, 2, "2026-06-10");
    qz_answer *a = NULL;
    QZT_OK(qz_query_sign(&a, M, &s));
    size_t tried = 0;
    for (size_t i = 0; i < qz_answer_person_count(a); i++) {
        if (qz_answer_person_capacity(a, i) != QZ_CAP_COUNTERSIGNER)
            continue;
        qz_decision *d = NULL;
        QZT_OK(qz_check_countersign(&d, M, &s, qz_answer_person_post(a, i)));
        assert_int_equal(qz_decision_allowed(d), 1);
        assert_int_equal(qz_decision_capacity(d), QZ_CAP_COUNTERSIGNER);
        qz_decision_free(d);
        tried++;
    }
    assert_true(tried >= 1);
    qz_answer_free(a);
}

static void test_meeting_actions(void **state)
{
    (void)state;
    qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
    r.type = "plenary";
    r.date = qzt_d("2026-03-03");
    qz_decision *d = NULL;
    QZT_OK(qz_check_convene(&d, M, &r, "county-head"));
    assert_int_equal(qz_decision_allowed(d), 1);
    assert_int_equal(qz_decision_capacity(d), QZ_CAP_CONVENER);
    assert_true(qz_decision_citation(d) >= 0);
    qz_decision_free(d);
    QZT_OK(qz_check_preside(&d, M, &r, "county-head"));
    assert_int_equal(qz_decision_capacity(d), QZ_CAP_PRESIDER);
    assert_int_equal(qz_decision_allowed(d), 1);
    qz_decision_free(d);
    QZT_OK(qz_check_convene(&d, M, &r, "justice-principal"));
    assert_int_equal(qz_decision_allowed(d), 0);
    assert_non_null(qz_decision_reason(d));
    qz_decision_free(d);
    for (r.major = 0; r.major <= 1; r.major++) {
        QZT_OK(qz_check_sign_minutes(&d, M, &r, "county-head"));
        assert_int_equal(qz_decision_capacity(d),
                         r.major ? QZ_CAP_MINUTES_SIGNER_MAJOR : QZ_CAP_MINUTES_SIGNER);
        assert_int_equal(qz_decision_allowed(d),
                         named(qz_decision_answer(d), qz_decision_capacity(d), "county-head"));
        qz_decision_free(d);
    }
}

/* Acting: on some day of 2026 the county head is away and someone acts. */
static void test_act_for(void **state)
{
    (void)state;
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    r.post = "county-head";
    r.date = qzt_d("2026-03-10");
    qz_decision *d = NULL;
    QZT_OK(qz_check_act_for(&d, M, &r, "county-head"));
    assert_int_equal(qz_decision_capacity(d), QZ_CAP_ACTING);
    qz_decision_free(d);
    int seen_acting = 0;
    for (qz_date day = qzt_d("2026-01-01"); day <= qzt_d("2026-12-31") && !seen_acting; day++) {
        r.date = day;
        qz_answer *a = NULL;
        QZT_OK(qz_query_acting(&a, M, &r));
        for (size_t i = 0; i < qz_answer_person_count(a) && !seen_acting; i++) {
            if (qz_answer_person_capacity(a, i) != QZ_CAP_ACTING ||
                qz_answer_person_via(a, i) == QZ_VIA_HOLDER)
                continue;
            QZT_OK(qz_check_act_for(&d, M, &r, qz_answer_person_post(a, i)));
            assert_int_equal(qz_decision_allowed(d), 1);
            assert_int_not_equal(qz_decision_via(d), QZ_VIA_HOLDER);
            assert_string_equal(qz_decision_for_post(d), "county-head");
            assert_non_null(qz_decision_for_person(d));
            qz_decision_free(d);
            seen_acting = 1;
        }
        qz_answer_free(a);
    }
    assert_true(seen_acting);
}

static void test_leave(void **state)
{
    (void)state;
    qz_leave_request lr = QZ_LEAVE_REQUEST_INIT;
    lr.post = "justice-principal";
    lr.depart = qzt_d("2026-06-10");
    lr.notified = qzt_d("2026-06-01");
    qz_answer *a = NULL;
    QZT_OK(qz_query_leave(&a, M, &lr));
    size_t people = 0, bodies = 0;
    qz_decision *d = NULL;
    for (size_t i = 0; i < qz_answer_person_count(a); i++) {
        qz_capacity cap = qz_answer_person_capacity(a, i);
        if (cap == QZ_CAP_APPROVER) {
            QZT_OK(qz_check_approve_leave(&d, M, &lr, qz_answer_person_post(a, i)));
            assert_int_equal(qz_decision_allowed(d), 1);
            assert_true(qz_decision_citation(d) >= 0);
            qz_decision_free(d);
            people++;
        } else if (cap == QZ_CAP_REPORT_TO) {
            QZT_OK(qz_check_receive_leave(&d, M, &lr, qz_answer_person_post(a, i)));
            assert_int_equal(qz_decision_allowed(d), 1);
            qz_decision_free(d);
            people++;
        }
    }
    for (size_t i = 0; i < qz_answer_unit_count(a); i++)
        if (qz_answer_unit_capacity(a, i) == QZ_CAP_REPORT_TO) {
            QZT_OK(qz_check_receive_leave(&d, M, &lr, qz_answer_unit_id(a, i)));
            assert_int_equal(qz_decision_allowed(d), 1);
            assert_string_equal(qz_decision_post(d), qz_answer_unit_id(a, i));
            qz_decision_free(d);
            bodies++;
        }
    assert_true(people + bodies >= 1);
    qz_answer_free(a);
    /* the one leaving does not approve their own leave */
    QZT_OK(qz_check_approve_leave(&d, M, &lr, "justice-principal"));
    assert_int_equal(qz_decision_allowed(d), 0);
    qz_decision_free(d);
}

static void test_substitute(void **state)
{
    (void)state;
    qz_substitute_request r = QZ_SUBSTITUTE_REQUEST_INIT;
    r.type = "plenary";
    r.principal = "justice-principal";
    r.date = qzt_d("2026-03-03");
    r.written_request = 1;
    r.request_date = qzt_d("2026-03-02");
    r.presider_approved = 1;
    qz_answer *a = NULL;
    r.substitute = "justice-deputy";
    QZT_OK(qz_query_substitute(&a, M, &r));
    int want = qz_answer_value(a, QZ_VALUE_ALLOWED) == 1;
    qz_answer_free(a);
    r.substitute = NULL; /* the actor is the proposed substitute */
    qz_decision *d = NULL;
    QZT_OK(qz_check_substitute(&d, M, &r, "justice-deputy"));
    assert_int_equal(qz_decision_allowed(d), want);
    assert_int_equal(qz_decision_capacity(d), QZ_CAP_SUBSTITUTE);
    qz_decision_free(d);
    /* no written request: refused with the unmet condition as the reason */
    r.written_request = 0;
    QZT_OK(qz_check_substitute(&d, M, &r, "justice-deputy"));
    assert_int_equal(qz_decision_allowed(d), 0);
    assert_non_null(qz_decision_reason(d));
    qz_decision_free(d);
}

static void test_errors(void **state)
{
    (void)state;
    const char *pf[] = {"justice"};
    qz_sign_request s = sign_req("request", "city-government", pf, 1, "2026-06-10");
    qz_decision *d = (qz_decision *)0x1;
    assert_int_equal(qz_check_sign(&d, M, &s, NULL), QZ_EINVAL);
    assert_null(d);
    assert_int_equal(qz_check_sign(NULL, M, &s, "deputy-1"), QZ_EINVAL);
    assert_int_equal(qz_check_sign(&d, NULL, &s, "deputy-1"), QZ_EINVAL);
    assert_int_equal(qz_check_sign(&d, M, NULL, "deputy-1"), QZ_EINVAL);
    d = (qz_decision *)0x1;
    assert_int_equal(qz_check_sign(&d, M, &s, "no-such-actor"), QZ_ENOTFOUND);
    assert_null(d);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "no-such-actor"));
    s.kind = "memo";
    assert_int_equal(qz_check_sign(&d, M, &s, "deputy-1"), QZ_ENOTFOUND);
    assert_null(d);
    s.kind = "request";
    s.version = 99;
    assert_int_equal(qz_check_sign(&d, M, &s, "deputy-1"), QZ_EINVAL);
    s.version = QZ_SIGN_REQUEST_VERSION;
    s.date = qzt_d("2021-01-01"); /* before the rules */
    assert_int_equal(qz_check_sign(&d, M, &s, "deputy-1"), QZ_ERANGE);
    assert_null(d);
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    r.post = "nobody";
    r.date = qzt_d("2026-06-10");
    assert_int_equal(qz_check_act_for(&d, M, &r, "deputy-1"), QZ_ENOTFOUND);
    assert_null(d);
    qz_substitute_request sr = QZ_SUBSTITUTE_REQUEST_INIT;
    sr.version = 0;
    assert_int_equal(qz_check_substitute(&d, M, &sr, "deputy-1"), QZ_EINVAL);
    /* NULL decisions answer plainly */
    assert_int_equal(qz_decision_allowed(NULL), 0);
    assert_null(qz_decision_reason(NULL));
    assert_null(qz_decision_answer(NULL));
    assert_int_equal(qz_decision_citation(NULL), -1);
    assert_int_equal(qz_decision_candidate_count(NULL), 0);
    qz_decision_free(NULL);
    assert_string_equal(qz_check_action_name(QZ_CHECK_SIGN_MINUTES), "sign-minutes");
    assert_string_equal(qz_check_action_name(QZ_CHECK_SUBSTITUTE), "substitute");
    assert_string_equal(qz_check_action_name((qz_check_action)0), "unknown");
    assert_string_equal(qz_check_action_name((qz_check_action)99), "unknown");
}

/* ---- differential: a check allows exactly the people the query names ---- */

typedef struct diff {
    long checks, allowed;
} diff;

/* Every post and every person of the organisation as actor, against answer
 * `a` (or the query's failure `qrc`). */
#define DIFF_ALL(dd, qrc, a, cap, CALL)                                                                 \
    do {                                                                                                \
        const qz_org *org_ = qz_model_org(M);                                                           \
        size_t np_ = qz_org_post_count(org_), nq_ = qz_org_person_count(org_);                          \
        for (size_t k_ = 0; k_ < np_ + nq_; k_++) {                                                     \
            const char *actor = k_ < np_ ? qz_org_post_at(org_, k_) : qz_org_person_at(org_, k_ - np_); \
            qz_decision *d = NULL;                                                                      \
            int rc_ = (CALL);                                                                           \
            assert_int_equal(rc_, qrc);                                                                 \
            if (qrc == QZ_OK) {                                                                         \
                int want_ = named(a, cap, actor);                                                       \
                if (qz_decision_allowed(d) != want_)                                                    \
                    fail_msg("%s: check %d, query %d", actor, qz_decision_allowed(d), want_);           \
                if ((dd)->checks % 7 == 0) /* the details too, on a sample (each costs a query) */      \
                    same_details(d, a, cap, actor);                                                     \
                (dd)->allowed += want_;                                                                 \
            } else {                                                                                    \
                assert_null(d);                                                                         \
            }                                                                                           \
            (dd)->checks++;                                                                             \
            qz_decision_free(d);                                                                        \
        }                                                                                               \
    } while (0)

static const char *const kinds[] = {"request", "report", "motion", "normative", "decision", "notice", "memo"};
static const char *const recips[] = {NULL, "city-government", "county-congress"};
static const char *const units[] = {"justice", "township-a", "finance", "inst-a"};
static const char *const days[] = {"2021-10-20", "2026-02-16", "2026-06-10", "2026-09-07"};

static void test_differential(void **state)
{
    (void)state;
    diff dd = {0, 0};
    for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
        for (size_t t = 0; t < 3; t++)
            for (size_t np = 0; np <= 2; np++)
                for (size_t y = 0; y < 4; y++) {
                    const char *pf[2] = {units[(k + np) % 4], units[(k + y + 1) % 4]};
                    qz_sign_request s = sign_req(kinds[k], recips[t], pf, np, days[y]);
                    s.major_policy = (int)(y & 1);
                    qz_answer *a = NULL;
                    int qrc = qz_query_sign(&a, M, &s);
                    DIFF_ALL(&dd, qrc, a, QZ_CAP_SIGNER, qz_check_sign(&d, M, &s, actor));
                    DIFF_ALL(&dd, qrc, a, QZ_CAP_COUNTERSIGNER, qz_check_countersign(&d, M, &s, actor));
                    qz_answer_free(a);
                }
    static const char *const types[] = {"plenary", "executive", "party-group", "banquet"};
    for (size_t t = 0; t < 4; t++)
        for (size_t y = 0; y < 4; y++)
            for (int major = 0; major <= 1; major++) {
                qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
                r.type = types[t];
                r.date = qzt_d(days[y]);
                r.major = major;
                qz_answer *a = NULL;
                int qrc = qz_query_meeting(&a, M, &r);
                DIFF_ALL(&dd, qrc, a, QZ_CAP_CONVENER, qz_check_convene(&d, M, &r, actor));
                DIFF_ALL(&dd, qrc, a, QZ_CAP_PRESIDER, qz_check_preside(&d, M, &r, actor));
                DIFF_ALL(&dd, qrc, a, major ? QZ_CAP_MINUTES_SIGNER_MAJOR : QZ_CAP_MINUTES_SIGNER,
                         qz_check_sign_minutes(&d, M, &r, actor));
                qz_answer_free(a);
            }
    static const char *const posts[] = {"county-head", "executive-deputy", "deputy-1", "deputy-3",
                                        "justice-principal"};
    for (size_t p = 0; p < 5; p++)
        for (qz_date day = qzt_d("2026-01-01"); day <= qzt_d("2026-12-31"); day += 17) {
            qz_acting_request r = QZ_ACTING_REQUEST_INIT;
            r.post = posts[p];
            r.date = day;
            qz_answer *a = NULL;
            int qrc = qz_query_acting(&a, M, &r);
            DIFF_ALL(&dd, qrc, a, QZ_CAP_ACTING, qz_check_act_for(&d, M, &r, actor));
            qz_answer_free(a);
            qz_leave_request lr = QZ_LEAVE_REQUEST_INIT;
            lr.post = posts[p];
            lr.depart = day;
            lr.notified = day - (qz_date)(p % 4);
            lr.days = (int)(p * 3);
            qrc = qz_query_leave(&a, M, &lr);
            DIFF_ALL(&dd, qrc, a, QZ_CAP_APPROVER, qz_check_approve_leave(&d, M, &lr, actor));
            DIFF_ALL(&dd, qrc, a, QZ_CAP_REPORT_TO, qz_check_receive_leave(&d, M, &lr, actor));
            qz_answer_free(a);
        }
    print_message("differential: %ld checks, %ld allowed\n", dd.checks, dd.allowed);
    assert_true(dd.checks > 10000);
    assert_true(dd.allowed > 100);
}

/* ---- decisions that outlive their request and the caller's model ---- */

/* A decision keeps what it needs of the request: the caller's strings may be
 * overwritten and its model reference dropped before the answer, the reason
 * or the candidates are asked. Requests of version 1 and 2 alike. */
static void test_outlives_request(void **state)
{
    (void)state;
    qz_model *m = qzt_model(NULL, NULL);
    char type[32], post[32], matter_kind[16], invitee[32];
    const char *invitees[1] = {invitee};
    snprintf(type, sizeof(type), "executive");
    snprintf(post, sizeof(post), "county-head");
    snprintf(matter_kind, sizeof(matter_kind), "urgent");
    snprintf(invitee, sizeof(invitee), "county-head");
    qz_meeting_request mr = QZ_MEETING_REQUEST_INIT;
    mr.type = type;
    mr.date = qzt_d("2026-06-10");
    mr.invitees = invitees;
    mr.ninvitees = 1;
    qz_acting_request ar, ar1;
    QZT_OK(qz_acting_request_init(&ar, QZ_ACTING_REQUEST_VERSION));
    ar.post = post;
    ar.date = qzt_d("2026-06-10");
    ar.matter_kind = matter_kind;
    /* a version-1 caller's struct ends before matter_kind */
    QZT_OK(qz_acting_request_init(&ar1, 1));
    ar1.post = post;
    ar1.date = ar.date;
    /* a long list: more than the decision's own room (copied in a second pass) */
    char many_buf[24][32];
    const char *many[24];
    for (int i = 0; i < 24; i++) {
        snprintf(many_buf[i], sizeof(many_buf[i]), "%s", i % 2 ? "county-head" : "deputy-1");
        many[i] = many_buf[i];
    }
    qz_meeting_request mr_long = mr;
    mr_long.invitees = many;
    mr_long.ninvitees = 24;
    qz_answer *want_m = NULL, *want_a = NULL, *want_a1 = NULL, *want_long = NULL;
    QZT_OK(qz_query_meeting(&want_long, m, &mr_long));
    QZT_OK(qz_query_meeting(&want_m, m, &mr));
    QZT_OK(qz_query_acting(&want_a, m, &ar));
    QZT_OK(qz_query_acting(&want_a1, m, &ar1));
    qz_decision *d[5] = {NULL, NULL, NULL, NULL, NULL};
    QZT_OK(qz_check_convene(&d[4], m, &mr_long, "county-head"));
    QZT_OK(qz_check_convene(&d[0], m, &mr, "county-head"));
    QZT_OK(qz_check_convene(&d[1], m, &mr, "deputy-1"));
    QZT_OK(qz_check_act_for(&d[2], m, &ar, "deputy-1"));
    QZT_OK(qz_check_act_for(&d[3], m, &ar1, "county-head"));
    memset(type, 'x', sizeof(type) - 1);
    memset(post, 'x', sizeof(post) - 1);
    memset(matter_kind, 'x', sizeof(matter_kind) - 1);
    memset(invitee, 'x', sizeof(invitee) - 1);
    for (int i = 0; i < 24; i++)
        memset(many_buf[i], 'x', sizeof(many_buf[i]) - 1);
    qz_model_free(m);
    const qz_answer *want[5] = {want_m, want_m, want_a, want_a1, want_long};
    for (int i = 0; i < 5; i++) {
        const qz_answer *a = qz_decision_answer(d[i]);
        assert_non_null(a);
        assert_int_equal(qz_answer_person_count(a), qz_answer_person_count(want[i]));
        assert_int_equal(qz_answer_found(a), qz_answer_found(want[i]));
        assert_int_equal(qz_answer_citation_count(a), qz_answer_citation_count(want[i]));
        assert_string_equal(qz_answer_explanation(a), qz_answer_explanation(want[i]));
        assert_int_equal(qz_decision_allowed(d[i]) ? 1 : 0, qz_decision_reason(d[i]) ? 0 : 1);
        qz_decision_free(d[i]);
    }
    qz_answer_free(want_m);
    qz_answer_free(want_a);
    qz_answer_free(want_a1);
    qz_answer_free(want_long);
}

/* ---- one decision read by several threads ---- */

/* Its answer and reason are written on first request: threads racing for
 * them must all read the same ones (run under ThreadSanitizer too). */
typedef struct shared {
    const qz_decision *d;
    const qz_answer *answer;
    const char *reason;
    size_t candidates;
} shared;

static void *read_decision(void *arg)
{
    shared *s = arg;
    s->reason = qz_decision_reason(s->d);
    s->answer = qz_decision_answer(s->d);
    s->candidates = qz_decision_candidate_count(s->d);
    return NULL;
}

/* An acting request on a day when nobody acts for its post: checking it
 * denies with the full answer's reason. */
static qz_acting_request nobody_request(qz_model *m)
{
    static const char *const posts[] = {"county-head", "executive-deputy", "deputy-1", "deputy-3",
                                        "justice-principal"};
    for (size_t p = 0; p < 5; p++)
        for (qz_date day = qzt_d("2026-01-01"); day <= qzt_d("2026-12-31"); day++) {
            qz_acting_request r = QZ_ACTING_REQUEST_INIT;
            r.post = posts[p];
            r.date = day;
            qz_answer *a = NULL;
            QZT_OK(qz_query_acting(&a, m, &r));
            int found = qz_answer_found(a);
            qz_answer_free(a);
            if (!found)
                return r;
        }
    fail_msg("no day on which nobody acts");
    qz_acting_request none = QZ_ACTING_REQUEST_INIT;
    return none;
}

static qz_decision *nobody_acts(qz_model *m)
{
    qz_acting_request r = nobody_request(m);
    qz_decision *d = NULL;
    QZT_OK(qz_check_act_for(&d, m, &r, "deputy-1"));
    return d;
}

static void test_threads(void **state)
{
    (void)state;
    const char *pf[] = {"justice"};
    qz_sign_request s = sign_req("request", "city-government", pf, 1, "2026-06-10");
    enum { NT = 4 };
    for (int round = 0; round < 3; round++) {
        qz_decision *d = NULL;
        if (round == 2)
            assert_non_null(d = nobody_acts(M));
        else
            QZT_OK(qz_check_sign(&d, M, &s, round ? "deputy-1" : "executive-deputy"));
        pthread_t t[NT];
        shared sh[NT];
        for (int i = 0; i < NT; i++) {
            sh[i] = (shared){d, NULL, NULL, 0};
            assert_int_equal(pthread_create(&t[i], NULL, read_decision, &sh[i]), 0);
        }
        for (int i = 0; i < NT; i++)
            assert_int_equal(pthread_join(t[i], NULL), 0);
        for (int i = 0; i < NT; i++) {
            assert_non_null(sh[i].answer);
            assert_ptr_equal(sh[i].answer, qz_decision_answer(d));
            assert_ptr_equal(sh[i].reason, qz_decision_reason(d));
            assert_int_equal(sh[i].candidates, qz_decision_candidate_count(d));
        }
        assert_int_equal(qz_decision_allowed(d), round == 0);
        if (round == 2) /* nobody found: the reason is the answer's own */
            assert_ptr_equal(qz_decision_reason(d), qz_answer_reason(qz_decision_answer(d)));
        else if (round == 1)
            assert_non_null(strstr(qz_decision_reason(d), "董玉梅"));
        qz_decision_free(d);
    }
}

/* ---- out of memory ---- */

static qz_acting_request nobody; /* test_oom(): nobody acts (a denial with the answer's reason) */

static int oom_check(void *ctx)
{
    int which = *(int *)ctx;
    const char *pf[] = {"justice"};
    qz_sign_request s = sign_req("request", "city-government", pf, 1, "2026-06-10");
    qz_decision *d = NULL;
    int rc = which == 0   ? qz_check_sign(&d, M, &s, "deputy-1")
             : which == 1 ? qz_check_sign(&d, M, &s, "executive-deputy")
                          : qz_check_act_for(&d, M, &nobody, "deputy-1");
    if (rc == QZ_OK) {
        /* an allowance asks its answer when first wanted: out of memory then
         * gives NULL with the error recorded, and the decision stays usable */
        const qz_answer *a = qz_decision_answer(d);
        assert_int_equal(qz_decision_allowed(d), which == 1);
        if (!a) {
            assert_int_equal(qz_error_code(qz_error_last()), QZ_ENOMEM);
            rc = QZ_ENOMEM;
        }
        /* so is a denial's reason, written when first asked */
        const char *why = qz_decision_reason(d);
        if (!qz_decision_allowed(d) && !why) {
            assert_int_equal(qz_error_code(qz_error_last()), QZ_ENOMEM);
            rc = QZ_ENOMEM;
        } else if (!qz_decision_allowed(d) && which == 0) {
            assert_non_null(strstr(why, "董玉梅"));
        }
    } else {
        assert_null(d);
    }
    qz_decision_free(d);
    return rc;
}

static void test_oom(void **state)
{
    (void)state;
    nobody = nobody_request(M);
    for (int which = 0; which < 3; which++)
        assert_true(qzt_oom_loop(oom_check, NULL, &which) > 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sign),
        cmocka_unit_test(test_countersign),
        cmocka_unit_test(test_meeting_actions),
        cmocka_unit_test(test_act_for),
        cmocka_unit_test(test_leave),
        cmocka_unit_test(test_substitute),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_differential),
        cmocka_unit_test(test_outlives_request),
        cmocka_unit_test(test_threads),
        cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
