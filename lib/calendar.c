/* The working-day calendar: building the immutable data, overlays, and the
 * queries.
 *
 * Why rank/select: deadlines are counted in working days, often many of them
 * (a 20-year span, 2,500 working days). Walking day by day costs microseconds;
 * instead, building the calendar stores rank[i] (working days before covered
 * day i) and select[k] (which day is working day k + 1), so every query is a
 * few array reads. Outside coverage the same counts continue by arithmetic
 * over the plain week, which is used only when the caller asked for it.
 * Drafts and the lookup of a listed day are in calendar_draft.c, which the
 * loader (calendar_xml.c) uses too. */
#include "calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "embedded.h"
#include "error.h"
#include "file.h"
#include "quanze/date.h"

/* Days between 1970-01-01 and the first and last day the date module
 * represents (years -999999 and 999999). */
#define QZ_DATE_FIRST (-365961663LL)
#define QZ_DATE_LAST 364522971LL

/* ---------- the plain week, for counting outside coverage ---------- */

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* Monday to Friday days in [1970-01-05 (a Monday), x), negative before it. */
static int64_t weekdays_before(int64_t x)
{
    int64_t q = floor_div(x - 4, 7), r = x - 4 - 7 * q;
    return 5 * q + (r < 5 ? r : 5);
}

/* The Monday-to-Friday day x with weekdays_before(x) == k. */
static int64_t weekday_number(int64_t k)
{
    int64_t q = floor_div(k, 5);
    return 4 + 7 * q + (k - 5 * q);
}

static int is_weekday(int64_t x)
{
    return x - 4 - 7 * floor_div(x - 4, 7) < 5;
}

/* ---------- rank and select, continued outside coverage ---------- */

/* Working days in [start, x); negative (minus those in [x, start)) before start. */
static int64_t rank_at(const qz_calendar_data *c, int64_t x)
{
    int64_t i = x - c->start;
    if (i < 0)
        return weekdays_before(x) - weekdays_before(c->start);
    if (i <= c->ndays)
        return c->rank[i];
    return c->workdays + weekdays_before(x) - weekdays_before((int64_t)c->start + c->ndays);
}

/* The day of working day number k: the working day x with rank_at(x + 1) == k. */
static int64_t select_at(const qz_calendar_data *c, int64_t k)
{
    if (k <= 0)
        return weekday_number(k - 1 + weekdays_before(c->start));
    if (k <= c->workdays)
        return (int64_t)c->start + c->select[k - 1];
    return weekday_number(k - 1 - c->workdays + weekdays_before((int64_t)c->start + c->ndays));
}

/* The answer depended on the days lo..hi: QZ_OK when all are covered,
 * QZ_CALENDAR_ASSUMED or QZ_ERANGE otherwise. */
/* The first day after the years with a real arrangement. */
static int64_t known_end(const qz_calendar_data *c)
{
    qz_date end;
    qz_date_from_ymd(&end, c->known_last + 1, 1, 1);
    return end;
}

static int depends_on(const qz_calendar *cal, int64_t lo, int64_t hi)
{
    const qz_calendar_data *c = cal->data;
    int64_t end = known_end(c);
    if (lo > hi || (lo >= c->start && hi < end))
        return QZ_OK;
    if (cal->provisional)
        return QZ_CALENDAR_PROVISIONAL;
    /* name the uncovered day of lo..hi nearest to coverage */
    int64_t day = lo < c->start ? (hi < c->start ? hi : c->start - 1) : (lo > end ? lo : end);
    if (day < QZ_DATE_FIRST || day > QZ_DATE_LAST)
        return qz__error(QZ_ERANGE,
                         "the answer lies beyond the dates the library represents "
                         "(outside the covered years %d-%d)",
                         c->first_year, c->known_last);
    char text[QZ_DATE_BUFSIZE];
    int year;
    qz_date_format(text, sizeof(text), (qz_date)day);
    qz_date_to_ymd(&year, NULL, NULL, (qz_date)day);
    return qz__error(QZ_ERANGE,
                     "the answer depends on %s, in year %d, outside the covered years %d-%d "
                     "(the %s calendar has no arrangement for it)",
                     text, year, c->first_year, c->known_last, c->region);
}

/* ---------- building ---------- */

