/*
 * checks.i: the OA workflow's side of the library, shared by every language:
 * checks (quanze/check.h), audits (quanze/audit.h), routes of drafts
 * (quanze/route.h, quanze/draft.h) and 发文字号 (quanze/docnum.h).
 *
 * What these calls give back is copied out of C in one go, as bytes in a
 * small self-describing layout that each language decodes into plain
 * objects (ints little endian; strings as an int length, -1 for none, then
 * UTF-8 bytes; the same layout as java.i's answers). The language says how
 * a `qzb_bytes` reaches it (python.i: bytes or None; java.i: byte[] or null).
 *
 * Audits stream: a file is read by the library on a thread of the binding
 * while the language takes the findings in batches (qzb_auditor::take), so
 * a log of any length is never held in memory, and a finding reaches the
 * caller while the rest of the file is still unread.
 */

/* What the model's methods below need: they are emitted with the model's
 * class in quanze.i, before the helpers of the header block further down. */
%insert("runtime") %{
typedef struct qz_decision qzb_decision;
typedef struct qz_route qzb_route;

static qz_route *qzb_route_of(const qz_model *m, const qz_route_request *req)
{
    qz_route *rt = NULL;
    qzb_check(qz_query_route(&rt, m, req));
    return rt;
}

static qz_route *qzb_route_draft(const qz_model *m, qz_draft *d, int rc)
{
    qz_route *rt = NULL;
    if (qzb_check(rc) == QZ_OK)
        rt = qzb_route_of(m, qz_draft_request(d));
    qz_draft_free(d);
    return rt;
}
%}

