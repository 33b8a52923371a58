/* Internal: the rule set as loaded (a tree of the XML, kept for saving) and as
 * compiled (typed tables the queries read). Everything lives in one arena
 * owned by the rule set, so a failed load frees everything at once. */
#ifndef QZ_LIB_RULES_H
#define QZ_LIB_RULES_H

#include <stddef.h>
#include <stdint.h>
#include "quanze/rules.h"
#include "quanze/answer.h"
#include "arena.h"
#include "refcount.h"

/* ---- the XML as a tree ---- */

typedef struct qz_rnode qz_rnode;
struct qz_rnode {
    const char *name;
    const char **attrs; /* name, value, name, value... */
    size_t nattrs;
    const char *text; /* character data, or NULL */
    qz_rnode **kids;
    size_t nkids, capkids;
    int line, column;
};

const char *qz_rules__attr(const qz_rnode *n, const char *name);
/* The number of ids in an attribute that lists them, kinds="letter reply"
 * (whitespace-separated; 0 for NULL). */
size_t qz_rules__count_ids(const char *list);
/* Copies the next id of such a list at *p into `id` (`size` bytes) and moves
 * *p past it. Returns 1 for an id, 0 at the end of the list (or for NULL),
 * -1 when the id does not fit in `id`. */
int qz_rules__next_id(const char **p, char *id, size_t size);
/* The qz_time_unit a unit="..." attribute names ("workdays", "hours"...),
 * 0 for NULL or a name that is not a unit of time. */
int qz_rules__time_unit(const char *name);
/* The QZ_PER_* a period attribute names ("week", "month", "quarter",
 * "half-year", "year"), 0 for NULL or anything else. */
int qz_rules__period(const char *name);
/* An xs:boolean attribute value: 1 for "true" or "1", 0 for NULL or anything
 * else (the schema has already refused what is not a boolean). */
int qz_rules__bool(const char *value);
/* A whole number in [lo, hi] (lo >= 1): 0 for NULL, -1 for anything else. */
int qz_rules__number(const char *value, int lo, int hi);
/* Reads the whole document into a tree allocated in `a`. */
int qz_rules__read_tree(qz_rnode **out, qz_arena *a, const char *data, size_t size, const char *name,
                        const char *path);
/* Writes a tree as canonical XML. */
int qz_rules__write_tree(char **out, size_t *len, const qz_rnode *root);

/* ---- compiled rules ---- */

typedef struct qz_idlist {
    const char **ids;
    size_t n;
} qz_idlist;

typedef struct qz_cite {
    int article;
    int item; /* 0: none */
    const char *text;
    const char *rule;   /* id of the rule that carries it */
    uint32_t text_hash; /* qz__hash() of text: two texts differ when their hashes do */
} qz_cite;

enum { QZ_WHO_ROLE = 1, QZ_WHO_IN_CHARGE = 2, QZ_WHO_AB_PARTNER = 3, QZ_WHO_BODY = 4, QZ_WHO_PRESIDER = 5 };
enum { QZ_IN_CHARGE_LEAD = 0, QZ_IN_CHARGE_OTHERS = 1, QZ_IN_CHARGE_ALL = 2 };

typedef struct qz_who {
    int kind;
    int role;            /* role index (QZ_WHO_ROLE), else -1 */
    int entrusted_by;    /* role index, or -1 */
    int scope;           /* qz_org_scope when entrusted_by >= 0 */
    const char *subject; /* entrustment subject, or NULL (the matter) */
    int cpc;             /* -1 any, 0 not a CPC member, 1 member */
    int in_charge;       /* QZ_IN_CHARGE_* */
    int body;            /* body index (QZ_WHO_BODY) */
    const char *id;      /* role id, body id, "in-charge" or "ab-partner" */
    const char *label;   /* Chinese description */
    int assists;         /* QZ_IN_CHARGE_*: only posts assisting those leaders in charge; -1: any */
} qz_who;

typedef struct qz_party {
    int capacity; /* qz_capacity */
    qz_who *who;
    size_t nwho;
    qz_cite *cites;
    size_t ncites;
    int *invites; /* a meeting's <approver invites="ROLE...">: applies when one is invited (role indexes) */
    size_t ninvites;
} qz_party;

