/* Writing a qz_answer for people (aligned Chinese text) and for scripts
 * (JSON). Every command goes through these, so one person, one citation,
 * one figure always looks the same. */
#include "cli.h"

#include <string.h>

/* The library's Chinese label (one wording for library, CLI and bindings). */
const char *qzc_cap_label(qz_capacity cap)
{
    const char *label = qz_capacity_label(cap);
    return *label ? label : qz_capacity_name(cap);
}

int qzc_value_is_date(qz_value key)
{
    return key == QZ_VALUE_DUE || key == QZ_VALUE_EARLIEST || key == QZ_VALUE_PERIOD_START ||
           key == QZ_VALUE_PERIOD_END;
}

int qzc_value_is_bool(qz_value key)
{
    return key == QZ_VALUE_MET || key == QZ_VALUE_LATE || key == QZ_VALUE_COMPLIANT ||
           key == QZ_VALUE_ALLOWED || key == QZ_VALUE_SILENCE_NO_OBJECTION || key == QZ_VALUE_PRINCIPLE ||
           key == QZ_VALUE_MINUTES_OPTIONAL;
}

int qzc_value_yes(const qz_answer *a, qz_value key)
{
    return qz_answer_has(a, key) && qz_answer_value(a, key) != 0;
}

/* ---------------------------------------------------------------- JSON */

void qzc_json_person(qzj *w, const qz_model *m, const qz_answer *a, size_t i)
{
    const qz_org *org = qz_model_org(m);
    const char *post = qz_answer_person_post(a, i);

    qzj_begin_object(w);
    qzj_key(w, "post");
    qzj_string(w, post);
    qzj_key(w, "role");
    qzj_string(w, qz_answer_person_role(a, i));
    qzj_key(w, "person");
    qzj_string(w, qz_answer_person_id(a, i));
    qzj_key(w, "name");
    qzj_string(w, qz_answer_person_name(a, i));
    qzj_key(w, "via");
    qzj_string(w, qz_via_name(qz_answer_person_via(a, i)));
    qzj_key(w, "post_name");
    qzj_string(w, post ? qz_org_post_name(org, post) : NULL);
    qzj_key(w, "for_post");
    qzj_string(w, qz_answer_person_for_post(a, i));
    qzj_key(w, "for_person");
    qzj_string(w, qz_answer_person_for_person(a, i));
    qzj_end_object(w);
}

void qzc_json_unit_keys(qzj *w, const qz_answer *a, size_t i)
{
    qzj_key(w, "unit");
    qzj_string(w, qz_answer_unit_id(a, i));
    qzj_key(w, "name");
    qzj_string(w, qz_answer_unit_name(a, i));
}

static void people(qzj *w, const qz_model *m, const qz_answer *a, qz_capacity cap)
{
    size_t i, n = qz_answer_person_count(a);
    for (i = 0; i < n; i++)
        if (qz_answer_person_capacity(a, i) == cap)
            qzc_json_person(w, m, a, i);
}

void qzc_json_people(qzj *w, const qz_model *m, const qz_answer *a, qz_capacity cap)
{
    qzj_begin_array(w);
    people(w, m, a, cap);
    qzj_end_array(w);
}

void qzc_json_people_and_units(qzj *w, const qz_model *m, const qz_answer *a, qz_capacity cap)
{
    size_t i, n = qz_answer_unit_count(a);
    qzj_begin_array(w);
    people(w, m, a, cap);
    for (i = 0; i < n; i++) {
        if (qz_answer_unit_capacity(a, i) != cap)
            continue;
        qzj_begin_object(w);
        qzc_json_unit_keys(w, a, i);
        qzj_end_object(w);
    }
    qzj_end_array(w);
}

void qzc_json_role_keys(qzj *w, const qz_answer *a, size_t i)
{
    qzj_key(w, "role");
    qzj_string(w, qz_answer_role_id(a, i));
    qzj_key(w, "label");
    qzj_string(w, qz_answer_role_label(a, i));
}

void qzc_json_roles(qzj *w, const qz_answer *a)
{
    size_t i, n = qz_answer_role_count(a);
    qzj_begin_array(w);
    for (i = 0; i < n; i++) {
        qzj_begin_object(w);
        qzj_key(w, "capacity");
        qzj_string(w, qz_capacity_name(qz_answer_role_capacity(a, i)));
        qzc_json_role_keys(w, a, i);
        qzj_end_object(w);
    }
    qzj_end_array(w);
}

int qzc_citation_repeats(const qz_answer *a, size_t i)
{
    size_t j;
    for (j = 0; j < i; j++) {
        const char *t1 = qz_answer_citation_text(a, i), *t2 = qz_answer_citation_text(a, j);
        if (qz_answer_citation_article(a, i) == qz_answer_citation_article(a, j) &&
            qz_answer_citation_item(a, i) == qz_answer_citation_item(a, j) && t1 && t2 && strcmp(t1, t2) == 0)
            return 1;
    }
    return 0;
}

