/* quanze matrix [--format text|json|html] [--date D] [-o FILE]
 *
 * Every matter of the rule set in force on D, resolved against the
 * organisation of that day: what the rules name for each capacity, who that
 * is on D, the figures, and the citations. The HTML form is one
 * self-contained page (inline style, no scripts, no external assets) with a
 * table per kind of matter, made to be opened or printed. */
#include "cli.h"
#include "atomic.h"

#include <stdlib.h>
#include <string.h>

typedef enum format { FORMAT_TEXT, FORMAT_JSON, FORMAT_HTML } format;

/* The kinds of matter in the order the page shows them, with their titles. */
static const struct {
    qz_matter_kind kind;
    const char *title;
} sections[] = {
    {QZ_MATTER_ROLE, "角色"},          {QZ_MATTER_ACTING, "代行职责"},
    {QZ_MATTER_MEETING, "会议"},       {QZ_MATTER_SUBSTITUTION, "代为参会"},
    {QZ_MATTER_SIGNING, "公文签发"},   {QZ_MATTER_DEADLINE, "办理时限"},
    {QZ_MATTER_LEAVE, "请销假"},       {QZ_MATTER_NOT_AWAY_TOGETHER, "不得同时外出"},
    {QZ_MATTER_PERIODIC, "定期事项"},  {QZ_MATTER_CHECK, "规范性文件"},
    {QZ_MATTER_PROVISION, "其他规定"}, {QZ_MATTER_OBLIGATION, "义务"},
};

#define NSECTIONS (sizeof(sections) / sizeof(sections[0]))

/* Chinese labels of the figures a matter may carry. */
static const char *value_label(qz_value v)
{
    switch (v) {
    case QZ_VALUE_REQUIRED: return "法定人数";
    case QZ_VALUE_MEMBERS: return "应到人数";
    case QZ_VALUE_NOTICE_DAYS: return "提前告知";
    case QZ_VALUE_LIMIT: return "时限";
    case QZ_VALUE_MIN: return "不少于";
    case QZ_VALUE_MAX: return "不多于";
    case QZ_VALUE_DUE: return "截止";
    case QZ_VALUE_EARLIEST: return "最早";
    case QZ_VALUE_PRINCIPLE: return "原则上";
    default: return qz_value_name(v);
    }
}

/* The figures worth showing in the matrix, as one line of text. */
static void figures_text(char *buf, size_t size, const qz_answer *a)
{
    int k;
    int unit = qz_answer_has(a, QZ_VALUE_UNIT) ? (int)qz_answer_value(a, QZ_VALUE_UNIT) : 0;
    size_t used = 0;

    buf[0] = '\0';
    for (k = QZ_VALUE_MET; k <= QZ_VALUE_PRINCIPLE && used < size; k++) {
        qz_value v = (qz_value)k;
        long long x;
        int n = 0;
        if (!qz_answer_has(a, v) || v == QZ_VALUE_UNIT || v == QZ_VALUE_PRINCIPLE)
            continue;
        x = (long long)qz_answer_value(a, v);
        /* MIN and MAX together are a frequency ("2—3次"); MIN alone beside a
         * LIMIT is the low end of a time limit ("3—5个工作日") */
        int frequency = qz_answer_has(a, QZ_VALUE_MAX);
        if ((v == QZ_VALUE_MIN && (frequency || qz_answer_has(a, QZ_VALUE_LIMIT))))
            continue; /* written with its partner */
        if (v == QZ_VALUE_MAX && qz_answer_has(a, QZ_VALUE_MIN) && qz_answer_value(a, QZ_VALUE_MIN) == x)
            n = snprintf(buf + used, size - used, "%s次数 %lld次", used ? "；" : "", x);
        else if (v == QZ_VALUE_MAX && qz_answer_has(a, QZ_VALUE_MIN))
            n = snprintf(buf + used, size - used, "%s次数 %lld—%lld次", used ? "；" : "",
                         (long long)qz_answer_value(a, QZ_VALUE_MIN), x);
        else if (v == QZ_VALUE_LIMIT && qz_answer_has(a, QZ_VALUE_MIN) && !frequency)
            n = snprintf(buf + used, size - used, "%s%s %lld—%lld%s", used ? "；" : "", value_label(v),
                         (long long)qz_answer_value(a, QZ_VALUE_MIN), x,
                         qz_time_unit_label((qz_time_unit)unit));
        else if (v == QZ_VALUE_NOTICE_DAYS && x == 0)
            n = snprintf(buf + used, size - used, "%s%s", used ? "；" : "", "事先报告");
        else if (qzc_value_is_date(v))
            n = snprintf(buf + used, size - used, "%s%s %s", used ? "；" : "", value_label(v),
                         qzc_date_str((qz_date)x));
        else if (qzc_value_is_bool(v))
            n = snprintf(buf + used, size - used, "%s%s %s", used ? "；" : "", value_label(v),
                         x ? "是" : "否");
        else if (v == QZ_VALUE_LIMIT || v == QZ_VALUE_NOTICE_DAYS || v == QZ_VALUE_MIN || v == QZ_VALUE_MAX)
            n = snprintf(buf + used, size - used, "%s%s %lld%s", used ? "；" : "", value_label(v), x,
                         v == QZ_VALUE_MIN || v == QZ_VALUE_MAX ? "次"
                                                                : qz_time_unit_label((qz_time_unit)unit));
        else
            n = snprintf(buf + used, size - used, "%s%s %lld", used ? "；" : "", value_label(v), x);
        if (n < 0)
            break;
        used += (size_t)n;
    }
    if (used < size && qzc_value_yes(a, QZ_VALUE_PRINCIPLE))
        snprintf(buf + used, size - used, "%s（原则上）", used ? "" : "—");
}

