"""Audits and self-inspections: plan, scope, status, copying last year's, the J-LIS duty."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from secdesk.domain.audits import (
    AUDIT_STATUS_LABELS,
    KIND_LABELS,
    AuditKind,
    AuditStatus,
    FindingStatus,
    external_audit_owed,
)
from secdesk.domain.errors import Problem, SecdeskError, ValidationError
from secdesk.domain.fiscal import wareki_label
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, clean_multiline
from secdesk.i18n import tr
from secdesk.services import audit_common, trail
from secdesk.services.audit_common import check_version, network_model, require_found
from secdesk.services.context import Actor, Clock
from secdesk.store.models import Audit, AuditScope, Checklist, Department, Finding


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


def _fields(audit: Audit, departments: tuple[int, ...]) -> dict[str, object]:
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


class AuditService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def get(self, actor: Actor, audit_id: int) -> AuditInfo:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return audit_info(session, get_audit(session, audit_id))

    def find_by_number(self, actor: Actor, number: str) -> AuditInfo | None:
        actor.require(Permission.READ)
        with self.db.read() as session:
            audit = session.scalar(select(Audit).where(Audit.number == number.strip().upper()))
            return None if audit is None else audit_info(session, audit)

    def choices(
        self, actor: Actor, fiscal_year: int | None = None, kind: str | None = None
    ) -> list[AuditChoice]:
        """Live audits, newest first (for filters and pickers)."""
        actor.require(Permission.READ)
        stmt = select(Audit).where(Audit.withdrawn.is_(False))
        if fiscal_year is not None:
            stmt = stmt.where(Audit.fiscal_year == fiscal_year)
        if kind is not None:
            stmt = stmt.where(Audit.kind == kind)
        stmt = stmt.order_by(Audit.fiscal_year.desc(), Audit.number.desc())
        with self.db.read() as session:
            return [
                AuditChoice(
                    a.id, a.number, a.title, a.kind, a.fiscal_year, a.status, a.checklist_id
                )
                for a in session.scalars(stmt)
            ]

    def fiscal_years(self, actor: Actor) -> list[int]:
        """Years that have audits, plus the current one, newest first."""
        actor.require(Permission.READ)
        from secdesk.domain.fiscal import fiscal_year

        with self.db.read() as session:
            years = set(session.scalars(select(Audit.fiscal_year).distinct()))
        years.add(fiscal_year(self.clock.today()))
        return sorted(years, reverse=True)

    def create(self, actor: Actor, data: AuditInput) -> AuditInfo:
        actor.require(Permission.EDIT_AUDITS)
        with self.db.write() as session:
            clean = _validated(session, data)
            audit = Audit(
                number=audit_common.next_number(
                    session, clean.fiscal_year, audit_common.AUDIT_PREFIX
                ),
                withdrawn=False,
                withdrawn_reason="",
                created_by=actor.username,
            )
            _assign(audit, clean)
            session.add(audit)
            session.flush()
            _set_scope(session, audit.id, clean.department_ids)
            trail.record(
                session,
                actor,
                self.clock,
                "create",
                "audit",
                audit.id,
                {"number": audit.number, **_fields(audit, clean.department_ids)},
            )
            return audit_info(session, audit)

    def update(
        self, actor: Actor, audit_id: int, expected_version: int, data: AuditInput
    ) -> AuditInfo:
        actor.require(Permission.EDIT_AUDITS)
        with self.db.write() as session:
            audit = get_audit(session, audit_id)
            if audit.withdrawn:
                raise SecdeskError(tr("取り消された監査は変更できません。"))
            before = _fields(audit, scope_of(session, audit.id))
            check_version(
                "audit",
                audit,
                expected_version,
                _fields(_assign(Audit(), data), data.department_ids),
                before,
                tr("他の利用者がこの監査を先に更新しました。"),
            )
            clean = _validated(session, data, audit)
            _assign(audit, clean)
            _set_scope(session, audit.id, clean.department_ids)
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "update",
                "audit",
                audit.id,
                trail.changes(before, _fields(audit, clean.department_ids)),
            )
            return audit_info(session, audit)

    def withdraw(
        self, actor: Actor, audit_id: int, expected_version: int, reason: str
    ) -> AuditInfo:
        """取消 with a reason; only an audit without live findings (withdraw those first)."""
        actor.require(Permission.EDIT_AUDITS)
        reason = clean_multiline(reason)
        if not reason:
            raise ValidationError(Problem(tr("取消の理由を入力してください。"), "reason"))
        with self.db.write() as session:
            audit = get_audit(session, audit_id)
            check_version("audit", audit, expected_version, {"withdrawn": True}, {})
            live = session.scalar(
                select(func.count())
                .select_from(Finding)
                .where(Finding.audit_id == audit.id, Finding.status != FindingStatus.WITHDRAWN)
            )
            if live:
                raise SecdeskError(
                    tr(
                        "この監査には指摘事項が {n} 件あるため取り消せません。先に指摘事項を取り消してください。"
                    ).format(n=live)
                )
            audit.withdrawn, audit.withdrawn_reason = True, reason
            session.flush()
            trail.record(
                session, actor, self.clock, "withdraw", "audit", audit.id, {"reason": reason}
            )
            return audit_info(session, audit)

    def copy_from(
        self,
        actor: Actor,
        source_id: int,
        fiscal_year: int,
        title: str | None = None,
        checklist_id: int | None = None,
    ) -> AuditInfo:
        """Start this year's audit from last year's: same kind, auditor, scope and checklist
        (this year's version of it when one was imported), no answers, status 計画."""
        actor.require(Permission.EDIT_AUDITS)
        with self.db.read() as session:
            source = audit_info(session, get_audit(session, source_id))
            chosen = checklist_id or _same_checklist_for(session, source.checklist_id, fiscal_year)
            active = set(session.scalars(select(Department.id).where(Department.active.is_(True))))
        shift = fiscal_year - source.fiscal_year
        data = replace(
            source.as_input(),
            fiscal_year=fiscal_year,
            title=title or retitled(source.title, source.fiscal_year, fiscal_year),
            period_start=_shifted(source.period_start, shift),
            period_end=_shifted(source.period_end, shift),
            status=AuditStatus.PLANNED,
            checklist_id=chosen,
            department_ids=tuple(d for d in source.department_ids if d in active),
            jlis_reported_on=None,
        )
        with self.db.write() as session:
            clean = _validated(session, data)
            audit = Audit(
                number=audit_common.next_number(session, fiscal_year, audit_common.AUDIT_PREFIX),
                withdrawn=False,
                withdrawn_reason="",
                created_by=actor.username,
                copied_from_id=source.id,
            )
            _assign(audit, clean)
            session.add(audit)
            session.flush()
            _set_scope(session, audit.id, clean.department_ids)
            trail.record(
                session,
                actor,
                self.clock,
                "copy",
                "audit",
                audit.id,
                {
                    "from": source.number,
                    "number": audit.number,
                    **_fields(audit, data.department_ids),
                },
            )
            return audit_info(session, audit)

    def jlis_duty(self, actor: Actor, fiscal_year: int) -> JlisDuty:
        actor.require(Permission.READ)
        with self.db.read() as session:
            model = network_model(session)
            audits = session.scalars(
                select(Audit)
                .where(
                    Audit.fiscal_year == fiscal_year,
                    Audit.kind == AuditKind.EXTERNAL,
                    Audit.withdrawn.is_(False),
                )
                .order_by(Audit.number)
            )
            infos = tuple(audit_info(session, a) for a in audits)
        return JlisDuty(model, external_audit_owed(model), fiscal_year, infos)

    def list_source(self):
        from secdesk.services.audit_lists import AuditListSource

        return AuditListSource(self.db, self.clock)


def _assign(audit: Audit, data: AuditInput) -> Audit:
    audit.kind, audit.fiscal_year, audit.title = data.kind, data.fiscal_year, data.title
    audit.auditor_org, audit.auditor_person = data.auditor_org, data.auditor_person
    audit.period_start, audit.period_end = data.period_start, data.period_end
    audit.status, audit.checklist_id = data.status, data.checklist_id
    audit.jlis_reported_on, audit.notes = data.jlis_reported_on, data.notes
    return audit


def _set_scope(session: Session, audit_id: int, department_ids: tuple[int, ...]) -> None:
    session.execute(delete(AuditScope).where(AuditScope.audit_id == audit_id))
    if department_ids:
        session.execute(
            insert(AuditScope),
            [{"audit_id": audit_id, "department_id": d} for d in department_ids],
        )


def _validated(session: Session, data: AuditInput, existing: Audit | None = None) -> AuditInput:
    clean = replace(
        data,
        title=clean_line(data.title),
        auditor_org=clean_line(data.auditor_org),
        auditor_person=clean_line(data.auditor_person),
        notes=clean_multiline(data.notes),
        department_ids=tuple(sorted(set(data.department_ids))),
    )
    problems = []
    if clean.kind not in set(AuditKind):
        problems.append(Problem(tr("監査の種別を選んでください。"), "kind"))
    if clean.status not in set(AuditStatus):
        problems.append(Problem(tr("状態を選んでください。"), "status"))
    if not 1990 <= clean.fiscal_year <= 2100:
        problems.append(Problem(tr("年度が正しくありません。"), "fiscal_year"))
    if not clean.title:
        problems.append(Problem(tr("名称を入力してください。"), "title"))
    elif len(clean.title) > 200:
        problems.append(Problem(tr("名称は200文字以内で入力してください。"), "title"))
    if len(clean.auditor_org) > 200:
        problems.append(Problem(tr("監査人の所属は200文字以内で入力してください。"), "auditor_org"))
    if len(clean.auditor_person) > 100:
        problems.append(
            Problem(tr("監査人の氏名は100文字以内で入力してください。"), "auditor_person")
        )
    if clean.period_start and clean.period_end and clean.period_end < clean.period_start:
        problems.append(Problem(tr("終了日は開始日以降にしてください。"), "period_end"))
    if clean.checklist_id is not None and session.get(Checklist, clean.checklist_id) is None:
        problems.append(Problem(tr("チェックリストが見つかりません。"), "checklist_id"))
    if clean.kind == AuditKind.SELF_CHECK:
        if clean.checklist_id is None:
            problems.append(
                Problem(tr("自己点検にはチェックリストを選んでください。"), "checklist_id")
            )
        if not clean.department_ids:
            problems.append(
                Problem(tr("自己点検の対象所属を1つ以上選んでください。"), "department_ids")
            )
    if clean.jlis_reported_on is not None and clean.kind != AuditKind.EXTERNAL:
        problems.append(
            Problem(tr("J-LIS への報告日は外部監査にだけ入力できます。"), "jlis_reported_on")
        )
    if clean.department_ids:
        known = set(
            session.scalars(select(Department.id).where(Department.id.in_(clean.department_ids)))
        )
        if known != set(clean.department_ids):
            problems.append(Problem(tr("対象所属に見つからない所属があります。"), "department_ids"))
    if existing is not None and existing.checklist_id != clean.checklist_id:
        from secdesk.store.models import SelfCheckAnswer

        answered = session.scalar(
            select(func.count())
            .select_from(SelfCheckAnswer)
            .where(SelfCheckAnswer.audit_id == existing.id, SelfCheckAnswer.answer.is_not(None))
        )
        if answered:
            problems.append(
                Problem(
                    tr("回答が入力済みのため、チェックリストは変更できません。"), "checklist_id"
                )
            )
    if problems:
        raise ValidationError(problems)
    return clean


def _same_checklist_for(session: Session, checklist_id: int | None, year: int) -> int | None:
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


def _shifted(day: date | None, years: int) -> date | None:
    if day is None:
        return None
    year = day.year + years
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))
