/* Loading the data a command needs, once, from the embedded defaults or the
 * files named by --rules, --org and --calendar. */
#include "cli.h"

int qzc_load_calendar(qzc_ctx *c, const qz_calendar **out)
{
    qz_calendar *base = NULL;
    int rc;

    if (!c->calendar) {
        /* the embedded calendar and the search path's overlay files */
        if ((rc = qz_calendar_default_with_path(&base, NULL)) != QZ_OK)
            return qzc_fail(c, rc);
        if (c->g.provisional) {
            qz_calendar_options opts = QZ_CALENDAR_OPTIONS_INIT;
            qz_calendar *prov = NULL;
            opts.provisional = 1;
            rc = qz_calendar_with_options(&prov, base, &opts);
            qz_calendar_free(base);
            if (rc != QZ_OK)
                return qzc_fail(c, rc);
            base = prov;
        }
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
