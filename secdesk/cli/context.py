"""What a command handler needs: the database, the services, the acting user, printing."""

from __future__ import annotations

import getpass
import os
import sys
from functools import cached_property

from secdesk.i18n import tr


class CliError(Exception):
    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def read_password(prompt: str, confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        raise CliError(
            tr("パスワードを入力できません。SECDESK_PASSWORD 環境変数で指定してください。"), 2
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(tr("もう一度入力してください: ")) != first:
        raise CliError(tr("パスワードが一致しません。"), 1)
    return first


class CliContext:
    def __init__(self, args) -> None:
        self.args = args
        self._db = None

    @cached_property
    def db(self):
        from secdesk.services.core.opening import open_database

        self._db, notes = open_database(
            self.args.db, single_user=getattr(self.args, "single_user", False)
        )
        for note in notes:
            self.err(note)
        return self._db

    @cached_property
    def services(self):
        from secdesk.services.app import Services

        return Services(self.db)

    @cached_property
    def actor(self):
        return self.login()

    def login(self, allow_password_change: bool = False):
        name = self.args.user
        if not name:
            raise CliError(tr("この操作には --user でユーザー名の指定が必要です。"), 2)
        password = os.environ.get("SECDESK_PASSWORD")
        if password is None:
            password = read_password(tr("{user} のパスワード: ").format(user=name))
        info = self.services.accounts.login(name, password)
        if info.must_change_password and not allow_password_change:
            raise CliError(
                tr(
                    "{user} は初回ログインのためパスワードの変更が必要です。`secdesk --user {user} passwd` で変更してください。"
                ).format(user=info.username)
            )
        return info.actor()

    def out(self, text: str = "") -> None:
        print(text)

    def err(self, text: str) -> None:
        print(text, file=sys.stderr)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
