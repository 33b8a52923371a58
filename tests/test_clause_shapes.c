/* Clause shapes other governments' work rules have and Yunxi's do not, in a
 * third county's rule set (tests/data/rules/third-county.xml): a signing row
 * that applies while the county head is away, computed from the
 * organisation without a flag; deadlines whose last day rolls over to the
 * next working day (Civil Code Art. 203) or, without roll, does not. Each
 * answer is checked with its people and its citation; the loader refuses a
 * roll where it means nothing, at its place. Also: several leave rules for
 * one post, acting limited to kinds of matters, and a meeting's approval by
 * invitees, length cap and cap per unit. */
#include <stdio.h>
#include <stdlib.h>
#include "query_support.h"
#include "quanze/audit.h"

static qz_model *T;

static int setup(void **state)
{
    (void)state;
    T = qzt_model("rules/third-county.xml", "rules/third-county-org.xml");
    return T ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    qz_model_free(T);
    return 0;
}

static qz_answer *sign(const char *day)
{
    qz_sign_request r = QZ_SIGN_REQUEST_INIT;
    r.kind = "request";
    r.date = qzt_d(day);
    qz_answer *a = NULL;
    QZT_OK(qz_query_sign(&a, T, &r));
    return a;
}

/* 县长不在县内时由常务副县长签发: the row applies on the days the county head is
 * away (2025-03-10..14), from the organisation alone; otherwise the head signs. */
static void test_sign_while_head_away(void **state)
{
    (void)state;
    qz_answer *a = sign("2025-03-11");
    QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
    QZT_CITES(a, 20, 2);
    assert_false(qzt_cites(a, 20, 1));
    qz_answer_free(a);

    a = sign("2025-03-20");
    QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
    QZT_CITES(a, 20, 1);
    assert_false(qzt_cites(a, 20, 2));
    qz_answer_free(a);

    /* the last day of the absence still counts, the day after does not */
    a = sign("2025-03-14");
    QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    qz_answer_free(a);
    a = sign("2025-03-15");
    QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    qz_answer_free(a);
}

/* 顺次递补 in the published order: the county head away, then the executive
 * deputy, then the deputies by rank (deputy-b, rank 3, before deputy-a, rank
 * 4, before deputy-c without a rank), never by id. */
static void test_ordered_substitution_by_rank(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(T, "county-head", "2025-03-11");
    QZT_PERSON(a, QZ_CAP_ACTING, "executive-deputy", QZ_VIA_ACTING);
    QZT_CITES(a, 6, 0);
    qz_answer_free(a);

    a = qzt_acting(T, "county-head", "2025-03-12"); /* the executive deputy away too */
    QZT_PERSON(a, QZ_CAP_ACTING, "deputy-b", QZ_VIA_ACTING);
    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 1);
    assert_true(qzt_person(a, QZ_CAP_ACTING, "deputy-a") < 0);
    QZT_CITES(a, 6, 0);
    qz_answer_free(a);

    a = qzt_acting(T, "county-head", "2025-03-13"); /* and deputy-b */
    QZT_PERSON(a, QZ_CAP_ACTING, "deputy-a", QZ_VIA_ACTING);
    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 1);
    assert_true(qzt_person(a, QZ_CAP_ACTING, "deputy-c") < 0);
    qz_answer_free(a);
}

/* A substitute entrusted by someone other than the absent leader: the county
 * head has entrusted deputy-c with the executive deputy's work. */
static void test_entrusted_by_another_leader(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(T, "executive-deputy", "2025-03-12");
    QZT_PERSON(a, QZ_CAP_ACTING, "deputy-c", QZ_VIA_ENTRUSTED);
    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 1);
    int i = qzt_person(a, QZ_CAP_ACTING, "deputy-c");
    assert_string_equal(qz_answer_person_for_post(a, (size_t)i), "county-head");
    QZT_CITES(a, 7, 0);
    qz_answer_free(a);
    /* after the entrustment ended nobody is entrusted: nobody acts */
    a = qzt_acting(T, "executive-deputy", "2026-03-12");
    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 0);
    assert_true(qzt_person(a, QZ_CAP_ABSENT, "executive-deputy") >= 0);
    qz_answer_free(a);
}

static qz_answer *deadline(const char *name, const char *from)
{
    qz_deadline_request r = QZ_DEADLINE_REQUEST_INIT;
    r.name = name;
    r.from = qzt_d(from);
    qz_answer *a = NULL;
    QZT_OK(qz_query_deadline(&a, T, &r));
    return a;
}

/* 10 days from 2025-09-21 end on 1 October, National Day: with roll the
 * period ends on the first working day after the holiday, 9 October. */
static void test_roll_over_days(void **state)
{
    (void)state;
    qz_answer *a = deadline("objection-period", "2025-09-21");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2025-10-09"));
    QZT_CITES(a, 30, 0);
    assert_non_null(strstr(qz_answer_explanation(a), "民法典第二百零三条"));
    qz_answer_free(a);

    /* the same count without roll ends on the holiday */
    a = deadline("posting-period", "2025-09-21");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2025-10-01"));
    QZT_CITES(a, 31, 0);
    assert_null(strstr(qz_answer_explanation(a), "民法典"));
    qz_answer_free(a);

    /* a last day that is a working day stays */
    a = deadline("objection-period", "2025-09-01");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2025-09-11"));
    assert_null(strstr(qz_answer_explanation(a), "民法典"));
    qz_answer_free(a);
    /* a Saturday rolls to Monday */
    a = deadline("objection-period", "2025-09-03");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2025-09-15"));
    qz_answer_free(a);
}

