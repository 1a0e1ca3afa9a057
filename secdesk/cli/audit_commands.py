"""import checklist, import answers, export findings, export follow-up, report audit."""

from __future__ import annotations

from pathlib import Path

from secdesk.cli.arguments import fiscal_year_arg, say_header
from secdesk.cli.context import CliError
from secdesk.i18n import tr


def register(tree) -> None:
    imp = tree.subcommand(
        "import", "checklist", tr("監査チェックリスト（CSV / Excel）を年度の新しい版として取り込む")
    )
    imp.add_argument("file")
    imp.add_argument("--fiscal-year", type=fiscal_year_arg, help=tr("年度（既定: 今年度）"))
    imp.add_argument("--title", help=tr("チェックリストの名称（既定: ファイル名）"))
    imp.add_argument("--sheet", help=tr("Excel のシート名（既定: 先頭のシート）"))
    imp.add_argument("--dry-run", action="store_true", help=tr("確認だけして書き込まない"))
    imp.add_argument("--only-good-rows", action="store_true", help=tr("エラーの行を除いて取り込む"))
    imp.set_defaults(handler=cmd_import_checklist)

    ans = tree.subcommand(
        "import",
        "answers",
        tr("自己点検の回答（所属ごとのシート、または所属ごとのファイル）を取り込む"),
    )
    ans.add_argument("file")
    ans.add_argument(
        "--audit", required=True, metavar="NUMBER", help=tr("監査番号（例: 2026-AUD-0001）")
    )
    ans.add_argument("--department", metavar="CODE", help=tr("所属コード（所属ごとの CSV のとき）"))
    ans.add_argument("--dry-run", action="store_true", help=tr("確認だけして書き込まない"))
    ans.add_argument("--only-good-rows", action="store_true", help=tr("エラーの行を除いて取り込む"))
    ans.set_defaults(handler=cmd_import_answers)

    exp = tree.subcommand(
        "export", "findings", tr("指摘事項と是正処置を CSV / Excel に書き出す（処置ごとに1行）")
    )
    exp.add_argument("--fiscal-year", type=fiscal_year_arg, required=True)
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    exp.add_argument("--audit", metavar="NUMBER", help=tr("この監査の指摘だけ"))
    exp.add_argument("--open-only", action="store_true", help=tr("未完了の指摘だけ"))
    exp.add_argument("--encoding", choices=["utf-8", "cp932"], default="utf-8")
    exp.set_defaults(handler=cmd_export_findings)

    fol = tree.subcommand(
        "export",
        "follow-up",
        tr("未完了の是正処置を所属ごとに書き出す（督促用、Excel は所属ごとのシート）"),
    )
    fol.add_argument("--fiscal-year", type=fiscal_year_arg, help=tr("年度（既定: すべての年度）"))
    fol.add_argument("-o", "--output", required=True, metavar="FILE")
    fol.add_argument("--overdue-only", action="store_true", help=tr("期限を過ぎた処置だけ"))
    fol.add_argument("--encoding", choices=["utf-8", "cp932"], default="utf-8")
    fol.set_defaults(handler=cmd_export_follow_up)

    rep = tree.subcommand(
        "report",
        "audit",
        tr("年度の是正処置フォローアップ状況報告書（--audit で監査結果報告書）を PDF で作る"),
    )
    rep.add_argument("--fiscal-year", type=fiscal_year_arg, required=True)
    rep.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rep.add_argument("--audit", metavar="NUMBER", help=tr("この監査の監査結果報告書を作る"))
    rep.add_argument(
        "--all-open",
        action="store_true",
        help=tr("期限内で対応中のものも含め、未完了の是正処置をすべて一覧に載せる"),
    )
    rep.set_defaults(handler=cmd_report_audit)


def _audit(ctx, number: str):
    info = ctx.services.audits.audits.find_by_number(ctx.actor, number)
    if info is None:
        raise CliError(tr("監査番号「{n}」の監査はありません。").format(n=number))
    return info


def _label(ctx) -> str:
    return str(ctx.services.settings.get("classification_label"))


def _encoding(args) -> str:
    return "cp932" if args.encoding == "cp932" else "utf-8-sig"


