/**
 * @file quanze/answer.h
 * @brief The answer to a question about the rules: who, why, and the figures.
 *
 * Every query returns a new `qz_answer` (one type for all queries). It holds
 * - the people who qualify, each in a capacity (signer, presider, ...), with
 *   the post, role, person and how they qualify (holder, acting, entrusted);
 * - the bodies involved (where a report is filed, ...);
 * - the roles the rule names for each capacity, resolved or not;
 * - the citations of every rule that decided it (article, item, text);
 * - named figures (met, late, counts, due date, ...);
 * - findings (a violation, an unmet condition) and a readable explanation.
 *
 * When nobody qualifies, qz_answer_found() is 0 and qz_answer_reason() says
 * why: the library never guesses. An answer keeps its model alive, and all
 * the strings it returns are borrowed from it (valid until qz_answer_free()).
 */
#ifndef QUANZE_ANSWER_H
#define QUANZE_ANSWER_H

#include "common.h"
#include "types.h"

QZ_BEGIN_DECL

/* qz_answer: see quanze/types.h */

/** The question an answer replies to. */
typedef enum qz_query_kind {
    QZ_QUERY_MEETING = 1,     /**< qz_query_meeting() */
    QZ_QUERY_SIGN = 2,        /**< qz_query_sign() */
    QZ_QUERY_ACTING = 3,      /**< qz_query_acting() */
    QZ_QUERY_DEADLINE = 4,    /**< qz_query_deadline() */
    QZ_QUERY_LEAVE = 5,       /**< qz_query_leave() */
    QZ_QUERY_QUORUM = 6,      /**< qz_query_quorum() */
    QZ_QUERY_SUBSTITUTE = 7,  /**< qz_query_substitute() */
    QZ_QUERY_PERIODIC = 8,    /**< qz_query_periodic() */
    QZ_QUERY_NORMATIVE = 9,   /**< qz_query_normative() */
    QZ_QUERY_MATTER = 10,     /**< qz_query_matter() (one row of the whole matrix) */
    QZ_QUERY_OBLIGATIONS = 11 /**< qz_query_obligations() (the list, and each of its items) */
} qz_query_kind;

/** The capacity in which a person (or body, or role) appears in an answer. */
typedef enum qz_capacity {
    QZ_CAP_SIGNER = 1,               /**< signs (签发) */
    QZ_CAP_COUNTERSIGNER = 2,        /**< countersigns (会签) */
    QZ_CAP_CONVENER = 3,             /**< convenes a meeting (召集) */
    QZ_CAP_PRESIDER = 4,             /**< presides over a meeting (主持) */
    QZ_CAP_MEMBER = 5,               /**< member of a meeting (组成人员) */
    QZ_CAP_ATTENDEE = 6,             /**< attends without being a member (列席) */
    QZ_CAP_INVITEE = 7,              /**< may be invited when needed (必要时邀请) */
    QZ_CAP_MINUTES_SIGNER = 8,       /**< signs the minutes of an ordinary meeting */
    QZ_CAP_MINUTES_SIGNER_MAJOR = 9, /**< signs the minutes when major matters are involved */
    QZ_CAP_ACTING = 10,              /**< exercises an absent post's authority */
    QZ_CAP_ABSENT = 11,              /**< the post whose holder is away */
    QZ_CAP_REPORT_TO = 12,           /**< must be told beforehand (报告) */
    QZ_CAP_FILED_WITH = 13,          /**< the leave is filed with (报备) */
    QZ_CAP_FILED_BY = 14,            /**< files the leave (the government office) */
    QZ_CAP_APPROVER = 15,            /**< approves (批准, 同意) */
    QZ_CAP_SUBSTITUTE = 16,          /**< attends in place of a principal */
    QZ_CAP_PRESENT = 17,             /**< counted as present */
    QZ_CAP_RESPONSIBLE = 18,         /**< bears a periodic obligation or a task */
    QZ_CAP_REVIEWER = 19,            /**< reviews (legality review, coordination) */
    QZ_CAP_ESCALATION = 20,          /**< the one a matter is referred to when necessary */
    QZ_CAP_OBLIGEE = 21 /**< whom an obligation is owed to or concerns (向…报告, 听取…意见) */
} qz_capacity;

