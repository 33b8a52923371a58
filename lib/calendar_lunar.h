/* Internal: the dates the statutory holidays hang on, from the generated
 * table in calendar_lunar.c (scripts/gen-lunar-table.py). */
#ifndef QZ_LIB_CALENDAR_LUNAR_H
#define QZ_LIB_CALENDAR_LUNAR_H

#include "quanze/date.h"

typedef struct qz_calendar_lunar {
    qz_date spring_festival; /* 正月初一; 除夕 is the day before */
    qz_date dragon_boat;     /* 五月初五 */
    qz_date mid_autumn;      /* 八月十五 */
    qz_date qingming;        /* the solar term 清明 */
} qz_calendar_lunar;

/* Fills *out for `year`; 0, or -1 (nothing recorded) outside the table. */
int qz_calendar__lunar(qz_calendar_lunar *out, int year);
int qz_calendar__lunar_first_year(void);
int qz_calendar__lunar_last_year(void);

#endif
