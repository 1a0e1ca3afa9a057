"""Exports of the training register: a fiscal year person by person, and the non-completer
lists that go to each department for the reminder round (one sheet or file per department)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from secdesk.domain.errors import ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.timezone import TOKYO
from secdesk.domain.training import (
    MODE_LABELS,
    AttendanceStatus,
    OverrideMode,
    PersonStatus,
    person_status,
    stage_from_flags,
    stage_label,
    status_label,
)
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.io.writers import Column, write_csv, write_xlsx
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.exports import ExportRecord, exporting
from secdesk.services.training.courses import get_course
from secdesk.services.training.status import CourseSummary, summarise
from secdesk.services.training.targets import is_drill, population
from secdesk.store.models import Attendance, Course, Department, DrillResult, Staff, TargetOverride


def _shown(columns: tuple[Column, ...]) -> list[Column]:
    """Column headers in the reader's language (the tables below hold the source text)."""
    return [Column(tr(c.header), c.width) for c in columns]


YEAR_COLUMNS = (
    Column(QT_TR_NOOP("年度"), 8),
    Column(QT_TR_NOOP("研修コード"), 12),
    Column(QT_TR_NOOP("研修名"), 30),
    Column(QT_TR_NOOP("職員番号"), 11),
    Column(QT_TR_NOOP("氏名"), 16),
    Column(QT_TR_NOOP("所属コード（期限日時点）"), 12),
    Column(QT_TR_NOOP("所属（期限日時点）"), 20),
    Column(QT_TR_NOOP("状況"), 8),
    Column(QT_TR_NOOP("完了日"), 12),
    Column(QT_TR_NOOP("得点"), 7),
    Column(QT_TR_NOOP("免除・個別指定"), 18),
    Column(QT_TR_NOOP("訓練結果"), 10),
    Column(QT_TR_NOOP("報告"), 6),
)
SUMMARY_COLUMNS = (
    Column(QT_TR_NOOP("研修コード"), 12),
    Column(QT_TR_NOOP("研修名"), 30),
    Column(QT_TR_NOOP("期限日"), 12),
    Column(QT_TR_NOOP("所属コード"), 10),
    Column(QT_TR_NOOP("所属"), 20),
    Column(QT_TR_NOOP("対象者"), 8),
    Column(QT_TR_NOOP("完了"), 8),
    Column(QT_TR_NOOP("免除"), 8),
    Column(QT_TR_NOOP("未完了"), 8),
    Column(QT_TR_NOOP("受講率(%)"), 10),
    Column(QT_TR_NOOP("目標"), 8),
)
NON_COMPLETER_COLUMNS = (
    Column(QT_TR_NOOP("所属コード"), 10),
    Column(QT_TR_NOOP("所属"), 20),
    Column(QT_TR_NOOP("職員番号"), 11),
    Column(QT_TR_NOOP("氏名"), 16),
    Column(QT_TR_NOOP("フリガナ"), 18),
    Column(QT_TR_NOOP("メールアドレス"), 30),
    Column(QT_TR_NOOP("研修"), 30),
    Column(QT_TR_NOOP("期限日"), 12),
)


@dataclass(frozen=True)
class PersonLine:
    """One person of one course's target population, with where they stand."""

    department_code: str
    department: str
    staff_number: str
    name: str
    kana: str
    email: str
    status: PersonStatus
    completed_on: date | None
    score: float | None
    note: str
    stage: str  # drills only
    reported: bool | None  # drills only