/* One month from 1 September 2025 is 1 October: rolled to 9 October. */
static void test_roll_over_months(void **state)
{
    (void)state;
    qz_answer *a = deadline("rectification", "2025-09-01");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2025-10-09"));
    QZT_CITES(a, 32, 0);
    qz_answer_free(a);
}

/* ---- several leave rules for one post ---- */

/* A deputy falls under both leave rules (Art. 40 as a deputy, Art. 41 as a
 * government member): both are cited, the parties merge without duplicates,
 * and the strictest notice wins: leaving Monday 17 March, 2 working days
 * (Thursday 13) is stricter than 3 days (Friday 14); leaving Wednesday 19
 * March, 3 days (Sunday 16) is stricter than 2 working days (Monday 17). */
static void test_leave_several_rules(void **state)
{
    (void)state;
    qz_answer *a = qzt_leave(T, "deputy-a", "2025-03-17", "2025-03-13");
    QZT_CITES(a, 40, 0);
    QZT_CITES(a, 41, 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2025-03-13"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_DAYS), 2);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_UNIT), QZ_UNIT_WORKDAYS);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    QZT_PERSON(a, QZ_CAP_REPORT_TO, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_REPORT_TO, "executive-deputy", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_REPORT_TO), 2);
    QZT_PERSON(a, QZ_CAP_APPROVER, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_APPROVER, "executive-deputy", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 2);
    assert_true(qzt_unit(a, QZ_CAP_FILED_WITH, "government-office") >= 0);
    assert_true(qz_answer_found(a));
    qz_answer_free(a);

    a = qzt_leave(T, "deputy-a", "2025-03-19",
                  "2025-03-17"); /* in time for 2 working days, late for 3 days */
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2025-03-16"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_DAYS), 3);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_UNIT), QZ_UNIT_DAYS);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 1);
    QZT_CITES(a, 41, 0);
    qz_answer_free(a);

    /* the county head falls under neither */
    a = qzt_leave(T, "county-head", "2025-03-19", "2025-03-17");
    assert_false(qz_answer_found(a));
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 0);
    qz_answer_free(a);
}

/* Nobody reports to or approves for themselves: the executive deputy's own
 * leave drops her from Art. 41's parties (the county head remains); while
 * the county head is away and she acts for him, nobody but herself could
 * approve: no one, with the reason (fail closed). */
static void test_leave_not_to_oneself(void **state)
{
    (void)state;
    qz_answer *a = qzt_leave(T, "executive-deputy", "2025-03-20", "2025-03-10");
    QZT_PERSON(a, QZ_CAP_APPROVER, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 1);
    QZT_PERSON(a, QZ_CAP_REPORT_TO, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_REPORT_TO), 1);
    assert_true(qzt_person(a, QZ_CAP_APPROVER, "executive-deputy") < 0);
    assert_non_null(strstr(qz_answer_explanation(a), "本人不能作为自己请假的"));
    assert_true(qz_answer_found(a));
    QZT_CITES(a, 40, 0);
    QZT_CITES(a, 41, 0);
    qz_answer_free(a);

    a = qzt_leave(T, "executive-deputy", "2025-03-11", "2025-03-01");
    assert_false(qz_answer_found(a));
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 0);
    assert_int_equal(qzt_count(a, QZ_CAP_REPORT_TO), 0);
    assert_non_null(strstr(qz_answer_reason(a), "无人可以批准"));
    QZT_CITES(a, 40, 0);
    qz_answer_free(a);
}

/* ---- acting limited to kinds of matters ---- */

static qz_answer *acting_kind(qz_model *m, const char *post, const char *day, const char *kind,
                              int instructed)
{
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    r.post = post;
    r.date = qzt_d(day);
    r.matter_kind = kind;
    r.instructed = instructed;
    qz_answer *a = NULL;
    QZT_OK(qz_query_acting(&a, m, &r));
    return a;
}

/* The office deputy handles temporary or urgent matters while the director
 * is away (Art. 9(2)); a routine matter, or one of no stated kind, has no
 * one; where the director left explicit instructions, they prevail. */
