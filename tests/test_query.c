/* The rule engine beyond the checklist: the scenarios of acting officials,
 * a second rule set giving different answers from the same code, a
 * differential check of the signing table against a deliberately simple
 * reference, "removing a rule never grants more", argument errors and
 * out-of-memory loops over model building and every query. */
#include <stdio.h>
#include <stdlib.h>
#include "query_support.h"

static qz_model *M;     /* Yunxi rules + scenario organisation */
static qz_model *OTHER; /* the other county's rules + scenario organisation */

static int setup(void **state)
{
    (void)state;
    M = qzt_model(NULL, "rules/scenario-org.xml");
    OTHER = qzt_model("rules/other-county.xml", "rules/scenario-org.xml");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    qz_model_free(M);
    qz_model_free(OTHER);
    return 0;
}

static void test_away_entrusted(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(M, "county-head", "2026-03-03");
    assert_true(qz_answer_found(a));
    assert_null(qz_answer_reason(a));
    QZT_PERSON(a, QZ_CAP_ACTING, "executive-deputy", QZ_VIA_ENTRUSTED);
    int i = qzt_person(a, QZ_CAP_ACTING, "executive-deputy");
    assert_string_equal(qz_answer_person_name(a, (size_t)i), "常副县长");
    assert_string_equal(qz_answer_person_for_person(a, (size_t)i), "h1");
    assert_true(qz_answer_person_citation(a, (size_t)i) >= 0);
    QZT_CITES(a, 6, 0);
    qz_answer_free(a);
}

static void test_away_not_entrusted(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(M, "county-head", "2026-08-11");
    assert_false(qz_answer_found(a));
    assert_non_null(strstr(qz_answer_reason(a), "委托"));
    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 0);
    QZT_CITES(a, 6, 0);
    qz_answer_free(a);
    /* the presider of the plenary that day: no one, fail closed */
    qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
    r.type = "plenary";
    r.date = qzt_d("2026-08-11");
    QZT_OK(qz_query_meeting(&a, M, &r));
    assert_false(qz_answer_found(a));
    assert_int_equal(qzt_count(a, QZ_CAP_CONVENER), 0);
    qz_answer_free(a);
}

static void test_away_not_from_county(void **state)
{
    (void)state;
    /* Art. 6 speaks of leaving the county (离县): a sick day in the county is not covered */
    qz_answer *a = qzt_acting(M, "county-head", "2026-01-20");
    assert_false(qz_answer_found(a));
    qz_answer_free(a);
}

static void test_both_ab_away(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(M, "deputy-3", "2026-04-15");
    assert_false(qz_answer_found(a));
    assert_non_null(strstr(qz_answer_reason(a), "AB"));
    assert_int_equal(qzt_count(a, QZ_CAP_ACTING), 0);
    qz_answer_free(a);
    a = qzt_acting(M, "deputy-5", "2026-09-08"); /* no AB partner at all */
    assert_false(qz_answer_found(a));
    qz_answer_free(a);
}

static void test_entrustment_expired(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(M, "county-head", "2026-02-16"); /* entrusted until 2026-02-10 */
    assert_false(qz_answer_found(a));
    qz_answer_free(a);
}

static void test_tenure_changed(void **state)
{
    (void)state;
    qz_answer *a = qzt_acting(M, "county-head", "2026-06-30");
    assert_string_equal(qz_answer_person_id(a, 0), "h1");
    assert_int_equal(qz_answer_person_via(a, 0), QZ_VIA_HOLDER);
    qz_answer_free(a);
    a = qzt_acting(M, "county-head", "2026-07-01");
    assert_string_equal(qz_answer_person_id(a, 0), "h2");
    qz_answer_free(a);
    qz_sign_request s = QZ_SIGN_REQUEST_INIT;
    s.kind = "motion";
    s.date = qzt_d("2026-07-15");
    QZT_OK(qz_query_sign(&a, M, &s));
    assert_string_equal(qz_answer_person_name(a, (size_t)qzt_person(a, QZ_CAP_SIGNER, "county-head")),
                        "乙县长");
    qz_answer_free(a);
}

static void test_before_rules(void **state)
{
    (void)state;
    qz_answer *a = (qz_answer *)0x1;
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    r.post = "county-head";
    r.date = qzt_d("2021-01-01");
    assert_int_equal(qz_query_acting(&a, M, &r), QZ_ERANGE);
    assert_null(a); /* *out is NULL on failure */
    assert_non_null(strstr(qz_error_message(qz_error_last()), "2021-10-15"));
    /* and after the other county's rules expired */
    r.date = qzt_d("2029-01-01");
    assert_int_equal(qz_query_acting(&a, OTHER, &r), QZ_ERANGE);
    assert_null(qz_model_rules_at(OTHER, r.date));
}

