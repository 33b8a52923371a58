/* Routing a draft: the existing questions (normative checks, deadlines, the
 * office's provision, signing, minutes signing) asked in the order a document
 * moves through the office, each answer kept as one step; their findings and
 * the 发文字号's are gathered into the route's. No rule is decided here twice:
 * this file only chooses which question each step asks. */
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "rules.h"
#include "rules_kind.h"
#include "quanze/docnum.h"
#include "quanze/query.h"
#include "quanze/route.h"

#define MAX_STEPS 8
#define MAX_FINDINGS 32

struct qz_route {
    struct {
        int kind;
        qz_answer *answer;
        char *unit;
    } steps[MAX_STEPS];
    size_t nsteps;
    struct {
        const char *id, *text, *source;
    } findings[MAX_FINDINGS];
    size_t nfindings;
};

/* The entries the route relies on are those serving its purposes (serves="...",
 * else the conventional ids: qz_rules__serving()); a step whose entry the rule
 * set lacks is left out with a finding that says so. */

int qz_route_request_init(qz_route_request *req, unsigned int version)
{
    if (!req)
        return qz__error(QZ_EINVAL, "qz_route_request_init: NULL request");
    if (version < 1 || version > QZ_ROUTE_REQUEST_VERSION)
        return qz__error(QZ_EINVAL, "qz_route_request_init: version %u not supported", version);
    memset(req, 0, sizeof(*req));
    req->version = version;
    return QZ_OK;
}

static void finding(qz_route *rt, const char *id, const char *text, const char *source)
{
    if (rt->nfindings < MAX_FINDINGS) {
        rt->findings[rt->nfindings].id = id;
        rt->findings[rt->nfindings].text = text;
        rt->findings[rt->nfindings].source = source;
        rt->nfindings++;
    }
}

/* Adds a step owning `a` (may be NULL); the answer's findings become the route's. */
static int step(qz_route *rt, qz_route_step_kind kind, qz_answer *a, const char *unit)
{
    char *copy = NULL;
    if (unit && !(copy = qz__strdup(unit))) {
        qz_answer_free(a);
        return qz__error_nomem();
    }
    rt->steps[rt->nsteps].kind = kind;
    rt->steps[rt->nsteps].answer = a;
    rt->steps[rt->nsteps].unit = copy;
    rt->nsteps++;
    for (size_t i = 0; a && i < qz_answer_finding_count(a); i++)
        finding(rt, qz_answer_finding_id(a, i), qz_answer_finding_text(a, i), NULL);
    return QZ_OK;
}

static int is_normative(const qz_rules *r, const qz_route_request *req, int kind)
{
    return req->normative || kind == qz_rules__serving(r, QZ_SERVES_NORMATIVE);
}

static int legality_review(qz_route *rt, const qz_model *m, const qz_route_request *req)
{
    qz_normative_request n = QZ_NORMATIVE_REQUEST_INIT;
    qz_answer *a = NULL;
    n.flags = req->normative_facts;
    n.nflags = req->nnormative_facts;
    n.validity_years = req->validity_years;
    n.approved_by = req->meeting;
    n.date = req->date;
    int rc = qz_query_normative(&a, m, &n);
    return rc < 0 ? rc : step(rt, QZ_STEP_LEGALITY_REVIEW, a, NULL);
}

static int deadline(qz_answer **a, const qz_model *m, const char *name, qz_date from, qz_date asof)
{
    qz_deadline_request d = QZ_DEADLINE_REQUEST_INIT;
    d.name = name;
    d.from = from;
    d.asof = asof;
    d.has_asof = 1;
    return qz_query_deadline(a, m, &d);
}

static int consultation(qz_route *rt, const qz_model *m, const qz_rules *r, const qz_route_request *req)
{
    qz_answer *a = NULL;
    int i = qz_rules__serving(r, QZ_SERVES_CONSULTATION_REPLY);
    if (req->nportfolios < 2)
        return QZ_OK;
    if (i < 0) {
        finding(rt, "no-consultation-deadline", "规则集未规定征求意见回复时限，路径未列征求意见步骤", NULL);
        return QZ_OK;
    }
    int rc = deadline(&a, m, r->deadlines[i].e.id, req->date, req->date);
    return rc < 0 ? rc : step(rt, QZ_STEP_CONSULTATION, a, req->portfolios[1]);
}