%{
#include <pthread.h>

/* Bytes handed to the language: malloc'd `p` of `len` bytes, or absent. */
typedef struct qzb_bytes {
    unsigned char *p;
    size_t len;
    int absent;
} qzb_bytes;

/* A growing buffer in the layout above. */
typedef struct qzb_wbuf {
    unsigned char *p;
    size_t len, cap;
    int failed;
} qzb_wbuf;

static void qzb_w_reserve(qzb_wbuf *w, size_t more)
{
    size_t cap;
    unsigned char *n;
    if (w->failed || w->len + more <= w->cap)
        return;
    cap = w->cap ? w->cap * 2 : 256;
    while (cap < w->len + more)
        cap *= 2;
    if (!(n = (unsigned char *)realloc(w->p, cap))) {
        w->failed = 1;
        return;
    }
    w->p = n;
    w->cap = cap;
}

static void qzb_w_int(qzb_wbuf *w, int32_t v)
{
    uint32_t u = (uint32_t)v;
    qzb_w_reserve(w, 4);
    if (w->failed)
        return;
    w->p[w->len++] = (unsigned char)u;
    w->p[w->len++] = (unsigned char)(u >> 8);
    w->p[w->len++] = (unsigned char)(u >> 16);
    w->p[w->len++] = (unsigned char)(u >> 24);
}

static void qzb_w_long(qzb_wbuf *w, int64_t v)
{
    qzb_w_int(w, (int32_t)(uint32_t)((uint64_t)v & 0xffffffffu));
    qzb_w_int(w, (int32_t)(uint32_t)((uint64_t)v >> 32));
}

static void qzb_w_str(qzb_wbuf *w, const char *s)
{
    size_t n;
    if (!s) {
        qzb_w_int(w, -1);
        return;
    }
    n = strlen(s);
    if (n > INT32_MAX / 2) {
        w->failed = 1;
        return;
    }
    qzb_w_int(w, (int32_t)n);
    qzb_w_reserve(w, n);
    if (w->failed)
        return;
    memcpy(w->p + w->len, s, n);
    w->len += n;
}

static qzb_bytes qzb_absent(void)
{
    qzb_bytes b;
    b.p = NULL;
    b.len = 0;
    b.absent = 1;
    return b;
}

/* The buffer's bytes, handed over (absent, with QZ_ENOMEM recorded, when a
 * write failed). */
static qzb_bytes qzb_w_take(qzb_wbuf *w)
{
    qzb_bytes b = qzb_absent();
    if (w->failed) {
        free(w->p);
        qzb_fail(QZ_ENOMEM, "out of memory copying a result");
    } else {
        b.p = w->p ? w->p : (unsigned char *)malloc(1);
        b.len = w->len;
        b.absent = b.p == NULL;
        if (!b.p)
            qzb_fail(QZ_ENOMEM, "out of memory copying a result");
    }
    w->p = NULL;
    w->len = w->cap = 0;
    w->failed = 0;
    return b;
}

/* ---- checks ---- */

static const char *qzb_name_of_person(const qz_org *org, const char *person)
{
    return org && person ? qz_org_person_name(org, person) : NULL;
}

static const char *qzb_name_of_post(const qz_org *org, const char *post)
{
    return org && post ? qz_org_post_name(org, post) : NULL;
}

/* ---- audits ---- */

/* One finding: check, severity, file, line, record type, date, people,
 * article, item, rule, citation text, citation label, explanation. */
static void qzb_finding_write(qzb_wbuf *w, const qz_finding *f)
{
    char label[QZ_CITATION_LABEL_BUFSIZE];
    qzb_w_str(w, f->check);
    qzb_w_int(w, (int32_t)f->severity);
    qzb_w_str(w, f->file);
    qzb_w_long(w, (int64_t)f->line);
    qzb_w_str(w, f->record_type);
    qzb_w_int(w, (int32_t)f->date);
    qzb_w_str(w, f->people ? f->people : "");
    qzb_w_int(w, f->article);
    qzb_w_int(w, f->item);
    qzb_w_str(w, f->rule);
    qzb_w_str(w, f->citation);
    if (f->article <= 0 || qz_citation_label(label, sizeof label, f->article, f->item) != QZ_OK)
        qzb_w_str(w, NULL);
    else
        qzb_w_str(w, label);
    qzb_w_str(w, f->explanation);
}

/* The findings of one call gathered into a buffer (count first, patched at
 * the end). */
typedef struct qzb_gather {
    qzb_wbuf w;
    int32_t n;
} qzb_gather;

static int qzb_gather_fn(const qz_finding *f, void *ud)
{
    qzb_gather *g = (qzb_gather *)ud;
    qzb_finding_write(&g->w, f);
    g->n++;
    return g->w.failed;
}

static qzb_bytes qzb_gather_done(qzb_gather *g, int rc)
{
    if (rc < 0) {
        free(g->w.p);
        qzb_check(rc);
        return qzb_absent();
    }
    return qzb_w_take(&g->w);
}

/* A file audit running on a thread of its own while the language takes
 * the findings in batches: the producer waits while a full batch is not yet
 * taken, so memory stays bounded by one batch. */
#define QZB_AUDIT_BATCH 256

typedef struct qzb_audit_run {
    qz_audit *audit;     /* borrowed from the auditor, which outlives the run */
    char **paths;
    size_t npaths;
    int finish;          /* judge the periodic obligations after the last file */
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    qzb_wbuf batch;      /* findings not yet taken */
    int32_t nbatch;
    int done, cancel;
    int status;          /* the producer's failure, copied from its thread */
    char message[512];
    char file[512];
    int has_file, line, column;
} qzb_audit_run;

static int qzb_run_fn(const qz_finding *f, void *ud)
{
    qzb_audit_run *r = (qzb_audit_run *)ud;
    int stop;
    pthread_mutex_lock(&r->mu);
    if (!r->cancel) {
        qzb_finding_write(&r->batch, f);
        r->nbatch++;
        pthread_cond_broadcast(&r->cv);
        while (r->nbatch >= QZB_AUDIT_BATCH && !r->cancel)
            pthread_cond_wait(&r->cv, &r->mu);
    }
    stop = r->cancel || r->batch.failed;
    pthread_mutex_unlock(&r->mu);
    return stop;
}

static int qzb_run_cancelled(qzb_audit_run *r)
{
    int cancel;
    pthread_mutex_lock(&r->mu);
    cancel = r->cancel;
    pthread_mutex_unlock(&r->mu);
    return cancel;
}

static void *qzb_run_main(void *arg)
{
    qzb_audit_run *r = (qzb_audit_run *)arg;
    int rc = QZ_OK;
    size_t i;
    for (i = 0; i < r->npaths && rc == QZ_OK && !qzb_run_cancelled(r); i++)
        rc = qz_audit_file(r->audit, r->paths[i], qzb_run_fn, r);
    if (rc == QZ_OK && r->finish && !qzb_run_cancelled(r))
        rc = qz_audit_finish(r->audit, qzb_run_fn, r);
    pthread_mutex_lock(&r->mu);
    if (rc == QZ_OK && r->batch.failed)
        rc = QZ_ENOMEM;
    if (rc < 0) {
        const qz_error *e = qz_error_last();
        const char *file = qz_error_code(e) == rc ? qz_error_file(e) : NULL;
        r->status = rc;
        snprintf(r->message, sizeof r->message, "%s",
                 qz_error_code(e) == rc && qz_error_message(e)[0] ? qz_error_message(e) : qz_strerror(rc));
        r->has_file = file != NULL;
        snprintf(r->file, sizeof r->file, "%s", file ? file : "");
        r->line = file ? qz_error_line(e) : 0;
        r->column = file ? qz_error_column(e) : 0;
    }
    r->done = 1;
    pthread_cond_broadcast(&r->cv);
    pthread_mutex_unlock(&r->mu);
    return NULL;
}

/* Stops the producer (it stops at its next finding), waits for it, frees. */
static void qzb_run_free(qzb_audit_run *r)
{
    size_t i;
    if (!r)
        return;
    pthread_mutex_lock(&r->mu);
    r->cancel = 1;
    pthread_cond_broadcast(&r->cv);
    pthread_mutex_unlock(&r->mu);
    pthread_join(r->thread, NULL);
    pthread_cond_destroy(&r->cv);
    pthread_mutex_destroy(&r->mu);
    for (i = 0; i < r->npaths; i++)
        free(r->paths[i]);
    free(r->paths);
    free(r->batch.p);
    free(r);
}

/* An audit and, while a file is being audited, its run. */
typedef struct qzb_auditor {
    qz_audit *audit;
    qzb_audit_run *run;
} qzb_auditor;

static int qzb_auditor_idle(qzb_auditor *a)
{
    if (a->run)
        return qzb_fail(QZ_EINVAL, "the auditor is auditing a file: finish taking its findings first");
    return 0;
}

/* ---- routes ---- */

/* A route without its answers: steps (kind, its name and label, unit, whether it has an
 * answer), then findings (id, text, source). */
static void qzb_route_write(qzb_wbuf *w, const qz_route *rt)
{
    size_t i, n = qz_route_step_count(rt);
    qzb_w_int(w, (int32_t)n);
    for (i = 0; i < n; i++) {
        int kind = qz_route_step_kind_at(rt, i);
        qzb_w_int(w, kind);
        qzb_w_str(w, qz_route_step_name((qz_route_step_kind)kind));
        qzb_w_str(w, qz_route_step_label((qz_route_step_kind)kind));
        qzb_w_str(w, qz_route_step_unit(rt, i));
        qzb_w_int(w, qz_route_step_answer(rt, i) != NULL);
    }
    n = qz_route_finding_count(rt);
    qzb_w_int(w, (int32_t)n);
    for (i = 0; i < n; i++) {
        qzb_w_str(w, qz_route_finding_id(rt, i));
        qzb_w_str(w, qz_route_finding_text(rt, i));
        qzb_w_str(w, qz_route_finding_source(rt, i));
    }
}


/* ---- 发文字号 ---- */

static _Thread_local char qzb_docnum_text[QZ_DOCNUM_BUFSIZE];
%}

