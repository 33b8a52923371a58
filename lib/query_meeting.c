/* Meetings: convener, presider, members, attendees, quorum, minutes signer
 * and the date the meeting's documents are due. */
#include <stddef.h>
#include <string.h>
#include "error.h"
#include "query.h"

/* Version 1 callers get only the bytes of their own layout. */
int qz_meeting_request_init(qz_meeting_request *req, unsigned int version)
{
    static const qz_meeting_request tpl = QZ_MEETING_REQUEST_INIT;
    size_t size = version >= 2 ? sizeof(tpl) : offsetof(qz_meeting_request, invitees);
    return qz_query__init_request(req, &tpl, size, version, QZ_MEETING_REQUEST_VERSION,
                                  "qz_meeting_request_init");
}

static void periodic_figures(qz_qctx *q, const qz_meeting *mt)
{
    if (mt->periodic < 0)
        return;
    const qz_periodic *p = &q->r->periodics[mt->periodic];
    qz_query__value(q, QZ_VALUE_MIN, p->min);
    if (p->max >= 0)
        qz_query__value(q, QZ_VALUE_MAX, p->max);
    qz_query__cites(q, p->e.cites, p->e.ncites);
}

/* Minutes signed by the leader in charge (special-topic meetings) with no
 * portfolio given: say why nobody is named rather than leave it empty. */
static void minutes_reason(qz_qctx *q, const qz_party *ms, const qz_meeting_request *req, int cap)
{
    if (!ms || req->portfolio || qz_query__count(q, cap))
        return;
    for (size_t k = 0; k < ms->nwho; k++)
        if (ms->who[k].kind == QZ_WHO_IN_CHARGE) {
            qz_query__finding(q, "no-portfolio", "未指明分管领导,无法确定%s",
                              qz_capacity_label((qz_capacity)cap));
            return;
        }
}

/* The minutes signers are alternatives (县长或常务副县长签发): when one of them
 * signs, in their own right or acting, that another is away with nobody
 * acting for them is no finding. */
static void drop_alternatives_away(qz_qctx *q, size_t from, int cap)
{
    if (!qz_query__count(q, cap))
        return;
    size_t k = from;
    for (size_t i = from; i < q->a->nfindings; i++)
        if (strcmp(q->a->findings[i].id, "no-acting") != 0)
            q->a->findings[k++] = q->a->findings[i];
    q->a->nfindings = k;
}

static int meeting(qz_qctx *q, const qz_meeting_request *req)
{
    int i, rc = qz_query__find_meeting(q, req->type, &i);
    if (rc < 0)
        return rc;
    const qz_meeting *mt = &q->r->meetings[i];
    qz_query__subject(q, &mt->e);
    q->matter = mt->e.id;
    rc = req->portfolio ? qz_query__portfolios(q, &req->portfolio, 1) : QZ_OK;
    if (rc < 0)
        return rc;
    qz_query__cites(q, mt->e.cites, mt->e.ncites);
    static const struct {
        int cap, mode;
    } order[] = {{QZ_CAP_CONVENER, QZ_RESOLVE_AUTHORITY},
                 {QZ_CAP_PRESIDER, QZ_RESOLVE_AUTHORITY},
                 {QZ_CAP_MEMBER, QZ_RESOLVE_LIST},
                 {QZ_CAP_ATTENDEE, QZ_RESOLVE_LIST},
                 {QZ_CAP_INVITEE, QZ_RESOLVE_LIST}};
    /* Decide-only, for the convener or the presider: once that capacity is
     * resolved (after the convener, who decides who is found), the parties
     * after it change nothing a decision reads, its citations being numbered
     * already, unless nothing is cited yet. The checks below still run: they
     * may fail the question. */
    int settled = 0;
    for (size_t k = 0; k < sizeof(order) / sizeof(order[0]) && !settled; k++) {
        qz_query__party(q, qz_query__find_party(&mt->e, order[k].cap), 0, order[k].mode);
        settled = q->decide_cap == order[k].cap && order[k].mode == QZ_RESOLVE_AUTHORITY && q->a->ncites > 0;
    }
    int ms_cap = req->major ? QZ_CAP_MINUTES_SIGNER_MAJOR : QZ_CAP_MINUTES_SIGNER;
    if (!settled) {
        const qz_party *ms = qz_query__find_party(&mt->e, ms_cap);
        size_t before = q->a->nfindings;
        qz_query__party(q, ms, 0, QZ_RESOLVE_AUTHORITY);
        drop_alternatives_away(q, before, ms_cap);
        minutes_reason(q, ms, req, ms_cap);
        /* who reviews the minutes before signing, and to whom they go up when necessary */
        qz_query__party(q, qz_query__find_party(&mt->e, QZ_CAP_REVIEWER), 0, QZ_RESOLVE_LIST);
        qz_query__party(q, qz_query__find_party(&mt->e, QZ_CAP_ESCALATION), 0, QZ_RESOLVE_LIST);
    }
    qz_query__value(q, QZ_VALUE_MINUTES_OPTIONAL, mt->minutes_optional);
    if (mt->minutes_optional)
        qz_query__explain(q, "%s", qz_value_label(QZ_VALUE_MINUTES_OPTIONAL));
    if (mt->quorum.present && (rc = qz_query__quorum(q, mt, NULL, 0)) < 0)
        return rc;
    if (mt->deadline >= 0 && (rc = qz_query__deadline(q, &q->r->deadlines[mt->deadline], req->date, 0)) < 0)
        return rc;
    periodic_figures(q, mt);
    /* who must approve holding it (Art. 50; by invitees where the rules say so), length and per-unit caps */
    if ((rc = qz_query__meeting_shapes(q, mt, req)) < 0) /* query_meeting_shapes.c */
        return rc;
    if (qz_query__find_party(&mt->e, QZ_CAP_CONVENER) && !qz_query__count(q, QZ_CAP_CONVENER)) {
        qz_query__no_one_explained(q, "无人可以召集该会议");
    }
    return QZ_OK;
}

int qz_query__meeting(qz_answer **out, const qz_model *m, const qz_meeting_request *req, qz_query__decide *d)
{
    qz_qctx q;
    int rc = qz_query__enter(out, req, QZ_MEETING_REQUEST_VERSION, "qz_query_meeting");
    if (rc < 0)
        return rc;
    if ((rc = qz_query__start(&q, m, QZ_QUERY_MEETING, req->date, d)) < 0)
        return rc;
    return qz_query__end(&q, out, meeting(&q, req));
}

int qz_query_meeting(qz_answer **out, const qz_model *m, const qz_meeting_request *req)
{
    return qz_query__meeting(out, m, req, NULL);
}
