/*
 * python.i: the Python binding. Builds the extension `_quanze` and its proxy
 * module `quanze._core`; the package `quanze` (bindings/python/quanze)
 * re-exports what users see.
 *
 * Python specifics: datetime.date in and out (ISO strings accepted), the
 * exception classes of quanze.errors, answers and records with attributes
 * and readable repr(), lists as Python lists, and batch calls that loop in
 * C over a list of dates.
 */
%module(package="quanze", threads="1") _core

#define QZB_LANGUAGE python

%begin %{
#define PY_SSIZE_T_CLEAN
%}

%{
#include <Python.h>
#include <datetime.h>

static void qzb_py_raise(int code);
#define QZB_RAISE(code) do { qzb_py_raise(code); SWIG_fail; } while (0)
%}

/* A handle's self pointer is NULL only after close(). */
%typemap(check) qzb_calendar *self, qzb_org *self, qzb_rules *self,
                qzb_model *self, qzb_answer *self, qzb_model_slot *self
%{
    if (!$1) {
        PyErr_SetString(PyExc_ValueError, "the object is closed");
        SWIG_fail;
    }
%}

%init %{
    PyDateTime_IMPORT;
%}

/* None where a string is required raises TypeError naming the parameter
 * (SWIG would pass NULL, and the library would answer InvalidArgumentError).
 * The parameters that may be absent keep accepting None. */
%{
static int qzb_py_none_ok(const char *func, const char *param)
{
    static const char *const optional[] = {"issuer", "recipient", "portfolio", "matter", "destination",
                                           "approved_by", "subject", "proposed", "meeting", "matter_kind",
                                           "docnum", "record_file", "draft_name", NULL};
    size_t i;
    for (i = 0; optional[i]; i++)
        if (strcmp(param, optional[i]) == 0)
            return 1;
    /* obligations(post=None, unit=None): anyone's */
    if ((strcmp(param, "post") == 0 || strcmp(param, "unit") == 0) && strstr(func, "query_obligations"))
        return 1;
    /* absences(person=None): everyone's */
    return strcmp(param, "person") == 0 && strstr(func, "_absence_") != NULL;
}
%}
%typemap(check) const char * {
    if (!$1 && !qzb_py_none_ok("$symname", "$1_name")) {
        PyErr_SetString(PyExc_TypeError, "$symname: '$1_name' must be a str, not None");
        SWIG_fail;
    }
}
%typemap(check) const char *data "";

/* ------------------------------------------------------------------ */
/* Dates                                                               */
/* ------------------------------------------------------------------ */

%{
/* A datetime.date (or datetime), an ISO "YYYY-MM-DD" string, or a day
 * number (days since 1970-01-01) to a qz_date. */
static int qzb_py_to_date(PyObject *o, qz_date *out)
{
    if (PyDate_Check(o)) {
        /* A date object is always a valid day of years 1-9999: count the
         * days directly (the hot path of the batch calls). */
        int y = PyDateTime_GET_YEAR(o), m = PyDateTime_GET_MONTH(o), d = PyDateTime_GET_DAY(o);
        int era, yoe, doy;
        y -= m <= 2;
        era = y / 400;
        yoe = y - era * 400;
        doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        *out = (qz_date)(era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468);
        return 0;
    }
    if (PyUnicode_Check(o)) {
        const char *s = PyUnicode_AsUTF8(o);
        if (!s)
            return -1;
        if (qz_date_parse(out, s) < 0) {
            qzb_fail(QZ_EINVAL, "'%s' is not a date (YYYY-MM-DD)", s);
            qzb_py_raise(QZ_EINVAL);
            return -1;
        }
        return 0;
    }
    if (PyLong_Check(o) && !PyBool_Check(o)) {
        long v = PyLong_AsLong(o);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (v <= INT32_MIN || v >= INT32_MAX) {
            PyErr_SetString(PyExc_OverflowError, "day number out of range");
            return -1;
        }
        *out = (qz_date)v;
        return 0;
    }
    PyErr_Format(PyExc_TypeError, "expected a datetime.date or a 'YYYY-MM-DD' string, not %.100s",
                 Py_TYPE(o)->tp_name);
    return -1;
}

static PyObject *qzb_py_from_date(qz_date d)
{
    int y, m, day;
    qz_date_to_ymd(&y, &m, &day, d);
    if (y < 1 || y > 9999) {
        PyErr_Format(PyExc_OverflowError, "year %d is outside datetime.date's range", y);
        return NULL;
    }
    return PyDate_FromDate(y, m, day);
}
%}

