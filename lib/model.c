/* The model: rule sets, organisation and calendar bound into one immutable
 * snapshot (the slot that publishes one is in model_slot.c). */
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "model.h"
#include "org.h"

/* The own-role rows of every role of every rule set (see struct qz_model). */
static int index_roles(qz_model *m)
{
    m->role_rows = qz__calloc(m->nrules, sizeof(*m->role_rows));
    if (!m->role_rows)
        return qz__error_nomem();
    for (size_t i = 0; i < m->nrules; i++) {
        const qz_rules *r = m->rules[i];
        m->role_rows[i] = qz__calloc(r->nroles ? r->nroles : 1, sizeof(**m->role_rows));
        if (!m->role_rows[i])
            return qz__error_nomem();
        for (size_t k = 0; k < r->nroles; k++)
            m->role_rows[i][k].n = qz_org__own_role_rows(m->org, r->roles[k].e.id, &m->role_rows[i][k].first);
    }
    return QZ_OK;
}

int qz_model_new_versions(qz_model **out, const qz_rules *const *rules, size_t nrules, const qz_org *org,
                          const qz_calendar *cal)
{
    if (out)
        *out = NULL;
    if (!out || !rules || !nrules || !org || !cal)
        return qz__error(QZ_EINVAL, "qz_model_new: NULL argument");
    for (size_t i = 0; i < nrules; i++)
        if (!rules[i])
            return qz__error(QZ_EINVAL, "qz_model_new: NULL rule set");
    for (size_t i = 0; i < nrules; i++) {
        int rc = qz_rules__check_ab_pairs(rules[i], org);
        if (rc < 0)
            return rc;
    }
    qz_model *m = qz__calloc(1, sizeof(*m));
    if (!m)
        return qz__error_nomem();
    m->rules = qz__calloc(nrules, sizeof(*m->rules));
    if (!m->rules) {
        qz__free(m);
        return qz__error_nomem();
    }
    /* insertion sort by effective date: a handful of versions at most */
    for (size_t i = 0; i < nrules; i++) {
        size_t k = i;
        while (k > 0 && m->rules[k - 1]->effective > rules[i]->effective) {
            m->rules[k] = m->rules[k - 1];
            k--;
        }
        m->rules[k] = (qz_rules *)rules[i];
    }
    for (size_t i = 0; i < nrules; i++)
        qz_rules_ref(m->rules[i]);
    m->nrules = nrules;
    m->org = qz_org_ref(org);
    m->cal = qz_calendar_ref(cal);
    qz__ref_init(&m->ref);
    atomic_init(&m->memo_off, 0);
    if (!(m->memo = qz_model__memo_new())) {
        qz_model_free(m);
        return qz__error_nomem();
    }
    if (index_roles(m) < 0) {
        qz_model_free(m);
        return QZ_ENOMEM;
    }
    *out = m;
    return QZ_OK;
}

int qz_model_new(qz_model **out, const qz_rules *rules, const qz_org *org, const qz_calendar *cal)
{
    return qz_model_new_versions(out, &rules, 1, org, cal);
}

int qz_model_default(qz_model **out)
{
    qz_rules *r = NULL;
    qz_org *o = NULL;
    qz_calendar *c = NULL;
    if (out)
        *out = NULL;
    if (!out)
        return qz__error(QZ_EINVAL, "qz_model_default: NULL argument");
    int rc = qz_rules_default(&r);
    if (rc >= 0)
        rc = qz_org_default(&o);
    if (rc >= 0)
        rc = qz_calendar_default(&c);
    if (rc >= 0)
        rc = qz_model_new(out, r, o, c);
    qz_rules_free(r);
    qz_org_free(o);
    qz_calendar_free(c);
    return rc;
}

/* A model is immutable but for its count, which lives outside what "const"
 * promises callers (as qz_org_ref() and qz_rules_ref() do). */
qz_model *qz_model_ref(const qz_model *m)
{
    qz_model *mut = (qz_model *)m;
    if (mut)
        qz__ref_inc(&mut->ref);
    return mut;
}

void qz_model_free(qz_model *m)
{
    if (!m || !qz__ref_dec(&m->ref))
        return;
    for (size_t i = 0; i < m->nrules; i++) {
        qz_rules_free(m->rules[i]);
        if (m->role_rows)
            qz__free(m->role_rows[i]);
    }
    qz__free(m->role_rows);
    qz__free(m->memo);
    qz__free(m->rules);
    qz_org_free(m->org);
    qz_calendar_free(m->cal);
    qz__free(m);
}

const qz_rules *qz_model__rules_at(const qz_model *m, qz_date date, size_t *index)
{
    for (size_t i = m->nrules; i-- > 0;) {
        const qz_rules *r = m->rules[i];
        if (r->effective <= date) {
            *index = i;
            return qz_rules_in_force(r, date) ? r : NULL;
        }
    }
    return NULL;
}

const qz_rules *qz_model_rules_at(const qz_model *m, qz_date date)
{
    size_t i;
    return m ? qz_model__rules_at(m, date, &i) : NULL;
}

const qz_rules *qz_model_rules(const qz_model *m)
{
    return m && m->nrules ? m->rules[0] : NULL;
}
const qz_org *qz_model_org(const qz_model *m)
{
    return m ? m->org : NULL;
}
const qz_calendar *qz_model_calendar(const qz_model *m)
{
    return m ? m->cal : NULL;
}
