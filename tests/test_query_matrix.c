/* One test per row of the authority-matrix checklist (the Yunxi rules), each
 * asserting the people AND the citation, on the scenario organisation
 * (tests/data/rules/scenario-org.xml) unless noted. */
#include "query_support.h"

static qz_model *M;      /* Yunxi rules + scenario organisation */
static qz_model *DEMO;   /* the embedded default */
#define DAY "2026-06-10" /* nobody is away */

static int setup(void **state)
{
    (void)state;
    M = qzt_model(NULL, "rules/scenario-org.xml");
    QZT_OK(qz_model_default(&DEMO));
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    qz_model_free(M);
    qz_model_free(DEMO);
    return 0;
}

static qz_answer *meeting(const char *type, const char *day, int major, const char *portfolio)
{
    qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
    r.type = type;
    r.date = qzt_d(day);
    r.major = major;
    r.portfolio = portfolio;
    qz_answer *a = NULL;
    if (qz_query_meeting(&a, M, &r) != QZ_OK)
        fail_msg("meeting %s: %s", type, qz_error_message(qz_error_last()));
    return a;
}

static qz_answer *acting(const char *post, const char *day, const char *matter)
{
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    r.post = post;
    r.date = qzt_d(day);
    r.matter = matter;
    qz_answer *a = NULL;
    QZT_OK(qz_query_acting(&a, M, &r));
    return a;
}

/* §1 roles: each role of the checklist is a matter listing its holders. */
static void test_roles(void **state)
{
    (void)state;
    static const struct {
        const char *role, *post;
        int article;
    } rows[] = {
        {"county-head", "county-head", 6},
        {"executive-deputy", "executive-deputy", 6},
        {"deputy", "deputy-1", 8},
        {"office-director", "office-director", 9},
        {"office-deputy-director", "office-deputy-director-1", 53},
        {"department-principal", "justice-principal", 10},
        {"department-deputy", "justice-deputy", 47},
        {"township-principal", "township-a-principal", 39},
        {"institution-principal", "inst-a-principal", 78},
        {"party-group-secretary", "county-head", 41},
        {"party-group-member", "deputy-2", 42},
    };
    qz_date d = qzt_d(DAY);
    for (size_t k = 0; k < sizeof(rows) / sizeof(rows[0]); k++) {
        size_t n = qz_model_matter_count(M, d), i = 0;
        while (i < n && !(qz_model_matter_kind(M, d, i) == QZ_MATTER_ROLE &&
                          strcmp(qz_model_matter_id(M, d, i), rows[k].role) == 0))
            i++;
        assert_true(i < n);
        qz_answer *a = NULL;
        QZT_OK(qz_query_matter(&a, M, d, i));
        QZT_PERSON(a, QZ_CAP_MEMBER, rows[k].post, QZ_VIA_HOLDER);
        QZT_CITES(a, rows[k].article, 0);
        qz_answer_free(a);
    }
}

/* §2 row 1: county head away, entrusted → executive deputy presides (Art. 6). */
static void test_acting_county_head(void **state)
{
    (void)state;
    qz_answer *a = acting("county-head", "2026-03-03", NULL);
    assert_true(qz_answer_found(a));
    QZT_PERSON(a, QZ_CAP_ACTING, "executive-deputy", QZ_VIA_ENTRUSTED);
    assert_string_equal(
        qz_answer_person_for_post(a, (size_t)qzt_person(a, QZ_CAP_ACTING, "executive-deputy")),
        "county-head");
    QZT_PERSON(a, QZ_CAP_ABSENT, "county-head", QZ_VIA_HOLDER);
    QZT_CITES(a, 6, 0);
    qz_answer_free(a);
}

/* §2 row 2: a deputy away → the AB partner (Art. 8). */
static void test_acting_ab(void **state)
{
    (void)state;
    qz_answer *a = acting("deputy-3", "2026-04-14", NULL);
    assert_true(qz_answer_found(a));
    QZT_PERSON(a, QZ_CAP_ACTING, "deputy-4", QZ_VIA_ACTING);
    QZT_CITES(a, 8, 0);
    qz_answer_free(a);
}

/* §2 row 3: the county head office meeting, county head away, entrusted → executive deputy (Art. 44). */
static void test_acting_county_head_office(void **state)
{
    (void)state;
    qz_answer *a = meeting("county-head-office", "2026-04-08", 0, NULL);
    assert_true(qz_answer_found(a));
    QZT_PERSON(a, QZ_CAP_CONVENER, "executive-deputy", QZ_VIA_ENTRUSTED);
    QZT_PERSON(a, QZ_CAP_PRESIDER, "executive-deputy", QZ_VIA_ENTRUSTED);
    assert_int_equal(qzt_person(a, QZ_CAP_CONVENER, "county-head"), -1);
    QZT_CITES(a, 44, 0);
    qz_answer_free(a);
    a = acting("county-head", "2026-04-08", "county-head-office");
    QZT_PERSON(a, QZ_CAP_ACTING, "executive-deputy", QZ_VIA_ENTRUSTED);
    QZT_CITES(a, 44, 0);
    qz_answer_free(a);
    /* the general duties are not covered by a meeting entrustment */
    a = acting("county-head", "2026-04-08", NULL);
    assert_false(qz_answer_found(a));
    qz_answer_free(a);
}

