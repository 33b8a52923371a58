/* The CSV records reader (RFC 4180 fields on one line): splits a line in
 * place. A quoted field may hold commas and doubled quotes, not newlines. */
#include "records.h"

#include <string.h>
#include "error.h"

int qz_records__csv_split(char *line, char **fields, size_t max, size_t *n)
{
    char *r = line, *w = line;
    *n = 0;
    for (;;) {
        if (*n == max)
            return qz__error(QZ_ELIMIT, "more than %zu fields", max);
        fields[(*n)++] = w;
        if (*r == '"') {
            r++;
            for (;;) {
                if (!*r)
                    return qz__error(QZ_EPARSE, "unterminated quoted field");
                if (*r == '"' && r[1] == '"') {
                    *w++ = '"';
                    r += 2;
                } else if (*r == '"') {
                    r++;
                    break;
                } else {
                    *w++ = *r++;
                }
            }
            if (*r && *r != ',')
                return qz__error(QZ_EPARSE, "text after a closing quote");
        } else {
            while (*r && *r != ',') {
                if (*r == '"')
                    return qz__error(QZ_EPARSE, "a quote inside an unquoted field");
                *w++ = *r++;
            }
        }
        if (!*r) {
            *w = '\0';
            return QZ_OK;
        }
        *w++ = '\0'; /* w <= r: the comma's place or earlier */
        r++;
    }
}

const char *qz_records__get(const qz_record *r, const char *key)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->key[i], key) == 0)
            return r->val[i] && *r->val[i] ? r->val[i] : NULL;
    return NULL;
}
