/* A growable byte buffer that remembers allocation failure. */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "error.h"
#include "quanze/date.h"

static int reserve(qz_buf *b, size_t extra)
{
    if (b->failed)
        return 0;
    if (extra > (size_t)-1 - b->size - 1) {
        b->failed = 1;
        return 0;
    }
    if (qz__grow((void **)&b->data, &b->cap, b->size + extra + 1, 1) != QZ_OK) {
        b->failed = 1;
        return 0;
    }
    return 1;
}

void qz__buf_put(qz_buf *b, const char *s, size_t len)
{
    if (!reserve(b, len))
        return;
    if (len)
        memcpy(b->data + b->size, s, len);
    b->size += len;
    b->data[b->size] = '\0';
}

void qz__buf_puts(qz_buf *b, const char *s)
{
    qz__buf_put(b, s, strlen(s));
}

void qz__buf_printf(qz_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->size, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->size += (size_t)n;
}

void qz__buf_put_xml(qz_buf *b, const char *s)
{
    const char *run = s;
    for (; *s; s++) {
        const char *rep = NULL;
        switch (*s) {
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '&': rep = "&amp;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&apos;"; break;
        case '\t': rep = "&#9;"; break;
        case '\n': rep = "&#10;"; break;
        case '\r': rep = "&#13;"; break;
        default: continue;
        }
        qz__buf_put(b, run, (size_t)(s - run));
        qz__buf_puts(b, rep);
        run = s + 1;
    }
    qz__buf_put(b, run, (size_t)(s - run));
}

void qz__buf_put_xml_attr(qz_buf *b, const char *name, const char *value)
{
    qz__buf_puts(b, " ");
    qz__buf_puts(b, name);
    qz__buf_puts(b, "=\"");
    qz__buf_put_xml(b, value ? value : "");
    qz__buf_puts(b, "\"");
}

void qz__buf_put_date(qz_buf *b, int date)
{
    char text[QZ_DATE_BUFSIZE];
    qz_date_format(text, sizeof(text), (qz_date)date);
    qz__buf_puts(b, text);
}

int qz__buf_detach(qz_buf *b, char **out, size_t *len)
{
    if (!b->failed && !b->data && reserve(b, 0))
        b->data[0] = '\0'; /* nothing was written: hand out "" */
    if (b->failed) {
        qz__buf_free(b);
        return qz__error_nomem();
    }
    *out = b->data;
    if (len)
        *len = b->size;
    b->data = NULL;
    b->size = b->cap = 0;
    return QZ_OK;
}

void qz__buf_free(qz_buf *b)
{
    qz__free(b->data);
    b->data = NULL;
    b->size = b->cap = 0;
    b->failed = 0;
}
