"""The training completion report (PDF) for a fiscal year or one course: what it shows is
gathered here, laid out by reports.training_report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from secdesk.domain.errors import ValidationError
from secdesk.domain.fiscal import fiscal_year_label, wareki_label
from secdesk.domain.roles import Permission
from secdesk.domain.training import CourseKind
from secdesk.i18n import language, tr
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.exports import ExportRecord, exporting
from secdesk.services.core.listing import ListQuery
from secdesk.services.training.drills import DrillSummary, RepeatClickerSource, summarise_drill
from secdesk.services.training.file_export import PersonLine, person_lines
from secdesk.services.training.status import CourseSummary, summarise
from secdesk.services.training.targets import is_drill
from secdesk.store.models import Course


@dataclass
class ReportData:
    """Everything the PDF shows; plain values, no database."""

    title: str
    fiscal_year: int
    courses: list[CourseSummary] = field(default_factory=list)
    drills: list[DrillSummary] = field(default_factory=list)
    non_completers: dict[int, list[PersonLine]] = field(default_factory=dict)  # course id
    repeat_clickers: int = 0


class TrainingReportService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def gather(
        self,
        actor: Actor,
        fiscal_year: int,
        course_id: int | None = None,
        with_non_completers: bool = False,
    ) -> ReportData:
        actor.require(Permission.READ)
        today = self.clock.today()
        with self.db.read() as session:
            stmt = select(Course).where(Course.withdrawn_at.is_(None))
            if course_id is not None:
                stmt = stmt.where(Course.id == course_id)
            else:
                stmt = stmt.where(Course.fiscal_year == fiscal_year)
            courses = session.scalars(stmt.order_by(Course.due_date, Course.code)).all()
            if not courses:
                raise ValidationError(
                    tr("{fy}の研修が登録されていないため、報告書を作成できません。").format(
                        fy=fiscal_year_label(fiscal_year, language())
                    )
                )
            if course_id is not None:
                fiscal_year = courses[0].fiscal_year
                title = tr("研修受講状況報告書　{code} {title}").format(
                    code=courses[0].code, title=courses[0].title
                )
            else:
                short = (
                    wareki_label(fiscal_year)
                    if language() == "ja"
                    else fiscal_year_label(fiscal_year, "en")
                )
                title = tr("{fy} 情報セキュリティ研修・訓練 実施状況報告書").format(fy=short)
            data = ReportData(title, fiscal_year)
            for course in courses:
                data.courses.append(summarise(session, course, today))
                if is_drill(course):
                    data.drills.append(summarise_drill(session, course))
                elif with_non_completers:
                    data.non_completers[course.id] = list(
                        person_lines(session, course, only_incomplete=True)
                    )
        if data.drills:
            data.repeat_clickers = RepeatClickerSource(self.db).count(actor, ListQuery())
        return data

    def write(
        self,
        actor: Actor,
        fiscal_year: int,
        path: Path | str,
        course_id: int | None = None,
        with_non_completers: bool = False,
        organisation: str = "",
        label: str = "",
    ) -> ExportRecord:
        """Write the PDF and record it in the trail (as a report)."""
        from secdesk.reports.template import ReportMeta
        from secdesk.reports.training_report import build_training_report

        actor.require(Permission.EXPORT)
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            raise ValidationError(tr("出力先は .pdf のファイル名にしてください。"))
        data = self.gather(actor, fiscal_year, course_id, with_non_completers)
        meta = ReportMeta(
            data.title,
            organisation,
            label,
            self.clock.now(),
            actor.display_name or actor.username,
            "　".join(
                part
                for part in (organisation, fiscal_year_label(data.fiscal_year, language()))
                if part
            ),
        )
        filters = {
            "fiscal_year": data.fiscal_year,
            "course_id": course_id,
            "with_non_completers": with_non_completers,
        }
        with exporting(self.db, self.clock, actor, "training", path, filters, action="report") as (
            temp,
            record,
        ):
            record.rows = build_training_report(temp, meta, data)
        return record


def is_all_staff(summary: CourseSummary) -> bool:
    return summary.course.kind == CourseKind.ALL_STAFF
