"""The reports section's services: which reports exist, and making any of them into a file.

The annual report and the auditors' workbook (with a CSV per register) are this module's own;
the registers' reports (training, audit, one incident) are made by their own services, called
from here so that one screen reaches them all. Every file goes through services.exports:
written under a temporary name, recorded in the trail with its SHA-256, then renamed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from secdesk.domain.errors import ValidationError
from secdesk.domain.roles import Permission
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.exports import ExportRecord, exporting
from secdesk.services.reports.progress import Stages

trail.ENTITY_LABELS.update(
    {
        "annual_report": QT_TR_NOOP("年次情報セキュリティ報告書"),
        "auditor_workbook": QT_TR_NOOP("監査人向けワークブック"),
        "register_csv": QT_TR_NOOP("台帳の CSV"),
    }
)

PDF, XLSX, CSV = "pdf", "xlsx", "csv"
FOR_CISO = QT_TR_NOOP("CISO・監査委員会へ")
FOR_AUDITORS = QT_TR_NOOP("監査人への書き出し")
PER_REGISTER = QT_TR_NOOP("台帳ごとの報告書")


@dataclass(frozen=True)
class ReportKind:
    """One entry of the section's list. Texts are Japanese source text, shown through tr()."""

    key: str
    label: str
    description: str
    format: str
    stem: str  # the file name offered: stem_2026.pdf
    departments: bool = False  # the department filter applies
    choice: str = ""  # what else must be chosen: "course", "audit", "incident", "half" or ""
    group: str = ""  # the heading the section lists it under


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    fiscal_year: int
    department_ids: tuple[int, ...] = ()
    encoding: str = "utf-8-sig"  # CSV: utf-8-sig or cp932
    course_id: int | None = None  # training report of one course (None: the whole year)
    with_non_completers: bool = False
    audit_id: int | None = None  # audit result report
    all_open: bool = False  # follow-up report: every open action, not only those needing action
    incident: str = ""  # reference number of the incident report
    half: int = 1  # publication list: 1 = April–September, 2 = October–March


def catalogue() -> list[ReportKind]:
    from secdesk.services.reports.workbook_sheets import SHEETS

    kinds = [
        ReportKind(
            "annual",
            QT_TR_NOOP("年次情報セキュリティ報告書"),
            QT_TR_NOOP(
                "CISO・監査委員会向け。インシデント、研修・訓練、監査・自己点検の1年を目標と"
                "前年度に照らして示します（PDF）。"
            ),
            PDF,
            "annual_security_report",
            departments=True,
            group=FOR_CISO,
        ),
        ReportKind(
            "publication",
            QT_TR_NOOP("個人情報の漏えい等の公表一覧（半期）"),
            QT_TR_NOOP(
                "半年ごとにまとめて公表する一覧です。期間に発見した個人情報の漏えい等（インシデント）の"
                "概要、漏えい等した項目、本人の数、原因、本人への対応、公表、再発防止策（PDF）。"
            ),
            PDF,
            "publication_list",
            choice="half",
            group=FOR_CISO,
        ),
        ReportKind(
            "workbook",
            QT_TR_NOOP("監査人向けワークブック"),
            QT_TR_NOOP(
                "台帳ごとのシート（インシデント、報告義務、研修受講状況、未受講者、指摘事項、"
                "是正処置）を1つの Excel ブックに（.xlsx）。"
            ),
            XLSX,
            "auditor_workbook",
            departments=True,
            group=FOR_AUDITORS,
        ),
    ]
    for sheet in SHEETS:
        kinds.append(
            ReportKind(
                f"csv:{sheet.key}",
                sheet.title,
                QT_TR_NOOP("ワークブックの同じシートを CSV で。ほかのツールでの集計用です。"),
                CSV,
                f"{sheet.key}",
                departments=True,
                group=FOR_AUDITORS,
            )
        )
    kinds += [
        ReportKind(
            "training",
            QT_TR_NOOP("研修・訓練 実施状況報告書"),
            QT_TR_NOOP("研修ごとの所属別受講率と訓練の結果（研修の画面と同じ報告書、PDF）。"),
            PDF,
            "training_report",
            choice="course",
            group=PER_REGISTER,
        ),
        ReportKind(
            "audit_follow_up",
            QT_TR_NOOP("是正処置フォローアップ状況報告書"),
            QT_TR_NOOP("年度の監査・自己点検の指摘と是正処置の進み具合（PDF）。"),
            PDF,
            "follow_up_report",
            group=PER_REGISTER,
        ),
        ReportKind(
            "audit_result",
            QT_TR_NOOP("監査結果報告書"),
            QT_TR_NOOP("1件の監査の結果: 評価別の集計、指摘事項と是正処置（PDF）。"),
            PDF,
            "audit_report",
            choice="audit",
            group=PER_REGISTER,
        ),
        ReportKind(
            "incident",
            QT_TR_NOOP("インシデント報告書（1件ごと）"),
            QT_TR_NOOP(
                "1件の記録の報告書です。インシデントの画面で記録を開き［報告書］からも作れます。"
                "ここでは番号を入力して作成します（PDF）。"
            ),
            PDF,
            "incident_report",
            choice="incident",
            group=PER_REGISTER,
        ),
    ]
    return kinds


