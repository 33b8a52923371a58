/* The questions about people and time: meeting, sign, acting, deadline,
 * leave, quorum. Each parses its command line completely, then loads the
 * model, asks, and writes the answer as text or JSON. */
#include "cli.h"

#include <string.h>

static void json_opt_value(qzj *w, const char *key, const qz_answer *a, qz_value v)
{
    qzj_key(w, key);
    if (qz_answer_has(a, v))
        qzc_json_value(w, a, v);
    else
        qzj_null(w);
}

/* "5个工作日", "3日", "5年" */
static const char *amount_text(char *buf, size_t size, long long n, int unit)
{
    snprintf(buf, size, "%lld%s", n, qz_time_unit_label((qz_time_unit)unit));
    return buf;
}

/* "副县长 蔡晓明 [deputy-3]": the post, its holder on @p d and its id. */
static void post_headline(const qz_model *m, const char *post, qz_date d)
{
    const qz_org *org = qz_model_org(m);
    const char *pn = qz_org_post_name(org, post);
    const char *holder = qz_org_holder(org, post, d);
    const char *hn = holder ? qz_org_person_name(org, holder) : NULL;
    printf("%s%s%s [%s]", pn ? pn : post, hn ? " " : "", hn ? hn : "", post);
}

static void date_field(const char *label, qz_date d, const char *note)
{
    qzc_field(stdout, 0, label, "%s %s%s", qzc_date_str(d), qzc_weekday_cn(d), note ? note : "");
}

/* ------------------------------------------------------------- meeting */

