"""Demo accounts, one per role, so that each screen can be tried as each role."""

from __future__ import annotations

import random

from secdesk.i18n import tr

DEMO_PASSWORD = "demo-pass-2026"
DEMO_USERS = (
    ("csirt", "csirt", "情報 守"),
    ("kenshu", "training", "研修 進"),
    ("kansa", "auditor", "監査 正"),
    ("etsuran", "viewer", "閲覧 見"),
)


def add_users(services, actor, rng: random.Random) -> str:
    existing = {u.username for u in services.accounts.list_users(actor)}
    made = []
    for username, role, display in DEMO_USERS:
        if username not in existing:
            services.accounts.create_user(
                actor, username, role, DEMO_PASSWORD, display, must_change=False
            )
            made.append(username)
    return tr("デモ用ユーザー {users} を作成しました（パスワード: {pw}）。").format(
        users=", ".join(made) or "-", pw=DEMO_PASSWORD
    )
