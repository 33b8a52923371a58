/* Routing a draft (lib/query_route.c): every statutory kind reaches a signer
 * with the article; normative drafts go through legality review; drafts
 * touching several portfolios are consulted with a reply deadline; a meeting's
 * documents have an issue deadline that skips holidays; an absent signer is
 * replaced by whoever acts; a bad 发文字号 is a finding with the clause. */
#include <string.h>
#include "query_support.h"

static const char *const JUSTICE[] = {"justice"};
static const char *const TWO[] = {"justice", "education"};

static qz_route *route(const qz_route_request *r)
{
    qz_route *rt = NULL;
    QZT_OK(qz_query_route(&rt, qzt_default, r));
    assert_non_null(rt);
    return rt;
}

static void test_fifteen_kinds(void **state)
{
    (void)state;
    static const char *const names[] = {"决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知",
                                        "通报", "报告", "请示", "批复", "议案", "函",   "纪要"};
    for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
        qz_route_request r = QZ_ROUTE_REQUEST_INIT;
        r.kind = names[k];
        r.portfolios = JUSTICE;
        r.nportfolios = 1;
        r.date = qzt_d("2026-06-10");
        qz_route *rt = route(&r);
        assert_int_equal(qz_route_step_kind_at(rt, 0), QZ_STEP_DRAFTING);
        assert_string_equal(qz_route_step_unit(rt, 0), "justice");
        assert_true(qzt_cites(qzt_route_answer(rt, QZ_STEP_OFFICE_REVIEW), 53, 0));
        const qz_answer *a = qzt_route_answer(rt, QZ_STEP_SIGNING);
        if (!qz_answer_found(a) || !qzt_count(a, QZ_CAP_SIGNER) || !qzt_cites(a, 54, -1))
            fail_msg("%s: found %d, %zu signers", names[k], qz_answer_found(a), qzt_count(a, QZ_CAP_SIGNER));
        assert_int_equal(qz_route_finding_count(rt), 0);
        qz_route_free(rt);
    }
}

static void test_minutes_of_a_meeting(void **state)
{
    (void)state;
    qz_route_request r = QZ_ROUTE_REQUEST_INIT;
    r.kind = "纪要";
    r.meeting = "executive";
    r.meeting_date = qzt_d("2026-06-08");
    r.date = qzt_d("2026-06-10");
    qz_route *rt = route(&r);
    const qz_answer *a = qzt_route_answer(rt, QZ_STEP_SIGNING);
    QZT_PERSON(a, QZ_CAP_MINUTES_SIGNER, "county-head", QZ_VIA_HOLDER);
    assert_true(qzt_cites(a, 48, 0));
    assert_true(qzt_route_step(rt, QZ_STEP_ISSUE) > qzt_route_step(rt, QZ_STEP_SIGNING));
    qz_route_free(rt);
}

