/* Checking a rule set against an organisation (qz_model_check): each
 * diagnostic of tests/data/rules/check-rules.xml against check-org.xml with
 * its severity, code and place; the Yunxi rules against the demo
 * organisation without errors; the argument checks and out of memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"
#include "quanze.h"

static qz_rules *R;
static qz_org *O;

static int setup(void **state)
{
    (void)state;
    if (qz_rules_load_file(&R, qzt_data("rules/check-rules.xml")) < 0 ||
        qz_org_load_file(&O, qzt_data("rules/check-org.xml")) < 0)
        return -1;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    qz_rules_free(R);
    qz_org_free(O);
    return 0;
}

/* Index of the first diagnostic with `code` at `line`, or -1. */
static int find(const qz_diagnostics *d, const char *code, int line)
{
    for (size_t i = 0; i < qz_diagnostics_count(d); i++)
        if (strcmp(qz_diagnostics_code(d, i), code) == 0 && qz_diagnostics_line(d, i) == line)
            return (int)i;
    return -1;
}

/* Asserts a diagnostic `code` at line:column with `sev` whose message contains `needle`. */
static void expect(const qz_diagnostics *d, const char *code, int line, int column, qz_severity sev,
                   const char *needle)
{
    int i = find(d, code, line);
    if (i < 0) {
        for (size_t k = 0; k < qz_diagnostics_count(d); k++)
            print_message("  %s:%d:%d %s %s\n", qz_diagnostics_file(d, k), qz_diagnostics_line(d, k),
                          qz_diagnostics_column(d, k), qz_diagnostics_code(d, k),
                          qz_diagnostics_message(d, k));
        fail_msg("no %s at line %d", code, line);
    }
    assert_int_equal(qz_diagnostics_column(d, (size_t)i), column);
    assert_int_equal(qz_diagnostics_severity(d, (size_t)i), sev);
    assert_non_null(strstr(qz_diagnostics_message(d, (size_t)i), needle));
}

static void test_each_mismatch(void **state)
{
    (void)state;
    qz_diagnostics *d = NULL;
    QZT_OK(qz_model_check(&d, R, O));
    char rules_file[512];
    snprintf(rules_file, sizeof(rules_file), "%s", qzt_data("rules/check-rules.xml"));

    expect(d, "adopted-by-unknown", 4, 1, QZ_SEVERITY_ERROR, "plenery");
    expect(d, "flag-misspelt", 27, 7, QZ_SEVERITY_ERROR, "major-policy");
    expect(d, "in-charge-impossible", 33, 15, QZ_SEVERITY_ERROR, "in charge");
    expect(d, "row-unreachable", 35, 5, QZ_SEVERITY_ERROR, "'sign-other'");
    expect(d, "role-unheld", 39, 22, QZ_SEVERITY_ERROR, "'auditor'");
    expect(d, "entrusted-by-never", 45, 19, QZ_SEVERITY_ERROR, "vacant");
    expect(d, "entrusted-by-never", 49, 19, QZ_SEVERITY_ERROR, "entrust itself");
    /* the post role no rule knows is about the organisation's file, without a place */
    expect(d, "role-unknown", 0, 0, QZ_SEVERITY_WARNING, "'archivist'");
    int w = find(d, "role-unknown", 0);
    assert_string_equal(qz_diagnostics_file(d, (size_t)w), qzt_data("rules/check-org.xml"));
    int e = find(d, "role-unheld", 39);
    assert_string_equal(qz_diagnostics_file(d, (size_t)e), rules_file);

    /* one role-unheld per role; the two in-charge uses each; nothing else */
    assert_int_equal(qz_diagnostics_count(d), 9);
    assert_int_equal(qz_diagnostics_error_count(d), 8);

    /* out of range */
    assert_null(qz_diagnostics_code(d, 9));
    assert_null(qz_diagnostics_message(d, 9));
    assert_null(qz_diagnostics_file(d, 9));
    assert_int_equal(qz_diagnostics_line(d, 9), 0);
    assert_int_equal(qz_diagnostics_column(d, 9), 0);
    assert_int_equal(qz_diagnostics_severity(d, 9), 0);
    qz_diagnostics_free(d);
}

/* The embedded Yunxi rules fit the demo organisation: warnings only (the
 * demo records no meeting or signing entrustments). */