static void test_errors(void **state)
{
    (void)state;
    qz_answer *a = NULL;
    qz_sign_request s = QZ_SIGN_REQUEST_INIT;
    s.date = qzt_d("2026-06-10");
    assert_int_equal(qz_query_sign(&a, M, &s), QZ_ENOTFOUND); /* no kind */
    s.kind = "memo";
    assert_int_equal(qz_query_sign(&a, M, &s), QZ_ENOTFOUND);
    s.kind = "notice";
    s.recipient = "province";
    assert_int_equal(qz_query_sign(&a, M, &s), QZ_ENOTFOUND);
    s.recipient = NULL;
    const char *pf[] = {"no-such-unit"};
    s.portfolios = pf;
    s.nportfolios = 1;
    assert_int_equal(qz_query_sign(&a, M, &s), QZ_ENOTFOUND);
    s.version = 99;
    assert_int_equal(qz_query_sign(&a, M, &s), QZ_EINVAL);
    assert_int_equal(qz_query_sign(&a, NULL, NULL), QZ_EINVAL);
    qz_acting_request r = QZ_ACTING_REQUEST_INIT;
    r.post = "nobody";
    r.date = s.date;
    assert_int_equal(qz_query_acting(&a, M, &r), QZ_ENOTFOUND);
    qz_meeting_request mr = QZ_MEETING_REQUEST_INIT;
    mr.type = "banquet";
    mr.date = s.date;
    assert_int_equal(qz_query_meeting(&a, M, &mr), QZ_ENOTFOUND);
    qz_quorum_request qr = QZ_QUORUM_REQUEST_INIT;
    const char *who[] = {"stranger"};
    qr.type = "party-group";
    qr.present = who;
    qr.npresent = 1;
    qr.date = s.date;
    assert_int_equal(qz_query_quorum(&a, M, &qr), QZ_ENOTFOUND);
    /* a date outside the calendar */
    qz_deadline_request dr = QZ_DEADLINE_REQUEST_INIT;
    dr.name = "minutes-issue";
    dr.from = qzt_d("2040-01-02");
    assert_int_equal(qz_query_deadline(&a, M, &dr), QZ_ERANGE);
    qz_meeting_request init;
    QZT_OK(qz_meeting_request_init(&init, QZ_REQUEST_VERSION));
    assert_int_equal(init.version, QZ_REQUEST_VERSION);
    assert_int_equal(qz_meeting_request_init(&init, 7), QZ_EINVAL);
    /* accessors are safe on NULL and out of range */
    assert_int_equal(qz_answer_person_count(NULL), 0);
    assert_null(qz_answer_person_post(NULL, 3));
    assert_string_equal(qz_capacity_name((qz_capacity)999), "unknown");
    assert_string_equal(qz_via_name(QZ_VIA_ENTRUSTED), "entrusted");
    assert_string_equal(qz_value_name(QZ_VALUE_DUE), "due");
    qz_answer_free(NULL);
}

/* Each request struct has its own version; 1 up to the current one is
 * accepted (a program built against an older release keeps working), 0 and
 * a future one are refused with an error recorded. */
