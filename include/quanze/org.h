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
#include "types.h"

QZ_BEGIN_DECL

/* qz_org: see quanze/types.h */

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
    QZ_ORG_NONE = 0,  /**< nothing: the id is unknown */
    QZ_ORG_UNIT = 1,  /**< a unit (the government, a department, a township, an outside body...) */
    QZ_ORG_AREA = 2,  /**< a named area of work that a leader may be in charge of (安全生产...) */
    QZ_ORG_POST = 3,  /**< a post (县长, 司法局局长...) */
    QZ_ORG_PERSON = 4 /**< a person */
} qz_org_kind;

/** What an entrustment (委托) covers. */
typedef enum qz_org_scope {
    QZ_ORG_SCOPE_GOVERNMENT_WORK = 1, /**< presiding over the government's work ("government-work") */
    QZ_ORG_SCOPE_MEETING =
        2, /**< convening/presiding over a meeting type, named by the subject ("meeting") */
    QZ_ORG_SCOPE_SIGNING = 3, /**< signing documents, of the kind named by the subject if any ("signing") */
    QZ_ORG_SCOPE_OTHER = 4    /**< anything else, described by the subject and note ("other") */
} qz_org_scope;

/** One tenure: @c person held @c post from @c from to @c to (inclusive). Strings borrowed. */
typedef struct qz_org_tenure {
    const char *post;   /**< post id */
    const char *person; /**< person id */
    qz_date from;       /**< first day */
    qz_date to;         /**< last day, or #QZ_ORG_DATE_MAX while it lasts */
} qz_org_tenure;

/** One absence of a person. Strings borrowed. */
typedef struct qz_org_absence {
    const char *person;         /**< person id */
    qz_date from;               /**< first day away */
    qz_date to;                 /**< last day away */
    int away_from_county;       /**< 1 when the person leaves the jurisdiction (离县, 离市...), else 0 */
    const char *reason;         /**< free text (may be empty, never NULL) */
    const char *destination;    /**< where to: an id of the rule set's destinations, or NULL */
    const char *purpose;        /**< why (a provincial meeting...): free text, may be empty, never NULL */
    const char *exception_rule; /**< the not-away-together rule an approved exception lifts, or NULL */
    const char *exception_approved_by; /**< who approved it (free text, never NULL) */
    qz_date exception_approved_on;     /**< when, or #QZ_DATE_NONE */
    const char *exception_note;        /**< free text (never NULL) */
} qz_org_absence;

/** One entrustment: post @c by entrusts post @c agent. Strings borrowed. */
typedef struct qz_org_entrustment {
    const char *by;      /**< the entrusting post (委托人) */
    const char *agent;   /**< the entrusted post (受托人) */
    qz_org_scope scope;  /**< what it covers */
    const char *subject; /**< meeting type or document kind it is limited to, or NULL for the whole scope */
    qz_date from;        /**< first day in force */
    qz_date to;          /**< last day in force, or #QZ_ORG_DATE_MAX */
    const char *note;    /**< free text (may be empty, never NULL) */
} qz_org_entrustment;

/* ------------------------------------------------------------------ */
/** @name Loading, saving, lifetime */
/**@{*/

/**
 * The demo organisation compiled into the library (the fictional Yunxi
 * County government of examples/data/yunxi-org.xml).
 * @param[out] out a New reference (release it with qz_org_free()); NULL on failure.
 * @return #QZ_OK, #QZ_EINVAL (NULL @p out) or #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_org_default(qz_org **out);

/**
 * Loads an organisation from the XML file at @p path (streamed: parser
 * memory does not grow with the file).
 * @param[out] out a New reference on success (release it with qz_org_free()), NULL on failure.
 * @return #QZ_OK, #QZ_EINVAL (NULL argument), #QZ_EIO, #QZ_EPARSE
 *         (malformed XML, DOCTYPE, invalid UTF-8), #QZ_ESCHEMA (any check
 *         of the format), #QZ_ELIMIT or #QZ_ENOMEM. The last error names
 *         the file, line and column.
 */
