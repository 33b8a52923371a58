/* A city government written from the docs alone (tests/data/rules/city.xml
 * over tests/data/org/city.xml): a mayor, an executive vice-mayor,
 * vice-mayors paired as AB, a secretary-general and deputy
 * secretaries-general who assist them, bureaus and districts. Each test is
 * one place where a county's assumptions used to leak into the answers, or
 * one form of the city's vocabulary. */
#include <stdio.h>
#include <stdlib.h>
#include "query_support.h"

static qz_model *C; /* the city's rules over the city's organisation */

static int setup(void **state)
{
    (void)state;
    C = qzt_model("rules/city.xml", "org/city.xml");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    qz_model_free(C);
    return 0;
}

static int finding(const qz_answer *a, const char *id)
{
    for (size_t i = 0; i < qz_answer_finding_count(a); i++)
        if (strcmp(qz_answer_finding_id(a, i), id) == 0)
            return (int)i;
    return -1;
}

static int contains(const char *s, const char *part)
{
    return s && strstr(s, part) ? 1 : 0;
}

/* ---- the rule set and the organisation load, pair and round-trip ---- */

static void test_city_loads(void **state)
{
    (void)state;
    const qz_rules *r = qz_model_rules(C);
    assert_string_equal(qz_rules_id(r), "city-2025");
    assert_string_equal(qz_rules_default_issuer(r), "city-government");
    assert_string_equal(qz_rules_leave_word(r), "离市");
    /* the embedded county rules keep their word and issuer */
    qz_rules *y = NULL;
    QZT_OK(qz_rules_default(&y));
    assert_string_equal(qz_rules_leave_word(y), "离县");
    assert_string_equal(qz_rules_default_issuer(y), "county-government");
    qz_rules_free(y);
    assert_null(qz_rules_default_issuer(NULL));
    assert_null(qz_rules_leave_word(NULL));
    /* saving and loading again gives the same bytes */
    char *t1 = NULL, *t2 = NULL;
    qz_rules *again = NULL;
    QZT_OK(qz_rules_save(&t1, NULL, r));
    QZT_OK(qz_rules_load_memory(&again, t1, strlen(t1), "saved"));
    QZT_OK(qz_rules_save(&t2, NULL, again));
    assert_string_equal(t1, t2);
    assert_true(contains(t1, "leave-word=\"离市\""));
    assert_true(contains(t1, "minutes=\"optional\""));
    assert_true(contains(t1, "assists=\"lead\""));
    qz_free(t1);
    qz_free(t2);
    qz_rules_free(again);
}

static void test_city_ab_pairs_of_vice_mayors(void **state)
{
    (void)state;
    /* <ab-pairs roles="vice-mayor"> lets the city's vice-mayors pair (the model
     * was built in setup); the pair is an acting rule of the city */
    const qz_org *o = qz_model_org(C);
    assert_string_equal(qz_org_ab_partner(o, "vice-mayor-1", qzt_d("2026-04-14")), "vice-mayor-2");
    qz_answer *a = qzt_acting(C, "vice-mayor-2", "2026-05-20");
    assert_true(qz_answer_found(a));
    assert_true(qzt_person(a, QZ_CAP_ACTING, "vice-mayor-1") >= 0);
    assert_true(qzt_cites(a, 5, -1));
    qz_answer_free(a);
}

static void test_city_org_round_trip(void **state)
{
    (void)state;
    qz_org *o = NULL, *again = NULL;
    char *t1 = NULL, *t2 = NULL;
    QZT_OK(qz_org_load_file(&o, qzt_data("org/city.xml")));
    QZT_OK(qz_org_save(&t1, NULL, o));
    QZT_OK(qz_org_load_memory(&again, t1, strlen(t1), "saved"));
    QZT_OK(qz_org_save(&t2, NULL, again));
    assert_string_equal(t1, t2);
    int same = 0;
    QZT_OK(qz_org_equal(&same, o, again));
    assert_true(same);
    assert_true(contains(t1, "<assist post=\"deputy-secretary-general-2\" leader=\"vice-mayor-1\""));
    assert_true(contains(t1, "destination=\"abroad\""));
    assert_true(contains(t1, "approved-by=\"市委书记\""));
    qz_free(t1);
    qz_free(t2);
    qz_org_free(again);
    qz_org_free(o);
}

