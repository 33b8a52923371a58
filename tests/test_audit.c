/* The audit (quanze/audit.h): every finding kind with its citation from CSV,
 * JSON Lines and XML records of the Yunxi demo county, hostile XML, unreadable records with
 * their lines, fail-fast, the summary, and out of memory. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include "audit.h" /* qz_audit__xml_memory */
#include "query_support.h"

static qz_model *M;
static char dir[64];

static int setup(void **state)
{
    (void)state;
    M = qzt_model(NULL, NULL);
    snprintf(dir, sizeof(dir), "/tmp/qz-audit-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    qz_model_free(M);
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *write_file(const char *name, const char *text)
{
    static char path[128];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
    return path;
}

/* The findings of a run, kept as "check@line" plus the first finding of
 * each check in full. */
typedef struct seen {
    char keys[64][48];
    size_t n;
    int article[64];
    qz_severity severity[64];
    char text[64][256];
    int stop_after;
} seen;

static int collect(const qz_finding *f, void *ud)
{
    seen *s = ud;
    assert_non_null(f->check);
    assert_non_null(f->explanation);
    assert_non_null(f->people);
    if (s->n < 64) {
        snprintf(s->keys[s->n], sizeof(s->keys[0]), "%s@%ld", f->check, f->line);
        s->article[s->n] = f->article;
        s->severity[s->n] = f->severity;
        snprintf(s->text[s->n], sizeof(s->text[0]), "%s", f->explanation);
        s->n++;
    }
    return s->stop_after && (int)s->n >= s->stop_after;
}

static long find(const seen *s, const char *key)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->keys[i], key) == 0)
            return (long)i;
    return -1;
}

static const char CSV[] =
    "type,meeting,held,issued,signer,major,post,depart,notified,days,date,present,convener,kind,recipient,"
    "portfolios,received,limit,replied\n"
    /* 2: minutes of 2021-10-15 issued 10-25: due 10-22, late */
    "minutes,executive,2021-10-15,2021-10-25,,,,,,,,,,,,,,,\n"
    /* 3: minutes in time */
    "minutes,executive,2021-10-15,2021-10-20,,,,,,,,,,,,,,,\n"
    /* 4: a leave reported two days ahead where Yunxi asks three */
    "leave,,,,,,justice-principal,2026-06-10,2026-06-08,,,,,,,,,,\n"
    /* 5: a party-group meeting with one member present */
    "meeting,party-group,,,,,,,,,2026-03-03,county-head,,,,,,,\n"
    /* 6: a request to the city, no signer recorded: nothing to find */
    "document,,,,,,,,,,2026-06-10,,,request,city-government,justice,,,\n"
    "\n"
    /* 8: an executive meeting convened by a deputy */
    "meeting,executive,,,,,,,,,2026-06-10,,deputy-1,,,,,,\n"
    /* 9: a bad date */
    "minutes,executive,2021-13-45,2021-10-20,,,,,,,,,,,,,,,\n"
    /* 10: an unknown record type */
    "banquet,,,,,,,,,,,,,,,,,,\n"
    /* 11: an unterminated quote */
    "minutes,\"executive,2021-10-15\n"
    /* 12: an unknown post */
    "leave,,,,,,no-such-post,2026-06-10,2026-06-01,,,,,,,,,,\n"
    /* 13: before the rules */
    "minutes,executive,2020-01-06,2020-01-07,,,,,,,,,,,,,,,\n"
    /* 14: a consultation answered months late */
    "consultation,,,,,,,,,,,,,,,,2026-06-01,5,2026-09-01\n";

/* Writes `text` as `name`, audits it with a fresh auditor and collects the
 * findings in *s; returns the auditor (the caller frees it). */
static qz_audit *audit_text(const char *name, const char *text, seen *s)
{
    const char *path = write_file(name, text);
    qz_audit *au = NULL;
    QZT_OK(qz_audit_new(&au, M, 0));
    memset(s, 0, sizeof(*s));
    QZT_OK(qz_audit_file(au, path, collect, s));
    return au;
}

