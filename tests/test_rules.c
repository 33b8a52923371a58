/* The rule-set format: loading, metadata, validation errors with positions,
 * lossless saving, the second rule set, and out-of-memory behaviour. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"
#include "quanze.h"

static qz_date D(const char *s)
{
    qz_date d = 0;
    QZT_OK(qz_date_parse(&d, s));
    return d;
}

static void test_default_metadata(void **state)
{
    (void)state;
    qz_rules *r = NULL;
    QZT_OK(qz_rules_default(&r));
    assert_string_equal(qz_rules_id(r), "yunxi-2021");
    assert_string_equal(qz_rules_title(r), "郧西县人民政府工作规则");
    assert_string_equal(qz_rules_document_number(r), "西政发〔2021〕11号");
    assert_string_equal(qz_rules_authority(r), "郧西县人民政府");
    assert_int_equal(qz_rules_adopted(r), D("2021-10-15"));
    assert_int_equal(qz_rules_issued(r), D("2021-10-19"));
    assert_int_equal(qz_rules_effective(r), D("2021-10-15"));
    assert_int_equal(qz_rules_expires(r), QZ_RULES_NO_DATE);
    assert_true(qz_rules_in_force(r, D("2026-01-01")));
    assert_false(qz_rules_in_force(r, D("2021-10-14")));
    qz_rules_free(r);
}

static void expect_ids(const qz_rules *r, qz_rules_section s, const char *const *ids)
{
    for (size_t i = 0; ids[i]; i++) {
        size_t at;
        if (qz_rules_find(&at, r, s, ids[i]) != QZ_OK)
            fail_msg("%s '%s' missing", qz_rules_section_name(s), ids[i]);
        assert_string_equal(qz_rules_entry_id(r, s, at), ids[i]);
        assert_non_null(qz_rules_entry_label(r, s, at));
    }
}

static void test_stable_ids(void **state)
{
    (void)state;
    qz_rules *r = NULL;
    QZT_OK(qz_rules_default(&r));
    static const char *const meetings[] = {
        "plenary", "executive", "party-group", "study-group", "special-topic", "county-head-office", NULL};
    static const char *const kinds[] = {
        "request", "report",   "motion",     "normative",  "decision",     "order",
        "notice",  "other",    "resolution", "communique", "announcement", "public-notice",
        "opinion", "bulletin", "reply",      "letter",     "minutes",      NULL};
    static const char *const issuers[] = {"county-government", "government-office", NULL};
    static const char *const recipients[] = {"city-government", "county-congress", NULL};
    static const char *const deadlines[] = {"minutes-issue", "consultation-reply", "leave-notice",
                                            "normative-validity", NULL};
    static const char *const roles[] = {
        "county-head",           "executive-deputy",       "deputy",
        "office-director",       "office-deputy-director", "department-principal",
        "department-deputy",     "township-principal",     "institution-principal",
        "party-group-secretary", "party-group-member",     NULL};
    expect_ids(r, QZ_RULES_MEETING, meetings);
    expect_ids(r, QZ_RULES_DOCUMENT_KIND, kinds);
    expect_ids(r, QZ_RULES_ISSUER, issuers);
    expect_ids(r, QZ_RULES_RECIPIENT, recipients);
    expect_ids(r, QZ_RULES_DEADLINE, deadlines);
    expect_ids(r, QZ_RULES_ROLE, roles);
    assert_int_equal(qz_rules_count(r, QZ_RULES_SIGNING), 7);
    assert_int_equal(qz_rules_count(r, QZ_RULES_PERIODIC), 6);
    size_t at;
    assert_int_equal(qz_rules_find(&at, r, QZ_RULES_MEETING, "no-such"), QZ_ENOTFOUND);
    assert_null(qz_rules_entry_id(r, QZ_RULES_MEETING, 999));
    assert_string_equal(qz_rules_section_name(QZ_RULES_SIGNING), "signing");
    qz_rules_free(r);
}

static void test_save_roundtrip(void **state)
{
    (void)state;
    qz_rules *a = NULL, *b = NULL;
    char *t1 = NULL, *t2 = NULL;
    size_t n1, n2;
    QZT_OK(qz_rules_default(&a));
    QZT_OK(qz_rules_save(&t1, &n1, a));
    QZT_OK(qz_rules_load_memory(&b, t1, n1, "saved"));
    QZT_OK(qz_rules_save(&t2, &n2, b));
    assert_int_equal(n1, n2);
    assert_memory_equal(t1, t2, n1);
    assert_non_null(strstr(t1, "逾期不回复视为无不同意见"));
    assert_int_equal(qz_rules_count(a, QZ_RULES_SIGNING), qz_rules_count(b, QZ_RULES_SIGNING));
    char path[512];
    snprintf(path, sizeof(path), "%s/rules-roundtrip.xml", QZ_BINARY_DIR);
    QZT_OK(qz_rules_save_file(b, path));
    qz_rules *c = NULL;
    QZT_OK(qz_rules_load_file(&c, path));
    assert_string_equal(qz_rules_document_number(c), "西政发〔2021〕11号");
    qz_rules_free(c);
    qz_free(t1);
    qz_free(t2);
    qz_rules_free(a);
    qz_rules_free(b);
}

static void test_other_county(void **state)
{
    (void)state;
    qz_rules *r = NULL;
    QZT_OK(qz_rules_load_file(&r, qzt_data("rules/other-county.xml")));
    assert_string_equal(qz_rules_id(r), "other-county-2024");
    assert_int_equal(qz_rules_expires(r), D("2028-12-31"));
    assert_false(qz_rules_in_force(r, D("2029-01-01")));
    assert_true(qz_rules_in_force(r, D("2028-12-31")));
    qz_rules_free(r);
}

/* A minimal valid rule set with `extra` placed inside <roles>...; returns a new buffer. */
static const char *const minimal_head =
    "<?xml version=\"1.0\"?>\n"
    "<rules format=\"1\" id=\"t\" title=\"测试\" effective=\"2024-01-01\">\n"
    "  <roles>\n"
    "    <role id=\"head\" label=\"县长\"><cite article=\"1\">县长。</cite></role>\n"
    "  </roles>\n";

