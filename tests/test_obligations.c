/* The general obligation form (<obligation>, issue 10 item 8): each Yunxi
 * article encoded as an obligation, with its people on the demo organisation
 * and its citation; the post and unit filters; periods, fixed dates and
 * event deadlines (an other government's rule set over the city
 * organisation); the periodic query and the matrix reading the same
 * obligations; loader refusals with their place; the save/load round trip;
 * every failure of qz_query_obligations() and its out-of-memory loop. */
#include "query_support.h"

static qz_model *DEMO; /* the embedded Yunxi rules and demo organisation */
static qz_model *CITY; /* tests/data/rules/obligations-city.xml over the city organisation */

static int setup(void **state)
{
    (void)state;
    QZT_OK(qz_model_default(&DEMO));
    CITY = qzt_model("rules/obligations-city.xml", "org/city.xml");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    qz_model_free(DEMO);
    qz_model_free(CITY);
    return 0;
}

static qz_answer *ask(qz_model *m, const char *post, const char *unit, const char *from, const char *to)
{
    qz_obligations_request r = QZ_OBLIGATIONS_REQUEST_INIT;
    r.post = post;
    r.unit = unit;
    r.from = qzt_d(from);
    r.to = to ? qzt_d(to) : 0;
    qz_answer *a = NULL;
    QZT_OK(qz_query_obligations(&a, m, &r));
    assert_int_equal(qz_answer_kind(a), QZ_QUERY_OBLIGATIONS);
    return a;
}

/* The first item about obligation `id`, or NULL. */
static const qz_answer *item_of(const qz_answer *a, const char *id)
{
    for (size_t i = 0; i < qz_answer_item_count(a); i++)
        if (strcmp(qz_answer_subject(qz_answer_item(a, i)), id) == 0)
            return qz_answer_item(a, i);
    return NULL;
}

static size_t items_of(const qz_answer *a, const char *id)
{
    size_t n = 0;
    for (size_t i = 0; i < qz_answer_item_count(a); i++)
        n += strcmp(qz_answer_subject(qz_answer_item(a, i)), id) == 0;
    return n;
}

static const qz_answer *must(const qz_answer *a, const char *id)
{
    const qz_answer *it = item_of(a, id);
    if (!it)
        fail_msg("no obligation %s in:\n%s", id, qz_answer_explanation(a));
    return it;
}

/* An item's explanation never shows an id inside Chinese text. */
static void no_raw_id(const qz_answer *it)
{
    const char *text = qz_answer_explanation(it);
    const char *ev = qz_answer_obligation_event(it);
    assert_null(strstr(text, qz_answer_subject(it)));
    if (ev)
        assert_null(strstr(text, ev));
}