int qzc_cmd_meeting(qzc_ctx *c, int argc, char **argv)
{
    qz_meeting_request req = QZ_MEETING_REQUEST_INIT;
    const char *date = NULL, *portfolio = NULL, *minutes = NULL, *held = NULL, *pos[1];
    qzc_list invite = {NULL, 0, 0};
    const qzc_opt spec[] = {{"--date", QZC_OPT_VALUE, &date},
                            {"--major", QZC_OPT_FLAG, &req.major},
                            {"--portfolio", QZC_OPT_VALUE, &portfolio},
                            {"--invite", QZC_OPT_LIST, &invite},
                            {"--minutes", QZC_OPT_VALUE, &minutes},
                            {"--held", QZC_OPT_VALUE, &held},
                            {NULL, QZC_OPT_FLAG, NULL}};
    const qz_model *m;
    qz_answer *a = NULL;
    int n, rc;

    if ((rc = qzc_parse(c, argc, argv, spec, pos, 1, 1, &n)) != 0 ||
        (minutes && (rc = qzc_int_arg(c, minutes, "--minutes", &req.minutes)) != 0) ||
        (held && (rc = qzc_int_arg(c, held, "--held", &req.held)) != 0) ||
        (rc = qzc_date_or_today(c, date, "--date", &req.date)) != 0 || (rc = qzc_load_model(c, &m)) != 0) {
        qzc_list_free(&invite);
        return rc;
    }
    req.type = pos[0];
    req.portfolio = portfolio;
    req.invitees = invite.items;
    req.ninvitees = invite.n;
    rc = qzc_query_failed(c, qz_query_meeting(&a, m, &req));
    qzc_list_free(&invite);
    if (rc != 0)
        return rc;
    if (c->g.json) {
        qzj w;
        qzc_json_answer_begin(&w);
        qzj_key(&w, "meeting");
        qzj_string(&w, req.type);
        qzj_key(&w, "label");
        qzj_string(&w, qz_answer_subject_label(a));
        qzj_key(&w, "date");
        qzj_date(&w, req.date);
        qzj_key(&w, "major");
        qzj_bool(&w, req.major);
        qzj_key(&w, "convener");
        qzc_json_people(&w, m, a, QZ_CAP_CONVENER);
        qzj_key(&w, "presider");
        qzc_json_people(&w, m, a, QZ_CAP_PRESIDER);
        qzj_key(&w, "members");
        qzc_json_people(&w, m, a, QZ_CAP_MEMBER);
        qzj_key(&w, "attendees");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_ATTENDEE);
        qzj_key(&w, "invitees");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_INVITEE);
        qzj_key(&w, "quorum");
        if (qz_answer_has(a, QZ_VALUE_MEMBERS)) {
            qzj_begin_object(&w);
            json_opt_value(&w, "required", a, QZ_VALUE_REQUIRED);
            json_opt_value(&w, "members", a, QZ_VALUE_MEMBERS);
            qzj_end_object(&w);
        } else {
            qzj_null(&w);
        }
        qzj_key(&w, "minutes_signer");
        qzc_json_people(&w, m, a, req.major ? QZ_CAP_MINUTES_SIGNER_MAJOR : QZ_CAP_MINUTES_SIGNER);
        qzj_key(&w, "minutes_signer_ordinary");
        qzc_json_people(&w, m, a, QZ_CAP_MINUTES_SIGNER);
        qzj_key(&w, "minutes_signer_major");
        qzc_json_people(&w, m, a, QZ_CAP_MINUTES_SIGNER_MAJOR);
        qzj_key(&w, "minutes_optional");
        qzj_bool(&w, qzc_value_yes(a, QZ_VALUE_MINUTES_OPTIONAL));
        qzj_key(&w, "reviewers");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_REVIEWER);
        qzj_key(&w, "escalation");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_ESCALATION);
        qzj_key(&w, "approvers");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_APPROVER);
        json_opt_value(&w, "issue_due", a, QZ_VALUE_DUE);
        qzj_key(&w, "approvers");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_APPROVER);
        json_opt_value(&w, "compliant", a, QZ_VALUE_COMPLIANT);
        qzc_json_answer_end(&w, a);
    } else {
        qzc_headline(a, req.type, req.date);
        qzc_text_capacity(m, a, QZ_CAP_CONVENER, 1);
        qzc_text_capacity(m, a, QZ_CAP_PRESIDER, 1);
        qzc_text_capacity_wrapped(m, a, QZ_CAP_MEMBER);
        qzc_text_capacity_wrapped(m, a, QZ_CAP_ATTENDEE);
        qzc_text_capacity(m, a, QZ_CAP_INVITEE, 0);
        if (qz_answer_has(a, QZ_VALUE_MEMBERS))
            qzc_field(stdout, 0, "法定人数", "%lld人以上到会（共%lld人）",
                      (long long)qz_answer_value(a, QZ_VALUE_REQUIRED),
                      (long long)qz_answer_value(a, QZ_VALUE_MEMBERS));
        qzc_text_capacity(m, a, req.major ? QZ_CAP_MINUTES_SIGNER_MAJOR : QZ_CAP_MINUTES_SIGNER, 0);
        qzc_text_capacity(m, a, QZ_CAP_REVIEWER, 0);
        qzc_text_capacity(m, a, QZ_CAP_ESCALATION, 0);
        qzc_text_capacity(m, a, QZ_CAP_APPROVER, 0);
        if (qzc_value_yes(a, QZ_VALUE_MINUTES_OPTIONAL))
            qzc_field(stdout, 0, "纪要", "%s", qz_value_label(QZ_VALUE_MINUTES_OPTIONAL));
        if (qz_answer_has(a, QZ_VALUE_DUE))
            date_field("纪要印发", (qz_date)qz_answer_value(a, QZ_VALUE_DUE), " 前");
        qzc_text_tail(a);
    }
    qz_answer_free(a);
    return QZC_EXIT_OK;
}

/* ---------------------------------------------------------------- sign */

