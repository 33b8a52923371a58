/**
 * @file quanze/model.h
 * @brief The model (rules + organisation + calendar) that questions are asked of.
 *
 * A `qz_model` binds one or more rule sets, an organisation and a calendar
 * into one immutable, reference-counted snapshot that threads share freely.
 * Every query takes a date and uses the rule set in force on that date, the
 * holders of that date, and the absences, AB pairs and entrustments in force
 * on it: the questions and their requests are in quanze/query.h (included
 * here too, as in 0.1).
 *
 * To reload data while other threads keep answering, build a new model and
 * publish it through a #qz_model_slot: readers never take a lock.
 */
#ifndef QUANZE_MODEL_H
#define QUANZE_MODEL_H

#include "common.h"
#include "types.h"
#include "rules.h"
#include "answer.h"

QZ_BEGIN_DECL

/* qz_model, qz_model_slot: see quanze/types.h */

/**
 * Builds a model from one rule set, an organisation and a calendar. The
 * model takes its own references to all three (the caller keeps its own).
 *
 * @param out receives a new model (free with qz_model_free()).
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOMEM; *out is NULL
 *         on failure.
 */
QZ_EXTERN(int)
qz_model_new(qz_model **out, const qz_rules *rules, const qz_org *org, const qz_calendar *calendar);

/**
 * Builds a model from several versions of the rules (e.g. the 2016 and the
 * 2021 work rules): a question about date D uses the one in force on D (the
 * latest effective date not after D, unless it has expired).
 * @param out receives a new model (free with qz_model_free()).
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument, no rule set) or #QZ_ENOMEM.
 */
QZ_EXTERN(int)
qz_model_new_versions(qz_model **out, const qz_rules *const *rules, size_t nrules, const qz_org *org,
                      const qz_calendar *calendar);

/**
 * The embedded default: the Yunxi rules, the demo organisation and the
 * official calendar of mainland China.
 * @param out receives a new model (free with qz_model_free()).
 */
QZ_EXTERN(int) qz_model_default(qz_model **out);

/**
 * Takes one more reference to @p model. Accepts NULL.
 * @return the same pointer, a New reference (drop it with qz_model_free()).
 */
QZ_EXTERN(qz_model *) qz_model_ref(const qz_model *model);

/** Drops one reference; frees the model with the last one. Accepts NULL. */
QZ_EXTERN(void) qz_model_free(qz_model *model);

/** The rule set in force on @p date, or NULL when none is. Borrowed from the model. */
QZ_EXTERN(const qz_rules *) qz_model_rules_at(const qz_model *model, qz_date date);
/** The first (or only) rule set. Borrowed from the model. */
QZ_EXTERN(const qz_rules *) qz_model_rules(const qz_model *model);
/** The organisation. Borrowed from the model. */
QZ_EXTERN(const qz_org *) qz_model_org(const qz_model *model);
/** The calendar. Borrowed from the model. */
QZ_EXTERN(const qz_calendar *) qz_model_calendar(const qz_model *model);

/* ------------------------------------------------------------------ */
/* Hot reload                                                          */
/* ------------------------------------------------------------------ */

/** Creates a slot holding a reference to @p model (may be NULL). */
QZ_EXTERN(int) qz_model_slot_new(qz_model_slot **out, qz_model *model);
/**
 * The current model as a New reference (free with qz_model_free()), or
 * NULL when the slot is empty. Lock-free; safe while another thread calls
 * qz_model_slot_set().
 */
QZ_EXTERN(qz_model *) qz_model_slot_get(qz_model_slot *slot);
/**
 * Publishes @p model (the slot takes its own reference). Readers that got the
 * old model keep it until they free it. Writers are serialised.
 */
QZ_EXTERN(int) qz_model_slot_set(qz_model_slot *slot, qz_model *model);
/** Frees the slot and its reference. No thread may use the slot any more. Accepts NULL. */
QZ_EXTERN(void) qz_model_slot_free(qz_model_slot *slot);

/* ------------------------------------------------------------------ */
/* The whole matrix                                                    */
/* ------------------------------------------------------------------ */

/** The kind of a matter in the matrix. */
typedef enum qz_matter_kind {
    QZ_MATTER_ROLE = 1,               /**< a role the rules name */
    QZ_MATTER_ACTING = 2,             /**< who acts for an absent post */
    QZ_MATTER_MEETING = 3,            /**< a meeting type */
    QZ_MATTER_SIGNING = 4,            /**< a row of the signing table */
    QZ_MATTER_DEADLINE = 5,           /**< a deadline */
    QZ_MATTER_LEAVE = 6,              /**< a leave-notice rule */
    QZ_MATTER_PERIODIC = 7,           /**< a periodic obligation */
    QZ_MATTER_CHECK = 8,              /**< a check on normative documents */
    QZ_MATTER_PROVISION = 9,          /**< another provision (no computation) */
    QZ_MATTER_SUBSTITUTION = 10,      /**< attendance substitution at meetings */
    QZ_MATTER_NOT_AWAY_TOGETHER = 11, /**< two posts that may not be away at the same time */
    QZ_MATTER_OBLIGATION = 12         /**< an obligation (report, file, plan...) */
} qz_matter_kind;

/** The number of matters in the rule set in force on @p date (0 when none is). */
QZ_EXTERN(size_t) qz_model_matter_count(const qz_model *model, qz_date date);
/** The kind of matter @p i, or 0 when out of range. */
QZ_EXTERN(qz_matter_kind) qz_model_matter_kind(const qz_model *model, qz_date date, size_t i);
/** The id of matter @p i. Borrowed from the model. */
QZ_EXTERN(const char *) qz_model_matter_id(const qz_model *model, qz_date date, size_t i);
/** The Chinese label of matter @p i. Borrowed from the model. */
QZ_EXTERN(const char *) qz_model_matter_label(const qz_model *model, qz_date date, size_t i);
/**
 * The powers acting rule @p i gives the substitute, as the rule set's ids
 * separated by spaces ("preside sign approve-leave general"); NULL when matter
 * @p i is not an acting rule. A rule without `powers` gives all four.
 * Borrowed from the model.
 */
QZ_EXTERN(const char *) qz_model_matter_powers(const qz_model *model, qz_date date, size_t i);
/** The same powers in Chinese ("召集和主持会议、签发公文"), or NULL. Borrowed from the model. */
QZ_EXTERN(const char *) qz_model_matter_powers_label(const qz_model *model, qz_date date, size_t i);
/** "role", "acting", "meeting", "signing", ... ; never NULL. Borrowed: a static string. */
QZ_EXTERN(const char *) qz_matter_kind_name(qz_matter_kind kind);

QZ_END_DECL

/* The questions, declared here in 0.1 (source compatibility). */
#include "query.h"

#endif
