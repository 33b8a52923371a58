/**
 * @file quanze/org.h
 * @brief The organisation: units, posts, people, tenures, portfolios (分管),
 *        AB pairs (AB角), the party group, entrustments (委托) and absences.
 *
 * A #qz_org is immutable once loaded and reference-counted, so threads share
 * it freely. It is read from the XML format described in docs/org-format.md
 * (schema: data/schema/org.xsd), which is checked thoroughly on load: an
 * input that breaks any rule is refused with the file, line and column, and
 * nothing is half-loaded.
 *
 * Everything is named by its id (ASCII, `[a-z0-9][a-z0-9-]*`). Units, named
 * areas, posts and people share one id space, so an id names one thing.
 *
 * Strings returned by the accessors are borrowed: they live as long as the
 * #qz_org they came from. An accessor given an id that does not exist returns
 * NULL, 0 or a zero count without recording an error (the lookups are meant
 * for hot paths); qz_org_kind_of() tells "unknown" from "vacant".
 *
 * Lists are read with a count and an index getter (`*_count` then `*_at`
 * for 0 <= i < count), which every binding can wrap. Every lookup is a
 * hash of the id plus a binary search, or a scan of that one entity's own
 * rows (its tenures, its portfolio...): O(1) or O(log n) in the size of the
 * organisation.
 *
 * Date ranges are inclusive at both ends. An open start is #QZ_ORG_DATE_MIN,
 * an open end #QZ_ORG_DATE_MAX.
 */
#ifndef QUANZE_ORG_H
#define QUANZE_ORG_H

#include "common.h"

QZ_BEGIN_DECL

/** An organisation. Opaque, immutable, reference-counted. */
typedef struct qz_org qz_org;

/** The start of a date range that has no start ("since always"). */
#define QZ_ORG_DATE_MIN INT32_MIN
/** The end of a date range that has no end ("until further notice"). */
#define QZ_ORG_DATE_MAX INT32_MAX

/** The role a post has on the days it is the party group's secretary (from <party-group>). */
#define QZ_ORG_ROLE_PARTY_GROUP_SECRETARY "party-group-secretary"
/** The role a post has on the days it is a member of the party group (the secretary included). */
#define QZ_ORG_ROLE_PARTY_GROUP_MEMBER "party-group-member"

/** What an id names. */
typedef enum qz_org_kind {
    QZ_ORG_NONE = 0,    /**< nothing: the id is unknown */
    QZ_ORG_UNIT = 1,    /**< a unit (the government, a department, a township, an outside body...) */
    QZ_ORG_AREA = 2,    /**< a named area of work that a leader may be in charge of (安全生产...) */
    QZ_ORG_POST = 3,    /**< a post (县长, 司法局局长...) */
    QZ_ORG_PERSON = 4   /**< a person */
} qz_org_kind;

/** What an entrustment (委托) covers. */
typedef enum qz_org_scope {
    QZ_ORG_SCOPE_GOVERNMENT_WORK = 1, /**< presiding over the government's work ("government-work") */
    QZ_ORG_SCOPE_MEETING = 2,         /**< convening/presiding over a meeting type, named by the subject ("meeting") */
    QZ_ORG_SCOPE_SIGNING = 3,         /**< signing documents, of the kind named by the subject if any ("signing") */
    QZ_ORG_SCOPE_OTHER = 4            /**< anything else, described by the subject and note ("other") */
} qz_org_scope;

/** One tenure: @c person held @c post from @c from to @c to (inclusive). Strings borrowed. */
typedef struct qz_org_tenure {
    const char *post;       /**< post id */
    const char *person;     /**< person id */
    qz_date from;           /**< first day */
    qz_date to;             /**< last day, or #QZ_ORG_DATE_MAX while it lasts */
} qz_org_tenure;

/** One absence of a person. Strings borrowed. */
typedef struct qz_org_absence {
    const char *person;     /**< person id */
    qz_date from;           /**< first day away */
    qz_date to;             /**< last day away */
    int away_from_county;   /**< 1 when the person leaves the county (离县), else 0 */
    const char *reason;     /**< free text (may be empty, never NULL) */
} qz_org_absence;

/** One entrustment: post @c by entrusts post @c agent. Strings borrowed. */
typedef struct qz_org_entrustment {
    const char *by;         /**< the entrusting post (委托人) */
    const char *agent;      /**< the entrusted post (受托人) */
    int scope;              /**< a #qz_org_scope */
    const char *subject;    /**< meeting type or document kind it is limited to, or NULL for the whole scope */
    qz_date from;           /**< first day in force */
    qz_date to;             /**< last day in force, or #QZ_ORG_DATE_MAX */
    const char *note;       /**< free text (may be empty, never NULL) */
} qz_org_entrustment;

