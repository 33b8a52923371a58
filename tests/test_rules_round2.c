/* Corrections to the Yunxi encoding (issue 10): the quorum's "at least" /
 * "more than" convention and the powers an acting person takes over, each
 * asserting the people and the citation. */
#include <stdlib.h>
#include "query_support.h"

static qz_model *M;  /* Yunxi rules + the scenario organisation */
static qz_model *M6; /* the same with a party group of six members */

static int setup(void **state)
{
    (void)state;
    M = qzt_model(NULL, "rules/scenario-org.xml");
    M6 = qzt_model(NULL, "rules/round2-org.xml");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    qz_model_free(M);
    qz_model_free(M6);
    return 0;
}

static qz_answer *quorum(qz_model *m, const char *const *present, size_t n)
{
    qz_quorum_request q = QZ_QUORUM_REQUEST_INIT;
    q.type = "party-group";
    q.present = present;
    q.npresent = n;
    q.date = qzt_d("2026-06-10");
    qz_answer *a = NULL;
    QZT_OK(qz_query_quorum(&a, m, &q));
    return a;
}

/* Item 1: 半数以上 includes exactly half: 3 of 6 party-group members are a quorum. */
static void test_quorum_at_least_half(void **state)
{
    (void)state;
    const char *present[] = {"county-head", "executive-deputy", "deputy-1"};
    qz_answer *a = quorum(M6, present, 3);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MEMBERS), 6);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_REQUIRED), 3);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PRESENT), 3);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MET), 1);
    QZT_PERSON(a, QZ_CAP_PRESENT, "executive-deputy", QZ_VIA_HOLDER);
    QZT_CITES(a, 41, 0);
    assert_false(qzt_has_finding(a, "not-a-member"));
    qz_answer_free(a);
    a = quorum(M6, present, 2);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MET), 0);
    qz_answer_free(a);
}

/* Item 7: a present post that is not a member of the party group is reported. */
static void test_quorum_reports_non_member(void **state)
{
    (void)state;
    const char *present[] = {"county-head", "executive-deputy", "deputy-1", "office-director"};
    qz_answer *a = quorum(M6, present, 4);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PRESENT), 3);
    assert_true(qzt_has_finding(a, "not-a-member"));
    assert_int_equal(qzt_person(a, QZ_CAP_PRESENT, "office-director"), -1);
    QZT_CITES(a, 41, 0);
    qz_answer_free(a);
}

static int load(qz_rules **r, const char *text)
{
    return qz_rules_load_memory(r, text, strlen(text), "round2.xml");
}

/* The format: `compare` is required unless the older `strict` is given, and the two may not disagree. */
static void test_quorum_compare_format(void **state)
{
    (void)state;
    qz_rules *r = NULL;
    char *t = qzt_yunxi_with("compare=\"at-least\"", "compare=\"at-least\" strict=\"true\"");
    assert_int_equal(load(&r, t), QZ_ESCHEMA);
    assert_null(r);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "contradicts"));
    assert_true(qz_error_line(qz_error_last()) > 0);
    free(t);
    t = qzt_yunxi_with("compare=\"at-least\"", "");
    assert_int_equal(load(&r, t), QZ_ESCHEMA);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "compare"));
    free(t);
    /* a rule set written before `compare` still loads: strict="true" is "more than" */
    t = qzt_yunxi_with("compare=\"at-least\"", "strict=\"true\"");
    QZT_OK(load(&r, t));
    free(t);
    qz_org *o = NULL;
    QZT_OK(qz_org_load_file(&o, qzt_data("rules/round2-org.xml")));
    qz_model *m = qzt_model_of(r, o);
    const char *present[] = {"county-head", "executive-deputy", "deputy-1"};
    qz_answer *a = quorum(m, present, 3);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_REQUIRED), 4);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MET), 0);
    qz_answer_free(a);
    qz_model_free(m);
}

static qz_answer *sign_in(const char *kind, const char *portfolio, const char *day)
{
    qz_sign_request r = QZ_SIGN_REQUEST_INIT;
    const char *pf[] = {portfolio};
    r.kind = kind;
    r.portfolios = portfolio ? pf : NULL;
    r.nportfolios = portfolio ? 1 : 0;
    r.date = qzt_d(day);
    qz_answer *a = NULL;
    QZT_OK(qz_query_sign(&a, M, &r));
    return a;
}