static void test_normative(void **state)
{
    (void)state;
    qz_route_request r = QZ_ROUTE_REQUEST_INIT;
    r.kind = "notice";
    r.normative = 1;
    r.portfolios = TWO;
    r.nportfolios = 2;
    r.meeting = "executive";
    r.meeting_date = qzt_d("2026-06-08");
    r.date = qzt_d("2026-06-09");
    qz_route *rt = route(&r);
    /* drafting, legality review, consultation, office review, signing, issue: in that order */
    static const int order[] = {QZ_STEP_DRAFTING,      QZ_STEP_LEGALITY_REVIEW, QZ_STEP_CONSULTATION,
                                QZ_STEP_OFFICE_REVIEW, QZ_STEP_SIGNING,         QZ_STEP_ISSUE};
    assert_int_equal(qz_route_step_count(rt), 6);
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(qz_route_step_kind_at(rt, i), order[i]);
    assert_true(qzt_cites(qzt_route_answer(rt, QZ_STEP_LEGALITY_REVIEW), 19, 0));
    /* no validity stated, not reviewed: findings of the normative checks */
    assert_true(qzt_route_finding(rt, "validity-limit") >= 0);
    assert_true(qzt_route_finding(rt, "legality-review") >= 0);
    assert_null(qz_route_finding_source(rt, (size_t)qzt_route_finding(rt, "validity-limit")));
    /* consultation: 3-5 working days after sending, Art. 52 */
    const qz_answer *c = qzt_route_answer(rt, QZ_STEP_CONSULTATION);
    assert_int_equal(qz_answer_value(c, QZ_VALUE_DUE), qzt_d("2026-06-16"));
    assert_true(qzt_cites(c, 52, 0));
    assert_string_equal(qz_route_step_unit(rt, 2), "education");
    /* a normative document is signed by the county head (54(2)) */
    QZT_PERSON(qzt_route_answer(rt, QZ_STEP_SIGNING), QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    qz_route_free(rt);
}

static void test_countersign(void **state)
{
    (void)state;
    qz_route_request r = QZ_ROUTE_REQUEST_INIT;
    r.kind = "意见";
    r.portfolios = TWO;
    r.nportfolios = 2;
    r.date = qzt_d("2026-06-10");
    qz_route *rt = route(&r);
    const qz_answer *a = qzt_route_answer(rt, QZ_STEP_SIGNING);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
    assert_int_equal(qzt_count(a, QZ_CAP_COUNTERSIGNER), 1);
    assert_true(qzt_cites(a, 54, 3));
    qz_route_free(rt);
}

static void test_absent_signer(void **state)
{
    (void)state;
    /* 2026-03-10: the county head is away from the county, having entrusted the executive deputy */
    qz_route_request r = QZ_ROUTE_REQUEST_INIT;
    r.kind = "决定";
    r.date = qzt_d("2026-03-10");
    qz_route *rt = route(&r);
    const qz_answer *a = qzt_route_answer(rt, QZ_STEP_SIGNING);
    assert_true(qz_answer_found(a));
    int i = qzt_person(a, QZ_CAP_SIGNER, "executive-deputy");
    assert_true(i >= 0);
    assert_int_not_equal(qz_answer_person_via(a, (size_t)i), QZ_VIA_HOLDER);
    assert_string_equal(qz_answer_person_for_post(a, (size_t)i), "county-head");
    qz_route_free(rt);
}

static void test_issue_across_holiday(void **state)
{
    (void)state;
    qz_route_request r = QZ_ROUTE_REQUEST_INIT;
    r.kind = "通知";
    r.portfolios = JUSTICE;
    r.nportfolios = 1;
    r.meeting = "executive";
    r.meeting_date = qzt_d("2026-09-30");
    r.date = qzt_d("2026-10-09");
    qz_route *rt = route(&r);
    const qz_answer *a = qzt_route_answer(rt, QZ_STEP_ISSUE);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-10-13")); /* after National Day */
    assert_true(qzt_cites(a, 48, 0));
    assert_int_equal(qzt_route_finding(rt, "issue-overdue"), -1);
    qz_route_free(rt);
    r.date = qzt_d("2026-10-14");
    rt = route(&r);
    assert_true(qzt_route_finding(rt, "issue-overdue") >= 0);
    qz_route_free(rt);
}

static void test_docnum(void **state)
{
    (void)state;
    static const char *const codes[] = {"西政发", "西政办发", "西政函"};
    qz_route_request r = QZ_ROUTE_REQUEST_INIT;
    r.kind = "函";
    r.portfolios = JUSTICE;
    r.nportfolios = 1;
    r.date = qzt_d("2026-06-10");
    r.docnum = "西政函〔2026〕7号";
    r.agency_codes = codes;
    r.nagency_codes = 3;
    qz_route *rt = route(&r);
    assert_int_equal(qz_route_finding_count(rt), 0);
    qz_route_free(rt);
    r.docnum = "西政函[2025]07号";
    rt = route(&r);
    assert_int_equal(qz_route_finding_count(rt), 3);
    assert_string_equal(qz_route_finding_id(rt, 0), "brackets");
    assert_string_equal(qz_route_finding_id(rt, 1), "year-mismatch");
    assert_string_equal(qz_route_finding_id(rt, 2), "leading-zero");
    assert_string_equal(qz_route_finding_source(rt, 0), "GB/T 9704-2012 7.2.4");
    qz_route_free(rt);
    /* without codes from the caller, the rule set's: 西政函 is the county government's code
     * for 函; 西政发 is not the one for 函, 西政办函 is the office's, 西政字 is no code */
    r.agency_codes = NULL;
    r.nagency_codes = 0;
    static const struct {
        const char *docnum, *issuer, *finding;
    } cases[] = {{"西政函〔2026〕7号", NULL, NULL},
                 {"西政函〔2026〕7号", "county-government", NULL},
                 {"西政办函〔2026〕7号", "government-office", NULL},
                 {"西政发〔2026〕7号", NULL, "code-kind"},
                 {"西政办函〔2026〕7号", NULL, "code-issuer"},
                 {"西政字〔2026〕7号", NULL, "unknown-code"}};
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        r.docnum = cases[i].docnum;
        r.issuer = cases[i].issuer;
        rt = route(&r);
        if (!cases[i].finding) {
            assert_int_equal(qz_route_finding_count(rt), 0);
        } else {
            assert_int_equal(qz_route_finding_count(rt), 1);
            assert_string_equal(qz_route_finding_id(rt, 0), cases[i].finding);
            assert_string_equal(qz_route_finding_source(rt, 0), "GB/T 9704-2012 7.2.4");
        }
        qz_route_free(rt);
    }
}

