/*
 * python_checks_layer.i: the Python surface of checks.i: plain Decision,
 * AuditFinding, Route and DocNum objects; Model.check_*(), Model.audit()
 * (a lazy iterator of findings), Model.auditor() (a record at a time),
 * Model.route() / route_draft(), and the 发文字号 functions.
 */

%pythoncode %{
import collections as _collections
import collections.abc as _abc
import struct as _struct

Severity = _make_enum("Severity", "QZ_SEVERITY_",
                      "How serious an audit finding is: VIOLATION, NOTE (the rule says 原则上/一般) "
                      "or UNREADABLE (the record could not be audited).")

_I32 = _struct.Struct("<i")
_I64 = _struct.Struct("<q")


class _Wire:
    """Reads the bytes checks.i writes: ints little endian, strings as a length (-1: None) and UTF-8."""

    __slots__ = ("b", "at")

    def __init__(self, b):
        self.b = b
        self.at = 0

    def i32(self):
        v = _I32.unpack_from(self.b, self.at)[0]
        self.at += 4
        return v

    def i64(self):
        v = _I64.unpack_from(self.b, self.at)[0]
        self.at += 8
        return v

    def str(self):
        n = self.i32()
        if n < 0:
            return None
        s = self.b[self.at:self.at + n].decode("utf-8")
        self.at += n
        return s

    def more(self):
        return self.at < len(self.b)


class _Plain:
    """Equality, hashing and repr() over the fields of a plain record."""

    __slots__ = ()

    def _astuple(self):
        return tuple(getattr(self, f) for f in self._fields)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __hash__(self):
        return hash(tuple(tuple(v) if isinstance(v, list) else v for v in self._astuple()))

    def __repr__(self):
        return "{}({})".format(type(self).__name__,
                               ", ".join("{}={!r}".format(f, getattr(self, f)) for f in self._fields))


_CAPACITIES = {int(c): c for c in Capacity}
_VIAS = {int(v): v for v in Via}


def _keep(answer, owner):
    """An answer lent by a decision or a route keeps its owner alive."""
    if answer is not None:
        answer._owner = owner
    return answer


# ---------------------------------------------------------------- checks

class Candidate(_collections.namedtuple("Candidate", "post post_name person name")):
    """Someone who could take the action a check denied: the post, its name, the person and their name."""

    __slots__ = ()

    def __str__(self):
        return "{} ({})".format(self.name or self.person or self.post, self.post)


class Decision(_Plain):
    """The outcome of a check: may the actor take the action?

    ``allowed`` (also ``bool(decision)``); ``action`` ('sign', 'convene'...);
    ``capacity`` the action needs; when allowed, how the actor qualifies
    (``via``: holder, acting or entrusted, with ``for_post`` / ``for_person``
    / ``for_name`` acted for) and through which ``post`` (``post_name``),
    ``person`` (``name``); ``citation``: the rule that decides (a Citation,
    or None); when denied, ``reason`` and the ``candidates`` who could;
    ``answer``: the full Answer of the query the check asked (people,
    citations, explain()). The check itself does not ask the full answer:
    ``candidates``, ``answer`` and ``citation`` ask it on first use (and keep
    it), so that a caller who only wants ``allowed`` pays for the decision
    alone.
    """

    __slots__ = ("action", "allowed", "capacity", "via", "post", "post_name", "person", "name",
                 "for_post", "for_person", "for_name", "reason", "_cite", "_handle", "_model", "_candidates",
                 "_answer")
    _fields = ("action", "allowed", "capacity", "via", "post", "post_name", "person", "name", "for_post",
               "for_person", "for_name", "citation", "reason", "candidates")

    def __init__(self, model, handle):
        (self.action, allowed, capacity, via, self.post, self.post_name, self.person, self.name, self.for_post,
         self.for_person, self.for_name, self._cite, self.reason) = handle.fields(model)
        self.allowed = bool(allowed)
        self.capacity = _CAPACITIES[capacity]
        self.via = _VIAS[via] if allowed else None
        self._handle = handle
        self._model = model
        self._candidates = None
        self._answer = None

    @property
    def candidates(self):
        """Who could take the action: the people of the answer in the capacity (asks the answer)."""
        if self._candidates is None:
            self._candidates = list(map(Candidate._make, self._handle.candidates(self._model)))
        return self._candidates

    @property
    def answer(self):
        """The full Answer of the query the check asked (asked on first use)."""
        if self._answer is None:
            self._answer = _keep(self._handle.answer(), self._handle)
        return self._answer

    @property
    def citation(self):
        """The Citation of the rule that decides (the one giving the actor the capacity when allowed), or None."""
        return self.answer._citation(self._cite) if self._cite >= 0 else None

    def __bool__(self):
        return self.allowed

    @property
    def citations(self):
        """Every citation of the query's answer (the deciding one is ``citation``)."""
        return self.answer.citations

    def explain(self):
        """Why, in Chinese: the reason when denied, then the answer's explanation with the articles."""
        text = self.answer.explain()
        return "{}\n{}".format(self.reason, text) if self.reason and self.reason not in text else text

    def __repr__(self):
        if self.allowed:
            via = str(self.via) + (" for " + self.for_post if self.for_post else "")
            what = "allowed: {} ({}, {})".format(self.name or self.person or self.post, self.post, via)
        else:
            what = "denied: {}; could: {}".format(self.reason, ", ".join(str(c) for c in self.candidates))
        cite = " [{}]".format(self.citation) if self.citation is not None else ""
        return "<quanze.Decision {} {} {}{}>".format(self.action, self.capacity, what, cite)


# ---------------------------------------------------------------- audits

AuditSummary = _collections.namedtuple("AuditSummary", "read audited unreadable violations notes")
AuditSummary.__doc__ = ("Counts over what an audit read: records read (= audited + unreadable), "
                        "findings by severity.")


class AuditFinding(_Plain):
    """A finding of an audit: the ``check`` that found it ('minutes-late', 'quorum', 'signer'...,
    or 'unreadable'), its ``severity`` (a Severity), the record's ``file`` and ``line``, its
    ``record_type`` and ``date`` (None for an unreadable record), the ``people`` involved (ids),
    the citation (``article``, ``item``, ``rule``, ``citation`` text, ``citation_label`` such as
    第四十八条) and the ``explanation`` in Chinese."""

    __slots__ = ("check", "severity", "file", "line", "record_type", "date", "people", "article", "item",
                 "rule", "citation", "citation_label", "explanation")
    _fields = __slots__

    def __init__(self, w):
        self.check = w.str()
        self.severity = Severity(w.i32())
        self.file = w.str()
        self.line = w.i64()
        self.record_type = w.str()
        day = w.i32()
        self.date = _EPOCH + _dt.timedelta(days=day) if self.severity != QZ_SEVERITY_UNREADABLE else None
        people = w.str()
        self.people = people.split(",") if people else []
        self.article = w.i32()
        self.item = w.i32()
        self.rule = w.str()
        self.citation = w.str()
        self.citation_label = w.str()
        self.explanation = w.str()

    @property
    def position(self):
        """'file:line' of the record."""
        return "{}:{}".format(self.file or "", self.line)

    def __str__(self):
        date = " {}".format(self.date) if self.date else ""
        cite = "（{}）".format(self.citation_label) if self.citation_label else ""
        return "{}: {}: {}{}: {}{}".format(self.position, self.severity, self.check, date, self.explanation, cite)


def _findings(data):
    if data is None:
        return []
    w = _Wire(data)
    found = []
    while w.more():
        found.append(AuditFinding(w))
    return found


def _is_path(source):
    return isinstance(source, (str, bytes)) or hasattr(source, "__fspath__")


def _record_fields(record):
    """A record (a mapping of column names to values) as the library's key and value lists."""
    if not isinstance(record, _abc.Mapping):
        raise TypeError("a record is a dict of column names to values, not {}".format(type(record).__name__))
    keys, values = [], []
    for key, value in record.items():
        if value is None:
            continue
        if not isinstance(key, str):
            raise TypeError("a record's column names are str, not {}".format(type(key).__name__))
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, _dt.datetime):
            value = value.date().isoformat()
        elif isinstance(value, _dt.date):
            value = value.isoformat()
        elif isinstance(value, int):
            value = str(value)
        elif isinstance(value, (list, tuple)):
            value = ";".join(str(v) for v in value)
        elif not isinstance(value, str):
            raise TypeError("column '{}': expected str, int, bool, date or a list, not {}".format(
                key, type(value).__name__))
        keys.append(key)
        values.append(value)
    return keys, values


