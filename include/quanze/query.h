/**
 * @file quanze/query.h
 * @brief The questions a model answers: one request struct and one
 *        qz_query_*() function per kind of question.
 *
 * Every query takes a date and uses the rule set in force on that date, the
 * holders of that date, and the absences, AB pairs and entrustments in force
 * on it. Every query returns a new #qz_answer (see quanze/answer.h) that
 * names the people, cites the rules and explains itself, or says that no one
 * qualifies and why.
 *
 * Requests are versioned structs: initialise one with its _INIT macro or its
 * *_init() function, then fill in the fields. The library accepts any
 * version from 1 to the current one, so a program built against an older
 * release keeps working when a struct gains fields.
 *
 * On entry every query sets *out to NULL, so on failure *out is NULL; every
 * failure records an error (qz_error_last()).
 */
#ifndef QUANZE_QUERY_H
#define QUANZE_QUERY_H

#include "common.h"
#include "types.h"
#include "answer.h"

QZ_BEGIN_DECL

/**
 * Deprecated: version 1 of every request struct, from 0.1. Each struct now
 * has its own version (#QZ_MEETING_REQUEST_VERSION, #QZ_SIGN_REQUEST_VERSION,
 * ...); the library accepts any version from 1 to the current one.
 */
#define QZ_REQUEST_VERSION 1

/**
 * The most entries any list in a request may have: the portfolios and flags
 * of a #qz_sign_request, the people present of a #qz_quorum_request, the
 * flags of a #qz_normative_request and the dates of a #qz_periodic_request.
 * A longer list is refused with #QZ_ELIMIT (recorded), so that the work one
 * request causes stays bounded whatever a caller passes on.
 */
#define QZ_MAX_REQUEST_LIST 1024

/** A meeting question: who convenes, presides, sits, signs the minutes, and by when. */
typedef struct qz_meeting_request {
    unsigned int version;  /**< #QZ_MEETING_REQUEST_VERSION */
    const char *type;      /**< meeting type id, e.g. "executive" */
    qz_date date;          /**< the day the meeting is held (and ends) */
    int major;             /**< 1: major matters are involved (changes the minutes signer) */
    const char *portfolio; /**< optional: post id or unit id of the matter (leader in charge) */
    /* version 2 */
    const char *const
        *invitees; /**< optional: post ids or role ids invited (approval by invitees), or NULL */
    size_t ninvitees;
    int minutes; /**< optional: the planned length in minutes (0: not stated), checked against max-length */
    int held;    /**< meetings of this type the convening unit already held in the period (max-per-unit) */
} qz_meeting_request;
/** Version of #qz_meeting_request understood by this release (1 ... this one are accepted).
 *  Version 2 added @c invitees, @c ninvitees, @c minutes and @c held. */
#define QZ_MEETING_REQUEST_VERSION 2
#define QZ_MEETING_REQUEST_INIT                                     \
    {                                                               \
        QZ_MEETING_REQUEST_VERSION, NULL, 0, 0, NULL, NULL, 0, 0, 0 \
    }
/**
 * Initialises @p req with the defaults of its _INIT macro for @p version
 * (1 up to the current version).
 * @return #QZ_OK, or #QZ_EINVAL (recorded) for a NULL @p req or an unknown version.
 */
QZ_EXTERN(int) qz_meeting_request_init(qz_meeting_request *req, unsigned int version);

/**
 * Who convenes and presides over a meeting held on @p req->date, its members,
 * attendees and invitees, the quorum rule, the minutes signer (ordinary or
 * major) and the date its minutes and documents are due
 * (#QZ_VALUE_DUE). Found when someone may convene. Where the rule set says so
 * (version 2 of the request): who approves holding it (#QZ_CAP_APPROVER),
 * which may depend on @c invitees; a length above the meeting's cap
 * (finding "too-long", or "too-long-note" when the cap is 一般/原则上); and a
 * count per unit at its cap (finding "unit-cap" or "unit-cap-note");
 * #QZ_VALUE_COMPLIANT is 0 when a strict cap is broken.
 * @return #QZ_OK, #QZ_EINVAL, #QZ_ENOTFOUND (unknown type), #QZ_ERANGE (no
 *         rules in force on the date, or the date is outside the calendar), #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_query_meeting(qz_answer **out, const qz_model *model, const qz_meeting_request *req);

/** A document to be signed (签发). */
typedef struct qz_sign_request {
    unsigned int version;          /**< #QZ_SIGN_REQUEST_VERSION */
    const char *kind;              /**< document kind id: "request", "report", "motion", ... */
    const char *issuer;            /**< in whose name: "county-government" (default) or "government-office" */
    const char *recipient;         /**< addressed to: "city-government", "county-congress", or NULL */
    int major_policy;              /**< concerns major guidelines or policies (重大方针、政策) */
    int broad_scope;               /**< of broad scope (涉及面广) */
    int decided_by_executive;      /**< the executive meeting decided the matter */
    int routine;                   /**< a routine approval (例行批准手续) */
    const char *const *portfolios; /**< post ids of the leaders in charge, or unit ids; lead first */
    size_t nportfolios;
    qz_date date;             /**< the day of signing */
    const char *const *flags; /**< further facts the rule set's signing table names
                                   (e.g. "personnel", "urgent"), or NULL */
    size_t nflags;
} qz_sign_request;
/** Version of #qz_sign_request understood by this release (1 ... this one are accepted). */
#define QZ_SIGN_REQUEST_VERSION 1
#define QZ_SIGN_REQUEST_INIT                                                       \
    {                                                                              \
        QZ_SIGN_REQUEST_VERSION, NULL, NULL, NULL, 0, 0, 0, 0, NULL, 0, 0, NULL, 0 \
    }