static void test_errors(void **state)
{
    (void)state;
    qz_route *rt = (qz_route *)&rt;
    qz_route_request r = QZ_ROUTE_REQUEST_INIT;
    r.date = qzt_d("2026-06-10");
    assert_int_equal(qz_query_route(&rt, qzt_default, &r), QZ_EINVAL); /* no kind */
    assert_null(rt);
    r.kind = "电报";
    assert_int_equal(qz_query_route(&rt, qzt_default, &r), QZ_ENOTFOUND);
    r.kind = "letter";
    r.meeting = "no-such";
    assert_int_equal(qz_query_route(&rt, qzt_default, &r), QZ_ENOTFOUND);
    assert_null(rt);
    r.meeting = NULL;
    r.version = 0;
    assert_int_equal(qz_query_route(&rt, qzt_default, &r), QZ_EINVAL);
    r.version = QZ_ROUTE_REQUEST_VERSION + 1;
    assert_int_equal(qz_query_route(&rt, qzt_default, &r), QZ_EINVAL);
    r.version = QZ_ROUTE_REQUEST_VERSION;
    r.nportfolios = 1;
    assert_int_equal(qz_query_route(&rt, qzt_default, &r), QZ_EINVAL);
    assert_int_equal(qz_query_route(NULL, qzt_default, &r), QZ_EINVAL);
    assert_int_equal(qz_route_request_init(&r, 0), QZ_EINVAL);
    QZT_OK(qz_route_request_init(&r, QZ_ROUTE_REQUEST_VERSION));
    assert_null(r.kind);
    assert_int_equal(qz_route_step_count(NULL), 0);
    assert_int_equal(qz_route_step_kind_at(NULL, 0), -1);
    assert_null(qz_route_step_name((qz_route_step_kind)99));
    assert_string_equal(qz_route_step_label(QZ_STEP_SIGNING), "会签签发");
    qz_route_free(NULL);
}

static int oom_route(void *ctx)
{
    (void)ctx;
    qz_route_request r = QZ_ROUTE_REQUEST_INIT;
    r.kind = "notice";
    r.normative = 1;
    r.portfolios = TWO;
    r.nportfolios = 2;
    r.meeting = "executive";
    r.meeting_date = qzt_d("2026-06-08");
    r.date = qzt_d("2026-06-09");
    r.docnum = "西政发[2026]1号";
    qz_route *rt = NULL;
    int rc = qz_query_route(&rt, qzt_default, &r);
    qz_route_free(rt);
    return rc;
}

static void test_oom(void **state)
{
    (void)state;
    assert_true(qzt_oom_loop(oom_route, NULL, NULL) > 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fifteen_kinds), cmocka_unit_test(test_minutes_of_a_meeting),
        cmocka_unit_test(test_normative),     cmocka_unit_test(test_countersign),
        cmocka_unit_test(test_absent_signer), cmocka_unit_test(test_issue_across_holiday),
        cmocka_unit_test(test_docnum),        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, qzt_default_setup, qzt_default_teardown);
}
