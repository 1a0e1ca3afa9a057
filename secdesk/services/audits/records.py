"""The audit records people see, and the lookups and small rules the audit services share."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain.audits import (
    AUDIT_STATUS_LABELS,
    KIND_LABELS,
    AuditKind,
    AuditStatus,
)
from secdesk.domain.fiscal import wareki_label
from secdesk.i18n import tr
from secdesk.services.core.editing import require_found
from secdesk.store.models import Audit, AuditScope, Checklist


@dataclass(frozen=True)
class AuditInput:
    kind: str
    fiscal_year: int
    title: str
    auditor_org: str = ""
    auditor_person: str = ""
    period_start: date | None = None
    period_end: date | None = None
    status: str = AuditStatus.PLANNED
    checklist_id: int | None = None
    department_ids: tuple[int, ...] = ()
    jlis_reported_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class AuditInfo:
    id: int
    number: str
    kind: str
    fiscal_year: int
    title: str
    auditor_org: str
    auditor_person: str
    period_start: date | None
    period_end: date | None
    status: str
    checklist_id: int | None
    department_ids: tuple[int, ...]
    jlis_reported_on: date | None
    notes: str
    withdrawn: bool
    withdrawn_reason: str
    version: int
    copied_from_id: int | None = None

    @property
    def kind_label(self) -> str:
        return tr(KIND_LABELS[AuditKind(self.kind)])

    @property
    def status_label(self) -> str:
        return tr(AUDIT_STATUS_LABELS[AuditStatus(self.status)])

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}"

    def as_input(self) -> AuditInput:
        return AuditInput(
            self.kind,
            self.fiscal_year,
            self.title,
            self.auditor_org,
            self.auditor_person,
            self.period_start,
            self.period_end,
            self.status,
            self.checklist_id,
            self.department_ids,
            self.jlis_reported_on,
            self.notes,
        )


@dataclass(frozen=True)
class JlisDuty:
    """Whether this fiscal year owes an external audit reported to J-LIS, and where it stands."""

    network_model: str
    owed: bool
    fiscal_year: int
    external_audits: tuple[AuditInfo, ...] = ()

    @property
    def reported_on(self) -> date | None:
        days = [a.jlis_reported_on for a in self.external_audits if a.jlis_reported_on]
        return min(days) if days else None

    @property
    def fulfilled(self) -> bool:
        return not self.owed or self.reported_on is not None

    def message(self) -> str:
        if not self.owed:
            return tr(
                "ネットワーク分離モデル {m}: 外部監査の J-LIS への報告義務はありません。"
            ).format(m=self.network_model)
        head = tr(
            "ネットワーク分離モデル {m}: 毎年度の外部監査と J-LIS への報告が必要です。"
        ).format(m=self.network_model)
        if not self.external_audits:
            return head + tr("{fy}の外部監査は登録されていません。").format(
                fy=wareki_label(self.fiscal_year)
            )
        if self.reported_on is None:
            return head + tr("外部監査 {n} 件、J-LIS へは未報告です。").format(
                n=len(self.external_audits)
            )
        return head + tr("J-LIS へ報告済み（{day}）。").format(day=self.reported_on.isoformat())


@dataclass(frozen=True)
class AuditChoice:
    """A short line for combo boxes and filters."""

    id: int
    number: str
    title: str
    kind: str
    fiscal_year: int
    status: str
    checklist_id: int | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}"


def audit_fields(audit: Audit, departments: tuple[int, ...]) -> dict[str, object]:
    return {
        "kind": audit.kind,
        "fiscal_year": audit.fiscal_year,
        "title": audit.title,
        "auditor_org": audit.auditor_org,
        "auditor_person": audit.auditor_person,
        "period_start": audit.period_start,
        "period_end": audit.period_end,
        "status": audit.status,
        "checklist_id": audit.checklist_id,
        "department_ids": list(departments),
        "jlis_reported_on": audit.jlis_reported_on,
        "notes": audit.notes,
    }


def scope_of(session: Session, audit_id: int) -> tuple[int, ...]:
    return tuple(
        session.scalars(
            select(AuditScope.department_id)
            .where(AuditScope.audit_id == audit_id)
            .order_by(AuditScope.department_id)
        )
    )


def audit_info(session: Session, audit: Audit) -> AuditInfo:
    return AuditInfo(
        audit.id,
        audit.number,
        audit.kind,
        audit.fiscal_year,
        audit.title,
        audit.auditor_org,
        audit.auditor_person,
        audit.period_start,
        audit.period_end,
        audit.status,
        audit.checklist_id,
        scope_of(session, audit.id),
        audit.jlis_reported_on,
        audit.notes,
        audit.withdrawn,
        audit.withdrawn_reason,
        audit.version,
        audit.copied_from_id,
    )


def get_audit(session: Session, audit_id: int) -> Audit:
    return require_found(session.get(Audit, audit_id), tr("監査が見つかりません。"))


def same_checklist_for(session: Session, checklist_id: int | None, year: int) -> int | None:
    """This year's newest revision of the same checklist, else the one given."""
    if checklist_id is None:
        return None
    old = session.get(Checklist, checklist_id)
    if old is None:
        return checklist_id
    newer = session.scalar(
        select(Checklist.id)
        .where(
            Checklist.fiscal_year == year,
            Checklist.title == old.title,
            Checklist.withdrawn.is_(False),
        )
        .order_by(Checklist.revision.desc())
        .limit(1)
    )
    return newer or checklist_id


def retitled(title: str, old: int, new: int) -> str:
    changed = title.replace(wareki_label(old), wareki_label(new)).replace(str(old), str(new))
    return changed if changed != title else f"{title}（{wareki_label(new)}）"


def shifted(day: date | None, years: int) -> date | None:
    if day is None:
        return None
    year = day.year + years
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))