typedef struct qz_entry {
    int section; /* qz_rules_section */
    const char *id;
    uint32_t id_hash; /* qz__hash() of id, for qz_rules__find() */
    const char *label;
    int is_default; /* issuers: the default one */
    int serves;     /* the QZ_SERVES_* purpose its serves= attribute declares, or 0: none */
    qz_cite *cites;
    size_t ncites;
    qz_party *parties;
    size_t nparties;
} qz_entry;

typedef struct qz_role {
    qz_entry e;
    int *any_of; /* role indexes, for a group of roles */
    size_t nany;
} qz_role;

typedef struct qz_deadline {
    qz_entry e;
    int count, min; /* min: lower end of a range, or 0 */
    int unit;       /* qz_time_unit */
    int before;     /* counted backwards from the anchor */
    const char *anchor;
    const char *override_by; /* who may set another limit, or NULL */
    int max_override;        /* cap on that limit, or 0 */
    int silence_consent;     /* no reply by the deadline counts as no objection */
    int maximum;             /* the count is an upper limit (validity) */
    int principle;           /* "in principle" / "generally" */
    int roll_next_workday;   /* a last day that is not a working day moves to the next one (Art. 203) */
} qz_deadline;

typedef struct qz_quorum {
    int present; /* the meeting has a quorum rule */
    int over;    /* role index */
    int num, den, strict;
    qz_cite *cites;
    size_t ncites;
} qz_quorum;

typedef struct qz_meeting {
    qz_entry e;
    int deadline; /* documents deadline index, or -1 */
    int periodic; /* periodic obligation index, or -1 */
    qz_quorum quorum;
    int minutes_optional; /* minutes="optional": the presider decides whether minutes are issued */
    /* rules_meeting_shapes.c: length cap and a cap counted per unit */
    int max_minutes;             /* max-length in minutes (a half day is 4 hours), or 0: none */
    int max_length, length_unit; /* as written: 2, QZ_UNIT_HOURS or QZ_UNIT_HALF_DAYS */
    int length_principle;        /* 一般/原则上: an excess is a note */
    int max_per_unit;            /* at most this many per unit and period, or 0: no such cap */
    int per_unit_period;         /* QZ_PER_* */
    int per_unit_principle;      /* 一般/原则上 */
    int has_invite_approvals;    /* some <approver> depends on who is invited */
} qz_meeting;

enum { QZ_FLAG_MAJOR_POLICY = 1, QZ_FLAG_BROAD_SCOPE = 2, QZ_FLAG_DECIDED = 4, QZ_FLAG_ROUTINE = 8 };

typedef struct qz_when {
    int *kinds;
    size_t nkinds;
    int *issuers;
    size_t nissuers;
    int *recipients;
    size_t nrecipients;
    unsigned flags;
    qz_idlist facts; /* further facts the request must carry (rule-set vocabulary) */
    int portfolios_min;
    int *holders_away; /* role indexes whose holders must be away on the date (rules_conditions.c) */
    size_t nholders_away;
} qz_when;

typedef struct qz_row {
    qz_entry e;
    qz_when *whens;
    size_t nwhens;
} qz_row;

enum { QZ_COND_AWAY = 1, QZ_COND_AWAY_FROM_COUNTY = 2, QZ_COND_VACANT = 3, QZ_COND_ENTRUSTED = 4 };

typedef struct qz_acting {
    qz_entry e;
    int role;
    int condition;
    const char **matters; /* meeting/matter ids it is limited to; NULL: general */
    size_t nmatters;
    unsigned powers;                /* QZ_POWER_* bits the substitute takes over (rules_acting_powers.c) */
    const char *powers_ids;         /* the same as ids, "preside sign" (the rule set's arena) */
    const char *powers_label;       /* the same in Chinese, "召集和主持会议、签发公文" */
    unsigned matter_kinds;          /* QZ_MATTER_KIND_* bits it is limited to (matter-kinds); 0: any */
    const char *matter_kinds_label; /* "临时性、紧急性工作", or NULL */
    int instructions_prevail;       /* the absent leader's explicit instructions prevail (从其交代) */
} qz_acting;

enum { QZ_APPROVAL_NONE = 0, QZ_APPROVAL_PRESIDER = 1, QZ_APPROVAL_CONVENER = 2 };

typedef struct qz_subst {
    qz_entry e;
    int *meetings;
    size_t nmeetings;
    int principal;  /* role index */
    int substitute; /* role index, or -1: nobody may stand in */
    int same_unit;
    int written_before;
    int approval;
} qz_subst;

