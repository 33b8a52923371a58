/* Answers with many people: a plenary meeting of a generated organisation
 * with thousands of departments lists every department principal once, in
 * the order of their posts, the first way each qualifies; and the same
 * question on an organisation that just outgrows a scan survives running out
 * of memory at every allocation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "query_support.h"

/* Department d's principal post is held by person d, except that person 0
 * also heads every department whose number is a multiple of `shared_every`
 * (0: none): those posts list person 0 again, who must appear once. */
static char *org_xml(int departments, int shared_every)
{
    qz_buf b = QZ_BUF_INIT;
    qz__buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<organisation version=\"1\" id=\"big\" name=\"某县人民政府\">\n<units>\n"
                     "<unit id=\"government\" kind=\"government\" name=\"某县人民政府\"/>\n");
    for (int d = 0; d < departments; d++)
        qz__buf_printf(&b, "<unit id=\"d%05d\" kind=\"department\" name=\"第%d局\" parent=\"government\"/>\n",
                       d, d);
    qz__buf_puts(
        &b,
        "</units>\n<posts>\n"
        "<post id=\"county-head\" unit=\"government\" role=\"county-head\" name=\"县长\"/>\n"
        "<post id=\"executive-deputy\" unit=\"government\" role=\"executive-deputy\" name=\"常务副县长\"/>\n"
        "<post id=\"deputy-1\" unit=\"government\" role=\"deputy\" name=\"副县长\"/>\n");
    for (int d = 0; d < departments; d++)
        qz__buf_printf(
            &b, "<post id=\"d%05d-principal\" unit=\"d%05d\" role=\"department-principal\" name=\"局长\"/>\n",
            d, d);
    qz__buf_puts(
        &b, "</posts>\n<people>\n"
            "<person id=\"head\" name=\"甲\" cpc=\"true\"/>\n<person id=\"exec\" name=\"乙\" cpc=\"true\"/>\n"
            "<person id=\"dep\" name=\"丙\" cpc=\"true\"/>\n");
    for (int d = 0; d < departments; d++)
        qz__buf_printf(&b, "<person id=\"p%05d\" name=\"丁%d\" cpc=\"true\"/>\n", d, d);
    qz__buf_puts(&b, "</people>\n<tenures>\n"
                     "<tenure post=\"county-head\" person=\"head\" from=\"2020-01-01\"/>\n"
                     "<tenure post=\"executive-deputy\" person=\"exec\" from=\"2020-01-01\"/>\n"
                     "<tenure post=\"deputy-1\" person=\"dep\" from=\"2020-01-01\"/>\n");
    for (int d = 0; d < departments; d++) {
        int who = shared_every && d % shared_every == 0 ? 0 : d;
        qz__buf_printf(&b, "<tenure post=\"d%05d-principal\" person=\"p%05d\" from=\"2020-01-01\"/>\n", d,
                       who);
    }
    qz__buf_puts(&b, "</tenures>\n</organisation>\n");
    char *xml;
    size_t len;
    QZT_OK(qz__buf_detach(&b, &xml, &len));
    return xml;
}

static qz_model *model_of(int departments, int shared_every)
{
    char *xml = org_xml(departments, shared_every);
    qz_rules *r = NULL;
    qz_org *o = NULL;
    if (qz_org_load_memory(&o, xml, strlen(xml), "big.xml") != QZ_OK)
        fail_msg("%s", qz_error_message(qz_error_last()));
    qz_free(xml);
    QZT_OK(qz_rules_default(&r));
    return qzt_model_of(r, o);
}

static int ask_plenary(qz_answer **out, const qz_model *m)
{
    qz_meeting_request req = QZ_MEETING_REQUEST_INIT;
    req.type = "plenary";
    req.date = qzt_d("2026-06-10");
    return qz_query_meeting(out, m, &req);
}

/* The department principals among the members, in answer order, must be the
 * principal posts in the organisation's order with each person kept only at
 * their first post: what a scan of the answer so far would give. */
