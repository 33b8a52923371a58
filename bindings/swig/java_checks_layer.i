/*
 * java_checks_layer.i: the Java surface of checks.i, added after quanze.i:
 * the copies of decisions and routes into byte[] (decoded by Decision.java
 * and Route.java), and Model's checkXxx(), audit(), auditor() and route()
 * methods over the package-private low-level calls.
 */

%{
/* A decision without its answer: action (and its name), allowed, capacity, via, the actor's
 * post and person (with names), whom it acts for, the deciding citation's
 * index, the reason and the candidates. */
static void qzb_decision_write(qzb_wbuf *w, const qz_decision *d, const qz_org *org)
{
    size_t i, n = qz_decision_candidate_count(d);
    qzb_w_int(w, (int32_t)qz_decision_action(d));
    qzb_w_str(w, qz_check_action_name(qz_decision_action(d)));
    qzb_w_int(w, qz_decision_allowed(d) != 0);
    qzb_w_int(w, (int32_t)qz_decision_capacity(d));
    qzb_w_int(w, (int32_t)qz_decision_via(d));
    qzb_w_str(w, qz_decision_post(d));
    qzb_w_str(w, qzb_name_of_post(org, qz_decision_post(d)));
    qzb_w_str(w, qz_decision_person(d));
    qzb_w_str(w, qzb_name_of_person(org, qz_decision_person(d)));
    qzb_w_str(w, qz_decision_for_post(d));
    qzb_w_str(w, qz_decision_for_person(d));
    qzb_w_str(w, qzb_name_of_person(org, qz_decision_for_person(d)));
    qzb_w_int(w, qz_decision_citation(d));
    qzb_w_str(w, qz_decision_reason(d));
    qzb_w_int(w, (int32_t)n);
    for (i = 0; i < n; i++) {
        const char *post = qz_decision_candidate_post(d, i), *person = qz_decision_candidate_person(d, i);
        qzb_w_str(w, post);
        qzb_w_str(w, qzb_name_of_post(org, post));
        qzb_w_str(w, person);
        qzb_w_str(w, qzb_name_of_person(org, person));
    }
}

/* Bytes of `w` followed by those of `o` as one byte[] (NULL with an
 * exception pending when out of memory). */
static jbyteArray qzb_java_join(JNIEnv *jenv, qzb_wbuf *w, const qzb_out *o)
{
    jbyteArray bytes = NULL;
    size_t n = w->len + (o ? o->len : 0);
    if (w->failed || (o && o->failed) || n > (size_t)INT32_MAX) {
        qzb_java_throw_class(jenv, "java/lang/OutOfMemoryError", "out of memory copying a result");
    } else if (!(*jenv)->ExceptionCheck(jenv)) {
        bytes = (*jenv)->NewByteArray(jenv, (jsize)n);
        if (bytes && w->len)
            (*jenv)->SetByteArrayRegion(jenv, bytes, 0, (jsize)w->len, (const jbyte *)w->p);
        if (bytes && o && o->len)
            (*jenv)->SetByteArrayRegion(jenv, bytes, (jsize)w->len, (jsize)o->len, (const jbyte *)o->p);
    }
    free(w->p);
    return bytes;
}

static void qzb_java_out_init(qzb_out *o, unsigned char *stack, size_t size)
{
    o->p = stack;
    o->len = 0;
    o->cap = size;
    o->heap = NULL;
    o->failed = 0;
}

/* A decision and its answer as one byte[]; frees the decision. */
static jbyteArray qzb_java_decision(JNIEnv *jenv, qz_decision *d, const qz_model *model)
{
    unsigned char stack[4096];
    qzb_out o;
    qzb_wbuf w;
    const qz_org *org = model ? qz_model_org(model) : NULL;
    jbyteArray bytes;
    if (!d)
        return NULL;
    memset(&w, 0, sizeof w);
    qzb_decision_write(&w, d, org);
    qzb_java_out_init(&o, stack, sizeof stack);
    qzb_answer_write(&o, qz_decision_answer(d), org, qzb_java_explain);
    qzb_java_explain = 0;
    bytes = qzb_java_join(jenv, &w, &o);
    free(o.heap);
    qz_decision_free(d);
    return bytes;
}

/* A route with every step's answer (each an int length, then its bytes)
 * as one byte[]; frees the route. */
static jbyteArray qzb_java_route(JNIEnv *jenv, qz_route *rt, const qz_model *model)
{
    qzb_wbuf w;
    size_t i, n;
    const qz_org *org = model ? qz_model_org(model) : NULL;
    jbyteArray bytes;
    if (!rt)
        return NULL;
    memset(&w, 0, sizeof w);
    qzb_route_write(&w, rt);
    n = qz_route_step_count(rt);
    for (i = 0; i < n && !w.failed; i++) {
        const qz_answer *a = qz_route_step_answer(rt, i);
        unsigned char stack[2048];
        qzb_out o;
        if (!a)
            continue;
        qzb_java_out_init(&o, stack, sizeof stack);
        qzb_answer_write(&o, a, org, 1);
        if (o.failed)
            w.failed = 1;
        else {
            qzb_w_int(&w, (int32_t)o.len);
            qzb_w_reserve(&w, o.len);
            if (!w.failed) {
                memcpy(w.p + w.len, o.p, o.len);
                w.len += o.len;
            }
        }
        free(o.heap);
    }
    bytes = qzb_java_join(jenv, &w, NULL);
    qz_route_free(rt);
    return bytes;
}
%}