QZ_EXTERN(int) qz_org_load_file(qz_org **out, const char *path);

/**
 * Loads an organisation from @p size bytes at @p data. @p name names the
 * input in error messages (NULL gives "<memory>"). The data is not kept.
 * @param[out] out a New reference on success (release it with qz_org_free()), NULL on failure.
 * @return as qz_org_load_file().
 */
QZ_EXTERN(int) qz_org_load_memory(qz_org **out, const char *data, size_t size, const char *name);

/**
 * Takes another reference to @p org and returns it (NULL gives NULL): New
 * (one more reference, released with qz_org_free()).
 */
QZ_EXTERN(qz_org *) qz_org_ref(const qz_org *org);

/** Drops a reference; the last one frees the organisation. Accepts NULL. */
QZ_EXTERN(void) qz_org_free(qz_org *org);

/**
 * Writes @p org as XML in canonical form (every list sorted), so that the
 * same organisation always gives the same bytes.
 * @param[out] out New NUL-terminated UTF-8 text (free it with qz_free()); NULL on failure.
 * @param[out] len its length in bytes (may be NULL).
 * @return #QZ_OK, #QZ_EINVAL or #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_org_save(char **out, size_t *len, const qz_org *org);

/** Writes qz_org_save()'s text to the file at @p path. @return #QZ_OK, #QZ_EINVAL, #QZ_EIO or #QZ_ENOMEM. */
QZ_EXTERN(int) qz_org_save_file(const qz_org *org, const char *path);

/**
 * Whether @p a and @p b describe the same organisation (same canonical form).
 * @param[out] same 1 when they do, else 0 (0 on failure).
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOMEM.
 */
QZ_EXTERN(int) qz_org_equal(int *same, const qz_org *a, const qz_org *b);

/** The organisation's id: Borrowed from @p org (never NULL for a loaded organisation; NULL for a NULL @p
 * org). */
QZ_EXTERN(const char *) qz_org_id(const qz_org *org);

/** The organisation's name: Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_name(const qz_org *org);

/** What @p id names (#QZ_ORG_NONE when unknown or NULL; not an error). */
QZ_EXTERN(qz_org_kind) qz_org_kind_of(const qz_org *org, const char *id);

/**@}*/
/* ------------------------------------------------------------------ */
/** @name Units and named areas */
/**@{*/

/** Number of units. */
QZ_EXTERN(size_t) qz_org_unit_count(const qz_org *org);
/** Id of unit @p i (sorted by id), or NULL when out of range. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_unit_at(const qz_org *org, size_t i);
/** Chinese name of a unit, or NULL (unknown unit: #QZ_ENOTFOUND recorded). Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_unit_name(const qz_org *org, const char *unit);
/**
 * Kind of a unit, or NULL (unknown unit: #QZ_ENOTFOUND recorded). Borrowed
 * from @p org. An open vocabulary; the demo uses "government",
 * "office", "section" (inside the office), "department", "township",
 * "institution" and "external" (bodies outside the government).
 */
QZ_EXTERN(const char *) qz_org_unit_kind(const qz_org *org, const char *unit);
/** Id of the unit a unit belongs to, or NULL for a top-level or unknown unit. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_unit_parent(const qz_org *org, const char *unit);

/** Number of functional tags of a unit (e.g. "legality-review", "supervision"). */
QZ_EXTERN(size_t) qz_org_unit_tag_count(const qz_org *org, const char *unit);
/** Tag @p i of a unit (sorted), or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_unit_tag_at(const qz_org *org, const char *unit, size_t i);
/**
 * Whether a unit carries @p tag.
 * @param[out] out 1 when it does, else 0 (0 on failure).
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOTFOUND (unknown unit).
 */