/** How a person qualifies. */
typedef enum qz_via {
    QZ_VIA_HOLDER = 0,   /**< holds the post named by the rule */
    QZ_VIA_ACTING = 1,   /**< acts for the absent holder (AB partner, ordered substitute) */
    QZ_VIA_ENTRUSTED = 2 /**< entrusted or authorised by the holder (委托, 授权) */
} qz_via;

/** Named figures an answer may carry (see qz_answer_has()). */
typedef enum qz_value {
    QZ_VALUE_MET = 1,                   /**< quorum met (0/1) */
    QZ_VALUE_LATE = 2,                  /**< notice given late (0/1) */
    QZ_VALUE_COMPLIANT = 3,             /**< periodic obligation or document compliant (0/1) */
    QZ_VALUE_ALLOWED = 4,               /**< substitution or action allowed (0/1) */
    QZ_VALUE_PRESENT = 5,               /**< people counted as present */
    QZ_VALUE_REQUIRED = 6,              /**< people needed for the quorum */
    QZ_VALUE_MEMBERS = 7,               /**< people over whom the quorum is counted */
    QZ_VALUE_NOTICE_DAYS = 8,           /**< notice required, in the rule's unit (0 = beforehand) */
    QZ_VALUE_NOTICE_GIVEN = 9,          /**< notice given, in the same unit */
    QZ_VALUE_DUE = 10,                  /**< a due date (qz_date) */
    QZ_VALUE_EARLIEST = 11,             /**< the earliest date of a range (qz_date), e.g. 3 of "3-5 wd" */
    QZ_VALUE_SILENCE_NO_OBJECTION = 12, /**< silence now counts as no objection (0/1) */
    QZ_VALUE_COUNT = 13,                /**< occurrences counted in a period */
    QZ_VALUE_MIN = 14,                  /**< the rule's minimum */
    QZ_VALUE_MAX = 15,                  /**< the rule's maximum (absent when none) */
    QZ_VALUE_SHORTFALL = 16,            /**< occurrences missing to reach the minimum */
    QZ_VALUE_EXCESS = 17,               /**< occurrences above the maximum */
    QZ_VALUE_LIMIT = 18,                /**< a limit in the deadline's unit (e.g. 5 years) */
    QZ_VALUE_PERIOD_START = 19,         /**< first day of the period (qz_date) */
    QZ_VALUE_PERIOD_END = 20,           /**< last day of the period (qz_date) */
    QZ_VALUE_VIOLATIONS = 21,           /**< number of violations found */
    QZ_VALUE_UNIT = 22,                 /**< a #qz_time_unit */
    QZ_VALUE_PRINCIPLE = 23,            /**< the rule says "in principle" / "generally" (0/1) */
    QZ_VALUE_MINUTES_OPTIONAL =
        24 /**< minutes are issued only if the presider decides they are needed (0/1) */
} qz_value;

/** Units of time that deadlines, notices and frequencies are counted in. */
typedef enum qz_time_unit {
    QZ_UNIT_WORKDAYS = 1,
    QZ_UNIT_DAYS = 2,
    QZ_UNIT_HALF_DAYS = 3,
    QZ_UNIT_HOURS = 4,
    QZ_UNIT_WEEKS = 5,
    QZ_UNIT_MONTHS = 6,
    QZ_UNIT_QUARTERS = 7,
    QZ_UNIT_HALF_YEARS = 8,
    QZ_UNIT_YEARS = 9
} qz_time_unit;

/** Frees an answer (and its reference to the model). Accepts NULL. */
QZ_EXTERN(void) qz_answer_free(qz_answer *answer);

