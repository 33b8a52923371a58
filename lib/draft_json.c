/* The JSON form of a draft, for web plugins: the same fields as the XML form
 * (docs/documents.md), read by a small strict reader — one object of strings,
 * booleans, small numbers, arrays of strings and the meeting object; nothing
 * else is accepted, every error is recorded with its line and column. */
#include <stdio.h>
#include <string.h>
#include "draft.h"
#include "error.h"
#include "json_string.h"

#define MAX_STRING 1024

typedef struct jr {
    const char *s;
    size_t n, i, line_start;
    int line;
    const char *name;
    qz_draft *d;
} jr;

static int fail(jr *r, int code, const char *what)
{
    int column = 1;
    for (size_t k = r->line_start; k < r->i && k < r->n; k++)
        column += ((unsigned char)r->s[k] & 0xC0) != 0x80;
    return qz__error_at(code, r->name, r->line, column, "%s", what);
}

static void space(jr *r)
{
    while (r->i < r->n && strchr(" \t\r\n", r->s[r->i]) && r->s[r->i]) {
        if (r->s[r->i] == '\n') {
            r->line++;
            r->line_start = r->i + 1;
        }
        r->i++;
    }
}

static int expect(jr *r, char c)
{
    space(r);
    if (r->i >= r->n || r->s[r->i] != c) {
        static char what[] = "expected 'x'";
        char msg[sizeof(what)];
        memcpy(msg, what, sizeof(what));
        msg[10] = c;
        return fail(r, QZ_EPARSE, msg);
    }
    r->i++;
    return QZ_OK;
}

/* 1 and consumes it when the next character is c. */
static int peek(jr *r, char c)
{
    space(r);
    if (r->i < r->n && r->s[r->i] == c) {
        r->i++;
        return 1;
    }
    return 0;
}

/* A string into out (MAX_STRING + 1 bytes), by the library's one strict
 * JSON string decoder; a refusal is placed at the offending byte. */
static int string(jr *r, char *out)
{
    size_t len;
    int rc;
    space(r);
    if ((rc = qz__json_string(r->s, r->n, &r->i, out, MAX_STRING, &len)) < 0) {
        char why[256];
        snprintf(why, sizeof(why), "%s", qz_error_message(qz_error_last()));
        return fail(r, rc, why);
    }
    out[len] = '\0';
    return QZ_OK;
}

static int word(jr *r, const char *w)
{
    size_t n = strlen(w);
    if (r->i + n > r->n || strncmp(r->s + r->i, w, n) != 0)
        return 0;
    r->i += n;
    return 1;
}

/* A scalar as the text qz_draft__set takes: a string, true/false, or a small non-negative integer. */
static int scalar(jr *r, char *out, int *is_null)
{
    *is_null = 0;
    space(r);
    if (r->i < r->n && r->s[r->i] == '"')
        return string(r, out);
    if (word(r, "true") || word(r, "false")) {
        strcpy(out, r->s[r->i - 1] == 'e' && r->s[r->i - 2] == 'u' ? "true" : "false");
        return QZ_OK;
    }
    if (word(r, "null")) {
        *is_null = 1;
        return QZ_OK;
    }
    size_t len = 0;
    while (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9' && len < 9)
        out[len++] = r->s[r->i++];
    out[len] = '\0';
    if (!len || (r->i < r->n && strchr("0123456789.eE", r->s[r->i]) && r->s[r->i]))
        return fail(r, QZ_EPARSE, "expected a string, true, false, null or a small whole number");
    return QZ_OK;
}

static int set(jr *r, const char *key, const char *value, size_t at)
{
    const char *why = NULL;
    int rc = qz_draft__set(r->d, key, value, &why);
    if (rc < 0) {
        r->i = at;
        return fail(r, rc, why);
    }
    return QZ_OK;
}

static int list(jr *r, int which, char *buf)
{
    int rc;
    if ((rc = expect(r, '[')) < 0)
        return rc;
    if (peek(r, ']'))
        return QZ_OK;
    do {
        const char *why = NULL;
        space(r);
        size_t at = r->i;
        if ((rc = string(r, buf)) < 0)
            return rc;
        if ((rc = qz_draft__add(r->d, which, buf, &why)) < 0) {
            r->i = at;
            return fail(r, rc, why);
        }
    } while (peek(r, ','));
    return expect(r, ']');
}

static int meeting(jr *r, char *key, char *buf)
{
    int rc, is_null;
    if ((rc = expect(r, '{')) < 0)
        return rc;
    if (peek(r, '}'))
        return QZ_OK;
    do {
        if ((rc = string(r, key)) < 0 || (rc = expect(r, ':')) < 0)
            return rc;
        space(r);
        size_t at = r->i;
        if ((rc = scalar(r, buf, &is_null)) < 0)
            return rc;
        const char *field = !strcmp(key, "type") ? "meeting" : !strcmp(key, "date") ? "meeting-date" : key;
        if (!is_null && (rc = set(r, strcmp(field, key) ? field : "(meeting)", buf, at)) < 0)
            return rc;
    } while (peek(r, ','));
    return expect(r, '}');
}

static int member(jr *r, char *key, char *buf)
{
    static const struct {
        const char *key;
        int list;
    } lists[] = {
        {"portfolios", QZ_DRAFT__PORTFOLIOS}, {"facts", QZ_DRAFT__FACTS}, {"agency-codes", QZ_DRAFT__CODES}};
    int rc, is_null;
    if ((rc = string(r, key)) < 0 || (rc = expect(r, ':')) < 0)
        return rc;
    for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
        if (!strcmp(key, lists[i].key))
            return list(r, lists[i].list, buf);
    if (!strcmp(key, "meeting") && (space(r), r->i < r->n && r->s[r->i] == '{'))
        return meeting(r, key, buf);
    space(r);
    size_t at = r->i;
    if ((rc = scalar(r, buf, &is_null)) < 0)
        return rc;
    return is_null ? QZ_OK : set(r, key, buf, at);
}

int qz_draft__read_json(qz_draft *d, const char *data, size_t size, const char *name)
{
    char key[MAX_STRING + 1], buf[MAX_STRING + 1];
    jr r = {data, size, 0, 0, 1, name, d};
    const char *why = NULL;
    int rc;
    if ((rc = expect(&r, '{')) < 0)
        return rc;
    if (!peek(&r, '}')) {
        do {
            if ((rc = member(&r, key, buf)) < 0)
                return rc;
        } while (peek(&r, ','));
        if ((rc = expect(&r, '}')) < 0)
            return rc;
    }
    space(&r);
    if (r.i != r.n)
        return fail(&r, QZ_EPARSE, "text after the draft object");
    if ((rc = qz_draft__finish(d, &why)) < 0)
        return qz__error_at(rc, name, 1, 1, "%s", why);
    return QZ_OK;
}