/* Each encoded article: who bears it on the demo organisation, to whom, and the clause. */
static void test_yunxi_articles(void **state)
{
    (void)state;
    qz_answer *a = ask(DEMO, NULL, NULL, "2026-01-01", "2026-12-31");
    const qz_answer *it;

    it = must(a, "report-to-party-committee"); /* Art 3 para 2 */
    assert_true(qzt_unit(it, QZ_CAP_RESPONSIBLE, "county-government") >= 0);
    assert_true(qzt_unit(it, QZ_CAP_OBLIGEE, "county-party-committee") >= 0);
    assert_int_equal(qz_answer_obligation_trigger(it), QZ_TRIGGER_EVENT);
    assert_string_equal(qz_answer_obligation_event(it), "important-matter");
    assert_string_equal(qz_answer_obligation_action(it), "report");
    assert_string_equal(qz_answer_obligation_action_label(it), "请示报告");
    assert_non_null(strstr(qz_answer_explanation(it), "及时"));
    QZT_CITES(it, 3, 0);

    it = must(a, "entrusted-work"); /* Art 8: only a deputy entrusted with other work bears it */
    assert_int_equal(qzt_count(it, QZ_CAP_RESPONSIBLE), 0);
    assert_int_equal(qz_answer_role_count(it), 1);
    assert_string_equal(qz_answer_role_id(it, 0), "deputy-head");
    assert_string_equal(qz_answer_obligation_action(it), "handle");
    QZT_CITES(it, 8, 0);

    it = must(a, "normative-interpretation"); /* Art 19 */
    assert_true(qzt_unit(it, QZ_CAP_RESPONSIBLE, "designated-unit") >= 0);
    assert_string_equal(qz_answer_obligation_action(it), "interpret");
    QZT_CITES(it, 19, 0);

    it = must(a, "hear-departments"); /* Art 20 para 2 */
    assert_true(qzt_unit(it, QZ_CAP_RESPONSIBLE, "county-government") >= 0);
    assert_true(qzt_unit(it, QZ_CAP_RESPONSIBLE, "lead-department") >= 0);
    assert_true(qzt_unit(it, QZ_CAP_OBLIGEE, "related-departments") >= 0);
    assert_string_equal(qz_answer_obligation_action(it), "hear");
    QZT_CITES(it, 20, 0);
    it = must(a, "integrity-assessment");
    assert_string_equal(qz_answer_obligation_action(it), "assess");
    QZT_CITES(it, 20, 0);

    it = must(a, "information-disclosure-assessment"); /* Art 27: 定期, no frequency stated */
    assert_true(qzt_unit(it, QZ_CAP_RESPONSIBLE, "government-office") >= 0);
    assert_int_equal(qz_answer_obligation_trigger(it), QZ_TRIGGER_PERIODIC);
    assert_false(qz_answer_has(it, QZ_VALUE_PERIOD_START));
    assert_non_null(strstr(qz_answer_explanation(it), "定期"));
    QZT_CITES(it, 27, 0);

    it = must(a, "report-to-congress"); /* Art 32 */
    assert_true(qzt_unit(it, QZ_CAP_OBLIGEE, "county-congress") >= 0);
    QZT_CITES(it, 32, 0);
    it = must(a, "file-with-congress");
    assert_string_equal(qz_answer_obligation_action(it), "file");
    QZT_CITES(it, 32, 0);
    it = must(a, "handle-suggestions");
    QZT_PERSON(it, QZ_CAP_RESPONSIBLE, "justice-principal", QZ_VIA_HOLDER);
    QZT_CITES(it, 32, 0);

    it = must(a, "rectify-supervision"); /* Art 33 */
    QZT_PERSON(it, QZ_CAP_RESPONSIBLE, "finance-principal", QZ_VIA_HOLDER);
    assert_true(qzt_unit(it, QZ_CAP_OBLIGEE, "county-government") >= 0);
    QZT_CITES(it, 33, 0);

    const char *art40[] = {"executive-review-plans", "executive-review-normative",
                           "executive-review-party-matters", "executive-review-documents"};
    for (int k = 0; k < 4; k++) { /* Art 40 items (二)-(五) */
        it = must(a, art40[k]);
        QZT_PERSON(it, QZ_CAP_RESPONSIBLE, "county-head", QZ_VIA_HOLDER);
        QZT_CITES(it, 40, k + 2);
        assert_non_null(strstr(qz_answer_explanation(it), "在县政府常务会议上"));
    }

    it = must(a, "executive-documents-drafting"); /* Art 46 */
    assert_true(qzt_unit(it, QZ_CAP_RESPONSIBLE, "reporting-department") >= 0);
    QZT_CITES(it, 46, 0);
    it = must(a, "executive-documents-review");
    assert_true(qzt_unit(it, QZ_CAP_RESPONSIBLE, "government-office") >= 0);
    QZT_CITES(it, 46, 0);

    it = must(a, "annual-document-plan"); /* Art 55: one period, the year */
    assert_true(qzt_unit(it, QZ_CAP_RESPONSIBLE, "county-government") >= 0);
    assert_int_equal(qz_answer_value(it, QZ_VALUE_PERIOD_START), qzt_d("2026-01-01"));
    assert_int_equal(qz_answer_value(it, QZ_VALUE_PERIOD_END), qzt_d("2026-12-31"));
    assert_int_equal(qz_answer_value(it, QZ_VALUE_MIN), 1);
    assert_false(qz_answer_has(it, QZ_VALUE_MAX));
    assert_int_equal(items_of(a, "annual-document-plan"), 1);
    QZT_CITES(it, 55, 0);

    it = must(a, "implement-instructions"); /* Art 60 */
    QZT_PERSON(it, QZ_CAP_RESPONSIBLE, "county-head", QZ_VIA_HOLDER);
    QZT_PERSON(it, QZ_CAP_RESPONSIBLE, "deputy-1", QZ_VIA_HOLDER);
    QZT_CITES(it, 60, 0);
    it = must(a, "report-assigned-matters");
    QZT_PERSON(it, QZ_CAP_RESPONSIBLE, "justice-principal", QZ_VIA_HOLDER);
    assert_true(qzt_unit(it, QZ_CAP_OBLIGEE, "county-government") >= 0);
    QZT_CITES(it, 60, 0);

    it = must(a, "supervision-annual-plan"); /* Art 61 */
    assert_true(qzt_unit(it, QZ_CAP_RESPONSIBLE, "government-office") >= 0);
    assert_string_equal(qz_answer_obligation_action(it), "plan");
    QZT_CITES(it, 61, 0);

    it = must(a, "supervision-interviews"); /* Art 63 */
    assert_true(qzt_unit(it, QZ_CAP_RESPONSIBLE, "county-government") >= 0);
    QZT_PERSON(it, QZ_CAP_OBLIGEE, "justice-principal", QZ_VIA_HOLDER);
    QZT_CITES(it, 63, 0);
    it = must(a, "year-end-evaluation");
    assert_int_equal(qz_answer_obligation_trigger(it), QZ_TRIGGER_DATE);
    assert_int_equal(qz_answer_value(it, QZ_VALUE_DUE), qzt_d("2026-12-31"));
    QZT_CITES(it, 63, 0);

    it = must(a, "report-major-information"); /* Art 67 */
    QZT_PERSON(it, QZ_CAP_RESPONSIBLE, "justice-principal", QZ_VIA_HOLDER);
    assert_true(qzt_unit(it, QZ_CAP_OBLIGEE, "county-government") >= 0);
    QZT_CITES(it, 67, 0);

    for (size_t i = 0; i < qz_answer_item_count(a); i++) {
        it = qz_answer_item(a, i);
        assert_true(qz_answer_citation_count(it) > 0);
        no_raw_id(it);
    }
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COUNT), (int64_t)qz_answer_item_count(a));
    assert_null(qz_answer_item(a, qz_answer_item_count(a)));
    qz_answer_free(a);
}

