/*
 * java.i: the Java binding, package org.quanze. Builds the JNI library
 * `quanzejni` and the generated classes; the hand-written classes of
 * bindings/java/src (exceptions, requests, the native loader) complete the
 * package, and both go into quanze.jar.
 *
 * Java specifics: java.time.LocalDate in and out; strings passed as UTF-8
 * bytes (exact for every character, where JNI's own conversion is not);
 * unchecked exceptions of the QuanzeException hierarchy; handles that are
 * AutoCloseable and safe to close twice; lists as java.util.List; real
 * enums; method names in Java's camelCase.
 */
%module Quanze

#define QZB_LANGUAGE java
#define QZB_NAMED_FUNCTIONS

%include <enums.swg>
%javaconst(1);

%{
#include <jni.h>

static void qzb_java_throw(JNIEnv *jenv, int code);
/* The exception stays pending while the wrapper finishes normally, so that
 * it releases what it holds; Java throws it when the native call returns. */
#define QZB_RAISE(code) qzb_java_throw(jenv, code)

static void qzb_java_throw_class(JNIEnv *jenv, const char *name, const char *msg)
{
    jclass cls;
    if ((*jenv)->ExceptionCheck(jenv))
        return;
    cls = (*jenv)->FindClass(jenv, name);
    if (cls)
        (*jenv)->ThrowNew(jenv, cls, msg);
}
%}

/* A handle's self pointer is 0 only after close(). */
%typemap(check) qzb_calendar *self, qzb_org *self, qzb_rules *self,
                qzb_model *self, qzb_answer *self, qzb_model_slot *self
%{
    if (!$1) {
        qzb_java_throw_class(jenv, "java/lang/IllegalStateException", "the object is closed");
        return $null;
    }
%}

/* ------------------------------------------------------------------ */
/* Dates: java.time.LocalDate (epoch day = qz_date)                     */
/* ------------------------------------------------------------------ */

%typemap(jni) qz_date, qzb_opt_date "jint"
%typemap(jtype) qz_date, qzb_opt_date "int"
%typemap(jstype) qz_date, qzb_opt_date "java.time.LocalDate"
%typemap(javain) qz_date "Dates.toDay($javainput)"
%typemap(javain) qzb_opt_date "Dates.toDayOrNone($javainput)"
%typemap(javaout) qz_date { return Dates.fromDay($jnicall); }
%typemap(javaout) qzb_opt_date { return Dates.fromDayOrNull($jnicall); }
%typemap(in) qz_date, qzb_opt_date %{ $1 = ($1_ltype)$input; %}
%typemap(out) qz_date, qzb_opt_date %{ $result = (jint)$1; %}

/* Lists of dates: LocalDate lists become int[] of epoch days. */
%typemap(jni) (const qz_date *dates, size_t ndates) "jintArray"
%typemap(jtype) (const qz_date *dates, size_t ndates) "int[]"
%typemap(jstype) (const qz_date *dates, size_t ndates) "java.util.List<java.time.LocalDate>"
%typemap(javain) (const qz_date *dates, size_t ndates) "Dates.toDays($javainput)"
%typemap(in) (const qz_date *dates, size_t ndates) {
    $1 = NULL;
    $2 = 0;
    if ($input) {
        $2 = (size_t)(*jenv)->GetArrayLength(jenv, $input);
        $1 = ($1_ltype)(*jenv)->GetIntArrayElements(jenv, $input, NULL);
        if (!$1)
            return $null;
    }
}
%typemap(freearg) (const qz_date *dates, size_t ndates) {
    if ($1)
        (*jenv)->ReleaseIntArrayElements(jenv, $input, (jint *)$1, JNI_ABORT);
}

/* Arrays of epoch days changed in place (the batch calls). */
%typemap(jni) (qz_date *DAYS, size_t N) "jintArray"
%typemap(jtype) (qz_date *DAYS, size_t N) "int[]"
%typemap(jstype) (qz_date *DAYS, size_t N) "int[]"
%typemap(javain) (qz_date *DAYS, size_t N) "$javainput"
%typemap(in) (qz_date *DAYS, size_t N) {
    if (!$input) {
        qzb_java_throw_class(jenv, "java/lang/NullPointerException", "array is null");
        return $null;
    }
    $2 = (size_t)(*jenv)->GetArrayLength(jenv, $input);
    $1 = ($1_ltype)(*jenv)->GetIntArrayElements(jenv, $input, NULL);
    if (!$1)
        return $null;
}
%typemap(freearg) (qz_date *DAYS, size_t N) {
    (*jenv)->ReleaseIntArrayElements(jenv, $input, (jint *)$1, 0);
}
%typemap(jni) (const qz_date *FROM, size_t NFROM) "jintArray"
%typemap(jtype) (const qz_date *FROM, size_t NFROM) "int[]"
%typemap(jstype) (const qz_date *FROM, size_t NFROM) "int[]"
%typemap(javain) (const qz_date *FROM, size_t NFROM) "$javainput"
%typemap(in) (const qz_date *FROM, size_t NFROM) {
    if (!$input) {
        qzb_java_throw_class(jenv, "java/lang/NullPointerException", "array is null");
        return $null;
    }
    $2 = (size_t)(*jenv)->GetArrayLength(jenv, $input);
    $1 = ($1_ltype)(*jenv)->GetIntArrayElements(jenv, $input, NULL);
    if (!$1)
        return $null;
}
%typemap(freearg) (const qz_date *FROM, size_t NFROM) {
    (*jenv)->ReleaseIntArrayElements(jenv, $input, (jint *)$1, JNI_ABORT);
}

/* ------------------------------------------------------------------ */
/* Strings: exact UTF-8 both ways                                      */
/* ------------------------------------------------------------------ */