enum { QZ_NOTICE_NONE = 0, QZ_NOTICE_BEFOREHAND = 1, QZ_NOTICE_DEADLINE = 2 };

/* A case of a leave rule: when the absence is long enough (or short enough)
 * or goes to one of the destinations, its parties are added and its
 * deadline may set a stricter notice. */
typedef struct qz_leave_case {
    qz_entry e;             /* id, label, citations, parties */
    int min_days, max_days; /* 0: no bound */
    int workdays;           /* the length is counted in working days */
    int *destinations;
    size_t ndestinations; /* destination indexes; none: any */
    int deadline;         /* index, or -1 */
} qz_leave_case;

typedef struct qz_leave_rule {
    qz_entry e;
    int *roles;
    size_t nroles;
    int notice;
    int deadline; /* index, or -1 */
    qz_leave_case *cases;
    size_t ncases;
} qz_leave_rule;

enum { QZ_PAIR_ANY = 0, QZ_PAIR_SAME_UNIT = 1, QZ_PAIR_IN_CHARGE = 2, QZ_PAIR_AB = 3, QZ_PAIR_ASSISTS = 4 };

/* Two posts whose holders may not be away at the same time. */
typedef struct qz_apart {
    qz_entry e;
    int roles[2];    /* role indexes: the first and the second post */
    int pairing;     /* QZ_PAIR_*: which second posts go with a first one */
    int from_county; /* only absences away from the county count */
} qz_apart;

enum { QZ_PER_WEEK = 1, QZ_PER_MONTH = 2, QZ_PER_QUARTER = 3, QZ_PER_HALF_YEAR = 4, QZ_PER_YEAR = 5 };

typedef struct qz_periodic {
    qz_entry e;
    int meeting;  /* index, or -1 */
    int min, max; /* max -1: none */
    int per;
    int within_days; /* only the first N days of each period count (a fixed date), or 0 */
    int principle;
    int every;         /* the period is `every` weeks, months...: 1 or more */
    qz_date start;     /* where periods are counted from, or QZ_DATE_NONE: weeks from
                          the rules' effective date, months from January */
    unsigned weekdays; /* bit d (1 Monday .. 7 Sunday): only those days count; 0: any */
} qz_periodic;

enum { QZ_OB_EVENT = 1, QZ_OB_PERIODIC = 2, QZ_OB_DATE = 3 }; /* = qz_obligation_trigger */

/* An obligation (<obligation>): a party must do something (action, object),
 * for or to someone, on an event, periodically or by a date of the year.
 * A periodic one is also a row of the periodic table (`periodic`), so that
 * the periodic query and the audit read one table. */
typedef struct qz_obligation {
    qz_entry e; /* parties: responsible (who must act), obligee (to or for whom) */
    int action; /* QZ_ACTION_* (rules_obligations.c) */
    const char *action_id;
    const char *action_label; /* the rule's own wording, or NULL: the vocabulary's label */
    const char *object;       /* what is acted on, Chinese */
    int trigger;              /* QZ_OB_* */
    int event;                /* event index, or -1 */
    int deadline;             /* deadline index, or -1 */
    int within, unit;         /* an inline deadline: `within` units of qz_time_unit `unit`, or 0 */
    int promptly;             /* 及时: no number of days */
    int periodic;             /* index into the periodic table, or -1 */
    int month, day;           /* QZ_OB_DATE: the date of each year */
    int meeting;              /* the meeting at which it is done (Art. 40: the executive meeting), or -1 */
    const qz_rnode *node;     /* its place, for diagnostics */
} qz_obligation;

typedef struct qz_check {
    qz_entry e;
    qz_idlist when, unless, require, forbid;
    int *approved_by;
    size_t napproved; /* meeting indexes; napproved 0: no such check */
    int validity;     /* deadline index, or -1 */
} qz_check;

typedef struct qz_provision {
    qz_entry e;
    int *meetings;
    size_t nmeetings;
    int chain; /* the parties are consecutive steps of one approval */
} qz_provision;

