/* Internal: building answers and resolving "who" specifications against the
 * organisation on a date. Shared by every lib/query_*.c. */
#ifndef QZ_LIB_QUERY_H
#define QZ_LIB_QUERY_H

#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include "buf.h"
#include "model.h"

typedef struct qz_aperson {
    int cap;
    const char *post, *role, *person, *name;
    int via;
    const char *for_post, *for_person;
    int cite;
} qz_aperson;

typedef struct qz_aunit {
    int cap;
    const char *id, *name;
} qz_aunit;
typedef struct qz_arole {
    int cap;
    const char *id, *label;
} qz_arole;
typedef struct qz_afinding {
    const char *id, *text;
} qz_afinding;

#define QZ_VALUE_SLOTS 32
_Static_assert(QZ_VALUE_MINUTES_OPTIONAL < QZ_VALUE_SLOTS, "a slot for every qz_value");

/* A step of the narrative. Most callers never read an explanation, so a
 * question records what to say and the text is written on first request:
 * render(b, data) appends the step's line (without its newline). */
typedef void (*qz_render_fn)(qz_buf *b, const void *data);
typedef struct qz_astep {
    qz_render_fn render;
    const void *data;
} qz_astep;

struct qz_answer {
    qz_arena arena;
    qz_model *model;
    int kind, found, failed;
    const char *reason, *subject, *subject_label;
    _Atomic(char *) explanation; /* rendered on first request (most callers never ask) */
    qz_astep *steps;
    size_t nsteps, capsteps; /* the narrative, in order */
    qz_date date;
    qz_aperson *people;
    size_t npeople, cappeople;
    uint32_t *people_index;   /* open addressing over people by (person, cap): 1 + row, 0 free */
    size_t people_index_mask; /* NULL while the answer is small enough to scan */
    qz_aunit *units;
    size_t nunits, capunits;
    qz_arole *roles;
    size_t nroles, caproles;
    const qz_cite **cites;
    size_t ncites, capcites;
    qz_afinding *findings;
    size_t nfindings, capfindings;
    int64_t values[QZ_VALUE_SLOTS];
    unsigned char has[QZ_VALUE_SLOTS];
    /* a list answer (qz_query_obligations): its items, each a whole answer it owns */
    qz_answer **items;
    size_t nitems, capitems;
    /* an obligation item: what the obligation says (strings of the rule set) */
    int ob_trigger;
    const char *ob_action, *ob_action_label, *ob_object, *ob_event, *ob_event_label;
};

/* An answer is allocated with the first bytes of its arena (QZ_ANSWER_INLINE)
 * right after it (at QZ_ANSWER_HEAD, 16-aligned), 4 KiB in all: enough for a
 * signing, acting or meeting answer, so that only big answers allocate blocks. */
#define QZ_ANSWER_HEAD ((sizeof(qz_answer) + 15u) & ~(size_t)15u)
#define QZ_ANSWER_INLINE (4096u - QZ_ANSWER_HEAD)

/* Decide-only mode (the checks of lib/check_*.c): the query runs its one
 * code path but keeps only what a decision needs. The answer lives in this
 * struct (its arena starts on `buf`), no narrative, roles or findings are
 * written, and the parties listed in another capacity than `cap` are cited
 * but not resolved (a listing never decides who may act). People in every
 * capacity the query decides are still added, so "found" and the citations
 * are exactly those of the full answer. A decision that needs more (a denial
 * and its reason, the candidates) asks the full query. */
#define QZ_DECIDE_INLINE 3072u
typedef struct qz_query__decide {
    int cap; /* the capacity decided (qz_capacity) */
    qz_answer answer;
    _Alignas(16) unsigned char buf[QZ_DECIDE_INLINE];
} qz_query__decide;

