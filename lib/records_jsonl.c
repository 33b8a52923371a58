/* The JSON Lines records reader: one flat object per line, parsed in place
 * (every unescaped string is no longer than its escaped text, and a joined
 * array no longer than its source), so that no record allocates. */
#include "records.h"

#include <stdint.h>
#include "error.h"

typedef struct jp {
    char *r; /* reading */
    char *w; /* writing (never ahead of r) */
} jp;

static void ws(jp *p)
{
    while (*p->r == ' ' || *p->r == '\t' || *p->r == '\r' || *p->r == '\n')
        p->r++;
}

static int hex4(const char *s, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return 0;
    }
    *out = v;
    return 1;
}

static void put_utf8(jp *p, uint32_t c)
{
    if (c < 0x80) {
        *p->w++ = (char)c;
    } else if (c < 0x800) {
        *p->w++ = (char)(0xC0 | (c >> 6));
        *p->w++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *p->w++ = (char)(0xE0 | (c >> 12));
        *p->w++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *p->w++ = (char)(0x80 | (c & 0x3F));
    } else {
        *p->w++ = (char)(0xF0 | (c >> 18));
        *p->w++ = (char)(0x80 | ((c >> 12) & 0x3F));
        *p->w++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *p->w++ = (char)(0x80 | (c & 0x3F));
    }
}

/* A string at p->r (its opening quote), unescaped to p->w, not terminated. */
static int string(jp *p)
{
    if (*p->r != '"')
        return qz__error(QZ_EPARSE, "a string was expected");
    p->r++;
    for (;;) {
        unsigned char c = (unsigned char)*p->r;
        if (!c)
            return qz__error(QZ_EPARSE, "unterminated string");
        if (c < 0x20)
            return qz__error(QZ_EPARSE, "a control character in a string");
        if (c == '"') {
            p->r++;
            return QZ_OK;
        }
        if (c != '\\') {
            *p->w++ = *p->r++;
            continue;
        }
        char e = p->r[1];
        p->r += 2;
        switch (e) {
        case '"': *p->w++ = '"'; break;
        case '\\': *p->w++ = '\\'; break;
        case '/': *p->w++ = '/'; break;
        case 'b': *p->w++ = '\b'; break;
        case 'f': *p->w++ = '\f'; break;
        case 'n': *p->w++ = '\n'; break;
        case 'r': *p->w++ = '\r'; break;
        case 't': *p->w++ = '\t'; break;
        case 'u': {
            unsigned u, lo;
            if (!hex4(p->r, &u))
                return qz__error(QZ_EPARSE, "a bad \\u escape");
            p->r += 4;
            if (u >= 0xD800 && u < 0xDC00) {
                if (p->r[0] != '\\' || p->r[1] != 'u' || !hex4(p->r + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                    return qz__error(QZ_EPARSE, "an unpaired surrogate");
                p->r += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            } else if (u >= 0xDC00 && u < 0xE000) {
                return qz__error(QZ_EPARSE, "an unpaired surrogate");
            }
            if (u == 0)
                return qz__error(QZ_EPARSE, "a NUL character in a string");
            put_utf8(p, u);
            break;
        }
        default: return qz__error(QZ_EPARSE, "a bad escape");
        }
    }
}

/* A bare number, true or false, copied (true/false as 1/0). */
static int scalar(jp *p)
{
    if (p->r[0] == 't' && p->r[1] == 'r' && p->r[2] == 'u' && p->r[3] == 'e') {
        p->r += 4;
        *p->w++ = '1';
        return QZ_OK;
    }
    if (p->r[0] == 'f' && p->r[1] == 'a' && p->r[2] == 'l' && p->r[3] == 's' && p->r[4] == 'e') {
        p->r += 5;
        *p->w++ = '0';
        return QZ_OK;
    }
    char *start = p->r;
    while ((*p->r >= '0' && *p->r <= '9') || *p->r == '-' || *p->r == '+' || *p->r == '.' || *p->r == 'e' ||
           *p->r == 'E')
        *p->w++ = *p->r++;
    return p->r > start ? QZ_OK : qz__error(QZ_EPARSE, "a value was expected");
}

static int value(jp *p, int *present)
{
    int rc;
    *present = 1;
    if (*p->r == '"')
        return string(p);
    if (p->r[0] == 'n' && p->r[1] == 'u' && p->r[2] == 'l' && p->r[3] == 'l') {
        p->r += 4;
        *present = 0;
        return QZ_OK;
    }
    if (*p->r != '[')
        return scalar(p);
    p->r++;
    ws(p);
    if (*p->r == ']') {
        p->r++;
        return QZ_OK;
    }
    for (int first = 1;; first = 0) {
        ws(p);
        if (!first)
            *p->w++ = ';';
        if ((rc = *p->r == '"' ? string(p) : scalar(p)) < 0)
            return rc;
        ws(p);
        if (*p->r == ']') {
            p->r++;
            return QZ_OK;
        }
        if (*p->r++ != ',')
            return qz__error(QZ_EPARSE, "',' or ']' was expected");
    }
}

int qz_records__jsonl_parse(char *line, qz_record *r)
{
    jp p = {line, line};
    int rc, present;
    r->n = 0;
    ws(&p);
    if (*p.r++ != '{')
        return qz__error(QZ_EPARSE, "a record must be a JSON object");
    ws(&p);
    if (*p.r == '}')
        p.r++;
    else
        for (;;) {
            ws(&p);
            char *key = p.w;
            if ((rc = string(&p)) < 0)
                return rc;
            *p.w++ = '\0';
            ws(&p);
            if (*p.r++ != ':')
                return qz__error(QZ_EPARSE, "':' was expected");
            ws(&p);
            char *val = p.w;
            if ((rc = value(&p, &present)) < 0)
                return rc;
            *p.w++ = '\0'; /* the writer is behind the closing quote or the separator */
            if (present) {
                if (r->n == QZ_RECORDS__MAX_FIELDS)
                    return qz__error(QZ_ELIMIT, "more than %d fields", QZ_RECORDS__MAX_FIELDS);
                r->key[r->n] = key;
                r->val[r->n++] = val;
            }
            ws(&p);
            if (*p.r == '}') {
                p.r++;
                break;
            }
            if (*p.r++ != ',')
                return qz__error(QZ_EPARSE, "',' or '}' was expected");
        }
    ws(&p);
    return *p.r ? qz__error(QZ_EPARSE, "text after the object") : QZ_OK;
}