/* The capacities named in an answer, in the order they first appear among
 * its roles, then among its people and bodies. */
static size_t capacities_of(const qz_answer *a, qz_capacity *caps, size_t max)
{
    size_t n = 0, i, j, k;
    for (k = 0; k < 3; k++) {
        size_t count = k == 0   ? qz_answer_role_count(a)
                       : k == 1 ? qz_answer_person_count(a)
                                : qz_answer_unit_count(a);
        for (i = 0; i < count; i++) {
            qz_capacity cap = k == 0   ? qz_answer_role_capacity(a, i)
                              : k == 1 ? qz_answer_person_capacity(a, i)
                                       : qz_answer_unit_capacity(a, i);
            for (j = 0; j < n && caps[j] != cap; j++)
                ;
            if (j == n && n < max)
                caps[n++] = cap;
        }
    }
    return n;
}

typedef struct out {
    FILE *f;
    const qz_model *m;
    qz_date date;
    size_t index; /* the matter being written */
} out;

/* Writes one name of a capacity; @p first says whether it is the first. */
typedef void (*put_name)(out *o, const char *name, int first);

/* Puts the roles the rules name for @p cap. */
static void each_role(out *o, const qz_answer *a, qz_capacity cap, put_name put)
{
    size_t i;
    int first = 1;
    for (i = 0; i < qz_answer_role_count(a); i++) {
        if (qz_answer_role_capacity(a, i) != cap)
            continue;
        put(o, qz_answer_role_label(a, i), first);
        first = 0;
    }
}

/* Puts who holds @p cap on the day: the people, then the bodies. */
static void each_holder(out *o, const qz_answer *a, qz_capacity cap, put_name put)
{
    char buf[1024];
    size_t i;
    int first = 1;
    for (i = 0; i < qz_answer_person_count(a); i++) {
        if (qz_answer_person_capacity(a, i) != cap)
            continue;
        put(o, qzc_person_text(buf, sizeof(buf), o->m, a, i), first);
        first = 0;
    }
    for (i = 0; i < qz_answer_unit_count(a); i++) {
        if (qz_answer_unit_capacity(a, i) != cap)
            continue;
        put(o, qz_answer_unit_name(a, i), first);
        first = 0;
    }
}

/* An obligation in one sentence (the first line of its explanation:
 * "遇“…”时,县政府应及时请示报告:…"), or NULL for another matter. */
static const char *obligation_text(char *buf, size_t size, const qz_answer *a)
{
    const char *text = qz_answer_explanation(a);
    size_t len = strcspn(text, "\n");
    if (!qz_answer_obligation_action(a) || !len)
        return NULL;
    if (len >= size)
        len = size - 1;
    memcpy(buf, text, len);
    buf[len] = '\0';
    return buf;
}