/* §2 row 4: a special-topic meeting convened by a deputy entrusted by a leader (Art. 43). */
static void test_acting_special_topic(void **state)
{
    (void)state;
    qz_answer *a = meeting("special-topic", DAY, 0, "justice");
    QZT_PERSON(a, QZ_CAP_CONVENER, "deputy-1", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_CONVENER, "county-head", QZ_VIA_HOLDER);
    int i = qzt_person(a, QZ_CAP_CONVENER, "deputy-2");
    assert_true(i >= 0);
    QZT_CITES(a, 43, 0);
    qz_answer_free(a);
}

/* §2 row 5: a department principal at a mandatory meeting → the deputy in charge (Art. 47). */
static void test_substitution(void **state)
{
    (void)state;
    qz_substitute_request r = QZ_SUBSTITUTE_REQUEST_INIT;
    r.type = "plenary";
    r.principal = "justice-principal";
    r.substitute = "justice-deputy";
    r.date = qzt_d(DAY);
    r.written_request = 1;
    r.request_date = qzt_d("2026-06-08");
    r.presider_approved = 1;
    qz_answer *a = NULL;
    QZT_OK(qz_query_substitute(&a, M, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 1);
    QZT_PERSON(a, QZ_CAP_SUBSTITUTE, "justice-deputy", QZ_VIA_ACTING);
    QZT_PERSON(a, QZ_CAP_APPROVER, "county-head", QZ_VIA_HOLDER);
    assert_true(qzt_unit(a, QZ_CAP_APPROVER, "county-government") >= 0);
    QZT_CITES(a, 47, 0);
    qz_answer_free(a);
    r.request_date = r.date; /* not before the meeting */
    r.presider_approved = 0;
    QZT_OK(qz_query_substitute(&a, M, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 0);
    assert_int_equal(qz_answer_finding_count(a), 2);
    qz_answer_free(a);
    r.substitute = "finance-deputy"; /* another department's deputy */
    r.request_date = qzt_d("2026-06-08");
    r.presider_approved = 1;
    QZT_OK(qz_query_substitute(&a, M, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 0);
    qz_answer_free(a);
    /* a leader asks the county head for leave; nobody stands in */
    r.principal = "deputy-1";
    r.substitute = NULL;
    QZT_OK(qz_query_substitute(&a, M, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_ALLOWED), 0);
    QZT_PERSON(a, QZ_CAP_APPROVER, "county-head", QZ_VIA_HOLDER);
    QZT_CITES(a, 47, 0);
    qz_answer_free(a);
    /* Art. 78: a directly affiliated institution's principal is under the departments' rule */
    r.principal = "inst-a-principal";
    QZT_OK(qz_query_substitute(&a, M, &r));
    assert_string_equal(qz_answer_subject(a), "institution-attendance");
    assert_true(qzt_unit(a, QZ_CAP_APPROVER, "county-government") >= 0);
    QZT_PERSON(a, QZ_CAP_APPROVER, "county-head", QZ_VIA_HOLDER); /* the plenary's presider */
    QZT_CITES(a, 47, 0);
    QZT_CITES(a, 78, 0);
    qz_answer_free(a);
}

/* §3 the plenary meeting (Art. 7, 39, 48). */
static void test_meeting_plenary(void **state)
{
    (void)state;
    qz_answer *a = meeting("plenary", DAY, 0, NULL);
    QZT_PERSON(a, QZ_CAP_CONVENER, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_PRESIDER, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_CONVENER), 1);
    static const char *const members[] = {"county-head",      "executive-deputy", "deputy-1",
                                          "deputy-5",         "office-director",  "justice-principal",
                                          "finance-principal"};
    for (size_t i = 0; i < 7; i++)
        QZT_PERSON(a, QZ_CAP_MEMBER, members[i], QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_MEMBER), 10);
    QZT_PERSON(a, QZ_CAP_ATTENDEE, "township-a-principal", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_ATTENDEE, "inst-a-principal", QZ_VIA_HOLDER);
    assert_true(qzt_unit(a, QZ_CAP_INVITEE, "county-party-office") >= 0);
    assert_true(qzt_unit(a, QZ_CAP_INVITEE, "resident-units") >= 0);
    QZT_PERSON(a, QZ_CAP_MINUTES_SIGNER, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_MINUTES_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-17"));
    QZT_CITES(a, 7, 0);
    QZT_CITES(a, 39, 0);
    QZT_CITES(a, 48, 0);
    qz_answer_free(a);
}

/* §3 the executive meeting (Art. 40, 48): members, generally 2-3 a month. */
static void test_meeting_executive(void **state)
{
    (void)state;
    qz_answer *a = meeting("executive", DAY, 1, NULL);
    QZT_PERSON(a, QZ_CAP_CONVENER, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_MEMBER, "office-director", QZ_VIA_HOLDER);
    assert_int_equal(qzt_person(a, QZ_CAP_MEMBER, "justice-principal"), -1);
    assert_int_equal(qzt_count(a, QZ_CAP_MEMBER), 8);
    assert_true(qzt_unit(a, QZ_CAP_INVITEE, "media") >= 0);
    QZT_PERSON(a, QZ_CAP_MINUTES_SIGNER_MAJOR, "executive-deputy", QZ_VIA_HOLDER);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MIN), 2);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MAX), 3);
    QZT_CITES(a, 40, 0);
    QZT_CITES(a, 48, 0);
    qz_answer_free(a);
}