static void test_request_versions(void **state)
{
    (void)state;
    qz_meeting_request init;
    QZT_OK(qz_meeting_request_init(&init, QZ_MEETING_REQUEST_VERSION));
    assert_int_equal(init.version, QZ_MEETING_REQUEST_VERSION);
    QZT_OK(qz_meeting_request_init(&init, 1));
    assert_int_equal(init.version, 1);
    assert_int_equal(qz_meeting_request_init(&init, 0), QZ_EINVAL);
    assert_int_equal(qz_meeting_request_init(&init, QZ_MEETING_REQUEST_VERSION + 1), QZ_EINVAL);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "version"));
    assert_int_equal(qz_meeting_request_init(NULL, 1), QZ_EINVAL);
    /* the old shared name still compiles and means version 1 */
    assert_int_equal(QZ_REQUEST_VERSION, 1);
    qz_sign_request s;
    QZT_OK(qz_sign_request_init(&s, QZ_REQUEST_VERSION));
    assert_null(s.kind);
    qz_acting_request ar;
    qz_deadline_request dr;
    qz_leave_request lr;
    qz_quorum_request qr;
    qz_substitute_request sr;
    qz_periodic_request pr;
    qz_normative_request nr;
    QZT_OK(qz_acting_request_init(&ar, QZ_ACTING_REQUEST_VERSION));
    QZT_OK(qz_deadline_request_init(&dr, QZ_DEADLINE_REQUEST_VERSION));
    QZT_OK(qz_leave_request_init(&lr, QZ_LEAVE_REQUEST_VERSION));
    QZT_OK(qz_quorum_request_init(&qr, QZ_QUORUM_REQUEST_VERSION));
    QZT_OK(qz_substitute_request_init(&sr, QZ_SUBSTITUTE_REQUEST_VERSION));
    QZT_OK(qz_periodic_request_init(&pr, QZ_PERIODIC_REQUEST_VERSION));
    QZT_OK(qz_normative_request_init(&nr, QZ_NORMATIVE_REQUEST_VERSION));
    assert_int_equal(qz_normative_request_init(&nr, QZ_NORMATIVE_REQUEST_VERSION + 1), QZ_EINVAL);
    /* a query refuses a request of version 0 or from the future */
    qz_answer *a = (qz_answer *)0x1;
    ar.post = "county-head";
    ar.date = qzt_d("2026-03-03");
    ar.version = 0;
    assert_int_equal(qz_query_acting(&a, M, &ar), QZ_EINVAL);
    assert_null(a);
    ar.version = QZ_ACTING_REQUEST_VERSION + 1;
    assert_int_equal(qz_query_acting(&a, M, &ar), QZ_EINVAL);
    assert_int_equal(qz_error_code(qz_error_last()), QZ_EINVAL);
    ar.version = 1;
    QZT_OK(qz_query_acting(&a, M, &ar));
    qz_answer_free(a);
}

/* On failure every query leaves *out NULL and records the error. */
static void test_out_null_on_failure(void **state)
{
    (void)state;
    qz_answer *const junk = (qz_answer *)0x1;
    qz_answer *a;
#define FAILS(call, code)                                         \
    do {                                                          \
        a = junk;                                                 \
        qz_error_clear();                                         \
        assert_int_equal((call), (code));                         \
        assert_null(a);                                           \
        assert_int_equal(qz_error_code(qz_error_last()), (code)); \
    } while (0)
    qz_meeting_request mr = QZ_MEETING_REQUEST_INIT;
    qz_sign_request s = QZ_SIGN_REQUEST_INIT;
    qz_acting_request ar = QZ_ACTING_REQUEST_INIT;
    qz_deadline_request dr = QZ_DEADLINE_REQUEST_INIT;
    qz_leave_request lr = QZ_LEAVE_REQUEST_INIT;
    qz_quorum_request qr = QZ_QUORUM_REQUEST_INIT;
    qz_substitute_request sr = QZ_SUBSTITUTE_REQUEST_INIT;
    qz_periodic_request pr = QZ_PERIODIC_REQUEST_INIT;
    qz_normative_request nr = QZ_NORMATIVE_REQUEST_INIT;
    qz_date d = qzt_d("2026-06-10");
    mr.date = s.date = ar.date = dr.from = lr.depart = lr.notified = qr.date = sr.date = pr.period = nr.date =
        d;
    mr.type = qr.type = sr.type = "banquet";
    s.kind = "memo";
    ar.post = lr.post = "nobody";
    dr.name = pr.id = "nothing";
    nr.approved_by = "banquet";
    FAILS(qz_query_meeting(&a, M, &mr), QZ_ENOTFOUND);
    FAILS(qz_query_sign(&a, M, &s), QZ_ENOTFOUND);
    FAILS(qz_query_acting(&a, M, &ar), QZ_ENOTFOUND);
    FAILS(qz_query_deadline(&a, M, &dr), QZ_ENOTFOUND);
    FAILS(qz_query_leave(&a, M, &lr), QZ_ENOTFOUND);
    FAILS(qz_query_quorum(&a, M, &qr), QZ_ENOTFOUND);
    FAILS(qz_query_substitute(&a, M, &sr), QZ_ENOTFOUND);
    FAILS(qz_query_periodic(&a, M, &pr), QZ_ENOTFOUND);
    FAILS(qz_query_normative(&a, M, &nr), QZ_ENOTFOUND);
    FAILS(qz_query_matter(&a, M, d, 100000), QZ_EINVAL);
    FAILS(qz_query_meeting(&a, NULL, &mr), QZ_EINVAL);
    FAILS(qz_query_sign(&a, M, NULL), QZ_EINVAL);
#undef FAILS
    assert_int_equal(qz_query_acting(NULL, M, &ar), QZ_EINVAL);
    /* the model's constructors too */
    qz_model *m = (qz_model *)0x1;
    assert_int_equal(qz_model_new(&m, NULL, NULL, NULL), QZ_EINVAL);
    assert_null(m);
    qz_model_slot *slot = (qz_model_slot *)0x1;
    QZT_OK(qz_model_slot_new(&slot, NULL));
    assert_non_null(slot);
    qz_model_slot_free(slot);
    /* a reference from a const pointer */
    const qz_model *cm = M;
    qz_model *ref = qz_model_ref(cm);
    assert_ptr_equal(ref, M);
    qz_model_free(ref);
}

