/* The working-day calendar: every day of 2004-2026 against the CSV of the
 * official notices, the counting semantics and their properties, coverage,
 * the XML format (round trip, bad input with line and column), overlays,
 * options, out-of-memory and threads. */
#include "support.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "quanze.h"

#define FIRST_YEAR 2004
#define LAST_YEAR 2026

/* ---------- helpers ---------- */

static qz_date D(const char *iso)
{
    qz_date d;
    if (qz_date_parse(&d, iso) != QZ_OK)
        fail_msg("bad date in test: %s", iso);
    return d;
}

static qz_calendar *default_calendar(void)
{
    qz_calendar *cal = NULL;
    QZT_OK(qz_calendar_default(&cal));
    assert_non_null(cal);
    return cal;
}

static qz_calendar *assuming(const qz_calendar *cal)
{
    qz_calendar_options opts;
    QZT_OK(qz_calendar_options_init(&opts, QZ_CALENDAR_OPTIONS_VERSION));
    opts.provisional = 1;
    qz_calendar *out = NULL;
    QZT_OK(qz_calendar_with_options(&out, cal, &opts));
    return out;
}

static int workday(const qz_calendar *cal, qz_date d)
{
    int w = -1;
    assert_true(qz_calendar_is_workday(&w, cal, d) >= 0);
    return w;
}

static void assert_date(qz_date got, const char *want)
{
    char text[QZ_DATE_BUFSIZE];
    qz_date_format(text, sizeof(text), got);
    assert_string_equal(text, want);
}

static void assert_error_mentions(const char *a, const char *b)
{
    const char *msg = qz_error_message(qz_error_last());
    if (!strstr(msg, a) || (b && !strstr(msg, b)))
        fail_msg("message '%s' does not mention '%s'%s%s", msg, a, b ? " and " : "", b ? b : "");
}

/* The CSV: one row per listed day. */
typedef struct row {
    qz_date date;
    int makeup;
    char name[64];
} row;

static row *csv_rows;
static size_t csv_count;

static void read_csv(void)
{
    if (csv_rows)
        return;
    char *text = qzt_read_file(qzt_data("calendar/cn-calendar.csv"), NULL);
    csv_rows = calloc(1000, sizeof(*csv_rows));
    assert_non_null(csv_rows);
    char *save = NULL;
    char *line = strtok_r(text, "\n", &save);
    assert_string_equal(line, "date,kind,name");
    while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
        assert_true(csv_count < 1000);
        row *r = &csv_rows[csv_count++];
        char date[11];
        assert_true(strlen(line) > 11 && line[10] == ',');
        memcpy(date, line, 10);
        date[10] = '\0';
        r->date = D(date);
        const char *kind = line + 11;
        r->makeup = strncmp(kind, "workday,", 8) == 0;
        assert_true(r->makeup || strncmp(kind, "holiday,", 8) == 0);
        snprintf(r->name, sizeof(r->name), "%s", kind + 8);
    }
    free(text);
    assert_int_equal(csv_count, 800);
}

static const row *csv_find(qz_date d)
{
    for (size_t i = 0; i < csv_count; i++)
        if (csv_rows[i].date == d)
            return &csv_rows[i];
    return NULL;
}

/* ---------- the data, day by day ---------- */

static void test_default(void **state)
{
    (void)state;
    qz_calendar *cal = default_calendar();
    int first = 0, last = 0;
    QZT_OK(qz_calendar_coverage(&first, &last, cal));
    assert_int_equal(first, FIRST_YEAR);
    assert_int_equal(last, LAST_YEAR);
    QZT_OK(qz_calendar_coverage(NULL, NULL, cal));
    assert_int_equal(qz_calendar_coverage(&first, &last, NULL), QZ_EINVAL);
    assert_string_equal(qz_calendar_region(cal), "CN");
    assert_non_null(strstr(qz_calendar_source(cal), "State Council"));
    assert_string_equal(qz_calendar_region(NULL), "");
    assert_string_equal(qz_calendar_source(NULL), "");
    qz_calendar_free(cal);
}

static void test_every_day_against_csv(void **state)
{
    (void)state;
    read_csv();
    qz_calendar *cal = default_calendar();
    size_t days = 0, listed = 0;
    for (qz_date d = D("2004-01-01"); d <= D("2026-12-31"); d++, days++) {
        const row *r = csv_find(d);
        int weekend = qz_date_weekday(d) >= 6;
        int want = r ? r->makeup : !weekend;
        int got = -1;
        QZT_OK(qz_calendar_is_workday(&got, cal, d));
        if (got != want) {
            char text[QZ_DATE_BUFSIZE];
            qz_date_format(text, sizeof(text), d);
            fail_msg("%s: working day %d, the CSV says %d", text, got, want);
        }
        qz_calendar_day info;
        QZT_OK(qz_calendar_day_info(&info, cal, d));
        assert_int_equal(info.date, d);
        assert_int_equal(info.is_assumed, 0);
        if (r) {
            listed++;
            assert_int_equal(info.kind, r->makeup ? QZ_DAY_MAKEUP : QZ_DAY_HOLIDAY);
            assert_string_equal(info.name, r->name);
            int y, m;
            qz_date_to_ymd(&y, &m, NULL, d);
            int cross = m == 12 && strcmp(r->name, "New Year's Day") == 0;
            assert_int_equal(info.year, cross ? y + 1 : y);
        } else {
            assert_int_equal(info.kind, weekend ? QZ_DAY_WEEKEND : QZ_DAY_WORKDAY);
            assert_null(info.name);
            assert_int_equal(info.year, 0);
        }
    }
    assert_int_equal(days, 8401);
    assert_int_equal(listed, 800);
    qz_calendar_free(cal);
}

static void test_known_days(void **state)
{
    (void)state;
    qz_calendar *cal = default_calendar();
    qz_calendar_day info;
    /* 2005-12-31 (Saturday): a make-up day for New Year 2006 (the 2006 notice) */
    QZT_OK(qz_calendar_day_info(&info, cal, D("2005-12-31")));
    assert_int_equal(info.kind, QZ_DAY_MAKEUP);
    assert_string_equal(info.name, "New Year's Day");
    assert_int_equal(info.year, 2006);
    /* the 2020 Spring Festival extension */
    assert_int_equal(workday(cal, D("2020-01-31")), 0);
    assert_int_equal(workday(cal, D("2020-02-01")), 0);
    assert_int_equal(workday(cal, D("2020-02-03")), 1);
    /* the one-off 2015 holiday */
    QZT_OK(qz_calendar_day_info(&info, cal, D("2015-09-03")));
    assert_int_equal(info.kind, QZ_DAY_HOLIDAY);
    assert_string_equal(info.name, "Anti-Fascist 70th Day");
    /* 2024-02-09, Spring Festival eve: an ordinary working day */
    QZT_OK(qz_calendar_day_info(&info, cal, D("2024-02-09")));
    assert_int_equal(info.kind, QZ_DAY_WORKDAY);
    QZT_OK(qz_calendar_day_info(&info, cal, D("2026-11-28")));
    assert_int_equal(info.kind, QZ_DAY_WEEKEND);
    assert_int_equal(qz_calendar_day_info(NULL, cal, D("2026-11-28")), QZ_EINVAL);
    assert_int_equal(qz_calendar_day_info(&info, NULL, D("2026-11-28")), QZ_EINVAL);
    qz_calendar_free(cal);
}