class Auditor:
    """An audit in progress over one model, for an OA workflow's event hooks:
    ``add()`` a record at a time, ``audit_file()`` to stream files, ``finish()``
    after the last record (periodic obligations), ``summary`` at any time.

    Holds native state: a context manager, and ``close()`` releases it (also
    stopping a file audit whose findings were not all taken). Use it from one
    thread at a time.
    """

    def __init__(self, model, *, fail_fast=False):
        if not isinstance(model, Model):
            raise TypeError("Auditor() needs a Model for 'model', not {}".format(type(model).__name__))
        self._h = _Auditor.create(model, bool(fail_fast))

    def _handle(self):
        if self._h is None:
            raise ValueError("the object is closed")
        return self._h

    def add(self, record, *, file=None, line=0):
        """Audits one record (a dict of the columns of docs/audit.md, e.g. ``{"type": "minutes",
        "meeting": "executive", "held": date, "issued": date}``; values may be str, int, bool,
        dates or lists) and returns its findings. ``file`` and ``line`` say where it came from."""
        if record is None:
            raise TypeError("'record' must be a dict, not None")
        keys, values = _record_fields(record)
        return _findings(self._handle().record(keys, values, file, int(line)))

    def audit_file(self, *paths):
        """Audits the records files (.csv, .jsonl, .ndjson), yielding each finding as the
        library reads on: a generator, streaming (the log is never held in memory)."""
        if not paths:
            raise TypeError("audit_file() needs at least one path")
        return self._stream([_os.fsdecode(_os.fspath(p)) for p in paths], False)

    def _stream(self, paths, finish):
        h = self._handle()
        h.start(paths, finish)
        try:
            while True:
                data = h.take()
                if data is None:
                    return
                w = _Wire(data)
                while w.more():
                    yield AuditFinding(w)
        finally:
            if self._h is not None:
                self._h.stop()

    def finish(self):
        """Judges the periodic obligations over every whole period the records span; returns those findings."""
        return _findings(self._handle().finish())

    @property
    def summary(self):
        """The counts so far (an AuditSummary)."""
        w = _Wire(self._handle().summary())
        return AuditSummary(*(w.i64() for _ in range(5)))

    def close(self):
        """Releases the native audit (stopping a file audit in progress). Closing twice does nothing."""
        h, self._h = self._h, None
        if h is not None:
            _quanze._close(h)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False


