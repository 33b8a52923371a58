/*
 * quanze.i: the interface every language shares.
 *
 * The C handles become classes (%rename + %extend) whose destructors release
 * the handle's reference. Every method that calls a function returning a
 * status passes it through qzb_check(); the one %exception block below turns
 * a negative status into the language's exception, carrying the last error's
 * message, code, file, line and column.
 *
 * The language interface that includes this file first defines
 *   QZB_RAISE(code)  raise the exception for `code`;
 * and the typemaps: `check` on each handle's `self` (raise when the handle
 * was closed), qz_date, qzb_opt_date (a date that may be absent),
 * byte buffers (const char *data, size_t size) and string lists
 * (const char *const *list, size_t count), then adds the idiomatic layer.
 *
 * Lifetime. Calendars, organisations, rule sets and models are reference
 * counted in C and an answer holds a reference to its model. What a handle
 * lends (a model's calendar, the rule set in force) is taken with a new
 * reference, and records read from a handle (tenures, absences, the people
 * of an answer) are copied into binding-owned records, so no order of
 * garbage collection or close() can leave a wrapper pointing at freed memory.
 * The ids given in a question are passed as the language's temporary
 * strings: an answer keeps copies of whatever it needs from its question.
 */

%insert("runtime") %{
#include "quanze.h"
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The status of the wrapped call (set by qzb_check() and qzb_fail(), read by
 * %exception) and, for failures the binding detects itself, its message. */
static _Thread_local int qzb_status;
static _Thread_local char qzb_message[512];

static int qzb_check(int rc)
{
    if (rc < 0) {
        qzb_status = rc;
        qzb_message[0] = '\0';
    }
    return rc;
}

/* Where a failure the binding relays from another thread happened (an
 * audit's reading thread): qzb_fail_at() sets it, qzb_fail() clears it. */
static _Thread_local char qzb_where_file[512];
static _Thread_local int qzb_where_line, qzb_where_column;

/* A failure detected by the binding (unknown id, index out of range). */
static int qzb_fail(int rc, const char *fmt, ...)
{
    va_list ap;
    qzb_where_file[0] = '\0';
    va_start(ap, fmt);
    vsnprintf(qzb_message, sizeof qzb_message, fmt, ap);
    va_end(ap);
    qz_error_clear();
    qzb_status = rc;
    return rc;
}

/* The details of the failure being raised; the language layer reads them. */
typedef struct qzb_failure {
    int code;
    const char *message;
    const char *file;
    int line;
    int column;
} qzb_failure;

static qzb_failure qzb_failure_of(int code)
{
    qzb_failure f;
    const qz_error *e = qz_error_last();
    f.code = code;
    f.file = NULL;
    f.line = 0;
    f.column = 0;
    if (qzb_message[0]) {
        f.message = qzb_message;
        if (qzb_where_file[0]) {
            f.file = qzb_where_file;
            f.line = qzb_where_line;
            f.column = qzb_where_column;
        }
    } else if (qz_error_code(e) == code && qz_error_message(e)[0]) {
        f.message = qz_error_message(e);
        f.file = qz_error_file(e);
        f.line = qz_error_line(e);
        f.column = qz_error_column(e);
    } else {
        f.message = qz_strerror(code);
    }
    return f;
}

/* A copy of a borrowed C string owned by the binding (NULL stays NULL). */
static char *qzb_strdup(const char *s)
{
    size_t n;
    char *copy;
    if (!s)
        return NULL;
    n = strlen(s) + 1;
    copy = (char *)malloc(n);
    if (copy)
        memcpy(copy, s, n);
    else
        qzb_fail(QZ_ENOMEM, "out of memory");
    return copy;
}

/* A date that may be absent: the C API's markers for "no date" (the open
 * ends of ranges, QZ_DATE_NONE) become None / null. */
typedef qz_date qzb_opt_date;
#define QZB_NO_DATE INT32_MIN
static qzb_opt_date qzb_opt(qz_date d)
{
    return (d == INT32_MIN || d == INT32_MAX) ? QZB_NO_DATE : d;
}

static int qzb_index(size_t i, size_t count, const char *what)
{
    if (i >= count)
        return qzb_fail(QZ_EINVAL, "%s index %zu out of range (%zu)", what, i, count);
    return 0;
}

/* After a batch call failed on item `index`: the same failure, naming the item. */
static void qzb_fail_item(size_t index)
{
    char detail[sizeof qzb_message];
    int rc = qzb_status;
    qzb_failure f = qzb_failure_of(rc);
    snprintf(detail, sizeof detail, "%s", f.message);
    qzb_fail(rc, "item %zu: %s", index, detail);
}

/* A signing request from the arguments of query_sign and check_sign_request
 * (checks.i): the strings are borrowed from the call's arguments. */
static qz_sign_request qzb_sign_request(const char *kind, qz_date date, const char *issuer, const char *recipient,
                                        bool major_policy, bool broad_scope, bool decided_by_executive,
                                        bool routine, const char *const *portfolios, size_t nportfolios,
                                        const char *const *facts, size_t nfacts)
{
    qz_sign_request req = QZ_SIGN_REQUEST_INIT;
    req.kind = kind;
    req.date = date;
    req.issuer = issuer;
    req.recipient = recipient;
    req.major_policy = major_policy;
    req.broad_scope = broad_scope;
    req.decided_by_executive = decided_by_executive;
    req.routine = routine;
    req.portfolios = portfolios;
    req.nportfolios = nportfolios;
    req.flags = facts;
    req.nflags = nfacts;
    return req;
}

#define QZB_FREE2(a, b) do { free(a); free(b); } while (0)

/* The classes: the C handles under names of the binding's own, so that the
 * methods SWIG generates (qzb_calendar_is_workday...) never clash with the
 * C API's functions. */
typedef struct qz_calendar qzb_calendar;
typedef struct qz_org qzb_org;
typedef struct qz_rules qzb_rules;
typedef struct qz_answer qzb_answer;
typedef struct qz_model qzb_model;
typedef struct qz_model_slot qzb_model_slot;
%}

#if !defined(QZB_LANGUAGE)
#error "include quanze.i from a language interface (python.i, java.i)"
#endif

%exception {
    qzb_status = 0;
    $action
    if (qzb_status < 0) {
        QZB_RAISE(qzb_status);
    }
}

%include <stdint.i>
typedef int32_t qz_date;
typedef int32_t qzb_opt_date;


/* Buffers the library hands over (saved XML) are freed with qz_free(). */
%typemap(newfree) char * "qz_free($1);";

/* ------------------------------------------------------------------ */
/* Status codes, version and enumerations (from the public headers)     */
/* ------------------------------------------------------------------ */

/* Only the enumerations and constants of the headers are wrapped as they
 * are; every function reaches the languages through a class below. */
%rename("$ignore", %$isfunction, %$not %$ismember) "";
%rename("$ignore", %$isclass) "";

/* A language that names these functions itself defines QZB_NAMED_FUNCTIONS. */
#ifndef QZB_NAMED_FUNCTIONS
%rename("%s") qz_strerror;
%rename("%s") qz_capacity_name;
%rename("%s") qz_via_name;
%rename("%s") qz_value_name;
%rename("%s") qz_time_unit_name;
%rename("%s") qz_query_kind_name;
%rename("%s") qz_capacity_label;
%rename("%s") qz_via_label;
%rename("%s") qz_time_unit_label;
%rename("%s") qz_value_label;
%rename("%s") qz_matter_kind_name;
%rename("%s") qz_rules_section_name;
%rename("%s") qz_org_scope_name;
%rename("%s") qz_version;
%rename("%s") qz_version_string;
#endif

%include "quanze/common.h"
%include "quanze/types.h"
%include "quanze/errors.h"
%include "quanze/calendar.h"
%include "quanze/org.h"
%include "quanze/rules.h"
%include "quanze/answer.h"
%include "quanze/model.h"
%include "quanze/query.h"