/* §3 the party group meeting (Art. 41): secretary convenes, quorum more than half. */
static void test_meeting_party_group(void **state)
{
    (void)state;
    qz_answer *a = meeting("party-group", DAY, 0, NULL);
    QZT_PERSON(a, QZ_CAP_CONVENER, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_MEMBER), 7);
    QZT_PERSON(a, QZ_CAP_INVITEE, "deputy-5", QZ_VIA_HOLDER); /* the non-CPC deputy */
    assert_int_equal(qzt_person(a, QZ_CAP_INVITEE, "deputy-1"), -1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MEMBERS), 7);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_REQUIRED), 4);
    QZT_CITES(a, 41, 0);
    QZT_CITES(a, 48, 0);
    qz_answer_free(a);
    qz_quorum_request q = QZ_QUORUM_REQUEST_INIT;
    const char *present[] = {"county-head", "executive-deputy", "deputy-1", "d2"};
    q.type = "party-group";
    q.present = present;
    q.npresent = 4;
    q.date = qzt_d(DAY);
    QZT_OK(qz_query_quorum(&a, M, &q));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MET), 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PRESENT), 4);
    QZT_PERSON(a, QZ_CAP_PRESENT, "deputy-2", QZ_VIA_HOLDER);
    QZT_CITES(a, 41, 0);
    qz_answer_free(a);
    q.npresent = 3;
    QZT_OK(qz_query_quorum(&a, M, &q));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MET), 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_REQUIRED), 4);
    qz_answer_free(a);
}

/* §3 the theory study centre group (Art. 42): at least 2 a quarter, no minutes deadline. */
static void test_meeting_study_group(void **state)
{
    (void)state;
    qz_answer *a = meeting("study-group", DAY, 0, NULL);
    QZT_PERSON(a, QZ_CAP_CONVENER, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_MEMBER, "deputy-5", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_MINUTES_SIGNER), 0);
    assert_false(qz_answer_has(a, QZ_VALUE_DUE));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MIN), 2);
    assert_false(qz_answer_has(a, QZ_VALUE_MAX));
    QZT_CITES(a, 42, 0);
    qz_answer_free(a);
}

/* §3 the special-topic meeting (Art. 43, 48): the deputy in charge signs the minutes. */
static void test_meeting_special_topic(void **state)
{
    (void)state;
    qz_answer *a = meeting("special-topic", DAY, 0, "justice");
    QZT_PERSON(a, QZ_CAP_MINUTES_SIGNER, "deputy-1", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_MINUTES_SIGNER), 1);
    assert_true(qzt_unit(a, QZ_CAP_ATTENDEE, "departments") >= 0);
    QZT_CITES(a, 48, 0);
    qz_answer_free(a);
    a = meeting("special-topic", DAY, 1, "justice");
    QZT_PERSON(a, QZ_CAP_MINUTES_SIGNER_MAJOR, "executive-deputy", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_MINUTES_SIGNER_MAJOR, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-17"));
    qz_answer_free(a);
}

/* §3 the county head office meeting (Art. 44). */
static void test_meeting_county_head_office(void **state)
{
    (void)state;
    qz_answer *a = meeting("county-head-office", DAY, 0, NULL);
    QZT_PERSON(a, QZ_CAP_CONVENER, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_MEMBER, "deputy-3", QZ_VIA_HOLDER);
    assert_true(qzt_unit(a, QZ_CAP_ATTENDEE, "research-office") >= 0);
    QZT_PERSON(a, QZ_CAP_INVITEE, "finance-principal", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_MINUTES_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    QZT_CITES(a, 44, 0);
    QZT_CITES(a, 48, 0);
    qz_answer_free(a);
}

static qz_answer *sign(const char *kind, const char *issuer, const char *to, unsigned flags,
                       const char *const *pf, size_t npf, const char *day)
{
    qz_sign_request r = QZ_SIGN_REQUEST_INIT;
    r.kind = kind;
    r.issuer = issuer;
    r.recipient = to;
    r.major_policy = (flags & 1) != 0;
    r.broad_scope = (flags & 2) != 0;
    r.decided_by_executive = (flags & 4) != 0;
    r.routine = (flags & 8) != 0;
    r.portfolios = pf;
    r.nportfolios = npf;
    r.date = qzt_d(day ? day : DAY);
    qz_answer *a = NULL;
    if (qz_query_sign(&a, M, &r) != QZ_OK)
        fail_msg("sign: %s", qz_error_message(qz_error_last()));
    return a;
}

/* §3 Art. 50: a department's county-wide meeting is approved by the leader in charge and the county
 * government; the meetings of the government itself need no approval. */
static void test_meeting_approval(void **state)
{
    (void)state;
    qz_answer *a = meeting("department-county-wide", DAY, 0, "justice");
    QZT_PERSON(a, QZ_CAP_APPROVER, "deputy-1", QZ_VIA_HOLDER);
    assert_true(qzt_unit(a, QZ_CAP_APPROVER, "county-government") >= 0);
    QZT_CITES(a, 50, 0);
    qz_answer_free(a);
    a = meeting("executive", DAY, 0, NULL);
    assert_int_equal(qzt_count(a, QZ_CAP_APPROVER), 0);
    assert_int_equal(qzt_unit(a, QZ_CAP_APPROVER, "county-government"), -1);
    qz_answer_free(a);
}

/* §4 row 1: motions, normative documents, decisions, orders → county head, 54(2). */
static void test_sign_row1(void **state)
{
    (void)state;
    static const char *const kinds[] = {"motion", "normative", "decision", "order"};
    for (size_t i = 0; i < 4; i++) {
        qz_answer *a = sign(kinds[i], NULL, i == 0 ? "county-congress" : NULL, 0, NULL, 0, NULL);
        QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
        assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
        QZT_CITES(a, 54, 2);
        assert_string_equal(qz_answer_subject(a), "sign-54-2");
        qz_answer_free(a);
    }
}

/* §4 row 2: requests and reports to the city government; major policy → county head or executive deputy,
 * 54(1). */
static void test_sign_row2(void **state)
{
    (void)state;
    qz_answer *a = sign("request", "county-government", "city-government", 0, NULL, 0, NULL);
    QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 2);
    QZT_CITES(a, 54, 1);
    qz_answer_free(a);
    a = sign("notice", NULL, NULL, 1, NULL, 0, NULL);
    QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    QZT_CITES(a, 54, 1);
    qz_answer_free(a);
}