struct qz_rules {
    qz_refcount ref;
    qz_arena arena;
    qz_rnode *root;
    const char *id, *title, *number, *authority, *adopted_by;
    qz_date adopted, issued, published, effective, expires;
    qz_role *roles;
    size_t nroles;
    qz_entry *bodies;
    size_t nbodies;
    qz_entry *kinds;
    size_t nkinds;
    qz_entry *issuers;
    size_t nissuers;
    qz_entry *recipients;
    size_t nrecipients;
    qz_deadline *deadlines;
    size_t ndeadlines;
    qz_meeting *meetings;
    size_t nmeetings;
    qz_row *rows;
    size_t nrows;
    qz_acting *actings;
    size_t nactings;
    qz_subst *substs;
    size_t nsubsts;
    qz_leave_rule *leaves;
    size_t nleaves;
    qz_periodic *periodics;
    size_t nperiodics;     /* the <periodic> elements (the PERIODIC section) */
    size_t nperiodics_all; /* ... followed by the periodic <obligation>s: what the periodic query reads */
    qz_obligation *obligations;
    size_t nobligations;
    qz_entry *events;
    size_t nevents;
    qz_check *checks;
    size_t nchecks;
    qz_provision *provisions;
    size_t nprovisions;
    qz_entry *destinations;
    size_t ndestinations;
    qz_apart *aparts;
    size_t naparts;
    qz_idlist flags;          /* every fact the normative checks name */
    qz_idlist sign_facts;     /* every fact the signing table names beyond the built-in flags */
    const qz_rnode *ab_pairs; /* <ab-pairs>, or NULL: any posts may form AB pairs */
    int *ab_roles;
    size_t nab_roles; /* the roles it allows (role indexes) */
    /* the matrix: every entry in display order */
    const qz_entry **matters;
    int *matter_kinds;
    size_t nmatters;
    const char *source; /* the input's name (file or given name), for diagnostics */
    /* the jurisdiction (<jurisdiction>): the word for leaving it, 离县 by default */
    const char *leave_word;
    /* the agency codes (发文机关代字) of the issuers, rules_agency_codes.c */
    struct qz_agency_code *codes;
    size_t ncodes;
};

/* The purposes an entry may declare with serves="...": the entries the
 * library's own steps rely on (rules_index.c). A rule set that declares none
 * for a purpose is served by the entry with the conventional id. */
enum {
    QZ_SERVES_CONSULTATION_REPLY = 1, /* <deadline>: the reply to a consultation (征求意见) */
    QZ_SERVES_OFFICE_REVIEW = 2,      /* <provision>: the office's review of drafts (审核呈批) */
    QZ_SERVES_NORMATIVE = 3,          /* <kind>: normative documents (行政规范性文件) */
    QZ_SERVES_MINUTES = 4,            /* <kind>: a meeting's minutes (纪要) */
    QZ_SERVES_EXECUTIVE = 5,          /* <meeting>: the executive meeting (常务会议) */
    QZ_SERVES_LAST = 5
};
/* The QZ_SERVES_* purpose called `name` that an entry of `section` may
 * serve, or 0 when there is none by that name for that section. */
int qz_rules__purpose(int section, const char *name);
/* The index, in its section, of the entry serving `purpose`: the one that
 * declares it, else the one with the purpose's conventional id; -1: none. */
int qz_rules__serving(const qz_rules *r, int purpose);

/* The entry of `section` at `index`, or NULL. */
const qz_entry *qz_rules__entry(const qz_rules *r, int section, size_t index);
/* Index of `id` in `section`, or -1. */
int qz_rules__find(const qz_rules *r, int section, const char *id);
/* Compiles the tree into the typed tables (checks references). */
int qz_rules__compile(qz_rules *r, const char *name);
/* Refuses an organisation with an AB pair of a post whose role the rule set
 * does not allow in AB pairs (rules_ab_pairs.c): QZ_ESCHEMA recorded at the
 * pair's place in the organisation's input. */
struct qz_org;
int qz_rules__check_ab_pairs(const qz_rules *r, const struct qz_org *org);
/* The conditions computed from the organisation on the date (rules_conditions.c):
 * <deadline roll="next-workday"> and <when holder-away="ROLE...">. Each
 * records QZ_ESCHEMA at the element's place in `file` on a bad value. */
int qz_rules__deadline_roll(qz_rules *r, const qz_rnode *n, qz_deadline *d, const char *file);
int qz_rules__when_holder_away(qz_rules *r, const qz_rnode *n, qz_when *w, const char *file);
/* Reads <jurisdiction> and the meetings' minutes="optional" (rules_jurisdiction.c), after
 * qz_rules__compile(). */
int qz_rules__jurisdiction(qz_rules *r, const char *name);
/* Reads the meetings' length caps, caps per unit and approvals by invitees
 * (rules_meeting_shapes.c), after qz_rules__compile(); QZ_ESCHEMA recorded
 * at the element's place in `name` on a bad value. */