static void test_csv(void **state)
{
    (void)state;
    seen s;
    qz_audit *au = audit_text("log.csv", CSV, &s);
    for (size_t i = 0; i < s.n; i++)
        print_message("%s %s\n", s.keys[i], s.text[i]);
    long i = find(&s, "minutes-late@2");
    assert_true(i >= 0);
    assert_non_null(strstr(s.text[i], "2021-10-22"));
    assert_int_equal(s.severity[i], QZ_SEVERITY_NOTE); /* Art. 48: 原则上 */
    assert_int_equal(s.article[i], 48);
    assert_true(s.article[i] > 0);
    assert_int_equal(find(&s, "minutes-late@3"), -1);
    i = find(&s, "leave-late@4");
    assert_true(i >= 0);
    assert_int_equal(s.severity[i], QZ_SEVERITY_VIOLATION);
    assert_int_equal(s.article[i], 66);
    i = find(&s, "quorum@5");
    assert_true(i >= 0);
    assert_true(s.article[i] > 0);
    i = find(&s, "convener@8");
    assert_true(i >= 0);
    assert_true(s.article[i] > 0);
    assert_true(find(&s, "unreadable@9") >= 0);
    assert_true(find(&s, "unreadable@10") >= 0);
    assert_true(find(&s, "unreadable@11") >= 0);
    assert_true(find(&s, "unreadable@12") >= 0);
    assert_true(find(&s, "unreadable@13") >= 0);
    assert_true(find(&s, "consultation-late@14") >= 0);
    qz_audit_summary sum;
    qz_audit_get_summary(au, &sum);
    assert_int_equal(sum.read, 12); /* rows 2-14 less the blank line 7 */
    assert_int_equal(sum.unreadable, 5);
    assert_int_equal(sum.audited, 7);
    assert_int_equal(sum.read, sum.audited + sum.unreadable); /* nothing lost */
    assert_int_equal(sum.violations + sum.notes, s.n - 5);
    qz_audit_free(au);
}

static const char JSONL[] =
    "{\"type\":\"document\",\"kind\":\"request\",\"recipient\":\"city-government\",\"portfolios\":["
    "\"justice\"],"
    "\"date\":\"2026-06-10\",\"signer\":\"deputy-1\"}\n"
    "{\"type\":\"document\",\"kind\":\"request\",\"recipient\":\"city-government\",\"portfolios\":["
    "\"justice\"],"
    "\"date\":\"2026-06-10\",\"signer\":\"executive-deputy\",\"major_policy\":false,\"note\":null}\n"
    "{\"type\":\"minutes\",\"meeting\":\"executive\",\"held\":\"2021-10-15\",\"issued\":\"2021-10-25\","
    "\"signer\":\"\\u0064eputy-1\"}\n"
    "{\"type\":\"leave\",\"post\":\"justice-principal\",\"depart\":\"2026-06-10\",\"notified\":\"2026-06-"
    "01\","
    "\"approved_by\":\"justice-principal\"}\n"
    "not json\n"
    "{\"type\":\"minutes\",\"held\":\"2021-10-15\"}\n"
    "{\"type\":\"minutes\" \"x\"}\n"
    /* 8, 9: invalid UTF-8 and a lone surrogate, refused as the JSON drafts refuse them */
    "{\"type\":\"minutes\",\"meeting\":\"exec\xed\xa0\x80\"}\n"
    "{\"type\":\"minutes\",\"meeting\":\"\\udc00\"}\n";

