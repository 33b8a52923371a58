/*
 * python_layer.i: the idiomatic Python surface, added to SWIG's proxy
 * classes: keyword arguments, attributes instead of getters, lists, enums,
 * readable repr(), and loading from a path or bytes.
 */

%pythonbegin %{
import datetime as _dt
import enum as _enum
import os as _os
%}

/* ------------------------------------------------------------------ */
/* Enumerations                                                        */
/* ------------------------------------------------------------------ */

%pythoncode %{
class _NamedEnum(_enum.IntEnum):
    """An enumeration of the C API whose members print as the library's names."""

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if str(member) == value or member.name == value.upper().replace("-", "_"):
                    return member
        return None

    def __str__(self):
        namer = type(self).__dict__.get("_namer_")
        if namer is not None:
            return namer(int(self))
        return self.name.lower().replace("_", "-")

    @property
    def label(self):
        """The library's Chinese label (Capacity, Via, TimeUnit), or None."""
        labeler = type(self).__dict__.get("_labeler_")
        return labeler(int(self)) if labeler is not None else None


def _make_enum(name, prefix, doc, namer=None, exclude=(), labeler=None):
    members = {
        key[len(prefix):]: value
        for key, value in globals().items()
        if key.startswith(prefix) and isinstance(value, int)
        and not any(key.startswith(e) for e in exclude)
    }
    cls = _NamedEnum(name, sorted(members.items(), key=lambda kv: kv[1]), module="quanze")
    cls.__doc__ = doc
    if namer is not None:
        cls._namer_ = staticmethod(namer)
    if labeler is not None:
        cls._labeler_ = staticmethod(labeler)
    return cls


DayKind = _make_enum("DayKind", "QZ_DAY_",
                     "What a day is: WORKDAY, WEEKEND, HOLIDAY or MAKEUP (a make-up working day).")
OrgKind = _make_enum("OrgKind", "QZ_ORG_", "What an id names in an organisation.",
                     exclude=("QZ_ORG_SCOPE_", "QZ_ORG_DATE_"))
Scope = _make_enum("Scope", "QZ_ORG_SCOPE_", "What an entrustment covers.", qz_org_scope_name)
Section = _make_enum("Section", "QZ_RULES_", "The sections of a rule set.", qz_rules_section_name,
                     exclude=("QZ_RULES_NO_DATE", "QZ_RULES_SECTION_COUNT"))
QueryKind = _make_enum("QueryKind", "QZ_QUERY_", "The question an answer replies to.",
                       qz_query_kind_name)
Capacity = _make_enum("Capacity", "QZ_CAP_",
                      "The capacity in which a person or body appears in an answer.",
                      qz_capacity_name, labeler=qz_capacity_label)
Via = _make_enum("Via", "QZ_VIA_", "How a person qualifies: HOLDER, ACTING or ENTRUSTED.",
                 qz_via_name, labeler=qz_via_label)
Value = _make_enum("Value", "QZ_VALUE_", "The named figures an answer may carry.", qz_value_name,
                   labeler=qz_value_label)
TimeUnit = _make_enum("TimeUnit", "QZ_UNIT_", "Units of time of deadlines and notices.",
                      qz_time_unit_name, labeler=qz_time_unit_label)
MatterKind = _make_enum("MatterKind", "QZ_MATTER_", "The kind of a matter of the matrix.",
                        qz_matter_kind_name)

_DATE_VALUES = frozenset((QZ_VALUE_DUE, QZ_VALUE_EARLIEST, QZ_VALUE_PERIOD_START, QZ_VALUE_PERIOD_END))
_BOOL_VALUES = frozenset((QZ_VALUE_MET, QZ_VALUE_LATE, QZ_VALUE_COMPLIANT, QZ_VALUE_ALLOWED,
                          QZ_VALUE_SILENCE_NO_OBJECTION, QZ_VALUE_PRINCIPLE, QZ_VALUE_MINUTES_OPTIONAL))
_EPOCH = _dt.date(1970, 1, 1)


def _source_name(source, name):
    if name is not None:
        return name
    return "<bytes>"


def _is_bytes(source):
    return isinstance(source, (bytes, bytearray, memoryview))


def _from_source(source, name, from_memory, from_file, what="load"):
    """`from_memory(data, name)` for XML bytes, else `from_file(path)` for a path."""
    if source is None:
        raise TypeError("{}() needs a path or XML bytes, not None".format(what))
    if _is_bytes(source):
        return from_memory(source, _source_name(source, name))
    path = _os.fspath(source)
    if isinstance(path, str) and path.lstrip("\ufeff \t\r\n").startswith("<"):
        from .errors import InvalidArgumentError
        raise InvalidArgumentError(
            "{}() was given XML text, not a path: pass the XML as bytes "
            "(text.encode('utf-8')) or the path of a file".format(what), QZ_EINVAL)
    return from_file(path)


def _save_to(obj, path):
    """The XML text of `obj`, or None after writing it to `path` when given."""
    if path is None:
        return obj._save()
    obj.save_file(_os.fspath(path))
%}