/* --post and --unit: only what that post or unit bears. */
static void test_filters(void **state)
{
    (void)state;
    qz_answer *a = ask(DEMO, "deputy-1", NULL, "2026-03-01", "2026-03-31");
    assert_int_equal(qz_answer_item_count(a), 1);
    assert_non_null(item_of(a, "implement-instructions"));
    qz_answer_free(a);

    a = ask(DEMO, "justice-principal", NULL, "2026-03-01", NULL);
    assert_non_null(item_of(a, "handle-suggestions"));
    assert_non_null(item_of(a, "rectify-supervision"));
    assert_non_null(item_of(a, "report-major-information"));
    assert_null(item_of(a, "annual-document-plan"));
    assert_null(item_of(a, "supervision-interviews")); /* the obligee, not the one who must act */
    qz_answer_free(a);

    a = ask(DEMO, NULL, "government-office", "2026-03-01", NULL); /* a body of the rules */
    assert_non_null(item_of(a, "supervision-annual-plan"));
    assert_non_null(item_of(a, "executive-documents-review"));
    assert_null(item_of(a, "handle-suggestions"));
    qz_answer_free(a);

    a = ask(DEMO, NULL, "justice", "2026-03-01", NULL); /* an organisation unit: through its posts */
    assert_non_null(item_of(a, "handle-suggestions"));
    assert_null(item_of(a, "implement-instructions"));
    qz_answer_free(a);

    /* the county head entrusted the executive deputy with government work, not "other work" */
    a = ask(DEMO, "executive-deputy", NULL, "2026-03-10", NULL);
    assert_null(item_of(a, "entrusted-work"));
    qz_answer_free(a);
}