/** The linked library's version as MAJOR * 10000 + MINOR * 100 + PATCH. */
int qz_version(void);
/** The linked library's version as text, e.g. "0.1.0". */
const char *qz_version_string(void);

/* ------------------------------------------------------------------ */
/* Records: values copied out of a handle, owned by the binding         */
/* ------------------------------------------------------------------ */

%rename(Day) qzb_day;
%rename(Tenure) qzb_tenure;
%rename(Absence) qzb_absence;
%rename(Entrustment) qzb_entrustment;
%rename(Entry) qzb_entry;
%rename(Person) qzb_person;
%rename(Body) qzb_body;
%rename(RoleEntry) qzb_role;
%rename(Citation) qzb_citation;
%rename(Finding) qzb_finding;
%rename(Matter) qzb_matter;

#ifdef SWIGJAVA
/* Java copies an answer with its records, and every record it reads, into
 * plain objects in the call that asks (java.i, Answer.java, Day.java...):
 * no proxy classes for them. */
%ignore qzb_day;
%ignore qzb_tenure;
%ignore qzb_absence;
%ignore qzb_entrustment;
%ignore qzb_entry;
%ignore qzb_matter;
%ignore qzb_person;
%ignore qzb_body;
%ignore qzb_role;
%ignore qzb_citation;
%ignore qzb_finding;
#endif

%nodefaultctor;
%immutable;
%inline %{
/** One day as the calendar sees it. */
typedef struct qzb_day {
    qz_date date;       /**< the day */
    qz_day_kind kind;   /**< ordinary working day, weekend, holiday or make-up working day */
    char *name;         /**< the holiday's name (or the holiday a make-up day serves), or none */
    int year;           /**< the arrangement year the listing belongs to, 0 when not listed */
    bool assumed;       /**< the day lies outside coverage and its kind is assumed */
} qzb_day;

/** A tenure: a person held a post from start to end (inclusive). */
typedef struct qzb_tenure {
    char *post;         /**< post id */
    char *person;       /**< person id */
    qzb_opt_date start; /**< first day */
    qzb_opt_date end;   /**< last day, or none while the tenure lasts */
} qzb_tenure;

/** An absence of a person. */
typedef struct qzb_absence {
    char *person;       /**< person id */
    qz_date start;      /**< first day away */
    qz_date end;        /**< last day away */
    bool away_from_county; /**< the person leaves the county (离县) */
    char *reason;       /**< free text, possibly empty */
} qzb_absence;

/** An entrustment (委托): post `by` entrusts post `agent`. */
typedef struct qzb_entrustment {
    char *by;           /**< the entrusting post */
    char *agent;        /**< the entrusted post */
    qz_org_scope scope; /**< what it covers */
    char *subject;      /**< the meeting type or document kind it is limited to, or none */
    qzb_opt_date start; /**< first day in force */
    qzb_opt_date end;   /**< last day in force, or none */
    char *note;         /**< free text, possibly empty */
} qzb_entrustment;

/** An entry of a rule-set section (a meeting type, a deadline, a role...). */
typedef struct qzb_entry {
    qz_rules_section section; /**< the section */
    size_t index;       /**< its position in the section */
    char *id;           /**< its stable id */
    char *label;        /**< its Chinese label, or none */
} qzb_entry;

/** A person named in an answer, in one capacity. */
typedef struct qzb_person {
    qz_capacity capacity; /**< signer, presider, acting... */
    char *post;         /**< the post through which the person qualifies */
    char *role;         /**< the role of that post */
    char *id;           /**< the person's id */
    char *name;         /**< the person's name */
    qz_via via;         /**< holder, acting or entrusted */
    char *for_post;     /**< acting or entrusted: the post acted for, else none */
    char *for_person;   /**< acting or entrusted: the person acted for, else none */
    int citation;       /**< index of the citation that put the person here, or -1 */
} qzb_person;

/** A body (unit) named in an answer. */
typedef struct qzb_body {
    qz_capacity capacity; /**< filed with, report to... */
    char *id;           /**< the unit's id */
    char *name;         /**< the unit's name */
} qzb_body;

/** A role the rules name for a capacity, whether or not someone holds it. */
typedef struct qzb_role {
    qz_capacity capacity; /**< the capacity */
    char *id;           /**< the role id, or a pseudo-role such as "in-charge" */
    char *label;        /**< a Chinese description */
} qzb_role;

/** A citation: the article (and item) of the work rules that decided. */
typedef struct qzb_citation {
    int article;        /**< the article (条) */
    int item;           /**< the item (项), 0 when the clause has none */
    char *text;         /**< the clause's original text */
    char *rule;         /**< the id of the rule that carries it */
    char *label;        /**< the library's label, e.g. 第五十四条第(一)项 */
} qzb_citation;

/** A finding: a violation, an unmet condition or a note. */
typedef struct qzb_finding {
    char *id;           /**< the rule or check id */
    char *text;         /**< what was found (Chinese) */
} qzb_finding;

/** A matter of the authority matrix. */
typedef struct qzb_matter {
    qz_matter_kind kind; /**< role, meeting, signing, deadline... */
    size_t index;       /**< its position in the matrix */
    char *id;           /**< its id */
    char *label;        /**< its Chinese label */
} qzb_matter;
%}
%mutable;
%clearnodefaultctor;

%extend qzb_day { ~qzb_day() { free($self->name); free($self); } }
%extend qzb_tenure { ~qzb_tenure() { QZB_FREE2($self->post, $self->person); free($self); } }
%extend qzb_absence { ~qzb_absence() { QZB_FREE2($self->person, $self->reason); free($self); } }
%extend qzb_entrustment {
    ~qzb_entrustment() {
        QZB_FREE2($self->by, $self->agent);
        QZB_FREE2($self->subject, $self->note);
        free($self);
    }
}
%extend qzb_entry { ~qzb_entry() { QZB_FREE2($self->id, $self->label); free($self); } }
%extend qzb_person {
    ~qzb_person() {
        QZB_FREE2($self->post, $self->role);
        QZB_FREE2($self->id, $self->name);
        QZB_FREE2($self->for_post, $self->for_person);
        free($self);
    }
}
%extend qzb_body { ~qzb_body() { QZB_FREE2($self->id, $self->name); free($self); } }
%extend qzb_role { ~qzb_role() { QZB_FREE2($self->id, $self->label); free($self); } }
%extend qzb_citation {
    ~qzb_citation() {
        QZB_FREE2($self->text, $self->rule);
        free($self->label);
        free($self);
    }
}
%extend qzb_finding { ~qzb_finding() { QZB_FREE2($self->id, $self->text); free($self); } }
%extend qzb_matter { ~qzb_matter() { QZB_FREE2($self->id, $self->label); free($self); } }