static void check_principals(const qz_answer *a, const qz_org *org)
{
    qz_date day = qzt_d("2026-06-10");
    size_t n = qz_org_role_post_count(org, "department-principal", day);
    const char **seen = calloc(n ? n : 1, sizeof(*seen));
    assert_non_null(seen);
    size_t nseen = 0, k = 0, count = qz_answer_person_count(a);
    for (size_t i = 0; i < n; i++) {
        const char *post = qz_org_role_post_at(org, "department-principal", day, i);
        const char *person = qz_org_holder(org, post, day);
        int dup = 0;
        for (size_t j = 0; j < nseen && !dup; j++) /* the reference: a plain scan */
            dup = seen[j] == person;
        if (dup)
            continue;
        seen[nseen++] = person;
        while (k < count && !(qz_answer_person_capacity(a, k) == QZ_CAP_MEMBER &&
                              strcmp(qz_answer_person_role(a, k), "department-principal") == 0))
            k++;
        assert_true(k < count);
        assert_string_equal(qz_answer_person_post(a, k), post);
        assert_ptr_equal(qz_answer_person_id(a, k), person);
        k++;
    }
    for (; k < count; k++) /* no principal beyond the expected ones */
        assert_false(qz_answer_person_capacity(a, k) == QZ_CAP_MEMBER &&
                     strcmp(qz_answer_person_role(a, k), "department-principal") == 0);
    free(seen);
}

/* Every (person, capacity) pair appears at most once. */
static void check_once(const qz_answer *a)
{
    size_t n = qz_answer_person_count(a);
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            assert_false(qz_answer_person_capacity(a, i) == qz_answer_person_capacity(a, j) &&
                         qz_answer_person_id(a, i) == qz_answer_person_id(a, j));
}

static void test_plenary_of_thousands(void **state)
{
    (void)state;
    enum { DEPARTMENTS = 5000, SHARED = 7 };
    qz_model *m = model_of(DEPARTMENTS, SHARED);
    qz_answer *a = NULL;
    QZT_OK(ask_plenary(&a, m));
    assert_true(qz_answer_found(a));
    /* head, the two deputies, and one principal per person: person 0 heads
     * every seventh department but is listed once, for department 0 */
    size_t distinct = DEPARTMENTS - (DEPARTMENTS + SHARED - 1) / SHARED + 1;
    assert_int_equal(qzt_count(a, QZ_CAP_MEMBER), 3 + distinct);
    int i = qzt_person(a, QZ_CAP_MEMBER, "d00000-principal");
    assert_true(i >= 0);
    assert_string_equal(qz_answer_person_id(a, (size_t)i), "p00000");
    assert_int_equal(qzt_person(a, QZ_CAP_MEMBER, "d00007-principal"), -1);
    QZT_PERSON(a, QZ_CAP_MEMBER, "d04999-principal", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_CONVENER, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_MEMBER, "county-head", QZ_VIA_HOLDER); /* another capacity: listed again */
    check_principals(a, qz_model_org(m));
    qz_answer_free(a);
    qz_model_free(m);
}

/* Both sides of the switch from a scan to the index give the same answer. */
static void test_small_and_large_agree(void **state)
{
    (void)state;
    for (int departments = 1; departments <= 80; departments += 3) {
        qz_model *m = model_of(departments, 3);
        qz_answer *a = NULL;
        QZT_OK(ask_plenary(&a, m));
        check_once(a);
        check_principals(a, qz_model_org(m));
        qz_answer_free(a);
        qz_model_free(m);
    }
}

static int oom_plenary(void *ctx)
{
    qz_answer *a = NULL;
    int rc = ask_plenary(&a, ctx);
    qz_answer_free(a);
    return rc;
}

static void test_plenary_out_of_memory(void **state)
{
    (void)state;
    qz_model *m = model_of(200, 5); /* the index is built and doubled twice */
    assert_true(qzt_oom_loop(oom_plenary, NULL, m) > 1);
    qz_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plenary_of_thousands),
        cmocka_unit_test(test_small_and_large_agree),
        cmocka_unit_test(test_plenary_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
