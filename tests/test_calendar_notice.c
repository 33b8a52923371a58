/* Reading the State Council's holiday notices: every notice 2004-2026 (with
 * its supplements) reproduces the embedded calendar's arrangement of its
 * year exactly; each refusal names line and column; the lunar table agrees
 * with the official arrangements. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "calendar_lunar.h"
#include "quanze.h"

static char *notice_text(const char *file, size_t *len)
{
    char name[128];
    snprintf(name, sizeof(name), "notices/%s", file);
    return qzt_read_file(qzt_data(name), len);
}

static qz_calendar *default_calendar(void)
{
    qz_calendar *cal = NULL;
    QZT_OK(qz_calendar_default(&cal));
    return cal;
}

static void assert_same_arrangement(const qz_calendar *want, const qz_calendar *got, int year)
{
    const qz_calendar_day *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    QZT_OK(qz_calendar_arrangement(&a, &na, want, year));
    QZT_OK(qz_calendar_arrangement(&b, &nb, got, year));
    for (size_t i = 0; i < na || i < nb; i++) {
        char da[QZ_DATE_BUFSIZE] = "-", db[QZ_DATE_BUFSIZE] = "-";
        if (i < na)
            qz_date_format(da, sizeof(da), a[i].date);
        if (i < nb)
            qz_date_format(db, sizeof(db), b[i].date);
        if (i >= na || i >= nb || a[i].date != b[i].date || a[i].kind != b[i].kind ||
            strcmp(a[i].name, b[i].name) != 0 || a[i].year != b[i].year)
            fail_msg("%d: entry %zu: embedded %s %d %s, notice %s %d %s", year, i, da,
                     i < na ? (int)a[i].kind : 0, i < na ? a[i].name : "-", db, i < nb ? (int)b[i].kind : 0,
                     i < nb ? b[i].name : "-");
    }
}

/* Parses YEAR.txt and applies YEAR-supplement.txt if there is one. */
static qz_calendar *notice_year(int year)
{
    char file[64];
    size_t len = 0;
    snprintf(file, sizeof(file), "%d.txt", year);
    char *text = notice_text(file, &len);
    qz_calendar *cal = NULL;
    int rc = qz_calendar_parse_notice(&cal, text, len, file);
    if (rc != QZ_OK)
        fail_msg("%s: %s (line %d, column %d)", file, qz_error_message(qz_error_last()),
                 qz_error_line(qz_error_last()), qz_error_column(qz_error_last()));
    free(text);
    snprintf(file, sizeof(file), "notices/%d-supplement.txt", year);
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
        QZT_OK(qz_calendar_coverage(&first, &last, cal));
        assert_int_equal(first, year);
        assert_int_equal(last, year);
        assert_same_arrangement(embedded, cal, year);
        qz_calendar_free(cal);
    }
    qz_calendar_free(embedded);
}

/* Without its supplement, a year differs from the embedded calendar exactly
 * by what the supplement changes. */
static void test_supplements(void **state)
{
    (void)state;
    static const struct {
        int year;
        const char *date;
        int base_kind, final_kind; /* without and with the supplement (0: not listed) */
    } changes[] = {
        {2015, "2015-09-03", 0, QZ_DAY_HOLIDAY}, {2015, "2015-09-04", 0, QZ_DAY_HOLIDAY},
        {2015, "2015-09-06", 0, QZ_DAY_MAKEUP},  {2019, "2019-05-02", 0, QZ_DAY_HOLIDAY},
        {2019, "2019-04-28", 0, QZ_DAY_MAKEUP},  {2019, "2019-05-05", 0, QZ_DAY_MAKEUP},
        {2020, "2020-01-31", 0, QZ_DAY_HOLIDAY}, {2020, "2020-02-01", QZ_DAY_MAKEUP, QZ_DAY_HOLIDAY},
    };
    for (size_t i = 0; i < sizeof(changes) / sizeof(changes[0]); i++) {
        char file[32];
        size_t len;
        snprintf(file, sizeof(file), "%d.txt", changes[i].year);
        char *text = notice_text(file, &len);
        qz_calendar *base = NULL;
        QZT_OK(qz_calendar_parse_notice(&base, text, len, file));
        free(text);
        qz_calendar *final = notice_year(changes[i].year);
        qz_date d;
        qz_calendar_day a, b;
        QZT_OK(qz_date_parse(&d, changes[i].date));
        QZT_OK(qz_calendar_day_info(&a, base, d));
        QZT_OK(qz_calendar_day_info(&b, final, d));
        if (changes[i].base_kind)
            assert_int_equal(a.kind, changes[i].base_kind);
        else
            assert_int_equal(a.year, 0);
        assert_int_equal(b.kind, changes[i].final_kind);
        qz_calendar_free(base);
        qz_calendar_free(final);
    }
    /* the 2015 one-off keeps its own name, for its make-up day too */
    qz_calendar *cal = notice_year(2015);
    qz_calendar_day day;
    qz_date d;
    QZT_OK(qz_date_parse(&d, "2015-09-06"));
    QZT_OK(qz_calendar_day_info(&day, cal, d));
    assert_string_equal(day.name, "Anti-Fascist 70th Day");
    qz_calendar_free(cal);
    /* a supplement applied onto the embedded calendar changes nothing there */
    qz_calendar *embedded = default_calendar(), *again = NULL;
    size_t len;
    char *text = notice_text("2020-supplement.txt", &len);
    QZT_OK(qz_calendar_apply_notice(&again, embedded, text, len, "2020-supplement.txt"));
    assert_same_arrangement(embedded, again, 2020);
    assert_string_equal(qz_calendar_year_origin(again, 2020), "2020-supplement.txt");
    assert_string_equal(qz_calendar_year_origin(again, 2019), "embedded");
    qz_calendar_free(again);
    free(text);
    /* the 2024 trap: "安排职工在除夕（2月9日）休息" is an encouragement, not a day off */
    cal = notice_year(2024);
    int w = -1;
    QZT_OK(qz_date_parse(&d, "2024-02-09"));
    QZT_OK(qz_calendar_is_workday(&w, cal, d));
    assert_int_equal(w, 1);
    qz_calendar_free(cal);
    /* an annual notice applied onto a calendar replaces its year; a year that does not join is refused */
    text = notice_text("2026.txt", &len);
    QZT_OK(qz_calendar_apply_notice(&again, embedded, text, len, "2026.txt"));
    assert_same_arrangement(embedded, again, 2026);
    qz_calendar_free(again);
    qz_calendar *only2026 = NULL;
    QZT_OK(qz_calendar_parse_notice(&only2026, text, len, "2026.txt"));
    free(text);
    text = notice_text("2024.txt", &len);
    again = (qz_calendar *)text;
    assert_int_equal(qz_calendar_apply_notice(&again, only2026, text, len, "2024.txt"), QZ_ERANGE);
    assert_null(again);
    assert_int_equal(qz_calendar_apply_notice(&again, NULL, text, len, "2024.txt"), QZ_EINVAL);
    assert_int_equal(qz_calendar_parse_notice(NULL, text, len, "2024.txt"), QZ_EINVAL);
    free(text);
    qz_calendar_free(only2026);
    qz_calendar_free(embedded);
}