/* Item 2: the AB partner takes over 政务活动职责 (general duties) only. */
static void test_ab_partner_general_duties_only(void **state)
{
    (void)state;
    /* deputy-3 (d3) is away on 2026-04-14; the AB partner deputy-4 acts for the general duties */
    qz_answer *a = qzt_acting(M, "deputy-3", "2026-04-14");
    QZT_PERSON(a, QZ_CAP_ACTING, "deputy-4", QZ_VIA_ACTING);
    QZT_CITES(a, 8, 0);
    qz_answer_free(a);
    /* but does not sign a document in deputy-3's portfolio: the rule gives no signing power */
    a = sign_in("notice", "inst-a", "2026-04-14");
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 0);
    assert_int_equal(qzt_person(a, QZ_CAP_SIGNER, "deputy-4"), -1);
    assert_true(qzt_has_finding(a, "no-acting"));
    assert_non_null(strstr(qz_answer_explanation(a), "不取得签发公文的权限"));
    QZT_CITES(a, 54, 3);
    qz_answer_free(a);
    /* with deputy-3 present, deputy-3 signs */
    a = sign_in("notice", "inst-a", "2026-06-10");
    QZT_PERSON(a, QZ_CAP_SIGNER, "deputy-3", QZ_VIA_HOLDER);
    qz_answer_free(a);
}

/* Item 2: the executive deputy presiding over the government's work (Art 6) takes over every power. */
static void test_county_head_away_all_powers(void **state)
{
    (void)state;
    /* the county head is away from the county on 2026-03-03, with an entrustment of government work */
    qz_answer *a = sign_in("motion", NULL, "2026-03-03");
    assert_true(qzt_person(a, QZ_CAP_SIGNER, "executive-deputy") >= 0);
    QZT_CITES(a, 6, 0);
    QZT_CITES(a, 54, 2);
    qz_answer_free(a);
}

/* The rule set refuses a power that does not exist (the schema lists them). */
static void test_powers_format(void **state)
{
    (void)state;
    qz_rules *r = NULL;
    char *t = qzt_yunxi_with("powers=\"general\"", "powers=\"general veto\"");
    assert_int_equal(load(&r, t), QZ_ESCHEMA);
    assert_null(r);
    assert_true(qz_error_line(qz_error_last()) > 0);
    free(t);
}

/* The matrix: each acting rule's powers, ids and Chinese; NULL for other matters. */
static void test_matter_powers(void **state)
{
    (void)state;
    qz_date d = qzt_d("2026-06-10");
    size_t n = qz_model_matter_count(M, d), seen = 0;
    for (size_t i = 0; i < n; i++) {
        const char *id = qz_model_matter_id(M, d, i);
        if (qz_model_matter_kind(M, d, i) != QZ_MATTER_ACTING) {
            assert_null(qz_model_matter_powers(M, d, i));
            assert_null(qz_model_matter_powers_label(M, d, i));
            continue;
        }
        seen++;
        if (strcmp(id, "deputy-ab") == 0) {
            assert_string_equal(qz_model_matter_powers(M, d, i), "general");
            assert_string_equal(qz_model_matter_powers_label(M, d, i), "一般职责(政务活动)");
        } else if (strcmp(id, "county-head-away") == 0) {
            assert_string_equal(qz_model_matter_powers(M, d, i), "preside sign approve-leave general");
        } else {
            assert_string_equal(qz_model_matter_powers(M, d, i), "preside");
        }
    }
    assert_int_equal(seen, 4);
    assert_null(qz_model_matter_powers(M, d, n));
    assert_null(qz_model_matter_powers(NULL, d, 0));
}

/* The signing facts of a rule set's own vocabulary. */
static void test_sign_facts(void **state)
{
    (void)state;
    qz_rules *r = NULL;
    QZT_OK(qz_rules_load_file(&r, qzt_data("rules/other-county.xml")));
    assert_int_equal(qz_rules_sign_fact_count(r), 1);
    assert_string_equal(qz_rules_sign_fact(r, 0), "personnel");
    assert_null(qz_rules_sign_fact(r, 1));
    qz_rules_free(r);
    QZT_OK(qz_rules_default(&r));
    assert_int_equal(qz_rules_sign_fact_count(r), 0);
    qz_rules_free(r);
    assert_int_equal(qz_rules_sign_fact_count(NULL), 0);
    assert_null(qz_rules_sign_fact(NULL, 0));
}

