"""`export staff`: the roster in the columns the roster import reads."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from secdesk.domain.errors import ValidationError
from secdesk.i18n import tr
from secdesk.io.roster_format import EXPORT_HEADERS
from secdesk.io.writers import Column, write_csv, write_xlsx
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.exports import ExportRecord, exporting
from secdesk.store.models import Department, EmploymentType, Staff


class RosterExportService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def export(
        self,
        actor: Actor,
        path: Path | str,
        encoding: str = "utf-8-sig",
        include_inactive: bool = True,
        label: str = "",
    ) -> ExportRecord:
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise ValidationError(tr("出力先は .csv か .xlsx のファイル名にしてください。"))
        filters = {"include_inactive": include_inactive, "encoding": encoding}
        with exporting(self.db, self.clock, actor, "staff", path, filters) as (temp, record):
            rows = self._rows(include_inactive)
            if suffix == ".csv":
                record.rows = write_csv(temp, EXPORT_HEADERS, rows, encoding=encoding)
            else:
                widths = (12, 16, 18, 10, 20, 12, 16, 30, 8)
                columns = [Column(h, w) for h, w in zip(EXPORT_HEADERS, widths, strict=True)]
                record.rows = write_xlsx(temp, [(tr("職員"), columns, rows)], label=label)[
                    tr("職員")
                ]
        return record

    def _rows(self, include_inactive: bool) -> list[tuple]:
        stmt = (
            select(Staff, Department.code, Department.name, EmploymentType.name)
            .outerjoin(Department, Department.id == Staff.department_id)
            .outerjoin(EmploymentType, EmploymentType.id == Staff.employment_type_id)
            .order_by(Staff.staff_number)
        )
        if not include_inactive:
            stmt = stmt.where(Staff.active.is_(True))
        with self.db.read() as session:
            return [
                (
                    s.staff_number,
                    s.name,
                    s.kana,
                    code or "",
                    dept or "",
                    s.title,
                    kind or "",
                    s.email,
                    "在職" if s.active else "退職",
                )
                for s, code, dept, kind in session.execute(stmt)
            ]