%{
/* Allocates a zeroed record; on failure records QZ_ENOMEM. */
static void *qzb_new(size_t size)
{
    void *p = calloc(1, size);
    if (!p)
        qzb_fail(QZ_ENOMEM, "out of memory");
    return p;
}

/* Copies each borrowed string into the record; returns 0, or frees the
 * record with `del` and returns -1 when a copy fails. */
#define QZB_DUP(field, value)                                                  \
    do {                                                                       \
        const char *qzb_v_ = (value);                                          \
        if (qzb_v_ && !((field) = qzb_strdup(qzb_v_)))                         \
            goto nomem;                                                        \
    } while (0)

static qzb_day *qzb_day_from(const qz_calendar_day *d)
{
    qzb_day *r = (qzb_day *)qzb_new(sizeof *r);
    if (!r)
        return NULL;
    r->date = d->date;
    r->kind = d->kind;
    r->year = d->year;
    r->assumed = d->is_assumed != 0;
    QZB_DUP(r->name, d->name);
    return r;
nomem:
    free(r);
    return NULL;
}

static qzb_tenure *qzb_tenure_from(const qz_org_tenure *t)
{
    qzb_tenure *r = (qzb_tenure *)qzb_new(sizeof *r);
    if (!r)
        return NULL;
    r->start = qzb_opt(t->from);
    r->end = qzb_opt(t->to);
    QZB_DUP(r->post, t->post);
    QZB_DUP(r->person, t->person);
    return r;
nomem:
    QZB_FREE2(r->post, r->person);
    free(r);
    return NULL;
}

static qzb_absence *qzb_absence_from(const qz_org_absence *a)
{
    qzb_absence *r = (qzb_absence *)qzb_new(sizeof *r);
    if (!r)
        return NULL;
    r->start = a->from;
    r->end = a->to;
    r->away_from_county = a->away_from_county != 0;
    QZB_DUP(r->person, a->person);
    QZB_DUP(r->reason, a->reason ? a->reason : "");
    return r;
nomem:
    QZB_FREE2(r->person, r->reason);
    free(r);
    return NULL;
}

static qzb_entrustment *qzb_entrustment_from(const qz_org_entrustment *e)
{
    qzb_entrustment *r = (qzb_entrustment *)qzb_new(sizeof *r);
    if (!r)
        return NULL;
    r->scope = (qz_org_scope)e->scope;
    r->start = qzb_opt(e->from);
    r->end = qzb_opt(e->to);
    QZB_DUP(r->by, e->by);
    QZB_DUP(r->agent, e->agent);
    QZB_DUP(r->subject, e->subject);
    QZB_DUP(r->note, e->note ? e->note : "");
    return r;
nomem:
    QZB_FREE2(r->by, r->agent);
    QZB_FREE2(r->subject, r->note);
    free(r);
    return NULL;
}
%}

%{
/* The batch calls: add_workdays / workdays_between over arrays of day
 * numbers, in place. Stop at the first failure and report its index. */
static int qzb_add_workdays_array(const qz_calendar *cal, qz_date *days, size_t n, int k,
                                  size_t *failed)
{
    size_t i;
    for (i = 0; i < n; i++) {
        if (qzb_check(qz_calendar_add_workdays(&days[i], cal, days[i], k)) < 0) {
            *failed = i;
            return qzb_status;
        }
    }
    return 0;
}

static int qzb_workdays_between_array(const qz_calendar *cal, const qz_date *a, qz_date *b,
                                      size_t n, size_t *failed)
{
    size_t i;
    for (i = 0; i < n; i++) {
        int out = 0;
        if (qzb_check(qz_calendar_workdays_between(&out, cal, a[i], b[i])) < 0) {
            *failed = i;
            return qzb_status;
        }
        b[i] = out;
    }
    return 0;
}
%}

%{
/* Unknown ids are not-found errors in the bindings, where
 * the C lookups return NULL for speed. */
static int qzb_org_expect(const qz_org *org, const char *id, int kind, const char *what)
{
    if (!id)
        return qzb_fail(QZ_EINVAL, "%s id is missing", what);
    if (qz_org_kind_of(org, id) != kind)
        return qzb_fail(QZ_ENOTFOUND, "no %s '%s' in the organisation", what, id);
    return 0;
}

static int qzb_org_expect_matter(const qz_org *org, const char *id)
{
    int k;
    if (!id)
        return qzb_fail(QZ_EINVAL, "unit or area id is missing");
    k = qz_org_kind_of(org, id);
    if (k != QZ_ORG_UNIT && k != QZ_ORG_AREA)
        return qzb_fail(QZ_ENOTFOUND, "no unit or area '%s' in the organisation", id);
    return 0;
}

#define QZB_UNIT(org, id) if (qzb_org_expect(org, id, QZ_ORG_UNIT, "unit") < 0) return 0
#define QZB_POST(org, id) if (qzb_org_expect(org, id, QZ_ORG_POST, "post") < 0) return 0
#define QZB_PERSON(org, id) if (qzb_org_expect(org, id, QZ_ORG_PERSON, "person") < 0) return 0
#define QZB_AREA(org, id) if (qzb_org_expect(org, id, QZ_ORG_AREA, "area") < 0) return 0
#define QZB_AT(i, n, what) if (qzb_index(i, n, what) < 0) return 0
%}

%{
static qzb_entry *qzb_entry_new(const qz_rules *rules, qz_rules_section section, size_t i)
{
    qzb_entry *r;
    if (qzb_index(i, qz_rules_count(rules, section), qz_rules_section_name(section)) < 0)
        return NULL;
    r = (qzb_entry *)qzb_new(sizeof *r);
    if (!r)
        return NULL;
    r->section = section;
    r->index = i;
    QZB_DUP(r->id, qz_rules_entry_id(rules, section, i));
    QZB_DUP(r->label, qz_rules_entry_label(rules, section, i));
    return r;
nomem:
    QZB_FREE2(r->id, r->label);
    free(r);
    return NULL;
}
%}


/* ------------------------------------------------------------------ */
/* Calendar                                                            */
/* ------------------------------------------------------------------ */

%rename(Calendar) qzb_calendar;
#ifdef SWIGJAVA
/* java.util.Calendar is in every OA code base. */
%rename(WorkCalendar) qzb_calendar;
#endif
%nodefaultctor qzb_calendar;
%nodefaultdtor qzb_calendar;
%newobject qzb_calendar::load_default;
%newobject qzb_calendar::load_file;
%newobject qzb_calendar::load_memory;
%newobject qzb_calendar::overlay_file;
%newobject qzb_calendar::overlay_memory;
%newobject qzb_calendar::with_options;
%newobject qzb_calendar::with_region;
%newobject qzb_calendar::layer_region_file;
%newobject qzb_calendar::save;
%newobject qzb_calendar::day;
%newobject qzb_calendar::arrangement_at;

/**
 * The official working-day calendar: statutory holidays and the make-up
 * working days that fall on weekends. Immutable; share one between threads.
 * A question whose answer depends on a day outside the covered years fails
 * with an out-of-calendar error rather than guessing.
 */
typedef struct {} qzb_calendar;

