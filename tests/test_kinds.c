/* The fifteen statutory document kinds (《党政机关公文处理工作条例》 Art. 8) as the
 * default rule set's vocabulary: each, by id or by its Chinese name, finds its
 * row of the signing table (Art. 53–54) with a signer and the article. */
#include <string.h>
#include "query_support.h"

static const struct {
    const char *id, *name, *signer_role, *row;
} KINDS[] = {
    {"resolution", "决议", "deputy", "sign-54-3-other"},
    {"decision", "决定", "county-head", "sign-54-2"},
    {"order", "命令", "county-head", "sign-54-2"},
    {"communique", "公报", "deputy", "sign-54-3-other"},
    {"announcement", "公告", "deputy", "sign-54-3-other"},
    {"public-notice", "通告", "deputy", "sign-54-3-other"},
    {"opinion", "意见", "deputy", "sign-54-3-other"},
    {"notice", "通知", "deputy", "sign-54-3-other"},
    {"bulletin", "通报", "deputy", "sign-54-3-other"},
    {"report", "报告", "county-head", "sign-54-1"},
    {"request", "请示", "county-head", "sign-54-1"},
    {"reply", "批复", "deputy", "sign-54-3-other"},
    {"motion", "议案", "county-head", "sign-54-2"},
    {"letter", "函", "deputy", "sign-54-3-other"},
    {"minutes", "纪要", "deputy", "sign-54-3-other"},
};

static qz_answer *sign(const char *kind, const char *recipient)
{
    static const char *const portfolios[] = {"justice"};
    qz_sign_request r = QZ_SIGN_REQUEST_INIT;
    r.kind = kind;
    r.recipient = recipient;
    r.portfolios = portfolios;
    r.nportfolios = 1;
    r.date = qzt_d("2026-06-10");
    qz_answer *a = NULL;
    QZT_OK(qz_query_sign(&a, qzt_default, &r));
    return a;
}

static int signer_with_role(const qz_answer *a, const char *role)
{
    for (size_t i = 0; i < qz_answer_person_count(a); i++)
        if (qz_answer_person_capacity(a, i) == QZ_CAP_SIGNER &&
            strcmp(qz_answer_person_role(a, i), role) == 0)
            return 1;
    return 0;
}

static void test_fifteen_kinds(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof(KINDS) / sizeof(KINDS[0]); k++) {
        /* reports and requests go to the city government (54(1)); the rest go down */
        const char *to = KINDS[k].row[8] == '1' ? "city-government" : NULL;
        for (int by_name = 0; by_name < 2; by_name++) {
            qz_answer *a = sign(by_name ? KINDS[k].name : KINDS[k].id, to);
            if (!qz_answer_found(a) || strcmp(qz_answer_subject(a), KINDS[k].row) != 0 ||
                !signer_with_role(a, KINDS[k].signer_role))
                fail_msg("%s: found %d, row %s (want %s, signed by %s)",
                         by_name ? KINDS[k].name : KINDS[k].id, qz_answer_found(a), qz_answer_subject(a),
                         KINDS[k].row, KINDS[k].signer_role);
            assert_true(qzt_cites(a, 54, -1));
            qz_answer_free(a);
        }
    }
    assert_int_equal(qz_rules_count(qz_model_rules(qzt_default), QZ_RULES_DOCUMENT_KIND), 17);
}

static void test_names(void **state)
{
    (void)state;
    qz_answer *a = NULL;
    qz_sign_request r = QZ_SIGN_REQUEST_INIT;
    r.kind = "电报"; /* not a kind of the rule set, neither by id nor by name */
    r.date = qzt_d("2026-06-10");
    assert_int_equal(qz_query_sign(&a, qzt_default, &r), QZ_ENOTFOUND);
    assert_null(a);
    /* the normative category keeps its id and its name */
    r.kind = "行政规范性文件";
    QZT_OK(qz_query_sign(&a, qzt_default, &r));
    assert_string_equal(qz_answer_subject(a), "sign-54-2");
    qz_answer_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fifteen_kinds),
        cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, qzt_default_setup, qzt_default_teardown);
}