%{
/* A NUL-terminated malloc'd copy of a Java byte[] (NULL for null). */
static char *qzb_java_cstr(JNIEnv *jenv, jbyteArray bytes)
{
    jsize n;
    char *s;
    if (!bytes)
        return NULL;
    n = (*jenv)->GetArrayLength(jenv, bytes);
    s = (char *)malloc((size_t)n + 1);
    if (!s) {
        qzb_java_throw_class(jenv, "java/lang/OutOfMemoryError", "out of memory");
        return NULL;
    }
    (*jenv)->GetByteArrayRegion(jenv, bytes, 0, n, (jbyte *)s);
    s[n] = '\0';
    return s;
}

/* As qzb_java_cstr(), into `buf` when it fits. */
static char *qzb_java_cstr_in(JNIEnv *jenv, jbyteArray bytes, char *buf, size_t size)
{
    jsize n;
    if (!bytes)
        return NULL;
    n = (*jenv)->GetArrayLength(jenv, bytes);
    if ((size_t)n >= size)
        return qzb_java_cstr(jenv, bytes);
    (*jenv)->GetByteArrayRegion(jenv, bytes, 0, n, (jbyte *)buf);
    buf[n] = '\0';
    return buf;
}

static jbyteArray qzb_java_bytes(JNIEnv *jenv, const char *s)
{
    jsize n;
    jbyteArray bytes;
    if (!s || (*jenv)->ExceptionCheck(jenv))
        return NULL;
    n = (jsize)strlen(s);
    bytes = (*jenv)->NewByteArray(jenv, n);
    if (bytes)
        (*jenv)->SetByteArrayRegion(jenv, bytes, 0, n, (const jbyte *)s);
    return bytes;
}

/* A Java String[] (ids) as malloc'd NUL-terminated copies. */
static int qzb_java_strings(JNIEnv *jenv, jobjectArray arr, char ***out, size_t *n)
{
    jsize i, len;
    *out = NULL;
    *n = 0;
    if (!arr)
        return 0;
    len = (*jenv)->GetArrayLength(jenv, arr);
    *out = (char **)calloc(len ? (size_t)len : 1, sizeof **out);
    if (!*out) {
        qzb_java_throw_class(jenv, "java/lang/OutOfMemoryError", "out of memory");
        return -1;
    }
    *n = (size_t)len;
    for (i = 0; i < len; i++) {
        jbyteArray b = (jbyteArray)(*jenv)->GetObjectArrayElement(jenv, arr, i);
        if (!b) {
            qzb_java_throw_class(jenv, "java/lang/NullPointerException", "null id in list");
            return -1;
        }
        (*out)[i] = qzb_java_cstr(jenv, b);
        (*jenv)->DeleteLocalRef(jenv, b);
        if (!(*out)[i])
            return -1;
    }
    return 0;
}

static void qzb_java_strings_free(char **list, size_t n)
{
    size_t i;
    if (!list)
        return;
    for (i = 0; i < n; i++)
        free(list[i]);
    free(list);
}
%}

%typemap(jni) char *, const char * "jbyteArray"
%typemap(jtype) char *, const char * "byte[]"
%typemap(jstype) char *, const char * "String"
%typemap(javain) char *, const char * "Strings.toUtf8($javainput)"
%typemap(javaout) char *, const char * { return Strings.fromUtf8($jnicall); }
/* Ids are short: they are copied into a buffer on the stack, only longer
 * text into a malloc'd one. */
%typemap(in) char *, const char * (char small[128]) {
    $1 = qzb_java_cstr_in(jenv, $input, small, sizeof small);
    if ($input && !$1)
        return $null;
}
%typemap(freearg) char *, const char * "if ((void *)$1 != (void *)small$argnum) free((void *)$1);"
%typemap(out) char *, const char * %{ $result = qzb_java_bytes(jenv, $1); %}

%typemap(jni) (const char *data, size_t size) "jbyteArray"
%typemap(jtype) (const char *data, size_t size) "byte[]"
%typemap(jstype) (const char *data, size_t size) "byte[]"
%typemap(javain) (const char *data, size_t size) "$javainput"
%typemap(in) (const char *data, size_t size) {
    if (!$input) {
        qzb_java_throw_class(jenv, "java/lang/NullPointerException", "data is null");
        return $null;
    }
    $2 = (size_t)(*jenv)->GetArrayLength(jenv, $input);
    $1 = ($1_ltype)(*jenv)->GetByteArrayElements(jenv, $input, NULL);
    if (!$1)
        return $null;
}
%typemap(freearg) (const char *data, size_t size) {
    (*jenv)->ReleaseByteArrayElements(jenv, $input, (jbyte *)$1, JNI_ABORT);
}

%typemap(jni) (const char *const *LIST, size_t COUNT) "jobjectArray"
%typemap(jtype) (const char *const *LIST, size_t COUNT) "byte[][]"
%typemap(jstype) (const char *const *LIST, size_t COUNT) "java.util.List<String>"
%typemap(javain) (const char *const *LIST, size_t COUNT) "Strings.toUtf8($javainput)"
%typemap(in) (const char *const *LIST, size_t COUNT) (char **list = NULL, size_t nlist = 0) {
    if (qzb_java_strings(jenv, $input, &list, &nlist) < 0) {
        qzb_java_strings_free(list, nlist);
        return $null;
    }
    $1 = ($1_ltype)list;
    $2 = nlist;
}
%typemap(freearg) (const char *const *LIST, size_t COUNT) {
    qzb_java_strings_free(list$argnum, nlist$argnum);
}
%apply (const char *const *LIST, size_t COUNT) {
    (const char *const *portfolios, size_t nportfolios),
    (const char *const *present, size_t npresent),
    (const char *const *flags, size_t nflags),
    (const char *const *facts, size_t nfacts),
    (const char *const *invitees, size_t ninvitees)
};

/* ------------------------------------------------------------------ */
/* Exceptions                                                          */
/* ------------------------------------------------------------------ */

%{
static const char *qzb_java_exception_class(int code)
{
    switch (code) {
    case QZ_ENOMEM: return "org/quanze/NoMemoryException";
    case QZ_EINVAL: return "org/quanze/InvalidArgumentException";
    case QZ_EPARSE: return "org/quanze/ParseException";
    case QZ_ESCHEMA: return "org/quanze/SchemaException";
    case QZ_ENOTFOUND: return "org/quanze/NotFoundException";
    case QZ_ERANGE: return "org/quanze/OutOfCalendarException";
    case QZ_EIO: return "org/quanze/FileException";
    case QZ_ELIMIT: return "org/quanze/LimitException";
    default: return "org/quanze/QuanzeException";
    }
}

/* Throws the QuanzeException subclass for `code` with the failure's
 * message, file, line and column (the strings passed as UTF-8 bytes). */
static void qzb_java_throw(JNIEnv *jenv, int code)
{
    qzb_failure f = qzb_failure_of(code);
    jclass cls;
    jmethodID ctor;
    jbyteArray msg, file = NULL;
    jobject exc;
    if ((*jenv)->ExceptionCheck(jenv))
        return;
    cls = (*jenv)->FindClass(jenv, qzb_java_exception_class(code));
    if (!cls)
        return;
    ctor = (*jenv)->GetMethodID(jenv, cls, "<init>", "([BI[BII)V");
    if (!ctor)
        return;
    msg = qzb_java_bytes(jenv, f.message);
    if (f.file)
        file = qzb_java_bytes(jenv, f.file);
    if ((*jenv)->ExceptionCheck(jenv))
        return;
    exc = (*jenv)->NewObject(jenv, cls, ctor, msg, (jint)f.code, file, (jint)f.line, (jint)f.column);
    if (exc)
        (*jenv)->Throw(jenv, (jthrowable)exc);
}
%}

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

