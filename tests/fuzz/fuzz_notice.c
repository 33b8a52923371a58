/* Fuzz target: the reader of the State Council's holiday notices, and
 * saving and reloading what it accepts. */
#include <stdint.h>
#include <stddef.h>

#include "quanze.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qz_calendar *cal = NULL;
    if (qz_calendar_parse_notice(&cal, (const char *)data, size, "fuzz.txt") != QZ_OK)
        return 0;
    char *xml = NULL;
    size_t len = 0;
    if (qz_calendar_save(&xml, &len, cal) == QZ_OK) {
        qz_calendar *again = NULL;
        if (qz_calendar_load_memory(&again, xml, len, "saved.xml") == QZ_OK)
            qz_calendar_free(again);
        qz_free(xml);
    }
    /* a notice read on its own also applies on top of itself */
    qz_calendar *twice = NULL;
    if (qz_calendar_apply_notice(&twice, cal, (const char *)data, size, "fuzz.txt") == QZ_OK)
        qz_calendar_free(twice);
    qz_calendar_free(cal);
    return 0;
}
