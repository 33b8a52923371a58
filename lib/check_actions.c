/* The qz_check_*() entry points: each asks the matching query and decides
 * for the actor in the capacity the action needs. A query that fails makes
 * the check fail with the query's recorded error: nothing is allowed. */
#include "check.h"

#include "quanze/org.h"

/* Runs `query` and decides; `what` names the check in errors. */
#define QZ_CHECK__RUN(call, action, cap, allowed_value)                            \
    do {                                                                           \
        qz_answer *a = NULL;                                                       \
        int rc = (call);                                                           \
        if (rc < 0)                                                                \
            return rc;                                                             \
        return qz_check__decide(out, model, a, action, cap, actor, allowed_value); \
    } while (0)

int qz_check_sign(qz_decision **out, const qz_model *model, const qz_sign_request *req, const char *actor)
{
    int rc = qz_check__enter(out, model, req, actor, 0, "qz_check_sign");
    if (rc < 0)
        return rc;
    QZ_CHECK__RUN(qz_query_sign(&a, model, req), QZ_CHECK_SIGN, QZ_CAP_SIGNER, 0);
}

int qz_check_countersign(qz_decision **out, const qz_model *model, const qz_sign_request *req,
                         const char *actor)
{
    int rc = qz_check__enter(out, model, req, actor, 0, "qz_check_countersign");
    if (rc < 0)
        return rc;
    QZ_CHECK__RUN(qz_query_sign(&a, model, req), QZ_CHECK_COUNTERSIGN, QZ_CAP_COUNTERSIGNER, 0);
}

int qz_check_convene(qz_decision **out, const qz_model *model, const qz_meeting_request *req,
                     const char *actor)
{
    int rc = qz_check__enter(out, model, req, actor, 0, "qz_check_convene");
    if (rc < 0)
        return rc;
    QZ_CHECK__RUN(qz_query_meeting(&a, model, req), QZ_CHECK_CONVENE, QZ_CAP_CONVENER, 0);
}

int qz_check_preside(qz_decision **out, const qz_model *model, const qz_meeting_request *req,
                     const char *actor)
{
    int rc = qz_check__enter(out, model, req, actor, 0, "qz_check_preside");
    if (rc < 0)
        return rc;
    QZ_CHECK__RUN(qz_query_meeting(&a, model, req), QZ_CHECK_PRESIDE, QZ_CAP_PRESIDER, 0);
}

int qz_check_sign_minutes(qz_decision **out, const qz_model *model, const qz_meeting_request *req,
                          const char *actor)
{
    int rc = qz_check__enter(out, model, req, actor, 0, "qz_check_sign_minutes");
    if (rc < 0)
        return rc;
    QZ_CHECK__RUN(qz_query_meeting(&a, model, req), QZ_CHECK_SIGN_MINUTES,
                  req->major ? QZ_CAP_MINUTES_SIGNER_MAJOR : QZ_CAP_MINUTES_SIGNER, 0);
}

int qz_check_approve_leave(qz_decision **out, const qz_model *model, const qz_leave_request *req,
                           const char *actor)
{
    int rc = qz_check__enter(out, model, req, actor, 0, "qz_check_approve_leave");
    if (rc < 0)
        return rc;
    QZ_CHECK__RUN(qz_query_leave(&a, model, req), QZ_CHECK_APPROVE_LEAVE, QZ_CAP_APPROVER, 0);
}

int qz_check_receive_leave(qz_decision **out, const qz_model *model, const qz_leave_request *req,
                           const char *actor)
{
    int rc = qz_check__enter(out, model, req, actor, 1, "qz_check_receive_leave");
    if (rc < 0)
        return rc;
    QZ_CHECK__RUN(qz_query_leave(&a, model, req), QZ_CHECK_RECEIVE_LEAVE, QZ_CAP_REPORT_TO, 0);
}

int qz_check_act_for(qz_decision **out, const qz_model *model, const qz_acting_request *req,
                     const char *actor)
{
    int rc = qz_check__enter(out, model, req, actor, 0, "qz_check_act_for");
    if (rc < 0)
        return rc;
    QZ_CHECK__RUN(qz_query_acting(&a, model, req), QZ_CHECK_ACT_FOR, QZ_CAP_ACTING, 0);
}

int qz_check_substitute(qz_decision **out, const qz_model *model, const qz_substitute_request *req,
                        const char *actor)
{
    int rc = qz_check__enter(out, model, req, actor, 0, "qz_check_substitute");
    if (rc < 0)
        return rc;
    /* The request's version is checked by the query; copy only a valid one. */
    qz_substitute_request r = *req;
    if (req->version >= 1 && req->version <= QZ_SUBSTITUTE_REQUEST_VERSION && !r.substitute &&
        qz_org_post_name(qz_model_org(model), actor))
        r.substitute = actor;
    QZ_CHECK__RUN(qz_query_substitute(&a, model, &r), QZ_CHECK_SUBSTITUTE, QZ_CAP_SUBSTITUTE, 1);
}