%rename("%(lowercamelcase)s", %$isfunction) "";
%rename("%(lowercamelcase)s", %$ismember, %$isvariable) "";
/* The C enumerations become Java enums generated from the headers by
 * bindings/java/gen_enums.py (SWIG keeps C enumerators in one scope, so it
 * cannot give two Java enums the same constant name, e.g. MEETING). */
%rename("$ignore", %$isenum) "";
%rename("$ignore", %$isenumitem) "";
%define QZB_JAVA_ENUM(CTYPE, JTYPE)
%typemap(jni) CTYPE "jint"
%typemap(jtype) CTYPE "int"
%typemap(jstype) CTYPE "JTYPE"
%typemap(javain) CTYPE "$javainput.value()"
%typemap(javaout) CTYPE { return JTYPE.of($jnicall); }
%typemap(in) CTYPE %{ $1 = (CTYPE)$input; %}
%typemap(out) CTYPE %{ $result = (jint)$1; %}
%enddef
QZB_JAVA_ENUM(qz_day_kind, DayKind)
QZB_JAVA_ENUM(qz_org_kind, OrgKind)
QZB_JAVA_ENUM(qz_org_scope, Scope)
QZB_JAVA_ENUM(qz_rules_section, Section)
QZB_JAVA_ENUM(qz_query_kind, QueryKind)
QZB_JAVA_ENUM(qz_capacity, Capacity)
QZB_JAVA_ENUM(qz_via, Via)
QZB_JAVA_ENUM(qz_value, Value)
QZB_JAVA_ENUM(qz_time_unit, TimeUnit)
QZB_JAVA_ENUM(qz_matter_kind, MatterKind)

%rename(strerror) qz_strerror;
%rename(version) qz_version;
%rename(versionString) qz_version_string;
%rename(capacityName) qz_capacity_name;
%rename(viaName) qz_via_name;
%rename(valueName) qz_value_name;
%rename(timeUnitName) qz_time_unit_name;
%rename(capacityLabel) qz_capacity_label;
%rename(viaLabel) qz_via_label;
%rename(timeUnitLabel) qz_time_unit_label;
%rename(valueLabel) qz_value_label;
%rename(queryKindName) qz_query_kind_name;
%rename(matterKindName) qz_matter_kind_name;
%rename(sectionName) qz_rules_section_name;
%rename(scopeName) qz_org_scope_name;

%rename(getDefault) load_default;
%rename(getRegion) qzb_calendar::region;
%rename(getSource) qzb_calendar::source;
%rename(getFirstYear) qzb_calendar::first_year;
%rename(getLastYear) qzb_calendar::last_year;
%rename(getId) qzb_org::id;
%rename(getName) qzb_org::name;
%rename(getPartyGroupName) qzb_org::party_group_name;
%rename(isSameAs) qzb_org::same_as;
%rename(getId) qzb_rules::id;
%rename(getTitle) qzb_rules::title;
%rename(getDocumentNumber) qzb_rules::document_number;
%rename(getAuthority) qzb_rules::authority;
%rename(getAdopted) qzb_rules::adopted;
%rename(getIssued) qzb_rules::issued;
%rename(getEffective) qzb_rules::effective;
%rename(getExpires) qzb_rules::expires;
%rename(isInForce) qzb_rules::in_force;
%rename(getKind) qzb_answer::kind;
%rename(isFound) qzb_answer::found;
%rename(getReason) qzb_answer::reason;
%rename(getExplanation) qzb_answer::explanation;
%rename(getSubject) qzb_answer::subject;
%rename(getSubjectLabel) qzb_answer::subject_label;
%rename(getDate) qzb_answer::date;
%rename(getRules) qzb_model::rules;
%rename(getRulesAt) qzb_model::rules_at;
%rename(getOrg) qzb_model::org;
%rename(getCalendar) qzb_model::calendar;
/* ModelSlot's public create/get/set are written in Java (java_layer.i): get()
 * hands out the one Model proxy the slot keeps, instead of a new proxy (and
 * a new native reference registered with the Cleaner) on every call. */
%rename(createNative) qzb_model_slot::create;
%rename(getNative) qzb_model_slot::get;
%rename(setNative) qzb_model_slot::set;

/* The list accessors and the raw queries stay inside the package: the
 * public surface is the List-returning methods and the query overloads. */