typedef struct qzb_bytes qzb_bytes;

#ifdef SWIGPYTHON
/* Python keeps decisions and routes as handles whose answers it lends out
 * (each answer keeps its handle alive); Java copies them whole (java.i). */
%nodefaultctor qzb_decision;
%nodefaultdtor qzb_decision;
%nodefaultctor qzb_route;
%nodefaultdtor qzb_route;

/** A decision of a check (the plain quanze.Decision is made from it). */
typedef struct {} qzb_decision;
/** A route of a draft (the plain quanze.Route is made from it). */
typedef struct {} qzb_route;

%extend qzb_decision {
    ~qzb_decision() { qz_decision_free($self); }
    /**
     * The decision without its answer as a tuple, built here rather than
     * decoded in Python (a check costs microseconds; decoding bytes in Python
     * cost several times more): action name, allowed, capacity, via, post,
     * post name, person, name, for post, for person, for name, citation
     * index, reason. None of these asks the full answer (but the reason of a
     * denial when no one at all may act, which is the answer's narrative).
     */
    PyObject *fields(qzb_model *model) {
        const qz_org *org = qz_model_org(model);
        return Py_BuildValue("(siiizzzzzzziz)", qz_check_action_name(qz_decision_action($self)),
                             qz_decision_allowed($self) != 0, (int)qz_decision_capacity($self),
                             (int)qz_decision_via($self), qz_decision_post($self),
                             qzb_name_of_post(org, qz_decision_post($self)), qz_decision_person($self),
                             qzb_name_of_person(org, qz_decision_person($self)), qz_decision_for_post($self),
                             qz_decision_for_person($self), qzb_name_of_person(org, qz_decision_for_person($self)),
                             qz_decision_citation($self), qz_decision_reason($self));
    }
    /** The candidates [(post, post name, person, name)...] (asks the full answer). */
    PyObject *candidates(qzb_model *model) {
        const qz_org *org = qz_model_org(model);
        size_t i, n = qz_decision_candidate_count($self);
        PyObject *candidates = PyList_New((Py_ssize_t)n);
        if (!candidates)
            return NULL;
        for (i = 0; i < n; i++) {
            const char *post = qz_decision_candidate_post($self, i), *person = qz_decision_candidate_person($self, i);
            PyObject *c = Py_BuildValue("(zzzz)", post, qzb_name_of_post(org, post), person,
                                        qzb_name_of_person(org, person));
            if (!c) {
                Py_DECREF(candidates);
                return NULL;
            }
            PyList_SET_ITEM(candidates, (Py_ssize_t)i, c);
        }
        return candidates;
    }
    /** The answer of the query the decision was made from (Borrowed: the decision). */
    qzb_answer *answer() { return (qzb_answer *)qz_decision_answer($self); }
}

