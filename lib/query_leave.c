/* Leave (请销假): the notice a post's holder must give before leaving the
 * county, whether it was late, whom to report to, who approves and where it
 * is filed; the cases that depend on the length and destination of the
 * absence; and the posts that may not be away at the same time. */
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include "error.h"
#include "org.h"
#include "query.h"
#include "quanze/date.h"

QZ_QUERY__REQUEST_INIT(leave, LEAVE)

/* Every leave rule naming one of the post's roles, in file order (a post can
 * fall under several: as a party-group member and as a town head); all of
 * them apply. Returns how many, at most `max`. */
static size_t find_rules(qz_qctx *q, const char *post, const qz_leave_rule **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < q->r->nleaves && n < max; i++) {
        const qz_leave_rule *l = &q->r->leaves[i];
        for (size_t k = 0; k < l->nroles; k++)
            if (qz_query__post_has_role(q, post, l->roles[k])) {
                out[n++] = l;
                break;
            }
    }
    return n;
}

/* ---- posts that may not be away at the same time ---- */

/* 1 when `post` is in charge of the unit of `other` on the date. */
static int in_charge_of(const qz_qctx *q, const char *post, const char *other)
{
    const char *unit = qz_org_post_unit(q->org, other);
    const char *lead = unit ? qz_org_in_charge(q->org, unit, q->date) : NULL;
    return lead && strcmp(lead, post) == 0;
}

/* 1 when `first` (holding the rule's first role) and `second` (its second
 * role) form a pair under the rule's pairing. */
static int paired(const qz_qctx *q, const qz_apart *ap, const char *first, const char *second)
{
    if (strcmp(first, second) == 0)
        return 0;
    switch (ap->pairing) {
    case QZ_PAIR_SAME_UNIT: {
        const char *u1 = qz_org_post_unit(q->org, first), *u2 = qz_org_post_unit(q->org, second);
        return u1 && u2 && strcmp(u1, u2) == 0;
    }
    case QZ_PAIR_IN_CHARGE: return in_charge_of(q, first, second);
    case QZ_PAIR_AB: {
        const char *partner = qz_org_ab_partner(q->org, first, q->date);
        return partner && strcmp(partner, second) == 0;
    }
    case QZ_PAIR_ASSISTS: { /* either side assists the other (协助) */
        int a = 0, b = 0;
        return (qz_org_assists(&a, q->org, first, second, q->date) == QZ_OK && a) ||
               (qz_org_assists(&b, q->org, second, first, q->date) == QZ_OK && b);
    }
    default: return 1;
    }
}

/* The first absence of `person` that overlaps [from, to] and counts under the rule. */
static int away_between(const qz_qctx *q, const qz_apart *ap, const char *person, qz_date from, qz_date to,
                        qz_org_absence *out)
{
    size_t n = qz_org_absence_count(q->org, person);
    for (size_t i = 0; i < n; i++)
        if (qz_org_absence_at(out, q->org, person, i) == QZ_OK && out->from <= to && out->to >= from &&
            (!ap->from_county || out->away_from_county))
            return 1;
    return 0;
}

/* An absence of `person` overlapping [from, to] that records an approved
 * exception to rule `ap` (who approved it, when), into *out; 0 when none. */
static int excepted(const qz_qctx *q, const qz_apart *ap, const char *person, qz_date from, qz_date to,
                    qz_org_absence *out)
{
    size_t n = person ? qz_org_absence_count(q->org, person) : 0;
    for (size_t i = 0; i < n; i++)
        if (qz_org_absence_at(out, q->org, person, i) == QZ_OK && out->from <= to && out->to >= from &&
            out->exception_rule && strcmp(out->exception_rule, ap->e.id) == 0)
            return 1;
    return 0;
}

/* A clash the organisation records as approved becomes a note citing the
 * approval instead of a finding. Returns 1 when it was approved. */
