/* Fuzz target: the records readers (CSV lines split against the first line
 * as header, JSON Lines objects) and the audit of whatever they accept, on
 * the embedded demo model. The input is cut into lines as a file would be. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_audit.h"
#include "quanze.h"
#include "records.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!model && qz_model_default(&model) != QZ_OK)
        return 0;
    if (size > QZ_RECORDS__MAX_LINE * 4u)
        return 0;
    char *text = malloc(size + 1), *header = NULL;
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    qz_audit *au = NULL;
    if (qz_audit_new(&au, model, 0) != QZ_OK) {
        free(text);
        return 0;
    }
    int csv = size > 0 && data[0] != '{';
    char *hfields[QZ_RECORDS__MAX_FIELDS], *fields[QZ_RECORDS__MAX_FIELDS];
    size_t nh = 0, n;
    long findings = 0, line = 0;
    for (char *s = text, *next; s; s = next) {
        next = strchr(s, '\n');
        if (next)
            *next++ = '\0';
        line++;
        if (csv && !header) {
            header = s;
            if (qz_records__csv_split(header, hfields, QZ_RECORDS__MAX_FIELDS, &nh) != QZ_OK)
                break;
            continue;
        }
        qz_record r;
        if (csv) {
            if (qz_records__csv_split(s, fields, QZ_RECORDS__MAX_FIELDS, &n) != QZ_OK || n > nh)
                continue;
            r.n = n;
            for (size_t i = 0; i < n; i++) {
                r.key[i] = hfields[i];
                r.val[i] = fields[i];
            }
        } else if (qz_records__jsonl_parse(s, &r) != QZ_OK) {
            continue;
        }
        qz_audit_record(au, r.key, r.val, r.n, "fuzz", line, count, &findings);
    }
    summary_of(au);
    qz_audit_free(au);
    free(text);
    return 0;
}
