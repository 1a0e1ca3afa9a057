"""年次情報セキュリティ報告書: the year of all three registers in one PDF for the CISO and the
audit committee. The chapters are gathered by annual_incidents, annual_training and
annual_audits; the summary's figures and targets are decided here; reports.annual_report lays
it out on the shared template.
"""

from __future__ import annotations

from pathlib import Path

from secdesk.domain.errors import ValidationError
from secdesk.domain.fiscal import fiscal_year_bounds, fiscal_year_label, wareki_label
from secdesk.domain.roles import Permission
from secdesk.domain.training import format_rate
from secdesk.i18n import language, tr
from secdesk.reports.annual_data import AnnualReport, KeyFigure
from secdesk.services.audits.lists import FindingListSource
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.exports import ExportRecord, exporting
from secdesk.services.reports.annual_audits import gather_audits
from secdesk.services.reports.annual_incidents import gather_incidents
from secdesk.services.reports.annual_training import gather_training
from secdesk.services.reports.progress import Stages
from secdesk.services.reports.scope import ReportScope, resolve_scope

NAMES_SHOWN = 6  # departments named in a summary cell before "ほか N 所属"


def names(items, limit: int = NAMES_SHOWN) -> str:
    items = list(items)
    text = "、".join(items[:limit])
    if len(items) > limit:
        text += tr(" ほか {n} 所属").format(n=len(items) - limit)
    return text


def _count(n: int) -> str:
    return tr("{n}件").format(n=f"{n:,}")


class AnnualReportService:
    def __init__(self, db, clock: Clock, settings) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings

    def scope(
        self, actor: Actor, fiscal_year: int, department_ids=(), department_codes=()
    ) -> ReportScope:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return resolve_scope(session, fiscal_year, department_ids, department_codes)

    def gather(self, actor: Actor, scope: ReportScope, progress=None) -> AnnualReport:
        """Everything the report shows; `progress` as in report_progress (0 to 40 %)."""
        actor.require(Permission.READ)
        stages = Stages(progress)
        today = self.clock.today()
        with self.db.read() as session:
            stages.at(0.02, tr("インシデントを集計しています…"))
            incidents = gather_incidents(session, scope, today)
            stages.at(0.15, tr("研修の受講状況を集計しています…"))
            training = gather_training(
                session, scope, today, stages.span(0.15, 0.3, tr("研修の受講状況を集計しています…"))
            )
            stages.at(0.3, tr("監査の指摘事項を集計しています…"))
            audits = gather_audits(session, FindingListSource(self.db, self.clock), scope, today)
        from secdesk.services.audits.service import AuditService

        duty = AuditService(self.db, self.clock).jlis_duty(actor, scope.fiscal_year)
        audits.jlis = duty.message() if duty.owed else ""
        report = AnnualReport(
            scope.fiscal_year,
            fiscal_year_label(scope.fiscal_year, language()),
            scope.label,
            incidents=incidents,
            training=training,
            audits=audits,
        )
        report.figures = key_figures(report)
        report.duties_of_law = duties_of_law(report)
        stages.at(0.4, tr("報告書をレイアウトしています…"))
        return report

    def write(
        self,
        actor: Actor,
        fiscal_year: int,
        path: Path | str,
        department_ids=(),
        department_codes=(),
        progress=None,
    ) -> ExportRecord:
        """Write the PDF and record it in the trail (who, the year and departments, file, SHA-256).
        A cancelled or failed run leaves neither the file nor a trail entry."""
        from secdesk.reports.annual_report import build_annual_report
        from secdesk.reports.template import ReportMeta, layout_progress

        actor.require(Permission.EXPORT)
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            raise ValidationError(tr("出力先は .pdf のファイル名にしてください。"))
        scope = self.scope(actor, fiscal_year, department_ids, department_codes)
        values = self.settings.all()
        organisation = str(values.get("organisation_name") or "")
        first, last = fiscal_year_bounds(fiscal_year)
        today = self.clock.today()
        period = tr("{start} 〜 {end}").format(start=first.isoformat(), end=last.isoformat())
        if first <= today <= last:
            period += tr("（年度途中: {day} までの集計）").format(day=today.isoformat())
        short = wareki_label(fiscal_year) if language() == "ja" else str(fiscal_year)
        meta = ReportMeta(
            tr("年次情報セキュリティ報告書（{fy}）").format(fy=short),
            organisation,
            str(values.get("classification_label") or ""),
            self.clock.now(),
            actor.display_name or actor.username,
            tr("{fy}　{period}\n対象: {scope}").format(
                fy=fiscal_year_label(fiscal_year, language()), period=period, scope=scope.label
            ),
        )
        stages = Stages(progress)
        with exporting(
            self.db, self.clock, actor, "annual_report", path, scope.filters(), action="report"
        ) as (temp, record):
            report = self.gather(actor, scope, progress)
            with layout_progress(stages.span(0.4, 1.0, tr("報告書をレイアウトしています…"))):
                record.rows = build_annual_report(temp, meta, report)
        return record


