"""Importing e-learning results: check the whole file, show what would change, write it whole.

`plan()` writes nothing. It sorts each person of the file into new completions, completions
already recorded (never duplicated), absences turned into completions, and conflicts (recorded
with another date or score), and names every bad line. `apply()` recomputes the plan inside one
write transaction and writes all of it, or nothing when any line is bad (unless the user chose
to import only the good lines). Conflicts keep what is recorded unless the user chose to take
the file's values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secdesk.domain.errors import Problem, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import normalize, normalize_code
from secdesk.domain.training import AttendanceSource, AttendanceStatus
from secdesk.i18n import tr
from secdesk.io.attendance_format import (
    MOODLE,
    MOODLE_ACTIVITY,
    activity_report_as_completion,
    detect_layout,
    fiscal_year_of,
    guess_mapping,
    mapping_problems,
    parse_day,
    parse_score,
    status_says_completed,
)
from secdesk.io.tabular import Table
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.training.attendance import recordable_course
from secdesk.services.training.courses import CourseInfo, course_info
from secdesk.services.training.targets import after_bulk_insert, bulk_insert, population
from secdesk.store.models import Attendance, Staff

CHUNK = 5000


@dataclass(frozen=True)
class PlannedEntry:
    line: int
    staff_id: int
    staff_number: str
    name: str
    completed_on: date
    score: float | None
    recorded_on: date | None = None  # conflicts: what is stored now
    recorded_score: float | None = None
    attendance_id: int | None = None


@dataclass
class AttendancePlan:
    course: CourseInfo
    layout: str
    rows_read: int = 0
    new: list[PlannedEntry] = field(default_factory=list)
    already: list[PlannedEntry] = field(default_factory=list)
    absent_to_completed: list[PlannedEntry] = field(default_factory=list)
    conflicts: list[PlannedEntry] = field(default_factory=list)
    not_completed: int = 0  # rows without a completion date (Moodle: not yet complete), or
    # whose 状況 says they are not a completion (未完了, 免除 …)
    other_courses: dict[str, int] = field(default_factory=dict)  # 研修コード → rows skipped
    # Moodle: participants who are not staff (teachers, managers, test accounts), read over.
    unmatched: list[tuple[int, str]] = field(default_factory=list)  # (line, what the file says)
    repeated: int = 0  # further rows of someone already in the file (earliest date kept)
    outside_target: int = 0
    errors: list[Problem] = field(default_factory=list)
    # What the plan was made from (see _basis); apply() reuses a plan whose basis still holds.
    basis: tuple = ()
    source: tuple = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        return tr(
            "新規 {new} / 記録済み（重複なし） {already} / 欠席→受講 {absent} / 食い違い {conflicts} / "
            "未完了の行 {open} / 名簿にない参加者 {unmatched} / エラー {errors}"
        ).format(
            unmatched=len(self.unmatched),
            new=len(self.new),
            already=len(self.already),
            absent=len(self.absent_to_completed),
            conflicts=len(self.conflicts),
            open=self.not_completed,
            errors=len(self.errors),
        )

    def skipped_courses(self) -> str:
        """The rows of other courses the file holds, read over: 「R8-PH1 320 行、R8-02 148 行」."""
        from secdesk.i18n import join

        return join(
            tr("{code} {n} 行").format(code=code, n=f"{n:,}")
            for code, n in sorted(self.other_courses.items())
        )


@dataclass(frozen=True)
class AttendanceImportResult:
    created: int
    updated: int
    skipped_lines: int
    import_seq: int


def _cell(values: list[str], index: int | None) -> str:
    if index is None or index >= len(values):
        return ""
    value = values[index].strip()
    return value[1:] if value.startswith("'") else value


def _basis(session: Session, course_id: int) -> tuple:
    """A cheap fingerprint of what a plan depends on: the course's records and the roster."""
    return (
        *session.execute(
            select(func.count(), func.max(Attendance.id), func.max(Attendance.updated_at)).where(
                Attendance.course_id == course_id
            )
        ).one(),
        *session.execute(select(func.count(), func.max(Staff.updated_at))).one(),
    )


