/* Never a raw id inside Chinese text (issue 10, item 7): every explanation,
 * reason and finding the queries produce over the demo model, for every
 * matter, document kind, meeting, post, deadline, obligation and fact on
 * days with and without absences, is scanned for ASCII id-like words
 * ("lead-department", "government", "--portfolio") on a line that holds
 * Chinese. Dates, numbers and upper-case abbreviations (AB角, GB/T) pass. */
#include <stdio.h>
#include <string.h>
#include "query_support.h"

static qz_model *M;
static size_t scanned, found; /* texts scanned, raw ids found (each printed) */

static int setup(void **state)
{
    (void)state;
    QZT_OK(qz_model_default(&M));
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    qz_model_free(M);
    return 0;
}

static int is_word(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' ||
           ch == '_';
}

/* The first id-like word of a line that holds Chinese (a byte >= 0x80), or NULL; its length in *n. */
static const char *id_in_line(const char *s, size_t len, size_t *n)
{
    int chinese = 0;
    for (size_t i = 0; i < len; i++)
        chinese |= (unsigned char)s[i] >= 0x80;
    if (!chinese)
        return NULL;
    for (size_t i = 0; i < len;) {
        if (!is_word(s[i])) {
            i++;
            continue;
        }
        size_t k = i;
        int lower = 0, letters = 0;
        while (k < len && is_word(s[k])) {
            lower |= s[k] >= 'a' && s[k] <= 'z';
            letters += (s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z');
            k++;
        }
        /* a lower-case word of two letters or more: an id, an English word or an option */
        if (lower && letters >= 2) {
            *n = k - i;
            return s + i;
        }
        i = k;
    }
    return NULL;
}

static void scan_text(const char *what, const char *text)
{
    if (!text)
        return;
    scanned++;
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line), n = 0;
        const char *id = id_in_line(line, len, &n);
        if (id && found++ < 40)
            print_message("%s: raw id '%.*s' in: %.*s\n", what, (int)n, id, (int)len, line);
        line += len + (end ? 1 : 0);
    }
}

/* Scans the answer `*ap` of a question that returned `rc` (called as scan(what,
 * qz_query_x(a, ...), a): the answer is read after the call), and frees it. */
static void scan(const char *what, int rc, qz_answer **ap)
{
    qz_answer *a = *ap;
    *ap = NULL;
    if (rc != QZ_OK) /* a question the model refuses (an id it does not know) has no text to scan */
        return;
    scan_text(what, qz_answer_explanation(a));
    scan_text(what, qz_answer_reason(a));
    for (size_t i = 0; i < qz_answer_finding_count(a); i++)
        scan_text(what, qz_answer_finding_text(a, i));
    qz_answer_free(a);
}

/* Days with the demo organisation's absences (the county head away with and without an
 * entrustment, a deputy away) and an ordinary day. */
static const char *const DAYS[] = {"2026-03-03", "2026-03-10", "2026-04-14", "2026-05-19", "2026-06-10"};
#define NDAYS (sizeof(DAYS) / sizeof(DAYS[0]))

static const qz_rules *rules(void)
{
    return qz_model_rules_at(M, qzt_d("2026-06-10"));
}

static void test_matrix(void **state)
{
    (void)state;
    for (size_t d = 0; d < NDAYS; d++) {
        qz_date day = qzt_d(DAYS[d]);
        for (size_t i = 0, n = qz_model_matter_count(M, day); i < n; i++) {
            qz_answer *a = NULL;
            scan(qz_model_matter_id(M, day, i), qz_query_matter(&a, M, day, i), &a);
        }
    }
}

static void test_sign(void **state)
{
    (void)state;
    const qz_rules *r = rules();
    const char *pf[][2] = {
        {NULL, NULL}, {"justice", NULL}, {"justice", "education"}, {"office", NULL}, {"government", NULL}};
    for (size_t d = 0; d < NDAYS; d++)
        for (size_t k = 0; k < qz_rules_count(r, QZ_RULES_DOCUMENT_KIND); k++)
            for (size_t is = 0; is < qz_rules_count(r, QZ_RULES_ISSUER); is++)
                for (size_t rc = 0; rc <= qz_rules_count(r, QZ_RULES_RECIPIENT); rc++)
                    for (unsigned f = 0; f < 16; f += 3)
                        for (size_t p = 0; p < sizeof(pf) / sizeof(pf[0]); p++) {
                            qz_sign_request s = QZ_SIGN_REQUEST_INIT;
                            s.kind = qz_rules_entry_id(r, QZ_RULES_DOCUMENT_KIND, k);
                            s.issuer = qz_rules_entry_id(r, QZ_RULES_ISSUER, is);
                            s.recipient = rc ? qz_rules_entry_id(r, QZ_RULES_RECIPIENT, rc - 1) : NULL;
                            s.major_policy = f & 1;
                            s.broad_scope = (f & 2) != 0;
                            s.decided_by_executive = (f & 4) != 0;
                            s.routine = (f & 8) != 0;
                            s.portfolios = pf[p];
                            s.nportfolios = pf[p][1] ? 2 : pf[p][0] ? 1 : 0;
                            s.date = qzt_d(DAYS[d]);
                            qz_answer *a = NULL;
                            scan(s.kind, qz_query_sign(&a, M, &s), &a);
                        }
}

