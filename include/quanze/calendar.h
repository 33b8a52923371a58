/**
 * @file quanze/calendar.h
 * @brief The official working-day calendar: statutory holidays and the
 *        make-up working days (调休上班) that fall on weekends.
 *
 * A #qz_calendar is immutable once built and may be shared between threads
 * without locking. It covers a contiguous range of calendar years; within
 * them a day is a working day when it is listed as a make-up workday, or
 * when it is Monday to Friday and not listed as a holiday.
 *
 * Coverage. A query whose answer depends on any day outside the covered
 * years fails with #QZ_ERANGE and a message naming that year and the covered
 * range: the library never guesses silently. A caller who accepts a
 * provisional answer turns on the provisional mode with
 * qz_calendar_with_options(): a year with no arrangement then has the
 * statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision, from 2025:
 * 元旦 1 day, 春节 4 days from 除夕, 清明 1, 劳动节 2 (1-2 May), 端午 1, 中秋 1,
 * 国庆 3 (1-3 October)) and weekends, without make-up days; queries return
 * #QZ_CALENDAR_PROVISIONAL (a positive value) instead of #QZ_OK whenever the
 * answer depends on such a year, and qz_calendar_provisional_years() names
 * the years. See docs/calendar.md.
 *
 * Cost. Queries use counts precomputed when the calendar is built
 * (rank and select over the covered days): their cost does not depend on
 * the number of working days asked for or on the span of dates.
 */
#ifndef QUANZE_CALENDAR_H
#define QUANZE_CALENDAR_H

#include "common.h"
#include "types.h"

QZ_BEGIN_DECL

/* qz_calendar: see quanze/types.h */

/**
 * Returned (instead of #QZ_OK) by a query on a provisional calendar
 * (qz_calendar_options::provisional) when the answer depends on a year with
 * no arrangement, and so rests on the statutory baseline (or, outside the
 * baseline's years, the plain week) rather than on a notice.
 * It is positive: test failures with `rc < 0`.
 */
#define QZ_CALENDAR_PROVISIONAL 1

/** Deprecated name of #QZ_CALENDAR_PROVISIONAL (0.1). */
#define QZ_CALENDAR_ASSUMED QZ_CALENDAR_PROVISIONAL

/** What a day is. */
typedef enum qz_day_kind {
    QZ_DAY_WORKDAY = 1, /**< an ordinary working day (Monday to Friday, nothing listed) */
    QZ_DAY_WEEKEND = 2, /**< an ordinary Saturday or Sunday (nothing listed) */
    QZ_DAY_HOLIDAY = 3, /**< a day off in an official holiday period (any day of the week) */
    QZ_DAY_MAKEUP = 4   /**< a make-up working day on a Saturday or Sunday (调休上班) */
} qz_day_kind;

/** One day, as the calendar sees it. */
typedef struct qz_calendar_day {
    qz_date date;     /**< the day */
    qz_day_kind kind; /**< what it is */
    /**
     * #QZ_DAY_HOLIDAY: the holiday's name ("Spring Festival");
     * #QZ_DAY_MAKEUP: the name of the holiday it makes up for;
     * otherwise NULL. Borrowed: lives as long as the calendar.
     */
    const char *name;
    /**
     * The arrangement year the listing belongs to (a late-December day can
     * belong to the next year's New Year arrangement), or 0 when the day is
     * not listed.
     */
    int year;
    /**
     * 1 when the day lies in a year with no arrangement and its kind is
     * provisional (a provisional calendar only), else 0.
     */
    int is_assumed;
} qz_calendar_day;

/** Version of #qz_calendar_options understood by this release. */
#define QZ_CALENDAR_OPTIONS_VERSION 2