%extend qzb_calendar {
    ~qzb_calendar() { qz_calendar_free($self); }

    /**
     * The official calendar of mainland China (2004 through 2026), compiled
     * into the library, with the overlay files of the directories named by
     * the environment variable QZ_CALENDAR_PATH laid over it.
     */
    static qzb_calendar *load_default() {
        qz_calendar *c = NULL;
        qzb_check(qz_calendar_default_with_path(&c, NULL));
        return c;
    }
    /** Loads a calendar from an XML file in the format of calendar.xsd. */
    static qzb_calendar *load_file(const char *path) {
        qz_calendar *c = NULL;
        qzb_check(qz_calendar_load_file(&c, path));
        return c;
    }
    /** Loads a calendar from XML bytes; `name` names them in error messages. */
    static qzb_calendar *load_memory(const char *data, size_t size, const char *name) {
        qz_calendar *c = NULL;
        qzb_check(qz_calendar_load_memory(&c, data, size, name));
        return c;
    }
    /**
     * A new calendar: this one with an XML file laid over it (next year's
     * notice, a local holiday). Each year the overlay declares replaces that
     * year as a whole.
     */
    qzb_calendar *overlay_file(const char *path) {
        qz_calendar *c = NULL;
        qzb_check(qz_calendar_overlay_file(&c, $self, path));
        return c;
    }
    /** As overlay_file(), reading XML bytes named `name`. */
    qzb_calendar *overlay_memory(const char *data, size_t size, const char *name) {
        qz_calendar *c = NULL;
        qzb_check(qz_calendar_overlay_memory(&c, $self, data, size, name));
        return c;
    }
    /**
     * A new calendar with the same data that, when `provisional` is true,
     * answers for a year with no arrangement from the statutory holidays
     * and weekends (marking such days as assumed) instead of failing with
     * an out-of-calendar error.
     */
    qzb_calendar *with_options(bool provisional) {
        qz_calendar *c = NULL;
        qz_calendar_options opts = QZ_CALENDAR_OPTIONS_INIT;
        opts.provisional = provisional ? 1 : 0;
        qzb_check(qz_calendar_with_options(&c, $self, &opts));
        return c;
    }
    /**
     * A new calendar: this one with the regional calendar `region` (e.g.
     * "CN-XZ", the file regions/REGION.xml of a QZ_CALENDAR_PATH directory)
     * layered on it.
     */
    qzb_calendar *with_region(const char *region) {
        qz_calendar *c = NULL;
        qzb_check(qz_calendar_with_region(&c, $self, region, NULL));
        return c;
    }
    /** A new calendar: this one with the regional calendar file at `path` layered on it. */
    qzb_calendar *layer_region_file(const char *path) {
        qz_calendar *c = NULL;
        qzb_check(qz_calendar_layer_region_file(&c, $self, path));
        return c;
    }
    /** Where the arrangement of `year` came from ("embedded", a file, "provisional", or ""). */
    const char *year_origin(int year) { return qz_calendar_year_origin($self, year); }
    /** The calendar as XML text in the format it loads from (canonical). */
    char *save() {
        char *s = NULL;
        qzb_check(qz_calendar_save(&s, NULL, $self));
        return s;
    }
    /** Writes the calendar as XML to the file at `path`. */
    void save_file(const char *path) { qzb_check(qz_calendar_save_file($self, path)); }
    /** The first covered year. */
    int first_year() {
        int y = 0;
        qzb_check(qz_calendar_coverage(&y, NULL, $self));
        return y;
    }
    /** The last covered year. */
    int last_year() {
        int y = 0;
        qzb_check(qz_calendar_coverage(NULL, &y, $self));
        return y;
    }
    /** The region the calendar describes, e.g. "CN". */
    const char *region() { return qz_calendar_region($self); }
    /** Where the data comes from (free text, possibly empty). */
    const char *source() { return qz_calendar_source($self); }

    /** Whether `d` is a working day. */
    bool is_workday(qz_date d) {
        int out = 0;
        qzb_check(qz_calendar_is_workday(&out, $self, d));
        return out != 0;
    }
    /**
     * Counts working days: for n > 0 the n-th working day strictly after
     * `d` (the starting day is not counted, as Chinese rules count
     * periods); for n < 0 the |n|-th working day strictly before `d`; for
     * n = 0, `d` itself if it is a working day, else the next one.
     */
    qz_date add_workdays(qz_date d, int n) {
        qz_date out = 0;
        qzb_check(qz_calendar_add_workdays(&out, $self, d, n));
        return out;
    }
    /**
     * The number of working days in (a, b]: after `a`, up to and including
     * `b`; negative when b < a.
     */
    int workdays_between(qz_date a, qz_date b) {
        int out = 0;
        qzb_check(qz_calendar_workdays_between(&out, $self, a, b));
        return out;
    }
    /** What `d` is: an ordinary working day, a weekend day, a holiday (with its name) or a make-up working day. */
    struct qzb_day *day(qz_date d) {
        qz_calendar_day info;
        if (qzb_check(qz_calendar_day_info(&info, $self, d)) < 0)
            return NULL;
        return qzb_day_from(&info);
    }
    /** The number of listed days in year `year`'s arrangement. */
    size_t arrangement_count(int year) {
        const qz_calendar_day *days = NULL;
        size_t n = 0;
        qzb_check(qz_calendar_arrangement(&days, &n, $self, year));
        return n;
    }
    /** Listed day `i` of year `year`'s arrangement, in date order. */
    struct qzb_day *arrangement_at(int year, size_t i) {
        const qz_calendar_day *days = NULL;
        size_t n = 0;
        if (qzb_check(qz_calendar_arrangement(&days, &n, $self, year)) < 0 ||
            qzb_index(i, n, "arrangement") < 0)
            return NULL;
        return qzb_day_from(&days[i]);
    }
}


/* ------------------------------------------------------------------ */
/* Organisation                                                        */
/* ------------------------------------------------------------------ */

%rename(Org) qzb_org;
%nodefaultctor qzb_org;
%nodefaultdtor qzb_org;
%newobject qzb_org::load_default;
%newobject qzb_org::load_file;
%newobject qzb_org::load_memory;
%newobject qzb_org::save;
%newobject qzb_org::tenure_at;
%newobject qzb_org::absence;
%newobject qzb_org::absence_at;
%newobject qzb_org::entrustment_at;
%newobject qzb_org::entrusted_at;


/**
 * The organisation: units, posts, people and their tenures, portfolios,
 * AB pairs, the party group, entrustments and absences. Immutable; share one
 * between threads. Everything is named by its id; an unknown id is a
 * not-found error.
 */
typedef struct {} qzb_org;