def _make_plan(
    session: Session, course_id: int, table: Table, mapping: dict[str, str] | None, today: date
) -> AttendancePlan:
    course = recordable_course(session, course_id)
    layout = detect_layout(table.headers)
    plan = AttendancePlan(course_info(course), layout, len(table.rows))
    plan.basis = _basis(session, course.id)
    plan.source = (id(table), len(table.rows), tuple(sorted((mapping or {}).items())))
    if layout == MOODLE_ACTIVITY:
        table, layout = activity_report_as_completion(table), MOODLE
        plan.layout = layout
    mapping = {k: v for k, v in (mapping or guess_mapping(table.headers)).items() if v}
    plan.errors.extend(mapping_problems(table, mapping))
    if plan.errors:
        return plan
    by_email = "staff_number" not in mapping
    if by_email:
        people = {
            key: (sid, number, name)
            for sid, number, name, key in session.execute(
                select(Staff.id, Staff.staff_number, Staff.name, Staff.email_key).where(
                    Staff.email_key != ""
                )
            )
        }
    else:
        people = {
            number: (sid, number, name)
            for sid, number, name in session.execute(
                select(Staff.id, Staff.staff_number, Staff.name)
            )
        }
    # Column positions once, not per cell: files run to 100,000 rows.
    at = {key: table.column(column) for key, column in mapping.items()}
    key_at = at.get("email" if by_email else "staff_number")
    code_at, year_at, status_at = at.get("course_code"), at.get("fiscal_year"), at.get("status")
    course_code = normalize_code(plan.course.code)
    wanted: dict[int, PlannedEntry] = {}
    for row in table.rows:
        if code_at is not None:
            # A file that names courses (the training export does) is read for this course only.
            code_text = normalize_code(_cell(row.values, code_at))
            year_text = _cell(row.values, year_at)
            year = fiscal_year_of(year_text) if year_text else None
            if code_text != course_code or (year is not None and year != plan.course.fiscal_year):
                label = code_text or tr("（研修コードなし）")
                if year is not None and year != plan.course.fiscal_year:
                    label = tr("{code}（{year}年度）").format(code=label, year=year)
                plan.other_courses[label] = plan.other_courses.get(label, 0) + 1
                continue
        status_text = _cell(row.values, status_at)
        says = status_says_completed(status_text) if status_text else None
        if status_text and says is None:
            plan.errors.append(
                Problem(
                    tr("状況「{v}」を読めません（「完了」「未完了」「免除」など）。").format(
                        v=status_text
                    ),
                    line=row.line,
                )
            )
            continue
        key_text = _cell(row.values, key_at)
        key = (
            normalize(key_text).replace(" ", "").casefold()
            if by_email
            else normalize_code(key_text)
        )
        day_text = _cell(row.values, at["completed_on"])
        problems = []
        person = people.get(key)
        if person is None and layout == MOODLE:
            # A Moodle course always has teachers, managers or test accounts besides the staff:
            # like GoPhish's unmatched addresses, they are listed and read over, not errors.
            name = _cell(row.values, 1)
            plan.unmatched.append((row.line, " ".join(p for p in (key_text, name) if p)))
            continue
        if not key:
            problems.append(
                tr("職員番号がありません。") if not by_email else tr("メールアドレスがありません。")
            )
        elif person is None:
            problems.append(tr("「{v}」に該当する職員が登録されていません。").format(v=key_text))
        day = parse_day(day_text) if day_text else None
        if day_text and day is None:
            problems.append(tr("受講日「{v}」を日付として読めません。").format(v=day_text))
        elif day is not None and day > today:
            problems.append(tr("受講日「{v}」が未来の日付です。").format(v=day_text))
        score = None
        score_text = _cell(row.values, at.get("score"))
        if score_text:
            try:
                score = parse_score(score_text)
            except ValueError:
                problems.append(tr("得点「{v}」を数として読めません。").format(v=score_text))
        if problems:
            plan.errors.extend(Problem(p, line=row.line) for p in problems)
            continue
        if day is None or says is False:
            plan.not_completed += 1
            continue
        staff_id, number, name = person
        earlier = wanted.get(staff_id)
        if earlier is not None:
            # Several attempts: the first completion counts, with the best score.
            plan.repeated += 1
            best = max((s for s in (earlier.score, score) if s is not None), default=None)
            first = earlier if earlier.completed_on <= day else None
            wanted[staff_id] = PlannedEntry(
                first.line if first else row.line,
                staff_id,
                number,
                name,
                min(earlier.completed_on, day),
                best,
            )
            continue
        wanted[staff_id] = PlannedEntry(row.line, staff_id, number, name, day, score)
    _classify(session, course, plan, wanted)
    return plan


