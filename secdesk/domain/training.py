"""Training rules: who must attend a course, and what counts as done.

A course's target population is judged on the roster as it stood on the course's due date: a
person belongs to the department they were assigned to on that day (the April transfers move
hundreds of people, and a department is answerable for the people it had when the deadline
fell). Rules here are pure; the services evaluate the same rules in SQL for whole populations
and with these functions for one person, and a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from secdesk.i18n import QT_TR_NOOP, tr


class CourseKind(StrEnum):
    ALL_STAFF = "all-staff"
    ADVANCED = "advanced"
    NEW_STAFF = "new-staff"
    PHISHING = "phishing"
    OTHER = "other"


class TargetRule(StrEnum):
    ALL = "all"  # every member of staff (optionally of one employment type)
    SYSTEM_DEPARTMENTS = "system-departments"  # staff of departments that own systems
    JOINED_AFTER = "joined-after"  # staff who joined on or after a date
    EXPLICIT = "explicit"  # only the people listed on the course


class OverrideMode(StrEnum):
    INCLUDE = "include"  # in the target although the rule leaves them out
    EXCLUDE = "exclude"  # out of the target although the rule takes them in
    EXEMPT = "exempt"  # in the target, excused (育児休業, 病気休暇 …): not counted against it


class AttendanceStatus(StrEnum):
    COMPLETED = "completed"
    ABSENT = "absent"


class AttendanceSource(StrEnum):
    MANUAL = "manual"
    IMPORT = "import"
    MOODLE = "moodle"


class PersonStatus(StrEnum):
    """Where a person of the target population stands on a course."""

    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    EXEMPT = "exempt"


class DrillStage(StrEnum):
    """How far a phishing drill mail got with a person, in increasing order."""

    NOT_SENT = "not-sent"
    SENT = "sent"
    OPENED = "opened"
    CLICKED = "clicked"
    SUBMITTED = "submitted"


KIND_LABELS = {
    CourseKind.ALL_STAFF: QT_TR_NOOP("全職員必須"),
    CourseKind.ADVANCED: QT_TR_NOOP("上級（システム保有所属）"),
    CourseKind.NEW_STAFF: QT_TR_NOOP("新任"),
    CourseKind.PHISHING: QT_TR_NOOP("標的型攻撃メール訓練"),
    CourseKind.OTHER: QT_TR_NOOP("その他"),
}
RULE_LABELS = {
    TargetRule.ALL: QT_TR_NOOP("全職員"),
    TargetRule.SYSTEM_DEPARTMENTS: QT_TR_NOOP("情報システム保有所属の職員"),
    TargetRule.JOINED_AFTER: QT_TR_NOOP("指定日以降の採用者"),
    TargetRule.EXPLICIT: QT_TR_NOOP("個別に指定した職員"),
}
STATUS_LABELS = {
    PersonStatus.COMPLETED: QT_TR_NOOP("完了"),
    PersonStatus.INCOMPLETE: QT_TR_NOOP("未完了"),
    PersonStatus.EXEMPT: QT_TR_NOOP("免除"),
}
STAGE_LABELS = {
    DrillStage.NOT_SENT: QT_TR_NOOP("未送信"),
    DrillStage.SENT: QT_TR_NOOP("送信"),
    DrillStage.OPENED: QT_TR_NOOP("開封"),
    DrillStage.CLICKED: QT_TR_NOOP("クリック"),
    DrillStage.SUBMITTED: QT_TR_NOOP("情報入力"),
}
MODE_LABELS = {
    OverrideMode.INCLUDE: QT_TR_NOOP("対象に追加"),
    OverrideMode.EXCLUDE: QT_TR_NOOP("対象から除外"),
    OverrideMode.EXEMPT: QT_TR_NOOP("免除"),
}
_STAGE_ORDER = list(DrillStage)

DEFAULT_RULES = {
    CourseKind.ALL_STAFF: TargetRule.ALL,
    CourseKind.ADVANCED: TargetRule.SYSTEM_DEPARTMENTS,
    CourseKind.NEW_STAFF: TargetRule.JOINED_AFTER,
    CourseKind.PHISHING: TargetRule.ALL,
    CourseKind.OTHER: TargetRule.EXPLICIT,
}
DEFAULT_EXEMPTION_REASONS = ("育児休業", "病気休暇", "長期派遣", "休職", "その他")


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS[CourseKind(kind)])


def rule_label(rule: str) -> str:
    return tr(RULE_LABELS[TargetRule(rule)])


def status_label(status: str) -> str:
    return tr(STATUS_LABELS[PersonStatus(status)])


def stage_label(stage: str) -> str:
    return tr(STAGE_LABELS[DrillStage(stage)])


@dataclass(frozen=True)
class TargetSpec:
    """A course's rule with its parameters."""

    rule: TargetRule
    employment_type_id: int | None = None  # ALL only: one employment type
    joined_after: date | None = None  # JOINED_AFTER only


