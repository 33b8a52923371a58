/* The purposes an entry serves (serves="..." in a rule set): a rule set that
 * names its consultation deadline or its office's review otherwise gets the
 * same route and audit as one using the conventional ids; a step the rule
 * set has nothing for is reported; two entries serving one purpose, or a
 * purpose an element cannot serve, are refused at their place. */
#include <stdio.h>
#include <stdlib.h>
#include "audit.h" /* qz_audit__xml_memory */
#include "query_support.h"

static const char *const TWO[] = {"justice", "education"};    /* of the demo organisation */
static const char *const SCENARIO[] = {"justice", "finance"}; /* of rules/scenario-org.xml */

/* A model of rule-set text `text` over the demo organisation. */
static qz_model *model_of_text(const char *text)
{
    qz_rules *r = NULL;
    qz_org *o = NULL;
    QZT_OK(qz_rules_load_memory(&r, text, strlen(text), "purposes.xml"));
    QZT_OK(qz_org_default(&o));
    return qzt_model_of(r, o);
}

#define YUNXI_CONSULTATION "<deadline id=\"consultation-reply\""
#define RENAMED_CONSULTATION "<deadline id=\"inter-department-reply\""

static qz_route *route_in(const qz_model *m, const char *kind, const char *const *portfolios,
                          size_t nportfolios)
{
    qz_route_request r = QZ_ROUTE_REQUEST_INIT;
    qz_route *rt = NULL;
    r.kind = kind;
    r.portfolios = portfolios;
    r.nportfolios = nportfolios;
    r.date = qzt_d("2026-06-09");
    QZT_OK(qz_query_route(&rt, m, &r));
    return rt;
}

static qz_route *route_of(const qz_model *m, const char *kind, size_t nportfolios)
{
    return route_in(m, kind, TWO, nportfolios);
}

/* Two routes with the same steps, the same consultation due date and citation, the same findings. */
static void assert_same_route(const qz_route *a, const qz_route *b)
{
    assert_int_equal(qz_route_step_count(a), qz_route_step_count(b));
    for (size_t i = 0; i < qz_route_step_count(a); i++)
        assert_int_equal(qz_route_step_kind_at(a, i), qz_route_step_kind_at(b, i));
    long ca = qzt_route_step(a, QZ_STEP_CONSULTATION), cb = qzt_route_step(b, QZ_STEP_CONSULTATION);
    assert_true(ca >= 0);
    assert_int_equal(ca, cb);
    const qz_answer *x = qz_route_step_answer(a, (size_t)ca), *y = qz_route_step_answer(b, (size_t)cb);
    assert_int_equal(qz_answer_value(x, QZ_VALUE_DUE), qz_answer_value(y, QZ_VALUE_DUE));
    assert_string_equal(qz_route_step_unit(a, (size_t)ca), qz_route_step_unit(b, (size_t)cb));
    assert_int_equal(qz_route_finding_count(a), qz_route_finding_count(b));
    for (size_t i = 0; i < qz_route_finding_count(a); i++) {
        assert_string_equal(qz_route_finding_id(a, i), qz_route_finding_id(b, i));
        assert_string_equal(qz_route_finding_text(a, i), qz_route_finding_text(b, i));
    }
}

/* Yunxi's rules with the consultation deadline renamed (it keeps serves="consultation-reply"):
 * the route is Yunxi's, step for step. */
static void test_renamed_consultation_route(void **state)
{
    (void)state;
    char *text = qzt_yunxi_with(YUNXI_CONSULTATION, RENAMED_CONSULTATION);
    qz_model *m = model_of_text(text);
    const char *kinds[] = {"notice", "意见", "request", "letter"};
    for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
        qz_route *yunxi = route_of(qzt_default, kinds[k], 2), *renamed = route_of(m, kinds[k], 2);
        assert_same_route(yunxi, renamed);
        const qz_answer *c =
            qz_route_step_answer(renamed, (size_t)qzt_route_step(renamed, QZ_STEP_CONSULTATION));
        assert_int_equal(qz_answer_value(c, QZ_VALUE_DUE), qzt_d("2026-06-16"));
        assert_true(qzt_cites(c, 52, 0));
        assert_int_equal(qzt_route_finding(renamed, "no-consultation-deadline"), -1);
        qz_route_free(yunxi);
        qz_route_free(renamed);
    }
    qz_model_free(m);
    free(text);
}