/* ------------------------------------------------------------------ */
/** @name Loading, saving, lifetime */
/**@{*/

/**
 * The demo organisation compiled into the library (the fictional Yunxi
 * County government of examples/data/yunxi-org.xml).
 * @param[out] out a new reference; release it with qz_org_free().
 * @return #QZ_OK or #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_org_default(qz_org **out);

/**
 * Loads an organisation from the XML file at @p path (streamed: parser
 * memory does not grow with the file).
 * @param[out] out a new reference on success, NULL on failure.
 * @return #QZ_OK, #QZ_EINVAL (NULL argument), #QZ_EIO, #QZ_EPARSE
 *         (malformed XML, DOCTYPE, invalid UTF-8), #QZ_ESCHEMA (any check
 *         of the format), #QZ_ELIMIT or #QZ_ENOMEM. The last error names
 *         the file, line and column.
 */
QZ_EXTERN(int) qz_org_load_file(qz_org **out, const char *path);

/**
 * Loads an organisation from @p size bytes at @p data. @p name names the
 * input in error messages (NULL gives "<memory>"). The data is not kept.
 * @return as qz_org_load_file().
 */
QZ_EXTERN(int) qz_org_load_memory(qz_org **out, const char *data, size_t size, const char *name);

/** Takes another reference to @p org and returns it (NULL gives NULL). */
QZ_EXTERN(qz_org *) qz_org_ref(const qz_org *org);

/** Drops a reference; the last one frees the organisation. Accepts NULL. */
QZ_EXTERN(void) qz_org_free(qz_org *org);

/**
 * Writes @p org as XML in canonical form (every list sorted), so that the
 * same organisation always gives the same bytes.
 * @param[out] out new NUL-terminated UTF-8 text; free it with qz_free().
 * @param[out] len its length in bytes (may be NULL).
 * @return #QZ_OK, #QZ_EINVAL or #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_org_save(char **out, size_t *len, const qz_org *org);

/** Writes qz_org_save()'s text to the file at @p path. @return #QZ_OK, #QZ_EINVAL, #QZ_EIO or #QZ_ENOMEM. */
QZ_EXTERN(int) qz_org_save_file(const qz_org *org, const char *path);

/** 1 when @p a and @p b describe the same organisation (same canonical form), else 0. */
QZ_EXTERN(int) qz_org_equal(const qz_org *a, const qz_org *b);

/** The organisation's id (borrowed, never NULL for a loaded organisation). */
QZ_EXTERN(const char *) qz_org_id(const qz_org *org);

/** The organisation's name (borrowed). */
QZ_EXTERN(const char *) qz_org_name(const qz_org *org);

/** What @p id names: a #qz_org_kind (#QZ_ORG_NONE when unknown). */
QZ_EXTERN(int) qz_org_kind_of(const qz_org *org, const char *id);

/**@}*/
/* ------------------------------------------------------------------ */
/** @name Units and named areas */
/**@{*/

/** Number of units. */
QZ_EXTERN(size_t) qz_org_unit_count(const qz_org *org);
/** Id of unit @p i (sorted by id), or NULL when out of range. */
QZ_EXTERN(const char *) qz_org_unit_at(const qz_org *org, size_t i);
/** Chinese name of a unit, or NULL. */
QZ_EXTERN(const char *) qz_org_unit_name(const qz_org *org, const char *unit);
/**
 * Kind of a unit, or NULL. An open vocabulary; the demo uses "government",
 * "office", "section" (inside the office), "department", "township",
 * "institution" and "external" (bodies outside the government).
 */
QZ_EXTERN(const char *) qz_org_unit_kind(const qz_org *org, const char *unit);
/** Id of the unit a unit belongs to, or NULL for a top-level unit. */
QZ_EXTERN(const char *) qz_org_unit_parent(const qz_org *org, const char *unit);

/** Number of functional tags of a unit (e.g. "legality-review", "supervision"). */
QZ_EXTERN(size_t) qz_org_unit_tag_count(const qz_org *org, const char *unit);
/** Tag @p i of a unit (sorted), or NULL. */
QZ_EXTERN(const char *) qz_org_unit_tag_at(const qz_org *org, const char *unit, size_t i);
/** 1 when the unit carries @p tag, else 0. */
QZ_EXTERN(int) qz_org_unit_has_tag(const qz_org *org, const char *unit, const char *tag);
/** Number of units carrying @p tag. */
QZ_EXTERN(size_t) qz_org_tagged_unit_count(const qz_org *org, const char *tag);
/** Id of unit @p i (sorted by id) carrying @p tag, or NULL. */
QZ_EXTERN(const char *) qz_org_tagged_unit_at(const qz_org *org, const char *tag, size_t i);

