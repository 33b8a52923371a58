/**
 * @file quanze/date.h
 * @brief Dates as day numbers in the proleptic Gregorian calendar.
 */
#ifndef QUANZE_DATE_H
#define QUANZE_DATE_H

#include "common.h"

QZ_BEGIN_DECL

/** Buffer size that qz_date_format() needs for any representable date. */
#define QZ_DATE_BUFSIZE 16

/**
 * Makes a date from year, month (1-12) and day (1-31).
 * @return #QZ_OK, or #QZ_EINVAL for a day that does not exist (2026-02-30)
 *         or a year outside -999999..999999.
 */
QZ_EXTERN(int) qz_date_from_ymd(qz_date *out, int year, int month, int day);

/** Splits @p d into year, month and day. Any output pointer may be NULL. */
QZ_EXTERN(int) qz_date_to_ymd(int *year, int *month, int *day, qz_date d);

/**
 * Parses a strict ISO 8601 calendar date `YYYY-MM-DD` (four-digit year,
 * two-digit month and day, nothing before or after).
 * @return #QZ_OK, or #QZ_EINVAL for any other text ("2026-2-3", "2026-02-30",
 *         "2026-02-03x").
 */
QZ_EXTERN(int) qz_date_parse(qz_date *out, const char *iso);

/**
 * Writes @p d as `YYYY-MM-DD` and a terminating NUL into @p buf.
 * @return #QZ_OK, or #QZ_EINVAL when @p buf is NULL or @p size is too small
 *         (11 bytes suffice for years 0000-9999; #QZ_DATE_BUFSIZE for any).
 */
QZ_EXTERN(int) qz_date_format(char *buf, size_t size, qz_date d);

/** Day of the week of @p d: 1 = Monday ... 7 = Sunday. */
QZ_EXTERN(int) qz_date_weekday(qz_date d);

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving), from the system clock. */
QZ_EXTERN(qz_date) qz_date_today(void);

QZ_END_DECL

#endif
