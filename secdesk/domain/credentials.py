"""Rules for user names and passwords (pure: no database, no hashing)."""

from __future__ import annotations

from secdesk.domain.errors import Problem
from secdesk.domain.text import normalize
from secdesk.i18n import tr

MIN_PASSWORD_LENGTH = 10


def normalize_username(name: str) -> str:
    return normalize(name).replace(" ", "").casefold()


def password_problems(password: str, field: str = "password") -> list[Problem]:
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(
            Problem(
                tr("パスワードは{n}文字以上にしてください。").format(n=MIN_PASSWORD_LENGTH), field
            )
        )
    if password.strip() != password:
        problems.append(Problem(tr("パスワードの前後に空白は使えません。"), field))
    return problems


def username_problems(username: str) -> list[Problem]:
    if not username:
        return [Problem(tr("ユーザー名を入力してください。"), "username")]
    if len(username) > 64 or not all(ch.isalnum() or ch in "._-@" for ch in username):
        return [
            Problem(tr("ユーザー名は64文字以内の英数字と . _ - @ で入力してください。"), "username")
        ]
    return []
