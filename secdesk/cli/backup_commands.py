"""backup, restore, transfer, backup-key."""

from __future__ import annotations

from pathlib import Path

from secdesk.cli.context import CliError
from secdesk.i18n import tr


def register(tree) -> None:
    backup = tree.command("backup", tr("使用中でも整合性のとれたバックアップを作成し、検証する"))
    backup.add_argument("-o", "--output", required=True, metavar="FILE")
    backup.add_argument(
        "--encrypt",
        action="store_true",
        help=tr("AES-256-GCM で暗号化する（既定。鍵は OS の資格情報マネージャー）"),
    )
    backup.add_argument(
        "--plain",
        action="store_true",
        help=tr("暗号化しない（個人情報が平文でファイルに残ります）"),
    )
    backup.set_defaults(handler=cmd_backup)

    restore = tree.command(
        "restore",
        tr(
            "バックアップから復元する（検査に合格したときだけ置き換え、元のデータベースは複製を残す）"
        ),
    )
    restore.add_argument("file")
    restore.add_argument(
        "--recovery-code", help=tr("暗号化バックアップの回復キー（この端末に鍵がないとき）")
    )
    restore.add_argument("--check-only", action="store_true", help=tr("検査だけ行い、置き換えない"))
    restore.add_argument(
        "--replace-damaged",
        action="store_true",
        help=tr(
            "現在のデータベースが開けないとき、ログインの代わりにバックアップ鍵の回復キー"
            "（--recovery-code）で置き換える"
        ),
    )
    restore.add_argument(
        "--other-register",
        action="store_true",
        help=tr("別の台帳のバックアップで置き換える（管理者のみ）"),
    )
    restore.add_argument(
        "--accept-loss",
        type=int,
        metavar="N",
        help=tr("古いバックアップの復元で失われる監査ログの件数を承知したことを示す"),
    )
    restore.set_defaults(handler=cmd_restore)

    transfer = tree.command("transfer", tr("台帳を別のデータベースへ移す（SQLite ⇔ PostgreSQL）"))
    transfer.add_argument(
        "--to", required=True, metavar="URL_OR_PATH", help=tr("移行先（空のデータベース）")
    )
    transfer.set_defaults(handler=cmd_transfer)

    key = tree.command("backup-key", tr("バックアップ暗号鍵の回復キーを表示する（管理者のみ）"))
    key.set_defaults(handler=cmd_backup_key)


def cmd_backup(ctx, args) -> int:
    if args.plain and args.encrypt:
        raise CliError(tr("--plain と --encrypt は同時に指定できません。"), 2)
    if args.plain:
        ctx.err(
            tr(
                "警告: 暗号化しないバックアップです。職員や事案の個人情報が平文で残ります。"
                "持ち出す場合は必ず暗号化してください。"
            )
        )
    result = ctx.services.backup.backup(ctx.actor, args.output, encrypt=not args.plain)
    ctx.out(
        tr("バックアップを作成し、検証しました: {p}（監査ログ {n} 件、SHA-256 {h}）").format(
            p=result.path, n=result.entries, h=result.sha256
        )
    )
    if result.recovery_code:
        ctx.out(
            tr("新しい暗号鍵を作成しました。次の回復キーを紙に控え、金庫などに保管してください:")
        )
        ctx.out(f"  {result.recovery_code}")
    return 0


def cmd_restore(ctx, args) -> int:
    from secdesk.paths import backups_dir
    from secdesk.services.core.restore import check_backup, plan_restore, restore

    info = check_backup(args.file, args.recovery_code)
    ctx.out(
        tr("検査に合格しました: スキーマ {r}、監査ログ {n} 件{enc}").format(
            r=info.revision, n=info.trail_entries, enc=tr("（暗号化）") if info.encrypted else ""
        )
    )
    if args.check_only:
        if not args.replace_damaged:
            plan = plan_restore(ctx.db, info)
            if plan.same_register is False:
                ctx.out(tr("このバックアップは別の台帳のものです。"))
            if plan.lost_entries:
                ctx.out(plan.loss_text())
        return 0
    if args.replace_damaged:
        from secdesk.services.core.context import Clock
        from secdesk.services.core.opening import open_database

        try:
            ctx.db  # noqa: B018 - opening proves the register is usable
        except Exception:
            db, _ = open_database(args.db, migrate=False)
            result = restore(
                db,
                Clock(),
                None,
                Path(args.file),
                backups_dir(),
                args.recovery_code,
                accept_loss=args.accept_loss,
            )
            db.dispose()
        else:
            raise CliError(
                tr("現在のデータベースは開けます。--user に管理者を指定して復元してください。")
            )
    else:
        result = restore(
            ctx.db,
            ctx.services.clock,
            ctx.actor,
            Path(args.file),
            backups_dir(),
            args.recovery_code,
            other_register=args.other_register,
            accept_loss=args.accept_loss,
        )
    ctx.out(
        tr("復元しました。置き換えたデータベースの複製（暗号化）: {p}").format(
            p=result.replaced_copy or "-"
        )
    )
    if result.recovery_code:
        ctx.out(
            tr("新しい暗号鍵を作成しました。次の回復キーを紙に控え、金庫などに保管してください:")
        )
        ctx.out(f"  {result.recovery_code}")
    return 0


def cmd_transfer(ctx, args) -> int:
    from secdesk.services.core.opening import open_database
    from secdesk.services.core.transfer import transfer

    target, _ = open_database(args.to, migrate=False)
    try:
        result = transfer(ctx.db, ctx.services.clock, ctx.actor, target)
    finally:
        target.dispose()
    ctx.out(
        tr("移行しました: {t}（{n} 行、監査ログ {e} 件を検証済み）").format(
            t=result.target, n=sum(result.counts.values()), e=result.trail_entries
        )
    )
    return 0


def cmd_backup_key(ctx, args) -> int:
    from secdesk.domain.roles import Permission
    from secdesk.services.core.backup import recovery_code_of_stored_key

    ctx.actor.require(Permission.MANAGE_SETTINGS)
    code = recovery_code_of_stored_key()
    if code is None:
        raise CliError(
            tr(
                "この端末にはバックアップの暗号鍵がありません（最初の暗号化バックアップで作成されます）。"
            )
        )
    ctx.out(code)
    return 0