def key_figures(report: AnnualReport) -> list[KeyFigure]:
    """The summary page: each figure against its target, the year before beside it."""
    inc, training, audits = report.incidents, report.training, report.audits
    figures = [
        KeyFigure(
            tr("インシデント"),
            _count(inc.incidents),
            _count(0),
            tr("前年度 {n}").format(n=_count(inc.incidents_before)),
            inc.incidents == 0,
        ),
        KeyFigure(
            tr("ヒヤリハットの報告"),
            _count(inc.near_misses),
            "—",
            tr("前年度 {n}（報告は事故の芽の早期発見）").format(n=_count(inc.near_misses_before)),
        ),
    ]
    main = training.main
    if main is None:
        figures.append(
            KeyFigure(tr("全職員研修の受講率"), "—", "100%", tr("全職員研修が登録されていません"))
        )
    else:
        figures.append(
            KeyFigure(
                tr("全職員研修の受講率"),
                format_rate(main.rate),
                f"{main.target_rate}%",
                tr("{code} 完了 {done:,} / 対象 {due:,} 名").format(
                    code=main.code, done=main.completed, due=main.target - main.exempt
                ),
                main.meets_target,
            )
        )
    figures.append(
        KeyFigure(
            tr("未完了の監査指摘"),
            _count(audits.open_findings),
            "—",
            tr("今年度の指摘 {n}・前年度以前の未完了 {old}").format(
                n=_count(audits.findings), old=_count(audits.carried_over)
            ),
        )
    )
    figures.append(
        KeyFigure(
            tr("期限超過の是正処置"),
            _count(audits.overdue_total),
            _count(0),
            tr("今年度の指摘に対する処置"),
            audits.overdue_total == 0,
        )
    )
    duty = inc.duty_total
    if duty is not None and duty.owed:
        figures.append(
            KeyFigure(
                tr("報告義務の期限内の実施"),
                format_rate(duty.rate),
                "100%",
                tr("対象 {owed}・期限後 {late}・未実施で期限超過 {overdue}").format(
                    owed=_count(duty.owed), late=_count(duty.late), overdue=_count(duty.overdue)
                ),
                duty.late == 0 and duty.overdue == 0,
            )
        )
    if main is not None:
        figures.append(
            KeyFigure(
                tr("受講率が目標未達の所属"),
                tr("{n} 所属").format(n=len(main.below)),
                tr("0 所属"),
                names(main.below) or tr("なし"),
                not main.below,
            )
        )
    if audits.self_checks:
        rate = audits.self_check_rate
        figures.append(
            KeyFigure(
                tr("自己点検の回答率"),
                format_rate(rate),
                "100%",
                tr("回答を終えていない所属 {n}").format(
                    n=sum(s.incomplete for s in audits.self_checks)
                ),
                rate is not None and rate >= 100.0 - 1e-9,
            )
        )
    if training.drills:
        latest = training.drills[-1]
        figures.append(
            KeyFigure(
                tr("標的型攻撃メール訓練のクリック率"),
                format_rate(latest.clicked),
                "—",
                tr("{code}（{day}）報告率 {rate}").format(
                    code=latest.code, day=latest.day.isoformat(), rate=format_rate(latest.reported)
                ),
            )
        )
    return figures


def duties_of_law(report: AnnualReport) -> list[tuple[str, str, str]]:
    """The three duties every local government has from July 2027 (地方自治法施行規則), each with
    where this year stands and the chapter that shows it."""
    inc, training, audits = report.incidents, report.training, report.audits
    duty = inc.duty_total
    kinds = audits.kinds
    return [
        (
            tr("研修・訓練の実施"),
            tr("研修 {c} 件・標的型攻撃メール訓練 {d} 回。全職員研修の受講率 {rate}").format(
                c=len(training.courses),
                d=len(training.drills),
                rate=format_rate(training.main.rate) if training.main else "—",
            ),
            tr("3 研修・訓練"),
        ),
        (
            tr("インシデントの報告"),
            tr(
                "インシデント {i} 件・ヒヤリハット {n} 件の報告。報告義務 {owed} 件のうち"
                "期限内に実施 {on} 件"
            ).format(
                i=f"{inc.incidents:,}",
                n=f"{inc.near_misses:,}",
                owed=f"{duty.owed if duty else 0:,}",
                on=f"{duty.on_time if duty else 0:,}",
            ),
            tr("2 インシデント・ヒヤリハット"),
        ),
        (
            tr("監査・自己点検の実施"),
            tr("{kinds}。指摘 {f} 件（未完了 {o} 件）。自己点検の回答率 {rate}").format(
                kinds="・".join(tr("{kind} {n} 件").format(kind=k, n=n) for k, n in kinds.items())
                or tr("登録なし"),
                f=f"{audits.findings:,}",
                o=f"{audits.open_findings:,}",
                rate=format_rate(audits.self_check_rate),
            ),
            tr("4 監査・自己点検"),
        ),
    ]
