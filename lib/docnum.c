/* 发文字号: one lenient scanner reads a document number and notes every
 * deviation from GB/T 9704-2012 7.2.4 with its place; parse keeps the parts,
 * check turns the notes into findings (the agency code against the caller's
 * list or the rule set's <agency-code> entries), format writes the standard
 * form. */
#include <stdio.h>
#include <string.h>
#include "error.h"
#include "quanze/date.h"
#include "quanze/docnum.h"
#include "quanze/model.h"
#include "rules.h"
#include "rules_kind.h"

#define CLAUSE "GB/T 9704-2012 7.2.4"

enum note { N_BRACKETS, N_LEADING_ZERO, N_ORDINAL, N_MISSING_HAO, N_SHORT_YEAR, N_ZERO_SERIAL, N_COUNT };

static const struct {
    const char *id, *message;
} notes[] = {
    {"brackets", "年份应用六角括号“〔〕”括入"},
    {"leading-zero", "发文顺序号不编虚位(即1不编为01)"},
    {"ordinal", "发文顺序号不加“第”字"},
    {"missing-hao", "发文顺序号后应加“号”字"},
    {"short-year", "年份应标全称"},
    {"zero-serial", "发文顺序号应从1开始"},
};
_Static_assert(sizeof(notes) / sizeof(notes[0]) == N_COUNT, "one entry per note");

typedef struct scan {
    qz_docnum num;
    size_t at[N_COUNT]; /* byte offset of each note, or SIZE_MAX when absent */
    size_t year_at;     /* byte offset of the year's first digit */
    size_t fail_at;     /* where reading stopped, when it failed */
    const char *why;    /* why it failed (NULL: read) */
} scan;

static const char *const opens[] = {"〔", "[", "(", "（", "【", "［", "〖", "{"};
static const char *const closes[] = {"〕", "]", ")", "）", "】", "］", "〗", "}"};

/* The length of the bracket at s, 0 if none; *standard tells whether it is 〔 or 〕. */
static size_t bracket(const char *s, const char *const *set, size_t n, int *standard)
{
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(set[i]);
        if (strncmp(s, set[i], len) == 0) {
            *standard = i == 0;
            return len;
        }
    }
    return 0;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int utf8_ok(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t len = c < 0x80             ? 1
                     : (c & 0xE0) == 0xC0 ? 2
                     : (c & 0xF0) == 0xE0 ? 3
                     : (c & 0xF8) == 0xF0 ? 4
                                          : 0;
        if (!len || (len == 2 && c < 0xC2) || i + len > n)
            return 0;
        for (size_t k = 1; k < len; k++)
            if (((unsigned char)s[i + k] & 0xC0) != 0x80)
                return 0;
        i += len;
    }
    return 1;
}