%extend qzb_org {
    ~qzb_org() { qz_org_free($self); }

    /** The demo organisation compiled into the library (the fictional Yunxi County government). */
    static qzb_org *load_default() {
        qz_org *o = NULL;
        qzb_check(qz_org_default(&o));
        return o;
    }
    /** Loads an organisation from an XML file in the format of org.xsd. */
    static qzb_org *load_file(const char *path) {
        qz_org *o = NULL;
        qzb_check(qz_org_load_file(&o, path));
        return o;
    }
    /** Loads an organisation from XML bytes; `name` names them in error messages. */
    static qzb_org *load_memory(const char *data, size_t size, const char *name) {
        qz_org *o = NULL;
        qzb_check(qz_org_load_memory(&o, data, size, name));
        return o;
    }
    /** The organisation as canonical XML text (the same organisation always gives the same text). */
    char *save() {
        char *s = NULL;
        qzb_check(qz_org_save(&s, NULL, $self));
        return s;
    }
    /** Writes the canonical XML to the file at `path`. */
    void save_file(const char *path) { qzb_check(qz_org_save_file($self, path)); }
    /** Whether `other` describes the same organisation. */
    bool same_as(const qzb_org *other) {
        int same = 0;
        if (other)
            qzb_check(qz_org_equal(&same, $self, other));
        return same != 0;
    }
    /** The organisation's id. */
    const char *id() { return qz_org_id($self); }
    /** The organisation's name. */
    const char *name() { return qz_org_name($self); }
    /** What `id` names: a unit, an area, a post, a person, or nothing. */
    qz_org_kind kind_of(const char *id) { return (qz_org_kind)qz_org_kind_of($self, id); }

    /** The number of units. */
    size_t unit_count() { return qz_org_unit_count($self); }
    /** The id of unit `i` (sorted by id). */
    const char *unit_at(size_t i) { QZB_AT(i, qz_org_unit_count($self), "unit"); return qz_org_unit_at($self, i); }
    /** The Chinese name of a unit. */
    const char *unit_name(const char *unit) { QZB_UNIT($self, unit); return qz_org_unit_name($self, unit); }
    /** The kind of a unit ("government", "department", "township", "external"...). */
    const char *unit_kind(const char *unit) { QZB_UNIT($self, unit); return qz_org_unit_kind($self, unit); }
    /** The unit a unit belongs to, or none for a top-level unit. */
    const char *unit_parent(const char *unit) { QZB_UNIT($self, unit); return qz_org_unit_parent($self, unit); }
    /** The number of functional tags of a unit. */
    size_t unit_tag_count(const char *unit) { QZB_UNIT($self, unit); return qz_org_unit_tag_count($self, unit); }
    /** Tag `i` of a unit (sorted). */
    const char *unit_tag_at(const char *unit, size_t i) {
        QZB_UNIT($self, unit);
        QZB_AT(i, qz_org_unit_tag_count($self, unit), "tag");
        return qz_org_unit_tag_at($self, unit, i);
    }
    /** Whether a unit carries a functional tag (e.g. "legality-review"). */
    bool unit_has_tag(const char *unit, const char *tag) {
        int has = 0;
        QZB_UNIT($self, unit);
        qzb_check(qz_org_unit_has_tag(&has, $self, unit, tag));
        return has != 0;
    }
    /** The number of units carrying `tag`. */
    size_t tagged_unit_count(const char *tag) { return qz_org_tagged_unit_count($self, tag); }
    /** Unit `i` (sorted by id) carrying `tag`. */
    const char *tagged_unit_at(const char *tag, size_t i) {
        QZB_AT(i, qz_org_tagged_unit_count($self, tag), "tagged unit");
        return qz_org_tagged_unit_at($self, tag, i);
    }
    /** The number of posts of a unit. */
    size_t unit_post_count(const char *unit) { QZB_UNIT($self, unit); return qz_org_unit_post_count($self, unit); }
    /** Post `i` (sorted by id) of a unit. */
    const char *unit_post_at(const char *unit, size_t i) {
        QZB_UNIT($self, unit);
        QZB_AT(i, qz_org_unit_post_count($self, unit), "post");
        return qz_org_unit_post_at($self, unit, i);
    }

    /** The number of named areas of work. */
    size_t area_count() { return qz_org_area_count($self); }
    /** The id of area `i` (sorted by id). */
    const char *area_at(size_t i) { QZB_AT(i, qz_org_area_count($self), "area"); return qz_org_area_at($self, i); }
    /** The Chinese name of an area. */
    const char *area_name(const char *area) { QZB_AREA($self, area); return qz_org_area_name($self, area); }

    /** The number of posts. */
    size_t post_count() { return qz_org_post_count($self); }
    /** The id of post `i` (sorted by id). */
    const char *post_at(size_t i) { QZB_AT(i, qz_org_post_count($self), "post"); return qz_org_post_at($self, i); }
    /** The Chinese name of a post. */
    const char *post_name(const char *post) { QZB_POST($self, post); return qz_org_post_name($self, post); }
    /** The unit a post belongs to. */
    const char *post_unit(const char *post) { QZB_POST($self, post); return qz_org_post_unit($self, post); }
    /** The role of a post ("county-head", "deputy", "department-principal"...). */
    const char *post_role(const char *post) { QZB_POST($self, post); return qz_org_post_role($self, post); }
    /** Whether at most one person may hold the post on a day. */
    bool post_single(const char *post) {
        int single = 0;
        QZB_POST($self, post);
        qzb_check(qz_org_post_single(&single, $self, post));
        return single != 0;
    }
    /** Whether `post` has `role` on `date` (party-group roles depend on the date). */
    bool post_has_role(const char *post, const char *role, qz_date date) {
        int has = 0;
        QZB_POST($self, post);
        qzb_check(qz_org_post_has_role(&has, $self, post, role, date));
        return has != 0;
    }
    /** The number of posts that have `role` on `date`. */
    size_t role_post_count(const char *role, qz_date date) { return qz_org_role_post_count($self, role, date); }
    /** Post `i` (sorted by id) of those that have `role` on `date`. */
    const char *role_post_at(const char *role, qz_date date, size_t i) {
        QZB_AT(i, qz_org_role_post_count($self, role, date), "post");
        return qz_org_role_post_at($self, role, date, i);
    }

    /** The number of people. */
    size_t person_count() { return qz_org_person_count($self); }
    /** The id of person `i` (sorted by id). */
    const char *person_at(size_t i) { QZB_AT(i, qz_org_person_count($self), "person"); return qz_org_person_at($self, i); }
    /** The Chinese name of a person. */
    const char *person_name(const char *person) { QZB_PERSON($self, person); return qz_org_person_name($self, person); }
    /** Whether a person is a member of the Communist Party of China. */
    bool person_cpc(const char *person) {
        int cpc = 0;
        QZB_PERSON($self, person);
        qzb_check(qz_org_person_cpc(&cpc, $self, person));
        return cpc != 0;
    }
    /** The person who holds `post` on `date`, or none when the post is vacant. */
    const char *holder(const char *post, qz_date date) { QZB_POST($self, post); return qz_org_holder($self, post, date); }
    /** The number of people holding `post` on `date`. */
    size_t holder_count(const char *post, qz_date date) { QZB_POST($self, post); return qz_org_holder_count($self, post, date); }
    /** Holder `i` (sorted by id) of `post` on `date`. */
    const char *holder_at(const char *post, qz_date date, size_t i) {
        QZB_POST($self, post);
        QZB_AT(i, qz_org_holder_count($self, post, date), "holder");
        return qz_org_holder_at($self, post, date, i);
    }
    /** The number of posts `person` holds on `date`. */
    size_t person_post_count(const char *person, qz_date date) {
        QZB_PERSON($self, person);
        return qz_org_person_post_count($self, person, date);
    }
    /** Post `i` (sorted by id) that `person` holds on `date`. */
    const char *person_post_at(const char *person, qz_date date, size_t i) {
        QZB_PERSON($self, person);
        QZB_AT(i, qz_org_person_post_count($self, person, date), "post");
        return qz_org_person_post_at($self, person, date, i);
    }
    /** The number of tenures (the whole history) of `post`. */
    size_t tenure_count(const char *post) { QZB_POST($self, post); return qz_org_tenure_count($self, post); }
    /** Tenure `i` of `post`, oldest first. */
    struct qzb_tenure *tenure_at(const char *post, size_t i) {
        qz_org_tenure t;
        QZB_POST($self, post);
        if (qzb_check(qz_org_tenure_at(&t, $self, post, i)) < 0)
            return NULL;
        return qzb_tenure_from(&t);
    }
    /** The absence of `person` on `date`, or none when the person is not away. */
    struct qzb_absence *absence(const char *person, qz_date date) {
        qz_org_absence a;
        int away = 0;
        QZB_PERSON($self, person);
        if (qzb_check(qz_org_person_away(&away, &a, $self, person, date)) < 0 || !away)
            return NULL;
        return qzb_absence_from(&a);
    }
    /** The number of absences of `person`, or of everyone when `person` is none. */
    size_t absence_count(const char *person) {
        if (person)
            QZB_PERSON($self, person);
        return qz_org_absence_count($self, person);
    }
    /** Absence `i` of `person` (of everyone when none), by person then date. */
    struct qzb_absence *absence_at(const char *person, size_t i) {
        qz_org_absence a;
        if (person)
            QZB_PERSON($self, person);
        if (qzb_check(qz_org_absence_at(&a, $self, person, i)) < 0)
            return NULL;
        return qzb_absence_from(&a);
    }

    /** The post in charge (分管) of a unit or area on `date`, or none. */
    const char *in_charge(const char *matter, qz_date date) {
        if (qzb_org_expect_matter($self, matter) < 0)
            return NULL;
        return qz_org_in_charge($self, matter, date);
    }
    /** The number of units and areas `post` is in charge of on `date`. */
    size_t portfolio_count(const char *post, qz_date date) { QZB_POST($self, post); return qz_org_portfolio_count($self, post, date); }
    /** Matter `i` (sorted by id) of the portfolio of `post` on `date`. */
    const char *portfolio_at(const char *post, qz_date date, size_t i) {
        QZB_POST($self, post);
        QZB_AT(i, qz_org_portfolio_count($self, post, date), "portfolio");
        return qz_org_portfolio_at($self, post, date, i);
    }
    /** The post paired with `post` (AB角) on `date`, or none. */
    const char *ab_partner(const char *post, qz_date date) { QZB_POST($self, post); return qz_org_ab_partner($self, post, date); }

    /** The party group's name, or none. */
    const char *party_group_name() { return qz_org_party_group_name($self); }
    /** The post of the party group's secretary on `date`, or none. */
    const char *party_group_secretary(qz_date date) { return qz_org_party_group_secretary($self, date); }
    /** Whether `post` is a member of the party group on `date` (the secretary included). */
    bool party_group_is_member(const char *post, qz_date date) {
        int member = 0;
        QZB_POST($self, post);
        qzb_check(qz_org_party_group_is_member(&member, $self, post, date));
        return member != 0;
    }
    /** The number of party group member posts on `date`. */
    size_t party_group_member_count(qz_date date) { return qz_org_party_group_member_count($self, date); }
    /** Member post `i` (sorted by id) on `date`. */
    const char *party_group_member_at(qz_date date, size_t i) {
        QZB_AT(i, qz_org_party_group_member_count($self, date), "member");
        return qz_org_party_group_member_at($self, date, i);
    }

    /** The number of entrustments (all dates). */
    size_t entrustment_count() { return qz_org_entrustment_count($self); }
    /** Entrustment `i`, by entrusting post then start date. */
    struct qzb_entrustment *entrustment_at(size_t i) {
        qz_org_entrustment e;
        if (qzb_check(qz_org_entrustment_at(&e, $self, i)) < 0)
            return NULL;
        return qzb_entrustment_from(&e);
    }
    /** The number of entrustments made by post `by` in force on `date`. */
    size_t entrusted_count(const char *by, qz_date date) { QZB_POST($self, by); return qz_org_entrusted_count($self, by, date); }
    /** Entrustment `i` of those made by `by` in force on `date`. */
    struct qzb_entrustment *entrusted_at(const char *by, qz_date date, size_t i) {
        qz_org_entrustment e;
        QZB_POST($self, by);
        if (qzb_check(qz_org_entrusted_at(&e, $self, by, date, i)) < 0)
            return NULL;
        return qzb_entrustment_from(&e);
    }
    /**
     * The post that `by` has entrusted with `scope` on `date`, or none. When
     * `subject` is given, only entrustments of that subject or of the whole
     * scope count.
     */
    const char *entrusted_agent(const char *by, qz_org_scope scope, const char *subject, qz_date date) {
        QZB_POST($self, by);
        return qz_org_entrusted_agent($self, by, scope, subject, date);
    }
}