static int by_year_then_date(const void *a, const void *b)
{
    const qz_calendar_day *x = a, *y = b;
    if (x->year != y->year)
        return x->year < y->year ? -1 : 1;
    return (x->date > y->date) - (x->date < y->date);
}

typedef struct dated {
    qz_date date;
    uint32_t index;
} dated;

static int by_date(const void *a, const void *b)
{
    const dated *x = a, *y = b;
    return (x->date > y->date) - (x->date < y->date);
}

static void data_free(qz_calendar_data *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->nnames; i++)
        qz__free(c->names[i]);
    qz__free(c->names);
    qz__free(c->entries);
    qz__free(c->year_first);
    qz__free(c->by_date);
    qz__free(c->rank);
    qz__free(c->select);
    qz__free(c->region);
    qz__free(c->source);
    if (c->origin)
        for (int y = 0; y <= c->last_year - c->first_year; y++)
            qz__free(c->origin[y]);
    qz__free(c->origin);
    qz__free(c);
}

/* Where each year came from: the draft's new years from its origin name, the
 * others as the base had them. */
static int set_origins(qz_calendar_data *c, const qz_calendar_draft *d)
{
    int years = c->last_year - c->first_year + 1;
    c->origin = qz__calloc((size_t)years, sizeof(*c->origin));
    if (!c->origin)
        return QZ_ENOMEM;
    const qz_calendar_data *b = d->origin_base;
    for (int i = 0; i < years; i++) {
        int y = c->first_year + i;
        const char *from = d->origin_name ? d->origin_name : "";
        if (b && (y < d->new_first || y > d->new_last) && y >= b->first_year && y <= b->last_year)
            from = b->origin[y - b->first_year];
        if (!(c->origin[i] = qz__strdup(from)))
            return QZ_ENOMEM;
    }
    return QZ_OK;
}

/* Copies the names and the entries (renamed to the copies), sorted by year and date. */
static int copy_entries(qz_calendar_data *c, const qz_calendar_draft *d)
{
    c->names = qz__calloc(d->nnames ? d->nnames : 1, sizeof(*c->names));
    c->entries = qz__calloc(d->nentries ? d->nentries : 1, sizeof(*c->entries));
    if (!c->names || !c->entries)
        return QZ_ENOMEM;
    for (; c->nnames < d->nnames; c->nnames++)
        if (!(c->names[c->nnames] = qz__strdup(d->names[c->nnames])))
            return QZ_ENOMEM;
    for (size_t i = 0; i < d->nentries; i++) {
        size_t k = 0;
        while (d->names[k] != d->entries[i].day.name)
            k++;
        c->entries[i] = d->entries[i].day;
        c->entries[i].name = c->names[k];
    }
    c->nentries = d->nentries;
    qsort(c->entries, c->nentries, sizeof(*c->entries), by_year_then_date);
    return QZ_OK;
}

static int index_entries(qz_calendar_data *c)
{
    size_t years = (size_t)(c->last_year - c->first_year + 1);
    c->year_first = qz__calloc(years + 1, sizeof(*c->year_first));
    c->by_date = qz__calloc(c->nentries ? c->nentries : 1, sizeof(*c->by_date));
    dated *tmp = qz__calloc(c->nentries ? c->nentries : 1, sizeof(*tmp));
    if (!c->year_first || !c->by_date || !tmp) {
        qz__free(tmp);
        return QZ_ENOMEM;
    }
    for (size_t i = 0; i < c->nentries; i++) {
        c->year_first[c->entries[i].year - c->first_year + 1]++;
        tmp[i].date = c->entries[i].date;
        tmp[i].index = (uint32_t)i;
    }
    for (size_t y = 1; y <= years; y++)
        c->year_first[y] += c->year_first[y - 1];
    qsort(tmp, c->nentries, sizeof(*tmp), by_date);
    for (size_t i = 0; i < c->nentries; i++)
        c->by_date[i] = tmp[i].index;
    qz__free(tmp);
    return QZ_OK;
}