def person_lines(
    session: Session, course: Course, only_incomplete: bool = False
) -> Iterator[PersonLine]:
    """Everyone a course concerns (or only those still to complete), by department as on the
    due date and kana. Plain columns, no ORM objects: a year's export runs to 100,000 lines."""
    pop = population(course).subquery("pop")
    drill = is_drill(course)
    if drill:
        record = (DrillResult.sent, DrillResult.opened, DrillResult.clicked, DrillResult.submitted)
        extra = (DrillResult.reported, DrillResult.sent_at)
        on_record = and_(DrillResult.course_id == course.id, DrillResult.staff_id == pop.c.staff_id)
        done = DrillResult.sent.is_(True)
        table = DrillResult
    else:
        record = (Attendance.status,)
        extra = (Attendance.completed_on, Attendance.score)
        on_record = and_(
            Attendance.course_id == course.id,
            Attendance.staff_id == pop.c.staff_id,
            Attendance.withdrawn_at.is_(None),
        )
        done = Attendance.status == AttendanceStatus.COMPLETED.value
        table = Attendance
    stmt = (
        select(
            Staff.staff_number,
            Staff.name,
            Staff.kana,
            Staff.email,
            Department.code,
            Department.name,
            TargetOverride.mode,
            TargetOverride.reason,
            *record,
            *extra,
        )
        .select_from(pop)
        .join(Staff, Staff.id == pop.c.staff_id)
        .outerjoin(Department, Department.id == pop.c.department_id)
        .outerjoin(table, on_record)
        .outerjoin(
            TargetOverride,
            and_(
                TargetOverride.course_id == course.id,
                TargetOverride.staff_id == pop.c.staff_id,
                TargetOverride.withdrawn_at.is_(None),
            ),
        )
        .order_by(Department.sort_order, Department.code, Staff.kana_key, Staff.id)
    )
    if only_incomplete:
        stmt = stmt.where(
            or_(done.is_(None), ~done),
            or_(TargetOverride.mode.is_(None), TargetOverride.mode != OverrideMode.EXEMPT.value),
        )
    labels = {mode: tr(label) for mode, label in MODE_LABELS.items()}
    for number, name, kana, email, code, dept, mode, reason, *values in session.execute(stmt):
        note = ""
        if mode is not None:
            note = labels[OverrideMode(mode)]
            if reason:
                note = tr("{mode}（{reason}）").format(mode=note, reason=reason)
        exempt = mode == OverrideMode.EXEMPT
        if drill:
            sent, opened, clicked, submitted, reported, sent_at = values
            yield PersonLine(
                code or "",
                dept or "",
                number,
                name,
                kana,
                email,
                person_status(bool(sent), exempt),
                # GoPhish gives a send date to mail only scheduled or that failed (Scheduled,
                # Error): without a sent mail there is no completion, so no date either.
                sent_at.astimezone(TOKYO).date() if sent and sent_at else None,
                None,
                note,
                stage_label(
                    stage_from_flags(bool(sent), bool(opened), bool(clicked), bool(submitted))
                ),
                bool(reported),
            )
        else:
            status, completed_on, score = values
            completed = status == AttendanceStatus.COMPLETED
            yield PersonLine(
                code or "",
                dept or "",
                number,
                name,
                kana,
                email,
                person_status(completed, exempt),
                completed_on if completed else None,
                score,
                note,
                "",
                None,
            )


def summary_rows(summary: CourseSummary) -> list[tuple]:
    """A course's completion per department, in SUMMARY_COLUMNS."""
    course = summary.course
    return [
        (
            course.code,
            course.title,
            course.due_date,
            dept.code,
            dept.name,
            dept.target,
            dept.completed,
            dept.exempt,
            dept.remaining,
            None if dept.rate is None else round(dept.rate, 1),
            tr("達成") if dept.meets_target else tr("未達"),
        )
        for dept in summary.departments
    ]


def non_completer_row(line: PersonLine, course: Course) -> tuple:
    """One person still to complete a course, in NON_COMPLETER_COLUMNS."""
    person = (line.department_code, line.department, line.staff_number, line.name, line.kana)
    return (*person, line.email, course.title, course.due_date)


def _check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(tr("出力先は .csv か .xlsx のファイル名にしてください。"))
    return suffix


def _safe(text: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text).strip() or "_"