/* ---- the second rule set: same code, different answers ---- */

static void test_other_county(void **state)
{
    (void)state;
    /* minutes within 7 working days, not 5 */
    qz_deadline_request dr = QZ_DEADLINE_REQUEST_INIT;
    dr.name = "minutes-issue";
    dr.from = qzt_d("2026-06-10");
    qz_answer *a = NULL;
    QZT_OK(qz_query_deadline(&a, OTHER, &dr));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-22")); /* 06-19 is Dragon Boat */
    QZT_CITES(a, 20, 0);
    qz_answer_free(a);
    QZT_OK(qz_query_deadline(&a, M, &dr));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-17"));
    qz_answer_free(a);
    /* a deputy may sign requests to the city */
    qz_sign_request s = QZ_SIGN_REQUEST_INIT;
    const char *pf[] = {"justice"};
    s.kind = "request";
    s.recipient = "city-government";
    s.portfolios = pf;
    s.nportfolios = 1;
    s.date = qzt_d("2026-06-10");
    QZT_OK(qz_query_sign(&a, OTHER, &s));
    QZT_PERSON(a, QZ_CAP_SIGNER, "deputy-1", QZ_VIA_HOLDER);
    QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qzt_person(a, QZ_CAP_SIGNER, "executive-deputy"), -1);
    QZT_CITES(a, 21, 1);
    qz_answer_free(a);
    QZT_OK(qz_query_sign(&a, M, &s));
    assert_int_equal(qzt_person(a, QZ_CAP_SIGNER, "deputy-1"), -1);
    QZT_PERSON(a, QZ_CAP_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    qz_answer_free(a);
    /* the executive deputy acts without any entrustment */
    a = qzt_acting(OTHER, "county-head", "2026-02-16");
    QZT_PERSON(a, QZ_CAP_ACTING, "executive-deputy", QZ_VIA_ACTING);
    QZT_CITES(a, 4, 0);
    qz_answer_free(a);
    /* ordered substitution: executive deputy, else the office director */
    a = qzt_acting(OTHER, "deputy-3", "2026-04-14");
    QZT_PERSON(a, QZ_CAP_ACTING, "executive-deputy", QZ_VIA_ACTING);
    qz_answer_free(a);
    a = qzt_acting(OTHER, "deputy-5", "2026-09-07");
    QZT_PERSON(a, QZ_CAP_ACTING, "office-director", QZ_VIA_ACTING);
    qz_answer_free(a);
    /* a quorum of at least two thirds of the deputies */
    qz_quorum_request qr = QZ_QUORUM_REQUEST_INIT;
    const char *four[] = {"executive-deputy", "deputy-1", "deputy-2", "deputy-3"};
    qr.type = "executive";
    qr.present = four;
    qr.npresent = 4;
    qr.date = s.date;
    QZT_OK(qz_query_quorum(&a, OTHER, &qr));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MEMBERS), 6);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_REQUIRED), 4);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_MET), 1);
    QZT_CITES(a, 11, 0);
    qz_answer_free(a);
    assert_int_equal(qz_query_quorum(&a, M, &qr), QZ_OK); /* Yunxi: no quorum rule for it */
    assert_int_equal(qz_answer_value(a, QZ_VALUE_REQUIRED), 0);
    qz_answer_free(a);
    /* leave notice: 2 working days */
    qz_leave_request lr = QZ_LEAVE_REQUEST_INIT;
    lr.post = "justice-principal";
    lr.depart = qzt_d("2026-06-10");
    lr.notified = qzt_d("2026-06-08");
    QZT_OK(qz_query_leave(&a, OTHER, &lr));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_UNIT), QZ_UNIT_WORKDAYS);
    qz_answer_free(a);
    assert_int_equal(qz_query_leave(&a, M, &lr), QZ_OK); /* Yunxi: 3 days → late */
    assert_int_equal(qz_answer_value(a, QZ_VALUE_LATE), 1);
    qz_answer_free(a);
    /* the consultation limit set by the lead department is capped at 10 days */
    qz_deadline_request cr = QZ_DEADLINE_REQUEST_INIT;
    cr.name = "consultation-reply";
    cr.from = qzt_d("2026-06-01");
    cr.limit = 30;
    QZT_OK(qz_query_deadline(&a, OTHER, &cr));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_DUE), qzt_d("2026-06-11"));
    qz_answer_free(a);
    /* a signing row on a fact of the rule set's own vocabulary */
    const char *personnel[] = {"personnel"};
    s.flags = personnel;
    s.nflags = 1;
    QZT_OK(qz_query_sign(&a, OTHER, &s));
    assert_string_equal(qz_answer_subject(a), "sign-personnel");
    QZT_PERSON(a, QZ_CAP_SIGNER, "county-head", QZ_VIA_HOLDER);
    assert_int_equal(qzt_count(a, QZ_CAP_SIGNER), 1);
    QZT_CITES(a, 21, 3);
    qz_answer_free(a);
    assert_int_equal(qz_query_sign(&a, M, &s), QZ_EINVAL); /* Yunxi knows no such fact */
    s.flags = NULL;
    s.nflags = 0;
    /* minutes signed by whoever presided: the executive deputy, acting for the absent head */
    qz_meeting_request em = QZ_MEETING_REQUEST_INIT;
    em.type = "executive";
    em.date = qzt_d("2026-02-16");
    QZT_OK(qz_query_meeting(&a, OTHER, &em));
    QZT_PERSON(a, QZ_CAP_PRESIDER, "executive-deputy", QZ_VIA_ACTING);
    QZT_PERSON(a, QZ_CAP_MINUTES_SIGNER, "executive-deputy", QZ_VIA_ACTING);
    assert_int_equal(qzt_count(a, QZ_CAP_MINUTES_SIGNER), 1);
    qz_answer_free(a);
    assert_int_equal(qz_query_meeting(&a, M, &em), QZ_OK); /* Yunxi: nobody may preside */
    assert_false(qz_answer_found(a));
    QZT_PERSON(a, QZ_CAP_MINUTES_SIGNER, "executive-deputy", QZ_VIA_HOLDER);
    qz_answer_free(a);
    /* a fixed date: before 10 January each year */
    qz_date jan9 = qzt_d("2026-01-09"), jan11 = qzt_d("2026-01-11");
    qz_periodic_request pr = QZ_PERIODIC_REQUEST_INIT;
    pr.id = "annual-plan";
    pr.period = qzt_d("2026-06-10");
    pr.dates = &jan9;
    pr.ndates = 1;
    QZT_OK(qz_query_periodic(&a, OTHER, &pr));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    QZT_PERSON(a, QZ_CAP_RESPONSIBLE, "justice-principal", QZ_VIA_HOLDER);
    QZT_CITES(a, 13, 0);
    qz_answer_free(a);
    pr.dates = &jan11;
    QZT_OK(qz_query_periodic(&a, OTHER, &pr));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 1);
    qz_answer_free(a);
    /* an approval chain, step by step */
    qz_date jun = qzt_d("2026-06-10");
    size_t nm = qz_model_matter_count(OTHER, jun), mi = 0;
    while (mi < nm && strcmp(qz_model_matter_id(OTHER, jun, mi), "normative-approval") != 0)
        mi++;
    assert_true(mi < nm);
    assert_int_equal(qz_model_matter_kind(OTHER, jun, mi), QZ_MATTER_PROVISION);
    QZT_OK(qz_query_matter(&a, OTHER, jun, mi));
    assert_non_null(
        strstr(qz_answer_explanation(a), "审核把关 县司法局 → 审核把关 县政府办公室 → 批准 县长"));
    QZT_PERSON(a, QZ_CAP_APPROVER, "county-head", QZ_VIA_HOLDER);
    QZT_CITES(a, 15, 0);
    qz_answer_free(a);
    /* meeting types the other county lacks */
    qz_meeting_request mr = QZ_MEETING_REQUEST_INIT;
    mr.type = "plenary";
    mr.date = s.date;
    assert_int_equal(qz_query_meeting(&a, OTHER, &mr), QZ_ENOTFOUND);
}

