/* Explanations: the narrative a question records while it is answered
 * (printf steps kept with their arguments and written on first request),
 * the lines listing people and citations, citation labels in Chinese
 * numerals, and the one home of the Chinese labels of capacities, units and
 * ways of qualifying, which the CLI and the bindings read through
 * qz_capacity_label(), qz_time_unit_label(), qz_via_label() and
 * qz_citation_label(). Nothing here calls back into the rest of the query
 * layer: it writes into the answer's arena and reads the organisation
 * through its public accessors. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "org.h"
#include "query.h"

#define GROW(q, arr, n, cap)                                                            \
    (qz__arena_grow(&(q)->a->arena, (void **)&(q)->a->arr, &(q)->a->cap, (q)->a->n + 1, \
                    sizeof(*(q)->a->arr)) == 0)

/* ---- labels ----
 * The wording follows the work rules (代行…职责, 审核把关, 报请…审定,
 * 必要时邀请…列席, 参会). */

const char *qz_capacity_label(qz_capacity c)
{
    static const char *const labels[] = {
        "",         "签发",     "会签",           "召集",     "主持",
        "组成人员", "列席",     "必要时邀请列席", "纪要签发", "重大事项纪要签发",
        "代行职责", "不在岗",   "报告",           "报备",     "报备经办",
        "批准",     "代为参会", "到会",           "责任主体", "审核把关",
        "报请审定", "对象"};
    _Static_assert(sizeof(labels) / sizeof(labels[0]) == QZ_CAP_OBLIGEE + 1, "one label per capacity");
    return (int)c > 0 && (size_t)c < sizeof(labels) / sizeof(labels[0]) ? labels[c] : "";
}

const char *qz_query__action_label(int action)
{
    static const char *const labels[] = {"",         "报告",     "请示",     "备案", "制定", "考核",
                                         "听取意见", "征求意见", "审核把关", "落实", "通报", "整改",
                                         "起草",     "解释",     "办理",     "约谈", ""};
    _Static_assert(sizeof(labels) / sizeof(labels[0]) == QZ_ACTION_COUNT, "a label for every action");
    return action > 0 && action < QZ_ACTION_COUNT ? labels[action] : "";
}

const char *qz_query__period_label(int per)
{
    switch (per) {
    case QZ_PER_WEEK: return "周";
    case QZ_PER_MONTH: return "月";
    case QZ_PER_QUARTER: return "季度";
    case QZ_PER_HALF_YEAR: return "半年";
    default: return "年";
    }
}

void qz_query__party_labels(qz_buf *b, const qz_party *p)
{
    for (size_t k = 0; p && k < p->nwho; k++)
        qz__buf_printf(b, "%s%s", k ? "、" : "", p->who[k].label);
}

const char *qz_time_unit_label(qz_time_unit u)
{
    static const char *const labels[] = {"",   "个工作日", "日",     "个半天", "小时",
                                         "周", "个月",     "个季度", "个半年", "年"};
    _Static_assert(sizeof(labels) / sizeof(labels[0]) == QZ_UNIT_YEARS + 1, "one label per unit");
    return (int)u > 0 && (size_t)u < sizeof(labels) / sizeof(labels[0]) ? labels[u] : "";
}

const char *qz_via_label(qz_via v)
{
    return v == QZ_VIA_ACTING ? "代行" : v == QZ_VIA_ENTRUSTED ? "受委托" : "本人";
}

const char *qz_value_label(qz_value v)
{
    static const char *const labels[] = {"",
                                         "达到法定人数",
                                         "迟报",
                                         "符合规定",
                                         "允许",
                                         "到会人数",
                                         "法定人数",
                                         "应到人数",
                                         "提前告知",
                                         "实际提前",
                                         "截止",
                                         "最早",
                                         "逾期视为无不同意见",
                                         "次数",
                                         "不少于",
                                         "不多于",
                                         "差额",
                                         "超出",
                                         "时限",
                                         "期间起",
                                         "期间止",
                                         "违规数",
                                         "单位",
                                         "原则上",
                                         "由主持人决定是否印发纪要"};
    _Static_assert(sizeof(labels) / sizeof(labels[0]) == QZ_VALUE_MINUTES_OPTIONAL + 1,
                   "one label per value");
    return (int)v > 0 && (size_t)v < sizeof(labels) / sizeof(labels[0]) ? labels[v] : "";
}

