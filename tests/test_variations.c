/* Other governments' work rules as data (tests/data/rules/variations.xml):
 * obligations per week, every two weeks, on fixed weekdays and by fixed
 * calendar points; leave approvers by the length and destination of the
 * absence, with notice in working days; posts that may not be away at the
 * same time. Each answer is checked with its citations, the format with a
 * lossless round trip and its errors, and the Yunxi answers stay as they were. */
#include <stdio.h>
#include <stdlib.h>
#include "query_support.h"

static qz_model *V; /* the variations rule set + its organisation */
static qz_model *Y; /* the Yunxi rules + the same organisation */

static int setup(void **state)
{
    (void)state;
    V = qzt_model("rules/variations.xml", "rules/variations-org.xml");
    Y = qzt_model(NULL, "rules/variations-org.xml");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    qz_model_free(V);
    qz_model_free(Y);
    return 0;
}

/* Index of the first finding with id `id`, or -1; and how many there are. */
static int finding(const qz_answer *a, const char *id, size_t *count)
{
    int first = -1;
    size_t n = 0;
    for (size_t i = 0; i < qz_answer_finding_count(a); i++)
        if (strcmp(qz_answer_finding_id(a, i), id) == 0) {
            if (first < 0)
                first = (int)i;
            n++;
        }
    if (count)
        *count = n;
    return first;
}

/* 1 when a citation of rule `rule` cites article `art`, item `item`. */
static int cites_rule(const qz_answer *a, const char *rule, int art, int item)
{
    for (size_t i = 0; i < qz_answer_citation_count(a); i++)
        if (strcmp(qz_answer_citation_rule(a, i), rule) == 0 && qz_answer_citation_article(a, i) == art &&
            qz_answer_citation_item(a, i) == item && qz_answer_citation_text(a, i)[0])
            return 1;
    return 0;
}

#define QZT_CITES_RULE(a, rule, art, item)                                                       \
    do {                                                                                         \
        if (!cites_rule((a), (rule), (art), (item)))                                             \
            fail_msg("%s does not cite %s (article %d item %d):\n%s", #a, (rule), (art), (item), \
                     qz_answer_explanation(a));                                                  \
    } while (0)

/* ---- periodic obligations ---- */

static qz_answer *periodic(qz_model *m, const char *id, const char *period, const char *const *days, size_t n)
{
    qz_date dates[8];
    assert_true(n <= 8);
    for (size_t i = 0; i < n; i++)
        dates[i] = qzt_d(days[i]);
    qz_periodic_request r = QZ_PERIODIC_REQUEST_INIT;
    r.id = id;
    r.period = qzt_d(period);
    r.dates = dates;
    r.ndates = n;
    qz_answer *a = NULL;
    QZT_OK(qz_query_periodic(&a, m, &r));
    return a;
}

static void test_every_monday(void **state)
{
    (void)state;
    const char *monday[] = {"2026-06-08", "2026-06-15"}; /* the second is next week's */
    qz_answer *a = periodic(V, "weekly-office-meeting", "2026-06-10", monday, 2);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_START), qzt_d("2026-06-08"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_END), qzt_d("2026-06-14"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COUNT), 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    assert_false(qz_answer_has(a, QZ_VALUE_DUE));
    QZT_PERSON(a, QZ_CAP_RESPONSIBLE, "county-head", QZ_VIA_HOLDER);
    QZT_CITES_RULE(a, "weekly-office-meeting", 12, 0);
    assert_non_null(strstr(qz_answer_explanation(a), "只计星期一的次数"));
    qz_answer_free(a);
    /* held on a Tuesday: it does not count, and the answer says why */
    const char *tuesday[] = {"2026-06-09"};
    a = periodic(V, "weekly-office-meeting", "2026-06-10", tuesday, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COUNT), 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 0);
    int f = finding(a, "wrong-weekday", NULL);
    assert_true(f >= 0);
    assert_non_null(strstr(qz_answer_finding_text(a, (size_t)f), "星期二"));
    assert_true(finding(a, "shortfall", NULL) >= 0);
    qz_answer_free(a);
    /* twice on Mondays of one week is above the maximum of one */
    const char *twice[] = {"2026-06-08", "2026-06-08"};
    a = periodic(V, "weekly-office-meeting", "2026-06-08", twice, 2);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_EXCESS), 1);
    qz_answer_free(a);
}