/* ---- the "assists" relation ---- */

static void test_city_assists(void **state)
{
    (void)state;
    const qz_org *o = qz_model_org(C);
    qz_date d = qzt_d("2026-04-14");
    assert_int_equal(qz_org_assistant_count(o, "vice-mayor-3", d), 1);
    assert_string_equal(qz_org_assistant_at(o, "vice-mayor-3", d, 0), "deputy-secretary-general-3");
    assert_null(qz_org_assistant_at(o, "vice-mayor-3", d, 1));
    assert_int_equal(qz_error_code(qz_error_last()), QZ_ENOTFOUND);
    assert_int_equal(qz_org_assistant_count(o, "mayor", d), 0);
    assert_int_equal(qz_org_assistant_count(o, "vice-mayor-1", qzt_d("2024-12-31")), 0); /* before it began */
    int yes = 1;
    QZT_OK(qz_org_assists(&yes, o, "deputy-secretary-general-2", "vice-mayor-2", d));
    assert_true(yes);
    QZT_OK(qz_org_assists(&yes, o, "deputy-secretary-general-2", "vice-mayor-3", d));
    assert_false(yes);
    yes = 1;
    assert_int_equal(qz_org_assists(&yes, o, "nobody", "vice-mayor-3", d), QZ_ENOTFOUND);
    assert_false(yes);
    assert_int_equal(qz_org_assists(NULL, o, "a", "b", d), QZ_EINVAL);
    assert_int_equal(qz_org_assistant_count(o, "nobody", d), 0);
    assert_int_equal(qz_error_code(qz_error_last()), QZ_ENOTFOUND);

    /* a post assisting itself, and the same assistance twice, are refused */
    static const char self[] = "<?xml version=\"1.0\"?><organisation version=\"1\" id=\"x\" name=\"x\">"
                               "<units><unit id=\"g\" kind=\"government\" name=\"g\"/></units>"
                               "<posts><post id=\"a\" unit=\"g\" role=\"r\" name=\"a\"/></posts>"
                               "<assists><assist post=\"a\" leader=\"a\"/></assists></organisation>";
    qz_org *bad = NULL;
    assert_int_equal(qz_org_load_memory(&bad, self, sizeof(self) - 1, "self"), QZ_ESCHEMA);
    assert_true(contains(qz_error_message(qz_error_last()), "assists itself"));
    static const char twice[] =
        "<?xml version=\"1.0\"?><organisation version=\"1\" id=\"x\" name=\"x\">"
        "<units><unit id=\"g\" kind=\"government\" name=\"g\"/></units>"
        "<posts><post id=\"a\" unit=\"g\" role=\"r\" name=\"a\"/>"
        "<post id=\"b\" unit=\"g\" role=\"r\" name=\"b\"/></posts>"
        "<assists><assist post=\"a\" leader=\"b\" from=\"2026-01-01\"/>"
        "<assist post=\"a\" leader=\"b\" from=\"2026-03-01\"/></assists></organisation>";
    assert_int_equal(qz_org_load_memory(&bad, twice, sizeof(twice) - 1, "twice"), QZ_ESCHEMA);
    assert_true(contains(qz_error_message(qz_error_last()), "twice on 2026-03-01"));
    assert_null(bad);
}