static int count_workdays(qz_calendar_data *c)
{
    c->rank = qz__calloc((size_t)c->ndays + 1, sizeof(*c->rank));
    if (!c->rank)
        return QZ_ENOMEM;
    int32_t *work = c->rank + 1; /* first 0/1 per day, then summed in place */
    for (int32_t i = 0; i < c->ndays; i++)
        work[i] = is_weekday((int64_t)c->start + i);
    for (size_t i = 0; i < c->nentries; i++) {
        int64_t at = (int64_t)c->entries[i].date - c->start;
        if (at >= 0 && at < c->ndays)
            work[at] = c->entries[i].kind == QZ_DAY_MAKEUP;
    }
    for (int32_t i = 0; i < c->ndays; i++)
        c->rank[i + 1] += c->rank[i];
    c->workdays = c->rank[c->ndays];
    c->select = qz__calloc(c->workdays ? (size_t)c->workdays : 1, sizeof(*c->select));
    if (!c->select)
        return QZ_ENOMEM;
    for (int32_t i = 0; i < c->ndays; i++)
        if (c->rank[i + 1] != c->rank[i])
            c->select[c->rank[i]] = i;
    return QZ_OK;
}

int qz_calendar__build(qz_calendar_data **out, const qz_calendar_draft *d)
{
    *out = NULL;
    qz_calendar_data *c = qz__calloc(1, sizeof(*c));
    if (!c)
        return qz__error_nomem();
    qz__ref_init(&c->refs);
    c->first_year = d->first_year;
    c->last_year = d->last_year;
    qz_date end;
    qz_date_from_ymd(&c->start, d->first_year, 1, 1);
    qz_date_from_ymd(&end, d->last_year + 1, 1, 1);
    c->ndays = end - c->start;
    c->region = qz__strdup(d->region ? d->region : "");
    c->source = qz__strdup(d->source ? d->source : "");
    c->known_last = d->last_year;
    if (!c->region || !c->source || copy_entries(c, d) < 0 || index_entries(c) < 0 || count_workdays(c) < 0 ||
        set_origins(c, d) < 0) {
        data_free(c);
        return qz__error_nomem();
    }
    *out = c;
    return QZ_OK;
}

/* ---------- handles ---------- */

static void data_release(qz_calendar_data *c)
{
    if (c && qz__ref_dec(&c->refs))
        data_free(c);
}

/* The known data continued, year by year up to the end of the lunar table,
 * by the statutory baseline: what a provisional calendar's queries read. */
static int extend_provisional(qz_calendar_data **out, const qz_calendar_data *known)
{
    *out = NULL;
    int last = qz_calendar__baseline_last_year();
    if (known->last_year >= last)
        return QZ_OK;
    qz_calendar_draft d;
    memset(&d, 0, sizeof(d));
    d.first_year = known->first_year;
    d.last_year = last;
    d.origin_name = "provisional";
    d.origin_base = known;
    d.new_first = known->last_year + 1;
    d.new_last = last;
    int rc = QZ_OK;
    d.region = qz__strdup(known->region);
    d.source = qz__strdup(known->source);
    if (!d.region || !d.source)
        rc = qz__error_nomem();
    for (size_t i = 0; rc >= 0 && i < known->nentries; i++) {
        rc = qz_calendar__draft_add_day(&d, known->entries[i]);
    }
    for (int y = known->last_year + 1; rc >= 0 && y <= last; y++)
        if (y >= qz_calendar__baseline_first_year())
            rc = qz_calendar__baseline(&d, y);
    if (rc >= 0)
        rc = qz_calendar__build(out, &d);
    if (rc >= 0)
        (*out)->known_last = known->last_year;
    qz_calendar__draft_free(&d);
    return rc;
}

static int wrap(qz_calendar **out, qz_calendar_data *data, int provisional)
{
    qz_calendar_data *ext = NULL;
    if (provisional) {
        int rc = extend_provisional(&ext, data);
        if (rc < 0)
            return rc;
    }
    qz_calendar *cal = qz__calloc(1, sizeof(*cal));
    if (!cal) {
        data_release(ext);
        return qz__error_nomem();
    }
    qz__ref_init(&cal->refs);
    qz__ref_inc(&data->refs);
    cal->known = data;
    if (ext) {
        cal->data = ext; /* the reference made by building it */
    } else {
        qz__ref_inc(&data->refs);
        cal->data = data;
    }
    cal->provisional = provisional;
    *out = cal;
    return QZ_OK;
}

int qz_calendar__wrap(qz_calendar **out, qz_calendar_data *data, const qz_calendar *like)
{
    return wrap(out, data, like ? like->provisional : 0);
}

