/* quanze route: the route of a draft (from a draft file, XML or JSON, or from
 * options), step by step with people, due dates and citations, and its
 * findings. Exit status 1 when there are findings. */
#include "cli.h"

#include <string.h>

typedef struct route_args {
    qz_route_request req;
    qzc_list portfolios, facts, codes;
    const char *date, *meeting_date, *validity;
} route_args;

static int from_options(qzc_ctx *c, route_args *o)
{
    int rc = 0;
    if (!o->req.kind)
        return qzc_usage(c, "a draft file or --kind KIND is required");
    if (!o->meeting_date != !o->req.meeting)
        return qzc_usage(c, "--meeting TYPE and --meeting-date D go together");
    if (o->meeting_date && (rc = qzc_date_arg(c, o->meeting_date, "--meeting-date", &o->req.meeting_date)))
        return rc;
    if (o->validity && (rc = qzc_int_arg(c, o->validity, "--validity-years", &o->req.validity_years)))
        return rc;
    if ((rc = qzc_date_or_today(c, o->date, "--date", &o->req.date)))
        return rc;
    o->req.portfolios = o->portfolios.items;
    o->req.nportfolios = o->portfolios.n;
    o->req.normative_facts = o->facts.items;
    o->req.nnormative_facts = o->facts.n;
    o->req.agency_codes = o->codes.items;
    o->req.nagency_codes = o->codes.n;
    return 0;
}

static void json_route(const qz_model *m, const qz_route *rt, const qz_route_request *req)
{
    qzj w;
    qzj_init(&w, stdout);
    qzj_begin_object(&w);
    qzj_key(&w, "kind");
    qzj_string(&w, req->kind);
    qzj_key(&w, "date");
    qzj_date(&w, req->date);
    qzj_key(&w, "urgent");
    qzj_bool(&w, req->urgent);
    qzj_key(&w, "steps");
    qzj_begin_array(&w);
    for (size_t i = 0; i < qz_route_step_count(rt); i++) {
        const qz_answer *a = qz_route_step_answer(rt, i);
        qz_route_step_kind k = (qz_route_step_kind)qz_route_step_kind_at(rt, i);
        qzj_begin_object(&w);
        qzj_key(&w, "step");
        qzj_string(&w, qz_route_step_name(k));
        qzj_key(&w, "label");
        qzj_string(&w, qz_route_step_label(k));
        qzj_key(&w, "unit");
        qzj_string(&w, qz_route_step_unit(rt, i));
        if (a) {
            qzj_key(&w, "rule");
            qzj_string(&w, qz_answer_subject(a));
            qzj_key(&w, "people");
            qzj_begin_array(&w);
            for (size_t p = 0; p < qz_answer_person_count(a); p++) {
                qzj_begin_object(&w);
                qzj_key(&w, "capacity");
                qzj_string(&w, qz_capacity_name(qz_answer_person_capacity(a, p)));
                qzj_key(&w, "who");
                qzc_json_person(&w, m, a, p);
                qzj_end_object(&w);
            }
            qzj_end_array(&w);
            qzc_json_common(&w, a);
        }
        qzj_end_object(&w);
    }
    qzj_end_array(&w);
    qzj_key(&w, "route_findings");
    qzj_begin_array(&w);
    for (size_t i = 0; i < qz_route_finding_count(rt); i++) {
        qzj_begin_object(&w);
        qzj_key(&w, "id");
        qzj_string(&w, qz_route_finding_id(rt, i));
        qzj_key(&w, "text");
        qzj_string(&w, qz_route_finding_text(rt, i));
        qzj_key(&w, "source");
        qzj_string(&w, qz_route_finding_source(rt, i));
        qzj_end_object(&w);
    }
    qzj_end_array(&w);
    qzj_end_object(&w);
    qzj_finish(&w);
}