const char *qz_query__away_label(const qz_rules *r, int from_county)
{
    /* the rule set's own word (离县, 离市, 离省, 离京) */
    return from_county ? (r && r->leave_word ? r->leave_word : "离县") : qz_capacity_label(QZ_CAP_ABSENT);
}

/* ---- names of posts, people, units and bodies ---- */

/* Appends `s` to the `size`-byte buffer at `buf` holding `*len` bytes, cut at
 * a character boundary (UTF-8 continuation bytes are 10xxxxxx). */
static void put_cut(char *buf, size_t size, size_t *len, const char *s)
{
    size_t n = strlen(s);
    if (*len + n >= size) {
        n = size - 1 - *len;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(buf + *len, s, n);
    *len += n;
    buf[*len] = '\0';
}

/* The label of `id` in `section` of the rule set, or NULL. */
static const char *rules_label(const qz_rules *r, int section, const char *id)
{
    int i = r ? qz_rules__find(r, section, id) : -1;
    const qz_entry *e = i >= 0 ? qz_rules__entry(r, section, (size_t)i) : NULL;
    return e && e->label && *e->label ? e->label : NULL;
}

/* A post as the texts of the answers name it: its name and its holder's
 * (副县长王某, as the narrative's "%s%s" of post and person); a person by
 * the post they hold and their name. Names are the organisation's; only the
 * words for an unknown id are written here. */
const char *qz_query__name_of(char *buf, size_t size, const qz_model *m, const char *id, qz_date date,
                              const char *unknown)
{
    size_t len = 0;
    if (!buf || !size)
        return "";
    buf[0] = '\0';
    const qz_org *org = m ? qz_model_org(m) : NULL;
    const char *first = NULL, *second = NULL;
    /* a post, the usual actor, by index: one lookup (a check's denial names it) */
    int32_t post = id && org ? qz_org__find(org, id, QZ_ORG_POST) : QZ_ORG__NONE;
    if (post != QZ_ORG__NONE) {
        int32_t holder = qz_org__holder(org, post, date);
        first = qz_org__post_name(org, post);
        second = holder != QZ_ORG__NONE ? qz_org__person_name(org, holder) : NULL;
    } else {
        switch (id && org ? qz_org_kind_of(org, id) : QZ_ORG_NONE) {
        case QZ_ORG_PERSON: {
            const char *held = qz_org_person_post_at(org, id, date, 0);
            first = held ? qz_org_post_name(org, held) : NULL;
            second = qz_org_person_name(org, id);
            break;
        }
        case QZ_ORG_UNIT: first = qz_org_unit_name(org, id); break;
        case QZ_ORG_AREA: first = qz_org_area_name(org, id); break;
        default: {
            const qz_rules *r = m && id ? qz_model_rules_at(m, date) : NULL;
            if (!(first = rules_label(r, QZ_RULES_BODY, id)))
                first = rules_label(r, QZ_RULES_ROLE, id);
            break;
        }
        }
    }
    if (first || second) {
        put_cut(buf, size, &len, first ? first : "");
        put_cut(buf, size, &len, second ? second : "");
        return buf;
    }
    /* the one place an id belongs in the text: quoted, said to be unknown */
    put_cut(buf, size, &len, "未知");
    put_cut(buf, size, &len, unknown ? unknown : "");
    put_cut(buf, size, &len, "“");
    put_cut(buf, size, &len, id ? id : "");
    put_cut(buf, size, &len, "”");
    return buf;
}

/* ---- Chinese numerals ---- */

/* A group of four digits (1..9999): 千, 百, 十 with one 零 for a run of
 * zeros between digits; "十" alone opens a number from 10 to 19. */
static void numeral_group(qz_buf *b, int g, int opens)
{
    static const char *const digit[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    static const char *const unit[] = {"千", "百", "十", ""};
    int d[4] = {g / 1000, g / 100 % 10, g / 10 % 10, g % 10};
    int started = 0, zero = 0;
    for (int i = 0; i < 4; i++) {
        if (d[i] == 0) {
            zero = started;
            continue;
        }
        if (zero)
            qz__buf_puts(b, digit[0]);
        zero = 0;
        if (!(d[i] == 1 && i == 2 && !started && opens))
            qz__buf_puts(b, digit[d[i]]);
        qz__buf_puts(b, unit[i]);
        started = 1;
    }
}

void qz_query__chinese_number(qz_buf *b, int n)
{
    if (n < 0) { /* no article or item is negative: the digits say what was asked */
        qz__buf_printf(b, "%d", n);
        return;
    }
    if (n == 0) {
        qz__buf_puts(b, "零");
        return;
    }
    const struct {
        int g;
        const char *unit;
    } groups[] = {{n / 100000000, "亿"}, {n / 10000 % 10000, "万"}, {n % 10000, ""}};
    int written = 0, gap = 0;
    for (size_t i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
        int g = groups[i].g;
        if (g == 0) {
            gap = written;
            continue;
        }
        if (written && (gap || g < 1000))
            qz__buf_puts(b, "零"); /* 一万零五, 一亿零一万 */
        numeral_group(b, g, !written);
        qz__buf_puts(b, groups[i].unit);
        written = 1;
        gap = 0;
    }
}

void qz_query__citation(qz_buf *b, int article, int item)
{
    qz__buf_puts(b, "第");
    qz_query__chinese_number(b, article);
    qz__buf_puts(b, "条");
    if (item) {
        qz__buf_puts(b, "第(");
        qz_query__chinese_number(b, item);
        qz__buf_puts(b, ")项");
    }
}

int qz_citation_label(char *buf, size_t size, int article, int item)
{
    if (buf && size)
        buf[0] = '\0';
    if (!buf || !size)
        return qz__error(QZ_EINVAL, "qz_citation_label: NULL or empty buffer");
    if (article <= 0 || item < 0)
        return qz__error(QZ_EINVAL, "qz_citation_label: article %d, item %d", article, item);
    qz_buf b = QZ_BUF_INIT;
    qz_query__citation(&b, article, item);
    if (b.failed || !b.data) {
        qz__buf_free(&b);
        return qz__error_nomem();
    }
    int rc = QZ_OK;
    size_t n = b.size;
    if (n >= size) { /* cut at a character boundary: UTF-8 continuation bytes are 10xxxxxx */
        n = size - 1;
        while (n > 0 && ((unsigned char)b.data[n] & 0xC0) == 0x80)
            n--;
        rc = qz__error(QZ_ELIMIT, "qz_citation_label: %zu bytes needed, %zu given", b.size + 1, size);
    }
    memcpy(buf, b.data, n);
    buf[n] = '\0';
    qz__buf_free(&b);
    return rc;
}

/* ---- the narrative ---- */

char *qz_query__vformat(qz_qctx *q, const char *fmt, va_list ap)
{
    char local[256]; /* most lines fit: format once */
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(local, sizeof(local), fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;
    char *s = qz__arena_alloc(&q->a->arena, (size_t)n + 1);
    if (!s) {
        q->a->failed = 1;
        return NULL;
    }
    if ((size_t)n < sizeof(local))
        memcpy(s, local, (size_t)n + 1);
    else
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

void *qz_query__explain_later(qz_qctx *q, qz_render_fn render, size_t size)
{
    qz_answer *a = q->a;
    if (q->decide_cap) /* decide-only: no narrative (callers write through a non-NULL step only) */
        return NULL;
    void *data = qz__arena_alloc(&a->arena, size);
    if (!data || !GROW(q, steps, nsteps, capsteps)) {
        a->failed = 1;
        return NULL;
    }
    a->steps[a->nsteps++] = (qz_astep){render, data};
    return data;
}

/* A printf step kept for later: the format and its arguments, the strings
 * copied after them. */
enum { ARG_INT, ARG_UINT, ARG_STR };
typedef struct fmt_arg {
    int kind;
    union {
        long long i;
        unsigned long long u;
        const char *s;
    } v;
} fmt_arg;
typedef struct fmt_step {
    const char *fmt;
    fmt_arg args[];
} fmt_step;

/* Formats with more arguments are written at once. */
#define FMT_ARGS_MAX 12

/* The conversion after the '%' at `s`: its argument kind, or -1 for a
 * conversion not kept for later (flags, width, precision, other types), and
 * its length through `len`; `mod` says which integer type was passed:
 * 0 none, 1 l, 2 ll, 3 z. */
static int conversion(const char *s, int *mod, size_t *len)
{
    size_t m = s[0] == 'l' ? (s[1] == 'l' ? 2 : 1) : s[0] == 'z' ? 1 : 0;
    *mod = s[0] == 'z' ? 3 : (int)m;
    *len = m + 1;
    switch (s[m]) {
    case 'd': return *mod == 3 ? -1 : ARG_INT;
    case 'u': return ARG_UINT;
    case 's': return m ? -1 : ARG_STR;
    default: return -1;
    }
}

static void render_fmt(qz_buf *b, const void *data)
{
    const fmt_step *st = data;
    const fmt_arg *arg = st->args;
    const char *run = st->fmt, *p;
    while ((p = strchr(run, '%')) != NULL) {
        qz__buf_put(b, run, (size_t)(p - run));
        if (p[1] == '%') {
            qz__buf_put(b, "%", 1);
            run = p + 2;
            continue;
        }
        int mod;
        size_t len;
        conversion(p + 1, &mod, &len);
        char num[32];
        switch (arg->kind) {
        case ARG_INT:
            snprintf(num, sizeof(num), "%lld", arg->v.i);
            qz__buf_puts(b, num);
            break;
        case ARG_UINT:
            snprintf(num, sizeof(num), "%llu", arg->v.u);
            qz__buf_puts(b, num);
            break;
        default: qz__buf_puts(b, arg->v.s ? arg->v.s : "(null)"); break; /* as glibc's printf */
        }
        arg++;
        run = p + 1 + len;
    }
    qz__buf_puts(b, run);
}

static void render_text(qz_buf *b, const void *data)
{
    qz__buf_puts(b, *(const char *const *)data);
}

/* Reads the arguments of `fmt` into args[] (lengths of strings into len[]).
 * Returns their number, or -1 when the format is not kept for later. */
static long read_args(const char *fmt, va_list ap, fmt_arg *args, size_t *len)
{
    long n = 0;
    for (const char *p = strchr(fmt, '%'); p; p = strchr(p, '%')) {
        int mod;
        size_t clen;
        if (p[1] == '%') {
            p += 2;
            continue;
        }
        int kind = conversion(p + 1, &mod, &clen);
        if (kind < 0 || n == FMT_ARGS_MAX)
            return -1;
        p += 1 + clen;
        fmt_arg *arg = &args[n];
        arg->kind = kind;
        len[n] = 0;
        if (kind == ARG_STR) {
            arg->v.s = va_arg(ap, const char *);
            len[n] = arg->v.s ? strlen(arg->v.s) + 1 : 0;
        } else if (kind == ARG_INT) {
            arg->v.i = mod == 0 ? va_arg(ap, int) : mod == 1 ? va_arg(ap, long) : va_arg(ap, long long);
        } else {
            arg->v.u = mod == 0   ? va_arg(ap, unsigned)
                       : mod == 1 ? va_arg(ap, unsigned long)
                       : mod == 2 ? va_arg(ap, unsigned long long)
                                  : va_arg(ap, size_t);
        }
        n++;
    }
    return n;
}

void qz_query__explain(qz_qctx *q, const char *fmt, ...)
{
    if (q->decide_cap)
        return;
    fmt_arg args[FMT_ARGS_MAX];
    size_t len[FMT_ARGS_MAX], total = 0;
    va_list ap;
    va_start(ap, fmt);
    long n = read_args(fmt, ap, args, len);
    va_end(ap);
    if (n < 0) {
        va_start(ap, fmt);
        char *line = qz_query__vformat(q, fmt, ap);
        va_end(ap);
        const char **data = line ? qz_query__explain_later(q, render_text, sizeof(*data)) : NULL;
        if (data)
            *data = line;
        return;
    }
    for (long i = 0; i < n; i++)
        total += len[i];
    size_t head = sizeof(fmt_step) + (size_t)n * sizeof(fmt_arg);
    fmt_step *st = qz_query__explain_later(q, render_fmt, head + total);
    if (!st)
        return;
    /* strings may be the caller's: the answer keeps copies */
    char *copy = (char *)st + head;
    st->fmt = fmt;
    for (long i = 0; i < n; i++) {
        st->args[i] = args[i];
        if (len[i]) {
            memcpy(copy, args[i].v.s, len[i]);
            st->args[i].v.s = copy;
            copy += len[i];
        }
    }
}

/* Appends `line` and a newline unless the text already has that line: a step
 * met twice (an absent convener is also the presider) is told once. */
static void put_line_once(qz_buf *b, const char *line)
{
    size_t n = strlen(line);
    for (const char *p = b->data; p && (p = strstr(p, line)) != NULL; p++)
        if ((p == b->data || p[-1] == '\n') && p[n] == '\n')
            return;
    qz__buf_puts(b, line);
    qz__buf_puts(b, "\n");
}

/* Writes the narrative: the answer's steps, one line each. */
static void narrate(qz_buf *b, const qz_answer *a)
{
    qz_buf line = QZ_BUF_INIT;
    for (size_t i = 0; i < a->nsteps && !line.failed; i++) {
        line.size = 0;
        if (line.data)
            line.data[0] = '\0';
        a->steps[i].render(&line, a->steps[i].data);
        if (!line.failed)
            put_line_once(b, line.data ? line.data : "");
    }
    if (line.failed)
        b->failed = 1;
    qz__buf_free(&line);
}

void qz_query__no_one_explained(qz_qctx *q, const char *headline)
{
    if (q->decide_cap) { /* the decision asks the full query for the reason */
        q->a->found = 0;
        return;
    }
    qz_buf n = QZ_BUF_INIT, b = QZ_BUF_INIT;
    narrate(&n, q->a);
    qz__buf_puts(&b, headline);
    if (n.data && n.size) {
        qz__buf_puts(&b, ":");
        for (const char *p = n.data; *p; p++) {
            if (*p == '\n') {
                if (p[1])
                    qz__buf_puts(&b, ";");
            } else {
                qz__buf_put(&b, p, 1);
            }
        }
    }
    q->a->found = 0;
    if (n.failed || b.failed || !b.data)
        q->a->failed = 1;
    else {
        q->a->reason = qz__arena_strdup(&q->a->arena, b.data);
        if (!q->a->reason)
            q->a->failed = 1;
    }
    qz__buf_free(&n);
    qz__buf_free(&b);
}

/* The explanation is the narrative recorded while answering, then the people
 * and citations, rendered on first request and kept; two threads asking at
 * once each render it and one copy wins. Out of memory, it is empty. */
const char *qz_answer_explanation(const qz_answer *a)
{
    if (!a)
        return "";
    char *text = atomic_load(&((qz_answer *)a)->explanation);
    if (text)
        return text;
    qz_buf b = QZ_BUF_INIT;
    qz__buf_puts(&b, ""); /* terminated even when there is nothing to say */
    narrate(&b, a);
    qz_query__explain_all(&b, a);
    size_t len;
    if (qz__buf_detach(&b, &text, &len) < 0)
        return "";
    char *expected = NULL;
    if (!atomic_compare_exchange_strong(&((qz_answer *)a)->explanation, &expected, text)) {
        qz__free(text);
        return expected;
    }
    return text;
}

/* ---- people and citations ---- */

void qz_query__explain_all(qz_buf *b, const qz_answer *a)
{
    const qz_org *org = a->model->org;
    for (int cap = 1; cap <= QZ_CAP_OBLIGEE; cap++) {
        int any = 0;
        for (size_t i = 0; i < a->npeople; i++) {
            const qz_aperson *p = &a->people[i];
            if (p->cap != cap)
                continue;
            qz__buf_puts(b, any ? ";" : qz_capacity_label((qz_capacity)cap));
            if (!any)
                qz__buf_puts(b, ":");
            const char *pn = qz_org_post_name(org, p->post);
            qz__buf_printf(b, "%s %s", pn ? pn : p->post, p->name);
            if (p->via != QZ_VIA_HOLDER && p->for_post) {
                const char *fn = qz_org_post_name(org, p->for_post);
                qz__buf_printf(b, "(%s%s%s)", qz_via_label((qz_via)p->via),
                               p->via == QZ_VIA_ENTRUSTED ? ",代" : "", fn ? fn : p->for_post);
            }
            any = 1;
        }
        for (size_t i = 0; i < a->nunits; i++) {
            if (a->units[i].cap != cap)
                continue;
            qz__buf_puts(b, any ? ";" : qz_capacity_label((qz_capacity)cap));
            if (!any)
                qz__buf_puts(b, ":");
            qz__buf_puts(b, a->units[i].name);
            any = 1;
        }
        if (any)
            qz__buf_puts(b, "\n");
    }
    for (size_t i = 0; i < a->ncites; i++) {
        qz__buf_puts(b, "依据:");
        qz_query__citation(b, a->cites[i]->article, a->cites[i]->item);
        qz__buf_printf(b, " %s\n", a->cites[i]->text);
    }
}