static int approved(qz_qctx *q, const qz_apart *ap, const char *post, const char *other, qz_date from,
                    qz_date to)
{
    qz_org_absence ex;
    const char *holder = qz_org_holder(q->org, post, q->date);
    if (!excepted(q, ap, other, from, to, &ex) && !excepted(q, ap, holder, from, to, &ex))
        return 0;
    char on[QZ_DATE_BUFSIZE] = "";
    if (ex.exception_approved_on != QZ_DATE_NONE)
        qz_date_format(on, sizeof(on), ex.exception_approved_on);
    qz_query__explain(q, "经%s%s%s批准%s%s%s,同时不在岗不违反:%s", ex.exception_approved_by, *on ? "于" : "",
                      on, *ex.exception_note ? "(" : "", ex.exception_note, *ex.exception_note ? ")" : "",
                      ap->e.label);
    return 1;
}

/* Checks the holders of the posts paired with `post` (which holds role
 * ap->roles[mine]); each one away during [from, to] is a finding, unless an
 * approved exception is recorded. */
static size_t clashes(qz_qctx *q, const qz_apart *ap, int mine, const char *post, qz_date from, qz_date to)
{
    const char **posts, **persons;
    size_t n = qz_query__role_people(q, ap->roles[!mine], &posts, &persons), found = 0;
    for (size_t i = 0; i < n; i++) {
        const char *first = mine == 0 ? post : posts[i], *second = mine == 0 ? posts[i] : post;
        qz_org_absence abs;
        if (!paired(q, ap, first, second) || !away_between(q, ap, persons[i], from, to, &abs))
            continue;
        if (approved(q, ap, post, persons[i], from, to))
            continue;
        char fb[QZ_DATE_BUFSIZE], tb[QZ_DATE_BUFSIZE];
        qz_date_format(fb, sizeof(fb), abs.from);
        qz_date_format(tb, sizeof(tb), abs.to);
        const char *pn = qz_org_post_name(q->org, posts[i]);
        qz_query__finding(q, ap->e.id, "%s%s%s至%s%s,同时不在岗违反:%s", pn ? pn : posts[i],
                          qz_org_person_name(q->org, persons[i]), fb, tb,
                          qz_query__away_label(q->r, abs.away_from_county), ap->e.label);
        found++;
    }
    return found;
}

int qz_query__not_away_together(qz_qctx *q, const char *post, int from_county, qz_date from, qz_date to,
                                int cite_all, size_t *nclashes)
{
    int rules = 0;
    *nclashes = 0;
    for (size_t i = 0; i < q->r->naparts; i++) {
        const qz_apart *ap = &q->r->aparts[i];
        size_t found = 0;
        int concerned = 0;
        if (ap->from_county && !from_county)
            continue; /* the post's own absence is not one the rule speaks of */
        for (int mine = 0; mine < 2; mine++) {
            if (mine == 1 && ap->roles[1] == ap->roles[0])
                break; /* the same role on both sides: one pass covers every pair */
            if (!qz_query__post_has_role(q, post, ap->roles[mine]))
                continue;
            concerned = 1;
            found += clashes(q, ap, mine, post, from, to);
        }
        if (concerned && (found || cite_all))
            qz_query__cites(q, ap->e.cites, ap->e.ncites);
        rules += concerned;
        *nclashes += found;
    }
    return rules;
}

/* ---- the length, destination and cases of a leave ---- */

/* The length of the absence in days: as stated, else from the organisation's
 * absence record covering the departure; 0 when unknown. */
static int leave_days(const qz_qctx *q, const qz_leave_request *req, const char *holder)
{
    if (req->days > 0)
        return req->days;
    const qz_org__absence *row = qz_org__away_of(q->org, holder, req->depart);
    if (row && row->to >= req->depart) {
        int64_t n = (int64_t)row->to - req->depart + 1; /* int64: any two dates */
        return n > INT_MAX ? INT_MAX : (int)n;
    }
    return 0;
}

typedef struct leave_facts {
    int days;     /* 0: unknown */
    int workdays; /* the same span in working days */
    int dest;     /* destination index, or -1: not stated */
} leave_facts;

