"""init, user add, passwd, verify, demo."""

from __future__ import annotations

import os
import sys

from secdesk.cli.context import CliError, read_password
from secdesk.i18n import tr


def register(tree) -> None:
    init = tree.command(
        "init", tr("データベースを作成（または最新の形式に更新）し、最初の管理者を登録する")
    )
    init.add_argument(
        "--admin",
        metavar="NAME",
        help=tr("最初の管理者のユーザー名（パスワードは SECDESK_PASSWORD またはプロンプト）"),
    )
    init.add_argument("--display-name", default="", help=tr("管理者の表示名"))
    init.set_defaults(handler=cmd_init)

    add = tree.subcommand("user", "add", tr("ユーザーを追加する（管理者のみ）"))
    add.add_argument("name")
    add.add_argument(
        "--role", required=True, choices=["admin", "csirt", "training", "auditor", "viewer"]
    )
    add.add_argument("--display-name", default="")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help=tr("新しいユーザーのパスワードを標準入力の1行目から読む"),
    )
    add.set_defaults(handler=cmd_user_add)

    users = tree.subcommand("user", "list", tr("ユーザーの一覧"))
    users.set_defaults(handler=cmd_user_list)

    passwd = tree.command(
        "passwd",
        tr(
            "自分のパスワードを変更する（新しいパスワードは SECDESK_NEW_PASSWORD またはプロンプト）"
        ),
    )
    passwd.set_defaults(handler=cmd_passwd)

    verify = tree.command("verify", tr("データベースの整合性と監査ログの改ざんを検査する"))
    verify.add_argument(
        "--anchor",
        metavar="FILE",
        action="append",
        default=[],
        help=tr("バックアップに記録された監査ログの先頭と照合する（複数指定可）"),
    )
    verify.add_argument(
        "--head",
        metavar="SEQ:HASH",
        action="append",
        default=[],
        help=tr("報告書のフッターに印字された監査ログの先頭（例 1234:3f9a0c5e1b2d4a67）と照合する"),
    )
    verify.add_argument(
        "--recovery-code",
        metavar="CODE",
        help=tr("暗号化されたバックアップを開く回復キー（キーリングに鍵がないとき）"),
    )
    verify.set_defaults(handler=cmd_verify)

    demo = tree.command("demo", tr("デモ用のデータ（所属・職員・ユーザーなど）を追加する"))
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(handler=cmd_demo)


def cmd_init(ctx, args) -> int:
    accounts = ctx.services.accounts
    if not accounts.needs_first_admin():
        ctx.out(tr("データベースは最新の形式です: {where}").format(where=ctx.db.location))
        return 0
    if not args.admin:
        raise CliError(tr("最初の管理者を --admin NAME で指定してください。"), 2)
    password = os.environ.get("SECDESK_PASSWORD") or read_password(
        tr("管理者のパスワード: "), confirm=True
    )
    info = accounts.create_first_admin(args.admin, password, args.display_name)
    ctx.out(
        tr("管理者 {name} を登録しました: {where}").format(
            name=info.username, where=ctx.db.location
        )
    )
    return 0


def cmd_user_add(ctx, args) -> int:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = read_password(
            tr("{name} の初期パスワード: ").format(name=args.name), confirm=True
        )
    info = ctx.services.accounts.create_user(
        ctx.actor, args.name, args.role, password, args.display_name
    )
    ctx.out(
        tr(
            "ユーザー {name}（{role}）を追加しました。初回ログイン時にパスワードの変更が必要です。"
        ).format(name=info.username, role=info.role.value)
    )
    return 0


def cmd_user_list(ctx, args) -> int:
    from secdesk.domain.roles import role_label

    for user in ctx.services.accounts.list_users(ctx.actor):
        state = tr("有効") if user.active else tr("無効")
        ctx.out(f"{user.username}\t{role_label(user.role)}\t{user.display_name}\t{state}")
    return 0


def cmd_passwd(ctx, args) -> int:
    actor = ctx.login(allow_password_change=True)
    current = os.environ.get("SECDESK_PASSWORD") or read_password(tr("現在のパスワード: "))
    new = os.environ.get("SECDESK_NEW_PASSWORD") or read_password(
        tr("新しいパスワード: "), confirm=True
    )
    ctx.services.accounts.change_own_password(actor, current, new)
    ctx.out(tr("パスワードを変更しました。"))
    return 0


def cmd_verify(ctx, args) -> int:
    from pathlib import Path

    from secdesk.domain.audit_chain import parse_head
    from secdesk.services.core.backup import BackupError, anchor_of
    from secdesk.services.core.integrity import check

    extra = []
    for typed in args.head:
        try:
            extra.append(("", parse_head(typed, tr("入力された先頭 {t}").format(t=typed))))
        except ValueError as error:
            raise CliError(str(error), 2) from error
    for name in args.anchor:
        try:
            extra.append(anchor_of(Path(name), args.recovery_code))
        except BackupError as error:
            raise CliError(
                tr("控えとして読めません: {name}: {e}").format(name=name, e=error), 2
            ) from error
    report = check(ctx.db, ctx.actor, extra)
    for problem in report.problems:
        ctx.out(problem)
    chain = report.chain
    if chain.ok:
        ctx.out(tr("監査ログ: {n} 件、改ざんは見つかりませんでした。").format(n=chain.entries))
    else:
        ctx.out(
            tr("監査ログ: 記録 {seq} で不整合があります。{reason}").format(
                seq=chain.broken_seq, reason=chain.reason
            )
        )
    for finding in report.anchor_findings:
        ctx.out(tr("監査ログの控え: {reason}").format(reason=finding.reason))
    if not report.anchor_findings:
        ctx.out(
            tr("監査ログの控え: {n} 件と照合し、すべて一致しました。").format(
                n=report.anchors_checked
            )
        )
    if report.ok:
        ctx.out(tr("検査に合格しました。"))
        return 0
    return 1


def cmd_demo(ctx, args) -> int:
    from secdesk.demo import run_demo

    run_demo(ctx.services, ctx.actor, seed=args.seed, progress=ctx.out)
    return 0
