/* Reading and writing the calendar XML format (data/schema/calendar.xsd).
 *
 * The reader checks, while the document streams, everything the schema
 * cannot say: real dates, make-up days on Saturday or Sunday, each year
 * listed once and inside the declared range, each day listed once and within
 * its arrangement's reach, make-up days naming a holiday of their year, and
 * every declared year present. Each refusal names the file, line and column
 * (and the first listing when something is listed twice). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "calendar.h"
#include "embedded.h"
#include "error.h"
#include "quanze/date.h"
#include "xml.h"

static qz_xml_schema calendar_schema =
    QZ_XML_SCHEMA_INIT(qz__embedded_calendar_xsd, qz__embedded_calendar_xsd_size, "calendar.xsd");

typedef struct parser {
    qz_xml *x;
    qz_calendar_draft *d;
    const qz_calendar_data *base; /* when reading an overlay */
    int32_t *slot;                /* per day from slot_start: index + 1 of the entry listing it, or 0 */
    qz_date slot_start;
    int32_t nslots;
    int *year_line; /* per declared year: line of its <year>, 0 until seen */
    int *year_column;
    int year; /* the arrangement being read; 0 outside <year> */
    int year_at_line, year_at_column;
    size_t year_first; /* its first entry */
    int in_source;
    int closed; /* </calendar> was read */
} parser;

/* The first and last day an arrangement of `year` may list: from 1 December
 * of the previous year (New Year periods and their make-up days reach back)
 * to 31 December. */
static void reach(qz_date *first, qz_date *last, int year)
{
    qz_date_from_ymd(first, year - 1, 12, 1);
    qz_date_from_ymd(last, year, 12, 31);
}

/* ---------- attribute values ---------- */

static const char *need_attr(parser *p, const qz_xml_node *n, const char *name, int *rc)
{
    const char *v = qz__xml_attr(n, name);
    if (!v)
        *rc = qz__xml_fail(p->x, n, QZ_ESCHEMA, "<%s> needs the attribute '%s'", n->name, name);
    return v;
}

static int parse_year(parser *p, const qz_xml_node *n, const char *name, int *out)
{
    int rc = QZ_OK;
    const char *v = need_attr(p, n, name, &rc);
    if (!v)
        return rc;
    char *end = NULL;
    long y = strtol(v, &end, 10);
    if (end == v || *end != '\0' || y < QZ_CALENDAR_YEAR_MIN || y > QZ_CALENDAR_YEAR_MAX)
        return qz__xml_fail(p->x, n, QZ_ESCHEMA, "%s=\"%s\" is not a year from %d to %d", name, v,
                            QZ_CALENDAR_YEAR_MIN, QZ_CALENDAR_YEAR_MAX);
    *out = (int)y;
    return QZ_OK;
}

/* A date of the current arrangement: real, and within the arrangement's reach. */
static int parse_day(parser *p, const qz_xml_node *n, const char *name, const char *v, qz_date *out)
{
    if (qz_date_parse(out, v) < 0)
        return qz__xml_fail(p->x, n, QZ_ESCHEMA, "%s=\"%s\" is not a date (YYYY-MM-DD)", name, v);
    qz_date first, last;
    reach(&first, &last, p->year);
    if (*out < first || *out > last)
        return qz__xml_fail(p->x, n, QZ_ESCHEMA,
                            "%s=\"%s\" is outside the reach of the %d arrangement (%d-12-01 to %d-12-31)",
                            name, v, p->year, p->year - 1, p->year);
    return QZ_OK;
}

static void describe(char *buf, size_t size, const qz_calendar_day *e)
{
    if (e->kind == QZ_DAY_MAKEUP)
        snprintf(buf, size, "a make-up working day for %s", e->name);
    else
        snprintf(buf, size, "a holiday (%s)", e->name);
}

/* Lists one day, refusing a second listing of the same date. */
static int list_day(parser *p, const qz_xml_node *n, qz_date date, qz_day_kind kind, const char *name)
{
    qz_calendar_day e = {date, kind, name, p->year, 0};
    int32_t *slot = &p->slot[date - p->slot_start];
    const qz_calendar_day *kept = p->base ? qz_calendar__find(p->base, date) : NULL;
    if (kept && kept->year >= p->d->first_year && kept->year <= p->d->last_year)
        kept = NULL; /* in a year this overlay replaces */
    if (*slot || kept) {
        char was[300], now[300], day[QZ_DATE_BUFSIZE];
        const qz_calendar_listing *first = *slot ? &p->d->entries[*slot - 1] : NULL;
        describe(now, sizeof(now), &e);
        describe(was, sizeof(was), first ? &first->day : kept);
        qz_date_format(day, sizeof(day), date);
        if (first)
            return qz__xml_fail(p->x, n, QZ_ESCHEMA,
                                "%s is listed twice: here as %s, and at line %d, column %d as %s", day, now,
                                first->line, first->column, was);
        return qz__xml_fail(p->x, n, QZ_ESCHEMA,
                            "%s is listed here as %s, but the base calendar's %d arrangement, which this "
                            "overlay keeps, lists it as %s",
                            day, now, kept->year, was);
    }
    if (qz_calendar__draft_add(p->d, &e, n->line, n->column) < 0)
        return qz__xml_fail(p->x, n, QZ_ENOMEM, "out of memory");
    *slot = (int32_t)p->d->nentries;
    return QZ_OK;
}