static size_t chars_before(const char *s, size_t bytes)
{
    size_t n = 0;
    for (size_t i = 0; i < bytes && s[i]; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

static int fail(scan *sc, size_t at, const char *why)
{
    sc->fail_at = at;
    sc->why = why;
    return 0;
}

/* Reads digits at s + *i into *value (bounded: at most 9 digits). */
static size_t digits(const char *s, size_t *i, unsigned long *value)
{
    size_t start = *i;
    *value = 0;
    while (is_digit(s[*i]) && *i - start < 9)
        *value = *value * 10 + (unsigned long)(s[(*i)++] - '0');
    return *i - start;
}

/* The code: everything before the year's opening bracket. */
static int scan_code(scan *sc, const char *s, size_t *i)
{
    int std;
    while (s[*i] && !bracket(s + *i, opens, sizeof(opens) / sizeof(opens[0]), &std))
        (*i)++;
    if (!*i)
        return fail(sc, 0, "缺少发文机关代字");
    if (!s[*i])
        return fail(sc, *i, "缺少括入年份的括号");
    if (*i >= QZ_DOCNUM_CODE_SIZE)
        return fail(sc, QZ_DOCNUM_CODE_SIZE - 1, "发文机关代字过长");
    memcpy(sc->num.code, s, *i);
    sc->num.code[*i] = '\0';
    return 1;
}

static int scan_year(scan *sc, const char *s, size_t *i)
{
    int std_open = 0, std_close = 0;
    size_t len = bracket(s + *i, opens, sizeof(opens) / sizeof(opens[0]), &std_open);
    size_t open_at = *i;
    unsigned long year;
    *i += len;
    sc->year_at = *i;
    size_t n = digits(s, i, &year);
    if (n != 2 && n != 4)
        return fail(sc, sc->year_at, "年份应为四位阿拉伯数字");
    sc->num.year = (int)year;
    if (n == 2)
        sc->at[N_SHORT_YEAR] = sc->year_at;
    if (!(len = bracket(s + *i, closes, sizeof(closes) / sizeof(closes[0]), &std_close)))
        return fail(sc, *i, "年份后缺少括号");
    if (!std_open || !std_close)
        sc->at[N_BRACKETS] = std_open ? *i : open_at;
    *i += len;
    return 1;
}

static int scan_serial(scan *sc, const char *s, size_t *i)
{
    static const char di[] = "第", hao[] = "号";
    if (strncmp(s + *i, di, sizeof(di) - 1) == 0) {
        sc->at[N_ORDINAL] = *i;
        *i += sizeof(di) - 1;
    }
    size_t start = *i;
    size_t n = digits(s, i, &sc->num.serial);
    if (!n)
        return fail(sc, *i, "缺少发文顺序号");
    if (is_digit(s[*i]))
        return fail(sc, *i, "发文顺序号过长");
    if (n > 1 && s[start] == '0')
        sc->at[N_LEADING_ZERO] = start;
    if (!sc->num.serial)
        sc->at[N_ZERO_SERIAL] = start;
    if (strncmp(s + *i, hao, sizeof(hao) - 1) == 0)
        *i += sizeof(hao) - 1;
    else
        sc->at[N_MISSING_HAO] = *i;
    if (s[*i])
        return fail(sc, *i, "发文字号后有多余的内容");
    return 1;
}

/* 1 when read (possibly with notes), 0 when not (sc->why, sc->fail_at). */
static int scan_text(scan *sc, const char *s)
{
    size_t i = 0;
    memset(sc, 0, sizeof(*sc));
    for (int k = 0; k < N_COUNT; k++)
        sc->at[k] = SIZE_MAX;
    if (strlen(s) > 256)
        return fail(sc, 0, "发文字号过长");
    if (!utf8_ok(s, strlen(s)))
        return fail(sc, 0, "不是有效的UTF-8文本");
    return scan_code(sc, s, &i) && scan_year(sc, s, &i) && scan_serial(sc, s, &i);
}

int qz_docnum_parse(qz_docnum *out, const char *text)
{
    scan sc;
    if (out)
        memset(out, 0, sizeof(*out));
    if (!out || !text)
        return qz__error(QZ_EINVAL, "qz_docnum_parse: NULL argument");
    if (!scan_text(&sc, text))
        return qz__error(QZ_EPARSE, "发文字号\"%.256s\"第%zu字处:%s", text,
                         chars_before(text, sc.fail_at) + 1, sc.why);
    *out = sc.num;
    return QZ_OK;
}

int qz_docnum_format(char *buf, size_t size, const qz_docnum *num)
{
    if (buf && size)
        buf[0] = '\0';
    if (!buf || !size || !num)
        return qz__error(QZ_EINVAL, "qz_docnum_format: NULL argument");
    if (!num->code[0] || !memchr(num->code, '\0', sizeof(num->code)))
        return qz__error(QZ_EINVAL, "qz_docnum_format: no agency code");
    if (num->year < 1000 || num->year > 9999)
        return qz__error(QZ_EINVAL, "qz_docnum_format: year %d is not a full year (GB/T 9704-2012 7.2.4)",
                         num->year);
    int n = snprintf(buf, size, "%s〔%d〕%lu号", num->code, num->year, num->serial);
    if (n < 0 || (size_t)n >= size) {
        buf[0] = '\0';
        return qz__error(QZ_ELIMIT, "qz_docnum_format: %zu bytes are not enough", size);
    }
    return QZ_OK;
}

int qz_docnum_check_options_init(qz_docnum_check_options *opt, unsigned int version)
{
    if (!opt)
        return qz__error(QZ_EINVAL, "qz_docnum_check_options_init: NULL options");
    if (version < 1 || version > QZ_DOCNUM_CHECK_OPTIONS_VERSION)
        return qz__error(QZ_EINVAL, "qz_docnum_check_options_init: version %u not supported", version);
    memset(opt, 0, sizeof(*opt));
    opt->version = version;
    return QZ_OK;
}

typedef struct sink {
    qz_docnum_finding *v;
    size_t max, n;
    const char *text;
} sink;

static void add(sink *k, const char *id, size_t at, const char *message)
{
    if (k->n >= k->max)
        return;
    qz_docnum_finding *f = &k->v[k->n++];
    f->id = id;
    f->byte_offset = at;
    f->offset = chars_before(k->text, at);
    f->clause = CLAUSE;
    f->message = message;
}

static int code_known(const char *code, const qz_docnum_check_options *opt)
{
    for (size_t i = 0; i < opt->ncodes; i++)
        if (opt->codes[i] && strcmp(opt->codes[i], code) == 0)
            return 1;
    return 0;
}

static int year_of(qz_date d, int *year)
{
    int m, day;
    return qz_date_to_ymd(year, &m, &day, d);
}

/* What the rule set says about agency codes, resolved before the check: the
 * rule set (NULL: none, or one without codes), the issuer's and the kind's
 * indexes (-1: not checked). */
typedef struct codes_ctx {
    const qz_rules *r;
    int issuer, kind;
} codes_ctx;

static int resolve_codes(codes_ctx *cx, const qz_docnum_check_options *opt)
{
    cx->r = NULL;
    cx->issuer = cx->kind = -1;
    if (!opt || opt->version < 2 || !opt->model)
        return QZ_OK;
    const qz_rules *r = opt->has_date ? qz_model_rules_at(opt->model, opt->date) : qz_model_rules(opt->model);
    if (!r)
        return qz__error(QZ_ERANGE, "qz_docnum_check: no rule set in force on the date");
    if (opt->issuer && (cx->issuer = qz_rules__find(r, QZ_RULES_ISSUER, opt->issuer)) < 0)
        return qz__error(QZ_ENOTFOUND, "no issuer '%s' in rule set %s", opt->issuer, r->id);
    if (opt->kind && (cx->kind = qz_rules__find_kind(r, opt->kind)) < 0)
        return qz__error(QZ_ENOTFOUND, "no document kind '%s' in rule set %s", opt->kind, r->id);
    cx->r = r->ncodes ? r : NULL;
    return QZ_OK;
}

static int has_kind(const qz_agency_code *c, int kind)
{
    for (size_t i = 0; i < c->nkinds; i++)
        if (c->kinds[i] == kind)
            return 1;
    return 0;
}

/* The code against the rule set: known, the issuer's, the kind's. */
static void code_findings(sink *k, const scan *sc, const codes_ctx *cx, int caller_codes)
{
    const qz_agency_code *c = qz_rules__agency_code(cx->r, sc->num.code);
    if (!c) {
        if (!caller_codes) /* the caller's list, when given, has decided */
            add(k, "unknown-code", 0, "发文机关代字不在本机关使用的代字之中");
        return;
    }
    if (cx->issuer >= 0 && c->issuer != cx->issuer)
        add(k, "code-issuer", 0, "发文机关代字不是该发文机关的代字");
    if (cx->kind < 0)
        return;
    if (c->nkinds && !has_kind(c, cx->kind))
        add(k, "code-kind", 0, "该发文机关代字不用于这一文种");
    else if (!c->nkinds && qz_rules__agency_code_for_kind(cx->r, c->issuer, cx->kind))
        add(k, "code-kind", 0, "这一文种另有专用的发文机关代字");
}

/* The findings in the order of their place: the code, the year, the serial. */
static int collect(sink *k, const scan *sc, const qz_docnum_check_options *opt, const codes_ctx *cx)
{
    if (opt && opt->ncodes && !code_known(sc->num.code, opt))
        add(k, "unknown-code", 0, "发文机关代字不在本机关使用的代字之中");
    if (cx->r)
        code_findings(k, sc, cx, opt->ncodes > 0);
    if (sc->at[N_BRACKETS] != SIZE_MAX && sc->at[N_BRACKETS] < sc->year_at)
        add(k, notes[N_BRACKETS].id, sc->at[N_BRACKETS], notes[N_BRACKETS].message);
    if (sc->at[N_SHORT_YEAR] != SIZE_MAX)
        add(k, notes[N_SHORT_YEAR].id, sc->at[N_SHORT_YEAR], notes[N_SHORT_YEAR].message);
    if (opt && opt->has_date) {
        int year, rc = year_of(opt->date, &year);
        if (rc < 0)
            return rc;
        if (sc->at[N_SHORT_YEAR] == SIZE_MAX && sc->num.year != year)
            add(k, "year-mismatch", sc->year_at, "年份与签发日期的年份不一致");
    }
    static const int rest[] = {N_BRACKETS, N_ORDINAL, N_LEADING_ZERO, N_ZERO_SERIAL, N_MISSING_HAO};
    for (size_t i = 0; i < sizeof(rest) / sizeof(rest[0]); i++) {
        size_t at = sc->at[rest[i]];
        if (at == SIZE_MAX || (rest[i] == N_BRACKETS && at < sc->year_at))
            continue;
        add(k, notes[rest[i]].id, at, notes[rest[i]].message);
    }
    return QZ_OK;
}

int qz_docnum_check(qz_docnum_finding *findings, size_t nmax, size_t *nfindings, const char *text,
                    const qz_docnum_check_options *opt)
{
    scan sc;
    if (nfindings)
        *nfindings = 0;
    if (!findings || !nfindings || !text)
        return qz__error(QZ_EINVAL, "qz_docnum_check: NULL argument");
    if (opt && (opt->version < 1 || opt->version > QZ_DOCNUM_CHECK_OPTIONS_VERSION))
        return qz__error(QZ_EINVAL, "qz_docnum_check: options version %u not supported", opt->version);
    if (opt && opt->ncodes && !opt->codes)
        return qz__error(QZ_EINVAL, "qz_docnum_check: NULL codes");
    sink k = {findings, nmax, 0, text};
    codes_ctx cx;
    int rc = resolve_codes(&cx, opt);
    if (rc < 0)
        return rc;
    if (!scan_text(&sc, text))
        add(&k, "syntax", sc.fail_at, sc.why);
    else
        rc = collect(&k, &sc, opt, &cx);
    if (rc < 0)
        return rc;
    *nfindings = k.n;
    return QZ_OK;
}
