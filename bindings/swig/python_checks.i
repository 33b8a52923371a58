/*
 * python_checks.i: what python.i adds before quanze.i for checks.i: how the
 * bytes of checks.i reach Python, the handles' closed check, and the names
 * of the low-level calls the layer (python_checks_layer.i) wraps.
 */

%typemap(out) qzb_bytes {
    if ($1.absent) {
        $result = Py_None;
        Py_INCREF(Py_None);
    } else {
        $result = PyBytes_FromStringAndSize((const char *)$1.p, (Py_ssize_t)$1.len);
        free($1.p);
        if (!$result)
            SWIG_fail;
    }
}

%typemap(check) qzb_decision *self, qzb_route *self, qzb_auditor *self
%{
    if (!$1) {
        PyErr_SetString(PyExc_ValueError, "the object is closed");
        SWIG_fail;
    }
%}

/* A file audit waits for its thread's findings without the GIL; stopping
 * it may wait for the thread to read on to its next finding. */
%thread qzb_auditor::take;
%thread qzb_auditor::stop;
%thread qzb_auditor::~qzb_auditor;
%thread qzb_model::check_sign_request;
%thread qzb_model::check_meeting_request;
%thread qzb_model::check_leave_request;
%thread qzb_model::check_acting_request;
%thread qzb_model::check_substitute_request;
%thread qzb_model::route_request;
%thread qzb_model::route_draft_file;

%rename(_Decision) qzb_decision;
%rename(_Route) qzb_route;
%rename(_Auditor) qzb_auditor;
%rename(_docnum_parse) qzb_docnum_parse;
%rename(_docnum_format) qzb_docnum_format;
%rename(_docnum_check) qzb_docnum_check;
%rename("_%s", regexmatch$name="^check_.*_request$") "";
%rename("_%s", regexmatch$name="^route_(request|draft_file|draft_memory)$") "";

%apply (const char *const *LIST, size_t COUNT) {
    (const char *const *agency_codes, size_t nagency_codes),
    (const char *const *keys, size_t nkeys),
    (const char *const *values, size_t nvalues),
    (const char *const *paths, size_t npaths),
    (const char *const *codes, size_t ncodes)
};