/* ------------------------------------------------------------------ */
/* Records                                                             */
/* ------------------------------------------------------------------ */

%define QZB_PY_RECORD(QZB_TYPE, QZB_FIELDS)
%extend QZB_TYPE {
%pythoncode %{
    _fields = QZB_FIELDS

    def _astuple(self):
        return tuple(getattr(self, f) for f in self._fields)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __hash__(self):
        return hash(self._astuple())

    def __repr__(self):
        return "{}({})".format(type(self).__name__,
                               ", ".join("{}={!r}".format(f, getattr(self, f)) for f in self._fields))
%}
}
%enddef

QZB_PY_RECORD(qzb_day, ("date", "kind", "name", "year", "assumed"))
QZB_PY_RECORD(qzb_tenure, ("post", "person", "start", "end"))
QZB_PY_RECORD(qzb_absence, ("person", "start", "end", "away_from_county", "reason"))
QZB_PY_RECORD(qzb_entrustment, ("by", "agent", "scope", "subject", "start", "end", "note"))
QZB_PY_RECORD(qzb_entry, ("section", "index", "id", "label"))
QZB_PY_RECORD(qzb_person, ("capacity", "post", "role", "id", "name", "via", "for_post", "for_person", "citation"))
QZB_PY_RECORD(qzb_body, ("capacity", "id", "name"))
QZB_PY_RECORD(qzb_role, ("capacity", "id", "label"))
QZB_PY_RECORD(qzb_citation, ("article", "item", "text", "rule", "label"))
QZB_PY_RECORD(qzb_finding, ("id", "text"))
QZB_PY_RECORD(qzb_matter, ("kind", "index", "id", "label"))

%extend qzb_day {
%pythoncode %{
    kind = property(lambda self: DayKind(_quanze.Day_kind_get(self)), doc="What the day is (a DayKind).")

    def __repr__(self):
        name = ", {!r}".format(self.name) if self.name else ""
        assumed = ", assumed" if self.assumed else ""
        return "Day({}, {}{}{})".format(self.date, self.kind, name, assumed)

    def __str__(self):
        return "{} {}{}".format(self.date, self.kind, " " + self.name if self.name else "")
%}
}

%extend qzb_entrustment {
%pythoncode %{
    scope = property(lambda self: Scope(_quanze.Entrustment_scope_get(self)), doc="What the entrustment covers (a Scope).")

    def __repr__(self):
        subject = " {}".format(self.subject) if self.subject else ""
        return "Entrustment({!r} -> {!r}, {}{}, {} .. {})".format(
            self.by, self.agent, self.scope, subject, self.start, self.end)
%}
}

%extend qzb_entry {
%pythoncode %{
    section = property(lambda self: Section(_quanze.Entry_section_get(self)), doc="The section (a Section).")

    def __str__(self):
        return self.id
%}
}

%extend qzb_person {
%pythoncode %{
    capacity = property(lambda self: Capacity(_quanze.Person_capacity_get(self)),
                        doc="The capacity in which the person appears (a Capacity).")
    via = property(lambda self: Via(_quanze.Person_via_get(self)),
                   doc="How the person qualifies (a Via): holder, acting or entrusted.")

    def __repr__(self):
        extra = ""
        if self.for_post:
            extra = " for {}".format(self.for_post)
        return "Person({}: {} ({}, {}{}))".format(self.capacity, self.name, self.post, self.via, extra)

    def __str__(self):
        return "{} ({})".format(self.name, self.post)
%}
}

%extend qzb_body {
%pythoncode %{
    capacity = property(lambda self: Capacity(_quanze.Body_capacity_get(self)), doc="The capacity (a Capacity).")

    def __str__(self):
        return "{} ({})".format(self.name, self.id)
%}
}