static void test_leap_years(void **state)
{
    (void)state;
    qz_calendar *cal = default_calendar();
    const char *leap[] = {"2004-02-29", "2008-02-29", "2012-02-29", "2016-02-29", "2020-02-29", "2024-02-29"};
    for (size_t i = 0; i < sizeof(leap) / sizeof(*leap); i++) {
        qz_date d = D(leap[i]);
        assert_int_equal(workday(cal, d), qz_date_weekday(d) < 6);
        int n = 0;
        QZT_OK(qz_calendar_workdays_between(&n, cal, d - 1, d + 1));
        assert_int_equal(n, workday(cal, d) + workday(cal, d + 1));
    }
    int n = 0;
    QZT_OK(qz_calendar_workdays_between(&n, cal, D("2024-02-28"), D("2024-03-01")));
    assert_int_equal(n, 2); /* Thursday 29 February and Friday 1 March */
    qz_date r;
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2024-02-28"), 1));
    assert_date(r, "2024-02-29");
    /* working days in a whole year equals the days minus rest days */
    QZT_OK(qz_calendar_workdays_between(&n, cal, D("2023-12-31"), D("2024-12-31")));
    int count = 0;
    for (qz_date d = D("2024-01-01"); d <= D("2024-12-31"); d++)
        count += workday(cal, d);
    assert_int_equal(n, count);
    qz_calendar_free(cal);
}

/* ---------- counting ---------- */

/* The definitions, by walking. */
static qz_date walk_add(const qz_calendar *cal, qz_date d, int n)
{
    if (n == 0) {
        while (!workday(cal, d))
            d++;
        return d;
    }
    int step = n > 0 ? 1 : -1;
    for (int left = n > 0 ? n : -n; left > 0;) {
        d += step;
        left -= workday(cal, d);
    }
    return d;
}

static int walk_between(const qz_calendar *cal, qz_date a, qz_date b)
{
    int sign = 1;
    if (b < a) {
        qz_date t = a;
        a = b;
        b = t;
        sign = -1;
    }
    int n = 0;
    for (qz_date d = a + 1; d <= b; d++)
        n += workday(cal, d);
    return sign * n;
}

static void test_add_workdays(void **state)
{
    (void)state;
    qz_calendar *cal = default_calendar();
    qz_date r;
    /* minutes due 5 working days after a meeting on Thursday 2026-09-24:
     * Mid-Autumn (25-27 September) and National Day (1-7 October) intervene */
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2026-09-24"), 5));
    assert_date(r, "2026-10-09");
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2026-09-24"), 1));
    assert_date(r, "2026-09-28");
    /* the starting day is never counted, even when it is a working day */
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2026-09-28"), 1));
    assert_date(r, "2026-09-29");
    /* n = 0: the day itself if it works, else the next working day */
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2026-09-28"), 0));
    assert_date(r, "2026-09-28");
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2026-10-01"), 0));
    assert_date(r, "2026-10-08");
    /* 2026-09-20 is a make-up Sunday for National Day */
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2026-09-19"), 1));
    assert_date(r, "2026-09-20");
    /* n < 0: strictly before */
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2026-10-09"), -1));
    assert_date(r, "2026-10-08");
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2026-10-09"), -2));
    assert_date(r, "2026-09-30");
    assert_int_equal(qz_calendar_add_workdays(NULL, cal, 0, 1), QZ_EINVAL);
    assert_int_equal(qz_calendar_add_workdays(&r, NULL, 0, 1), QZ_EINVAL);
    /* against the walk, from every day of 2019-2021 */
    const int ns[] = {-250, -20, -5, -1, 0, 1, 2, 5, 20, 250};
    for (qz_date d = D("2019-01-01"); d <= D("2021-12-31"); d++) {
        for (size_t i = 0; i < sizeof(ns) / sizeof(*ns); i++) {
            QZT_OK(qz_calendar_add_workdays(&r, cal, d, ns[i]));
            assert_int_equal(r, walk_add(cal, d, ns[i]));
        }
    }
    qz_calendar_free(cal);
}

static void test_workdays_between(void **state)
{
    (void)state;
    qz_calendar *cal = default_calendar();
    int n = 99;
    QZT_OK(qz_calendar_workdays_between(&n, cal, D("2026-09-24"), D("2026-10-09")));
    assert_int_equal(n, 5);
    QZT_OK(qz_calendar_workdays_between(&n, cal, D("2026-10-09"), D("2026-09-24")));
    assert_int_equal(n, -5);
    QZT_OK(qz_calendar_workdays_between(&n, cal, D("2026-10-09"), D("2026-10-09")));
    assert_int_equal(n, 0);
    QZT_OK(qz_calendar_workdays_between(&n, cal, D("2004-01-01"), D("2026-12-31")));
    assert_int_equal(n, walk_between(cal, D("2004-01-01"), D("2026-12-31")));
    assert_int_equal(qz_calendar_workdays_between(NULL, cal, 0, 1), QZ_EINVAL);
    assert_int_equal(qz_calendar_workdays_between(&n, NULL, 0, 1), QZ_EINVAL);
    /* against the walk over assorted spans */
    unsigned seed = 12345;
    for (int i = 0; i < 3000; i++) {
        seed = seed * 1103515245u + 12345u;
        qz_date a = D("2004-01-01") + (qz_date)((seed >> 8) % 8401);
        seed = seed * 1103515245u + 12345u;
        qz_date b = a + (qz_date)((seed >> 8) % 801) - 400;
        if (b < D("2004-01-01") || b > D("2026-12-31"))
            continue;
        QZT_OK(qz_calendar_workdays_between(&n, cal, a, b));
        assert_int_equal(n, walk_between(cal, a, b));
    }
    qz_calendar_free(cal);
}

