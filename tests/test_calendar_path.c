/* The calendar search path: overlay files in directories applied in order,
 * where each year came from, and a refused file failing the whole load. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "quanze.h"

static const char *const year_2027 =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<calendar region=\"CN\" from=\"2027\" to=\"2027\">\n"
    "  <year value=\"2027\">\n"
    "    <holiday name=\"New Year&apos;s Day\" from=\"2027-01-01\" to=\"2027-01-03\"/>\n"
    "  </year>\n"
    "</calendar>\n";

/* the same year, with 4 January off too */
static const char *const year_2027_changed =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<calendar region=\"CN\" from=\"2027\" to=\"2027\">\n"
    "  <year value=\"2027\">\n"
    "    <holiday name=\"New Year&apos;s Day\" from=\"2027-01-01\" to=\"2027-01-04\"/>\n"
    "  </year>\n"
    "</calendar>\n";

static char tmp[64];

static void make_dir(char *buf, size_t size, const char *name)
{
    snprintf(buf, size, "%s/%s", tmp, name);
    assert_int_equal(mkdir(buf, 0700), 0);
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fputs(text, f) >= 0, 1);
    assert_int_equal(fclose(f), 0);
}

static int workday(const qz_calendar *cal, const char *iso)
{
    qz_date d;
    int w = -1;
    QZT_OK(qz_date_parse(&d, iso));
    QZT_OK(qz_calendar_is_workday(&w, cal, d));
    return w;
}

static int setup(void **state)
{
    (void)state;
    strcpy(tmp, "/tmp/qz-calpath-XXXXXX");
    assert_non_null(mkdtemp(tmp));
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp);
    assert_int_equal(system(cmd), 0);
    return 0;
}

static void test_files_applied_in_order(void **state)
{
    (void)state;
    char a[128], b[128], path[512], want[256];
    make_dir(a, sizeof(a), "a");
    make_dir(b, sizeof(b), "b");
    write_file(a, "2027.xml", year_2027);
    write_file(a, "README.txt", "not an overlay");
    write_file(a, ".hidden.xml", "not read either");
    qz_calendar *cal = NULL;
    /* one directory (a missing one is skipped, empty entries too) */
    snprintf(path, sizeof(path), "%s::%s/missing", a, tmp);
    QZT_OK(qz_calendar_default_with_path(&cal, path));
    int first = 0, last = 0;
    QZT_OK(qz_calendar_coverage(&first, &last, cal));
    assert_int_equal(first, 2004);
    assert_int_equal(last, 2027);
    assert_int_equal(workday(cal, "2027-01-04"), 1);
    snprintf(want, sizeof(want), "%s/2027.xml", a);
    assert_string_equal(qz_calendar_year_origin(cal, 2027), want);
    assert_string_equal(qz_calendar_year_origin(cal, 2026), "embedded");
    assert_string_equal(qz_calendar_year_origin(cal, 2028), "");
    qz_calendar_free(cal);
    /* a later directory wins */
    write_file(b, "2027.xml", year_2027_changed);
    snprintf(path, sizeof(path), "%s:%s", a, b);
    QZT_OK(qz_calendar_default_with_path(&cal, path));
    assert_int_equal(workday(cal, "2027-01-04"), 0);
    snprintf(want, sizeof(want), "%s/2027.xml", b);
    assert_string_equal(qz_calendar_year_origin(cal, 2027), want);
    qz_calendar_free(cal);
    /* within a directory, a later name wins */
    write_file(a, "2027-update.xml", year_2027_changed);
    QZT_OK(qz_calendar_default_with_path(&cal, a));
    assert_int_equal(workday(cal, "2027-01-04"), 1); /* "2027-update.xml" < "2027.xml" */
    qz_calendar_free(cal);
    /* the environment variable, when no path is given */
    assert_int_equal(setenv(QZ_CALENDAR_PATH_ENV, b, 1), 0);
    QZT_OK(qz_calendar_default_with_path(&cal, NULL));
    assert_int_equal(workday(cal, "2027-01-04"), 0);
    qz_calendar_free(cal);
    assert_int_equal(unsetenv(QZ_CALENDAR_PATH_ENV), 0);
    QZT_OK(qz_calendar_default_with_path(&cal, NULL));
    QZT_OK(qz_calendar_coverage(&first, &last, cal));
    assert_int_equal(last, 2026);
    qz_calendar_free(cal);
}

static void test_bad_file_refused(void **state)
{
    (void)state;
    char c[128], want[256];
    make_dir(c, sizeof(c), "c");
    write_file(c, "2027.xml", year_2027);
    write_file(c, "2028.xml",
               "<calendar region=\"CN\" from=\"2028\" to=\"2028\"><year value=\"2028\"></yaer>");
    qz_calendar *cal = (qz_calendar *)c;
    assert_int_equal(qz_calendar_default_with_path(&cal, c), QZ_EPARSE);
    assert_null(cal);
    snprintf(want, sizeof(want), "%s/2028.xml", c);
    assert_string_equal(qz_error_file(qz_error_last()), want);
    /* a year that does not join the others is refused too, naming its file */
    char d[128];
    make_dir(d, sizeof(d), "d");
    write_file(d, "2029.xml",
               "<calendar region=\"CN\" from=\"2029\" to=\"2029\"><year value=\"2029\"/></calendar>");
    assert_int_equal(qz_calendar_default_with_path(&cal, d), QZ_ESCHEMA);
    assert_null(cal);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "2029.xml"));
    /* arguments */
    assert_int_equal(qz_calendar_default_with_path(NULL, d), QZ_EINVAL);
    assert_int_equal(qz_calendar_overlay_path(&cal, NULL, d), QZ_EINVAL);
    assert_null(cal);
}