class Audit:
    """The findings of ``Model.audit()``, lazily: an iterator that audits as it is
    read (records, or a file streamed by the library), then judges the periodic
    obligations. ``summary`` gives the counts once it is over; ``close()`` (or leaving a
    ``with`` block) stops early and releases the native state."""

    def __init__(self, model, records, fail_fast, name):
        self._auditor = Auditor(model, fail_fast=fail_fast)
        self._summary = AuditSummary(0, 0, 0, 0, 0)
        if _is_path(records):
            self._gen = self._file(_os.fsdecode(_os.fspath(records)))
        else:
            self._gen = self._records(iter(records), name if name is not None else "<records>")

    def _file(self, path):
        try:
            yield from self._auditor._stream([path], True)
        finally:
            self._done()

    def _records(self, records, name):
        try:
            for line, record in enumerate(records, 1):
                yield from self._auditor.add(record, file=name, line=line)
            yield from self._auditor.finish()
        finally:
            self._done()

    def _done(self):
        if self._auditor._h is not None:
            if not self._auditor._h.running():
                self._summary = self._auditor.summary
            self._auditor.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    @property
    def summary(self):
        """The counts (an AuditSummary): for records, of those read so far; for a file, those of
        the last time the library stopped reading (zero while it reads on); final once the
        iterator is exhausted or closed."""
        a = self._auditor
        if a._h is not None and not a._h.running():
            return a.summary
        return self._summary

    def close(self):
        """Stops the audit and releases its native state."""
        self._gen.close()
        self._done()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False