void qz_calendar__data_release(qz_calendar_data *data)
{
    data_release(data);
}

/* Builds a calendar from a filled draft and frees the draft. */
static int finish(qz_calendar **out, qz_calendar_draft *d, int rc, int provisional)
{
    qz_calendar_data *data = NULL;
    if (rc >= 0)
        rc = qz_calendar__build(&data, d);
    qz_calendar__draft_free(d);
    if (rc >= 0) {
        rc = wrap(out, data, provisional);
        data_release(data);
    }
    return rc;
}

int qz_calendar_options_init(qz_calendar_options *opts, unsigned int version)
{
    if (!opts || version < 1 || version > QZ_CALENDAR_OPTIONS_VERSION)
        return qz__error(QZ_EINVAL, "qz_calendar_options_init: unknown options version %u", version);
    qz_calendar_options defaults = QZ_CALENDAR_OPTIONS_INIT;
    *opts = defaults;
    opts->version = version;
    return QZ_OK;
}

int qz_calendar_load_memory(qz_calendar **out, const char *data, size_t size, const char *name)
{
    if (out)
        *out = NULL;
    if (!out)
        return qz__error(QZ_EINVAL, "qz_calendar_load_memory: out is NULL");
    *out = NULL;
    if (!data && size)
        return qz__error(QZ_EINVAL, "qz_calendar_load_memory: data is NULL");
    qz_calendar_draft d;
    memset(&d, 0, sizeof(d));
    d.origin_name = name ? name : "<memory>";
    return finish(out, &d, qz_calendar__parse_memory(&d, data, size, name, NULL), 0);
}

int qz_calendar_load_file(qz_calendar **out, const char *path)
{
    if (out)
        *out = NULL;
    if (!out || !path)
        return qz__error(QZ_EINVAL, "qz_calendar_load_file: %s is NULL", out ? "path" : "out");
    *out = NULL;
    qz_calendar_draft d;
    memset(&d, 0, sizeof(d));
    d.origin_name = path;
    return finish(out, &d, qz_calendar__parse_file(&d, path, NULL), 0);
}

int qz_calendar_default(qz_calendar **out)
{
    if (!out)
        return qz__error(QZ_EINVAL, "qz_calendar_default: out is NULL");
    *out = NULL;
    qz_calendar_draft d;
    memset(&d, 0, sizeof(d));
    d.origin_name = "embedded";
    return finish(out, &d,
                  qz_calendar__parse_memory(&d, (const char *)qz__embedded_calendar_xml,
                                            qz__embedded_calendar_xml_size, "cn-calendar.xml (built in)",
                                            NULL),
                  0);
}

/* Adds the base's entries for the years the overlay does not declare. */
static int keep_base_years(qz_calendar_draft *d, const qz_calendar_data *base, int replaced_first,
                           int replaced_last)
{
    for (size_t i = 0; i < base->nentries; i++) {
        int year = base->entries[i].year, rc;
        if (year >= replaced_first && year <= replaced_last)
            continue;
        if ((rc = qz_calendar__draft_add_day(d, base->entries[i])) < 0)
            return rc;
    }
    return QZ_OK;
}

static int overlay(qz_calendar **out, const qz_calendar *base, qz_calendar_draft *d, int rc, const char *name)
{
    if (rc >= 0) {
        int first = d->first_year, last = d->last_year;
        rc = keep_base_years(d, base->known, first, last);
        if (first > base->known->first_year)
            d->first_year = base->known->first_year;
        if (last < base->known->last_year)
            d->last_year = base->known->last_year;
        d->origin_name = name;
        d->origin_base = base->known;
        d->new_first = first;
        d->new_last = last;
    }
    return finish(out, d, rc, base->provisional);
}

int qz_calendar_overlay_memory(qz_calendar **out, const qz_calendar *base, const char *data, size_t size,
                               const char *name)
{
    if (out)
        *out = NULL;
    if (!out || !base || (!data && size))
        return qz__error(QZ_EINVAL, "qz_calendar_overlay_memory: invalid argument");
    *out = NULL;
    qz_calendar_draft d;
    memset(&d, 0, sizeof(d));
    return overlay(out, base, &d, qz_calendar__parse_memory(&d, data, size, name, base->known),
                   name ? name : "<memory>");
}

