/* Internal: decoding one JSON string (RFC 8259), strictly, for every JSON
 * reader of the library (the JSON Lines records, the JSON drafts). */
#ifndef QZ_LIB_JSON_STRING_H
#define QZ_LIB_JSON_STRING_H

#include <stddef.h>

/* Decodes the JSON string whose opening quote is at s[*pos] (s holds n
 * bytes) into out, which holds cap bytes; out may be s itself (decoding in
 * place), since the decoded text never gets ahead of its source. The result
 * is not terminated: *len says how many bytes were written.
 *
 * Strict: the escapes of RFC 8259 only; \u escapes as UTF-8, a surrogate pair
 * as one character; the raw text must be well-formed UTF-8 (no overlong form,
 * no encoded surrogate, nothing above U+10FFFF). Refused, each recorded:
 * QZ_EPARSE for a lone surrogate, invalid UTF-8, a control character, NUL
 * (also as \u0000), a bad escape or an unterminated string; QZ_ELIMIT when
 * the text does not fit in cap bytes.
 *
 * On QZ_OK *pos is just past the closing quote; on failure it is the offset
 * of the offending byte (the backslash of a bad escape), for the caller's
 * position. */
int qz__json_string(const char *s, size_t n, size_t *pos, char *out, size_t cap, size_t *len);

/* The length of the well-formed UTF-8 sequence at s (n bytes available):
 * 1 to 4, or 0 when it is not well-formed. Strict as qz__json_string(). */
size_t qz__utf8_sequence(const unsigned char *s, size_t n);

#endif