static void test_jsonl(void **state)
{
    (void)state;
    seen s;
    qz_audit *au = audit_text("log.jsonl", JSONL, &s);
    for (size_t i = 0; i < s.n; i++)
        print_message("%s %s\n", s.keys[i], s.text[i]);
    long i = find(&s, "signer@1");
    assert_true(i >= 0);
    assert_int_equal(s.article[i], 54);
    assert_int_equal(find(&s, "signer@2"), -1);
    assert_true(find(&s, "minutes-late@3") >= 0);
    i = find(&s, "minutes-signer@3"); /* a deputy may not sign the executive meeting's minutes */
    assert_true(i >= 0);
    assert_true(find(&s, "leave-approver@4") >= 0);
    assert_true(find(&s, "unreadable@5") >= 0);
    assert_true(find(&s, "unreadable@6") >= 0);
    assert_true(find(&s, "unreadable@7") >= 0);
    i = find(&s, "unreadable@8");
    assert_true(i >= 0);
    assert_non_null(strstr(s.text[i], "not UTF-8 at byte 34 of the line"));
    i = find(&s, "unreadable@9");
    assert_true(i >= 0);
    assert_non_null(strstr(s.text[i], "unpaired surrogate at byte 30"));
    qz_audit_summary sum;
    qz_audit_get_summary(au, &sum);
    assert_int_equal(sum.read, 9);
    assert_int_equal(sum.unreadable, 5);
    qz_audit_free(au);
}