int qz_calendar_overlay_file(qz_calendar **out, const qz_calendar *base, const char *path)
{
    if (out)
        *out = NULL;
    if (!out || !base || !path)
        return qz__error(QZ_EINVAL, "qz_calendar_overlay_file: invalid argument");
    *out = NULL;
    qz_calendar_draft d;
    memset(&d, 0, sizeof(d));
    return overlay(out, base, &d, qz_calendar__parse_file(&d, path, base->known), path);
}

int qz_calendar_with_options(qz_calendar **out, const qz_calendar *cal, const qz_calendar_options *opts)
{
    if (out)
        *out = NULL;
    if (!out || !cal)
        return qz__error(QZ_EINVAL, "qz_calendar_with_options: invalid argument");
    *out = NULL;
    if (opts && (opts->version < 1 || opts->version > QZ_CALENDAR_OPTIONS_VERSION))
        return qz__error(QZ_EINVAL, "qz_calendar_with_options: unknown options version %u", opts->version);
    /* the old assume_weekends (version 1) now asks for the provisional baseline */
    int provisional = opts ? opts->assume_weekends != 0 || (opts->version >= 2 && opts->provisional != 0) : 0;
    return wrap(out, cal->known, provisional);
}

qz_calendar *qz_calendar_ref(const qz_calendar *cal)
{
    qz_calendar *c = (qz_calendar *)cal; /* immutable: only the count changes */
    if (c)
        qz__ref_inc(&c->refs);
    return c;
}

void qz_calendar_free(qz_calendar *cal)
{
    if (cal && qz__ref_dec(&cal->refs)) {
        data_release(cal->data);
        data_release(cal->known);
        qz__free(cal);
    }
}

int qz_calendar_save(char **out, size_t *len, const qz_calendar *cal)
{
    if (out)
        *out = NULL;
    if (!out || !cal)
        return qz__error(QZ_EINVAL, "qz_calendar_save: invalid argument");
    *out = NULL;
    return qz_calendar__write(out, len, cal->known);
}

int qz_calendar_save_file(const qz_calendar *cal, const char *path)
{
    if (!cal || !path)
        return qz__error(QZ_EINVAL, "qz_calendar_save_file: invalid argument");
    char *text = NULL;
    size_t len = 0;
    int rc = qz_calendar__write(&text, &len, cal->known);
    return qz__write_saved(path, rc, text, len);
}

/* ---------- queries ---------- */

int qz_calendar_coverage(int *first_year, int *last_year, const qz_calendar *cal)
{
    if (first_year)
        *first_year = 0;
    if (last_year)
        *last_year = 0;
    if (!cal)
        return qz__error(QZ_EINVAL, "qz_calendar_coverage: cal is NULL");
    if (first_year)
        *first_year = cal->known->first_year;
    if (last_year)
        *last_year = cal->known->last_year;
    return QZ_OK;
}

const char *qz_calendar_region(const qz_calendar *cal)
{
    return cal ? cal->known->region : "";
}

const char *qz_calendar_source(const qz_calendar *cal)
{
    return cal ? cal->known->source : "";
}

int qz_calendar_is_workday(int *out, const qz_calendar *cal, qz_date d)
{
    if (out)
        *out = 0;
    if (!out || !cal)
        return qz__error(QZ_EINVAL, "qz_calendar_is_workday: invalid argument");
    const qz_calendar_data *c = cal->data;
    int64_t i = (int64_t)d - c->start;
    int rc = depends_on(cal, d, d);
    if (rc >= 0)
        *out = i >= 0 && i < c->ndays ? c->rank[i + 1] != c->rank[i] : is_weekday(d);
    return rc;
}

int qz_calendar_day_info(qz_calendar_day *out, const qz_calendar *cal, qz_date d)
{
    if (out)
        memset(out, 0, sizeof(*out));
    if (!out || !cal)
        return qz__error(QZ_EINVAL, "qz_calendar_day_info: invalid argument");
    int rc = depends_on(cal, d, d);
    if (rc < 0)
        return rc;
    const qz_calendar_day *listed = qz_calendar__find(cal->data, d);
    if (listed) {
        *out = *listed;
        out->is_assumed = rc == QZ_CALENDAR_PROVISIONAL;
        return rc;
    }
    qz_calendar_day day = {d, is_weekday(d) ? QZ_DAY_WORKDAY : QZ_DAY_WEEKEND, NULL, 0,
                           rc == QZ_CALENDAR_PROVISIONAL};
    *out = day;
    return rc;
}