/** Number of posts of a unit (its members, whether filled or not). */
QZ_EXTERN(size_t) qz_org_unit_post_count(const qz_org *org, const char *unit);
/** Id of post @p i (sorted by id) of a unit, or NULL. */
QZ_EXTERN(const char *) qz_org_unit_post_at(const qz_org *org, const char *unit, size_t i);

/** Number of named areas. */
QZ_EXTERN(size_t) qz_org_area_count(const qz_org *org);
/** Id of area @p i (sorted by id), or NULL. */
QZ_EXTERN(const char *) qz_org_area_at(const qz_org *org, size_t i);
/** Chinese name of an area, or NULL. */
QZ_EXTERN(const char *) qz_org_area_name(const qz_org *org, const char *area);

/**@}*/
/* ------------------------------------------------------------------ */
/** @name Posts and roles */
/**@{*/

/** Number of posts. */
QZ_EXTERN(size_t) qz_org_post_count(const qz_org *org);
/** Id of post @p i (sorted by id), or NULL. */
QZ_EXTERN(const char *) qz_org_post_at(const qz_org *org, size_t i);
/** Chinese name of a post, or NULL. */
QZ_EXTERN(const char *) qz_org_post_name(const qz_org *org, const char *post);
/** Id of the unit a post belongs to, or NULL. */
QZ_EXTERN(const char *) qz_org_post_unit(const qz_org *org, const char *post);
/**
 * The role of a post (an open vocabulary the rule set refers to:
 * "county-head", "executive-deputy", "deputy", "office-director",
 * "office-deputy-director", "department-principal", "department-deputy",
 * "township-principal", "institution-principal", ...), or NULL.
 */
QZ_EXTERN(const char *) qz_org_post_role(const qz_org *org, const char *post);
/** 1 when at most one person may hold the post on a day (the default), 0 when several may or the post is unknown. */
QZ_EXTERN(int) qz_org_post_single(const qz_org *org, const char *post);

/**
 * 1 when @p post has @p role on @p date, else 0. A post has its own role
 * always; it also has "party-group-secretary" and "party-group-member" on
 * the days it is the party group's secretary or member (the secretary is
 * a member too). These two roles come from the party group only; no post
 * carries them as its own role.
 */
QZ_EXTERN(int) qz_org_post_has_role(const qz_org *org, const char *post, const char *role, qz_date date);
/** Number of posts that have @p role on @p date (see qz_org_post_has_role()). */
QZ_EXTERN(size_t) qz_org_role_post_count(const qz_org *org, const char *role, qz_date date);
/** Id of post @p i of those (sorted by id), or NULL. */
QZ_EXTERN(const char *) qz_org_role_post_at(const qz_org *org, const char *role, qz_date date, size_t i);

/**@}*/
/* ------------------------------------------------------------------ */
/** @name People, tenures and absences */
/**@{*/

/** Number of people. */
QZ_EXTERN(size_t) qz_org_person_count(const qz_org *org);
/** Id of person @p i (sorted by id), or NULL. */
QZ_EXTERN(const char *) qz_org_person_at(const qz_org *org, size_t i);
/** Chinese name of a person, or NULL. */
QZ_EXTERN(const char *) qz_org_person_name(const qz_org *org, const char *person);
/** 1 when the person is a member of the Communist Party of China, 0 when not, #QZ_ENOTFOUND when unknown. */
QZ_EXTERN(int) qz_org_person_cpc(const qz_org *org, const char *person);

/**
 * The person (id) who holds @p post on @p date, or NULL when vacant (or
 * unknown). For a post with several holders, the one whose tenure started first.
 */
QZ_EXTERN(const char *) qz_org_holder(const qz_org *org, const char *post, qz_date date);
/** Number of people holding @p post on @p date. */
QZ_EXTERN(size_t) qz_org_holder_count(const qz_org *org, const char *post, qz_date date);
/** Holder @p i of @p post on @p date (by start of tenure, then id), or NULL. */
QZ_EXTERN(const char *) qz_org_holder_at(const qz_org *org, const char *post, qz_date date, size_t i);

/** Number of posts @p person holds on @p date. */
QZ_EXTERN(size_t) qz_org_person_post_count(const qz_org *org, const char *person, qz_date date);
/** Post @p i (sorted by id) that @p person holds on @p date, or NULL. */
QZ_EXTERN(const char *) qz_org_person_post_at(const qz_org *org, const char *person, qz_date date, size_t i);

/** Number of tenures (the whole history) of @p post. */
QZ_EXTERN(size_t) qz_org_tenure_count(const qz_org *org, const char *post);
/**
 * Tenure @p i of @p post, oldest first.
 * @return #QZ_OK, or #QZ_ENOTFOUND when there is no such tenure.
 */
