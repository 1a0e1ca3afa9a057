"""course add/list, import attendance, import gophish, export training, export non-completers,
report training."""

from __future__ import annotations

from secdesk.cli.arguments import (
    add_only_good_rows,
    fiscal_year_arg,
    refuse_unless_only_good_rows,
    say_header,
)
from secdesk.cli.context import CliError
from secdesk.cli.roster_commands import parse_day
from secdesk.domain.fiscal import fiscal_year, fiscal_year_bounds, fiscal_year_label
from secdesk.domain.training import CourseKind, TargetRule, format_rate, kind_label, rule_label
from secdesk.i18n import tr

MAX_LISTED = 50


def register(tree) -> None:
    add = tree.subcommand("course", "add", tr("研修・訓練を登録する"))
    add.add_argument("code")
    add.add_argument(
        "--fiscal-year", type=fiscal_year_arg, required=True, help=tr("年度（2026 または 令和8）")
    )
    add.add_argument("--title", required=True)
    add.add_argument("--kind", required=True, choices=[k.value for k in CourseKind])
    add.add_argument("--due", type=parse_day, required=True, help=tr("期限日（YYYY-MM-DD）"))
    add.add_argument(
        "--target",
        choices=[TargetRule.ALL.value, TargetRule.SYSTEM_DEPARTMENTS.value],
        help=tr("対象者（既定: 種別による）"),
    )
    add.add_argument(
        "--joined-after",
        type=parse_day,
        help=tr("新任研修: この日以降の採用者が対象（既定: 年度の初日）"),
    )
    add.add_argument("--target-rate", type=int, default=100, help=tr("目標受講率（%%、既定 100）"))
    add.set_defaults(handler=cmd_course_add)

    listing = tree.subcommand("course", "list", tr("年度の研修・訓練と受講率の一覧"))
    listing.add_argument("--fiscal-year", type=fiscal_year_arg, help=tr("年度（既定: 今年度）"))
    listing.set_defaults(handler=cmd_course_list)

    for name, help_text, handler in (
        (
            "attendance",
            tr("e-ラーニングの受講結果（CSV / Excel、Moodle の完了レポート）を取り込む"),
            cmd_import_attendance,
        ),
        (
            "gophish",
            tr("GoPhish のキャンペーン結果（Results の CSV）を訓練に取り込む"),
            cmd_import_gophish,
        ),
    ):
        imp = tree.subcommand("import", name, help_text)
        imp.add_argument("file")
        imp.add_argument("--course", required=True, metavar="CODE")
        imp.add_argument(
            "--fiscal-year", type=fiscal_year_arg, help=tr("研修の年度（既定: 今年度）")
        )
        imp.add_argument("--dry-run", action="store_true", help=tr("確認だけして書き込まない"))
        imp.add_argument("--sheet", help=tr("Excel のシート名（既定: 先頭のシート）"))
        if name == "attendance":
            imp.add_argument(
                "--take-file-values",
                action="store_true",
                help=tr("記録済みの受講日・得点と食い違うときはファイルの値で上書きする"),
            )
            add_only_good_rows(imp)
        imp.set_defaults(handler=handler)

    exp = tree.subcommand("export", "training", tr("年度の受講状況を職員・研修ごとに書き出す"))
    exp.add_argument("--fiscal-year", type=fiscal_year_arg, required=True)
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    exp.add_argument("--encoding", choices=["utf-8", "cp932"], default="utf-8")
    exp.set_defaults(handler=cmd_export_training)

    non = tree.subcommand(
        "export", "non-completers", tr("研修の未完了者一覧を書き出す（所属ごとも可）")
    )
    non.add_argument("--course", required=True, metavar="CODE")
    non.add_argument("--fiscal-year", type=fiscal_year_arg, help=tr("研修の年度（既定: 今年度）"))
    non.add_argument("-o", "--output", required=True, metavar="FILE")
    non.add_argument(
        "--per-department",
        action="store_true",
        help=tr("所属ごとに分ける（Excel はシート、CSV はファイル）"),
    )
    non.add_argument("--encoding", choices=["utf-8", "cp932"], default="utf-8")
    non.set_defaults(handler=cmd_export_non_completers)

    rep = tree.subcommand("report", "training", tr("研修・訓練の実施状況報告書（PDF）を作成する"))
    rep.add_argument("--fiscal-year", type=fiscal_year_arg, required=True)
    rep.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rep.add_argument("--course", metavar="CODE", help=tr("この研修だけの報告書にする"))
    rep.add_argument(
        "--with-non-completers", action="store_true", help=tr("未完了者の一覧を付録に付ける")
    )
    rep.set_defaults(handler=cmd_report_training)