/* The deputy secretary-general who assists the leader in charge reviews. */
static void test_city_assistant_of_leader_in_charge(void **state)
{
    (void)state;
    qz_sign_request r = QZ_SIGN_REQUEST_INIT;
    const char *portfolio[] = {"west-district"};
    r.kind = "notice";
    r.date = qzt_d("2026-04-14");
    r.portfolios = portfolio;
    r.nportfolios = 1;
    qz_answer *a = NULL;
    QZT_OK(qz_query_sign(&a, C, &r));
    assert_true(qzt_person(a, QZ_CAP_SIGNER, "vice-mayor-3") >= 0);
    assert_true(qzt_person(a, QZ_CAP_REVIEWER, "deputy-secretary-general-3") >= 0);
    assert_true(qzt_person(a, QZ_CAP_REVIEWER, "secretary-general") >= 0);
    assert_int_equal(qzt_person(a, QZ_CAP_REVIEWER, "deputy-secretary-general-2"), -1);
    assert_int_equal(qzt_count(a, QZ_CAP_REVIEWER), 2);
    qz_answer_free(a);
}

/* ---- defects ---- */

/* No issuer id is written in code: a signing question without an issuer
 * uses the city's default (the CLI's JSON names it through the same call). */
static void test_city_default_issuer(void **state)
{
    (void)state;
    qz_sign_request r = QZ_SIGN_REQUEST_INIT;
    r.kind = "normative";
    r.date = qzt_d("2026-04-14");
    qz_answer *a = NULL;
    QZT_OK(qz_query_sign(&a, C, &r));
    assert_string_equal(qz_answer_subject(a), "sign-normative"); /* a row for city-government */
    assert_true(qzt_person(a, QZ_CAP_SIGNER, "mayor") >= 0);
    qz_answer_free(a);
    assert_string_equal(qz_rules_default_issuer(qz_model_rules_at(C, r.date)), "city-government");
}

/* The word for leaving the jurisdiction comes from the rule set. */
static void test_city_leave_word(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(C, "mayor", "2026-03-10");
    const char *x = qz_answer_explanation(a);
    assert_true(contains(x, "离市"));
    assert_false(contains(x, "离县"));
    qz_answer_free(a);

    qz_leave_request l = QZ_LEAVE_REQUEST_INIT;
    l.post = "vice-mayor-1";
    l.depart = qzt_d("2026-04-13");
    l.notified = qzt_d("2026-04-08");
    l.days = 5;
    QZT_OK(qz_query_leave(&a, C, &l));
    x = qz_answer_explanation(a);
    assert_true(contains(x, "离市5日"));
    assert_false(contains(x, "离县"));
    qz_answer_free(a);
}

/* reviewer and escalation are people in meeting and signing answers. */
static void test_city_reviewer_and_escalation(void **state)
{
    (void)state;
    qz_meeting_request m = QZ_MEETING_REQUEST_INIT;
    m.type = "executive";
    m.date = qzt_d("2026-04-14");
    qz_answer *a = NULL;
    QZT_OK(qz_query_meeting(&a, C, &m));
    assert_true(qzt_person(a, QZ_CAP_REVIEWER, "secretary-general") >= 0);
    assert_true(qzt_person(a, QZ_CAP_ESCALATION, "mayor") >= 0);
    assert_true(qz_answer_has(a, QZ_VALUE_MINUTES_OPTIONAL));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MINUTES_OPTIONAL), 0);
    qz_answer_free(a);

    qz_sign_request r = QZ_SIGN_REQUEST_INIT;
    r.kind = "notice";
    r.issuer = "general-office";
    r.date = qzt_d("2026-04-14");
    QZT_OK(qz_query_sign(&a, C, &r));
    assert_true(qzt_person(a, QZ_CAP_SIGNER, "secretary-general") >= 0);
    assert_true(qzt_person(a, QZ_CAP_ESCALATION, "mayor") >= 0);
    assert_true(qzt_person(a, QZ_CAP_ESCALATION, "executive-vice-mayor") >= 0);
    assert_true(qzt_person(a, QZ_CAP_ESCALATION, "vice-mayor-3") >= 0);
    qz_answer_free(a);

    r.issuer = NULL;
    r.kind = "normative";
    QZT_OK(qz_query_sign(&a, C, &r));
    assert_true(qzt_person(a, QZ_CAP_REVIEWER, "secretary-general") >= 0);
    qz_answer_free(a);
}

