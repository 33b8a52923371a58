/* Fuzz target: the calendar loader, and every query on what it accepts. */
#include <stdint.h>
#include <stddef.h>

#include "quanze.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qz_calendar *cal = NULL;
    if (qz_calendar_load_memory(&cal, (const char *)data, size, "fuzz.xml") != QZ_OK)
        return 0;
    int first = 0, last = 0, workday = 0, count = 0;
    qz_date day = 0, start = 0, end = 0;
    if (qz_calendar_coverage(&first, &last, cal) == QZ_OK && qz_date_from_ymd(&start, first, 1, 1) == QZ_OK &&
        qz_date_from_ymd(&end, last, 12, 31) == QZ_OK) {
        qz_calendar_is_workday(&workday, cal, start);
        qz_calendar_add_workdays(&day, cal, start, 10);
        qz_calendar_add_workdays(&day, cal, end, -10);
        qz_calendar_workdays_between(&count, cal, start, end);
    }
    char *xml = NULL;
    size_t len = 0;
    if (qz_calendar_save(&xml, &len, cal) == QZ_OK) {
        qz_calendar *again = NULL;
        if (qz_calendar_load_memory(&again, xml, len, "saved.xml") == QZ_OK)
            qz_calendar_free(again);
        qz_free(xml);
    }
    qz_calendar_free(cal);
    return 0;
}
