/* quanze check ACTION --actor ID ...: may this post or person do this?
 * Builds the request of the matching query from the same options as the
 * query commands, asks the library's check, and prints the decision. Exit 0
 * when allowed, 1 when denied. */
#include "cli.h"
#include "help.h"

#include <string.h>

const char qzc_help_check[] =
    "Usage: quanze check ACTION [ARG] --actor ID [OPTIONS]\n"
    "\n"
    "May the post or person ID take ACTION? Exit status 0 when allowed, 1 when\n"
    "denied (with why and who could), as text or, with --json, as JSON.\n"
    "\n"
    "  sign, countersign      the document of 'quanze sign': --kind KIND [--issuer ISSUER]\n"
    "                         [--to RECIPIENT] [--major-policy] [--broad-scope]\n"
    "                         [--decided-by-executive] [--routine] [--portfolio POST]...\n"
    "  convene, preside, sign-minutes TYPE\n"
    "                         the meeting of 'quanze meeting': [--major] [--portfolio POST]\n"
    "  approve-leave, receive-leave POST\n"
    "                         the leave of 'quanze leave': --depart D --notified D\n"
    "                         [--days N] [--destination ID]\n"
    "  act-for POST           exercise POST's authority: [--matter ID]\n"
    "  substitute TYPE        attend TYPE in place of --principal POST:\n"
    "                         [--written-request D] [--presider-approved]\n"
    "\n"
    "  --actor ID             a post id or a person id (required)\n"
    "  --date D               the day (default: today; the meeting day for meetings)\n"
    "\n" QZC_HELP_GLOBAL;

typedef struct check_opts {
    const char *actor, *date, *kind, *issuer, *to, *portfolio1, *depart, *notified, *days, *destination;
    const char *matter, *principal, *written;
    int major_policy, broad_scope, decided, routine, major, approved;
    qzc_list portfolios;
} check_opts;

static void print_text(const qz_model *m, const qz_decision *d, const char *actor)
{
    const qz_org *org = qz_model_org(m);
    const char *name = qz_org_person_name(org, actor);
    const char *pname = qz_org_post_name(org, actor);
    printf("%s  %s [%s] %s%s\n", qz_decision_allowed(d) ? "允许" : "不允许",
           name    ? name
           : pname ? pname
                   : actor,
           actor, qz_capacity_label(qz_decision_capacity(d)), "");
    if (qz_decision_allowed(d)) {
        /* the post acted for and the post by name, with the id in brackets as in the headline */
        const char *fp = qz_decision_for_post(d), *post = qz_decision_post(d);
        const char *fpn = fp ? qz_org_post_name(org, fp) : NULL,
                   *pn = post ? qz_org_post_name(org, post) : NULL;
        if (fp)
            qzc_field(stdout, 0, "身份", "%s %s [%s]", qz_via_label(qz_decision_via(d)), fpn ? fpn : fp, fp);
        else
            qzc_field(stdout, 0, "身份", "%s", qz_via_label(qz_decision_via(d)));
        if (pn)
            qzc_field(stdout, 0, "职位", "%s [%s]", pn, post);
        else
            qzc_field(stdout, 0, "职位", "%s", post ? post : "");
    } else {
        qzc_field(stdout, 0, "原因", "%s", qz_decision_reason(d));
        for (size_t i = 0; i < qz_decision_candidate_count(d); i++) {
            const char *p = qz_decision_candidate_person(d, i);
            const char *pn = p ? qz_org_person_name(org, p) : NULL;
            qzc_field(stdout, 0, i == 0 ? "可由" : "", "%s [%s]", pn ? pn : p,
                      qz_decision_candidate_post(d, i));
        }
    }
    int c = qz_decision_citation(d);
    if (c >= 0) {
        const qz_answer *a = qz_decision_answer(d);
        char label[QZ_CITATION_LABEL_BUFSIZE];
        if (qz_citation_label(label, sizeof(label), qz_answer_citation_article(a, (size_t)c),
                              qz_answer_citation_item(a, (size_t)c)) == QZ_OK)
            qzc_field(stdout, 0, "依据", "%s %s", label, qz_answer_citation_text(a, (size_t)c));
    }
}