/** The question this answers. */
QZ_EXTERN(qz_query_kind) qz_answer_kind(const qz_answer *answer);

/**
 * 1 when the question found an answer (someone signs, someone may act, the
 * deadline exists); 0 when no one qualifies, in which case qz_answer_reason()
 * says why. Checks (quorum, leave, periodic) are found even when they fail:
 * read #QZ_VALUE_MET, #QZ_VALUE_LATE or #QZ_VALUE_COMPLIANT.
 */
QZ_EXTERN(int) qz_answer_found(const qz_answer *answer);

/** Why no one qualifies, or NULL when qz_answer_found() is 1. Borrowed. */
QZ_EXTERN(const char *) qz_answer_reason(const qz_answer *answer);

/** A readable explanation in Chinese, one statement per line. Borrowed, never NULL. */
QZ_EXTERN(const char *) qz_answer_explanation(const qz_answer *answer);

/** The id of the rule-set entry the answer is about (meeting type, deadline, matter id...), or NULL.
 * Borrowed. */
QZ_EXTERN(const char *) qz_answer_subject(const qz_answer *answer);

/** The Chinese label of that entry, or NULL. Borrowed. */
QZ_EXTERN(const char *) qz_answer_subject_label(const qz_answer *answer);

/** The date the question was asked for. */
QZ_EXTERN(qz_date) qz_answer_date(const qz_answer *answer);

/* --- people --- */

/** The number of people in the answer (all capacities). */
QZ_EXTERN(size_t) qz_answer_person_count(const qz_answer *answer);
/** The capacity of person @p i, or 0 when out of range. */
QZ_EXTERN(qz_capacity) qz_answer_person_capacity(const qz_answer *answer, size_t i);
/** The post id through which person @p i qualifies (e.g. "executive-deputy"). Borrowed. */
QZ_EXTERN(const char *) qz_answer_person_post(const qz_answer *answer, size_t i);
/** The role id of that post (e.g. "deputy"). Borrowed. */
QZ_EXTERN(const char *) qz_answer_person_role(const qz_answer *answer, size_t i);
/** The person id. Borrowed. */
QZ_EXTERN(const char *) qz_answer_person_id(const qz_answer *answer, size_t i);
/** The person's name (Chinese). Borrowed. */
QZ_EXTERN(const char *) qz_answer_person_name(const qz_answer *answer, size_t i);
/** How person @p i qualifies. */
QZ_EXTERN(qz_via) qz_answer_person_via(const qz_answer *answer, size_t i);
/** For #QZ_VIA_ACTING / #QZ_VIA_ENTRUSTED: the post acted for, else NULL. Borrowed. */
QZ_EXTERN(const char *) qz_answer_person_for_post(const qz_answer *answer, size_t i);
/** For #QZ_VIA_ACTING / #QZ_VIA_ENTRUSTED: the person acted for, else NULL. Borrowed. */
QZ_EXTERN(const char *) qz_answer_person_for_person(const qz_answer *answer, size_t i);
/**
 * The index (into the citations) of the rule that put person @p i in the
 * answer, or -1.
 */
QZ_EXTERN(int) qz_answer_person_citation(const qz_answer *answer, size_t i);

/* --- bodies --- */

/** The number of bodies (units) in the answer. */
QZ_EXTERN(size_t) qz_answer_unit_count(const qz_answer *answer);
/** The capacity of body @p i (e.g. #QZ_CAP_FILED_WITH). */
QZ_EXTERN(qz_capacity) qz_answer_unit_capacity(const qz_answer *answer, size_t i);
/** The body's id (e.g. "county-party-office"). Borrowed. */
QZ_EXTERN(const char *) qz_answer_unit_id(const qz_answer *answer, size_t i);
/** The body's Chinese name. Borrowed. */
QZ_EXTERN(const char *) qz_answer_unit_name(const qz_answer *answer, size_t i);

