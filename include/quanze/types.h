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

QZ_END_DECL

#endif