/* A question being answered. */
typedef struct qz_qctx {
    const qz_model *m;
    const qz_rules *r;
    const qz_org *org;
    const qz_calendar *cal;
    qz_date date;
    const char *matter;             /* meeting type or document kind: entrustment subject */
    const char *const *portfolios;  /* posts in charge, resolved; lead first */
    const int32_t *portfolio_posts; /* their indexes in the organisation */
    size_t nportfolios;
    qz_query__decide *decide; /* decide-only mode: where the answer lives, and its outputs */
    qz_answer *a;
    /* role index -> the own-role rows of its posts (the model's index for
     * the rule set in force, built with the model) */
    const qz_model__role_rows *role_rows;
    int decide_cap; /* decide-only mode: the capacity decided; 0 for a full answer */
    /* whether `matter` names a meeting type, for the matter last asked about */
    const char *matter_meeting;
    int matter_is_meeting;
    unsigned matter_kind; /* QZ_MATTER_KIND_* bit of the matter asked about (acting), 0: not stated */
    int instructed;       /* the absent leader left explicit instructions on it */
} qz_qctx;

/* ---- query_common.c ---- */

/* Checks a request's version: QZ_EINVAL (recorded) unless 1 <= version <=
 * `current`; every request struct starts with its version. */
int qz_query__check_version(const void *req, unsigned int current, const char *what);
/* What every qz_query_*() starts with: *out = NULL (when out is not NULL),
 * then the request's version and a NULL out checked (QZ_EINVAL recorded). */
int qz_query__enter(qz_answer **out, const void *req, unsigned int current, const char *what);
/* Copies `size` bytes of the template `tpl` into `req` and stamps `version`
 * (1 to `current`, else QZ_EINVAL recorded). When a struct gains fields, a
 * caller of an older version must get only the bytes of its own layout:
 * `size` is then chosen by version. */
int qz_query__init_request(void *req, const void *tpl, size_t size, unsigned int version,
                           unsigned int current, const char *what);
/* Defines qz_<name>_request_init() from QZ_<NAME>_REQUEST_INIT, in the way
 * of libgit2's GIT_INIT_STRUCTURE_FROM_TEMPLATE. */