static void test_path_keeps_provisional(void **state)
{
    (void)state;
    char e[128];
    make_dir(e, sizeof(e), "e");
    write_file(e, "2027.xml", year_2027);
    qz_calendar *base = NULL, *prov = NULL, *cal = NULL;
    QZT_OK(qz_calendar_default(&base));
    qz_calendar_options opts = QZ_CALENDAR_OPTIONS_INIT;
    opts.provisional = 1;
    QZT_OK(qz_calendar_with_options(&prov, base, &opts));
    QZT_OK(qz_calendar_overlay_path(&cal, prov, e));
    assert_int_equal(qz_calendar_is_provisional(cal), 1);
    assert_string_equal(qz_calendar_year_origin(cal, 2028), "provisional");
    int w = -1;
    qz_date d;
    QZT_OK(qz_date_parse(&d, "2027-01-04"));
    assert_int_equal(qz_calendar_is_workday(&w, cal, d), QZ_OK); /* 2027 is known now */
    QZT_OK(qz_date_parse(&d, "2028-01-01"));
    assert_int_equal(qz_calendar_is_workday(&w, cal, d), QZ_CALENDAR_PROVISIONAL);
    assert_int_equal(w, 0);
    qz_calendar_free(cal);
    qz_calendar_free(prov);
    qz_calendar_free(base);
}

static void test_regional_layer(void **state)
{
    (void)state;
    char r[128], regions[160];
    make_dir(r, sizeof(r), "r");
    snprintf(regions, sizeof(regions), "%s/regions", r);
    assert_int_equal(mkdir(regions, 0700), 0);
    size_t len;
    char *fixture = qzt_read_file(qzt_data("calendar/region-CN-XZ-fixture.xml"), &len);
    write_file(regions, "CN-XZ.xml", fixture);
    qz_calendar *base = NULL, *cal = (qz_calendar *)r;
    QZT_OK(qz_calendar_default(&base));
    QZT_OK(qz_calendar_with_region(&cal, base, "CN-XZ", r));
    assert_string_equal(qz_calendar_region(cal), "CN-XZ");
    assert_int_equal(workday(cal, "2026-03-03"), 0);  /* the region's day off */
    assert_int_equal(workday(base, "2026-03-03"), 1); /* the nation's working day */
    assert_int_equal(workday(cal, "2026-10-01"), 0);  /* national holidays kept */
    assert_int_equal(workday(cal, "2026-10-10"), 1);
    qz_date d;
    qz_calendar_day day;
    QZT_OK(qz_date_parse(&d, "2026-03-02"));
    QZT_OK(qz_calendar_day_info(&day, cal, d));
    assert_string_equal(day.name, "Regional Test Holiday");
    assert_int_equal(day.year, 2026);
    qz_calendar_free(cal);
    /* the same from memory */
    QZT_OK(qz_calendar_layer_region_memory(&cal, base, fixture, len, "fixture.xml"));
    assert_int_equal(workday(cal, "2026-03-04"), 0);
    qz_calendar_free(cal);
    /* refusals: a day the nation lists, a region not of the nation, years not covered, names */
    char *clash = strdup(fixture);
    char *at = strstr(clash, "from=\"2026-03-02\" to=\"2026-03-04\"");
    assert_non_null(at);
    memcpy(at, "from=\"2026-10-01\" to=\"2026-10-01\"", strlen("from=\"2026-10-01\" to=\"2026-10-01\""));
    assert_int_equal(qz_calendar_layer_region_memory(&cal, base, clash, strlen(clash), "clash.xml"),
                     QZ_ESCHEMA);
    assert_null(cal);
    assert_non_null(strstr(qz_error_message(qz_error_last()), "2026-10-01"));
    free(clash);
    char *other = strdup(fixture);
    memcpy(strstr(other, "region=\"CN-XZ\""), "region=\"US-XZ\"", 14);
    assert_int_equal(qz_calendar_layer_region_memory(&cal, base, other, strlen(other), "other.xml"),
                     QZ_ESCHEMA);
    free(other);
    write_file(regions, "CN-NX.xml", fixture); /* its region attribute says CN-XZ */
    assert_int_equal(qz_calendar_with_region(&cal, base, "CN-NX", r), QZ_ESCHEMA);
    assert_null(cal);
    assert_int_equal(qz_calendar_with_region(&cal, base, "CN-XJ", r), QZ_ENOTFOUND);
    assert_int_equal(qz_calendar_with_region(&cal, base, "../CN-XZ", r), QZ_EINVAL);
    assert_int_equal(qz_calendar_with_region(&cal, base, "", r), QZ_EINVAL);
    char *later = strdup(fixture);
    char *y = strstr(later, "from=\"2026\" to=\"2026\"");
    memcpy(y, "from=\"2027\" to=\"2027\"", 21);
    char *yv = strstr(later, "value=\"2026\"");
    memcpy(yv, "value=\"2027\"", 12);
    char *dd = strstr(later, "2026-03-02");
    memcpy(dd, "2027-03-02", 10);
    dd = strstr(later, "2026-03-04");
    memcpy(dd, "2027-03-04", 10);
    assert_int_equal(qz_calendar_layer_region_memory(&cal, base, later, strlen(later), "later.xml"),
                     QZ_ERANGE);
    free(later);
    free(fixture);
    qz_calendar_free(base);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_files_applied_in_order, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_file_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_path_keeps_provisional, setup, teardown),
        cmocka_unit_test_setup_teardown(test_regional_layer, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