def _year(ctx, args) -> int:
    return args.fiscal_year or fiscal_year(ctx.services.clock.today())


def _course(ctx, args):
    """--course CODE, in --fiscal-year, else this fiscal year, else the only year with CODE."""
    today = ctx.services.clock.today()
    return ctx.services.training.courses.find_code(ctx.actor, args.course, args.fiscal_year, today)


def cmd_course_add(ctx, args) -> int:
    from secdesk.services.training.courses import CourseInput

    joined_after = args.joined_after
    if args.kind == CourseKind.NEW_STAFF and joined_after is None:
        joined_after = fiscal_year_bounds(args.fiscal_year)[0]
    made = ctx.services.training.courses.create(
        ctx.actor,
        CourseInput(
            args.fiscal_year,
            args.code,
            args.title,
            args.kind,
            args.due,
            target_rule=args.target,
            target_joined_after=joined_after,
            target_rate=args.target_rate,
        ),
    )
    summary = ctx.services.training.status.course_summary(ctx.actor, made.id)
    ctx.out(
        tr(
            "{fy} の研修 {code}「{title}」を登録しました（{kind}、対象: {rule}、{n} 名、期限 {due}）。"
        ).format(
            fy=fiscal_year_label(made.fiscal_year),
            code=made.code,
            title=made.title,
            kind=kind_label(made.kind),
            rule=rule_label(made.target_rule),
            n=summary.target,
            due=made.due_date,
        )
    )
    return 0


def cmd_course_list(ctx, args) -> int:
    year = _year(ctx, args)
    courses = ctx.services.training.courses.of_year(ctx.actor, year)
    ctx.out(fiscal_year_label(year))
    if not courses:
        ctx.out(tr("登録されている研修はありません。"))
    for course in courses:
        summary = ctx.services.training.status.course_summary(ctx.actor, course.id)
        ctx.out(
            f"{course.code}\t{course.title}\t{kind_label(course.kind)}\t{course.due_date}\t"
            + tr(
                "対象 {n} / 完了 {done} / 免除 {exempt} / 受講率 {rate} / 目標未達の所属 {below}"
            ).format(
                n=summary.target,
                done=summary.completed,
                exempt=summary.exempt,
                rate=format_rate(summary.rate),
                below=len(summary.below_target),
            )
        )
    return 0


def _read(args):
    from secdesk.io.tabular import read_table

    return read_table(args.file, sheet=args.sheet)


def _problems(ctx, problems) -> None:
    for problem in problems:
        ctx.out(f"  [{tr('エラー')}] {problem}")


def cmd_import_attendance(ctx, args) -> int:
    table = _read(args)
    course = _course(ctx, args)
    service = ctx.services.training.imports
    plan = service.plan(ctx.actor, course.id, table)
    ctx.out(
        tr("{file}: {n} 行を読みました（{enc}、{layout}）。研修 {course}").format(
            file=table.source,
            n=plan.rows_read,
            enc=table.encoding,
            layout=tr("Moodle の完了レポート") if plan.layout == "moodle" else tr("受講結果"),
            course=course.label,
        )
    )
    say_header(ctx, table)
    for entry in plan.conflicts[:MAX_LISTED]:
        ctx.out(
            tr(
                "  [食い違い] {line}行目 {number} {name}: 記録 {old}（{old_score}）→ ファイル {new}（{new_score}）"
            ).format(
                line=entry.line,
                number=entry.staff_number,
                name=entry.name,
                old=entry.recorded_on,
                old_score="-" if entry.recorded_score is None else f"{entry.recorded_score:g}",
                new=entry.completed_on,
                new_score="-" if entry.score is None else f"{entry.score:g}",
            )
        )
    if len(plan.conflicts) > MAX_LISTED:
        ctx.out(f"  … {len(plan.conflicts) - MAX_LISTED}")
    if plan.outside_target:
        ctx.out(
            tr("  対象者ではない職員の記録 {n} 件も取り込みます。").format(n=plan.outside_target)
        )
    if plan.other_courses:
        ctx.out(tr("  [ほかの研修・スキップ] {list}").format(list=plan.skipped_courses()))
    for line, who in plan.unmatched[:MAX_LISTED]:
        ctx.out(tr("  [名簿にない参加者・スキップ] {line}行目 {who}").format(line=line, who=who))
    if len(plan.unmatched) > MAX_LISTED:
        ctx.out(f"  … {len(plan.unmatched) - MAX_LISTED}")
    _problems(ctx, plan.errors)
    ctx.out(plan.summary())
    refuse_unless_only_good_rows(ctx, plan.errors, args.only_good_rows)
    if plan.conflicts and not args.take_file_values:
        ctx.out(tr("食い違いは記録済みの値を残します（上書きするには --take-file-values）。"))
    if args.dry_run:
        ctx.out(tr("--dry-run のため書き込んでいません。"))
        return 0
    result = service.apply(
        ctx.actor,
        course.id,
        table,
        take_file_values=args.take_file_values,
        only_good_rows=args.only_good_rows,
        checked=plan,
    )
    ctx.out(tr("取り込みました（新規 {c}、更新 {u}）。").format(c=result.created, u=result.updated))
    return 0