void qzc_json_citations(qzj *w, const qz_answer *a)
{
    size_t i, n = qz_answer_citation_count(a);
    qzj_begin_array(w);
    for (i = 0; i < n; i++) {
        int item = qz_answer_citation_item(a, i);
        char label[QZ_CITATION_LABEL_BUFSIZE];
        int article = qz_answer_citation_article(a, i);
        if (qzc_citation_repeats(a, i))
            continue;
        qzj_begin_object(w);
        qzj_key(w, "article");
        qzj_int(w, article);
        qzj_key(w, "item");
        if (item > 0)
            qzj_int(w, item);
        else
            qzj_null(w);
        qzj_key(w, "text");
        qzj_string(w, qz_answer_citation_text(a, i));
        qzj_key(w, "label");
        qzj_string(w, qzc_cite_label(label, sizeof(label), article, item));
        qzj_key(w, "rule");
        qzj_string(w, qz_answer_citation_rule(a, i));
        qzj_end_object(w);
    }
    qzj_end_array(w);
}

void qzc_json_value(qzj *w, const qz_answer *a, qz_value key)
{
    int64_t v = qz_answer_value(a, key);
    if (qzc_value_is_date(key))
        qzj_date(w, (qz_date)v);
    else if (qzc_value_is_bool(key))
        qzj_bool(w, v != 0);
    else if (key == QZ_VALUE_UNIT)
        qzj_string(w, qz_time_unit_name((qz_time_unit)v));
    else
        qzj_int(w, (long long)v);
}

void qzc_json_values(qzj *w, const qz_answer *a)
{
    int k;
    qzj_begin_object(w);
    for (k = QZ_VALUE_MET; k <= QZ_VALUE_MINUTES_OPTIONAL; k++) {
        qz_value key = (qz_value)k;
        if (!qz_answer_has(a, key))
            continue;
        qzj_key(w, qz_value_name(key));
        qzc_json_value(w, a, key);
    }
    qzj_end_object(w);
}

void qzc_json_common(qzj *w, const qz_answer *a)
{
    size_t i, n = qz_answer_finding_count(a);

    qzj_key(w, "found");
    qzj_bool(w, qz_answer_found(a));
    qzj_key(w, "reason");
    qzj_string(w, qz_answer_reason(a));
    qzj_key(w, "explanation");
    qzj_string(w, qz_answer_explanation(a));
    qzj_key(w, "findings");
    qzj_begin_array(w);
    for (i = 0; i < n; i++) {
        qzj_begin_object(w);
        qzj_key(w, "id");
        qzj_string(w, qz_answer_finding_id(a, i));
        qzj_key(w, "text");
        qzj_string(w, qz_answer_finding_text(a, i));
        qzj_end_object(w);
    }
    qzj_end_array(w);
    qzj_key(w, "values");
    qzc_json_values(w, a);
    qzj_key(w, "citations");
    qzc_json_citations(w, a);
}

void qzc_json_obligation_keys(qzj *w, const qz_answer *a)
{
    qzj_key(w, "trigger");
    qzj_string(w, qz_obligation_trigger_name(qz_answer_obligation_trigger(a)));
    qzj_key(w, "action");
    qzj_string(w, qz_answer_obligation_action(a));
    qzj_key(w, "action_label");
    qzj_string(w, qz_answer_obligation_action_label(a));
    qzj_key(w, "object");
    qzj_string(w, qz_answer_obligation_object(a));
    qzj_key(w, "event");
    qzj_string(w, qz_answer_obligation_event(a));
    qzj_key(w, "event_label");
    qzj_string(w, qz_answer_obligation_event_label(a));
}

void qzc_json_answer_begin(qzj *w)
{
    qzj_init(w, stdout);
    qzj_begin_object(w);
}

void qzc_json_answer_end(qzj *w, const qz_answer *a)
{
    qzj_key(w, "roles");
    qzc_json_roles(w, a);
    qzc_json_common(w, a);
    qzj_end_object(w);
    qzj_finish(w);
}

void qzc_json_strings(qzj *w, const qzc_list *l)
{
    qzj_begin_array(w);
    for (size_t i = 0; i < l->n; i++)
        qzj_string(w, l->items[i]);
    qzj_end_array(w);
}

/* ---------------------------------------------------------------- text */

void qzc_headline(const qz_answer *a, const char *fallback, qz_date d)
{
    const char *label = qz_answer_subject_label(a);
    printf("%s  %s %s\n", label ? label : fallback, qzc_date_str(d), qzc_weekday_cn(d));
}