static void text_route(const qz_model *m, const qz_route *rt)
{
    static const qz_capacity caps[] = {QZ_CAP_REVIEWER,  QZ_CAP_APPROVER,       QZ_CAP_COUNTERSIGNER,
                                       QZ_CAP_SIGNER,    QZ_CAP_MINUTES_SIGNER, QZ_CAP_MINUTES_SIGNER_MAJOR,
                                       QZ_CAP_ESCALATION};
    for (size_t i = 0; i < qz_route_step_count(rt); i++) {
        const qz_answer *a = qz_route_step_answer(rt, i);
        qz_route_step_kind k = (qz_route_step_kind)qz_route_step_kind_at(rt, i);
        printf("%zu. %s%s%s\n", i + 1, qz_route_step_label(k), qz_route_step_unit(rt, i) ? "  " : "",
               qz_route_step_unit(rt, i) ? qz_route_step_unit(rt, i) : "");
        if (!a)
            continue;
        for (size_t c = 0; c < sizeof(caps) / sizeof(caps[0]); c++)
            qzc_text_capacity(m, a, caps[c], 0);
        if (qz_answer_has(a, QZ_VALUE_DUE))
            qzc_field(stdout, 0, "期限", "%s %s", qzc_date_str((qz_date)qz_answer_value(a, QZ_VALUE_DUE)),
                      qzc_weekday_cn((qz_date)qz_answer_value(a, QZ_VALUE_DUE)));
        qzc_text_tail(a);
    }
    for (size_t i = 0; i < qz_route_finding_count(rt); i++)
        qzc_field(stdout, 0, i ? "" : "发现", "%s%s%s%s", qz_route_finding_text(rt, i),
                  qz_route_finding_source(rt, i) ? "(" : "",
                  qz_route_finding_source(rt, i) ? qz_route_finding_source(rt, i) : "",
                  qz_route_finding_source(rt, i) ? ")" : "");
}

int qzc_cmd_route(qzc_ctx *c, int argc, char **argv)
{
    route_args o = {QZ_ROUTE_REQUEST_INIT, {NULL, 0, 0}, {NULL, 0, 0}, {NULL, 0, 0}, NULL, NULL, NULL};
    const char *pos[1];
    const qzc_opt spec[] = {{"--kind", QZC_OPT_VALUE, &o.req.kind},
                            {"--issuer", QZC_OPT_VALUE, &o.req.issuer},
                            {"--to", QZC_OPT_VALUE, &o.req.recipient},
                            {"--portfolio", QZC_OPT_LIST, &o.portfolios},
                            {"--normative", QZC_OPT_FLAG, &o.req.normative},
                            {"--major-policy", QZC_OPT_FLAG, &o.req.major_policy},
                            {"--broad-scope", QZC_OPT_FLAG, &o.req.broad_scope},
                            {"--routine", QZC_OPT_FLAG, &o.req.routine},
                            {"--urgent", QZC_OPT_FLAG, &o.req.urgent},
                            {"--meeting", QZC_OPT_VALUE, &o.req.meeting},
                            {"--meeting-date", QZC_OPT_VALUE, &o.meeting_date},
                            {"--docnum", QZC_OPT_VALUE, &o.req.docnum},
                            {"--agency-code", QZC_OPT_LIST, &o.codes},
                            {"--fact", QZC_OPT_LIST, &o.facts},
                            {"--validity-years", QZC_OPT_VALUE, &o.validity},
                            {"--date", QZC_OPT_VALUE, &o.date},
                            {NULL, QZC_OPT_FLAG, NULL}};
    const qz_model *m = NULL;
    qz_draft *draft = NULL;
    qz_route *rt = NULL;
    const qz_route_request *req = &o.req;
    int n = 0, rc = qzc_parse(c, argc, argv, spec, pos, 0, 1, &n);
    if (!rc && n == 1 && o.req.kind)
        rc = qzc_usage(c, "give a draft file or --kind, not both");
    if (!rc && n == 1) {
        if (qz_draft_load_file(&draft, pos[0]) != QZ_OK)
            rc = qzc_fail(c, qz_error_code(qz_error_last()));
        else
            req = qz_draft_request(draft);
    } else if (!rc) {
        rc = from_options(c, &o);
    }
    if (!rc)
        rc = qzc_load_model(c, &m);
    if (!rc && (rc = qz_query_route(&rt, m, req)) != QZ_OK)
        rc = qzc_fail(c, rc);
    if (!rc) {
        if (c->g.json)
            json_route(m, rt, req);
        else
            text_route(m, rt);
        rc = qz_route_finding_count(rt) ? QZC_EXIT_FAILED : QZC_EXIT_OK;
    }
    qz_route_free(rt);
    qz_draft_free(draft);
    qzc_list_free(&o.portfolios);
    qzc_list_free(&o.facts);
    qzc_list_free(&o.codes);
    return rc;
}
