/* Reading the State Council General Office's notice on a year's holiday
 * arrangement (国务院办公厅关于YYYY年部分节假日安排的通知) and its
 * supplementary notices, into a calendar.
 *
 * Why a reader of prose rather than a table: the notice is the only thing an
 * administrator receives each year. Its items mix the binding statements
 * ("1月28日至2月4日放假调休", "2月8日（周六）上班", "4月6日（星期一）补休")
 * with explanations ("其中，1日、2日、3日为法定假日，将…调至…") and, since
 * 2024, encouragements ("鼓励…安排职工在除夕（2月9日）休息"). The reader
 * gives every date of an item a role: a day off (before 放假, 补休, 调休), a
 * make-up working day (before 上班), the end of an extension (after 假期至),
 * the day work resumes (before 起正常上班), or an explanation, which must agree
 * with the days off and working days the notice states. A date it cannot
 * place, an annotation it cannot read, a weekday that contradicts its date, a
 * count ("共7天") that contradicts a range: each is an error naming the line
 * and column (in characters), and nothing is produced. Sentences that begin
 * with 鼓励 are encouragements and bind nobody: they are skipped whole.
 *
 * The arrangement is completed as the embedded calendar is (its rule R2): a
 * weekend day joined by rest days to a day off is part of the holiday period
 * ("与周末连休"), named after the nearest day off. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "calendar.h"
#include "calendar_lunar.h"
#include "error.h"
#include "quanze/date.h"

#define NOTICE_MAX_BYTES (1024 * 1024)
#define MAX_PENDING 64

/* ---------- festivals ---------- */

enum {
    F_NONE,
    F_NEWYEAR,
    F_SPRING,
    F_QINGMING,
    F_LABOUR,
    F_DRAGON,
    F_MIDAUTUMN,
    F_NATIONAL,
    F_NATIONAL_MIDAUTUMN
};

typedef struct festival_label {
    const char *label; /* as the notice writes it, quotes removed */
    int festival;
} festival_label;

static const festival_label labels[] = {
    {"元旦", F_NEWYEAR},
    {"春节", F_SPRING},
    {"清明节", F_QINGMING},
    {"劳动节", F_LABOUR},
    {"五一", F_LABOUR},
    {"五一国际劳动节", F_LABOUR},
    {"国际劳动节", F_LABOUR},
    {"端午节", F_DRAGON},
    {"中秋节", F_MIDAUTUMN},
    {"国庆节", F_NATIONAL},
    {"十一", F_NATIONAL},
    {"国庆节、中秋节", F_NATIONAL_MIDAUTUMN},
    {"中秋节、国庆节", F_NATIONAL_MIDAUTUMN},
};

/* The names the embedded calendar uses. */
static const char *festival_name(int f)
{
    switch (f) {
    case F_NEWYEAR: return "New Year's Day";
    case F_SPRING: return "Spring Festival";
    case F_QINGMING: return "Tomb-sweeping Day";
    case F_LABOUR: return "Labour Day";
    case F_DRAGON: return "Dragon Boat Festival";
    case F_MIDAUTUMN: return "Mid-Autumn Festival";
    default: return "National Day";
    }
}

/* One-off holidays named in a notice's title, and their English names. */
static const struct {
    const char *chinese, *english;
} one_offs[] = {
    {"中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", "Anti-Fascist 70th Day"},
};

/* ---------- the decoded text ---------- */

typedef struct notice_text {
    uint32_t *cp;       /* NFKC-folded code points; '\n' ends each line */
    int *line, *column; /* position of each code point (1-based, in characters) */
    size_t n;
    const char *name;
} notice_text;

/* The subset of NFKC a notice needs: full-width ASCII to ASCII, the
 * ideographic space to a space, the dashes and wave dash to '-' and '~'. */
static uint32_t fold(uint32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return c - 0xFEE0;
    if (c == 0x3000)
        return ' ';
    if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212)
        return '-';
    if (c == 0x301C)
        return '~';
    return c;
}

static int decode(notice_text *t, const char *data, size_t size)
{
    t->cp = qz__calloc(size + 1, sizeof(*t->cp));
    t->line = qz__calloc(size + 1, sizeof(*t->line));
    t->column = qz__calloc(size + 1, sizeof(*t->column));
    if (!t->cp || !t->line || !t->column)
        return qz__error_nomem();
    const unsigned char *s = (const unsigned char *)data;
    int line = 1, column = 1;
    size_t i = 0;
    if (size >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3; /* a byte order mark */
    while (i < size) {
        uint32_t c = s[i];
        size_t len = c < 0x80             ? 1
                     : (c & 0xE0) == 0xC0 ? 2
                     : (c & 0xF0) == 0xE0 ? 3
                     : (c & 0xF8) == 0xF0 ? 4
                                          : 0;
        uint32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        if (len == 0 || i + len > size)
            return qz__error_at(QZ_EPARSE, t->name, line, column, "%s:%d:%d: not UTF-8 text", t->name, line,
                                column);
        if (len > 1) {
            c &= 0x3F >> (len - 1);
            for (size_t k = 1; k < len; k++) {
                if ((s[i + k] & 0xC0) != 0x80)
                    return qz__error_at(QZ_EPARSE, t->name, line, column, "%s:%d:%d: not UTF-8 text", t->name,
                                        line, column);
                c = (c << 6) | (s[i + k] & 0x3F);
            }
            if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
                return qz__error_at(QZ_EPARSE, t->name, line, column, "%s:%d:%d: not UTF-8 text", t->name,
                                    line, column);
        }
        if (c == 0)
            return qz__error_at(QZ_EPARSE, t->name, line, column, "%s:%d:%d: a NUL character", t->name, line,
                                column);
        i += len;
        if (c == '\r')
            continue;
        t->cp[t->n] = fold(c);
        t->line[t->n] = line;
        t->column[t->n] = column;
        t->n++;
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }
    t->cp[t->n] = '\n'; /* a final line end, so every line ends with one */
    t->line[t->n] = line;
    t->column[t->n] = column;
    t->n++;
    return QZ_OK;
}

/* 1 when the text at p starts with the UTF-8 string s (compared after folding). */
static int at(const notice_text *t, size_t p, size_t end, const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        uint32_t c = *u;
        size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
        if (len > 1) {
            c &= 0x3F >> (len - 1);
            for (size_t k = 1; k < len; k++)
                c = (c << 6) | (u[k] & 0x3F);
        }
        if (p >= end || t->cp[p] != fold(c))
            return 0;
        u += len;
        p++;
    }
    return 1;
}