/* §4 row 3: decided by the executive meeting or routine → county head or an authorised deputy/director,
 * 54(4). */
static void test_sign_row3(void **state)
{
    (void)state;
    qz_answer *a = sign("notice", NULL, NULL, 4, NULL, 0, NULL);
    QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
    QZT_CITES(a, 54, 4);
    qz_answer_free(a);
    a = sign("notice", NULL, NULL, 8, NULL, 0, "2026-05-12"); /* deputy-1 authorised in May */
    QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_SIGNER, "deputy-1", QZ_VIA_ENTRUSTED);
    QZT_CITES(a, 54, 4);
    qz_answer_free(a);
}

/* §4 row 4: other documents of broad scope → county head or executive deputy, 54(3). */
static void test_sign_row4(void **state)
{
    (void)state;
    qz_answer *a = sign("notice", NULL, NULL, 2, NULL, 0, NULL);
    QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    QZT_CITES(a, 54, 3);
    assert_string_equal(qz_answer_subject(a), "sign-54-3-broad");
    qz_answer_free(a);
}

/* §4 row 5: several leaders' portfolios → the lead leader signs, the others countersign, 54(3). */
static void test_sign_row5(void **state)
{
    (void)state;
    const char *pf[] = {"justice", "township-a"};
    qz_answer *a = sign("notice", NULL, NULL, 0, pf, 2, NULL);
    QZT_PERSON(a, QZ_CAP_SIGNER, "deputy-1", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_COUNTERSIGNER, "deputy-2", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
    assert_int_equal(qzt_count(a, QZ_CAP_COUNTERSIGNER), 1);
    QZT_CITES(a, 54, 3);
    qz_answer_free(a);
}

/* §4 row 6: other documents → the leader in charge (53, 54(3)). */
static void test_sign_row6(void **state)
{
    (void)state;
    const char *pf[] = {"finance"};
    qz_answer *a = sign("notice", NULL, NULL, 0, pf, 1, NULL);
    QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
    QZT_CITES(a, 53, 0);
    QZT_CITES(a, 54, 3);
    qz_answer_free(a);
    /* no portfolio given: no one, with the reason */
    a = sign("notice", NULL, NULL, 0, NULL, 0, NULL);
    assert_false(qz_answer_found(a));
    assert_non_null(strstr(qz_answer_reason(a), "分管"));
    qz_answer_free(a);
}

/* §4 row 7: documents in the government office's name → office director, 54(5). */
static void test_sign_row7(void **state)
{
    (void)state;
    qz_answer *a = sign("notice", "government-office", NULL, 0, NULL, 0, NULL);
    QZT_PERSON(a, QZ_CAP_SIGNER, "office-director", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
    QZT_PERSON(a, QZ_CAP_ESCALATION, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_ESCALATION, "deputy-2", QZ_VIA_HOLDER);
    QZT_CITES(a, 54, 5);
    qz_answer_free(a);
    /* a major-policy office document stays with the office director: 54(1) is about the government's */
    a = sign("notice", "government-office", NULL, 1, NULL, 0, NULL);
    QZT_PERSON(a, QZ_CAP_SIGNER, "office-director", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
    QZT_PERSON(a, QZ_CAP_ESCALATION, "county-head", QZ_VIA_HOLDER);
    QZT_CITES(a, 54, 5);
    assert_false(qzt_cites(a, 54, 1));
    assert_string_equal(qz_answer_subject(a), "sign-54-5");
    qz_answer_free(a);
}

/* Finds matter `id` and queries it. */
static qz_answer *matter(const char *id)
{
    qz_date d = qzt_d(DAY);
    size_t n = qz_model_matter_count(M, d);
    for (size_t i = 0; i < n; i++)
        if (strcmp(qz_model_matter_id(M, d, i), id) == 0) {
            qz_answer *a = NULL;
            QZT_OK(qz_query_matter(&a, M, d, i));
            return a;
        }
    fail_msg("no matter %s", id);
    return NULL;
}

/* §3 further rules and §4 other document rules, §5 major decisions, §8: provisions with their citations. */
static void test_provisions(void **state)
{
    (void)state;
    static const struct {
        const char *id;
        int article;
    } rows[] = {
        {"major-matters", 7},
        {"executive-agenda", 45},
        {"agenda-disagreement", 45},
        {"decision-tracking", 49},
        {"department-meetings", 50},
        {"document-submission", 51},
        {"party-committee-drafts", 51},
        {"consultation", 52},
        {"document-routing", 53},
        {"department-documents", 55},
        {"normative-drafting", 19},
        {"major-decision-procedure", 22},
        {"major-decisions", 23},
        {"major-proposal-assessment", 24},
        {"ceremonies", 76},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        qz_answer *a = matter(rows[i].id);
        QZT_CITES(a, rows[i].article, 0);
        qz_answer_free(a);
    }
    qz_answer *a = matter("executive-agenda");
    QZT_PERSON(a, QZ_CAP_APPROVER, "county-head", QZ_VIA_HOLDER);
    assert_true(qzt_unit(a, QZ_CAP_REVIEWER, "government-office") >= 0);
    qz_answer_free(a);
    a = matter("decision-tracking");
    assert_true(qzt_unit(a, QZ_CAP_RESPONSIBLE, "supervision-office") >= 0);
    qz_answer_free(a);
    a = matter("ceremonies");
    assert_true(qzt_unit(a, QZ_CAP_APPROVER, "county-party-committee") >= 0);
    assert_true(qzt_unit(a, QZ_CAP_APPROVER, "county-government") >= 0);
    QZT_PERSON(a, QZ_CAP_RESPONSIBLE, "deputy-4", QZ_VIA_HOLDER);
    qz_answer_free(a);
    a = matter("normative-drafting");
    assert_true(qzt_unit(a, QZ_CAP_REVIEWER, "justice-bureau") >= 0);
    qz_answer_free(a);
}

/* §4 Art. 52: the consultation reply, 3-5 wd, the lead department's own limit, silence = no objection. */
static void test_deadline_consultation(void **state)
{
    (void)state;
    qz_deadline_request r = QZ_DEADLINE_REQUEST_INIT;
    r.name = "consultation-reply";
    r.from = qzt_d("2026-06-01");
    qz_answer *a = NULL;
    QZT_OK(qz_query_deadline(&a, M, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_EARLIEST), qzt_d("2026-06-04"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-08"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_UNIT), QZ_UNIT_WORKDAYS);
    QZT_CITES(a, 52, 0);
    qz_answer_free(a);
    r.limit = 7;
    r.asof = qzt_d("2026-06-11");
    r.has_asof = 1;
    QZT_OK(qz_query_deadline(&a, M, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-10"));
    assert_false(qz_answer_has(a, QZ_VALUE_EARLIEST));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SILENCE_NO_OBJECTION), 1);
    qz_answer_free(a);
    r.asof = qzt_d("2026-06-10");
    QZT_OK(qz_query_deadline(&a, M, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SILENCE_NO_OBJECTION), 0);
    qz_answer_free(a);
}

/* §3/§4 Art. 48 minutes, across a holiday (National Day 2026), and Art. 20 validity. */
static void test_deadline_minutes_validity(void **state)
{
    (void)state;
    qz_deadline_request r = QZ_DEADLINE_REQUEST_INIT;
    r.name = "minutes-issue";
    r.from = qzt_d("2026-09-30");
    qz_answer *a = NULL;
    QZT_OK(qz_query_deadline(&a, M, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-10-13"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PRINCIPLE), 1);
    QZT_CITES(a, 48, 0);
    qz_answer_free(a);
    r.name = "normative-validity";
    r.from = qzt_d("2026-06-10");
    QZT_OK(qz_query_deadline(&a, M, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2031-06-10"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_UNIT), QZ_UNIT_YEARS);
    QZT_CITES(a, 20, 0);
    qz_answer_free(a);
    r.name = "no-such-deadline";
    assert_int_equal(qz_query_deadline(&a, M, &r), QZ_ENOTFOUND);
}

static qz_answer *normative(const char *const *flags, size_t n, int years, const char *by)
{
    qz_normative_request r = QZ_NORMATIVE_REQUEST_INIT;
    r.flags = flags;
    r.nflags = n;
    r.validity_years = years;
    r.approved_by = by;
    r.date = qzt_d(DAY);
    qz_answer *a = NULL;
    QZT_OK(qz_query_normative(&a, M, &r));
    return a;
}

/* §5 Art. 19 and 20: checks on normative documents. */
static void test_normative(void **state)
{
    (void)state;
    const char *good[] = {"legality-reviewed", "drafted-by-department"};
    qz_answer *a = normative(good, 2, 5, "executive");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_VIOLATIONS), 0);
    qz_answer_free(a);
    a = normative(good, 2, 6, "executive");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_VIOLATIONS), 1);
    assert_string_equal(qz_answer_finding_id(a, 0), "validity-limit");
    QZT_CITES(a, 20, 0);
    qz_answer_free(a);
    a = normative(good, 2, 0, "plenary");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_VIOLATIONS), 1);
    qz_answer_free(a);
    const char *law[] = {"legality-reviewed", "drafted-by-department", "implements-law"};
    a = normative(law, 3, 0, "plenary");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    qz_answer_free(a);
    const char *bad[] = {"creates-licensing", "adds-obligations"};
    a = normative(bad, 2, 3, "special-topic");
    /* licensing, obligations, no legality review, not drafted by a department, wrong meeting */
    assert_int_equal(qz_answer_value(a, QZ_VALUE_VIOLATIONS), 5);
    QZT_CITES(a, 19, 0);
    QZT_CITES(a, 20, 0);
    assert_true(qzt_unit(a, QZ_CAP_REVIEWER, "justice-bureau") >= 0);
    qz_answer_free(a);
    const char *dept[] = {"department-document", "legality-reviewed", "joint-department",
                          "important",           "public-interest",   "multi-department"};
    a = normative(dept, 6, 2, NULL);
    /* not filed, not approved, not requested first */
    assert_int_equal(qz_answer_value(a, QZ_VALUE_VIOLATIONS), 3);
    qz_answer_free(a);
    /* 事先请示 only for matters of two or more departments (Art. 20, 其中) */
    a = normative(dept, 5, 2, NULL);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_VIOLATIONS), 2);
    qz_answer_free(a);
    /* a department's own document is not under Art. 19's legality review */
    const char *own[] = {"department-document", "filed"};
    a = normative(own, 2, 2, NULL);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    assert_true(qzt_unit(a, QZ_CAP_FILED_WITH, "county-government") >= 0);
    qz_answer_free(a);
    const char *unknown[] = {"no-such-fact"};
    qz_normative_request r = QZ_NORMATIVE_REQUEST_INIT;
    r.flags = unknown;
    r.nflags = 1;
    r.date = qzt_d(DAY);
    assert_int_equal(qz_query_normative(&a, M, &r), QZ_EINVAL);
}

/* §6 row 1: the county head: filed by the office with three bodies. */
static void test_leave_county_head(void **state)
{
    (void)state;
    qz_answer *a = qzt_leave(M, "county-head", DAY, DAY);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    assert_false(qz_answer_has(a, QZ_VALUE_NOTICE_DAYS)); /* notice="none", not "beforehand" */
    assert_true(qzt_unit(a, QZ_CAP_FILED_BY, "government-office") >= 0);
    assert_true(qzt_unit(a, QZ_CAP_FILED_WITH, "county-party-office") >= 0);
    assert_true(qzt_unit(a, QZ_CAP_FILED_WITH, "city-government-office") >= 0);
    assert_true(qzt_unit(a, QZ_CAP_FILED_WITH, "city-party-office") >= 0);
    assert_int_equal(qzt_count(a, QZ_CAP_REPORT_TO), 0);
    QZT_CITES(a, 66, 0);
    qz_answer_free(a);
}

/* §6 row 2: deputies and the office director report to the county head beforehand. */
static void test_leave_deputy(void **state)
{
    (void)state;
    qz_answer *a = qzt_leave(M, "deputy-2", DAY, "2026-06-09");
    QZT_PERSON(a, QZ_CAP_REPORT_TO, "county-head", QZ_VIA_HOLDER);
    assert_true(qzt_unit(a, QZ_CAP_FILED_WITH, "county-party-office") >= 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    QZT_CITES(a, 66, 0);
    qz_answer_free(a);
    a = qzt_leave(M, "office-director", DAY, "2026-06-11");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 1);
    QZT_PERSON(a, QZ_CAP_REPORT_TO, "county-head", QZ_VIA_HOLDER);
    qz_answer_free(a);
}

/* §6 row 3: township and department principals, 3 days ahead, to the office. */
static void test_leave_principal(void **state)
{
    (void)state;
    qz_answer *a = qzt_leave(M, "justice-principal", DAY, "2026-06-07");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_DAYS), 3);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-07"));
    assert_true(qzt_unit(a, QZ_CAP_REPORT_TO, "government-office") >= 0);
    QZT_PERSON(a, QZ_CAP_FILED_WITH, "deputy-1", QZ_VIA_HOLDER);
    QZT_CITES(a, 66, 0);
    qz_answer_free(a);
    a = qzt_leave(M, "township-a-principal", DAY, "2026-06-08");
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_NOTICE_GIVEN), 2);
    qz_answer_free(a);
}