static void test_meetings(void **state)
{
    (void)state;
    const qz_rules *r = rules();
    const char *const portfolios[] = {NULL, "justice", "deputy-1", "government"};
    for (size_t d = 0; d < NDAYS; d++)
        for (size_t i = 0; i < qz_rules_count(r, QZ_RULES_MEETING); i++)
            for (int major = 0; major <= 1; major++)
                for (size_t p = 0; p < sizeof(portfolios) / sizeof(portfolios[0]); p++) {
                    qz_meeting_request q = QZ_MEETING_REQUEST_INIT;
                    q.type = qz_rules_entry_id(r, QZ_RULES_MEETING, i);
                    q.date = qzt_d(DAYS[d]);
                    q.major = major;
                    q.portfolio = portfolios[p];
                    qz_answer *a = NULL;
                    scan(q.type, qz_query_meeting(&a, M, &q), &a);
                }
}

/* Every post of the organisation, in turn. */
static void each_post(void (*fn)(const char *post, size_t day))
{
    const qz_org *org = qz_model_org(M);
    for (size_t u = 0; u < qz_org_unit_count(org); u++) {
        const char *unit = qz_org_unit_at(org, u);
        for (size_t p = 0; p < qz_org_unit_post_count(org, unit); p++)
            for (size_t d = 0; d < NDAYS; d++)
                fn(qz_org_unit_post_at(org, unit, p), d);
    }
}

static void acting_and_leave(const char *post, size_t d)
{
    const qz_rules *r = rules();
    qz_acting_request q = QZ_ACTING_REQUEST_INIT;
    q.post = post;
    q.date = qzt_d(DAYS[d]);
    qz_answer *a = NULL;
    scan(post, qz_query_acting(&a, M, &q), &a);
    for (size_t i = 0; i < qz_rules_count(r, QZ_RULES_MEETING); i++) {
        q.matter = qz_rules_entry_id(r, QZ_RULES_MEETING, i);
        scan(post, qz_query_acting(&a, M, &q), &a);
    }
    qz_leave_request l = QZ_LEAVE_REQUEST_INIT;
    l.post = post;
    l.depart = qzt_d(DAYS[d]);
    l.notified = l.depart - 1;
    l.days = 8;
    scan(post, qz_query_leave(&a, M, &l), &a);
    l.notified = l.depart + 1;
    l.days = 0;
    scan(post, qz_query_leave(&a, M, &l), &a);
}

static void test_posts(void **state)
{
    (void)state;
    each_post(acting_and_leave);
}

static void substitute_for(const char *post, size_t d)
{
    const qz_rules *r = rules();
    const char *const deputies[] = {NULL, "justice-deputy", "deputy-1"};
    for (size_t i = 0; i < qz_rules_count(r, QZ_RULES_MEETING); i++)
        for (size_t k = 0; k < sizeof(deputies) / sizeof(deputies[0]); k++) {
            qz_substitute_request s = QZ_SUBSTITUTE_REQUEST_INIT;
            s.type = qz_rules_entry_id(r, QZ_RULES_MEETING, i);
            s.principal = post;
            s.substitute = deputies[k];
            s.date = qzt_d(DAYS[d]);
            s.written_request = (int)(k & 1);
            s.request_date = s.date - 1;
            qz_answer *a = NULL;
            scan(post, qz_query_substitute(&a, M, &s), &a);
        }
}

static void test_substitute(void **state)
{
    (void)state;
    each_post(substitute_for);
}