# ---------------------------------------------------------------- routes

RouteFinding = _collections.namedtuple("RouteFinding", "id text source")
RouteFinding.__doc__ = ("A finding of a route: its id ('docnum-brackets', 'validity-limit'...), the text in "
                        "Chinese, and the standard's clause for a 发文字号 finding (None for the rules').")


class RouteStep(_Plain):
    """A step of a route: ``kind`` ('drafting', 'legality-review', 'consultation', 'office-review',
    'signing', 'issue'), its Chinese ``label``, the ``unit`` concerned, and the ``answer`` of the query
    behind it (people, due date, citations; None for a step without one)."""

    __slots__ = ("kind", "label", "unit", "answer")
    _fields = ("kind", "label", "unit")

    def __init__(self, kind, label, unit, answer):
        self.kind = kind
        self.label = label
        self.unit = unit
        self.answer = answer

    @property
    def people(self):
        return self.answer.people if self.answer is not None else []

    @property
    def citations(self):
        return self.answer.citations if self.answer is not None else []

    @property
    def due(self):
        return self.answer.due if self.answer is not None else None

    def __repr__(self):
        who = ", ".join("{} {}".format(p.capacity, p) for p in self.people)
        return "<quanze.RouteStep {} {}{}{}>".format(self.kind, self.label, " " + self.unit if self.unit else "",
                                                    ": " + who if who else "")


class Route:
    """The route of a draft: ``steps`` in order (RouteStep) and ``findings`` (RouteFinding).
    A plain object; ``as_dict()`` gives it in the JSON shape of examples/dms-plugin."""

    def __init__(self, handle):
        w = _Wire(handle.data())
        steps = []
        for i in range(w.i32()):
            w.i32()
            kind, label, unit = w.str(), w.str(), w.str()
            answer = _keep(handle.step_answer(i), handle) if w.i32() else None
            steps.append(RouteStep(kind, label, unit, answer))
        self.steps = steps
        self.findings = [RouteFinding(w.str(), w.str(), w.str()) for _ in range(w.i32())]

    def step(self, kind):
        """The first step of `kind` ('signing'...), or None."""
        for s in self.steps:
            if s.kind == kind:
                return s
        return None

    def __iter__(self):
        return iter(self.steps)

    def __len__(self):
        return len(self.steps)

    def as_dict(self):
        """The route as JSON-ready dicts and lists (dates as ISO strings)."""
        def step(s):
            a = s.answer
            return {
                "step": s.kind,
                "unit": s.unit,
                "people": [{"capacity": str(p.capacity), "post": p.post, "name": p.name, "via": str(p.via)}
                           for p in s.people],
                "due": s.due.isoformat() if s.due else None,
                "citations": [{"article": c.article, "item": c.item, "text": c.text}
                              for c in (a.citations if a is not None else [])],
            }
        return {"steps": [step(s) for s in self.steps],
                "findings": [{"id": f.id, "text": f.text, "source": f.source} for f in self.findings]}

    def __repr__(self):
        return "<quanze.Route {} steps, {} findings>".format(len(self.steps), len(self.findings))


# ---------------------------------------------------------------- 发文字号

DocNumFinding = _collections.namedtuple("DocNumFinding", "id offset byte_offset clause message")
DocNumFinding.__doc__ = ("A problem of a 发文字号: its id ('brackets', 'leading-zero', 'ordinal', 'missing-hao', "
                         "'short-year', 'year-mismatch', 'unknown-code', 'zero-serial', 'syntax'), where "
                         "(characters and bytes from the start), the standard's clause and the message.")


