/**
 * @file quanze/check.h
 * @brief Decisions about one action: may this actor sign, countersign,
 *        convene, preside, sign the minutes, approve or receive a leave
 *        report, act for a post, or attend in place of a principal?
 *
 * A check takes the same request as the matching query (quanze/query.h) plus
 * the actor, a post id or a person id of the organisation, and returns a new
 * #qz_decision: allowed or denied, the capacity in which the actor qualifies
 * (holder, acting for a post, entrusted by its holder), the citation of the
 * rule that decides, and when denied, why and who could. A check fails
 * exactly where the matching query fails (unknown kind, type or post, no
 * rules in force on the date, a date outside the calendar, out of memory),
 * and also for an actor that is neither a post nor a person
 * (#QZ_ENOTFOUND): a failed check never allows anything.
 *
 * A check allows exactly the people the matching query names in the
 * action's capacity (the differential test in tests/test_check.c holds the
 * two together). On entry every check sets *out to NULL; every failure
 * records an error (qz_error_last()).
 */
#ifndef QUANZE_CHECK_H
#define QUANZE_CHECK_H

#include "common.h"
#include "types.h"
#include "answer.h"
#include "query.h"

QZ_BEGIN_DECL

/** The actions a check decides. */
typedef enum qz_check_action {
    QZ_CHECK_SIGN = 1,          /**< sign a document (签发): qz_check_sign() */
    QZ_CHECK_COUNTERSIGN = 2,   /**< countersign it (会签): qz_check_countersign() */
    QZ_CHECK_CONVENE = 3,       /**< convene a meeting (召集): qz_check_convene() */
    QZ_CHECK_PRESIDE = 4,       /**< preside over it (主持): qz_check_preside() */
    QZ_CHECK_SIGN_MINUTES = 5,  /**< sign its minutes: qz_check_sign_minutes() */
    QZ_CHECK_APPROVE_LEAVE = 6, /**< approve a leave (批准): qz_check_approve_leave() */
    QZ_CHECK_RECEIVE_LEAVE = 7, /**< receive a leave report (报告): qz_check_receive_leave() */
    QZ_CHECK_ACT_FOR = 8,       /**< exercise a post's authority: qz_check_act_for() */
    QZ_CHECK_SUBSTITUTE = 9     /**< attend in place of a principal: qz_check_substitute() */
} qz_check_action;

/** The outcome of one check (opaque). */
typedef struct qz_decision qz_decision;

/**
 * May @p actor (post id or person id) sign the document of @p req?
 * @p out receives a New decision, freed with qz_decision_free().
 * @return #QZ_OK (allowed or denied: read qz_decision_allowed()), or the
 *         failures of qz_query_sign(); #QZ_EINVAL for a NULL @p actor,
 *         #QZ_ENOTFOUND for an actor that is neither a post nor a person.
 */
QZ_EXTERN(int)
qz_check_sign(qz_decision **out, const qz_model *model, const qz_sign_request *req, const char *actor);
/** As qz_check_sign(), for countersigning. @p out receives a New decision (qz_decision_free()). */
QZ_EXTERN(int)
qz_check_countersign(qz_decision **out, const qz_model *model, const qz_sign_request *req, const char *actor);
/** May @p actor convene the meeting of @p req? New decision (qz_decision_free()); failures as
 * qz_query_meeting() and qz_check_sign(). */
QZ_EXTERN(int)
qz_check_convene(qz_decision **out, const qz_model *model, const qz_meeting_request *req, const char *actor);
/** May @p actor preside over it? New decision (qz_decision_free()). */
QZ_EXTERN(int)
qz_check_preside(qz_decision **out, const qz_model *model, const qz_meeting_request *req, const char *actor);
/** May @p actor sign its minutes (the major signer when @c req->major)? New decision
 * (qz_decision_free()). */
QZ_EXTERN(int)
qz_check_sign_minutes(qz_decision **out, const qz_model *model, const qz_meeting_request *req,
                      const char *actor);
/** May @p actor approve the leave of @p req? New decision (qz_decision_free()); failures as
 * qz_query_leave(). */
QZ_EXTERN(int)
qz_check_approve_leave(qz_decision **out, const qz_model *model, const qz_leave_request *req,
                       const char *actor);
/**
 * Is @p actor one the leave must be reported to (a post, a person, or a body
 * the report is filed with)? New decision (qz_decision_free()).
 */