static void test_per_week(void **state)
{
    (void)state;
    const char *two[] = {"2026-06-14", "2026-06-08"}; /* Sunday and Monday of one week */
    qz_answer *a = periodic(V, "safety-dispatch", "2026-06-11", two, 2);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COUNT), 2);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MIN), 2);
    assert_false(qz_answer_has(a, QZ_VALUE_MAX));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    QZT_CITES(a, 13, 0);
    qz_answer_free(a);
    a = periodic(V, "safety-dispatch", "2026-06-15", two, 2); /* the next week: none */
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 2);
    qz_answer_free(a);
}

static void test_every_two_weeks(void **state)
{
    (void)state;
    /* counted from Monday 2026-01-19: the fortnight of 10 June is 8-21 June */
    const char *held[] = {"2026-06-20"};
    qz_answer *a = periodic(V, "study-session", "2026-06-10", held, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_START), qzt_d("2026-06-08"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_END), qzt_d("2026-06-21"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    QZT_CITES_RULE(a, "study-session", 14, 0);
    qz_answer_free(a);
    a = periodic(V, "study-session", "2026-06-21", held, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COUNT), 1);
    qz_answer_free(a);
    /* the day before belongs to the previous fortnight */
    const char *early[] = {"2026-06-07"};
    a = periodic(V, "study-session", "2026-06-10", early, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COUNT), 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 1);
    qz_answer_free(a);
    a = periodic(V, "study-session", "2026-06-07", early, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_START), qzt_d("2026-05-25"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    qz_answer_free(a);
    /* fortnights before the start are counted backwards from it */
    a = periodic(V, "study-session", "2026-01-18", NULL, 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_START), qzt_d("2026-01-05"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_END), qzt_d("2026-01-18"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 1);
    qz_answer_free(a);
}

static void test_every_two_months(void **state)
{
    (void)state;
    const char *held[] = {"2026-05-20"};
    qz_answer *a = periodic(V, "supervision-bulletin", "2026-06-30", held, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_START), qzt_d("2026-05-01"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_END), qzt_d("2026-06-30"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    QZT_CITES(a, 15, 0);
    qz_answer_free(a);
    a = periodic(V, "supervision-bulletin", "2026-12-01", held, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_START), qzt_d("2026-11-01"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_END), qzt_d("2026-12-31"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 1);
    qz_answer_free(a);
}

static void test_before_the_fifth(void **state)
{
    (void)state;
    const char *in_time[] = {"2026-06-04"};
    qz_answer *a = periodic(V, "monthly-report", "2026-06-20", in_time, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-04"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    QZT_PERSON(a, QZ_CAP_RESPONSIBLE, "justice-principal", QZ_VIA_HOLDER);
    QZT_CITES_RULE(a, "monthly-report", 16, 0);
    qz_answer_free(a);
    const char *late[] = {"2026-06-05"};
    a = periodic(V, "monthly-report", "2026-06-20", late, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COUNT), 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 0);
    assert_true(finding(a, "after-due", NULL) >= 0);
    qz_answer_free(a);
}

static void test_before_ten_january(void **state)
{
    (void)state;
    const char *in_time[] = {"2026-01-09"}, *late[] = {"2026-01-10"};
    qz_answer *a = periodic(V, "annual-summary", "2026-11-30", in_time, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-01-09"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_END), qzt_d("2026-12-31"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    QZT_CITES(a, 17, 0);
    qz_answer_free(a);
    a = periodic(V, "annual-summary", "2026-11-30", late, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 1);
    qz_answer_free(a);
}

static void test_yunxi_periodic_unchanged(void **state)
{
    (void)state;
    const char *held[] = {"2026-06-03"};
    qz_answer *a = periodic(Y, "executive-meeting", "2026-06-10", held, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_START), qzt_d("2026-06-01"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_END), qzt_d("2026-06-30"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 1);
    assert_false(qz_answer_has(a, QZ_VALUE_DUE));
    assert_int_equal(qz_answer_finding_count(a), 1); /* the shortfall only */
    qz_answer_free(a);
    a = periodic(Y, "study-group-session", "2026-08-10", held, 1); /* a quarter: July-September */
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_START), qzt_d("2026-07-01"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_END), qzt_d("2026-09-30"));
    qz_answer_free(a);
}

