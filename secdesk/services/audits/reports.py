"""The audit PDFs: gathering the rows, then `reports.audit_reports` lays them out."""

from __future__ import annotations

from pathlib import Path

from secdesk.domain.audits import (
    ActionStatus,
    AuditKind,
    FindingStatus,
)
from secdesk.domain.fiscal import fiscal_year_label
from secdesk.i18n import language, tr
from secdesk.reports.audit_reports import (
    write_audit_report,
    write_follow_up_report,
)
from secdesk.reports.template import ReportMeta
from secdesk.services.audits.report_data import audit_report_data, follow_up_data
from secdesk.services.audits.service import AuditService, audit_info
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.editing import require_found
from secdesk.services.core.exports import ExportRecord, exporting
from secdesk.store.models import (
    Audit,
    OrgSetting,
)

_PENDING = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
_STATUS_ORDER = (
    FindingStatus.OPEN,
    FindingStatus.IN_PROGRESS,
    FindingStatus.CLOSED,
    FindingStatus.NO_ACTION,
)


def _setting(session, key: str, default: str) -> str:
    import json

    row = session.get(OrgSetting, key)
    return default if row is None else str(json.loads(row.value))


class AuditReportService:
    """The audit result report of one audit and the follow-up status report of a year."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def _meta(self, session, actor: Actor, title: str, subtitle: str) -> ReportMeta:
        return ReportMeta(
            title=title,
            organisation=_setting(session, "organisation_name", "〇〇市"),
            label=_setting(session, "classification_label", "取扱注意"),
            generated_at=self.clock.now(),
            generated_by=actor.display_name or actor.username,
            subtitle=subtitle,
        )

    def audit_report(self, actor: Actor, audit_id: int, path: Path | str) -> ExportRecord:
        """監査結果報告書: scope, summary by rating, each finding with its actions and status."""
        with self.db.read() as session:
            audit = require_found(session.get(Audit, audit_id), tr("監査が見つかりません。"))
            info = audit_info(session, audit)
            meta = self._meta(
                session,
                actor,
                tr("{kind}結果報告書").format(kind=info.kind_label),
                f"{fiscal_year_label(audit.fiscal_year, language())}　{audit.number}　{audit.title}",
            )
            report = audit_report_data(session, audit, self.clock.today())
        duty = AuditService(self.db, self.clock).jlis_duty(actor, info.fiscal_year)
        if info.kind == AuditKind.EXTERNAL and duty.owed:
            report.duty = duty.message()
        filters = {"audit": info.number}
        with exporting(
            self.db, self.clock, actor, "audit_report", path, filters, action="report"
        ) as (temp, record):
            record.rows = write_audit_report(temp, meta, report)
        return record

    def follow_up_report(
        self, actor: Actor, fiscal_year: int, path: Path | str, all_open: bool = False
    ) -> ExportRecord:
        """フォローアップ状況報告書 across every audit of a fiscal year.

        Every action is counted; the list shows those that need someone's attention (late,
        due soon, waiting for verification), or with `all_open` every action not closed. The
        whole list per department is the follow-up export's job (`export_follow_up`).
        """
        with self.db.read() as session:
            meta = self._meta(
                session,
                actor,
                tr("是正処置フォローアップ状況報告書"),
                tr("{fy}　監査・自己点検の指摘事項と是正処置").format(
                    fy=fiscal_year_label(fiscal_year, language())
                ),
            )
            report = follow_up_data(session, fiscal_year, self.clock.today(), all_open)
        duty = AuditService(self.db, self.clock).jlis_duty(actor, fiscal_year)
        report.duty = duty.message() if duty.owed else ""
        filters = {"fiscal_year": fiscal_year, "all_open": all_open}
        with exporting(
            self.db, self.clock, actor, "audit_report", path, filters, action="report"
        ) as (temp, record):
            record.rows = write_follow_up_report(temp, meta, report)
        return record