%typemap(in) qz_date {
    if (qzb_py_to_date($input, &$1) < 0)
        SWIG_fail;
}
%typemap(out) qz_date {
    if (!($result = qzb_py_from_date($1)))
        SWIG_fail;
}
%typemap(in) qzb_opt_date {
    if ($input == Py_None)
        $1 = QZB_NO_DATE;
    else if (qzb_py_to_date($input, &$1) < 0)
        SWIG_fail;
}
%typemap(out) qzb_opt_date {
    if ($1 == QZB_NO_DATE) {
        $result = Py_None;
        Py_INCREF(Py_None);
    } else if (!($result = qzb_py_from_date($1))) {
        SWIG_fail;
    }
}

/* Strings the library returns may be NULL: None. Decoding is strict UTF-8. */

/* ------------------------------------------------------------------ */
/* Byte buffers, string lists and date lists                           */
/* ------------------------------------------------------------------ */

%typemap(in) (const char *data, size_t size) (Py_buffer view) {
    view.obj = NULL;
    if (PyObject_GetBuffer($input, &view, PyBUF_SIMPLE) < 0)
        SWIG_fail;
    $1 = ($1_ltype)view.buf;
    $2 = (size_t)view.len;
}
%typemap(freearg) (const char *data, size_t size) {
    if (view$argnum.obj)
        PyBuffer_Release(&view$argnum);
}

%{
/* A sequence of str (or one str, or None) as an array of borrowed UTF-8
 * pointers; `keep` holds the sequence alive until freearg. */
static int qzb_py_strings(PyObject *o, const char ***out, size_t *n, PyObject **keep)
{
    Py_ssize_t i, len;
    *out = NULL;
    *n = 0;
    *keep = NULL;
    if (o == Py_None)
        return 0;
    if (PyUnicode_Check(o))
        *keep = PyTuple_Pack(1, o);
    else
        *keep = PySequence_Fast(o, "expected a list of ids");
    if (!*keep)
        return -1;
    len = PySequence_Fast_GET_SIZE(*keep);
    *out = (const char **)calloc(len ? (size_t)len : 1, sizeof **out);
    if (!*out) {
        PyErr_NoMemory();
        return -1;
    }
    for (i = 0; i < len; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(*keep, i);
        if (!PyUnicode_Check(item)) {
            PyErr_Format(PyExc_TypeError, "expected str ids, not %.100s", Py_TYPE(item)->tp_name);
            return -1;
        }
        if (!((*out)[i] = PyUnicode_AsUTF8(item)))
            return -1;
    }
    *n = (size_t)len;
    return 0;
}

/* A sequence of dates as an array of day numbers (malloc'd). */
static int qzb_py_dates(PyObject *o, qz_date **out, size_t *n)
{
    Py_ssize_t i, len;
    PyObject *seq;
    *out = NULL;
    *n = 0;
    if (o == Py_None) {
        PyErr_SetString(PyExc_TypeError, "expected a list of dates, not None");
        return -1;
    }
    if (PyUnicode_Check(o) || PyBytes_Check(o) || PyByteArray_Check(o)) {
        PyErr_Format(PyExc_TypeError, "expected a list of dates, not %.100s", Py_TYPE(o)->tp_name);
        return -1;
    }
    if (!(seq = PySequence_Fast(o, "expected a list of dates")))
        return -1;
    len = PySequence_Fast_GET_SIZE(seq);
    *out = (qz_date *)malloc((len ? (size_t)len : 1) * sizeof **out);
    if (!*out) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return -1;
    }
    for (i = 0; i < len; i++) {
        if (qzb_py_to_date(PySequence_Fast_GET_ITEM(seq, i), &(*out)[i]) < 0) {
            Py_DECREF(seq);
            return -1;
        }
    }
    Py_DECREF(seq);
    *n = (size_t)len;
    return 0;
}
%}