/* ---- leave ---- */

static qz_answer *leave(qz_model *m, const char *post, const char *depart, const char *notified, int days,
                        const char *destination)
{
    qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
    r.post = post;
    r.depart = qzt_d(depart);
    r.notified = qzt_d(notified);
    r.days = days;
    r.destination = destination;
    qz_answer *a = NULL;
    QZT_OK(qz_query_leave(&a, m, &r));
    return a;
}

static void test_leave_short_within_province(void **state)
{
    (void)state;
    /* 3 days in the province: 2 working days' notice, the leader in charge approves */
    qz_answer *a = leave(V, "justice-principal", "2026-06-10", "2026-06-08", 3, "within-province");
    assert_string_equal(qz_answer_subject(a), "leave-principals");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_DAYS), 2);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_GIVEN), 2);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_UNIT), QZ_UNIT_WORKDAYS);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-08"));
    QZT_PERSON(a, QZ_CAP_APPROVER, "deputy-1", QZ_VIA_HOLDER); /* in charge of justice */
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 1);
    assert_int_equal(qzt_unit(a, QZ_CAP_FILED_WITH, "government-office"), -1);
    QZT_CITES_RULE(a, "leave-principals", 31, 0); /* the notice deadline quotes the same clause */
    assert_false(cites_rule(a, "leave-principals-long", 31, 1));
    assert_false(cites_rule(a, "leave-principals-far", 31, 2));
    assert_int_equal(qz_answer_finding_count(a), 0);
    /* no post that may not be away with it is away: allowed, on the rules' word */
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 1);
    QZT_CITES_RULE(a, "leader-and-department", 32, 2);
    QZT_CITES_RULE(a, "department-pair", 33, 0);
    assert_false(cites_rule(a, "head-and-executive", 32, 0));
    qz_answer_free(a);
}

static void test_leave_long_adds_head(void **state)
{
    (void)state;
    /* 7 days or more: the county head approves as well */
    qz_answer *a = leave(V, "justice-principal", "2026-06-10", "2026-06-08", 7, "within-province");
    QZT_PERSON(a, QZ_CAP_APPROVER, "deputy-1", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_APPROVER, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 2);
    QZT_CITES_RULE(a, "leave-principals-long", 31, 1);
    assert_non_null(strstr(qz_answer_explanation(a), "离县7日以上"));
    qz_answer_free(a);
    a = leave(V, "justice-principal", "2026-06-10", "2026-06-08", 6, "within-province");
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 1);
    qz_answer_free(a);
    /* no length given: the organisation's absence record says 12 days (12-23 October) */
    a = leave(V, "finance-principal", "2026-10-12", "2026-09-28", 0, "within-province");
    QZT_PERSON(a, QZ_CAP_APPROVER, "executive-deputy", QZ_VIA_HOLDER); /* in charge of finance */
    QZT_PERSON(a, QZ_CAP_APPROVER, "county-head", QZ_VIA_HOLDER);
    int i = qzt_person(a, QZ_CAP_APPROVER, "county-head");
    assert_string_equal(qz_answer_person_id(a, (size_t)i), "h2"); /* the new county head */
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    assert_non_null(strstr(qz_answer_explanation(a), "离县12日"));
    qz_answer_free(a);
}

