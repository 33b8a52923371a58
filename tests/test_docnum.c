/* 发文字号 (lib/docnum.c): the standard form reads and writes back, and each
 * deviation GB/T 9704-2012 7.2.4 names is one finding at its place. */
#include <stdio.h>
#include <string.h>
#include "query_support.h"
#include "quanze/docnum.h"

static const char *const CODES[] = {"西政发", "西政办发", "西政函"};

/* Checks `text` and asserts exactly one finding `id` at character `offset`. */
static void one_finding(const char *text, const qz_docnum_check_options *opt, const char *id, size_t offset)
{
    qz_docnum_finding f[QZ_DOCNUM_MAX_FINDINGS];
    size_t n;
    QZT_OK(qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, text, opt));
    if (n != 1 || strcmp(f[0].id, id) != 0 || f[0].offset != offset)
        fail_msg("%s: %zu findings, first %s at %zu (want %s at %zu)", text, n, n ? f[0].id : "-",
                 n ? f[0].offset : 0, id, offset);
    assert_string_equal(f[0].clause, "GB/T 9704-2012 7.2.4");
    assert_non_null(f[0].message);
}

static qz_docnum_check_options options(const char *date)
{
    qz_docnum_check_options o = QZ_DOCNUM_CHECK_OPTIONS_INIT;
    o.codes = CODES;
    o.ncodes = 3;
    if (date) {
        o.date = qzt_d(date);
        o.has_date = 1;
    }
    return o;
}

static void test_good(void **state)
{
    (void)state;
    qz_docnum d;
    QZT_OK(qz_docnum_parse(&d, "西政发〔2021〕11号"));
    assert_string_equal(d.code, "西政发");
    assert_int_equal(d.year, 2021);
    assert_int_equal(d.serial, 11);
    char buf[QZ_DOCNUM_BUFSIZE];
    QZT_OK(qz_docnum_format(buf, sizeof(buf), &d));
    assert_string_equal(buf, "西政发〔2021〕11号");
    qz_docnum_check_options o = options("2021-10-19");
    qz_docnum_finding f[QZ_DOCNUM_MAX_FINDINGS];
    size_t n = 99;
    QZT_OK(qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, "西政发〔2021〕11号", &o));
    assert_int_equal(n, 0);
    QZT_OK(qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, "西政办发〔2026〕1号", NULL));
    assert_int_equal(n, 0);
}

static void test_each_rule(void **state)
{
    (void)state;
    qz_docnum_check_options o = options("2021-10-19");
    /* 西政发 is 3 characters: the bracket is character 3, the year 4, the serial 9 */
    one_finding("西政发[2021]11号", &o, "brackets", 3);
    one_finding("西政发(2021)11号", &o, "brackets", 3);
    one_finding("西政发【2021】11号", &o, "brackets", 3);
    one_finding("西政发〔2021]11号", &o, "brackets", 8);
    one_finding("西政发〔2021〕011号", &o, "leading-zero", 9);
    one_finding("西政发〔2021〕第11号", &o, "ordinal", 9);
    one_finding("西政发〔2021〕11", &o, "missing-hao", 11);
    one_finding("西政发〔21〕11号", &o, "short-year", 4);
    one_finding("西政发〔2020〕11号", &o, "year-mismatch", 4);
    one_finding("西政发〔2021〕0号", &o, "zero-serial", 9);
    one_finding("西政字〔2021〕11号", &o, "unknown-code", 0);
    /* what the parser cannot read is one syntax finding where it stops */
    one_finding("〔2021〕11号", &o, "syntax", 0);
    one_finding("西政发2021-11", &o, "syntax", 10); /* no bracket to the end */
    one_finding("西政发〔二〇二一〕11号", &o, "syntax", 4);
    one_finding("西政发〔2021〕号", &o, "syntax", 9);
    one_finding("西政发〔2021〕11号文", &o, "syntax", 12);
    one_finding("\xff\xfe", &o, "syntax", 0);
}

