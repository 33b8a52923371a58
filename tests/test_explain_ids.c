/* Never a raw id inside Chinese text (issue 10, item 7): every explanation,
 * reason and finding the queries produce over the demo model, the reasons
 * of the checks' denials and the explanations of the audit's findings, for every
 * matter, document kind, meeting, post, deadline, obligation and fact on
 * days with and without absences, is scanned for ASCII id-like words
 * ("lead-department", "government", "--portfolio") on a line that holds
 * Chinese. Dates, numbers and upper-case abbreviations (AB角, GB/T) pass. */
#include <stdio.h>
#include <string.h>
#include "query.h" /* qz_query__name_of */
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

/* The first id-like word of a line that holds Chinese (a byte >= 0x80), or NULL; its length in *n.
 * A word inside “…” is the one id a text may say: one it does not know, quoted (未知岗位“xyz”). */
static const char *id_in_line(const char *s, size_t len, size_t *n)
{
    static const char open[] = "“", close[] = "”";
    int chinese = 0;
    for (size_t i = 0; i < len; i++)
        chinese |= (unsigned char)s[i] >= 0x80;
    if (!chinese)
        return NULL;
    for (size_t i = 0; i < len;) {
        if (len - i >= sizeof(open) - 1 && memcmp(s + i, open, sizeof(open) - 1) == 0) {
            const char *end = NULL;
            for (size_t k = i; k + sizeof(close) - 1 <= len && !end; k++)
                if (memcmp(s + k, close, sizeof(close) - 1) == 0)
                    end = s + k;
            if (end) {
                i = (size_t)(end - s) + sizeof(close) - 1;
                continue;
            }
        }
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

/* ---- the reasons of checks ---- */

static size_t decisions, denials; /* checks made, and denied (each reason scanned) */

/* Scans the reason of decision `*dp` made with status `rc`, and frees it. */
static void scan_decision(const char *what, int rc, qz_decision **dp)
{
    qz_decision *d = *dp;
    *dp = NULL;
    if (rc != QZ_OK)
        return;
    decisions++;
    if (!qz_decision_allowed(d)) {
        denials++;
        scan_text(what, qz_decision_reason(d));
    }
    qz_decision_free(d);
}

/* Every check with `actor` (a post, a person or a unit) on day `d`, over a
 * representative set of requests: every document kind to each recipient,
 * every meeting type (major or not), the leave of the county head, a deputy,
 * a department principal and the actor's own post, acting for them, and
 * attending in their place. */
static void checks_by(const char *actor, size_t d)
{
    const qz_rules *r = rules();
    const qz_date day = qzt_d(DAYS[d]);
    const char *own = qz_org_kind_of(qz_model_org(M), actor) == QZ_ORG_POST ? actor : "deputy-2";
    const char *const posts[] = {"county-head", "deputy-1", "justice-principal", own};
    static const char *const pf[] = {"justice"};
    qz_decision *dec = NULL;
    for (size_t k = 0; k < qz_rules_count(r, QZ_RULES_DOCUMENT_KIND); k++)
        for (size_t rc = 0; rc <= qz_rules_count(r, QZ_RULES_RECIPIENT); rc++) {
            qz_sign_request s = QZ_SIGN_REQUEST_INIT;
            s.kind = qz_rules_entry_id(r, QZ_RULES_DOCUMENT_KIND, k);
            s.recipient = rc ? qz_rules_entry_id(r, QZ_RULES_RECIPIENT, rc - 1) : NULL;
            s.portfolios = pf;
            s.nportfolios = 1;
            s.date = day;
            scan_decision(actor, qz_check_sign(&dec, M, &s, actor), &dec);
            scan_decision(actor, qz_check_countersign(&dec, M, &s, actor), &dec);
        }
    for (size_t i = 0; i < qz_rules_count(r, QZ_RULES_MEETING); i++)
        for (int major = 0; major <= 1; major++) {
            qz_meeting_request q = QZ_MEETING_REQUEST_INIT;
            q.type = qz_rules_entry_id(r, QZ_RULES_MEETING, i);
            q.date = day;
            q.major = major;
            q.portfolio = "justice";
            scan_decision(actor, qz_check_convene(&dec, M, &q, actor), &dec);
            scan_decision(actor, qz_check_preside(&dec, M, &q, actor), &dec);
            scan_decision(actor, qz_check_sign_minutes(&dec, M, &q, actor), &dec);
        }
    for (size_t p = 0; p < sizeof(posts) / sizeof(posts[0]); p++) {
        qz_leave_request l = QZ_LEAVE_REQUEST_INIT;
        l.post = posts[p];
        l.depart = day;
        l.notified = day - 5;
        l.days = 3;
        scan_decision(actor, qz_check_approve_leave(&dec, M, &l, actor), &dec);
        scan_decision(actor, qz_check_receive_leave(&dec, M, &l, actor), &dec);
        qz_acting_request a = QZ_ACTING_REQUEST_INIT;
        a.post = posts[p];
        a.date = day;
        scan_decision(actor, qz_check_act_for(&dec, M, &a, actor), &dec);
        for (size_t i = 0; i < qz_rules_count(r, QZ_RULES_MEETING); i++) {
            qz_substitute_request s = QZ_SUBSTITUTE_REQUEST_INIT;
            s.type = qz_rules_entry_id(r, QZ_RULES_MEETING, i);
            s.principal = posts[p];
            s.date = day;
            s.written_request = 1;
            s.request_date = day - 1;
            scan_decision(actor, qz_check_substitute(&dec, M, &s, actor), &dec);
        }
    }
}

/* Every post of the demo organisation as the actor of every check, on each
 * day; every person and some units on one day. */
static void test_checks(void **state)
{
    (void)state;
    const qz_org *org = qz_model_org(M);
    each_post(checks_by);
    for (size_t i = 0; i < qz_org_person_count(org); i++)
        checks_by(qz_org_person_at(org, i), 4);
    for (size_t i = 0; i < qz_org_unit_count(org); i++)
        if (qz_org_unit_post_count(org, qz_org_unit_at(org, i)) > 0) {
            qz_leave_request l = QZ_LEAVE_REQUEST_INIT; /* a unit may only receive a report */
            qz_decision *dec = NULL;
            l.post = "justice-principal";
            l.depart = qzt_d("2026-06-10");
            l.notified = l.depart - 5;
            scan_decision(qz_org_unit_at(org, i), qz_check_receive_leave(&dec, M, &l, qz_org_unit_at(org, i)),
                          &dec);
        }
    print_message("%zu decisions, %zu denied\n", decisions, denials);
    assert_true(decisions > 20000);
    assert_true(denials > decisions / 2); /* most actors may not do most things */
}

/* ---- the explanations of audit findings ---- */

/* The findings of an audit: each kind counted, each explanation scanned
 * (an unreadable record's explanation is the English diagnostic of the
 * error, with no Chinese to name anyone in). */
typedef struct kinds {
    char name[24][24], first[24][320];     /* each kind's first explanation, printed */
    size_t count[24], n, findings, quoted; /* quoted: texts saying the unknown approver's id, quoted */
} kinds;

static int on_finding(const qz_finding *f, void *ud)
{
    kinds *k = ud;
    size_t i = 0;
    while (i < k->n && strcmp(k->name[i], f->check) != 0)
        i++;
    if (i == k->n && k->n < 24) {
        snprintf(k->name[k->n], sizeof(k->name[0]), "%s", f->check);
        snprintf(k->first[k->n++], sizeof(k->first[0]), "%s", f->explanation);
    }
    if (i < k->n)
        k->count[i]++;
    k->findings++;
    if (strstr(f->explanation, "未知岗位、人员或单位“no-such-approver”"))
        k->quoted++;
    if (strcmp(f->check, "unreadable") != 0)
        scan_text(f->check, f->explanation);
    return 0;
}

static size_t kind_count(const kinds *k, const char *check)
{
    for (size_t i = 0; i < k->n; i++)
        if (strcmp(k->name[i], check) == 0)
            return k->count[i];
    return 0;
}

/* Audits one record of `n` fields (keys and values alternate in `kv`). */
static void record(qz_audit *au, long line, kinds *k, size_t n, const char *const *kv)
{
    const char *keys[16], *vals[16];
    for (size_t i = 0; i < n; i++) {
        keys[i] = kv[2 * i];
        vals[i] = kv[2 * i + 1];
    }
    QZT_OK(qz_audit_record(au, keys, vals, n, "year", line, on_finding, k));
}

static const char *iso(char *buf, qz_date d)
{
    assert_int_equal(qz_date_format(buf, 16, d), QZ_OK);
    return buf;
}

/* A year of the demo county, generated: on each weekday a minutes record, a
 * leave, a meeting, a document and a consultation, every other one broken,
 * the actors taken in turn from every post and person of the organisation
 * (and an id it does not know), with an event of each periodic obligation at
 * the start; then the meeting clauses of the third county's rules. Every
 * finding kind comes out, and no explanation names anyone by id. */
static void test_audit_year(void **state)
{
    (void)state;
    const qz_org *org = qz_model_org(M);
    const qz_rules *r = rules();
    size_t nposts = qz_org_post_count(org), npeople = qz_org_person_count(org), turn = 0;
    size_t nmeet = qz_rules_count(r, QZ_RULES_MEETING), nkind = qz_rules_count(r, QZ_RULES_DOCUMENT_KIND);
    kinds k;
    memset(&k, 0, sizeof(k));
    qz_audit *au = NULL;
    QZT_OK(qz_audit_new(&au, M, 0));
    long line = 1;
    for (size_t i = 0; i < qz_rules_count(r, QZ_RULES_PERIODIC); i++) {
        const char *kv[] = {"type", "event",     "obligation", qz_rules_entry_id(r, QZ_RULES_PERIODIC, i),
                            "date", "2026-01-05"};
        record(au, line++, &k, 3, kv);
    }
    size_t records = 0;
    for (qz_date d = qzt_d("2026-01-05"); d < qzt_d("2026-12-01"); d++) {
        if (qz_date_weekday(d) >= 6)
            continue;
        for (int bad = 0; bad <= 1; bad++, turn++) {
            /* actors: a post, a person, now and then an unknown id (an unreadable record) */
            const char *a1 = qz_org_post_at(org, turn % nposts),
                       *a2 = qz_org_post_at(org, (turn * 7 + 3) % nposts);
            const char *p1 = qz_org_person_at(org, turn % npeople);
            const char *type = qz_rules_entry_id(r, QZ_RULES_MEETING, turn % nmeet);
            char day[16], later[16], early[16], dep[16];
            iso(day, d);
            iso(later, d + (bad ? 30 : 0));
            iso(dep, d + 12);
            iso(early, d + 12 - (bad ? 1 : 10));
            const char *minutes[] = {"type",  "minutes",      "meeting", type,     "held",
                                     day,     "issued",       later,     "signer", bad ? a1 : "county-head",
                                     "major", bad ? "1" : "0"};
            record(au, line++, &k, 6, minutes);
            const char *leave[] = {"type",        "leave",
                                   "post",        a1,
                                   "depart",      dep,
                                   "notified",    early,
                                   "days",        "3",
                                   "approved_by", bad ? a2 : "county-head",
                                   "reported_to", bad ? p1 : "office"};
            record(au, line++, &k, 7, leave);
            char present[1024] = "";
            for (size_t i = 0; i < (bad ? 2 : nposts); i++)
                snprintf(present + strlen(present), sizeof(present) - strlen(present), "%s%s", i ? ";" : "",
                         qz_org_post_at(org, (turn + i) % nposts));
            const char *meeting[] = {"type",     "meeting",
                                     "meeting",  type,
                                     "date",     day,
                                     "present",  present,
                                     "convener", bad ? a2 : "county-head",
                                     "presider", bad ? p1 : "county-head"};
            record(au, line++, &k, 6, meeting);
            char counter[128];
            snprintf(counter, sizeof(counter), "%s;%s", a2, p1);
            const char *doc[] = {"type",           "document",
                                 "kind",           qz_rules_entry_id(r, QZ_RULES_DOCUMENT_KIND, turn % nkind),
                                 "recipient",      turn % 3 ? "city-government" : "county-congress",
                                 "portfolios",     "justice",
                                 "date",           day,
                                 "signer",         bad ? p1 : a1,
                                 "countersigners", counter};
            record(au, line++, &k, 7, doc);
            const char *cons[] = {"type", "consultation", "received", day, "limit", "5", "replied", later};
            record(au, line++, &k, 4, cons);
            records += 5;
        }
    }
    {
        const char *unknown[] = {"type", "document",   "kind",   "request",
                                 "date", "2026-06-10", "signer", "no-such-post"};
        record(au, line++, &k, 4, unknown);
    }
    QZT_OK(qz_audit_finish(au, on_finding, &k));
    qz_audit_free(au);

    /* the meeting clauses: approval by invitees (an approver of each kind,
     * and one the organisation does not know), the length and the count per
     * unit */
    qz_model *third = qzt_model("rules/third-county.xml", "rules/third-county-org.xml");
    const qz_org *org3 = qz_model_org(third);
    const char *approvers[] = {"county-head", "deputy-a", "d1", "office", "no-such-approver"};
    QZT_OK(qz_audit_new(&au, third, 0));
    for (size_t i = 0; i < qz_org_post_count(org3); i++)
        for (size_t j = 0; j < sizeof(approvers) / sizeof(approvers[0]); j++) {
            const char *kv[] = {"type",        "meeting",
                                "meeting",     "county-wide",
                                "date",        "2025-03-20",
                                "portfolio",   "town-a",
                                "invitees",    qz_org_post_at(org3, i),
                                "minutes",     j % 2 ? "300" : "240",
                                "held_before", j % 2 ? "1" : "0",
                                "approved_by", approvers[j]};
            record(au, line++, &k, 8, kv);
        }
    qz_audit_free(au);
    qz_model_free(third);

    /* posts that may not be away together: the variations' rules, each post
     * leaving on days its pair is away */
    qz_model *var = qzt_model("rules/variations.xml", "rules/variations-org.xml");
    const qz_org *orgv = qz_model_org(var);
    static const char *const departs[] = {"2026-02-13", "2026-03-03", "2026-03-10", "2026-04-14",
                                          "2026-06-09"};
    QZT_OK(qz_audit_new(&au, var, 0));
    for (size_t i = 0; i < qz_org_post_count(orgv); i++)
        for (size_t j = 0; j < sizeof(departs) / sizeof(departs[0]); j++) {
            char notified[16];
            const char *kv[] = {"type",   "leave",    "post",     qz_org_post_at(orgv, i),
                                "depart", departs[j], "notified", iso(notified, qzt_d(departs[j]) - 2),
                                "days",   "3"};
            record(au, line++, &k, 5, kv);
        }
    qz_audit_free(au);
    qz_model_free(var);

    static const char *const every[] = {"minutes-late",     "minutes-signer",   "leave-late",
                                        "leave-clash",      "leave-approver",   "leave-report-to",
                                        "quorum",           "convener",         "presider",
                                        "signer",           "countersigner",    "consultation-late",
                                        "periodic",         "meeting-approver", "meeting-length",
                                        "meeting-unit-cap", "unreadable"};
    for (size_t i = 0; i < k.n; i++)
        print_message("%s: %zu, first: %s\n", k.name[i], k.count[i], k.first[i]);
    print_message("%zu records, %zu findings\n", records, k.findings);
    assert_true(records > 2000);
    assert_true(k.quoted > 0); /* an id the organisation does not know is said so, quoted */
    for (size_t i = 0; i < sizeof(every) / sizeof(every[0]); i++) {
        if (!kind_count(&k, every[i]))
            print_message("no %s finding\n", every[i]);
        assert_true(kind_count(&k, every[i]) > 0);
    }
}

/* How the texts name an id: a post with its holder on the day, a person
 * with their post, a unit, a body of the rule set; an unknown id quoted; a
 * short buffer cut at a character boundary. */
static void test_name_of(void **state)
{
    (void)state;
    char buf[QZ_QUERY__NAME_SIZE];
    const qz_date day = qzt_d("2026-06-10");
    assert_string_equal(qz_query__name_of(buf, sizeof(buf), M, "deputy-1", day, "岗位"), "副县长董玉梅");
    assert_string_equal(qz_query__name_of(buf, sizeof(buf), M, "p004", day, "岗位"), "副县长董玉梅");
    assert_string_equal(qz_query__name_of(buf, sizeof(buf), M, "deputy-1", qzt_d("2020-01-01"), "岗位"),
                        "副县长"); /* before anyone held it: the post alone */
    assert_string_equal(qz_query__name_of(buf, sizeof(buf), M, "office", day, "岗位"), "县政府办公室");
    assert_string_equal(qz_query__name_of(buf, sizeof(buf), M, "government-office", day, "岗位"),
                        "县政府办公室"); /* a body of the rule set, not a unit of the organisation */
    assert_string_equal(qz_query__name_of(buf, sizeof(buf), M, "xyz", day, "岗位"), "未知岗位“xyz”");
    char small[8]; /* room for two characters of three bytes, not a third */
    assert_string_equal(qz_query__name_of(small, sizeof(small), M, "deputy-1", day, "岗位"), "副县");
    assert_string_equal(qz_query__name_of(buf, 0, M, "deputy-1", day, "岗位"), "");
}

/* The scanner itself finds what it must and passes what it must. */
static void test_scanner(void **state)
{
    (void)state;
    static const char *const bad[] = {"按lead-department另定的时限",    "government在当日没有分管领导",
                                      "未指明分管领导(--portfolio)",    "县政府(缺少:legality-reviewed)",
                                      "deputy-1不在可以签发的人员之列", "executive 2021-10-15召开的会议",
                                      "未知岗位“xyz” deputy-1",         "未知岗位“xyz"};
    static const char *const good[] = {"互为AB角的副县长", "自2026-05-19起5个工作日", "GB/T 9704-2012 7.2.4",
                                       "plain ascii line with ids-in-it", "未知岗位“no-such-post”无权签发"};
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
        cmocka_unit_test(test_scanner),    cmocka_unit_test(test_name_of),
        cmocka_unit_test(test_matrix),     cmocka_unit_test(test_sign),
        cmocka_unit_test(test_meetings),   cmocka_unit_test(test_posts),
        cmocka_unit_test(test_substitute), cmocka_unit_test(test_quorum),
        cmocka_unit_test(test_deadlines),  cmocka_unit_test(test_periodic),
        cmocka_unit_test(test_normative),  cmocka_unit_test(test_checks),
        cmocka_unit_test(test_audit_year), cmocka_unit_test(test_scanned_enough),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
