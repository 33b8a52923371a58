/* The audit of one record: each record type is asked of the library the way
 * an OA workflow would ask it at the time (the queries and checks, on the
 * record's own date, so with the rules, holders and calendar of that date),
 * and every rule broken becomes a finding with its citation. */
#include "audit.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "error.h"
#include "quanze/check.h"
#include "quanze/date.h"
#include "quanze/query.h"
#include "quanze/rules.h"
#include "query.h" /* qz_query__name_of(): the texts name people as the answers do */
#include "rules.h" /* qz_rules__serving(): the deadline that serves the consultation reply */

/* ---- fields ---- */

static int need(const qz_record *r, const char *key, const char **out)
{
    if (!(*out = qz_records__get(r, key)))
        return qz__error(QZ_EINVAL, "the field '%s' is missing", key);
    return QZ_OK;
}

static int date_field(const qz_record *r, const char *key, int required, qz_date *out)
{
    const char *s = qz_records__get(r, key);
    *out = 0;
    if (!s)
        return required ? qz__error(QZ_EINVAL, "the field '%s' is missing", key) : QZ_OK;
    if (qz_date_parse(out, s) != QZ_OK)
        return qz__error(QZ_EINVAL, "the field '%s' is not a date: '%.40s'", key, s);
    return QZ_OK;
}

static int int_field(const qz_record *r, const char *key, int *out)
{
    const char *s = qz_records__get(r, key);
    char *end;
    *out = 0;
    if (!s)
        return QZ_OK;
    long v = strtol(s, &end, 10);
    if (*end || v < 0 || v > 100000)
        return qz__error(QZ_EINVAL, "the field '%s' is not a count: '%.40s'", key, s);
    *out = (int)v;
    return QZ_OK;
}

static int flag_field(const qz_record *r, const char *key)
{
    const char *s = qz_records__get(r, key);
    return s && (strcmp(s, "1") == 0 || strcmp(s, "true") == 0 || strcmp(s, "yes") == 0);
}

/* A ';'-separated list copied into `buf` and split: at most `max` items. */
typedef struct list {
    char buf[2048];
    const char *item[64];
    size_t n;
} list;

static int list_field(const qz_record *r, const char *key, list *l)
{
    const char *s = qz_records__get(r, key);
    l->n = 0;
    if (!s)
        return QZ_OK;
    size_t len = strlen(s);
    if (len >= sizeof(l->buf))
        return qz__error(QZ_ELIMIT, "the field '%s' is too long", key);
    memcpy(l->buf, s, len + 1);
    for (char *p = l->buf; p;) {
        char *semi = strchr(p, ';');
        if (semi)
            *semi = '\0';
        if (*p) {
            if (l->n == sizeof(l->item) / sizeof(l->item[0]))
                return qz__error(QZ_ELIMIT, "the field '%s' has too many items", key);
            l->item[l->n++] = p;
        }
        p = semi ? semi + 1 : NULL;
    }
    return QZ_OK;
}

/* ---- findings ---- */

static int principle(const qz_answer *a)
{
    return qz_answer_has(a, QZ_VALUE_PRINCIPLE) && qz_answer_value(a, QZ_VALUE_PRINCIPLE) == 1;
}