static void test_yunxi_fits(void **state)
{
    (void)state;
    qz_rules *r = NULL;
    qz_org *o = NULL;
    qz_diagnostics *d = NULL;
    QZT_OK(qz_rules_default(&r));
    QZT_OK(qz_org_default(&o));
    QZT_OK(qz_model_check(&d, r, o));
    for (size_t i = 0; i < qz_diagnostics_count(d); i++)
        if (qz_diagnostics_severity(d, i) == QZ_SEVERITY_ERROR)
            fail_msg("%d:%d %s", qz_diagnostics_line(d, i), qz_diagnostics_column(d, i),
                     qz_diagnostics_message(d, i));
    assert_int_equal(qz_diagnostics_error_count(d), 0);
    assert_true(find(d, "entrusted-by-unrecorded", 0) < 0); /* those have a place */
    qz_diagnostics_free(d);
    qz_org_free(o);
    qz_rules_free(r);
}

/* An entrustment recorded in the organisation silences the warning, and a
 * rule set whose rows are all reachable reports no row. */
static void test_other_county_rows_reachable(void **state)
{
    (void)state;
    qz_rules *r = NULL;
    qz_org *o = NULL;
    qz_diagnostics *d = NULL;
    QZT_OK(qz_rules_load_file(&r, qzt_data("rules/other-county.xml")));
    QZT_OK(qz_org_load_file(&o, qzt_data("rules/scenario-org.xml")));
    QZT_OK(qz_model_check(&d, r, o));
    assert_int_equal(qz_diagnostics_error_count(d), 0);
    for (size_t i = 0; i < qz_diagnostics_count(d); i++) {
        assert_int_equal(qz_diagnostics_severity(d, i), QZ_SEVERITY_WARNING);
        assert_string_not_equal(qz_diagnostics_code(d, i), "row-unreachable");
    }
    qz_diagnostics_free(d);
    qz_org_free(o);
    qz_rules_free(r);
}

/* The list is the caller's: it stays readable after the rule set and the
 * organisation it is about are freed (the CLI prints it after freeing them). */
static void test_outlives_its_inputs(void **state)
{
    (void)state;
    qz_rules *r = NULL;
    qz_org *o = NULL;
    qz_diagnostics *d = NULL;
    char rules_file[512];
    snprintf(rules_file, sizeof(rules_file), "%s", qzt_data("rules/check-rules.xml"));
    QZT_OK(qz_rules_load_file(&r, rules_file));
    QZT_OK(qz_org_load_file(&o, qzt_data("rules/check-org.xml")));
    QZT_OK(qz_model_check(&d, r, o));
    qz_rules_free(r);
    qz_org_free(o);
    assert_true(qz_diagnostics_count(d) > 0);
    int rules_seen = 0;
    for (size_t i = 0; i < qz_diagnostics_count(d); i++) {
        assert_non_null(qz_diagnostics_message(d, i));
        assert_non_null(qz_diagnostics_code(d, i));
        rules_seen += qz_diagnostics_file(d, i) && strcmp(qz_diagnostics_file(d, i), rules_file) == 0;
    }
    assert_true(rules_seen > 0);
    qz_diagnostics_free(d);
}

static void test_arguments(void **state)
{
    (void)state;
    qz_diagnostics *d = (qz_diagnostics *)&d;
    assert_int_equal(qz_model_check(&d, NULL, O), QZ_EINVAL);
    assert_null(d);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "qz_model_check"));
    d = (qz_diagnostics *)&d;
    assert_int_equal(qz_model_check(&d, R, NULL), QZ_EINVAL);
    assert_null(d);
    assert_int_equal(qz_model_check(NULL, R, O), QZ_EINVAL);
    assert_int_equal(qz_diagnostics_count(NULL), 0);
    assert_int_equal(qz_diagnostics_error_count(NULL), 0);
    assert_null(qz_diagnostics_code(NULL, 0));
    qz_diagnostics_free(NULL);
}

static int oom_check(void *ctx)
{
    return qz_model_check(ctx, R, O);
}

static void oom_cleanup(void *ctx)
{
    qz_diagnostics **d = ctx;
    qz_diagnostics_free(*d);
    *d = NULL;
}

static void test_out_of_memory(void **state)
{
    (void)state;
    qz_diagnostics *d = NULL;
    assert_true(qzt_oom_loop(oom_check, oom_cleanup, &d) > 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_each_mismatch),
        cmocka_unit_test(test_yunxi_fits),
        cmocka_unit_test(test_other_county_rows_reachable),
        cmocka_unit_test(test_outlives_its_inputs),
        cmocka_unit_test(test_arguments),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
