"""Secrets that are not user passwords (the PostgreSQL password, the backup key) live in the
OS keyring (Windows Credential Manager, Secret Service, macOS Keychain), never in a file.

Without a usable keyring backend, the app says so in plain words instead of failing obscurely.
"""

from __future__ import annotations

from secdesk.domain.errors import EnvironmentProblem
from secdesk.i18n import tr

SERVICE = "secdesk"


def _backend():
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or backend.priority <= 0:
        raise EnvironmentProblem(
            tr(
                "パスワードを安全に保存する仕組み（OS の資格情報マネージャー）が使えません。"
                "Windows では資格情報マネージャーが有効か確認してください。"
            )
        )
    return keyring


def get_secret(name: str) -> str | None:
    keyring = _backend()
    try:
        return keyring.get_password(SERVICE, name)
    except Exception as error:  # backends raise their own types (KeyringError, DBus errors …)
        raise EnvironmentProblem(
            tr("資格情報マネージャーを読めません: {e}").format(e=error)
        ) from error


def set_secret(name: str, value: str) -> None:
    keyring = _backend()
    try:
        keyring.set_password(SERVICE, name, value)
    except Exception as error:
        raise EnvironmentProblem(
            tr("資格情報マネージャーに保存できません: {e}").format(e=error)
        ) from error


def delete_secret(name: str) -> None:
    keyring = _backend()
    try:
        keyring.delete_password(SERVICE, name)
    except Exception:  # nothing stored under that name is fine
        return


def database_secret_name(url) -> str:
    """Key of a PostgreSQL password: user@host:port/database."""
    return f"postgresql:{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def keyring_available() -> bool:
    try:
        _backend()
    except EnvironmentProblem:
        return False
    return True
