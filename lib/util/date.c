/* Dates as day numbers (proleptic Gregorian, 1970-01-01 = 0). The conversion
 * counts whole 400-year eras (146097 days each), so it is exact for every
 * year in range without loops. */
#include "quanze/date.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "error.h"

#define QZ_YEAR_MIN (-999999)
#define QZ_YEAR_MAX 999999

static int is_leap(long y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(long y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && is_leap(y)) ? 29 : days[m - 1];
}

/* Days from 1970-01-01 to y-m-d; the year is shifted to start in March so
 * that the leap day falls at the end. */
static long days_from_civil(long y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;                                   /* [0, 399] */
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1; /* [0, 365] */
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* [0, 146096] */
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int dd = (int)(doy - (153 * mp + 2) / 5 + 1);
    int mm = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (mm <= 2));
    *m = mm;
    *d = dd;
}

int qz_date_from_ymd(qz_date *out, int year, int month, int day)
{
    if (!out)
        return qz__error(QZ_EINVAL, "qz_date_from_ymd: out is NULL");
    if (year < QZ_YEAR_MIN || year > QZ_YEAR_MAX || month < 1 || month > 12 || day < 1 ||
        day > days_in_month(year, month))
        return qz__error(QZ_EINVAL, "%d-%02d-%02d is not a date", year, month, day);
    *out = (qz_date)days_from_civil(year, month, day);
    return QZ_OK;
}

int qz_date_to_ymd(int *year, int *month, int *day, qz_date d)
{
    int y, m, dd;
    civil_from_days(d, &y, &m, &dd);
    if (year)
        *year = y;
    if (month)
        *month = m;
    if (day)
        *day = dd;
    return QZ_OK;
}

static int digits(const char *s, int n, int *value)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return 1;
}

int qz_date_parse(qz_date *out, const char *iso)
{
    int y, m, d;
    if (!out || !iso)
        return qz__error(QZ_EINVAL, "qz_date_parse: NULL argument");
    if (strlen(iso) != 10 || iso[4] != '-' || iso[7] != '-' || !digits(iso, 4, &y) ||
        !digits(iso + 5, 2, &m) || !digits(iso + 8, 2, &d))
        return qz__error(QZ_EINVAL, "'%.40s' is not a date in the form YYYY-MM-DD", iso);
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return qz__error(QZ_EINVAL, "'%s' is not a date: no such day", iso);
    *out = (qz_date)days_from_civil(y, m, d);
    return QZ_OK;
}

int qz_date_format(char *buf, size_t size, qz_date d)
{
    int y, m, dd;
    if (!buf)
        return qz__error(QZ_EINVAL, "qz_date_format: buf is NULL");
    civil_from_days(d, &y, &m, &dd);
    int n = (y >= 0 && y <= 9999) ? snprintf(buf, size, "%04d-%02d-%02d", y, m, dd)
                                  : snprintf(buf, size, "%+d-%02d-%02d", y, m, dd);
    if (n < 0 || (size_t)n >= size) {
        if (size > 0)
            buf[0] = '\0';
        return qz__error(QZ_EINVAL, "qz_date_format: buffer of %zu bytes is too small", size);
    }
    return QZ_OK;
}

int qz_date_weekday(qz_date d)
{
    /* 1970-01-01 was a Thursday (4). */
    long w = ((long)d + 3) % 7;
    if (w < 0)
        w += 7;
    return (int)w + 1;
}

qz_date qz_date_today(void)
{
    long long t = (long long)time(NULL) + 8 * 3600; /* Asia/Shanghai is UTC+8 all year */
    long long days = t / 86400;
    if (t < 0 && t % 86400 != 0)
        days--;
    return (qz_date)days;
}