#define QZ_QUERY__REQUEST_INIT(name, NAME)                                                          \
    int qz_##name##_request_init(qz_##name##_request *req, unsigned int version)                    \
    {                                                                                               \
        static const qz_##name##_request tpl = QZ_##NAME##_REQUEST_INIT;                            \
        return qz_query__init_request(req, &tpl, sizeof(tpl), version, QZ_##NAME##_REQUEST_VERSION, \
                                      "qz_" #name "_request_init");                                 \
    }
/* Index of meeting type `type` into *index; QZ_ENOTFOUND recorded when unknown. */
int qz_query__find_meeting(qz_qctx *q, const char *type, int *index);
/* Starts an answer for `date` with the rules in force then (QZ_ERANGE when none). */
int qz_query__begin(qz_qctx *q, const qz_model *m, int kind, qz_date date);
/* qz_query__begin() in decide-only mode when `d` is not NULL (the answer is
 * d->answer); else qz_query__begin(). */
int qz_query__start(qz_qctx *q, const qz_model *m, int kind, qz_date date, qz_query__decide *d);
/* Finishes: on success hands the answer over, else frees it. Returns rc or
 * QZ_ENOMEM. In decide-only mode *out is d->answer, to be released with
 * qz_query__release() rather than freed. */
int qz_query__end(qz_qctx *q, qz_answer **out, int rc);
/* Frees what the answer of a decide-only question allocated (not the answer). */
void qz_query__release(qz_query__decide *d);

/* The queries with a decide-only mode (d NULL: the full answer, as the
 * public qz_query_*() functions). */
int qz_query__sign(qz_answer **out, const qz_model *m, const qz_sign_request *req, qz_query__decide *d);
int qz_query__meeting(qz_answer **out, const qz_model *m, const qz_meeting_request *req, qz_query__decide *d);
int qz_query__acting_for(qz_answer **out, const qz_model *m, const qz_acting_request *req,
                         qz_query__decide *d);

void qz_query__subject(qz_qctx *q, const qz_entry *e);
int qz_query__cite(qz_qctx *q, const qz_cite *c);
void qz_query__cites(qz_qctx *q, const qz_cite *c, size_t n);
void qz_query__person(qz_qctx *q, int cap, const char *post, const char *person, int via,
                      const char *for_post, const char *for_person, int cite);
/* The same for post `post` and person `person` of the organisation, by index. */
void qz_query__person_at(qz_qctx *q, int cap, int32_t post, int32_t person, int via, const char *for_post,
                         const char *for_person, int cite);
void qz_query__unit(qz_qctx *q, int cap, const char *id, const char *name);
void qz_query__role(qz_qctx *q, int cap, const char *id, const char *label);
void qz_query__finding(qz_qctx *q, const char *id, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
void qz_query__value(qz_qctx *q, int key, int64_t v);
/* Adds a step to the narrative. Only the conversions %s, %d, %u, %ld, %lu,
 * %lld, %llu and %zu are kept for later (strings are copied); any other
 * format is written at once. */
void qz_query__explain(qz_qctx *q, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Adds a step that render(b, data) writes when the explanation is read, for
 * steps costlier to keep as printf arguments (dates). Returns `size` zeroed
 * bytes living as long as the answer for the caller to fill in as `data`, or
 * NULL (failure recorded). */
void *qz_query__explain_later(qz_qctx *q, qz_render_fn render, size_t size);
/* Marks the answer "no one": the reason is the formatted text. */
void qz_query__no_one(qz_qctx *q, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
char *qz_query__strdup(qz_qctx *q, const char *s);
/* People in capacity `cap` so far. */
size_t qz_query__count(const qz_qctx *q, int cap);
/* The approval by invitees, the length cap and the cap per unit of a meeting
 * (query_meeting_shapes.c). */
struct qz_meeting_request;
int qz_query__meeting_shapes(qz_qctx *q, const qz_meeting *mt, const struct qz_meeting_request *req);
/* Removes `person` in capacity `cap` from the answer; returns how many rows went. */
size_t qz_query__drop_person(qz_qctx *q, int cap, const char *person);

/* Resolution modes of a party. */
enum { QZ_RESOLVE_LIST = 0, QZ_RESOLVE_AUTHORITY = 1 };
/* Adds the roles, people, bodies and citations of `p` in capacity `cap`
 * (0: the party's own). Authority mode replaces an absent holder by whoever
 * acts for them; list mode lists holders as they are. */
void qz_query__party(qz_qctx *q, const qz_party *p, int cap, int mode);
/* The party of `e` in capacity `cap`, or NULL. */
const qz_party *qz_query__find_party(const qz_entry *e, int cap);
/* Resolves `ids` (post ids, or unit/area ids: the post in charge) into post
 * ids stored in the answer. QZ_ENOTFOUND (recorded) for an unknown id. */
int qz_query__portfolios(qz_qctx *q, const char *const *ids, size_t n);
/* 1 when `post` has rule role `role` (or a role of that group) on the date.
 * Not const: the question remembers the roles it looked up. */
int qz_query__post_has_role(qz_qctx *q, const char *post, int role);
/* The rule-set role index of post index `post` (its own role), or -1. */
int qz_query__post_role(const qz_qctx *q, int32_t post);
/* Who acts for post index `post` (a valid one) whose holder (index, or
 * QZ_ORG__NONE when vacant) is absent: adds people in capacity `cap`.
 * Returns 1 when someone acts, 0 when not (reason explained). */
int qz_query__acting(qz_qctx *q, int32_t post, int32_t holder, int cap);

/* The period of periodic row `p` containing `d` (query_periodic.c). */
int qz_query__period_of(const qz_qctx *q, const qz_periodic *p, qz_date d, qz_date *start, qz_date *end);
/* The figures and the explanation of obligation `ob` for the matrix
 * (query_obligations.c), without dates or parties; every obligation answer
 * ends with it. */
void qz_query__obligation_matter(qz_qctx *q, const qz_obligation *ob);

/* ---- query_explain.c ---- */

/* The Chinese label of an obligation's action (QZ_ACTION_*): "报告", "备案"... */
const char *qz_query__action_label(int action);
/* The Chinese name of a period of the rule set (QZ_PER_*): "周", "月",
 * "季度", "半年", "年" (a year for anything else), as in 每月, 每季度. */
const char *qz_query__period_label(int per);
/* Appends the labels of the people and bodies of `p` joined by 、 (nothing for NULL). */
void qz_query__party_labels(qz_buf *b, const qz_party *p);

/* How a Chinese text names `id` on `date` (never by the id itself): a post
 * by its name and its holder's name (副县长王某; the post's name alone when
 * vacant), a person by the post they hold and their name, a unit or an area
 * by its name, a body or role of the rule set in force by its label. An id
 * none of them knows is quoted after 未知 and the noun `unknown` (未知岗位“xyz”).
 * Written into `buf` (`size` bytes, cut at a character boundary); returns
 * buf. Reads the model only: a function of the model, the id and the date. */
const char *qz_query__name_of(char *buf, size_t size, const qz_model *m, const char *id, qz_date date,
                              const char *unknown);
/* A buffer size that holds any name qz_query__name_of() writes in practice. */
#define QZ_QUERY__NAME_SIZE 256

/* `n` in Chinese numerals (0 to INT_MAX: 五十四, 一百零五, 一万零五). */
void qz_query__chinese_number(qz_buf *b, int n);
/* "第五十四条第(一)项" (no item part when `item` is 0). */
void qz_query__citation(qz_buf *b, int article, int item);
/* How an absent holder is away: the rule set's word for leaving its
 * jurisdiction ("离县", "离市"...) or "不在岗". */
const char *qz_query__away_label(const qz_rules *r, int from_county);
/* Writes one line per capacity listing the people, then the citations. */
void qz_query__explain_all(qz_buf *b, const qz_answer *a);
/* Formats into the answer's arena; NULL (answer marked failed) on ENOMEM. */
char *qz_query__vformat(qz_qctx *q, const char *fmt, va_list ap);

/* Counts `count` units of deadline `d` from `from` (backwards when the rule
 * says so). Returns QZ_OK, or a calendar error (QZ_ERANGE) recorded. */
int qz_query__add(qz_qctx *q, qz_date *out, qz_date from, int count, int unit, int before);
/* Adds the deadline's figures (due, earliest, limit, unit) and citations. */
int qz_query__deadline(qz_qctx *q, const qz_deadline *d, qz_date from, int limit);
/* Quorum counts for meeting `mt` with the given people present (NULL: nobody). */
int qz_query__quorum(qz_qctx *q, const qz_meeting *mt, const char *const *present, size_t npresent);
/* Copies the explanation so far into the reason of a "no one" answer. */
void qz_query__no_one_explained(qz_qctx *q, const char *headline);

/* Shared by the leave and acting queries (lib/query_leave.c): for each
 * not-away-together rule naming `post` (whose holder is away, from the county
 * when `from_county`), the paired posts whose holders are away during
 * [from, to] become findings citing the rule (every concerned
 * rule is cited when `cite_all`). Returns the number of rules naming the post;
 * `*nclashes` receives the number of clashes. */
int qz_query__not_away_together(qz_qctx *q, const char *post, int from_county, qz_date from, qz_date to,
                                int cite_all, size_t *nclashes);

/* The people holding posts with rule role `role` (groups expanded), each
 * once, with the post they hold it through. Arrays live in the answer. */
size_t qz_query__role_people(qz_qctx *q, int role, const char ***posts, const char ***persons);
/* The same, with the posts' and persons' organisation indexes in
 * *post_index and *index (in the answer; both or neither asked for). */
size_t qz_query__role_people_at(qz_qctx *q, int role, const char ***posts, const char ***persons,
                                int32_t **post_index, int32_t **index);

#endif