/* A meeting-scoped entrustment deciding who presides is cited with its own
 * article (Art. 18), not the general acting article (Art. 9). */
static void test_city_meeting_entrustment_cited(void **state)
{
    (void)state;
    qz_meeting_request m = QZ_MEETING_REQUEST_INIT;
    m.type = "mayor-office";
    m.date = qzt_d("2026-03-10");
    qz_answer *a = NULL;
    QZT_OK(qz_query_meeting(&a, C, &m));
    int i = qzt_person(a, QZ_CAP_PRESIDER, "executive-vice-mayor");
    assert_true(i >= 0);
    int c = qz_answer_person_citation(a, (size_t)i);
    assert_true(c >= 0);
    assert_int_equal(qz_answer_citation_article(a, (size_t)c), 18);
    assert_false(qzt_cites(a, 9, -1));
    qz_answer_free(a);

    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    r.post = "mayor";
    r.matter = "mayor-office";
    r.date = qzt_d("2026-03-10");
    QZT_OK(qz_query_acting(&a, C, &r));
    i = qzt_person(a, QZ_CAP_ACTING, "executive-vice-mayor");
    assert_true(i >= 0);
    assert_int_equal(qz_answer_person_via(a, (size_t)i), QZ_VIA_ENTRUSTED);
    assert_true(qzt_cites(a, 18, -1));
    assert_false(qzt_cites(a, 9, -1));
    qz_answer_free(a);
}

/* Optional minutes are answered as such. */
static void test_city_optional_minutes(void **state)
{
    (void)state;
    qz_meeting_request m = QZ_MEETING_REQUEST_INIT;
    m.type = "mayor-office";
    m.date = qzt_d("2026-04-14");
    qz_answer *a = NULL;
    QZT_OK(qz_query_meeting(&a, C, &m));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MINUTES_OPTIONAL), 1);
    assert_true(contains(qz_answer_explanation(a), "由主持人决定是否印发纪要"));
    assert_true(qzt_person(a, QZ_CAP_MINUTES_SIGNER, "mayor") >= 0); /* if issued, the presider signs */
    assert_string_equal(qz_value_name(QZ_VALUE_MINUTES_OPTIONAL), "minutes_optional");
    assert_string_equal(qz_value_label(QZ_VALUE_MINUTES_OPTIONAL), "由主持人决定是否印发纪要");
    assert_string_equal(qz_value_label(QZ_VALUE_DUE), "截止");
    assert_string_equal(qz_value_label((qz_value)999), "");
    qz_answer_free(a);

    /* minutes="sometimes" is not a policy */
    static const char bad[] =
        "<?xml version=\"1.0\"?><rules version=\"1\" id=\"x\" title=\"x\" effective=\"2020-01-01\">"
        "<roles><role id=\"r\" label=\"r\"><cite article=\"1\">x</cite></role></roles>"
        "<meetings><meeting id=\"m\" label=\"m\" minutes=\"sometimes\"><cite article=\"1\">x</cite>"
        "</meeting></meetings></rules>";
    qz_rules *r = NULL;
    assert_int_equal(qz_rules_load_memory(&r, bad, sizeof(bad) - 1, "bad"), QZ_ESCHEMA);
    assert_null(r);
}

/* A quorum counting a member the organisation records as away is a finding. */
static void test_city_quorum_counts_away(void **state)
{
    (void)state;
    const char *present[] = {"mayor", "vice-mayor-1", "vice-mayor-3"};
    qz_quorum_request r = QZ_QUORUM_REQUEST_INIT;
    r.type = "executive";
    r.date = qzt_d("2026-04-14"); /* vice-mayor-1 (p3) is abroad */
    r.present = present;
    r.npresent = 3;
    qz_answer *a = NULL;
    QZT_OK(qz_query_quorum(&a, C, &r));
    int f = finding(a, "counted-while-away");
    assert_true(f >= 0);
    assert_true(contains(qz_answer_finding_text(a, (size_t)f), "郑副一"));
    assert_true(contains(qz_answer_finding_text(a, (size_t)f), "离市"));
    /* vice-mayor-2, away and not counted, is explained, not a finding */
    assert_true(contains(qz_answer_explanation(a), "王副二"));
    assert_int_equal(qz_answer_finding_count(a), 1);
    qz_answer_free(a);
}