static qz_answer *periodic(const char *id, const char *period, const char *const *days, size_t n)
{
    qz_date d[8];
    for (size_t i = 0; i < n; i++)
        d[i] = qzt_d(days[i]);
    qz_periodic_request r = QZ_PERIODIC_REQUEST_INIT;
    r.id = id;
    r.period = qzt_d(period);
    r.dates = d;
    r.ndates = n;
    qz_answer *a = NULL;
    QZT_OK(qz_query_periodic(&a, M, &r));
    return a;
}

/* §7 the six periodic obligations. */
static void test_periodic(void **state)
{
    (void)state;
    const char *two[] = {"2026-06-03", "2026-06-17", "2026-05-30"};
    qz_answer *a = periodic("executive-meeting", DAY, two, 3);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COUNT), 2);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_START), qzt_d("2026-06-01"));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_END), qzt_d("2026-06-30"));
    QZT_PERSON(a, QZ_CAP_RESPONSIBLE, "county-head", QZ_VIA_HOLDER);
    QZT_CITES(a, 40, 0);
    qz_answer_free(a);
    const char *four[] = {"2026-06-01", "2026-06-08", "2026-06-15", "2026-06-22"};
    a = periodic("executive-meeting", DAY, four, 4);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_EXCESS), 1);
    /* "一般每月召开2-3次": an excess is a note, not non-compliance (issue 10, item 7) */
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    qz_answer_free(a);
    const char *one[] = {"2026-04-20"};
    a = periodic("study-group-session", DAY, one, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_PERIOD_START), qzt_d("2026-04-01"));
    QZT_PERSON(a, QZ_CAP_RESPONSIBLE, "county-head", QZ_VIA_HOLDER);
    QZT_CITES(a, 42, 0);
    qz_answer_free(a);
    a = periodic("duty-report", DAY, NULL, 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 1);
    QZT_PERSON(a, QZ_CAP_RESPONSIBLE, "justice-principal", QZ_VIA_HOLDER);
    assert_true(qzt_unit(a, QZ_CAP_REPORT_TO, "county-government") >= 0);
    QZT_CITES(a, 37, 0);
    qz_answer_free(a);
    const char *three[] = {"2026-02-01", "2026-05-01", "2026-09-01"};
    a = periodic("research-topics", DAY, three, 3);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_EXCESS), 1);
    QZT_PERSON(a, QZ_CAP_RESPONSIBLE, "deputy-5", QZ_VIA_HOLDER);
    QZT_CITES(a, 75, 0);
    qz_answer_free(a);
    a = periodic("contact-point-research", DAY, one, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    QZT_CITES(a, 75, 0);
    qz_answer_free(a);
    a = periodic("information-bulletin", DAY, one, 1); /* 20 April lies in the second quarter */
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    /* Art 56 names no holder (authority-matrix.md §7): none is invented */
    assert_int_equal(qzt_unit(a, QZ_CAP_RESPONSIBLE, "government-office"), -1);
    QZT_CITES(a, 56, 0);
    qz_answer_free(a);
    a = periodic("information-bulletin", "2026-07-10", one, 1);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 1);
    qz_answer_free(a);
}

