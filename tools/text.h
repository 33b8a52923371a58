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
 * longest label the tool prints (the library's 重大事项纪要签发, eight
 * Chinese characters) and two cells. */
#define QZC_LABEL_WIDTH 18

/* Writes one "label  value" line, the label padded to QZC_LABEL_WIDTH and
 * indented by @p indent spaces. The value is printf-formatted. */
void qzc_field(FILE *f, int indent, const char *label, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* The library's citation label (qz_citation_label()), "第五十四条" or, when
 * @p item > 0, "第五十四条第(一)项"; "" when there is nothing to cite.
 * QZ_CITATION_LABEL_BUFSIZE bytes suffice. Returns @p buf. */
char *qzc_cite_label(char *buf, size_t size, int article, int item);

#endif
