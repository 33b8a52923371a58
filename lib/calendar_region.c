/* Regional calendars: a region's own holidays (e.g. by regional regulation
 * the Tibet Autonomous Region's Tibetan New Year) layered on the national
 * calendar.
 *
 * Why a layer and not an overlay: an overlay restates a year's arrangement
 * as a whole, which a region does not do; it adds days to the national
 * arrangement. A regional file is a calendar file whose `region` attribute
 * is the national region followed by '-' and the region's code ("CN-XZ");
 * its days are added to the national years, which must cover them, and a
 * day both list is refused (the library does not decide which rule wins). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "calendar.h"
#include "error.h"
#include "quanze/date.h"

static int merge(qz_calendar_draft *d, const qz_calendar_data *nat, const qz_calendar_data *reg,
                 const char *name)
{
    size_t n = strlen(nat->region);
    if (strncmp(reg->region, nat->region, n) != 0 || reg->region[n] != '-' || !reg->region[n + 1])
        return qz__error_at(QZ_ESCHEMA, name, 0, 0,
                            "%s: region=\"%s\" is not a region of the %s calendar (expected \"%s-CODE\")",
                            name, reg->region, nat->region, nat->region);
    if (reg->first_year < nat->first_year || reg->last_year > nat->known_last)
        return qz__error_at(QZ_ERANGE, name, 0, 0,
                            "%s: the regional years %d-%d are not all covered by the %s calendar (%d-%d)",
                            name, reg->first_year, reg->last_year, nat->region, nat->first_year,
                            nat->known_last);
    d->first_year = nat->first_year;
    d->last_year = nat->known_last;
    d->region = qz__strdup(reg->region);
    d->source = qz__strdup(nat->source);
    if (!d->region || !d->source)
        return qz__error_nomem();
    d->origin_base = nat;
    d->new_first = 1; /* no new year: every year keeps its origin */
    d->new_last = 0;
    for (size_t i = 0; i < nat->nentries; i++) {
        int rc = qz_calendar__draft_add_day(d, nat->entries[i]);
        if (rc < 0)
            return rc;
    }
    for (size_t i = 0; i < reg->nentries; i++) {
        const qz_calendar_day *both = qz_calendar__find(nat, reg->entries[i].date);
        if (both) {
            char text[QZ_DATE_BUFSIZE];
            qz_date_format(text, sizeof(text), both->date);
            return qz__error_at(QZ_ESCHEMA, name, 0, 0,
                                "%s: %s is listed by the %s calendar (%s) and by the region", name, text,
                                nat->region, both->name);
        }
        int rc = qz_calendar__draft_add_day(d, reg->entries[i]);
        if (rc < 0)
            return rc;
    }
    return QZ_OK;
}

static int layer(qz_calendar **out, const qz_calendar *national, qz_calendar *regional, int rc,
                 const char *name)
{
    if (rc < 0)
        return rc;
    qz_calendar_draft d;
    memset(&d, 0, sizeof(d));
    qz_calendar_data *data = NULL;
    rc = merge(&d, national->known, regional->known, name);
    if (rc >= 0)
        rc = qz_calendar__build(&data, &d);
    qz_calendar__draft_free(&d);
    qz_calendar_free(regional);
    if (rc >= 0) {
        rc = qz_calendar__wrap(out, data, national);
        qz_calendar__data_release(data);
    }
    return rc;
}

int qz_calendar_layer_region_file(qz_calendar **out, const qz_calendar *national, const char *path)
{
    if (out)
        *out = NULL;
    if (!out || !national || !path)
        return qz__error(QZ_EINVAL, "qz_calendar_layer_region_file: invalid argument");
    qz_calendar *regional = NULL;
    int rc = qz_calendar_load_file(&regional, path);
    return layer(out, national, regional, rc, path);
}

int qz_calendar_layer_region_memory(qz_calendar **out, const qz_calendar *national, const char *data,
                                    size_t size, const char *name)
{
    if (out)
        *out = NULL;
    if (!out || !national || (!data && size))
        return qz__error(QZ_EINVAL, "qz_calendar_layer_region_memory: invalid argument");
    qz_calendar *regional = NULL;
    int rc = qz_calendar_load_memory(&regional, data, size, name);
    return layer(out, national, regional, rc, name ? name : "<memory>");
}

int qz_calendar_with_region(qz_calendar **out, const qz_calendar *national, const char *region,
                            const char *path)
{
    if (out)
        *out = NULL;
    if (!out || !national || !region || !*region || strchr(region, '/') || region[0] == '.')
        return qz__error(QZ_EINVAL, "qz_calendar_with_region: invalid argument");
    if (!path)
        path = getenv(QZ_CALENDAR_PATH_ENV);
    /* the last directory of the path that has regions/REGION.xml wins */
    char *found = NULL;
    const char *p = path ? path : "";
    while (*p) {
        const char *colon = strchr(p, ':');
        size_t len = colon ? (size_t)(colon - p) : strlen(p);
        if (len) {
            size_t size = len + strlen(region) + 14;
            char *file = qz__malloc(size);
            if (!file) {
                qz__free(found);
                return qz__error_nomem();
            }
            memcpy(file, p, len);
            strcpy(file + len, "/regions/");
            strcat(file, region);
            strcat(file, ".xml");
            FILE *f = fopen(file, "rb");
            if (f) {
                fclose(f);
                qz__free(found);
                found = file;
            } else {
                qz__free(file);
            }
        }
        p += len + (colon ? 1 : 0);
    }
    if (!found)
        return qz__error(QZ_ENOTFOUND, "no regional calendar '%s' (regions/%s.xml) in the calendar path",
                         region, region);
    int rc = qz_calendar_layer_region_file(out, national, found);
    if (rc >= 0 && strcmp(qz_calendar_region(*out), region) != 0) {
        rc = qz__error_at(QZ_ESCHEMA, found, 0, 0, "%s: region=\"%s\", not \"%s\" as its name says", found,
                          qz_calendar_region(*out), region);
        qz_calendar_free(*out);
        *out = NULL;
    }
    qz__free(found);
    return rc;
}