/* ---------------------------------------------------------------- text */

static void text_role(out *o, const char *name, int first)
{
    fprintf(o->f, "%s%s", first ? "" : "；", name);
}

static void text_holder(out *o, const char *name, int first)
{
    fprintf(o->f, "%s%s", first ? " → " : "、", name);
}

static void text_matter(out *o, const qz_answer *a, const char *id, const char *label)
{
    qz_capacity caps[32];
    size_t ncaps = capacities_of(a, caps, 32), k;
    char buf[1024];
    FILE *f = o->f;

    fprintf(f, "%s [%s]\n", label ? label : id, id);
    if (obligation_text(buf, sizeof(buf), a))
        qzc_field(f, 2, "义务", "%s", buf);
    for (k = 0; k < ncaps; k++) {
        fprintf(f, "  ");
        qzc_pad(f, qzc_cap_label(caps[k]), QZC_LABEL_WIDTH);
        each_role(o, a, caps[k], text_role);
        each_holder(o, a, caps[k], text_holder);
        fputc('\n', f);
    }
    if (qz_model_matter_powers_label(o->m, o->date, o->index))
        qzc_field(f, 2, "代行权限", "%s", qz_model_matter_powers_label(o->m, o->date, o->index));
    figures_text(buf, sizeof(buf), a);
    if (buf[0])
        qzc_field(f, 2, "规定", "%s", buf);
    if (!qz_answer_found(a) && qz_answer_reason(a))
        qzc_field(f, 2, "当日", "%s", qz_answer_reason(a));
    qzc_text_citations(f, 2, a);
}

/* ---------------------------------------------------------------- HTML */

static void html_escape(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&#39;", f); break;
        default: fputc(*s, f);
        }
    }
}

static const char html_style[] =
    "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\","
    "\"Microsoft YaHei\",\"WenQuanYi Micro Hei\",sans-serif;margin:2em auto;max-width:72em;"
    "padding:0 1em;color:#1a1a1a;line-height:1.5;font-size:14px}"
    "h1{font-size:1.6em;margin:0 0 .2em}"
    "h2{font-size:1.2em;margin:1.6em 0 .4em;border-bottom:2px solid #8b0000;padding-bottom:.1em;"
    "break-after:avoid}"
    ".meta{color:#555;margin:0 0 1em}"
    "nav a{margin-right:1em;color:#8b0000}"
    "table{border-collapse:collapse;width:100%;margin-bottom:1em}"
    "th,td{border:1px solid #bbb;padding:.35em .5em;vertical-align:top;text-align:left}"
    "th{background:#f3ece4}"
    "td.matter{width:14%;font-weight:bold}"
    "td.matter code{display:block;font-weight:normal;color:#777;font-size:.8em}"
    "dl{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:.1em .8em}"
    "dt{color:#8b0000;white-space:nowrap}dd{margin:0}"
    ".who{color:#004d80}.none{color:#a00}"
    "td.cite{width:30%;font-size:.9em}"
    "td.cite b{display:block;white-space:nowrap}"
    "td.cite span{color:#444}"
    "td.fig{width:10%}"
    "@media print{body{margin:0;max-width:none;font-size:10.5pt}nav{display:none}"
    "a{color:inherit;text-decoration:none}thead{display:table-header-group}"
    "tr{break-inside:avoid}}"
    "@page{size:A4 landscape;margin:12mm}";

static int section_has(const out *o, qz_matter_kind kind)
{
    size_t i, n = qz_model_matter_count(o->m, o->date);
    for (i = 0; i < n; i++)
        if (qz_model_matter_kind(o->m, o->date, i) == kind)
            return 1;
    return 0;
}

static int any_meeting_approval(const out *o); /* the meeting approvals' section below */