@dataclass(frozen=True)
class PersonOnDay:
    """What the rules look at, as the roster stood on the due date."""

    department_id: int | None  # None: not on the roster that day (not yet joined, or left)
    owns_systems: bool = False
    employment_type_id: int | None = None
    joined_on: date | None = None  # the recorded 採用日, else the start of the first assignment


def matches_rule(spec: TargetSpec, person: PersonOnDay) -> bool:
    """Whether the rule alone takes the person in (overrides aside)."""
    if person.department_id is None or spec.rule == TargetRule.EXPLICIT:
        return False
    if spec.rule == TargetRule.ALL:
        return spec.employment_type_id is None or (
            person.employment_type_id == spec.employment_type_id
        )
    if spec.rule == TargetRule.SYSTEM_DEPARTMENTS:
        return person.owns_systems
    if spec.rule == TargetRule.JOINED_AFTER:
        return (
            spec.joined_after is not None
            and person.joined_on is not None
            and person.joined_on >= spec.joined_after
        )
    raise ValueError(spec.rule)


def in_target(spec: TargetSpec, person: PersonOnDay, override: OverrideMode | None) -> bool:
    """The rule, corrected by the coordinator's override for this person."""
    if override == OverrideMode.INCLUDE:
        return True
    if override == OverrideMode.EXCLUDE:
        return False
    if override == OverrideMode.EXEMPT:
        # An exemption is only about people the course concerns; it never adds anyone.
        return matches_rule(spec, person)
    return matches_rule(spec, person)


def person_status(completed: bool, exempt: bool) -> PersonStatus:
    """Completion wins over an exemption: someone excused who attended anyway is done."""
    if completed:
        return PersonStatus.COMPLETED
    if exempt:
        return PersonStatus.EXEMPT
    return PersonStatus.INCOMPLETE


def completion_rate(target: int, completed: int, exempt: int) -> float | None:
    """Completed people as a percentage of those who must attend (exempt people excluded).

    `exempt` counts exempt people who did not complete; None when nobody must attend."""
    due = target - exempt
    if due <= 0:
        return None
    return 100.0 * completed / due


def meets_target(rate: float | None, target_rate: float) -> bool:
    """A department with nobody left to train meets any target."""
    return rate is None or rate + 1e-9 >= target_rate


def format_rate(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1f}%"


def stage_from_flags(sent: bool, opened: bool, clicked: bool, submitted: bool) -> DrillStage:
    if submitted:
        return DrillStage.SUBMITTED
    if clicked:
        return DrillStage.CLICKED
    if opened:
        return DrillStage.OPENED
    if sent:
        return DrillStage.SENT
    return DrillStage.NOT_SENT


def flags_of(stage: DrillStage) -> dict[str, bool]:
    """Each stage implies the ones before it (a click means the mail was sent and opened)."""
    rank = _STAGE_ORDER.index(stage)
    return {
        "sent": rank >= _STAGE_ORDER.index(DrillStage.SENT),
        "opened": rank >= _STAGE_ORDER.index(DrillStage.OPENED),
        "clicked": rank >= _STAGE_ORDER.index(DrillStage.CLICKED),
        "submitted": rank >= _STAGE_ORDER.index(DrillStage.SUBMITTED),
    }


def later_stage(old: DrillStage, new: DrillStage) -> DrillStage:
    """Results files of a running campaign only move forward: a later file never undoes a click."""
    return max(old, new, key=_STAGE_ORDER.index)


def rate_of(part: int, whole: int) -> float | None:
    return None if whole <= 0 else 100.0 * part / whole


DUE_SOON_DAYS = 14


def deadline_state(due: date, today: date, met: bool) -> str | None:
    """How a course or a department stands against its deadline, as services.listing STATE_*
    names: "done" when the target is met, "overdue" after the due date, "due_soon" in the last
    two weeks, None otherwise."""
    if met:
        return "done"
    if today > due:
        return "overdue"
    if (due - today).days <= DUE_SOON_DAYS:
        return "due_soon"
    return None
