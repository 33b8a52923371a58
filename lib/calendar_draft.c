/* Calendar drafts (the days listed by a loader, before the immutable data is
 * built) and the lookup of a listed day: shared by the loader
 * (calendar_xml.c) and the builder (calendar.c), so that neither calls the
 * other back. */
#include "calendar.h"

#include <string.h>

#include "alloc.h"
#include "error.h"

void qz_calendar__draft_free(qz_calendar_draft *d)
{
    for (size_t i = 0; i < d->nnames; i++)
        qz__free(d->names[i]);
    qz__free(d->names);
    qz__free(d->entries);
    qz__free(d->region);
    qz__free(d->source);
    memset(d, 0, sizeof(*d));
}

int qz_calendar__intern(qz_calendar_draft *d, const char *name, const char **out)
{
    for (size_t i = 0; i < d->nnames; i++) {
        if (strcmp(d->names[i], name) == 0) {
            *out = d->names[i];
            return QZ_OK;
        }
    }
    if (d->nnames >= QZ_CALENDAR_MAX_NAMES)
        return QZ_ELIMIT;
    if (qz__grow((void **)&d->names, &d->cap_names, d->nnames + 1, sizeof(*d->names)) < 0)
        return QZ_ENOMEM;
    char *copy = qz__strdup(name);
    if (!copy)
        return QZ_ENOMEM;
    d->names[d->nnames++] = copy;
    *out = copy;
    return QZ_OK;
}

int qz_calendar__draft_add(qz_calendar_draft *d, const qz_calendar_day *e, int line, int column)
{
    if (qz__grow((void **)&d->entries, &d->cap_entries, d->nentries + 1, sizeof(*d->entries)) < 0)
        return QZ_ENOMEM;
    qz_calendar_listing *l = &d->entries[d->nentries++];
    l->day = *e;
    l->line = line;
    l->column = column;
    return QZ_OK;
}

int qz_calendar__draft_add_day(qz_calendar_draft *d, qz_calendar_day e)
{
    int rc = qz_calendar__intern(d, e.name, &e.name);
    if (rc == QZ_ELIMIT)
        return qz__error(QZ_ELIMIT, "more than %d holiday names", QZ_CALENDAR_MAX_NAMES);
    if (rc < 0 || qz_calendar__draft_add(d, &e, 0, 0) < 0)
        return qz__error_nomem();
    return QZ_OK;
}

/* ---------- lookup ---------- */

const qz_calendar_day *qz_calendar__find(const qz_calendar_data *c, qz_date date)
{
    size_t lo = 0, hi = c->nentries;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const qz_calendar_day *e = &c->entries[c->by_date[mid]];
        if (e->date == date)
            return e;
        if (e->date < date)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
