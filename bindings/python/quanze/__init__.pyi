# Type stubs of the quanze package (the SWIG extension and its Python layer).
import array
import datetime
import enum
import os
from typing import Any, Dict, Iterable, Iterator, List, Mapping, NamedTuple, Optional, Sequence, TypeVar, Union, overload

from .errors import (
    Error as Error, FileError as FileError, InvalidArgumentError as InvalidArgumentError,
    LimitError as LimitError, NoMemoryError as NoMemoryError, NotFoundError as NotFoundError,
    OutOfCalendarError as OutOfCalendarError, ParseError as ParseError, SchemaError as SchemaError,
)

__version__: str

DateLike = Union[datetime.date, str, int]
Source = Union[str, os.PathLike, bytes, bytearray, memoryview]

_H = TypeVar("_H")


class _NamedEnum(enum.IntEnum):
    @property
    def label(self) -> Optional[str]: ...

class DayKind(_NamedEnum):
    WORKDAY: int
    WEEKEND: int
    HOLIDAY: int
    MAKEUP: int

class OrgKind(_NamedEnum):
    NONE: int
    UNIT: int
    AREA: int
    POST: int
    PERSON: int

class Scope(_NamedEnum):
    GOVERNMENT_WORK: int
    MEETING: int
    SIGNING: int
    OTHER: int

class Section(_NamedEnum):
    ROLE: int
    BODY: int
    MEETING: int
    DOCUMENT_KIND: int
    ISSUER: int
    RECIPIENT: int
    SIGNING: int
    DEADLINE: int
    LEAVE: int
    ACTING: int
    PERIODIC: int
    CHECK: int
    PROVISION: int
    OBLIGATION: int
    EVENT: int

class QueryKind(_NamedEnum):
    MEETING: int
    SIGN: int
    ACTING: int
    DEADLINE: int
    LEAVE: int
    QUORUM: int
    SUBSTITUTE: int
    PERIODIC: int
    NORMATIVE: int
    MATTER: int
    OBLIGATIONS: int

class Capacity(_NamedEnum):
    SIGNER: int
    COUNTERSIGNER: int
    CONVENER: int
    PRESIDER: int
    MEMBER: int
    ATTENDEE: int
    INVITEE: int
    MINUTES_SIGNER: int
    MINUTES_SIGNER_MAJOR: int
    ACTING: int
    ABSENT: int
    REPORT_TO: int
    FILED_WITH: int
    FILED_BY: int
    APPROVER: int
    SUBSTITUTE: int
    PRESENT: int
    RESPONSIBLE: int
    REVIEWER: int
    ESCALATION: int
    OBLIGEE: int

class Via(_NamedEnum):
    HOLDER: int
    ACTING: int
    ENTRUSTED: int

class Value(_NamedEnum):
    MET: int
    LATE: int
    COMPLIANT: int
    ALLOWED: int
    PRESENT: int
    REQUIRED: int
    MEMBERS: int
    NOTICE_DAYS: int
    NOTICE_GIVEN: int
    DUE: int
    EARLIEST: int
    SILENCE_NO_OBJECTION: int
    COUNT: int
    MIN: int
    MAX: int
    SHORTFALL: int
    EXCESS: int
    LIMIT: int
    PERIOD_START: int
    PERIOD_END: int
    VIOLATIONS: int
    UNIT: int
    PRINCIPLE: int

class TimeUnit(_NamedEnum):
    WORKDAYS: int
    DAYS: int
    HALF_DAYS: int
    HOURS: int
    WEEKS: int
    MONTHS: int
    QUARTERS: int
    HALF_YEARS: int
    YEARS: int

class MatterKind(_NamedEnum):
    ROLE: int
    ACTING: int
    MEETING: int
    SIGNING: int
    DEADLINE: int
    LEAVE: int
    PERIODIC: int
    CHECK: int
    PROVISION: int
    OBLIGATION: int

CapacityLike = Union[Capacity, int, str]

class Day:
    date: datetime.date
    kind: DayKind
    name: Optional[str]
    year: int
    assumed: bool

class Tenure:
    post: str
    person: str
    start: Optional[datetime.date]
    end: Optional[datetime.date]

class Absence:
    person: str
    start: datetime.date
    end: datetime.date
    away_from_county: bool
    reason: str