%define QZB_PACKAGE_PRIVATE(NAME)
%javamethodmodifiers NAME "";
%enddef
QZB_PACKAGE_PRIVATE(qzb_model_slot::create)
QZB_PACKAGE_PRIVATE(qzb_model_slot::get)
QZB_PACKAGE_PRIVATE(qzb_model_slot::set)
QZB_PACKAGE_PRIVATE(qzb_calendar::arrangement_count)
QZB_PACKAGE_PRIVATE(qzb_calendar::arrangement_at)
QZB_PACKAGE_PRIVATE(qzb_calendar::load_file)
QZB_PACKAGE_PRIVATE(qzb_calendar::load_memory)
QZB_PACKAGE_PRIVATE(qzb_calendar::overlay_file)
QZB_PACKAGE_PRIVATE(qzb_calendar::overlay_memory)
QZB_PACKAGE_PRIVATE(qzb_calendar::add_workdays_array)
QZB_PACKAGE_PRIVATE(qzb_calendar::workdays_between_array)
QZB_PACKAGE_PRIVATE(qzb_org::load_file)
QZB_PACKAGE_PRIVATE(qzb_org::load_memory)
QZB_PACKAGE_PRIVATE(qzb_org::unit_count)
QZB_PACKAGE_PRIVATE(qzb_org::unit_at)
QZB_PACKAGE_PRIVATE(qzb_org::unit_tag_count)
QZB_PACKAGE_PRIVATE(qzb_org::unit_tag_at)
QZB_PACKAGE_PRIVATE(qzb_org::tagged_unit_count)
QZB_PACKAGE_PRIVATE(qzb_org::tagged_unit_at)
QZB_PACKAGE_PRIVATE(qzb_org::unit_post_count)
QZB_PACKAGE_PRIVATE(qzb_org::unit_post_at)
QZB_PACKAGE_PRIVATE(qzb_org::area_count)
QZB_PACKAGE_PRIVATE(qzb_org::area_at)
QZB_PACKAGE_PRIVATE(qzb_org::post_count)
QZB_PACKAGE_PRIVATE(qzb_org::post_at)
QZB_PACKAGE_PRIVATE(qzb_org::role_post_count)
QZB_PACKAGE_PRIVATE(qzb_org::role_post_at)
QZB_PACKAGE_PRIVATE(qzb_org::person_count)
QZB_PACKAGE_PRIVATE(qzb_org::person_at)
QZB_PACKAGE_PRIVATE(qzb_org::holder_count)
QZB_PACKAGE_PRIVATE(qzb_org::holder_at)
QZB_PACKAGE_PRIVATE(qzb_org::person_post_count)
QZB_PACKAGE_PRIVATE(qzb_org::person_post_at)
QZB_PACKAGE_PRIVATE(qzb_org::tenure_count)
QZB_PACKAGE_PRIVATE(qzb_org::tenure_at)
QZB_PACKAGE_PRIVATE(qzb_org::absence_count)
QZB_PACKAGE_PRIVATE(qzb_org::absence_at)
QZB_PACKAGE_PRIVATE(qzb_org::portfolio_count)
QZB_PACKAGE_PRIVATE(qzb_org::portfolio_at)
QZB_PACKAGE_PRIVATE(qzb_org::party_group_member_count)
QZB_PACKAGE_PRIVATE(qzb_org::party_group_member_at)
QZB_PACKAGE_PRIVATE(qzb_org::entrustment_count)
QZB_PACKAGE_PRIVATE(qzb_org::entrustment_at)
QZB_PACKAGE_PRIVATE(qzb_org::entrusted_count)
QZB_PACKAGE_PRIVATE(qzb_org::entrusted_at)
QZB_PACKAGE_PRIVATE(qzb_rules::load_file)
QZB_PACKAGE_PRIVATE(qzb_rules::load_memory)
QZB_PACKAGE_PRIVATE(qzb_rules::count)
QZB_PACKAGE_PRIVATE(qzb_rules::entry)
QZB_PACKAGE_PRIVATE(qzb_answer::person_count)
QZB_PACKAGE_PRIVATE(qzb_answer::person)
QZB_PACKAGE_PRIVATE(qzb_answer::body_count)
QZB_PACKAGE_PRIVATE(qzb_answer::body)
QZB_PACKAGE_PRIVATE(qzb_answer::role_count)
QZB_PACKAGE_PRIVATE(qzb_answer::role)
QZB_PACKAGE_PRIVATE(qzb_answer::citation_count)
QZB_PACKAGE_PRIVATE(qzb_answer::citation)
QZB_PACKAGE_PRIVATE(qzb_answer::finding_count)
QZB_PACKAGE_PRIVATE(qzb_answer::finding)
QZB_PACKAGE_PRIVATE(qzb_answer::value)
QZB_PACKAGE_PRIVATE(qzb_model::matter_count)
QZB_PACKAGE_PRIVATE(qzb_model::matter_at)
QZB_PACKAGE_PRIVATE(qzb_model::query_meeting)
QZB_PACKAGE_PRIVATE(qzb_model::query_sign)
QZB_PACKAGE_PRIVATE(qzb_model::query_acting)
QZB_PACKAGE_PRIVATE(qzb_model::query_deadline)
QZB_PACKAGE_PRIVATE(qzb_model::query_leave)
QZB_PACKAGE_PRIVATE(qzb_model::query_quorum)
QZB_PACKAGE_PRIVATE(qzb_model::query_substitute)
QZB_PACKAGE_PRIVATE(qzb_model::query_periodic)
QZB_PACKAGE_PRIVATE(qzb_model::query_normative)
QZB_PACKAGE_PRIVATE(qzb_model::query_matter)
QZB_PACKAGE_PRIVATE(qzb_calendar::arrangement_list)
QZB_PACKAGE_PRIVATE(qzb_org::tenure_list)
QZB_PACKAGE_PRIVATE(qzb_org::absence_list)
QZB_PACKAGE_PRIVATE(qzb_org::entrustment_list)
QZB_PACKAGE_PRIVATE(qzb_org::entrusted_list)
QZB_PACKAGE_PRIVATE(qzb_rules::entry_list)
QZB_PACKAGE_PRIVATE(qzb_model::matter_list)
QZB_PACKAGE_PRIVATE(qzb_model::obligation_list)
QZB_PACKAGE_PRIVATE(qzb_model::query_sign_utf8)

/* Every proxy releases its native object through java.lang.ref.Cleaner
 * (never a finalizer); the SWIG plumbing (pointer constructor, getCPtr,
 * delete) is package-private. Handles are AutoCloseable: close() runs the
 * cleaning action at once, and a second close() does nothing. */
%typemap(javaclassmodifiers) SWIGTYPE "public final class"
%typemap(javabody) SWIGTYPE %{
  private transient long swigCPtr;
  private final transient java.lang.ref.Cleaner.Cleanable swigCleanable;

  $javaclassname(long cPtr, boolean cMemoryOwn) {
    swigCPtr = cPtr;
    swigCleanable = cMemoryOwn && cPtr != 0 ? Native.CLEANER.register(this, new Release(cPtr)) : null;
  }

  /** Frees the native object; holds no reference to the proxy, as a Cleaner requires. */
  private static final class Release implements Runnable {
    private final long ptr;

    Release(long ptr) {
      this.ptr = ptr;
    }

    @Override
    public void run() {
      $imclassname.delete_$javaclassname(ptr);
    }
  }

  static long getCPtr($javaclassname obj) {
    return (obj == null) ? 0 : obj.swigCPtr;
  }
%}
%typemap(javadestruct, methodname="delete", methodmodifiers="synchronized", parameters="") SWIGTYPE {
    if (swigCPtr != 0) {
      swigCPtr = 0;
      if (swigCleanable != null) {
        swigCleanable.clean();
      }
    }
  }
%typemap(javafinalize) SWIGTYPE ""
%define QZB_CLOSEABLE(TYPE)
%typemap(javainterfaces) TYPE "AutoCloseable";
%enddef
QZB_CLOSEABLE(qzb_calendar)
QZB_CLOSEABLE(qzb_org)
QZB_CLOSEABLE(qzb_rules)
QZB_CLOSEABLE(qzb_model)
QZB_CLOSEABLE(qzb_model_slot)

/* ------------------------------------------------------------------ */
/* Required arguments: null throws NullPointerException naming it       */
/* ------------------------------------------------------------------ */

%typemap(javain) qz_date "Dates.toDay($javainput, \"$javainput\")"
%typemap(javain) const char *type, const char *kind, const char *post, const char *path,
                 const char *principal, const char *substitute, const char *region,
                 const char *tag, const char *role, const char *unit,
                 const char *actor, const char *text, const char *code
    "Strings.toUtf8(java.util.Objects.requireNonNull($javainput, \"$javainput\"))"
/* A handle argument must be given and open. */
%define QZB_JAVA_HANDLE_ARG(CTYPE, NAME)
%typemap(javain) CTYPE *NAME "Native.open($javaclassname.getCPtr(java.util.Objects.requireNonNull($javainput, \"NAME\")), \"NAME\")"
%enddef
QZB_JAVA_HANDLE_ARG(qzb_model, model)
QZB_JAVA_HANDLE_ARG(qzb_rules, rules)
QZB_JAVA_HANDLE_ARG(qzb_org, org)
QZB_JAVA_HANDLE_ARG(qzb_org, other)
QZB_JAVA_HANDLE_ARG(qzb_calendar, calendar)

