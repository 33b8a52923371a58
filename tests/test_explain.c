/* The explanation renderer and the Chinese labels (lib/query_explain.c):
 * printf steps kept for later and written on first request, lines told once,
 * Chinese numerals over the whole int range, citation labels into a
 * caller's buffer, and the one set of labels the CLI and bindings print. */
#include <limits.h>
#include <stdlib.h>
#include "query_support.h"
#include "query.h"

static void numeral(int n, const char *want)
{
    qz_buf b = QZ_BUF_INIT;
    qz_query__chinese_number(&b, n);
    assert_false(b.failed);
    assert_string_equal(b.data, want);
    qz__buf_free(&b);
}

static void test_numerals(void **state)
{
    (void)state;
    numeral(0, "零");
    numeral(1, "一");
    numeral(10, "十");
    numeral(11, "十一");
    numeral(20, "二十");
    numeral(54, "五十四");
    numeral(100, "一百");
    numeral(105, "一百零五");
    numeral(110, "一百一十");
    numeral(999, "九百九十九");
    numeral(1000, "一千");
    numeral(1001, "一千零一");
    numeral(1010, "一千零一十");
    numeral(9999, "九千九百九十九");
    numeral(10000, "一万");
    numeral(10005, "一万零五");
    numeral(100000, "十万");
    numeral(110000, "十一万");
    numeral(1000100, "一百万零一百");
    numeral(100010000, "一亿零一万");
    numeral(INT_MAX, "二十一亿四千七百四十八万三千六百四十七");
    numeral(-3, "-3"); /* not a number of an article: the digits */
}

static void test_citation_label(void **state)
{
    (void)state;
    char buf[QZ_CITATION_LABEL_BUFSIZE];
    QZT_OK(qz_citation_label(buf, sizeof(buf), 54, 1));
    assert_string_equal(buf, "第五十四条第(一)项");
    QZT_OK(qz_citation_label(buf, sizeof(buf), 54, 0));
    assert_string_equal(buf, "第五十四条");
    assert_int_equal(qz_citation_label(buf, sizeof(buf), INT_MAX, INT_MAX), QZ_OK); /* the bound holds */
    /* too small: cut at a character, never inside one, and said */
    char small[5];
    assert_int_equal(qz_citation_label(small, sizeof(small), 54, 1), QZ_ELIMIT);
    assert_string_equal(small, "第");
    assert_int_equal(qz_error_code(qz_error_last()), QZ_ELIMIT);
    assert_int_equal(qz_citation_label(buf, sizeof(buf), 0, 0), QZ_EINVAL);
    assert_string_equal(buf, "");
    assert_int_equal(qz_citation_label(buf, sizeof(buf), 3, -1), QZ_EINVAL);
    assert_int_equal(qz_citation_label(NULL, 10, 3, 0), QZ_EINVAL);
    assert_int_equal(qz_citation_label(buf, 0, 3, 0), QZ_EINVAL);
}

static void test_labels(void **state)
{
    (void)state;
    /* the wording of the work rules (代行…职责), one for library, CLI and bindings */
    assert_string_equal(qz_capacity_label(QZ_CAP_ACTING), "代行职责");
    assert_string_equal(qz_capacity_label(QZ_CAP_ABSENT), "不在岗");
    assert_string_equal(qz_capacity_label(QZ_CAP_SIGNER), "签发");
    assert_string_equal(qz_capacity_label(QZ_CAP_ESCALATION), "报请审定");
    assert_string_equal(qz_capacity_label((qz_capacity)0), "");
    assert_string_equal(qz_capacity_label((qz_capacity)999), "");
    assert_string_equal(qz_time_unit_label(QZ_UNIT_HALF_DAYS), "个半天");
    assert_string_equal(qz_time_unit_label(QZ_UNIT_WORKDAYS), "个工作日");
    assert_string_equal(qz_time_unit_label((qz_time_unit)42), "");
    assert_string_equal(qz_via_label(QZ_VIA_HOLDER), "本人");
    assert_string_equal(qz_via_label(QZ_VIA_ACTING), "代行");
    assert_string_equal(qz_via_label(QZ_VIA_ENTRUSTED), "受委托");
    for (int c = QZ_CAP_SIGNER; c <= QZ_CAP_ESCALATION; c++)
        assert_true(qz_capacity_label((qz_capacity)c)[0] != '\0');
}