class TrainingExportService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def export_year(
        self,
        actor: Actor,
        fiscal_year: int,
        path: Path | str,
        encoding: str = "utf-8-sig",
        label: str = "",
    ) -> ExportRecord:
        """One row per person and course of the year's target populations (`export training`)."""
        actor.require(Permission.EXPORT)
        path = Path(path)
        suffix = _check_suffix(path)
        filters = {"fiscal_year": fiscal_year, "encoding": encoding}
        with exporting(self.db, self.clock, actor, "training", path, filters) as (temp, record):
            rows, summary = self._year_rows(fiscal_year)
            headers = [tr(c.header) for c in YEAR_COLUMNS]
            if suffix == ".csv":
                record.rows = write_csv(temp, headers, rows, encoding=encoding)
            else:
                counts = write_xlsx(
                    temp,
                    [
                        (tr("受講状況"), _shown(YEAR_COLUMNS), rows),
                        (tr("所属別集計"), _shown(SUMMARY_COLUMNS), summary),
                    ],
                    label=label,
                )
                record.rows = counts[tr("受講状況")]
        return record

    def _year_rows(self, fiscal_year: int) -> tuple[list[tuple], list[tuple]]:
        rows: list[tuple] = []
        summary: list[tuple] = []
        with self.db.read() as session:
            courses = session.scalars(
                select(Course)
                .where(Course.fiscal_year == fiscal_year, Course.withdrawn_at.is_(None))
                .order_by(Course.due_date, Course.code)
            ).all()
            today = self.clock.today()
            for course in courses:
                for line in person_lines(session, course):
                    rows.append(
                        (
                            fiscal_year,
                            course.code,
                            course.title,
                            line.staff_number,
                            line.name,
                            line.department_code,
                            line.department,
                            status_label(line.status),
                            line.completed_on,
                            line.score,
                            line.note,
                            line.stage,
                            ""
                            if line.reported is None
                            else (tr("あり") if line.reported else tr("なし")),
                        )
                    )
                summary.extend(summary_rows(summarise(session, course, today)))
        return rows, summary

    def export_non_completers(
        self,
        actor: Actor,
        course_id: int,
        path: Path | str,
        encoding: str = "utf-8-sig",
        label: str = "",
        per_department: bool = False,
        departments: tuple[int, ...] | None = None,
    ) -> list[ExportRecord]:
        """People still to complete a course, to send each department as a reminder.

        With `per_department`, an .xlsx gets one sheet per department and a CSV becomes one file
        per department beside the chosen name (名前_所属コード_所属名.csv)."""
        actor.require(Permission.EXPORT)
        path = Path(path)
        suffix = _check_suffix(path)
        groups, course_label = self._non_completers(course_id, departments)
        filters = {
            "course_id": course_id,
            "course": course_label,
            "per_department": per_department,
            "departments": list(departments or ()),
            "encoding": encoding,
        }
        headers = [tr(c.header) for c in NON_COMPLETER_COLUMNS]
        records = []
        if suffix == ".xlsx":
            sheets = (
                [
                    (f"{code} {name}", _shown(NON_COMPLETER_COLUMNS), rows)
                    for (code, name), rows in groups
                ]
                if per_department
                else [
                    (
                        tr("未受講者"),
                        _shown(NON_COMPLETER_COLUMNS),
                        [r for _, rows in groups for r in rows],
                    )
                ]
            )
            with exporting(self.db, self.clock, actor, "non_completers", path, filters) as (
                temp,
                record,
            ):
                record.rows = sum(write_xlsx(temp, sheets, label=label).values())
            records.append(record)
        elif per_department:
            for (code, name), rows in groups:
                target = path.with_name(f"{path.stem}_{_safe(code)}_{_safe(name)}{path.suffix}")
                with exporting(self.db, self.clock, actor, "non_completers", target, filters) as (
                    temp,
                    record,
                ):
                    record.rows = write_csv(temp, headers, rows, encoding=encoding)
                records.append(record)
        else:
            with exporting(self.db, self.clock, actor, "non_completers", path, filters) as (
                temp,
                record,
            ):
                record.rows = write_csv(
                    temp, headers, [r for _, rows in groups for r in rows], encoding=encoding
                )
            records.append(record)
        return records

    def _non_completers(
        self, course_id: int, departments: tuple[int, ...] | None
    ) -> tuple[list[tuple[tuple[str, str], list[tuple]]], str]:
        with self.db.read() as session:
            course = get_course(session, course_id)
            wanted = None
            if departments:
                wanted = {
                    d.code
                    for d in session.scalars(
                        select(Department).where(Department.id.in_(departments))
                    )
                }
            groups: dict[tuple[str, str], list[tuple]] = {}
            for line in person_lines(session, course, only_incomplete=True):
                if wanted is not None and line.department_code not in wanted:
                    continue
                groups.setdefault((line.department_code, line.department), []).append(
                    non_completer_row(line, course)
                )
            return list(groups.items()), f"{course.code} {course.title}"