static void test_quorum(void **state)
{
    (void)state;
    const qz_rules *r = rules();
    const char *present[] = {"county-head", "deputy-1", "justice-principal"};
    for (size_t d = 0; d < NDAYS; d++)
        for (size_t i = 0; i < qz_rules_count(r, QZ_RULES_MEETING); i++)
            for (size_t n = 1; n <= 3; n++) {
                qz_quorum_request q = QZ_QUORUM_REQUEST_INIT;
                q.type = qz_rules_entry_id(r, QZ_RULES_MEETING, i);
                q.present = present;
                q.npresent = n;
                q.date = qzt_d(DAYS[d]);
                qz_answer *a = NULL;
                scan(q.type, qz_query_quorum(&a, M, &q), &a);
            }
}

static void test_deadlines(void **state)
{
    (void)state;
    const qz_rules *r = rules();
    const int limits[] = {0, 2, 4, 30};
    for (size_t d = 0; d < NDAYS; d++)
        for (size_t i = 0; i < qz_rules_count(r, QZ_RULES_DEADLINE); i++)
            for (size_t l = 0; l < sizeof(limits) / sizeof(limits[0]); l++) {
                qz_deadline_request q = QZ_DEADLINE_REQUEST_INIT;
                q.name = qz_rules_entry_id(r, QZ_RULES_DEADLINE, i);
                q.from = qzt_d(DAYS[d]);
                q.limit = limits[l];
                q.asof = qzt_d("2026-06-30");
                q.has_asof = 1;
                qz_answer *a = NULL;
                scan(q.name, qz_query_deadline(&a, M, &q), &a);
            }
}

static void test_periodic(void **state)
{
    (void)state;
    const qz_rules *r = rules();
    qz_date dates[6];
    for (size_t k = 0; k < 6; k++)
        dates[k] = qzt_d("2026-06-01") + (qz_date)(5 * k);
    for (size_t i = 0; i < qz_rules_count(r, QZ_RULES_PERIODIC); i++)
        for (size_t n = 0; n <= 6; n += 2) {
            qz_periodic_request q = QZ_PERIODIC_REQUEST_INIT;
            q.id = qz_rules_entry_id(r, QZ_RULES_PERIODIC, i);
            q.period = qzt_d("2026-06-10");
            q.dates = dates;
            q.ndates = n;
            qz_answer *a = NULL;
            scan(q.id, qz_query_periodic(&a, M, &q), &a);
        }
}

static void test_normative(void **state)
{
    (void)state;
    const qz_rules *r = rules();
    size_t n = qz_rules_check_fact_count(r);
    const char *const meetings[] = {NULL, "executive", "special-topic"};
    for (size_t i = 0; i <= n; i++)
        for (size_t m = 0; m < 3; m++)
            for (int years = 0; years <= 8; years += 4) {
                const char *facts[2] = {i < n ? qz_rules_check_fact(r, i) : NULL, "department-document"};
                qz_normative_request q = QZ_NORMATIVE_REQUEST_INIT;
                q.flags = facts;
                q.nflags = i < n ? (m == 1 ? 2 : 1) : 0;
                q.validity_years = years;
                q.approved_by = meetings[m];
                q.date = qzt_d("2026-06-10");
                qz_answer *a = NULL;
                scan("normative", qz_query_normative(&a, M, &q), &a);
            }
}

/* The scanner itself finds what it must and passes what it must. */
static void test_scanner(void **state)
{
    (void)state;
    static const char *const bad[] = {"按lead-department另定的时限", "government在当日没有分管领导",
                                      "未指明分管领导(--portfolio)", "县政府(缺少:legality-reviewed)"};
    static const char *const good[] = {"互为AB角的副县长", "自2026-05-19起5个工作日", "GB/T 9704-2012 7.2.4",
                                       "plain ascii line with ids-in-it"};
    size_t n;
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        assert_non_null(id_in_line(bad[i], strlen(bad[i]), &n));
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
        assert_null(id_in_line(good[i], strlen(good[i]), &n));
}

static void test_scanned_enough(void **state)
{
    (void)state;
    print_message("%zu texts scanned\n", scanned);
    assert_true(scanned > 10000); /* every question above was answered and scanned */
    assert_int_equal(found, 0);   /* each one is printed above */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scanner),        cmocka_unit_test(test_matrix),
        cmocka_unit_test(test_sign),           cmocka_unit_test(test_meetings),
        cmocka_unit_test(test_posts),          cmocka_unit_test(test_substitute),
        cmocka_unit_test(test_quorum),         cmocka_unit_test(test_deadlines),
        cmocka_unit_test(test_periodic),       cmocka_unit_test(test_normative),
        cmocka_unit_test(test_scanned_enough),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