/** How a calendar answers questions outside its coverage. */
typedef struct qz_calendar_options {
    unsigned int version; /**< #QZ_CALENDAR_OPTIONS_VERSION (1 and 2 are accepted) */
    /**
     * Deprecated (version 1): nonzero asks for the provisional mode, as
     * #provisional does. (In 0.1 it assumed the plain week, treating
     * 1 January as a working day; the statutory baseline replaces that.)
     */
    int assume_weekends;
    /**
     * Version 2. 0 (the default): a query needing a day outside the covered
     * years fails with #QZ_ERANGE. Nonzero: the provisional mode; such a
     * year has the statutory holidays and weekends (years before the
     * baseline's first year 2025, before the covered years, or past the
     * lunar table's last year 2099: the plain week) and the query returns
     * #QZ_CALENDAR_PROVISIONAL.
     */
    int provisional;
} qz_calendar_options;

/** Static initialiser for #qz_calendar_options holding the defaults. */
#define QZ_CALENDAR_OPTIONS_INIT          \
    {                                     \
        QZ_CALENDAR_OPTIONS_VERSION, 0, 0 \
    }

/**
 * Fills @p opts with the defaults for @p version.
 * @return #QZ_OK, or #QZ_EINVAL when @p opts is NULL or the version is unknown.
 */
QZ_EXTERN(int) qz_calendar_options_init(qz_calendar_options *opts, unsigned int version);

/**
 * The official calendar of mainland China, built from the data compiled into
 * the library (State Council notices, 2004 through 2026). Needs no file.
 * Each call builds a new calendar (one to two milliseconds): keep and share it.
 * It does not read the calendar search path: qz_calendar_default_with_path()
 * does (what the CLI and the bindings use).
 *
 * @param out receives a new calendar; release it with qz_calendar_free().
 * @return #QZ_OK, #QZ_EINVAL or #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_calendar_default(qz_calendar **out);

/**
 * Loads a calendar from an XML file in the format of `calendar.xsd`
 * (see docs/calendar.md). The file is validated and checked completely;
 * on any error nothing is returned and the last error names the file, line
 * and column.
 *
 * @param out receives a new calendar; release it with qz_calendar_free().
 * @return #QZ_OK, #QZ_EINVAL, #QZ_EIO, #QZ_EPARSE (malformed XML, DOCTYPE),
 *         #QZ_ESCHEMA (breaks the format's rules), #QZ_ELIMIT or #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_calendar_load_file(qz_calendar **out, const char *path);

/**
 * Loads a calendar from @p size bytes of XML at @p data, as
 * qz_calendar_load_file() does. @p name names the input in error messages
 * (NULL gives "<memory>"). The data is not kept after the call.
 */
QZ_EXTERN(int) qz_calendar_load_memory(qz_calendar **out, const char *data, size_t size, const char *name);

/**
 * Loads an XML file on top of @p base and gives a new calendar; @p base is
 * unchanged. Use it for next year's notice, a mid-year change, or a local
 * holiday. Conflict rule: every arrangement year the overlay declares
 * replaces the base's arrangement for that year as a whole (its holidays and
 * make-up days, including late-December days it reaches back to); the other
 * years of the base are kept. The result covers the union of both ranges,
 * which must be contiguous, takes the overlay's region and source, and keeps
 * the base's options. A day listed both by a kept base year and by the
 * overlay is refused (#QZ_ESCHEMA, naming both).
 *
 * @param out receives a new calendar; release it with qz_calendar_free().
 * @return as qz_calendar_load_file().
 */
QZ_EXTERN(int) qz_calendar_overlay_file(qz_calendar **out, const qz_calendar *base, const char *path);

/** As qz_calendar_overlay_file(), reading @p size bytes at @p data named @p name. */
QZ_EXTERN(int)
qz_calendar_overlay_memory(qz_calendar **out, const qz_calendar *base, const char *data, size_t size,
                           const char *name);

/**
 * A calendar with the same data as @p cal and the options @p opts
 * (NULL gives the defaults). @p cal is unchanged; the two share their data.
 *
 * @param out receives a new calendar; release it with qz_calendar_free().
 * @return #QZ_OK, #QZ_EINVAL (unknown options version) or #QZ_ENOMEM.
 */
