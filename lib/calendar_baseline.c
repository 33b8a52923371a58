/* The statutory baseline: the days off 《全国年节及纪念日放假办法》 gives
 * every citizen, as revised in November 2024 and in force from 2025 —
 * 元旦 1 day, 春节 4 days (除夕 to 正月初三), 清明节 1, 劳动节 2 (1-2 May),
 * 端午节 1, 中秋节 1, 国庆节 3 (1-3 October).
 *
 * Why it exists: past the last notice, a year's make-up days and joined
 * weekends are unknown, but these days are certain to be days off. A
 * provisional calendar answers from them (and weekends) and says so. The
 * lunar festivals and Qingming come from the generated table. */
#include "calendar.h"
#include "calendar_lunar.h"
#include "error.h"

#define BASELINE_FIRST_YEAR 2025

int qz_calendar__baseline_first_year(void)
{
    return BASELINE_FIRST_YEAR;
}

int qz_calendar__baseline_last_year(void)
{
    return qz_calendar__lunar_last_year();
}

/* Adds days first..first + n - 1 as the holiday `name`, skipping a day
 * another statutory holiday already holds (中秋 on 1-3 October stays 国庆). */
static int add_days(qz_calendar_draft *d, size_t year_start, int year, qz_date first, int n, const char *name)
{
    const char *interned;
    int rc = qz_calendar__intern(d, name, &interned);
    if (rc < 0)
        return rc == QZ_ELIMIT ? qz__error(QZ_ELIMIT, "too many holiday names") : qz__error_nomem();
    for (int i = 0; i < n; i++) {
        qz_date day = first + i;
        int taken = 0;
        for (size_t k = year_start; k < d->nentries && !taken; k++)
            taken = d->entries[k].day.date == day;
        if (taken)
            continue;
        qz_calendar_day e = {day, QZ_DAY_HOLIDAY, interned, year, 0};
        if (qz_calendar__draft_add(d, &e, 0, 0) < 0)
            return qz__error_nomem();
    }
    return QZ_OK;
}

int qz_calendar__baseline(qz_calendar_draft *d, int year)
{
    qz_calendar_lunar l;
    if (year < BASELINE_FIRST_YEAR || qz_calendar__lunar(&l, year) != 0)
        return QZ_ERANGE;
    qz_date jan1, may1, oct1;
    qz_date_from_ymd(&jan1, year, 1, 1);
    qz_date_from_ymd(&may1, year, 5, 1);
    qz_date_from_ymd(&oct1, year, 10, 1);
    int rc;
    size_t s = d->nentries; /* only this year's days can coincide */
    if ((rc = add_days(d, s, year, jan1, 1, "New Year's Day")) < 0 ||
        (rc = add_days(d, s, year, oct1, 3, "National Day")) < 0 ||
        (rc = add_days(d, s, year, l.spring_festival - 1, 4, "Spring Festival")) < 0 ||
        (rc = add_days(d, s, year, l.qingming, 1, "Tomb-sweeping Day")) < 0 ||
        (rc = add_days(d, s, year, may1, 2, "Labour Day")) < 0 ||
        (rc = add_days(d, s, year, l.dragon_boat, 1, "Dragon Boat Festival")) < 0 ||
        (rc = add_days(d, s, year, l.mid_autumn, 1, "Mid-Autumn Festival")) < 0)
        return rc;
    return QZ_OK;
}
