/* Files written in the formats of quanze 0.1 keep loading (tests/data/compat/):
 * the rule set's old version attribute `format`, calendars without a version,
 * organisations as they were. Saving writes the current form, and saving what
 * was saved gives the same bytes. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quanze.h"

static char path[512];

static const char *compat(const char *name)
{
    snprintf(path, sizeof(path), "compat/%s", name);
    return qzt_data(path);
}

static void expect_ok(int rc)
{
    if (rc != QZ_OK)
        fail_msg("%d: %s", rc, qz_error_message(qz_error_last()));
}

/* Saves `first`, loads the text, saves again: the two texts must be equal. */
static void test_org(void **state)
{
    (void)state;
    const char *files[] = {"org-v1.xml", "org-small.xml"};
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        qz_org *org = NULL, *again = NULL;
        char *a = NULL, *b = NULL;
        size_t la = 0, lb = 0;
        int same = 0;
        expect_ok(qz_org_load_file(&org, compat(files[i])));
        expect_ok(qz_org_save(&a, &la, org));
        assert_non_null(strstr(a, "<organisation version=\"1\""));
        expect_ok(qz_org_load_memory(&again, a, la, "saved.xml"));
        expect_ok(qz_org_save(&b, &lb, again));
        assert_int_equal(la, lb);
        assert_memory_equal(a, b, la);
        expect_ok(qz_org_equal(&same, org, again));
        assert_int_equal(same, 1);
        qz_free(a);
        qz_free(b);
        qz_org_free(again);
        qz_org_free(org);
    }
}

static void test_rules(void **state)
{
    (void)state;
    const char *files[] = {"rules-format-attr.xml", "rules-other-county.xml"};
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        qz_rules *r = NULL, *again = NULL;
        char *a = NULL, *b = NULL;
        size_t la = 0, lb = 0;
        char *old = qzt_read_file(compat(files[i]), NULL);
        assert_non_null(strstr(old, "format=\"1\"")); /* the fixture is in the old form */
        free(old);
        expect_ok(qz_rules_load_file(&r, compat(files[i])));
        expect_ok(qz_rules_save(&a, &la, r));
        assert_non_null(strstr(a, "<rules version=\"1\""));
        assert_null(strstr(a, "format=\"1\""));
        expect_ok(qz_rules_load_memory(&again, a, la, "saved.xml"));
        expect_ok(qz_rules_save(&b, &lb, again));
        assert_int_equal(la, lb);
        assert_memory_equal(a, b, la);
        qz_free(a);
        qz_free(b);
        qz_rules_free(again);
        qz_rules_free(r);
    }
    /* a rule set must say its version one way or the other */
    const char *none =
        "<rules id=\"t\" title=\"x\" effective=\"2024-01-01\">"
        "<roles><role id=\"a\" label=\"a\"><cite article=\"1\">a</cite></role></roles></rules>";
    qz_rules *r = NULL;
    assert_int_equal(qz_rules_load_memory(&r, none, strlen(none), "none.xml"), QZ_ESCHEMA);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "'version'"));
    assert_null(r);
}

static void test_calendar(void **state)
{
    (void)state;
    qz_calendar *base = NULL, *cal = NULL, *again = NULL;
    char *a = NULL, *b = NULL;
    size_t la = 0, lb = 0;
    expect_ok(qz_calendar_load_file(&base, compat("calendar-no-version.xml")));
    expect_ok(qz_calendar_overlay_file(&cal, base, compat("calendar-overlay.xml")));
    expect_ok(qz_calendar_save(&a, &la, cal));
    assert_non_null(strstr(a, "<calendar version=\"1\""));
    expect_ok(qz_calendar_load_memory(&again, a, la, "saved.xml"));
    expect_ok(qz_calendar_save(&b, &lb, again));
    assert_int_equal(la, lb);
    assert_memory_equal(a, b, la);
    qz_free(a);
    qz_free(b);
    /* an unknown version is refused at its place */
    const char *v2 =
        "<calendar version=\"2\" region=\"x\" from=\"2026\" to=\"2026\"><year value=\"2026\"/></calendar>";
    qz_calendar *c = NULL;
    assert_int_equal(qz_calendar_load_memory(&c, v2, strlen(v2), "v2.xml"), QZ_ESCHEMA);
    assert_int_equal(qz_error_line(qz_error_last()), 1);
    assert_null(c);
    qz_calendar_free(again);
    qz_calendar_free(cal);
    qz_calendar_free(base);
}

/* Booleans are xs:boolean in every format: 1 and 0 as well as true and false. */
static void test_booleans(void **state)
{
    (void)state;
    const char *xml =
        "<organisation version=\"1\" id=\"b\" name=\"b\"><units>"
        "<unit id=\"g\" kind=\"government\" name=\"g\"/></units>"
        "<posts><post id=\"h\" unit=\"g\" role=\"head\" name=\"h\"/></posts>"
        "<people><person id=\"p\" name=\"p\" cpc=\"1\"/><person id=\"q\" name=\"q\" cpc=\"0\"/></people>"
        "<party-group name=\"pg\"><member post=\"h\" secretary=\"1\"/></party-group>"
        "<absences><absence person=\"p\" from=\"2026-01-01\" to=\"2026-01-02\" away-from-county=\"1\"/>"
        "</absences></organisation>";
    qz_org *org = NULL;
    int cpc = -1;
    expect_ok(qz_org_load_memory(&org, xml, strlen(xml), "b.xml"));
    expect_ok(qz_org_person_cpc(&cpc, org, "p"));
    assert_int_equal(cpc, 1);
    expect_ok(qz_org_person_cpc(&cpc, org, "q"));
    assert_int_equal(cpc, 0);
    assert_string_equal(qz_org_party_group_secretary(org, 20000), "h");
    char *text = NULL;
    expect_ok(qz_org_save(&text, NULL, org));
    /* written in the canonical spelling */
    assert_non_null(strstr(text, "cpc=\"true\""));
    assert_non_null(strstr(text, "secretary=\"true\""));
    assert_non_null(strstr(text, "away-from-county=\"true\""));
    qz_free(text);
    qz_org_free(org);
    const char *bad = "<organisation version=\"1\" id=\"b\" name=\"b\"><people>"
                      "<person id=\"p\" name=\"p\" cpc=\"yes\"/></people></organisation>";
    assert_int_equal(qz_org_load_memory(&org, bad, strlen(bad), "bad.xml"), QZ_ESCHEMA);
    assert_null(org);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_org),
        cmocka_unit_test(test_rules),
        cmocka_unit_test(test_calendar),
        cmocka_unit_test(test_booleans),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