/* "No one may act" says which substitutes were tried and why each failed, in order. */
static void test_city_no_one_reasons(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(C, "vice-mayor-1", "2026-04-14");
    assert_false(qz_answer_found(a));
    const char *why = qz_answer_reason(a);
    const char *ab = strstr(why, "互为AB角的副市长不能代行:AB角也不在岗");
    const char *ent = strstr(why, "受委托的常务副市长不能代行:当日没有有效的委托");
    assert_non_null(ab);
    assert_non_null(ent);
    assert_true(ab < ent); /* in the order tried */
    int f = finding(a, "no-acting");
    assert_true(f >= 0);
    assert_true(contains(qz_answer_finding_text(a, (size_t)f),
                         "依次试过互为AB角的副市长(AB角也不在岗);受委托的常务副市长(当日没有有效的委托)"));
    qz_answer_free(a);
}

/* A rule limited to a matter (normative documents only when entrusted)
 * takes precedence over the general automatic rule. */
static void test_city_limited_rule_first(void **state)
{
    (void)state;
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    r.post = "mayor";
    r.date = qzt_d("2026-03-10");
    qz_answer *a = NULL;
    /* in general the executive vice-mayor acts automatically (Art. 9) */
    QZT_OK(qz_query_acting(&a, C, &r));
    int i = qzt_person(a, QZ_CAP_ACTING, "executive-vice-mayor");
    assert_true(i >= 0);
    assert_int_equal(qz_answer_person_via(a, (size_t)i), QZ_VIA_ACTING);
    assert_true(qzt_cites(a, 9, -1));
    qz_answer_free(a);
    /* for normative documents only an entrustment will do: no one */
    r.matter = "normative";
    QZT_OK(qz_query_acting(&a, C, &r));
    assert_false(qz_answer_found(a));
    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 0);
    assert_true(qzt_cites(a, 24, -1));
    assert_true(contains(qz_answer_reason(a), "该事项须经委托,不适用自动代行"));
    qz_answer_free(a);
    /* and so a normative document has no signer while the mayor is away */
    qz_sign_request s = QZ_SIGN_REQUEST_INIT;
    s.kind = "normative";
    s.date = qzt_d("2026-03-10");
    QZT_OK(qz_query_sign(&a, C, &s));
    assert_false(qz_answer_found(a));
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 0);
    qz_answer_free(a);
}

/* A recorded absence's destination applies the leave rule's destination
 * case without the caller repeating it; its purpose is explained. */
static void test_city_recorded_destination(void **state)
{
    (void)state;
    qz_leave_request l = QZ_LEAVE_REQUEST_INIT;
    l.post = "vice-mayor-1";
    l.depart = qzt_d("2026-04-13");
    l.notified = qzt_d("2026-04-08");
    qz_answer *a = NULL;
    QZT_OK(qz_query_leave(&a, C, &l));
    assert_true(qzt_person(a, QZ_CAP_APPROVER, "mayor") >= 0); /* abroad: the mayor approves */
    assert_true(qzt_cites(a, 30, 1));
    assert_true(contains(qz_answer_explanation(a), "出国(境)招商"));
    assert_int_equal(finding(a, "leave-vice-mayors-far"), -1); /* decided, not undecided */
    qz_answer_free(a);
    /* within the province: the case does not apply */
    l.post = "vice-mayor-3";
    l.depart = qzt_d("2026-05-12");
    QZT_OK(qz_query_leave(&a, C, &l));
    assert_int_equal(qzt_person(a, QZ_CAP_APPROVER, "mayor"), -1);
    assert_false(qzt_cites(a, 30, 1));
    qz_answer_free(a);

    /* the absence as the public API reports it */
    qz_org_absence abs;
    int away = 0;
    QZT_OK(qz_org_person_away(&away, &abs, qz_model_org(C), "p1", qzt_d("2026-03-10")));
    assert_true(away);
    assert_string_equal(abs.destination, "within-province");
    assert_string_equal(abs.purpose, "参加省政府全体会议");
    assert_null(abs.exception_rule);
}

