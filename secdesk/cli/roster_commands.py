"""import staff, export staff."""

from __future__ import annotations

from datetime import date

from secdesk.cli.arguments import add_only_good_rows, refuse_unless_only_good_rows, say_header
from secdesk.i18n import tr


def parse_day(text: str) -> date:
    """A day as io.dates reads it in files: 2026-04-01, 2026/4/1, 令和8年4月1日, R8.4.1 …"""
    from secdesk.io.dates import parse_day as read_day

    try:
        day = read_day(text)
    except ValueError:
        day = None
    if day is None:
        import argparse

        raise argparse.ArgumentTypeError(
            tr("日付は YYYY-MM-DD（または 令和8年4月1日）で指定してください: {v}").format(v=text)
        )
    return day


def register(tree) -> None:
    imp = tree.subcommand("import", "staff", tr("人事の職員一覧（CSV / Excel）を取り込む"))
    imp.add_argument("file")
    imp.add_argument("--effective", type=parse_day, help=tr("異動・退職の発効日（既定: 今日）"))
    imp.add_argument("--dry-run", action="store_true", help=tr("差分を表示するだけで書き込まない"))
    imp.add_argument(
        "--full-roster",
        action="store_true",
        help=tr("ファイルにない在職者を退職扱いにする（全職員のファイルのとき）"),
    )
    imp.add_argument("--sheet", help=tr("Excel のシート名（既定: 先頭のシート）"))
    add_only_good_rows(imp)
    imp.set_defaults(handler=cmd_import_staff)

    exp = tree.subcommand(
        "export", "staff", tr("職員一覧を CSV / Excel に書き出す（取り込みと同じ列）")
    )
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    exp.add_argument(
        "--encoding",
        choices=["utf-8", "cp932"],
        default="utf-8",
        help=tr("CSV の文字コード（既定: BOM付き UTF-8）"),
    )
    exp.add_argument("--active-only", action="store_true", help=tr("在職者だけを書き出す"))
    exp.set_defaults(handler=cmd_export_staff)


def cmd_import_staff(ctx, args) -> int:
    from secdesk.io.tabular import read_table
    from secdesk.services.roster.file_import import KIND_LABELS

    table = read_table(args.file, sheet=args.sheet)
    service = ctx.services.roster_import
    plan = service.plan(ctx.actor, table, args.effective, deactivate_missing=args.full_roster)
    ctx.out(
        tr("{file}: {n} 行を読みました（{enc}）。").format(
            file=table.source, n=plan.rows_read, enc=table.encoding
        )
    )
    say_header(ctx, table)
    for change in plan.changes:
        if change.kind == "unchanged":
            continue
        where = tr("{line}行目").format(line=change.line) if change.line else tr("ファイルにない")
        detail = ""
        if change.kind == "moved":
            detail = f"{change.old_department or '-'} → {change.department_name}"
        elif change.changes:
            detail = ", ".join(
                f"{k}: {old or '-'} → {new}" for k, (old, new) in change.changes.items()
            )
        ctx.out(
            f"  [{tr(KIND_LABELS[change.kind])}] {where} {change.staff_number} {change.name} {detail}".rstrip()
        )
    for code, name in plan.new_departments.items():
        ctx.out(tr("  [新しい所属] {code} {name}").format(code=code, name=name))
    for code, (old, new) in plan.renamed_departments.items():
        ctx.out(tr("  [所属名の変更] {code} {old} → {new}").format(code=code, old=old, new=new))
    error = tr("エラー")  # outside the f-string, where lupdate finds it
    for problem in plan.errors:
        ctx.out(f"  [{error}] {problem}")
    ctx.out(plan.summary())
    refuse_unless_only_good_rows(ctx, plan.errors, args.only_good_rows)
    if args.dry_run:
        ctx.out(tr("--dry-run のため書き込んでいません。"))
        return 0
    service.apply(
        ctx.actor,
        table,
        args.effective,
        deactivate_missing=args.full_roster,
        only_good_rows=args.only_good_rows,
    )
    ctx.out(tr("取り込みました。"))
    return 0


def cmd_export_staff(ctx, args) -> int:
    encoding = "cp932" if args.encoding == "cp932" else "utf-8-sig"
    label = ctx.services.settings.get("classification_label")
    record = ctx.services.roster_export.export(
        ctx.actor,
        args.output,
        encoding=encoding,
        include_inactive=not args.active_only,
        label=str(label),
    )
    ctx.out(tr("{n} 名を書き出しました: {path}").format(n=record.rows, path=record.path))
    return 0