/* --- roles named by the rules (whether or not someone holds them) --- */

/** The number of role entries: what the rules say, before looking at people. */
QZ_EXTERN(size_t) qz_answer_role_count(const qz_answer *answer);
/** The capacity of role entry @p i. */
QZ_EXTERN(qz_capacity) qz_answer_role_capacity(const qz_answer *answer, size_t i);
/** The role id of entry @p i (e.g. "executive-deputy"), or a pseudo-role such as "in-charge". Borrowed. */
QZ_EXTERN(const char *) qz_answer_role_id(const qz_answer *answer, size_t i);
/** A Chinese description of entry @p i (e.g. "受县长委托的常务副县长"). Borrowed. */
QZ_EXTERN(const char *) qz_answer_role_label(const qz_answer *answer, size_t i);

/* --- citations --- */

/** The number of citations. */
QZ_EXTERN(size_t) qz_answer_citation_count(const qz_answer *answer);
/** The article (条) of citation @p i. */
QZ_EXTERN(int) qz_answer_citation_article(const qz_answer *answer, size_t i);
/** The item (项) of citation @p i, or 0 when the clause has no item. */
QZ_EXTERN(int) qz_answer_citation_item(const qz_answer *answer, size_t i);
/** The clause's original Chinese text. Borrowed. */
QZ_EXTERN(const char *) qz_answer_citation_text(const qz_answer *answer, size_t i);
/** The id of the rule that carries the citation. Borrowed. */
QZ_EXTERN(const char *) qz_answer_citation_rule(const qz_answer *answer, size_t i);

/* --- findings (violations, unmet conditions, notes) --- */

/** The number of findings. */
QZ_EXTERN(size_t) qz_answer_finding_count(const qz_answer *answer);
/** The id of finding @p i (the rule or check id). Borrowed. */
QZ_EXTERN(const char *) qz_answer_finding_id(const qz_answer *answer, size_t i);
/** The text of finding @p i (Chinese). Borrowed. */
QZ_EXTERN(const char *) qz_answer_finding_text(const qz_answer *answer, size_t i);

/* --- figures --- */

/** 1 when the answer carries the figure @p key. */
QZ_EXTERN(int) qz_answer_has(const qz_answer *answer, qz_value key);
/** The figure @p key (dates as qz_date day numbers), or 0 when absent. */
QZ_EXTERN(int64_t) qz_answer_value(const qz_answer *answer, qz_value key);

/* --- obligations (qz_query_obligations()) --- */

/** What starts an obligation (<obligation> of the rule set). */
typedef enum qz_obligation_trigger {
    QZ_TRIGGER_EVENT = 1,    /**< when an event happens, within a deadline or promptly (及时) */
    QZ_TRIGGER_PERIODIC = 2, /**< so many times a week, month, quarter, half year or year */
    QZ_TRIGGER_DATE = 3      /**< by a fixed date of the year ("before 10 January") */
} qz_obligation_trigger;

/** The number of items of a list answer (one per obligation and period or date). */
QZ_EXTERN(size_t) qz_answer_item_count(const qz_answer *answer);
/**
 * Item @p i of a list answer, itself an answer (kind #QZ_QUERY_OBLIGATIONS)
 * with its people, bodies, figures, citations and explanation, or NULL when
 * out of range. Borrowed: valid as long as @p answer.
 */