/* The same records as CSV above, as XML: one element per record. */
static const char XML[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<records version=\"1\">\n"
    /* 3: late minutes, a note */
    "  <minutes meeting=\"executive\" held=\"2021-10-15\" issued=\"2021-10-25\"/>\n"
    /* 4: in time */
    "  <minutes meeting=\"executive\" held=\"2021-10-15\" issued=\"2021-10-20\" signer=\"\"/>\n"
    /* 5: a late leave notice */
    "  <leave post=\"justice-principal\" depart=\"2026-06-10\" notified=\"2026-06-08\" days=\"3\"/>\n"
    /* 6: no quorum */
    "  <meeting meeting=\"party-group\" date=\"2026-03-03\" present=\"county-head\"/>\n"
    /* 7: a signer without the authority, a countersigner */
    "  <document kind=\"request\" recipient=\"city-government\" portfolios=\"justice\" date=\"2026-06-10\"\n"
    "            signer=\"deputy-1\" countersigners=\"deputy-1;county-head\"/>\n"
    /* 9: convened by a deputy; also an event of a periodic obligation */
    "  <meeting meeting=\"executive\" date=\"2026-06-10\" convener=\"deputy-1\"/>\n"
    /* 10: a bad date, column 3 */
    "  <minutes meeting=\"executive\" held=\"2021-13-45\" issued=\"2021-10-20\"/>\n"
    /* 11: an unknown post */
    "  <leave post=\"no-such-post\" depart=\"2026-06-10\" notified=\"2026-06-01\"/>\n"
    /* 12: a consultation answered late */
    "  <consultation received=\"2026-06-01\" limit=\"5\" replied=\"2026-09-01\"/>\n"
    /* 13: the periodic obligation's event; 14: a leave approved by the wrong post */
    "  <event obligation=\"study-group-session\" date=\"2026-01-05\"/>\n"
    "  <leave post=\"justice-principal\" depart=\"2026-06-10\" notified=\"2026-06-01\" "
    "approved_by=\"justice-principal\"/><!-- a comment -->\n"
    /* 15: the character reference and the entity are resolved */
    "  <minutes meeting=\"executive\" held=\"2021-10-15\" issued=\"2021-10-25\" signer=\"&#x64;eputy-1\"/>\n"
    "</records>\n";

/* Each finding also with its column. */
static int collect_columns(const qz_finding *f, void *ud)
{
    seen *s = ud;
    int rc = collect(f, ud);
    if (s->n <= 64 && s->n > 0)
        snprintf(s->keys[s->n - 1], sizeof(s->keys[0]), "%s@%ld:%d", f->check, f->line, f->column);
    return rc;
}

static void test_xml(void **state)
{
    (void)state;
    const char *path = write_file("log.xml", XML);
    qz_audit *au = NULL;
    QZT_OK(qz_audit_new(&au, M, 0));
    seen s;
    memset(&s, 0, sizeof(s));
    QZT_OK(qz_audit_file(au, path, collect_columns, &s));
    for (size_t i = 0; i < s.n; i++)
        print_message("%s %s\n", s.keys[i], s.text[i]);
    long i = find(&s, "minutes-late@3:3");
    assert_true(i >= 0);
    assert_non_null(strstr(s.text[i], "2021-10-22"));
    assert_int_equal(s.severity[i], QZ_SEVERITY_NOTE);
    assert_int_equal(s.article[i], 48);
    assert_int_equal(find(&s, "minutes-late@4:3"), -1);
    i = find(&s, "leave-late@5:3");
    assert_true(i >= 0);
    assert_int_equal(s.article[i], 66);
    assert_true(find(&s, "quorum@6:3") >= 0);
    i = find(&s, "signer@7:3");
    assert_true(i >= 0);
    assert_int_equal(s.article[i], 54);
    assert_true(find(&s, "countersigner@7:3") >= 0);
    assert_true(find(&s, "convener@9:3") >= 0);
    i = find(&s, "unreadable@10:3");
    assert_true(i >= 0);
    assert_non_null(strstr(s.text[i], "'held' is not a date"));
    assert_true(find(&s, "unreadable@11:3") >= 0);
    assert_true(find(&s, "consultation-late@12:3") >= 0);
    assert_true(find(&s, "leave-approver@14:3") >= 0);
    assert_true(find(&s, "minutes-signer@15:3") >= 0);
    qz_audit_summary sum;
    qz_audit_get_summary(au, &sum);
    assert_int_equal(sum.read, 12);
    assert_int_equal(sum.unreadable, 2);
    assert_int_equal(sum.audited, 10);
    qz_audit_free(au);

    /* from memory, as the fuzz target reads: the same findings */
    QZT_OK(qz_audit_new(&au, M, 0));
    seen m;
    memset(&m, 0, sizeof(m));
    QZT_OK(qz_audit__xml_memory(au, XML, sizeof(XML) - 1, "log.xml", collect_columns, &m));
    assert_int_equal(m.n, s.n);
    for (size_t k = 0; k < s.n; k++)
        assert_string_equal(m.keys[k], s.keys[k]);
    qz_audit_free(au);
}

/* A document that stops being well-formed or valid: the records before it
 * are audited, the place is one unreadable finding with its line and
 * column, and the run does not stop unless fail-fast. */
static void test_xml_broken(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        long read, audited, line;
        const char *why;
    } cases[] = {
        /* not well-formed on line 4 */
        {"<records version=\"1\">\n"
         "<minutes meeting=\"executive\" held=\"2021-10-15\" issued=\"2021-10-20\"/>\n"
         "<minutes meeting=\"executive\" held=\"2021-10-15\" issued=\"2021-10-20\"/>\n"
         "<minutes meeting=\"executive\" held=\"2021-10-15 issued=\"2021-10-20\"/>\n"
         "<minutes meeting=\"executive\" held=\"2021-10-15\" issued=\"2021-10-20\"/>\n"
         "</records>\n",
         3, 2, 4, NULL},
        /* an attribute the schema does not know */
        {"<records version=\"1\">\n"
         "<minutes meeting=\"executive\" held=\"2021-10-15\" issued=\"2021-10-20\"/>\n"
         "<minutes meeting=\"executive\" hled=\"2021-10-15\" issued=\"2021-10-20\"/>\n"
         "</records>\n",
         2, 1, 3, "hled"},
        /* an unknown record type */
        {"<records version=\"1\">\n<banquet date=\"2026-01-01\"/>\n</records>\n", 1, 0, 2, "banquet"},
        /* a record with content: read up to the child element */
        {"<records version=\"1\">\n<event obligation=\"duty-report\" date=\"2026-01-01\"><x/></event>\n"
         "</records>\n",
         2, 1, 2, NULL},
        /* another root, a missing version, a truncated file */
        {"<log/>\n", 1, 0, 1, NULL},
        {"<records>\n</records>\n", 1, 0, 1, "version"},
        {"<records version=\"1\">\n<event obligation=\"duty-report\" date=\"2026-01-01\"/>\n", 2, 1, 0, NULL},
        /* a DOCTYPE, an external entity (XXE) and a billion laughs: refused, nothing expanded */
        {"<?xml version=\"1.0\"?>\n<!DOCTYPE records [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
         "<records version=\"1\"><leave post=\"&x;\" depart=\"2026-06-10\" notified=\"2026-06-01\"/>"
         "</records>\n",
         1, 0, 2, "DOCTYPE"},
        {"<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
         "<records version=\"1\"><minutes meeting=\"&b;\"/></records>\n",
         1, 0, 1, "DOCTYPE"},
        /* an undeclared entity */
        {"<records version=\"1\">\n<minutes meeting=\"&x;\" held=\"2021-10-15\" issued=\"2021-10-20\"/>\n"
         "</records>\n",
         1, 0, 2, NULL},
    };
    for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
        const char *path = write_file("broken.xml", cases[k].text);
        qz_audit *au = NULL;
        QZT_OK(qz_audit_new(&au, M, 0));
        seen s;
        memset(&s, 0, sizeof(s));
        QZT_OK(qz_audit_file(au, path, collect_columns, &s));
        print_message("case %zu: %s %s\n", k, s.n ? s.keys[s.n - 1] : "-", s.n ? s.text[s.n - 1] : "");
        qz_audit_summary sum;
        qz_audit_get_summary(au, &sum);
        assert_int_equal(sum.read, cases[k].read);
        assert_int_equal(sum.audited, cases[k].audited);
        assert_int_equal(sum.unreadable, 1);
        assert_true(s.n >= 1);
        assert_non_null(strstr(s.keys[s.n - 1], "unreadable@"));
        assert_non_null(strstr(s.text[s.n - 1], "the rest of the file is not read"));
        if (cases[k].line) {
            char at[32];
            snprintf(at, sizeof(at), "unreadable@%ld:", cases[k].line);
            assert_non_null(strstr(s.keys[s.n - 1], at));
        }
        if (cases[k].why)
            assert_non_null(strstr(s.text[s.n - 1], cases[k].why));
        assert_null(strstr(s.text[s.n - 1], "root:")); /* nothing of /etc/passwd */
        qz_audit_free(au);
        /* fail-fast: the error itself, with its place */
        QZT_OK(qz_audit_new(&au, M, QZ_AUDIT_FAIL_FAST));
        assert_true(qz_audit_file(au, path, NULL, NULL) < 0);
        if (cases[k].line)
            assert_int_equal(qz_error_line(qz_error_last()), cases[k].line);
        qz_audit_free(au);
    }
    /* an unreadable record just before the break: both reported, each at its own place */
    {
        const char *p2 =
            write_file("two.xml", "<records version=\"1\">\n"
                                  "<minutes meeting=\"executive\" held=\"x\" issued=\"x\"/>\n"
                                  "<minutes meeting=\"executive\" held=\"2021-10-15 issued=\"x\"/>\n"
                                  "</records>\n");
        qz_audit *a2 = NULL;
        QZT_OK(qz_audit_new(&a2, M, 0));
        seen s;
        memset(&s, 0, sizeof(s));
        QZT_OK(qz_audit_file(a2, p2, collect_columns, &s));
        assert_int_equal(s.n, 2);
        assert_string_equal(s.keys[0], "unreadable@2:1");
        assert_non_null(strstr(s.text[0], "'held' is not a date"));
        assert_non_null(strstr(s.keys[1], "unreadable@3:"));
        assert_non_null(strstr(s.text[1], "the rest of the file is not read"));
        assert_null(strstr(s.text[1], "'held' is not a date"));
        qz_audit_free(a2);
    }
    /* a malformed value with fail-fast stops at its record, line and column */
    const char *path = write_file("bad.xml", "<records version=\"1\">\n"
                                             "  <minutes meeting=\"executive\" held=\"x\" issued=\"x\"/>\n"
                                             "</records>\n");
    qz_audit *au = NULL;
    QZT_OK(qz_audit_new(&au, M, QZ_AUDIT_FAIL_FAST));
    assert_int_equal(qz_audit_file(au, path, NULL, NULL), QZ_EINVAL);
    assert_int_equal(qz_error_line(qz_error_last()), 2);
    assert_int_equal(qz_error_column(qz_error_last()), 3);
    /* a FIFO is refused, not read */
    char fifo[128];
    snprintf(fifo, sizeof(fifo), "%s/fifo.xml", dir);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    alarm(60);
    assert_int_equal(qz_audit_file(au, fifo, NULL, NULL), QZ_EIO);
    alarm(0);
    qz_audit_free(au);
}