def cmd_import_checklist(ctx, args) -> int:
    from secdesk.domain.fiscal import fiscal_year
    from secdesk.io.tabular import read_table

    table = read_table(args.file, sheet=args.sheet)
    year = args.fiscal_year or fiscal_year(ctx.services.clock.today())
    title = args.title or Path(args.file).stem
    service = ctx.services.audits.checklists
    plan = service.plan(ctx.actor, table, year, title)
    ctx.out(
        tr("{file}: {n} 行を読みました（{enc}）。").format(
            file=table.source, n=plan.rows_read, enc=table.encoding
        )
    )
    say_header(ctx, table)
    for problem in plan.errors:
        ctx.out(f"  [{tr('エラー')}] {problem}")
    ctx.out(f"{year} {title}: {plan.summary()}")
    if plan.errors and not (args.only_good_rows and plan.items):
        raise CliError(tr("エラーがあるため、何も取り込んでいません。"))
    if args.dry_run:
        ctx.out(tr("--dry-run のため書き込んでいません。"))
        return 0
    info = service.apply(ctx.actor, table, year, title, only_good_rows=args.only_good_rows)
    ctx.out(tr("取り込みました: {label}").format(label=info.label))
    return 0


def cmd_import_answers(ctx, args) -> int:
    from secdesk.io.answer_sheets import read_answer_sheets

    audit = _audit(ctx, args.audit)
    sheets = read_answer_sheets(args.file)
    service = ctx.services.audits.self_checks
    department = args.department or ""
    plan = service.plan_import(ctx.actor, audit.id, sheets, department)
    for note in plan.notes:
        ctx.out(f"  {note}")
    for problem in plan.errors:
        ctx.out(f"  [{tr('エラー')}] {problem}")
    ctx.out(plan.summary())
    if plan.errors and not args.only_good_rows:
        raise CliError(tr("エラーがあるため、何も取り込んでいません。"))
    if args.dry_run:
        ctx.out(tr("--dry-run のため書き込んでいません。"))
        return 0
    result = service.apply_import(
        ctx.actor, audit.id, sheets, department, only_good_rows=args.only_good_rows
    )
    ctx.out(
        tr("取り込みました: 所属 {d}、変更 {n} 件。").format(d=result.departments, n=result.changed)
    )
    return 0


def cmd_export_findings(ctx, args) -> int:
    from secdesk.services.core.listing import ListQuery

    query = ListQuery().with_filters(
        fiscal_year=args.fiscal_year,
        audit_id=_audit(ctx, args.audit).id if args.audit else None,
        status="open_all" if args.open_only else None,
    )
    record = ctx.services.audits.exports.export_findings(
        ctx.actor, args.output, query, encoding=_encoding(args), label=_label(ctx)
    )
    ctx.out(tr("{n} 行を書き出しました: {path}").format(n=record.rows, path=record.path))
    return 0


def cmd_export_follow_up(ctx, args) -> int:
    from secdesk.services.core.listing import ListQuery

    query = ListQuery().with_filters(
        fiscal_year=args.fiscal_year, due="overdue" if args.overdue_only else None
    )
    record = ctx.services.audits.exports.export_follow_up(
        ctx.actor, args.output, query, encoding=_encoding(args), label=_label(ctx)
    )
    ctx.out(tr("{n} 件の是正処置を書き出しました: {path}").format(n=record.rows, path=record.path))
    return 0


def cmd_report_audit(ctx, args) -> int:
    if Path(args.output).suffix.lower() != ".pdf":
        raise CliError(tr("出力先は .pdf のファイル名にしてください。"), 2)
    reports = ctx.services.audits.reports
    if args.audit:
        audit = _audit(ctx, args.audit)
        if audit.fiscal_year != args.fiscal_year:
            raise CliError(
                tr("監査 {n} は {y} 年度の監査です。").format(n=audit.number, y=audit.fiscal_year)
            )
        record = reports.audit_report(ctx.actor, audit.id, args.output)
    else:
        record = reports.follow_up_report(
            ctx.actor, args.fiscal_year, args.output, all_open=args.all_open
        )
    ctx.out(
        tr("報告書を作成しました（{n} ページ）: {path}").format(n=record.rows, path=record.path)
    )
    return 0