/**
 * Initialises @p req with the defaults of its _INIT macro for @p version
 * (1 up to the current version).
 * @return #QZ_OK, or #QZ_EINVAL (recorded) for a NULL @p req or an unknown version.
 */
QZ_EXTERN(int) qz_sign_request_init(qz_sign_request *req, unsigned int version);

/**
 * Who signs and who countersigns: the first row of the rule set's ordered
 * signing table that matches the document decides. Signers are listed as
 * alternatives (any one of them signs); an absent signer is replaced by whoever
 * acts for them under the acting rules, or dropped.
 * @return #QZ_OK, #QZ_EINVAL, #QZ_ENOTFOUND (unknown kind, issuer or
 *         recipient), #QZ_ERANGE, #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_query_sign(qz_answer **out, const qz_model *model, const qz_sign_request *req);

/** Who exercises a post's authority on a date. */
typedef struct qz_acting_request {
    unsigned int version; /**< #QZ_ACTING_REQUEST_VERSION */
    const char *post;     /**< post id, e.g. "county-head" */
    qz_date date;
    const char *matter; /**< optional scope, e.g. "county-head-office" (a meeting type) or NULL for the
                           general duties */
    /* version 2 */
    const char *matter_kind; /**< optional kind of the matter: "temporary", "urgent", "routine" or "major"
                                  (acting rules with matter-kinds act only for those; NULL: not stated) */
    int instructed;          /**< 1: the absent leader left explicit instructions on the matter (rules with
                                  instructions-prevail then name no substitute) */
} qz_acting_request;
/** Version of #qz_acting_request understood by this release (1 ... this one are accepted).
 *  Version 2 added @c matter_kind and @c instructed. */
#define QZ_ACTING_REQUEST_VERSION 2
#define QZ_ACTING_REQUEST_INIT                            \
    {                                                     \
        QZ_ACTING_REQUEST_VERSION, NULL, 0, NULL, NULL, 0 \
    }
/**
 * Initialises @p req with the defaults of its _INIT macro for @p version
 * (1 up to the current version).
 * @return #QZ_OK, or #QZ_EINVAL (recorded) for a NULL @p req or an unknown version.
 */
QZ_EXTERN(int) qz_acting_request_init(qz_acting_request *req, unsigned int version);

/**
 * Who exercises the authority of @p req->post on @p req->date: the holder if
 * present; otherwise the first substitute of the applicable acting rule that
 * qualifies (entrusted, AB partner, ...), with the chain in the explanation;
 * otherwise no one, with the reason. The person is in capacity #QZ_CAP_ACTING.
 * When the holder is away and the rule set names a post that may not be away
 * at the same time whose holder is away too, that is a finding citing the rule.
 * @return #QZ_OK, #QZ_EINVAL, #QZ_ENOTFOUND (unknown post), #QZ_ERANGE, #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_query_acting(qz_answer **out, const qz_model *model, const qz_acting_request *req);

/** A deadline question. */
typedef struct qz_deadline_request {
    unsigned int version; /**< #QZ_DEADLINE_REQUEST_VERSION */
    const char *name;     /**< deadline id: "minutes-issue", "consultation-reply", ... */
    qz_date from;         /**< the anchor event's date (meeting end, receipt, issue) */
    int limit;    /**< the party's own limit, in the deadline's unit (0 = none); used where the rule allows an
                     override */
    qz_date asof; /**< optional: "today", to say whether the deadline has passed (0 = not asked) */
    int has_asof; /**< 1 when @c asof is given */
} qz_deadline_request;
/** Version of #qz_deadline_request understood by this release (1 ... this one are accepted). */
#define QZ_DEADLINE_REQUEST_VERSION 1
#define QZ_DEADLINE_REQUEST_INIT                      \
    {                                                 \
        QZ_DEADLINE_REQUEST_VERSION, NULL, 0, 0, 0, 0 \
    }