static void test_record_at_a_time(void **state)
{
    (void)state;
    qz_audit *au = NULL;
    QZT_OK(qz_audit_new(&au, M, 0));
    const char *keys[] = {"type", "kind", "recipient", "portfolios", "date", "signer", "countersigners"};
    const char *vals[] = {"document",   "request",          "city-government",     "justice",
                          "2026-06-10", "executive-deputy", "deputy-1;county-head"};
    seen s;
    memset(&s, 0, sizeof(s));
    QZT_OK(qz_audit_record(au, keys, vals, 7, "oa", 42, collect, &s));
    assert_true(find(&s, "countersigner@42") >= 0);
    qz_audit_summary sum;
    qz_audit_get_summary(au, &sum);
    assert_int_equal(sum.audited, 1);
    qz_audit_free(au);
}

static void test_fail_fast_and_errors(void **state)
{
    (void)state;
    const char *path =
        write_file("bad.csv", "type,meeting,held,issued\nminutes,executive,2021-10-15,2021-10-20\n"
                              "minutes,executive,bad,2021-10-20\nminutes,executive,2021-10-15,x\n");
    qz_audit *au = NULL;
    QZT_OK(qz_audit_new(&au, M, QZ_AUDIT_FAIL_FAST));
    assert_int_equal(qz_audit_file(au, path, NULL, NULL), QZ_EINVAL);
    assert_int_equal(qz_error_line(qz_error_last()), 3);
    qz_audit_summary sum;
    qz_audit_get_summary(au, &sum);
    assert_int_equal(sum.read, 2);
    qz_audit_free(au);
    /* stopping from the callback */
    QZT_OK(qz_audit_new(&au, M, 0));
    seen s;
    memset(&s, 0, sizeof(s));
    s.stop_after = 1;
    QZT_OK(qz_audit_file(au, path, collect, &s));
    assert_int_equal(s.n, 1);
    /* refusals */
    assert_int_equal(qz_audit_file(au, "x.txt", NULL, NULL), QZ_EINVAL);
    char missing[128];
    snprintf(missing, sizeof(missing), "%s/missing.csv", dir);
    assert_int_equal(qz_audit_file(au, missing, NULL, NULL), QZ_EIO);
    /* a FIFO with no writer is refused, not read (the alarm turns a hang into a failure) */
    char fifo[128];
    snprintf(fifo, sizeof(fifo), "%s/fifo.csv", dir);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    alarm(60);
    assert_int_equal(qz_audit_file(au, fifo, NULL, NULL), QZ_EIO);
    alarm(0);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "FIFO"));
    assert_int_equal(qz_audit_file(NULL, path, NULL, NULL), QZ_EINVAL);
    qz_audit_free(au);
    au = (qz_audit *)0x1;
    assert_int_equal(qz_audit_new(&au, NULL, 0), QZ_EINVAL);
    assert_null(au);
    assert_int_equal(qz_audit_new(&au, M, 8), QZ_EINVAL);
    qz_audit_free(NULL);
    qz_audit_get_summary(NULL, &sum);
    assert_int_equal(sum.read, 0);
    assert_string_equal(qz_severity_name(QZ_SEVERITY_NOTE), "note");
    assert_string_equal(qz_severity_name((qz_severity)0), "unknown");
}