static void test_acting_matter_kinds(void **state)
{
    (void)state;
    static const char *const within[] = {"temporary", "urgent"};
    for (size_t k = 0; k < 2; k++) {
        qz_answer *a = acting_kind(T, "office-director", "2025-03-10", within[k], 0);
        QZT_PERSON(a, QZ_CAP_ACTING, "office-deputy", QZ_VIA_ACTING);
        assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 1);
        QZT_CITES(a, 9, 2);
        qz_answer_free(a);
    }
    static const char *const outside[] = {"routine", "major", NULL};
    for (size_t k = 0; k < 3; k++) {
        qz_answer *a = acting_kind(T, "office-director", "2025-03-11", outside[k], 0);
        assert_false(qz_answer_found(a));
        assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 0);
        assert_non_null(strstr(qz_answer_reason(a), "代行仅限临时性、紧急性工作"));
        QZT_CITES(a, 9, 2);
        qz_answer_free(a);
    }
    qz_answer *a = acting_kind(T, "office-director", "2025-03-10", "urgent", 1);
    assert_false(qz_answer_found(a));
    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 0);
    assert_non_null(strstr(qz_answer_reason(a), "从其交代"));
    QZT_CITES(a, 9, 2);
    qz_answer_free(a);
    /* the director present: she acts herself, whatever the kind */
    a = acting_kind(T, "office-director", "2025-03-12", "routine", 1);
    QZT_PERSON(a, QZ_CAP_ACTING, "office-director", QZ_VIA_HOLDER);
    qz_answer_free(a);
    /* rules without matter-kinds ignore the kind */
    a = acting_kind(T, "county-head", "2025-03-11", "routine", 1);
    QZT_PERSON(a, QZ_CAP_ACTING, "executive-deputy", QZ_VIA_ACTING);
    qz_answer_free(a);
    /* an unknown kind is refused; a version 1 request has no kind (none stated) */
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    r.post = "office-director";
    r.date = qzt_d("2025-03-10");
    r.matter_kind = "sometimes";
    assert_int_equal(qz_query_acting(&a, T, &r), QZ_ENOTFOUND);
    assert_null(a);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "sometimes"));
    qz_acting_request v1;
    memset(&v1, 0xff, sizeof(v1)); /* the bytes past version 1 must not be read */
    QZT_OK(qz_acting_request_init(&v1, 1));
    v1.post = "office-director";
    v1.date = qzt_d("2025-03-10");
    QZT_OK(qz_query_acting(&a, T, &v1));
    assert_false(qz_answer_found(a));
    qz_answer_free(a);
}

/* ---- meetings: approval by invitees, length cap, cap per unit ---- */

static qz_answer *meeting(const char *type, const char *const *invitees, size_t n, int minutes, int held)
{
    qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
    r.type = type;
    r.date = qzt_d("2025-03-20");
    r.portfolio = "deputy-a";
    r.invitees = invitees;
    r.ninvitees = n;
    r.minutes = minutes;
    r.held = held;
    qz_answer *a = NULL;
    QZT_OK(qz_query_meeting(&a, T, &r));
    return a;
}

/* Inviting a county leader (by post or by role) needs the county head
 * (Art. 13); inviting a town head the executive deputy (Art. 13(2));
 * otherwise the deputy in charge (Art. 13(3)). */
static void test_meeting_approval_by_invitees(void **state)
{
    (void)state;
    static const char *const leader[] = {"deputy-b"}, *const role[] = {"county-head"},
                             *const town[] = {"town-a-head"}, *const office[] = {"office-deputy"};
    qz_answer *a = meeting("county-wide", leader, 1, 0, 0);
    QZT_PERSON(a, QZ_CAP_APPROVER, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 1);
    QZT_CITES(a, 13, 0);
    assert_false(qzt_cites(a, 13, 3));
    qz_answer_free(a);
    a = meeting("county-wide", role, 1, 0, 0);
    QZT_PERSON(a, QZ_CAP_APPROVER, "county-head", QZ_VIA_HOLDER);
    qz_answer_free(a);
    a = meeting("county-wide", town, 1, 0, 0);
    QZT_PERSON(a, QZ_CAP_APPROVER, "executive-deputy", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 1);
    QZT_CITES(a, 13, 2);
    assert_false(qzt_cites(a, 13, 0));
    qz_answer_free(a);
    a = meeting("county-wide", office, 1, 0, 0);
    QZT_PERSON(a, QZ_CAP_APPROVER, "deputy-a", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 1);
    QZT_CITES(a, 13, 3);
    qz_answer_free(a);
    a = meeting("county-wide", NULL, 0, 0, 0);
    QZT_PERSON(a, QZ_CAP_APPROVER, "deputy-a", QZ_VIA_HOLDER);
    assert_non_null(strstr(qz_answer_explanation(a), "未说明邀请对象"));
    qz_answer_free(a);
    /* an invitee that is neither a post nor a role is refused */
    static const char *const bad[] = {"nobody"};
    qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
    r.type = "county-wide";
    r.date = qzt_d("2025-03-20");
    r.invitees = bad;
    r.ninvitees = 1;
    assert_int_equal(qz_query_meeting(&a, T, &r), QZ_ENOTFOUND);
    assert_null(a);
}

/* 一般不超过半天 is a note past 4 hours; 不超过2小时 a finding past 2 hours;
 * each department at most one county-wide meeting a year: a finding (a
 * note where 原则上) when the count so far reaches it. */