QZ_EXTERN(int) qz_org_unit_has_tag(int *out, const qz_org *org, const char *unit, const char *tag);
/** Number of units carrying @p tag. */
QZ_EXTERN(size_t) qz_org_tagged_unit_count(const qz_org *org, const char *tag);
/** Id of unit @p i (sorted by id) carrying @p tag, or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_tagged_unit_at(const qz_org *org, const char *tag, size_t i);

/** Number of posts of a unit (its members, whether filled or not). */
QZ_EXTERN(size_t) qz_org_unit_post_count(const qz_org *org, const char *unit);
/** Id of post @p i (sorted by id) of a unit, or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_unit_post_at(const qz_org *org, const char *unit, size_t i);

/** Number of named areas. */
QZ_EXTERN(size_t) qz_org_area_count(const qz_org *org);
/** Id of area @p i (sorted by id), or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_area_at(const qz_org *org, size_t i);
/** Chinese name of an area, or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_area_name(const qz_org *org, const char *area);

/**@}*/
/* ------------------------------------------------------------------ */
/** @name Posts and roles */
/**@{*/

/** Number of posts. */
QZ_EXTERN(size_t) qz_org_post_count(const qz_org *org);
/** Id of post @p i (sorted by id), or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_post_at(const qz_org *org, size_t i);
/** Chinese name of a post, or NULL (unknown post: #QZ_ENOTFOUND recorded). Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_post_name(const qz_org *org, const char *post);
/** Id of the unit a post belongs to, or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_post_unit(const qz_org *org, const char *post);
/**
 * The role of a post (an open vocabulary the rule set refers to:
 * "county-head", "executive-deputy", "deputy", "office-director",
 * "office-deputy-director", "department-principal", "department-deputy",
 * "township-principal", "institution-principal", ...), or NULL. Borrowed
 * from @p org.
 */
QZ_EXTERN(const char *) qz_org_post_role(const qz_org *org, const char *post);
/**
 * Whether at most one person may hold the post on a day (the default).
 * @param[out] out 1 when so, 0 when several may (0 on failure).
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOTFOUND (unknown post).
 */
QZ_EXTERN(int) qz_org_post_single(int *out, const qz_org *org, const char *post);
/**
 * The post's place in the published order of leaders (排名, the `rank`
 * attribute): 1 comes first. Ordered substitution (顺次递补) and the lists
 * of a role's posts follow it; posts without a rank come after ranked ones,
 * by id.
 * @param[out] out the rank, 0 when the post has none (0 on failure).
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOTFOUND (unknown post).
 */
QZ_EXTERN(int) qz_org_post_rank(int *out, const qz_org *org, const char *post);

/**
 * Whether @p post has @p role on @p date. A post has its own role
 * always; it also has "party-group-secretary" and "party-group-member" on
 * the days it is the party group's secretary or member (the secretary is
 * a member too). These two roles come from the party group only; no post
 * carries them as its own role (#QZ_ORG_ROLE_PARTY_GROUP_SECRETARY,
 * #QZ_ORG_ROLE_PARTY_GROUP_MEMBER).
 * @param[out] out 1 when it has, else 0 (0 on failure).
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOTFOUND (unknown post).
 */
QZ_EXTERN(int)
qz_org_post_has_role(int *out, const qz_org *org, const char *post, const char *role, qz_date date);
/** Number of posts that have @p role on @p date (see qz_org_post_has_role()). */
QZ_EXTERN(size_t) qz_org_role_post_count(const qz_org *org, const char *role, qz_date date);
/** Id of post @p i of those (by rank, then by id), or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_role_post_at(const qz_org *org, const char *role, qz_date date, size_t i);

/**@}*/
/* ------------------------------------------------------------------ */
/** @name People, tenures and absences */
/**@{*/

/** Number of people. */
QZ_EXTERN(size_t) qz_org_person_count(const qz_org *org);
/** Id of person @p i (sorted by id), or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_person_at(const qz_org *org, size_t i);
/** Chinese name of a person, or NULL (unknown person: #QZ_ENOTFOUND recorded). Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_person_name(const qz_org *org, const char *person);
/**
 * Whether the person is a member of the Communist Party of China.
 * @param[out] out 1 when a member, else 0 (0 on failure).
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOTFOUND (unknown person).
 */