QZ_EXTERN(int) qz_org_tenure_at(qz_org_tenure *out, const qz_org *org, const char *post, size_t i);

/**
 * Whether @p person is absent on @p date.
 * @param[out] out the absence, filled when the person is away (may be NULL).
 * @return 1 when away, 0 when not, #QZ_ENOTFOUND when the person is unknown.
 */
QZ_EXTERN(int) qz_org_person_away(qz_org_absence *out, const qz_org *org, const char *person, qz_date date);
/** Number of absences of @p person, or of everyone when @p person is NULL. */
QZ_EXTERN(size_t) qz_org_absence_count(const qz_org *org, const char *person);
/**
 * Absence @p i of @p person (of everyone when NULL), by person then date.
 * @return #QZ_OK, or #QZ_ENOTFOUND when there is no such absence.
 */
QZ_EXTERN(int) qz_org_absence_at(qz_org_absence *out, const qz_org *org, const char *person, size_t i);

/**@}*/
/* ------------------------------------------------------------------ */
/** @name Portfolios (分管) and AB pairs (AB角) */
/**@{*/

/**
 * The post in charge (分管) of @p matter (a unit or named area id) on
 * @p date, or NULL when none is. At most one post is in charge of a matter
 * on any day (the loader checks this).
 */
QZ_EXTERN(const char *) qz_org_in_charge(const qz_org *org, const char *matter, qz_date date);
/** Number of matters (units and areas) @p post is in charge of on @p date. */
QZ_EXTERN(size_t) qz_org_portfolio_count(const qz_org *org, const char *post, qz_date date);
/** Matter @p i of that portfolio (units first, then areas, each sorted by id), or NULL. */
QZ_EXTERN(const char *) qz_org_portfolio_at(const qz_org *org, const char *post, qz_date date, size_t i);

/** The post paired with deputy post @p post (AB角) on @p date, or NULL. */
QZ_EXTERN(const char *) qz_org_ab_partner(const qz_org *org, const char *post, qz_date date);

/**@}*/
/* ------------------------------------------------------------------ */
/** @name The party group (党组) */
/**@{*/

/** The party group's name, or NULL when the organisation has none. */
QZ_EXTERN(const char *) qz_org_party_group_name(const qz_org *org);
/** The post whose holder is the party group's secretary on @p date, or NULL. */
QZ_EXTERN(const char *) qz_org_party_group_secretary(const qz_org *org, qz_date date);
/** 1 when @p post is a member (the secretary included) on @p date, else 0. */
QZ_EXTERN(int) qz_org_party_group_is_member(const qz_org *org, const char *post, qz_date date);
/** Number of member posts (the secretary included) on @p date. */
QZ_EXTERN(size_t) qz_org_party_group_member_count(const qz_org *org, qz_date date);
/** Member post @p i (sorted by id) on @p date, or NULL. */
QZ_EXTERN(const char *) qz_org_party_group_member_at(const qz_org *org, qz_date date, size_t i);

/**@}*/
/* ------------------------------------------------------------------ */
/** @name Entrustments (委托) */
/**@{*/

/** Name of a #qz_org_scope as written in the XML ("government-work", "meeting", "signing", "other"), or NULL. */
QZ_EXTERN(const char *) qz_org_scope_name(int scope);

/** Number of entrustments (all dates). */
QZ_EXTERN(size_t) qz_org_entrustment_count(const qz_org *org);
/**
 * Entrustment @p i, by entrusting post, then start date.
 * @return #QZ_OK, or #QZ_ENOTFOUND when out of range.
 */
QZ_EXTERN(int) qz_org_entrustment_at(qz_org_entrustment *out, const qz_org *org, size_t i);

/** Number of entrustments made by post @p by that are in force on @p date. */
QZ_EXTERN(size_t) qz_org_entrusted_count(const qz_org *org, const char *by, qz_date date);
/**
 * Entrustment @p i of those.
 * @return #QZ_OK, or #QZ_ENOTFOUND when out of range.
 */
QZ_EXTERN(int) qz_org_entrusted_at(qz_org_entrustment *out, const qz_org *org, const char *by, qz_date date,
                                   size_t i);
/**
 * The post that @p by has entrusted with @p scope on @p date, or NULL. When
 * @p subject is not NULL, only entrustments of that subject or of the whole
 * scope count. When several match, the first in canonical order.
 */
QZ_EXTERN(const char *) qz_org_entrusted_agent(const qz_org *org, const char *by, int scope, const char *subject,
                                               qz_date date);

/**@}*/

QZ_END_DECL

#endif
