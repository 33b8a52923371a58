/* Conditions a rule states about the situation on the date, which the
 * queries compute from the organisation and the calendar rather than asking
 * the caller: a deadline whose last day rolls over to the next working day
 * (Civil Code Art. 203: 期间的最后一日是法定休假日的,以法定休假日结束的次日为期间的最后一日),
 * and a signing row that applies while the holder of a post is away
 * ("县长不在县内时,由主持工作的副县长签发"). Compiling them lives here so that
 * rules_compile.c only calls in. */
#include <string.h>
#include "error.h"
#include "quanze/date.h"
#include "rules.h"

int qz_rules__deadline_roll(qz_rules *r, const qz_rnode *n, qz_deadline *d, const char *file)
{
    (void)r;
    const char *roll = qz_rules__attr(n, "roll");
    d->roll_next_workday = roll && strcmp(roll, "next-workday") == 0;
    if (!d->roll_next_workday)
        return QZ_OK;
    /* working-day counts never end on a rest day; hours and half days are
     * rounded to days already; a count backwards has no period to extend */
    if (d->unit == QZ_UNIT_WORKDAYS || d->unit == QZ_UNIT_HALF_DAYS || d->unit == QZ_UNIT_HOURS)
        return qz__error_at(QZ_ESCHEMA, file, n->line, n->column,
                            "deadline '%s': roll=\"next-workday\" applies to periods in days, weeks, months "
                            "or years, not to %s",
                            d->e.id, qz_rules__attr(n, "unit"));
    if (d->before)
        return qz__error_at(QZ_ESCHEMA, file, n->line, n->column,
                            "deadline '%s': roll=\"next-workday\" needs a period counted forwards", d->e.id);
    return QZ_OK;
}

int qz_rules__when_holder_away(qz_rules *r, const qz_rnode *n, qz_when *w, const char *file)
{
    const char *list = qz_rules__attr(n, "holder-away");
    w->holders_away = NULL;
    w->nholders_away = 0;
    if (!list)
        return QZ_OK;
    size_t k = qz_rules__count_ids(list);
    if (!k)
        return QZ_OK;
    int *v = qz__arena_alloc(&r->arena, k * sizeof(int));
    if (!v)
        return qz__error_nomem();
    char id[128];
    size_t j = 0;
    int got;
    for (const char *p = list; j < k && (got = qz_rules__next_id(&p, id, sizeof(id))) != 0;) {
        if (got < 0)
            return qz__error_at(QZ_ESCHEMA, file, n->line, n->column, "holder-away: an id is too long");
        if ((v[j++] = qz_rules__find(r, QZ_RULES_ROLE, id)) < 0)
            return qz__error_at(QZ_ESCHEMA, file, n->line, n->column,
                                "holder-away refers to '%s', which is not defined", id);
    }
    w->holders_away = v;
    w->nholders_away = j;
    return QZ_OK;
}