static void test_properties(void **state)
{
    (void)state;
    qz_calendar *cal = default_calendar();
    qz_date first = D("2004-03-01"), last = D("2026-06-30");
    for (qz_date a = first; a <= last; a += 3) {
        for (int n = 1; n <= 60; n += 7) {
            qz_date r, back, r2;
            int k;
            QZT_OK(qz_calendar_add_workdays(&r, cal, a, n));
            /* between(a, add(a, n)) == n; the result is a working day */
            QZT_OK(qz_calendar_workdays_between(&k, cal, a, r));
            assert_int_equal(k, n);
            assert_int_equal(workday(cal, r), 1);
            /* monotonic in n and in the start */
            QZT_OK(qz_calendar_add_workdays(&r2, cal, a, n + 1));
            assert_true(r2 > r);
            QZT_OK(qz_calendar_add_workdays(&r2, cal, a + 1, n));
            assert_true(r2 >= r);
            /* add(add(a, n), -n) is the last working day on or before a */
            QZT_OK(qz_calendar_add_workdays(&back, cal, r, -n));
            assert_true(back <= a);
            assert_int_equal(workday(cal, back), 1);
            int between_back = -1;
            QZT_OK(qz_calendar_workdays_between(&between_back, cal, back, a));
            assert_int_equal(between_back, 0);
            /* between is antisymmetric and additive */
            int ab, ba, ar, rb;
            qz_date b = a + n * 3;
            QZT_OK(qz_calendar_workdays_between(&ab, cal, a, b));
            QZT_OK(qz_calendar_workdays_between(&ba, cal, b, a));
            assert_int_equal(ab, -ba);
            QZT_OK(qz_calendar_workdays_between(&ar, cal, a, r));
            QZT_OK(qz_calendar_workdays_between(&rb, cal, r, b));
            assert_int_equal(ar + rb, ab);
            /* add(a, between(a, b)) is the last working day on or before b */
            if (ab > 0) {
                qz_date lastw;
                QZT_OK(qz_calendar_add_workdays(&lastw, cal, a, ab));
                assert_int_equal(lastw, walk_add(cal, b + 1, -1));
            }
        }
    }
    qz_calendar_free(cal);
}

/* ---------- coverage ---------- */

static void test_coverage_boundaries(void **state)
{
    (void)state;
    qz_calendar *cal = default_calendar();
    int w;
    qz_date r;
    int n;
    qz_calendar_day info;
    QZT_OK(qz_calendar_is_workday(&w, cal, D("2004-01-01")));
    assert_int_equal(w, 0);
    QZT_OK(qz_calendar_is_workday(&w, cal, D("2026-12-31")));
    assert_int_equal(w, 1);
    assert_int_equal(qz_calendar_is_workday(&w, cal, D("2003-12-31")), QZ_ERANGE);
    assert_error_mentions("2003", "2004-2026");
    assert_int_equal(qz_calendar_is_workday(&w, cal, D("2027-01-01")), QZ_ERANGE);
    assert_error_mentions("2027", "2004-2026");
    assert_int_equal(qz_calendar_day_info(&info, cal, D("2027-01-04")), QZ_ERANGE);
    assert_int_equal(qz_calendar_day_info(&info, cal, D("1949-10-01")), QZ_ERANGE);
    assert_error_mentions("1949", "2004-2026");
    /* the answer needs 2027: refused, never a weekends-only guess */
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2026-12-30"), 1));
    assert_date(r, "2026-12-31");
    assert_int_equal(qz_calendar_add_workdays(&r, cal, D("2026-12-30"), 2), QZ_ERANGE);
    assert_error_mentions("2027", "2004-2026");
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2026-12-31"), 0));
    assert_int_equal(qz_calendar_add_workdays(&r, cal, D("2027-01-01"), 0), QZ_ERANGE);
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2004-01-05"), -1));
    assert_date(r, "2004-01-02");
    assert_int_equal(qz_calendar_add_workdays(&r, cal, D("2004-01-05"), -2), QZ_ERANGE);
    assert_error_mentions("2003", "2004-2026");
    /* a start just outside that the answer does not depend on is fine */
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2003-12-31"), 1));
    assert_date(r, "2004-01-02");
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2027-01-01"), -1));
    assert_date(r, "2026-12-31");
    assert_int_equal(qz_calendar_add_workdays(&r, cal, D("2030-01-01"), -1), QZ_ERANGE);
    assert_int_equal(qz_calendar_add_workdays(&r, cal, D("2020-01-01"), 1000000), QZ_ERANGE);
    assert_error_mentions("2027-01-01", "2004-2026");
    assert_int_equal(qz_calendar_add_workdays(&r, cal, D("2020-01-01"), -2147483647 - 1), QZ_ERANGE);
    assert_int_equal(qz_calendar_add_workdays(&r, cal, 2147483647, 2147483647), QZ_ERANGE);
    QZT_OK(qz_calendar_workdays_between(&n, cal, D("2003-12-31"), D("2004-01-10")));
    assert_int_equal(n, 6);
    assert_int_equal(qz_calendar_workdays_between(&n, cal, D("2003-12-30"), D("2004-01-10")), QZ_ERANGE);
    assert_int_equal(qz_calendar_workdays_between(&n, cal, D("2026-12-01"), D("2027-01-10")), QZ_ERANGE);
    assert_error_mentions("2027", NULL);
    QZT_OK(qz_calendar_workdays_between(&n, cal, D("2040-01-01"), D("2040-01-01")));
    assert_int_equal(n, 0);
    qz_calendar_free(cal);
}

