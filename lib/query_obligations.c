/* Obligations: what a post (or a unit, or anyone) must do in a range of
 * days under the rule set's <obligation>s. Each obligation gives items: a
 * periodic one an item per period meeting the range, a fixed date one an item
 * per date in it, an event one a standing item with its time limit. Each item
 * is a whole answer (people on its date, figures, citations, explanation),
 * owned by the list answer. The periods come from the periodic query's own
 * arithmetic (qz_query__period_of) over the same table row. */
#include <string.h>
#include "error.h"
#include "org.h"
#include "query.h"
#include "quanze/date.h"

QZ_QUERY__REQUEST_INIT(obligations, OBLIGATIONS)

/* More items than any sensible question yields; refused beyond it. */
#define MAX_ITEMS 20000

/* When: 及时, 在5个工作日内, 每月一般2至3次, 每年12月31日前, 定期. */
static void timing(qz_buf *b, const qz_rules *r, const qz_obligation *ob)
{
    if (ob->trigger == QZ_OB_EVENT) {
        if (ob->promptly)
            qz__buf_puts(b, "及时");
        else if (ob->within)
            qz__buf_printf(b, "在%d%s内", ob->within, qz_time_unit_label((qz_time_unit)ob->unit));
        else if (ob->deadline >= 0) {
            const qz_deadline *d = &r->deadlines[ob->deadline];
            if (d->min)
                qz__buf_printf(b, "在%d至%d%s内", d->min, d->count,
                               qz_time_unit_label((qz_time_unit)d->unit));
            else
                qz__buf_printf(b, "在%d%s内", d->count, qz_time_unit_label((qz_time_unit)d->unit));
        }
    } else if (ob->trigger == QZ_OB_DATE) {
        qz__buf_printf(b, "每年%d月%d日前", ob->month, ob->day);
    } else if (ob->periodic < 0) {
        qz__buf_puts(b, "定期(规则未规定频次)");
    } else {
        const qz_periodic *p = &r->periodics[ob->periodic];
        qz__buf_puts(b, "每");
        if (p->every > 1)
            qz__buf_printf(b, "%d个", p->every);
        qz__buf_puts(b, qz_query__period_label(p->per));
        if (p->max >= 0)
            qz__buf_printf(b, "%s%d至%d次", p->principle ? "一般" : "", p->min, p->max);
        else
            qz__buf_printf(b, "不少于%d次", p->min);
    }
}

static const char *action_label(const qz_obligation *ob)
{
    return ob->action_label ? ob->action_label : qz_query__action_label(ob->action);
}

/* The obligation in one sentence, from labels only (never an id):
 * "遇“县政府重要事项”时,县政府应及时请示报告:县政府重要事项(对象:县委)". */
typedef struct ob_line {
    const qz_rules *r;
    const qz_obligation *ob;
} ob_line;

static void render_obligation(qz_buf *b, const void *data)
{
    const ob_line *l = data;
    const qz_obligation *ob = l->ob;
    const qz_party *resp = qz_query__find_party(&ob->e, QZ_CAP_RESPONSIBLE);
    const qz_party *to = qz_query__find_party(&ob->e, QZ_CAP_OBLIGEE);
    if (ob->trigger == QZ_OB_EVENT)
        qz__buf_printf(b, "遇“%s”时,", l->r->events[ob->event].label);
    if (resp && resp->nwho)
        qz_query__party_labels(b, resp);
    else
        qz__buf_puts(b, "(规则未指明责任主体)");
    qz__buf_puts(b, "应");
    timing(b, l->r, ob);
    if (ob->meeting >= 0)
        qz__buf_printf(b, "在%s上", l->r->meetings[ob->meeting].e.label);
    qz__buf_printf(b, "%s:%s", action_label(ob), ob->object);
    if (to && to->nwho) {
        qz__buf_puts(b, "(对象:");
        qz_query__party_labels(b, to);
        qz__buf_puts(b, ")");
    }
}

/* The dates of one item: a period, a due date. */
typedef struct ob_dates {
    qz_date start, end, due;
} ob_dates;