%typemap(in) (const char *const *LIST, size_t COUNT) (PyObject *keep = NULL) {
    if (qzb_py_strings($input, (const char ***)&$1, &$2, &keep) < 0)
        SWIG_fail;
}
%typemap(freearg) (const char *const *LIST, size_t COUNT) {
    free((void *)$1);
    Py_XDECREF(keep$argnum);
}
%apply (const char *const *LIST, size_t COUNT) {
    (const char *const *portfolios, size_t nportfolios),
    (const char *const *present, size_t npresent),
    (const char *const *flags, size_t nflags),
    (const char *const *facts, size_t nfacts),
    (const char *const *invitees, size_t ninvitees)
};

%typemap(in) (const qz_date *dates, size_t ndates) {
    if (qzb_py_dates($input, (qz_date **)&$1, &$2) < 0)
        SWIG_fail;
}
%typemap(freearg) (const qz_date *dates, size_t ndates) {
    free((void *)$1);
}

/* ------------------------------------------------------------------ */
/* Exceptions                                                          */
/* ------------------------------------------------------------------ */

%{
/* Raises the quanze.errors exception for `code`, built by the module's
 * _from_status() from the failure's message, file, line and column. */
static void qzb_py_raise(int code)
{
    static PyObject *factory;
    qzb_failure f = qzb_failure_of(code);
    PyObject *msg, *file, *exc;
    if (PyErr_Occurred())
        return;
    if (!factory) {
        PyObject *mod = PyImport_ImportModule("quanze.errors");
        if (!mod)
            return;
        factory = PyObject_GetAttrString(mod, "_from_status");
        Py_DECREF(mod);
        if (!factory)
            return;
    }
    msg = PyUnicode_DecodeUTF8(f.message, (Py_ssize_t)strlen(f.message), "replace");
    if (f.file)
        file = PyUnicode_DecodeFSDefault(f.file);
    else {
        file = Py_None;
        Py_INCREF(file);
    }
    if (!msg || !file) {
        Py_XDECREF(msg);
        Py_XDECREF(file);
        return;
    }
    exc = PyObject_CallFunction(factory, "iOOii", f.code, msg, file, f.line, f.column);
    Py_DECREF(msg);
    Py_DECREF(file);
    if (!exc)
        return;
    PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    Py_DECREF(exc);
}
%}

/* ------------------------------------------------------------------ */
/* Names: Python spellings, and the low-level methods the layer wraps   */
/* ------------------------------------------------------------------ */

%feature("autodoc", "1");

/* The questions (microseconds each) run without the GIL, so Python threads
 * sharing a model answer in parallel; the quick calls keep it (releasing it
 * would cost more than they do). */
%nothread;
%thread qzb_model::query_meeting;
%thread qzb_model::query_sign;
%thread qzb_model::query_acting;
%thread qzb_model::query_deadline;
%thread qzb_model::query_leave;
%thread qzb_model::query_quorum;
%thread qzb_model::query_substitute;
%thread qzb_model::query_periodic;
%thread qzb_model::query_normative;
%thread qzb_model::query_matter;
%thread qzb_model::query_obligations;

