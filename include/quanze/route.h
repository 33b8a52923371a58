/**
 * @file quanze/route.h
 * @brief Routing a draft (公文办理): from a document's metadata, the ordered
 *        steps the work rules prescribe — drafting, legality review,
 *        consultation, office review and 呈批, countersigning and signing,
 *        issue — each with its people, due date and citations, and the
 *        findings (a normative document without its validity, a 发文字号 that
 *        breaks GB/T 9704-2012).
 */
#ifndef QUANZE_ROUTE_H
#define QUANZE_ROUTE_H

#include "quanze/common.h"
#include "quanze/types.h"
#include "quanze/answer.h"
#include "quanze/model.h"

QZ_BEGIN_DECL

/** A draft as a document-management system describes it. */
typedef struct qz_route_request {
    unsigned int version;  /**< #QZ_ROUTE_REQUEST_VERSION */
    const char *kind;      /**< document kind: id or Chinese name (函, 批复, 纪要...) */
    const char *issuer;    /**< issuer id, or NULL for the rule set's default */
    const char *recipient; /**< main recipient id (主送机关), or NULL */
    const char *const
        *portfolios;      /**< units, areas or leader posts concerned; the drafting (lead) one first */
    size_t nportfolios;   /**< 2 or more: the others are consulted (Art. 52) and countersign */
    int normative;        /**< 1: a normative document (规范性文件), whatever its kind */
    int major_policy;     /**< 1: major policy (重大方针、政策) */
    int broad_scope;      /**< 1: broad in scope (涉及面广) */
    int routine;          /**< 1: a routine approval (例行批准手续) */
    int urgent;           /**< 1: urgent (紧急程度): stated in the route, shortens nothing */
    const char *meeting;  /**< meeting type that decided the document, or NULL */
    qz_date meeting_date; /**< the deciding meeting's (last) day */
    const char *docnum;   /**< 发文字号 if already numbered, or NULL */
    const char *const
        *agency_codes; /**< the 发文机关代字 in use; 0 codes: the rule set's (of the issuer and kind) */
    size_t nagency_codes;
    const char *const
        *normative_facts; /**< facts of the rule set's normative checks (legality-reviewed...) */
    size_t nnormative_facts;
    int validity_years; /**< normative: the validity stated (0: none) */
    qz_date date;       /**< the day the draft is routed (consultation is sent, signing) */
} qz_route_request;
/** Version of #qz_route_request understood by this release. */
#define QZ_ROUTE_REQUEST_VERSION 1
/** Initialiser of #qz_route_request: everything empty. */
#define QZ_ROUTE_REQUEST_INIT                                                                                \
    {                                                                                                        \
        QZ_ROUTE_REQUEST_VERSION, NULL, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, NULL, 0, NULL, NULL, 0, NULL, 0, \
            0, 0                                                                                             \
    }
/** Initialises @p req for @p version (1 ... #QZ_ROUTE_REQUEST_VERSION). */
QZ_EXTERN(int) qz_route_request_init(qz_route_request *req, unsigned int version);

/** The steps of a route, in the order they happen. */
typedef enum qz_route_step_kind {
    QZ_STEP_DRAFTING = 0,        /**< 起草: the lead unit */
    QZ_STEP_LEGALITY_REVIEW = 1, /**< 合法性审查 (normative documents) */
    QZ_STEP_CONSULTATION = 2,    /**< 征求意见 with the reply deadline */
    QZ_STEP_OFFICE_REVIEW = 3,   /**< 审核、呈批 by the office */
    QZ_STEP_SIGNING = 4,         /**< 会签、签发 */
    QZ_STEP_ISSUE = 5            /**< 印发 with its deadline after the deciding meeting */
} qz_route_step_kind;

/** A draft's route. */
typedef struct qz_route qz_route;

/**
 * The route of a draft on the rule set in force on @p req->date. Each step's
 * people, figures (due dates) and citations come from the query that answers
 * it (signing, deadline, normative checks, the office's provision), as a
 * #qz_answer. Sets `*out = NULL` on entry; `*out` is New, freed with
 * qz_route_free().
 * @return #QZ_OK, #QZ_EINVAL, #QZ_ENOTFOUND (unknown kind, issuer, meeting...),
 *         #QZ_ERANGE, #QZ_ELIMIT, #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_query_route(qz_route **out, const qz_model *model, const qz_route_request *req);
/** Frees a route and its steps' answers (NULL is fine). */
QZ_EXTERN(void) qz_route_free(qz_route *route);
/** The number of steps. */
QZ_EXTERN(size_t) qz_route_step_count(const qz_route *route);
/** Step @p i's kind (-1 when out of range). */
QZ_EXTERN(int) qz_route_step_kind_at(const qz_route *route, size_t i);
/** Step @p i's answer: people, figures, citations. Borrowed from the route; NULL for a step without one. */
QZ_EXTERN(const qz_answer *) qz_route_step_answer(const qz_route *route, size_t i);
/** Step @p i's unit (the drafting unit, the first unit consulted), or NULL. Borrowed from the route. */
QZ_EXTERN(const char *) qz_route_step_unit(const qz_route *route, size_t i);
/** The ASCII name of a step kind ("drafting", "signing"...). Borrowed: static. */
QZ_EXTERN(const char *) qz_route_step_name(qz_route_step_kind kind);
/** The Chinese label of a step kind (起草, 签发...). Borrowed: static. */
QZ_EXTERN(const char *) qz_route_step_label(qz_route_step_kind kind);
/** The number of findings of the whole route (its steps' and the 发文字号's). */
QZ_EXTERN(size_t) qz_route_finding_count(const qz_route *route);
/** Finding @p i's id (docnum-brackets, validity-limit...). Borrowed from the route. */
QZ_EXTERN(const char *) qz_route_finding_id(const qz_route *route, size_t i);
/** Finding @p i's text in Chinese. Borrowed from the route. */
QZ_EXTERN(const char *) qz_route_finding_text(const qz_route *route, size_t i);
/** Finding @p i's source: the standard's clause for a 发文字号 finding, NULL for the rules' (whose step cites
 * them). Borrowed: static. */
QZ_EXTERN(const char *) qz_route_finding_source(const qz_route *route, size_t i);

QZ_END_DECL

#endif