/* 1 when case `lc` applies, 0 when not, -1 when the request does not say enough. */
static int case_applies(const qz_leave_case *lc, const leave_facts *f)
{
    int undecided = 0;
    if (lc->min_days || lc->max_days) {
        int len = lc->workdays ? f->workdays : f->days;
        if (!f->days)
            undecided = 1;
        else if ((lc->min_days && len < lc->min_days) || (lc->max_days && len > lc->max_days))
            return 0;
    }
    if (lc->ndestinations) {
        int match = 0;
        for (size_t i = 0; i < lc->ndestinations; i++)
            match |= lc->destinations[i] == f->dest;
        if (f->dest < 0)
            undecided = 1;
        else if (!match)
            return 0;
    }
    return undecided ? -1 : 1;
}

/* Keeps in *deadline the stricter of itself and `cand` (deadline indexes, -1
 * for none): the one whose due date comes first. */
static int stricter(qz_qctx *q, const qz_leave_request *req, int *deadline, int cand)
{
    if (cand < 0 || cand == *deadline)
        return QZ_OK;
    if (*deadline < 0) {
        *deadline = cand;
        return QZ_OK;
    }
    const qz_deadline *a = &q->r->deadlines[*deadline], *b = &q->r->deadlines[cand];
    qz_date da, db;
    int rc;
    if ((rc = qz_query__add(q, &da, req->depart, a->count, a->unit, a->before)) < 0 ||
        (rc = qz_query__add(q, &db, req->depart, b->count, b->unit, b->before)) < 0)
        return rc;
    if (db < da)
        *deadline = cand;
    return QZ_OK;
}

/* Marks the cases that apply and picks the strictest notice: the deadline
 * whose due date comes first (`*deadline`, -1 for none). */
static int select_cases(qz_qctx *q, const qz_leave_rule *l, const qz_leave_request *req, const leave_facts *f,
                        unsigned char *applies, int *deadline)
{
    qz_date best = 0;
    int rc;
    const qz_deadline *d = *deadline >= 0 ? &q->r->deadlines[*deadline] : NULL;
    if (d && (rc = qz_query__add(q, &best, req->depart, d->count, d->unit, d->before)) < 0)
        return rc;
    for (size_t i = 0; i < l->ncases; i++) {
        const qz_leave_case *lc = &l->cases[i];
        int a = case_applies(lc, f);
        applies[i] = a == 1;
        if (a < 0) {
            int dest = lc->ndestinations && f->dest < 0;
            qz_query__finding(q, lc->e.id, "未说明%s%s,无法判断是否适用:%s", dest ? "" : q->r->leave_word,
                              dest ? "去向" : "天数", lc->e.label);
        }
        if (a != 1)
            continue;
        qz_query__explain(q, "适用:%s", lc->e.label);
        qz_query__cites(q, lc->e.cites, lc->e.ncites);
        if (lc->deadline < 0)
            continue;
        d = &q->r->deadlines[lc->deadline];
        qz_date due;
        if ((rc = qz_query__add(q, &due, req->depart, d->count, d->unit, d->before)) < 0)
            return rc;
        if (*deadline < 0 || due < best) {
            *deadline = lc->deadline;
            best = due;
        }
    }
    return QZ_OK;
}

static int names_in_charge(const qz_entry *e)
{
    for (size_t k = 0; k < e->nparties; k++)
        for (size_t w = 0; w < e->parties[k].nwho; w++)
            if (e->parties[k].who[w].kind == QZ_WHO_IN_CHARGE)
                return 1;
    return 0;
}

/* "The leader in charge" of a leave is the one in charge of the leaving post's unit. */
static int leave_portfolio(qz_qctx *q, const qz_leave_rule *const *rules, size_t nrules, const char *post)
{
    int wanted = 0;
    for (size_t r = 0; r < nrules; r++) {
        const qz_leave_rule *l = rules[r];
        wanted |= names_in_charge(&l->e);
        for (size_t i = 0; i < l->ncases; i++)
            wanted |= names_in_charge(&l->cases[i].e);
    }
    const char *unit = wanted ? qz_org_post_unit(q->org, post) : NULL;
    return unit ? qz_query__portfolios(q, &unit, 1) : QZ_OK;
}