static size_t utf8_len(const char *s)
{
    size_t n = 0;
    for (const unsigned char *u = (const unsigned char *)s; *u; u++)
        n += (*u & 0xC0) != 0x80;
    return n;
}

/* Appends code points [p, end) to buf as UTF-8 (buf has room for 4 * count + 1). */
static void to_utf8(char *buf, const notice_text *t, size_t p, size_t end)
{
    unsigned char *o = (unsigned char *)buf;
    for (; p < end; p++) {
        uint32_t c = t->cp[p];
        if (c == 0x201C || c == 0x201D || c == '"')
            continue; /* “五一” is the label 五一 */
        if (c < 0x20 || c == 0x7F || (c >= 0xFFFE && c <= 0xFFFF))
            continue; /* nothing XML cannot carry goes into a name or the source */
        if (c < 0x80) {
            *o++ = (unsigned char)c;
        } else if (c < 0x800) {
            *o++ = (unsigned char)(0xC0 | (c >> 6));
            *o++ = (unsigned char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *o++ = (unsigned char)(0xE0 | (c >> 12));
            *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            *o++ = (unsigned char)(0x80 | (c & 0x3F));
        } else {
            *o++ = (unsigned char)(0xF0 | (c >> 18));
            *o++ = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
            *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            *o++ = (unsigned char)(0x80 | (c & 0x3F));
        }
    }
    *o = '\0';
}

static int is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

static int is_dash(uint32_t c)
{
    return c == '-' || c == '~';
}

/* ---------- the arrangement being built ---------- */

enum { S_NONE, S_HOLIDAY, S_MAKEUP };

typedef struct slot {
    int kind;       /* S_* */
    int designated; /* 1 when a notice names the day (not added by rule R2) */
    const char *name;
} slot;

/* Every day an arrangement of `year` may list: 1 December of the previous
 * year to 31 December. */
typedef struct arrangement {
    int year;
    qz_date first;
    int ndays;
    slot days[400];
} arrangement;

static slot *day_slot(arrangement *a, qz_date d)
{
    int64_t i = (int64_t)d - a->first;
    return i >= 0 && i < a->ndays ? &a->days[i] : NULL;
}

static int is_weekend(qz_date d)
{
    return qz_date_weekday(d) >= 6;
}

/* ---------- reading one notice ---------- */

enum { KIND_BASE, KIND_ADJUST, KIND_EXTEND, KIND_ONEOFF };
enum { ROLE_EXPLAIN, ROLE_OFF, ROLE_WORK, ROLE_RESUME, ROLE_EXTEND };

typedef struct dated {
    qz_date from, to;
    int line, column;
} dated;

typedef struct reader {
    notice_text t;
    int kind;
    int year;           /* the arrangement year */
    int festival;       /* of the title (supplements) */
    const char *oneoff; /* name of a one-off holiday */
    char oneoff_buf[512];
    char title[1024];
    /* per item */
    int item_festival;
    int ctx_year, ctx_month;   /* of the last date read, for day-only dates */
    int item_year, item_month; /* of the item's first date */
    dated pending[MAX_PENDING];
    int npending;
    int last_off_days; /* days made off by the last 放假/调休/补休 */
    /* what the notice states, checked and merged at the end */
    dated stated[1024];
    int stated_role[1024];
    int stated_festival[1024];
    int nstated;
} reader;

static int fail(const reader *r, size_t p, int code, const char *fmt, const char *what)
{
    int line = r->t.line[p], column = r->t.column[p];
    return qz__error_at(code, r->t.name, line, column, fmt, r->t.name, line, column, what);
}

static int state(reader *r, const dated *d, int role)
{
    if (r->nstated >= (int)(sizeof(r->stated) / sizeof(r->stated[0])))
        return qz__error_at(QZ_ELIMIT, r->t.name, d->line, d->column,
                            "%s:%d:%d: too many dates in the notice", r->t.name, d->line, d->column);
    r->stated[r->nstated] = *d;
    r->stated_role[r->nstated] = role;
    r->stated_festival[r->nstated] = r->item_festival;
    r->nstated++;
    return QZ_OK;
}

/* Gives the pending dates a role. */
static int settle(reader *r, int role)
{
    int days = 0;
    for (int i = 0; i < r->npending; i++) {
        int rc = state(r, &r->pending[i], role);
        if (rc < 0)
            return rc;
        days += (int)(r->pending[i].to - r->pending[i].from) + 1;
    }
    if (role == ROLE_OFF && r->npending > 0)
        r->last_off_days = days;
    r->npending = 0;
    return QZ_OK;
}

/* Reads a decimal number at *p (at most 4 digits). */
static int number(const reader *r, size_t *p, size_t end, int *out)
{
    int v = 0, n = 0;
    while (*p < end && is_digit(r->t.cp[*p]) && n < 5) {
        v = v * 10 + (int)(r->t.cp[*p] - '0');
        (*p)++;
        n++;
    }
    *out = v;
    return n;
}

static const uint32_t NIAN = 0x5E74, YUE = 0x6708, RI = 0x65E5; /* 年 月 日 */

/* Reads a date at *p: [YYYY年]M月D日, or D日 taking the month of the last
 * date read. Returns 1 (a date), 0 (a number that is no date: *p unchanged)
 * or a negative error. */
static int read_date(reader *r, size_t *p, size_t end, qz_date *out, int *explicit_year)
{
    size_t q = *p, start = *p;
    int a = 0, b = 0, c = 0, year = 0, month = 0, day = 0;
    number(r, &q, end, &a);
    *explicit_year = 0;
    if (q < end && r->t.cp[q] == NIAN) {
        q++;
        if (!(q < end && is_digit(r->t.cp[q])))
            return 0; /* "2015年是…": a year, not a date */
        number(r, &q, end, &b);
        if (!(q < end && r->t.cp[q] == YUE))
            return fail(r, start, QZ_EPARSE, "%s:%d:%d: an incomplete date%s", "");
        q++;
        if (!(q < end && is_digit(r->t.cp[q])))
            return fail(r, start, QZ_EPARSE, "%s:%d:%d: a date without its day%s", "");
        number(r, &q, end, &c);
        if (!(q < end && r->t.cp[q] == RI))
            return fail(r, start, QZ_EPARSE, "%s:%d:%d: an incomplete date%s", "");
        year = a, month = b, day = c;
        *explicit_year = 1;
    } else if (q < end && r->t.cp[q] == YUE) {
        q++;
        if (!(q < end && is_digit(r->t.cp[q])))
            return fail(r, start, QZ_EPARSE, "%s:%d:%d: a month without its day%s", "");
        number(r, &q, end, &b);
        if (!(q < end && r->t.cp[q] == RI))
            return fail(r, start, QZ_EPARSE, "%s:%d:%d: an incomplete date%s", "");
        month = a, day = b;
        /* a December date of the New Year item belongs to the previous year */
        year = month == 12 && r->item_festival == F_NEWYEAR ? r->year - 1 : r->year;
    } else if (q < end && r->t.cp[q] == RI) {
        if (!r->ctx_month)
            return fail(r, start, QZ_EPARSE, "%s:%d:%d: a day without a month before it%s", "");
        year = r->ctx_year, month = r->ctx_month, day = a;
    } else {
        return 0;
    }
    q++; /* 日 */
    if (qz_date_from_ymd(out, year, month, day) != QZ_OK)
        return fail(r, start, QZ_ESCHEMA, "%s:%d:%d: no such date%s", "");
    r->ctx_year = year;
    r->ctx_month = month;
    if (!r->item_month) {
        r->item_year = year;
        r->item_month = month;
    }
    *p = q;
    return 1;
}

/* The weekday 1..7 of a Chinese weekday character, or 0. */
static int weekday_of(uint32_t c)
{
    static const uint32_t chars[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x65E5, 0x5929};
    for (int i = 0; i < 8; i++)
        if (chars[i] == c)
            return i < 7 ? i + 1 : 7;
    return 0;
}

/* Checks one part of an annotation after date d: a weekday, or a lunar or
 * festival remark. */
static int check_part(reader *r, size_t p, size_t end, qz_date d)
{
    if (p == end)
        return fail(r, p, QZ_EPARSE, "%s:%d:%d: an empty remark in parentheses%s", "");
    size_t w = at(&r->t, p, end, "星期") ? p + 2 : at(&r->t, p, end, "周") ? p + 1 : 0;
    if (w && w + 1 == end && weekday_of(r->t.cp[w])) {
        if (weekday_of(r->t.cp[w]) != qz_date_weekday(d)) {
            char text[QZ_DATE_BUFSIZE];
            qz_date_format(text, sizeof(text), d);
            return fail(r, p, QZ_ESCHEMA, "%s:%d:%d: the weekday contradicts the date %s", text);
        }
        return QZ_OK;
    }
    static const char *const remarks[] = {"农历", "除夕", "初",   "节",   "新年", "腊月",
                                          "正月", "春节", "端午", "清明", "中秋"};
    int known = 0, range = 0;
    for (size_t q = p; q < end; q++)
        range |= at(&r->t, q, end, "至"); /* "（即农历除夕至正月初六）" describes a range */
    for (size_t q = p; q < end; q++) {
        if (is_digit(r->t.cp[q]))
            return fail(r, q, QZ_EPARSE, "%s:%d:%d: a date in a remark the reader does not understand%s", "");
        if (!range && at(&r->t, q, end, "除夕")) {
            /* 除夕 can be checked against the lunar table */
            qz_calendar_lunar l;
            int y;
            qz_date_to_ymd(&y, NULL, NULL, d);
            if (qz_calendar__lunar(&l, y) == 0 && (qz_date)(l.spring_festival - 1) != d)
                return fail(r, q, QZ_ESCHEMA,
                            "%s:%d:%d: the date is not 除夕 (the eve of the Spring Festival)%s", "");
        }
        for (size_t k = 0; k < sizeof(remarks) / sizeof(remarks[0]); k++)
            known |= at(&r->t, q, end, remarks[k]);
    }
    if (known)
        return QZ_OK;
    return fail(r, p, QZ_EPARSE, "%s:%d:%d: a remark in parentheses the reader does not understand%s", "");
}

/* Reads "(…)" after a date (if there is one) and checks it. */
static int annotation(reader *r, size_t *p, size_t end, qz_date d)
{
    if (!(*p < end && r->t.cp[*p] == '('))
        return QZ_OK;
    size_t q = *p + 1, part = q;
    for (; q < end && r->t.cp[q] != ')'; q++) {
        if (r->t.cp[q] == 0x3001 || r->t.cp[q] == ',') {
            int rc = check_part(r, part, q, d);
            if (rc < 0)
                return rc;
            part = q + 1;
        }
    }
    if (q >= end)
        return fail(r, *p, QZ_EPARSE, "%s:%d:%d: an unclosed parenthesis%s", "");
    int rc = check_part(r, part, q, d);
    if (rc < 0)
        return rc;
    *p = q + 1;
    return QZ_OK;
}

/* Reads a date or a range at *p into r->pending (or, after 假期至, as the end
 * of an extension). Returns 1, 0 (no date here) or an error. */
static int read_dated(reader *r, size_t *p, size_t end, int extension_end)
{
    size_t start = *p;
    qz_date from, to;
    int explicit_year;
    int rc = read_date(r, p, end, &from, &explicit_year);
    if (rc <= 0)
        return rc;
    if ((rc = annotation(r, p, end, from)) < 0)
        return rc;
    to = from;
    size_t q = *p;
    int sep = 0;
    while (q < end && is_dash(r->t.cp[q]))
        q++, sep = 1;
    if (!sep && at(&r->t, q, end, "至") && q + 1 < end && is_digit(r->t.cp[q + 1]))
        q++, sep = 1;
    if (sep) {
        rc = read_date(r, &q, end, &to, &explicit_year);
        if (rc == 0)
            return fail(r, *p, QZ_EPARSE, "%s:%d:%d: a range without its last day%s", "");
        if (rc < 0)
            return rc;
        if ((rc = annotation(r, &q, end, to)) < 0)
            return rc;
        if (to < from)
            return fail(r, start, QZ_ESCHEMA, "%s:%d:%d: the range ends before it begins%s", "");
        *p = q;
    }
    dated d = {from, to, r->t.line[start], r->t.column[start]};
    qz_date first, last;
    qz_date_from_ymd(&first, r->year - 1, 12, 1);
    qz_date_from_ymd(&last, r->year, 12, 31);
    if (from < first || to > last) {
        char text[64];
        snprintf(text, sizeof(text), " (%d-12-01 to %d-12-31)", r->year - 1, r->year);
        return fail(r, start, QZ_ESCHEMA, "%s:%d:%d: the date is outside the reach of the arrangement%s",
                    text);
    }
    if (extension_end)
        return state(r, &d, ROLE_EXTEND) < 0 ? -1 : 1;
    if (r->npending >= MAX_PENDING)
        return fail(r, start, QZ_ELIMIT, "%s:%d:%d: too many dates in one statement%s", "");
    r->pending[r->npending++] = d;
    return 1;
}

/* After 放假: "[调休|公休][，][共]N天" must count the days just given off. */
static int check_count(reader *r, size_t *p, size_t end)
{
    size_t q = *p;
    if (at(&r->t, q, end, "调休") || at(&r->t, q, end, "公休"))
        q += 2;
    if (q < end && r->t.cp[q] == ',')
        q++;
    if (at(&r->t, q, end, "共"))
        q++;
    size_t num = q;
    int n = 0;
    if (!number(r, &q, end, &n) || !at(&r->t, q, end, "天"))
        return QZ_OK; /* no count stated */
    if (r->last_off_days && n != r->last_off_days) {
        char text[64];
        snprintf(text, sizeof(text), " (%d stated, %d in the dates)", n, r->last_off_days);
        return fail(r, num, QZ_ESCHEMA, "%s:%d:%d: the number of days contradicts the dates%s", text);
    }
    *p = q + 1;
    return QZ_OK;
}

/* Reads one item (or a supplement's paragraph) from p to end. */
static int read_item(reader *r, size_t p, size_t end)
{
    int rc, extension_next = 0;
    r->ctx_month = r->item_month = 0;
    r->npending = 0;
    r->last_off_days = 0;
    while (p < end) {
        uint32_t c = r->t.cp[p];
        if (is_digit(c)) {
            rc = read_dated(r, &p, end, extension_next);
            if (rc < 0)
                return rc;
            if (rc > 0) {
                extension_next = 0;
                continue;
            }
            while (p < end && is_digit(r->t.cp[p]))
                p++;
            continue;
        }
        if (at(&r->t, p, end, "鼓励")) {
            /* an encouragement: binds nobody, and its dates are not days off */
            if ((rc = settle(r, ROLE_EXPLAIN)) < 0)
                return rc;
            while (p < end && r->t.cp[p] != 0x3002)
                p++;
            continue;
        }
        static const struct {
            const char *word;
            int role;
        } words[] = {{"起正常上班", ROLE_RESUME},
                     {"上班", ROLE_WORK},
                     {"放假", ROLE_OFF},
                     {"补休", ROLE_OFF},
                     {"调休", ROLE_OFF}};
        int matched = 0;
        for (size_t k = 0; k < sizeof(words) / sizeof(words[0]) && !matched; k++) {
            if (!at(&r->t, p, end, words[k].word))
                continue;
            matched = 1;
            if (words[k].role == ROLE_OFF && strcmp(words[k].word, "调休") == 0 && r->npending == 0) {
                p += 2; /* 放假调休 or a plain mention: nothing pending */
                break;
            }
            if ((rc = settle(r, words[k].role)) < 0)
                return rc;
            p += utf8_len(words[k].word);
            if (strcmp(words[k].word, "放假") == 0 && (rc = check_count(r, &p, end)) < 0)
                return rc;
        }
        if (matched)
            continue;
        if (at(&r->t, p, end, "假期至")) {
            if ((rc = settle(r, ROLE_EXPLAIN)) < 0)
                return rc;
            extension_next = 1;
            p += 3;
            continue;
        }
        if (at(&r->t, p, end, "全国") && r->npending) {
            p += 2; /* "9月3日全国放假" */
            continue;
        }
        if (c == '(') {
            /* a remark that follows no date must hold no date either */
            size_t q = p;
            while (q < end && r->t.cp[q] != ')') {
                if (is_digit(r->t.cp[q]))
                    return fail(r, q, QZ_EPARSE,
                                "%s:%d:%d: a date in a remark the reader does not understand%s", "");
                q++;
            }
            p = q < end ? q + 1 : q;
            continue;
        }
        if (c == 0x3001 || c == ' ') { /* 、 joins a list of dates */
            p++;
            continue;
        }
        if ((rc = settle(r, ROLE_EXPLAIN)) < 0)
            return rc;
        if (c == ',' || c == 0x3002 || c == ';' || c == ':') {
            /* a new clause: a day-only date takes the item's month again
             * ("1月29日—2月4日…，其中，29日、30日、31日为法定假日") */
            r->ctx_year = r->item_year;
            r->ctx_month = r->item_month;
        }
        p++;
    }
    return settle(r, ROLE_EXPLAIN);
}

/* The festival of an item label at [p, end), or F_NONE. */
static int festival_of(const reader *r, size_t p, size_t end)
{
    char buf[256];
    if (end - p > 60)
        return F_NONE;
    to_utf8(buf, &r->t, p, end);
    for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
        if (strcmp(buf, labels[i].label) == 0)
            return labels[i].festival;
    return F_NONE;
}

static int is_numeral(uint32_t c)
{
    static const uint32_t n[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341};
    for (int i = 0; i < 10; i++)
        if (n[i] == c)
            return 1;
    return 0;
}

/* ---------- the title ---------- */

static int read_year(const reader *r, size_t *p, size_t end, int *year)
{
    size_t q = *p;
    if (number(r, &q, end, year) != 4 || !(q < end && r->t.cp[q] == NIAN))
        return 0;
    *p = q + 1;
    return 1;
}

static int read_title(reader *r, size_t end)
{
    size_t p = 0;
    to_utf8(r->title, &r->t, 0, end < 250 ? end : 250);
    while (p < end && !at(&r->t, p, end, "关于"))
        p++;
    if (p == end)
        return fail(r, 0, QZ_EPARSE, "%s:%d:%d: the first line is not the title of a notice on holidays%s",
                    "");
    p += 2;
    size_t q = p;
    if (read_year(r, &q, end, &r->year) && at(&r->t, q, end, "部分节假日安排的通知")) {
        r->kind = KIND_BASE;
        return QZ_OK;
    }
    int kind = at(&r->t, p, end, "调整")   ? KIND_ADJUST
               : at(&r->t, p, end, "延长") ? KIND_EXTEND
                                           : KIND_ONEOFF;
    if (kind != KIND_ONEOFF) {
        q = p + 2;
        if (!read_year(r, &q, end, &r->year))
            return fail(r, q, QZ_EPARSE, "%s:%d:%d: the title names no year%s", "");
        size_t f = q;
        while (f < end && !at(&r->t, f, end, "假期") && !at(&r->t, f, end, "放假"))
            f++;
        r->festival = festival_of(r, q, f);
        if (r->festival == F_NONE || r->festival == F_NATIONAL_MIDAUTUMN)
            return fail(r, q, QZ_EPARSE, "%s:%d:%d: the title names no holiday the reader knows%s", "");
        r->kind = kind;
        return QZ_OK;
    }
    size_t f = p;
    while (f < end && !at(&r->t, f, end, "调休放假的通知") && !at(&r->t, f, end, "放假的通知"))
        f++;
    if (f == end || f == p || f - p > 120)
        return fail(r, p, QZ_EPARSE, "%s:%d:%d: the title is not one of a notice on holidays%s", "");
    to_utf8(r->oneoff_buf, &r->t, p, f);
    r->oneoff = r->oneoff_buf;
    for (size_t i = 0; i < sizeof(one_offs) / sizeof(one_offs[0]); i++)
        if (strcmp(r->oneoff_buf, one_offs[i].chinese) == 0)
            r->oneoff = one_offs[i].english;
    r->kind = KIND_ONEOFF;
    r->year = 0; /* from the first full date of the body */
    return QZ_OK;
}

/* The year of a one-off notice: the first date written with its year. */
static int find_year(reader *r, size_t from)
{
    for (size_t p = from; p + 1 < r->t.n; p++) {
        int y;
        size_t q = p;
        if ((p == 0 || !is_digit(r->t.cp[p - 1])) && read_year(r, &q, r->t.n, &y) && is_digit(r->t.cp[q])) {
            r->year = y;
            return QZ_OK;
        }
    }
    return fail(r, 0, QZ_EPARSE, "%s:%d:%d: the notice names no year%s", "");
}

/* ---------- lines ---------- */

static size_t line_end(const reader *r, size_t p)
{
    while (r->t.cp[p] != '\n')
        p++;
    return p;
}

/* Reads the body: the numbered items, or (a supplement without items) its
 * paragraphs up to the signature. */
static int read_body(reader *r, size_t body)
{
    int items = 0;
    for (size_t p = body; p < r->t.n; p = line_end(r, p) + 1)
        if (is_numeral(r->t.cp[p]) && r->t.cp[p + 1] == 0x3001)
            items++;
    for (size_t p = body; p < r->t.n; p = line_end(r, p) + 1) {
        size_t end = line_end(r, p);
        if (p == end || r->t.cp[p] == '[')
            continue;
        if (at(&r->t, p, end, "国务院办公厅") || at(&r->t, p, end, "国务院")) {
            if (end - p <= 6)
                break; /* the signature: the date line follows */
        }
        size_t q = p;
        r->item_festival = r->kind == KIND_BASE ? F_NONE : r->festival;
        if (items) {
            if (!(is_numeral(r->t.cp[p]) && r->t.cp[p + 1] == 0x3001))
                continue; /* the introduction and the closing paragraph */
            q = p + 2;
            size_t colon = q;
            while (colon < end && r->t.cp[colon] != ':' && !is_digit(r->t.cp[colon]))
                colon++;
            if (colon < end && r->t.cp[colon] == ':') {
                r->item_festival = festival_of(r, q, colon);
                if (r->item_festival == F_NONE)
                    return fail(r, q, QZ_EPARSE,
                                "%s:%d:%d: the item names a holiday the reader does not know%s", "");
                q = colon + 1;
            } else if (r->kind == KIND_BASE) {
                return fail(r, q, QZ_EPARSE, "%s:%d:%d: the item names no holiday%s", "");
            }
        } else if (r->t.cp[end - 1] == ':') {
            continue; /* the addressees */
        }
        int before = r->nstated, rc = read_item(r, q, end);
        if (rc < 0)
            return rc;
        if (items && r->kind == KIND_BASE && r->nstated == before)
            return fail(r, q, QZ_EPARSE, "%s:%d:%d: the item states no date%s", "");
    }
    return QZ_OK;
}

/* ---------- applying what was read ---------- */

static const char *name_for(const reader *r, int festival, qz_date d)
{
    if (r->kind == KIND_ONEOFF)
        return r->oneoff;
    if (festival == F_NATIONAL_MIDAUTUMN) {
        /* the combined period: the Mid-Autumn day keeps its name unless it is
         * National Day itself (as in the embedded calendar) */
        qz_calendar_lunar l;
        qz_date oct1;
        qz_date_from_ymd(&oct1, r->year, 10, 1);
        if (qz_calendar__lunar(&l, r->year) == 0 && d == l.mid_autumn && d != oct1)
            return festival_name(F_MIDAUTUMN);
        return festival_name(F_NATIONAL);
    }
    return festival_name(festival);
}

static int fail_dated(const reader *r, const dated *d, int code, const char *what)
{
    char text[QZ_DATE_BUFSIZE];
    qz_date_format(text, sizeof(text), d->from);
    return qz__error_at(code, r->t.name, d->line, d->column, "%s:%d:%d: %s (%s)", r->t.name, d->line,
                        d->column, what, text);
}

/* Removes the festival's days (an adjustment replaces them). */
static void drop_festival(arrangement *a, const char *name)
{
    for (int i = 0; i < a->ndays; i++)
        if (a->days[i].kind != S_NONE && strcmp(a->days[i].name, name) == 0)
            memset(&a->days[i], 0, sizeof(a->days[i]));
}

static int apply_extension(const reader *r, arrangement *a, const dated *d)
{
    const char *name = festival_name(r->festival);
    int first = -1;
    for (int i = 0; i < a->ndays && first < 0; i++)
        if (a->days[i].kind == S_HOLIDAY && strcmp(a->days[i].name, name) == 0)
            first = i;
    if (first < 0)
        return fail_dated(r, d, QZ_ESCHEMA, "the arrangement has no holiday to extend");
    for (int64_t i = first; i <= (int64_t)d->from - a->first; i++) {
        a->days[i].kind = S_HOLIDAY;
        a->days[i].designated = 1;
        a->days[i].name = name;
    }
    return QZ_OK;
}

/* Rule R2: a rest day joined by rest days to a day off is part of the
 * holiday period, named after the nearest day off named by the notice. */
static void join_weekends(arrangement *a)
{
    int i = 0;
    while (i < a->ndays) {
        qz_date d = a->first + i;
        int rest = a->days[i].kind == S_HOLIDAY || (a->days[i].kind == S_NONE && is_weekend(d));
        if (!rest) {
            i++;
            continue;
        }
        int j = i;
        while (j < a->ndays &&
               (a->days[j].kind == S_HOLIDAY || (a->days[j].kind == S_NONE && is_weekend(a->first + j))))
            j++;
        for (int k = i; k < j; k++) {
            if (a->days[k].kind == S_HOLIDAY)
                continue;
            int best = -1;
            for (int m = i; m < j; m++)
                if (a->days[m].kind == S_HOLIDAY && a->days[m].designated &&
                    (best < 0 || abs(m - k) < abs(best - k)))
                    best = m;
            if (best < 0)
                for (int m = i; m < j; m++)
                    if (a->days[m].kind == S_HOLIDAY && (best < 0 || abs(m - k) < abs(best - k)))
                        best = m;
            if (best >= 0) {
                a->days[k].kind = S_HOLIDAY;
                a->days[k].name = a->days[best].name;
            }
        }
        i = j;
    }
}

/* Merges the stated dates into the arrangement, checking them. */
static int apply(const reader *r, arrangement *a)
{
    arrangement mine; /* what this notice states, before merging */
    memset(&mine, 0, sizeof(mine));
    mine.first = a->first;
    mine.ndays = a->ndays;
    qz_date extension_end = 0;
    int extended = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < r->nstated; i++) {
            const dated *d = &r->stated[i];
            int role = r->stated_role[i];
            if ((pass == 0) != (role == ROLE_OFF || role == ROLE_WORK || role == ROLE_EXTEND))
                continue;
            for (qz_date x = d->from; x <= d->to; x++) {
                slot *s = day_slot(&mine, x);
                if (role == ROLE_EXTEND) {
                    extension_end = x;
                    extended = 1;
                } else if (role == ROLE_OFF || role == ROLE_WORK) {
                    int kind = role == ROLE_OFF ? S_HOLIDAY : S_MAKEUP;
                    if (kind == S_MAKEUP && !is_weekend(x))
                        return fail_dated(r, d, QZ_ESCHEMA,
                                          "a make-up working day that is not a Saturday or Sunday");
                    if (s->kind != S_NONE && s->kind != kind)
                        return fail_dated(r, d, QZ_ESCHEMA,
                                          "the day is stated both as a day off and as a working day");
                    const char *name = name_for(r, r->stated_festival[i], x);
                    if (kind == S_MAKEUP && r->stated_festival[i] == F_NATIONAL_MIDAUTUMN)
                        name = festival_name(F_NATIONAL);
                    if (s->kind == kind && strcmp(s->name, name) != 0)
                        return fail_dated(r, d, QZ_ESCHEMA, "the day is stated for two holidays");
                    s->kind = kind;
                    s->designated = 1;
                    s->name = name;
                } else if (role == ROLE_RESUME) {
                    if (!extended || x != extension_end + 1)
                        return fail_dated(r, d, QZ_ESCHEMA,
                                          "work resumes on a day that does not end the holiday");
                } else if (s->kind == S_NONE && !is_weekend(x)) {
                    /* an explanation must agree with what is stated */
                    return fail_dated(
                        r, d, QZ_ESCHEMA,
                        "the date is neither a day off, a working day the notice states, nor a weekend day");
                }
            }
        }
    }
    if (r->kind == KIND_BASE) {
        for (int i = 0; i < a->ndays; i++)
            memset(&a->days[i], 0, sizeof(a->days[i]));
    } else if (r->kind == KIND_ADJUST) {
        drop_festival(a, festival_name(r->festival));
    }
    for (int i = 0; i < a->ndays; i++)
        if (mine.days[i].kind != S_NONE)
            a->days[i] = mine.days[i];
    if (extended) {
        for (int i = 0; i < r->nstated; i++)
            if (r->stated_role[i] == ROLE_EXTEND) {
                int rc = apply_extension(r, a, &r->stated[i]);
                if (rc < 0)
                    return rc;
            }
    }
    join_weekends(a);
    return QZ_OK;
}