int qzc_cmd_sign(qzc_ctx *c, int argc, char **argv)
{
    qz_sign_request req = QZ_SIGN_REQUEST_INIT;
    qzc_list portfolios = {NULL, 0, 0};
    qzc_list flags = {NULL, 0, 0};
    const char *date = NULL;
    const qzc_opt spec[] = {{"--kind", QZC_OPT_VALUE, &req.kind},
                            {"--issuer", QZC_OPT_VALUE, &req.issuer},
                            {"--to", QZC_OPT_VALUE, &req.recipient},
                            {"--major-policy", QZC_OPT_FLAG, &req.major_policy},
                            {"--broad-scope", QZC_OPT_FLAG, &req.broad_scope},
                            {"--decided-by-executive", QZC_OPT_FLAG, &req.decided_by_executive},
                            {"--routine", QZC_OPT_FLAG, &req.routine},
                            {"--portfolio", QZC_OPT_LIST, &portfolios},
                            {"--flag", QZC_OPT_LIST, &flags},
                            {"--date", QZC_OPT_VALUE, &date},
                            {NULL, QZC_OPT_FLAG, NULL}};
    const qz_model *m;
    qz_answer *a = NULL;
    int n, rc;

    rc = qzc_parse(c, argc, argv, spec, NULL, 0, 0, &n);
    if (!rc && !req.kind)
        rc = qzc_usage(c, "--kind KIND is required");
    if (!rc)
        rc = qzc_date_or_today(c, date, "--date", &req.date);
    if (!rc)
        rc = qzc_load_model(c, &m);
    if (!rc) {
        req.portfolios = portfolios.items;
        req.nportfolios = portfolios.n;
        req.flags = flags.items;
        req.nflags = flags.n;
        rc = qzc_query_failed(c, qz_query_sign(&a, m, &req));
    }
    if (rc) {
        qzc_list_free(&portfolios);
        qzc_list_free(&flags);
        return rc;
    }
    if (c->g.json) {
        qzj w;
        qzc_json_answer_begin(&w);
        qzj_key(&w, "kind");
        qzj_string(&w, req.kind);
        qzj_key(&w, "issuer");
        /* the rule set's own default issuer: no government's id is written here */
        qzj_string(&w, req.issuer ? req.issuer : qz_rules_default_issuer(qz_model_rules_at(m, req.date)));
        qzj_key(&w, "recipient");
        qzj_string(&w, req.recipient);
        qzj_key(&w, "date");
        qzj_date(&w, req.date);
        qzj_key(&w, "flags");
        qzj_begin_array(&w);
        for (size_t i = 0; i < flags.n; i++)
            qzj_string(&w, flags.items[i]);
        qzj_end_array(&w);
        qzj_key(&w, "signers");
        qzc_json_people(&w, m, a, QZ_CAP_SIGNER);
        qzj_key(&w, "countersigners");
        qzc_json_people(&w, m, a, QZ_CAP_COUNTERSIGNER);
        qzj_key(&w, "reviewers");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_REVIEWER);
        qzj_key(&w, "escalation");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_ESCALATION);
        qzc_json_answer_end(&w, a);
    } else {
        qzc_text_capacity(m, a, QZ_CAP_SIGNER, 1);
        qzc_text_capacity(m, a, QZ_CAP_COUNTERSIGNER, 0);
        qzc_text_capacity(m, a, QZ_CAP_REVIEWER, 0);
        qzc_text_capacity(m, a, QZ_CAP_ESCALATION, 0);
        qzc_text_tail(a);
    }
    qz_answer_free(a);
    qzc_list_free(&portfolios);
    qzc_list_free(&flags);
    return QZC_EXIT_OK;
}

/* -------------------------------------------------------------- acting */

static int first_person(const qz_answer *a, qz_capacity cap, size_t *out)
{
    size_t i, n = qz_answer_person_count(a);
    for (i = 0; i < n; i++)
        if (qz_answer_person_capacity(a, i) == cap) {
            *out = i;
            return 1;
        }
    return 0;
}