/* Obligations (issue 10 item 8): each encoded article, who bears it and the clause. */
static void test_obligations(void **state)
{
    (void)state;
    static const struct {
        const char *id;
        int article, item;
        const char *post; /* a responsible post, or NULL: a body */
        const char *unit; /* a responsible body, or NULL */
    } rows[] = {
        {"report-to-party-committee", 3, 0, NULL, "county-government"},
        {"normative-interpretation", 19, 0, NULL, "designated-unit"},
        {"hear-departments", 20, 0, NULL, "lead-department"},
        {"integrity-assessment", 20, 0, NULL, "county-government"},
        {"information-disclosure-assessment", 27, 0, NULL, "government-office"},
        {"report-to-congress", 32, 0, NULL, "county-government"},
        {"file-with-congress", 32, 0, NULL, "county-government"},
        {"handle-suggestions", 32, 0, "justice-principal", NULL},
        {"rectify-supervision", 33, 0, "justice-principal", NULL},
        {"executive-review-plans", 40, 2, "county-head", NULL},
        {"executive-review-normative", 40, 3, "county-head", NULL},
        {"executive-review-party-matters", 40, 4, "county-head", NULL},
        {"executive-review-documents", 40, 5, "county-head", NULL},
        {"executive-documents-drafting", 46, 0, NULL, "reporting-department"},
        {"executive-documents-review", 46, 0, NULL, "government-office"},
        {"annual-document-plan", 55, 0, NULL, "county-government"},
        {"implement-instructions", 60, 0, "county-head", NULL},
        {"report-assigned-matters", 60, 0, "justice-principal", NULL},
        {"supervision-annual-plan", 61, 0, NULL, "government-office"},
        {"supervision-interviews", 63, 0, NULL, "county-government"},
        {"year-end-evaluation", 63, 0, NULL, "county-government"},
        {"report-major-information", 67, 0, "justice-principal", NULL},
    };
    qz_obligations_request r = QZ_OBLIGATIONS_REQUEST_INIT;
    r.from = qzt_d("2026-01-01");
    r.to = qzt_d("2026-12-31");
    qz_answer *a = NULL;
    QZT_OK(qz_query_obligations(&a, M, &r));
    for (size_t k = 0; k < sizeof(rows) / sizeof(rows[0]); k++) {
        const qz_answer *it = NULL;
        for (size_t i = 0; !it && i < qz_answer_item_count(a); i++)
            if (strcmp(qz_answer_subject(qz_answer_item(a, i)), rows[k].id) == 0)
                it = qz_answer_item(a, i);
        if (!it)
            fail_msg("no obligation %s", rows[k].id);
        QZT_CITES(it, rows[k].article, rows[k].item);
        if (rows[k].post)
            QZT_PERSON(it, QZ_CAP_RESPONSIBLE, rows[k].post, QZ_VIA_HOLDER);
        else
            assert_true(qzt_unit(it, QZ_CAP_RESPONSIBLE, rows[k].unit) >= 0);
    }
    /* Art 8: borne only through an entrustment of other work, which nobody holds */
    a = (qz_answer_free(a), NULL);
    r.post = "deputy-1";
    QZT_OK(qz_query_obligations(&a, M, &r));
    assert_true(qz_answer_item_count(a) > 0); /* the deputy bears others: the loop below looks at them */
    for (size_t i = 0; i < qz_answer_item_count(a); i++)
        assert_string_not_equal(qz_answer_subject(qz_answer_item(a, i)), "entrusted-work");
    qz_answer_free(a);
}