/* An other government's forms: weekly on Mondays, by 10 January, within 5
 * working days of an event, within 15 days, monthly before the 5th. */
static void test_other_government(void **state)
{
    (void)state;
    qz_answer *a = ask(CITY, NULL, NULL, "2026-01-01", "2026-02-28");
    const qz_answer *it = must(a, "annual-plan");
    assert_int_equal(qz_answer_obligation_trigger(it), QZ_TRIGGER_DATE);
    assert_int_equal(qz_answer_value(it, QZ_VALUE_DUE), qzt_d("2026-01-10"));
    QZT_PERSON(it, QZ_CAP_RESPONSIBLE, "finance-director", QZ_VIA_HOLDER);
    assert_true(qzt_unit(it, QZ_CAP_OBLIGEE, "city-government") >= 0);
    QZT_CITES(it, 21, 0);
    assert_non_null(strstr(qz_answer_explanation(it), "每年1月10日前"));

    it = must(a, "emergency-report");
    assert_int_equal(qz_answer_value(it, QZ_VALUE_LIMIT), 5);
    assert_int_equal(qz_answer_value(it, QZ_VALUE_UNIT), QZ_UNIT_WORKDAYS);
    assert_non_null(strstr(qz_answer_explanation(it), "5个工作日内"));
    QZT_CITES(it, 30, 0);

    it = must(a, "decision-filing");
    assert_int_equal(qz_answer_value(it, QZ_VALUE_LIMIT), 15);
    assert_int_equal(qz_answer_value(it, QZ_VALUE_UNIT), QZ_UNIT_DAYS);

    assert_int_equal(items_of(a, "monthly-statistics"), 2);
    it = must(a, "monthly-statistics");
    assert_int_equal(qz_answer_value(it, QZ_VALUE_DUE), qzt_d("2026-01-05"));

    /* weeks run Monday to Sunday: 2026-01-01 is a Thursday, 2026-02-28 a Saturday */
    assert_int_equal(items_of(a, "weekly-report"), 9);
    it = must(a, "weekly-report");
    assert_int_equal(qz_answer_value(it, QZ_VALUE_PERIOD_START), qzt_d("2025-12-29"));
    assert_int_equal(qz_answer_value(it, QZ_VALUE_MAX), 1);
    QZT_PERSON(it, QZ_CAP_RESPONSIBLE, "secretary-general", QZ_VIA_HOLDER);
    QZT_PERSON(it, QZ_CAP_OBLIGEE, "mayor", QZ_VIA_HOLDER);
    qz_answer_free(a);

    a = ask(CITY, "secretary-general", NULL, "2026-01-12", "2026-01-18");
    assert_int_equal(qz_answer_item_count(a), 1);
    qz_answer_free(a);
}