int qzc_cmd_acting(qzc_ctx *c, int argc, char **argv)
{
    qz_acting_request req = QZ_ACTING_REQUEST_INIT;
    const char *date = NULL, *pos[1];
    const qzc_opt spec[] = {{"--date", QZC_OPT_VALUE, &date},
                            {"--matter", QZC_OPT_VALUE, &req.matter},
                            {"--kind", QZC_OPT_VALUE, &req.matter_kind},
                            {"--instructed", QZC_OPT_FLAG, &req.instructed},
                            {NULL, QZC_OPT_FLAG, NULL}};
    const qz_model *m;
    qz_answer *a = NULL;
    size_t who = 0;
    int n, rc, found;

    if ((rc = qzc_parse(c, argc, argv, spec, pos, 1, 1, &n)) != 0 ||
        (rc = qzc_date_or_today(c, date, "--date", &req.date)) != 0 || (rc = qzc_load_model(c, &m)) != 0)
        return rc;
    req.post = pos[0];
    if ((rc = qzc_query_failed(c, qz_query_acting(&a, m, &req))) != 0)
        return rc;
    found = qz_answer_found(a) && first_person(a, QZ_CAP_ACTING, &who);
    if (c->g.json) {
        qzj w;
        qzc_json_answer_begin(&w);
        qzj_key(&w, "post");
        qzj_string(&w, req.post);
        qzj_key(&w, "date");
        qzj_date(&w, req.date);
        qzj_key(&w, "acting");
        if (found)
            qzc_json_person(&w, m, a, who);
        else
            qzj_null(&w);
        qzj_key(&w, "absent");
        qzc_json_people(&w, m, a, QZ_CAP_ABSENT);
        qzc_json_answer_end(&w, a);
    } else {
        post_headline(m, req.post, req.date);
        printf("  %s %s\n", qzc_date_str(req.date), qzc_weekday_cn(req.date));
        if (!found)
            qzc_field(stdout, 0, qzc_cap_label(QZ_CAP_ACTING), "无人可代行");
        else
            qzc_text_capacity(m, a, QZ_CAP_ACTING, 1);
        qzc_text_capacity(m, a, QZ_CAP_ABSENT, 0);
        qzc_text_tail(a);
    }
    qz_answer_free(a);
    return QZC_EXIT_OK;
}

/* ------------------------------------------------------------ deadline */

int qzc_cmd_deadline(qzc_ctx *c, int argc, char **argv)
{
    qz_deadline_request req = QZ_DEADLINE_REQUEST_INIT;
    const char *from = NULL, *limit = NULL, *asof = NULL, *pos[1];
    const qzc_opt spec[] = {{"--from", QZC_OPT_VALUE, &from},
                            {"--limit", QZC_OPT_VALUE, &limit},
                            {"--asof", QZC_OPT_VALUE, &asof},
                            {NULL, QZC_OPT_FLAG, NULL}};
    const qz_model *m;
    qz_answer *a = NULL;
    int n, rc;

    rc = qzc_parse(c, argc, argv, spec, pos, 1, 1, &n);
    if (!rc && !from)
        rc = qzc_usage(c, "--from DATE is required");
    if (!rc)
        rc = qzc_date_arg(c, from, "--from", &req.from);
    if (!rc && limit) {
        rc = qzc_int_arg(c, limit, "--limit", &req.limit);
        if (!rc && req.limit <= 0)
            rc = qzc_usage(c, "--limit must be a positive number");
    }
    if (!rc)
        rc = qzc_date_or_today(c, asof, "--asof", &req.asof);
    if (rc || (rc = qzc_load_model(c, &m)) != 0)
        return rc;
    req.has_asof = 1;
    req.name = pos[0];
    if ((rc = qzc_query_failed(c, qz_query_deadline(&a, m, &req))) != 0)
        return rc;
    if (c->g.json) {
        qzj w;
        qzc_json_answer_begin(&w);
        qzj_key(&w, "deadline");
        qzj_string(&w, req.name);
        qzj_key(&w, "label");
        qzj_string(&w, qz_answer_subject_label(a));
        qzj_key(&w, "from");
        qzj_date(&w, req.from);
        qzj_key(&w, "asof");
        qzj_date(&w, req.asof);
        json_opt_value(&w, "due", a, QZ_VALUE_DUE);
        json_opt_value(&w, "earliest", a, QZ_VALUE_EARLIEST);
        json_opt_value(&w, "limit", a, QZ_VALUE_LIMIT);
        json_opt_value(&w, "unit", a, QZ_VALUE_UNIT);
        json_opt_value(&w, "silence_no_objection", a, QZ_VALUE_SILENCE_NO_OBJECTION);
        qzc_json_answer_end(&w, a);
    } else {
        char buf[64];
        const char *label = qz_answer_subject_label(a);
        printf("%s  自 %s %s 起算\n", label ? label : req.name, qzc_date_str(req.from),
               qzc_weekday_cn(req.from));
        if (qz_answer_has(a, QZ_VALUE_DUE))
            date_field("截止", (qz_date)qz_answer_value(a, QZ_VALUE_DUE), NULL);
        else
            qzc_field(stdout, 0, "截止", "—");
        if (qz_answer_has(a, QZ_VALUE_EARLIEST))
            date_field("最早", (qz_date)qz_answer_value(a, QZ_VALUE_EARLIEST), NULL);
        if (qz_answer_has(a, QZ_VALUE_LIMIT))
            qzc_field(stdout, 0, "时限", "%s",
                      amount_text(buf, sizeof(buf), (long long)qz_answer_value(a, QZ_VALUE_LIMIT),
                                  (int)qz_answer_value(a, QZ_VALUE_UNIT)));
        if (qz_answer_has(a, QZ_VALUE_SILENCE_NO_OBJECTION))
            qzc_field(stdout, 0, "逾期未复", "%s",
                      qz_answer_value(a, QZ_VALUE_SILENCE_NO_OBJECTION) ? "已逾期，未回复视为无不同意见"
                                                                        : "未逾期");
        qzc_text_tail(a);
    }
    qz_answer_free(a);
    return QZC_EXIT_OK;
}