static void render_date(qz_buf *b, const void *data)
{
    qz__buf_printf(b, "later:%d", *(const int *)data);
}

/* An answer with the narrative `fill` records, through the query layer. */
static qz_answer *answer_of(void (*fill)(qz_qctx *q))
{
    qz_qctx q;
    qz_answer *a = NULL;
    QZT_OK(qz_query__begin(&q, qzt_default, QZ_QUERY_ACTING, qzt_d("2026-03-03")));
    fill(&q);
    QZT_OK(qz_query__end(&q, &a, QZ_OK));
    return a;
}

static void steps(qz_qctx *q)
{
    char mine[16] = "甲";
    qz_query__explain(q, "s=%s d=%d u=%u ld=%ld lu=%lu lld=%lld llu=%llu zu=%zu %%", mine, -7, 7u, -70L, 70UL,
                      -700LL, 700ULL, (size_t)7000);
    mine[0] = 'X';                    /* the answer kept its own copy */
    const char *volatile none = NULL; /* a NULL string reads "(null)", as glibc's printf */
    qz_query__explain(q, "null=%s", none);
    qz_query__explain(q, "[%5d]", 42); /* a width: written at once */
    qz_query__explain(q, "%d%d%d%d%d%d%d%d%d%d%d%d%d", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    int *later = qz_query__explain_later(q, render_date, sizeof(int));
    assert_non_null(later);
    *later = 2026;
    qz_query__explain(q, "twice");
    qz_query__explain(q, "twice"); /* the same line is told once */
}

static void test_renderer(void **state)
{
    (void)state;
    qz_answer *a = answer_of(steps);
    const char *text = qz_answer_explanation(a);
    assert_string_equal(text, "s=甲 d=-7 u=7 ld=-70 lu=70 lld=-700 llu=700 zu=7000 %\n"
                              "null=(null)\n"
                              "[   42]\n"
                              "12345678910111213\n"
                              "later:2026\n"
                              "twice\n");
    assert_ptr_equal(qz_answer_explanation(a), text); /* rendered once, then kept */
    qz_answer_free(a);
}

static void no_one(qz_qctx *q)
{
    qz_query__explain(q, "第一步");
    qz_query__explain(q, "第二步");
    qz_query__no_one_explained(q, "无人");
}

static void test_no_one_explained(void **state)
{
    (void)state;
    qz_answer *a = answer_of(no_one);
    assert_false(qz_answer_found(a));
    assert_string_equal(qz_answer_reason(a), "无人:第一步;第二步");
    qz_answer_free(a);
}

/* The people and citations lines use the same labels. */
static void test_explain_all_labels(void **state)
{
    (void)state;
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    qz_answer *a = NULL;
    r.post = "county-head";
    r.date = qzt_d("2026-03-03");
    QZT_OK(qz_query_acting(&a, qzt_default, &r));
    const char *text = qz_answer_explanation(a);
    assert_non_null(strstr(text, qz_capacity_label(QZ_CAP_ACTING)));
    char cite[QZ_CITATION_LABEL_BUFSIZE];
    assert_true(qz_answer_citation_count(a) > 0);
    assert_int_equal(qz_citation_label(cite, sizeof(cite), qz_answer_citation_article(a, 0),
                                       qz_answer_citation_item(a, 0)),
                     QZ_OK);
    assert_non_null(strstr(text, cite));
    qz_answer_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numerals),         cmocka_unit_test(test_citation_label),
        cmocka_unit_test(test_labels),           cmocka_unit_test(test_renderer),
        cmocka_unit_test(test_no_one_explained), cmocka_unit_test(test_explain_all_labels),
    };
    return cmocka_run_group_tests(tests, qzt_default_setup, qzt_default_teardown);
}