def kind_of(key: str) -> ReportKind:
    for kind in catalogue():
        if kind.key == key:
            return kind
    raise ValidationError(tr("不明な報告書です: {key}").format(key=key))


def _check_suffix(path: Path, fmt: str) -> None:
    if path.suffix.lower() != f".{fmt}":
        raise ValidationError(tr("出力先は .{ext} のファイル名にしてください。").format(ext=fmt))


class ReportServices:
    """The reports section over one database."""

    def __init__(self, db, clock: Clock, settings) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings

    @cached_property
    def annual(self):
        from secdesk.services.reports.annual_report import AnnualReportService

        return AnnualReportService(self.db, self.clock, self.settings)

    def catalogue(self) -> list[ReportKind]:
        return catalogue()

    def workbook(
        self,
        actor: Actor,
        fiscal_year: int,
        path,
        department_ids=(),
        department_codes=(),
        progress=None,
    ) -> ExportRecord:
        """The auditors' workbook: a sheet per register, header frozen, filters on, widths set,
        real dates, formulas neutralised, the classification label in every sheet's header."""
        from secdesk.io.writers import write_xlsx
        from secdesk.services.reports.workbook_sheets import SHEETS, SheetContext

        actor.require(Permission.EXPORT)
        path = Path(path)
        _check_suffix(path, XLSX)
        scope = self.annual.scope(actor, fiscal_year, department_ids, department_codes)
        label = str(self.settings.get("classification_label") or "")
        stages = Stages(progress)
        with exporting(self.db, self.clock, actor, "auditor_workbook", path, scope.filters()) as (
            temp,
            record,
        ):
            sheets = []
            for index, sheet in enumerate(SHEETS):
                share = (index / len(SHEETS), (index + 1) / len(SHEETS))
                text = tr("{sheet} を書き出しています…").format(sheet=tr(sheet.title))
                ctx = SheetContext(
                    self.db, self.clock, actor, scope, label, stages.span(*share, text)
                )
                sheets.append(
                    (
                        tr(sheet.title),
                        sheet.columns(),
                        _watched(sheet.rows(ctx), stages, share[0], text),
                    )
                )
            counts = write_xlsx(temp, [*_about(self, actor, scope, label), *sheets], label=label)
            record.rows = sum(n for title, n in counts.items() if title != tr("この資料について"))
        return record

    def register_csv(
        self,
        actor: Actor,
        sheet_key: str,
        fiscal_year: int,
        path,
        encoding: str = "utf-8-sig",
        department_ids=(),
        department_codes=(),
        progress=None,
    ) -> ExportRecord:
        """One sheet of the workbook as CSV (UTF-8 with BOM, or CP932 for old Excel)."""
        from secdesk.io.writers import write_csv
        from secdesk.services.reports.workbook_sheets import SHEET_KEYS, SheetContext, sheet

        actor.require(Permission.EXPORT)
        if sheet_key not in SHEET_KEYS:
            raise ValidationError(
                tr("台帳は次のどれかで指定してください: {keys}").format(keys=", ".join(SHEET_KEYS))
            )
        path = Path(path)
        _check_suffix(path, CSV)
        scope = self.annual.scope(actor, fiscal_year, department_ids, department_codes)
        label = str(self.settings.get("classification_label") or "")
        chosen = sheet(sheet_key)
        stages = Stages(progress)
        text = tr("{sheet} を書き出しています…").format(sheet=tr(chosen.title))
        filters = {**scope.filters(), "register": sheet_key, "encoding": encoding}
        with exporting(self.db, self.clock, actor, "register_csv", path, filters) as (temp, record):
            ctx = SheetContext(self.db, self.clock, actor, scope, label, stages.span(0, 1, text))
            headers = [c.header for c in chosen.columns()]
            rows = _watched(chosen.rows(ctx), stages, 0.0, text)
            record.rows = write_csv(temp, headers, rows, encoding=encoding)
        return record

    def generate(self, actor: Actor, request: ReportRequest, path, progress=None) -> ExportRecord:
        """Make the report or export the section's list names (see `catalogue`)."""
        from secdesk.reports.template import layout_progress

        kind = kind_of(request.kind)
        path = Path(path)
        year, ids = request.fiscal_year, request.department_ids
        if kind.key == "annual":
            return self.annual.write(actor, year, path, ids, progress=progress)
        if kind.key == "workbook":
            return self.workbook(actor, year, path, ids, progress=progress)
        if kind.key == "publication":
            from secdesk.services.reports.publication_list import PublicationListService

            return PublicationListService(self.db, self.clock, self.settings).write(
                actor, year, request.half, path
            )
        if kind.format == CSV:
            return self.register_csv(
                actor, kind.key[4:], year, path, request.encoding, ids, progress=progress
            )
        actor.require(Permission.EXPORT)
        stages = Stages(progress)
        stages.at(0.05, tr("集計しています…"))
        with layout_progress(stages.span(0.1, 1.0, tr("報告書をレイアウトしています…"))):
            return self._register_report(actor, kind, request, path)

    def _register_report(
        self, actor: Actor, kind: ReportKind, request: ReportRequest, path: Path
    ) -> ExportRecord:
        from secdesk.services.audits.reports import AuditReportService
        from secdesk.services.training.report import TrainingReportService

        if kind.key == "training":
            values = self.settings.all()
            return TrainingReportService(self.db, self.clock).write(
                actor,
                request.fiscal_year,
                path,
                request.course_id,
                request.with_non_completers,
                str(values.get("organisation_name") or ""),
                str(values.get("classification_label") or ""),
            )
        audits = AuditReportService(self.db, self.clock)
        if kind.key == "audit_follow_up":
            return audits.follow_up_report(actor, request.fiscal_year, path, request.all_open)
        if kind.key == "audit_result":
            if request.audit_id is None:
                raise ValidationError(tr("監査を選んでください。"))
            return audits.audit_report(actor, request.audit_id, path)
        from secdesk.services.incidents.report import IncidentReportService

        if not request.incident.strip():
            raise ValidationError(tr("インシデントの番号を入力してください。"))
        return IncidentReportService(self.db, self.clock, self.settings).report(
            actor, request.incident.strip(), path
        )