/* Periodic obligations: judged per whole period inside the log's span. */
static void test_periodic(void **state)
{
    (void)state;
    seen s;
    qz_audit *au =
        audit_text("events.jsonl",
                   "{\"type\":\"event\",\"obligation\":\"study-group-session\",\"date\":\"2026-01-05\"}\n"
                   "{\"type\":\"event\",\"obligation\":\"study-group-session\",\"date\":\"2026-02-10\"}\n"
                   "{\"type\":\"event\",\"obligation\":\"study-group-session\",\"date\":\"2026-04-10\"}\n"
                   "{\"type\":\"event\",\"obligation\":\"duty-report\",\"date\":\"2026-06-30\"}\n"
                   "{\"type\":\"event\",\"obligation\":\"no-such-obligation\",\"date\":\"2026-03-01\"}\n"
                   "{\"type\":\"minutes\",\"meeting\":\"executive\",\"held\":\"2026-01-01\","
                   "\"issued\":\"2026-01-02\"}\n",
                   &s);
    assert_true(find(&s, "unreadable@5") >= 0);
    size_t before = s.n;
    QZT_OK(qz_audit_finish(au, collect, &s));
    for (size_t i = 0; i < s.n; i++)
        print_message("%s %s\n", s.keys[i], s.text[i]);
    /* Q1 has two sessions, Q2 one: only Q2 falls short; 2026 as a year is not wholly in the log */
    assert_int_equal(s.n, before + 1);
    long i = find(&s, "periodic@0");
    assert_true(i >= 0);
    assert_int_equal(s.severity[i], QZ_SEVERITY_VIOLATION);
    assert_true(s.article[i] > 0);
    assert_non_null(strstr(s.text[i], "2026-04-01"));
    /* finished: the events are forgotten */
    QZT_OK(qz_audit_finish(au, collect, &s));
    assert_int_equal(s.n, before + 1);
    assert_int_equal(qz_audit_finish(NULL, NULL, NULL), QZ_EINVAL);
    qz_audit_free(au);
}