static int intern(parser *p, const qz_xml_node *n, const char *name, const char **out)
{
    int rc = qz_calendar__intern(p->d, name, out);
    if (rc == QZ_ELIMIT)
        return qz__xml_fail(p->x, n, QZ_ELIMIT, "more than %d different holiday names",
                            QZ_CALENDAR_MAX_NAMES);
    if (rc < 0)
        return qz__xml_fail(p->x, n, QZ_ENOMEM, "out of memory");
    return QZ_OK;
}

/* ---------- elements ---------- */

static int on_calendar(parser *p, const qz_xml_node *n)
{
    qz_calendar_draft *d = p->d;
    int rc = QZ_OK;
    /* optional: calendars written before the formats agreed on it have none */
    const char *version = qz__xml_attr(n, "version");
    if (version && strcmp(version, "1") != 0)
        return qz__xml_fail(p->x, n, QZ_ESCHEMA, "unsupported format version '%s' (this library reads 1)",
                            version);
    const char *region = need_attr(p, n, "region", &rc);
    if (!region)
        return rc;
    if ((rc = parse_year(p, n, "from", &d->first_year)) < 0 ||
        (rc = parse_year(p, n, "to", &d->last_year)) < 0)
        return rc;
    if (d->first_year > d->last_year)
        return qz__xml_fail(p->x, n, QZ_ESCHEMA, "from=\"%d\" is after to=\"%d\"", d->first_year,
                            d->last_year);
    d->line = n->line;
    d->column = n->column;
    const qz_calendar_data *b = p->base;
    if (b && (d->first_year > b->last_year + 1 || d->last_year < b->first_year - 1))
        return qz__xml_fail(
            p->x, n, QZ_ESCHEMA,
            "the overlay covers %d-%d and the base calendar %d-%d: the years between are missing",
            d->first_year, d->last_year, b->first_year, b->last_year);
    qz_date first, last;
    reach(&p->slot_start, &last, d->first_year);
    reach(&first, &last, d->last_year);
    p->nslots = last - p->slot_start + 1;
    size_t years = (size_t)(d->last_year - d->first_year + 1);
    d->region = qz__strdup(region);
    p->slot = qz__calloc((size_t)p->nslots, sizeof(*p->slot));
    p->year_line = qz__calloc(years, sizeof(*p->year_line));
    p->year_column = qz__calloc(years, sizeof(*p->year_column));
    if (!d->region || !p->slot || !p->year_line || !p->year_column)
        return qz__xml_fail(p->x, n, QZ_ENOMEM, "out of memory");
    return QZ_OK;
}

static int on_year(parser *p, const qz_xml_node *n)
{
    int year = 0, rc = parse_year(p, n, "value", &year);
    if (rc < 0)
        return rc;
    const qz_calendar_draft *d = p->d;
    if (year < d->first_year || year > d->last_year)
        return qz__xml_fail(p->x, n, QZ_ESCHEMA, "year %d is outside the declared range %d-%d (line %d)",
                            year, d->first_year, d->last_year, d->line);
    int i = year - d->first_year;
    if (p->year_line[i])
        return qz__xml_fail(p->x, n, QZ_ESCHEMA, "year %d is listed twice: here and at line %d, column %d",
                            year, p->year_line[i], p->year_column[i]);
    p->year_line[i] = n->line;
    p->year_column[i] = n->column;
    p->year = year;
    p->year_at_line = n->line;
    p->year_at_column = n->column;
    p->year_first = d->nentries;
    return QZ_OK;
}

static int on_holiday(parser *p, const qz_xml_node *n)
{
    int rc = QZ_OK;
    const char *name = need_attr(p, n, "name", &rc);
    const char *from = name ? need_attr(p, n, "from", &rc) : NULL;
    if (!from)
        return rc;
    const char *to = qz__xml_attr(n, "to");
    qz_date first, last;
    if ((rc = parse_day(p, n, "from", from, &first)) < 0)
        return rc;
    if (to && (rc = parse_day(p, n, "to", to, &last)) < 0)
        return rc;
    if (!to)
        last = first;
    if (last < first)
        return qz__xml_fail(p->x, n, QZ_ESCHEMA, "the holiday ends (%s) before it starts (%s)", to, from);
    const char *interned;
    if ((rc = intern(p, n, name, &interned)) < 0)
        return rc;
    for (qz_date day = first; day <= last; day++)
        if ((rc = list_day(p, n, day, QZ_DAY_HOLIDAY, interned)) < 0)
            return rc;
    return QZ_OK;
}