def _classify(
    session: Session, course, plan: AttendancePlan, wanted: dict[int, PlannedEntry]
) -> None:
    recorded = {
        a.staff_id: a
        for a in session.execute(
            select(
                Attendance.id,
                Attendance.staff_id,
                Attendance.status,
                Attendance.completed_on,
                Attendance.score,
            ).where(Attendance.course_id == course.id, Attendance.withdrawn_at.is_(None))
        )
    }
    targeted = {s for s, _ in session.execute(population(course))}
    for staff_id, entry in sorted(wanted.items(), key=lambda item: item[1].line):
        if staff_id not in targeted:
            plan.outside_target += 1
        old = recorded.get(staff_id)
        if old is None:
            plan.new.append(entry)
            continue
        stored = PlannedEntry(
            entry.line,
            staff_id,
            entry.staff_number,
            entry.name,
            entry.completed_on,
            entry.score,
            old.completed_on,
            old.score,
            old.id,
        )
        if old.status != AttendanceStatus.COMPLETED:
            plan.absent_to_completed.append(stored)
        elif old.completed_on == entry.completed_on and (
            entry.score is None or old.score == entry.score
        ):
            plan.already.append(stored)
        else:
            plan.conflicts.append(stored)


class AttendanceImportService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def plan(
        self, actor: Actor, course_id: int, table: Table, mapping: dict[str, str] | None = None
    ) -> AttendancePlan:
        actor.require(Permission.EDIT_TRAINING)
        with self.db.read() as session:
            return _make_plan(session, course_id, table, mapping, self.clock.today())

    def apply(
        self,
        actor: Actor,
        course_id: int,
        table: Table,
        mapping: dict[str, str] | None = None,
        take_file_values: bool = False,
        only_good_rows: bool = False,
        checked: AttendancePlan | None = None,
    ) -> AttendanceImportResult:
        """Write the file. `checked` is the plan the person saw: it is reused when nothing it
        depends on has changed since, and made again inside this transaction otherwise."""
        actor.require(Permission.EDIT_TRAINING)
        with self.db.write() as session:
            source = (id(table), len(table.rows), tuple(sorted((mapping or {}).items())))
            if (
                checked is not None
                and checked.course.id == course_id
                and checked.source == source
                and checked.basis == _basis(session, course_id)
                and checked.course.version == recordable_course(session, course_id).version
            ):
                plan = checked
            else:
                plan = _make_plan(session, course_id, table, mapping, self.clock.today())
            if plan.errors and (not only_good_rows or any(p.line is None for p in plan.errors)):
                raise ValidationError(plan.errors)
            source = AttendanceSource.MOODLE if plan.layout == MOODLE else AttendanceSource.IMPORT
            changed = plan.absent_to_completed + (plan.conflicts if take_file_values else [])
            seq = trail.record(
                session,
                actor,
                self.clock,
                "import",
                "attendance",
                course_id,
                {
                    "course": plan.course.code,
                    "fiscal_year": plan.course.fiscal_year,
                    "file": table.source,
                    "layout": plan.layout,
                    "rows": plan.rows_read,
                    "created": len(plan.new),
                    "updated": len(changed),
                    "already_recorded": len(plan.already),
                    "conflicts_kept": 0 if take_file_values else len(plan.conflicts),
                    "skipped_lines": sorted({p.line for p in plan.errors if p.line}),
                },
            )
            now = self.clock.now()
            completed, source_value = AttendanceStatus.COMPLETED.value, source.value
            rows = [
                {
                    "course_id": course_id,
                    "staff_id": e.staff_id,
                    "status": completed,
                    "completed_on": e.completed_on,
                    "score": e.score,
                    "source": source_value,
                    "recorded_by": actor.username,
                    "import_seq": seq,
                    "withdrawn_reason": "",
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for e in plan.new
            ]
            bulk_insert(session, Attendance.__table__, rows)
            after_bulk_insert(session, "attendance", len(rows))
            events = []
            for entry in changed:
                record = session.get(Attendance, entry.attendance_id)
                before = {
                    "status": record.status,
                    "completed_on": record.completed_on,
                    "score": record.score,
                }
                record.status = AttendanceStatus.COMPLETED.value
                record.completed_on = entry.completed_on
                record.score = entry.score if entry.score is not None else record.score
                record.source, record.import_seq = source.value, seq
                record.recorded_by = actor.username
                after = {
                    "status": record.status,
                    "completed_on": record.completed_on,
                    "score": record.score,
                }
                events.append(
                    trail.TrailEvent(
                        "update", "attendance", record.id, trail.changes(before, after)
                    )
                )
            session.flush()
            trail.record_many(session, actor, self.clock, events)
            return AttendanceImportResult(
                len(plan.new), len(changed), len({p.line for p in plan.errors}), seq
            )
