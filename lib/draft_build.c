/* Filling a draft field by field, with the same names and checks for the XML
 * and the JSON form, so that the two cannot drift apart. Strings are copied
 * into the draft's arena. */
#include <string.h>
#include "draft.h"
#include "quanze/date.h"
#include "quanze/errors.h"

static int boolean(const char *v, int *out, const char **why)
{
    if (!strcmp(v, "true") || !strcmp(v, "1"))
        *out = 1;
    else if (!strcmp(v, "false") || !strcmp(v, "0"))
        *out = 0;
    else {
        *why = "not a boolean (true, false, 1 or 0)";
        return QZ_ESCHEMA;
    }
    return QZ_OK;
}

static int date(const char *v, qz_date *out, const char **why)
{
    if (qz_date_parse(out, v) < 0) {
        *why = "not a date (YYYY-MM-DD)";
        return QZ_ESCHEMA;
    }
    return QZ_OK;
}

static int years(const char *v, int *out, const char **why)
{
    int n = 0;
    for (size_t i = 0; v[i]; i++) {
        if (v[i] < '0' || v[i] > '9' || i >= 3) {
            *why = "not a number of years (0-999)";
            return QZ_ESCHEMA;
        }
        n = n * 10 + (v[i] - '0');
    }
    if (!v[0]) {
        *why = "not a number of years (0-999)";
        return QZ_ESCHEMA;
    }
    *out = n;
    return QZ_OK;
}

static int text(qz_draft *d, const char *v, const char **out, const char **why)
{
    if (!v[0]) {
        *why = "empty";
        return QZ_ESCHEMA;
    }
    if (!(*out = qz__arena_strdup(&d->arena, v))) {
        *why = "out of memory";
        return QZ_ENOMEM;
    }
    return QZ_OK;
}

static int urgency(qz_draft *d, const char *v, const char **why)
{
    /* 紧急程度 of GB/T 9704-2012 7.2.3: 特急 or 加急 make a draft urgent */
    if (!strcmp(v, "normal") || !strcmp(v, "urgent") || !strcmp(v, "very-urgent") || !strcmp(v, "加急") ||
        !strcmp(v, "特急")) {
        d->req.urgent = strcmp(v, "normal") != 0;
        return QZ_OK;
    }
    *why = "not an urgency (normal, urgent, very-urgent, 加急, 特急)";
    return QZ_ESCHEMA;
}

int qz_draft__set(qz_draft *d, const char *key, const char *v, const char **why)
{
    qz_route_request *r = &d->req;
    if (!strcmp(key, "version")) {
        if (strcmp(v, "1") != 0) {
            *why = "unsupported draft format version (1 is supported)";
            return QZ_ESCHEMA;
        }
        return QZ_OK;
    }
    if (!strcmp(key, "kind")) {
        d->has_kind = 1;
        return text(d, v, &r->kind, why);
    }
    if (!strcmp(key, "issuer"))
        return text(d, v, &r->issuer, why);
    if (!strcmp(key, "recipient"))
        return text(d, v, &r->recipient, why);
    if (!strcmp(key, "docnum"))
        return text(d, v, &r->docnum, why);
    if (!strcmp(key, "meeting"))
        return text(d, v, &r->meeting, why);
    if (!strcmp(key, "meeting-date")) {
        d->has_meeting_date = 1;
        return date(v, &r->meeting_date, why);
    }
    if (!strcmp(key, "date")) {
        d->has_date = 1;
        return date(v, &r->date, why);
    }
    if (!strcmp(key, "normative"))
        return boolean(v, &r->normative, why);
    if (!strcmp(key, "major-policy"))
        return boolean(v, &r->major_policy, why);
    if (!strcmp(key, "broad-scope"))
        return boolean(v, &r->broad_scope, why);
    if (!strcmp(key, "routine"))
        return boolean(v, &r->routine, why);
    if (!strcmp(key, "urgency"))
        return urgency(d, v, why);
    if (!strcmp(key, "validity-years"))
        return years(v, &r->validity_years, why);
    *why = "unknown field";
    return QZ_ESCHEMA;
}

int qz_draft__add(qz_draft *d, int which, const char *v, const char **why)
{
    const char *copy;
    int rc;
    if (d->n[which] >= QZ_DRAFT__MAX_LIST) {
        *why = "too many entries";
        return QZ_ELIMIT;
    }
    if ((rc = text(d, v, &copy, why)) < 0)
        return rc;
    if (qz__arena_grow(&d->arena, (void **)&d->lists[which], &d->cap[which], d->n[which] + 1,
                       sizeof(*d->lists[which])) < 0) {
        *why = "out of memory";
        return QZ_ENOMEM;
    }
    d->lists[which][d->n[which]++] = copy;
    return QZ_OK;
}

int qz_draft__finish(qz_draft *d, const char **why)
{
    if (!d->has_kind || !d->has_date) {
        *why = !d->has_kind ? "no document kind" : "no date";
        return QZ_ESCHEMA;
    }
    if (!d->req.meeting != !d->has_meeting_date) {
        *why = "a meeting and its date go together";
        return QZ_ESCHEMA;
    }
    d->req.portfolios = d->lists[QZ_DRAFT__PORTFOLIOS];
    d->req.nportfolios = d->n[QZ_DRAFT__PORTFOLIOS];
    d->req.normative_facts = d->lists[QZ_DRAFT__FACTS];
    d->req.nnormative_facts = d->n[QZ_DRAFT__FACTS];
    d->req.agency_codes = d->lists[QZ_DRAFT__CODES];
    d->req.nagency_codes = d->n[QZ_DRAFT__CODES];
    return QZ_OK;
}
