"""pg-setup: the owner / application role split on a shared PostgreSQL register."""

from __future__ import annotations

import os

from secdesk.cli.context import CliError, read_password
from secdesk.i18n import tr


def register(tree) -> None:
    setup = tree.command(
        "pg-setup",
        tr("PostgreSQL に最小権限のアプリケーション用ロールを作成し、権限を設定する"),
    )
    setup.add_argument(
        "--owner",
        metavar="URL",
        required=True,
        help=tr(
            "表を所有するロールの接続先（init・更新・復元にだけ使う。"
            "パスワードは PGPASSWORD で渡し、各PCには保存しない）"
        ),
    )
    setup.add_argument(
        "--app-role", metavar="NAME", required=True, help=tr("各PCが接続に使うロール名")
    )
    setup.add_argument(
        "--keep-password",
        action="store_true",
        help=tr("既存のロールのパスワードを変えない"),
    )
    setup.set_defaults(handler=cmd_pg_setup)


def cmd_pg_setup(ctx, args) -> int:
    from secdesk.services.core import pg_roles

    password = None
    if not args.keep_password:
        password = os.environ.get("SECDESK_APP_PASSWORD") or read_password(
            tr("アプリケーション用ロールのパスワード: "), confirm=True
        )
    try:
        result = pg_roles.setup_at(args.owner, args.app_role, password)
    except pg_roles.PgSetupError as error:
        raise CliError(str(error), 1) from error
    done = tr("作成しました") if result.created else tr("権限を設定し直しました")
    ctx.out(
        tr("アプリケーション用ロール {role}: {done}（表 {n} 個、所有者 {owner}）").format(
            role=result.app_role, done=done, n=result.tables, owner=result.owner
        )
    )
    ctx.out(tr("各PCの接続先（パスワードは各PCで入力）:"))
    ctx.out("  " + pg_roles.app_url(args.owner, result))
    return 0