int qz_rules__meeting_shapes(qz_rules *r, const char *name);
/* Index into the periodic table (<periodic>s, then periodic <obligation>s) of `id`, or -1. */
int qz_rules__periodic_find(const qz_rules *r, const char *id);
/* Reads an <obligation>'s action, object and its <on> or <by> trigger
 * (rules_obligations.c); leaves a periodic one (<every>) to the caller with
 * ob->trigger = QZ_OB_PERIODIC. QZ_ESCHEMA recorded at the element's place. */
int qz_rules__obligation(qz_rules *r, const qz_rnode *n, qz_obligation *ob, const char *file);
/* The number of actions of the obligation vocabulary, and the id of each
 * (index 1 ... QZ_ACTION_COUNT - 1). */
#define QZ_ACTION_COUNT 17
const char *qz_rules__action_id(int action);
/* ---- agency codes (rules_agency_codes.c) ---- */

/* <issuer><agency-code code="西政函" kinds="letter reply"/></issuer>: a code of
 * an issuer, for some document kinds (kind indexes) or for any (nkinds 0). */
typedef struct qz_agency_code {
    const char *code;
    int issuer;
    int *kinds;
    size_t nkinds;
} qz_agency_code;
/* Reads the issuers' agency codes, after qz_rules__compile(): QZ_ESCHEMA at
 * the element's place in `name` for an unknown kind or a code given twice. */
int qz_rules__agency_codes(qz_rules *r, const char *name);
/* The agency code `code`, or NULL. */
const qz_agency_code *qz_rules__agency_code(const qz_rules *r, const char *code);
/* The code issuer `issuer` uses for kind `kind` when one of its codes names
 * that kind, or NULL. */
const qz_agency_code *qz_rules__agency_code_for_kind(const qz_rules *r, int issuer, int kind);

/* 1 when role `role` is `target` or a group that contains it (recursively). */
int qz_rules__role_in(const qz_rules *r, int role, int target);

/* ---- quorum comparison and acting powers (rules_acting_powers.c) ---- */

/* The powers an acting person may take over for the absent post. A rule
 * without `powers` gives all of them (the meaning of rule sets before 0.2). */
enum {
    QZ_POWER_PRESIDE = 1u << 0,       /* convene and preside over meetings (召集、主持) */
    QZ_POWER_SIGN = 1u << 1,          /* sign and countersign documents and minutes (签发、会签) */
    QZ_POWER_APPROVE_LEAVE = 1u << 2, /* be reported to and approve leave (请假报告、批准) */
    QZ_POWER_GENERAL = 1u << 3,       /* the post's general duties (政务活动职责) */
    QZ_POWER_ALL = (1u << 4) - 1
};
/* Reads `compare` (at-least | more-than) or the older `strict` of <quorum>
 * into `*strict`; QZ_ESCHEMA recorded when neither or conflicting. */
int qz_rules__quorum_compare(const qz_rnode *n, const char *file, int *strict);
/* Reads `powers` of <acting> into ac->powers (QZ_POWER_ALL when absent) and
 * writes ac->powers_ids and ac->powers_label in arena `a`. */
int qz_rules__acting_powers(const qz_rnode *n, const char *file, qz_arena *a, qz_acting *ac);
/* Kinds of matters an acting rule may be limited to (matter-kinds="temporary
 * urgent"): the built-in vocabulary, so that a request's kind and a rule's
 * limits are compared by bit. */
enum {
    QZ_MATTER_KIND_TEMPORARY = 1u << 0, /* 临时性工作 */
    QZ_MATTER_KIND_URGENT = 1u << 1,    /* 紧急性工作 */
    QZ_MATTER_KIND_ROUTINE = 1u << 2,   /* 日常工作 */
    QZ_MATTER_KIND_MAJOR = 1u << 3      /* 重大事项 */
};
/* The bit of matter kind `id`, or 0 when it is not one. */
unsigned qz_rules__matter_kind(const char *id);
/* The Chinese label of one QZ_MATTER_KIND_* bit, or NULL. */
const char *qz_rules__matter_kind_label(unsigned bit);
/* The power a capacity needs when exercised for an absent holder. */
unsigned qz_rules__power_of_capacity(int cap);
/* The Chinese label of one QZ_POWER_* bit, or NULL. */
const char *qz_rules__power_label(unsigned bit);

#endif