static int office_review(qz_route *rt, const qz_model *m, const qz_rules *r, const qz_route_request *req)
{
    int p = qz_rules__serving(r, QZ_SERVES_OFFICE_REVIEW);
    for (size_t i = 0; p >= 0 && i < r->nmatters; i++) {
        if (r->matter_kinds[i] == QZ_MATTER_PROVISION && r->matters[i] == &r->provisions[p].e) {
            qz_answer *a = NULL;
            int rc = qz_query_matter(&a, m, req->date, i);
            return rc < 0 ? rc : step(rt, QZ_STEP_OFFICE_REVIEW, a, NULL);
        }
    }
    finding(rt, "no-office-provision", "规则集未规定公文审核呈批的职责，路径未列审核呈批步骤", NULL);
    return QZ_OK;
}

/* Minutes decided by a meeting are signed as the meeting's minutes (Art. 48). */
static int minutes_signing(qz_answer **a, const qz_model *m, const qz_route_request *req)
{
    qz_meeting_request q = QZ_MEETING_REQUEST_INIT;
    q.type = req->meeting;
    q.date = req->date;
    q.major = req->major_policy;
    q.portfolio = req->nportfolios ? req->portfolios[0] : NULL;
    return qz_query_meeting(a, m, &q);
}

static int signing(qz_route *rt, const qz_model *m, const qz_rules *r, const qz_route_request *req, int kind)
{
    qz_answer *a = NULL;
    int rc;
    int executive = qz_rules__serving(r, QZ_SERVES_EXECUTIVE);
    if (req->meeting && kind == qz_rules__serving(r, QZ_SERVES_MINUTES)) {
        rc = minutes_signing(&a, m, req);
    } else {
        qz_sign_request s = QZ_SIGN_REQUEST_INIT;
        int normative = qz_rules__serving(r, QZ_SERVES_NORMATIVE);
        s.kind = is_normative(r, req, kind) && normative >= 0 ? r->kinds[normative].id : r->kinds[kind].id;
        s.issuer = req->issuer;
        s.recipient = req->recipient;
        s.major_policy = req->major_policy;
        s.broad_scope = req->broad_scope;
        s.routine = req->routine;
        s.decided_by_executive =
            req->meeting && executive >= 0 && strcmp(req->meeting, r->meetings[executive].e.id) == 0;
        s.portfolios = req->portfolios;
        s.nportfolios = req->nportfolios;
        s.date = req->date;
        rc = qz_query_sign(&a, m, &s);
    }
    if (rc < 0)
        return rc;
    if (!qz_answer_found(a))
        finding(rt, "no-signer", qz_answer_reason(a), NULL);
    return step(rt, QZ_STEP_SIGNING, a, NULL);
}

static int issue(qz_route *rt, const qz_model *m, const qz_rules *r, const qz_route_request *req)
{
    if (!req->meeting)
        return QZ_OK;
    int i = qz_rules__find(r, QZ_RULES_MEETING, req->meeting);
    if (i < 0)
        return qz__error(QZ_ENOTFOUND, "no meeting type '%s' in rule set %s", req->meeting, r->id);
    if (r->meetings[i].deadline < 0)
        return QZ_OK;
    qz_answer *a = NULL;
    int rc = deadline(&a, m, r->deadlines[r->meetings[i].deadline].e.id, req->meeting_date, req->date);
    if (rc < 0)
        return rc;
    if (qz_answer_has(a, QZ_VALUE_DUE) && req->date > (qz_date)qz_answer_value(a, QZ_VALUE_DUE))
        finding(rt, "issue-overdue", "会议决定印发的文件已超过印发时限", NULL);
    return step(rt, QZ_STEP_ISSUE, a, NULL);
}

/* The 发文字号 against the standard, the signing date and the agency codes:
 * the caller's, or else the rule set's, of the draft's issuer and kind. */
static int docnum(qz_route *rt, const qz_model *m, const qz_rules *r, const qz_route_request *req)
{
    qz_docnum_finding f[QZ_DOCNUM_MAX_FINDINGS];
    qz_docnum_check_options o = QZ_DOCNUM_CHECK_OPTIONS_INIT;
    size_t n;
    if (!req->docnum)
        return QZ_OK;
    o.codes = req->agency_codes;
    o.ncodes = req->nagency_codes;
    o.model = m;
    o.kind = req->kind;
    /* the issuer signing falls back to (qz_query_sign) */
    o.issuer = req->issuer ? req->issuer : qz_rules_default_issuer(r);
    o.date = req->date;
    o.has_date = 1;
    int rc = qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, req->docnum, &o);
    for (size_t i = 0; rc == QZ_OK && i < n; i++)
        finding(rt, f[i].id, f[i].message, f[i].clause);
    return rc;
}