QZ_EXTERN(int)
qz_calendar_with_options(qz_calendar **out, const qz_calendar *cal, const qz_calendar_options *opts);

/**
 * Takes a new reference to @p cal and returns the same pointer (NULL gives
 * NULL): New (one more reference), released with qz_calendar_free().
 */
QZ_EXTERN(qz_calendar *) qz_calendar_ref(const qz_calendar *cal);

/** Releases a reference; the calendar is freed with its last one. Accepts NULL. */
QZ_EXTERN(void) qz_calendar_free(qz_calendar *cal);

/**
 * Writes @p cal as XML in the format it loads from. The output is
 * canonical: loading it gives an equal calendar, and saving that again
 * gives the same bytes.
 *
 * @param out receives a new NUL-terminated buffer; release it with qz_free().
 * @param len receives its length in bytes (not counting the NUL); may be NULL.
 * @return #QZ_OK, #QZ_EINVAL or #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_calendar_save(char **out, size_t *len, const qz_calendar *cal);

/**
 * Writes @p cal as XML to the file at @p path (replaced if it exists).
 * @return #QZ_OK, #QZ_EINVAL, #QZ_EIO or #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_calendar_save_file(const qz_calendar *cal, const char *path);

/**
 * The covered arrangement years, @p first_year to @p last_year inclusive:
 * every day of these calendar years is known. Either output may be NULL.
 * @return #QZ_OK or #QZ_EINVAL.
 */
QZ_EXTERN(int) qz_calendar_coverage(int *first_year, int *last_year, const qz_calendar *cal);

/**
 * The region the calendar describes (for example "CN"), or "" when @p cal
 * is NULL. Borrowed: lives as long as the calendar.
 */
QZ_EXTERN(const char *) qz_calendar_region(const qz_calendar *cal);

/**
 * Where the data comes from (free text, possibly empty), or "" when @p cal
 * is NULL. Borrowed: lives as long as the calendar.
 */
QZ_EXTERN(const char *) qz_calendar_source(const qz_calendar *cal);

/**
 * Whether @p d is a working day: @p out receives 1 or 0.
 * @return #QZ_OK, #QZ_CALENDAR_PROVISIONAL, #QZ_EINVAL or #QZ_ERANGE (outside coverage).
 */
QZ_EXTERN(int) qz_calendar_is_workday(int *out, const qz_calendar *cal, qz_date d);

/**
 * What @p d is: an ordinary working day, an ordinary weekend day, a holiday
 * (with its name) or a make-up working day (with the holiday it serves).
 * @param out receives the description; its name is borrowed from @p cal.
 * @return #QZ_OK, #QZ_CALENDAR_PROVISIONAL, #QZ_EINVAL or #QZ_ERANGE.
 */
QZ_EXTERN(int) qz_calendar_day_info(qz_calendar_day *out, const qz_calendar *cal, qz_date d);

/**
 * Counts working days.
 *
 * - n > 0: the n-th working day strictly after @p d (@p d itself is not
 *   counted, as Chinese rules count periods: "within 5 working days after
 *   the meeting" ends on add_workdays(meeting, 5));
 * - n < 0: the |n|-th working day strictly before @p d;
 * - n = 0: @p d itself if it is a working day, else the next working day.
 *
 * The answer depends on the days between @p d and the result; if any of
 * them lies outside coverage the call fails with #QZ_ERANGE (or, on a
 * provisional calendar, returns #QZ_CALENDAR_PROVISIONAL).
 *
 * @param out receives the working day.
 * @return #QZ_OK, #QZ_CALENDAR_PROVISIONAL, #QZ_EINVAL or #QZ_ERANGE.
 */
QZ_EXTERN(int) qz_calendar_add_workdays(qz_date *out, const qz_calendar *cal, qz_date d, int n);