/* ------------------------------------------------------------------ */
/* Rule set                                                            */
/* ------------------------------------------------------------------ */

%rename(Rules) qzb_rules;
%nodefaultctor qzb_rules;
%nodefaultdtor qzb_rules;
%newobject qzb_rules::load_default;
%newobject qzb_rules::load_file;
%newobject qzb_rules::load_memory;
%newobject qzb_rules::save;
%newobject qzb_rules::entry;
%newobject qzb_rules::find;


/**
 * A government's work rules as data: roles, meeting types, the signing
 * table, deadlines, leave, acting and periodic rules, each carrying its
 * citation. Immutable; share one between threads.
 */
typedef struct {} qzb_rules;

%extend qzb_rules {
    ~qzb_rules() { qz_rules_free($self); }

    /** The embedded default rule set: the Yunxi County Government Work Rules. */
    static qzb_rules *load_default() {
        qz_rules *r = NULL;
        qzb_check(qz_rules_default(&r));
        return r;
    }
    /** Loads a rule set from an XML file in the format of rules.xsd. */
    static qzb_rules *load_file(const char *path) {
        qz_rules *r = NULL;
        qzb_check(qz_rules_load_file(&r, path));
        return r;
    }
    /** Loads a rule set from XML bytes; `name` names them in error messages. */
    static qzb_rules *load_memory(const char *data, size_t size, const char *name) {
        qz_rules *r = NULL;
        qzb_check(qz_rules_load_memory(&r, data, size, name));
        return r;
    }
    /** The rule set as XML text (loading it gives an equal rule set). */
    char *save() {
        char *s = NULL;
        qzb_check(qz_rules_save(&s, NULL, $self));
        return s;
    }
    /** Writes the rule set as XML to the file at `path`. */
    void save_file(const char *path) { qzb_check(qz_rules_save_file($self, path)); }
    /** The rule set's id (e.g. "yunxi-2021"). */
    const char *id() { return qz_rules_id($self); }
    /** The title (e.g. "郧西县人民政府工作规则"). */
    const char *title() { return qz_rules_title($self); }
    /** The document number (e.g. "西政发〔2021〕11号"), or none. */
    const char *document_number() { return qz_rules_document_number($self); }
    /** The issuing authority, or none. */
    const char *authority() { return qz_rules_authority($self); }
    /** The date the rules were adopted, or none. */
    qzb_opt_date adopted() { return qzb_opt(qz_rules_adopted($self)); }
    /** The date the rules were issued, or none. */
    qzb_opt_date issued() { return qzb_opt(qz_rules_issued($self)); }
    /** The first day the rules are in force. */
    qzb_opt_date effective() { return qzb_opt(qz_rules_effective($self)); }
    /** The last day the rules are in force, or none when open-ended. */
    qzb_opt_date expires() { return qzb_opt(qz_rules_expires($self)); }
    /** Whether the rules are in force on `date`. */
    bool in_force(qz_date date) { return qz_rules_in_force($self, date) != 0; }
    /** The number of entries in `section`. */
    size_t count(qz_rules_section section) { return qz_rules_count($self, section); }
    /** Entry `i` of `section`. */
    struct qzb_entry *entry(qz_rules_section section, size_t i) { return qzb_entry_new($self, section, i); }
    /** The entry of `section` named `id` (a not-found error when there is none). */
    struct qzb_entry *find(qz_rules_section section, const char *id) {
        size_t i = 0;
        if (qzb_check(qz_rules_find(&i, $self, section, id)) < 0)
            return NULL;
        return qzb_entry_new($self, section, i);
    }
}

/* ------------------------------------------------------------------ */
/* Answers                                                             */
/* ------------------------------------------------------------------ */

%rename(Answer) qzb_answer;
#ifdef SWIGJAVA
%ignore qzb_answer; /* a plain Java object: see java.i */
#endif
%nodefaultctor qzb_answer;
%nodefaultdtor qzb_answer;
%newobject qzb_answer::person;
%newobject qzb_answer::body;
%newobject qzb_answer::role;
%newobject qzb_answer::citation;
%newobject qzb_answer::finding;

/**
 * The answer to a question: the people who qualify (each in a capacity and
 * with how they qualify), the bodies, the roles the rules name, the
 * citations of every rule that decided, named figures, findings and a
 * readable explanation. When no one qualifies, found is false and reason
 * says why. An answer keeps its model alive.
 */
typedef struct {} qzb_answer;