static void test_meeting_caps(void **state)
{
    (void)state;
    qz_answer *a = meeting("county-wide", NULL, 0, 240, 0);
    assert_false(qzt_has_finding(a, "too-long-note"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    qz_answer_free(a);
    a = meeting("county-wide", NULL, 0, 300, 0);
    assert_true(qzt_has_finding(a, "too-long-note"));
    assert_false(qzt_has_finding(a, "too-long"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    QZT_CITES(a, 12, 0);
    qz_answer_free(a);
    a = meeting("briefing", NULL, 0, 120, 0);
    assert_false(qzt_has_finding(a, "too-long"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    qz_answer_free(a);
    a = meeting("briefing", NULL, 0, 121, 0);
    assert_true(qzt_has_finding(a, "too-long"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 0);
    QZT_CITES(a, 15, 0);
    qz_answer_free(a);
    /* no length given: nothing to check */
    a = meeting("briefing", NULL, 0, 0, 0);
    assert_false(qz_answer_has(a, QZ_VALUE_COMPLIANT));
    qz_answer_free(a);
    /* the cap per unit */
    a = meeting("county-wide", NULL, 0, 0, 0);
    assert_false(qzt_has_finding(a, "unit-cap"));
    qz_answer_free(a);
    a = meeting("county-wide", NULL, 0, 0, 1);
    assert_true(qzt_has_finding(a, "unit-cap"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 0);
    QZT_CITES(a, 12, 0);
    qz_answer_free(a);
    /* version 1 requests: no caps checked, no approval by invitees */
    qz_meeting_request v1;
    memset(&v1, 0xff, sizeof(v1));
    QZT_OK(qz_meeting_request_init(&v1, 1));
    v1.type = "county-wide";
    v1.date = qzt_d("2025-03-20");
    v1.portfolio = "deputy-a";
    QZT_OK(qz_query_meeting(&a, T, &v1));
    assert_false(qzt_has_finding(a, "unit-cap"));
    QZT_PERSON(a, QZ_CAP_APPROVER, "deputy-a", QZ_VIA_HOLDER);
    qz_answer_free(a);
}

/* ---- differential: the new shapes against a literal reading ---- */

/* 1 when `person` is away on `day` in the organisation (read directly). */
static int away(const char *person, qz_date day)
{
    int is = 0;
    QZT_OK(qz_org_person_away(&is, NULL, qz_model_org(T), person, day));
    return is;
}

/* Every day of March 2025 and both kinds: the row the clauses give, and who
 * acts for the county head (executive deputy, then deputies by published
 * rank: deputy-b, deputy-a, deputy-c), read off the absences directly. */
static void test_differential(void **state)
{
    (void)state;
    static const char *const order[][2] = {
        {"executive-deputy", "e1"}, {"deputy-b", "d2"}, {"deputy-a", "d1"}, {"deputy-c", "d3"}};
    long checked = 0;
    for (int day = 1; day <= 31; day++) {
        char ds[16];
        snprintf(ds, sizeof(ds), "2025-03-%02d", day);
        qz_date d = qzt_d(ds);
        int head_away = away("h1", d);
        qz_answer *a = sign(ds);
        assert_string_equal(qz_answer_subject(a), head_away ? "sign-request-head-away" : "sign-request");
        if (!head_away)
            QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
        else if (!away("e1", d))
            QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
        else /* the executive deputy away too: the deputy the county head entrusted (Art. 7) */
            QZT_PERSON(a, QZ_CAP_SIGNER, "deputy-c", QZ_VIA_ENTRUSTED);
        assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
        qz_answer_free(a);

        a = qzt_acting(T, "county-head", ds);
        if (!head_away) {
            QZT_PERSON(a, QZ_CAP_ACTING, "county-head", QZ_VIA_HOLDER);
        } else {
            const char *want = NULL;
            for (size_t k = 0; k < 4 && !want; k++)
                if (!away(order[k][1], d))
                    want = order[k][0];
            assert_non_null(want);
            QZT_PERSON(a, QZ_CAP_ACTING, want, QZ_VIA_ACTING);
            assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 1);
        }
        qz_answer_free(a);

        /* the office director: the deputy only for temporary or urgent
         * matters without instructions; nobody for the others */
        static const char *const kinds[] = {"temporary", "urgent", "routine", "major", NULL};
        for (size_t k = 0; k < 5; k++)
            for (int instructed = 0; instructed < 2; instructed++) {
                a = acting_kind(T, "office-director", ds, kinds[k], instructed);
                if (!away("o1", d))
                    QZT_PERSON(a, QZ_CAP_ACTING, "office-director", QZ_VIA_HOLDER);
                else if (k < 2 && !instructed)
                    QZT_PERSON(a, QZ_CAP_ACTING, "office-deputy", QZ_VIA_ACTING);
                else
                    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 0);
                assert_int_equal(qz_answer_found(a), !away("o1", d) || (k < 2 && !instructed));
                qz_answer_free(a);
            }

        /* a deputy's leave: the earlier of 2 working days and 3 days before */
        qz_date wd = 0;
        QZT_OK(qz_calendar_add_workdays(&wd, qz_model_calendar(T), d, -2));
        qz_date due = wd < d - 3 ? wd : d - 3;
        a = qzt_leave(T, "deputy-b", ds, "2025-02-01");
        assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), due);
        /* approvers: whoever holds the county head's and the executive
         * deputy's authority that day, merged, the leaver (d2) dropped */
        const char *head = NULL, *exec = !away("e1", d) ? "e1" : !away("d3", d) ? "d3" : NULL;
        if (!head_away)
            head = "h1";
        for (size_t k = 0; k < 4 && !head; k++)
            if (!away(order[k][1], d))
                head = order[k][1];
        size_t want = (head && strcmp(head, "d2") != 0) +
                      (exec && strcmp(exec, "d2") != 0 && (!head || strcmp(head, exec) != 0));
        if (qzt_count(a, QZ_CAP_APPROVER) != want)
            fail_msg("%s: %zu approvers, want %zu:\n%s", ds, qzt_count(a, QZ_CAP_APPROVER), want,
                     qz_answer_explanation(a));
        for (size_t i = 0; i < qz_answer_person_count(a); i++)
            if (qz_answer_person_capacity(a, i) == QZ_CAP_APPROVER)
                assert_string_not_equal(qz_answer_person_id(a, i), "d2");
        assert_int_equal(qz_answer_found(a), want > 0);
        qz_answer_free(a);
        checked++;
    }
    assert_int_equal(checked, 31);

    /* meeting lengths and counts against the caps, read literally */
    for (int minutes = 0; minutes <= 600; minutes += 15)
        for (int held = 0; held <= 3; held++) {
            qz_answer *a = meeting("county-wide", NULL, 0, minutes, held);
            assert_int_equal(qzt_has_finding(a, "too-long-note"), minutes > 240);
            assert_int_equal(qzt_has_finding(a, "unit-cap"), held >= 1);
            assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), held < 1);
            qz_answer_free(a);
            a = meeting("briefing", NULL, 0, minutes, held);
            assert_int_equal(qzt_has_finding(a, "too-long"), minutes > 120);
            qz_answer_free(a);
        }
}

/* ---- removing a rule never grants more ---- */

/* The new shapes without a <who> line: acting by kind of matter, the leave
 * parties of several rules, and meeting approvals by invitees give nobody
 * who was not there with the whole rule set. */
static void never_grants_more(qz_model *small, int nth, const char *day)
{
    static const char *const kinds[] = {"urgent", "routine", NULL};
    for (size_t k = 0; k < 3; k++) {
        qz_answer *a = acting_kind(small, "office-director", day, kinds[k], 0);
        qz_answer *b = acting_kind(T, "office-director", day, kinds[k], 0);
        assert_true(qzt_subset(a, b, QZ_CAP_ACTING));
        qz_answer_free(a);
        qz_answer_free(b);
    }
    static const char *const leavers[] = {"deputy-a", "executive-deputy"};
    static const int caps[] = {QZ_CAP_APPROVER, QZ_CAP_REPORT_TO};
    for (size_t k = 0; k < 2; k++) {
        qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
        r.post = leavers[k];
        r.depart = qzt_d(day);
        r.notified = qzt_d(day);
        qz_answer *a = NULL, *b = NULL;
        QZT_OK(qz_query_leave(&a, small, &r));
        QZT_OK(qz_query_leave(&b, T, &r));
        for (size_t c = 0; c < 2; c++)
            if (!qzt_subset(a, b, (qz_capacity)caps[c]))
                fail_msg("without who #%d, leave of %s on %s:\n%s", nth, leavers[k], day,
                         qz_answer_explanation(a));
        qz_answer_free(a);
        qz_answer_free(b);
    }
    static const char *const inv[] = {"deputy-b", "town-a-head", "office-deputy"};
    for (size_t k = 0; k <= 3; k++) {
        qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
        r.type = "county-wide";
        r.date = qzt_d(day);
        r.portfolio = "deputy-a";
        r.invitees = k < 3 ? &inv[k] : NULL;
        r.ninvitees = k < 3;
        qz_answer *a = NULL, *b = NULL;
        QZT_OK(qz_query_meeting(&a, small, &r));
        QZT_OK(qz_query_meeting(&b, T, &r));
        assert_true(qzt_subset(a, b, QZ_CAP_APPROVER));
        qz_answer_free(a);
        qz_answer_free(b);
    }
}

/* Each <who> line of the third county's rules removed in turn: nobody signs
 * or acts who did not with the whole rule set (holder-away rows, ranked and
 * entrusted substitutes included). */
static void test_removing_never_grants(void **state)
{
    (void)state;
    size_t len;
    char *text = qzt_read_file(qzt_data("rules/third-county.xml"), &len);
    qz_calendar *cal = NULL;
    QZT_OK(qz_calendar_default(&cal));
    static const char *const days[] = {"2025-03-11", "2025-03-12", "2025-03-13", "2025-03-20"};
    static const char *const posts[] = {"county-head", "executive-deputy"};
    long variants = 0;
    for (int nth = 0;; nth++) {
        qz_model *small = NULL;
        int made = qzt_model_without_who(&small, text, nth, qz_model_org(T), cal);
        if (made < 0)
            break;
        if (made == 0)
            continue;
        for (size_t d = 0; d < 4; d++) {
            qz_sign_request s = QZ_SIGN_REQUEST_INIT;
            s.kind = "request";
            s.date = qzt_d(days[d]);
            qz_answer *a = NULL, *b = NULL;
            QZT_OK(qz_query_sign(&a, small, &s));
            QZT_OK(qz_query_sign(&b, T, &s));
            assert_true(qzt_subset(a, b, QZ_CAP_SIGNER));
            qz_answer_free(a);
            qz_answer_free(b);
            for (size_t k = 0; k < 2; k++) {
                a = qzt_acting(small, posts[k], days[d]);
                b = qzt_acting(T, posts[k], days[d]);
                if (!qzt_subset(a, b, QZ_CAP_ACTING))
                    fail_msg("without who #%d, %s on %s:\n%s", nth, posts[k], days[d],
                             qz_answer_explanation(a));
                qz_answer_free(a);
                qz_answer_free(b);
            }
            never_grants_more(small, nth, days[d]);
        }
        variants++;
        qz_model_free(small);
    }
    assert_true(variants >= 3);
    qz_calendar_free(cal);
    free(text);
}

static int load_text(const char *xml)
{
    qz_rules *r = NULL;
    int rc = qz_rules_load_memory(&r, xml, strlen(xml), "roll.xml");
    qz_rules_free(r);
    return rc;
}

#define HEAD                                                                                         \
    "<?xml version=\"1.0\"?>\n<rules version=\"1\" id=\"x\" title=\"x\" effective=\"2025-01-01\">\n" \
    "<roles><role id=\"a\" label=\"a\"><cite article=\"1\">a</cite></role></roles>\n"

/* roll means nothing for working days or a count backwards; an unknown
 * role in holder-away is refused; each at its place. */
static void test_refusals(void **state)
{
    (void)state;
    assert_int_equal(load_text(HEAD
                               "<deadlines>\n  <deadline id=\"d\" label=\"d\" count=\"2\" unit=\"workdays\" "
                               "anchor=\"x\" roll=\"next-workday\"><cite article=\"1\">d</cite></deadline>\n"
                               "</deadlines></rules>"),
                     QZ_ESCHEMA);
    assert_int_equal(qz_error_line(qz_error_last()), 5);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "roll"));
    assert_int_equal(load_text(HEAD "<deadlines>\n  <deadline id=\"d\" label=\"d\" count=\"2\" unit=\"days\" "
                                    "anchor=\"x\" direction=\"before\" roll=\"next-workday\"><cite "
                                    "article=\"1\">d</cite></deadline>\n</deadlines></rules>"),
                     QZ_ESCHEMA);
    assert_int_equal(qz_error_line(qz_error_last()), 5);
    assert_int_equal(load_text(HEAD "<document-kinds><kind id=\"k\" label=\"k\"/></document-kinds>\n"
                                    "<signing><row id=\"r\" label=\"r\"><cite article=\"1\">r</cite>\n"
                                    "  <when holder-away=\"nobody\"/></row></signing></rules>"),
                     QZ_ESCHEMA);
    assert_int_equal(qz_error_line(qz_error_last()), 6);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "nobody"));
    /* an unknown roll value is the schema's */
    assert_int_equal(load_text(HEAD "<deadlines><deadline id=\"d\" label=\"d\" count=\"2\" unit=\"days\" "
                                    "anchor=\"x\" roll=\"later\"><cite article=\"1\">d</cite></deadline>"
                                    "</deadlines></rules>"),
                     QZ_ESCHEMA);
}