static void test_assume_weekends(void **state)
{
    (void)state;
    qz_calendar *cal = default_calendar();
    qz_calendar *guess = assuming(cal);
    int w = -1;
    qz_date r;
    int n, f, l;
    qz_calendar_day info;
    /* inside coverage, nothing is provisional */
    QZT_OK(qz_calendar_is_workday(&w, guess, D("2026-10-01")));
    assert_int_equal(w, 0);
    QZT_OK(qz_calendar_add_workdays(&r, guess, D("2026-12-30"), 1));
    assert_int_equal(qz_calendar_is_provisional(guess), 1);
    assert_int_equal(qz_calendar_is_provisional(cal), 0);
    /* outside, the statutory baseline answers, provisionally: 1 January is a holiday */
    assert_int_equal(qz_calendar_is_workday(&w, guess, D("2027-01-01")), QZ_CALENDAR_PROVISIONAL);
    assert_int_equal(w, 0);
    assert_int_equal(qz_calendar_day_info(&info, guess, D("2027-01-01")), QZ_CALENDAR_PROVISIONAL);
    assert_int_equal(info.kind, QZ_DAY_HOLIDAY);
    assert_string_equal(info.name, "New Year's Day");
    assert_int_equal(info.year, 2027);
    assert_int_equal(info.is_assumed, 1);
    assert_int_equal(qz_calendar_is_workday(&w, guess, D("2027-01-02")), QZ_CALENDAR_PROVISIONAL);
    assert_int_equal(w, 0);
    assert_int_equal(qz_calendar_day_info(&info, guess, D("2027-01-02")), QZ_CALENDAR_PROVISIONAL);
    assert_int_equal(info.kind, QZ_DAY_WEEKEND);
    assert_int_equal(info.is_assumed, 1);
    /* before the covered years (and before the baseline's): the plain week */
    assert_int_equal(qz_calendar_day_info(&info, guess, D("2003-12-31")), QZ_CALENDAR_PROVISIONAL);
    assert_int_equal(info.kind, QZ_DAY_WORKDAY);
    assert_int_equal(qz_calendar_add_workdays(&r, guess, D("2026-12-30"), 2), QZ_CALENDAR_PROVISIONAL);
    assert_date(r, "2027-01-04");
    assert_int_equal(qz_calendar_add_workdays(&r, guess, D("2026-12-31"), 2), QZ_CALENDAR_PROVISIONAL);
    assert_date(r, "2027-01-05");
    assert_int_equal(qz_calendar_add_workdays(&r, guess, D("2004-01-05"), -2), QZ_CALENDAR_PROVISIONAL);
    assert_date(r, "2003-12-31");
    assert_int_equal(qz_calendar_workdays_between(&n, guess, D("2026-12-31"), D("2027-01-08")),
                     QZ_CALENDAR_PROVISIONAL);
    assert_int_equal(n, 5);
    assert_int_equal(qz_calendar_add_workdays(&r, guess, 2147483647, 2147483647), QZ_ERANGE);
    /* which years an answer rested on */
    QZT_OK(qz_calendar_provisional_years(&f, &l, guess, D("2026-12-30"), D("2027-01-04")));
    assert_int_equal(f, 2027);
    assert_int_equal(l, 2027);
    QZT_OK(qz_calendar_provisional_years(&f, &l, guess, D("2031-01-04"), D("2026-01-01")));
    assert_int_equal(f, 2027);
    assert_int_equal(l, 2031);
    QZT_OK(qz_calendar_provisional_years(&f, &l, guess, D("2003-06-01"), D("2004-02-01")));
    assert_int_equal(f, 2003);
    assert_int_equal(l, 2003);
    QZT_OK(qz_calendar_provisional_years(&f, &l, guess, D("2010-06-01"), D("2024-02-01")));
    assert_int_equal(f, 0);
    QZT_OK(qz_calendar_provisional_years(&f, &l, cal, D("2026-12-30"), D("2027-01-04")));
    assert_int_equal(f, 0);
    assert_int_equal(l, 0);
    assert_int_equal(qz_calendar_provisional_years(&f, &l, NULL, 0, 0), QZ_EINVAL);
    /* coverage, origins and the saved data do not include the provisional years */
    QZT_OK(qz_calendar_coverage(&f, &l, guess));
    assert_int_equal(l, 2026);
    assert_string_equal(qz_calendar_year_origin(guess, 2026), "embedded");
    assert_string_equal(qz_calendar_year_origin(guess, 2027), "provisional");
    assert_string_equal(qz_calendar_year_origin(cal, 2027), "");
    char *a = NULL, *b = NULL;
    QZT_OK(qz_calendar_save(&a, NULL, cal));
    QZT_OK(qz_calendar_save(&b, NULL, guess));
    assert_string_equal(a, b);
    qz_free(a);
    qz_free(b);
    /* a provisional year's arrangement is its baseline: 13 statutory days (2027: none coincide) */
    const qz_calendar_day *e = NULL;
    size_t count = 0;
    assert_int_equal(qz_calendar_arrangement(&e, &count, guess, 2027), QZ_CALENDAR_PROVISIONAL);
    assert_int_equal(count, 13);
    assert_int_equal(qz_calendar_arrangement(&e, &count, cal, 2027), QZ_ERANGE);
    /* against the walk across both ends of coverage */
    const int ns[] = {-300, -7, -1, 0, 1, 3, 9, 300};
    const char *starts[] = {"2003-06-01", "2003-12-25", "2004-01-03", "2026-12-20",
                            "2027-01-01", "2031-05-05", "1990-01-01"};
    for (size_t s = 0; s < sizeof(starts) / sizeof(*starts); s++) {
        for (qz_date d = D(starts[s]); d < D(starts[s]) + 14; d++) {
            for (size_t i = 0; i < sizeof(ns) / sizeof(*ns); i++) {
                assert_true(qz_calendar_add_workdays(&r, guess, d, ns[i]) >= 0);
                assert_int_equal(r, walk_add(guess, d, ns[i]));
                assert_true(qz_calendar_workdays_between(&n, guess, d, d + ns[i] * 2) >= 0);
                assert_int_equal(n, walk_between(guess, d, d + ns[i] * 2));
            }
        }
    }
    /* 8 years outside coverage: (8 * 365 + 2) days, 5 of every 7 working
     * less the statutory days off on weekdays, as the walk counts them */
    assert_int_equal(qz_calendar_workdays_between(&n, guess, D("2027-01-03"), D("2035-01-06")),
                     QZ_CALENDAR_PROVISIONAL);
    assert_int_equal(n, walk_between(guess, D("2027-01-03"), D("2035-01-06")));
    assert_true(n < 5 * 418 - 8 * 5);
    /* past the lunar table (2099), the plain week */
    assert_int_equal(qz_calendar_workdays_between(&n, guess, D("2100-01-03"), D("2108-01-06")),
                     QZ_CALENDAR_PROVISIONAL);
    assert_int_equal(n, walk_between(guess, D("2100-01-03"), D("2108-01-06")));
    /* the 0.1 options (version 1, assume_weekends) ask for the same mode */
    qz_calendar_options v1;
    QZT_OK(qz_calendar_options_init(&v1, 1));
    assert_int_equal(v1.version, 1);
    v1.assume_weekends = 1;
    qz_calendar *old = NULL;
    QZT_OK(qz_calendar_with_options(&old, cal, &v1));
    assert_int_equal(qz_calendar_is_workday(&w, old, D("2027-10-01")), QZ_CALENDAR_ASSUMED);
    assert_int_equal(w, 0);
    qz_calendar_free(old);
    /* options */
    qz_calendar_options opts = QZ_CALENDAR_OPTIONS_INIT;
    qz_calendar *strict = NULL;
    QZT_OK(qz_calendar_with_options(&strict, guess, &opts));
    assert_int_equal(qz_calendar_is_workday(&w, strict, D("2027-01-01")), QZ_ERANGE);
    qz_calendar_free(strict);
    QZT_OK(qz_calendar_with_options(&strict, guess, NULL));
    assert_int_equal(qz_calendar_is_workday(&w, strict, D("2027-01-01")), QZ_ERANGE);
    qz_calendar_free(strict);
    opts.version = 99;
    assert_int_equal(qz_calendar_with_options(&strict, cal, &opts), QZ_EINVAL);
    assert_null(strict);
    opts.version = 0;
    assert_int_equal(qz_calendar_with_options(&strict, cal, &opts), QZ_EINVAL);
    assert_null(strict);
    assert_int_equal(qz_calendar_with_options(NULL, cal, NULL), QZ_EINVAL);
    assert_int_equal(qz_calendar_with_options(&strict, NULL, NULL), QZ_EINVAL);
    assert_int_equal(qz_calendar_options_init(&opts, 99), QZ_EINVAL);
    assert_int_equal(qz_calendar_options_init(&opts, 0), QZ_EINVAL);
    assert_int_equal(qz_calendar_options_init(NULL, QZ_CALENDAR_OPTIONS_VERSION), QZ_EINVAL);
    qz_calendar_free(guess);
    qz_calendar_free(cal);
}

