/**
 * @file quanze/types.h
 * @brief Every opaque type of the API, and the "no date" value.
 *
 * The handles are declared here once, so a header that only passes a handle
 * along (a binding's, or a caller's) needs nothing else. Each is defined
 * inside the library and read through the accessors of its module.
 */
#ifndef QUANZE_TYPES_H
#define QUANZE_TYPES_H

#include "common.h"

QZ_BEGIN_DECL

/** A working-day calendar (quanze/calendar.h). Opaque, immutable, reference-counted. */
typedef struct qz_calendar qz_calendar;
/** An organisation (quanze/org.h). Opaque, immutable, reference-counted. */
typedef struct qz_org qz_org;
/** A rule set (quanze/rules.h). Opaque, immutable, reference-counted. */
typedef struct qz_rules qz_rules;
/** Rules, organisation and calendar bound together (quanze/model.h). Opaque, immutable, reference-counted. */
typedef struct qz_model qz_model;
/** A place where the current model is published (quanze/model.h). Readers take no lock. */
typedef struct qz_model_slot qz_model_slot;
/** The answer to a question (quanze/answer.h). Opaque, immutable; free with qz_answer_free(). */
typedef struct qz_answer qz_answer;
/** The details of a failure (quanze/errors.h). Opaque. */
typedef struct qz_error qz_error;

/**
 * The value of a date that is not given (a rule set without an expiry date,
 * an optional date of a request left out). Lies before every valid date.
 */
#define QZ_DATE_NONE INT32_MIN

/**
 * How serious a finding of an audit (qz_audit_new()) or a diagnostic of a
 * rule-set check (qz_model_check()) is. One scale for both, so that a host
 * can sort and filter them together; each producer uses the values its own
 * documentation names. Named by qz_severity_name().
 */
typedef enum qz_severity {
    QZ_SEVERITY_NOTE = 1,      /**< audit: the rule says "in principle" (原则上) or "generally" (一般) */
    QZ_SEVERITY_WARNING = 2,   /**< check: suspicious, but answers stay right (a post role no rule knows) */
    QZ_SEVERITY_VIOLATION = 3, /**< audit: the rule was broken */
    QZ_SEVERITY_ERROR = 4,     /**< check: some answers would be wrong or impossible */
    QZ_SEVERITY_UNREADABLE =
        5 /**< audit: the record could not be audited (malformed, unknown id, no rules) */
} qz_severity;

QZ_END_DECL

#endif