char *qzc_person_text(char *buf, size_t size, const qz_model *m, const qz_answer *a, size_t i)
{
    const qz_org *org = qz_model_org(m);
    const char *post = qz_answer_person_post(a, i);
    const char *name = qz_answer_person_name(a, i);
    const char *post_name = post ? qz_org_post_name(org, post) : NULL;
    const char *for_post = qz_answer_person_for_post(a, i);
    const char *for_person = qz_answer_person_for_person(a, i);
    const char *for_name = for_post ? qz_org_post_name(org, for_post) : NULL;
    const char *for_who = for_person ? qz_org_person_name(org, for_person) : NULL;

    if (!name)
        name = "?";
    if (!post_name)
        post_name = post ? post : "";
    if (!for_name)
        for_name = for_post ? for_post : "";
    if (!for_who)
        for_who = "";
    /* 余明远（副县长，代副县长蔡晓明）, 宋小燕（常务副县长，受县长高永胜委托） */
    switch (qz_answer_person_via(a, i)) {
    case QZ_VIA_ACTING: snprintf(buf, size, "%s（%s，代%s%s）", name, post_name, for_name, for_who); break;
    case QZ_VIA_ENTRUSTED:
        snprintf(buf, size, "%s（%s，受%s%s委托）", name, post_name, for_name, for_who);
        break;
    default: snprintf(buf, size, "%s（%s）", name, post_name);
    }
    return buf;
}

/* Writes the label column: the label on the first line, blanks after. */
static void label_col(const char *label, int first)
{
    qzc_pad(stdout, first ? label : "", QZC_LABEL_WIDTH);
}

static size_t count_people(const qz_answer *a, qz_capacity cap)
{
    size_t i, k = 0, n = qz_answer_person_count(a);
    for (i = 0; i < n; i++)
        k += qz_answer_person_capacity(a, i) == cap;
    return k;
}

int qzc_text_capacity(const qz_model *m, const qz_answer *a, qz_capacity cap, int always)
{
    const char *label = qzc_cap_label(cap);
    char buf[512];
    size_t i, n;
    int lines = 0;

    n = qz_answer_person_count(a);
    if (count_people(a, cap) > 3)
        return qzc_text_capacity_wrapped(m, a, cap); /* long lists: several to a line */
    for (i = 0; i < n; i++) {
        if (qz_answer_person_capacity(a, i) != cap)
            continue;
        label_col(label, lines++ == 0);
        printf("%s\n", qzc_person_text(buf, sizeof(buf), m, a, i));
    }
    n = qz_answer_unit_count(a);
    for (i = 0; i < n; i++) {
        if (qz_answer_unit_capacity(a, i) != cap)
            continue;
        label_col(label, lines++ == 0);
        printf("%s\n", qz_answer_unit_name(a, i));
    }
    if (lines == 0) {
        /* Nobody holds it today: say what the rules name. */
        n = qz_answer_role_count(a);
        for (i = 0; i < n; i++) {
            if (qz_answer_role_capacity(a, i) != cap)
                continue;
            label_col(label, lines++ == 0);
            printf("%s\n", qz_answer_role_label(a, i));
        }
    }
    if (lines == 0 && always) {
        label_col(label, 1);
        printf("—\n");
        lines = 1;
    }
    return lines;
}

int qzc_text_capacity_wrapped(const qz_model *m, const qz_answer *a, qz_capacity cap)
{
    enum { WIDTH = 78 };
    size_t i, n = qz_answer_person_count(a);
    int lines = 0, used = 0;

    for (i = 0; i < n; i++) {
        char item[512];
        int w;
        if (qz_answer_person_capacity(a, i) != cap)
            continue;
        qzc_person_text(item, sizeof(item), m, a, i);
        w = qzc_display_width(item);
        if (lines == 0 || used + 2 + w > WIDTH - QZC_LABEL_WIDTH) {
            if (lines > 0)
                fputs("\n", stdout);
            label_col(qzc_cap_label(cap), lines++ == 0);
            used = 0;
        } else {
            fputs("、", stdout);
            used += 2;
        }
        fputs(item, stdout);
        used += w;
    }
    if (lines > 0) {
        fputs("\n", stdout);
        return lines;
    }
    return qzc_text_capacity(m, a, cap, 0);
}

void qzc_text_tail(const qz_answer *a)
{
    size_t i, n;

    if (!qz_answer_found(a) && qz_answer_reason(a))
        qzc_field(stdout, 0, "原因", "%s", qz_answer_reason(a));
    n = qz_answer_finding_count(a);
    for (i = 0; i < n; i++) {
        label_col("问题", i == 0);
        printf("%s\n", qz_answer_finding_text(a, i));
    }
    qzc_text_citations(stdout, 0, a);
}

void qzc_text_citations(FILE *f, int indent, const qz_answer *a)
{
    size_t i, n = qz_answer_citation_count(a);
    char label[QZ_CITATION_LABEL_BUFSIZE];

    for (i = 0; i < n; i++) {
        if (qzc_citation_repeats(a, i))
            continue;
        qzc_field(f, indent, i == 0 ? "依据" : "", "%s  %s",
                  qzc_cite_label(label, sizeof(label), qz_answer_citation_article(a, i),
                                 qz_answer_citation_item(a, i)),
                  qz_answer_citation_text(a, i));
    }
}