static void html_head(out *o, const qz_rules *rules)
{
    FILE *f = o->f;
    const char *title = rules ? qz_rules_title(rules) : NULL;
    const char *number = rules ? qz_rules_document_number(rules) : NULL;
    const char *org = qz_org_name(qz_model_org(o->m));
    size_t s;

    fputs("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
          f);
    html_escape(f, title ? title : "权责清单");
    fputs(" · 权责清单</title>\n<style>", f);
    fputs(html_style, f);
    fputs("</style>\n</head>\n<body>\n<h1>", f);
    html_escape(f, title ? title : "权责清单");
    fputs(" · 权责清单</h1>\n<p class=\"meta\">", f);
    if (number) {
        html_escape(f, number);
        fputs("；", f);
    }
    if (rules) {
        fprintf(f, "自 %s 起施行；", qzc_date_str(qz_rules_effective(rules)));
    }
    html_escape(f, org ? org : "");
    fprintf(f, "，%s %s 在任人员。由 quanze %s 生成。</p>\n<nav>", qzc_date_str(o->date),
            qzc_weekday_cn(o->date), qz_version_string());
    for (s = 0; s < NSECTIONS; s++)
        if (section_has(o, sections[s].kind))
            fprintf(f, "<a href=\"#%s\">%s</a>", qz_matter_kind_name(sections[s].kind), sections[s].title);
    if (any_meeting_approval(o))
        fputs("<a href=\"#meeting-approvals\">会议审批</a>", f);
    fputs("</nav>\n", f);
}

static void html_role(out *o, const char *name, int first)
{
    if (!first)
        fputs("；", o->f);
    html_escape(o->f, name);
}

static void html_holder(out *o, const char *name, int first)
{
    fputs(first ? " → <span class=\"who\">" : "、<span class=\"who\">", o->f);
    html_escape(o->f, name);
    fputs("</span>", o->f);
}

/* The citations of a matter, repeats left out: the label in bold with the
 * clause as its title, then the clause. */
static void html_citations(FILE *f, const qz_answer *a)
{
    for (size_t i = 0; i < qz_answer_citation_count(a); i++) {
        char cite[QZ_CITATION_LABEL_BUFSIZE];
        const char *text = qz_answer_citation_text(a, i);
        if (qzc_citation_repeats(a, i))
            continue;
        fputs("<b title=\"", f);
        html_escape(f, text);
        fputs("\">", f);
        html_escape(f, qzc_cite_label(cite, sizeof(cite), qz_answer_citation_article(a, i),
                                      qz_answer_citation_item(a, i)));
        fputs("</b><span>", f);
        html_escape(f, text);
        fputs("</span>", f);
    }
}

static void html_matter(out *o, const qz_answer *a, const char *id, const char *label)
{
    qz_capacity caps[32];
    size_t ncaps = capacities_of(a, caps, 32), k;
    char buf[1024];
    FILE *f = o->f;

    fputs("<tr><td class=\"matter\">", f);
    html_escape(f, label ? label : id);
    fputs("<code>", f);
    html_escape(f, id);
    fputs("</code></td>\n<td><dl>", f);
    if (obligation_text(buf, sizeof(buf), a)) {
        fputs("<dt>义务</dt><dd>", f);
        html_escape(f, buf);
        fputs("</dd>", f);
    }
    for (k = 0; k < ncaps; k++) {
        fputs("<dt>", f);
        html_escape(f, qzc_cap_label(caps[k]));
        fputs("</dt><dd>", f);
        each_role(o, a, caps[k], html_role);
        each_holder(o, a, caps[k], html_holder);
        fputs("</dd>", f);
    }
    if (ncaps == 0 && (qz_answer_found(a) || !qz_answer_reason(a)))
        fputs("<dt>—</dt><dd></dd>", f);
    if (qz_model_matter_powers_label(o->m, o->date, o->index)) {
        fputs("<dt>代行权限</dt><dd>", f);
        html_escape(f, qz_model_matter_powers_label(o->m, o->date, o->index));
        fputs("</dd>", f);
    }
    if (!qz_answer_found(a) && qz_answer_reason(a)) {
        fputs("<dt>当日</dt><dd class=\"none\">", f);
        html_escape(f, qz_answer_reason(a));
        fputs("</dd>", f);
    }
    fputs("</dl></td>\n<td class=\"fig\">", f);
    figures_text(buf, sizeof(buf), a);
    html_escape(f, buf[0] ? buf : "—");
    fputs("</td>\n<td class=\"cite\">", f);
    html_citations(f, a);
    if (qz_answer_citation_count(a) == 0)
        fputs("—", f);
    fputs("</td></tr>\n", f);
}

/* ---------------------------------------------------------------- JSON */