static void test_versions(void **state)
{
    (void)state;
    /* the other county's rules for 2024-2028 and Yunxi's before: a model with both picks by date */
    qz_rules *y = NULL, *o = NULL;
    qz_org *org = NULL;
    qz_calendar *cal = NULL;
    qz_model *m = NULL;
    QZT_OK(qz_rules_default(&y));
    QZT_OK(qz_rules_load_file(&o, qzt_data("rules/other-county.xml")));
    QZT_OK(qz_org_load_file(&org, qzt_data("rules/scenario-org.xml")));
    QZT_OK(qz_calendar_default(&cal));
    const qz_rules *both[] = {o, y};
    QZT_OK(qz_model_new_versions(&m, both, 2, org, cal));
    assert_ptr_equal(qz_model_rules_at(m, qzt_d("2023-06-01")), y);
    assert_ptr_equal(qz_model_rules_at(m, qzt_d("2026-06-01")), o);
    assert_null(qz_model_rules_at(m, qzt_d("2029-06-01")));
    assert_ptr_equal(qz_model_rules(m), y);
    assert_ptr_equal(qz_model_org(m), org);
    assert_ptr_equal(qz_model_calendar(m), cal);
    qz_rules_free(y);
    qz_rules_free(o);
    qz_org_free(org);
    qz_calendar_free(cal);
    qz_model_free(m);
}

