/* Text output for people: column alignment that knows Chinese characters
 * take two terminal cells, and citations written the way Chinese legal
 * texts write them (第五十四条第(一)项). */
#ifndef QZ_TOOLS_TEXT_H
#define QZ_TOOLS_TEXT_H

#include <stddef.h>
#include <stdio.h>

/* Terminal cells @p s occupies: 2 for East Asian wide and full-width
 * characters, 0 for combining marks, 1 otherwise. */
int qzc_display_width(const char *s);

/* Writes @p s followed by spaces up to @p width cells. */
void qzc_pad(FILE *f, const char *s, int width);

/* The width labels are padded to by qzc_field(): wide enough for the
 * longest label the tool prints (six Chinese characters). */
#define QZC_LABEL_WIDTH 14

/* Writes one "label  value" line, the label padded to QZC_LABEL_WIDTH and
 * indented by @p indent spaces. The value is printf-formatted. */
void qzc_field(FILE *f, int indent, const char *label, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Writes @p n (0..9999) in Chinese numerals as legal texts number their
 * articles: 5 五, 10 十, 14 十四, 54 五十四, 105 一百零五, 110 一百一十.
 * Numbers outside the range are written in Arabic digits. Returns @p buf. */
char *qzc_cn_number(char *buf, size_t size, int n);

/* Buffer size enough for any citation label. */
#define QZC_CITE_BUFSIZE 96

/* "第五十四条" or, when @p item > 0, "第五十四条第(一)项". Returns @p buf. */
char *qzc_cite_label(char *buf, size_t size, int article, int item);

#endif