static void load_expect(const char *body, int code, int line)
{
    char buf[4096];
    snprintf(buf, sizeof(buf), "%s%s</rules>\n", minimal_head, body);
    qz_rules *r = (qz_rules *)0x1;
    int rc = qz_rules_load_memory(&r, buf, strlen(buf), "case.xml");
    if (rc != code)
        fail_msg("expected %d, got %d (%s) for:\n%s", code, rc, qz_error_message(qz_error_last()), body);
    if (code == QZ_OK) {
        qz_rules_free(r);
        return;
    }
    assert_null(r); /* nothing half-loaded: out set to NULL on entry */
    const qz_error *e = qz_error_last();
    assert_string_equal(qz_error_file(e), "case.xml");
    if (line)
        assert_int_equal(qz_error_line(e), line);
    assert_true(qz_error_column(e) > 0);
}

static void test_errors(void **state)
{
    (void)state;
    load_expect("", QZ_OK, 0);
    /* an unknown role, at the line of the <who> */
    load_expect("  <meetings>\n    <meeting id=\"m\" label=\"会\"><cite article=\"2\">会。</cite>\n"
                "      <convener><who role=\"nobody\"/></convener>\n    </meeting>\n  </meetings>\n",
                QZ_ESCHEMA, 8);
    /* a duplicate id */
    load_expect("  <deadlines>\n"
                "    <deadline id=\"d\" label=\"甲\" count=\"1\" unit=\"days\" anchor=\"x\"><cite "
                "article=\"1\">甲</cite></deadline>\n"
                "    <deadline id=\"d\" label=\"乙\" count=\"1\" unit=\"days\" anchor=\"x\"><cite "
                "article=\"1\">乙</cite></deadline>\n"
                "  </deadlines>\n",
                QZ_ESCHEMA, 8);
    /* agency codes (发文机关代字): good; a kind not defined; a code given twice (another issuer's) */
    static const char codes_head[] =
        "  <document-kinds>\n    <kind id=\"letter\" label=\"函\"/>\n"
        "  </document-kinds>\n  <issuers>\n    <issuer id=\"gov\" label=\"政府\">\n"
        "      <agency-code code=\"甲发\"/>\n";
    char body[1024];
    snprintf(body, sizeof(body), "%s%s", codes_head,
             "      <agency-code code=\"甲函\" kinds=\"letter\"/>\n    </issuer>\n  </issuers>\n");
    load_expect(body, QZ_OK, 0);
    snprintf(body, sizeof(body), "%s%s", codes_head,
             "      <agency-code code=\"甲函\" kinds=\"letter memo\"/>\n    </issuer>\n  </issuers>\n");
    load_expect(body, QZ_ESCHEMA, 12);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "memo"));
    snprintf(body, sizeof(body), "%s%s", codes_head,
             "    </issuer>\n    <issuer id=\"office\" label=\"办公室\">\n"
             "      <agency-code code=\"甲发\"/>\n    </issuer>\n  </issuers>\n");
    load_expect(body, QZ_ESCHEMA, 14);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "twice"));
    /* a rule without its citation fails the schema */
    load_expect("  <deadlines>\n    <deadline id=\"d\" label=\"甲\" count=\"1\" unit=\"days\" "
                "anchor=\"x\"/>\n  </deadlines>\n",
                QZ_ESCHEMA, 0);
    /* an impossible date */
    load_expect("", QZ_OK, 0);
    const char *bad_date =
        "<?xml version=\"1.0\"?><rules format=\"1\" id=\"t\" title=\"x\" effective=\"2024-02-30\">"
        "<roles><role id=\"a\" label=\"a\"><cite article=\"1\">a</cite></role></roles></rules>";
    qz_rules *r = NULL;
    assert_int_equal(qz_rules_load_memory(&r, bad_date, strlen(bad_date), "d.xml"), QZ_ESCHEMA);
    assert_null(r);
    /* malformed XML */
    const char *broken = "<rules format=\"1\"><roles>";
    assert_true(qz_rules_load_memory(&r, broken, strlen(broken), "b.xml") < 0);
    assert_null(r);
    /* a DOCTYPE is refused */
    const char *dtd = "<?xml version=\"1.0\"?><!DOCTYPE rules [<!ENTITY x \"y\">]><rules/>";
    assert_true(qz_rules_load_memory(&r, dtd, strlen(dtd), "x.xml") < 0);
    /* a group naming a role defined after it (a cycle would need that) */
    load_expect("", QZ_OK, 0);
    const char *fwd =
        "<?xml version=\"1.0\"?><rules format=\"1\" id=\"t\" title=\"x\" effective=\"2024-01-01\"><roles>"
        "<role id=\"g\" label=\"g\" any-of=\"a\"><cite article=\"1\">g</cite></role>"
        "<role id=\"a\" label=\"a\"><cite article=\"1\">a</cite></role></roles></rules>";
    assert_int_equal(qz_rules_load_memory(&r, fwd, strlen(fwd), "f.xml"), QZ_ESCHEMA);
    assert_int_equal(qz_rules_load_file(&r, "/nonexistent/rules.xml"), QZ_EIO);
    assert_int_equal(qz_rules_load_file(NULL, "x"), QZ_EINVAL);
    assert_null(r);
}