static void json_matter(qzj *w, out *o, const qz_answer *a, qz_matter_kind kind, const char *id,
                        const char *label)
{
    size_t i;
    qzj_begin_object(w);
    qzj_key(w, "kind");
    qzj_string(w, qz_matter_kind_name(kind));
    qzj_key(w, "id");
    qzj_string(w, id);
    qzj_key(w, "label");
    qzj_string(w, label);
    if (qz_model_matter_powers(o->m, o->date, o->index)) {
        qzj_key(w, "powers");
        qzj_string(w, qz_model_matter_powers(o->m, o->date, o->index));
    }
    if (qz_answer_obligation_action(a)) {
        /* an obligation: what must be done, and what starts it */
        qzj_key(w, "obligation");
        qzj_begin_object(w);
        qzc_json_obligation_keys(w, a);
        qzj_end_object(w);
    }
    qzj_key(w, "roles");
    qzc_json_roles(w, a);
    qzj_key(w, "people");
    qzj_begin_array(w);
    for (i = 0; i < qz_answer_person_count(a); i++) {
        /* A person with the capacity in which they appear. */
        qzj_begin_object(w);
        qzj_key(w, "capacity");
        qzj_string(w, qz_capacity_name(qz_answer_person_capacity(a, i)));
        qzj_key(w, "person");
        qzc_json_person(w, o->m, a, i);
        qzj_end_object(w);
    }
    qzj_end_array(w);
    qzj_key(w, "units");
    qzj_begin_array(w);
    for (i = 0; i < qz_answer_unit_count(a); i++) {
        qzj_begin_object(w);
        qzj_key(w, "capacity");
        qzj_string(w, qz_capacity_name(qz_answer_unit_capacity(a, i)));
        qzc_json_unit_keys(w, a, i);
        qzj_end_object(w);
    }
    qzj_end_array(w);
    qzc_json_common(w, a);
    qzj_end_object(w);
}

/* ---------------------------------------------------- meeting approvals */

/* Who must approve holding a meeting, where the rules say so: the meetings
 * whose rule names an approver (<approver> in <meeting>), one row each,
 * after the matters. Its own section, so that the matters keep their shape. */
static int has_approver(const qz_answer *a)
{
    size_t i;
    for (i = 0; i < qz_answer_role_count(a); i++)
        if (qz_answer_role_capacity(a, i) == QZ_CAP_APPROVER)
            return 1;
    for (i = 0; i < qz_answer_unit_count(a); i++)
        if (qz_answer_unit_capacity(a, i) == QZ_CAP_APPROVER)
            return 1;
    return 0;
}

/* 1 when some meeting of the day's rule set names an approver (a failed question: no link). */
static int any_meeting_approval(const out *o)
{
    size_t n = qz_model_matter_count(o->m, o->date), i;
    int found = 0;
    for (i = 0; i < n && !found; i++) {
        qz_answer *a = NULL;
        if (qz_model_matter_kind(o->m, o->date, i) != QZ_MATTER_MEETING ||
            qz_query_matter(&a, o->m, o->date, i) != QZ_OK)
            continue;
        found = has_approver(a);
        qz_answer_free(a);
    }
    return found;
}

static void approval_row(out *o, format fmt, qzj *w, const qz_answer *a, const char *id, const char *label)
{
    FILE *f = o->f;
    if (fmt == FORMAT_JSON) {
        qzj_begin_object(w);
        qzj_key(w, "meeting");
        qzj_string(w, id);
        qzj_key(w, "label");
        qzj_string(w, label);
        qzj_key(w, "approvers");
        qzc_json_people_and_units(w, o->m, a, QZ_CAP_APPROVER);
        qzj_key(w, "roles");
        qzj_begin_array(w);
        for (size_t i = 0; i < qz_answer_role_count(a); i++)
            if (qz_answer_role_capacity(a, i) == QZ_CAP_APPROVER) {
                qzj_begin_object(w);
                qzc_json_role_keys(w, a, i);
                qzj_end_object(w);
            }
        qzj_end_array(w);
        qzj_key(w, "citations");
        qzc_json_citations(w, a);
        qzj_end_object(w);
    } else if (fmt == FORMAT_HTML) {
        fputs("<tr><td class=\"matter\">", f);
        html_escape(f, label ? label : id);
        fputs("<code>", f);
        html_escape(f, id);
        fputs("</code></td>\n<td><dl><dt>", f);
        html_escape(f, qzc_cap_label(QZ_CAP_APPROVER));
        fputs("</dt><dd>", f);
        each_role(o, a, QZ_CAP_APPROVER, html_role);
        each_holder(o, a, QZ_CAP_APPROVER, html_holder);
        fputs("</dd></dl></td>\n<td class=\"cite\">", f);
        html_citations(f, a);
        fputs("</td></tr>\n", f);
    } else {
        fprintf(f, "%s [%s]\n  ", label ? label : id, id);
        qzc_pad(f, qzc_cap_label(QZ_CAP_APPROVER), QZC_LABEL_WIDTH);
        each_role(o, a, QZ_CAP_APPROVER, text_role);
        each_holder(o, a, QZ_CAP_APPROVER, text_holder);
        fputc('\n', f);
        qzc_text_citations(f, 2, a);
    }
}