class Entrustment:
    by: str
    agent: str
    scope: Scope
    subject: Optional[str]
    start: Optional[datetime.date]
    end: Optional[datetime.date]
    note: str

class Entry:
    section: Section
    index: int
    id: str
    label: Optional[str]

class Person:
    capacity: Capacity
    post: str
    role: str
    id: str
    name: str
    via: Via
    for_post: Optional[str]
    for_person: Optional[str]
    citation: int

class Body:
    capacity: Capacity
    id: str
    name: str

class RoleEntry:
    capacity: Capacity
    id: str
    label: Optional[str]

class Citation:
    article: int
    item: int
    text: str
    rule: str
    label: str

class Finding:
    id: str
    text: str

class Matter:
    kind: MatterKind
    index: int
    id: str
    label: str

class Calendar:
    def close(self) -> None: ...
    def __enter__(self: _H) -> _H: ...
    def __exit__(self, *exc_info: Any) -> bool: ...
    @staticmethod
    def default() -> Calendar: ...
    @staticmethod
    def load(source: Source, name: Optional[str] = ...) -> Calendar: ...
    def overlay(self, source: Source, name: Optional[str] = ...) -> Calendar: ...
    def provisional(self, on: bool = ...) -> Calendar: ...
    def assuming_weekends(self, assume: bool = ...) -> Calendar: ...
    def year_origin(self, year: int) -> str: ...
    def with_region(self, region: str) -> Calendar: ...
    def layer_region_file(self, path: str) -> Calendar: ...
    def save(self, path: Optional[Union[str, os.PathLike]] = ...) -> Optional[str]: ...
    def save_file(self, path: str) -> None: ...
    region: str
    source: str
    first_year: int
    last_year: int
    @property
    def coverage(self) -> range: ...
    def is_workday(self, d: DateLike) -> bool: ...
    def add_workdays(self, d: DateLike, n: int) -> datetime.date: ...
    def workdays_between(self, a: DateLike, b: DateLike) -> int: ...
    def day(self, d: DateLike) -> Day: ...
    def arrangement(self, year: int) -> List[Day]: ...
    @overload
    def add_workdays_many(self, dates: "array.array[int]", n: int) -> "array.array[int]": ...
    @overload
    def add_workdays_many(self, dates: Sequence[DateLike], n: int) -> List[datetime.date]: ...
    @overload
    def workdays_between_many(self, starts: "array.array[int]", ends: "array.array[int]") -> "array.array[int]": ...
    @overload
    def workdays_between_many(self, starts: Sequence[DateLike], ends: Sequence[DateLike]) -> List[int]: ...
    def is_workday_many(self, dates: Sequence[DateLike]) -> List[bool]: ...

class Org:
    def close(self) -> None: ...
    def __enter__(self: _H) -> _H: ...
    def __exit__(self, *exc_info: Any) -> bool: ...
    @staticmethod
    def default() -> Org: ...
    @staticmethod
    def load(source: Source, name: Optional[str] = ...) -> Org: ...
    def save(self, path: Optional[Union[str, os.PathLike]] = ...) -> Optional[str]: ...
    def save_file(self, path: str) -> None: ...
    def same_as(self, other: Org) -> bool: ...
    id: str
    name: str
    party_group_name: Optional[str]
    units: List[str]
    areas: List[str]
    posts: List[str]
    people: List[str]
    def kind_of(self, id: str) -> OrgKind: ...
    def __contains__(self, id: object) -> bool: ...
    def unit_name(self, unit: str) -> str: ...
    def unit_kind(self, unit: str) -> str: ...
    def unit_parent(self, unit: str) -> Optional[str]: ...
    def unit_tags(self, unit: str) -> List[str]: ...
    def unit_has_tag(self, unit: str, tag: str) -> bool: ...
    def tagged_units(self, tag: str) -> List[str]: ...
    def unit_posts(self, unit: str) -> List[str]: ...
    def area_name(self, area: str) -> str: ...
    def post_name(self, post: str) -> str: ...
    def post_unit(self, post: str) -> str: ...
    def post_role(self, post: str) -> str: ...
    def post_single(self, post: str) -> bool: ...
    def post_has_role(self, post: str, role: str, date: DateLike) -> bool: ...
    def role_posts(self, role: str, date: DateLike) -> List[str]: ...
    def person_name(self, person: str) -> str: ...
    def person_cpc(self, person: str) -> bool: ...
    def holder(self, post: str, date: DateLike) -> Optional[str]: ...
    def holders(self, post: str, date: DateLike) -> List[str]: ...
    def person_posts(self, person: str, date: DateLike) -> List[str]: ...
    def tenures(self, post: str) -> List[Tenure]: ...
    def absence(self, person: str, date: DateLike) -> Optional[Absence]: ...
    def absences(self, person: Optional[str] = ...) -> List[Absence]: ...
    def in_charge(self, matter: str, date: DateLike) -> Optional[str]: ...
    def portfolio(self, post: str, date: DateLike) -> List[str]: ...
    def ab_partner(self, post: str, date: DateLike) -> Optional[str]: ...
    def party_group_secretary(self, date: DateLike) -> Optional[str]: ...
    def party_group_is_member(self, post: str, date: DateLike) -> bool: ...
    def party_group_members(self, date: DateLike) -> List[str]: ...
    @property
    def entrustments(self) -> List[Entrustment]: ...
    def entrusted(self, by: str, date: DateLike) -> List[Entrustment]: ...
    def entrusted_agent(self, by: str, scope: Union[Scope, int, str], date: DateLike,
                        subject: Optional[str] = ...) -> Optional[str]: ...