static int on_workday(parser *p, const qz_xml_node *n)
{
    int rc = QZ_OK;
    const char *date = need_attr(p, n, "date", &rc);
    const char *name = date ? need_attr(p, n, "for", &rc) : NULL;
    if (!name)
        return rc;
    qz_date day;
    if ((rc = parse_day(p, n, "date", date, &day)) < 0)
        return rc;
    if (qz_date_weekday(day) < 6) {
        static const char *const weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
        return qz__xml_fail(p->x, n, QZ_ESCHEMA,
                            "%s is a %s: a make-up working day must fall on a Saturday or Sunday", date,
                            weekdays[qz_date_weekday(day) - 1]);
    }
    const char *interned;
    if ((rc = intern(p, n, name, &interned)) < 0)
        return rc;
    return list_day(p, n, day, QZ_DAY_MAKEUP, interned);
}

/* At </year>: every make-up day must serve a holiday of the same arrangement. */
static int end_year(parser *p)
{
    const qz_calendar_draft *d = p->d;
    for (size_t i = p->year_first; i < d->nentries; i++) {
        const qz_calendar_listing *e = &d->entries[i];
        if (e->day.kind != QZ_DAY_MAKEUP)
            continue;
        size_t j = p->year_first;
        while (j < d->nentries &&
               !(d->entries[j].day.kind == QZ_DAY_HOLIDAY && d->entries[j].day.name == e->day.name))
            j++;
        if (j == d->nentries) {
            char day[QZ_DATE_BUFSIZE];
            qz_date_format(day, sizeof(day), e->day.date);
            return qz__xml_fail_at(p->x, e->line, e->column, QZ_ESCHEMA,
                                   "the make-up working day %s is for '%s', but the %d arrangement (line %d, "
                                   "column %d) has no holiday of that name",
                                   day, e->day.name, p->year, p->year_at_line, p->year_at_column);
        }
    }
    p->year = 0;
    return QZ_OK;
}

/* After the document: every declared year must be listed. */
static int end_document(parser *p)
{
    const qz_calendar_draft *d = p->d;
    for (int y = d->first_year; y <= d->last_year; y++) {
        if (!p->year_line[y - d->first_year])
            return qz__xml_fail_at(p->x, d->line, d->column, QZ_ESCHEMA,
                                   "the calendar declares the years %d-%d but year %d is not listed",
                                   d->first_year, d->last_year, y);
    }
    return QZ_OK;
}

static int on_text(parser *p, const qz_xml_node *n)
{
    if (!p->in_source)
        return qz__xml_fail(p->x, n, QZ_ESCHEMA, "unexpected text");
    /* a comment or CDATA section splits the text: join the pieces */
    size_t had = p->d->source ? strlen(p->d->source) : 0;
    char *joined = qz__realloc(p->d->source, had + n->text_len + 1);
    if (!joined)
        return qz__xml_fail(p->x, n, QZ_ENOMEM, "out of memory");
    memcpy(joined + had, n->text, n->text_len);
    joined[had + n->text_len] = '\0';
    p->d->source = joined;
    return QZ_OK;
}

static int on_source(parser *p, const qz_xml_node *n)
{
    (void)n;
    p->in_source = 1;
    return QZ_OK;
}

static int end_source(parser *p)
{
    p->in_source = 0;
    return QZ_OK;
}

static int end_calendar(parser *p)
{
    p->closed = 1;
    return QZ_OK;
}

/* The elements: each with its place (lib/util/xml_place.c) and what to do
 * at its start and end tags. */
typedef struct element {
    qz_xml_place place;
    int (*start)(parser *p, const qz_xml_node *n);
    int (*end)(parser *p);
} element;

static const element elements[] = {
    {{"calendar", 1, NULL}, on_calendar, end_calendar}, {{"source", 2, "calendar"}, on_source, end_source},
    {{"year", 2, "calendar"}, on_year, end_year},       {{"holiday", 3, "year"}, on_holiday, NULL},
    {{"workday", 3, "year"}, on_workday, NULL},
};

#define MAX_DEPTH 3

/* `parent` is the table entry of the enclosing element (-1 at the root). */
static int on_start(parser *p, const qz_xml_node *n, int parent, int *matched)
{
    if (n->depth > MAX_DEPTH)
        return qz__xml_fail(p->x, n, QZ_ESCHEMA, "unexpected element <%s>", n->name);
    int i = qz__xml_place_find(p->x, n, elements, sizeof(elements) / sizeof(elements[0]), sizeof(elements[0]),
                               parent);
    if (i < 0)
        return i;
    *matched = i;
    return elements[i].start(p, n);
}

