"""The training chapter of the annual report: each course's completion per department (the
register's own `summarise`) and the phishing drills (`summarise_drill`), kept to the report's
departments when some are chosen."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from secdesk.domain.training import (
    CourseKind,
    completion_rate,
    kind_label,
    meets_target,
    rate_of,
)
from secdesk.reports.annual_data import CourseRow, DepartmentRates, DrillRow, TrainingPart
from secdesk.services.reports.scope import ReportScope
from secdesk.services.training.drills import STAGE_FLAGS, summarise_drill
from secdesk.services.training.status import (
    CourseSummary,
    DepartmentRow,
    department_names,
    summarise,
)
from secdesk.services.training.targets import is_drill
from secdesk.store.models import Course


def course_row(summary: CourseSummary, scope: ReportScope) -> CourseRow:
    """A course's totals over the departments of the scope."""
    info = summary.course
    rows = [d for d in summary.departments if scope.covers(d.department_id)]
    target = sum(d.target for d in rows)
    completed = sum(d.completed for d in rows)
    exempt = sum(d.exempt for d in rows)
    rate = completion_rate(target, completed, exempt)
    return CourseRow(
        info.code,
        info.title,
        kind_label(info.kind),
        info.due_date,
        target,
        completed,
        exempt,
        rate,
        info.target_rate,
        meets_target(rate, info.target_rate),
        tuple(d.name for d in rows if not d.meets_target),
    )


def gather_training(session, scope: ReportScope, today: date, progress=None) -> TrainingPart:
    part = TrainingPart()
    courses = session.scalars(
        select(Course)
        .where(Course.fiscal_year == scope.fiscal_year, Course.withdrawn_at.is_(None))
        .order_by(Course.due_date, Course.code)
    ).all()
    summaries: list[CourseSummary] = []
    for index, course in enumerate(courses):
        if progress is not None:
            progress(index, len(courses))
        if is_drill(course):
            part.drills.append(_drill_row(session, course, scope))
            continue
        summary = summarise(session, course, today)
        summaries.append(summary)
        row = course_row(summary, scope)
        part.courses.append(row)
        if part.main is None and course.kind == CourseKind.ALL_STAFF:
            part.main = row
    part.matrix = [s.course.code for s in summaries]
    by_department: dict[int | None, dict[int, DepartmentRow]] = {}
    for column, summary in enumerate(summaries):
        for dept in summary.departments:
            if scope.covers(dept.department_id):
                by_department.setdefault(dept.department_id, {})[column] = dept
    known = department_names(session)

    def place(dept_id: int | None) -> tuple[int, str]:
        code, _, _, sort_order = known.get(dept_id, ("", "", "", 1 << 30))
        return sort_order, code

    for dept_id in sorted(by_department, key=place):
        cells = by_department[dept_id]
        first = next(iter(cells.values()))
        part.departments.append(
            DepartmentRates(
                first.code,
                first.name,
                tuple(cells[c].rate if c in cells else None for c in range(len(summaries))),
                tuple(c in cells and not cells[c].meets_target for c in range(len(summaries))),
            )
        )
    return part


def _drill_row(session, course: Course, scope: ReportScope) -> DrillRow:
    summary = summarise_drill(session, course)
    rows = [d for d in summary.departments if scope.covers(d.department_id)]
    sent = sum(d.counts.sent for d in rows)
    totals = {flag: sum(getattr(d.counts, flag) for d in rows) for flag in STAGE_FLAGS}
    return DrillRow(
        course.code,
        course.title,
        course.due_date,
        sent,
        rate_of(totals["opened"], sent),
        rate_of(totals["clicked"], sent),
        rate_of(totals["submitted"], sent),
        rate_of(totals["reported"], sent),
    )