class Rules:
    def close(self) -> None: ...
    def __enter__(self: _H) -> _H: ...
    def __exit__(self, *exc_info: Any) -> bool: ...
    @staticmethod
    def default() -> Rules: ...
    @staticmethod
    def load(source: Source, name: Optional[str] = ...) -> Rules: ...
    def save(self, path: Optional[Union[str, os.PathLike]] = ...) -> Optional[str]: ...
    def save_file(self, path: str) -> None: ...
    id: str
    title: str
    document_number: Optional[str]
    authority: Optional[str]
    adopted: Optional[datetime.date]
    issued: Optional[datetime.date]
    effective: datetime.date
    expires: Optional[datetime.date]
    def in_force(self, date: DateLike) -> bool: ...
    def count(self, section: Union[Section, int]) -> int: ...
    def entries(self, section: Union[Section, int, str]) -> List[Entry]: ...
    def ids(self, section: Union[Section, int, str]) -> List[str]: ...
    def find(self, section: Union[Section, int, str], id: str) -> Entry: ...

class Answer:
    def close(self) -> None: ...
    def __enter__(self: _H) -> _H: ...
    def __exit__(self, *exc_info: Any) -> bool: ...
    kind: QueryKind
    found: bool
    reason: Optional[str]
    explanation: str
    subject: Optional[str]
    subject_label: Optional[str]
    date: datetime.date
    @property
    def people(self) -> List[Person]: ...
    @property
    def person(self) -> Optional[Person]: ...
    def who(self, *capacities: CapacityLike) -> List[Person]: ...
    @property
    def bodies(self) -> List[Body]: ...
    @property
    def roles(self) -> List[RoleEntry]: ...
    @property
    def citations(self) -> List[Citation]: ...
    @property
    def findings(self) -> List[Finding]: ...
    def has(self, key: Union[Value, int]) -> bool: ...
    def value(self, key: Union[Value, int, str], default: object = ...) -> object: ...
    @property
    def values(self) -> dict: ...
    due: Optional[datetime.date]
    late: Optional[bool]
    met: Optional[bool]
    compliant: Optional[bool]
    allowed: Optional[bool]
    def explain(self) -> str: ...

