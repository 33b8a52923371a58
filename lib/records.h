/* Internal: the records readers. A record is a line of a CSV or JSON Lines
 * file split, in place, into named fields, or an element of an XML records
 * file with its attributes; the audit (lib/audit_*.c) reads fields by name.
 * No reader allocates. */
#ifndef QZ_LIB_RECORDS_H
#define QZ_LIB_RECORDS_H

#include <stddef.h>
#include "xml.h"

/* The most fields a record may have, and the longest line a reader accepts. */
#define QZ_RECORDS__MAX_FIELDS 48
#define QZ_RECORDS__MAX_LINE (64u * 1024u)

typedef struct qz_record {
    size_t n;
    const char *key[QZ_RECORDS__MAX_FIELDS];
    const char *val[QZ_RECORDS__MAX_FIELDS];
} qz_record;

/* Splits the CSV line `line` (without its newline; modified in place: quotes
 * removed, "" unescaped) into at most `max` fields. QZ_OK, or QZ_EPARSE (an
 * unterminated or misplaced quote) / QZ_ELIMIT (too many fields), recorded. */
int qz_records__csv_split(char *line, char **fields, size_t max, size_t *n);

/* Parses the JSON Lines line `line` in place: one flat object whose values
 * are strings, numbers, true/false (kept as "1"/"0"), null (left out) or
 * arrays of strings (joined with ';'). QZ_OK, or QZ_EPARSE / QZ_ELIMIT
 * recorded. */
int qz_records__jsonl_parse(char *line, qz_record *r);

/* Pulls the next record of the XML records reader `x` (opened with the
 * records schema) into `r`: the key "type" with the element's name, then its
 * attributes (valid until the next call), and the element's line and column.
 * Returns 1 for a record, 0 at the end of a complete document, or the
 * reader's error (recorded with its position: the rest of the document
 * cannot be read). */
int qz_records__xml_next(qz_xml *x, qz_record *r, int *line, int *column);

/* The value of field `key`, or NULL when absent or empty. */
const char *qz_records__get(const qz_record *r, const char *key);

#endif