static void case_parties(qz_qctx *q, const qz_leave_rule *l, const unsigned char *applies)
{
    for (size_t i = 0; i < l->ncases; i++)
        for (size_t k = 0; applies[i] && k < l->cases[i].e.nparties; k++) {
            const qz_party *p = &l->cases[i].e.parties[k];
            int decides = p->capacity == QZ_CAP_REPORT_TO || p->capacity == QZ_CAP_APPROVER;
            qz_query__party(q, p, 0, decides ? QZ_RESOLVE_AUTHORITY : QZ_RESOLVE_LIST);
        }
}

/* The last day of the leave, in int64 so that no date can overflow it. */
static int64_t last_day(const qz_leave_request *req, const leave_facts *f)
{
    return f->days > 0 ? (int64_t)req->depart + f->days - 1 : req->depart;
}

/* The length and destination, as far as the rules' cases need them. */
static int leave_facts_of(qz_qctx *q, const qz_leave_rule *const *rules, size_t nrules,
                          const qz_leave_request *req, const char *holder, leave_facts *f)
{
    int workdays = 0, ncases = 0;
    for (size_t r = 0; r < nrules; r++)
        for (size_t i = 0; i < rules[r]->ncases; i++) {
            workdays |= rules[r]->cases[i].workdays;
            ncases = 1;
        }
    f->workdays = 0;
    if (f->days > 0 && workdays) {
        if (req->depart == INT32_MIN || last_day(req, f) > INT32_MAX) {
            char from[QZ_DATE_BUFSIZE] = "?";
            qz_date_format(from, sizeof(from), req->depart);
            return qz__error(QZ_ERANGE, "a leave of %d days from %s runs past the last date there is",
                             f->days, from);
        }
        int rc =
            qz_calendar_workdays_between(&f->workdays, q->cal, req->depart - 1, (qz_date)last_day(req, f));
        if (rc < 0)
            return rc;
    }
    const char *who = holder ? qz_org_person_name(q->org, holder) : "";
    if (f->days > 0 && workdays)
        qz_query__explain(q, "%s%s%d日,其中工作日%d日", who, q->r->leave_word, f->days, f->workdays);
    else if (f->days > 0 && ncases)
        qz_query__explain(q, "%s%s%d日", who, q->r->leave_word, f->days);
    if (f->dest >= 0)
        qz_query__explain(q, "去向:%s", q->r->destinations[f->dest].label);
    return QZ_OK;
}

/* ---- the notice ---- */

/* `kind`: the strictest QZ_NOTICE_* of the rules that apply. */
static int notice(qz_qctx *q, int kind, const qz_leave_request *req, int deadline)
{
    int late = 0;
    if (deadline >= 0) {
        const qz_deadline *d = &q->r->deadlines[deadline];
        int rc = qz_query__deadline(q, d, req->depart, 0);
        if (rc < 0)
            return rc;
        late = req->notified > q->a->values[QZ_VALUE_DUE];
        qz_query__value(q, QZ_VALUE_NOTICE_DAYS, d->count);
        int64_t given = (int64_t)req->depart - req->notified; /* int64: any two dates */
        int workdays = 0;
        if (d->unit == QZ_UNIT_WORKDAYS) {
            if (qz_calendar_workdays_between(&workdays, q->cal, req->notified, req->depart) < 0)
                return qz_error_code(qz_error_last());
            given = workdays;
        }
        qz_query__value(q, QZ_VALUE_NOTICE_GIVEN, given);
    } else if (kind == QZ_NOTICE_BEFOREHAND) {
        late = req->notified > req->depart;
        qz_query__value(q, QZ_VALUE_NOTICE_DAYS, 0);
        qz_query__explain(q, "须事先报告%s%s%s", late ? ",报告晚于" : "", late ? q->r->leave_word : "",
                          late ? "日期" : "");
    } else { /* no notice at all: NOTICE_DAYS stays absent (0 would mean "beforehand") */
        qz_query__explain(q, "无提前报告时限要求");
    }
    qz_query__value(q, QZ_VALUE_LATE, late);
    if (late)
        qz_query__finding(q, "late", "报告迟于规定时限");
    return QZ_OK;
}