%extend qzb_model {
%proxycode %{
  /** May {@code actor} (a post id or a person id) sign (签发) the document of {@code request}? */
  public Decision checkSign(String actor, SignRequest request) {
    return checkSign(CheckAction.SIGN, actor, request);
  }

  /** May {@code actor} countersign (会签) the document of {@code request}? */
  public Decision checkCountersign(String actor, SignRequest request) {
    return checkSign(CheckAction.COUNTERSIGN, actor, request);
  }

  private Decision checkSign(CheckAction action, String actor, SignRequest request) {
    java.util.Objects.requireNonNull(request, "request");
    return checkSignRequest(action.value(), actor, request.kind, request.date, request.issuer, request.recipient,
        request.majorPolicy, request.broadScope, request.decidedByExecutive, request.routine, request.portfolios,
        request.facts);
  }

  /** May {@code actor} convene (召集) a meeting of {@code type} on {@code date}? */
  public Decision checkConvene(String actor, String type, java.time.LocalDate date) {
    return checkMeetingRequest(CheckAction.CONVENE.value(), actor, type, date, false, null);
  }

  /** As {@link #checkConvene(String, String, java.time.LocalDate)}; {@code major}: major matters; {@code portfolio}: the post or unit of the matter. */
  public Decision checkConvene(String actor, String type, java.time.LocalDate date, boolean major, String portfolio) {
    return checkMeetingRequest(CheckAction.CONVENE.value(), actor, type, date, major, portfolio);
  }

  /** May {@code actor} preside over (主持) a meeting of {@code type} on {@code date}? */
  public Decision checkPreside(String actor, String type, java.time.LocalDate date) {
    return checkMeetingRequest(CheckAction.PRESIDE.value(), actor, type, date, false, null);
  }

  /** As {@link #checkPreside(String, String, java.time.LocalDate)} with the meeting's {@code major} and {@code portfolio}. */
  public Decision checkPreside(String actor, String type, java.time.LocalDate date, boolean major, String portfolio) {
    return checkMeetingRequest(CheckAction.PRESIDE.value(), actor, type, date, major, portfolio);
  }

  /** May {@code actor} sign the minutes of a meeting of {@code type} held on {@code date}? */
  public Decision checkSignMinutes(String actor, String type, java.time.LocalDate date) {
    return checkMeetingRequest(CheckAction.SIGN_MINUTES.value(), actor, type, date, false, null);
  }

  /** As {@link #checkSignMinutes(String, String, java.time.LocalDate)}; {@code major}: the signer of minutes on major matters. */
  public Decision checkSignMinutes(String actor, String type, java.time.LocalDate date, boolean major, String portfolio) {
    return checkMeetingRequest(CheckAction.SIGN_MINUTES.value(), actor, type, date, major, portfolio);
  }

  /** May {@code actor} approve the leave of the holder of {@code post} (leaving on {@code depart}, reported on {@code notified})? */
  public Decision checkApproveLeave(String actor, String post, java.time.LocalDate depart, java.time.LocalDate notified) {
    return checkLeaveRequest(CheckAction.APPROVE_LEAVE.value(), actor, post, depart, notified, 0, null);
  }

  /** As {@link #checkApproveLeave(String, String, java.time.LocalDate, java.time.LocalDate)} with the absence's {@code days} (0: not stated) and {@code destination} (or null). */
  public Decision checkApproveLeave(String actor, String post, java.time.LocalDate depart, java.time.LocalDate notified,
                                    int days, String destination) {
    return checkLeaveRequest(CheckAction.APPROVE_LEAVE.value(), actor, post, depart, notified, days, destination);
  }

  /** Is {@code actor} (a post, a person or a body) one the leave of the holder of {@code post} must be reported to? */
  public Decision checkReceiveLeave(String actor, String post, java.time.LocalDate depart, java.time.LocalDate notified) {
    return checkLeaveRequest(CheckAction.RECEIVE_LEAVE.value(), actor, post, depart, notified, 0, null);
  }

  /** As {@link #checkReceiveLeave(String, String, java.time.LocalDate, java.time.LocalDate)} with {@code days} and {@code destination}. */
  public Decision checkReceiveLeave(String actor, String post, java.time.LocalDate depart, java.time.LocalDate notified,
                                    int days, String destination) {
    return checkLeaveRequest(CheckAction.RECEIVE_LEAVE.value(), actor, post, depart, notified, days, destination);
  }

  /** Does {@code actor} exercise the authority of {@code post} on {@code date}? */
  public Decision checkActFor(String actor, String post, java.time.LocalDate date) {
    return checkActingRequest(actor, post, date, null, null, false);
  }

  /** Does {@code actor} exercise the authority of {@code post} on {@code date} for {@code matter} (e.g. a meeting type)? */
  public Decision checkActFor(String actor, String post, java.time.LocalDate date, String matter) {
    return checkActingRequest(actor, post, date, matter, null, false);
  }

  /**
   * As {@link #checkActFor(String, String, java.time.LocalDate, String)} for a matter of kind
   * {@code matterKind} (or null), {@code instructed}: as for
   * {@link #acting(String, java.time.LocalDate, String, String, boolean)}.
   */
  public Decision checkActFor(String actor, String post, java.time.LocalDate date, String matter, String matterKind,
                              boolean instructed) {
    return checkActingRequest(actor, post, date, matter, matterKind, instructed);
  }

  /**
   * May {@code actor} attend a meeting of {@code type} on {@code date} in place of {@code principal}?
   * {@code requestDate}: when the written leave request was sent, or null.
   */
  public Decision checkSubstitute(String actor, String type, String principal, java.time.LocalDate date,
                                  java.time.LocalDate requestDate, boolean presiderApproved) {
    return checkSubstituteRequest(actor, type, principal, null, date, requestDate != null,
        requestDate != null ? requestDate : date, presiderApproved);
  }

  /**
   * Audits the records files (.csv, .jsonl, .ndjson; columns in docs/audit.md) against the rules,
   * organisation and calendar of each record's date, then judges the periodic obligations.
   * The stream is lazy: the library reads on as it is consumed, so a log of any length is never
   * held in memory. Close it (try-with-resources) to stop early and release the native state;
   * a stream read to its end releases it by itself.
   */
  public java.util.stream.Stream<AuditFinding> audit(java.nio.file.Path... paths) {
    java.util.Objects.requireNonNull(paths, "paths");
    Auditor auditor = new Auditor(this, false);
    try {
      return auditor.stream(paths, true, true);
    } catch (RuntimeException e) {
      auditor.close();
      throw e;
    }
  }

  /** A new auditor over this model, for records one at a time (an OA workflow's event hooks). */
  public Auditor auditor() {
    return new Auditor(this, false);
  }

  /** As {@link #auditor()}; {@code failFast}: stop at the first unreadable record, throwing its error. */
  public Auditor auditor(boolean failFast) {
    return new Auditor(this, failFast);
  }

  /** The route the rules prescribe for the draft of {@code request}. */
  public Route route(RouteRequest request) {
    java.util.Objects.requireNonNull(request, "request");
    return routeRequest(request.kind, request.date, request.issuer, request.recipient, request.portfolios,
        request.normative, request.majorPolicy, request.broadScope, request.routine, request.urgent, request.meeting,
        request.meeting != null ? request.meetingDate : request.date, request.docnum, request.agencyCodes,
        request.facts, request.validityYears);
  }

  /** The route of the draft file at {@code draft} (XML, or JSON, docs/documents.md). */
  public Route route(java.nio.file.Path draft) {
    java.util.Objects.requireNonNull(draft, "draft");
    return routeDraftFile(draft.toString());
  }

  /** The route of a draft given as bytes (XML or JSON); {@code name} names them in error messages. */
  public Route route(byte[] draft, String name) {
    java.util.Objects.requireNonNull(draft, "draft");
    return routeDraftMemory(draft, name);
  }
%}
}
