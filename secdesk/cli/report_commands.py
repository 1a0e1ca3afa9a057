"""report annual, export workbook (and one register of it as CSV)."""

from __future__ import annotations

from pathlib import Path

from secdesk.cli.arguments import fiscal_year_arg
from secdesk.cli.context import CliError
from secdesk.i18n import tr

SHEET_KEYS = ("incidents", "duties", "training", "non-completers", "findings", "actions")


def register(tree) -> None:
    rep = tree.subcommand(
        "report",
        "annual",
        tr("年次情報セキュリティ報告書（インシデント・研修・監査の1年、PDF）を作る"),
    )
    rep.add_argument("--fiscal-year", type=fiscal_year_arg, required=True, metavar="Y")
    rep.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rep.add_argument(
        "--department",
        action="append",
        default=[],
        metavar="CODE",
        help=tr("この所属（下位の所属を含む）だけ。繰り返して複数指定できる"),
    )
    rep.set_defaults(handler=cmd_report_annual)

    pub = tree.subcommand(
        "report",
        "publication",
        tr("個人情報の漏えい等の公表一覧（半期、PDF）を作る"),
    )
    pub.add_argument("--fiscal-year", type=fiscal_year_arg, required=True, metavar="Y")
    pub.add_argument(
        "--half",
        type=int,
        choices=(1, 2),
        required=True,
        help=tr("1: 上半期（4月〜9月）、2: 下半期（10月〜3月）"),
    )
    pub.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    pub.set_defaults(handler=cmd_report_publication)

    wb = tree.subcommand(
        "export",
        "workbook",
        tr("監査人向けワークブック（台帳ごとのシート）、または --sheet の台帳を CSV で書き出す"),
    )
    wb.add_argument("--fiscal-year", type=fiscal_year_arg, required=True, metavar="Y")
    wb.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.csv")
    wb.add_argument(
        "--sheet",
        choices=SHEET_KEYS,
        help=tr("CSV にする台帳（.csv のとき必須）"),
    )
    wb.add_argument("--department", action="append", default=[], metavar="CODE")
    wb.add_argument("--encoding", choices=["utf-8", "cp932"], default="utf-8")
    wb.set_defaults(handler=cmd_export_workbook)


def cmd_report_publication(ctx, args) -> int:
    from secdesk.services.reports.publication_list import PublicationListService

    record = PublicationListService(ctx.db, ctx.services.clock, ctx.services.settings).write(
        ctx.actor, args.fiscal_year, args.half, args.output
    )
    ctx.out(tr("公表一覧を作成しました（{n} 件）: {path}").format(n=record.rows, path=record.path))
    ctx.out(f"SHA-256: {record.sha256}")
    return 0


def cmd_report_annual(ctx, args) -> int:
    if Path(args.output).suffix.lower() != ".pdf":
        raise CliError(tr("出力先は .pdf のファイル名にしてください。"), 2)
    record = ctx.services.reports.annual.write(
        ctx.actor, args.fiscal_year, args.output, department_codes=args.department
    )
    ctx.out(
        tr("報告書を作成しました（{n} ページ）: {path}").format(n=record.rows, path=record.path)
    )
    ctx.out(f"SHA-256: {record.sha256}")
    return 0


def cmd_export_workbook(ctx, args) -> int:
    suffix = Path(args.output).suffix.lower()
    reports = ctx.services.reports
    if suffix == ".csv":
        if not args.sheet:
            raise CliError(tr("CSV に書き出すときは --sheet で台帳を指定してください。"), 2)
        record = reports.register_csv(
            ctx.actor,
            args.sheet,
            args.fiscal_year,
            args.output,
            "cp932" if args.encoding == "cp932" else "utf-8-sig",
            department_codes=args.department,
        )
    elif suffix == ".xlsx":
        record = reports.workbook(
            ctx.actor, args.fiscal_year, args.output, department_codes=args.department
        )
    else:
        raise CliError(tr("出力先は .xlsx か .csv のファイル名にしてください。"), 2)
    ctx.out(tr("{n} 行を書き出しました: {path}").format(n=f"{record.rows:,}", path=record.path))
    ctx.out(f"SHA-256: {record.sha256}")
    return 0