/**
 * The number of working days in (a, b]: after @p a, up to and including
 * @p b. Negative when b < a (minus the count in (b, a]); 0 when a == b.
 * So for a < b with k = workdays_between(a, b) > 0, add_workdays(a, k) is
 * the last working day on or before @p b.
 *
 * @param out receives the count.
 * @return #QZ_OK, #QZ_CALENDAR_PROVISIONAL, #QZ_EINVAL or #QZ_ERANGE.
 */
QZ_EXTERN(int) qz_calendar_workdays_between(int *out, const qz_calendar *cal, qz_date a, qz_date b);

/**
 * The arrangement of one year: every listed day (holidays day by day, and
 * make-up working days) that belongs to year @p year's arrangement, in date
 * order. Late-December days of the previous calendar year that belong to it
 * are included; those of @p year that belong to the next year's arrangement
 * are not.
 *
 * @param out receives a borrowed array (lives as long as @p cal), possibly
 *            empty but never NULL on success.
 * @param count receives the number of entries.
 * On a provisional calendar, a year after the covered ones gives its
 * statutory baseline and #QZ_CALENDAR_PROVISIONAL.
 *
 * @return #QZ_OK, #QZ_CALENDAR_PROVISIONAL, #QZ_EINVAL or #QZ_ERANGE (a year
 *         the calendar does not cover).
 */
QZ_EXTERN(int)
qz_calendar_arrangement(const qz_calendar_day **out, size_t *count, const qz_calendar *cal, int year);

/**
 * Reads the text of a State Council General Office notice on a year's
 * holiday arrangements (国务院办公厅关于YYYY年部分节假日安排的通知, UTF-8,
 * one paragraph per line: title on line 1, document number and date on lines
 * 2 and 3, the body from line 5; see docs/calendar.md) and gives the year's
 * arrangement as a calendar covering that year only (region "CN"): holiday
 * periods, single days off, 补休 days, make-up working days and the
 * festivals' names, completed with the weekend days joined to a day off.
 * Save it with qz_calendar_save() to get an overlay file.
 *
 * The reader never guesses: a date it cannot place, a remark it cannot read,
 * a weekday or a count that contradicts a date is an error whose position
 * (qz_error_line(), qz_error_column(), in characters) names the place, and
 * nothing is returned.
 *
 * @param out  receives a New calendar; release it with qz_calendar_free().
 * @param name names the input in error messages (NULL gives "<notice>").
 * @return #QZ_OK, #QZ_EINVAL, #QZ_EPARSE (unreadable), #QZ_ESCHEMA
 *         (contradictory), #QZ_ELIMIT or #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_calendar_parse_notice(qz_calendar **out, const char *text, size_t size, const char *name);

/**
 * Applies a notice on top of @p cal (unchanged): an annual notice replaces
 * the arrangement of its year as a whole; a supplementary notice (an
 * adjustment such as 2019's Labour Day, an extension such as 2020's Spring
 * Festival, a one-off holiday such as 2015-09-03) changes it. The year must
 * be covered by @p cal or join its range. Reads the text as
 * qz_calendar_parse_notice() does.
 *
 * @param out receives a New calendar with the options of @p cal; release it
 *            with qz_calendar_free().
 * @return as qz_calendar_parse_notice(), or #QZ_ERANGE (the year does not join).
 */
QZ_EXTERN(int)
qz_calendar_apply_notice(qz_calendar **out, const qz_calendar *cal, const char *text, size_t size,
                         const char *name);

/**
 * The years between @p a and @p b (in either order) whose answers are
 * provisional on @p cal: @p first_year to @p last_year, or 0 and 0 when none
 * is (always on a calendar that is not provisional). Use it to name the
 * years after a query returned #QZ_CALENDAR_PROVISIONAL. Either output may
 * be NULL.
 * @return #QZ_OK or #QZ_EINVAL.
 */
