/* quanze obligations [--post ID] [--unit ID] [--from D] [--to D] [--json]
 *
 * What a post (or a unit, or anyone) must do in a range of days under the
 * rule set's obligations: one entry per obligation and period or date, with
 * the people who bear it that day, whom it is owed to, the time limit and the
 * article. */
#include "cli.h"

#include <string.h>

static void json_item(qzj *w, const qz_model *m, const qz_answer *a)
{
    qzj_begin_object(w);
    qzj_key(w, "id");
    qzj_string(w, qz_answer_subject(a));
    qzj_key(w, "label");
    qzj_string(w, qz_answer_subject_label(a));
    qzc_json_obligation_keys(w, a);
    qzj_key(w, "responsible");
    qzc_json_people_and_units(w, m, a, QZ_CAP_RESPONSIBLE);
    qzj_key(w, "to");
    qzc_json_people_and_units(w, m, a, QZ_CAP_OBLIGEE);
    qzj_key(w, "roles");
    qzc_json_roles(w, a);
    qzc_json_common(w, a);
    qzj_end_object(w);
}

static void json_list(const qz_model *m, const qz_answer *a, const char *post, const char *unit)
{
    qzj w;
    qzc_json_answer_begin(&w);
    qzj_key(&w, "from");
    qzj_date(&w, (qz_date)qz_answer_value(a, QZ_VALUE_PERIOD_START));
    qzj_key(&w, "to");
    qzj_date(&w, (qz_date)qz_answer_value(a, QZ_VALUE_PERIOD_END));
    qzj_key(&w, "post");
    qzj_string(&w, post);
    qzj_key(&w, "unit");
    qzj_string(&w, unit);
    qzj_key(&w, "count");
    qzj_int(&w, (long long)qz_answer_item_count(a));
    qzj_key(&w, "obligations");
    qzj_begin_array(&w);
    for (size_t i = 0; i < qz_answer_item_count(a); i++)
        json_item(&w, m, qz_answer_item(a, i));
    qzj_end_array(&w);
    qzc_json_common(&w, a);
    qzj_end_object(&w);
    qzj_finish(&w);
}

/* Each item: its label, then its explanation (the obligation in one
 * sentence, the period or due date, the people, the articles), indented. */
static void text_list(const qz_answer *a)
{
    printf("%s至%s  共%zu项义务\n", qzc_date_str((qz_date)qz_answer_value(a, QZ_VALUE_PERIOD_START)),
           qzc_date_str((qz_date)qz_answer_value(a, QZ_VALUE_PERIOD_END)), qz_answer_item_count(a));
    for (size_t i = 0; i < qz_answer_item_count(a); i++) {
        const qz_answer *it = qz_answer_item(a, i);
        const char *text = qz_answer_explanation(it);
        printf("\n%zu. %s\n", i + 1, qz_answer_subject_label(it));
        while (*text) {
            const char *nl = strchr(text, '\n');
            size_t len = nl ? (size_t)(nl - text) : strlen(text);
            printf("   %.*s\n", (int)len, text);
            text += len + (nl ? 1 : 0);
        }
    }
    for (size_t i = 0; i < qz_answer_finding_count(a); i++)
        printf("\n注意:%s\n", qz_answer_finding_text(a, i));
}

int qzc_cmd_obligations(qzc_ctx *c, int argc, char **argv)
{
    qz_obligations_request req = QZ_OBLIGATIONS_REQUEST_INIT;
    const char *from = NULL, *to = NULL;
    const qzc_opt spec[] = {{"--post", QZC_OPT_VALUE, &req.post},
                            {"--unit", QZC_OPT_VALUE, &req.unit},
                            {"--from", QZC_OPT_VALUE, &from},
                            {"--to", QZC_OPT_VALUE, &to},
                            {NULL, QZC_OPT_FLAG, NULL}};
    const qz_model *m;
    qz_answer *a = NULL;
    int n, rc;

    if ((rc = qzc_parse(c, argc, argv, spec, NULL, 0, 0, &n)) != 0)
        return rc;
    if ((rc = qzc_date_or_today(c, from, "--from", &req.from)) != 0)
        return rc;
    req.to = req.from;
    if (to && (rc = qzc_date_arg(c, to, "--to", &req.to)) != 0)
        return rc;
    if (req.to < req.from)
        return qzc_usage(c, "--to %s is before --from %s", qzc_date_str(req.to), qzc_date_str(req.from));
    if ((rc = qzc_load_model(c, &m)) != 0)
        return rc;
    if ((rc = qzc_query_failed(c, qz_query_obligations(&a, m, &req))) != 0)
        return rc;
    if (c->g.json)
        json_list(m, a, req.post, req.unit);
    else
        text_list(a);
    qz_answer_free(a);
    return QZC_EXIT_OK;
}