static void print_json(const qz_decision *d, const char *action, const char *actor)
{
    qzj w;
    qzj_init(&w, stdout);
    qzj_begin_object(&w);
    qzj_key(&w, "action");
    qzj_string(&w, action);
    qzj_key(&w, "actor");
    qzj_string(&w, actor);
    qzj_key(&w, "allowed");
    qzj_bool(&w, qz_decision_allowed(d));
    qzj_key(&w, "capacity");
    qzj_string(&w, qz_capacity_name(qz_decision_capacity(d)));
    qzj_key(&w, "via");
    if (qz_decision_allowed(d))
        qzj_string(&w, qz_via_name(qz_decision_via(d)));
    else
        qzj_null(&w);
    qzj_key(&w, "post");
    qzj_string(&w, qz_decision_post(d));
    qzj_key(&w, "person");
    qzj_string(&w, qz_decision_person(d));
    qzj_key(&w, "for_post");
    qzj_string(&w, qz_decision_for_post(d));
    qzj_key(&w, "for_person");
    qzj_string(&w, qz_decision_for_person(d));
    qzj_key(&w, "reason");
    qzj_string(&w, qz_decision_reason(d));
    qzj_key(&w, "citation");
    int c = qz_decision_citation(d);
    if (c >= 0) {
        const qz_answer *a = qz_decision_answer(d);
        qzj_begin_object(&w);
        qzj_key(&w, "article");
        qzj_int(&w, qz_answer_citation_article(a, (size_t)c));
        qzj_key(&w, "item");
        qzj_int(&w, qz_answer_citation_item(a, (size_t)c));
        qzj_key(&w, "rule");
        qzj_string(&w, qz_answer_citation_rule(a, (size_t)c));
        qzj_key(&w, "text");
        qzj_string(&w, qz_answer_citation_text(a, (size_t)c));
        qzj_end_object(&w);
    } else {
        qzj_null(&w);
    }
    qzj_key(&w, "candidates");
    qzj_begin_array(&w);
    for (size_t i = 0; i < qz_decision_candidate_count(d); i++) {
        qzj_begin_object(&w);
        qzj_key(&w, "post");
        qzj_string(&w, qz_decision_candidate_post(d, i));
        qzj_key(&w, "person");
        qzj_string(&w, qz_decision_candidate_person(d, i));
        qzj_end_object(&w);
    }
    qzj_end_array(&w);
    qzj_end_object(&w);
    qzj_finish(&w);
}

/* Asks the check ACTION names; QZC_EXIT_USAGE for an unknown action or a
 * missing argument. */
static int run(qzc_ctx *c, const qz_model *m, check_opts *o, const char *action, const char *arg,
               qz_date date, qz_decision **d)
{
    int is_sign = !strcmp(action, "sign") || !strcmp(action, "countersign");
    int is_meeting =
        !strcmp(action, "convene") || !strcmp(action, "preside") || !strcmp(action, "sign-minutes");
    int is_leave = !strcmp(action, "approve-leave") || !strcmp(action, "receive-leave");
    int rc;
    if (is_sign) {
        qz_sign_request r = QZ_SIGN_REQUEST_INIT;
        if (!o->kind)
            return qzc_usage(c, "--kind KIND is required");
        r.kind = o->kind;
        r.issuer = o->issuer;
        r.recipient = o->to;
        r.major_policy = o->major_policy;
        r.broad_scope = o->broad_scope;
        r.decided_by_executive = o->decided;
        r.routine = o->routine;
        r.portfolios = o->portfolios.items;
        r.nportfolios = o->portfolios.n;
        r.date = date;
        rc = action[0] == 's' ? qz_check_sign(d, m, &r, o->actor) : qz_check_countersign(d, m, &r, o->actor);
    } else if (is_meeting) {
        qz_meeting_request r = QZ_MEETING_REQUEST_INIT;
        if (!arg)
            return qzc_usage(c, "%s needs the meeting type", action);
        r.type = arg;
        r.date = date;
        r.major = o->major;
        r.portfolio = o->portfolios.n ? o->portfolios.items[0] : NULL;
        rc = action[0] == 'c'   ? qz_check_convene(d, m, &r, o->actor)
             : action[0] == 'p' ? qz_check_preside(d, m, &r, o->actor)
                                : qz_check_sign_minutes(d, m, &r, o->actor);
    } else if (is_leave) {
        qz_leave_request r = QZ_LEAVE_REQUEST_INIT;
        if (!arg || !o->depart || !o->notified)
            return qzc_usage(c, "%s needs POST, --depart DATE and --notified DATE", action);
        if ((rc = qzc_date_arg(c, o->depart, "--depart", &r.depart)) != 0 ||
            (rc = qzc_date_arg(c, o->notified, "--notified", &r.notified)) != 0 ||
            (o->days && (rc = qzc_int_arg(c, o->days, "--days", &r.days)) != 0))
            return rc;
        r.post = arg;
        r.destination = o->destination;
        rc = action[0] == 'a' ? qz_check_approve_leave(d, m, &r, o->actor)
                              : qz_check_receive_leave(d, m, &r, o->actor);
    } else if (!strcmp(action, "act-for")) {
        qz_acting_request r = QZ_ACTING_REQUEST_INIT;
        if (!arg)
            return qzc_usage(c, "act-for needs the post");
        r.post = arg;
        r.date = date;
        r.matter = o->matter;
        rc = qz_check_act_for(d, m, &r, o->actor);
    } else if (!strcmp(action, "substitute")) {
        qz_substitute_request r = QZ_SUBSTITUTE_REQUEST_INIT;
        if (!arg || !o->principal)
            return qzc_usage(c, "substitute needs the meeting type and --principal POST");
        r.type = arg;
        r.principal = o->principal;
        r.date = date;
        r.presider_approved = o->approved;
        if (o->written) {
            r.written_request = 1;
            if ((rc = qzc_date_arg(c, o->written, "--written-request", &r.request_date)) != 0)
                return rc;
        }
        rc = qz_check_substitute(d, m, &r, o->actor);
    } else {
        return qzc_usage(c, "unknown action '%s'", action);
    }
    return qzc_query_failed(c, rc);
}