%extend qzb_answer {
    ~qzb_answer() { qz_answer_free($self); }

    /** The question this answers. */
    qz_query_kind kind() { return qz_answer_kind($self); }
    /** Whether the question found an answer (someone qualifies). */
    bool found() { return qz_answer_found($self) != 0; }
    /** Why no one qualifies, or none when found. */
    const char *reason() { return qz_answer_reason($self); }
    /** A readable explanation in Chinese, one statement per line. */
    const char *explanation() { return qz_answer_explanation($self); }
    /** The id of the rule-set entry the answer is about, or none. */
    const char *subject() { return qz_answer_subject($self); }
    /** The Chinese label of that entry, or none. */
    const char *subject_label() { return qz_answer_subject_label($self); }
    /** The date the question was asked for. */
    qz_date date() { return qz_answer_date($self); }

    /** The number of people in the answer. */
    size_t person_count() { return qz_answer_person_count($self); }
    /** Person `i`. */
    struct qzb_person *person(size_t i) {
        qzb_person *r;
        if (qzb_index(i, qz_answer_person_count($self), "person") < 0 ||
            !(r = (qzb_person *)qzb_new(sizeof *r)))
            return NULL;
        r->capacity = qz_answer_person_capacity($self, i);
        r->via = qz_answer_person_via($self, i);
        r->citation = qz_answer_person_citation($self, i);
        QZB_DUP(r->post, qz_answer_person_post($self, i));
        QZB_DUP(r->role, qz_answer_person_role($self, i));
        QZB_DUP(r->id, qz_answer_person_id($self, i));
        QZB_DUP(r->name, qz_answer_person_name($self, i));
        QZB_DUP(r->for_post, qz_answer_person_for_post($self, i));
        QZB_DUP(r->for_person, qz_answer_person_for_person($self, i));
        return r;
    nomem:
        QZB_FREE2(r->post, r->role);
        QZB_FREE2(r->id, r->name);
        QZB_FREE2(r->for_post, r->for_person);
        free(r);
        return NULL;
    }
    /** The number of bodies (units) in the answer. */
    size_t body_count() { return qz_answer_unit_count($self); }
    /** Body `i`. */
    struct qzb_body *body(size_t i) {
        qzb_body *r;
        if (qzb_index(i, qz_answer_unit_count($self), "body") < 0 ||
            !(r = (qzb_body *)qzb_new(sizeof *r)))
            return NULL;
        r->capacity = qz_answer_unit_capacity($self, i);
        QZB_DUP(r->id, qz_answer_unit_id($self, i));
        QZB_DUP(r->name, qz_answer_unit_name($self, i));
        return r;
    nomem:
        QZB_FREE2(r->id, r->name);
        free(r);
        return NULL;
    }
    /** The number of role entries (what the rules say, before looking at people). */
    size_t role_count() { return qz_answer_role_count($self); }
    /** Role entry `i`. */
    struct qzb_role *role(size_t i) {
        qzb_role *r;
        if (qzb_index(i, qz_answer_role_count($self), "role") < 0 ||
            !(r = (qzb_role *)qzb_new(sizeof *r)))
            return NULL;
        r->capacity = qz_answer_role_capacity($self, i);
        QZB_DUP(r->id, qz_answer_role_id($self, i));
        QZB_DUP(r->label, qz_answer_role_label($self, i));
        return r;
    nomem:
        QZB_FREE2(r->id, r->label);
        free(r);
        return NULL;
    }
    /** The number of citations. */
    size_t citation_count() { return qz_answer_citation_count($self); }
    /** Citation `i`. */
    struct qzb_citation *citation(size_t i) {
        qzb_citation *r;
        if (qzb_index(i, qz_answer_citation_count($self), "citation") < 0 ||
            !(r = (qzb_citation *)qzb_new(sizeof *r)))
            return NULL;
        r->article = qz_answer_citation_article($self, i);
        r->item = qz_answer_citation_item($self, i);
        QZB_DUP(r->text, qz_answer_citation_text($self, i));
        QZB_DUP(r->rule, qz_answer_citation_rule($self, i));
        {
            char label[QZ_CITATION_LABEL_BUFSIZE];
            qz_citation_label(label, sizeof label, r->article, r->item);
            QZB_DUP(r->label, label);
        }
        return r;
    nomem:
        QZB_FREE2(r->text, r->rule);
        free(r->label);
        free(r);
        return NULL;
    }
    /** The number of findings. */
    size_t finding_count() { return qz_answer_finding_count($self); }
    /** Finding `i`. */
    struct qzb_finding *finding(size_t i) {
        qzb_finding *r;
        if (qzb_index(i, qz_answer_finding_count($self), "finding") < 0 ||
            !(r = (qzb_finding *)qzb_new(sizeof *r)))
            return NULL;
        QZB_DUP(r->id, qz_answer_finding_id($self, i));
        QZB_DUP(r->text, qz_answer_finding_text($self, i));
        return r;
    nomem:
        QZB_FREE2(r->id, r->text);
        free(r);
        return NULL;
    }
#ifdef SWIGPYTHON
    /** The number of items of a list answer (obligations). */
    size_t item_count() { return qz_answer_item_count($self); }
    /** Item `i` of a list answer: Borrowed from this answer (not owned by its proxy). */
    qzb_answer *item_at(size_t i) {
        if (qzb_index(i, qz_answer_item_count($self), "item") < 0)
            return NULL;
        return (qzb_answer *)qz_answer_item($self, i);
    }
    /** What starts the obligation: "event", "periodic", "date", or "unknown". */
    const char *obligation_trigger() { return qz_obligation_trigger_name(qz_answer_obligation_trigger($self)); }
    /** The obligation's action id ("report", "file"...), or none. */
    const char *obligation_action() { return qz_answer_obligation_action($self); }
    /** The action in Chinese, or none. */
    const char *obligation_action_label() { return qz_answer_obligation_action_label($self); }
    /** What is acted on, in Chinese, or none. */
    const char *obligation_object() { return qz_answer_obligation_object($self); }
    /** The event's id, or none. */
    const char *obligation_event() { return qz_answer_obligation_event($self); }
    /** The event in Chinese, or none. */
    const char *obligation_event_label() { return qz_answer_obligation_event_label($self); }
#endif
    /** Whether the answer carries the figure `key`. */
    bool has(qz_value key) { return qz_answer_has($self, key) != 0; }
    /** The figure `key` (dates as day numbers), 0 when absent. */
    long long value(qz_value key) { return (long long)qz_answer_value($self, key); }
}

/* ------------------------------------------------------------------ */
/* Model and queries                                                   */
/* ------------------------------------------------------------------ */

%rename(Model) qzb_model;
%nodefaultctor qzb_model;
%nodefaultdtor qzb_model;
%newobject qzb_model::load_default;
%newobject qzb_model::create;
%newobject qzb_model::rules;
%newobject qzb_model::rules_at;
%newobject qzb_model::org;
%newobject qzb_model::calendar;
%newobject qzb_model::matter_at;
%newobject qzb_model::query_meeting;
%newobject qzb_model::query_sign;
%newobject qzb_model::query_acting;
%newobject qzb_model::query_deadline;
%newobject qzb_model::query_leave;
%newobject qzb_model::query_quorum;
%newobject qzb_model::query_substitute;
%newobject qzb_model::query_periodic;
%newobject qzb_model::query_normative;
%newobject qzb_model::query_matter;
%newobject qzb_model::query_obligations;

/**
 * The model: a rule set, an organisation and a calendar bound into one
 * immutable snapshot that threads share. Every question takes a date and
 * uses the rules in force, the holders, absences, AB pairs and entrustments
 * of that date, and returns an Answer that cites the rules.
 */
typedef struct {} qzb_model;