static void render_dates(qz_buf *b, const void *data)
{
    const ob_dates *d = data;
    char sb[QZ_DATE_BUFSIZE] = "", eb[QZ_DATE_BUFSIZE] = "", db[QZ_DATE_BUFSIZE] = "";
    if (d->start != QZ_DATE_NONE) {
        qz_date_format(sb, sizeof(sb), d->start);
        qz_date_format(eb, sizeof(eb), d->end);
        qz__buf_printf(b, "本期%s至%s", sb, eb);
    }
    if (d->start != QZ_DATE_NONE && d->due != QZ_DATE_NONE)
        qz__buf_puts(b, ",");
    if (d->due != QZ_DATE_NONE) {
        qz_date_format(db, sizeof(db), d->due);
        qz__buf_printf(b, "截止%s", db);
    }
}

/* The figures of an obligation that do not depend on a date. */
static void figures(qz_qctx *q, const qz_obligation *ob)
{
    if (ob->trigger == QZ_OB_EVENT && ob->within) {
        qz_query__value(q, QZ_VALUE_LIMIT, ob->within);
        qz_query__value(q, QZ_VALUE_UNIT, ob->unit);
    } else if (ob->trigger == QZ_OB_EVENT && ob->deadline >= 0) {
        const qz_deadline *d = &q->r->deadlines[ob->deadline];
        qz_query__value(q, QZ_VALUE_LIMIT, d->count);
        qz_query__value(q, QZ_VALUE_UNIT, d->unit);
        qz_query__value(q, QZ_VALUE_PRINCIPLE, d->principle);
        if (d->min)
            qz_query__value(q, QZ_VALUE_MIN, d->min);
        qz_query__cites(q, d->e.cites, d->e.ncites);
    } else if (ob->periodic >= 0) {
        const qz_periodic *p = &q->r->periodics[ob->periodic];
        qz_query__value(q, QZ_VALUE_MIN, p->min);
        if (p->max >= 0)
            qz_query__value(q, QZ_VALUE_MAX, p->max);
        qz_query__value(q, QZ_VALUE_PRINCIPLE, p->principle);
    }
}

/* What every answer about an obligation says: subject, citations, the
 * parties on the question's date, the figures and the sentence. */
static void describe(qz_qctx *q, const qz_obligation *ob)
{
    qz_query__subject(q, &ob->e);
    qz_query__cites(q, ob->e.cites, ob->e.ncites);
    qz_query__party(q, qz_query__find_party(&ob->e, QZ_CAP_RESPONSIBLE), 0, QZ_RESOLVE_LIST);
    qz_query__party(q, qz_query__find_party(&ob->e, QZ_CAP_OBLIGEE), 0, QZ_RESOLVE_LIST);
    qz_query__obligation_matter(q, ob);
}

void qz_query__obligation_matter(qz_qctx *q, const qz_obligation *ob)
{
    /* the matrix resolves the parties itself */
    qz_answer *a = q->a;
    figures(q, ob);
    a->ob_trigger = ob->trigger;
    a->ob_action = ob->action_id;
    a->ob_action_label = action_label(ob);
    a->ob_object = ob->object;
    a->ob_event = ob->event >= 0 ? q->r->events[ob->event].id : NULL;
    a->ob_event_label = ob->event >= 0 ? q->r->events[ob->event].label : NULL;
    ob_line *l = qz_query__explain_later(q, render_obligation, sizeof(*l));
    if (l)
        *l = (ob_line){q->r, ob};
}

/* ---- which obligations a post or a unit bears ---- */

static int post_bears(qz_qctx *q, const char *post, const qz_party *resp)
{
    for (size_t k = 0; k < resp->nwho; k++) {
        const qz_who *w = &resp->who[k];
        /* a role by holding it; an entrusted role only through an entrustment (below) */
        if (w->kind == QZ_WHO_ROLE && w->entrusted_by < 0 && qz_query__post_has_role(q, post, w->role))
            return 1;
    }
    for (size_t i = 0; i < q->a->npeople; i++)
        if (q->a->people[i].cap == QZ_CAP_RESPONSIBLE && strcmp(q->a->people[i].post, post) == 0)
            return 1;
    return 0;
}