int qzc_cmd_check(qzc_ctx *c, int argc, char **argv)
{
    check_opts o;
    memset(&o, 0, sizeof(o));
    const qzc_opt spec[] = {{"--actor", QZC_OPT_VALUE, &o.actor},
                            {"--date", QZC_OPT_VALUE, &o.date},
                            {"--kind", QZC_OPT_VALUE, &o.kind},
                            {"--issuer", QZC_OPT_VALUE, &o.issuer},
                            {"--to", QZC_OPT_VALUE, &o.to},
                            {"--major-policy", QZC_OPT_FLAG, &o.major_policy},
                            {"--broad-scope", QZC_OPT_FLAG, &o.broad_scope},
                            {"--decided-by-executive", QZC_OPT_FLAG, &o.decided},
                            {"--routine", QZC_OPT_FLAG, &o.routine},
                            {"--portfolio", QZC_OPT_LIST, &o.portfolios},
                            {"--major", QZC_OPT_FLAG, &o.major},
                            {"--depart", QZC_OPT_VALUE, &o.depart},
                            {"--notified", QZC_OPT_VALUE, &o.notified},
                            {"--days", QZC_OPT_VALUE, &o.days},
                            {"--destination", QZC_OPT_VALUE, &o.destination},
                            {"--matter", QZC_OPT_VALUE, &o.matter},
                            {"--principal", QZC_OPT_VALUE, &o.principal},
                            {"--written-request", QZC_OPT_VALUE, &o.written},
                            {"--presider-approved", QZC_OPT_FLAG, &o.approved},
                            {NULL, QZC_OPT_FLAG, NULL}};
    const char *pos[2] = {NULL, NULL};
    const qz_model *m;
    qz_decision *d = NULL;
    qz_date date = 0;
    int n, rc;

    rc = qzc_parse(c, argc, argv, spec, pos, 1, 2, &n);
    if (!rc && !o.actor)
        rc = qzc_usage(c, "--actor ID is required");
    if (!rc)
        rc = qzc_date_or_today(c, o.date, "--date", &date);
    if (!rc)
        rc = qzc_load_model(c, &m);
    if (!rc)
        rc = run(c, m, &o, pos[0], n > 1 ? pos[1] : NULL, date, &d);
    if (!rc) {
        if (c->g.json)
            print_json(d, pos[0], o.actor);
        else
            print_text(m, d, o.actor);
        rc = qz_decision_allowed(d) ? QZC_EXIT_OK : QZC_EXIT_FAILED;
    }
    qz_decision_free(d);
    qzc_list_free(&o.portfolios);
    return rc;
}