static int on_end(parser *p, int entry)
{
    const element *e = entry >= 0 ? &elements[entry] : NULL;
    return e && e->end ? e->end(p) : QZ_OK;
}

static int read_all(qz_xml *x, qz_calendar_draft *d, const qz_calendar_data *base)
{
    parser p;
    memset(&p, 0, sizeof(p));
    p.x = x;
    p.d = d;
    p.base = base;
    const qz_xml_node *n;
    int stack[MAX_DEPTH + 1] = {-1, -1, -1, -1}; /* element entries; node names do not last */
    int rc;
    while ((rc = qz__xml_next(x, &n)) > 0) {
        if (n->type == QZ_XML_START)
            rc = on_start(&p, n, stack[n->depth - 1], &stack[n->depth]);
        else if (n->type == QZ_XML_END)
            rc = on_end(&p, n->depth <= MAX_DEPTH ? stack[n->depth] : -1);
        else
            rc = on_text(&p, n);
        if (rc < 0)
            break;
    }
    /* The reader reports the end of a complete document; checking that the
     * root was closed as well costs nothing and guards against an input cut
     * short (every check made at </year> would be skipped). */
    if (rc == 0 && !p.closed)
        rc = qz__xml_fail(x, NULL, QZ_EPARSE, "the document ends before </calendar>");
    if (rc == 0)
        rc = end_document(&p);
    qz__free(p.slot);
    qz__free(p.year_line);
    qz__free(p.year_column);
    return rc;
}

int qz_calendar__parse_memory(qz_calendar_draft *d, const char *data, size_t size, const char *name,
                              const qz_calendar_data *base)
{
    qz_xml *x;
    int rc = qz__xml_open_memory(&x, data, size, name, &calendar_schema);
    if (rc < 0)
        return rc;
    rc = read_all(x, d, base);
    qz__xml_close(x);
    return rc;
}

int qz_calendar__parse_file(qz_calendar_draft *d, const char *path, const qz_calendar_data *base)
{
    qz_xml *x;
    int rc = qz__xml_open_file(&x, path, &calendar_schema);
    if (rc < 0)
        return rc;
    rc = read_all(x, d, base);
    qz__xml_close(x);
    return rc;
}

/* ---------- writing ---------- */

/* Writes entries [i, end) of one year, joining consecutive holiday days of
 * one name into a period. */
static void write_entries(qz_buf *b, const qz_calendar_day *e, size_t count)
{
    for (size_t i = 0; i < count;) {
        if (e[i].kind == QZ_DAY_MAKEUP) {
            qz__buf_puts(b, "    <workday date=\"");
            qz__buf_put_date(b, e[i].date);
            qz__buf_puts(b, "\"");
            qz__buf_put_xml_attr(b, "for", e[i].name);
            qz__buf_puts(b, "/>\n");
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < count && e[j].kind == QZ_DAY_HOLIDAY && e[j].name == e[i].name &&
               e[j].date == e[j - 1].date + 1)
            j++;
        qz__buf_puts(b, "    <holiday");
        qz__buf_put_xml_attr(b, "name", e[i].name);
        qz__buf_puts(b, " from=\"");
        qz__buf_put_date(b, e[i].date);
        if (j - i > 1) {
            qz__buf_puts(b, "\" to=\"");
            qz__buf_put_date(b, e[j - 1].date);
        }
        qz__buf_puts(b, "\"/>\n");
        i = j;
    }
}

int qz_calendar__write(char **out, size_t *len, const qz_calendar_data *data)
{
    qz_buf b = QZ_BUF_INIT;
    qz__buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<calendar version=\"1\"");
    qz__buf_put_xml_attr(&b, "region", data->region);
    qz__buf_printf(&b, " from=\"%d\" to=\"%d\">\n", data->first_year, data->last_year);
    if (data->source[0]) {
        qz__buf_puts(&b, "  <source>");
        qz__buf_put_xml(&b, data->source);
        qz__buf_puts(&b, "</source>\n");
    }
    for (int y = data->first_year; y <= data->last_year; y++) {
        size_t first = data->year_first[y - data->first_year];
        size_t end = data->year_first[y - data->first_year + 1];
        if (first == end) {
            qz__buf_printf(&b, "  <year value=\"%d\"/>\n", y);
            continue;
        }
        qz__buf_printf(&b, "  <year value=\"%d\">\n", y);
        write_entries(&b, data->entries + first, end - first);
        qz__buf_puts(&b, "  </year>\n");
    }
    qz__buf_puts(&b, "</calendar>\n");
    return qz__buf_detach(&b, out, len);
}
