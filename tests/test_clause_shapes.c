/* Clause shapes other governments' work rules have and Yunxi's do not, in a
 * third county's rule set (tests/data/rules/third-county.xml): a signing row
 * that applies while the county head is away, computed from the
 * organisation without a flag; deadlines whose last day rolls over to the
 * next working day (Civil Code Art. 203) or, without roll, does not. Each
 * answer is checked with its people and its citation; the loader refuses a
 * roll where it means nothing, at its place. */
#include <stdio.h>
#include <stdlib.h>
#include "query_support.h"

static qz_model *T;

static int setup(void **state)
{
    (void)state;
    T = qzt_model("rules/third-county.xml", "rules/third-county-org.xml");
    return T ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    qz_model_free(T);
    return 0;
}

static qz_answer *sign(const char *day)
{
    qz_sign_request r = QZ_SIGN_REQUEST_INIT;
    r.kind = "request";
    r.date = qzt_d(day);
    qz_answer *a = NULL;
    QZT_OK(qz_query_sign(&a, T, &r));
    return a;
}

/* 县长不在县内时由常务副县长签发: the row applies on the days the county head is
 * away (2025-03-10..14), from the organisation alone; otherwise the head signs. */
static void test_sign_while_head_away(void **state)
{
    (void)state;
    qz_answer *a = sign("2025-03-11");
    QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
    QZT_CITES(a, 20, 2);
    assert_false(qzt_cites(a, 20, 1));
    qz_answer_free(a);

    a = sign("2025-03-20");
    QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
    QZT_CITES(a, 20, 1);
    assert_false(qzt_cites(a, 20, 2));
    qz_answer_free(a);

    /* the last day of the absence still counts, the day after does not */
    a = sign("2025-03-14");
    QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    qz_answer_free(a);
    a = sign("2025-03-15");
    QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    qz_answer_free(a);
}

/* 顺次递补 in the published order: the county head away, then the executive
 * deputy, then the deputies by rank (deputy-b, rank 3, before deputy-a, rank
 * 4, before deputy-c without a rank), never by id. */
static void test_ordered_substitution_by_rank(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(T, "county-head", "2025-03-11");
    QZT_PERSON(a, QZ_CAP_ACTING, "executive-deputy", QZ_VIA_ACTING);
    QZT_CITES(a, 6, 0);
    qz_answer_free(a);

    a = qzt_acting(T, "county-head", "2025-03-12"); /* the executive deputy away too */
    QZT_PERSON(a, QZ_CAP_ACTING, "deputy-b", QZ_VIA_ACTING);
    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 1);
    assert_true(qzt_person(a, QZ_CAP_ACTING, "deputy-a") < 0);
    QZT_CITES(a, 6, 0);
    qz_answer_free(a);

    a = qzt_acting(T, "county-head", "2025-03-13"); /* and deputy-b */
    QZT_PERSON(a, QZ_CAP_ACTING, "deputy-a", QZ_VIA_ACTING);
    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 1);
    assert_true(qzt_person(a, QZ_CAP_ACTING, "deputy-c") < 0);
    qz_answer_free(a);
}

/* A substitute entrusted by someone other than the absent leader: the county
 * head has entrusted deputy-c with the executive deputy's work. */
static void test_entrusted_by_another_leader(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(T, "executive-deputy", "2025-03-12");
    QZT_PERSON(a, QZ_CAP_ACTING, "deputy-c", QZ_VIA_ENTRUSTED);
    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 1);
    int i = qzt_person(a, QZ_CAP_ACTING, "deputy-c");
    assert_string_equal(qz_answer_person_for_post(a, (size_t)i), "county-head");
    QZT_CITES(a, 7, 0);
    qz_answer_free(a);
    /* after the entrustment ended nobody is entrusted: nobody acts */
    a = qzt_acting(T, "executive-deputy", "2026-03-12");
    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 0);
    assert_true(qzt_person(a, QZ_CAP_ABSENT, "executive-deputy") >= 0);
    qz_answer_free(a);
}

static qz_answer *deadline(const char *name, const char *from)
{
    qz_deadline_request r = QZ_DEADLINE_REQUEST_INIT;
    r.name = name;
    r.from = qzt_d(from);
    qz_answer *a = NULL;
    QZT_OK(qz_query_deadline(&a, T, &r));
    return a;
}

/* 10 days from 2025-09-21 end on 1 October, National Day: with roll the
 * period ends on the first working day after the holiday, 9 October. */