def cmd_import_gophish(ctx, args) -> int:
    table = _read(args)
    course = _course(ctx, args)
    service = ctx.services.training.gophish
    plan = service.plan(ctx.actor, course.id, table)
    ctx.out(
        tr("{file}: {n} 行を読みました。訓練 {course}").format(
            file=table.source, n=plan.rows_read, course=course.label
        )
    )
    say_header(ctx, table)
    for line, address in plan.unmatched[:MAX_LISTED]:
        ctx.out(
            tr("  [該当なし・スキップ] {line}行目 {address}").format(line=line, address=address)
        )
    for line, address in plan.ambiguous:
        ctx.out(
            tr("  [複数の職員に該当・スキップ] {line}行目 {address}").format(
                line=line, address=address
            )
        )
    if len(plan.unmatched) > MAX_LISTED:
        ctx.out(f"  … {len(plan.unmatched) - MAX_LISTED}")
    _problems(ctx, plan.errors)
    ctx.out(plan.summary())
    if plan.errors:
        raise CliError(tr("エラーがあるため、何も取り込んでいません。"))
    if args.dry_run:
        ctx.out(tr("--dry-run のため書き込んでいません。"))
        return 0
    result = service.apply(ctx.actor, course.id, table)
    ctx.out(tr("取り込みました（新規 {c}、更新 {u}）。").format(c=result.created, u=result.updated))
    return 0


def _encoding(args) -> str:
    return "cp932" if args.encoding == "cp932" else "utf-8-sig"


def _label(ctx) -> str:
    return str(ctx.services.settings.get("classification_label"))


def cmd_export_training(ctx, args) -> int:
    record = ctx.services.training.exports.export_year(
        ctx.actor, args.fiscal_year, args.output, encoding=_encoding(args), label=_label(ctx)
    )
    ctx.out(tr("{n} 行を書き出しました: {path}").format(n=record.rows, path=record.path))
    return 0


def cmd_export_non_completers(ctx, args) -> int:
    course = _course(ctx, args)
    records = ctx.services.training.exports.export_non_completers(
        ctx.actor,
        course.id,
        args.output,
        encoding=_encoding(args),
        label=_label(ctx),
        per_department=args.per_department,
    )
    for record in records:
        ctx.out(tr("{n} 名を書き出しました: {path}").format(n=record.rows, path=record.path))
    return 0


def cmd_report_training(ctx, args) -> int:
    course_id = None
    if args.course:
        course_id = ctx.services.training.courses.find(ctx.actor, args.fiscal_year, args.course).id
    record = ctx.services.training.report.write(
        ctx.actor,
        args.fiscal_year,
        args.output,
        course_id=course_id,
        with_non_completers=args.with_non_completers,
        organisation=str(ctx.services.settings.get("organisation_name")),
        label=_label(ctx),
    )
    ctx.out(
        tr("報告書（{n} ページ）を作成しました: {path}").format(n=record.rows, path=record.path)
    )
    return 0