static int check_request(const qz_route_request *req)
{
    if (req->version < 1 || req->version > QZ_ROUTE_REQUEST_VERSION)
        return qz__error(QZ_EINVAL, "qz_query_route: request version %u not supported", req->version);
    if (!req->kind)
        return qz__error(QZ_EINVAL, "qz_query_route: no document kind");
    if (req->nportfolios > QZ_MAX_REQUEST_LIST || req->nagency_codes > QZ_MAX_REQUEST_LIST ||
        req->nnormative_facts > QZ_MAX_REQUEST_LIST)
        return qz__error(QZ_ELIMIT, "qz_query_route: a list longer than %d", QZ_MAX_REQUEST_LIST);
    if ((req->nportfolios && !req->portfolios) || (req->nagency_codes && !req->agency_codes) ||
        (req->nnormative_facts && !req->normative_facts))
        return qz__error(QZ_EINVAL, "qz_query_route: NULL list");
    for (size_t i = 0; i < req->nportfolios; i++)
        if (!req->portfolios[i])
            return qz__error(QZ_EINVAL, "qz_query_route: NULL portfolio");
    return QZ_OK;
}

static int route(qz_route *rt, const qz_model *m, const qz_route_request *req)
{
    const qz_rules *r = qz_model_rules_at(m, req->date);
    if (!r)
        return qz__error(QZ_ERANGE, "qz_query_route: no rule set in force on the draft's date");
    int kind = qz_rules__find_kind(r, req->kind), rc;
    if (kind < 0)
        return qz__error(QZ_ENOTFOUND, "no document kind '%s' in rule set %s", req->kind, r->id);
    if ((rc = step(rt, QZ_STEP_DRAFTING, NULL, req->nportfolios ? req->portfolios[0] : NULL)) < 0)
        return rc;
    if (is_normative(r, req, kind) && (rc = legality_review(rt, m, req)) < 0)
        return rc;
    if ((rc = consultation(rt, m, r, req)) < 0 || (rc = office_review(rt, m, r, req)) < 0 ||
        (rc = signing(rt, m, r, req, kind)) < 0 || (rc = issue(rt, m, r, req)) < 0)
        return rc;
    return docnum(rt, m, r, req);
}

int qz_query_route(qz_route **out, const qz_model *model, const qz_route_request *req)
{
    qz_route *rt;
    int rc;
    if (out)
        *out = NULL;
    if (!out || !model || !req)
        return qz__error(QZ_EINVAL, "qz_query_route: NULL argument");
    if ((rc = check_request(req)) < 0)
        return rc;
    if (!(rt = qz__calloc(1, sizeof(*rt))))
        return qz__error_nomem();
    if ((rc = route(rt, model, req)) < 0) {
        qz_route_free(rt);
        return rc;
    }
    *out = rt;
    return QZ_OK;
}

void qz_route_free(qz_route *rt)
{
    if (!rt)
        return;
    for (size_t i = 0; i < rt->nsteps; i++) {
        qz_answer_free(rt->steps[i].answer);
        qz__free(rt->steps[i].unit);
    }
    qz__free(rt);
}

size_t qz_route_step_count(const qz_route *rt)
{
    return rt ? rt->nsteps : 0;
}

int qz_route_step_kind_at(const qz_route *rt, size_t i)
{
    return rt && i < rt->nsteps ? rt->steps[i].kind : -1;
}

const qz_answer *qz_route_step_answer(const qz_route *rt, size_t i)
{
    return rt && i < rt->nsteps ? rt->steps[i].answer : NULL;
}

const char *qz_route_step_unit(const qz_route *rt, size_t i)
{
    return rt && i < rt->nsteps ? rt->steps[i].unit : NULL;
}

static const char *const step_names[][2] = {
    {"drafting", "起草"},          {"legality-review", "合法性审查"}, {"consultation", "征求意见"},
    {"office-review", "审核呈批"}, {"signing", "会签签发"},           {"issue", "印发"},
};
_Static_assert(sizeof(step_names) / sizeof(step_names[0]) == QZ_STEP_ISSUE + 1, "one name per step kind");

const char *qz_route_step_name(qz_route_step_kind kind)
{
    return (unsigned)kind <= QZ_STEP_ISSUE ? step_names[kind][0] : NULL;
}

const char *qz_route_step_label(qz_route_step_kind kind)
{
    return (unsigned)kind <= QZ_STEP_ISSUE ? step_names[kind][1] : NULL;
}

size_t qz_route_finding_count(const qz_route *rt)
{
    return rt ? rt->nfindings : 0;
}

const char *qz_route_finding_id(const qz_route *rt, size_t i)
{
    return rt && i < rt->nfindings ? rt->findings[i].id : NULL;
}

const char *qz_route_finding_text(const qz_route *rt, size_t i)
{
    return rt && i < rt->nfindings ? rt->findings[i].text : NULL;
}

const char *qz_route_finding_source(const qz_route *rt, size_t i)
{
    return rt && i < rt->nfindings ? rt->findings[i].source : NULL;
}
