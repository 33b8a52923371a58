"""quanze (权责): who convenes, presides, signs, acts and by when, under a
government's work rules, with the article that says so.

    >>> import quanze, datetime
    >>> cal = quanze.Calendar.default()
    >>> cal.add_workdays(datetime.date(2026, 9, 30), 1)
    datetime.date(2026, 10, 8)
    >>> cal.is_workday("2026-10-01")
    False
    >>> with quanze.Model.default() as model:
    ...     answer = model.sign("request", "2026-03-02", recipient="city-government")
    >>> [p.name for p in answer.who("signer")]
    ['高永胜', '宋小燕']
    >>> [str(c) for c in answer.citations]
    ['第五十四条第(一)项']

Dates are ``datetime.date`` in and out; ISO strings ("2026-03-02") are
accepted wherever a date is. Failures raise :class:`quanze.Error` subclasses.
Handles (Calendar, Org, Rules, Model, ModelSlot, Answer) are context managers
whose close() releases the native object at once.
"""

from ._core import (
    Calendar, Org, Rules, Model, ModelSlot, Answer,
    Day, Tenure, Absence, Entrustment, Entry, Person, Body, RoleEntry, Citation, Finding, Matter,
    DayKind, OrgKind, Scope, Section, QueryKind, Capacity, Via, Value, TimeUnit, MatterKind,
    Decision, Candidate, Auditor, Audit, AuditFinding, AuditSummary, Severity,
    Route, RouteStep, RouteFinding, DocNum, DocNumFinding, docnum_parse, docnum_format, docnum_check,
    qz_version_string as _version_string,
)
from .errors import (
    Error, NoMemoryError, InvalidArgumentError, ParseError, SchemaError,
    NotFoundError, OutOfCalendarError, FileError, LimitError,
)

__version__ = _version_string()

# The classes live in the SWIG proxy module; they are documented as quanze's.
for _cls in (Calendar, Org, Rules, Model, ModelSlot, Answer, Day, Tenure, Absence, Entrustment, Entry,
             Person, Body, RoleEntry, Citation, Finding, Matter, Decision, Candidate, Auditor, Audit,
             AuditFinding, AuditSummary, Route, RouteStep, RouteFinding, DocNum, DocNumFinding):
    _cls.__module__ = __name__
del _cls

__all__ = [
    "Calendar", "Org", "Rules", "Model", "ModelSlot", "Answer",
    "Day", "Tenure", "Absence", "Entrustment", "Entry", "Person", "Body", "RoleEntry",
    "Citation", "Finding", "Matter",
    "DayKind", "OrgKind", "Scope", "Section", "QueryKind", "Capacity", "Via", "Value",
    "TimeUnit", "MatterKind",
    "Decision", "Candidate", "Auditor", "Audit", "AuditFinding", "AuditSummary", "Severity",
    "Route", "RouteStep", "RouteFinding", "DocNum", "DocNumFinding",
    "docnum_parse", "docnum_format", "docnum_check",
    "Error", "NoMemoryError", "InvalidArgumentError", "ParseError", "SchemaError",
    "NotFoundError", "OutOfCalendarError", "FileError", "LimitError",
]
