/* One strict decoder of JSON strings, shared by every JSON reader so that
 * they accept and refuse exactly the same texts (escapes, surrogates, UTF-8). */
#include "json_string.h"

#include <stdint.h>
#include "error.h"

size_t qz__utf8_sequence(const unsigned char *s, size_t n)
{
    if (!n)
        return 0;
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    /* the second byte's range per the lead byte (Unicode Table 3-7): this
     * excludes overlong forms, surrogates and code points above U+10FFFF */
    unsigned char lo = 0x80, hi = 0xBF;
    size_t len;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (n < len || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t k = 2; k < len; k++)
        if ((s[k] & 0xC0) != 0x80)
            return 0;
    return len;
}

static int hex4(const char *s, size_t n, size_t at, uint32_t *out)
{
    uint32_t v = 0;
    if (n - at < 4)
        return 0;
    for (size_t k = 0; k < 4; k++) {
        char c = s[at + k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (uint32_t)(c - 'A' + 10);
        else
            return 0;
    }
    *out = v;
    return 1;
}

static size_t put_utf8(char *out, uint32_t c)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* The escape whose backslash is at s[*i]: its text into out at *w. */
static int escape(const char *s, size_t n, size_t *i, char *out, size_t *w)
{
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    size_t at = *i;
    char e = at + 1 < n ? s[at + 1] : '\0';
    for (size_t k = 0; e && from[k]; k++)
        if (from[k] == e) {
            out[(*w)++] = to[k];
            *i = at + 2;
            return QZ_OK;
        }
    if (e != 'u')
        return qz__error(QZ_EPARSE, "a bad escape");
    uint32_t u, lo;
    if (!hex4(s, n, at + 2, &u))
        return qz__error(QZ_EPARSE, "a bad \\u escape");
    size_t used = 6;
    if (u >= 0xD800 && u < 0xDC00) {
        if (n - at < 12 || s[at + 6] != '\\' || s[at + 7] != 'u' || !hex4(s, n, at + 8, &lo) || lo < 0xDC00 ||
            lo > 0xDFFF)
            return qz__error(QZ_EPARSE, "an unpaired surrogate");
        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        used = 12;
    } else if (u >= 0xDC00 && u < 0xE000) {
        return qz__error(QZ_EPARSE, "an unpaired surrogate");
    } else if (u == 0) {
        return qz__error(QZ_EPARSE, "a NUL character in a string");
    }
    *w += put_utf8(out + *w, u);
    *i = at + used;
    return QZ_OK;
}

int qz__json_string(const char *s, size_t n, size_t *pos, char *out, size_t cap, size_t *len)
{
    size_t i = *pos, w = 0;
    int rc = QZ_OK;
    *len = 0;
    if (i >= n || s[i] != '"')
        return qz__error(QZ_EPARSE, "a string was expected");
    i++;
    for (;;) {
        if (i >= n || !s[i]) {
            rc = qz__error(QZ_EPARSE, "an unterminated string");
            break;
        }
        unsigned char c = (unsigned char)s[i];
        if (c == '"') {
            *pos = i + 1;
            *len = w;
            return QZ_OK;
        }
        if (c == '\\') {
            char one[4]; /* decoded aside: in place, it could overtake the reading */
            size_t k = 0;
            if ((rc = escape(s, n, &i, one, &k)) < 0)
                break;
            if (cap - w < k) {
                i = *pos; /* not placed: the string as a whole is too long */
                rc = qz__error(QZ_ELIMIT, "a string longer than %zu bytes", cap);
                break;
            }
            for (size_t b = 0; b < k; b++)
                out[w++] = one[b];
        } else if (c < 0x20) {
            rc = qz__error(QZ_EPARSE, "a control character in a string");
            break;
        } else {
            size_t k = qz__utf8_sequence((const unsigned char *)s + i, n - i);
            if (!k) {
                rc = qz__error(QZ_EPARSE, "not UTF-8");
                break;
            }
            if (cap - w < k) {
                i = *pos;
                rc = qz__error(QZ_ELIMIT, "a string longer than %zu bytes", cap);
                break;
            }
            for (size_t b = 0; b < k; b++) /* byte by byte: out may be s, a little behind */
                out[w++] = s[i++];
        }
    }
    *pos = i;
    return rc;
}