QZ_EXTERN(int)
qz_calendar_provisional_years(int *first_year, int *last_year, const qz_calendar *cal, qz_date a, qz_date b);

/** 1 when @p cal is in the provisional mode, else 0 (also for NULL). */
QZ_EXTERN(int) qz_calendar_is_provisional(const qz_calendar *cal);

/**
 * Where the arrangement of @p year came from: "embedded" (compiled into the
 * library), the path or name of the file or notice that gave it,
 * "provisional" (the statutory baseline, provisional calendars only), or ""
 * when @p year is not covered or @p cal is NULL.
 * Borrowed: lives as long as the calendar.
 */
QZ_EXTERN(const char *) qz_calendar_year_origin(const qz_calendar *cal, int year);

/** The environment variable naming the calendar search path. */
#define QZ_CALENDAR_PATH_ENV "QZ_CALENDAR_PATH"

/**
 * Applies every overlay file of a search path on top of @p base (unchanged).
 * @p path lists directories separated by ':' (empty entries are skipped).
 * The directories are taken in the order listed and, within each, every
 * file whose name ends in ".xml" (hidden files excepted) in byte order of
 * its name; each is applied as qz_calendar_overlay_file() does, so a later
 * file replaces the years an earlier one (or @p base) declares. A directory
 * that does not exist is skipped; one that cannot be read, and any file that
 * is refused, fails the whole load (the error names the file) and nothing
 * is returned.
 *
 * @param out receives a New calendar with the options of @p base; release
 *            it with qz_calendar_free().
 * @return as qz_calendar_overlay_file(), or #QZ_ELIMIT (over 1000 files).
 */
QZ_EXTERN(int) qz_calendar_overlay_path(qz_calendar **out, const qz_calendar *base, const char *path);

/**
 * The embedded calendar with the overlays of a search path applied (see
 * qz_calendar_overlay_path()). @p path NULL reads the environment variable
 * #QZ_CALENDAR_PATH_ENV (unset or empty: the embedded calendar alone).
 *
 * @param out receives a New calendar; release it with qz_calendar_free().
 * @return as qz_calendar_overlay_path().
 */
QZ_EXTERN(int) qz_calendar_default_with_path(qz_calendar **out, const char *path);

/**
 * Layers a regional calendar on @p national (unchanged): the holidays (and
 * make-up days) a region adds by its own regulation. The file is in the
 * calendar format, with `region` the national region, '-' and the region's
 * code (for example "CN-XZ"); its years must be covered by @p national, and
 * its days are added to them. A day both calendars list is refused
 * (#QZ_ESCHEMA, naming it). The result's region is the regional one.
 *
 * @param out receives a New calendar with the options of @p national;
 *            release it with qz_calendar_free().
 * @return as qz_calendar_load_file(), or #QZ_ERANGE (years not covered).
 */
QZ_EXTERN(int)
qz_calendar_layer_region_file(qz_calendar **out, const qz_calendar *national, const char *path);

/** As qz_calendar_layer_region_file(), reading @p size bytes at @p data named @p name. */
QZ_EXTERN(int)
qz_calendar_layer_region_memory(qz_calendar **out, const qz_calendar *national, const char *data, size_t size,
                                const char *name);

/**
 * Layers the regional calendar named @p region (for example "CN-XZ") on
 * @p national: the file `regions/REGION.xml` in the directories of @p path
 * (':'-separated; NULL reads #QZ_CALENDAR_PATH_ENV), the last directory that
 * has one winning. Its `region` attribute must be @p region.
 *
 * @param out receives a New calendar; release it with qz_calendar_free().
 * @return as qz_calendar_layer_region_file(), #QZ_EINVAL (a name with '/'
 *         or starting with '.') or #QZ_ENOTFOUND (no such file on the path).
 */
QZ_EXTERN(int)
qz_calendar_with_region(qz_calendar **out, const qz_calendar *national, const char *region, const char *path);

QZ_END_DECL

#endif