/* ---------- arrangements ---------- */

static void test_arrangement(void **state)
{
    (void)state;
    read_csv();
    qz_calendar *cal = default_calendar();
    const qz_calendar_day *e = NULL;
    size_t count = 0, total = 0;
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        QZT_OK(qz_calendar_arrangement(&e, &count, cal, y));
        for (size_t i = 0; i < count; i++) {
            assert_int_equal(e[i].year, y);
            assert_true(i == 0 || e[i].date > e[i - 1].date);
            const row *r = csv_find(e[i].date);
            assert_non_null(r);
            assert_int_equal(e[i].kind, r->makeup ? QZ_DAY_MAKEUP : QZ_DAY_HOLIDAY);
            assert_string_equal(e[i].name, r->name);
        }
        total += count;
    }
    assert_int_equal(total, 800);
    QZT_OK(qz_calendar_arrangement(&e, &count, cal, 2006));
    assert_date(e[0].date, "2005-12-31");
    assert_int_equal(e[0].kind, QZ_DAY_MAKEUP);
    QZT_OK(qz_calendar_arrangement(&e, &count, cal, 2005));
    assert_true(e[count - 1].date < D("2005-12-31"));
    assert_int_equal(qz_calendar_arrangement(&e, &count, cal, 2027), QZ_ERANGE);
    assert_error_mentions("2027", "2004-2026");
    assert_int_equal(qz_calendar_arrangement(&e, &count, cal, 2003), QZ_ERANGE);
    assert_int_equal(qz_calendar_arrangement(NULL, &count, cal, 2020), QZ_EINVAL);
    assert_int_equal(qz_calendar_arrangement(&e, NULL, cal, 2020), QZ_EINVAL);
    assert_int_equal(qz_calendar_arrangement(&e, &count, NULL, 2020), QZ_EINVAL);
    qz_calendar_free(cal);
}

/* ---------- loading and saving ---------- */

static void test_save_round_trip(void **state)
{
    (void)state;
    qz_calendar *cal = default_calendar();
    char *text = NULL;
    size_t len = 0;
    QZT_OK(qz_calendar_save(&text, &len, cal));
    assert_int_equal(strlen(text), len);
    /* the committed file is exactly the canonical form */
    size_t file_len;
    char *file = qzt_read_file(QZ_SOURCE_DIR "/data/cn-calendar.xml", &file_len);
    assert_int_equal(len, file_len);
    assert_memory_equal(text, file, len);
    free(file);
    /* load(save(x)) saves to the same bytes */
    qz_calendar *again = NULL;
    QZT_OK(qz_calendar_load_memory(&again, text, len, "saved"));
    char *text2 = NULL;
    QZT_OK(qz_calendar_save(&text2, NULL, again));
    assert_string_equal(text, text2);
    qz_free(text2);
    /* through a file */
    char path[4096];
    snprintf(path, sizeof(path), "%s/test_calendar_saved.xml", QZ_BINARY_DIR);
    QZT_OK(qz_calendar_save_file(again, path));
    qz_calendar_free(again);
    QZT_OK(qz_calendar_load_file(&again, path));
    QZT_OK(qz_calendar_save(&text2, NULL, again));
    assert_string_equal(text, text2);
    qz_free(text2);
    qz_calendar_free(again);
    remove(path);
    assert_int_equal(qz_calendar_save_file(cal, "/nonexistent-dir/x.xml"), QZ_EIO);
    assert_int_equal(qz_calendar_save_file(NULL, path), QZ_EINVAL);
    assert_int_equal(qz_calendar_save_file(cal, NULL), QZ_EINVAL);
    assert_int_equal(qz_calendar_save(NULL, &len, cal), QZ_EINVAL);
    assert_int_equal(qz_calendar_save(&text2, &len, NULL), QZ_EINVAL);
    qz_free(text);
    qz_calendar_free(cal);
}

static const char tricky[] =
    "<?xml version='1.0'?>\n"
    "<calendar to='2011' from='2009' region='CN-&quot;X&quot; &lt;&amp;&gt;'>\n"
    "<source>line one\nline two &amp; 'three'</source>\n"
    "<year value='2011'><workday for='A&apos;s day' date='2011-02-12'/>"
    "<holiday name='A&apos;s day' from='2011-02-02' to='2011-02-04'/>"
    "<holiday name='A&apos;s day' from='2011-02-05' to='2011-02-08'/>"
    "<holiday name='B' from='2011-02-09'/><holiday name='A&apos;s day' from='2011-02-10'/></year>\n"
    "<year value='2009'/><year value='2010'>"
    "<holiday name='C' from='2009-12-31' to='2010-01-01'/></year>\n"
    "</calendar>\n";

/* A later year as an overlay in memory (a notice turned into XML by the host). */
static const char overlay_2027[] = "<?xml version='1.0'?>\n"
                                   "<calendar region='CN' from='2027' to='2027'><year value='2027'>"
                                   "<holiday name='New Year&apos;s Day' from='2027-01-01' to='2027-01-03'/>"
                                   "</year></calendar>\n";