/* Item 7: "一般" frequencies report an excess as a note, not as non-compliance. */
static void test_principle_excess_is_a_note(void **state)
{
    (void)state;
    qz_date d[] = {qzt_d("2026-06-01"), qzt_d("2026-06-08"), qzt_d("2026-06-15"), qzt_d("2026-06-22")};
    qz_periodic_request r = QZ_PERIODIC_REQUEST_INIT;
    r.id = "executive-meeting";
    r.period = qzt_d("2026-06-10");
    r.dates = d;
    r.ndates = 4;
    qz_answer *a = NULL;
    QZT_OK(qz_query_periodic(&a, M, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_EXCESS), 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    assert_true(qzt_has_finding(a, "excess-note"));
    assert_false(qzt_has_finding(a, "excess"));
    QZT_PERSON(a, QZ_CAP_RESPONSIBLE, "county-head", QZ_VIA_HOLDER);
    QZT_CITES(a, 40, 0);
    qz_answer_free(a);
}

static qz_answer *deadline(qz_model *m, int limit)
{
    qz_deadline_request r = QZ_DEADLINE_REQUEST_INIT;
    r.name = "consultation-reply";
    r.from = qzt_d("2026-06-10");
    r.limit = limit;
    qz_answer *a = NULL;
    QZT_OK(qz_query_deadline(&a, m, &r));
    return a;
}

/* Item 7: no raw id inside Chinese text; an override above its cap is a finding. */
static void test_override_label_and_cap(void **state)
{
    (void)state;
    qz_answer *a = deadline(M, 7);
    assert_null(strstr(qz_answer_explanation(a), "lead-department"));
    assert_non_null(strstr(qz_answer_explanation(a), "按主办部门另定的时限"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LIMIT), 7);
    QZT_CITES(a, 52, 0);
    qz_answer_free(a);
    qz_model *other = qzt_model("rules/other-county.xml", "rules/scenario-org.xml");
    a = deadline(other, 15); /* the cap is 10 days */
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LIMIT), 10);
    assert_true(qzt_has_finding(a, "override-above-cap"));
    assert_null(strstr(qz_answer_explanation(a), "lead-department"));
    qz_answer_free(a);
    a = deadline(other, 8);
    assert_false(qzt_has_finding(a, "override-above-cap"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LIMIT), 8);
    qz_answer_free(a);
    qz_model_free(other);
}

/* Item 7: a unit without a leader in charge is named in Chinese; the reason
 * mentions a missing portfolio only when none was given. */
static void test_sign_reasons(void **state)
{
    (void)state;
    qz_answer *a = sign_in("notice", "office", "2026-06-10");
    assert_false(qz_answer_found(a));
    assert_true(qzt_has_finding(a, "no-leader-in-charge"));
    for (size_t i = 0; i < qz_answer_finding_count(a); i++)
        if (strcmp(qz_answer_finding_id(a, i), "no-leader-in-charge") == 0)
            assert_non_null(strstr(qz_answer_finding_text(a, i), "县政府办公室"));
    assert_null(strstr(qz_answer_explanation(a), "office在当日"));
    assert_null(strstr(qz_answer_reason(a), "未指明分管领导"));
    QZT_CITES(a, 54, 3);
    qz_answer_free(a);
    a = sign_in("notice", NULL, "2026-06-10");
    assert_non_null(strstr(qz_answer_reason(a), "未指明分管领导"));
    qz_answer_free(a);
}

/* Item 3 (Art 78): the principal of a directly affiliated institution gives leave notice like a department
 * principal. */