/* The section: JSON "meeting_approvals" (always, [] when none), a text or
 * HTML section only when some meeting needs an approval. */
static int meeting_approvals(out *o, format fmt, qzj *w)
{
    size_t n = qz_model_matter_count(o->m, o->date), i;
    int opened = 0, rc;
    if (fmt == FORMAT_JSON) {
        qzj_key(w, "meeting_approvals");
        qzj_begin_array(w);
        opened = 1;
    }
    for (i = 0; i < n; i++) {
        qz_answer *a = NULL;
        if (qz_model_matter_kind(o->m, o->date, i) != QZ_MATTER_MEETING)
            continue;
        if ((rc = qz_query_matter(&a, o->m, o->date, i)) != QZ_OK)
            return rc;
        if (has_approver(a)) {
            if (!opened && fmt == FORMAT_HTML)
                fputs("<h2 id=\"meeting-approvals\">会议审批</h2>\n<table>\n<thead><tr><th>会议</th>"
                      "<th>审批</th><th>依据</th></tr></thead>\n<tbody>\n",
                      o->f);
            else if (!opened)
                fputs("\n== 会议审批 ==\n", o->f);
            opened = 1;
            approval_row(o, fmt, w, a, qz_model_matter_id(o->m, o->date, i),
                         qz_model_matter_label(o->m, o->date, i));
        }
        qz_answer_free(a);
    }
    if (fmt == FORMAT_JSON)
        qzj_end_array(w);
    else if (opened && fmt == FORMAT_HTML)
        fputs("</tbody>\n</table>\n", o->f);
    return QZ_OK;
}

/* ---------------------------------------------------------------- all */