class DocNum(_collections.namedtuple("DocNum", "code year serial")):
    """A 发文字号's parts: the agency code (发文机关代字), the year and the serial number.
    ``str()`` is the standard form 西政发〔2021〕11号."""

    __slots__ = ()

    @staticmethod
    def parse(text):
        """Reads a document number, leniently (西政发[2021]011号 is read; check() names its problems).
        Raises ParseError for text without a code, a bracketed year and a serial."""
        w = _Wire(_quanze._docnum_parse(text))
        return DocNum(w.str(), w.i32(), w.i64())

    def format(self):
        """The standard form 代字〔year〕serial号 (InvalidArgumentError for a year outside 1000-9999)."""
        return _quanze._docnum_format(self.code, int(self.year), int(self.serial))

    def __str__(self):
        return self.format()

    @staticmethod
    def check(text, *, date=None, codes=()):
        """The problems of a document number under GB/T 9704-2012 7.2.4, as a list of
        DocNumFinding ([] when it is good); `date`: the signing date, whose year the number must
        carry; `codes`: the agency codes in use (an unknown code is a finding)."""
        has_date = date is not None
        w = _Wire(_quanze._docnum_check(text, has_date, date if has_date else 0, codes))
        return [DocNumFinding(w.str(), w.i64(), w.i64(), w.str(), w.str()) for _ in range(w.i32())]


def docnum_parse(text):
    """DocNum.parse(text)."""
    return DocNum.parse(text)


def docnum_format(code, year, serial):
    """The standard form of a document number: docnum_format('西政发', 2021, 11) == '西政发〔2021〕11号'."""
    return DocNum(code, year, serial).format()


def docnum_check(text, *, date=None, codes=()):
    """DocNum.check(text, date=..., codes=...)."""
    return DocNum.check(text, date=date, codes=codes)
%}