/* ---- differential: the signing table against a literal reading of Art. 53-54 ---- */

static const char *const kinds[] = {"request",  "report", "motion", "normative",
                                    "decision", "order",  "notice", "other"};
static const char *const issuers[] = {NULL, "county-government", "government-office"};
static const char *const recips[] = {NULL, "city-government", "county-congress"};
static const char *const units[] = {"justice", "township-a", "finance", "inst-a"};

/* The row the checklist's table gives, written as plainly as possible. */
static const char *reference_row(int k, int is, int rc, unsigned f, int np)
{
    const char *kind = kinds[k];
    int gov = is != 2;
    if (!strcmp(kind, "motion") ||
        (gov && (!strcmp(kind, "normative") || !strcmp(kind, "decision") || !strcmp(kind, "order"))))
        return "sign-54-2";
    /* 54(1)'s major policy is about county-government documents: an office one stays under 54(5) */
    if ((gov && rc == 1 && (!strcmp(kind, "request") || !strcmp(kind, "report"))) || (gov && (f & 1)))
        return "sign-54-1";
    if (gov && (f & 12))
        return "sign-54-4";
    if (gov && (f & 2))
        return "sign-54-3-broad";
    if (gov && np >= 2)
        return "sign-54-3-several";
    if (gov)
        return "sign-54-3-other";
    return "sign-54-5";
}

static void test_signing_differential(void **state)
{
    (void)state;
    long checked = 0, disagreements = 0;
    for (int k = 0; k < 8; k++)
        for (int is = 0; is < 3; is++)
            for (int rc = 0; rc < 3; rc++)
                for (unsigned f = 0; f < 16; f++)
                    for (int np = 0; np <= 3; np++) {
                        const char *pf[3] = {units[(k + np) % 4], units[(k + np + 1) % 4],
                                             units[(k + np + 2) % 4]};
                        qz_sign_request s = QZ_SIGN_REQUEST_INIT;
                        s.kind = kinds[k];
                        s.issuer = issuers[is];
                        s.recipient = recips[rc];
                        s.major_policy = f & 1;
                        s.broad_scope = (f >> 1) & 1;
                        s.decided_by_executive = (f >> 2) & 1;
                        s.routine = (f >> 3) & 1;
                        s.portfolios = pf;
                        s.nportfolios = (size_t)np;
                        s.date = qzt_d("2026-06-10");
                        qz_answer *a = NULL;
                        QZT_OK(qz_query_sign(&a, M, &s));
                        const char *want = reference_row(k, is, rc, f, np);
                        const char *got = qz_answer_subject(a);
                        if (!got || strcmp(got, want) != 0) {
                            disagreements++;
                            print_message("disagree: %s issuer=%s to=%s flags=%u np=%d: %s vs %s\n", kinds[k],
                                          issuers[is] ? issuers[is] : "-", recips[rc] ? recips[rc] : "-", f,
                                          np, got ? got : "none", want);
                        }
                        /* fail closed: found means someone signs */
                        assert_int_equal(qz_answer_found(a), qzt_count(a, QZ_CAP_SIGNER) > 0);
                        qz_answer_free(a);
                        checked++;
                    }
    assert_int_equal(disagreements, 0);
    assert_int_equal(checked, 8 * 3 * 3 * 16 * 4);
}

/* ---- removing a rule never grants more ---- */