static void test_leave_outside_province(void **state)
{
    (void)state;
    /* outside the province: 5 working days' notice (the stricter one), filed with the office */
    qz_answer *a = leave(V, "justice-principal", "2026-06-10", "2026-06-08", 3, "outside-province");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_DAYS), 5);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-03"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 1);
    assert_true(finding(a, "late", NULL) >= 0);
    assert_true(qzt_unit(a, QZ_CAP_FILED_WITH, "government-office") >= 0);
    QZT_PERSON(a, QZ_CAP_APPROVER, "deputy-1", QZ_VIA_HOLDER);
    QZT_CITES_RULE(a, "leave-principals-far", 31, 2);
    assert_non_null(strstr(qz_answer_explanation(a), "去向:省外"));
    qz_answer_free(a);
    a = leave(V, "justice-principal", "2026-06-10", "2026-06-03", 3, "abroad");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_GIVEN), 5);
    qz_answer_free(a);
    /* both cases at once: the head approves and the office files */
    a = leave(V, "justice-principal", "2026-06-10", "2026-06-01", 10, "outside-province");
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 2);
    assert_true(qzt_unit(a, QZ_CAP_FILED_WITH, "government-office") >= 0);
    qz_answer_free(a);
}

static void test_leave_undecided(void **state)
{
    (void)state;
    /* neither length nor destination: both cases are findings, neither applies */
    qz_answer *a = leave(V, "justice-principal", "2026-06-10", "2026-06-08", 0, NULL);
    int f = finding(a, "leave-principals-long", NULL);
    assert_true(f >= 0);
    assert_non_null(strstr(qz_answer_finding_text(a, (size_t)f), "离县天数"));
    f = finding(a, "leave-principals-far", NULL);
    assert_true(f >= 0);
    assert_non_null(strstr(qz_answer_finding_text(a, (size_t)f), "去向"));
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_DAYS), 2);
    qz_answer_free(a);
}

static void test_leave_notice_in_workdays(void **state)
{
    (void)state;
    /* leaving on Monday 15 June: two working days before is Thursday 11 June */
    qz_answer *a = leave(V, "justice-principal", "2026-06-15", "2026-06-11", 1, "within-province");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-11"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_GIVEN), 2);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    qz_answer_free(a);
    a = leave(V, "justice-principal", "2026-06-15", "2026-06-12", 1, "within-province");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_GIVEN), 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 1);
    qz_answer_free(a);
    /* across the Dragon Boat holiday (19-21 June): Tuesday 23 June needs Thursday 18 June */
    a = leave(V, "justice-principal", "2026-06-23", "2026-06-18", 1, "within-province");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-18"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    qz_answer_free(a);
}

static void test_leave_length_in_workdays(void **state)
{
    (void)state;
    /* a deputy away 3 working days or more is filed with the city government office too */
    qz_answer *a = leave(V, "deputy-2", "2026-06-10", "2026-06-09", 5, NULL); /* Wed-Sun: 3 wd */
    assert_true(qzt_unit(a, QZ_CAP_FILED_WITH, "city-government-office") >= 0);
    assert_true(qzt_unit(a, QZ_CAP_FILED_WITH, "county-party-office") >= 0);
    QZT_PERSON(a, QZ_CAP_APPROVER, "county-head", QZ_VIA_HOLDER);
    QZT_CITES_RULE(a, "leave-deputies-long", 30, 2);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_UNIT), QZ_UNIT_DAYS);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    qz_answer_free(a);
    a = leave(V, "deputy-2", "2026-06-12", "2026-06-11", 3, NULL); /* Fri-Sun: 1 wd */
    assert_int_equal(qzt_unit(a, QZ_CAP_FILED_WITH, "city-government-office"), -1);
    assert_false(cites_rule(a, "leave-deputies-long", 30, 2));
    qz_answer_free(a);
}