static void reader_free(reader *r)
{
    qz__free(r->t.cp);
    qz__free(r->t.line);
    qz__free(r->t.column);
}

/* Reads a notice (after the title, line 5 on: the body). */
static int read_notice(reader *r, const char *data, size_t size)
{
    int rc = decode(&r->t, data, size);
    if (rc < 0)
        return rc;
    size_t title_end = line_end(r, 0);
    if ((rc = read_title(r, title_end)) < 0)
        return rc;
    if (r->kind == KIND_ONEOFF && (rc = find_year(r, title_end + 1)) < 0)
        return rc;
    if (r->year < QZ_CALENDAR_YEAR_MIN + 1 || r->year > QZ_CALENDAR_YEAR_MAX)
        return fail(r, 0, QZ_ESCHEMA, "%s:%d:%d: the year is outside the years a calendar holds%s", "");
    /* lines 2-4 are the number, the date and an empty line; the body follows */
    size_t body = title_end + 1;
    for (int k = 0; k < 3 && body < r->t.n; k++)
        body = line_end(r, body) + 1;
    if (body >= r->t.n)
        return fail(r, title_end, QZ_EPARSE, "%s:%d:%d: the notice has no body%s", "");
    if ((rc = read_body(r, body)) < 0)
        return rc;
    if (r->nstated == 0)
        return fail(r, body, QZ_EPARSE, "%s:%d:%d: the notice states no day off%s", "");
    return QZ_OK;
}

