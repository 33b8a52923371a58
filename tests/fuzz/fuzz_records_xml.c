/* Fuzz target: the XML records reader (data/schema/records.xsd through the
 * hardened reader) and the audit of whatever it accepts, on the embedded
 * demo model. Checks that nothing is lost: every record read is audited or
 * reported unreadable, and a reader error is always one unreadable finding. */
#include <stdint.h>
#include <stdlib.h>

#include "audit.h"
#include "fuzz_audit.h"
#include "quanze.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* the schemas compiled once (qz_init), not for every input */
    if (!model && (qz_init() != QZ_OK || qz_model_default(&model) != QZ_OK))
        return 0;
    qz_audit *au = NULL;
    if (qz_audit_new(&au, model, 0) != QZ_OK)
        return 0;
    long findings = 0;
    int rc = qz_audit__xml_memory(au, (const char *)data, size, "fuzz.xml", count, &findings);
    if (rc == QZ_OK)
        rc = qz_audit_finish(au, count, &findings);
    qz_audit_summary sum = summary_of(au);
    if (rc == QZ_OK && (uint64_t)findings < sum.unreadable + sum.violations + sum.notes)
        abort(); /* a finding counted but not passed on */
    qz_audit_free(au);
    return 0;
}