/* The new attributes refused where they mean nothing or are malformed,
 * each at its place (line 5). */
static void test_shape_refusals(void **state)
{
    (void)state;
    static const struct {
        const char *xml, *word;
    } cases[] = {
        {"<meetings>\n<meeting id=\"m\" label=\"m\" max-length=\"2\"><cite article=\"1\">m</cite>"
         "</meeting></meetings></rules>",
         "length-unit"},
        {"<meetings>\n<meeting id=\"m\" label=\"m\" length-unit=\"hours\"><cite article=\"1\">m</cite>"
         "</meeting></meetings></rules>",
         "max-length"},
        {"<meetings>\n<meeting id=\"m\" label=\"m\" max-per-unit=\"1\"><cite article=\"1\">m</cite>"
         "</meeting></meetings></rules>",
         "per-unit-period"},
        {"<meetings><meeting id=\"m\" label=\"m\"><cite article=\"1\">m</cite>\n<approver "
         "invites=\"nobody\"><who role=\"a\"/></approver></meeting></meetings></rules>",
         "nobody"},
        {"<meetings><meeting id=\"m\" label=\"m\"><cite article=\"1\">m</cite>\n<convener "
         "invites=\"a\"><who role=\"a\"/></convener></meeting></meetings></rules>",
         "invites"},
        {"<leave-rules><leave id=\"l\" label=\"l\" roles=\"a\" notice=\"none\"><cite "
         "article=\"1\">l</cite>\n<approver "
         "invites=\"a\"><who role=\"a\"/></approver></leave></leave-rules></rules>",
         "invites"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char xml[1024];
        snprintf(xml, sizeof(xml), "%s%s", HEAD, cases[i].xml);
        assert_int_equal(load_text(xml), QZ_ESCHEMA);
        if (qz_error_line(qz_error_last()) != 5 || !strstr(qz_error_message(qz_error_last()), cases[i].word))
            fail_msg("case %zu: line %d: %s", i, qz_error_line(qz_error_last()),
                     qz_error_message(qz_error_last()));
        assert_true(qz_error_column(qz_error_last()) > 0);
    }
    /* unknown kinds of matters and units are the schema's, at their line */
    assert_int_equal(load_text(HEAD
                               "<acting-rules>\n<acting id=\"x\" label=\"x\" role=\"a\" condition=\"away\" "
                               "matter-kinds=\"sometimes\"><cite article=\"1\">x</cite><substitute><who "
                               "role=\"a\"/></substitute></acting></acting-rules></rules>"),
                     QZ_ESCHEMA);
    assert_int_equal(qz_error_line(qz_error_last()), 5);
    assert_int_equal(
        load_text(HEAD "<meetings>\n<meeting id=\"m\" label=\"m\" max-length=\"2\" "
                       "length-unit=\"days\"><cite article=\"1\">m</cite></meeting></meetings></rules>"),
        QZ_ESCHEMA);
    assert_int_equal(qz_error_line(qz_error_last()), 5);
}

/* The diagnostics of qz_model_check() for shapes that can never apply:
 * `code` at `line` of the third county's rules with `from` replaced by `to`
 * (nothing when `code` is NULL). */
static void expect_diagnostic(const char *from, const char *to, const char *code, int line)
{
    size_t len;
    char *text = qzt_read_file(qzt_data("rules/third-county.xml"), &len);
    char *at = strstr(text, from);
    assert_non_null(at);
    size_t nf = strlen(from), nt = strlen(to);
    char *edited = malloc(len - nf + nt + 1);
    assert_non_null(edited);
    memcpy(edited, text, (size_t)(at - text));
    memcpy(edited + (at - text), to, nt);
    memcpy(edited + (at - text) + nt, at + nf, len - (size_t)(at - text) - nf + 1);
    qz_rules *r = NULL;
    qz_diagnostics *d = NULL;
    QZT_OK(qz_rules_load_memory(&r, edited, strlen(edited), "edited.xml"));
    QZT_OK(qz_model_check(&d, r, qz_model_org(T)));
    int seen = 0;
    for (size_t i = 0; i < qz_diagnostics_count(d); i++) {
        if (!code)
            fail_msg("unexpected %s at %d: %s", qz_diagnostics_code(d, i), qz_diagnostics_line(d, i),
                     qz_diagnostics_message(d, i));
        if (strcmp(qz_diagnostics_code(d, i), code) == 0) {
            assert_int_equal(qz_diagnostics_line(d, i), line);
            assert_true(qz_diagnostics_column(d, i) > 0);
            assert_string_equal(qz_diagnostics_file(d, i), "edited.xml");
            seen = 1;
        }
    }
    assert_int_equal(seen, code ? 1 : 0);
    qz_diagnostics_free(d);
    qz_rules_free(r);
    free(edited);
    free(text);
}

static int line_of(const char *needle)
{
    size_t len;
    char *text = qzt_read_file(qzt_data("rules/third-county.xml"), &len);
    char *at = strstr(text, needle);
    assert_non_null(at);
    int line = 1;
    for (const char *p = text; p < at; p++)
        line += *p == '\n';
    free(text);
    return line;
}

static void test_diagnostics(void **state)
{
    (void)state;
    /* the rule set as it is fits its organisation */
    expect_diagnostic("<rules ", "<rules ", NULL, 0);
    /* an approval for inviting a role nobody holds never applies */
    expect_diagnostic("invites=\"town-head\"", "invites=\"office-director town-head\"", NULL, 0);
    qz_rules *r = NULL;
    qz_diagnostics *d = NULL;
    QZT_OK(qz_rules_load_file(&r, qzt_data("rules/third-county.xml")));
    qz_org *o = NULL;
    const char *org = "<?xml version=\"1.0\"?>\n<organisation version=\"1\" id=\"o\" name=\"o\"><units><unit "
                      "id=\"g\" kind=\"government\" name=\"g\"/></units><posts><post id=\"h\" unit=\"g\" "
                      "role=\"county-head\" name=\"h\"/></posts></organisation>";
    QZT_OK(qz_org_load_memory(&o, org, strlen(org), "o.xml"));
    QZT_OK(qz_model_check(&d, r, o));
    int invites = 0;
    for (size_t i = 0; i < qz_diagnostics_count(d); i++)
        if (strcmp(qz_diagnostics_code(d, i), "invites-never") == 0) {
            assert_int_equal(qz_diagnostics_line(d, i), line_of("<approver invites=\"town-head\""));
            invites++;
        }
    assert_int_equal(invites, 1); /* the county head is held: that approval can apply */
    qz_diagnostics_free(d);
    qz_org_free(o);
    qz_rules_free(r);
    /* a leave only its own holder could approve */
    expect_diagnostic("<approver><who role=\"county-head\"/></approver>",
                      "<approver><who role=\"executive-deputy\"/></approver>", "self-approval",
                      line_of("<approver><who role=\"county-head\"/></approver>"));
    /* an acting rule limited to a misspelt matter */
    expect_diagnostic("matter-kinds=\"temporary urgent\"", "matters=\"county-wde\"", "matter-misspelt",
                      line_of("matter-kinds=\"temporary urgent\""));
}

/* ---- the audit of meeting records ---- */

static qzt_findings audit_meeting(const char *invitees, const char *minutes, const char *held,
                                  const char *approved_by)
{
    const char *keys[] = {"type",     "meeting", "date",        "portfolio",
                          "invitees", "minutes", "held_before", "approved_by"};
    const char *vals[] = {"meeting", "county-wide", "2025-03-20", "town-a",
                          invitees,  minutes,       held,         approved_by};
    qzt_findings s;
    memset(&s, 0, sizeof(s));
    qz_audit *au = NULL;
    QZT_OK(qz_audit_new(&au, T, 0));
    QZT_OK(qz_audit_record(au, keys, vals, 8, "oa", 1, qzt_collect_finding, &s));
    qz_audit_free(au);
    return s;
}

static int audit_has(const qzt_findings *s, const char *check, qz_severity sev, int article)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->check[i], check) == 0 && s->severity[i] == sev && s->article[i] == article)
            return 1;
    return 0;
}