/* --------------------------------------------------------------- leave */

int qzc_cmd_leave(qzc_ctx *c, int argc, char **argv)
{
    qz_leave_request req = QZ_LEAVE_REQUEST_INIT;
    const char *depart = NULL, *notified = NULL, *days = NULL, *pos[1];
    const qzc_opt spec[] = {{"--depart", QZC_OPT_VALUE, &depart},
                            {"--notified", QZC_OPT_VALUE, &notified},
                            {"--days", QZC_OPT_VALUE, &days},
                            {"--destination", QZC_OPT_VALUE, &req.destination},
                            {NULL, QZC_OPT_FLAG, NULL}};
    const qz_model *m;
    qz_answer *a = NULL;
    int n, rc, late;

    rc = qzc_parse(c, argc, argv, spec, pos, 1, 1, &n);
    if (!rc && (!depart || !notified))
        rc = qzc_usage(c, "--depart DATE and --notified DATE are required");
    if (!rc)
        rc = qzc_date_arg(c, depart, "--depart", &req.depart);
    if (!rc)
        rc = qzc_date_arg(c, notified, "--notified", &req.notified);
    if (!rc && days) {
        rc = qzc_int_arg(c, days, "--days", &req.days);
        if (!rc && req.days <= 0)
            rc = qzc_usage(c, "--days must be a positive number");
    }
    if (rc || (rc = qzc_load_model(c, &m)) != 0)
        return rc;
    req.post = pos[0];
    if ((rc = qzc_query_failed(c, qz_query_leave(&a, m, &req))) != 0)
        return rc;
    late = qz_answer_value(a, QZ_VALUE_LATE) != 0;
    if (c->g.json) {
        qzj w;
        qzc_json_answer_begin(&w);
        qzj_key(&w, "post");
        qzj_string(&w, req.post);
        qzj_key(&w, "depart");
        qzj_date(&w, req.depart);
        qzj_key(&w, "notified");
        qzj_date(&w, req.notified);
        qzj_key(&w, "late");
        qzj_bool(&w, late);
        json_opt_value(&w, "required_notice_days", a, QZ_VALUE_NOTICE_DAYS);
        json_opt_value(&w, "notice_given", a, QZ_VALUE_NOTICE_GIVEN);
        json_opt_value(&w, "unit", a, QZ_VALUE_UNIT);
        qzj_key(&w, "report_to");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_REPORT_TO);
        qzj_key(&w, "filed_with");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_FILED_WITH);
        qzj_key(&w, "filed_by");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_FILED_BY);
        qzj_key(&w, "approvers");
        qzc_json_people_and_units(&w, m, a, QZ_CAP_APPROVER);
        qzc_json_answer_end(&w, a);
    } else {
        char buf[64];
        post_headline(m, req.post, req.depart);
        printf("  %s %s，报告 %s\n", qz_rules_leave_word(qz_model_rules_at(m, req.depart)),
               qzc_date_str(req.depart), qzc_date_str(req.notified));
        qzc_field(stdout, 0, "结论", "%s", late ? "逾期报告" : "按时报告");
        if (qz_answer_has(a, QZ_VALUE_NOTICE_DAYS)) {
            long long d = (long long)qz_answer_value(a, QZ_VALUE_NOTICE_DAYS);
            int unit =
                qz_answer_has(a, QZ_VALUE_UNIT) ? (int)qz_answer_value(a, QZ_VALUE_UNIT) : QZ_UNIT_DAYS;
            qzc_field(stdout, 0, "应提前", "%s", d > 0 ? amount_text(buf, sizeof(buf), d, unit) : "事先报告");
        }
        qzc_text_capacity(m, a, QZ_CAP_APPROVER, 0);
        qzc_text_capacity(m, a, QZ_CAP_REPORT_TO, 0);
        qzc_text_capacity(m, a, QZ_CAP_FILED_BY, 0);
        qzc_text_capacity(m, a, QZ_CAP_FILED_WITH, 0);
        qzc_text_tail(a);
    }
    qz_answer_free(a);
    return late ? QZC_EXIT_FAILED : QZC_EXIT_OK;
}