QZ_EXTERN(int)
qz_check_receive_leave(qz_decision **out, const qz_model *model, const qz_leave_request *req,
                       const char *actor);
/** Does @p actor exercise the authority of @c req->post on the date? New decision
 * (qz_decision_free()); failures as qz_query_acting(). */
QZ_EXTERN(int)
qz_check_act_for(qz_decision **out, const qz_model *model, const qz_acting_request *req, const char *actor);
/**
 * May @p actor attend in place of @c req->principal? When @c req->substitute
 * is NULL and @p actor is a post, the actor is the proposed substitute.
 * New decision (qz_decision_free()); failures as qz_query_substitute().
 */
QZ_EXTERN(int)
qz_check_substitute(qz_decision **out, const qz_model *model, const qz_substitute_request *req,
                    const char *actor);

/** Frees a decision (and its reference to the model). Accepts NULL. */
QZ_EXTERN(void) qz_decision_free(qz_decision *decision);
/** 1 when the actor may act, 0 when not (or for a NULL decision). */
QZ_EXTERN(int) qz_decision_allowed(const qz_decision *decision);
/** The action decided. */
QZ_EXTERN(qz_check_action) qz_decision_action(const qz_decision *decision);
/** The capacity the action needs (#QZ_CAP_SIGNER for signing, ...). */
QZ_EXTERN(qz_capacity) qz_decision_capacity(const qz_decision *decision);
/** When allowed: how the actor qualifies (holder, acting, entrusted); #QZ_VIA_HOLDER otherwise. */
QZ_EXTERN(qz_via) qz_decision_via(const qz_decision *decision);
/** When allowed: the post (or body) through which the actor qualifies, else NULL. Borrowed (the
 * decision). */
QZ_EXTERN(const char *) qz_decision_post(const qz_decision *decision);
/** When allowed: the actor's person id, else NULL. Borrowed (the decision). */
QZ_EXTERN(const char *) qz_decision_person(const qz_decision *decision);
/** When acting or entrusted: the post acted for, else NULL. Borrowed (the decision). */
QZ_EXTERN(const char *) qz_decision_for_post(const qz_decision *decision);
/** When acting or entrusted: the person acted for, else NULL. Borrowed (the decision). */
QZ_EXTERN(const char *) qz_decision_for_person(const qz_decision *decision);
/**
 * The index, into the citations of qz_decision_answer(), of the rule that
 * decides: the one that gives the actor the capacity when allowed, the
 * first of the answer otherwise; -1 when the answer cites nothing.
 */
QZ_EXTERN(int) qz_decision_citation(const qz_decision *decision);
/**
 * When denied: why, in Chinese; NULL when allowed. Borrowed (the decision).
 * A check that denies in decide-only mode writes the reason on the first call
 * here (when no one at all may act, the reason is the narrative of the full
 * answer, which is asked then, as by qz_decision_answer()), so that call may
 * fail: NULL, with the error recorded (#QZ_ENOMEM), when it does.
 */
QZ_EXTERN(const char *) qz_decision_reason(const qz_decision *decision);
/** The number of people who could act (the query's people in the capacity). */
QZ_EXTERN(size_t) qz_decision_candidate_count(const qz_decision *decision);
/** The post of candidate @p i, or NULL out of range. Borrowed (the decision). */
QZ_EXTERN(const char *) qz_decision_candidate_post(const qz_decision *decision, size_t i);
/** The person id of candidate @p i, or NULL out of range. Borrowed (the decision). */
QZ_EXTERN(const char *) qz_decision_candidate_person(const qz_decision *decision, size_t i);
/**
 * The answer of the matching query the decision was made from, for its
 * citations, findings, figures and explanation. Borrowed (the decision).
 * A check decides without building the full answer; it is asked of the
 * query on the first call here (or for the candidates, or for the reason of
 * a denial when no one may act), so that call may fail: NULL, with the error
 * recorded (#QZ_ENOMEM), when it does.
 */
QZ_EXTERN(const qz_answer *) qz_decision_answer(const qz_decision *decision);
/** "sign", "countersign", "convene", "preside", "sign-minutes", "approve-leave",
 * "receive-leave", "act-for", "substitute"; "unknown" otherwise. Borrowed: a static string. */
QZ_EXTERN(const char *) qz_check_action_name(qz_check_action action);

QZ_END_DECL

#endif