static void apart(qz_qctx *q, const qz_leave_request *req, const leave_facts *f)
{
    size_t n;
    int64_t last = last_day(req, f);
    qz_date to = last > INT32_MAX ? INT32_MAX : (qz_date)last;
    if (qz_query__not_away_together(q, req->post, 1, req->depart, to, 1, &n) > 0) {
        qz_query__value(q, QZ_VALUE_ALLOWED, n == 0);
        qz_query__explain(q, "%s%s%s", n ? "与不得同时" : "没有不得同时", q->r->leave_word,
                          n ? "的领导同志时间冲突" : "的领导同志不在岗");
    }
}

/* The destination and purpose the organisation records for the absence
 * covering the departure, when the request does not state a destination:
 * the caller need not repeat what the organisation already knows. */
static void recorded_destination(qz_qctx *q, const qz_leave_request *req, const char *holder, leave_facts *f)
{
    const qz_org__absence *row = holder ? qz_org__away_of(q->org, holder, req->depart) : NULL;
    if (!row)
        return;
    if (row->destination) {
        f->dest = qz_rules__find(q->r, QZ_RULES_DESTINATION, row->destination);
        if (f->dest < 0)
            qz_query__finding(q, "unknown-destination", "组织数据记录的去向'%s'不是规则所列的去向",
                              row->destination);
    }
    if (*row->purpose)
        qz_query__explain(q, "事由:%s", row->purpose);
}

/* 1 when a rule that applies (or one of its cases that applies) names approvers. */
static int names_approver(const qz_leave_rule *const *rules, size_t nrules, unsigned char *const *applies)
{
    for (size_t r = 0; r < nrules; r++) {
        if (qz_query__find_party(&rules[r]->e, QZ_CAP_APPROVER))
            return 1;
        for (size_t i = 0; i < rules[r]->ncases; i++)
            if (applies[r][i] && qz_query__find_party(&rules[r]->cases[i].e, QZ_CAP_APPROVER))
                return 1;
    }
    return 0;
}

/* Nobody reports to or approves for themselves: the person on leave is
 * dropped from those to report to and the approvers (a rule naming their own
 * role, or their standing in for an absent approver), with a note; when no
 * approver is left, nobody may approve (fail closed). */
static void not_to_oneself(qz_qctx *q, const qz_leave_rule *const *rules, size_t nrules,
                           unsigned char *const *applies, const char *holder)
{
    if (!holder)
        return;
    static const int caps[] = {QZ_CAP_REPORT_TO, QZ_CAP_APPROVER};
    size_t dropped = 0;
    for (size_t k = 0; k < 2; k++) {
        size_t n = qz_query__drop_person(q, caps[k], holder);
        if (n)
            qz_query__explain(q, "%s本人不能作为自己请假的%s,不列入", qz_org_person_name(q->org, holder),
                              qz_capacity_label((qz_capacity)caps[k]));
        if (caps[k] == QZ_CAP_APPROVER)
            dropped = n;
    }
    /* only the leaver was left to approve: nobody may (an approver missing
     * for another reason is answered as before) */
    if (!dropped || !names_approver(rules, nrules, applies) || qz_query__count(q, QZ_CAP_APPROVER))
        return;
    for (size_t i = 0; i < q->a->nunits; i++)
        if (q->a->units[i].cap == QZ_CAP_APPROVER)
            return;
    qz_query__no_one(q, "除%s本人外无人可以批准其%s", qz_org_person_name(q->org, holder), q->r->leave_word);
}

