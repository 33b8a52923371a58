/**
 * @file quanze/audit.h
 * @brief Auditing a log of what happened (meetings held, minutes issued,
 *        documents signed, consultations, leave) against the rules in force
 *        on each record's date, the organisation on that date and the
 *        calendar.
 *
 * Records come from CSV files (a header row naming the columns), JSON Lines
 * files (one flat object per line) or XML files (data/schema/records.xsd: one
 * element per record, the fields as attributes), read one record at a time:
 * the memory an audit uses does not grow with the length of the log. Each
 * record is either audited or reported unreadable with its position (file
 * and line, a CSV file's data rows counted from the header's line; file, line
 * and column in XML); a malformed record never stops the run unless
 * #QZ_AUDIT_FAIL_FAST is given. The columns are listed in docs/audit.md.
 *
 * Each finding names the check that found it (e.g. "minutes-late"), its
 * severity (a violation, or a note where the rule says 原则上/一般), the
 * record's position, the people involved, the citation and an explanation.
 */
#ifndef QUANZE_AUDIT_H
#define QUANZE_AUDIT_H

#include <stdint.h>
#include "common.h"
#include "types.h"

QZ_BEGIN_DECL

/** One finding, valid only during the callback that receives it (every pointer Borrowed). */
typedef struct qz_finding {
    const char *check;       /**< "minutes-late", "leave-late", "quorum", "signer", ... or "unreadable" */
    qz_severity severity;    /**< violation, note or unreadable */
    const char *file;        /**< the record's file (as given) */
    long line;               /**< its line (1-based) */
    const char *record_type; /**< "minutes", "leave", "meeting", "document", "consultation", or NULL */
    qz_date date;            /**< the record's date (0 when unreadable) */
    const char *people;      /**< the post or person ids involved, comma-separated, or "" */
    int article;             /**< the citation's article, or 0 */
    int item;                /**< its item, or 0 */
    const char *rule;        /**< the id of the rule cited, or NULL */
    const char *citation;    /**< the clause's text, or NULL */
    const char *explanation; /**< what is wrong, in Chinese (for unreadable records: why) */
    int column;              /**< the record's column (1-based) in an XML file; 0 for CSV and JSON Lines */
} qz_finding;

/** Receives each finding; a nonzero return stops the audit (qz_audit_file() then returns #QZ_OK). */
typedef int (*qz_audit_fn)(const qz_finding *finding, void *userdata);

/** Counts over everything an audit has read so far. */
typedef struct qz_audit_summary {
    uint64_t read;       /**< records read */
    uint64_t audited;    /**< records audited */
    uint64_t unreadable; /**< records reported unreadable */
    uint64_t violations; /**< findings of severity violation */
    uint64_t notes;      /**< findings of severity note */
} qz_audit_summary;

/** Stop at the first unreadable record (qz_audit_file() returns its error). */
#define QZ_AUDIT_FAIL_FAST 1u

/** An audit in progress over one model (opaque). */
typedef struct qz_audit qz_audit;

/**
 * Starts an audit against @p model with @p flags (0 or #QZ_AUDIT_FAIL_FAST).
 * @p out receives a New audit, freed with qz_audit_free(); it keeps the
 * model alive.
 * @return #QZ_OK, #QZ_EINVAL (NULL argument or unknown flag), #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_audit_new(qz_audit **out, const qz_model *model, unsigned int flags);

/** Frees an audit. Accepts NULL. */
QZ_EXTERN(void) qz_audit_free(qz_audit *audit);

/**
 * Audits every record of the file @p path, a CSV file (name ending in .csv),
 * a JSON Lines file (.jsonl or .ndjson) or an XML records file (.xml,
 * validated against records.xsd while it streams; no DOCTYPE), streaming,
 * and passes each finding to @p fn. In XML, a document that stops being
 * well-formed or valid is one unreadable finding at that line and column,
 * and the rest of that file is not read.
 * @return #QZ_OK (even when records were unreadable: they are findings),
 *         #QZ_EINVAL, #QZ_EIO (the file cannot be read), #QZ_ENOMEM; with
 *         #QZ_AUDIT_FAIL_FAST, the error of the first unreadable record.
 */
QZ_EXTERN(int) qz_audit_file(qz_audit *audit, const char *path, qz_audit_fn fn, void *userdata);

/**
 * Audits one record given as @p n column names and values (a record at a
 * time, for an OA workflow's event hooks); @p file and @p line say where it
 * came from in the findings (@p file may be NULL).
 * @return as qz_audit_file().
 */
QZ_EXTERN(int)
qz_audit_record(qz_audit *audit, const char *const *keys, const char *const *values, size_t n,
                const char *file, long line, qz_audit_fn fn, void *userdata);

/**
 * Judges the periodic obligations whose events (records of type "event", or
 * "meeting" records with an "obligation" column) the audit has seen, over
 * every whole period inside the span of the records audited, passing each
 * period that falls short (or exceeds a maximum) to @p fn as a "periodic"
 * finding; then forgets the events. Call it once after the last file.
 * @return #QZ_OK, #QZ_EINVAL (NULL @p audit), #QZ_ERANGE, #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_audit_finish(qz_audit *audit, qz_audit_fn fn, void *userdata);

/** Copies the counts so far into @p out (zeroed for a NULL @p audit). */
QZ_EXTERN(void) qz_audit_get_summary(const qz_audit *audit, qz_audit_summary *out);

/** "violation", "note" or "unreadable"; "unknown" otherwise. Borrowed: a static string. */
QZ_EXTERN(const char *) qz_severity_name(qz_severity severity);

QZ_END_DECL

#endif
