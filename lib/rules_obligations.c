/* The general obligation form (<obligation>): a party must do something
 * (an action of a small closed vocabulary, on an object), for or to someone,
 * when an event happens (within a deadline or promptly), periodically or by
 * a date of the year. This file reads the action, the object and the <on> and
 * <by> triggers; rules_compile.c reads the parties and puts a periodic one
 * (<every per>) into the periodic table. The Chinese labels of the actions
 * live with the other labels in query_explain.c. */
#include <string.h>
#include "error.h"
#include "rules.h"

/* The actions, in the order of their QZ_ACTION_* index (0: none). */
static const char *const action_ids[] = {"",      "report",    "request", "file",      "plan",   "assess",
                                         "hear",  "consult",   "review",  "implement", "notify", "rectify",
                                         "draft", "interpret", "handle",  "interview", "other"};
_Static_assert(sizeof(action_ids) / sizeof(action_ids[0]) == QZ_ACTION_COUNT, "an id for every action");

const char *qz_rules__action_id(int action)
{
    return action > 0 && action < QZ_ACTION_COUNT ? action_ids[action] : NULL;
}

static int fail(const char *file, const qz_rnode *n, const char *fmt, const char *a1)
{
    return qz__error_at(QZ_ESCHEMA, file, n->line, n->column, fmt, a1 ? a1 : "");
}

static const qz_rnode *child(const qz_rnode *n, const char *name)
{
    for (size_t i = 0; i < n->nkids; i++)
        if (strcmp(n->kids[i]->name, name) == 0)
            return n->kids[i];
    return NULL;
}

/* <on event="ID" deadline="ID"/>, or within="N" unit="U", or promptly="true". */
static int on_event(qz_rules *r, const qz_rnode *on, qz_obligation *ob, const char *file)
{
    const char *ev = qz_rules__attr(on, "event"), *dl = qz_rules__attr(on, "deadline");
    const char *within = qz_rules__attr(on, "within"), *unit = qz_rules__attr(on, "unit");
    const char *pr = qz_rules__attr(on, "promptly");
    ob->trigger = QZ_OB_EVENT;
    if ((ob->event = qz_rules__find(r, QZ_RULES_EVENT, ev)) < 0)
        return fail(file, on, "event=\"%s\" is not an event of <obligations>", ev);
    if (dl && (ob->deadline = qz_rules__find(r, QZ_RULES_DEADLINE, dl)) < 0)
        return fail(file, on, "deadline=\"%s\" is not a deadline of <deadlines>", dl);
    ob->promptly = qz_rules__bool(pr);
    if (!within != !unit)
        return fail(file, on, "within and unit go together%s", NULL);
    if (within) {
        if ((ob->within = qz_rules__number(within, 1, 100000)) <= 0)
            return fail(file, on, "within=\"%s\" is not a positive count", within);
        ob->unit = qz_rules__time_unit(unit);
        if (!ob->unit)
            return fail(file, on, "unit=\"%s\" is not a unit of time", unit);
    }
    if ((dl != NULL) + (within != NULL) + ob->promptly > 1)
        return fail(file, on, "an event's time limit is one of deadline, within or promptly%s", NULL);
    return QZ_OK;
}

/* <by month="M" day="D"/>: a date of every year (29 February falls on the
 * 28th in other years). */
static int by_date(const qz_rnode *by, qz_obligation *ob, const char *file)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    ob->trigger = QZ_OB_DATE;
    ob->month = qz_rules__number(qz_rules__attr(by, "month"), 1, 12);
    ob->day = qz_rules__number(qz_rules__attr(by, "day"), 1, 31);
    if (ob->month <= 0 || ob->day <= 0 || ob->day > days[ob->month - 1])
        return fail(file, by, "<by> needs a month (1-12) and a day of that month%s", NULL);
    return QZ_OK;
}

int qz_rules__obligation(qz_rules *r, const qz_rnode *n, qz_obligation *ob, const char *file)
{
    const char *action = qz_rules__attr(n, "action"), *meeting = qz_rules__attr(n, "meeting");
    ob->event = ob->deadline = ob->periodic = -1;
    for (int k = 1; action && k < QZ_ACTION_COUNT; k++)
        if (strcmp(action_ids[k], action) == 0)
            ob->action = k;
    if (!ob->action)
        return fail(file, n, "action=\"%s\" is not an action (report, file, plan, assess, hear...)", action);
    ob->action_id = action_ids[ob->action];
    ob->action_label = qz_rules__attr(n, "action-label");
    if (ob->action == QZ_ACTION_COUNT - 1 && !ob->action_label)
        return fail(file, n, "action=\"other\" needs an action-label%s", NULL);
    if (!(ob->object = qz_rules__attr(n, "object")))
        return fail(file, n, "an obligation needs an object%s", NULL);
    if (meeting && (ob->meeting = qz_rules__find(r, QZ_RULES_MEETING, meeting)) < 0)
        return fail(file, n, "meeting=\"%s\" is not a meeting of <meetings>", meeting);
    if (!meeting)
        ob->meeting = -1;
    const qz_rnode *on = child(n, "on"), *every = child(n, "every"), *by = child(n, "by");
    if ((on != NULL) + (every != NULL) + (by != NULL) != 1)
        return fail(file, n, "an obligation needs exactly one of <on>, <every> and <by>%s", NULL);
    if (on)
        return on_event(r, on, ob, file);
    if (by)
        return by_date(by, ob, file);
    ob->trigger = QZ_OB_PERIODIC; /* the caller reads <every> */
    return QZ_OK;
}