class Model:
    def close(self) -> None: ...
    def __enter__(self: _H) -> _H: ...
    def __exit__(self, *exc_info: Any) -> bool: ...
    @staticmethod
    def default() -> Model: ...
    @staticmethod
    def create(rules: Rules, org: Org, calendar: Calendar) -> "Model": ...
    @staticmethod
    def load(rules: Union[Source, Rules, None] = ..., org: Union[Source, Org, None] = ...,
             calendar: Union[Source, Calendar, None] = ...) -> Model: ...
    rules: Rules
    org: Org
    calendar: Calendar
    def rules_at(self, date: DateLike) -> Optional[Rules]: ...
    def meeting(self, type: str, date: DateLike, *, major: bool = ..., portfolio: Optional[str] = ...) -> Answer: ...
    def sign(self, kind: str, date: DateLike, *, issuer: Optional[str] = ..., recipient: Optional[str] = ...,
             major_policy: bool = ..., broad_scope: bool = ..., decided_by_executive: bool = ...,
             routine: bool = ..., portfolios: Iterable[str] = ..., facts: Iterable[str] = ...) -> Answer: ...
    def acting(self, post: str, date: DateLike, *, matter: Optional[str] = ...) -> Answer: ...
    def deadline(self, name: str, start: DateLike, *, limit: int = ..., asof: Optional[DateLike] = ...) -> Answer: ...
    def leave(self, post: str, depart: DateLike, notified: DateLike, *, days: int = ..., destination: Optional[str] = ...) -> Answer: ...
    def quorum(self, type: str, date: DateLike, present: Sequence[str]) -> Answer: ...
    def substitute(self, type: str, principal: str, substitute: str, date: DateLike, *,
                   request_date: Optional[DateLike] = ..., presider_approved: bool = ...) -> Answer: ...
    def obligations(self, from_: DateLike, to: Optional[DateLike] = ..., *, post: Optional[str] = ...,
                    unit: Optional[str] = ...) -> List[Answer]: ...
    def periodic(self, id: str, period: DateLike, dates: Sequence[DateLike]) -> Answer: ...
    def normative(self, date: DateLike, *, flags: Sequence[str] = ..., validity_years: int = ...,
                  approved_by: Optional[str] = ...) -> Answer: ...
    def matters(self, date: DateLike) -> List[Matter]: ...
    def matter(self, date: DateLike, matter: Union[int, str, Matter]) -> Answer: ...
    def matrix(self, date: DateLike) -> List[Answer]: ...
    # checks (quanze/check.h): may the actor (a post id or a person id) take the action?
    def check_sign(self, actor: str, kind: str, date: DateLike, *, issuer: Optional[str] = ...,
                   recipient: Optional[str] = ..., major_policy: bool = ..., broad_scope: bool = ...,
                   decided_by_executive: bool = ..., routine: bool = ..., portfolios: Sequence[str] = ...,
                   facts: Sequence[str] = ...) -> Decision: ...
    def check_countersign(self, actor: str, kind: str, date: DateLike, *, issuer: Optional[str] = ...,
                          recipient: Optional[str] = ..., major_policy: bool = ..., broad_scope: bool = ...,
                          decided_by_executive: bool = ..., routine: bool = ..., portfolios: Sequence[str] = ...,
                          facts: Sequence[str] = ...) -> Decision: ...
    def check_convene(self, actor: str, type: str, date: DateLike, *, major: bool = ...,
                      portfolio: Optional[str] = ...) -> Decision: ...
    def check_preside(self, actor: str, type: str, date: DateLike, *, major: bool = ...,
                      portfolio: Optional[str] = ...) -> Decision: ...
    def check_sign_minutes(self, actor: str, type: str, date: DateLike, *, major: bool = ...,
                           portfolio: Optional[str] = ...) -> Decision: ...
    def check_approve_leave(self, actor: str, post: str, depart: DateLike, notified: DateLike, *, days: int = ...,
                            destination: Optional[str] = ...) -> Decision: ...
    def check_receive_leave(self, actor: str, post: str, depart: DateLike, notified: DateLike, *, days: int = ...,
                            destination: Optional[str] = ...) -> Decision: ...
    def check_act_for(self, actor: str, post: str, date: DateLike, *, matter: Optional[str] = ...) -> Decision: ...
    def check_substitute(self, actor: str, type: str, principal: str, date: DateLike, *,
                         substitute: Optional[str] = ..., request_date: Optional[DateLike] = ...,
                         presider_approved: bool = ...) -> Decision: ...
    # audits (quanze/audit.h)
    def auditor(self, *, fail_fast: bool = ...) -> Auditor: ...
    def audit(self, records: Union[str, os.PathLike, Iterable[Mapping[str, Any]]], *, fail_fast: bool = ...,
              name: Optional[str] = ...) -> Audit: ...
    # routes (quanze/route.h, quanze/draft.h)
    def route(self, kind: str, date: DateLike, *, issuer: Optional[str] = ..., recipient: Optional[str] = ...,
              portfolios: Sequence[str] = ..., normative: bool = ..., major_policy: bool = ...,
              broad_scope: bool = ..., routine: bool = ..., urgent: bool = ..., meeting: Optional[str] = ...,
              meeting_date: Optional[DateLike] = ..., docnum: Optional[str] = ..., agency_codes: Sequence[str] = ...,
              facts: Sequence[str] = ..., validity_years: int = ...) -> Route: ...
    def route_draft(self, source: Source, name: Optional[str] = ...) -> Route: ...