def _watched(rows, stages: Stages, share: float, text: str, every: int = 500):
    """Rows passed on unchanged, with a look at the cancel button every `every` rows (sheets
    whose rows come from one query report no progress of their own)."""
    stages.at(share, text)
    for index, row in enumerate(rows):
        if index % every == every - 1 and stages.progress is not None:
            stages.progress.check()
        yield row


def _about(service: ReportServices, actor: Actor, scope, label: str) -> list[tuple]:
    """A first sheet saying what the workbook is: who made it, when, for which year."""
    from secdesk.domain.timezone import format_local
    from secdesk.io.writers import Column

    values = service.settings.all()
    rows = [
        (tr("資料"), tr("監査人向けワークブック")),
        (tr("取扱区分"), label),
        (tr("団体名"), str(values.get("organisation_name") or "")),
        (tr("年度"), scope.year_label),
        (tr("対象所属"), scope.label),
        (tr("作成日時"), format_local(service.clock.now())),
        (tr("作成者"), actor.display_name or actor.username),
        (
            tr("内容"),
            tr(
                "シートごとに台帳の記録です。件数は発見日の年度、研修は期限日時点の所属、"
                "指摘事項は監査の年度で数えています。"
            ),
        ),
    ]
    return [(tr("この資料について"), [Column(tr("項目"), 14), Column(tr("内容"), 90)], rows)]