/* ---------- the lunar table and the statutory baseline ---------- */

static void assert_holiday(const qz_calendar *cal, qz_date d, const char *name, const char *alt)
{
    qz_calendar_day day;
    char text[QZ_DATE_BUFSIZE];
    qz_date_format(text, sizeof(text), d);
    QZT_OK(qz_calendar_day_info(&day, cal, d));
    if (day.kind != QZ_DAY_HOLIDAY || (strcmp(day.name, name) != 0 && (!alt || strcmp(day.name, alt) != 0)))
        fail_msg("%s: expected a holiday '%s', got kind %d '%s'", text, name, (int)day.kind,
                 day.name ? day.name : "");
}

/* The generated table against the official arrangements: every Spring
 * Festival (2004-2026), and every Tomb-sweeping, Dragon Boat and Mid-Autumn
 * day since they became holidays (2008), is a day off of that name. */
static void test_lunar_table_agrees(void **state)
{
    (void)state;
    qz_calendar *cal = default_calendar();
    assert_true(qz_calendar__lunar_first_year() <= 2004);
    assert_true(qz_calendar__lunar_last_year() >= 2099);
    qz_calendar_lunar l;
    assert_int_equal(qz_calendar__lunar(&l, 2003), -1);
    assert_int_equal(qz_calendar__lunar(&l, 2100), -1);
    for (int y = 2004; y <= 2026; y++) {
        assert_int_equal(qz_calendar__lunar(&l, y), 0);
        assert_holiday(cal, l.spring_festival, "Spring Festival", NULL);
        if (y < 2008)
            continue;
        assert_holiday(cal, l.qingming, "Tomb-sweeping Day", NULL);
        assert_holiday(cal, l.dragon_boat, "Dragon Boat Festival", NULL);
        assert_holiday(cal, l.mid_autumn, "Mid-Autumn Festival", "National Day");
    }
    qz_calendar_free(cal);
}

/* Every statutory day of the baseline is a holiday of that name in the real
 * arrangements of 2025 and 2026. */