/* pairing="assists": a vice-mayor and the deputy secretary-general who
 * assists them may not be away together. */
static void test_city_apart_by_assists(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(C, "vice-mayor-3", "2026-05-12");
    int f = finding(a, "vice-mayor-and-assistant");
    assert_true(f >= 0);
    assert_true(contains(qz_answer_finding_text(a, (size_t)f), "蒋副秘三"));
    assert_true(qzt_cites(a, 32, -1));
    qz_answer_free(a);
    /* vice-mayor-1's assistant is present that day: no finding */
    a = qzt_acting(C, "vice-mayor-1", "2026-04-14");
    assert_int_equal(finding(a, "vice-mayor-and-assistant"), -1);
    qz_answer_free(a);
}

/* An approved exception turns the not-away-together finding into a note. */
static void test_city_approved_exception(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(C, "mayor", "2026-06-09");
    assert_int_equal(finding(a, "mayor-and-executive"), -1);
    const char *x = qz_answer_explanation(a);
    assert_true(contains(x, "经市委书记于2026-06-05批准"));
    assert_true(contains(x, "市长、常务副市长不得同时离市"));
    qz_answer_free(a);
    /* without the exception (the day before it) the same pair is a finding */
    qz_leave_request l = QZ_LEAVE_REQUEST_INIT;
    l.post = "executive-vice-mayor";
    l.depart = qzt_d("2026-05-11");
    l.notified = qzt_d("2026-05-01");
    l.days = 5;
    QZT_OK(qz_query_leave(&a, C, &l));
    assert_int_equal(finding(a, "mayor-and-executive"), -1); /* the mayor was not away then */
    qz_answer_free(a);
    l.depart = qzt_d("2026-06-09");
    l.days = 1;
    QZT_OK(qz_query_leave(&a, C, &l));
    assert_int_equal(finding(a, "mayor-and-executive"), -1); /* the executive's own absence is excepted */
    assert_true(contains(qz_answer_explanation(a), "经市委书记"));
    qz_answer_free(a);
}

/* Allocation failures on the new paths come back as QZ_ENOMEM. */
static int oom_body(void *ctx)
{
    qz_answer **a = ctx;
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    r.post = "vice-mayor-1";
    r.date = qzt_d("2026-04-14");
    return qz_query_acting(a, C, &r);
}

static void oom_cleanup(void *ctx)
{
    qz_answer **a = ctx;
    qz_answer_free(*a);
    *a = NULL;
}

static void test_city_oom(void **state)
{
    (void)state;
    qz_answer *a = NULL;
    assert_true(qzt_oom_loop(oom_body, oom_cleanup, &a) > 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_city_loads),
        cmocka_unit_test(test_city_ab_pairs_of_vice_mayors),
        cmocka_unit_test(test_city_org_round_trip),
        cmocka_unit_test(test_city_assists),
        cmocka_unit_test(test_city_assistant_of_leader_in_charge),
        cmocka_unit_test(test_city_default_issuer),
        cmocka_unit_test(test_city_leave_word),
        cmocka_unit_test(test_city_reviewer_and_escalation),
        cmocka_unit_test(test_city_meeting_entrustment_cited),
        cmocka_unit_test(test_city_optional_minutes),
        cmocka_unit_test(test_city_quorum_counts_away),
        cmocka_unit_test(test_city_no_one_reasons),
        cmocka_unit_test(test_city_limited_rule_first),
        cmocka_unit_test(test_city_recorded_destination),
        cmocka_unit_test(test_city_apart_by_assists),
        cmocka_unit_test(test_city_approved_exception),
        cmocka_unit_test(test_city_oom),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