/* A meeting record with its invitees, length, count so far and approver:
 * the approver the invitees call for, the length cap (a note: 一般) and the
 * cap per unit (a violation). */
static void test_audit_meetings(void **state)
{
    (void)state;
    qzt_findings s = audit_meeting("deputy-b", "240", "0", "county-head");
    assert_int_equal(s.n, 0);
    s = audit_meeting("deputy-b", "240", "0", "deputy-a"); /* the deputy in charge may not approve this one */
    assert_int_equal(s.n, 1);
    assert_true(audit_has(&s, "meeting-approver", QZ_SEVERITY_VIOLATION, 13));
    s = audit_meeting("office-deputy", "240", "0", "deputy-a"); /* but this one (Art. 13(3)) */
    assert_int_equal(s.n, 0);
    s = audit_meeting("office-deputy", "300", "1", "d1"); /* a person id is accepted too */
    assert_int_equal(s.n, 2);
    assert_true(audit_has(&s, "meeting-length", QZ_SEVERITY_NOTE, 12));
    assert_true(audit_has(&s, "meeting-unit-cap", QZ_SEVERITY_VIOLATION, 12));
}

/* ---- out of memory ---- */

static int oom_which;

static int oom_shapes(void *p)
{
    (void)p;
    qz_answer *a = NULL;
    int rc = QZ_OK;
    static const char *const invited[] = {"town-a-head"};
    if (oom_which == 0) {
        qz_rules *r = NULL;
        rc = qz_rules_load_file(&r, qzt_data("rules/third-county.xml"));
        qz_rules_free(r);
        return rc;
    }
    if (oom_which == 1) {
        qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
        r.post = "executive-deputy";
        r.depart = qzt_d("2025-03-11");
        r.notified = qzt_d("2025-03-01");
        rc = qz_query_leave(&a, T, &r);
    } else if (oom_which == 2) {
        qz_acting_request r = QZ_ACTING_REQUEST_INIT;
        r.post = "office-director";
        r.date = qzt_d("2025-03-10");
        r.matter_kind = "routine";
        rc = qz_query_acting(&a, T, &r);
    } else {
        qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
        r.type = "county-wide";
        r.date = qzt_d("2025-03-20");
        r.invitees = invited;
        r.ninvitees = 1;
        r.minutes = 600;
        r.held = 3;
        rc = qz_query_meeting(&a, T, &r);
    }
    qz_answer_free(a);
    return rc;
}

