/**
 * @file quanze/diagnostics.h
 * @brief Checking a rule set against an organisation (`quanze validate --rules R --org O`).
 *
 * A rule set and an organisation that each load may still not fit together:
 * a role the rules name that no post holds, a built-in flag misspelt in a
 * signing row, a signing row that an earlier row always wins over. Loading
 * refuses only what is malformed; qz_model_check() reports these mismatches
 * as a list of diagnostics, each with its severity, a stable code, a message
 * and the place (file, line, column) in the rule set's input.
 */
#ifndef QUANZE_DIAGNOSTICS_H
#define QUANZE_DIAGNOSTICS_H

#include "common.h"
#include "types.h"

QZ_BEGIN_DECL

/** An opaque, immutable list of diagnostics (qz_model_check()). */
typedef struct qz_diagnostics qz_diagnostics;

/**
 * Checks @p rules against @p org. The codes are stable strings:
 * `role-unheld` (error: a role the rules use that no post of the
 * organisation holds), `role-unknown` (warning: a post role no rule knows),
 * `adopted-by-unknown` (error: `adopted-by` names no meeting),
 * `flag-misspelt` (error: a `<when flags>` id one or two letters away from
 * a built-in flag), `in-charge-impossible` (error: `in-charge="lead"` where
 * the organisation can have no leader in charge), `entrusted-by-never`
 * (error: no entrustment of the organisation can satisfy it) and
 * `row-unreachable` (error: an earlier signing row always wins).
 *
 * @param out receives a New list (free with qz_diagnostics_free()), empty
 *        when everything fits; NULL on failure.
 * @return #QZ_OK (whatever was found), #QZ_EINVAL (a NULL argument) or
 *         #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_model_check(qz_diagnostics **out, const qz_rules *rules, const qz_org *org);

/** Frees a list. Accepts NULL. */
QZ_EXTERN(void) qz_diagnostics_free(qz_diagnostics *diags);

/** The number of diagnostics (0 for NULL). */
QZ_EXTERN(size_t) qz_diagnostics_count(const qz_diagnostics *diags);
/** The number of diagnostics of severity #QZ_SEVERITY_ERROR (0 for NULL). */
QZ_EXTERN(size_t) qz_diagnostics_error_count(const qz_diagnostics *diags);
/** The severity of diagnostic @p i, or 0 when out of range. */
QZ_EXTERN(qz_severity) qz_diagnostics_severity(const qz_diagnostics *diags, size_t i);
/** The code of diagnostic @p i ("role-unheld"...), or NULL when out of range. Borrowed from @p diags. */
QZ_EXTERN(const char *) qz_diagnostics_code(const qz_diagnostics *diags, size_t i);
/** The message of diagnostic @p i (English, ids quoted), or NULL. Borrowed from @p diags. */
QZ_EXTERN(const char *) qz_diagnostics_message(const qz_diagnostics *diags, size_t i);
/** The input diagnostic @p i is about (the rule set's file name), or NULL. Borrowed from @p diags. */
QZ_EXTERN(const char *) qz_diagnostics_file(const qz_diagnostics *diags, size_t i);
/** The line of diagnostic @p i (1-based), or 0 when unknown or out of range. */
QZ_EXTERN(int) qz_diagnostics_line(const qz_diagnostics *diags, size_t i);
/** The column of diagnostic @p i (1-based), or 0 when unknown or out of range. */
QZ_EXTERN(int) qz_diagnostics_column(const qz_diagnostics *diags, size_t i);

QZ_END_DECL

#endif