/* One table: the periodic query (and so the audit) sees a periodic obligation by its id. */
static void test_periodic_query_sees_obligations(void **state)
{
    (void)state;
    qz_periodic_request r = QZ_PERIODIC_REQUEST_INIT;
    qz_date one[] = {qzt_d("2026-02-01")};
    r.id = "supervision-annual-plan";
    r.period = qzt_d("2026-06-01");
    r.dates = one;
    r.ndates = 1;
    qz_answer *a = NULL;
    QZT_OK(qz_query_periodic(&a, DEMO, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 1);
    assert_true(qzt_unit(a, QZ_CAP_RESPONSIBLE, "government-office") >= 0);
    QZT_CITES(a, 61, 0);
    qz_answer_free(a);
    r.ndates = 0;
    QZT_OK(qz_query_periodic(&a, DEMO, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_SHORTFALL), 1);
    qz_answer_free(a);
    /* a city week with two reports on its Monday exceeds max="1" */
    qz_date two[] = {qzt_d("2026-01-12"), qzt_d("2026-01-12")};
    r.id = "weekly-report";
    r.period = qzt_d("2026-01-14");
    r.dates = two;
    r.ndates = 2;
    QZT_OK(qz_query_periodic(&a, CITY, &r));
    assert_int_equal(qz_answer_value(a, QZ_VALUE_COMPLIANT), 0);
    assert_int_equal(qz_answer_value(a, QZ_VALUE_EXCESS), 1);
    qz_answer_free(a);
    /* a standing (event) obligation is not a periodic one */
    r.id = "report-to-party-committee";
    assert_int_equal(qz_query_periodic(&a, DEMO, &r), QZ_ENOTFOUND);
    assert_null(a);
    /* the <periodic> section itself is unchanged */
    const qz_rules *rules = qz_model_rules_at(DEMO, qzt_d("2026-06-01"));
    assert_int_equal(qz_rules_count(rules, QZ_RULES_PERIODIC), 6);
    assert_int_equal(qz_rules_count(rules, QZ_RULES_OBLIGATION), 23);
    assert_int_equal(qz_rules_count(rules, QZ_RULES_EVENT), 18);
}

/* The matrix shows the obligations, each with its citation and figures. */
static void test_matrix(void **state)
{
    (void)state;
    qz_date d = qzt_d("2026-06-10");
    size_t n = qz_model_matter_count(DEMO, d), seen = 0;
    for (size_t i = 0; i < n; i++) {
        if (qz_model_matter_kind(DEMO, d, i) != QZ_MATTER_OBLIGATION)
            continue;
        qz_answer *a = NULL;
        QZT_OK(qz_query_matter(&a, DEMO, d, i));
        assert_true(qz_answer_citation_count(a) > 0);
        assert_non_null(qz_answer_obligation_action_label(a));
        if (strcmp(qz_model_matter_id(DEMO, d, i), "annual-document-plan") == 0)
            assert_int_equal(qz_answer_value(a, QZ_VALUE_MIN), 1);
        if (strcmp(qz_model_matter_id(DEMO, d, i), "rectify-supervision") == 0)
            QZT_PERSON(a, QZ_CAP_RESPONSIBLE, "justice-principal", QZ_VIA_HOLDER);
        no_raw_id(a);
        qz_answer_free(a);
        seen++;
    }
    assert_int_equal(seen, 23);
    assert_string_equal(qz_matter_kind_name(QZ_MATTER_OBLIGATION), "obligation");
    assert_string_equal(qz_rules_section_name(QZ_RULES_OBLIGATION), "obligation");
    assert_string_equal(qz_capacity_name(QZ_CAP_OBLIGEE), "obligee");
    assert_string_equal(qz_obligation_trigger_name(QZ_TRIGGER_DATE), "date");
    assert_string_equal(qz_query_kind_name(QZ_QUERY_OBLIGATIONS), "obligations");
}

/* The audit judges a periodic obligation's events like a <periodic>'s: the
 * monthly statistics of the city, reported on 3 January and 4 March. */
typedef struct audit_seen {
    int periodic, article;
    qz_date date;
} audit_seen;

static int audit_collect(const qz_finding *f, void *ud)
{
    audit_seen *s = ud;
    if (strcmp(f->check, "periodic") == 0) {
        s->periodic++;
        s->article = f->article;
        s->date = f->date;
    }
    return 0;
}

static void test_audit_sees_obligations(void **state)
{
    (void)state;
    qz_audit *au = NULL;
    audit_seen s = {0, 0, 0};
    QZT_OK(qz_audit_new(&au, CITY, 0));
    const char *keys[] = {"type", "obligation", "date"};
    const char *days[] = {"2026-01-03", "2026-03-04"};
    for (int k = 0; k < 2; k++) {
        const char *values[] = {"event", "monthly-statistics", days[k]};
        QZT_OK(qz_audit_record(au, keys, values, 3, NULL, k + 1, audit_collect, &s));
    }
    QZT_OK(qz_audit_finish(au, audit_collect, &s));
    /* February is the only month wholly inside the log (3 January to 4 March), and it has no report */
    assert_int_equal(s.periodic, 1);
    assert_int_equal(s.article, 22);
    assert_int_equal(s.date, qzt_d("2026-02-01"));
    qz_audit_free(au);
}

/* ---- the format ---- */

static char *city_with(const char *from, const char *to)
{
    size_t len;
    char *t = qzt_read_file(qzt_data("rules/obligations-city.xml"), &len);
    char *s = qzt_replaced(t, from, to);
    free(t);
    return s;
}

static void refused(const char *from, const char *to, const char *message)
{
    char *t = city_with(from, to);
    qz_rules *r = NULL;
    int rc = qz_rules_load_memory(&r, t, strlen(t), "bad-obligations.xml");
    if (rc != QZ_ESCHEMA)
        fail_msg("'%s' -> '%s' loaded (%d)", from, to, rc);
    assert_null(r);
    const qz_error *e = qz_error_last();
    if (!strstr(qz_error_message(e), message))
        fail_msg("'%s' -> '%s': %s", from, to, qz_error_message(e));
    assert_true(qz_error_line(e) > 20);
    assert_true(qz_error_column(e) > 0);
    free(t);
}

static void test_loader_refusals(void **state)
{
    (void)state;
    refused("event=\"emergency\" deadline", "event=\"earthquake\" deadline", "not an event");
    refused("<who role=\"secretary-general\"/>", "<who/>", "exactly one of role");
    refused("<who role=\"secretary-general\"/>", "<who role=\"clerk\"/>", "not defined");
    refused("per=\"week\"", "per=\"fortnight\"", "fortnight");
    refused("min=\"1\" max=\"1\"", "min=\"2\" max=\"1\"", "max below min");
    refused("<by month=\"1\" day=\"10\"/>", "<by month=\"2\" day=\"30\"/>", "a day of that month");
    refused("deadline=\"emergency-report\"", "deadline=\"nowhere\"", "not a deadline");
    refused("within=\"15\" unit=\"days\"", "within=\"15\"", "go together");
    refused("action=\"file\"", "action=\"other\"", "action-label");
    refused("<every per=\"month\" min=\"1\" within-days=\"5\"/>",
            "<every per=\"month\" min=\"1\" within-days=\"5\"/><by month=\"1\" day=\"1\"/>", "by");
    refused("id=\"decision-filing\"", "id=\"weekly-report\"", "defined twice");
}

/* qz_rules_save() is canonical: load(save(R)) saves to the same bytes, obligations included. */
static void test_round_trip(void **state)
{
    (void)state;
    const char *files[] = {NULL, "rules/obligations-city.xml"};
    for (int k = 0; k < 2; k++) {
        qz_rules *r = NULL, *r2 = NULL;
        char *s1 = NULL, *s2 = NULL;
        size_t n1 = 0, n2 = 0;
        QZT_OK(files[k] ? qz_rules_load_file(&r, qzt_data(files[k])) : qz_rules_default(&r));
        QZT_OK(qz_rules_save(&s1, &n1, r));
        assert_non_null(strstr(s1, "<obligation "));
        QZT_OK(qz_rules_load_memory(&r2, s1, n1, "saved.xml"));
        QZT_OK(qz_rules_save(&s2, &n2, r2));
        assert_int_equal(n1, n2);
        assert_memory_equal(s1, s2, n1);
        assert_int_equal(qz_rules_count(r, QZ_RULES_OBLIGATION), qz_rules_count(r2, QZ_RULES_OBLIGATION));
        for (size_t i = 0; i < qz_rules_count(r, QZ_RULES_OBLIGATION); i++)
            assert_string_equal(qz_rules_entry_id(r, QZ_RULES_OBLIGATION, i),
                                qz_rules_entry_id(r2, QZ_RULES_OBLIGATION, i));
        qz_free(s1);
        qz_free(s2);
        qz_rules_free(r);
        qz_rules_free(r2);
    }
}

/* ---- failures ---- */

static void test_failures(void **state)
{
    (void)state;
    qz_obligations_request r = QZ_OBLIGATIONS_REQUEST_INIT;
    qz_answer *a = (qz_answer *)(void *)&r; /* not NULL: must be cleared */
    r.from = qzt_d("2026-03-01");
    assert_int_equal(qz_query_obligations(&a, DEMO, NULL), QZ_EINVAL);
    assert_null(a);
    assert_int_equal(qz_query_obligations(NULL, DEMO, &r), QZ_EINVAL);
    assert_int_equal(qz_query_obligations(&a, NULL, &r), QZ_EINVAL);
    r.version = 0;
    assert_int_equal(qz_query_obligations(&a, DEMO, &r), QZ_EINVAL);
    r.version = QZ_OBLIGATIONS_REQUEST_VERSION + 1;
    assert_int_equal(qz_query_obligations(&a, DEMO, &r), QZ_EINVAL);
    QZT_OK(qz_obligations_request_init(&r, QZ_OBLIGATIONS_REQUEST_VERSION));
    assert_int_equal(qz_obligations_request_init(&r, 0), QZ_EINVAL);
    assert_int_equal(qz_obligations_request_init(NULL, 1), QZ_EINVAL);
    r.from = qzt_d("2026-03-01");
    r.to = qzt_d("2026-02-01");
    assert_int_equal(qz_query_obligations(&a, DEMO, &r), QZ_EINVAL);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "ends before"));
    r.to = r.from + QZ_OBLIGATIONS_MAX_DAYS;
    assert_int_equal(qz_query_obligations(&a, DEMO, &r), QZ_ELIMIT);
    r.to = r.from + QZ_OBLIGATIONS_MAX_DAYS - 1; /* the longest range is answered */
    QZT_OK(qz_query_obligations(&a, DEMO, &r));
    qz_answer_free(a);
    r.to = 0;
    r.post = "no-such-post";
    assert_int_equal(qz_query_obligations(&a, DEMO, &r), QZ_ENOTFOUND);
    assert_null(a);
    r.post = NULL;
    r.unit = "no-such-unit";
    assert_int_equal(qz_query_obligations(&a, DEMO, &r), QZ_ENOTFOUND);
    r.unit = NULL;
    r.from = qzt_d("2000-01-01");
    assert_int_equal(qz_query_obligations(&a, DEMO, &r), QZ_ERANGE);
    assert_null(a);
    /* accessors of another kind of answer, and NULL */
    assert_int_equal(qz_answer_item_count(NULL), 0);
    assert_null(qz_answer_item(NULL, 0));
    assert_int_equal(qz_answer_obligation_trigger(NULL), 0);
    assert_null(qz_answer_obligation_action(NULL));
    assert_null(qz_answer_obligation_object(NULL));
    assert_null(qz_answer_obligation_event_label(NULL));
    assert_string_equal(qz_obligation_trigger_name((qz_obligation_trigger)0), "unknown");
}

