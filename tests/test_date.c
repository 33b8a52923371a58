/* Dates as day numbers: conversion both ways over a wide range (checked
 * against a plain day-by-day count of the Gregorian rules), leap years,
 * strict parsing, formatting and the day of the week. */
#include "support.h"

#include <string.h>

#include "quanze.h"

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

static void test_known_days(void **state)
{
    (void)state;
    qz_date d = 99;
    QZT_OK(qz_date_from_ymd(&d, 1970, 1, 1));
    assert_int_equal(d, 0);
    QZT_OK(qz_date_from_ymd(&d, 1969, 12, 31));
    assert_int_equal(d, -1);
    QZT_OK(qz_date_from_ymd(&d, 2000, 3, 1));
    assert_int_equal(d, 11017);
    QZT_OK(qz_date_from_ymd(&d, 2004, 1, 1));
    assert_int_equal(d, 12418);
    assert_int_equal(qz_date_from_ymd(NULL, 2004, 1, 1), QZ_EINVAL);
}

/* Walks every day from 1600-01-01 to 2400-12-31 by the Gregorian rules and
 * checks both conversions for each. */
static void test_round_trip_walk(void **state)
{
    (void)state;
    qz_date d;
    QZT_OK(qz_date_from_ymd(&d, 1600, 1, 1));
    for (int y = 1600; y <= 2400; y++) {
        for (int m = 1; m <= 12; m++) {
            for (int day = 1; day <= month_days(y, m); day++, d++) {
                qz_date got;
                QZT_OK(qz_date_from_ymd(&got, y, m, day));
                if (got != d)
                    fail_msg("%04d-%02d-%02d is %d, expected %d", y, m, day, got, d);
                int yy, mm, dd;
                QZT_OK(qz_date_to_ymd(&yy, &mm, &dd, d));
                assert_int_equal(yy, y);
                assert_int_equal(mm, m);
                assert_int_equal(dd, day);
            }
        }
    }
}

static void test_round_trip_wide(void **state)
{
    (void)state;
    qz_date lo, hi;
    QZT_OK(qz_date_from_ymd(&lo, -999999, 1, 1));
    QZT_OK(qz_date_from_ymd(&hi, 999999, 12, 31));
    assert_true(lo < hi);
    int prev_y, prev_m, prev_d;
    qz_date_to_ymd(&prev_y, &prev_m, &prev_d, lo);
    assert_int_equal(prev_y, -999999);
    assert_int_equal(prev_m, 1);
    assert_int_equal(prev_d, 1);
    for (qz_date d = lo; d <= hi; d += 997) {
        int y, m, day;
        qz_date back;
        QZT_OK(qz_date_to_ymd(&y, &m, &day, d));
        QZT_OK(qz_date_from_ymd(&back, y, m, day));
        assert_int_equal(back, d);
    }
    int y, m, day;
    qz_date_to_ymd(&y, &m, &day, hi);
    assert_int_equal(y, 999999);
    assert_int_equal(m, 12);
    assert_int_equal(day, 31);
    QZT_OK(qz_date_to_ymd(NULL, NULL, NULL, hi));
    qz_date d;
    assert_int_equal(qz_date_from_ymd(&d, 1000000, 1, 1), QZ_EINVAL);
    assert_int_equal(qz_date_from_ymd(&d, -1000000, 1, 1), QZ_EINVAL);
}

static void test_leap_years(void **state)
{
    (void)state;
    qz_date d;
    assert_int_equal(qz_date_from_ymd(&d, 1900, 2, 29), QZ_EINVAL);
    assert_int_equal(qz_date_from_ymd(&d, 2100, 2, 29), QZ_EINVAL);
    assert_int_equal(qz_date_from_ymd(&d, 2026, 2, 29), QZ_EINVAL);
    QZT_OK(qz_date_from_ymd(&d, 2000, 2, 29));
    QZT_OK(qz_date_from_ymd(&d, 2024, 2, 29));
    qz_date mar1;
    QZT_OK(qz_date_from_ymd(&mar1, 2024, 3, 1));
    assert_int_equal(mar1 - d, 1);
    qz_date a, b;
    qz_date_from_ymd(&a, 1900, 1, 1);
    qz_date_from_ymd(&b, 1901, 1, 1);
    assert_int_equal(b - a, 365);
    qz_date_from_ymd(&a, 2000, 1, 1);
    qz_date_from_ymd(&b, 2001, 1, 1);
    assert_int_equal(b - a, 366);
    assert_int_equal(qz_date_parse(&d, "1900-02-29"), QZ_EINVAL);
    QZT_OK(qz_date_parse(&d, "2000-02-29"));
    QZT_OK(qz_date_parse(&d, "2024-02-29"));
    /* impossible months and days */
    assert_int_equal(qz_date_from_ymd(&d, 2026, 0, 1), QZ_EINVAL);
    assert_int_equal(qz_date_from_ymd(&d, 2026, 13, 1), QZ_EINVAL);
    assert_int_equal(qz_date_from_ymd(&d, 2026, 4, 31), QZ_EINVAL);
    assert_int_equal(qz_date_from_ymd(&d, 2026, 1, 0), QZ_EINVAL);
}