/* §9 worked examples: minutes of 2021-10-15 due 2021-10-22; 西政发〔2021〕11号 signed under 54(4). */
static void test_worked_examples(void **state)
{
    (void)state;
    qz_deadline_request r = QZ_DEADLINE_REQUEST_INIT;
    r.name = "minutes-issue";
    r.from = qzt_d("2021-10-15");
    qz_answer *a = NULL;
    QZT_OK(qz_query_deadline(&a, DEMO, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2021-10-22"));
    QZT_CITES(a, 48, 0);
    qz_answer_free(a);
    qz_sign_request s = QZ_SIGN_REQUEST_INIT;
    s.kind = "notice";
    s.decided_by_executive = 1;
    s.date = qzt_d("2021-10-19");
    QZT_OK(qz_query_sign(&a, DEMO, &s));
    QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    QZT_CITES(a, 54, 4);
    qz_answer_free(a);
}

/* The demo organisation's own 2026 absences, as the command-line demo shows them. */
static void test_demo_scenarios(void **state)
{
    (void)state;
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    qz_answer *a = NULL;
    r.post = "county-head";
    r.date = qzt_d("2026-03-10"); /* away, entrusted */
    QZT_OK(qz_query_acting(&a, DEMO, &r));
    QZT_PERSON(a, QZ_CAP_ACTING, "executive-deputy", QZ_VIA_ENTRUSTED);
    QZT_CITES(a, 6, 0);
    qz_answer_free(a);
    r.date = qzt_d("2026-05-19"); /* away, not entrusted */
    QZT_OK(qz_query_acting(&a, DEMO, &r));
    assert_false(qz_answer_found(a));
    qz_answer_free(a);
    r.post = "deputy-3";
    r.date = qzt_d("2026-04-15"); /* both AB partners away */
    QZT_OK(qz_query_acting(&a, DEMO, &r));
    assert_false(qz_answer_found(a));
    qz_answer_free(a);
    r.date = qzt_d("2026-04-14");
    QZT_OK(qz_query_acting(&a, DEMO, &r));
    QZT_PERSON(a, QZ_CAP_ACTING, "deputy-4", QZ_VIA_ACTING);
    qz_answer_free(a);
    qz_meeting_request m = QZ_MEETING_REQUEST_INIT;
    m.type = "plenary";
    m.date = qzt_d("2026-03-10");
    QZT_OK(qz_query_meeting(&a, DEMO, &m));
    QZT_PERSON(a, QZ_CAP_PRESIDER, "executive-deputy", QZ_VIA_ENTRUSTED);
    QZT_CITES(a, 6, 0);
    qz_answer_free(a);
}

/* Every matter of the matrix resolves and carries at least one citation. */
static void test_whole_matrix(void **state)
{
    (void)state;
    qz_date d = qzt_d(DAY);
    size_t n = qz_model_matter_count(DEMO, d);
    assert_true(n > 60);
    int kinds[16] = {0};
    for (size_t i = 0; i < n; i++) {
        qz_answer *a = NULL;
        QZT_OK(qz_query_matter(&a, DEMO, d, i));
        if (qz_answer_citation_count(a) == 0)
            fail_msg("matter %s has no citation", qz_model_matter_id(DEMO, d, i));
        assert_non_null(qz_model_matter_label(DEMO, d, i));
        kinds[qz_model_matter_kind(DEMO, d, i)]++;
        qz_answer_free(a);
    }
    for (int k = QZ_MATTER_ROLE; k <= QZ_MATTER_SUBSTITUTION; k++)
        if (!kinds[k])
            fail_msg("no matter of kind %s", qz_matter_kind_name((qz_matter_kind)k));
    qz_answer *a = NULL;
    assert_int_equal(qz_query_matter(&a, DEMO, d, n), QZ_EINVAL);
    assert_int_equal(qz_model_matter_count(DEMO, qzt_d("2000-01-01")), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roles),
        cmocka_unit_test(test_acting_county_head),
        cmocka_unit_test(test_acting_ab),
        cmocka_unit_test(test_acting_county_head_office),
        cmocka_unit_test(test_acting_special_topic),
        cmocka_unit_test(test_substitution),
        cmocka_unit_test(test_meeting_plenary),
        cmocka_unit_test(test_meeting_executive),
        cmocka_unit_test(test_meeting_party_group),
        cmocka_unit_test(test_meeting_study_group),
        cmocka_unit_test(test_meeting_special_topic),
        cmocka_unit_test(test_meeting_county_head_office),
        cmocka_unit_test(test_meeting_approval),
        cmocka_unit_test(test_sign_row1),
        cmocka_unit_test(test_sign_row2),
        cmocka_unit_test(test_sign_row3),
        cmocka_unit_test(test_sign_row4),
        cmocka_unit_test(test_sign_row5),
        cmocka_unit_test(test_sign_row6),
        cmocka_unit_test(test_sign_row7),
        cmocka_unit_test(test_provisions),
        cmocka_unit_test(test_deadline_consultation),
        cmocka_unit_test(test_deadline_minutes_validity),
        cmocka_unit_test(test_normative),
        cmocka_unit_test(test_leave_county_head),
        cmocka_unit_test(test_leave_deputy),
        cmocka_unit_test(test_leave_principal),
        cmocka_unit_test(test_periodic),
        cmocka_unit_test(test_obligations),
        cmocka_unit_test(test_worked_examples),
        cmocka_unit_test(test_demo_scenarios),
        cmocka_unit_test(test_whole_matrix),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