static void audit_of(const qz_model *m, qzt_findings *s)
{
    static const char xml[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<records version=\"1\">\n"
                              "  <consultation received=\"2026-06-01\" limit=\"5\" replied=\"2026-09-01\"/>\n"
                              "  <consultation received=\"2026-06-01\" replied=\"2026-06-03\"/>\n"
                              "</records>\n";
    qz_audit *au = NULL;
    memset(s, 0, sizeof(*s));
    QZT_OK(qz_audit_new(&au, m, 0));
    QZT_OK(qz_audit__xml_memory(au, xml, sizeof(xml) - 1, "log.xml", qzt_collect_finding, s));
    qz_audit_free(au);
}

/* The audit's consultation check over the renamed deadline: Yunxi's finding, word for word. */
static void test_renamed_consultation_audit(void **state)
{
    (void)state;
    char *text = qzt_yunxi_with(YUNXI_CONSULTATION, RENAMED_CONSULTATION);
    qz_model *m = model_of_text(text);
    qzt_findings yunxi, renamed;
    audit_of(qzt_default, &yunxi);
    audit_of(m, &renamed);
    assert_int_equal(yunxi.n, 1);
    assert_string_equal(yunxi.check[0], "consultation-late");
    assert_int_equal(renamed.n, yunxi.n);
    assert_string_equal(renamed.check[0], yunxi.check[0]);
    assert_string_equal(renamed.text[0], yunxi.text[0]);
    assert_int_equal(renamed.article[0], yunxi.article[0]);
    assert_int_equal(renamed.article[0], 52);
    qz_model_free(m);
    free(text);
}

/* tests/data/rules/renamed-purposes.xml is other-county.xml with its own
 * names: the consultation step is the same, and the office review it
 * declares is a step where other-county.xml reports that it has none. */
static void test_fixture(void **state)
{
    (void)state;
    qz_model *other = qzt_model("rules/other-county.xml", "rules/scenario-org.xml");
    qz_model *renamed = qzt_model("rules/renamed-purposes.xml", "rules/scenario-org.xml");
    qz_route *a = route_in(other, "request", SCENARIO, 2), *b = route_in(renamed, "request", SCENARIO, 2);
    long ca = qzt_route_step(a, QZ_STEP_CONSULTATION), cb = qzt_route_step(b, QZ_STEP_CONSULTATION);
    assert_true(ca >= 0 && cb >= 0);
    const qz_answer *x = qz_route_step_answer(a, (size_t)ca), *y = qz_route_step_answer(b, (size_t)cb);
    assert_int_equal(qz_answer_value(x, QZ_VALUE_DUE), qzt_d("2026-06-14")); /* 5 days */
    assert_int_equal(qz_answer_value(y, QZ_VALUE_DUE), qz_answer_value(x, QZ_VALUE_DUE));
    assert_true(qzt_cites(y, 25, 0));
    /* the office's review: declared by the fixture, missing from other-county.xml */
    long ob = qzt_route_step(b, QZ_STEP_OFFICE_REVIEW);
    assert_true(ob >= 0);
    assert_true(qzt_cites(qz_route_step_answer(b, (size_t)ob), 16, 0));
    assert_int_equal(qzt_route_finding(b, "no-office-provision"), -1);
    assert_int_equal(qzt_route_step(a, QZ_STEP_OFFICE_REVIEW), -1);
    long f = qzt_route_finding(a, "no-office-provision");
    assert_true(f >= 0);
    assert_string_equal(qz_route_finding_text(a, (size_t)f),
                        "规则集未规定公文审核呈批的职责，路径未列审核呈批步骤");
    assert_null(qz_route_finding_source(a, (size_t)f));
    qz_route_free(a);
    qz_route_free(b);
    qz_model_free(other);
    qz_model_free(renamed);
}

/* Renamed without serves=: nothing serves the consultation any more, and the
 * route says that it leaves the step out (only when there is a consultation). */
static void test_skipped_consultation(void **state)
{
    (void)state;
    char *text = qzt_yunxi_with(YUNXI_CONSULTATION, RENAMED_CONSULTATION);
    char *bare = qzt_replaced(text, " serves=\"consultation-reply\"", "");
    qz_model *m = model_of_text(bare);
    qz_route *rt = route_of(m, "notice", 2);
    assert_int_equal(qzt_route_step(rt, QZ_STEP_CONSULTATION), -1);
    assert_true(qzt_route_step(rt, QZ_STEP_OFFICE_REVIEW) >= 0);
    long f = qzt_route_finding(rt, "no-consultation-deadline");
    assert_true(f >= 0);
    assert_string_equal(qz_route_finding_text(rt, (size_t)f),
                        "规则集未规定征求意见回复时限，路径未列征求意见步骤");
    qz_route_free(rt);
    rt = route_of(m, "notice", 1); /* one department: no consultation to leave out */
    assert_int_equal(qzt_route_finding(rt, "no-consultation-deadline"), -1);
    assert_int_equal(qz_route_finding_count(rt), 0);
    qz_route_free(rt);
    qz_model_free(m);
    free(bare);
    free(text);
}

static void assert_refused_at(const char *text, int line, int column, const char *words)
{
    qz_rules *r = (qz_rules *)&r;
    assert_int_equal(qz_rules_load_memory(&r, text, strlen(text), "purposes.xml"), QZ_ESCHEMA);
    assert_null(r);
    const qz_error *e = qz_error_last();
    print_message("%s:%d:%d: %s\n", qz_error_file(e), qz_error_line(e), qz_error_column(e),
                  qz_error_message(e));
    assert_string_equal(qz_error_file(e), "purposes.xml");
    assert_int_equal(qz_error_line(e), line);
    assert_int_equal(qz_error_column(e), column);
    assert_non_null(strstr(qz_error_message(e), words));
}

/* Two entries serving one purpose, a purpose that does not exist and one the
 * element cannot serve: each refused at the element, line and column. */
static void test_load_errors(void **state)
{
    (void)state;
    size_t len;
    char *base = qzt_read_file(qzt_data("rules/renamed-purposes.xml"), &len);
    /* line 35: <deadline id="minutes-issue">; line 38: the deadline serving the consultation */
    char *t = qzt_replaced(
        base, "<deadline id=\"minutes-issue\" label=\"会议纪要印发时限\"",
        "<deadline id=\"minutes-issue\" label=\"会议纪要印发时限\" serves=\"consultation-reply\"");
    assert_refused_at(t, 38, 5, "'minutes-issue' serves \"consultation-reply\" too");
    free(t);
    t = qzt_replaced(base, "serves=\"office-review\"", "serves=\"signing\"");
    assert_refused_at(t, 112, 5, "signing");
    free(t);
    t = qzt_replaced(base, "serves=\"consultation-reply\"", "serves=\"minutes\"");
    assert_refused_at(t, 38, 5, "serves=\"minutes\" is not a purpose a <deadline> can serve");
    free(t);
    /* the fixture itself loads */
    qz_rules *r = NULL;
    QZT_OK(qz_rules_load_memory(&r, base, len, "purposes.xml"));
    qz_rules_free(r);
    free(base);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_renamed_consultation_route),
        cmocka_unit_test(test_renamed_consultation_audit),
        cmocka_unit_test(test_fixture),
        cmocka_unit_test(test_skipped_consultation),
        cmocka_unit_test(test_load_errors),
    };
    return cmocka_run_group_tests(tests, qzt_default_setup, qzt_default_teardown);
}
