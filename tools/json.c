#include "json.h"

#include <string.h>

void qzj_init(qzj *w, FILE *f)
{
    memset(w, 0, sizeof(*w));
    w->f = f;
}

void qzj_finish(qzj *w)
{
    fputc('\n', w->f);
}

static void indent(qzj *w)
{
    int i;
    fputc('\n', w->f);
    for (i = 0; i < w->depth; i++)
        fputs("  ", w->f);
}

/* Everything a value needs before it: nothing after a key, else a comma
 * after the previous sibling and a fresh indented line. */
static void before_value(qzj *w)
{
    if (w->after_key) {
        w->after_key = 0;
        return;
    }
    if (w->depth > 0) {
        if (w->count[w->depth - 1] > 0)
            fputc(',', w->f);
        w->count[w->depth - 1]++;
        indent(w);
    }
}

static void begin_container(qzj *w, char c)
{
    before_value(w);
    fputc(c, w->f);
    if (w->depth < QZJ_MAX_DEPTH) {
        w->count[w->depth] = 0;
        w->depth++;
    }
}

static void end_container(qzj *w, char c)
{
    int empty;
    if (w->depth == 0)
        return;
    empty = w->count[w->depth - 1] == 0;
    w->depth--;
    if (!empty)
        indent(w);
    fputc(c, w->f);
}

void qzj_begin_object(qzj *w)
{
    begin_container(w, '{');
}
void qzj_end_object(qzj *w)
{
    end_container(w, '}');
}
void qzj_begin_array(qzj *w)
{
    begin_container(w, '[');
}
void qzj_end_array(qzj *w)
{
    end_container(w, ']');
}

void qzj_key(qzj *w, const char *key)
{
    before_value(w);
    fputc('"', w->f);
    qzj_escape(w->f, key, strlen(key));
    fputs("\": ", w->f);
    w->after_key = 1;
}

size_t qzj_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    uint32_t c;
    size_t len, i;
    unsigned char b = s[0];

    *cp = 0xFFFD;
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
        c = b & 0x1Fu;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        c = b & 0x0Fu;
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        c = b & 0x07u;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3Fu);
    }
    if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

void qzj_escape(FILE *f, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;

    while (i < n) {
        uint32_t cp;
        size_t len = qzj_utf8_decode(p + i, n - i, &cp);
        if (len == 0) {
            fputs("\xEF\xBF\xBD", f); /* U+FFFD for a byte that is not UTF-8 */
            i++;
            continue;
        }
        switch (cp) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\b': fputs("\\b", f); break;
        case '\f': fputs("\\f", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            /* Other controls, DEL, and the two separators JavaScript
             * treats as line ends are escaped; the rest passes as UTF-8. */
            if (cp < 0x20 || cp == 0x7F || cp == 0x2028 || cp == 0x2029)
                fprintf(f, "\\u%04x", (unsigned)cp);
            else
                fwrite(p + i, 1, len, f);
        }
        i += len;
    }
}

void qzj_string_n(qzj *w, const char *s, size_t n)
{
    before_value(w);
    fputc('"', w->f);
    qzj_escape(w->f, s, n);
    fputc('"', w->f);
}

void qzj_string(qzj *w, const char *s)
{
    if (!s) {
        qzj_null(w);
        return;
    }
    qzj_string_n(w, s, strlen(s));
}

void qzj_int(qzj *w, long long v)
{
    before_value(w);
    fprintf(w->f, "%lld", v);
}

void qzj_bool(qzj *w, int v)
{
    before_value(w);
    fputs(v ? "true" : "false", w->f);
}

void qzj_null(qzj *w)
{
    before_value(w);
    fputs("null", w->f);
}

void qzj_date(qzj *w, qz_date d)
{
    char buf[QZ_DATE_BUFSIZE];
    if (qz_date_format(buf, sizeof(buf), d) != QZ_OK) {
        qzj_null(w);
        return;
    }
    qzj_string(w, buf);
}