QZ_EXTERN(const qz_answer *) qz_answer_item(const qz_answer *answer, size_t i);
/** What starts the obligation an item is about, or 0 for another answer. */
QZ_EXTERN(qz_obligation_trigger) qz_answer_obligation_trigger(const qz_answer *answer);
/** The action's id ("report", "file", "plan"...), or NULL. Borrowed (as long as @p answer). */
QZ_EXTERN(const char *) qz_answer_obligation_action(const qz_answer *answer);
/** The action in Chinese ("报告", "制定"...), or NULL. Borrowed (as long as @p answer). */
QZ_EXTERN(const char *) qz_answer_obligation_action_label(const qz_answer *answer);
/** What is acted on, in Chinese ("督促检查工作年度计划"), or NULL. Borrowed (as long as @p answer). */
QZ_EXTERN(const char *) qz_answer_obligation_object(const qz_answer *answer);
/** The event's id for #QZ_TRIGGER_EVENT, else NULL. Borrowed (as long as @p answer). */
QZ_EXTERN(const char *) qz_answer_obligation_event(const qz_answer *answer);
/** The event in Chinese for #QZ_TRIGGER_EVENT, else NULL. Borrowed (as long as @p answer). */
QZ_EXTERN(const char *) qz_answer_obligation_event_label(const qz_answer *answer);
/** "event", "periodic" or "date"; "unknown" otherwise. Borrowed: a static string. */
QZ_EXTERN(const char *) qz_obligation_trigger_name(qz_obligation_trigger trigger);

/* --- names for scripts and bindings --- */

/** "signer", "countersigner", "convener", ... ; never NULL ("unknown"). Borrowed: a static string. */
QZ_EXTERN(const char *) qz_capacity_name(qz_capacity capacity);
/** "holder", "acting" or "entrusted"; never NULL. Borrowed: a static string. */
QZ_EXTERN(const char *) qz_via_name(qz_via via);
/** "met", "late", "due", ... ; never NULL. Borrowed: a static string. */
QZ_EXTERN(const char *) qz_value_name(qz_value key);
/**
 * "workdays", "days", "half-days", "hours", "weeks", "months", "quarters",
 * "half-years", "years"; "unknown" otherwise. Borrowed: a static string.
 */
QZ_EXTERN(const char *) qz_time_unit_name(qz_time_unit unit);
/** "meeting", "sign", "acting", ... ; never NULL. Borrowed: a static string. */
QZ_EXTERN(const char *) qz_query_kind_name(qz_query_kind kind);

/* --- Chinese labels (the wording of the explanations) --- */

/**
 * The Chinese label of a capacity: "签发", "主持", "代行职责", "不在岗", ...
 * Borrowed: a static string, valid for the life of the program; "" for an
 * unknown capacity.
 */
QZ_EXTERN(const char *) qz_capacity_label(qz_capacity capacity);
/**
 * The Chinese label of a unit of time as written after a count: "个工作日",
 * "日", "个半天", "小时", "周", "个月", "个季度", "个半年", "年".
 * Borrowed: a static string; "" for an unknown unit.
 */
QZ_EXTERN(const char *) qz_time_unit_label(qz_time_unit unit);
/**
 * The Chinese label of how a person qualifies: "本人", "代行" or "受委托".
 * Borrowed: a static string.
 */
QZ_EXTERN(const char *) qz_via_label(qz_via via);
/**
 * The Chinese label of a named figure: "法定人数", "截止", "原则上",
 * "由主持人决定是否印发纪要", ... Borrowed: a static string; "" for an
 * unknown value.
 */
QZ_EXTERN(const char *) qz_value_label(qz_value key);

/** A buffer size that holds any citation label (qz_citation_label()). */
#define QZ_CITATION_LABEL_BUFSIZE 160

/**
 * Writes the label of a citation, "第五十四条第(一)项" (or "第五十四条" when
 * @p item is 0), in Chinese numerals, into @p buf (the caller's: nothing is
 * allocated). The text is always terminated; #QZ_CITATION_LABEL_BUFSIZE
 * bytes always suffice.
 * @return #QZ_OK; #QZ_EINVAL (NULL @p buf, @p size 0, @p article below 1 or
 *         @p item below 0); #QZ_ELIMIT when @p size is too small (the label
 *         is cut at a character boundary); #QZ_ENOMEM. Failures are recorded.
 */
QZ_EXTERN(int) qz_citation_label(char *buf, size_t size, int article, int item);

QZ_END_DECL

#endif