/* Every allocation of loading the shapes and answering them can fail: the
 * call then fails with QZ_ENOMEM and leaks nothing. */
static void test_out_of_memory(void **state)
{
    (void)state;
    for (oom_which = 0; oom_which < 4; oom_which++) {
        assert_true(qzt_oom_loop(oom_shapes, NULL, NULL) > 1);
    }
}

/* The rule set round-trips (saving keeps roll and holder-away). */
static void test_round_trip(void **state)
{
    (void)state;
    qz_rules *r = NULL, *r2 = NULL;
    char *t1 = NULL, *t2 = NULL;
    size_t n1 = 0, n2 = 0;
    QZT_OK(qz_rules_load_file(&r, qzt_data("rules/third-county.xml")));
    QZT_OK(qz_rules_save(&t1, &n1, r));
    assert_non_null(strstr(t1, "roll=\"next-workday\""));
    assert_non_null(strstr(t1, "holder-away=\"county-head\""));
    assert_non_null(strstr(t1, "matter-kinds=\"temporary urgent\""));
    assert_non_null(strstr(t1, "instructions-prevail=\"true\""));
    assert_non_null(strstr(t1, "invites=\"town-head\""));
    assert_non_null(strstr(t1, "max-per-unit=\"1\""));
    assert_non_null(strstr(t1, "length-principle=\"true\""));
    QZT_OK(qz_rules_load_memory(&r2, t1, n1, "saved.xml"));
    QZT_OK(qz_rules_save(&t2, &n2, r2));
    assert_int_equal(n1, n2);
    assert_memory_equal(t1, t2, n1);
    qz_free(t1);
    qz_free(t2);
    qz_rules_free(r);
    qz_rules_free(r2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sign_while_head_away),
        cmocka_unit_test(test_roll_over_days),
        cmocka_unit_test(test_roll_over_months),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_ordered_substitution_by_rank),
        cmocka_unit_test(test_entrusted_by_another_leader),
        cmocka_unit_test(test_leave_several_rules),
        cmocka_unit_test(test_leave_not_to_oneself),
        cmocka_unit_test(test_acting_matter_kinds),
        cmocka_unit_test(test_meeting_approval_by_invitees),
        cmocka_unit_test(test_meeting_caps),
        cmocka_unit_test(test_shape_refusals),
        cmocka_unit_test(test_diagnostics),
        cmocka_unit_test(test_audit_meetings),
        cmocka_unit_test(test_out_of_memory),
        cmocka_unit_test(test_differential),
        cmocka_unit_test(test_removing_never_grants),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
