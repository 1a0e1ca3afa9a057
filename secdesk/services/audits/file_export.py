"""Excel/CSV exports: findings with their actions (one row each), and the follow-up list.

The findings export is what an auditor asks for: every finding with each of its corrective
actions on one row, with the progress notes, the verification and the evidence files' names and
SHA-256. The follow-up list is for the reminder round: what each department still owes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import and_, select
from sqlalchemy.orm import aliased

from secdesk.domain.audits import (
    ACTION_STATUS_LABELS,
    FINDING_STATUS_LABELS,
    KIND_LABELS,
    ActionStatus,
    AuditKind,
    DueState,
    FindingStatus,
    days_late,
    due_state,
)
from secdesk.domain.errors import ValidationError
from secdesk.i18n import tr
from secdesk.io.writers import Column, write_csv, write_xlsx
from secdesk.services.audits.action_list import ActionListSource
from secdesk.services.audits.common import due_soon_days
from secdesk.services.audits.lists import FindingListSource
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.exports import ExportRecord, exporting
from secdesk.services.core.listing import ListQuery
from secdesk.store.models import (
    ActionEvidence,
    ActionNote,
    Audit,
    AuditRating,
    ChecklistItem,
    CorrectiveAction,
    Department,
    Finding,
)

FINDING_COLUMNS = (
    Column("取扱区分", 10),
    Column("年度", 7),
    Column("監査番号", 15),
    Column("監査種別", 10),
    Column("監査名", 28),
    Column("指摘番号", 15),
    Column("項目番号", 10),
    Column("監査項目", 40),
    Column("所属コード", 10),
    Column("所属", 18),
    Column("評価", 8),
    Column("件名", 36),
    Column("指摘内容", 50),
    Column("リスク", 36),
    Column("改善提言", 36),
    Column("前年度の指摘", 15),
    Column("指摘の状態", 10),
    Column("完了日", 11),
    Column("是正処置", 50),
    Column("担当所属", 18),
    Column("担当者", 12),
    Column("期限", 11),
    Column("期限の状況", 12),
    Column("処置の状態", 10),
    Column("処置の完了日", 11),
    Column("リスク受容の理由", 36),
    Column("承認者", 16),
    Column("承認日", 11),
    Column("確認", 8),
    Column("確認者", 12),
    Column("確認日時", 16),
    Column("確認のコメント", 30),
    Column("経過", 60),
    Column("最終経過日", 11),
    Column("証跡（ファイル名 SHA-256）", 60),
)
FINDING_HEAD = 18  # columns of FINDING_COLUMNS that describe the finding itself
FOLLOW_UP_COLUMNS = (
    Column("取扱区分", 10),
    Column("担当所属", 18),
    Column("指摘番号", 15),
    Column("評価", 8),
    Column("件名", 36),
    Column("是正処置", 50),
    Column("担当者", 12),
    Column("期限", 11),
    Column("期限の状況", 12),
    Column("状態", 10),
    Column("最終経過日", 11),
    Column("最終経過", 50),
)


def _check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(tr("出力先は .csv か .xlsx のファイル名にしてください。"))
    return suffix


def _lateness(due, today, pending: bool, soon: int) -> str:
    state = due_state(due, today, pending, soon)
    if state == DueState.OVERDUE:
        return tr("期限超過 {n}日").format(n=days_late(due, today))
    if state == DueState.DUE_SOON:
        return tr("期限間近")
    return ""


class AuditExportService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def export_findings(
        self,
        actor: Actor,
        path: Path | str,
        query: ListQuery | None = None,
        encoding: str = "utf-8-sig",
        label: str = "",
    ) -> ExportRecord:
        """Findings chosen like the findings list (`query`), each action on a row of its own."""
        path = Path(path)
        suffix = _check_suffix(path)
        query = query or ListQuery()
        filters = {"text": query.text, **dict(query.filters), "encoding": encoding}
        with exporting(self.db, self.clock, actor, "audit_finding", path, filters) as (temp, rec):
            rows = list(self.finding_rows(query, label))
            headers = [c.header for c in FINDING_COLUMNS]
            if suffix == ".csv":
                rec.rows = write_csv(temp, headers, rows, encoding=encoding)
            else:
                title = tr("指摘事項・是正処置")
                rec.rows = write_xlsx(temp, [(title, FINDING_COLUMNS, rows)], label=label)[title]
        return rec

    def export_follow_up(
        self,
        actor: Actor,
        path: Path | str,
        query: ListQuery | None = None,
        encoding: str = "utf-8-sig",
        label: str = "",
    ) -> ExportRecord:
        """Actions not yet closed, per owner department (an .xlsx has a sheet per department)."""
        path = Path(path)
        suffix = _check_suffix(path)
        query = query or ListQuery()
        filters = {"text": query.text, **dict(query.filters), "encoding": encoding}
        with exporting(self.db, self.clock, actor, "audit_followup", path, filters) as (temp, rec):
            by_department = self._follow_up_rows(query, label)
            headers = [c.header for c in FOLLOW_UP_COLUMNS]
            if suffix == ".csv":
                rows = [row for rows in by_department.values() for row in rows]
                rec.rows = write_csv(temp, headers, rows, encoding=encoding)
            else:
                sheets = [(name, FOLLOW_UP_COLUMNS, rows) for name, rows in by_department.items()]
                if not sheets:
                    sheets = [(tr("未完了なし"), FOLLOW_UP_COLUMNS, [])]
                rec.rows = sum(write_xlsx(temp, sheets, label=label).values())
        return rec

    # --- rows ---------------------------------------------------------------------------------

    def finding_rows(self, query: ListQuery, label: str) -> Iterator[tuple]:
        """Findings chosen like the findings list, one row per action, in FINDING_COLUMNS
        (the first FINDING_HEAD columns describe the finding, the rest its action)."""
        today = self.clock.today()
        with self.db.read() as session:
            soon = due_soon_days(session)
            conditions = FindingListSource(self.db, self.clock).where(query, today, soon)
            chosen = select(Finding.id).where(and_(True, *conditions))
            earlier = aliased(Finding)
            findings = session.execute(
                select(Finding, Audit, AuditRating.name, Department, ChecklistItem, earlier.number)
                .join(Audit, Audit.id == Finding.audit_id)
                .join(AuditRating, AuditRating.id == Finding.rating_id)
                .outerjoin(Department, Department.id == Finding.department_id)
                .outerjoin(ChecklistItem, ChecklistItem.id == Finding.item_id)
                .outerjoin(earlier, earlier.id == Finding.recurrence_of_id)
                .where(Finding.id.in_(chosen))
                .order_by(Finding.fiscal_year, Finding.number)
            ).all()
            actions: dict[int, list[CorrectiveAction]] = defaultdict(list)
            for action in session.scalars(
                select(CorrectiveAction)
                .where(CorrectiveAction.finding_id.in_(chosen))
                .order_by(CorrectiveAction.id)
            ):
                actions[action.finding_id].append(action)
            action_ids = select(CorrectiveAction.id).where(CorrectiveAction.finding_id.in_(chosen))
            notes: dict[int, list[str]] = defaultdict(list)
            for note in session.scalars(
                select(ActionNote)
                .where(ActionNote.action_id.in_(action_ids))
                .order_by(ActionNote.noted_on, ActionNote.id)
            ):
                notes[note.action_id].append(f"{note.noted_on.isoformat()} {note.text}")
            evidence: dict[int, list[str]] = defaultdict(list)
            for action_id, name, digest in session.execute(
                select(ActionEvidence.action_id, ActionEvidence.filename, ActionEvidence.sha256)
                .where(
                    ActionEvidence.action_id.in_(action_ids), ActionEvidence.withdrawn.is_(False)
                )
                .order_by(ActionEvidence.id)
            ):
                evidence[action_id].append(f"{name} {digest}")
            owners = {d.id: d.name for d in session.scalars(select(Department))}
        for finding, audit, rating, dept, item, recurrence in findings:
            head = (
                label,
                finding.fiscal_year,
                audit.number,
                tr(KIND_LABELS[AuditKind(audit.kind)]),
                audit.title,
                finding.number,
                item.code if item else "",
                item.text if item else "",
                dept.code if dept else "",
                dept.name if dept else "",
                rating,
                finding.title,
                finding.description,
                finding.risk,
                finding.recommendation,
                recurrence or "",
                tr(FINDING_STATUS_LABELS[FindingStatus(finding.status)]),
                finding.closed_on,
            )
            live = actions.get(finding.id) or [None]
            for action in live:
                yield head + self._action_cells(action, owners, notes, evidence, today, soon)

    @staticmethod
    def _action_cells(action, owners, notes, evidence, today, soon) -> tuple:
        if action is None:
            return ("",) * 17
        pending = not action.withdrawn and action.status in (
            ActionStatus.NOT_STARTED,
            ActionStatus.IN_PROGRESS,
        )
        status = tr(ACTION_STATUS_LABELS[ActionStatus(action.status)])
        if action.withdrawn:
            status = tr("{mode}（{reason}）").format(
                mode=tr("取消"), reason=action.withdrawn_reason
            )
        verified = tr("確認済") if action.verified_at else ""
        if not verified and action.status == ActionStatus.DONE:
            verified = tr("確認待ち")
        return (
            action.plan,
            owners.get(action.owner_department_id, ""),
            action.owner_name,
            action.due_date,
            _lateness(action.due_date, today, pending, soon),
            status,
            action.completed_on,
            action.risk_reason,
            action.risk_approver,
            action.risk_accepted_on,
            verified,
            action.verified_by,
            action.verified_at,
            action.verification_note,
            "\n".join(notes.get(action.id, [])),
            action.last_note_on,
            "\n".join(evidence.get(action.id, [])),
        )

    def _follow_up_rows(self, query: ListQuery, label: str) -> dict[str, list[tuple]]:
        today = self.clock.today()
        with self.db.read() as session:
            soon = due_soon_days(session)
            conditions = ActionListSource(self.db, self.clock).where(query, today, soon)
            stmt = (
                select(CorrectiveAction, Finding, AuditRating.name, Department)
                .join(Finding, Finding.id == CorrectiveAction.finding_id)
                .join(AuditRating, AuditRating.id == Finding.rating_id)
                .outerjoin(Department, Department.id == CorrectiveAction.owner_department_id)
                .where(and_(True, *conditions), CorrectiveAction.closed.is_(False))
                .order_by(Department.sort_order, Department.code, CorrectiveAction.due_date)
            )
            rows = session.execute(stmt).all()
            ids = [a.id for a, *_ in rows]
            last_note: dict[int, str] = {}
            for start in range(0, len(ids), 2000):
                for note in session.scalars(
                    select(ActionNote)
                    .where(ActionNote.action_id.in_(ids[start : start + 2000]))
                    .order_by(ActionNote.noted_on, ActionNote.id)
                ):
                    last_note[note.action_id] = note.text
        result: dict[str, list[tuple]] = {}
        for action, finding, rating, dept in rows:
            pending = action.status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
            status = tr(ACTION_STATUS_LABELS[ActionStatus(action.status)])
            if action.status == ActionStatus.DONE:
                status += tr("（確認待ち）")
            name = f"{dept.code} {dept.name}" if dept else tr("所属未設定")
            result.setdefault(name, []).append(
                (
                    label,
                    dept.name if dept else "",
                    finding.number,
                    rating,
                    finding.title,
                    action.plan,
                    action.owner_name,
                    action.due_date,
                    _lateness(action.due_date, today, pending, soon),
                    status,
                    action.last_note_on,
                    last_note.get(action.id, ""),
                )
            )
        return result