QZ_EXTERN(int) qz_org_person_cpc(int *out, const qz_org *org, const char *person);

/**
 * The person (id) who holds @p post on @p date, or NULL when vacant (or
 * unknown: #QZ_ENOTFOUND recorded). For a post with several holders, the one
 * whose tenure started first. Borrowed from @p org.
 */
QZ_EXTERN(const char *) qz_org_holder(const qz_org *org, const char *post, qz_date date);
/** Number of people holding @p post on @p date. */
QZ_EXTERN(size_t) qz_org_holder_count(const qz_org *org, const char *post, qz_date date);
/** Holder @p i of @p post on @p date (by start of tenure, then id), or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_holder_at(const qz_org *org, const char *post, qz_date date, size_t i);

/** Number of posts @p person holds on @p date. */
QZ_EXTERN(size_t) qz_org_person_post_count(const qz_org *org, const char *person, qz_date date);
/** Post @p i (sorted by id) that @p person holds on @p date, or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_person_post_at(const qz_org *org, const char *person, qz_date date, size_t i);

/** Number of tenures (the whole history) of @p post. */
QZ_EXTERN(size_t) qz_org_tenure_count(const qz_org *org, const char *post);
/**
 * Tenure @p i of @p post, oldest first.
 * @param[out] out the tenure (its strings Borrowed from @p org); zeroed on failure.
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOTFOUND (unknown post, no such tenure).
 */
QZ_EXTERN(int) qz_org_tenure_at(qz_org_tenure *out, const qz_org *org, const char *post, size_t i);

/**
 * Whether @p person is absent on @p date.
 * @param[out] away 1 when away, else 0 (0 on failure).
 * @param[out] absence the absence when away (strings Borrowed from @p org),
 *             zeroed otherwise; may be NULL.
 * @return #QZ_OK, #QZ_EINVAL (NULL @p away, @p org or @p person) or
 *         #QZ_ENOTFOUND (unknown person).
 */
QZ_EXTERN(int)
qz_org_person_away(int *away, qz_org_absence *absence, const qz_org *org, const char *person, qz_date date);
/** Number of absences of @p person, or of everyone when @p person is NULL. */
QZ_EXTERN(size_t) qz_org_absence_count(const qz_org *org, const char *person);
/**
 * Absence @p i of @p person (of everyone when NULL), by person then date.
 * @param[out] out the absence (strings Borrowed from @p org); zeroed on failure.
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOTFOUND (unknown person, no such absence).
 */
QZ_EXTERN(int) qz_org_absence_at(qz_org_absence *out, const qz_org *org, const char *person, size_t i);

/**@}*/
/* ------------------------------------------------------------------ */
/** @name Portfolios (分管) and AB pairs (AB角) */
/**@{*/

/**
 * The post in charge (分管) of @p matter (a unit or named area id) on
 * @p date, or NULL when none is (or the matter is unknown: #QZ_ENOTFOUND
 * recorded). At most one post is in charge of a matter on any day (the
 * loader checks this). Borrowed from @p org.
 */
QZ_EXTERN(const char *) qz_org_in_charge(const qz_org *org, const char *matter, qz_date date);
/** Number of matters (units and areas) @p post is in charge of on @p date. */
QZ_EXTERN(size_t) qz_org_portfolio_count(const qz_org *org, const char *post, qz_date date);
/** Matter @p i of that portfolio (units first, then areas, each sorted by id), or NULL. Borrowed from @p org.
 */
QZ_EXTERN(const char *) qz_org_portfolio_at(const qz_org *org, const char *post, qz_date date, size_t i);

/**
 * The post paired with @p post (AB角) on @p date, or NULL. Borrowed from
 * @p org. The format lets any two posts pair; which roles may is a rule of
 * the rule set (`<ab-pairs roles>`), checked when a model is built.
 */