static int unit_bears(qz_qctx *q, const char *unit, const qz_party *resp)
{
    for (size_t k = 0; k < resp->nwho; k++)
        if (resp->who[k].kind == QZ_WHO_BODY && strcmp(resp->who[k].id, unit) == 0)
            return 1;
    for (size_t i = 0; i < q->a->npeople; i++) {
        const char *u =
            q->a->people[i].cap == QZ_CAP_RESPONSIBLE ? qz_org_post_unit(q->org, q->a->people[i].post) : NULL;
        if (u && strcmp(u, unit) == 0)
            return 1;
    }
    return 0;
}

static int bears(qz_qctx *q, const qz_obligations_request *req, const qz_obligation *ob)
{
    const qz_party *resp = qz_query__find_party(&ob->e, QZ_CAP_RESPONSIBLE);
    if (!req->post && !req->unit)
        return 1;
    if (!resp)
        return 0;
    return (!req->post || post_bears(q, req->post, resp)) && (!req->unit || unit_bears(q, req->unit, resp));
}

/* ---- the list ---- */

typedef struct list {
    qz_qctx *q; /* the list answer's question */
    const qz_obligations_request *req;
    int other_rules; /* an item's date falls under another version of the rules */
} list;

/* Adds the item of `ob` on `date` (the day its people are looked up). */
static int item(list *l, const qz_obligation *ob, qz_date date, const ob_dates *d)
{
    qz_qctx q;
    qz_answer *a = NULL, *la = l->q->a;
    int rc = qz_query__begin(&q, l->q->m, QZ_QUERY_OBLIGATIONS, date);
    if (rc < 0)
        return rc == QZ_ERANGE ? (l->other_rules = 1, QZ_OK) : rc;
    if (q.r != l->q->r) {
        l->other_rules = 1; /* its indexes belong to another rule set */
        qz_answer_free(q.a);
        return QZ_OK;
    }
    describe(&q, ob);
    if (d->start != QZ_DATE_NONE) {
        qz_query__value(&q, QZ_VALUE_PERIOD_START, d->start);
        qz_query__value(&q, QZ_VALUE_PERIOD_END, d->end);
    }
    if (d->due != QZ_DATE_NONE)
        qz_query__value(&q, QZ_VALUE_DUE, d->due);
    if (d->start != QZ_DATE_NONE || d->due != QZ_DATE_NONE) {
        ob_dates *st = qz_query__explain_later(&q, render_dates, sizeof(*st));
        if (st)
            *st = *d;
    }
    int keep = bears(&q, l->req, ob);
    if ((rc = qz_query__end(&q, &a, QZ_OK)) < 0)
        return rc;
    if (!keep) {
        qz_answer_free(a);
        return QZ_OK;
    }
    if (la->nitems == MAX_ITEMS) {
        qz_answer_free(a);
        return qz__error(QZ_ELIMIT, "qz_query_obligations: more than %d items; ask for a shorter range",
                         MAX_ITEMS);
    }
    if (qz__arena_grow(&la->arena, (void **)&la->items, &la->capitems, la->nitems + 1, sizeof(*la->items)) <
        0) {
        qz_answer_free(a);
        return qz__error_nomem();
    }
    la->items[la->nitems++] = a;
    qz_query__cites(l->q, ob->e.cites, ob->e.ncites);
    return QZ_OK;
}

static int periodic_items(list *l, const qz_obligation *ob, qz_date from, qz_date to)
{
    const qz_periodic *p = &l->q->r->periodics[ob->periodic];
    for (qz_date d = from; d <= to;) {
        ob_dates dates = {QZ_DATE_NONE, QZ_DATE_NONE, QZ_DATE_NONE};
        int rc = qz_query__period_of(l->q, p, d, &dates.start, &dates.end);
        if (rc < 0)
            return rc;
        if (p->within_days && dates.start + p->within_days - 1 < dates.end)
            dates.due = dates.start + p->within_days - 1;
        if ((rc = item(l, ob, dates.start > from ? dates.start : from, &dates)) < 0)
            return rc;
        d = dates.end + 1;
    }
    return QZ_OK;
}