static void test_several(void **state)
{
    (void)state;
    qz_docnum_check_options o = options("2022-01-05");
    qz_docnum_finding f[QZ_DOCNUM_MAX_FINDINGS];
    size_t n;
    QZT_OK(qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, "西政发[2021]第011号", &o));
    assert_int_equal(n, 4); /* in the order of their place */
    assert_string_equal(f[0].id, "brackets");
    assert_string_equal(f[1].id, "year-mismatch");
    assert_string_equal(f[2].id, "ordinal");
    assert_string_equal(f[3].id, "leading-zero");
    assert_int_equal(f[3].offset, 10);
    assert_int_equal(f[3].byte_offset, strlen("西政发[2021]第"));
    /* room for fewer: the first ones */
    QZT_OK(qz_docnum_check(f, 2, &n, "西政发[2021]第011号", &o));
    assert_int_equal(n, 2);
    assert_string_equal(f[1].id, "year-mismatch");
    /* the parser reads the deviations too */
    qz_docnum d;
    QZT_OK(qz_docnum_parse(&d, "西政发[2021]第011号"));
    assert_int_equal(d.serial, 11);
}

static void test_errors(void **state)
{
    (void)state;
    qz_docnum d;
    memset(&d, 0x55, sizeof(d));
    assert_int_equal(qz_docnum_parse(&d, "西政发"), QZ_EPARSE);
    assert_int_equal(d.code[0], 0);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "第4字"));
    assert_int_equal(qz_docnum_parse(NULL, "x"), QZ_EINVAL);
    assert_int_equal(qz_docnum_parse(&d, NULL), QZ_EINVAL);
    char buf[QZ_DOCNUM_BUFSIZE];
    strcpy(d.code, "西政发");
    d.year = 21;
    d.serial = 1;
    assert_int_equal(qz_docnum_format(buf, sizeof(buf), &d), QZ_EINVAL);
    d.year = 2021;
    assert_int_equal(qz_docnum_format(buf, 8, &d), QZ_ELIMIT);
    assert_string_equal(buf, "");
    assert_int_equal(qz_docnum_format(buf, sizeof(buf), NULL), QZ_EINVAL);
    qz_docnum_finding f[1];
    size_t n = 7;
    assert_int_equal(qz_docnum_check(f, 1, &n, NULL, NULL), QZ_EINVAL);
    assert_int_equal(n, 0);
    qz_docnum_check_options o = QZ_DOCNUM_CHECK_OPTIONS_INIT;
    o.version = 0;
    assert_int_equal(qz_docnum_check(f, 1, &n, "西政发〔2021〕11号", &o), QZ_EINVAL);
    o.version = QZ_DOCNUM_CHECK_OPTIONS_VERSION + 1;
    assert_int_equal(qz_docnum_check(f, 1, &n, "西政发〔2021〕11号", &o), QZ_EINVAL);
    assert_int_equal(qz_docnum_check_options_init(&o, 0), QZ_EINVAL);
    QZT_OK(qz_docnum_check_options_init(&o, QZ_DOCNUM_CHECK_OPTIONS_VERSION));
    assert_int_equal(o.ncodes, 0);
    o.ncodes = 1;
    assert_int_equal(qz_docnum_check(f, 1, &n, "西政发〔2021〕11号", &o), QZ_EINVAL);
}

/* Checks `text` with the codes of the default model's rule set for `issuer`
 * and `kind` on 2026-06-10; returns the findings' ids joined by ','. */
static const char *from_rules(const char *text, const char *issuer, const char *kind)
{
    static char ids[256];
    qz_docnum_check_options o = QZ_DOCNUM_CHECK_OPTIONS_INIT;
    o.model = qzt_default;
    o.issuer = issuer;
    o.kind = kind;
    o.date = qzt_d("2026-06-10");
    o.has_date = 1;
    qz_docnum_finding f[QZ_DOCNUM_MAX_FINDINGS];
    size_t n;
    QZT_OK(qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, text, &o));
    ids[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(f[i].offset, 0); /* the code's findings are at the code */
        snprintf(ids + strlen(ids), sizeof(ids) - strlen(ids), "%s%s", i ? "," : "", f[i].id);
    }
    return ids;
}

