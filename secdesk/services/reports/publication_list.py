"""The half-year publication list of personal-information leaks (個人情報の漏えい等の公表一覧).

Municipalities publish serious leaks one by one and all of them together every half year. The
list holds the incidents (not near-misses, not withdrawn) that involved personal information —
people affected, sensitive data, My Number, an unlawful purpose or a risk of financial harm —
discovered in the first half (April–September) or the second half (October–March) of a fiscal
year, with what a publication says: 概要, 漏えい等した項目, 本人の数, 原因, 二次被害, 本人への対応,
公表, 再発防止策.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select

from secdesk.domain import incidents as vocab
from secdesk.domain.errors import ValidationError
from secdesk.domain.fiscal import wareki_label
from secdesk.domain.roles import Permission
from secdesk.domain.timezone import TOKYO
from secdesk.i18n import QT_TR_NOOP, language, tr
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.exports import ExportRecord, exporting
from secdesk.store.models import Department, Incident

trail.ENTITY_LABELS.update({"publication_list": QT_TR_NOOP("漏えい等の公表一覧（半期）")})

HALVES = {1: QT_TR_NOOP("上半期（4月〜9月）"), 2: QT_TR_NOOP("下半期（10月〜3月）")}


@dataclass(frozen=True)
class PublicationRow:
    ref: str
    discovered: date
    department: str
    title: str
    description: str
    leaked_items: str
    persons: int | None
    flags: str  # 要配慮・特定個人情報・不正の目的・財産的被害
    cause: str
    secondary_damage: str
    persons_response: str
    publication: str
    preventive_measures: str


def half_bounds(fiscal_year: int, half: int) -> tuple[date, date]:
    """First day of the half and first day after it."""
    if half == 1:
        return date(fiscal_year, 4, 1), date(fiscal_year, 10, 1)
    if half == 2:
        return date(fiscal_year, 10, 1), date(fiscal_year + 1, 4, 1)
    raise ValidationError(tr("期間は上半期（1）か下半期（2）で指定してください。"))


def _flags(incident: Incident) -> str:
    names = [
        (incident.sensitive_data, tr("要配慮個人情報")),
        (incident.my_number, tr("特定個人情報")),
        (incident.unlawful_purpose, tr("不正の目的のおそれ")),
        (incident.financial_harm, tr("財産的被害のおそれ")),
    ]
    from secdesk.i18n import join

    return join([name for present, name in names if present])


class PublicationListService:
    def __init__(self, db, clock: Clock, settings) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings

    def rows(self, actor: Actor, fiscal_year: int, half: int) -> list[PublicationRow]:
        actor.require(Permission.READ)
        from datetime import datetime

        start, end = half_bounds(fiscal_year, half)
        since = datetime.combine(start, datetime.min.time(), TOKYO)
        until = datetime.combine(end, datetime.min.time(), TOKYO)
        personal = or_(
            Incident.persons_affected > 0,
            Incident.sensitive_data.is_(True),
            Incident.my_number.is_(True),
            Incident.unlawful_purpose.is_(True),
            Incident.financial_harm.is_(True),
        )
        stmt = (
            select(Incident, Department.name)
            .outerjoin(Department, Department.id == Incident.department_id)
            .where(
                Incident.kind == vocab.INCIDENT,
                Incident.status != vocab.WITHDRAWN,
                Incident.discovered_at >= since,
                Incident.discovered_at < until,
                personal,
            )
            .order_by(Incident.discovered_at, Incident.id)
        )
        with self.db.read() as session:
            return [
                PublicationRow(
                    i.ref,
                    i.discovered_at.astimezone(TOKYO).date(),
                    dept or "",
                    i.title,
                    i.description,
                    i.leaked_items,
                    i.persons_affected,
                    _flags(i),
                    i.cause,
                    i.secondary_damage,
                    i.persons_response,
                    i.publication,
                    i.preventive_measures,
                )
                for i, dept in session.execute(stmt)
            ]

    def write(self, actor: Actor, fiscal_year: int, half: int, path: Path | str) -> ExportRecord:
        """The list as a landscape PDF on the shared template, recorded in the trail."""
        from secdesk.reports.publication_list import build_publication_list
        from secdesk.reports.template import ReportMeta

        actor.require(Permission.EXPORT)
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            raise ValidationError(tr("出力先は .pdf のファイル名にしてください。"))
        start, end = half_bounds(fiscal_year, half)
        values = self.settings.all()
        year = wareki_label(fiscal_year) if language() == "ja" else f"FY{fiscal_year}"
        meta = ReportMeta(
            tr("個人情報の漏えい等の公表一覧"),
            str(values.get("organisation_name") or ""),
            str(values.get("classification_label") or ""),
            self.clock.now(),
            actor.display_name or actor.username,
            tr("{year} {half}（{start} 〜 {end} に発見したもの）").format(
                year=year,
                half=tr(HALVES[half]),
                start=start.isoformat(),
                end=date.fromordinal(end.toordinal() - 1).isoformat(),
            ),
        )
        filters = {"fiscal_year": fiscal_year, "half": half}
        with exporting(
            self.db, self.clock, actor, "publication_list", path, filters, action="report"
        ) as (temp, record):
            rows = self.rows(actor, fiscal_year, half)
            build_publication_list(temp, meta, rows)
            record.rows = len(rows)
        return record
