/* The questions that had no command: periodic (is an obligation met in a
 * period), substitute (may a deputy attend a meeting for a principal) and
 * normative (do a normative document's facts pass the rule set's checks).
 * Like the other query commands, each parses its command line completely,
 * loads the model, asks, and writes the answer as text or JSON; exit 1 when
 * the answer is "no" (not met, not allowed, not compliant). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ periodic */

/* The --dates list as dates: New (free()), or an exit status after the reason. */
static int parse_dates(const qzc_ctx *c, const qzc_list *l, qz_date **out)
{
    *out = NULL;
    if (!l->n)
        return 0;
    qz_date *d = calloc(l->n, sizeof(*d));
    if (!d) {
        fputs("quanze: out of memory\n", stderr);
        return QZC_EXIT_DATA;
    }
    for (size_t i = 0; i < l->n; i++) {
        int rc = qzc_date_arg(c, l->items[i], "--dates", &d[i]);
        if (rc) {
            free(d);
            return rc;
        }
    }
    *out = d;
    return 0;
}

static void periodic_json(const qz_model *m, const qz_answer *a, const qz_periodic_request *req,
                          const qzc_list *dates)
{
    qzj w;
    qzc_json_answer_begin(&w);
    qzj_key(&w, "periodic");
    qzj_string(&w, req->id);
    qzj_key(&w, "label");
    qzj_string(&w, qz_answer_subject_label(a));
    qzj_key(&w, "period");
    qzj_date(&w, req->period);
    qzj_key(&w, "dates");
    qzc_json_strings(&w, dates);
    qzj_key(&w, "compliant");
    qzj_bool(&w, qzc_value_yes(a, QZ_VALUE_COMPLIANT));
    qzj_key(&w, "responsible");
    qzc_json_people_and_units(&w, m, a, QZ_CAP_RESPONSIBLE);
    qzj_key(&w, "report_to");
    qzc_json_people_and_units(&w, m, a, QZ_CAP_REPORT_TO);
    qzc_json_answer_end(&w, a);
}

static void periodic_text(const qz_model *m, const qz_answer *a, const qz_periodic_request *req)
{
    qzc_headline(a, req->id, req->period);
    if (qz_answer_has(a, QZ_VALUE_PERIOD_START) && qz_answer_has(a, QZ_VALUE_PERIOD_END))
        qzc_field(stdout, 0, "期间", "%s 至 %s",
                  qzc_date_str((qz_date)qz_answer_value(a, QZ_VALUE_PERIOD_START)),
                  qzc_date_str((qz_date)qz_answer_value(a, QZ_VALUE_PERIOD_END)));
    if (qz_answer_has(a, QZ_VALUE_MAX))
        qzc_field(stdout, 0, "次数", "%lld次（规定%lld至%lld次）",
                  (long long)qz_answer_value(a, QZ_VALUE_COUNT), (long long)qz_answer_value(a, QZ_VALUE_MIN),
                  (long long)qz_answer_value(a, QZ_VALUE_MAX));
    else
        qzc_field(stdout, 0, "次数", "%lld次（规定至少%lld次）",
                  (long long)qz_answer_value(a, QZ_VALUE_COUNT), (long long)qz_answer_value(a, QZ_VALUE_MIN));
    qzc_field(stdout, 0, "结论", "%s", qzc_value_yes(a, QZ_VALUE_COMPLIANT) ? "符合规定" : "不符合规定");
    qzc_text_capacity(m, a, QZ_CAP_RESPONSIBLE, 0);
    qzc_text_capacity(m, a, QZ_CAP_REPORT_TO, 0);
    qzc_text_tail(a);
}

int qzc_cmd_periodic(qzc_ctx *c, int argc, char **argv)
{
    qz_periodic_request req = QZ_PERIODIC_REQUEST_INIT;
    qzc_list dates = {NULL, 0, 0};
    qz_date *days = NULL;
    const char *period = NULL, *pos[1];
    const qzc_opt spec[] = {
        {"--period", QZC_OPT_VALUE, &period}, {"--dates", QZC_OPT_LIST, &dates}, {NULL, QZC_OPT_FLAG, NULL}};
    const qz_model *m;
    qz_answer *a = NULL;
    int n, rc;

    rc = qzc_parse(c, argc, argv, spec, pos, 1, 1, &n);
    if (!rc)
        rc = qzc_date_or_today(c, period, "--period", &req.period);
    if (!rc)
        rc = parse_dates(c, &dates, &days);
    if (!rc)
        rc = qzc_load_model(c, &m);
    if (!rc) {
        req.id = pos[0];
        req.dates = days;
        req.ndates = dates.n;
        rc = qzc_query_failed(c, qz_query_periodic(&a, m, &req));
    }
    if (!rc) {
        if (c->g.json)
            periodic_json(m, a, &req, &dates);
        else
            periodic_text(m, a, &req);
        rc = qzc_value_yes(a, QZ_VALUE_COMPLIANT) ? QZC_EXIT_OK : QZC_EXIT_FAILED;
    }
    qz_answer_free(a);
    free(days);
    qzc_list_free(&dates);
    return rc;
}

/* ---------------------------------------------------------- substitute */

