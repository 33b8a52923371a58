/* Bounds of the query layer: extreme dates through every query (run under
 * -fsanitize=undefined: no signed overflow), the documented caps on request
 * lists (QZ_MAX_REQUEST_LIST, refused with QZ_ELIMIT), long lists with many
 * repeats, and unknown scopes. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include "query_support.h"

static const qz_date extremes[] = {INT32_MIN, INT32_MIN + 1, -1, 0, 740000, INT32_MAX - 1, INT32_MAX};
#define NEXT (sizeof(extremes) / sizeof(extremes[0]))

/* A query either answers or fails with a code it recorded. */
static void check_result(int rc, qz_answer *a)
{
    if (rc == QZ_OK) {
        assert_non_null(a);
        qz_answer_free(a);
    } else {
        assert_true(rc < 0);
        assert_int_equal(qz_error_code(qz_error_last()), rc);
    }
}

/* (the answer pointer is read after the call: not an argument beside it) */
#define CHECK(call, a)        \
    do {                      \
        a = NULL;             \
        int rc_ = (call);     \
        check_result(rc_, a); \
    } while (0)

static qz_date today_ish(void)
{
    return qzt_d("2026-10-12");
}

static void test_leave_with_extreme_dates(void **state)
{
    qz_model *m = *state;
    static const int days[] = {0, 1, 36600, 36601, -1, INT_MAX, INT_MIN};
    for (size_t i = 0; i < NEXT; i++)
        for (size_t k = 0; k < NEXT; k++)
            for (size_t d = 0; d < sizeof(days) / sizeof(days[0]); d++) {
                qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
                r.post = "county-head";
                r.depart = extremes[i];
                r.notified = extremes[k];
                r.days = days[d];
                qz_answer *a = NULL;
                CHECK(qz_query_leave(&a, m, &r), a);
            }
    /* a leave that would end past the last representable day */
    qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
    r.post = "county-head";
    r.depart = today_ish();
    r.notified = INT32_MIN;
    r.days = 3;
    qz_answer *a = NULL;
    CHECK(qz_query_leave(&a, m, &r), a);
    r.notified = INT32_MAX;
    CHECK(qz_query_leave(&a, m, &r), a);
}

static void test_other_queries_with_extreme_dates(void **state)
{
    qz_model *m = *state;
    static const int limits[] = {0, 1, -1, INT_MAX, INT_MIN};
    for (size_t i = 0; i < NEXT; i++) {
        qz_answer *a = NULL;
        qz_acting_request ac = QZ_ACTING_REQUEST_INIT;
        ac.post = "county-head";
        ac.date = extremes[i];
        CHECK(qz_query_acting(&a, m, &ac), a);

        qz_meeting_request me = QZ_MEETING_REQUEST_INIT;
        me.type = "executive";
        me.date = extremes[i];
        CHECK(qz_query_meeting(&a, m, &me), a);

        for (size_t k = 0; k < NEXT; k++)
            for (size_t l = 0; l < sizeof(limits) / sizeof(limits[0]); l++) {
                qz_deadline_request de = QZ_DEADLINE_REQUEST_INIT;
                de.name = "minutes-issue";
                de.from = extremes[i];
                de.limit = limits[l];
                de.asof = extremes[k];
                de.has_asof = 1;
                CHECK(qz_query_deadline(&a, m, &de), a);
            }

        for (size_t k = 0; k < NEXT; k++) {
            qz_substitute_request su = QZ_SUBSTITUTE_REQUEST_INIT;
            su.type = "executive";
            su.principal = "county-head";
            su.substitute = "executive-deputy";
            su.date = extremes[i];
            su.written_request = 1;
            su.request_date = extremes[k];
            CHECK(qz_query_substitute(&a, m, &su), a);
        }

        qz_periodic_request pe = QZ_PERIODIC_REQUEST_INIT;
        pe.id = "executive-meeting";
        pe.period = extremes[i];
        pe.dates = extremes;
        pe.ndates = NEXT;
        CHECK(qz_query_periodic(&a, m, &pe), a);

        qz_normative_request no = QZ_NORMATIVE_REQUEST_INIT;
        no.date = extremes[i];
        no.validity_years = i % 2 ? INT_MAX : INT_MIN;
        CHECK(qz_query_normative(&a, m, &no), a);

        qz_sign_request si = QZ_SIGN_REQUEST_INIT;
        si.kind = "request";
        si.date = extremes[i];
        CHECK(qz_query_sign(&a, m, &si), a);

        qz_quorum_request qu = QZ_QUORUM_REQUEST_INIT;
        qu.type = "executive";
        qu.date = extremes[i];
        CHECK(qz_query_quorum(&a, m, &qu), a);
    }
}

/* ---- caps on request lists ---- */

static const char **repeated(const char *id, size_t n)
{
    const char **v = malloc(n * sizeof(*v));
    assert_non_null(v);
    for (size_t i = 0; i < n; i++)
        v[i] = id;
    return v;
}

static void expect_limit(int rc, qz_answer *a)
{
    assert_int_equal(rc, QZ_ELIMIT);
    assert_null(a); /* never set */
    assert_int_equal(qz_error_code(qz_error_last()), QZ_ELIMIT);
}

#define EXPECT_LIMIT(call, a) \
    do {                      \
        a = NULL;             \
        int rc_ = (call);     \
        expect_limit(rc_, a); \
    } while (0)