QZ_EXTERN(const char *) qz_org_ab_partner(const qz_org *org, const char *post, qz_date date);

/**
 * The number of posts that assist (协助) leader post @p leader on @p date
 * (a deputy secretary-general assisting a vice-mayor). 0 for an unknown
 * post (#QZ_ENOTFOUND recorded) or a NULL argument (#QZ_EINVAL recorded).
 */
QZ_EXTERN(size_t) qz_org_assistant_count(const qz_org *org, const char *leader, qz_date date);
/**
 * Assistant @p i of @p leader on @p date (ordered by start date, then post),
 * or NULL (#QZ_ENOTFOUND recorded). Borrowed from @p org.
 */
QZ_EXTERN(const char *) qz_org_assistant_at(const qz_org *org, const char *leader, qz_date date, size_t i);
/**
 * Whether post @p post assists leader post @p leader on @p date.
 * @param out receives 1 or 0 (0 on failure).
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOTFOUND (an unknown post).
 */
QZ_EXTERN(int)
qz_org_assists(int *out, const qz_org *org, const char *post, const char *leader, qz_date date);

/**@}*/
/* ------------------------------------------------------------------ */
/** @name The party group (党组) */
/**@{*/

/** The party group's name, or NULL when the organisation has none. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_party_group_name(const qz_org *org);
/** The post whose holder is the party group's secretary on @p date, or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_party_group_secretary(const qz_org *org, qz_date date);
/**
 * Whether @p post is a member of the party group (the secretary included) on @p date.
 * @param[out] out 1 when a member, else 0 (0 on failure).
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOTFOUND (unknown post).
 */
QZ_EXTERN(int) qz_org_party_group_is_member(int *out, const qz_org *org, const char *post, qz_date date);
/** Number of member posts (the secretary included) on @p date. */
QZ_EXTERN(size_t) qz_org_party_group_member_count(const qz_org *org, qz_date date);
/** Member post @p i (sorted by id) on @p date, or NULL. Borrowed from @p org. */
QZ_EXTERN(const char *) qz_org_party_group_member_at(const qz_org *org, qz_date date, size_t i);

/**@}*/
/* ------------------------------------------------------------------ */
/** @name Entrustments (委托) */
/**@{*/

/**
 * Name of a scope as written in the XML ("government-work", "meeting",
 * "signing", "other"), or NULL. Borrowed (a constant).
 */
QZ_EXTERN(const char *) qz_org_scope_name(qz_org_scope scope);

/** Number of entrustments (all dates). */
QZ_EXTERN(size_t) qz_org_entrustment_count(const qz_org *org);
/**
 * Entrustment @p i, by entrusting post, then start date.
 * @param[out] out the entrustment (strings Borrowed from @p org); zeroed on failure.
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOTFOUND when out of range.
 */
QZ_EXTERN(int) qz_org_entrustment_at(qz_org_entrustment *out, const qz_org *org, size_t i);

/** Number of entrustments made by post @p by that are in force on @p date. */
QZ_EXTERN(size_t) qz_org_entrusted_count(const qz_org *org, const char *by, qz_date date);
/**
 * Entrustment @p i of those.
 * @param[out] out the entrustment (strings Borrowed from @p org); zeroed on failure.
 * @return #QZ_OK, #QZ_EINVAL (a NULL argument) or #QZ_ENOTFOUND (unknown post, out of range).
 */
QZ_EXTERN(int)
qz_org_entrusted_at(qz_org_entrustment *out, const qz_org *org, const char *by, qz_date date, size_t i);
/**
 * The post that @p by has entrusted with @p scope on @p date, or NULL. When
 * @p subject is not NULL, only entrustments of that subject or of the whole
 * scope count. When several match, the first in canonical order. Borrowed
 * from @p org.
 */
QZ_EXTERN(const char *)
qz_org_entrusted_agent(const qz_org *org, const char *by, qz_org_scope scope, const char *subject,
                       qz_date date);

/**@}*/

QZ_END_DECL

#endif