static void test_leave_errors(void **state)
{
    (void)state;
    qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
    qz_answer *a = NULL;
    r.post = "justice-principal";
    r.depart = qzt_d("2026-06-10");
    r.notified = r.depart;
    r.destination = "moon";
    assert_int_equal(qz_query_leave(&a, V, &r), QZ_ENOTFOUND);
    assert_null(a);
    r.destination = "within-province";
    assert_int_equal(qz_query_leave(&a, Y, &r), QZ_ENOTFOUND); /* Yunxi names no destinations */
    r.destination = NULL;
    r.days = -1;
    assert_int_equal(qz_query_leave(&a, V, &r), QZ_EINVAL);
    QZT_OK(qz_leave_request_init(&r, QZ_REQUEST_VERSION));
    assert_int_equal(r.days, 0);
    assert_null(r.destination);
}

static void test_yunxi_leave_unchanged(void **state)
{
    (void)state;
    /* the Yunxi rules: no cases, no pairs; a long leave changes nothing */
    qz_answer *a = leave(Y, "justice-principal", "2026-06-08", "2026-06-06", 10, NULL);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_DAYS), 3);
    assert_false(qz_answer_has(a, QZ_VALUE_ALLOWED));
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 0);
    assert_true(qzt_unit(a, QZ_CAP_REPORT_TO, "government-office") >= 0);
    assert_int_equal(qz_answer_finding_count(a), 1); /* late */
    qz_answer_free(a);
}

/* ---- posts that may not be away at the same time ---- */

static void test_apart_leave(void **state)
{
    (void)state;
    /* the executive deputy leaves while the county head is away from the county */
    qz_answer *a = leave(V, "executive-deputy", "2026-03-03", "2026-03-01", 1, NULL);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 0);
    size_t n;
    int f = finding(a, "head-and-executive", &n);
    assert_true(f >= 0);
    assert_int_equal(n, 1);
    assert_non_null(strstr(qz_answer_finding_text(a, (size_t)f), "甲县长"));
    QZT_CITES_RULE(a, "head-and-executive", 32, 0);
    qz_answer_free(a);
    a = leave(V, "executive-deputy", "2026-03-10", "2026-03-01", 1, NULL);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 1);
    assert_true(finding(a, "head-and-executive", NULL) < 0);
    qz_answer_free(a);
    /* a leave that starts before the head leaves still clashes on the days it overlaps */
    a = leave(V, "executive-deputy", "2026-02-13", "2026-02-10", 3, NULL);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 0);
    qz_answer_free(a);
    /* the justice principal, 11-15 May: the deputy in charge of justice is away from the
       county on the 12th, the justice deputy is away (in the county) on the 13th-14th */
    a = leave(V, "justice-principal", "2026-05-11", "2026-05-01", 5, "within-province");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 0);
    f = finding(a, "leader-and-department", &n);
    assert_true(f >= 0);
    assert_int_equal(n, 1); /* deputy-1 only: the other deputies are not in charge of justice */
    assert_non_null(strstr(qz_answer_finding_text(a, (size_t)f), "一副县长"));
    f = finding(a, "department-pair", &n);
    assert_true(f >= 0);
    assert_int_equal(n, 1);
    assert_non_null(strstr(qz_answer_finding_text(a, (size_t)f), "司法副局长"));
    QZT_CITES_RULE(a, "leader-and-department", 32, 2);
    QZT_CITES_RULE(a, "department-pair", 33, 0);
    qz_answer_free(a);
    /* the finance principal is not paired with the justice deputy (another unit) */
    a = leave(V, "finance-principal", "2026-05-13", "2026-05-01", 1, "within-province");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 1);
    qz_answer_free(a);
}