static void test_roll_over_days(void **state)
{
    (void)state;
    qz_answer *a = deadline("objection-period", "2025-09-21");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2025-10-09"));
    QZT_CITES(a, 30, 0);
    assert_non_null(strstr(qz_answer_explanation(a), "民法典第二百零三条"));
    qz_answer_free(a);

    /* the same count without roll ends on the holiday */
    a = deadline("posting-period", "2025-09-21");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2025-10-01"));
    QZT_CITES(a, 31, 0);
    assert_null(strstr(qz_answer_explanation(a), "民法典"));
    qz_answer_free(a);

    /* a last day that is a working day stays */
    a = deadline("objection-period", "2025-09-01");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2025-09-11"));
    assert_null(strstr(qz_answer_explanation(a), "民法典"));
    qz_answer_free(a);
    /* a Saturday rolls to Monday */
    a = deadline("objection-period", "2025-09-03");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2025-09-15"));
    qz_answer_free(a);
}

/* One month from 1 September 2025 is 1 October: rolled to 9 October. */
static void test_roll_over_months(void **state)
{
    (void)state;
    qz_answer *a = deadline("rectification", "2025-09-01");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2025-10-09"));
    QZT_CITES(a, 32, 0);
    qz_answer_free(a);
}

/* ---- differential: the new shapes against a literal reading ---- */

/* 1 when `person` is away on `day` in the organisation (read directly). */
static int away(const char *person, qz_date day)
{
    int is = 0;
    QZT_OK(qz_org_person_away(&is, NULL, qz_model_org(T), person, day));
    return is;
}

/* Every day of March 2025 and both kinds: the row the clauses give, and who
 * acts for the county head (executive deputy, then deputies by published
 * rank: deputy-b, deputy-a, deputy-c), read off the absences directly. */
static void test_differential(void **state)
{
    (void)state;
    static const char *const order[][2] = {
        {"executive-deputy", "e1"}, {"deputy-b", "d2"}, {"deputy-a", "d1"}, {"deputy-c", "d3"}};
    long checked = 0;
    for (int day = 1; day <= 31; day++) {
        char ds[16];
        snprintf(ds, sizeof(ds), "2025-03-%02d", day);
        qz_date d = qzt_d(ds);
        int head_away = away("h1", d);
        qz_answer *a = sign(ds);
        assert_string_equal(qz_answer_subject(a), head_away ? "sign-request-head-away" : "sign-request");
        if (!head_away)
            QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
        else if (!away("e1", d))
            QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
        else /* the executive deputy away too: the deputy the county head entrusted (Art. 7) */
            QZT_PERSON(a, QZ_CAP_SIGNER, "deputy-c", QZ_VIA_ENTRUSTED);
        assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
        qz_answer_free(a);

        a = qzt_acting(T, "county-head", ds);
        if (!head_away) {
            QZT_PERSON(a, QZ_CAP_ACTING, "county-head", QZ_VIA_HOLDER);
        } else {
            const char *want = NULL;
            for (size_t k = 0; k < 4 && !want; k++)
                if (!away(order[k][1], d))
                    want = order[k][0];
            assert_non_null(want);
            QZT_PERSON(a, QZ_CAP_ACTING, want, QZ_VIA_ACTING);
            assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 1);
        }
        qz_answer_free(a);
        checked++;
    }
    assert_int_equal(checked, 31);
}

/* ---- removing a rule never grants more ---- */

/* Each <who> line of the third county's rules removed in turn: nobody signs
 * or acts who did not with the whole rule set (holder-away rows, ranked and
 * entrusted substitutes included). */
static void test_removing_never_grants(void **state)
{
    (void)state;
    size_t len;
    char *text = qzt_read_file(qzt_data("rules/third-county.xml"), &len);
    qz_calendar *cal = NULL;
    QZT_OK(qz_calendar_default(&cal));
    static const char *const days[] = {"2025-03-11", "2025-03-12", "2025-03-13", "2025-03-20"};
    static const char *const posts[] = {"county-head", "executive-deputy"};
    long variants = 0;
    for (int nth = 0;; nth++) {
        qz_model *small = NULL;
        int made = qzt_model_without_who(&small, text, nth, qz_model_org(T), cal);
        if (made < 0)
            break;
        if (made == 0)
            continue;
        for (size_t d = 0; d < 4; d++) {
            qz_sign_request s = QZ_SIGN_REQUEST_INIT;
            s.kind = "request";
            s.date = qzt_d(days[d]);
            qz_answer *a = NULL, *b = NULL;
            QZT_OK(qz_query_sign(&a, small, &s));
            QZT_OK(qz_query_sign(&b, T, &s));
            assert_true(qzt_subset(a, b, QZ_CAP_SIGNER));
            qz_answer_free(a);
            qz_answer_free(b);
            for (size_t k = 0; k < 2; k++) {
                a = qzt_acting(small, posts[k], days[d]);
                b = qzt_acting(T, posts[k], days[d]);
                if (!qzt_subset(a, b, QZ_CAP_ACTING))
                    fail_msg("without who #%d, %s on %s:\n%s", nth, posts[k], days[d],
                             qz_answer_explanation(a));
                qz_answer_free(a);
                qz_answer_free(b);
            }
        }
        variants++;
        qz_model_free(small);
    }
    assert_true(variants >= 3);
    qz_calendar_free(cal);
    free(text);
}