%extend qzb_route {
    ~qzb_route() { qz_route_free($self); }
    /** The steps and findings without the answers, as bytes. */
    qzb_bytes data() {
        qzb_wbuf w;
        memset(&w, 0, sizeof w);
        qzb_route_write(&w, $self);
        return qzb_w_take(&w);
    }
    /** Step `i`'s answer, or none (Borrowed: the route). */
    qzb_answer *step_answer(size_t i) {
        if (qzb_index(i, qz_route_step_count($self), "step") < 0)
            return NULL;
        return (qzb_answer *)qz_route_step_answer($self, i);
    }
}
#endif

/* ------------------------------------------------------------------ */
/* Checks: one method per request type; the action picks the check      */
/* ------------------------------------------------------------------ */

%newobject qzb_model::check_sign_request;
%newobject qzb_model::check_meeting_request;
%newobject qzb_model::check_leave_request;
%newobject qzb_model::check_acting_request;
%newobject qzb_model::check_substitute_request;
%newobject qzb_model::route_request;
%newobject qzb_model::route_draft_file;
%newobject qzb_model::route_draft_memory;

%extend qzb_model {
    /** May `actor` sign (action 1) or countersign (2) the document described. */
    qzb_decision *check_sign_request(int action, const char *actor, const char *kind, qz_date date,
                                     const char *issuer, const char *recipient, bool major_policy,
                                     bool broad_scope, bool decided_by_executive, bool routine,
                                     const char *const *portfolios, size_t nportfolios,
                                     const char *const *facts, size_t nfacts) {
        qz_decision *d = NULL;
        qz_sign_request req = qzb_sign_request(kind, date, issuer, recipient, major_policy, broad_scope,
                                               decided_by_executive, routine, portfolios, nportfolios, facts,
                                               nfacts);
        if (action == QZ_CHECK_COUNTERSIGN)
            qzb_check(qz_check_countersign(&d, $self, &req, actor));
        else
            qzb_check(qz_check_sign(&d, $self, &req, actor));
        return d;
    }
    /** May `actor` convene (3), preside over (4) or sign the minutes of (5) the meeting. */
    qzb_decision *check_meeting_request(int action, const char *actor, const char *type, qz_date date,
                                        bool major, const char *portfolio) {
        qz_decision *d = NULL;
        qz_meeting_request req = QZ_MEETING_REQUEST_INIT;
        req.type = type;
        req.date = date;
        req.major = major;
        req.portfolio = portfolio;
        if (action == QZ_CHECK_CONVENE)
            qzb_check(qz_check_convene(&d, $self, &req, actor));
        else if (action == QZ_CHECK_PRESIDE)
            qzb_check(qz_check_preside(&d, $self, &req, actor));
        else
            qzb_check(qz_check_sign_minutes(&d, $self, &req, actor));
        return d;
    }
    /** May `actor` approve (6) the leave, or is it one the leave is reported to (7)? */
    qzb_decision *check_leave_request(int action, const char *actor, const char *post, qz_date depart,
                                      qz_date notified, int days, const char *destination) {
        qz_decision *d = NULL;
        qz_leave_request req = QZ_LEAVE_REQUEST_INIT;
        req.post = post;
        req.depart = depart;
        req.notified = notified;
        req.days = days;
        req.destination = destination;
        if (action == QZ_CHECK_RECEIVE_LEAVE)
            qzb_check(qz_check_receive_leave(&d, $self, &req, actor));
        else
            qzb_check(qz_check_approve_leave(&d, $self, &req, actor));
        return d;
    }
    /** Does `actor` exercise the authority of `post` on `date` (for `matter`, of kind `matter_kind`, `instructed`)? */
    qzb_decision *check_acting_request(const char *actor, const char *post, qz_date date, const char *matter,
                                       const char *matter_kind, bool instructed) {
        qz_decision *d = NULL;
        qz_acting_request req = QZ_ACTING_REQUEST_INIT;
        req.post = post;
        req.date = date;
        req.matter = matter;
        req.matter_kind = matter_kind;
        req.instructed = instructed;
        qzb_check(qz_check_act_for(&d, $self, &req, actor));
        return d;
    }
    /** May `actor` attend a meeting of `type` in place of `principal` (`proposed`: the substitute, or none for the actor)? */
    qzb_decision *check_substitute_request(const char *actor, const char *type, const char *principal,
                                           const char *proposed, qz_date date, bool written_request,
                                           qz_date request_date, bool presider_approved) {
        qz_decision *d = NULL;
        qz_substitute_request req = QZ_SUBSTITUTE_REQUEST_INIT;
        req.type = type;
        req.principal = principal;
        req.substitute = proposed;
        req.date = date;
        req.written_request = written_request;
        req.request_date = written_request ? request_date : 0;
        req.presider_approved = presider_approved;
        qzb_check(qz_check_substitute(&d, $self, &req, actor));
        return d;
    }

    /** The route of a draft described field by field. */
    qzb_route *route_request(const char *kind, qz_date date, const char *issuer, const char *recipient,
                             const char *const *portfolios, size_t nportfolios, bool normative,
                             bool major_policy, bool broad_scope, bool routine, bool urgent,
                             const char *meeting, qz_date meeting_date, const char *docnum,
                             const char *const *agency_codes, size_t nagency_codes,
                             const char *const *facts, size_t nfacts, int validity_years) {
        qz_route_request req = QZ_ROUTE_REQUEST_INIT;
        req.kind = kind;
        req.date = date;
        req.issuer = issuer;
        req.recipient = recipient;
        req.portfolios = portfolios;
        req.nportfolios = nportfolios;
        req.normative = normative;
        req.major_policy = major_policy;
        req.broad_scope = broad_scope;
        req.routine = routine;
        req.urgent = urgent;
        req.meeting = meeting;
        req.meeting_date = meeting ? meeting_date : 0;
        req.docnum = docnum;
        req.agency_codes = agency_codes;
        req.nagency_codes = nagency_codes;
        req.normative_facts = facts;
        req.nnormative_facts = nfacts;
        req.validity_years = validity_years;
        return qzb_route_of($self, &req);
    }
    /** The route of the draft file at `path` (XML, or JSON when it starts with '{'). */
    qzb_route *route_draft_file(const char *path) {
        qz_draft *d = NULL;
        int rc = qz_draft_load_file(&d, path);
        return qzb_route_draft($self, d, rc);
    }
    /** The route of a draft given as bytes; `draft_name` names them in errors. */
    qzb_route *route_draft_memory(const char *data, size_t size, const char *draft_name) {
        qz_draft *d = NULL;
        int rc = qz_draft_parse(&d, data, size, draft_name);
        return qzb_route_draft($self, d, rc);
    }
}