static void test_removing_never_grants(void **state)
{
    (void)state;
    size_t len;
    char *text = qzt_read_file(QZ_SOURCE_DIR "/data/yunxi-rules.xml", &len);
    qz_org *org = NULL;
    qz_calendar *cal = NULL;
    QZT_OK(qz_org_load_file(&org, qzt_data("rules/scenario-org.xml")));
    QZT_OK(qz_calendar_default(&cal));
    static const char *const days[] = {"2026-03-03", "2026-04-08", "2026-04-14",
                                       "2026-05-12", "2026-06-10", "2026-08-11"};
    static const char *const posts[] = {"county-head", "deputy-1", "deputy-3", "deputy-4",
                                        "executive-deputy"};
    long variants = 0;
    for (int nth = 0;; nth++) {
        qz_model *small = NULL;
        int made = qzt_model_without_who(&small, text, nth, org, cal);
        if (made < 0)
            break;
        if (made == 0)
            continue;
        for (size_t d = 0; d < 6; d++) {
            for (int k = 0; k < 8; k++)
                for (unsigned f = 0; f < 16; f += 3) {
                    const char *pf[2] = {"justice", "township-a"};
                    qz_sign_request s = QZ_SIGN_REQUEST_INIT;
                    s.kind = kinds[k];
                    s.decided_by_executive = f & 4;
                    s.broad_scope = f & 2;
                    s.major_policy = f & 1;
                    s.portfolios = pf;
                    s.nportfolios = f & 8 ? 2 : 1;
                    s.date = qzt_d(days[d]);
                    qz_answer *a = NULL, *b = NULL;
                    QZT_OK(qz_query_sign(&a, M, &s));
                    QZT_OK(qz_query_sign(&b, small, &s));
                    assert_true(qzt_subset(b, a, QZ_CAP_SIGNER));
                    assert_true(qzt_subset(b, a, QZ_CAP_COUNTERSIGNER));
                    qz_answer_free(a);
                    qz_answer_free(b);
                }
            for (size_t p = 0; p < 5; p++) {
                qz_acting_request ar = QZ_ACTING_REQUEST_INIT;
                ar.post = posts[p];
                ar.date = qzt_d(days[d]);
                qz_answer *a = NULL, *b = NULL;
                QZT_OK(qz_query_acting(&a, M, &ar));
                QZT_OK(qz_query_acting(&b, small, &ar));
                assert_true(qzt_subset(b, a, QZ_CAP_ACTING));
                qz_answer_free(a);
                qz_answer_free(b);
            }
        }
        variants++;
        qz_model_free(small);
    }
    assert_true(variants > 20);
    qz_org_free(org);
    qz_calendar_free(cal);
    free(text);
}

/* ---- out of memory ---- */

typedef struct oom_ctx {
    qz_rules *rules;
    qz_org *org;
    qz_calendar *cal;
    qz_model *model;
    int which;
} oom_ctx;

static int oom_build(void *p)
{
    oom_ctx *c = p;
    return qz_model_new(&c->model, c->rules, c->org, c->cal);
}

static void oom_build_cleanup(void *p)
{
    oom_ctx *c = p;
    qz_model_free(c->model);
    c->model = NULL;
}

static int oom_query(void *p)
{
    oom_ctx *c = p;
    qz_answer *a = NULL;
    int rc = QZ_OK;
    qz_date day = qzt_d("2026-03-03");
    const char *pf[] = {"justice", "township-a"};
    const char *present[] = {"county-head", "deputy-1"};
    qz_date dates[] = {qzt_d("2026-03-01"), qzt_d("2026-03-20")};
    const char *flags[] = {"creates-licensing"};
    switch (c->which) {
    case 0: {
        qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
        r.type = "plenary";
        r.date = day;
        rc = qz_query_meeting(&a, M, &r);
        break;
    }
    case 1: {
        qz_sign_request r = QZ_SIGN_REQUEST_INIT;
        r.kind = "notice";
        r.portfolios = pf;
        r.nportfolios = 2;
        r.date = day;
        rc = qz_query_sign(&a, M, &r);
        break;
    }
    case 2: {
        qz_acting_request r = QZ_ACTING_REQUEST_INIT;
        r.post = "county-head";
        r.date = day;
        rc = qz_query_acting(&a, M, &r);
        break;
    }
    case 3: {
        qz_deadline_request r = QZ_DEADLINE_REQUEST_INIT;
        r.name = "consultation-reply";
        r.from = day;
        r.asof = day + 20;
        r.has_asof = 1;
        rc = qz_query_deadline(&a, M, &r);
        break;
    }
    case 4: {
        qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
        r.post = "justice-principal";
        r.depart = day;
        r.notified = day - 1;
        rc = qz_query_leave(&a, M, &r);
        break;
    }
    case 5: {
        qz_quorum_request r = QZ_QUORUM_REQUEST_INIT;
        r.type = "party-group";
        r.present = present;
        r.npresent = 2;
        r.date = day;
        rc = qz_query_quorum(&a, M, &r);
        break;
    }
    case 6: {
        qz_substitute_request r = QZ_SUBSTITUTE_REQUEST_INIT;
        r.type = "plenary";
        r.principal = "justice-principal";
        r.substitute = "justice-deputy";
        r.date = day;
        rc = qz_query_substitute(&a, M, &r);
        break;
    }
    case 7: {
        qz_periodic_request r = QZ_PERIODIC_REQUEST_INIT;
        r.id = "executive-meeting";
        r.period = day;
        r.dates = dates;
        r.ndates = 2;
        rc = qz_query_periodic(&a, M, &r);
        break;
    }
    case 8: {
        qz_normative_request r = QZ_NORMATIVE_REQUEST_INIT;
        r.flags = flags;
        r.nflags = 1;
        r.date = day;
        rc = qz_query_normative(&a, M, &r);
        break;
    }
    default: rc = qz_query_matter(&a, M, day, (size_t)(c->which - 9)); break;
    }
    if (rc == QZ_OK)
        assert_non_null(a);
    qz_answer_free(a);
    return rc;
}