static int load_text(const char *xml)
{
    qz_rules *r = NULL;
    int rc = qz_rules_load_memory(&r, xml, strlen(xml), "roll.xml");
    qz_rules_free(r);
    return rc;
}

#define HEAD                                                                                         \
    "<?xml version=\"1.0\"?>\n<rules version=\"1\" id=\"x\" title=\"x\" effective=\"2025-01-01\">\n" \
    "<roles><role id=\"a\" label=\"a\"><cite article=\"1\">a</cite></role></roles>\n"

/* roll means nothing for working days or a count backwards; an unknown
 * role in holder-away is refused; each at its place. */
static void test_refusals(void **state)
{
    (void)state;
    assert_int_equal(load_text(HEAD
                               "<deadlines>\n  <deadline id=\"d\" label=\"d\" count=\"2\" unit=\"workdays\" "
                               "anchor=\"x\" roll=\"next-workday\"><cite article=\"1\">d</cite></deadline>\n"
                               "</deadlines></rules>"),
                     QZ_ESCHEMA);
    assert_int_equal(qz_error_line(qz_error_last()), 5);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "roll"));
    assert_int_equal(load_text(HEAD "<deadlines>\n  <deadline id=\"d\" label=\"d\" count=\"2\" unit=\"days\" "
                                    "anchor=\"x\" direction=\"before\" roll=\"next-workday\"><cite "
                                    "article=\"1\">d</cite></deadline>\n</deadlines></rules>"),
                     QZ_ESCHEMA);
    assert_int_equal(qz_error_line(qz_error_last()), 5);
    assert_int_equal(load_text(HEAD "<document-kinds><kind id=\"k\" label=\"k\"/></document-kinds>\n"
                                    "<signing><row id=\"r\" label=\"r\"><cite article=\"1\">r</cite>\n"
                                    "  <when holder-away=\"nobody\"/></row></signing></rules>"),
                     QZ_ESCHEMA);
    assert_int_equal(qz_error_line(qz_error_last()), 6);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "nobody"));
    /* an unknown roll value is the schema's */
    assert_int_equal(load_text(HEAD "<deadlines><deadline id=\"d\" label=\"d\" count=\"2\" unit=\"days\" "
                                    "anchor=\"x\" roll=\"later\"><cite article=\"1\">d</cite></deadline>"
                                    "</deadlines></rules>"),
                     QZ_ESCHEMA);
}

/* The rule set round-trips (saving keeps roll and holder-away). */
static void test_round_trip(void **state)
{
    (void)state;
    qz_rules *r = NULL, *r2 = NULL;
    char *t1 = NULL, *t2 = NULL;
    size_t n1 = 0, n2 = 0;
    QZT_OK(qz_rules_load_file(&r, qzt_data("rules/third-county.xml")));
    QZT_OK(qz_rules_save(&t1, &n1, r));
    assert_non_null(strstr(t1, "roll=\"next-workday\""));
    assert_non_null(strstr(t1, "holder-away=\"county-head\""));
    QZT_OK(qz_rules_load_memory(&r2, t1, n1, "saved.xml"));
    QZT_OK(qz_rules_save(&t2, &n2, r2));
    assert_int_equal(n1, n2);
    assert_memory_equal(t1, t2, n1);
    qz_free(t1);
    qz_free(t2);
    qz_rules_free(r);
    qz_rules_free(r2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sign_while_head_away),
        cmocka_unit_test(test_roll_over_days),
        cmocka_unit_test(test_roll_over_months),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_ordered_substitution_by_rank),
        cmocka_unit_test(test_entrusted_by_another_leader),
        cmocka_unit_test(test_differential),
        cmocka_unit_test(test_removing_never_grants),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