%extend qzb_model {
%pythoncode %{
    def check_sign(self, actor, kind, date, *, issuer=None, recipient=None, major_policy=False,
                   broad_scope=False, decided_by_executive=False, routine=False, portfolios=(), facts=()):
        """May `actor` (a post id or a person id) sign (签发) a document of `kind` on `date`?
        The other arguments are those of sign(). Returns a Decision."""
        return self._check_sign(1, actor, kind, date, issuer, recipient, major_policy, broad_scope,
                                decided_by_executive, routine, portfolios, facts)

    def check_countersign(self, actor, kind, date, *, issuer=None, recipient=None, major_policy=False,
                          broad_scope=False, decided_by_executive=False, routine=False, portfolios=(), facts=()):
        """May `actor` countersign (会签) the document? As check_sign()."""
        return self._check_sign(2, actor, kind, date, issuer, recipient, major_policy, broad_scope,
                                decided_by_executive, routine, portfolios, facts)

    def _check_sign(self, action, actor, kind, date, issuer, recipient, major_policy, broad_scope,
                    decided_by_executive, routine, portfolios, facts):
        return Decision(self, self._check_sign_request(action, actor, kind, date, issuer, recipient,
                                                       bool(major_policy), bool(broad_scope),
                                                       bool(decided_by_executive), bool(routine),
                                                       portfolios, facts))

    def check_convene(self, actor, type, date, *, major=False, portfolio=None):
        """May `actor` convene (召集) a meeting of `type` on `date`? Returns a Decision."""
        return Decision(self, self._check_meeting_request(3, actor, type, date, bool(major), portfolio))

    def check_preside(self, actor, type, date, *, major=False, portfolio=None):
        """May `actor` preside over (主持) a meeting of `type` on `date`? Returns a Decision."""
        return Decision(self, self._check_meeting_request(4, actor, type, date, bool(major), portfolio))

    def check_sign_minutes(self, actor, type, date, *, major=False, portfolio=None):
        """May `actor` sign the minutes of a meeting of `type` held on `date` (`major`: the
        signer of minutes on major matters)? Returns a Decision."""
        return Decision(self, self._check_meeting_request(5, actor, type, date, bool(major), portfolio))

    def check_approve_leave(self, actor, post, depart, notified, *, days=0, destination=None):
        """May `actor` approve the leave of the holder of `post` (as in leave())? Returns a Decision."""
        return Decision(self, self._check_leave_request(6, actor, post, depart, notified, int(days), destination))

    def check_receive_leave(self, actor, post, depart, notified, *, days=0, destination=None):
        """Is `actor` (a post, a person or a body) one the leave must be reported to? Returns a Decision."""
        return Decision(self, self._check_leave_request(7, actor, post, depart, notified, int(days), destination))

    def check_act_for(self, actor, post, date, *, matter=None, matter_kind=None, instructed=False):
        """Does `actor` exercise the authority of `post` on `date` (for `matter`)? `matter_kind`
        and `instructed` as for `acting`. Returns a Decision."""
        return Decision(self, self._check_acting_request(actor, post, date, matter, matter_kind, bool(instructed)))

    def check_substitute(self, actor, type, principal, date, *, substitute=None, request_date=None,
                         presider_approved=False):
        """May `actor` attend a meeting of `type` on `date` in place of `principal`? `substitute`:
        the post proposed when it is not the actor. Returns a Decision."""
        written = request_date is not None
        return Decision(self, self._check_substitute_request(actor, type, principal, substitute, date, written,
                                                             request_date if written else 0,
                                                             bool(presider_approved)))

    def auditor(self, *, fail_fast=False):
        """A new Auditor over this model (records one at a time, files streamed)."""
        return Auditor(self, fail_fast=fail_fast)

    def audit(self, records, *, fail_fast=False, name=None):
        """Audits `records` against the rules, organisation and calendar of each record's date,
        lazily: a path of a records file (.csv, .jsonl, .ndjson), streamed by the library, or an
        iterable of dicts (the columns of docs/audit.md; `name` names them in the findings, each
        record's line is its position, from 1). Returns an iterator of AuditFinding, the periodic
        obligations judged at the end; its ``summary`` gives the counts. `fail_fast`: stop at the
        first unreadable record (raising its error)."""
        if records is None:
            raise TypeError("'records' must be a path or an iterable of dicts, not None")
        return Audit(self, records, bool(fail_fast), name)

    def route(self, kind, date, *, issuer=None, recipient=None, portfolios=(), normative=False,
              major_policy=False, broad_scope=False, routine=False, urgent=False, meeting=None,
              meeting_date=None, docnum=None, agency_codes=(), facts=(), validity_years=0):
        """The route the rules prescribe for a draft of `kind` (an id or a Chinese name: 函, 批复,
        通知...) routed on `date`: drafting, legality review, consultation, office review, signing,
        issue, each with its people, due date and citations, and the findings. `portfolios`: the
        units or leaders concerned, lead first; `meeting` and `meeting_date`: the meeting that
        decided it; `docnum`: its 发文字号; `agency_codes`: the codes in use; `facts`: the
        normative checks' facts (e.g. 'legality-reviewed'). Returns a Route."""
        if (meeting is None) != (meeting_date is None):
            raise TypeError("route(): 'meeting' and 'meeting_date' go together")
        return Route(self._route_request(kind, date, issuer, recipient, portfolios, bool(normative),
                                         bool(major_policy), bool(broad_scope), bool(routine), bool(urgent),
                                         meeting, meeting_date if meeting is not None else 0, docnum,
                                         agency_codes, facts, int(validity_years)))

    def route_draft(self, source, name=None):
        """The route of a draft description (docs/documents.md): a path of an XML or JSON file, or
        its bytes (`name` names them in errors). Raises ParseError / SchemaError with the
        position for a malformed draft. Returns a Route."""
        return _from_source(source, name, lambda data, n: Route(self._route_draft_memory(data, n)),
                            lambda path: Route(self._route_draft_file(path)), "Model.route_draft")
%}
}
