/* Draft descriptions (lib/draft*.c): the XML and the JSON form give the same
 * request; each malformed or invalid input is refused with its place. */
#include <stdlib.h>
#include <string.h>
#include "query_support.h"

static void same_request(const qz_route_request *r)
{
    assert_string_equal(r->kind, "通知");
    assert_string_equal(r->issuer, "county-government");
    assert_int_equal(r->date, qzt_d("2026-10-09"));
    assert_string_equal(r->docnum, "西政发〔2026〕12号");
    assert_true(r->normative);
    assert_true(r->urgent);
    assert_int_equal(r->validity_years, 5);
    assert_int_equal(r->nportfolios, 2);
    assert_string_equal(r->portfolios[1], "education");
    assert_string_equal(r->meeting, "executive");
    assert_int_equal(r->meeting_date, qzt_d("2026-09-30"));
    assert_int_equal(r->nnormative_facts, 2);
    assert_int_equal(r->nagency_codes, 3);
    assert_string_equal(r->agency_codes[2], "西政函");
}

static void test_xml_and_json(void **state)
{
    (void)state;
    qz_draft *d = NULL;
    QZT_OK(qz_draft_load_file(&d, QZ_SOURCE_DIR "/examples/dms-plugin/draft.xml"));
    same_request(qz_draft_request(d));
    qz_model *m = NULL;
    QZT_OK(qz_model_default(&m));
    qz_route *rt = NULL;
    QZT_OK(qz_query_route(&rt, m, qz_draft_request(d)));
    assert_int_equal(qz_route_step_count(rt), 6);
    qz_route_free(rt);
    qz_draft_free(d);
    QZT_OK(qz_draft_load_file(&d, QZ_SOURCE_DIR "/examples/dms-plugin/draft.json"));
    same_request(qz_draft_request(d));
    qz_draft_free(d);
    qz_model_free(m);
}

static void refused(const char *text, int code, int line, const char *words)
{
    qz_draft *d = (qz_draft *)&d;
    int rc = qz_draft_parse(&d, text, strlen(text), "t");
    if (rc != code)
        fail_msg("%s: %d (want %d): %s", text, rc, code, qz_error_message(qz_error_last()));
    assert_null(d);
    if (line)
        assert_int_equal(qz_error_line(qz_error_last()), line);
    if (words && !strstr(qz_error_message(qz_error_last()), words))
        fail_msg("%s: message %s", text, qz_error_message(qz_error_last()));
}

static void test_refused(void **state)
{
    (void)state;
    refused("{\"kind\": \"函\"}", QZ_ESCHEMA, 1, "no date");
    refused("{\"kind\": \"函\", \"date\": \"2026-13-01\"}", QZ_ESCHEMA, 1, "date");
    refused("{\"kind\": \"函\",\n \"date\": \"2026-06-01\",\n \"colour\": \"red\"}", QZ_ESCHEMA, 3,
            "unknown");
    refused("{\"kind\": \"函\", \"date\": \"2026-06-01\", \"normative\": \"yes\"}", QZ_ESCHEMA, 1, "boolean");
    refused("{\"kind\": \"函\", \"date\": \"2026-06-01\", \"meeting\": \"executive\"}", QZ_ESCHEMA, 1,
            "meeting");
    refused("{\"kind\": \"函\", \"date\": \"2026-06-01\"", QZ_EPARSE, 1, "expected");
    refused("{\"kind\": \"\\ud800\", \"date\": \"2026-06-01\"}", QZ_EPARSE, 1, "surrogate");
    refused("{\"kind\": \"\\u0000\", \"date\": \"2026-06-01\"}", QZ_EPARSE, 1, "NUL");
    refused("{\"kind\": \"\xff\", \"date\": \"2026-06-01\"}", QZ_EPARSE, 1, "UTF-8");
    /* strict UTF-8 as in the JSON Lines records (lib/util/json_string.c): an encoded
     * surrogate, an overlong form and a code point above U+10FFFF, each at its column */
    refused("{\"kind\": \"\xed\xa0\x80\", \"date\": \"2026-06-01\"}", QZ_EPARSE, 1, "UTF-8");
    refused("{\"kind\": \"\xc0\xaf\", \"date\": \"2026-06-01\"}", QZ_EPARSE, 1, "UTF-8");
    refused("{\"kind\":\n \"\xf4\x90\x80\x80\"}", QZ_EPARSE, 2, "UTF-8");
    assert_int_equal(qz_error_column(qz_error_last()), 3);
    refused("{\"kind\": \"函\", \"date\": \"2026-06-01\"} x", QZ_EPARSE, 1, "after");
    refused("{\"kind\": \"函\", \"date\": \"2026-06-01\", \"validity-years\": 1.5}", QZ_EPARSE, 1, NULL);
    refused("<draft version=\"1\" kind=\"函\"/>", QZ_ESCHEMA, 1, NULL);
    refused("<draft version=\"1\" kind=\"函\" date=\"2026-06-01\">\n<colour/></draft>", QZ_ESCHEMA, 2, NULL);
    refused("<draft version=\"2\" kind=\"函\" date=\"2026-06-01\"/>", QZ_ESCHEMA, 1, NULL);
    refused("<<draft/>", QZ_EPARSE, 0, NULL);
    refused("", QZ_EPARSE, 0, NULL);
    qz_draft *d = NULL;
    /* JSON escapes and null */
    const char *ok = "{\"kind\": \"\\u51fd\", \"date\": \"2026-06-01\", \"recipient\": null, \"facts\": []}";
    QZT_OK(qz_draft_parse(&d, ok, strlen(ok), NULL));
    assert_string_equal(qz_draft_request(d)->kind, "函");
    assert_null(qz_draft_request(d)->recipient);
    qz_draft_free(d);
    assert_int_equal(qz_draft_parse(NULL, ok, strlen(ok), NULL), QZ_EINVAL);
    assert_int_equal(qz_draft_load_file(&d, NULL), QZ_EINVAL);
    assert_null(qz_draft_request(NULL));
    qz_draft_free(NULL);
}

static int oom_parse(void *ctx)
{
    (void)ctx;
    char *text = qzt_read_file(QZ_SOURCE_DIR "/examples/dms-plugin/draft.xml", NULL);
    qz_draft *d = NULL;
    int rc = qz_draft_parse(&d, text, strlen(text), "draft.xml");
    qz_draft_free(d);
    free(text);
    if (rc < 0)
        return rc;
    text = qzt_read_file(QZ_SOURCE_DIR "/examples/dms-plugin/draft.json", NULL);
    rc = qz_draft_parse(&d, text, strlen(text), "draft.json");
    qz_draft_free(d);
    free(text);
    return rc;
}

static void test_oom(void **state)
{
    (void)state;
    assert_true(qzt_oom_loop(oom_parse, NULL, NULL) > 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_xml_and_json),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
