"""import incidents, export incidents, report incident, search."""

from __future__ import annotations

from secdesk.cli.arguments import (
    add_only_good_rows,
    fiscal_year_arg,
    refuse_unless_only_good_rows,
    say_header,
)
from secdesk.cli.context import CliError
from secdesk.i18n import tr


def register(tree) -> None:
    imp = tree.subcommand(
        "import", "incidents", tr("インシデント・ヒヤリハットの一覧（CSV / Excel）を取り込む")
    )
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help=tr("検査するだけで書き込まない"))
    imp.add_argument("--sheet", help=tr("Excel のシート名（既定: 先頭のシート）"))
    add_only_good_rows(imp)
    imp.set_defaults(handler=cmd_import)

    exp = tree.subcommand(
        "export",
        "incidents",
        tr("インシデント・ヒヤリハットを CSV / Excel に書き出す（取り込みと同じ列）"),
    )
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    exp.add_argument(
        "--fiscal-year", type=fiscal_year_arg, metavar="Y", help=tr("年度（2025 または 令和7）")
    )
    exp.add_argument(
        "--kind", choices=["near_miss", "incident"], help=tr("種別（ヒヤリハット / インシデント）")
    )
    exp.add_argument(
        "--encoding",
        choices=["utf-8", "cp932"],
        default="utf-8",
        help=tr("CSV の文字コード（既定: BOM付き UTF-8）"),
    )
    exp.set_defaults(handler=cmd_export)

    rep = tree.subcommand("report", "incident", tr("インシデント報告書（PDF）を作る"))
    rep.add_argument("ref", metavar="REF", help=tr("番号（例: 2025-INC-0007）"))
    rep.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rep.set_defaults(handler=cmd_report)

    search = tree.command(
        "search",
        tr("インシデント・ヒヤリハットを全文検索する（2文字の語から、全角・半角を問わず）"),
    )
    search.add_argument("query", metavar="QUERY")
    search.add_argument(
        "--limit", type=int, default=50, metavar="N", help=tr("表示する件数（既定: 50）")
    )
    search.set_defaults(handler=cmd_search)


def cmd_import(ctx, args) -> int:
    from secdesk.io.tabular import read_table

    table = read_table(args.file, sheet=args.sheet)
    service = ctx.services.incident_import
    plan = service.plan(ctx.actor, table)
    ctx.out(
        tr("{file}: {n} 行を読みました（{enc}）。").format(
            file=table.source, n=plan.rows_read, enc=table.encoding
        )
    )
    say_header(ctx, table)
    for problem in plan.errors:
        ctx.out(f"  [{tr('エラー')}] {problem}")
    ctx.out(plan.summary())
    refuse_unless_only_good_rows(ctx, plan.errors, args.only_good_rows)
    if args.dry_run:
        ctx.out(tr("--dry-run のため書き込んでいません。"))
        return 0
    result = service.apply(ctx.actor, table, only_good_rows=args.only_good_rows)
    ctx.out(
        tr("{n} 件を取り込みました（{first} 〜 {last}）。").format(
            n=result.created, first=result.refs[0], last=result.refs[1]
        )
    )
    return 0


def cmd_export(ctx, args) -> int:
    from secdesk.services.core.listing import ListQuery

    query = ListQuery(sort="ref").with_filters(fiscal_year=args.fiscal_year, kind=args.kind)
    record = ctx.services.incident_export.export(
        ctx.actor,
        args.output,
        query,
        encoding="cp932" if args.encoding == "cp932" else "utf-8-sig",
        label=str(ctx.services.settings.get("classification_label")),
    )
    ctx.out(tr("{n} 件を書き出しました: {path}").format(n=record.rows, path=record.path))
    return 0


def cmd_report(ctx, args) -> int:
    record = ctx.services.incident_reports.report(ctx.actor, args.ref, args.output)
    ctx.out(
        tr("報告書を作成しました（{pages} ページ）: {path}").format(
            pages=record.rows, path=record.path
        )
    )
    return 0


def cmd_search(ctx, args) -> int:
    from secdesk.domain.timezone import format_local
    from secdesk.services.core.listing import ListQuery

    if args.limit < 1:
        raise CliError(tr("--limit は1以上にしてください。"), 2)
    source = ctx.services.incidents.list_source()
    query = ListQuery(args.query, sort="ref", descending=True)  # newest first
    total = source.count(ctx.actor, query)
    ids = source.ids(ctx.actor, query, limit=args.limit)
    rows = source.rows(ctx.actor, ids)
    for record_id in ids:
        row = rows[record_id]
        ref, _kind, status, discovered, title = row.values[:5]
        ctx.out(f"{ref}\t{format_local(discovered)}\t{status}\t{title}")
    ctx.out(tr("{n} 件中 {shown} 件を表示しました。").format(n=f"{total:,}", shown=len(ids)))
    return 0
