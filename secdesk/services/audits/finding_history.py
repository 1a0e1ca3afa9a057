"""The history of a finding that recurs: last year's same finding, and the years after it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from secdesk.domain.audits import FINDING_STATUS_LABELS, FindingStatus
from secdesk.i18n import tr
from secdesk.services.core.editing import require_found
from secdesk.store.models import AuditRating, ChecklistItem, Finding


@dataclass(frozen=True)
class HistoryEntry:
    """One year of a recurring finding."""

    id: int
    number: str
    fiscal_year: int
    title: str
    rating: str
    status: str

    @property
    def status_label(self) -> str:
        return tr(FINDING_STATUS_LABELS[FindingStatus(self.status)])


def recurrence_candidates(
    session: Session, fiscal_year: int, department_id: int, item_code: str = ""
) -> list[HistoryEntry]:
    """Earlier years' findings of the department, those of the same item first."""
    stmt = (
        select(Finding, AuditRating.name, ChecklistItem.code)
        .join(AuditRating, AuditRating.id == Finding.rating_id)
        .outerjoin(ChecklistItem, ChecklistItem.id == Finding.item_id)
        .where(
            Finding.department_id == department_id,
            Finding.fiscal_year < fiscal_year,
            Finding.status != FindingStatus.WITHDRAWN,
        )
        .order_by(Finding.fiscal_year.desc(), Finding.number.desc())
        .limit(200)
    )
    rows = session.execute(stmt).all()
    rows.sort(key=lambda r: bool(item_code) and r[2] != item_code)
    return [
        HistoryEntry(f.id, f.number, f.fiscal_year, f.title, rating, f.status)
        for f, rating, _code in rows
    ]


def finding_history(session: Session, finding_id: int) -> list[HistoryEntry]:
    """Every year of a recurring finding, oldest first: back along the links, then forward."""
    chain: list[Finding] = []
    current: Finding | None = require_found(
        session.get(Finding, finding_id), tr("指摘事項が見つかりません。")
    )
    seen: set[int] = set()
    while current is not None and current.id not in seen:
        seen.add(current.id)
        chain.insert(0, current)
        current = (
            session.get(Finding, current.recurrence_of_id) if current.recurrence_of_id else None
        )
    frontier = [finding_id]
    while frontier:
        later = list(
            session.scalars(
                select(Finding)
                .where(Finding.recurrence_of_id.in_(frontier), Finding.id.not_in(seen))
                .order_by(Finding.fiscal_year, Finding.number)
            )
        )
        chain.extend(later)
        seen.update(f.id for f in later)
        frontier = [f.id for f in later]
    names = dict(session.execute(select(AuditRating.id, AuditRating.name)).all())
    return [
        HistoryEntry(f.id, f.number, f.fiscal_year, f.title, names.get(f.rating_id, ""), f.status)
        for f in chain
    ]


def earlier_finding_for(
    session: Session, fiscal_year: int, department_id: int, item_code: str
) -> int | None:
    """Last year's live finding for the same item and department (a recurrence), if any."""
    item = aliased(ChecklistItem)
    return session.scalar(
        select(Finding.id)
        .join(item, item.id == Finding.item_id)
        .where(
            Finding.department_id == department_id,
            item.code == item_code,
            Finding.fiscal_year < fiscal_year,
            Finding.status != FindingStatus.WITHDRAWN,
        )
        .order_by(Finding.fiscal_year.desc(), Finding.id.desc())
        .limit(1)
    )