static int leave(qz_qctx *q, const qz_leave_request *req)
{
    if (!req->post || qz_org_kind_of(q->org, req->post) != QZ_ORG_POST)
        return qz__error(QZ_ENOTFOUND, "no post '%s' in organisation %s", req->post ? req->post : "(null)",
                         qz_org_id(q->org));
    if (req->days < 0 || req->days > 36600)
        return qz__error(QZ_EINVAL, "a leave of %d days is not a length of absence (1 to 36600)", req->days);
    const char *holder = qz_org_holder(q->org, req->post, q->date);
    leave_facts f;
    f.days = leave_days(q, req, holder);
    f.dest = req->destination ? qz_rules__find(q->r, QZ_RULES_DESTINATION, req->destination) : -1;
    if (req->destination && f.dest < 0)
        return qz__error(QZ_ENOTFOUND, "no destination '%s' in rule set %s", req->destination, q->r->id);
    if (!req->destination)
        recorded_destination(q, req, holder, &f);
    const qz_leave_rule **rules = qz__arena_alloc(&q->a->arena, (q->r->nleaves + 1) * sizeof(*rules));
    if (!rules)
        return qz__error_nomem();
    size_t nrules = find_rules(q, req->post, rules, q->r->nleaves);
    if (!nrules) {
        qz_query__no_one(q, "规则没有规定%s%s的报告要求", qz_org_post_name(q->org, req->post),
                         q->r->leave_word);
        return QZ_OK;
    }
    qz_query__subject(q, &rules[0]->e);
    for (size_t r = 0; r < nrules; r++) /* every rule that applies is cited */
        qz_query__cites(q, rules[r]->e.cites, rules[r]->e.ncites);
    if (holder)
        qz_query__person(q, QZ_CAP_ABSENT, req->post, holder, QZ_VIA_HOLDER, NULL, NULL, 0);
    int rc = leave_facts_of(q, rules, nrules, req, holder, &f);
    if (rc < 0)
        return rc;
    if (nrules > 1)
        for (size_t r = 0; r < nrules; r++)
            qz_query__explain(q, "适用:%s", rules[r]->e.label);
    /* the strictest notice of all the rules and their cases wins */
    unsigned char **applies = qz__arena_alloc(&q->a->arena, nrules * sizeof(*applies));
    if (!applies)
        return qz__error_nomem();
    int deadline = -1, kind = QZ_NOTICE_NONE;
    for (size_t r = 0; r < nrules; r++) {
        const qz_leave_rule *l = rules[r];
        applies[r] = l->ncases ? qz__arena_alloc(&q->a->arena, l->ncases) : NULL;
        if (l->ncases && !applies[r])
            return qz__error_nomem();
        if (l->notice > kind)
            kind = l->notice;
        if ((rc = stricter(q, req, &deadline, l->notice == QZ_NOTICE_DEADLINE ? l->deadline : -1)) < 0 ||
            (rc = select_cases(q, l, req, &f, applies[r], &deadline)) < 0)
            return rc;
    }
    if (nrules > 1 && deadline >= 0)
        qz_query__explain(q, "从严适用:%s", q->r->deadlines[deadline].e.label);
    if ((rc = notice(q, kind, req, deadline)) < 0 || (rc = leave_portfolio(q, rules, nrules, req->post)) < 0)
        return rc;
    for (size_t r = 0; r < nrules; r++) { /* the parties merge: each person once per capacity */
        const qz_leave_rule *l = rules[r];
        qz_query__party(q, qz_query__find_party(&l->e, QZ_CAP_REPORT_TO), 0, QZ_RESOLVE_AUTHORITY);
        qz_query__party(q, qz_query__find_party(&l->e, QZ_CAP_APPROVER), 0, QZ_RESOLVE_AUTHORITY);
        qz_query__party(q, qz_query__find_party(&l->e, QZ_CAP_FILED_BY), 0, QZ_RESOLVE_LIST);
        qz_query__party(q, qz_query__find_party(&l->e, QZ_CAP_FILED_WITH), 0, QZ_RESOLVE_LIST);
        case_parties(q, l, applies[r]);
    }
    not_to_oneself(q, rules, nrules, applies, holder);
    apart(q, req, &f);
    return QZ_OK;
}

int qz_query_leave(qz_answer **out, const qz_model *m, const qz_leave_request *req)
{
    qz_qctx q;
    int rc = qz_query__enter(out, req, QZ_LEAVE_REQUEST_VERSION, "qz_query_leave");
    if (rc < 0)
        return rc;
    if ((rc = qz_query__begin(&q, m, QZ_QUERY_LEAVE, req->depart)) < 0)
        return rc;
    return qz_query__end(&q, out, leave(&q, req));
}
