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

/* ---------- refusals ---------- */

/* Parses `file` with its first `from` replaced by `to`; expects a refusal
 * with `code` at line/column and nothing returned. */
static void refuse(const char *file, const char *from, const char *to, int code, int line, int column)
{
    size_t len = 0;
    char *text = notice_text(file, &len);
    char *hit = strstr(text, from);
    if (!hit)
        fail_msg("test text not found in %s: %s", file, from);
    size_t before = (size_t)(hit - text), flen = strlen(from), tlen = strlen(to);
    char *changed = malloc(len - flen + tlen + 1);
    assert_non_null(changed);
    memcpy(changed, text, before);
    memcpy(changed + before, to, tlen);
    memcpy(changed + before + tlen, hit + flen, len - before - flen + 1);
    qz_calendar *cal = (qz_calendar *)changed;   /* must be reset to NULL */
    int rc = qz_calendar_parse_notice(&cal, changed, len - flen + tlen, file);
    const qz_error *e = qz_error_last();
    if (rc != code || qz_error_line(e) != line || qz_error_column(e) != column)
        fail_msg("%s -> %s: got %d at %d:%d (%s), want %d at %d:%d", from, to, rc, qz_error_line(e),
                 qz_error_column(e), qz_error_message(e), code, line, column);
    assert_null(cal);
    assert_string_equal(qz_error_file(e), file);
    free(changed);
    free(text);
}

static void test_refusals(void **state)
{
    (void)state;
    /* line 7 of 2026.txt: 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。 */
    refuse("2026.txt", "1月4日（周日）上班", "1月4日（周一）上班", QZ_ESCHEMA, 7, 35);        /* weekday contradicts */
    refuse("2026.txt", "1月1日（周四）至3日", "1月1日（周八）至3日", QZ_EPARSE, 7, 11);      /* unreadable remark */
    refuse("2026.txt", "放假调休，共3天。1月4日", "放假调休，共4天。1月4日", QZ_ESCHEMA, 7, 27); /* count contradicts */
    refuse("2026.txt", "1月4日（周日）上班", "1月5日（周一）上班", QZ_ESCHEMA, 7, 30);        /* make-up on a weekday */
    refuse("2026.txt", "1月4日（周日）上班。", "1月4日（周日）上班。1月5日休息。", QZ_ESCHEMA, 7, 41); /* a date without a role */
    refuse("2026.txt", "至3日（周六）", "至3月（周六）", QZ_EPARSE, 7, 15);                 /* a month without its day */
    refuse("2026.txt", "至3日（周六）", "—", QZ_EPARSE, 7, 14);                              /* a range without its end */
    refuse("2026.txt", "七、国庆节：", "七、建军节：", QZ_EPARSE, 13, 3);                     /* unknown festival */
    refuse("2026.txt", "七、国庆节：", "七、", QZ_EPARSE, 13, 3);                             /* no festival */
    refuse("2026.txt", "国务院办公厅关于2026年", "国务院办公厅2026年", QZ_EPARSE, 1, 1);       /* not a title */
    refuse("2026.txt", "5月9日（周六）上班", "5月9日（周六）上班（5月8日）", QZ_EPARSE, 10, 42); /* a date in a stray remark */
    refuse("2026.txt", "6月19日（周五）至21日（周日）", "6月21日（周日）至19日（周五）", QZ_ESCHEMA, 11, 7);   /* reversed range */
    refuse("2026.txt", "2月14日（周六）", "2月30日（周六）", QZ_ESCHEMA, 8, 47);              /* no such date */
    refuse("2026.txt", "元旦：", "元旦：\xff", QZ_EPARSE, 7, 6);                          /* not UTF-8 */
    /* 除夕 is checked against the lunar table (a corrupted 2015 copy reads "2月15日（除夕）") */
    refuse("2015.txt", "2月15日（星期日）", "2月15日（除夕）", QZ_ESCHEMA, 8, 30);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_year_round_trips),
        cmocka_unit_test(test_refusals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