static void test_baseline_against_2025_2026(void **state)
{
    (void)state;
    size_t len;
    char *text = notice_text("2024.txt", &len);
    qz_calendar *only2024 = NULL, *prov = NULL, *embedded = default_calendar();
    QZT_OK(qz_calendar_parse_notice(&only2024, text, len, "2024.txt"));
    free(text);
    qz_calendar_options opts = QZ_CALENDAR_OPTIONS_INIT;
    opts.provisional = 1;
    QZT_OK(qz_calendar_with_options(&prov, only2024, &opts));
    for (int y = 2025; y <= 2026; y++) {
        const qz_calendar_day *e = NULL;
        size_t n = 0;
        assert_int_equal(qz_calendar_arrangement(&e, &n, prov, y), QZ_CALENDAR_PROVISIONAL);
        assert_int_equal(n, 13); /* 1 + 4 + 1 + 2 + 1 + 1 + 3: no two coincide in 2025 or 2026 */
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(e[i].kind, QZ_DAY_HOLIDAY);
            assert_holiday(embedded, e[i].date, e[i].name, NULL);
        }
    }
    qz_calendar_free(prov);
    qz_calendar_free(only2024);
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
    qz_calendar *cal = (qz_calendar *)changed; /* must be reset to NULL */
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
    refuse("2026.txt", "1月4日（周日）上班", "1月4日（周一）上班", QZ_ESCHEMA, 7,
           35); /* weekday contradicts */
    refuse("2026.txt", "1月1日（周四）至3日", "1月1日（周八）至3日", QZ_EPARSE, 7,
           11); /* unreadable remark */
    refuse("2026.txt", "放假调休，共3天。1月4日", "放假调休，共4天。1月4日", QZ_ESCHEMA, 7,
           27); /* count contradicts */
    refuse("2026.txt", "1月4日（周日）上班", "1月5日（周一）上班", QZ_ESCHEMA, 7,
           30); /* make-up on a weekday */
    refuse("2026.txt", "1月4日（周日）上班。", "1月4日（周日）上班。1月5日休息。", QZ_ESCHEMA, 7,
           41);                                                             /* a date without a role */
    refuse("2026.txt", "至3日（周六）", "至3月（周六）", QZ_EPARSE, 7, 15); /* a month without its day */
    refuse("2026.txt", "至3日（周六）", "—", QZ_EPARSE, 7, 14);             /* a range without its end */
    refuse("2026.txt", "七、国庆节：", "七、建军节：", QZ_EPARSE, 13, 3);   /* unknown festival */
    refuse("2026.txt", "七、国庆节：", "七、", QZ_EPARSE, 13, 3);           /* no festival */
    refuse("2026.txt", "国务院办公厅关于2026年", "国务院办公厅2026年", QZ_EPARSE, 1, 1); /* not a title */
    refuse("2026.txt", "5月9日（周六）上班", "5月9日（周六）上班（5月8日）", QZ_EPARSE, 10,
           42); /* a date in a stray remark */
    refuse("2026.txt", "6月19日（周五）至21日（周日）", "6月21日（周日）至19日（周五）", QZ_ESCHEMA, 11,
           7);                                                                   /* reversed range */
    refuse("2026.txt", "2月14日（周六）", "2月30日（周六）", QZ_ESCHEMA, 8, 47); /* no such date */
    refuse("2026.txt", "元旦：", "元旦：\xff", QZ_EPARSE, 7, 6);                 /* not UTF-8 */
    /* 除夕 is checked against the lunar table (a corrupted 2015 copy reads "2月15日（除夕）") */
    refuse("2015.txt", "2月15日（星期日）", "2月15日（除夕）", QZ_ESCHEMA, 8, 30);
}

/* ---------- out of memory ---------- */

typedef struct oom_ctx {
    int what;
    char *text;
    size_t len;
    qz_calendar *base, *cal;
    char path[64];
} oom_ctx;

static int oom_body(void *p)
{
    oom_ctx *c = p;
    int rc;
    switch (c->what) {
    case 0: rc = qz_calendar_parse_notice(&c->cal, c->text, c->len, "2026.txt"); break;
    case 1: rc = qz_calendar_apply_notice(&c->cal, c->base, c->text, c->len, "2026.txt"); break;
    case 2: {
        qz_calendar_options opts = QZ_CALENDAR_OPTIONS_INIT;
        opts.provisional = 1;
        rc = qz_calendar_with_options(&c->cal, c->base, &opts);
        break;
    }
    default: rc = qz_calendar_overlay_path(&c->cal, c->base, c->path); break;
    }
    if (rc < 0 && c->cal)
        return -101; /* a failure must leave nothing behind */
    return rc;
}

static void oom_cleanup(void *p)
{
    oom_ctx *c = p;
    qz_calendar_free(c->cal);
    c->cal = NULL;
}

static void test_out_of_memory(void **state)
{
    (void)state;
    oom_ctx c;
    memset(&c, 0, sizeof(c));
    c.text = notice_text("2026.txt", &c.len);
    strcpy(c.path, "/tmp/qz-notice-oom-XXXXXX");
    assert_non_null(mkdtemp(c.path));
    char file[128];
    snprintf(file, sizeof(file), "%s/2027.xml", c.path);
    FILE *f = fopen(file, "wb");
    assert_non_null(f);
    fputs("<calendar region=\"CN\" from=\"2027\" to=\"2027\"><year value=\"2027\"/></calendar>", f);
    assert_int_equal(fclose(f), 0);
    for (c.what = 0; c.what <= 3; c.what++) {
        QZT_OK(qz_calendar_default(&c.base));
        assert_true(qzt_oom_loop(oom_body, oom_cleanup, &c) >= 1);
        qz_calendar_free(c.base);
        c.base = NULL;
    }
    assert_int_equal(unlink(file), 0);
    assert_int_equal(rmdir(c.path), 0);
    free(c.text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_year_round_trips),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_supplements),
        cmocka_unit_test(test_lunar_table_agrees),
        cmocka_unit_test(test_baseline_against_2025_2026),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