/* Passes a finding citing citation `ci` of `a` (none when -1) on. */
static void emit(qz_audit_ctx *c, const char *check, const qz_answer *a, int ci, const char *people,
                 const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
static void emit_text(qz_audit_ctx *c, const char *check, const qz_answer *a, int ci, const char *people,
                      qz_severity severity, const char *text);

static void emit(qz_audit_ctx *c, const char *check, const qz_answer *a, int ci, const char *people,
                 const char *fmt, ...)
{
    char text[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof(text), fmt, ap);
    va_end(ap);
    emit_text(c, check, a, ci, people, a && principle(a) ? QZ_SEVERITY_NOTE : QZ_SEVERITY_VIOLATION, text);
}

/* The finding itself, with the severity given. */
static void emit_text(qz_audit_ctx *c, const char *check, const qz_answer *a, int ci, const char *people,
                      qz_severity severity, const char *text)
{
    qz_finding f;
    memset(&f, 0, sizeof(f));
    f.check = check;
    f.severity = severity;
    f.file = c->file;
    f.line = c->line;
    f.column = c->column;
    f.record_type = c->type;
    f.date = c->date;
    f.people = people ? people : "";
    qz_audit__cite(&f, a, ci);
    f.explanation = text;
    qz_audit__pass(c->au, &f, c->fn, c->ud, &c->stop);
}

/* How the findings name `id` on the record's date: as the answers name
 * posts, people, units and bodies (副县长王某), never by the id; an id the
 * organisation does not know is quoted after 未知 and `unknown`. */
static const char *name_of(char *buf, const qz_audit_ctx *c, const char *id, const char *unknown)
{
    return qz_query__name_of(buf, QZ_QUERY__NAME_SIZE, c->au->model, id, c->date, unknown);
}

/* The label of meeting type `type` in the rules in force on the record's
 * date (常务会议), or the type quoted as unknown. */
static const char *meeting_label(char *buf, const qz_audit_ctx *c, const char *type)
{
    const qz_rules *r = qz_model_rules_at(c->au->model, c->date);
    for (size_t i = 0, n = r ? qz_rules_count(r, QZ_RULES_MEETING) : 0; i < n; i++) {
        const char *label = qz_rules_entry_label(r, QZ_RULES_MEETING, i);
        if (label && *label && strcmp(qz_rules_entry_id(r, QZ_RULES_MEETING, i), type) == 0) {
            snprintf(buf, QZ_QUERY__NAME_SIZE, "%s", label);
            return buf;
        }
    }
    snprintf(buf, QZ_QUERY__NAME_SIZE, "未知会议类型“%.200s”", type);
    return buf;
}

/* Takes over decision `d` made with status `rc` by a qz_check_*() call for
 * `actor`: a denied one becomes a finding (its reason and the rule that
 * decides). Returns `rc`, so that a failed check stops the record. */
static int judge(qz_audit_ctx *c, int rc, qz_decision *d, const char *check, const char *actor)
{
    char who[QZ_QUERY__NAME_SIZE];
    if (rc >= 0 && !qz_decision_allowed(d)) {
        const char *why = qz_decision_reason(d);
        size_t n = strlen(name_of(who, c, actor, "岗位或人员"));
        if (why && strncmp(why, who, n) == 0 && why[n]) /* 副县长王某无权签发：不在可以签发的人员之列 */
            why += n;
        emit(c, check, qz_decision_answer(d), qz_decision_citation(d), actor, "%s无权%s：%s", who,
             qz_capacity_label(qz_decision_capacity(d)), why ? why : "");
    }
    qz_decision_free(d);
    return rc;
}

static const char *date_text(char *buf, qz_date d)
{
    if (qz_date_format(buf, 16, d) != QZ_OK)
        buf[0] = '\0';
    return buf;
}

/* ---- record types ---- */

static int minutes(qz_audit_ctx *c, const qz_record *r)
{
    const char *type, *signer = qz_records__get(r, "signer");
    qz_date held, issued;
    int rc;
    if ((rc = need(r, "meeting", &type)) < 0 || (rc = date_field(r, "held", 1, &held)) < 0 ||
        (rc = date_field(r, "issued", 1, &issued)) < 0)
        return rc;
    c->date = held;
    qz_deadline_request dr = QZ_DEADLINE_REQUEST_INIT;
    dr.name = "minutes-issue";
    dr.from = held;
    qz_answer *a = NULL;
    if ((rc = qz_query_deadline(&a, c->au->model, &dr)) < 0)
        return rc;
    qz_date due = (qz_date)qz_answer_value(a, QZ_VALUE_DUE);
    if (qz_answer_has(a, QZ_VALUE_DUE) && issued > due) {
        char d1[16], d2[16], d3[16], label[QZ_QUERY__NAME_SIZE];
        emit(c, "minutes-late", a, 0, signer, "%s召开的%s，纪要应于%s前印发，实际%s印发", date_text(d1, held),
             meeting_label(label, c, type), date_text(d2, due), date_text(d3, issued));
    }
    qz_answer_free(a);
    if (signer) {
        qz_meeting_request mr = QZ_MEETING_REQUEST_INIT;
        qz_decision *d = NULL;
        mr.type = type;
        mr.date = held;
        mr.major = flag_field(r, "major");
        rc = qz_check_sign_minutes(&d, c->au->model, &mr, signer);
        if ((rc = judge(c, rc, d, "minutes-signer", signer)) < 0)
            return rc;
    }
    return QZ_OK;
}

static int leave(qz_audit_ctx *c, const qz_record *r)
{
    qz_leave_request lr = QZ_LEAVE_REQUEST_INIT;
    int rc;
    if ((rc = need(r, "post", &lr.post)) < 0 || (rc = date_field(r, "depart", 1, &lr.depart)) < 0 ||
        (rc = date_field(r, "notified", 1, &lr.notified)) < 0 || (rc = int_field(r, "days", &lr.days)) < 0)
        return rc;
    lr.destination = qz_records__get(r, "destination");
    c->date = lr.depart;
    qz_answer *a = NULL;
    if ((rc = qz_query_leave(&a, c->au->model, &lr)) < 0)
        return rc;
    if (qz_answer_value(a, QZ_VALUE_LATE) == 1)
        emit(c, "leave-late", a, 0, lr.post, "离开县域应提前%lld%s报告，实际提前%lld%s",
             (long long)qz_answer_value(a, QZ_VALUE_NOTICE_DAYS),
             qz_time_unit_label((qz_time_unit)qz_answer_value(a, QZ_VALUE_UNIT)),
             (long long)qz_answer_value(a, QZ_VALUE_NOTICE_GIVEN),
             qz_time_unit_label((qz_time_unit)qz_answer_value(a, QZ_VALUE_UNIT)));
    if (qz_answer_has(a, QZ_VALUE_ALLOWED) && qz_answer_value(a, QZ_VALUE_ALLOWED) == 0)
        for (size_t i = 0; i < qz_answer_finding_count(a); i++)
            emit(c, "leave-clash", a, 0, lr.post, "%s", qz_answer_finding_text(a, i));
    qz_answer_free(a);
    static const struct {
        const char *field, *check;
        int approve;
    } who[] = {{"approved_by", "leave-approver", 1}, {"reported_to", "leave-report-to", 0}};
    for (size_t k = 0; k < 2; k++) {
        const char *actor = qz_records__get(r, who[k].field);
        qz_decision *d = NULL;
        if (!actor)
            continue;
        rc = who[k].approve ? qz_check_approve_leave(&d, c->au->model, &lr, actor)
                            : qz_check_receive_leave(&d, c->au->model, &lr, actor);
        if ((rc = judge(c, rc, d, who[k].check, actor)) < 0)
            return rc;
    }
    return QZ_OK;
}

/* 1 when `actor` (a post or a person) is among the answer's approvers. */
static int approver_in(const qz_answer *a, const char *actor)
{
    for (size_t i = 0; i < qz_answer_person_count(a); i++)
        if (qz_answer_person_capacity(a, i) == QZ_CAP_APPROVER &&
            (strcmp(qz_answer_person_post(a, i), actor) == 0 ||
             strcmp(qz_answer_person_id(a, i), actor) == 0))
            return 1;
    for (size_t i = 0; i < qz_answer_unit_count(a); i++)
        if (qz_answer_unit_capacity(a, i) == QZ_CAP_APPROVER && strcmp(qz_answer_unit_id(a, i), actor) == 0)
            return 1;
    return 0;
}

/* What a meeting record says of the clauses of other governments' rules:
 * who was invited (the approver may depend on it) and who approved, its
 * length against a length cap, and how many such meetings its unit held
 * before in the period against a cap per unit. A cap the rule sets as
 * 一般/原则上 gives a note. */
static int meeting_shapes(qz_audit_ctx *c, const qz_record *r, const qz_meeting_request *base)
{
    list invited;
    int rc, minutes = 0, held = 0;
    const char *approved_by = qz_records__get(r, "approved_by");
    if ((rc = list_field(r, "invitees", &invited)) < 0 || (rc = int_field(r, "minutes", &minutes)) < 0 ||
        (rc = int_field(r, "held_before", &held)) < 0)
        return rc;
    if (!invited.n && !minutes && !held && !approved_by)
        return QZ_OK;
    qz_meeting_request mr = *base;
    mr.invitees = invited.n ? invited.item : NULL;
    mr.ninvitees = invited.n;
    mr.minutes = minutes;
    mr.held = held;
    mr.portfolio = qz_records__get(r, "portfolio");
    qz_answer *a = NULL;
    if ((rc = qz_query_meeting(&a, c->au->model, &mr)) < 0)
        return rc;
    for (size_t i = 0; i < qz_answer_finding_count(a); i++) {
        const char *id = qz_answer_finding_id(a, i);
        int note = strcmp(id, "too-long-note") == 0 || strcmp(id, "unit-cap-note") == 0;
        if (note || strcmp(id, "too-long") == 0 || strcmp(id, "unit-cap") == 0)
            emit_text(c, strncmp(id, "too-long", 8) == 0 ? "meeting-length" : "meeting-unit-cap", a, 0, "",
                      note ? QZ_SEVERITY_NOTE : QZ_SEVERITY_VIOLATION, qz_answer_finding_text(a, i));
    }
    if (approved_by && !approver_in(a, approved_by)) {
        int ci = -1; /* the clause naming the approvers */
        for (size_t i = 0; i < qz_answer_person_count(a) && ci < 0; i++)
            if (qz_answer_person_capacity(a, i) == QZ_CAP_APPROVER)
                ci = qz_answer_person_citation(a, i);
        char text[640], who[QZ_QUERY__NAME_SIZE], label[QZ_QUERY__NAME_SIZE];
        const char *ml = qz_answer_subject_label(a);
        snprintf(text, sizeof(text), "%s无权批准召开%s", name_of(who, c, approved_by, "岗位、人员或单位"),
                 ml && *ml ? ml : meeting_label(label, c, mr.type));
        emit_text(c, "meeting-approver", a, ci, approved_by, QZ_SEVERITY_VIOLATION, text);
    }
    qz_answer_free(a);
    return QZ_OK;
}

static int meeting(qz_audit_ctx *c, const qz_record *r)
{
    qz_meeting_request mr = QZ_MEETING_REQUEST_INIT;
    list present;
    int rc;
    if ((rc = need(r, "meeting", &mr.type)) < 0 || (rc = date_field(r, "date", 1, &mr.date)) < 0 ||
        (rc = list_field(r, "present", &present)) < 0)
        return rc;
    c->date = mr.date;
    const char *obligation = qz_records__get(r, "obligation");
    if (obligation && (rc = qz_audit__periodic_add(c->au, obligation, mr.date)) < 0)
        return rc;
    if (present.n > 0) {
        qz_quorum_request qr = QZ_QUORUM_REQUEST_INIT;
        qz_answer *a = NULL;
        qr.type = mr.type;
        qr.date = mr.date;
        qr.present = present.item;
        qr.npresent = present.n;
        if ((rc = qz_query_quorum(&a, c->au->model, &qr)) < 0)
            return rc;
        const char *ml = qz_answer_subject_label(a);
        char label[QZ_QUERY__NAME_SIZE];
        if (qz_answer_value(a, QZ_VALUE_MET) == 0)
            emit(c, "quorum", a, 0, "", "%s到会%lld人，须%lld人以上（共%lld人），不足法定人数",
                 ml && *ml ? ml : meeting_label(label, c, mr.type),
                 (long long)qz_answer_value(a, QZ_VALUE_PRESENT),
                 (long long)qz_answer_value(a, QZ_VALUE_REQUIRED),
                 (long long)qz_answer_value(a, QZ_VALUE_MEMBERS));
        qz_answer_free(a);
    }
    if ((rc = meeting_shapes(c, r, &mr)) < 0)
        return rc;
    static const char *const fields[] = {"convener", "presider"};
    for (size_t k = 0; k < 2; k++) {
        const char *actor = qz_records__get(r, fields[k]);
        qz_decision *d = NULL;
        if (!actor)
            continue;
        rc = k == 0 ? qz_check_convene(&d, c->au->model, &mr, actor)
                    : qz_check_preside(&d, c->au->model, &mr, actor);
        if ((rc = judge(c, rc, d, fields[k], actor)) < 0)
            return rc;
    }
    return QZ_OK;
}

static int document(qz_audit_ctx *c, const qz_record *r)
{
    qz_sign_request s = QZ_SIGN_REQUEST_INIT;
    list portfolios, flags, counter;
    int rc;
    if ((rc = need(r, "kind", &s.kind)) < 0 || (rc = date_field(r, "date", 1, &s.date)) < 0 ||
        (rc = list_field(r, "portfolios", &portfolios)) < 0 || (rc = list_field(r, "flags", &flags)) < 0 ||
        (rc = list_field(r, "countersigners", &counter)) < 0)
        return rc;
    c->date = s.date;
    s.issuer = qz_records__get(r, "issuer");
    s.recipient = qz_records__get(r, "recipient");
    s.major_policy = flag_field(r, "major_policy");
    s.broad_scope = flag_field(r, "broad_scope");
    s.decided_by_executive = flag_field(r, "decided_by_executive");
    s.routine = flag_field(r, "routine");
    s.portfolios = portfolios.n ? portfolios.item : NULL;
    s.nportfolios = portfolios.n;
    s.flags = flags.n ? flags.item : NULL;
    s.nflags = flags.n;
    const char *signer = qz_records__get(r, "signer");
    qz_decision *d = NULL;
    if (signer) {
        rc = qz_check_sign(&d, c->au->model, &s, signer);
        if ((rc = judge(c, rc, d, "signer", signer)) < 0)
            return rc;
    }
    for (size_t i = 0; i < counter.n; i++) {
        rc = qz_check_countersign(&d, c->au->model, &s, counter.item[i]);
        if ((rc = judge(c, rc, d, "countersigner", counter.item[i])) < 0)
            return rc;
    }
    return QZ_OK;
}

static int consultation(qz_audit_ctx *c, const qz_record *r)
{
    qz_deadline_request dr = QZ_DEADLINE_REQUEST_INIT;
    qz_date replied;
    int rc;
    if ((rc = date_field(r, "received", 1, &dr.from)) < 0 ||
        (rc = date_field(r, "replied", 1, &replied)) < 0 || (rc = int_field(r, "limit", &dr.limit)) < 0)
        return rc;
    /* the rule set's own consultation deadline (serves="consultation-reply"), else the conventional id */
    const qz_rules *rules = qz_model_rules_at(c->au->model, dr.from);
    int i = qz_rules__serving(rules, QZ_SERVES_CONSULTATION_REPLY);
    dr.name = i >= 0 ? rules->deadlines[i].e.id : "consultation-reply";
    c->date = dr.from;
    qz_answer *a = NULL;
    if ((rc = qz_query_deadline(&a, c->au->model, &dr)) < 0)
        return rc;
    qz_date due = (qz_date)qz_answer_value(a, QZ_VALUE_DUE);
    if (qz_answer_has(a, QZ_VALUE_DUE) && replied > due) {
        char d1[16], d2[16], d3[16];
        emit(c, "consultation-late", a, 0, qz_records__get(r, "department"),
             "%s收到的征求意见，应于%s前回复，实际%s回复", date_text(d1, dr.from), date_text(d2, due),
             date_text(d3, replied));
    }
    qz_answer_free(a);
    return QZ_OK;
}

/* An event a periodic obligation counts (a session held, a report given). */
static int event(qz_audit_ctx *c, const qz_record *r)
{
    const char *id;
    int rc;
    if ((rc = need(r, "obligation", &id)) < 0 || (rc = date_field(r, "date", 1, &c->date)) < 0)
        return rc;
    return qz_audit__periodic_add(c->au, id, c->date);
}

int qz_audit__evaluate(qz_audit_ctx *c, const qz_record *r)
{
    static const struct {
        const char *type;
        int (*run)(qz_audit_ctx *c, const qz_record *r);
    } types[] = {{"minutes", minutes},           {"leave", leave},
                 {"meeting", meeting},           {"document", document},
                 {"consultation", consultation}, {"event", event}};
    const char *type = qz_records__get(r, "type");
    if (!type)
        return qz__error(QZ_EINVAL, "the field 'type' is missing");
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
        if (strcmp(type, types[i].type) == 0) {
            c->type = types[i].type;
            return types[i].run(c, r);
        }
    return qz__error(QZ_EINVAL, "unknown record type '%.40s'", type);
}