/* ------------------------------------------------------------------ */
/* Audits                                                              */
/* ------------------------------------------------------------------ */

%nodefaultctor qzb_auditor;
%nodefaultdtor qzb_auditor;
%newobject qzb_auditor::create;

/** An audit in progress over one model: records one at a time, or files streamed. */
typedef struct {} qzb_auditor;

%extend qzb_auditor {
    ~qzb_auditor() {
        qzb_run_free($self->run);
        qz_audit_free($self->audit);
        free($self);
    }
    /** A new audit against `model`; `fail_fast`: stop at the first unreadable record. */
    static qzb_auditor *create(qzb_model *model, bool fail_fast) {
        qzb_auditor *a = (qzb_auditor *)qzb_new(sizeof *a);
        if (!a)
            return NULL;
        if (qzb_check(qz_audit_new(&a->audit, model, fail_fast ? QZ_AUDIT_FAIL_FAST : 0)) < 0) {
            free(a);
            return NULL;
        }
        return a;
    }
    /** Audits one record (column names and values); the findings as bytes. */
    qzb_bytes record(const char *const *keys, size_t nkeys, const char *const *values, size_t nvalues,
                     const char *record_file, long line) {
        qzb_gather g;
        memset(&g, 0, sizeof g);
        if (qzb_auditor_idle($self) < 0)
            return qzb_absent();
        if (nkeys != nvalues) {
            qzb_fail(QZ_EINVAL, "%zu keys but %zu values", nkeys, nvalues);
            return qzb_absent();
        }
        return qzb_gather_done(&g, qz_audit_record($self->audit, keys, values, nkeys, record_file, line,
                                                   qzb_gather_fn, &g));
    }
    /** Judges the periodic obligations seen so far; the findings as bytes. */
    qzb_bytes finish() {
        qzb_gather g;
        memset(&g, 0, sizeof g);
        if (qzb_auditor_idle($self) < 0)
            return qzb_absent();
        return qzb_gather_done(&g, qz_audit_finish($self->audit, qzb_gather_fn, &g));
    }
    /** Starts auditing the files `paths` on a thread of the binding (then finish() when `finish`). */
    void start(const char *const *paths, size_t npaths, bool finish) {
        qzb_audit_run *r;
        size_t i;
        int failed = 0;
        if (qzb_auditor_idle($self) < 0 || !(r = (qzb_audit_run *)qzb_new(sizeof *r)))
            return;
        r->audit = $self->audit;
        r->finish = finish;
        if (!(r->paths = (char **)calloc(npaths ? npaths : 1, sizeof *r->paths))) {
            free(r);
            qzb_fail(QZ_ENOMEM, "out of memory");
            return;
        }
        for (i = 0; i < npaths; i++) {
            if (!(r->paths[r->npaths] = qzb_strdup(paths[i])))
                break;
            r->npaths++;
        }
        if (r->npaths != npaths || pthread_mutex_init(&r->mu, NULL) != 0) {
            for (i = 0; i < r->npaths; i++)
                free(r->paths[i]);
            free(r->paths);
            free(r);
            qzb_fail(QZ_ENOMEM, "out of memory");
            return;
        }
        if (pthread_cond_init(&r->cv, NULL) != 0) {
            pthread_mutex_destroy(&r->mu);
            failed = 1;
        } else if (pthread_create(&r->thread, NULL, qzb_run_main, r) != 0) {
            pthread_cond_destroy(&r->cv);
            pthread_mutex_destroy(&r->mu);
            failed = 1;
        }
        /* (once started, the thread owns r->done: only `failed` is ours to read) */
        if (failed) {
            for (i = 0; i < r->npaths; i++)
                free(r->paths[i]);
            free(r->paths);
            free(r);
            qzb_fail(QZ_ENOMEM, "cannot start the audit's thread");
            return;
        }
        $self->run = r;
    }
    /**
     * The next batch of findings of the running file audit, waiting for
     * them; absent once the run is over (raising its failure, if any).
     */
    qzb_bytes take() {
        qzb_audit_run *r = $self->run;
        qzb_wbuf w;
        int status;
        if (!r)
            return qzb_absent();
        pthread_mutex_lock(&r->mu);
        while (r->nbatch == 0 && !r->done)
            pthread_cond_wait(&r->cv, &r->mu);
        if (r->nbatch > 0) {
            w = r->batch;
            memset(&r->batch, 0, sizeof r->batch);
            r->nbatch = 0;
            pthread_cond_broadcast(&r->cv);
            pthread_mutex_unlock(&r->mu);
            return qzb_w_take(&w);
        }
        pthread_mutex_unlock(&r->mu);
        status = r->status;
        if (status < 0) {
            /* the failure happened on the run's thread: raised here with its place */
            qzb_fail(status, "%s", r->message);
            if (r->has_file) {
                snprintf(qzb_where_file, sizeof qzb_where_file, "%s", r->file);
                qzb_where_line = r->line;
                qzb_where_column = r->column;
            }
        }
        qzb_run_free(r);
        $self->run = NULL;
        return qzb_absent();
    }
    /** Stops the running file audit, if any (its remaining findings are dropped). */
    void stop() {
        qzb_run_free($self->run);
        $self->run = NULL;
    }
    /** Whether a file audit is running. */
    bool running() { return $self->run != NULL; }
    /** The counts so far: read, audited, unreadable, violations, notes. */
    qzb_bytes summary() {
        qzb_wbuf w;
        qz_audit_summary s;
        memset(&w, 0, sizeof w);
        if (qzb_auditor_idle($self) < 0)
            return qzb_absent();
        qz_audit_get_summary($self->audit, &s);
        qzb_w_long(&w, (int64_t)s.read);
        qzb_w_long(&w, (int64_t)s.audited);
        qzb_w_long(&w, (int64_t)s.unreadable);
        qzb_w_long(&w, (int64_t)s.violations);
        qzb_w_long(&w, (int64_t)s.notes);
        return qzb_w_take(&w);
    }
}