static void test_parse(void **state)
{
    (void)state;
    qz_date d = 12345;
    QZT_OK(qz_date_parse(&d, "2026-02-03"));
    qz_date want;
    qz_date_from_ymd(&want, 2026, 2, 3);
    assert_int_equal(d, want);
    QZT_OK(qz_date_parse(&d, "0000-01-01"));
    QZT_OK(qz_date_parse(&d, "9999-12-31"));
    static const char *const bad[] = {
        "2026-02-30",  "2026-2-3",   "2026-02-3",   "2026-02-03x", "2026-02-03 ",
        " 2026-02-03", "",           "2026-13-01",  "2026-00-10",  "2026-01-00",
        "20260203",    "2026/02/03", "+2026-02-03", "2026-02-0a",  "２０２６-02-03",
        "2026-02",     "-001-01-01",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
        d = 12345;
        if (qz_date_parse(&d, bad[i]) != QZ_EINVAL)
            fail_msg("'%s' was accepted", bad[i]);
        assert_int_equal(d, 12345); /* the output is untouched */
        assert_int_equal(qz_error_code(qz_error_last()), QZ_EINVAL);
    }
    assert_int_equal(qz_date_parse(&d, NULL), QZ_EINVAL);
    assert_int_equal(qz_date_parse(NULL, "2026-02-03"), QZ_EINVAL);
}

static void test_format(void **state)
{
    (void)state;
    char buf[QZ_DATE_BUFSIZE];
    qz_date d;
    qz_date_from_ymd(&d, 2026, 2, 3);
    QZT_OK(qz_date_format(buf, sizeof(buf), d));
    assert_string_equal(buf, "2026-02-03");
    QZT_OK(qz_date_format(buf, 11, d));
    assert_string_equal(buf, "2026-02-03");
    assert_int_equal(qz_date_format(buf, 10, d), QZ_EINVAL);
    assert_string_equal(buf, "");
    assert_int_equal(qz_date_format(NULL, 11, d), QZ_EINVAL);
    QZT_OK(qz_date_format(buf, sizeof(buf), 0));
    assert_string_equal(buf, "1970-01-01");
    qz_date_from_ymd(&d, 5, 6, 7);
    QZT_OK(qz_date_format(buf, sizeof(buf), d));
    assert_string_equal(buf, "0005-06-07");
    /* every representable date fits in QZ_DATE_BUFSIZE */
    qz_date_from_ymd(&d, -999999, 1, 1);
    QZT_OK(qz_date_format(buf, sizeof(buf), d));
    qz_date_from_ymd(&d, 999999, 12, 31);
    QZT_OK(qz_date_format(buf, sizeof(buf), d));
    /* format and parse are inverse for years 0000-9999 */
    qz_date lo, hi;
    qz_date_from_ymd(&lo, 0, 1, 1);
    qz_date_from_ymd(&hi, 9999, 12, 31);
    for (d = lo; d <= hi; d += 13) {
        qz_date back;
        QZT_OK(qz_date_format(buf, sizeof(buf), d));
        assert_int_equal(strlen(buf), 10);
        QZT_OK(qz_date_parse(&back, buf));
        assert_int_equal(back, d);
    }
}

static void test_weekday(void **state)
{
    (void)state;
    assert_int_equal(qz_date_weekday(0), 4);  /* 1970-01-01, Thursday */
    assert_int_equal(qz_date_weekday(-1), 3); /* 1969-12-31, Wednesday */
    qz_date d;
    qz_date_from_ymd(&d, 2026, 11, 25);
    assert_int_equal(qz_date_weekday(d), 3); /* Wednesday */
    qz_date_from_ymd(&d, 1949, 10, 1);
    assert_int_equal(qz_date_weekday(d), 6); /* Saturday */
    qz_date_from_ymd(&d, 2000, 1, 1);
    assert_int_equal(qz_date_weekday(d), 6); /* Saturday */
    qz_date lo, hi;
    qz_date_from_ymd(&lo, -999999, 1, 1);
    qz_date_from_ymd(&hi, 999999, 12, 31);
    for (d = lo; d < hi; d += 9973) {
        int w = qz_date_weekday(d);
        assert_true(w >= 1 && w <= 7);
        assert_int_equal(qz_date_weekday(d + 1), w % 7 + 1);
        assert_int_equal(qz_date_weekday(d + 7), w);
    }
}

static void test_today(void **state)
{
    (void)state;
    qz_date lo;
    qz_date_from_ymd(&lo, 2020, 1, 1);
    assert_true(qz_date_today() > lo);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_days),      cmocka_unit_test(test_round_trip_walk),
        cmocka_unit_test(test_round_trip_wide), cmocka_unit_test(test_leap_years),
        cmocka_unit_test(test_parse),           cmocka_unit_test(test_format),
        cmocka_unit_test(test_weekday),         cmocka_unit_test(test_today),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
