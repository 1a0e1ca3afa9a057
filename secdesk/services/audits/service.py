"""Audits and self-inspections: plan, scope, status, copying last year's, the J-LIS duty."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from secdesk.domain.audits import (
    AuditKind,
    AuditStatus,
    FindingStatus,
    external_audit_owed,
)
from secdesk.domain.errors import Problem, SecdeskError, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, clean_multiline
from secdesk.i18n import tr
from secdesk.services.audits import common as audit_common
from secdesk.services.audits.common import network_model
from secdesk.services.audits.records import (
    AuditChoice,
    AuditInfo,
    AuditInput,
    JlisDuty,
    audit_fields,
    audit_info,
    get_audit,
    retitled,
    same_checklist_for,
    scope_of,
    shifted,
)
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.editing import check_version
from secdesk.store.models import Audit, AuditScope, Checklist, Department, Finding

__all__ = [
    "AuditChoice",
    "AuditInfo",
    "AuditInput",
    "AuditService",
    "JlisDuty",
    "audit_info",
    "get_audit",
    "retitled",
    "scope_of",
]


class AuditService:
    """Audits and self-inspections of every kind: the register's top level."""

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
                {"number": audit.number, **audit_fields(audit, clean.department_ids)},
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
            before = audit_fields(audit, scope_of(session, audit.id))
            check_version(
                "audit",
                audit,
                expected_version,
                audit_fields(_assign(Audit(), data), data.department_ids),
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
                trail.changes(before, audit_fields(audit, clean.department_ids)),
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
            chosen = checklist_id or same_checklist_for(session, source.checklist_id, fiscal_year)
            active = set(session.scalars(select(Department.id).where(Department.active.is_(True))))
        shift = fiscal_year - source.fiscal_year
        data = replace(
            source.as_input(),
            fiscal_year=fiscal_year,
            title=title or retitled(source.title, source.fiscal_year, fiscal_year),
            period_start=shifted(source.period_start, shift),
            period_end=shifted(source.period_end, shift),
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
                    **audit_fields(audit, data.department_ids),
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
        from secdesk.services.audits.lists import AuditListSource

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