typedef struct oom_ctx {
    qz_model *m;
    const char *post;
} oom_ctx;

static int oom_body(void *p)
{
    oom_ctx *c = p;
    qz_obligations_request r = QZ_OBLIGATIONS_REQUEST_INIT;
    r.post = c->post;
    r.from = qzt_d("2026-01-01");
    r.to = qzt_d("2026-03-31");
    qz_answer *a = NULL;
    int rc = qz_query_obligations(&a, c->m, &r);
    if (rc < 0 && a)
        rc = -100; /* a failed query handed out an answer */
    qz_answer_free(a);
    return rc;
}

static void test_oom(void **state)
{
    (void)state;
    oom_ctx c = {DEMO, "justice-principal"};
    assert_true(qzt_oom_loop(oom_body, NULL, &c) > 1);
    c.m = CITY;
    c.post = NULL;
    assert_true(qzt_oom_loop(oom_body, NULL, &c) > 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_yunxi_articles),   cmocka_unit_test(test_filters),
        cmocka_unit_test(test_other_government), cmocka_unit_test(test_periodic_query_sees_obligations),
        cmocka_unit_test(test_matrix),           cmocka_unit_test(test_audit_sees_obligations),
        cmocka_unit_test(test_loader_refusals),  cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_failures),         cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
