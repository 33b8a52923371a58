/* Loading the data a command needs, once, from the embedded defaults or the
 * files named by --rules, --org and --calendar. */
#include "cli.h"

/* Replaces *cal by next when rc is QZ_OK; prints the error (naming
 * @p file when it names none) and returns the exit status otherwise. */
static int step(qz_calendar **cal, qz_calendar *next, int rc, const char *file)
{
    if (rc != QZ_OK) {
        qzc_print_error(stderr, file);
        qz_calendar_free(*cal);
        *cal = NULL;
        return qzc_exit_for(rc);
    }
    qz_calendar_free(*cal);
    *cal = next;
    return 0;
}

int qzc_load_calendar(qzc_ctx *c, const qz_calendar **out)
{
    qz_calendar *cal = NULL, *next = NULL;
    int rc;

    if (!c->calendar) {
        /* the embedded calendar and the search path's overlay files, then
         * --calendar, the region's layer and the provisional mode */
        if ((rc = qz_calendar_default_with_path(&cal, NULL)) != QZ_OK)
            return qzc_fail(c, rc);
        if (c->g.calendar) {
            rc = qz_calendar_overlay_file(&next, cal, c->g.calendar);
            if ((rc = step(&cal, next, rc, c->g.calendar)) != 0)
                return rc;
        }
        if (c->g.region) {
            rc = qz_calendar_with_region(&next, cal, c->g.region, NULL);
            if ((rc = step(&cal, next, rc, NULL)) != 0)
                return rc;
        }
        if (c->g.provisional) {
            qz_calendar_options opts = QZ_CALENDAR_OPTIONS_INIT;
            opts.provisional = 1;
            rc = qz_calendar_with_options(&next, cal, &opts);
            if ((rc = step(&cal, next, rc, NULL)) != 0)
                return rc;
        }
        c->calendar = cal;
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
