/* A small streaming JSON writer for the command-line tool's --json output.
 *
 * The writer keeps track of nesting and commas itself, so a command only
 * says what it writes: qzj_key() then a value inside objects, bare values
 * inside arrays. Output is indented by two spaces per level, one value per
 * line, which keeps diffs of saved answers readable. Strings are written as
 * UTF-8 with the characters JSON requires escaped; bytes that are not valid
 * UTF-8 become U+FFFD so the output is always valid JSON. */
#ifndef QZ_TOOLS_JSON_H
#define QZ_TOOLS_JSON_H

#include <stdio.h>
#include <stdint.h>

#include <quanze.h>

#define QZJ_MAX_DEPTH 32

typedef struct qzj {
    FILE *f;
    int depth;
    int count[QZJ_MAX_DEPTH]; /* values already written at each level */
    int after_key;            /* a key was just written: the value follows on its line */
} qzj;

void qzj_init(qzj *w, FILE *f);
/* Ends the document with a newline. */
void qzj_finish(qzj *w);

void qzj_begin_object(qzj *w);
void qzj_end_object(qzj *w);
void qzj_begin_array(qzj *w);
void qzj_end_array(qzj *w);

void qzj_key(qzj *w, const char *key);
void qzj_string(qzj *w, const char *s); /* NULL writes null */
void qzj_string_n(qzj *w, const char *s, size_t n);
void qzj_int(qzj *w, long long v);
void qzj_bool(qzj *w, int v);
void qzj_null(qzj *w);
void qzj_date(qzj *w, qz_date d); /* "YYYY-MM-DD" */

/* Writes @p s as the body of a JSON string (no quotes) to @p f. */
void qzj_escape(FILE *f, const char *s, size_t n);

/* Decodes one UTF-8 sequence at s[0..n). Returns its length (1..4) and the
 * code point in *cp, or 0 with *cp = 0xFFFD when the bytes are not valid
 * UTF-8 (overlong forms, surrogates and values above U+10FFFF included);
 * the caller then skips one byte. */
size_t qzj_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

#endif