int qzc_cmd_substitute(qzc_ctx *c, int argc, char **argv)
{
    qz_substitute_request req = QZ_SUBSTITUTE_REQUEST_INIT;
    const char *date = NULL, *requested = NULL, *pos[1];
    const qzc_opt spec[] = {{"--principal", QZC_OPT_VALUE, &req.principal},
                            {"--substitute", QZC_OPT_VALUE, &req.substitute},
                            {"--requested", QZC_OPT_VALUE, &requested},
                            {"--approved", QZC_OPT_FLAG, &req.presider_approved},
                            {"--date", QZC_OPT_VALUE, &date},
                            {NULL, QZC_OPT_FLAG, NULL}};
    const qz_model *m;
    qz_answer *a = NULL;
    int n, rc;

    rc = qzc_parse(c, argc, argv, spec, pos, 1, 1, &n);
    if (!rc && !req.principal)
        rc = qzc_usage(c, "--principal POST is required");
    if (!rc)
        rc = qzc_date_or_today(c, date, "--date", &req.date);
    if (!rc && requested) {
        req.written_request = 1;
        rc = qzc_date_arg(c, requested, "--requested", &req.request_date);
    }
    if (!rc)
        rc = qzc_load_model(c, &m);
    if (!rc) {
        req.type = pos[0];
        rc = qzc_query_failed(c, qz_query_substitute(&a, m, &req));
    }
    if (rc)
        return rc;
    int allowed = qzc_value_yes(a, QZ_VALUE_ALLOWED);
    if (c->g.json) {
        qzj w;
        qzc_json_answer_begin(&w);
        qzj_key(&w, "meeting");
        qzj_string(&w, req.type);
        qzj_key(&w, "date");
        qzj_date(&w, req.date);
        qzj_key(&w, "principal");
        qzj_string(&w, req.principal);
        qzj_key(&w, "substitute");
        qzj_string(&w, req.substitute);
        qzj_key(&w, "written_request");
        if (req.written_request)
            qzj_date(&w, req.request_date);
        else
            qzj_null(&w);
        qzj_key(&w, "presider_approved");
        qzj_bool(&w, req.presider_approved);
        qzj_key(&w, "rule");
        qzj_string(&w, qz_answer_subject(a));
        qzj_key(&w, "allowed");
        qzj_bool(&w, allowed);
        qzj_key(&w, "substitutes");
        qzc_json_people(&w, m, a, QZ_CAP_SUBSTITUTE);
        qzj_key(&w, "approvers");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_APPROVER);
        qzc_json_answer_end(&w, a);
    } else {
        qzc_headline(a, req.type, req.date);
        qzc_field(stdout, 0, "结论", "%s", allowed ? "可以代为参会" : "不能代为参会");
        qzc_text_capacity(m, a, QZ_CAP_SUBSTITUTE, 0);
        qzc_text_capacity(m, a, QZ_CAP_APPROVER, 0);
        qzc_text_tail(a);
    }
    qz_answer_free(a);
    return allowed ? QZC_EXIT_OK : QZC_EXIT_FAILED;
}

/* ----------------------------------------------------------- normative */

int qzc_cmd_normative(qzc_ctx *c, int argc, char **argv)
{
    qz_normative_request req = QZ_NORMATIVE_REQUEST_INIT;
    qzc_list facts = {NULL, 0, 0};
    const char *date = NULL, *validity = NULL;
    const qzc_opt spec[] = {{"--fact", QZC_OPT_LIST, &facts},
                            {"--validity", QZC_OPT_VALUE, &validity},
                            {"--approved-by", QZC_OPT_VALUE, &req.approved_by},
                            {"--date", QZC_OPT_VALUE, &date},
                            {NULL, QZC_OPT_FLAG, NULL}};
    const qz_model *m;
    qz_answer *a = NULL;
    int n, rc;

    rc = qzc_parse(c, argc, argv, spec, NULL, 0, 0, &n);
    if (!rc && validity && (rc = qzc_int_arg(c, validity, "--validity", &req.validity_years)) == 0 &&
        req.validity_years < 0)
        rc = qzc_usage(c, "--validity YEARS must not be negative");
    if (!rc)
        rc = qzc_date_or_today(c, date, "--date", &req.date);
    if (!rc)
        rc = qzc_load_model(c, &m);
    if (!rc) {
        req.flags = facts.items;
        req.nflags = facts.n;
        rc = qzc_query_failed(c, qz_query_normative(&a, m, &req));
    }
    if (rc) {
        qzc_list_free(&facts);
        return rc;
    }
    int compliant = qzc_value_yes(a, QZ_VALUE_COMPLIANT);
    if (c->g.json) {
        qzj w;
        qzc_json_answer_begin(&w);
        qzj_key(&w, "facts");
        qzc_json_strings(&w, &facts);
        qzj_key(&w, "validity_years");
        qzj_int(&w, req.validity_years);
        qzj_key(&w, "approved_by");
        qzj_string(&w, req.approved_by);
        qzj_key(&w, "date");
        qzj_date(&w, req.date);
        qzj_key(&w, "compliant");
        qzj_bool(&w, compliant);
        qzj_key(&w, "violations");
        qzj_int(&w, (long long)qz_answer_value(a, QZ_VALUE_VIOLATIONS));
        qzj_key(&w, "reviewers");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_REVIEWER);
        qzj_key(&w, "approvers");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_APPROVER);
        qzj_key(&w, "filed_with");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_FILED_WITH);
        qzc_json_answer_end(&w, a);
    } else {
        printf("规范性文件  %s %s\n", qzc_date_str(req.date), qzc_weekday_cn(req.date));
        qzc_field(stdout, 0, "结论", "%s", compliant ? "符合规定" : "不符合规定");
        if (!compliant)
            qzc_field(stdout, 0, "不符合", "%lld处", (long long)qz_answer_value(a, QZ_VALUE_VIOLATIONS));
        qzc_text_capacity(m, a, QZ_CAP_REVIEWER, 0);
        qzc_text_capacity(m, a, QZ_CAP_APPROVER, 0);
        qzc_text_capacity(m, a, QZ_CAP_FILED_WITH, 0);
        qzc_text_tail(a);
    }
    qz_answer_free(a);
    qzc_list_free(&facts);
    return compliant ? QZC_EXIT_OK : QZC_EXIT_FAILED;
}