static void test_apart_acting(void **state)
{
    (void)state;
    /* 13 May: the justice principal and deputy are both away */
    qz_answer *a = qzt_acting(V, "justice-principal", "2026-05-13");
    size_t n;
    int f = finding(a, "department-pair", &n);
    assert_true(f >= 0);
    assert_int_equal(n, 1);
    QZT_CITES_RULE(a, "department-pair", 33, 0);
    assert_true(finding(a, "leader-and-department", NULL) < 0); /* deputy-1 is back */
    assert_false(cites_rule(a, "leader-and-department", 32, 2));
    qz_answer_free(a);
    /* 12 May: the deputy in charge is away from the county too */
    a = qzt_acting(V, "justice-principal", "2026-05-12");
    assert_true(finding(a, "leader-and-department", NULL) >= 0);
    QZT_CITES_RULE(a, "leader-and-department", 32, 2);
    assert_true(finding(a, "department-pair", NULL) < 0);
    qz_answer_free(a);
    /* seen from the other side: the deputy's answer names the justice principal */
    a = qzt_acting(V, "deputy-1", "2026-05-12");
    f = finding(a, "leader-and-department", NULL);
    assert_true(f >= 0);
    assert_non_null(strstr(qz_answer_finding_text(a, (size_t)f), "司法局长"));
    qz_answer_free(a);
    /* the county head away, the executive deputy present: no clash, the deputy acts */
    a = qzt_acting(V, "county-head", "2026-03-03");
    assert_true(qz_answer_found(a));
    QZT_PERSON(a, QZ_CAP_ACTING, "executive-deputy", QZ_VIA_ACTING);
    assert_true(finding(a, "head-and-executive", NULL) < 0);
    qz_answer_free(a);
    /* the rule counts absences from the county only: the executive deputy's sick day in the
       county (7 September) with the county head present is no clash either way */
    a = qzt_acting(V, "executive-deputy", "2026-09-07");
    assert_true(finding(a, "head-and-executive", NULL) < 0);
    qz_answer_free(a);
    /* Yunxi names no such pairs */
    a = qzt_acting(Y, "deputy-3", "2026-04-15");
    assert_int_equal(qz_answer_finding_count(a), 1); /* no-acting only */
    qz_answer_free(a);
}

/* ---- the format ---- */

static void test_sections_and_matrix(void **state)
{
    (void)state;
    const qz_rules *r = qz_model_rules(V);
    assert_int_equal(qz_rules_count(r, QZ_RULES_DESTINATION), 3);
    assert_int_equal(qz_rules_count(r, QZ_RULES_NOT_AWAY_TOGETHER), 3);
    assert_string_equal(qz_rules_section_name(QZ_RULES_DESTINATION), "destination");
    assert_string_equal(qz_rules_section_name(QZ_RULES_NOT_AWAY_TOGETHER), "not-away-together");
    assert_string_equal(qz_rules_entry_label(r, QZ_RULES_DESTINATION, 1), "省外");
    size_t i;
    QZT_OK(qz_rules_find(&i, r, QZ_RULES_NOT_AWAY_TOGETHER, "department-pair"));
    assert_int_equal(i, 2);
    assert_int_equal(qz_rules_count(qz_model_rules(Y), QZ_RULES_NOT_AWAY_TOGETHER), 0);
    /* in the matrix, after the leave rules */
    qz_date d = qzt_d("2026-06-10");
    size_t n = qz_model_matter_count(V, d), k = 0, found = 0;
    for (i = 0; i < n; i++) {
        if (qz_model_matter_kind(V, d, i) != QZ_MATTER_NOT_AWAY_TOGETHER)
            continue;
        assert_int_equal(qz_model_matter_kind(V, d, i - 1 - found), QZ_MATTER_LEAVE);
        found++;
        k = i;
    }
    assert_int_equal(found, 3);
    assert_string_equal(qz_model_matter_id(V, d, k), "department-pair");
    qz_answer *a = NULL;
    QZT_OK(qz_query_matter(&a, V, d, k));
    QZT_CITES_RULE(a, "department-pair", 33, 0);
    qz_answer_free(a);
}

static char *save(const qz_rules *r)
{
    char *text = NULL;
    size_t len = 0;
    QZT_OK(qz_rules_save(&text, &len, r));
    assert_int_equal(strlen(text), len);
    return text;
}