/* ------------------------------------------------------------------ */
/* Answers: copied into a plain Java object in the call that asks       */
/* ------------------------------------------------------------------ */

/* A question's qz_answer never reaches Java: the wrapper serialises it into
 * one byte[] (read by Answer.decode), frees it and returns the bytes, so an
 * answer holds no native memory and costs one JNI call. Layout (little
 * endian): ints; strings as an int length (-1 for none) and UTF-8 bytes.
 * See AnswerReader.java for the reading side. */
%{
typedef struct qzb_out {
    unsigned char *p;
    size_t len, cap;
    unsigned char *heap; /* non-NULL once grown past the stack buffer */
    int failed;
} qzb_out;

/* Makes room for `more` bytes (the slow path: the buffer grows onto the
 * heap); returns 0, or -1 once out of memory. */
static int qzb_out_grow(qzb_out *o, size_t more)
{
    size_t cap;
    unsigned char *n;
    if (o->failed)
        return -1;
    cap = o->cap ? o->cap * 2 : 256;
    while (cap < o->len + more)
        cap *= 2;
    n = (unsigned char *)(o->heap ? realloc(o->heap, cap) : malloc(cap));
    if (!n) {
        o->failed = 1;
        return -1;
    }
    if (!o->heap && o->len)
        memcpy(n, o->p, o->len);
    o->heap = n;
    o->p = n;
    o->cap = cap;
    return 0;
}

/* Called for every field of every answer: the common case (room left)
 * stays inline. */
static inline int qzb_out_reserve(qzb_out *o, size_t more)
{
    return o->len + more <= o->cap && !o->failed ? 0 : qzb_out_grow(o, more);
}

static inline void qzb_out_int(qzb_out *o, int32_t v)
{
    uint32_t u = (uint32_t)v;
    unsigned char *p;
    if (qzb_out_reserve(o, 4) < 0)
        return;
    p = o->p + o->len;
    p[0] = (unsigned char)u;
    p[1] = (unsigned char)(u >> 8);
    p[2] = (unsigned char)(u >> 16);
    p[3] = (unsigned char)(u >> 24);
    o->len += 4;
}

static void qzb_out_long(qzb_out *o, int64_t v)
{
    qzb_out_int(o, (int32_t)(uint32_t)((uint64_t)v & 0xffffffffu));
    qzb_out_int(o, (int32_t)(uint32_t)((uint64_t)v >> 32));
}

static inline void qzb_out_str(qzb_out *o, const char *s)
{
    size_t n;
    if (!s) {
        qzb_out_int(o, -1);
        return;
    }
    n = strlen(s);
    if (n > INT32_MAX / 2) {
        o->failed = 1;
        return;
    }
    if (qzb_out_reserve(o, n + 4) < 0)
        return;
    qzb_out_int(o, (int32_t)n);
    memcpy(o->p + o->len, s, n);
    o->len += n;
}

/* The label of a citation (第五十四条第(一)项) from a small per-thread
 * cache: the Chinese numerals cost more than copying the rest of an
 * answer, and the same articles are cited again and again. */
#define QZB_LABEL_SLOTS 64
static _Thread_local struct {
    int article, item, ok;
    char label[QZ_CITATION_LABEL_BUFSIZE];
} qzb_labels[QZB_LABEL_SLOTS];

static const char *qzb_citation_label(int article, int item)
{
    unsigned h = ((unsigned)article * 31u + (unsigned)item) % QZB_LABEL_SLOTS;
    if (!qzb_labels[h].ok || qzb_labels[h].article != article || qzb_labels[h].item != item) {
        qzb_labels[h].ok = 0;
        if (qz_citation_label(qzb_labels[h].label, sizeof qzb_labels[h].label, article, item) < 0)
            return "";
        qzb_labels[h].article = article;
        qzb_labels[h].item = item;
        qzb_labels[h].ok = 1;
    }
    return qzb_labels[h].label;
}

/* The figures an answer may carry (QZ_VALUE_MET .. QZ_VALUE_MINUTES_OPTIONAL;
 * the library keeps 32 slots and Answer.java accepts keys up to 63). */
#define QZB_VALUE_LAST 32

/* The organisation's unit for a body the rules name: the unit with the
 * body's id, else the one unit tagged with it; NULL when the organisation
 * names none (or several). */
static const char *qzb_body_unit(const qz_org *org, const char *id)
{
    if (!org || !id)
        return NULL;
    if (qz_org_kind_of(org, id) == QZ_ORG_UNIT)
        return id;
    return qz_org_tagged_unit_count(org, id) == 1 ? qz_org_tagged_unit_at(org, id, 0) : NULL;
}

static void qzb_answer_write(qzb_out *o, const qz_answer *a, const qz_org *org, int explain)
{
    size_t i, n;
    int k, nvalues = 0;
    qzb_out_int(o, (int32_t)qz_answer_kind(a));
    qzb_out_int(o, qz_answer_found(a) != 0);
    qzb_out_int(o, (int32_t)qz_answer_date(a));
    qzb_out_str(o, qz_answer_reason(a));
    /* Rendering the explanation costs more than the question: it is
     * written only when Answer.getExplanation() asks again for it. */
    qzb_out_str(o, explain ? qz_answer_explanation(a) : NULL);
    qzb_out_str(o, qz_answer_subject(a));
    qzb_out_str(o, qz_answer_subject_label(a));
    int keys[QZB_VALUE_LAST];
    for (k = 1; k < QZB_VALUE_LAST; k++)
        if (qz_answer_has(a, (qz_value)k))
            keys[nvalues++] = k;
    qzb_out_int(o, nvalues);
    for (k = 0; k < nvalues; k++) {
        qzb_out_int(o, keys[k]);
        qzb_out_long(o, qz_answer_value(a, (qz_value)keys[k]));
    }
    n = qz_answer_person_count(a);
    qzb_out_int(o, (int32_t)n);
    for (i = 0; i < n; i++) {
        const char *post = qz_answer_person_post(a, i);
        qzb_out_int(o, (int32_t)qz_answer_person_capacity(a, i));
        qzb_out_int(o, (int32_t)qz_answer_person_via(a, i));
        qzb_out_int(o, qz_answer_person_citation(a, i));
        qzb_out_str(o, post);
        qzb_out_str(o, org && post ? qz_org_post_name(org, post) : NULL);
        qzb_out_str(o, qz_answer_person_role(a, i));
        qzb_out_str(o, qz_answer_person_id(a, i));
        qzb_out_str(o, qz_answer_person_name(a, i));
        qzb_out_str(o, qz_answer_person_for_post(a, i));
        qzb_out_str(o, qz_answer_person_for_person(a, i));
    }
    n = qz_answer_unit_count(a);
    qzb_out_int(o, (int32_t)n);
    for (i = 0; i < n; i++) {
        const char *id = qz_answer_unit_id(a, i), *unit = qzb_body_unit(org, id);
        qzb_out_int(o, (int32_t)qz_answer_unit_capacity(a, i));
        qzb_out_str(o, id);
        qzb_out_str(o, qz_answer_unit_name(a, i));
        qzb_out_str(o, unit);
        qzb_out_str(o, unit ? qz_org_unit_name(org, unit) : NULL);
    }
    n = qz_answer_role_count(a);
    qzb_out_int(o, (int32_t)n);
    for (i = 0; i < n; i++) {
        qzb_out_int(o, (int32_t)qz_answer_role_capacity(a, i));
        qzb_out_str(o, qz_answer_role_id(a, i));
        qzb_out_str(o, qz_answer_role_label(a, i));
    }
    n = qz_answer_citation_count(a);
    qzb_out_int(o, (int32_t)n);
    for (i = 0; i < n; i++) {
        int article = qz_answer_citation_article(a, i), item = qz_answer_citation_item(a, i);
        qzb_out_int(o, article);
        qzb_out_int(o, item);
        qzb_out_str(o, qz_answer_citation_text(a, i));
        qzb_out_str(o, qz_answer_citation_rule(a, i));
        qzb_out_str(o, qzb_citation_label(article, item));
    }
    n = qz_answer_finding_count(a);
    qzb_out_int(o, (int32_t)n);
    for (i = 0; i < n; i++) {
        qzb_out_str(o, qz_answer_finding_id(a, i));
        qzb_out_str(o, qz_answer_finding_text(a, i));
    }
}

/* An item of obligations(): its obligation fields, then its answer's bytes
 * (length first, read by Answer.decode), explanation included: the list is
 * read once. */
static void qzb_obligation_write(qzb_out *o, const qz_answer *it, const qz_org *org)
{
    size_t at;
    qzb_out_str(o, qz_obligation_trigger_name(qz_answer_obligation_trigger(it)));
    qzb_out_str(o, qz_answer_obligation_action(it));
    qzb_out_str(o, qz_answer_obligation_action_label(it));
    qzb_out_str(o, qz_answer_obligation_object(it));
    qzb_out_str(o, qz_answer_obligation_event(it));
    qzb_out_str(o, qz_answer_obligation_event_label(it));
    at = o->len;
    qzb_out_int(o, 0); /* the answer's length, written once known */
    qzb_answer_write(o, it, org, 1);
    if (!o->failed) {
        uint32_t n = (uint32_t)(o->len - at - 4);
        o->p[at] = (unsigned char)n;
        o->p[at + 1] = (unsigned char)(n >> 8);
        o->p[at + 2] = (unsigned char)(n >> 16);
        o->p[at + 3] = (unsigned char)(n >> 24);
    }
}

/* Set by QuanzeJNI.explainNext() for the next answer of this thread. */
static _Thread_local int qzb_java_explain;

SWIGEXPORT void JNICALL Java_org_quanze_QuanzeJNI_explainNext(JNIEnv *jenv, jclass cls)
{
    (void)jenv;
    (void)cls;
    qzb_java_explain = 1;
}

/* The answer as bytes for Answer.decode (NULL with an exception pending on
 * failure); frees the answer in every case. */
static jbyteArray qzb_java_answer(JNIEnv *jenv, qz_answer *a, const qz_model *model)
{
    unsigned char stack[4096];
    qzb_out o;
    jbyteArray bytes = NULL;
    int explain = qzb_java_explain;
    qzb_java_explain = 0; /* for this answer only, even when the question failed */
    if (!a)
        return NULL;
    o.p = stack;
    o.len = 0;
    o.cap = sizeof stack;
    o.heap = NULL;
    o.failed = 0;
    qzb_answer_write(&o, a, model ? qz_model_org(model) : NULL, explain);
    qz_answer_free(a);
    if (o.failed) {
        qzb_java_throw_class(jenv, "java/lang/OutOfMemoryError", "out of memory copying an answer");
    } else if (!(*jenv)->ExceptionCheck(jenv)) {
        bytes = (*jenv)->NewByteArray(jenv, (jsize)o.len);
        if (bytes)
            (*jenv)->SetByteArrayRegion(jenv, bytes, 0, (jsize)o.len, (const jbyte *)o.p);
    }
    free(o.heap);
    return bytes;
}
%}

