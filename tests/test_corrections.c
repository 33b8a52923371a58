/* Corrections 4 and 5 and item 3 of issue 10, each asserting the people and
 * the citation for the case the clause covers and the case it does not:
 * Art 19's legality review only for documents the county government makes,
 * Art 20's 事先请示 only for matters of two or more departments, Art 54(1)
 * only for county-government documents (an office document stays with the
 * office director, 54(5)), and Art 78's institutions under the attendance
 * substitution rules of departments. */
#include <string.h>
#include "query_support.h"

static qz_model *M; /* Yunxi rules + the scenario organisation with an institution deputy */

static int setup(void **state)
{
    (void)state;
    M = qzt_model(NULL, "rules/institution-org.xml");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    qz_model_free(M);
    return 0;
}

static qz_answer *normative(const char *const *facts, size_t n)
{
    qz_normative_request r = QZ_NORMATIVE_REQUEST_INIT;
    r.flags = facts;
    r.nflags = n;
    r.validity_years = 3;
    r.approved_by = "executive";
    r.date = qzt_d("2026-06-10");
    qz_answer *a = NULL;
    QZT_OK(qz_query_normative(&a, M, &r));
    return a;
}

/* Correction 4, Art 19: a county-government normative document without legality review is a
 * finding naming the justice bureau; a department's own document is not reviewed under Art 19
 * (it is filed and reviewed on filing, Art 20). */
