/* What the records fuzz targets (fuzz_records.c, fuzz_records_xml.c) share:
 * the demo model they audit against, a callback that counts findings, and
 * the check that no record read is lost between audited and unreadable.
 * Included by one target each, so the definitions are static. */
#ifndef QZ_FUZZ_AUDIT_H
#define QZ_FUZZ_AUDIT_H

#include <stdlib.h>

#include "quanze.h"

static qz_model *model;

/* A qz_finding_fn: counts the findings in the long at @p ud. */
static int count(const qz_finding *f, void *ud)
{
    (void)f;
    ++*(long *)ud;
    return 0;
}

/* The audit's summary, after aborting when a record was lost: every record
 * read is either audited or reported unreadable. */
static qz_audit_summary summary_of(const qz_audit *au)
{
    qz_audit_summary sum;
    qz_audit_get_summary(au, &sum);
    if (sum.read != sum.audited + sum.unreadable)
        abort(); /* a record lost */
    return sum;
}

#endif