/* -------------------------------------------------------------- quorum */

int qzc_cmd_quorum(qzc_ctx *c, int argc, char **argv)
{
    qz_quorum_request req = QZ_QUORUM_REQUEST_INIT;
    qzc_list present = {NULL, 0, 0};
    const char *date = NULL, *pos[1];
    const qzc_opt spec[] = {
        {"--present", QZC_OPT_LIST, &present}, {"--date", QZC_OPT_VALUE, &date}, {NULL, QZC_OPT_FLAG, NULL}};
    const qz_model *m;
    qz_answer *a = NULL;
    int n, rc, met, rule;

    rc = qzc_parse(c, argc, argv, spec, pos, 1, 1, &n);
    if (!rc && present.n == 0)
        rc = qzc_usage(c, "--present POST... is required");
    if (!rc)
        rc = qzc_date_or_today(c, date, "--date", &req.date);
    if (!rc)
        rc = qzc_load_model(c, &m);
    if (!rc) {
        req.type = pos[0];
        req.present = present.items;
        req.npresent = present.n;
        rc = qzc_query_failed(c, qz_query_quorum(&a, m, &req));
    }
    if (rc) {
        qzc_list_free(&present);
        return rc;
    }
    met = qz_answer_value(a, QZ_VALUE_MET) != 0;
    rule = qz_answer_has(a, QZ_VALUE_MEMBERS);
    if (c->g.json) {
        qzj w;
        qzc_json_answer_begin(&w);
        qzj_key(&w, "meeting");
        qzj_string(&w, req.type);
        qzj_key(&w, "date");
        qzj_date(&w, req.date);
        qzj_key(&w, "met");
        qzj_bool(&w, met);
        json_opt_value(&w, "present", a, QZ_VALUE_PRESENT);
        /* Without a quorum rule there are no members to count: "required"
         * is null rather than a misleading 0. */
        if (rule)
            json_opt_value(&w, "required", a, QZ_VALUE_REQUIRED);
        else {
            qzj_key(&w, "required");
            qzj_null(&w);
        }
        json_opt_value(&w, "members", a, QZ_VALUE_MEMBERS);
        qzj_key(&w, "counted");
        qzc_json_people(&w, m, a, QZ_CAP_PRESENT);
        qzc_json_answer_end(&w, a);
    } else {
        qzc_headline(a, req.type, req.date);
        qzc_field(stdout, 0, "结论", "%s", met ? "达到法定人数，可以召开" : "未达到法定人数");
        if (rule)
            qzc_field(stdout, 0, "到会", "%lld人（须%lld人以上，共%lld人）",
                      (long long)qz_answer_value(a, QZ_VALUE_PRESENT),
                      (long long)qz_answer_value(a, QZ_VALUE_REQUIRED),
                      (long long)qz_answer_value(a, QZ_VALUE_MEMBERS));
        else if (qz_answer_has(a, QZ_VALUE_PRESENT))
            qzc_field(stdout, 0, "到会", "%lld人（无法定人数要求）",
                      (long long)qz_answer_value(a, QZ_VALUE_PRESENT));
        qzc_text_tail(a);
    }
    qz_answer_free(a);
    qzc_list_free(&present);
    return met ? QZC_EXIT_OK : QZC_EXIT_FAILED;
}
