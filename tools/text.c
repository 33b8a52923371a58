#include "text.h"
#include "json.h"

#include <quanze.h>

#include <stdarg.h>
#include <string.h>

/* The East Asian Wide and Fullwidth ranges that occur in practice: CJK
 * ideographs and punctuation, kana, Hangul, full-width forms. */
static int is_wide(uint32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
           (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

static int is_combining(uint32_t cp)
{
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0xFE00 && cp <= 0xFE0F);
}

int qzc_display_width(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), i = 0;
    int w = 0;

    while (i < n) {
        uint32_t cp;
        size_t len = qzj_utf8_decode(p + i, n - i, &cp);
        if (len == 0)
            len = 1;
        if (is_wide(cp))
            w += 2;
        else if (!is_combining(cp))
            w += 1;
        i += len;
    }
    return w;
}

void qzc_pad(FILE *f, const char *s, int width)
{
    int w = qzc_display_width(s);
    fputs(s, f);
    for (; w < width; w++)
        fputc(' ', f);
}

void qzc_field(FILE *f, int indent, const char *label, const char *fmt, ...)
{
    va_list ap;
    fprintf(f, "%*s", indent, "");
    qzc_pad(f, label, QZC_LABEL_WIDTH);
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
    fputc('\n', f);
}

char *qzc_cite_label(char *buf, size_t size, int article, int item)
{
    qz_citation_label(buf, size, article, item); /* "" when there is nothing to cite */
    return buf;
}
