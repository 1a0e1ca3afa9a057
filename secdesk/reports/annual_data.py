"""What the annual information-security report shows, as plain values.

services.annual_report fills these from the three registers; reports.annual_report lays them
out. Nothing here touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class KeyFigure:
    """A figure of the summary page against its target; `met` None when there is no target."""

    label: str
    value: str
    target: str
    note: str
    met: bool | None = None


@dataclass(frozen=True)
class CountRow:
    """Incidents and near-misses of one month, category, segment or department, this year and
    the year before."""

    label: str
    incidents: int
    incidents_before: int
    near_misses: int
    near_misses_before: int

    @property
    def total(self) -> int:
        return self.incidents + self.near_misses

    @property
    def total_before(self) -> int:
        return self.incidents_before + self.near_misses_before


@dataclass(frozen=True)
class DutyRow:
    label: str
    owed: int
    on_time: int
    late: int
    overdue: int
    pending: int
    rate: float | None  # on time among those done or past their deadline


@dataclass(frozen=True)
class DutyCase:
    """A report made late, or still owed after its deadline."""

    ref: str
    title: str
    department: str
    duty: str
    due: date
    done: date | None
    state: str  # 期限後に実施（3日後） / 未実施（期限超過 12日）
    overdue: bool


@dataclass(frozen=True)
class AppendixRow:
    ref: str
    discovered: str
    title: str
    category: str
    department: str
    severity: str
    status: str
    persons: str
    duties: str


@dataclass
class IncidentPart:
    incidents: int = 0
    incidents_before: int = 0
    near_misses: int = 0
    near_misses_before: int = 0
    months: list[CountRow] = field(default_factory=list)
    categories: list[CountRow] = field(default_factory=list)
    segments: list[CountRow] = field(default_factory=list)
    departments: list[CountRow] = field(default_factory=list)
    duties: list[DutyRow] = field(default_factory=list)
    duty_total: DutyRow | None = None
    duty_cases: list[DutyCase] = field(default_factory=list)
    duty_cases_total: int = 0
    appendix: list[AppendixRow] = field(default_factory=list)
    appendix_limit: int = 0  # the appendix was cut to the most serious ones when exceeded


@dataclass(frozen=True)
class CourseRow:
    code: str
    title: str
    kind: str
    due: date
    target: int
    completed: int
    exempt: int
    rate: float | None
    target_rate: int
    meets_target: bool
    below: tuple[str, ...]  # departments under the course's target

    @property
    def remaining(self) -> int:
        return self.target - self.completed - self.exempt


@dataclass(frozen=True)
class DepartmentRates:
    """One department's completion of each course of the matrix (None: nobody concerned)."""

    code: str
    name: str
    rates: tuple[float | None, ...]
    below: tuple[bool, ...]


@dataclass(frozen=True)
class DrillRow:
    code: str
    title: str
    day: date
    sent: int
    opened: float | None
    clicked: float | None
    submitted: float | None
    reported: float | None


@dataclass
class TrainingPart:
    courses: list[CourseRow] = field(default_factory=list)
    main: CourseRow | None = None  # the year's first all-staff course
    matrix: list[str] = field(default_factory=list)  # course codes, the matrix's columns
    departments: list[DepartmentRates] = field(default_factory=list)
    drills: list[DrillRow] = field(default_factory=list)


@dataclass(frozen=True)
class AuditRow:
    number: str
    kind: str
    title: str
    status: str
    findings: int
    closed: int
    open: int
    overdue: int


@dataclass(frozen=True)
class OverdueAction:
    due: date
    days_late: int
    finding: str
    rating: str
    department: str
    title: str
    plan: str
    owner: str
    status: str


@dataclass(frozen=True)
class SelfCheckRow:
    """One self-inspection of the year: answer rate over the departments in scope."""

    number: str
    title: str
    departments: int
    expected: int
    answered: int
    rate: float | None
    unanswered: tuple[str, ...]  # departments that gave no answer at all
    incomplete: int  # departments that have not answered everything


@dataclass
class AuditPart:
    audits: list[AuditRow] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=dict)  # kind label → audits
    status_headers: list[str] = field(default_factory=list)
    ratings: list[tuple[str, int, tuple[int, ...]]] = field(default_factory=list)
    findings: int = 0
    open_findings: int = 0
    carried_over: int = 0  # findings of earlier years still open
    overdue_total: int = 0
    overdue: list[OverdueAction] = field(default_factory=list)
    self_checks: list[SelfCheckRow] = field(default_factory=list)
    jlis: str = ""

    @property
    def self_check_rate(self) -> float | None:
        expected = sum(s.expected for s in self.self_checks)
        answered = sum(s.answered for s in self.self_checks)
        return None if expected == 0 else 100.0 * answered / expected


@dataclass
class AnnualReport:
    fiscal_year: int
    year_label: str  # 令和8年度（2026年度）
    scope: str  # 全所属, or the departments chosen
    figures: list[KeyFigure] = field(default_factory=list)
    duties_of_law: list[tuple[str, str, str]] = field(default_factory=list)
    incidents: IncidentPart = field(default_factory=IncidentPart)
    training: TrainingPart = field(default_factory=TrainingPart)
    audits: AuditPart = field(default_factory=AuditPart)