%extend qzb_model {
    ~qzb_model() { qz_model_free($self); }

    /** The embedded default: the Yunxi rules, the demo organisation and the official calendar. */
    static qzb_model *load_default() {
        qz_model *m = NULL;
        qzb_check(qz_model_default(&m));
        return m;
    }
    /** Binds a rule set, an organisation and a calendar into a model (each keeps its own reference). */
    static qzb_model *create(qzb_rules *rules, qzb_org *org, qzb_calendar *calendar) {
        qz_model *m = NULL;
        qzb_check(qz_model_new(&m, rules, org, calendar));
        return m;
    }
    /** The first (or only) rule set. */
    qzb_rules *rules() { return qz_rules_ref((qz_rules *)qz_model_rules($self)); }
    /** The rule set in force on `date`, or none. */
    qzb_rules *rules_at(qz_date date) { return qz_rules_ref((qz_rules *)qz_model_rules_at($self, date)); }
    /** The organisation. */
    qzb_org *org() { return qz_org_ref(qz_model_org($self)); }
    /** The calendar. */
    qzb_calendar *calendar() { return qz_calendar_ref(qz_model_calendar($self)); }

    /** The number of matters of the authority matrix in force on `date`. */
    size_t matter_count(qz_date date) { return qz_model_matter_count($self, date); }
    /** Matter `i` of the matrix in force on `date`. */
    struct qzb_matter *matter_at(qz_date date, size_t i) {
        qzb_matter *r;
        if (qzb_index(i, qz_model_matter_count($self, date), "matter") < 0 ||
            !(r = (qzb_matter *)qzb_new(sizeof *r)))
            return NULL;
        r->kind = qz_model_matter_kind($self, date, i);
        r->index = i;
        QZB_DUP(r->id, qz_model_matter_id($self, date, i));
        QZB_DUP(r->label, qz_model_matter_label($self, date, i));
        return r;
    nomem:
        QZB_FREE2(r->id, r->label);
        free(r);
        return NULL;
    }

    /**
     * Who convenes and presides over a meeting of `type` held on `date`, its members, quorum,
     * minutes signer and due date; who approves holding it (which may depend on `invitees`:
     * post or role ids), and the caps on its length (`minutes`, 0: not stated) and on the
     * meetings of its type the convening unit already `held` in the period.
     */
    qzb_answer *query_meeting(const char *type, qz_date date, bool major, const char *portfolio,
                              const char *const *invitees, size_t ninvitees, int minutes, int held) {
        qz_answer *a = NULL;
        qz_meeting_request req = QZ_MEETING_REQUEST_INIT;
        req.type = type;
        req.date = date;
        req.major = major;
        req.portfolio = portfolio;
        req.invitees = invitees;
        req.ninvitees = ninvitees;
        req.minutes = minutes;
        req.held = held;
        qzb_check(qz_query_meeting(&a, $self, &req));
        return a;
    }
    /**
     * Who signs and who countersigns a document (the first matching row of
     * the signing table decides); `facts`: further facts the signing table
     * names (e.g. "personnel", "urgent").
     */
    qzb_answer *query_sign(const char *kind, qz_date date, const char *issuer, const char *recipient,
                                 bool major_policy, bool broad_scope, bool decided_by_executive, bool routine,
                                 const char *const *portfolios, size_t nportfolios,
                                 const char *const *facts, size_t nfacts) {
        qz_answer *a = NULL;
        qz_sign_request req = qzb_sign_request(kind, date, issuer, recipient, major_policy, broad_scope,
                                               decided_by_executive, routine, portfolios, nportfolios, facts,
                                               nfacts);
        qzb_check(qz_query_sign(&a, $self, &req));
        return a;
    }
    /**
     * Who exercises the authority of `post` on `date` (optionally for one matter), with the chain;
     * `matter_kind` ("temporary", "urgent", "routine", "major" or none) and `instructed` (the
     * absent leader left explicit instructions) serve acting rules limited to kinds of matters.
     */
    qzb_answer *query_acting(const char *post, qz_date date, const char *matter, const char *matter_kind,
                             bool instructed) {
        qz_answer *a = NULL;
        qz_acting_request req = QZ_ACTING_REQUEST_INIT;
        req.post = post;
        req.date = date;
        req.matter = matter;
        req.matter_kind = matter_kind;
        req.instructed = instructed;
        qzb_check(qz_query_acting(&a, $self, &req));
        return a;
    }
    /** The due date of deadline `name` counted from `start`; `limit` is the party's own limit (0 = none). */
    qzb_answer *query_deadline(const char *name, qz_date start, int limit, bool has_asof, qz_date asof) {
        qz_answer *a = NULL;
        qz_deadline_request req = QZ_DEADLINE_REQUEST_INIT;
        req.name = name;
        req.from = start;
        req.limit = limit;
        req.has_asof = has_asof;
        req.asof = has_asof ? asof : 0;
        qzb_check(qz_query_deadline(&a, $self, &req));
        return a;
    }
    /** The notice required when the holder of `post` leaves the county on `depart`, reported on `notified`: late or not, who approves, whom to report to, where it is filed. `days` (0: not stated) and `destination` (NULL: not stated) serve rule sets whose leave rules depend on them. */
    qzb_answer *query_leave(const char *post, qz_date depart, qz_date notified, int days, const char *destination) {
        qz_answer *a = NULL;
        qz_leave_request req = QZ_LEAVE_REQUEST_INIT;
        req.post = post;
        req.depart = depart;
        req.notified = notified;
        req.days = days;
        req.destination = destination;
        qzb_check(qz_query_leave(&a, $self, &req));
        return a;
    }
    /** Whether a meeting of `type` on `date` with the posts `present` reaches its quorum. */
    qzb_answer *query_quorum(const char *type, qz_date date, const char *const *present, size_t npresent) {
        qz_answer *a = NULL;
        qz_quorum_request req = QZ_QUORUM_REQUEST_INIT;
        req.type = type;
        req.date = date;
        req.present = present;
        req.npresent = npresent;
        qzb_check(qz_query_quorum(&a, $self, &req));
        return a;
    }
    /** Whether `substitute` may attend a meeting of `type` on `date` in place of `principal`. */
    qzb_answer *query_substitute(const char *type, const char *principal, const char *substitute, qz_date date,
                                       bool written_request, qz_date request_date, bool presider_approved) {
        qz_answer *a = NULL;
        qz_substitute_request req = QZ_SUBSTITUTE_REQUEST_INIT;
        req.type = type;
        req.principal = principal;
        req.substitute = substitute;
        req.date = date;
        req.written_request = written_request;
        req.request_date = written_request ? request_date : 0;
        req.presider_approved = presider_approved;
        qzb_check(qz_query_substitute(&a, $self, &req));
        return a;
    }
#ifdef SWIGPYTHON
    /** What post `post` (or unit `unit`, or anyone when both are none) must do from `from` to `to`. */
    qzb_answer *query_obligations(const char *post, const char *unit, qz_date from, qz_date to) {
        qz_answer *a = NULL;
        qz_obligations_request req = QZ_OBLIGATIONS_REQUEST_INIT;
        req.post = post;
        req.unit = unit;
        req.from = from;
        req.to = to;
        qzb_check(qz_query_obligations(&a, $self, &req));
        return a;
    }
#endif
    /** Whether periodic obligation `id` was met over the period containing `period`, given the days it happened. */
    qzb_answer *query_periodic(const char *id, qz_date period, const qz_date *dates, size_t ndates) {
        qz_answer *a = NULL;
        qz_periodic_request req = QZ_PERIODIC_REQUEST_INIT;
        req.id = id;
        req.period = period;
        req.dates = dates;
        req.ndates = ndates;
        qzb_check(qz_query_periodic(&a, $self, &req));
        return a;
    }
    /** The violations of the normative-document checks by a document issued on `date`. */
    qzb_answer *query_normative(qz_date date, const char *const *flags, size_t nflags, int validity_years,
                                      const char *approved_by) {
        qz_answer *a = NULL;
        qz_normative_request req = QZ_NORMATIVE_REQUEST_INIT;
        req.date = date;
        req.flags = flags;
        req.nflags = nflags;
        req.validity_years = validity_years;
        req.approved_by = approved_by;
        qzb_check(qz_query_normative(&a, $self, &req));
        return a;
    }
    /** Matter `i` of the matrix resolved on `date`: its roles, the people holding them, figures and citations. */
    qzb_answer *query_matter(qz_date date, size_t i) {
        qz_answer *a = NULL;
        qzb_check(qz_query_matter(&a, $self, date, i));
        return a;
    }
}

/* ------------------------------------------------------------------ */
/* Hot reload                                                          */
/* ------------------------------------------------------------------ */

%rename(ModelSlot) qzb_model_slot;
%nodefaultctor qzb_model_slot;
%nodefaultdtor qzb_model_slot;
%newobject qzb_model_slot::create;
%newobject qzb_model_slot::get;

/**
 * A place where the current model is published, for reloading data while
 * other threads keep answering: readers take no lock, and a reader that got
 * the old model keeps it until it lets it go.
 */
typedef struct {} qzb_model_slot;

%extend qzb_model_slot {
    ~qzb_model_slot() { qz_model_slot_free($self); }
    /** A slot holding `model` (or nothing). */
    static qzb_model_slot *create(qzb_model *model) {
        qz_model_slot *s = NULL;
        qzb_check(qz_model_slot_new(&s, model));
        return s;
    }
    /** The current model, or none when the slot is empty. */
    qzb_model *get() { return qz_model_slot_get($self); }
    /** Publishes `model`; readers that got the old one keep it. */
    void set(qzb_model *model) { qzb_check(qz_model_slot_set($self, model)); }
}

/* Checks, audits, routes and 发文字号: the OA workflow's side (checks.i). */
%include "checks.i"
