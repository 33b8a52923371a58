/* Quorum: whether enough of the members a meeting counts over are present. */
#include <string.h>
#include "error.h"
#include "org.h"
#include "query.h"

QZ_QUERY__REQUEST_INIT(quorum, QUORUM)

/* 1 when `person` (holding `post`) is among the ids present (post or person ids). */
static int is_present(const char *const *present, size_t n, const char *post, const char *person)
{
    for (size_t i = 0; i < n; i++)
        if (present[i] && (strcmp(present[i], post) == 0 || strcmp(present[i], person) == 0))
            return 1;
    return 0;
}

static int check_ids(qz_qctx *q, const char *const *present, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int k = present[i] ? qz_org_kind_of(q->org, present[i]) : QZ_ORG_NONE;
        if (k != QZ_ORG_POST && k != QZ_ORG_PERSON)
            return qz__error(QZ_ENOTFOUND, "'%s' is neither a post nor a person of %s",
                             present[i] ? present[i] : "(null)", qz_org_id(q->org));
    }
    return QZ_OK;
}

/* A post or person listed as present who is not one of the members the quorum
 * counts is reported, not silently dropped (a typo would otherwise look like
 * an absence). */
static void report_non_members(qz_qctx *q, const qz_quorum *qu, const char *const *present, size_t n,
                               const char **posts, const char **persons, size_t members)
{
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < members && strcmp(present[i], posts[k]) != 0 && strcmp(present[i], persons[k]) != 0)
            k++;
        if (k == members)
            qz_query__finding(q, "not-a-member", "到会名单中的%s不是%s,不计入法定人数",
                              qz_org_kind_of(q->org, present[i]) == QZ_ORG_POST
                                  ? qz_org_post_name(q->org, present[i])
                                  : qz_org_person_name(q->org, present[i]),
                              q->r->roles[qu->over].e.label);
    }
}

/* Members the organisation records as away on the day: each is explained,
 * and one the caller counts as present is a finding (the record and the
 * count disagree). */
static void away_members(qz_qctx *q, size_t members, const char **posts, const char **persons,
                         const int32_t *index, const char *const *present, size_t npresent)
{
    for (size_t i = 0; i < members; i++) {
        const qz_org__absence *row = qz_org__away(q->org, index[i], q->date);
        if (!row)
            continue;
        const char *pn = qz_org_post_name(q->org, posts[i]);
        int counted = present && is_present(present, npresent, posts[i], persons[i]);
        const char *reason = *row->reason ? row->reason : row->purpose;
        if (counted)
            qz_query__finding(q, "counted-while-away", "%s%s当日%s%s%s%s,却计为到会", pn ? pn : posts[i],
                              qz_org_person_name(q->org, persons[i]),
                              qz_query__away_label(q->r, row->away_from_county), *reason ? "(" : "", reason,
                              *reason ? ")" : "");
        else
            qz_query__explain(q, "%s%s当日%s%s%s%s", pn ? pn : posts[i],
                              qz_org_person_name(q->org, persons[i]),
                              qz_query__away_label(q->r, row->away_from_county), *reason ? "(" : "", reason,
                              *reason ? ")" : "");
    }
}

int qz_query__quorum(qz_qctx *q, const qz_meeting *mt, const char *const *present, size_t npresent)
{
    const qz_quorum *qu = &mt->quorum;
    const char **posts, **persons;
    int32_t *post_index, *index;
    size_t members = qz_query__role_people_at(q, qu->over, &posts, &persons, &post_index, &index);
    long long num = (long long)members * qu->num;
    long long required = qu->strict ? num / qu->den + 1 : (num + qu->den - 1) / qu->den;
    qz_query__value(q, QZ_VALUE_MEMBERS, (int64_t)members);
    qz_query__value(q, QZ_VALUE_REQUIRED, required);
    qz_query__cites(q, qu->cites, qu->ncites);
    int cite = qu->ncites ? qz_query__cite(q, &qu->cites[0]) : -1;
    qz_query__explain(q, "法定人数:%s共%zu人,须%s%d/%d,即至少%lld人", q->r->roles[qu->over].e.label, members,
                      qu->strict ? "超过" : "达到", qu->num, qu->den, required);
    away_members(q, members, posts, persons, index, present, npresent);
    if (!present)
        return QZ_OK;
    long long count = 0;
    for (size_t i = 0; i < members; i++)
        if (is_present(present, npresent, posts[i], persons[i])) {
            qz_query__person_at(q, QZ_CAP_PRESENT, post_index[i], index[i], QZ_VIA_HOLDER, NULL, NULL, cite);
            count++;
        }
    report_non_members(q, qu, present, npresent, posts, persons, members);
    qz_query__value(q, QZ_VALUE_PRESENT, count);
    qz_query__value(q, QZ_VALUE_MET, count >= required && members > 0);
    qz_query__explain(q, "到会%lld人,%s", count,
                      count >= required && members > 0 ? "达到法定人数" : "未达到法定人数");
    return QZ_OK;
}

static int quorum(qz_qctx *q, const qz_quorum_request *req)
{
    int i, rc = qz_query__find_meeting(q, req->type, &i);
    if (rc < 0)
        return rc;
    rc = check_ids(q, req->present, req->npresent);
    if (rc < 0)
        return rc;
    const qz_meeting *mt = &q->r->meetings[i];
    qz_query__subject(q, &mt->e);
    if (!mt->quorum.present) {
        qz_query__value(q, QZ_VALUE_MET, 1);
        qz_query__value(q, QZ_VALUE_PRESENT, (int64_t)req->npresent);
        qz_query__value(q, QZ_VALUE_REQUIRED, 0);
        qz_query__explain(q, "%s没有法定人数要求", mt->e.label);
        qz_query__cites(q, mt->e.cites, mt->e.ncites);
        return QZ_OK;
    }
    static const char *const nobody[1] = {NULL};
    if ((rc = qz_query__quorum(q, mt, req->present ? req->present : nobody, req->npresent)) < 0)
        return rc;
    return QZ_OK;
}

int qz_query_quorum(qz_answer **out, const qz_model *m, const qz_quorum_request *req)
{
    qz_qctx q;
    int rc = qz_query__enter(out, req, QZ_QUORUM_REQUEST_VERSION, "qz_query_quorum");
    if (rc < 0)
        return rc;
    if (req->npresent > QZ_MAX_REQUEST_LIST)
        return qz__error(QZ_ELIMIT, "qz_query_quorum: %zu people present in the request (at most %d)",
                         req->npresent, QZ_MAX_REQUEST_LIST);
    if (req->npresent && !req->present)
        return qz__error(QZ_EINVAL, "qz_query_quorum: NULL present list");
    if ((rc = qz_query__begin(&q, m, QZ_QUERY_QUORUM, req->date)) < 0)
        return rc;
    return qz_query__end(&q, out, quorum(&q, req));
}
