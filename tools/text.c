#include "text.h"
#include "json.h"

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
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
           (cp >= 0xFE00 && cp <= 0xFE0F);
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

static void append(char *buf, size_t size, const char *s)
{
    size_t used = strlen(buf), n = strlen(s);
    if (used + n < size)
        memcpy(buf + used, s, n + 1);
}

char *qzc_cn_number(char *buf, size_t size, int n)
{
    static const char *const digit[] = {"零", "一", "二", "三", "四",
                                        "五", "六", "七", "八", "九"};
    static const char *const unit[] = {"千", "百", "十", ""};
    int d[4], i, started = 0, zero_pending = 0;

    if (size == 0)
        return buf;
    buf[0] = '\0';
    if (n < 0 || n > 9999) {
        snprintf(buf, size, "%d", n);
        return buf;
    }
    if (n == 0) {
        append(buf, size, digit[0]);
        return buf;
    }
    d[0] = n / 1000;
    d[1] = n / 100 % 10;
    d[2] = n / 10 % 10;
    d[3] = n % 10;
    for (i = 0; i < 4; i++) {
        if (d[i] == 0) {
            zero_pending = started;
            continue;
        }
        if (zero_pending)
            append(buf, size, digit[0]);
        zero_pending = 0;
        /* 10-19 read 十, 十一 ...; elsewhere the digit is spoken: 一百一十. */
        if (!(d[i] == 1 && i == 2 && !started))
            append(buf, size, digit[d[i]]);
        append(buf, size, unit[i]);
        started = 1;
    }
    return buf;
}

char *qzc_cite_label(char *buf, size_t size, int article, int item)
{
    char a[40], b[40];
    qzc_cn_number(a, sizeof a, article);
    if (item > 0)
        snprintf(buf, size, "第%s条第(%s)项", a, qzc_cn_number(b, sizeof b, item));
    else
        snprintf(buf, size, "第%s条", a);
    return buf;
}