/* The queries are methods of qzb_model: `arg1` is the model. */
%typemap(jni) qzb_answer * "jbyteArray"
%typemap(jtype) qzb_answer * "byte[]"
%typemap(jstype) qzb_answer * "Answer"
/* The answer keeps a way to ask again, for its explanation only. */
%typemap(javaout) qzb_answer * {
    return Answer.decode($jnicall, () -> {
      QuanzeJNI.explainNext();
      return $jnicall;
    });
  }
%typemap(out) qzb_answer * %{ $result = qzb_java_answer(jenv, $1, arg1); %}


/* ------------------------------------------------------------------ */
/* Records: copied into plain Java objects in the call that reads them  */
/* ------------------------------------------------------------------ */

/* Day, Tenure, Absence, Entrustment, Entry and Matter are final Java
 * classes (bindings/java/src): a method returning one gets the record's
 * bytes (the binding's C copy is written, then freed, in the same call) and
 * a list comes in one call as the records' bytes one after the other. */
%{
typedef void (*qzb_encode_fn)(qzb_out *o, const void *rec);
typedef void (*qzb_release_fn)(void *rec);

/* The bytes of `o` as a new byte[] (NULL with an exception pending when
 * something failed); frees what `o` allocated. */
static jbyteArray qzb_java_out_bytes(JNIEnv *jenv, qzb_out *o)
{
    jbyteArray bytes = NULL;
    if (o->failed) {
        qzb_java_throw_class(jenv, "java/lang/OutOfMemoryError", "out of memory copying a record");
    } else if (!(*jenv)->ExceptionCheck(jenv)) {
        bytes = (*jenv)->NewByteArray(jenv, (jsize)o->len);
        if (bytes && o->len)
            (*jenv)->SetByteArrayRegion(jenv, bytes, 0, (jsize)o->len, (const jbyte *)o->p);
    }
    free(o->heap);
    o->heap = NULL;
    return bytes;
}

/* One record as bytes (NULL for no record); frees the record. */
static jbyteArray qzb_java_record(JNIEnv *jenv, void *rec, qzb_encode_fn encode, qzb_release_fn release)
{
    unsigned char stack[512];
    qzb_out o = {stack, 0, sizeof stack, NULL, 0};
    if (!rec)
        return NULL;
    encode(&o, rec);
    release(rec);
    return qzb_java_out_bytes(jenv, &o);
}

/* A list being written by a Java-only list method: owned by the wrapper,
 * which turns it into bytes and frees it. */
typedef struct qzb_list {
    qzb_out o;
} qzb_list;

static qzb_list *qzb_list_new(void)
{
    qzb_list *l = (qzb_list *)calloc(1, sizeof *l);
    if (!l)
        qzb_fail(QZ_ENOMEM, "out of memory");
    return l;
}

/* Appends one binding-owned record (NULL: the copy failed, recorded) and
 * frees it; returns -1 once the list is unusable. */
static int qzb_list_add(qzb_list *l, void *rec, qzb_encode_fn encode, qzb_release_fn release)
{
    if (!rec)
        return -1;
    encode(&l->o, rec);
    release(rec);
    if (l->o.failed)
        return qzb_fail(QZ_ENOMEM, "out of memory");
    return 0;
}

static jbyteArray qzb_java_list(JNIEnv *jenv, qzb_list *l)
{
    jbyteArray bytes = NULL;
    if (!l)
        return NULL;
    if (!(*jenv)->ExceptionCheck(jenv) && qzb_status >= 0)
        bytes = qzb_java_out_bytes(jenv, &l->o);
    free(l->o.heap);
    free(l);
    return bytes;
}

/* The writers and releasers of the six records (defined at the end of this
 * file, after quanze.i declares the structs). */
#define QZB_RECORD_FNS(type)                                   \
    struct type;                                               \
    static void type##_encode(qzb_out *o, const struct type *r); \
    static void type##_release(struct type *r);
QZB_RECORD_FNS(qzb_day)
QZB_RECORD_FNS(qzb_tenure)
QZB_RECORD_FNS(qzb_absence)
QZB_RECORD_FNS(qzb_entrustment)
QZB_RECORD_FNS(qzb_entry)
QZB_RECORD_FNS(qzb_matter)

#define QZB_LIST_ADD(l, rec, type)                                                               \
    if (qzb_list_add(l, rec, (qzb_encode_fn)type##_encode, (qzb_release_fn)type##_release) < 0) \
    return l
%}

%define QZB_JAVA_RECORD(CTYPE, JTYPE)
%typemap(jni) struct CTYPE *, CTYPE * "jbyteArray"
%typemap(jtype) struct CTYPE *, CTYPE * "byte[]"
%typemap(jstype) struct CTYPE *, CTYPE * "JTYPE"
%typemap(javaout) struct CTYPE *, CTYPE * { return JTYPE.decode($jnicall); }
%typemap(out) struct CTYPE *, CTYPE *
%{ $result = qzb_java_record(jenv, $1, (qzb_encode_fn)CTYPE##_encode, (qzb_release_fn)CTYPE##_release); %}
%enddef
QZB_JAVA_RECORD(qzb_day, Day)
QZB_JAVA_RECORD(qzb_tenure, Tenure)
QZB_JAVA_RECORD(qzb_absence, Absence)
QZB_JAVA_RECORD(qzb_entrustment, Entrustment)
QZB_JAVA_RECORD(qzb_entry, Entry)
QZB_JAVA_RECORD(qzb_matter, Matter)

/* The list methods hand their bytes to the Java layer (X.decodeList). */
%typemap(jni) qzb_list * "jbyteArray"
%typemap(jtype) qzb_list * "byte[]"
%typemap(jstype) qzb_list * "byte[]"
%typemap(javaout) qzb_list * { return $jnicall; }
%typemap(out) qzb_list * %{ $result = qzb_java_list(jenv, $1); %}

/* The pre-encoded arguments of query_sign_utf8 (end of this file). */
%apply const char * { const char *kind_utf8, const char *issuer_utf8, const char *recipient_utf8 };
%typemap(jstype) const char *kind_utf8, const char *issuer_utf8, const char *recipient_utf8 "byte[]"
%typemap(javain) const char *kind_utf8, const char *issuer_utf8, const char *recipient_utf8 "$javainput"
%apply (const char *const *LIST, size_t COUNT) {
    (const char *const *portfolios_utf8, size_t nportfolios),
    (const char *const *facts_utf8, size_t nfacts)
};
%typemap(jstype) (const char *const *portfolios_utf8, size_t nportfolios),
                 (const char *const *facts_utf8, size_t nfacts) "byte[][]"
%typemap(javain) (const char *const *portfolios_utf8, size_t nportfolios),
                 (const char *const *facts_utf8, size_t nfacts) "$javainput"
%pragma(java) jniclasscode=%{
  /** The next answer this thread receives carries its explanation. */
  static native void explainNext();

  static {
    NativeLoader.load();
  }
%}
%pragma(java) moduleclassmodifiers="public final class"

%include "java_checks.i"
%include "java_layer.i"
%include "quanze.i"

/* ------------------------------------------------------------------ */
/* Batch calls                                                         */
/* ------------------------------------------------------------------ */

%extend qzb_calendar {
    /** add_workdays(d, n) over an array of epoch days, in place. */
    void add_workdays_array(qz_date *DAYS, size_t N, int n) {
        size_t failed = 0;
        if (qzb_add_workdays_array($self, DAYS, N, n, &failed) < 0)
            qzb_fail_item(failed);
    }
    /** workdays_between(from[i], to[i]) over arrays of epoch days; `to` receives the counts. */
    void workdays_between_array(const qz_date *FROM, size_t NFROM, qz_date *DAYS, size_t N) {
        size_t failed = 0;
        if (NFROM != N) {
            qzb_fail(QZ_EINVAL, "the arrays differ in length (%zu and %zu)", NFROM, N);
            return;
        }
        if (qzb_workdays_between_array($self, FROM, DAYS, N, &failed) < 0)
            qzb_fail_item(failed);
    }
}


/* ------------------------------------------------------------------ */
/* Records: the writers (field order = the Java classes' constructors)   */
/* ------------------------------------------------------------------ */

%{
static void qzb_day_encode(qzb_out *o, const qzb_day *d)
{
    qzb_out_int(o, d->date);
    qzb_out_int(o, (int32_t)d->kind);
    qzb_out_str(o, d->name);
    qzb_out_int(o, d->year);
    qzb_out_int(o, d->assumed);
}
static void qzb_day_release(qzb_day *d)
{
    free(d->name);
    free(d);
}

static void qzb_tenure_encode(qzb_out *o, const qzb_tenure *t)
{
    qzb_out_str(o, t->post);
    qzb_out_str(o, t->person);
    qzb_out_int(o, t->start);
    qzb_out_int(o, t->end);
}
static void qzb_tenure_release(qzb_tenure *t)
{
    QZB_FREE2(t->post, t->person);
    free(t);
}

static void qzb_absence_encode(qzb_out *o, const qzb_absence *a)
{
    qzb_out_str(o, a->person);
    qzb_out_int(o, a->start);
    qzb_out_int(o, a->end);
    qzb_out_int(o, a->away_from_county);
    qzb_out_str(o, a->reason);
}
static void qzb_absence_release(qzb_absence *a)
{
    QZB_FREE2(a->person, a->reason);
    free(a);
}

static void qzb_entrustment_encode(qzb_out *o, const qzb_entrustment *e)
{
    qzb_out_str(o, e->by);
    qzb_out_str(o, e->agent);
    qzb_out_int(o, (int32_t)e->scope);
    qzb_out_str(o, e->subject);
    qzb_out_int(o, e->start);
    qzb_out_int(o, e->end);
    qzb_out_str(o, e->note);
}
static void qzb_entrustment_release(qzb_entrustment *e)
{
    QZB_FREE2(e->by, e->agent);
    QZB_FREE2(e->subject, e->note);
    free(e);
}

static void qzb_entry_encode(qzb_out *o, const qzb_entry *e)
{
    qzb_out_int(o, (int32_t)e->section);
    qzb_out_long(o, (int64_t)e->index);
    qzb_out_str(o, e->id);
    qzb_out_str(o, e->label);
}
static void qzb_entry_release(qzb_entry *e)
{
    QZB_FREE2(e->id, e->label);
    free(e);
}

static void qzb_matter_encode(qzb_out *o, const qzb_matter *m)
{
    qzb_out_int(o, (int32_t)m->kind);
    qzb_out_long(o, (int64_t)m->index);
    qzb_out_str(o, m->id);
    qzb_out_str(o, m->label);
}
static void qzb_matter_release(qzb_matter *m)
{
    QZB_FREE2(m->id, m->label);
    free(m);
}

%}

/* The lists, each in one call (package-private; the Java layer decodes). */
%extend qzb_calendar {
    qzb_list *arrangement_list(int year) {
        qzb_list *l = qzb_list_new();
        size_t i, n = l ? qzb_calendar_arrangement_count($self, year) : 0;
        for (i = 0; l && qzb_status >= 0 && i < n; i++)
            QZB_LIST_ADD(l, qzb_calendar_arrangement_at($self, year, i), qzb_day);
        return l;
    }
}
%extend qzb_org {
    qzb_list *tenure_list(const char *post) {
        qzb_list *l = qzb_list_new();
        size_t i, n = l ? qzb_org_tenure_count($self, post) : 0;
        for (i = 0; l && qzb_status >= 0 && i < n; i++)
            QZB_LIST_ADD(l, qzb_org_tenure_at($self, post, i), qzb_tenure);
        return l;
    }
    qzb_list *absence_list(const char *person) {
        qzb_list *l = qzb_list_new();
        size_t i, n = l ? qzb_org_absence_count($self, person) : 0;
        for (i = 0; l && qzb_status >= 0 && i < n; i++)
            QZB_LIST_ADD(l, qzb_org_absence_at($self, person, i), qzb_absence);
        return l;
    }
    qzb_list *entrustment_list() {
        qzb_list *l = qzb_list_new();
        size_t i, n = l ? qzb_org_entrustment_count($self) : 0;
        for (i = 0; l && qzb_status >= 0 && i < n; i++)
            QZB_LIST_ADD(l, qzb_org_entrustment_at($self, i), qzb_entrustment);
        return l;
    }
    qzb_list *entrusted_list(const char *by, qz_date date) {
        qzb_list *l = qzb_list_new();
        size_t i, n = l ? qzb_org_entrusted_count($self, by, date) : 0;
        for (i = 0; l && qzb_status >= 0 && i < n; i++)
            QZB_LIST_ADD(l, qzb_org_entrusted_at($self, by, date, i), qzb_entrustment);
        return l;
    }
}
%extend qzb_rules {
    qzb_list *entry_list(qz_rules_section section) {
        qzb_list *l = qzb_list_new();
        size_t i, n = l ? qz_rules_count($self, section) : 0;
        for (i = 0; l && qzb_status >= 0 && i < n; i++)
            QZB_LIST_ADD(l, qzb_entry_new($self, section, i), qzb_entry);
        return l;
    }
}
%extend qzb_model {
    qzb_list *matter_list(qz_date date) {
        qzb_list *l = qzb_list_new();
        size_t i, n = l ? qzb_model_matter_count($self, date) : 0;
        for (i = 0; l && qzb_status >= 0 && i < n; i++)
            QZB_LIST_ADD(l, qzb_model_matter_at($self, date, i), qzb_matter);
        return l;
    }
}

/* obligations(): the items of the list answer one after the other
 * (qzb_obligation_write). */
%extend qzb_model {
    /* `post_or_none`, `unit_or_none`: none for anyone's obligations. */
    qzb_list *obligation_list(const char *post_or_none, const char *unit_or_none, qz_date from, qz_date to) {
        qz_answer *a = NULL;
        qz_obligations_request req = QZ_OBLIGATIONS_REQUEST_INIT;
        qzb_list *l;
        size_t i, n;
        req.post = post_or_none;
        req.unit = unit_or_none;
        req.from = from;
        req.to = to;
        if (qzb_check(qz_query_obligations(&a, $self, &req)) < 0)
            return NULL;
        l = qzb_list_new();
        n = l ? qz_answer_item_count(a) : 0;
        for (i = 0; i < n; i++)
            qzb_obligation_write(&l->o, qz_answer_item(a, i), qz_model_org($self));
        qz_answer_free(a);
        if (l && l->o.failed)
            qzb_fail(QZ_ENOMEM, "out of memory");
        return l;
    }
}

/* sign() with the request's ids already encoded (SignRequest keeps its
 * UTF-8 bytes): the same question as query_sign, without re-encoding the
 * same ids on every call. */
%newobject qzb_model::query_sign_utf8;
%extend qzb_model {
    qzb_answer *query_sign_utf8(const char *kind_utf8, qz_date date, const char *issuer_utf8,
                                const char *recipient_utf8, bool major_policy, bool broad_scope,
                                bool decided_by_executive, bool routine,
                                const char *const *portfolios_utf8, size_t nportfolios,
                                const char *const *facts_utf8, size_t nfacts) {
        return qzb_model_query_sign($self, kind_utf8, date, issuer_utf8, recipient_utf8, major_policy,
                                    broad_scope, decided_by_executive, routine, portfolios_utf8,
                                    nportfolios, facts_utf8, nfacts);
    }
}

%include "java_checks_layer.i"