%extend qzb_role {
%pythoncode %{
    capacity = property(lambda self: Capacity(_quanze.RoleEntry_capacity_get(self)), doc="The capacity (a Capacity).")
%}
}

%extend qzb_citation {
%pythoncode %{
    def __repr__(self):
        return "Citation({}, rule={!r})".format(self, self.rule)

    def __str__(self):
        return self.label
%}
}

%extend qzb_matter {
%pythoncode %{
    kind = property(lambda self: MatterKind(_quanze.Matter_kind_get(self)), doc="The kind (a MatterKind).")
%}
}

/* ------------------------------------------------------------------ */
/* Handles: close() and the context manager                            */
/* ------------------------------------------------------------------ */

%define QZB_PY_CLOSABLE(QZB_TYPE)
%extend QZB_TYPE {
%pythoncode %{
    def close(self):
        """Releases the native object now instead of at garbage collection.

        Later calls on this object raise ValueError; closing twice does
        nothing. What it gave out (answers, a model's calendar, records)
        holds its own references and stays valid. Close only what no other
        thread is using. `with` closes on leaving the block.
        """
        _quanze._close(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False
%}
}
%enddef

QZB_PY_CLOSABLE(qzb_calendar)
QZB_PY_CLOSABLE(qzb_org)
QZB_PY_CLOSABLE(qzb_rules)
QZB_PY_CLOSABLE(qzb_model)
QZB_PY_CLOSABLE(qzb_answer)
QZB_PY_CLOSABLE(qzb_model_slot)

/* ------------------------------------------------------------------ */
/* Calendar                                                            */
/* ------------------------------------------------------------------ */

%extend qzb_calendar {
%pythoncode %{
    @staticmethod
    def load(source, name=None):
        """Loads a calendar from a path (str or os.PathLike) or from XML bytes.

        Raises ParseError / SchemaError (with .filename, .line, .column) for
        bad XML, FileError when the file cannot be read.
        """
        return _from_source(source, name, Calendar._load_memory, Calendar._load_file, "Calendar.load")

    def overlay(self, source, name=None):
        """A new calendar: this one with the XML at `source` (path or bytes) laid over it.

        Each arrangement year the overlay declares replaces that year as a whole.
        """
        return _from_source(source, name, self._overlay_memory, self._overlay_file, "Calendar.overlay")

    def provisional(self, on=True):
        """A calendar with the same data that answers for a year with no
        arrangement from the statutory holidays of the 2024 holiday measures
        and weekends instead of raising OutOfCalendarError; Day.assumed tells
        which days were provisional."""
        return self._with_options(bool(on))

    def assuming_weekends(self, assume=True):
        """Deprecated name of provisional() (0.1 assumed the plain week; the
        statutory baseline now answers)."""
        return self.provisional(assume)

    def year_origin(self, year):
        """Where the arrangement of `year` came from: "embedded", a file's
        path, "provisional", or "" when the year is not covered."""
        return self._year_origin(year)

    def save(self, path=None):
        """The calendar as canonical XML text, or written to `path` when given."""
        return _save_to(self, path)

    region = property(_region, doc="The region the calendar describes, e.g. 'CN'.")
    source = property(_source, doc="Where the data comes from.")
    first_year = property(_first_year, doc="The first covered year.")
    last_year = property(_last_year, doc="The last covered year.")

    @property
    def coverage(self):
        """The covered years as a range: `2026 in cal.coverage`."""
        return range(self._first_year(), self._last_year() + 1)

    def arrangement(self, year):
        """The listed days (holidays and make-up working days) of year `year`'s arrangement, as a list of Day."""
        return [self._arrangement_at(year, i) for i in range(self._arrangement_count(year))]

    def __repr__(self):
        return "<quanze.Calendar {} {}-{}>".format(self._region(), self._first_year(), self._last_year())
%}
}

/* ------------------------------------------------------------------ */
/* Organisation                                                        */
/* ------------------------------------------------------------------ */

%extend qzb_org {
%pythoncode %{
    @staticmethod
    def load(source, name=None):
        """Loads an organisation from a path (str or os.PathLike) or from XML bytes."""
        return _from_source(source, name, Org._load_memory, Org._load_file, "Org.load")

    def save(self, path=None):
        """The organisation as canonical XML text, or written to `path` when given."""
        return _save_to(self, path)

    id = property(_id, doc="The organisation's id.")
    name = property(_name, doc="The organisation's name.")
    party_group_name = property(_party_group_name, doc="The party group's name, or None.")

    def kind_of(self, id):
        """What `id` names (an OrgKind; OrgKind.NONE when unknown)."""
        return OrgKind(_quanze.Org_kind_of(self, id))

    def __contains__(self, id):
        return _quanze.Org_kind_of(self, id) != QZ_ORG_NONE

    def __eq__(self, other):
        if not isinstance(other, Org):
            return NotImplemented
        return self.same_as(other)

    __hash__ = object.__hash__

    units = property(lambda self: [self._unit_at(i) for i in range(self._unit_count())],
                     doc="The ids of all units, sorted.")
    areas = property(lambda self: [self._area_at(i) for i in range(self._area_count())],
                     doc="The ids of all named areas of work, sorted.")
    posts = property(lambda self: [self._post_at(i) for i in range(self._post_count())],
                     doc="The ids of all posts, sorted.")
    people = property(lambda self: [self._person_at(i) for i in range(self._person_count())],
                      doc="The ids of all people, sorted.")

    def unit_tags(self, unit):
        """The functional tags of a unit (e.g. 'legality-review')."""
        return [self._unit_tag_at(unit, i) for i in range(self._unit_tag_count(unit))]

    def tagged_units(self, tag):
        """The units carrying `tag`."""
        return [self._tagged_unit_at(tag, i) for i in range(self._tagged_unit_count(tag))]

    def unit_posts(self, unit):
        """The posts of a unit."""
        return [self._unit_post_at(unit, i) for i in range(self._unit_post_count(unit))]

    def role_posts(self, role, date):
        """The posts that have `role` on `date`."""
        return [self._role_post_at(role, date, i) for i in range(self._role_post_count(role, date))]

    def holders(self, post, date):
        """The people holding `post` on `date`."""
        return [self._holder_at(post, date, i) for i in range(self._holder_count(post, date))]

    def person_posts(self, person, date):
        """The posts `person` holds on `date`."""
        return [self._person_post_at(person, date, i) for i in range(self._person_post_count(person, date))]

    def tenures(self, post):
        """The whole history of `post`, oldest first, as a list of Tenure."""
        return [self._tenure_at(post, i) for i in range(self._tenure_count(post))]

    def absence(self, person, date):
        """The Absence of `person` on `date`, or None when the person is not away."""
        return self._absence(person, date)

    def absences(self, person=None):
        """The absences of `person` (of everyone when None), as a list of Absence."""
        return [self._absence_at(person, i) for i in range(self._absence_count(person))]

    def portfolio(self, post, date):
        """The units and areas `post` is in charge of (分管) on `date`."""
        return [self._portfolio_at(post, date, i) for i in range(self._portfolio_count(post, date))]

    def party_group_members(self, date):
        """The party group's member posts on `date` (the secretary included)."""
        return [self._party_group_member_at(date, i) for i in range(self._party_group_member_count(date))]

    @property
    def entrustments(self):
        """Every entrustment (all dates), as a list of Entrustment."""
        return [self._entrustment_at(i) for i in range(self._entrustment_count())]

    def entrusted(self, by, date):
        """The entrustments made by post `by` in force on `date`."""
        return [self._entrusted_at(by, date, i) for i in range(self._entrusted_count(by, date))]

    def entrusted_agent(self, by, scope, date, subject=None):
        """The post that `by` has entrusted with `scope` (a Scope or its name) on `date`, or None."""
        return _quanze.Org_entrusted_agent(self, by, int(Scope(scope)), subject, date)

    def __repr__(self):
        return "<quanze.Org {} {} ({} posts, {} people)>".format(
            self._id(), self._name(), self._post_count(), self._person_count())
%}
}

/* ------------------------------------------------------------------ */
/* Rules                                                               */
/* ------------------------------------------------------------------ */

%extend qzb_rules {
%pythoncode %{
    @staticmethod
    def load(source, name=None):
        """Loads a rule set from a path (str or os.PathLike) or from XML bytes."""
        return _from_source(source, name, Rules._load_memory, Rules._load_file, "Rules.load")

    def save(self, path=None):
        """The rule set as XML text, or written to `path` when given."""
        return _save_to(self, path)

    id = property(_id, doc="The rule set's id, e.g. 'yunxi-2021'.")
    title = property(_title, doc="The title, e.g. '郧西县人民政府工作规则'.")
    document_number = property(_document_number, doc="The document number, or None.")
    authority = property(_authority, doc="The issuing authority, or None.")
    adopted = property(_adopted, doc="The date the rules were adopted, or None.")
    issued = property(_issued, doc="The date the rules were issued, or None.")
    effective = property(_effective, doc="The first day the rules are in force.")
    expires = property(_expires, doc="The last day the rules are in force, or None.")

    def entries(self, section):
        """The entries of `section` (a Section or its name, e.g. 'meeting'), as a list of Entry."""
        section = Section(section)
        return [self._entry(section, i) for i in range(self.count(section))]

    def ids(self, section):
        """The ids of the entries of `section`."""
        return [e.id for e in self.entries(section)]

    def find(self, section, id):
        """The Entry of `section` named `id`; raises NotFoundError (a KeyError) when there is none."""
        return _quanze.Rules_find(self, int(Section(section)), id)

    def __repr__(self):
        return "<quanze.Rules {} {} {}>".format(self._id(), self._title(), self._document_number() or "")
%}
}

/* ------------------------------------------------------------------ */
/* Answers                                                             */
/* ------------------------------------------------------------------ */

%extend qzb_answer {
%pythoncode %{
    kind = property(lambda self: QueryKind(self._kind()), doc="The question this answers (a QueryKind).")
    found = property(_found, doc="Whether someone qualifies (checks such as quorum are found even when they fail).")
    reason = property(_reason, doc="Why no one qualifies, or None when found.")
    explanation = property(_explanation, doc="A readable explanation in Chinese, one statement per line.")
    subject = property(_subject, doc="The id of the rule-set entry the answer is about, or None.")
    subject_label = property(_subject_label, doc="The Chinese label of that entry, or None.")
    date = property(_date, doc="The date the question was asked for.")

    @property
    def people(self):
        """Everyone in the answer, in every capacity, as a list of Person."""
        return [self._person(i) for i in range(self._person_count())]

    def who(self, *capacities):
        """The people in the given capacities (Capacity members or names such as 'signer')."""
        wanted = {int(Capacity(c)) for c in capacities}
        return [p for p in self.people if int(p.capacity) in wanted]

    @property
    def person(self):
        """The first person of the answer (the signer, the one acting...), or None."""
        return self._person(0) if self._person_count() else None

    @property
    def bodies(self):
        """The bodies (units) in the answer, as a list of Body."""
        return [self._body(i) for i in range(self._body_count())]

    @property
    def roles(self):
        """The roles the rules name for each capacity, as a list of RoleEntry."""
        return [self._role(i) for i in range(self._role_count())]

    @property
    def citations(self):
        """The citations of every rule that decided, as a list of Citation."""
        return [self._citation(i) for i in range(self._citation_count())]

    @property
    def findings(self):
        """The findings (violations, unmet conditions), as a list of Finding."""
        return [self._finding(i) for i in range(self._finding_count())]

    def value(self, key, default=None):
        """The figure `key` (a Value or its name such as 'due'), or `default` when absent.

        Dates come back as datetime.date, yes/no figures as bool, the unit as a TimeUnit.
        """
        key = Value(key)
        if not self.has(key):
            return default
        raw = self._value(key)
        if key in _DATE_VALUES:
            return _EPOCH + _dt.timedelta(days=raw)
        if key in _BOOL_VALUES:
            return bool(raw)
        if key == QZ_VALUE_UNIT:
            return TimeUnit(raw)
        return raw

    @property
    def values(self):
        """Every figure the answer carries, as a dict from name ('due', 'late'...) to value."""
        return {str(k): self.value(k) for k in Value if self.has(k)}

    due = property(lambda self: self.value(QZ_VALUE_DUE), doc="The due date, or None.")
    late = property(lambda self: self.value(QZ_VALUE_LATE), doc="Whether the notice was late, or None.")
    met = property(lambda self: self.value(QZ_VALUE_MET), doc="Whether the quorum is met, or None.")
    compliant = property(lambda self: self.value(QZ_VALUE_COMPLIANT), doc="Whether compliant, or None.")
    allowed = property(lambda self: self.value(QZ_VALUE_ALLOWED), doc="Whether allowed, or None.")

    def explain(self):
        """The explanation, with the text of every article cited (added when the
        explanation does not quote it already), and the reason when no one qualifies."""
        text = self._explanation().rstrip("\n")
        lines = [text] if text else []
        if not self._found() and self._reason() and self._reason() not in text:
            lines.insert(0, self._reason())
        for c in self.citations:
            if c.text not in text:
                lines.append("{}: {}".format(c, c.text))
        return "\n".join(lines)

    def __str__(self):
        return self._explanation()

    def __repr__(self):
        if self._found():
            people = self.people
            if people:
                who = ", ".join("{} {}".format(p.capacity, p) for p in people[:4])
                who += ", ..." if len(people) > 4 else ""
            else:
                who = ", ".join("{}={}".format(k, v) for k, v in self.values.items())
        else:
            who = "no one: {}".format(self._reason())
        cites = ", ".join(str(c) for c in self.citations)
        return "<quanze.Answer {} {}: {}{}>".format(
            self.kind, self._subject() or "", who, " [" + cites + "]" if cites else "")
%}
}

/* ------------------------------------------------------------------ */
/* Model                                                               */
/* ------------------------------------------------------------------ */

%extend qzb_model {
%pythoncode %{
    @staticmethod
    def load(rules=None, org=None, calendar=None):
        """Builds a model from a rule set, an organisation and a calendar.

        Each argument is a path, XML bytes, an already loaded Rules / Org /
        Calendar, or None for the embedded default (the Yunxi rules, the demo
        organisation, the official calendar of mainland China).
        """
        r = rules if isinstance(rules, Rules) else Rules.default() if rules is None else Rules.load(rules)
        o = org if isinstance(org, Org) else Org.default() if org is None else Org.load(org)
        c = (calendar if isinstance(calendar, Calendar)
             else Calendar.default() if calendar is None else Calendar.load(calendar))
        return Model._create(r, o, c)

    @staticmethod
    def create(rules, org, calendar):
        """Builds a model from an already loaded Rules, Org and Calendar, sharing
        them (nothing is parsed or copied): the cheap way to reload one part,
        e.g. `Model.create(model.rules, Org.load(path), model.calendar)`."""
        for value, cls, what in ((rules, Rules, "rules"), (org, Org, "org"), (calendar, Calendar, "calendar")):
            if not isinstance(value, cls):
                raise TypeError("Model.create() needs a loaded {} for '{}', not {}".format(
                    cls.__name__, what, type(value).__name__))
        return Model._create(rules, org, calendar)

    rules = property(_rules, doc="The (first) rule set.")
    org = property(_org, doc="The organisation.")
    calendar = property(_calendar, doc="The calendar.")

    def meeting(self, type, date, *, major=False, portfolio=None, invitees=(), minutes=0, held=0):
        """Who convenes and presides over a meeting of `type` ('executive', 'plenary'...)
        held on `date`, its members and attendees, quorum, the minutes signer
        (`major`: major matters are involved) and the date the minutes are due.
        `portfolio`: the post or unit of the matter, for "the leader in charge".
        Where the rule set says so: who approves holding it (Capacity.APPROVER), which may
        depend on `invitees` (post or role ids); `minutes`: the planned length (0: not
        stated) against the meeting's length cap; `held`: meetings of this type the
        convening unit already held in the period, against its cap per unit. A broken
        strict cap is a finding and makes `.compliant` False."""
        return self._query_meeting(type, date, bool(major), portfolio, invitees, int(minutes), int(held))

    def sign(self, kind, date, *, issuer=None, recipient=None, major_policy=False, broad_scope=False,
             decided_by_executive=False, routine=False, portfolios=(), facts=()):
        """Who signs (签发) and who countersigns (会签) a document of `kind`
        ('request', 'report', 'notice'...) on `date`: the first matching row
        of the signing table decides; an absent signer is replaced by whoever
        acts for them. `portfolios`: posts of the leaders in charge (or unit ids), lead first;
        `facts`: further facts the signing table names (e.g. 'personnel', 'urgent')."""
        return self._query_sign(kind, date, issuer, recipient, bool(major_policy), bool(broad_scope),
                                bool(decided_by_executive), bool(routine), portfolios, facts)

    def acting(self, post, date, *, matter=None, matter_kind=None, instructed=False):
        """Who exercises the authority of `post` on `date` (the holder, or whoever
        acts for the absent holder), with the chain in the explanation.
        `matter`: a narrower scope such as a meeting type. `matter_kind`: 'temporary',
        'urgent', 'routine' or 'major' (acting rules limited to kinds of matters act only
        for those); `instructed`: the absent leader left explicit instructions on the
        matter (rules where they prevail then name no substitute)."""
        return self._query_acting(post, date, matter, matter_kind, bool(instructed))

    def deadline(self, name, start, *, limit=0, asof=None):
        """The due date of deadline `name` ('minutes-issue', 'consultation-reply'...)
        counted from `start`; `limit`: the party's own limit where the rule allows one;
        `asof`: today, to learn whether silence now counts as no objection."""
        has_asof = asof is not None
        return self._query_deadline(name, start, int(limit), has_asof, asof if has_asof else 0)

    def leave(self, post, depart, notified, *, days=0, destination=None):
        """The holder of `post` leaves the county on `depart` and reported it on
        `notified`: the notice required, whether it was late (`.late`), who
        approves, whom to report to and where it is filed. `days` (length of the
        absence) and `destination` (a destination id of the rule set) serve rule
        sets whose leave rules depend on them."""
        return self._query_leave(post, depart, notified, int(days), destination)

    def quorum(self, type, date, present):
        """Whether a meeting of `type` on `date` with the posts `present` reaches its quorum (`.met`)."""
        return self._query_quorum(type, date, present)

    def substitute(self, type, principal, substitute, date, *, request_date=None, presider_approved=False):
        """Whether post `substitute` may attend a meeting of `type` on `date` in place of
        `principal` (`.allowed`); `request_date`: when a written leave request was sent."""
        written = request_date is not None
        return self._query_substitute(type, principal, substitute, date, written,
                                      request_date if written else 0, bool(presider_approved))

    def obligations(self, from_, to=None, *, post=None, unit=None):
        """What post `post` (or unit `unit`, or anyone) must do from `from_` to `to` (default:
        `from_`) under the rule set's obligations: a list of Answer, one per obligation and
        period or date, each with `.obligation_action()`, `.obligation_trigger()`, the people
        in Capacity.RESPONSIBLE and Capacity.OBLIGEE, citations and explanation."""
        parent = self._query_obligations(post, unit, from_, to if to is not None else from_)
        items = []
        for i in range(parent._item_count()):
            it = parent._item_at(i)
            it._parent = parent  # an item is borrowed from the list answer: keep it alive
            items.append(it)
        return items

    def periodic(self, id, period, dates):
        """Whether periodic obligation `id` was met over the period containing `period`,
        given the days it happened (`.compliant`, `.value('shortfall')`)."""
        return self._query_periodic(id, period, dates)

    def normative(self, date, *, flags=(), validity_years=0, approved_by=None):
        """The violations of the normative-document checks by a document issued on
        `date` and described by `flags` (findings, `.compliant`)."""
        return self._query_normative(date, flags, int(validity_years), approved_by)

    def rules_at(self, date):
        """The rule set in force on `date`, or None."""
        return self._rules_at(date)

    def matters(self, date):
        """The matters of the authority matrix in force on `date`, as a list of Matter."""
        return [self._matter_at(date, i) for i in range(self._matter_count(date))]

    def matter(self, date, matter):
        """Matter `matter` (an index, an id or a Matter) resolved on `date`, as an Answer."""
        if isinstance(matter, Matter):
            matter = matter.index
        elif isinstance(matter, str):
            for m in self.matters(date):
                if m.id == matter:
                    matter = m.index
                    break
            else:
                raise NotFoundError("no matter '{}' in the rules in force on {}".format(matter, date),
                                    QZ_ENOTFOUND)
        return self._query_matter(date, matter)

    def matrix(self, date):
        """The whole authority matrix on `date`: one Answer per matter."""
        return [self._query_matter(date, i) for i in range(self._matter_count(date))]

    def __repr__(self):
        r = self._rules()
        return "<quanze.Model rules={} org={}>".format(r._id(), self._org()._id())
%}
}

%extend qzb_model_slot {
%pythoncode %{
    model = property(lambda self: self.get(), lambda self, m: self.set(m),
                     doc="The current model (None when empty); assign to publish a new one.")
%}
}

%pythoncode %{
from .errors import NotFoundError
%}