/* ---------- the calendar ---------- */

static void arrangement_init(arrangement *a, int year)
{
    memset(a, 0, sizeof(*a));
    a->year = year;
    qz_date last;
    qz_date_from_ymd(&a->first, year - 1, 12, 1);
    qz_date_from_ymd(&last, year, 12, 31);
    a->ndays = (int)(last - a->first) + 1;
}

/* Loads the base's arrangement of the year into a. */
static void arrangement_from(arrangement *a, const qz_calendar_data *base)
{
    if (a->year < base->first_year || a->year > base->last_year)
        return;
    size_t i = base->year_first[a->year - base->first_year],
           end = base->year_first[a->year - base->first_year + 1];
    for (; i < end; i++) {
        slot *s = day_slot(a, base->entries[i].date);
        if (!s)
            continue;
        s->kind = base->entries[i].kind == QZ_DAY_MAKEUP ? S_MAKEUP : S_HOLIDAY;
        s->designated = 1;
        s->name = base->entries[i].name;
    }
}

static int make_draft(qz_calendar_draft *d, const arrangement *a, const qz_calendar_data *base,
                      const char *title)
{
    d->first_year = d->last_year = a->year;
    if (base) {
        if (a->year < base->first_year - 1 || a->year > base->last_year + 1)
            return qz__error(QZ_ERANGE, "the notice's year %d does not join the calendar's years %d-%d",
                             a->year, base->first_year, base->last_year);
        d->first_year = a->year < base->first_year ? a->year : base->first_year;
        d->last_year = a->year > base->last_year ? a->year : base->last_year;
        for (size_t i = 0; i < base->nentries; i++) {
            if (base->entries[i].year == a->year)
                continue;
            /* a kept year may not list a day the new arrangement lists */
            const slot *s = day_slot((arrangement *)a, base->entries[i].date);
            if (s && s->kind != S_NONE) {
                char text[QZ_DATE_BUFSIZE];
                qz_date_format(text, sizeof(text), base->entries[i].date);
                return qz__error(QZ_ESCHEMA,
                                 "%s is listed both by the %d arrangement and by the notice for %d", text,
                                 base->entries[i].year, a->year);
            }
            int rc = qz_calendar__draft_add_day(d, base->entries[i]);
            if (rc < 0)
                return rc;
        }
    }
    const char *region = base ? base->region : "CN";
    size_t keep = base ? strlen(base->source) : 0;
    char *source = qz__calloc(keep + strlen(title) + 3, 1);
    if (source)
        snprintf(source, keep + strlen(title) + 3, "%s%s%s", base ? base->source : "", keep ? "; " : "",
                 title);
    if (source && strlen(source) > 1900)
        source[keep] = '\0'; /* the format's limit: keep the base's own account */
    d->region = qz__strdup(region);
    d->source = source;
    if (!d->region || !d->source)
        return qz__error_nomem();
    for (int i = 0; i < a->ndays; i++) {
        if (a->days[i].kind == S_NONE)
            continue;
        qz_calendar_day e = {a->first + i, a->days[i].kind == S_MAKEUP ? QZ_DAY_MAKEUP : QZ_DAY_HOLIDAY,
                             a->days[i].name, a->year, 0};
        int rc = qz_calendar__draft_add_day(d, e);
        if (rc < 0)
            return rc;
    }
    return QZ_OK;
}