%rename(default) qzb_calendar::load_default;
%rename(default) qzb_org::load_default;
%rename(default) qzb_rules::load_default;
%rename(default) qzb_model::load_default;
%rename(_load_file) load_file;
%rename(_load_memory) load_memory;
%rename(_overlay_file) overlay_file;
%rename(_overlay_memory) overlay_memory;
%rename(_with_options) with_options;
%rename(_year_origin) year_origin;
%rename(_save) save;
%rename(_create) qzb_model::create;
%rename(_first_year) qzb_calendar::first_year;
%rename(_last_year) qzb_calendar::last_year;
%rename(_region) qzb_calendar::region;
%rename(_source) qzb_calendar::source;
%rename(_id) qzb_org::id;
%rename(_name) qzb_org::name;
%rename(_id) qzb_rules::id;
%rename(_title) qzb_rules::title;
%rename(_document_number) qzb_rules::document_number;
%rename(_authority) qzb_rules::authority;
%rename(_adopted) qzb_rules::adopted;
%rename(_issued) qzb_rules::issued;
%rename(_effective) qzb_rules::effective;
%rename(_expires) qzb_rules::expires;
%rename(_party_group_name) qzb_org::party_group_name;
%rename(_kind) qzb_answer::kind;
%rename(_found) qzb_answer::found;
%rename(_reason) qzb_answer::reason;
%rename(_explanation) qzb_answer::explanation;
%rename(_subject) qzb_answer::subject;
%rename(_subject_label) qzb_answer::subject_label;
%rename(_date) qzb_answer::date;
%rename(_value) qzb_answer::value;
%rename(_rules) qzb_model::rules;
%rename(_org) qzb_model::org;
%rename(_calendar) qzb_model::calendar;
%rename("_%s", regexmatch$name="_(count|at)$") "";
%rename("_%s", regexmatch$name="^query_") "";
%rename(_person) qzb_answer::person;
%rename(_body) qzb_answer::body;
%rename(_role) qzb_answer::role;
%rename(_citation) qzb_answer::citation;
%rename(_finding) qzb_answer::finding;
%rename(_entry) qzb_rules::entry;
%rename(_absence) qzb_org::absence;

%{
/* Day numbers back to date objects, reusing one object per distinct day:
 * 16384 slots indexed by the day number hold every day of 45 years, so a
 * list of dates from the calendar's years creates each date object once. */
#define QZB_CACHE 16384
typedef struct qzb_date_cache {
    qz_date day[QZB_CACHE];
    PyObject *obj[QZB_CACHE];
} qzb_date_cache;

static PyObject *qzb_cached_date(qzb_date_cache *c, qz_date d)
{
    size_t slot = (size_t)(uint32_t)d % QZB_CACHE;
    PyObject *o;
    if (c->obj[slot] && c->day[slot] == d) {
        Py_INCREF(c->obj[slot]);
        return c->obj[slot];
    }
    if (!(o = qzb_py_from_date(d)))
        return NULL;
    Py_XDECREF(c->obj[slot]);
    c->obj[slot] = o;
    c->day[slot] = d;
    Py_INCREF(o);
    return o;
}

static void qzb_cache_clear(qzb_date_cache *c)
{
    size_t i;
    for (i = 0; i < QZB_CACHE; i++)
        Py_XDECREF(c->obj[i]);
    free(c);
}

static PyObject *qzb_days_to_list(const qz_date *days, size_t n)
{
    size_t i;
    PyObject *list = PyList_New((Py_ssize_t)n);
    qzb_date_cache *cache = (qzb_date_cache *)calloc(1, sizeof *cache);
    if (!list || !cache) {
        Py_XDECREF(list);
        free(cache);
        return PyErr_NoMemory();
    }
    for (i = 0; i < n; i++) {
        PyObject *o = qzb_cached_date(cache, days[i]);
        if (!o) {
            Py_DECREF(list);
            list = NULL;
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, o);
    }
    qzb_cache_clear(cache);
    return list;
}

%}

