/* The JSON Lines records reader: one flat object per line, parsed in place
 * (every unescaped string is no longer than its escaped text, and a joined
 * array no longer than its source), so that no record allocates. */
#include "records.h"

#include <stdio.h>
#include <string.h>
#include "error.h"
#include "json_string.h"

typedef struct jp {
    char *r;    /* reading */
    char *w;    /* writing (never ahead of r) */
    char *base; /* the line */
    size_t n;   /* its length */
} jp;

static void ws(jp *p)
{
    while (*p->r == ' ' || *p->r == '\t' || *p->r == '\r' || *p->r == '\n')
        p->r++;
}

/* A string at p->r (its opening quote), unescaped to p->w, not terminated,
 * by the library's one strict JSON string decoder; a refusal names the byte
 * of the line where it is. */
static int string(jp *p)
{
    size_t pos = (size_t)(p->r - p->base), len;
    int rc = qz__json_string(p->base, p->n, &pos, p->w, p->n - (size_t)(p->w - p->base), &len);
    if (rc < 0) {
        char why[256];
        snprintf(why, sizeof(why), "%s", qz_error_message(qz_error_last()));
        return qz__error(rc, "%s at byte %zu of the line", why, pos + 1);
    }
    p->r = p->base + pos;
    p->w += len;
    return QZ_OK;
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
    jp p = {line, line, line, strlen(line)};
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