/* Each year's date in [from, to]; 29 February is the 28th in other years. */
static int date_items(list *l, const qz_obligation *ob, qz_date from, qz_date to)
{
    int y0, y1;
    if (qz_date_to_ymd(&y0, NULL, NULL, from) < 0 || qz_date_to_ymd(&y1, NULL, NULL, to) < 0)
        return qz__error(QZ_ERANGE, "qz_query_obligations: date out of range");
    for (int y = y0; y <= y1; y++) {
        ob_dates dates = {QZ_DATE_NONE, QZ_DATE_NONE, QZ_DATE_NONE};
        if (qz_date_from_ymd(&dates.due, y, ob->month, ob->day) < 0 &&
            qz_date_from_ymd(&dates.due, y, ob->month, ob->day - 1) < 0)
            return qz__error(QZ_ERANGE, "qz_query_obligations: no %d-%02d-%02d", y, ob->month, ob->day);
        if (dates.due < from || dates.due > to)
            continue;
        int rc = item(l, ob, dates.due, &dates);
        if (rc < 0)
            return rc;
    }
    return QZ_OK;
}

static int check_filters(qz_qctx *q, const qz_obligations_request *req)
{
    if (req->post && qz_org__find(q->org, req->post, QZ_ORG_POST) == QZ_ORG__NONE)
        return qz__error(QZ_ENOTFOUND, "qz_query_obligations: no post '%s' in the organisation", req->post);
    if (req->unit && qz_org__find(q->org, req->unit, QZ_ORG_UNIT) == QZ_ORG__NONE &&
        qz_rules__find(q->r, QZ_RULES_BODY, req->unit) < 0)
        return qz__error(QZ_ENOTFOUND, "qz_query_obligations: '%s' is neither a unit nor a body of the rules",
                         req->unit);
    return QZ_OK;
}

static int obligations(qz_qctx *q, const qz_obligations_request *req, qz_date to)
{
    list l = {q, req, 0};
    int rc = check_filters(q, req);
    if (rc < 0)
        return rc;
    if (q->r->expires != QZ_DATE_NONE && to > q->r->expires)
        to = q->r->expires; /* the rules of `from` end there */
    qz_query__value(q, QZ_VALUE_PERIOD_START, req->from);
    qz_query__value(q, QZ_VALUE_PERIOD_END, to);
    for (size_t i = 0; i < q->r->nobligations && rc == QZ_OK; i++) {
        const qz_obligation *ob = &q->r->obligations[i];
        ob_dates none = {QZ_DATE_NONE, QZ_DATE_NONE, QZ_DATE_NONE};
        if (ob->periodic >= 0)
            rc = periodic_items(&l, ob, req->from, to);
        else if (ob->trigger == QZ_OB_DATE)
            rc = date_items(&l, ob, req->from, to);
        else
            rc = item(&l, ob, req->from, &none); /* a standing obligation */
    }
    if (rc < 0)
        return rc;
    qz_query__value(q, QZ_VALUE_COUNT, (int64_t)q->a->nitems);
    qz_query__explain(q, "共%zu项义务", q->a->nitems);
    if (l.other_rules)
        qz_query__finding(q, "rules-changed", "期间内规则版本变更,只列出%s的规则所定义务", q->r->title);
    return QZ_OK;
}

int qz_query_obligations(qz_answer **out, const qz_model *m, const qz_obligations_request *req)
{
    qz_qctx q;
    int rc = qz_query__enter(out, req, QZ_OBLIGATIONS_REQUEST_VERSION, "qz_query_obligations");
    if (rc < 0)
        return rc;
    qz_date to = req->to ? req->to : req->from;
    if (to < req->from)
        return qz__error(QZ_EINVAL, "qz_query_obligations: the range ends before it starts");
    if ((long)to - (long)req->from >= QZ_OBLIGATIONS_MAX_DAYS)
        return qz__error(QZ_ELIMIT, "qz_query_obligations: a range of %ld days (at most %d)",
                         (long)to - (long)req->from + 1, QZ_OBLIGATIONS_MAX_DAYS);
    if ((rc = qz_query__begin(&q, m, QZ_QUERY_OBLIGATIONS, req->from)) < 0)
        return rc;
    return qz_query__end(&q, out, obligations(&q, req, to));
}