/**
 * Initialises @p req with the defaults of its _INIT macro for @p version
 * (1 up to the current version).
 * @return #QZ_OK, or #QZ_EINVAL (recorded) for a NULL @p req or an unknown version.
 */
QZ_EXTERN(int) qz_deadline_request_init(qz_deadline_request *req, unsigned int version);

/**
 * The due date (#QZ_VALUE_DUE) of a deadline counted from @p req->from, with
 * #QZ_VALUE_EARLIEST for a range (3-5 working days), #QZ_VALUE_LIMIT and
 * #QZ_VALUE_UNIT; where the rule says silence counts as consent and @c asof is
 * after the due date, #QZ_VALUE_SILENCE_NO_OBJECTION is 1.
 * @return #QZ_OK, #QZ_EINVAL, #QZ_ENOTFOUND, #QZ_ERANGE (outside the calendar), #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_query_deadline(qz_answer **out, const qz_model *model, const qz_deadline_request *req);

/** A leave question: a post's holder leaves the county. */
typedef struct qz_leave_request {
    unsigned int version;    /**< #QZ_LEAVE_REQUEST_VERSION */
    const char *post;        /**< post id of the one leaving */
    qz_date depart;          /**< day of departure */
    qz_date notified;        /**< day the leave was reported */
    int days;                /**< length of the absence in calendar days, departure day included
                                  (0: not stated; the organisation's absence record is used if any) */
    const char *destination; /**< where the leave goes: a destination id of the rule set
                                  (e.g. "within-province"), or NULL when not stated */
} qz_leave_request;
/** Version of #qz_leave_request understood by this release (1 ... this one are accepted). */
#define QZ_LEAVE_REQUEST_VERSION 1
#define QZ_LEAVE_REQUEST_INIT                         \
    {                                                 \
        QZ_LEAVE_REQUEST_VERSION, NULL, 0, 0, 0, NULL \
    }
/**
 * Initialises @p req with the defaults of its _INIT macro for @p version
 * (1 up to the current version).
 * @return #QZ_OK, or #QZ_EINVAL (recorded) for a NULL @p req or an unknown version.
 */
QZ_EXTERN(int) qz_leave_request_init(qz_leave_request *req, unsigned int version);

/**
 * The notice required (#QZ_VALUE_NOTICE_DAYS, in #QZ_VALUE_UNIT), whether it
 * was late (#QZ_VALUE_LATE), whom to report to (#QZ_CAP_REPORT_TO people or
 * bodies), who approves (#QZ_CAP_APPROVER) and where it is filed
 * (#QZ_CAP_FILED_WITH bodies). The cases of the rule that fit the length and
 * destination of the absence add their parties and may require a longer
 * notice; a case that cannot be decided (length or destination not stated)
 * is a finding. When the rule set names posts that may not be away together
 * with this one, #QZ_VALUE_ALLOWED says whether the leave avoids them, and
 * each clash is a finding citing the rule.
 * @return #QZ_OK, #QZ_EINVAL, #QZ_ENOTFOUND (unknown post or destination),
 *         #QZ_ERANGE, #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_query_leave(qz_answer **out, const qz_model *model, const qz_leave_request *req);

/** A quorum question. */
typedef struct qz_quorum_request {
    unsigned int version;       /**< #QZ_QUORUM_REQUEST_VERSION */
    const char *type;           /**< meeting type id */
    const char *const *present; /**< post ids (or person ids) present */
    size_t npresent;
    qz_date date;
} qz_quorum_request;
/** Version of #qz_quorum_request understood by this release (1 ... this one are accepted). */
#define QZ_QUORUM_REQUEST_VERSION 1
#define QZ_QUORUM_REQUEST_INIT                      \
    {                                               \
        QZ_QUORUM_REQUEST_VERSION, NULL, NULL, 0, 0 \
    }
/**
 * Initialises @p req with the defaults of its _INIT macro for @p version
 * (1 up to the current version).
 * @return #QZ_OK, or #QZ_EINVAL (recorded) for a NULL @p req or an unknown version.
 */
QZ_EXTERN(int) qz_quorum_request_init(qz_quorum_request *req, unsigned int version);