static void test_legality_review_government_only(void **state)
{
    (void)state;
    const char *gov[] = {"drafted-by-department"};
    qz_answer *a = normative(gov, 1);
    assert_true(qzt_has_finding(a, "legality-review"));
    assert_true(qzt_unit(a, QZ_CAP_REVIEWER, "justice-bureau") >= 0);
    QZT_CITES(a, 19, 0);
    qz_answer_free(a);

    const char *dept[] = {"department-document", "filed"};
    a = normative(dept, 2);
    assert_false(qzt_has_finding(a, "legality-review"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    assert_false(qzt_cites(a, 19, 0));
    /* the filing check still applies: filed with the county government, reviewed by the bureau */
    assert_true(qzt_unit(a, QZ_CAP_FILED_WITH, "county-government") >= 0);
    assert_true(qzt_unit(a, QZ_CAP_REVIEWER, "justice-bureau") >= 0);
    qz_answer_free(a);

    const char *unfiled[] = {"department-document"};
    a = normative(unfiled, 1);
    assert_false(qzt_has_finding(a, "legality-review"));
    assert_true(qzt_has_finding(a, "department-filing"));
    QZT_CITES(a, 20, 0);
    qz_answer_free(a);
}

/* Correction 4, Art 20 (其中): 事先请示 applies to public-interest matters of two or more departments. */
static void test_request_first_multi_department(void **state)
{
    (void)state;
    const char *one[] = {"department-document", "filed", "public-interest"};
    qz_answer *a = normative(one, 3);
    assert_false(qzt_has_finding(a, "public-interest-request"));
    assert_int_equal(qzt_unit(a, QZ_CAP_APPROVER, "county-government"), -1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    qz_answer_free(a);

    const char *several[] = {"department-document", "filed", "public-interest", "multi-department"};
    a = normative(several, 4);
    assert_true(qzt_has_finding(a, "public-interest-request"));
    assert_true(qzt_unit(a, QZ_CAP_APPROVER, "county-government") >= 0);
    QZT_CITES(a, 20, 0);
    qz_answer_free(a);

    const char *asked[] = {"department-document", "filed", "public-interest", "multi-department",
                           "requested-first"};
    a = normative(asked, 5);
    assert_false(qzt_has_finding(a, "public-interest-request"));
    assert_true(qzt_unit(a, QZ_CAP_APPROVER, "county-government") >= 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    qz_answer_free(a);
}

static qz_route *route(const char *kind, const char *issuer, const char *const *facts, size_t n, int major)
{
    static const char *const JUSTICE[] = {"justice"};
    qz_route_request r = QZ_ROUTE_REQUEST_INIT;
    r.kind = kind;
    r.issuer = issuer;
    r.portfolios = JUSTICE;
    r.nportfolios = 1;
    r.normative_facts = facts;
    r.nnormative_facts = n;
    r.validity_years = 3;
    r.meeting = facts ? "executive" : NULL;
    r.meeting_date = qzt_d("2026-06-08");
    r.major_policy = major;
    r.date = qzt_d("2026-06-10");
    qz_route *rt = NULL;
    QZT_OK(qz_query_route(&rt, M, &r));
    return rt;
}

/* Correction 4 in the route: the legality-review step asks the checks with the draft's facts. */
static void test_route_legality_and_request_first(void **state)
{
    (void)state;
    const char *gov[] = {"drafted-by-department"};
    qz_route *rt = route("normative", NULL, gov, 1, 0);
    assert_true(qzt_route_finding(rt, "legality-review") >= 0);
    const qz_answer *a = qzt_route_answer(rt, QZ_STEP_LEGALITY_REVIEW);
    assert_true(qzt_unit(a, QZ_CAP_REVIEWER, "justice-bureau") >= 0);
    assert_true(qzt_cites(a, 19, 0));
    qz_route_free(rt);

    const char *dept[] = {"department-document", "filed", "public-interest"};
    rt = route("normative", NULL, dept, 3, 0);
    assert_int_equal(qzt_route_finding(rt, "legality-review"), -1);
    assert_int_equal(qzt_route_finding(rt, "public-interest-request"), -1);
    a = qzt_route_answer(rt, QZ_STEP_LEGALITY_REVIEW);
    assert_int_equal(qzt_unit(a, QZ_CAP_APPROVER, "county-government"), -1);
    qz_route_free(rt);

    const char *multi[] = {"department-document", "filed", "public-interest", "multi-department"};
    rt = route("normative", NULL, multi, 4, 0);
    assert_true(qzt_route_finding(rt, "public-interest-request") >= 0);
    a = qzt_route_answer(rt, QZ_STEP_LEGALITY_REVIEW);
    assert_true(qzt_unit(a, QZ_CAP_APPROVER, "county-government") >= 0);
    assert_true(qzt_cites(a, 20, 0));
    qz_route_free(rt);
}

static qz_answer *sign(const char *kind, const char *issuer, int major)
{
    static const char *const JUSTICE[] = {"justice"};
    qz_sign_request r = QZ_SIGN_REQUEST_INIT;
    r.kind = kind;
    r.issuer = issuer;
    r.major_policy = major;
    r.portfolios = JUSTICE;
    r.nportfolios = 1;
    r.date = qzt_d("2026-06-10");
    qz_answer *a = NULL;
    QZT_OK(qz_query_sign(&a, M, &r));
    return a;
}

/* Correction 5: a major-policy document in the county government's name is signed under 54(1);
 * one in the office's name stays with the office director (54(5)), the county head or a deputy
 * only when escalated. */
static void test_major_policy_office_document(void **state)
{
    (void)state;
    qz_answer *a = sign("notice", "county-government", 1);
    QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    assert_int_equal(qzt_person(a, QZ_CAP_SIGNER, "office-director"), -1);
    QZT_CITES(a, 54, 1);
    qz_answer_free(a);

    a = sign("notice", "government-office", 1);
    QZT_PERSON(a, QZ_CAP_SIGNER, "office-director", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
    assert_int_equal(qzt_person(a, QZ_CAP_SIGNER, "county-head"), -1);
    QZT_PERSON(a, QZ_CAP_ESCALATION, "county-head", QZ_VIA_HOLDER);
    QZT_CITES(a, 54, 5);
    assert_false(qzt_cites(a, 54, 1));
    qz_answer_free(a);
}

/* Correction 5 in the route: the signing step of an office document. */
static void test_route_major_policy_office_document(void **state)
{
    (void)state;
    qz_route *rt = route("notice", "government-office", NULL, 0, 1);
    const qz_answer *a = qzt_route_answer(rt, QZ_STEP_SIGNING);
    QZT_PERSON(a, QZ_CAP_SIGNER, "office-director", QZ_VIA_HOLDER);
    assert_int_equal(qzt_person(a, QZ_CAP_SIGNER, "executive-deputy"), -1);
    assert_true(qzt_cites(a, 54, 5));
    assert_false(qzt_cites(a, 54, 1));
    qz_route_free(rt);
    rt = route("notice", "county-government", NULL, 0, 1);
    a = qzt_route_answer(rt, QZ_STEP_SIGNING);
    QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    assert_true(qzt_cites(a, 54, 1));
    qz_route_free(rt);
}

static qz_answer *substitute(const char *principal, const char *deputy)
{
    qz_substitute_request r = QZ_SUBSTITUTE_REQUEST_INIT;
    r.type = "executive";
    r.principal = principal;
    r.substitute = deputy;
    r.written_request = 1;
    r.request_date = qzt_d("2026-06-09");
    r.presider_approved = 1;
    r.date = qzt_d("2026-06-10");
    qz_answer *a = NULL;
    QZT_OK(qz_query_substitute(&a, M, &r));
    return a;
}

/* Item 3 (Art 78): an institution's principal may send its deputy like a department principal. */
static void test_institution_attendance(void **state)
{
    (void)state;
    qz_answer *a = substitute("inst-a-principal", "inst-a-deputy");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 1);
    QZT_PERSON(a, QZ_CAP_SUBSTITUTE, "inst-a-deputy", QZ_VIA_ACTING);
    assert_true(qzt_unit(a, QZ_CAP_APPROVER, "county-government") >= 0);
    QZT_CITES(a, 47, 0);
    QZT_CITES(a, 78, 0);
    qz_answer_free(a);
    /* another unit's deputy may not */
    a = substitute("inst-a-principal", "justice-deputy");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 0);
    assert_true(qzt_has_finding(a, "same-unit"));
    assert_int_equal(qzt_count(a, QZ_CAP_SUBSTITUTE), 0);
    QZT_CITES(a, 78, 0);
    qz_answer_free(a);
    /* a department principal is still under the department rule, without Art 78 */
    a = substitute("justice-principal", "justice-deputy");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 1);
    QZT_PERSON(a, QZ_CAP_SUBSTITUTE, "justice-deputy", QZ_VIA_ACTING);
    QZT_CITES(a, 47, 0);
    assert_false(qzt_cites(a, 78, 0));
    qz_answer_free(a);
}

/* Item 7: the county head away without an entrustment (demo organisation, 2026-05-19): nobody may
 * convene the executive meeting, but the executive deputy signs its minutes in her own right (Art 48):
 * no finding about the minutes, and the check allows her as a holder. */
static void test_executive_deputy_signs_minutes_in_own_right(void **state)
{
    (void)state;
    qz_model *demo = NULL;
    QZT_OK(qz_model_default(&demo));
    qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
    r.type = "executive";
    r.date = qzt_d("2026-05-19");
    qz_answer *a = NULL;
    QZT_OK(qz_query_meeting(&a, demo, &r));
    QZT_PERSON(a, QZ_CAP_MINUTES_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    assert_true(qzt_has_finding(a, "no-acting")); /* for convening: a true finding */
    for (size_t i = 0; i < qz_answer_finding_count(a); i++)
        if (strstr(qz_answer_finding_text(a, i), qz_capacity_label(QZ_CAP_MINUTES_SIGNER)))
            fail_msg("a finding about the minutes: %s", qz_answer_finding_text(a, i));
    QZT_CITES(a, 48, 0);
    qz_answer_free(a);
    qz_decision *d = NULL;
    QZT_OK(qz_check_sign_minutes(&d, demo, &r, "executive-deputy"));
    assert_true(qz_decision_allowed(d));
    assert_int_equal(qz_decision_via(d), QZ_VIA_HOLDER);
    assert_int_equal(qz_answer_citation_article(qz_decision_answer(d), (size_t)qz_decision_citation(d)), 48);
    qz_decision_free(d);
    /* a deputy is no minutes signer of the executive meeting */
    QZT_OK(qz_check_sign_minutes(&d, demo, &r, "deputy-1"));
    assert_false(qz_decision_allowed(d));
    qz_decision_free(d);
    qz_model_free(demo);
}

/* Item 7: special-topic minutes without the leader in charge: the reason names no CLI option. */
static void test_special_topic_reason_text(void **state)
{
    (void)state;
    qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
    r.type = "special-topic";
    r.date = qzt_d("2026-06-10");
    qz_answer *a = NULL;
    QZT_OK(qz_query_meeting(&a, M, &r));
    assert_true(qzt_has_finding(a, "no-portfolio"));
    for (size_t i = 0; i < qz_answer_finding_count(a); i++)
        if (strcmp(qz_answer_finding_id(a, i), "no-portfolio") == 0) {
            assert_null(strstr(qz_answer_finding_text(a, i), "--portfolio"));
            assert_non_null(strstr(qz_answer_finding_text(a, i), "未指明分管领导"));
        }
    QZT_CITES(a, 48, 0);
    qz_answer_free(a);
}

/* Item 7: a --present post that is unknown is refused naming it; one that is not a member is a finding. */
static void test_present_unknown_or_not_member(void **state)
{
    (void)state;
    const char *unknown[] = {"county-head", "no-such-post"};
    qz_quorum_request r = QZ_QUORUM_REQUEST_INIT;
    r.type = "party-group";
    r.present = unknown;
    r.npresent = 2;
    r.date = qzt_d("2026-06-10");
    qz_answer *a = NULL;
    assert_int_equal(qz_query_quorum(&a, M, &r), QZ_ENOTFOUND);
    assert_null(a);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "no-such-post"));
    const char *outsider[] = {"county-head", "justice-principal"};
    r.present = outsider;
    QZT_OK(qz_query_quorum(&a, M, &r));
    assert_true(qzt_has_finding(a, "not-a-member"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PRESENT), 1);
    QZT_PERSON(a, QZ_CAP_PRESENT, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qzt_person(a, QZ_CAP_PRESENT, "justice-principal"), -1);
    QZT_CITES(a, 41, 0);
    qz_answer_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_legality_review_government_only),
        cmocka_unit_test(test_request_first_multi_department),
        cmocka_unit_test(test_route_legality_and_request_first),
        cmocka_unit_test(test_major_policy_office_document),
        cmocka_unit_test(test_route_major_policy_office_document),
        cmocka_unit_test(test_institution_attendance),
        cmocka_unit_test(test_executive_deputy_signs_minutes_in_own_right),
        cmocka_unit_test(test_special_topic_reason_text),
        cmocka_unit_test(test_present_unknown_or_not_member),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