static void test_request_lists_are_capped(void **state)
{
    qz_model *m = *state;
    const char **ids = repeated("executive-deputy", QZ_MAX_REQUEST_LIST + 1);
    qz_date *dates = calloc(QZ_MAX_REQUEST_LIST + 1, sizeof(*dates));
    assert_non_null(dates);
    qz_answer *a = NULL;

    qz_sign_request si = QZ_SIGN_REQUEST_INIT;
    si.kind = "request";
    si.date = today_ish();
    si.portfolios = ids;
    si.nportfolios = QZ_MAX_REQUEST_LIST + 1;
    EXPECT_LIMIT(qz_query_sign(&a, m, &si), a);
    /* at the cap it answers, and the repeats name the deputy once */
    si.nportfolios = QZ_MAX_REQUEST_LIST;
    QZT_OK(qz_query_sign(&a, m, &si));
    size_t deputy = 0;
    for (size_t i = 0; i < qz_answer_person_count(a); i++)
        deputy += qz_answer_person_capacity(a, i) == QZ_CAP_COUNTERSIGNER &&
                  strcmp(qz_answer_person_post(a, i), "executive-deputy") == 0;
    assert_true(deputy <= 1);
    qz_answer_free(a);
    si.nportfolios = 0;
    si.flags = ids;
    si.nflags = QZ_MAX_REQUEST_LIST + 1;
    EXPECT_LIMIT(qz_query_sign(&a, m, &si), a);

    const char **heads = repeated("county-head", QZ_MAX_REQUEST_LIST + 1);
    qz_quorum_request qu = QZ_QUORUM_REQUEST_INIT;
    qu.type = "party-group";
    qu.date = today_ish();
    qu.present = heads;
    qu.npresent = QZ_MAX_REQUEST_LIST + 1;
    EXPECT_LIMIT(qz_query_quorum(&a, m, &qu), a);
    qu.npresent = QZ_MAX_REQUEST_LIST;
    QZT_OK(qz_query_quorum(&a, m, &qu));
    assert_int_equal(qzt_count(a, QZ_CAP_PRESENT), 1); /* the repeats count once */
    qz_answer_free(a);
    free(heads);

    qz_normative_request no = QZ_NORMATIVE_REQUEST_INIT;
    no.date = today_ish();
    no.flags = ids;
    no.nflags = QZ_MAX_REQUEST_LIST + 1;
    EXPECT_LIMIT(qz_query_normative(&a, m, &no), a);

    qz_periodic_request pe = QZ_PERIODIC_REQUEST_INIT;
    pe.id = "executive-meeting";
    pe.period = today_ish();
    pe.dates = dates;
    pe.ndates = QZ_MAX_REQUEST_LIST + 1;
    EXPECT_LIMIT(qz_query_periodic(&a, m, &pe), a);
    pe.ndates = QZ_MAX_REQUEST_LIST;
    QZT_OK(qz_query_periodic(&a, m, &pe));
    qz_answer_free(a);

    /* SIZE_MAX must not wrap anything either */
    si.nflags = 0;
    si.nportfolios = SIZE_MAX;
    EXPECT_LIMIT(qz_query_sign(&a, m, &si), a);
    free(ids);
    free(dates);
}

/* Portfolios named twice, directly and through their unit, count once. */
static void test_repeated_portfolios_count_once(void **state)
{
    qz_model *m = *state;
    const char *ids[] = {"executive-deputy", "executive-deputy", "executive-deputy"};
    qz_sign_request si = QZ_SIGN_REQUEST_INIT;
    si.kind = "request";
    si.date = today_ish();
    si.portfolios = ids;
    si.nportfolios = 3;
    qz_answer *a = NULL, *b = NULL;
    QZT_OK(qz_query_sign(&a, m, &si));
    si.nportfolios = 1;
    QZT_OK(qz_query_sign(&b, m, &si));
    assert_int_equal(qz_answer_person_count(a), qz_answer_person_count(b));
    for (size_t i = 0; i < qz_answer_person_count(a); i++) {
        assert_string_equal(qz_answer_person_post(a, i), qz_answer_person_post(b, i));
        assert_int_equal(qz_answer_person_capacity(a, i), qz_answer_person_capacity(b, i));
    }
    qz_answer_free(a);
    qz_answer_free(b);
}

/* An acting question scoped to a matter the rule set does not know is an
 * error, not the general answer. */
static void test_acting_unknown_matter(void **state)
{
    qz_model *m = *state;
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    r.post = "county-head";
    r.date = today_ish();
    r.matter = "nosuch";
    qz_answer *a = NULL;
    assert_int_equal(qz_query_acting(&a, m, &r), QZ_ENOTFOUND);
    assert_null(a);
    assert_int_equal(qz_error_code(qz_error_last()), QZ_ENOTFOUND);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "nosuch"));
    r.matter = "executive"; /* a meeting type is a matter */
    QZT_OK(qz_query_acting(&a, m, &r));
    qz_answer_free(a);
}

/* The library's messages name no internal function. */
static void test_leave_days_message(void **state)
{
    qz_model *m = *state;
    qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
    r.post = "county-head";
    r.depart = today_ish();
    r.notified = today_ish();
    r.days = 99999;
    qz_answer *a = NULL;
    assert_int_equal(qz_query_leave(&a, m, &r), QZ_EINVAL);
    assert_null(strstr(qz_error_message(qz_error_last()), "qz_"));
}

static int setup(void **state)
{
    qz_model *m = NULL;
    if (qz_model_default(&m) != QZ_OK)
        return -1;
    *state = m;
    return 0;
}

static int teardown(void **state)
{
    qz_model_free(*state);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_leave_with_extreme_dates),
        cmocka_unit_test(test_other_queries_with_extreme_dates),
        cmocka_unit_test(test_request_lists_are_capped),
        cmocka_unit_test(test_repeated_portfolios_count_once),
        cmocka_unit_test(test_acting_unknown_matter),
        cmocka_unit_test(test_leave_days_message),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