%{
/* The fast batch path: day numbers (days since 1970-01-01) in any object
 * with the buffer protocol holding 32-bit ints (array('i'), a numpy int32
 * array, a memoryview cast to 'i'), answered as an array('i'). No Python
 * object per item: the loop runs over the memory, without the GIL. */
static int qzb_py_is_day_buffer(PyObject *o)
{
    return PyObject_CheckBuffer(o) && !PyBytes_Check(o) && !PyByteArray_Check(o) && !PyUnicode_Check(o);
}

static int qzb_py_day_view(PyObject *o, Py_buffer *view)
{
    const char *f;
    if (PyObject_GetBuffer(o, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return -1;
    f = view->format ? view->format : "B";
    if (*f == '@' || *f == '=' || *f == '<')
        f++;
    if (view->itemsize != (Py_ssize_t)sizeof(qz_date) || (strcmp(f, "i") != 0 && strcmp(f, "l") != 0)) {
        PyErr_Format(PyExc_TypeError, "expected a buffer of 32-bit ints such as array('i') (day numbers), "
                                      "not format '%s' of %zd-byte items",
                     view->format ? view->format : "B", view->itemsize);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

/* array('i', bytes): the result of the fast path, from our own copy. */
static PyObject *qzb_py_int_array(PyObject *bytes)
{
    static PyObject *array_type;
    if (!array_type) {
        PyObject *mod = PyImport_ImportModule("array");
        if (!mod)
            return NULL;
        array_type = PyObject_GetAttrString(mod, "array");
        Py_DECREF(mod);
        if (!array_type)
            return NULL;
    }
    return PyObject_CallFunction(array_type, "sO", "i", bytes);
}
%}

%rename(start_) from; /* only in structs the binding does not wrap */

%include "python_checks.i"
%include "quanze.i"

/* ------------------------------------------------------------------ */
/* Batch calls: loop in C over a list of dates                         */
/* ------------------------------------------------------------------ */



%extend qzb_calendar {
    /**
     * add_workdays(d, n) for every date of `dates`, looping in C: the batch
     * form for checking many records. `dates` is a list (any sequence) of
     * datetime.date, ISO strings or day numbers, and the result a list of
     * datetime.date; or, the fast path, an array('i') (any buffer of 32-bit
     * ints) of day numbers counted from 1970-01-01, and the result an
     * array('i') of day numbers.
     */
    PyObject *add_workdays_many(PyObject *dates, int n) {
        qz_date *days = NULL;
        size_t count = 0, failed = 0;
        PyObject *result = NULL;
        if (qzb_py_is_day_buffer(dates)) {
            Py_buffer view;
            PyObject *bytes;
            int rc;
            if (qzb_py_day_view(dates, &view) < 0)
                return NULL;
            bytes = PyBytes_FromStringAndSize((const char *)view.buf, view.len);
            PyBuffer_Release(&view);
            if (!bytes)
                return NULL;
            Py_BEGIN_ALLOW_THREADS
            rc = qzb_add_workdays_array($self, (qz_date *)PyBytes_AS_STRING(bytes),
                                        (size_t)PyBytes_GET_SIZE(bytes) / sizeof(qz_date), n, &failed);
            Py_END_ALLOW_THREADS
            if (rc < 0)
                qzb_fail_item(failed);
            else
                result = qzb_py_int_array(bytes);
            Py_DECREF(bytes);
            return result;
        }
        if (qzb_py_dates(dates, &days, &count) < 0)
            return NULL;
        if (qzb_add_workdays_array($self, days, count, n, &failed) < 0)
            qzb_fail_item(failed);
        else
            result = qzb_days_to_list(days, count);
        free(days);
        return result;
    }
    /**
     * workdays_between(a, b) for each pair of `starts` and `ends` (of the
     * same length), looping in C. Lists of dates give a list of int; two
     * array('i') (buffers of 32-bit ints) of day numbers, the fast path, give
     * an array('i').
     */
    PyObject *workdays_between_many(PyObject *starts, PyObject *ends) {
        qz_date *a = NULL, *b = NULL;
        size_t na = 0, nb = 0, failed = 0, i;
        PyObject *result = NULL;
        if (qzb_py_is_day_buffer(starts) && qzb_py_is_day_buffer(ends)) {
            Py_buffer va, vb;
            PyObject *bytes = NULL;
            int rc;
            if (qzb_py_day_view(starts, &va) < 0)
                return NULL;
            if (qzb_py_day_view(ends, &vb) < 0) {
                PyBuffer_Release(&va);
                return NULL;
            }
            if (va.len != vb.len)
                PyErr_SetString(PyExc_ValueError, "starts and ends differ in length");
            else
                bytes = PyBytes_FromStringAndSize((const char *)vb.buf, vb.len);
            PyBuffer_Release(&vb);
            if (!bytes) {
                PyBuffer_Release(&va);
                return NULL;
            }
            Py_BEGIN_ALLOW_THREADS
            rc = qzb_workdays_between_array($self, (const qz_date *)va.buf, (qz_date *)PyBytes_AS_STRING(bytes),
                                            (size_t)va.len / sizeof(qz_date), &failed);
            Py_END_ALLOW_THREADS
            PyBuffer_Release(&va);
            if (rc < 0)
                qzb_fail_item(failed);
            else
                result = qzb_py_int_array(bytes);
            Py_DECREF(bytes);
            return result;
        }
        if (qzb_py_dates(starts, &a, &na) < 0 || qzb_py_dates(ends, &b, &nb) < 0)
            goto done;
        if (na != nb) {
            PyErr_SetString(PyExc_ValueError, "starts and ends differ in length");
            goto done;
        }
        if (qzb_workdays_between_array($self, a, b, na, &failed) < 0) {
            qzb_fail_item(failed);
            goto done;
        }
        if (!(result = PyList_New((Py_ssize_t)na)))
            goto done;
        for (i = 0; i < na; i++)
            PyList_SET_ITEM(result, (Py_ssize_t)i, PyLong_FromLong(b[i]));
    done:
        free(a);
        free(b);
        return result;
    }
    /** is_workday(d) for every date of `dates`, looping in C. Returns a list of bool. */
    PyObject *is_workday_many(PyObject *dates) {
        qz_date *days = NULL;
        size_t count = 0, i;
        PyObject *result = NULL;
        if (qzb_py_dates(dates, &days, &count) < 0)
            return NULL;
        for (i = 0; i < count; i++) {
            int w = 0;
            if (qzb_check(qz_calendar_is_workday(&w, $self, days[i])) < 0) {
                qzb_fail_item(i);
                free(days);
                return NULL;
            }
            days[i] = w;
        }
        if ((result = PyList_New((Py_ssize_t)count)))
            for (i = 0; i < count; i++)
                PyList_SET_ITEM(result, (Py_ssize_t)i, PyBool_FromLong(days[i]));
        free(days);
        return result;
    }
}

/* ------------------------------------------------------------------ */
/* close(): release a handle now rather than at garbage collection      */
/* ------------------------------------------------------------------ */

%rename(_close) qzb_py_close;
%inline %{
/* Frees the handle `obj` wraps and clears the wrapper's pointer, so that
 * any later call raises ValueError ("the object is closed") and the
 * wrapper's own destructor has nothing left to free. Closing twice is a
 * no-op. What the handle lent (answers of a model, a model's calendar) holds
 * its own references and stays valid. */
static PyObject *qzb_py_close(PyObject *obj)
{
    SwigPyObject *s = SWIG_Python_GetSwigThis(obj);
    void *p = NULL;
    swig_type_info *ty;
    if (!s) {
        PyErr_SetString(PyExc_TypeError, "close() needs a quanze handle");
        return NULL;
    }
    ty = s->ty;
    if (s->ptr && s->own) {
        if (!SWIG_IsOK(SWIG_ConvertPtr(obj, &p, ty, SWIG_POINTER_RELEASE)))
            return NULL;
        if (ty == SWIGTYPE_p_qzb_calendar)
            delete_qzb_calendar((qzb_calendar *)p);
        else if (ty == SWIGTYPE_p_qzb_org)
            delete_qzb_org((qzb_org *)p);
        else if (ty == SWIGTYPE_p_qzb_rules)
            delete_qzb_rules((qzb_rules *)p);
        else if (ty == SWIGTYPE_p_qzb_model)
            delete_qzb_model((qzb_model *)p);
        else if (ty == SWIGTYPE_p_qzb_answer)
            delete_qzb_answer((qzb_answer *)p);
        else if (ty == SWIGTYPE_p_qzb_model_slot)
            delete_qzb_model_slot((qzb_model_slot *)p);
        else if (ty == SWIGTYPE_p_qzb_auditor)
            delete_qzb_auditor((qzb_auditor *)p);
    }
    s->ptr = NULL;
    s->own = 0;
    Py_RETURN_NONE;
}
%}

/* ------------------------------------------------------------------ */
/* The idiomatic layer                                                 */
/* ------------------------------------------------------------------ */

%include "python_layer.i"
%include "python_checks_layer.i"
