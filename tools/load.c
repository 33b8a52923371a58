/* Loading the data a command needs, once, from the embedded defaults or the
 * files named by --rules, --org and --calendar. */
#include "cli.h"

int qzc_load_calendar(qzc_ctx *c, const qz_calendar **out)
{
    qz_calendar *base = NULL;
    int rc;

    if (!c->calendar) {
        if ((rc = qz_calendar_default(&base)) != QZ_OK)
            return qzc_fail(c, rc);
        if (c->g.calendar) {
            rc = qz_calendar_overlay_file(&c->calendar, base, c->g.calendar);
            qz_calendar_free(base);
            if (rc != QZ_OK) {
                qzc_print_error(stderr, c->g.calendar);
                return QZC_EXIT_DATA;
            }
        } else {
            c->calendar = base;
        }
    }
    *out = c->calendar;
    return 0;
}

void qzc_ctx_free(qzc_ctx *c)
{
    qzc_model_free(c);
    qz_calendar_free(c->calendar);
    c->calendar = NULL;
}
