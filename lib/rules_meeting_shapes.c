/* Meeting clauses of other governments' rules: a length cap ("一般不超过半天",
 * max-length with length-unit, length-principle), a cap counted per unit
 * ("each department at most one county-wide meeting a year", max-per-unit
 * with per-unit-period, per-unit-principle), and an approval that depends on
 * who is invited (<approver invites="ROLE...">: the first approver whose
 * roles are invited applies, else the one without invites). Read after
 * qz_rules__compile(), from the same tree; `invites` anywhere else is refused
 * at its place. */
#include <string.h>
#include "error.h"
#include "rules.h"

static int fail(const char *file, const qz_rnode *n, const char *fmt, const char *arg)
{
    return qz__error_at(QZ_ESCHEMA, file, n->line, n->column, fmt, arg ? arg : "");
}

/* A positive count, or 0 when absent; -1 when not a positive number. */
static int count_attr(const qz_rnode *n, const char *attr)
{
    return qz_rules__number(qz_rules__attr(n, attr), 1, 100000);
}

static int length_cap(qz_meeting *m, const qz_rnode *n, const char *file)
{
    int len = count_attr(n, "max-length");
    const char *unit = qz_rules__attr(n, "length-unit");
    if (len < 0)
        return fail(file, n, "max-length=\"%s\" is not a positive count", qz_rules__attr(n, "max-length"));
    if (!len && (unit || qz_rules__attr(n, "length-principle")))
        return fail(file, n, "length-unit and length-principle need a max-length%s", NULL);
    if (!len)
        return QZ_OK;
    if (!unit)
        return fail(file, n, "max-length needs a length-unit (hours or half-days)%s", NULL);
    if (strcmp(unit, "hours") == 0)
        m->length_unit = QZ_UNIT_HOURS;
    else if (strcmp(unit, "half-days") == 0)
        m->length_unit = QZ_UNIT_HALF_DAYS;
    else
        return fail(file, n, "length-unit=\"%s\" is neither hours nor half-days", unit);
    m->max_length = len;
    m->max_minutes = len * (m->length_unit == QZ_UNIT_HOURS ? 60 : 240); /* a half day: 4 hours */
    m->length_principle = qz_rules__bool(qz_rules__attr(n, "length-principle"));
    return QZ_OK;
}

static int unit_cap(qz_meeting *m, const qz_rnode *n, const char *file)
{
    int max = count_attr(n, "max-per-unit");
    const char *per = qz_rules__attr(n, "per-unit-period");
    if (max < 0)
        return fail(file, n, "max-per-unit=\"%s\" is not a positive count",
                    qz_rules__attr(n, "max-per-unit"));
    if (!max && (per || qz_rules__attr(n, "per-unit-principle")))
        return fail(file, n, "per-unit-period and per-unit-principle need a max-per-unit%s", NULL);
    if (!max)
        return QZ_OK;
    m->per_unit_period = qz_rules__period(per);
    if (!m->per_unit_period)
        return fail(file, n,
                    "max-per-unit needs a per-unit-period (week, month, quarter, half-year or year)%s", NULL);
    m->max_per_unit = max;
    m->per_unit_principle = qz_rules__bool(qz_rules__attr(n, "per-unit-principle"));
    return QZ_OK;
}

/* Splits invites="a b" into role indexes in the rule set's arena. */
static int invites(qz_rules *r, const qz_rnode *n, qz_party *p, const char *file)
{
    const char *s = qz_rules__attr(n, "invites");
    size_t cap = 0;
    char id[128];
    int got;
    while ((got = qz_rules__next_id(&s, id, sizeof(id))) != 0) {
        if (got < 0)
            return fail(file, n, "invites names a role id that is too long%s", NULL);
        int ri = qz_rules__find(r, QZ_RULES_ROLE, id);
        if (ri < 0)
            return fail(file, n, "invites refers to '%s', which is not defined", id);
        if (qz__arena_grow(&r->arena, (void **)&p->invites, &cap, p->ninvites + 1, sizeof(int)) < 0)
            return qz__error_nomem();
        p->invites[p->ninvites++] = ri;
    }
    if (!p->ninvites)
        return fail(file, n, "invites may not be empty%s", NULL);
    return QZ_OK;
}

/* The approvers of meeting `m` (element `n`), in document order. */
static int approvals(qz_rules *r, qz_meeting *m, const qz_rnode *n, const char *file)
{
    size_t k = 0;
    for (size_t i = 0; i < n->nkids; i++) {
        const qz_rnode *kid = n->kids[i];
        if (strcmp(kid->name, "approver") != 0)
            continue;
        qz_party *p = NULL;
        for (size_t j = 0, seen = 0; j < m->e.nparties && !p; j++)
            if (m->e.parties[j].capacity == QZ_CAP_APPROVER && seen++ == k)
                p = &m->e.parties[j];
        k++;
        if (!p || !qz_rules__attr(kid, "invites"))
            continue;
        int rc = invites(r, kid, p, file);
        if (rc < 0)
            return rc;
        m->has_invite_approvals = 1;
    }
    return QZ_OK;
}

/* `invites` means something on a meeting's <approver> only. */
static int stray_invites(const qz_rnode *n, const qz_rnode *parent, const char *file)
{
    if (qz_rules__attr(n, "invites") &&
        (strcmp(n->name, "approver") != 0 || !parent || strcmp(parent->name, "meeting") != 0))
        return fail(file, n, "invites applies to a meeting's <approver> only, not to <%s>", n->name);
    for (size_t i = 0; i < n->nkids; i++) {
        int rc = stray_invites(n->kids[i], n, file);
        if (rc < 0)
            return rc;
    }
    return QZ_OK;
}

int qz_rules__meeting_shapes(qz_rules *r, const char *name)
{
    int rc = stray_invites(r->root, NULL, name);
    if (rc < 0)
        return rc;
    const qz_rnode *sec = NULL;
    for (size_t i = 0; i < r->root->nkids && !sec; i++)
        if (strcmp(r->root->kids[i]->name, "meetings") == 0)
            sec = r->root->kids[i];
    size_t i = 0;
    for (size_t k = 0; sec && k < sec->nkids && i < r->nmeetings; k++) {
        const qz_rnode *n = sec->kids[k];
        if (strcmp(n->name, "meeting") != 0)
            continue;
        qz_meeting *m = &r->meetings[i++];
        if ((rc = length_cap(m, n, name)) < 0 || (rc = unit_cap(m, n, name)) < 0 ||
            (rc = approvals(r, m, n, name)) < 0)
            return rc;
    }
    return QZ_OK;
}