static int notice(qz_calendar **out, const qz_calendar *cal, const char *text, size_t size, const char *name,
                  const char *fn)
{
    if (out)
        *out = NULL;
    if (!out || (!text && size))
        return qz__error(QZ_EINVAL, "%s: invalid argument", fn);
    if (size > NOTICE_MAX_BYTES)
        return qz__error(QZ_ELIMIT, "%s: the notice is larger than %d bytes", fn, NOTICE_MAX_BYTES);
    reader *r = qz__calloc(1, sizeof(*r));
    arrangement *a = qz__calloc(1, sizeof(*a));
    if (!r || !a) {
        qz__free(r);
        qz__free(a);
        return qz__error_nomem();
    }
    r->t.name = name ? name : "<notice>";
    int rc = read_notice(r, text ? text : "", size);
    if (rc >= 0) {
        arrangement_init(a, r->year);
        if (cal)
            arrangement_from(a, cal->known);
        rc = apply(r, a);
    }
    qz_calendar_draft d;
    memset(&d, 0, sizeof(d));
    if (rc >= 0)
        rc = make_draft(&d, a, cal ? cal->known : NULL, r->title);
    d.origin_name = r->t.name;
    d.origin_base = cal ? cal->known : NULL;
    d.new_first = d.new_last = a->year;
    qz_calendar_data *data = NULL;
    if (rc >= 0)
        rc = qz_calendar__build(&data, &d);
    qz_calendar__draft_free(&d);
    if (rc >= 0) {
        rc = qz_calendar__wrap(out, data, cal);
        qz_calendar__data_release(data);
    }
    reader_free(r);
    qz__free(r);
    qz__free(a);
    return rc;
}

int qz_calendar_parse_notice(qz_calendar **out, const char *text, size_t size, const char *name)
{
    return notice(out, NULL, text, size, name, "qz_calendar_parse_notice");
}

int qz_calendar_apply_notice(qz_calendar **out, const qz_calendar *cal, const char *text, size_t size,
                             const char *name)
{
    if (out)
        *out = NULL;
    if (!cal)
        return qz__error(QZ_EINVAL, "qz_calendar_apply_notice: cal is NULL");
    return notice(out, cal, text, size, name, "qz_calendar_apply_notice");
}