static void test_round_trip(void **state)
{
    (void)state;
    qz_rules *r1 = NULL, *r2 = NULL;
    QZT_OK(qz_rules_load_file(&r1, qzt_data("rules/variations.xml")));
    char *t1 = save(r1);
    QZT_OK(qz_rules_load_memory(&r2, t1, strlen(t1), "saved"));
    char *t2 = save(r2);
    assert_string_equal(t1, t2);
    const char *kept[] = {"<destination id=\"outside-province\" label=\"省外\"/>",
                          "weekdays=\"monday\"",
                          "every=\"2\" start=\"2026-01-19\"",
                          "within-days=\"4\"",
                          "<case id=\"leave-principals-long\" label=\"离县7日以上\" min-days=\"7\">",
                          "length-unit=\"workdays\"",
                          "destinations=\"outside-province abroad\" deadline=\"leave-notice-far\"",
                          "pairing=\"in-charge\" condition=\"away-from-county\"",
                          "<not-away-together id=\"department-pair\""};
    for (size_t i = 0; i < sizeof(kept) / sizeof(kept[0]); i++)
        if (!strstr(t2, kept[i]))
            fail_msg("the saved rule set lost %s", kept[i]);
    for (int s = 0; s < QZ_RULES_SECTION_COUNT; s++)
        assert_int_equal(qz_rules_count(r1, (qz_rules_section)s), qz_rules_count(r2, (qz_rules_section)s));
    qz_free(t1);
    qz_free(t2);
    qz_rules_free(r1);
    qz_rules_free(r2);
}

/* The variations file with `from` replaced by `to`: the load's status, the rule set in `out`. */
static int load_variant(qz_rules **out, const char *from, const char *to)
{
    size_t len;
    char *text = qzt_read_file(qzt_data("rules/variations.xml"), &len);
    char *bad = qzt_replaced(text, from, to);
    int rc = qz_rules_load_memory(out, bad, strlen(bad), "variant.xml");
    free(bad);
    free(text);
    return rc;
}