static int oom_load(void *ctx)
{
    qz_rules **r = ctx;
    return qz_rules_default(r);
}

static void oom_cleanup(void *ctx)
{
    qz_rules **r = ctx;
    qz_rules_free(*r);
    *r = NULL;
}

static int oom_save(void *ctx)
{
    qz_rules **r = ctx;
    char *t = NULL;
    int rc = qz_rules_save(&t, NULL, r[1]);
    qz_free(t);
    return rc;
}

static void test_oom(void **state)
{
    (void)state;
    qz_rules *r[2] = {NULL, NULL};
    assert_true(qzt_oom_loop(oom_load, oom_cleanup, r) > 1);
    QZT_OK(qz_rules_default(&r[1]));
    assert_true(qzt_oom_loop(oom_save, NULL, r) > 1);
    qz_rules_free(r[1]);
}

/* Which roles may form AB pairs is a rule: the organisation loads whatever
 * its pairs' roles, and binding it to a rule set checks them. */
static void test_ab_pair_roles(void **state)
{
    (void)state;
    qz_rules *yunxi = NULL, *city = NULL;
    qz_org *odd = NULL, *city_org = NULL;
    qz_calendar *cal = NULL;
    qz_model *m = NULL;
    QZT_OK(qz_rules_default(&yunxi));
    QZT_OK(qz_rules_load_file(&city, qzt_data("rules/city-ab.xml")));
    QZT_OK(qz_org_load_file(&odd, qzt_data("org/ab-office-director.xml")));
    QZT_OK(qz_org_load_file(&city_org, qzt_data("org/city-ab.xml")));
    QZT_OK(qz_calendar_default(&cal));

    /* Yunxi's rules allow deputies only: the office director's pair is refused at its place */
    assert_int_equal(qz_model_new(&m, yunxi, odd, cal), QZ_ESCHEMA);
    assert_null(m);
    const qz_error *e = qz_error_last();
    assert_int_equal(qz_error_code(e), QZ_ESCHEMA);
    assert_int_equal(qz_error_line(e), 60);
    assert_int_equal(qz_error_column(e), 5);
    assert_non_null(strstr(qz_error_file(e), "ab-office-director.xml"));
    assert_non_null(strstr(qz_error_message(e), "AB pair of 'deputy-1' and 'office-director'"));
    assert_non_null(strstr(qz_error_message(e), "'office-director'"));
    /* nor vice-mayors */
    assert_int_equal(qz_model_new(&m, yunxi, city_org, cal), QZ_ESCHEMA);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "role 'vice-mayor'"));
    assert_int_equal(qz_error_line(qz_error_last()), 13);

    /* a city's rule set allows vice-mayors */
    QZT_OK(qz_model_new(&m, city, city_org, cal));
    assert_non_null(m);
    qz_model_free(m);
    m = NULL;
    /* and refuses the deputy pairs it does not know */
    assert_int_equal(qz_model_new(&m, city, odd, cal), QZ_ESCHEMA);
    assert_null(m);

    /* saving keeps the rule */
    char *text = NULL;
    QZT_OK(qz_rules_save(&text, NULL, city));
    assert_non_null(strstr(text, "<ab-pairs roles=\"vice-mayor\">"));
    qz_free(text);

    /* a role the rule set does not define is refused when loading */
    const char *undefined = "<rules version=\"1\" id=\"t\" title=\"x\" effective=\"2024-01-01\">"
                            "<roles><role id=\"a\" label=\"a\"><cite article=\"1\">a</cite></role></roles>"
                            "<ab-pairs roles=\"a b\"/></rules>";
    qz_rules *r = NULL;
    assert_int_equal(qz_rules_load_memory(&r, undefined, strlen(undefined), "u.xml"), QZ_ESCHEMA);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "'b'"));
    assert_null(r);

    qz_calendar_free(cal);
    qz_org_free(odd);
    qz_org_free(city_org);
    qz_rules_free(city);
    qz_rules_free(yunxi);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_metadata), cmocka_unit_test(test_stable_ids),
        cmocka_unit_test(test_save_roundtrip),   cmocka_unit_test(test_other_county),
        cmocka_unit_test(test_errors),           cmocka_unit_test(test_oom),
        cmocka_unit_test(test_ab_pair_roles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