static void test_round_trip_tricky(void **state)
{
    (void)state;
    qz_calendar *cal = NULL, *again = NULL;
    QZT_OK(qz_calendar_load_memory(&cal, tricky, strlen(tricky), "tricky"));
    assert_string_equal(qz_calendar_region(cal), "CN-\"X\" <&>");
    assert_string_equal(qz_calendar_source(cal), "line one\nline two & 'three'");
    char *text = NULL, *text2 = NULL;
    QZT_OK(qz_calendar_save(&text, NULL, cal));
    assert_non_null(strstr(text, "<holiday name=\"A&apos;s day\" from=\"2011-02-02\" to=\"2011-02-08\"/>"));
    assert_non_null(strstr(text, "<year value=\"2009\"/>"));
    assert_non_null(strstr(text, "  <year value=\"2010\">\n    <holiday name=\"C\" from=\"2009-12-31\" "
                                 "to=\"2010-01-01\"/>\n"));
    QZT_OK(qz_calendar_load_memory(&again, text, strlen(text), "saved"));
    QZT_OK(qz_calendar_save(&text2, NULL, again));
    assert_string_equal(text, text2);
    /* equal calendars: the same answer for every day */
    for (qz_date d = D("2009-01-01"); d <= D("2011-12-31"); d++) {
        qz_calendar_day x, y;
        QZT_OK(qz_calendar_day_info(&x, cal, d));
        QZT_OK(qz_calendar_day_info(&y, again, d));
        assert_int_equal(x.kind, y.kind);
        assert_int_equal(x.year, y.year);
        if (x.name)
            assert_string_equal(x.name, y.name);
        else
            assert_null(y.name);
    }
    /* 2009-12-31 belongs to 2010 but lies in the covered 2009 */
    qz_calendar_day info;
    QZT_OK(qz_calendar_day_info(&info, cal, D("2009-12-31")));
    assert_int_equal(info.kind, QZ_DAY_HOLIDAY);
    assert_int_equal(info.year, 2010);
    qz_free(text);
    qz_free(text2);
    qz_calendar_free(again);
    qz_calendar_free(cal);
}

static void test_load_arguments(void **state)
{
    (void)state;
    qz_calendar *cal = (qz_calendar *)1;
    assert_int_equal(qz_calendar_load_memory(NULL, tricky, 10, "x"), QZ_EINVAL);
    assert_int_equal(qz_calendar_load_memory(&cal, NULL, 10, "x"), QZ_EINVAL);
    assert_null(cal);
    assert_int_equal(qz_calendar_load_memory(&cal, "", 0, NULL), QZ_EPARSE);
    assert_null(cal);
    assert_int_equal(qz_calendar_load_file(&cal, NULL), QZ_EINVAL);
    assert_int_equal(qz_calendar_load_file(NULL, "x"), QZ_EINVAL);
    assert_int_equal(qz_calendar_load_file(&cal, "/nonexistent/calendar.xml"), QZ_EIO);
    assert_null(cal);
    assert_string_equal(qz_error_file(qz_error_last()), "/nonexistent/calendar.xml");
    assert_int_equal(qz_calendar_default(NULL), QZ_EINVAL);
    /* a 2 GB file (sparse: it takes no disk space) is refused before reading */
    char big[4096];
    snprintf(big, sizeof(big), "%s/test_calendar_2gb.xml", QZ_BINARY_DIR);
    FILE *f = fopen(big, "wb");
    assert_non_null(f);
    assert_int_equal(ftruncate(fileno(f), 2LL << 30), 0);
    fclose(f);
    assert_int_equal(qz_calendar_load_file(&cal, big), QZ_ELIMIT);
    assert_null(cal);
    assert_string_equal(qz_error_file(qz_error_last()), big);
    remove(big);
    /* text split by a comment and a CDATA section is joined */
    static const char split[] =
        "<calendar region='CN' from='2026' to='2026'><source>a<!-- c -->b<![CDATA[<c>]]>"
        "</source><year value='2026'/></calendar>";
    QZT_OK(qz_calendar_load_memory(&cal, split, strlen(split), "split"));
    assert_string_equal(qz_calendar_source(cal), "ab<c>");
    qz_calendar_free(cal);
}

typedef struct bad_case {
    const char *file;
    int code, line, column;
    const char *says;
} bad_case;