/* An answer outlives the strings of its question: the caller may free them. */
static void test_answer_owns_its_strings(void **state)
{
    (void)state;
    qz_model *m = qzt_model(NULL, NULL);
    char *post = strdup("county-head");
    qz_acting_request req = QZ_ACTING_REQUEST_INIT;
    req.post = post;
    req.date = qzt_d("2026-03-10");
    qz_answer *a = NULL;
    QZT_OK(qz_query_acting(&a, m, &req));
    memset(post, 'x', strlen(post));
    free(post);
    int found = 0;
    for (size_t i = 0; i < qz_answer_person_count(a); i++) {
        if (strcmp(qz_answer_person_post(a, i), "county-head") == 0)
            found++;
        const char *for_post = qz_answer_person_for_post(a, i);
        if (for_post)
            assert_string_equal(for_post, "county-head");
    }
    assert_true(found >= 1);
    qz_answer_free(a);
    qz_model_free(m);
}

/* The model's other constructors and the slot, each allocation refused in
 * turn: QZ_ENOMEM, nothing left behind, and a slot keeps its old model when
 * publishing a new one fails. */
static int oom_other(void *p)
{
    oom_ctx *c = p;
    qz_model *m = NULL;
    qz_model_slot *slot = NULL;
    int rc;
    switch (c->which) {
    case 0: rc = qz_model_default(&m); break;
    case 1: {
        const qz_rules *versions[] = {c->rules, c->rules};
        rc = qz_model_new_versions(&m, versions, 2, c->org, c->cal);
        break;
    }
    default:
        rc = qz_model_slot_new(&slot, c->model);
        if (rc == QZ_OK) {
            rc = qz_model_new(&m, c->rules, c->org, c->cal);
            if (rc == QZ_OK)
                rc = qz_model_slot_set(slot, m);
            qz_model *now = qz_model_slot_get(slot);
            if (rc < 0 && now != c->model)
                rc = -100; /* a failed publish replaced the model */
            qz_model_free(now);
        }
        break;
    }
    if (rc < 0 && m)
        rc = -101; /* a failed constructor handed out an object */
    qz_model_free(m);
    qz_model_slot_free(slot);
    return rc;
}

static void test_oom(void **state)
{
    (void)state;
    oom_ctx c = {0};
    QZT_OK(qz_rules_default(&c.rules));
    QZT_OK(qz_org_load_file(&c.org, qzt_data("rules/scenario-org.xml")));
    QZT_OK(qz_calendar_default(&c.cal));
    assert_true(qzt_oom_loop(oom_build, oom_build_cleanup, &c) > 1);
    QZT_OK(qz_model_new(&c.model, c.rules, c.org, c.cal));
    for (c.which = 0; c.which < 3; c.which++)
        assert_true(qzt_oom_loop(oom_other, NULL, &c) > 1);
    qz_model_free(c.model);
    c.model = NULL;
    size_t nmatters = qz_model_matter_count(M, qzt_d("2026-03-03"));
    for (c.which = 0; c.which < 9 + (int)nmatters; c.which++)
        assert_true(qzt_oom_loop(oom_query, NULL, &c) >= 1);
    qz_rules_free(c.rules);
    qz_org_free(c.org);
    qz_calendar_free(c.cal);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_away_entrusted),
        cmocka_unit_test(test_away_not_entrusted),
        cmocka_unit_test(test_away_not_from_county),
        cmocka_unit_test(test_both_ab_away),
        cmocka_unit_test(test_entrustment_expired),
        cmocka_unit_test(test_tenure_changed),
        cmocka_unit_test(test_before_rules),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_request_versions),
        cmocka_unit_test(test_out_null_on_failure),
        cmocka_unit_test(test_other_county),
        cmocka_unit_test(test_versions),
        cmocka_unit_test(test_signing_differential),
        cmocka_unit_test(test_removing_never_grants),
        cmocka_unit_test(test_answer_owns_its_strings),
        cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
