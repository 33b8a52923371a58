/* Internal: the calendar's data and how it is built.
 *
 * Loading and overlaying first fill a draft (the listed days with their
 * names, plus where each came from); building turns a complete draft into
 * the immutable data that queries read: the listed days sorted two ways and
 * the rank/select arrays over the covered days. calendar_xml.c reads and
 * writes XML; calendar.c builds, merges and answers queries. */
#ifndef QZ_LIB_CALENDAR_H
#define QZ_LIB_CALENDAR_H

#include <stddef.h>
#include <stdint.h>

#include "quanze/calendar.h"
#include "refcount.h"

/* Bounds of the format (also in calendar.xsd). */
#define QZ_CALENDAR_YEAR_MIN 1900
#define QZ_CALENDAR_YEAR_MAX 2199
#define QZ_CALENDAR_MAX_NAMES 256 /* distinct holiday names in one calendar */

/* The immutable data, shared by every calendar handle made from it. */
typedef struct qz_calendar_data {
    qz_refcount refs;
    char *region;
    char *source;
    int first_year, last_year; /* covered calendar years */
    qz_date start;             /* first covered day: first_year-01-01 */
    int32_t ndays;             /* covered days: start .. start + ndays - 1 */
    char **names;              /* distinct holiday names (owned) */
    size_t nnames;
    qz_calendar_day *entries; /* listed days, sorted by (arrangement year, date) */
    size_t nentries;
    size_t *year_first; /* entries of year y: [year_first[i], year_first[i+1]), i = y - first_year */
    uint32_t *by_date;  /* entry indexes sorted by date */
    int32_t *rank;      /* rank[i]: working days in [start, start + i), i = 0..ndays */
    int32_t *select;    /* select[k]: offset from start of working day number k + 1 */
    int32_t workdays;   /* rank[ndays] */
    int known_last;     /* last year with a real arrangement; later years are provisional */
    char **origin;      /* per year first..last: where its arrangement came from */
} qz_calendar_data;

struct qz_calendar {
    qz_refcount refs;
    qz_calendar_data *data;  /* what queries read (one reference held) */
    qz_calendar_data *known; /* the arrangements as loaded: data without provisional years
                              * (one reference held; == data unless provisional) */
    int provisional;
};

/* A listed day and where it was listed (line 0 when it came from a base calendar). */
typedef struct qz_calendar_listing {
    qz_calendar_day day;
    int line, column;
} qz_calendar_listing;

/* A calendar being loaded or merged. Entry names point into `names`. */
typedef struct qz_calendar_draft {
    char *region;
    char *source;
    int first_year, last_year;
    char **names;
    size_t nnames, cap_names;
    qz_calendar_listing *entries;
    size_t nentries, cap_entries;
    int line, column; /* position of the root element */
    /* where the years come from (see qz_calendar__build): years new_first to
     * new_last (all years when origin_base is NULL) from origin_name, the
     * others keep origin_base's */
    const char *origin_name;
    const struct qz_calendar_data *origin_base;
    int new_first, new_last;
} qz_calendar_draft;

void qz_calendar__draft_free(qz_calendar_draft *d);

/* Gives *out the draft's own copy of `name` (one copy per distinct name).
 * Returns 0, QZ_ENOMEM or QZ_ELIMIT (too many names; nothing recorded). */
int qz_calendar__intern(qz_calendar_draft *d, const char *name, const char **out);

/* Appends an entry whose name already belongs to the draft. 0 or QZ_ENOMEM. */
int qz_calendar__draft_add(qz_calendar_draft *d, const qz_calendar_day *e, int line, int column);

/* Appends a day made outside a file (a notice, a regional layer): its name
 * becomes the draft's own. QZ_OK, or QZ_ENOMEM / QZ_ELIMIT, recorded. */
int qz_calendar__draft_add_day(qz_calendar_draft *d, qz_calendar_day e);

/* Reads XML into an empty draft and checks it. With a base (an overlay),
 * also checks that the two ranges join and that no day listed by a base year
 * the overlay keeps is listed again. On error the draft may hold a partial
 * result: free it. */
int qz_calendar__parse_memory(qz_calendar_draft *d, const char *data, size_t size, const char *name,
                              const qz_calendar_data *base);
int qz_calendar__parse_file(qz_calendar_draft *d, const char *path, const qz_calendar_data *base);

/* The base's listing of `date`, or NULL. */
const qz_calendar_day *qz_calendar__find(const qz_calendar_data *data, qz_date date);

/* Builds the data from a complete draft (the draft keeps its contents and
 * must still be freed). */
int qz_calendar__build(qz_calendar_data **out, const qz_calendar_draft *d);

/* A new handle on `data` (taking a reference) with the options of `like`
 * (the defaults when NULL). */
int qz_calendar__wrap(qz_calendar **out, qz_calendar_data *data, const qz_calendar *like);

/* Releases a reference to `data`. */
void qz_calendar__data_release(qz_calendar_data *data);

/* Adds the statutory baseline of `year` (provisional holidays, no make-up
 * days) to the draft. QZ_OK, QZ_ERANGE (no lunar dates for the year; nothing
 * recorded) or an error recorded. Defined in calendar_baseline.c. */
int qz_calendar__baseline(qz_calendar_draft *d, int year);

/* The first year the baseline applies to (the 2024 revision, in force 2025)
 * and the last one the lunar table allows. */
int qz_calendar__baseline_first_year(void);
int qz_calendar__baseline_last_year(void);

/* Writes the canonical XML of `data`. */
int qz_calendar__write(char **out, size_t *len, const qz_calendar_data *data);

#endif