/* The agency codes come from the rule set (<issuer><agency-code>): the Yunxi
 * codes 西政发 and 西政函 (函, 批复) of the county government, 西政办发 and
 * 西政办函 of its office. */
static void test_codes_from_rules(void **state)
{
    (void)state;
    assert_string_equal(from_rules("西政发〔2026〕11号", "county-government", "notice"), "");
    assert_string_equal(from_rules("西政发〔2026〕11号", NULL, NULL), "");
    assert_string_equal(from_rules("西政函〔2026〕7号", "county-government", "函"), "");
    assert_string_equal(from_rules("西政函〔2026〕7号", "county-government", "reply"), "");
    assert_string_equal(from_rules("西政办发〔2026〕3号", "government-office", "通知"), "");
    assert_string_equal(from_rules("西政办函〔2026〕3号", "government-office", "letter"), "");
    /* a code the rule set does not know, whatever else is given */
    assert_string_equal(from_rules("西政字〔2026〕11号", NULL, NULL), "unknown-code");
    assert_string_equal(from_rules("西政字〔2026〕11号", "county-government", "notice"), "unknown-code");
    /* another issuer's code */
    assert_string_equal(from_rules("西政办发〔2026〕3号", "county-government", NULL), "code-issuer");
    assert_string_equal(from_rules("西政发〔2026〕3号", "government-office", "notice"), "code-issuer");
    /* a kind with its own code, and a code for other kinds */
    assert_string_equal(from_rules("西政发〔2026〕3号", "county-government", "函"), "code-kind");
    assert_string_equal(from_rules("西政函〔2026〕3号", "county-government", "notice"), "code-kind");
    assert_string_equal(from_rules("西政办发〔2026〕3号", "county-government", "letter"),
                        "code-issuer,code-kind");
    /* with the form's own findings, in the order of their place */
    assert_string_equal(from_rules("西政字〔2026〕11号", NULL, NULL), "unknown-code");
    qz_docnum_check_options o = QZ_DOCNUM_CHECK_OPTIONS_INIT;
    qz_docnum_finding f[QZ_DOCNUM_MAX_FINDINGS];
    size_t n;
    o.model = qzt_default;
    QZT_OK(qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, "西政字[2026]011号", &o));
    assert_int_equal(n, 3);
    assert_string_equal(f[0].id, "unknown-code");
    assert_string_equal(f[1].id, "brackets");
    assert_string_equal(f[2].id, "leading-zero");
    /* the caller's list, when given, decides what is known; the rule set still places known codes */
    o.codes = CODES;
    o.ncodes = 3;
    o.issuer = "government-office";
    QZT_OK(qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, "西政发〔2026〕1号", &o));
    assert_int_equal(n, 1);
    assert_string_equal(f[0].id, "code-issuer");
    o.ncodes = 0;
    o.issuer = NULL;
    /* version 1 options have no model: nothing is read past ncodes */
    o.version = 1;
    QZT_OK(qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, "西政字〔2026〕1号", &o));
    assert_int_equal(n, 0);
    o.version = QZ_DOCNUM_CHECK_OPTIONS_VERSION;
    /* refusals: no rule set on the date, an unknown issuer or kind */
    o.date = qzt_d("2020-01-06");
    o.has_date = 1;
    assert_int_equal(qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, "西政发〔2020〕1号", &o), QZ_ERANGE);
    o.has_date = 0;
    o.issuer = "no-such-issuer";
    assert_int_equal(qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, "西政发〔2026〕1号", &o), QZ_ENOTFOUND);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "no-such-issuer"));
    o.issuer = NULL;
    o.kind = "电报";
    assert_int_equal(qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, "西政发〔2026〕1号", &o), QZ_ENOTFOUND);
    assert_int_equal(n, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good),
        cmocka_unit_test(test_each_rule),
        cmocka_unit_test(test_several),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_codes_from_rules),
    };
    return cmocka_run_group_tests(tests, qzt_default_setup, qzt_default_teardown);
}