static const char *oom_path;

static int oom_body(void *ctx)
{
    (void)ctx;
    qz_audit *au = NULL;
    int rc = qz_audit_new(&au, M, 0);
    if (rc == QZ_OK)
        rc = qz_audit_file(au, oom_path, NULL, NULL);
    if (rc == QZ_OK)
        rc = qz_audit_finish(au, NULL, NULL);
    qz_audit_free(au);
    return rc;
}

static void test_oom(void **state)
{
    (void)state;
    static char path[128];
    snprintf(path, sizeof(path), "%s", write_file("oom.xml", XML));
    oom_path = path;
    assert_true(qzt_oom_loop(oom_body, NULL, NULL) > 3);
    snprintf(path, sizeof(path), "%s", write_file("oom.csv", CSV));
    oom_path = path;
    assert_true(qzt_oom_loop(oom_body, NULL, NULL) > 3);
    /* and the periodic obligations' events */
    snprintf(path, sizeof(path), "%s",
             write_file("oom.jsonl",
                        "{\"type\":\"event\",\"obligation\":\"study-group-session\","
                        "\"date\":\"2026-01-05\"}\n"
                        "{\"type\":\"event\",\"obligation\":\"duty-report\",\"date\":\"2026-01-06\"}\n"
                        "{\"type\":\"leave\",\"post\":\"justice-principal\",\"depart\":\"2026-06-30\","
                        "\"notified\":\"2026-06-29\"}\n"));
    assert_true(qzt_oom_loop(oom_body, NULL, NULL) > 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_csv),
        cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_xml),
        cmocka_unit_test(test_xml_broken),
        cmocka_unit_test(test_record_at_a_time),
        cmocka_unit_test(test_fail_fast_and_errors),
        cmocka_unit_test(test_periodic),
        cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