static void test_institution_leave(void **state)
{
    (void)state;
    qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
    r.post = "inst-a-principal";
    r.depart = qzt_d("2026-06-15");
    r.notified = qzt_d("2026-06-10");
    r.days = 2;
    qz_answer *a = NULL;
    QZT_OK(qz_query_leave(&a, M, &r));
    assert_true(qzt_unit(a, QZ_CAP_REPORT_TO, "government-office") >= 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    QZT_CITES(a, 66, 0);
    QZT_CITES(a, 78, 0);
    qz_answer_free(a);
    r.notified = qzt_d("2026-06-14");
    QZT_OK(qz_query_leave(&a, M, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 1);
    qz_answer_free(a);
    /* Art 78 is cited for the institution only: a township's or a department's principal
     * leaves under Art 66 alone */
    static const char *const others[] = {"township-a-principal", "justice-principal"};
    for (size_t i = 0; i < 2; i++) {
        r.post = others[i];
        QZT_OK(qz_query_leave(&a, M, &r));
        QZT_CITES(a, 66, 0);
        assert_false(qzt_cites(a, 78, 0));
        qz_answer_free(a);
    }
}

/* Item 6: Art 56 names no responsible body: the answer names none rather than inventing one. */
static void test_information_bulletin_names_no_one(void **state)
{
    (void)state;
    qz_date d[] = {qzt_d("2026-04-20")};
    qz_periodic_request r = QZ_PERIODIC_REQUEST_INIT;
    r.id = "information-bulletin";
    r.period = qzt_d("2026-06-10");
    r.dates = d;
    r.ndates = 1;
    qz_answer *a = NULL;
    QZT_OK(qz_query_periodic(&a, M, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    assert_int_equal(qzt_count(a, QZ_CAP_RESPONSIBLE), 0);
    assert_int_equal(qzt_unit(a, QZ_CAP_RESPONSIBLE, "government-office"), -1);
    QZT_CITES(a, 56, 0);
    qz_answer_free(a);
}

/* Item 7: notice="none" (the county head) and "beforehand" (a deputy) answer differently. */
static void test_notice_none_and_beforehand(void **state)
{
    (void)state;
    qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
    r.post = "county-head";
    r.depart = qzt_d("2026-06-15");
    r.notified = qzt_d("2026-06-16");
    qz_answer *a = NULL;
    QZT_OK(qz_query_leave(&a, M, &r));
    assert_false(qz_answer_has(a, QZ_VALUE_NOTICE_DAYS));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    QZT_CITES(a, 66, 0);
    qz_answer_free(a);
    r.post = "deputy-1";
    QZT_OK(qz_query_leave(&a, M, &r));
    assert_true(qz_answer_has(a, QZ_VALUE_NOTICE_DAYS));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_DAYS), 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 1); /* reported after leaving */
    QZT_PERSON(a, QZ_CAP_REPORT_TO, "county-head", QZ_VIA_HOLDER);
    QZT_CITES(a, 66, 0);
    qz_answer_free(a);
}

/* Item 7: special-topic minutes without the leader in charge: a reason; with it: the leader, no reason. */
static void test_special_topic_minutes_reason(void **state)
{
    (void)state;
    qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
    r.type = "special-topic";
    r.date = qzt_d("2026-06-10");
    qz_answer *a = NULL;
    QZT_OK(qz_query_meeting(&a, M, &r));
    assert_int_equal(qzt_count(a, QZ_CAP_MINUTES_SIGNER), 0);
    assert_true(qzt_has_finding(a, "no-portfolio"));
    QZT_CITES(a, 48, 0);
    qz_answer_free(a);
    r.portfolio = "deputy-1";
    QZT_OK(qz_query_meeting(&a, M, &r));
    QZT_PERSON(a, QZ_CAP_MINUTES_SIGNER, "deputy-1", QZ_VIA_HOLDER);
    assert_false(qzt_has_finding(a, "no-portfolio"));
    QZT_CITES(a, 48, 0);
    qz_answer_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quorum_at_least_half),
        cmocka_unit_test(test_quorum_reports_non_member),
        cmocka_unit_test(test_quorum_compare_format),
        cmocka_unit_test(test_ab_partner_general_duties_only),
        cmocka_unit_test(test_county_head_away_all_powers),
        cmocka_unit_test(test_powers_format),
        cmocka_unit_test(test_matter_powers),
        cmocka_unit_test(test_sign_facts),
        cmocka_unit_test(test_principle_excess_is_a_note),
        cmocka_unit_test(test_override_label_and_cap),
        cmocka_unit_test(test_sign_reasons),
        cmocka_unit_test(test_institution_leave),
        cmocka_unit_test(test_information_bulletin_names_no_one),
        cmocka_unit_test(test_notice_none_and_beforehand),
        cmocka_unit_test(test_special_topic_minutes_reason),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