/**
 * Whether the meeting may be held: #QZ_VALUE_MET, #QZ_VALUE_PRESENT (members
 * counted), #QZ_VALUE_REQUIRED, #QZ_VALUE_MEMBERS. A meeting type without a
 * quorum rule is met with any attendance and says so.
 * @return #QZ_OK, #QZ_EINVAL, #QZ_ENOTFOUND (unknown type, or a present id
 *         that is neither a post nor a person), #QZ_ERANGE, #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_query_quorum(qz_answer **out, const qz_model *model, const qz_quorum_request *req);

/** Attendance substitution (a deputy attends for a principal). */
typedef struct qz_substitute_request {
    unsigned int version;   /**< #QZ_SUBSTITUTE_REQUEST_VERSION */
    const char *type;       /**< meeting type id */
    const char *principal;  /**< post id of the principal who cannot attend */
    const char *substitute; /**< post id of the proposed substitute */
    qz_date date;           /**< the meeting day */
    int written_request;    /**< a written leave request was sent before the meeting */
    qz_date request_date;   /**< when it was sent (used when written_request is 1) */
    int presider_approved;  /**< the meeting's presider approved */
} qz_substitute_request;
/** Version of #qz_substitute_request understood by this release (1 ... this one are accepted). */
#define QZ_SUBSTITUTE_REQUEST_VERSION 1
#define QZ_SUBSTITUTE_REQUEST_INIT                                  \
    {                                                               \
        QZ_SUBSTITUTE_REQUEST_VERSION, NULL, NULL, NULL, 0, 0, 0, 0 \
    }
/**
 * Initialises @p req with the defaults of its _INIT macro for @p version
 * (1 up to the current version).
 * @return #QZ_OK, or #QZ_EINVAL (recorded) for a NULL @p req or an unknown version.
 */
QZ_EXTERN(int) qz_substitute_request_init(qz_substitute_request *req, unsigned int version);

/**
 * May @p substitute attend in place of @p principal (#QZ_VALUE_ALLOWED)?
 * Lists the unmet conditions as findings, the approver and whom the leave is
 * asked of.
 * @return #QZ_OK, #QZ_EINVAL, #QZ_ENOTFOUND (unknown type or post),
 *         #QZ_ERANGE, #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_query_substitute(qz_answer **out, const qz_model *model, const qz_substitute_request *req);

/** A periodic obligation over one period. */
typedef struct qz_periodic_request {
    unsigned int version; /**< #QZ_PERIODIC_REQUEST_VERSION */
    const char *id;       /**< periodic obligation id, e.g. "executive-meeting" */
    qz_date period;       /**< any day inside the period to check */
    const qz_date *dates; /**< the days the thing happened (outside the period are ignored) */
    size_t ndates;
} qz_periodic_request;
/** Version of #qz_periodic_request understood by this release (1 ... this one are accepted). */
#define QZ_PERIODIC_REQUEST_VERSION 1
#define QZ_PERIODIC_REQUEST_INIT                      \
    {                                                 \
        QZ_PERIODIC_REQUEST_VERSION, NULL, 0, NULL, 0 \
    }
/**
 * Initialises @p req with the defaults of its _INIT macro for @p version
 * (1 up to the current version).
 * @return #QZ_OK, or #QZ_EINVAL (recorded) for a NULL @p req or an unknown version.
 */
QZ_EXTERN(int) qz_periodic_request_init(qz_periodic_request *req, unsigned int version);

/**
 * Compliant or not (#QZ_VALUE_COMPLIANT) over the period containing
 * @p req->period, with #QZ_VALUE_COUNT, #QZ_VALUE_MIN, #QZ_VALUE_MAX,
 * #QZ_VALUE_SHORTFALL, #QZ_VALUE_EXCESS, #QZ_VALUE_PERIOD_START/END. Periods
 * may be several weeks or months long (every two weeks); a fixed calendar
 * point ("before the 5th of each month") counts only dates up to it and gives
 * it as #QZ_VALUE_DUE; fixed weekdays ("every Monday") count only dates on
 * those days, each other date being a finding.
 * @return #QZ_OK, #QZ_EINVAL, #QZ_ENOTFOUND (unknown obligation), #QZ_ERANGE,
 *         #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_query_periodic(qz_answer **out, const qz_model *model, const qz_periodic_request *req);

/** An obligations question: what must post P (or unit U, or anyone) do in [from, to]. */
typedef struct qz_obligations_request {
    unsigned int version; /**< #QZ_OBLIGATIONS_REQUEST_VERSION */
    const char *post;     /**< optional: a post id; only the obligations it bears */
    const char *unit;     /**< optional: an organisation unit or a rule-set body id */
    qz_date from;         /**< first day of the range */
    qz_date to;           /**< last day of the range (0: the same as @p from) */
} qz_obligations_request;
/** Version of #qz_obligations_request understood by this release (1 ... this one are accepted). */
#define QZ_OBLIGATIONS_REQUEST_VERSION 1
#define QZ_OBLIGATIONS_REQUEST_INIT                      \
    {                                                    \
        QZ_OBLIGATIONS_REQUEST_VERSION, NULL, NULL, 0, 0 \
    }
