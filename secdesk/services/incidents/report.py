"""`report incident REF`: the インシデント報告書 PDF of one record, recorded in the trail."""

from __future__ import annotations

from pathlib import Path

from secdesk.domain import incidents as vocab
from secdesk.domain.errors import NotFound, ValidationError
from secdesk.domain.roles import Permission
from secdesk.i18n import tr
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.exports import ExportRecord, exporting


class IncidentReportService:
    def __init__(self, db, clock: Clock, settings) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings

    def report(self, actor: Actor, ref_or_id: str | int, path: Path | str) -> ExportRecord:
        from secdesk.reports import incident_report
        from secdesk.reports.template import ReportMeta
        from secdesk.services.incidents.service import IncidentService

        actor.require(Permission.EXPORT)
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            raise ValidationError(tr("出力先は .pdf のファイル名にしてください。"))
        service = IncidentService(self.db, self.clock)
        if isinstance(ref_or_id, int):
            info = service.get(actor, ref_or_id)
        else:
            info = service.find(actor, ref_or_id)
            if info is None:
                raise NotFound(tr("番号 {ref} の記録が見つかりません。").format(ref=ref_or_id))
        values = self.settings.all()
        label = "・".join(
            x
            for x in (
                str(values.get("classification_label") or ""),
                vocab.label(vocab.CLASSIFICATIONS, info.data.classification),
            )
            if x
        )
        meta = ReportMeta(
            title=tr("インシデント報告書")
            if info.kind == vocab.INCIDENT
            else tr("ヒヤリハット報告書"),
            organisation=str(values.get("organisation_name") or ""),
            label=label,
            generated_at=self.clock.now(),
            generated_by=actor.display_name or actor.username,
            subtitle=f"{info.ref}　{info.title}",
        )
        filters = {"ref": info.ref}
        with exporting(self.db, self.clock, actor, "incident", path, filters, action="report") as (
            temp,
            record,
        ):
            record.rows = incident_report.build(temp, meta, info)
        return record