int qz_calendar_add_workdays(qz_date *out, const qz_calendar *cal, qz_date d, int n)
{
    if (out)
        *out = 0;
    if (!out || !cal)
        return qz__error(QZ_EINVAL, "qz_calendar_add_workdays: invalid argument");
    const qz_calendar_data *c = cal->data;
    int64_t k = n > 0 ? rank_at(c, (int64_t)d + 1) + n : rank_at(c, d) + n + (n <= 0);
    int64_t r = select_at(c, k);
    int rc = n > 0 ? depends_on(cal, (int64_t)d + 1, r)
                   : depends_on(cal, n < 0 ? r : d, n < 0 ? (int64_t)d - 1 : r);
    if (rc >= 0 && (r < QZ_DATE_FIRST || r > QZ_DATE_LAST))
        rc = qz__error(QZ_ERANGE, "the answer lies beyond the dates the library represents");
    if (rc >= 0)
        *out = (qz_date)r;
    return rc;
}

int qz_calendar_workdays_between(int *out, const qz_calendar *cal, qz_date a, qz_date b)
{
    if (out)
        *out = 0;
    if (!out || !cal)
        return qz__error(QZ_EINVAL, "qz_calendar_workdays_between: invalid argument");
    const qz_calendar_data *c = cal->data;
    int64_t count = rank_at(c, (int64_t)b + 1) - rank_at(c, (int64_t)a + 1);
    int rc = a < b ? depends_on(cal, (int64_t)a + 1, b) : depends_on(cal, (int64_t)b + 1, a);
    if (rc >= 0 && (count > INT32_MAX || count < -INT32_MAX))
        rc = qz__error(QZ_ERANGE, "the count of working days does not fit in an int");
    if (rc >= 0)
        *out = (int)count;
    return rc;
}

int qz_calendar_arrangement(const qz_calendar_day **out, size_t *count, const qz_calendar *cal, int year)
{
    if (out)
        *out = NULL;
    if (count)
        *count = 0;
    if (!out || !count || !cal)
        return qz__error(QZ_EINVAL, "qz_calendar_arrangement: invalid argument");
    const qz_calendar_data *c = cal->data;
    if (year < c->first_year || year > c->last_year)
        return qz__error(QZ_ERANGE, "year %d is outside the covered years %d-%d", year, c->first_year,
                         c->known_last);
    size_t first = c->year_first[year - c->first_year];
    *out = c->entries + first;
    *count = c->year_first[year - c->first_year + 1] - first;
    return year > c->known_last ? QZ_CALENDAR_PROVISIONAL : QZ_OK;
}

int qz_calendar_provisional_years(int *first_year, int *last_year, const qz_calendar *cal, qz_date a,
                                  qz_date b)
{
    if (first_year)
        *first_year = 0;
    if (last_year)
        *last_year = 0;
    if (!cal)
        return qz__error(QZ_EINVAL, "qz_calendar_provisional_years: cal is NULL");
    if (!cal->provisional)
        return QZ_OK;
    qz_date lo = a < b ? a : b, hi = a < b ? b : a;
    int ylo, yhi;
    qz_date_to_ymd(&ylo, NULL, NULL, lo);
    qz_date_to_ymd(&yhi, NULL, NULL, hi);
    const qz_calendar_data *c = cal->data;
    /* the provisional years of lo..hi: before the first covered year or after the last known one */
    int f = 0, l = 0;
    if (ylo < c->first_year) {
        f = ylo;
        l = yhi < c->first_year ? yhi : c->first_year - 1;
    }
    if (yhi > c->known_last) {
        if (!f)
            f = ylo > c->known_last ? ylo : c->known_last + 1;
        l = yhi;
    }
    if (first_year)
        *first_year = f;
    if (last_year)
        *last_year = l;
    return QZ_OK;
}

const char *qz_calendar_year_origin(const qz_calendar *cal, int year)
{
    if (!cal || year < cal->data->first_year || year > cal->data->last_year)
        return "";
    return cal->data->origin[year - cal->data->first_year];
}

int qz_calendar_is_provisional(const qz_calendar *cal)
{
    return cal ? cal->provisional : 0;
}