static int write_matrix(out *o, format fmt)
{
    const qz_rules *rules = qz_model_rules_at(o->m, o->date);
    size_t n = qz_model_matter_count(o->m, o->date), s, i;
    qzj w;
    int rc;

    if (!rules) {
        fprintf(stderr, "quanze: matrix: no rule set is in force on %s\n", qzc_date_str(o->date));
        return QZC_EXIT_DATA;
    }
    if (fmt == FORMAT_JSON) {
        qzj_init(&w, o->f);
        qzj_begin_object(&w);
        qzj_key(&w, "date");
        qzj_date(&w, o->date);
        qzj_key(&w, "rules");
        qzj_begin_object(&w);
        qzj_key(&w, "id");
        qzj_string(&w, qz_rules_id(rules));
        qzj_key(&w, "title");
        qzj_string(&w, qz_rules_title(rules));
        qzj_key(&w, "document_number");
        qzj_string(&w, qz_rules_document_number(rules));
        qzj_key(&w, "effective");
        qzj_date(&w, qz_rules_effective(rules));
        qzj_end_object(&w);
        qzj_key(&w, "organisation");
        qzj_string(&w, qz_org_name(qz_model_org(o->m)));
        qzj_key(&w, "matters");
        qzj_begin_array(&w);
    } else if (fmt == FORMAT_HTML) {
        html_head(o, rules);
    } else {
        fprintf(o->f, "%s %s 权责清单  %s %s\n", qz_rules_title(rules),
                qz_rules_document_number(rules) ? qz_rules_document_number(rules) : "", qzc_date_str(o->date),
                qzc_weekday_cn(o->date));
    }
    for (s = 0; s < NSECTIONS; s++) {
        int opened = 0;
        for (i = 0; i < n; i++) {
            qz_answer *a = NULL;
            const char *id, *label;
            if (qz_model_matter_kind(o->m, o->date, i) != sections[s].kind)
                continue;
            id = qz_model_matter_id(o->m, o->date, i);
            label = qz_model_matter_label(o->m, o->date, i);
            if ((rc = qz_query_matter(&a, o->m, o->date, i)) != QZ_OK) {
                if (fmt == FORMAT_JSON) {
                    qzj_end_array(&w);
                    qzj_end_object(&w);
                    qzj_finish(&w);
                }
                return qzc_fail(NULL, rc);
            }
            if (!opened && fmt == FORMAT_HTML)
                fprintf(o->f,
                        "<h2 id=\"%s\">%s</h2>\n<table>\n<thead><tr><th>事项</th>"
                        "<th>规定的职责与当日人员</th><th>数量与时限</th><th>依据</th></tr>"
                        "</thead>\n<tbody>\n",
                        qz_matter_kind_name(sections[s].kind), sections[s].title);
            else if (!opened && fmt == FORMAT_TEXT)
                fprintf(o->f, "\n== %s ==\n", sections[s].title);
            opened = 1;
            o->index = i;
            if (fmt == FORMAT_JSON)
                json_matter(&w, o, a, sections[s].kind, id, label);
            else if (fmt == FORMAT_HTML)
                html_matter(o, a, id, label);
            else
                text_matter(o, a, id, label);
            qz_answer_free(a);
        }
        if (opened && fmt == FORMAT_HTML)
            fputs("</tbody>\n</table>\n", o->f);
    }
    if (fmt == FORMAT_JSON)
        qzj_end_array(&w);
    rc = meeting_approvals(o, fmt, &w);
    if (fmt == FORMAT_JSON) {
        qzj_end_object(&w);
        qzj_finish(&w);
    } else if (fmt == FORMAT_HTML) {
        fputs("</body>\n</html>\n", o->f);
    }
    return rc == QZ_OK ? QZC_EXIT_OK : qzc_fail(NULL, rc);
}

int qzc_cmd_matrix(qzc_ctx *c, int argc, char **argv)
{
    const char *fmt_arg = NULL, *date = NULL, *file = NULL;
    const qzc_opt spec[] = {{"--format", QZC_OPT_VALUE, &fmt_arg},
                            {"--date", QZC_OPT_VALUE, &date},
                            {"-o", QZC_OPT_VALUE, &file},
                            {"--output", QZC_OPT_VALUE, &file},
                            {NULL, QZC_OPT_FLAG, NULL}};
    out o;
    format fmt;
    int n, rc;

    if ((rc = qzc_parse(c, argc, argv, spec, NULL, 0, 0, &n)) != 0)
        return rc;
    if (!fmt_arg)
        fmt = c->g.json ? FORMAT_JSON : FORMAT_TEXT;
    else if (strcmp(fmt_arg, "text") == 0)
        fmt = FORMAT_TEXT;
    else if (strcmp(fmt_arg, "json") == 0)
        fmt = FORMAT_JSON;
    else if (strcmp(fmt_arg, "html") == 0)
        fmt = FORMAT_HTML;
    else
        return qzc_usage(c, "unknown format '%s' (text, json or html)", fmt_arg);
    if ((rc = qzc_date_or_today(c, date, "--date", &o.date)) != 0)
        return rc;
    if ((rc = qzc_load_model(c, &o.m)) != 0)
        return rc;
    o.f = stdout;
    qzc_atomic out_file = {0};
    if (file && strcmp(file, "-") != 0) {
        /* never truncate what the user had: the page replaces it only once complete */
        if (qzc_atomic_open(&out_file, file) != 0)
            return QZC_EXIT_DATA;
        o.f = out_file.f;
    }
    rc = write_matrix(&o, fmt);
    if (o.f != stdout) {
        if (rc != 0)
            qzc_atomic_abort(&out_file);
        else if (qzc_atomic_commit(&out_file) != 0)
            rc = QZC_EXIT_DATA;
    }
    return rc;
}
