/* Meeting clauses other governments' rules have: who approves holding a
 * meeting, depending on who is invited (a meeting inviting the county
 * leaders needs the county head's approval, otherwise the leader in
 * charge's); a length cap (一般不超过半天); and a cap counted per unit (each
 * department at most one county-wide meeting a year). The caps are checked
 * against the request (version 2): a finding when broken, a note when the
 * rule says 一般/原则上. */
#include <stdio.h>
#include <string.h>
#include "error.h"
#include "org.h"
#include "query.h"

/* 1 when one of the request's invitees (a post or a role id) holds one of
 * the party's roles; QZ_ENOTFOUND recorded for an id that is neither. */
static int invited(qz_qctx *q, const qz_party *p, const qz_meeting_request *req, int *out)
{
    *out = 0;
    for (size_t i = 0; i < req->ninvitees; i++) {
        const char *id = req->invitees[i];
        int role = id ? qz_rules__find(q->r, QZ_RULES_ROLE, id) : -1;
        int post = id && qz_org_kind_of(q->org, id) == QZ_ORG_POST;
        if (role < 0 && !post)
            return qz__error(QZ_ENOTFOUND, "invitee '%s' is neither a post of %s nor a role of %s",
                             id ? id : "(null)", qz_org_id(q->org), q->r->id);
        for (size_t k = 0; k < p->ninvites && !*out; k++)
            *out = post ? qz_query__post_has_role(q, id, p->invites[k])
                        : qz_rules__role_in(q->r, role, p->invites[k]);
    }
    return QZ_OK;
}

static void role_list(qz_qctx *q, const qz_party *p, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < p->ninvites && used + 1 < size; k++) {
        int n = snprintf(buf + used, size - used, "%s%s", k ? "、" : "", q->r->roles[p->invites[k]].e.label);
        if (n < 0)
            break;
        used += (size_t)n < size - used ? (size_t)n : size - used - 1;
    }
}

/* The first approver whose invited roles match applies; otherwise the first
 * approver without `invites`. */
static int approval(qz_qctx *q, const qz_meeting *mt, const qz_meeting_request *req)
{
    const qz_party *chosen = NULL, *general = NULL;
    for (size_t k = 0; k < mt->e.nparties; k++) {
        const qz_party *p = &mt->e.parties[k];
        if (p->capacity != QZ_CAP_APPROVER)
            continue;
        if (!p->ninvites) {
            if (!general)
                general = p;
            continue;
        }
        int yes = 0, rc = invited(q, p, req, &yes);
        if (rc < 0)
            return rc;
        if (yes && !chosen) {
            char roles[256];
            role_list(q, p, roles, sizeof(roles));
            qz_query__explain(q, "邀请%s出席,须经批准", roles);
            chosen = p;
        }
    }
    if (!chosen && mt->has_invite_approvals)
        qz_query__explain(q, "%s", req->ninvitees ? "邀请对象不涉及须另行批准的人员" : "未说明邀请对象");
    if (!chosen)
        chosen = general;
    if (chosen)
        qz_query__party(q, chosen, 0, QZ_RESOLVE_AUTHORITY);
    return QZ_OK;
}

/* "2小时", "半天", "3个半天" */
static void length_text(char *buf, size_t size, const qz_meeting *mt)
{
    if (mt->length_unit == QZ_UNIT_HOURS)
        snprintf(buf, size, "%d小时", mt->max_length);
    else if (mt->max_length == 1)
        snprintf(buf, size, "半天");
    else
        snprintf(buf, size, "%d个半天", mt->max_length);
}

static void length_cap(qz_qctx *q, const qz_meeting *mt, const qz_meeting_request *req, int *compliant)
{
    char cap[32];
    length_text(cap, sizeof(cap), mt);
    qz_query__explain(q, "会期%s不超过%s", mt->length_principle ? "一般" : "", cap);
    if (req->minutes <= mt->max_minutes)
        return;
    if (mt->length_principle) {
        qz_query__finding(q, "too-long-note", "会期%d分钟,超过一般不超过%s的要求(规则为“一般”,仅作提示)",
                          req->minutes, cap);
        return;
    }
    *compliant = 0;
    qz_query__finding(q, "too-long", "会期%d分钟,超过%s的上限", req->minutes, cap);
}

static void unit_cap(qz_qctx *q, const qz_meeting *mt, const qz_meeting_request *req, int *compliant)
{
    const char *per = qz_query__period_label(mt->per_unit_period);
    qz_query__explain(q, "每个单位每%s%s召开不超过%d次,本期已召开%d次", per,
                      mt->per_unit_principle ? "原则上" : "", mt->max_per_unit, req->held);
    if (req->held < mt->max_per_unit)
        return;
    if (mt->per_unit_principle) {
        qz_query__finding(q, "unit-cap-note", "本%s已召开%d次,再召开将超过%d次(规则为“原则上”,仅作提示)", per,
                          req->held, mt->max_per_unit);
        return;
    }
    *compliant = 0;
    qz_query__finding(q, "unit-cap", "本%s已召开%d次,再召开将超过每%s%d次的上限", per, req->held, per,
                      mt->max_per_unit);
}

int qz_query__meeting_shapes(qz_qctx *q, const qz_meeting *mt, const qz_meeting_request *req)
{
    qz_meeting_request none = {0};
    if (req->version < 2) { /* the fields of version 2 are not there to read */
        none.version = req->version;
        req = &none;
    }
    if (req->ninvitees && !req->invitees)
        return qz__error(QZ_EINVAL, "qz_query_meeting: %zu invitees but a NULL array", req->ninvitees);
    if (req->ninvitees > QZ_MAX_REQUEST_LIST)
        return qz__error(QZ_ELIMIT, "qz_query_meeting: %zu invitees (at most %d)", req->ninvitees,
                         QZ_MAX_REQUEST_LIST);
    if (req->minutes < 0 || req->held < 0)
        return qz__error(QZ_EINVAL, "qz_query_meeting: a negative length or count");
    int rc = approval(q, mt, req), compliant = 1, checked = 0;
    if (rc < 0)
        return rc;
    if (mt->max_minutes) {
        checked |= req->minutes > 0;
        length_cap(q, mt, req, &compliant);
    }
    if (mt->max_per_unit) {
        checked = 1;
        unit_cap(q, mt, req, &compliant);
    }
    if (checked)
        qz_query__value(q, QZ_VALUE_COMPLIANT, compliant);
    return QZ_OK;
}
