/**
 * @file quanze/rules.h
 * @brief A government's work rules as data: the rule set (`qz_rules`).
 *
 * A rule set is loaded from an XML file (format in docs/rules-format.md,
 * schema in data/schema/rules.xsd) and is immutable once loaded, so threads
 * may share it. Every rule in it carries its citation: the article, the item
 * where there is one, and the clause's original text. The library embeds one
 * rule set, the Yunxi County Government Work Rules (西政发〔2021〕11号), as
 * the default.
 *
 * Nothing about any particular government is written in code: meeting types,
 * document kinds, roles, deadlines and the signing table all come from the
 * rule set, and are named by the ids listed in it.
 */
#ifndef QUANZE_RULES_H
#define QUANZE_RULES_H

#include "common.h"
#include "types.h"

QZ_BEGIN_DECL

/* qz_rules: see quanze/types.h */

/** Deprecated: the old name of #QZ_DATE_NONE. */
#define QZ_RULES_NO_DATE QZ_DATE_NONE

/** The sections of a rule set whose entries are named by stable ids. */
typedef enum qz_rules_section {
    QZ_RULES_ROLE = 0,               /**< roles: `county-head`, `deputy`, ... */
    QZ_RULES_BODY = 1,               /**< bodies outside the rules' roles: `county-party-office`, ... */
    QZ_RULES_MEETING = 2,            /**< meeting types: `plenary`, `executive`, ... */
    QZ_RULES_DOCUMENT_KIND = 3,      /**< document kinds: `request`, `report`, ... */
    QZ_RULES_ISSUER = 4,             /**< issuers: `county-government`, `government-office` */
    QZ_RULES_RECIPIENT = 5,          /**< recipients: `city-government`, `county-congress` */
    QZ_RULES_SIGNING = 6,            /**< rows of the ordered signing table */
    QZ_RULES_DEADLINE = 7,           /**< deadlines: `minutes-issue`, `consultation-reply`, ... */
    QZ_RULES_LEAVE = 8,              /**< leave-notice rules, one per group of roles */
    QZ_RULES_ACTING = 9,             /**< acting rules (who acts for an absent post) */
    QZ_RULES_PERIODIC = 10,          /**< periodic obligations */
    QZ_RULES_CHECK = 11,             /**< checks on normative documents */
    QZ_RULES_PROVISION = 12,         /**< other provisions cited in the matrix (no computation) */
    QZ_RULES_SUBSTITUTION = 13,      /**< attendance substitution rules (who may stand in at a meeting) */
    QZ_RULES_DESTINATION = 14,       /**< where a leave goes: `within-province`, ... (leave cases) */
    QZ_RULES_NOT_AWAY_TOGETHER = 15, /**< pairs of posts that may not be away at the same time */
    QZ_RULES_OBLIGATION =
        16,             /**< obligations: report, file, plan... on an event, periodically or by a date */
    QZ_RULES_EVENT = 17 /**< events that start obligations: `important-matter`, ... */
} qz_rules_section;

/** Number of values of #qz_rules_section. */
#define QZ_RULES_SECTION_COUNT 18

/**
 * Loads a rule set from the XML file at @p path, validated against the
 * embedded schema and checked for consistency (unknown role or deadline
 * references, duplicate ids, impossible dates).
 *
 * @param out receives a New rule set (free with qz_rules_free()); NULL on
 *        failure.
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument), #QZ_EIO, #QZ_EPARSE,
 *         #QZ_ESCHEMA (the last error gives the file, line and column),
 *         #QZ_ELIMIT or #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_rules_load_file(qz_rules **out, const char *path);

/**
 * Loads a rule set from @p size bytes of XML at @p data. @p name names the
 * input in error messages (may be NULL: "<memory>"). The buffer is not kept.
 * @return as qz_rules_load_file().
 */
QZ_EXTERN(int) qz_rules_load_memory(qz_rules **out, const char *data, size_t size, const char *name);

/**
 * The embedded default rule set: the Yunxi County Government Work Rules.
 * @param out receives a New reference (free with qz_rules_free()); NULL on failure.
 */
QZ_EXTERN(int) qz_rules_default(qz_rules **out);

/**
 * Writes the rule set as XML. Loading the result gives an equal rule set,
 * and saving that again gives the same bytes.
 *
 * @param out receives a New NUL-terminated buffer (free with qz_free()); NULL on failure.
 * @param len receives its length in bytes (may be NULL).
 */
QZ_EXTERN(int) qz_rules_save(char **out, size_t *len, const qz_rules *rules);

/** Writes qz_rules_save()'s output to the file at @p path. @return #QZ_OK, #QZ_EIO or #QZ_ENOMEM. */
QZ_EXTERN(int) qz_rules_save_file(const qz_rules *rules, const char *path);