static void test_every_day_of_the_week(void **state)
{
    (void)state;
    qz_rules *r = NULL;
    assert_int_equal(load_variant(&r, "weekdays=\"monday\"",
                                  "weekdays=\"monday tuesday wednesday thursday friday saturday sunday\""),
                     QZ_OK);
    qz_model *m = NULL;
    QZT_OK(qz_model_new(&m, r, qz_model_org(V), qz_model_calendar(V)));
    const char *tuesday[] = {"2026-06-09"};
    qz_answer *a = periodic(m, "weekly-office-meeting", "2026-06-10", tuesday, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    assert_non_null(
        strstr(qz_answer_explanation(a), "星期一、星期二、星期三、星期四、星期五、星期六、星期日"));
    qz_answer_free(a);
    qz_model_free(m);
    qz_rules_free(r);
}

/* The variations file with `from` replaced by `to` must be refused with `code`. */
static void refuse(const char *from, const char *to, int code, const char *message)
{
    qz_rules *r = NULL;
    int rc = load_variant(&r, from, to);
    if (rc != code)
        fail_msg("'%s' → '%s': %d, not %d (%s)", from, to, rc, code, qz_error_message(qz_error_last()));
    assert_null(r);
    if (message && !strstr(qz_error_message(qz_error_last()), message))
        fail_msg("'%s': message '%s' lacks '%s'", to, qz_error_message(qz_error_last()), message);
}

static void test_refused(void **state)
{
    (void)state;
    refuse("destinations=\"outside-province abroad\"", "destinations=\"outside-province mars\"", QZ_ESCHEMA,
           "mars");
    refuse("min-days=\"7\"", "min-days=\"7\" max-days=\"3\"", QZ_ESCHEMA, "max-days");
    refuse("id=\"leave-principals-far\"", "id=\"leave-principals-long\"", QZ_ESCHEMA, "twice");
    refuse("deadline=\"leave-notice-far\"", "deadline=\"no-such\"", QZ_ESCHEMA, "no-such");
    refuse("weekdays=\"monday\"", "weekdays=\"funday\"", QZ_ESCHEMA, NULL);
    refuse("every=\"2\" start", "every=\"0\" start", QZ_ESCHEMA, NULL);
    refuse("start=\"2026-01-19\"", "start=\"2026-02-30\"", QZ_ESCHEMA, "start");
    refuse("roles=\"county-head executive-deputy\" condition", "roles=\"county-head\" condition", QZ_ESCHEMA,
           NULL);
    refuse("roles=\"county-head executive-deputy\" condition", "roles=\"county-head nobody\" condition",
           QZ_ESCHEMA, "nobody");
    refuse("pairing=\"same-unit\"", "pairing=\"same-floor\"", QZ_ESCHEMA, NULL);
    refuse("<destination id=\"abroad\" label=\"境外\"/>",
           "<destination id=\"abroad\" label=\"境外\"/><destination id=\"abroad\" label=\"国外\"/>",
           QZ_ESCHEMA, "twice");
}

/* ---- out of memory ---- */

static int oom_which;

static int oom_body(void *ctx)
{
    (void)ctx;
    qz_answer *a = NULL;
    int rc;
    if (oom_which == 0) {
        qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
        r.post = "justice-principal";
        r.depart = qzt_d("2026-05-11");
        r.notified = qzt_d("2026-05-01");
        r.days = 8;
        r.destination = "outside-province";
        rc = qz_query_leave(&a, V, &r);
    } else if (oom_which == 1) {
        qz_acting_request r = QZ_ACTING_REQUEST_INIT;
        r.post = "justice-principal";
        r.date = qzt_d("2026-05-12");
        rc = qz_query_acting(&a, V, &r);
    } else {
        qz_date dates[] = {qzt_d("2026-06-09"), qzt_d("2026-06-08")};
        qz_periodic_request r = QZ_PERIODIC_REQUEST_INIT;
        r.id = "weekly-office-meeting";
        r.period = dates[0];
        r.dates = dates;
        r.ndates = 2;
        rc = qz_query_periodic(&a, V, &r);
    }
    qz_answer_free(a);
    return rc;
}

static int oom_load(void *ctx)
{
    qz_rules **r = ctx;
    return qz_rules_load_file(r, qzt_data("rules/variations.xml"));
}

static void oom_load_cleanup(void *ctx)
{
    qz_rules **r = ctx;
    qz_rules_free(*r);
    *r = NULL;
}

static void test_oom(void **state)
{
    (void)state;
    for (oom_which = 0; oom_which < 3; oom_which++)
        assert_true(qzt_oom_loop(oom_body, NULL, NULL) > 1);
    qz_rules *r = NULL;
    assert_true(qzt_oom_loop(oom_load, oom_load_cleanup, &r) > 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_monday),
        cmocka_unit_test(test_per_week),
        cmocka_unit_test(test_every_two_weeks),
        cmocka_unit_test(test_every_two_months),
        cmocka_unit_test(test_before_the_fifth),
        cmocka_unit_test(test_before_ten_january),
        cmocka_unit_test(test_every_day_of_the_week),
        cmocka_unit_test(test_yunxi_periodic_unchanged),
        cmocka_unit_test(test_leave_short_within_province),
        cmocka_unit_test(test_leave_long_adds_head),
        cmocka_unit_test(test_leave_outside_province),
        cmocka_unit_test(test_leave_undecided),
        cmocka_unit_test(test_leave_notice_in_workdays),
        cmocka_unit_test(test_leave_length_in_workdays),
        cmocka_unit_test(test_leave_errors),
        cmocka_unit_test(test_yunxi_leave_unchanged),
        cmocka_unit_test(test_apart_leave),
        cmocka_unit_test(test_apart_acting),
        cmocka_unit_test(test_sections_and_matrix),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