static void test_bad_input(void **state)
{
    (void)state;
    static const bad_case cases[] = {
        {"bad-malformed.xml", QZ_EPARSE, 5, 10, "yaer"},
        {"bad-doctype.xml", QZ_EPARSE, 2, 1, "DOCTYPE"},
        {"bad-weekday-makeup.xml", QZ_ESCHEMA, 5, 5, "2026-02-11 is a Wednesday"},
        {"bad-duplicate.xml", QZ_ESCHEMA, 5, 5, "2026-02-23 is listed twice"},
        {"bad-year-range.xml", QZ_ESCHEMA, 5, 3, "year 2030 is outside the declared range 2025-2026"},
        {"bad-impossible-date.xml", QZ_ESCHEMA, 4, 5, "2026-02-30"},
        {"bad-not-a-date.xml", QZ_ESCHEMA, 4, 5, "2026-2-14"},
        {"bad-reach.xml", QZ_ESCHEMA, 5, 5, "outside the reach of the 2026 arrangement"},
        {"bad-missing-year.xml", QZ_ESCHEMA, 2, 1, "year 2025 is not listed"},
        {"bad-year-twice.xml", QZ_ESCHEMA, 4, 3, "line 3, column 3"},
        {"bad-makeup-reference.xml", QZ_ESCHEMA, 6, 5, "Lantern Festival"},
        {"bad-reversed-period.xml", QZ_ESCHEMA, 4, 5, "before it starts"},
        {"bad-range-reversed.xml", QZ_ESCHEMA, 2, 1, "from=\"2026\" is after to=\"2025\""},
        {"bad-schema.xml", QZ_ESCHEMA, 5, 5, "festival"},
        /* another encoding than UTF-8: refused at the declaration */
        {"bad-encoding.xml", QZ_EPARSE, 1, 31, "only UTF-8"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
        const bad_case *c = &cases[i];
        char name[256];
        snprintf(name, sizeof(name), "calendar/%s", c->file);
        const char *path = qzt_data(name);
        qz_calendar *cal = (qz_calendar *)1;
        int rc = qz_calendar_load_file(&cal, path);
        const qz_error *e = qz_error_last();
        if (rc != c->code || qz_error_line(e) != c->line ||
            (c->column >= 0 && qz_error_column(e) != c->column) || !strstr(qz_error_message(e), c->says))
            fail_msg("%s: got %d at %d:%d '%s'", c->file, rc, qz_error_line(e), qz_error_column(e),
                     qz_error_message(e));
        assert_null(cal);
        assert_string_equal(qz_error_file(e), path);
        /* the same from memory, and as an overlay: nothing is half-loaded */
        size_t len;
        char *text = qzt_read_file(path, &len);
        assert_int_equal(qz_calendar_load_memory(&cal, text, len, c->file), c->code);
        assert_int_equal(qz_error_line(qz_error_last()), c->line);
        assert_string_equal(qz_error_file(qz_error_last()), c->file);
        qz_calendar *base = default_calendar();
        assert_int_equal(qz_calendar_overlay_memory(&cal, base, text, len, c->file), c->code);
        assert_null(cal);
        qz_calendar_free(base);
        free(text);
    }
    /* the duplicate names both listings and both meanings */
    qz_calendar *cal;
    assert_int_equal(qz_calendar_load_file(&cal, qzt_data("calendar/bad-duplicate.xml")), QZ_ESCHEMA);
    assert_error_mentions("Lantern Festival", "line 4, column 5 as a holiday (Spring Festival)");
}

/* ---------- overlays ---------- */

static void test_overlay_changes_days(void **state)
{
    (void)state;
    qz_calendar *base = default_calendar();
    qz_calendar *cal = NULL;
    assert_int_equal(qz_calendar_overlay_file(&cal, base, qzt_data("calendar/overlay-2020-original.xml")),
                     QZ_OK);
    int first, last;
    qz_calendar_coverage(&first, &last, cal);
    assert_int_equal(first, 2004);
    assert_int_equal(last, 2026);
    assert_non_null(strstr(qz_calendar_source(cal), "first published"));
    /* the changed days */
    assert_int_equal(workday(cal, D("2020-01-31")), 1);
    assert_int_equal(workday(cal, D("2020-02-01")), 1);
    assert_int_equal(workday(cal, D("2020-02-02")), 0);
    qz_calendar_day info;
    QZT_OK(qz_calendar_day_info(&info, cal, D("2020-02-01")));
    assert_int_equal(info.kind, QZ_DAY_MAKEUP);
    QZT_OK(qz_calendar_day_info(&info, cal, D("2020-02-02")));
    assert_int_equal(info.kind, QZ_DAY_WEEKEND);
    /* the base is unchanged */
    assert_int_equal(workday(base, D("2020-01-31")), 0);
    /* every other day is as before */
    for (qz_date d = D("2004-01-01"); d <= D("2026-12-31"); d++)
        if (d < D("2020-01-31") || d > D("2020-02-02"))
            assert_int_equal(workday(cal, d), workday(base, d));
    qz_date r;
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2020-01-23"), 1));
    assert_date(r, "2020-01-31");
    QZT_OK(qz_calendar_add_workdays(&r, base, D("2020-01-23"), 1));
    assert_date(r, "2020-02-03");
    /* overlaying the default's own 2020 arrangement again restores it */
    qz_calendar *restored = NULL;
    char *text;
    QZT_OK(qz_calendar_save(&text, NULL, base));
    QZT_OK(qz_calendar_overlay_memory(&restored, cal, text, strlen(text), "default"));
    char *text2;
    QZT_OK(qz_calendar_save(&text2, NULL, restored));
    assert_string_equal(text, text2);
    qz_free(text);
    qz_free(text2);
    qz_calendar_free(restored);
    qz_calendar_free(cal);
    qz_calendar_free(base);
}

static void test_overlay_next_year(void **state)
{
    (void)state;
    qz_calendar *base = default_calendar();
    qz_calendar *guess = assuming(base);
    qz_calendar *cal = NULL;
    const char *path = qzt_data("calendar/overlay-2027-hypothetical.xml");
    QZT_OK(qz_calendar_overlay_file(&cal, base, path));
    int first, last;
    qz_calendar_coverage(&first, &last, cal);
    assert_int_equal(first, 2004);
    assert_int_equal(last, 2027);
    /* reaching back into December 2026 */
    qz_calendar_day info;
    QZT_OK(qz_calendar_day_info(&info, cal, D("2026-12-31")));
    assert_int_equal(info.kind, QZ_DAY_HOLIDAY);
    assert_int_equal(info.year, 2027);
    assert_int_equal(workday(cal, D("2026-12-27")), 1);
    assert_int_equal(workday(base, D("2026-12-31")), 1);
    qz_date r;
    QZT_OK(qz_calendar_add_workdays(&r, cal, D("2026-12-30"), 1));
    assert_date(r, "2027-01-04");
    assert_int_equal(qz_calendar_add_workdays(&r, cal, D("2027-12-31"), 1), QZ_ERANGE);
    assert_error_mentions("2028", "2004-2027");
    const qz_calendar_day *e;
    size_t count;
    QZT_OK(qz_calendar_arrangement(&e, &count, cal, 2027));
    assert_int_equal(count, 1 + 4 + 9 + 1);
    assert_date(e[0].date, "2026-12-27");
    QZT_OK(qz_calendar_arrangement(&e, &count, cal, 2026));
    assert_true(e[count - 1].date < D("2026-12-27"));
    /* options are kept */
    qz_calendar *cal2 = NULL;
    QZT_OK(qz_calendar_overlay_file(&cal2, guess, path));
    int w;
    assert_int_equal(qz_calendar_is_workday(&w, cal2, D("2028-01-03")), QZ_CALENDAR_ASSUMED);
    QZT_OK(qz_calendar_is_workday(&w, cal2, D("2027-02-08")));
    assert_int_equal(w, 0);
    qz_calendar_free(cal2);
    /* the saved overlay loads alone and covers 2004-2027 */
    char *text;
    QZT_OK(qz_calendar_save(&text, NULL, cal));
    QZT_OK(qz_calendar_load_memory(&cal2, text, strlen(text), "merged"));
    assert_int_equal(workday(cal2, D("2026-12-31")), 0);
    qz_free(text);
    qz_calendar_free(cal2);
    /* alone, the file covers only 2027: its December 2026 days are not covered */
    QZT_OK(qz_calendar_load_file(&cal2, path));
    assert_int_equal(qz_calendar_is_workday(&w, cal2, D("2026-12-31")), QZ_ERANGE);
    QZT_OK(qz_calendar_add_workdays(&r, cal2, D("2027-01-01"), 1));
    assert_date(r, "2027-01-04");
    qz_calendar_free(cal2);
    qz_calendar_free(cal);
    qz_calendar_free(guess);
    qz_calendar_free(base);
}

static void test_overlay_conflicts(void **state)
{
    (void)state;
    qz_calendar *base = default_calendar();
    qz_calendar *cal = (qz_calendar *)1;
    /* a gap between the ranges */
    const char *gap = qzt_data("calendar/overlay-gap.xml");
    assert_int_equal(qz_calendar_overlay_file(&cal, base, gap), QZ_ESCHEMA);
    assert_null(cal);
    assert_int_equal(qz_error_line(qz_error_last()), 2);
    assert_error_mentions("2029-2029", "2004-2026");
    /* a day listed by a base year the overlay keeps */
    qz_calendar *b2026 = NULL;
    QZT_OK(qz_calendar_load_file(&b2026, qzt_data("calendar/overlay-base-2026.xml")));
    assert_int_equal(
        qz_calendar_overlay_file(&cal, b2026, qzt_data("calendar/overlay-2027-hypothetical.xml")),
        QZ_ESCHEMA);
    assert_null(cal);
    assert_int_equal(qz_error_line(qz_error_last()), 5);
    assert_int_equal(qz_error_column(qz_error_last()), 5);
    assert_error_mentions("2026-12-27", "2026 arrangement");
    qz_calendar_free(b2026);
    /* overlay arguments */
    assert_int_equal(qz_calendar_overlay_file(NULL, base, gap), QZ_EINVAL);
    assert_int_equal(qz_calendar_overlay_file(&cal, NULL, gap), QZ_EINVAL);
    assert_int_equal(qz_calendar_overlay_file(&cal, base, NULL), QZ_EINVAL);
    assert_int_equal(qz_calendar_overlay_memory(&cal, base, NULL, 3, "x"), QZ_EINVAL);
    assert_int_equal(qz_calendar_overlay_file(&cal, base, "/nonexistent.xml"), QZ_EIO);
    /* an overlay with a new region and an earlier year */
    static const char earlier[] =
        "<calendar region='CN-XZ' from='2003' to='2003'><year value='2003'/></calendar>";
    QZT_OK(qz_calendar_overlay_memory(&cal, base, earlier, strlen(earlier), "2003"));
    int first, last;
    qz_calendar_coverage(&first, &last, cal);
    assert_int_equal(first, 2003);
    assert_int_equal(last, 2026);
    assert_string_equal(qz_calendar_region(cal), "CN-XZ");
    assert_int_equal(workday(cal, D("2003-12-31")), 1);
    qz_calendar_free(cal);
    qz_calendar_free(base);
}

/* ---------- lifetime, memory, threads ---------- */

static void test_ref_free(void **state)
{
    (void)state;
    qz_calendar *cal = default_calendar();
    assert_ptr_equal(qz_calendar_ref(cal), cal);
    qz_calendar *guess = assuming(cal);
    qz_calendar_free(cal);
    assert_int_equal(workday(cal, D("2026-10-01")), 0); /* still one reference */
    qz_calendar_free(cal);
    assert_int_equal(workday(guess, D("2026-10-01")), 0); /* the data lives on in guess */
    qz_calendar_free(guess);
    qz_calendar_free(NULL);
    assert_null(qz_calendar_ref(NULL));
}

typedef struct oom_ctx {
    qz_calendar *base;
    qz_calendar *cal;
    char *text;
    const char *data;
    size_t size;
    int what;
} oom_ctx;

static int oom_body(void *p)
{
    oom_ctx *c = p;
    int rc;
    qz_date r;
    int n;
    switch (c->what) {
    case 0: rc = qz_calendar_default(&c->cal); break;
    case 1: rc = qz_calendar_load_memory(&c->cal, c->data, c->size, "tricky"); break;
    case 2:
        rc = qz_calendar_overlay_file(&c->cal, c->base, qzt_data("calendar/overlay-2027-hypothetical.xml"));
        break;
    case 3: rc = qz_calendar_save(&c->text, NULL, c->base); break;
    case 4: rc = qz_calendar_with_options(&c->cal, c->base, NULL); break;
    case 6: rc = qz_calendar_overlay_memory(&c->cal, c->base, c->data, c->size, "overlay in memory"); break;
    default:
        rc = qz_calendar_add_workdays(&r, c->base, D("2020-01-01"), 250);
        if (rc == QZ_OK)
            rc = qz_calendar_workdays_between(&n, c->base, D("2004-01-01"), D("2026-01-01"));
        if (rc == QZ_OK)
            rc = qz_calendar_is_workday(&n, c->base, D("2020-01-01"));
        if (rc == QZ_OK && qz_calendar_is_workday(&n, c->base, D("2030-01-01")) != QZ_ERANGE)
            rc = -100;
        break;
    }
    if (rc < 0 && (c->cal || c->text))
        return -101; /* a failure must leave nothing behind */
    return rc;
}

static void oom_cleanup(void *p)
{
    oom_ctx *c = p;
    qz_calendar_free(c->cal);
    c->cal = NULL;
    qz_free(c->text);
    c->text = NULL;
}

static void test_out_of_memory(void **state)
{
    (void)state;
    oom_ctx c;
    memset(&c, 0, sizeof(c));
    c.data = tricky;
    c.size = strlen(tricky);
    for (c.what = 0; c.what <= 6; c.what++) {
        if (c.what >= 2)
            QZT_OK(qz_calendar_default(&c.base));
        c.data = c.what == 6 ? overlay_2027 : tricky;
        c.size = strlen(c.data);
        long runs = qzt_oom_loop(oom_body, oom_cleanup, &c);
        assert_true(runs >= 1);
        if (c.what == 5)
            assert_int_equal(runs, 1); /* queries never allocate */
        qz_calendar_free(c.base);
        c.base = NULL;
    }
}

static void *thread_body(void *p)
{
    const qz_calendar *cal = p;
    qz_calendar *own = NULL; /* building calendars concurrently is safe too */
    if (qz_calendar_default(&own) != QZ_OK)
        return (void *)-1;
    qz_calendar_free(own);
    long sum = 0;
    for (qz_date d = D("2004-01-01"); d < D("2026-06-01"); d += 3) {
        qz_date r;
        if (qz_calendar_add_workdays(&r, cal, d, 100) != QZ_OK)
            return (void *)-1;
        sum += r - d;
    }
    return (void *)sum;
}

static void test_threads(void **state)
{
    (void)state;
    qz_calendar *cal = default_calendar();
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&t[i], NULL, thread_body, qz_calendar_ref(cal)), 0);
    void *expect = thread_body(cal);
    for (int i = 0; i < 4; i++) {
        void *got;
        assert_int_equal(pthread_join(t[i], &got), 0);
        assert_ptr_equal(got, expect);
        qz_calendar_free(cal);
    }
    qz_calendar_free(cal);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default),
        cmocka_unit_test(test_every_day_against_csv),
        cmocka_unit_test(test_known_days),
        cmocka_unit_test(test_leap_years),
        cmocka_unit_test(test_add_workdays),
        cmocka_unit_test(test_workdays_between),
        cmocka_unit_test(test_properties),
        cmocka_unit_test(test_coverage_boundaries),
        cmocka_unit_test(test_assume_weekends),
        cmocka_unit_test(test_arrangement),
        cmocka_unit_test(test_save_round_trip),
        cmocka_unit_test(test_round_trip_tricky),
        cmocka_unit_test(test_load_arguments),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_overlay_changes_days),
        cmocka_unit_test(test_overlay_next_year),
        cmocka_unit_test(test_overlay_conflicts),
        cmocka_unit_test(test_ref_free),
        cmocka_unit_test(test_out_of_memory),
        cmocka_unit_test(test_threads),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    free(csv_rows);
    return rc;
}
