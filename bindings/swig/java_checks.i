/*
 * java_checks.i: what java.i adds before quanze.i for checks.i: how its
 * bytes, decisions and routes reach Java (byte[] decoded by Decision,
 * Route...), the auditor handle's closed check, null checks naming the
 * parameter, and the package-private names of the low-level calls that
 * java_checks_layer.i wraps.
 */

%typemap(jni) qzb_bytes "jbyteArray"
%typemap(jtype) qzb_bytes "byte[]"
%typemap(jstype) qzb_bytes "byte[]"
%typemap(javaout) qzb_bytes { return $jnicall; }
%typemap(out) qzb_bytes %{
    $result = NULL;
    if (!$1.absent) {
        if (!(*jenv)->ExceptionCheck(jenv)) {
            $result = (*jenv)->NewByteArray(jenv, (jsize)$1.len);
            if ($result)
                (*jenv)->SetByteArrayRegion(jenv, $result, 0, (jsize)$1.len, (const jbyte *)$1.p);
        }
        free($1.p);
    }
%}

/* A check's decision is copied with its answer into one byte[] and freed
 * (Decision.decode); the answer's explanation is rendered on demand by
 * asking again, as for the questions' answers. */
%typemap(jni) qzb_decision * "jbyteArray"
%typemap(jtype) qzb_decision * "byte[]"
%typemap(jstype) qzb_decision * "Decision"
%typemap(javaout) qzb_decision * {
    return Decision.decode($jnicall, () -> {
      QuanzeJNI.explainNext();
      return $jnicall;
    });
  }
%typemap(out) qzb_decision * %{ $result = qzb_java_decision(jenv, $1, arg1); %}

/* A route is copied with every step's answer (explanations included: a
 * route is asked once per document) into one byte[] and freed. */
%typemap(jni) qzb_route * "jbyteArray"
%typemap(jtype) qzb_route * "byte[]"
%typemap(jstype) qzb_route * "Route"
%typemap(javaout) qzb_route * { return Route.decode($jnicall); }
%typemap(out) qzb_route * %{ $result = qzb_java_route(jenv, $1, arg1); %}

%typemap(check) qzb_auditor *self
%{
    if (!$1) {
        qzb_java_throw_class(jenv, "java/lang/IllegalStateException", "the auditor is closed");
        return $null;
    }
%}

%apply (const char *const *LIST, size_t COUNT) {
    (const char *const *agency_codes, size_t nagency_codes),
    (const char *const *keys, size_t nkeys),
    (const char *const *values, size_t nvalues),
    (const char *const *paths, size_t npaths),
    (const char *const *codes, size_t ncodes)
};

%rename(NativeAuditor) qzb_auditor;
%typemap(javaclassmodifiers) qzb_auditor "final class"
%rename(docnumParse) qzb_docnum_parse;
%rename(docnumFormat) qzb_docnum_format;
%rename(docnumCheck) qzb_docnum_check;
QZB_PACKAGE_PRIVATE(qzb_docnum_parse)
QZB_PACKAGE_PRIVATE(qzb_docnum_format)
QZB_PACKAGE_PRIVATE(qzb_docnum_check)
QZB_PACKAGE_PRIVATE(qzb_model::check_sign_request)
QZB_PACKAGE_PRIVATE(qzb_model::check_meeting_request)
QZB_PACKAGE_PRIVATE(qzb_model::check_leave_request)
QZB_PACKAGE_PRIVATE(qzb_model::check_acting_request)
QZB_PACKAGE_PRIVATE(qzb_model::check_substitute_request)
QZB_PACKAGE_PRIVATE(qzb_model::route_request)
QZB_PACKAGE_PRIVATE(qzb_model::route_draft_file)
QZB_PACKAGE_PRIVATE(qzb_model::route_draft_memory)