/* ------------------------------------------------------------------ */
/* 发文字号                                                             */
/* ------------------------------------------------------------------ */

%inline %{
/** Reads a document number: its code, year and serial as bytes. */
static qzb_bytes qzb_docnum_parse(const char *text)
{
    qz_docnum d;
    qzb_wbuf w;
    memset(&w, 0, sizeof w);
    if (qzb_check(qz_docnum_parse(&d, text)) < 0)
        return qzb_absent();
    qzb_w_str(&w, d.code);
    qzb_w_int(&w, d.year);
    qzb_w_long(&w, (int64_t)d.serial);
    return qzb_w_take(&w);
}

/** The standard form of a document number (代字〔year〕serial号). */
static const char *qzb_docnum_format(const char *code, int year, long long serial)
{
    qz_docnum d;
    memset(&d, 0, sizeof d);
    qzb_docnum_text[0] = '\0';
    if (!code) {
        qzb_fail(QZ_EINVAL, "code is required");
        return NULL;
    }
    if (serial < 0 || (unsigned long long)serial > (unsigned long long)ULONG_MAX) {
        qzb_fail(QZ_EINVAL, "serial %lld out of range", serial);
        return NULL;
    }
    if (strlen(code) >= sizeof d.code) {
        qzb_fail(QZ_ELIMIT, "the agency code is longer than %d bytes", QZ_DOCNUM_CODE_SIZE - 1);
        return NULL;
    }
    memcpy(d.code, code, strlen(code) + 1);
    d.year = year;
    d.serial = (unsigned long)serial;
    if (qzb_check(qz_docnum_format(qzb_docnum_text, sizeof qzb_docnum_text, &d)) < 0)
        return NULL;
    return qzb_docnum_text;
}

/** Checks a document number (against the date's year when `has_date`, and `codes` when given): the findings as bytes. */
static qzb_bytes qzb_docnum_check(const char *text, bool has_date, qz_date date, const char *const *codes,
                                  size_t ncodes)
{
    qz_docnum_finding f[QZ_DOCNUM_MAX_FINDINGS];
    qz_docnum_check_options opt = QZ_DOCNUM_CHECK_OPTIONS_INIT;
    qzb_wbuf w;
    size_t n = 0, i;
    memset(&w, 0, sizeof w);
    opt.has_date = has_date;
    opt.date = has_date ? date : 0;
    opt.codes = codes;
    opt.ncodes = ncodes;
    if (qzb_check(qz_docnum_check(f, QZ_DOCNUM_MAX_FINDINGS, &n, text, &opt)) < 0)
        return qzb_absent();
    qzb_w_int(&w, (int32_t)n);
    for (i = 0; i < n; i++) {
        qzb_w_str(&w, f[i].id);
        qzb_w_long(&w, (int64_t)f[i].offset);
        qzb_w_long(&w, (int64_t)f[i].byte_offset);
        qzb_w_str(&w, f[i].clause);
        qzb_w_str(&w, f[i].message);
    }
    return qzb_w_take(&w);
}
%}