/** Returns @p rules with one more reference (the same pointer): New (release it with qz_rules_free()).
 * Accepts NULL. */
QZ_EXTERN(qz_rules *) qz_rules_ref(const qz_rules *rules);

/** Drops one reference; frees the rule set with the last one. Accepts NULL. */
QZ_EXTERN(void) qz_rules_free(qz_rules *rules);

/** The rule set's own id (e.g. "yunxi-2021"). Borrowed. */
QZ_EXTERN(const char *) qz_rules_id(const qz_rules *rules);
/** The title (e.g. "郧西县人民政府工作规则"). Borrowed. */
QZ_EXTERN(const char *) qz_rules_title(const qz_rules *rules);
/** The document number (e.g. "西政发〔2021〕11号"), or NULL. Borrowed. */
QZ_EXTERN(const char *) qz_rules_document_number(const qz_rules *rules);
/** The issuing authority (e.g. "郧西县人民政府"), or NULL. Borrowed. */
QZ_EXTERN(const char *) qz_rules_authority(const qz_rules *rules);
/** The date the rules were adopted, or #QZ_DATE_NONE. */
QZ_EXTERN(qz_date) qz_rules_adopted(const qz_rules *rules);
/** The date the rules were issued, or #QZ_DATE_NONE. */
QZ_EXTERN(qz_date) qz_rules_issued(const qz_rules *rules);
/** The first day the rules are in force (always given). */
QZ_EXTERN(qz_date) qz_rules_effective(const qz_rules *rules);
/** The last day the rules are in force, or #QZ_DATE_NONE when open-ended. */
QZ_EXTERN(qz_date) qz_rules_expires(const qz_rules *rules);
/** 1 when the rules are in force on @p date, otherwise 0 (also for a NULL @p rules: it cannot fail). */
QZ_EXTERN(int) qz_rules_in_force(const qz_rules *rules, qz_date date);

/** The number of entries in @p section. */
QZ_EXTERN(size_t) qz_rules_count(const qz_rules *rules, qz_rules_section section);
/** The id of entry @p index of @p section, or NULL when out of range. Borrowed. */
QZ_EXTERN(const char *) qz_rules_entry_id(const qz_rules *rules, qz_rules_section section, size_t index);
/** The Chinese label of entry @p index of @p section, or NULL. Borrowed. */
QZ_EXTERN(const char *) qz_rules_entry_label(const qz_rules *rules, qz_rules_section section, size_t index);
/**
 * Finds the entry of @p section named @p id.
 * @param out receives its index (0 on failure).
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOTFOUND (recorded).
 */
QZ_EXTERN(int) qz_rules_find(size_t *out, const qz_rules *rules, qz_rules_section section, const char *id);

/**
 * The issuer a signing question means when it names none: the rule set's
 * issuer marked `default="true"` (e.g. "city-government"), else its first
 * issuer, or NULL when it has none. Borrowed from @p rules.
 */
QZ_EXTERN(const char *) qz_rules_default_issuer(const qz_rules *rules);
/**
 * The rule set's word for leaving its jurisdiction (`<jurisdiction
 * leave-word="离市"/>`): "离县" when the rule set does not say, NULL for a
 * NULL @p rules. Borrowed from @p rules.
 */
QZ_EXTERN(const char *) qz_rules_leave_word(const qz_rules *rules);

/** A short constant name for @p section ("role", "meeting", ...); never NULL. Borrowed (a constant). */
QZ_EXTERN(const char *) qz_rules_section_name(qz_rules_section section);

/**
 * The number of facts of the rule set's own vocabulary that its signing table
 * names (`<when flags>` beyond major-policy, broad-scope, decided-by-executive
 * and routine): what `qz_sign_request.flags` may list.
 */
QZ_EXTERN(size_t) qz_rules_sign_fact_count(const qz_rules *rules);
/** Fact @p i of the signing table (an id such as "personnel"), or NULL. Borrowed from @p rules. */
QZ_EXTERN(const char *) qz_rules_sign_fact(const qz_rules *rules, size_t i);

/**
 * The number of facts the rule set's normative checks name (their `when`,
 * `unless`, `require` and `forbid`): what `qz_normative_request.flags` (and
 * `qz_route_request.normative_facts`) may list.
 */
QZ_EXTERN(size_t) qz_rules_check_fact_count(const qz_rules *rules);
/** Fact @p i of the normative checks (an id such as "legality-reviewed"), or NULL. Borrowed from @p rules. */
QZ_EXTERN(const char *) qz_rules_check_fact(const qz_rules *rules, size_t i);

QZ_END_DECL

#endif