class ModelSlot:
    def close(self) -> None: ...
    def __enter__(self: _H) -> _H: ...
    def __exit__(self, *exc_info: Any) -> bool: ...
    @staticmethod
    def create(model: Optional[Model]) -> ModelSlot: ...
    def get(self) -> Optional[Model]: ...
    def set(self, model: Model) -> None: ...
    model: Optional[Model]


class Severity(_NamedEnum):
    NOTE: int
    WARNING: int
    VIOLATION: int
    ERROR: int
    UNREADABLE: int

class Candidate:
    post: str
    post_name: Optional[str]
    person: Optional[str]
    name: Optional[str]

class Decision:
    action: str
    allowed: bool
    capacity: Capacity
    via: Optional[Via]
    post: Optional[str]
    post_name: Optional[str]
    person: Optional[str]
    name: Optional[str]
    for_post: Optional[str]
    for_person: Optional[str]
    for_name: Optional[str]
    citation: Optional[Citation]
    reason: Optional[str]
    candidates: List[Candidate]
    answer: Answer
    @property
    def citations(self) -> List[Citation]: ...
    def explain(self) -> str: ...
    def __bool__(self) -> bool: ...

class AuditSummary(NamedTuple):
    read: int
    audited: int
    unreadable: int
    violations: int
    notes: int

class AuditFinding:
    check: str
    severity: Severity
    file: Optional[str]
    line: int
    record_type: Optional[str]
    date: Optional[datetime.date]
    people: List[str]
    article: int
    item: int
    rule: Optional[str]
    citation: Optional[str]
    citation_label: Optional[str]
    explanation: str
    @property
    def position(self) -> str: ...

class Auditor:
    def __init__(self, model: Model, *, fail_fast: bool = ...) -> None: ...
    def add(self, record: Mapping[str, Any], *, file: Optional[str] = ..., line: int = ...) -> List[AuditFinding]: ...
    def audit_file(self, *paths: Union[str, os.PathLike]) -> Iterator[AuditFinding]: ...
    def finish(self) -> List[AuditFinding]: ...
    @property
    def summary(self) -> AuditSummary: ...
    def close(self) -> None: ...
    def __enter__(self) -> Auditor: ...
    def __exit__(self, *exc_info: Any) -> bool: ...

class Audit(Iterator[AuditFinding]):
    def __next__(self) -> AuditFinding: ...
    @property
    def summary(self) -> AuditSummary: ...
    def close(self) -> None: ...
    def __enter__(self) -> Audit: ...
    def __exit__(self, *exc_info: Any) -> bool: ...

class RouteFinding(NamedTuple):
    id: str
    text: str
    source: Optional[str]

class RouteStep:
    kind: str
    label: str
    unit: Optional[str]
    answer: Optional[Answer]
    @property
    def people(self) -> List[Person]: ...
    @property
    def citations(self) -> List[Citation]: ...
    @property
    def due(self) -> Optional[datetime.date]: ...

class Route:
    steps: List[RouteStep]
    findings: List[RouteFinding]
    def step(self, kind: str) -> Optional[RouteStep]: ...
    def as_dict(self) -> Dict[str, Any]: ...
    def __iter__(self) -> Iterator[RouteStep]: ...
    def __len__(self) -> int: ...

class DocNumFinding(NamedTuple):
    id: str
    offset: int
    byte_offset: int
    clause: str
    message: str

class DocNum(NamedTuple):
    code: str
    year: int
    serial: int
    @staticmethod
    def parse(text: str) -> DocNum: ...
    def format(self) -> str: ...
    @staticmethod
    def check(text: str, *, date: Optional[DateLike] = ..., codes: Sequence[str] = ...) -> List[DocNumFinding]: ...

def docnum_parse(text: str) -> DocNum: ...
def docnum_format(code: str, year: int, serial: int) -> str: ...
def docnum_check(text: str, *, date: Optional[DateLike] = ..., codes: Sequence[str] = ...) -> List[DocNumFinding]: ...