/**
 * Initialises @p req with the defaults of its _INIT macro for @p version
 * (1 up to the current version).
 * @return #QZ_OK, or #QZ_EINVAL (recorded) for a NULL @p req or an unknown version.
 */
QZ_EXTERN(int) qz_obligations_request_init(qz_obligations_request *req, unsigned int version);

/** The longest range qz_query_obligations() accepts, in days (about ten years). */
#define QZ_OBLIGATIONS_MAX_DAYS 3660

/**
 * The obligations (<obligation> of the rule set in force on @p req->from)
 * that the post, the unit or anyone bears in [from, to], as a list answer:
 * qz_answer_item_count() items, each an answer with the responsible people
 * on its date (#QZ_CAP_RESPONSIBLE) and whom it is owed to (#QZ_CAP_OBLIGEE,
 * people or bodies), the trigger (qz_answer_obligation_trigger()), the action
 * and object, citations and a Chinese explanation. A periodic obligation
 * gives one item per period meeting the range (#QZ_VALUE_PERIOD_START/END,
 * #QZ_VALUE_MIN, #QZ_VALUE_MAX, #QZ_VALUE_PRINCIPLE, #QZ_VALUE_DUE for a
 * fixed day of the period); a fixed date one item per date in the range
 * (#QZ_VALUE_DUE); an event one standing item with its deadline
 * (#QZ_VALUE_LIMIT and #QZ_VALUE_UNIT) when it has one. The list answer
 * carries #QZ_VALUE_PERIOD_START/END (the range) and #QZ_VALUE_COUNT.
 * @p out receives a New answer (qz_answer_free()), NULL on failure.
 * @return #QZ_OK, #QZ_EINVAL (NULL argument, bad version, @p to before
 *         @p from), #QZ_ENOTFOUND (unknown post or unit), #QZ_ELIMIT (a range
 *         longer than #QZ_OBLIGATIONS_MAX_DAYS), #QZ_ERANGE (no rule set in
 *         force), #QZ_ENOMEM. Failures are recorded.
 */
QZ_EXTERN(int)
qz_query_obligations(qz_answer **out, const qz_model *model, const qz_obligations_request *req);

/** A normative document (规范性文件) described by flags. */
typedef struct qz_normative_request {
    unsigned int version;     /**< #QZ_NORMATIVE_REQUEST_VERSION */
    const char *const *flags; /**< facts about the document, ids from the rule set's checks
                                   (e.g. "implements-law", "legality-reviewed", "creates-licensing") */
    size_t nflags;
    int validity_years;      /**< validity period stated, in years (0 = none stated) */
    const char *approved_by; /**< meeting type id that approved it, or NULL */
    qz_date date;            /**< issue date */
} qz_normative_request;
/** Version of #qz_normative_request understood by this release (1 ... this one are accepted). */
#define QZ_NORMATIVE_REQUEST_VERSION 1
#define QZ_NORMATIVE_REQUEST_INIT                         \
    {                                                     \
        QZ_NORMATIVE_REQUEST_VERSION, NULL, 0, 0, NULL, 0 \
    }
/**
 * Initialises @p req with the defaults of its _INIT macro for @p version
 * (1 up to the current version).
 * @return #QZ_OK, or #QZ_EINVAL (recorded) for a NULL @p req or an unknown version.
 */
QZ_EXTERN(int) qz_normative_request_init(qz_normative_request *req, unsigned int version);

/**
 * The violations of the rule set's normative-document checks, as findings
 * with their citations; #QZ_VALUE_COMPLIANT and #QZ_VALUE_VIOLATIONS.
 * @return #QZ_OK, #QZ_EINVAL (also a flag no check names), #QZ_ENOTFOUND
 *         (unknown meeting type in @c approved_by), #QZ_ERANGE, #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_query_normative(qz_answer **out, const qz_model *model, const qz_normative_request *req);

/**
 * Matter @p i resolved on @p date: the roles per capacity (qz_answer_role_*),
 * the people who hold them that day, the bodies, figures and citations.
 * @return #QZ_OK, #QZ_EINVAL (index out of range), #QZ_ERANGE, #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_query_matter(qz_answer **out, const qz_model *model, qz_date date, size_t i);

QZ_END_DECL

#endif
