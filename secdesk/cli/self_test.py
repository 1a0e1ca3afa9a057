"""`secdesk --self-test [FILE.pdf]`: is this installation complete?

Prints versions and folders, then checks what an installer can get wrong: the shipped fonts,
Designer forms, migrations (run on a throw-away database), translations and icons; keyring's
backends and whether the one in use can keep secrets; Qt's plugins, and its platform plugin
loaded for real in a child process; and a one-page PDF through the shared report template with its embedded
font. Needs no database, no user and no display. Exit status 0 when every check passed, else 1.
IT staff run it after installing from the wheelhouse or unpacking the bundle.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from secdesk import __version__, paths
from secdesk.i18n import tr

Check = tuple[bool, str, str]  # (passed, what, detail)

FONT_FILES = ("BIZUDGothic-Regular.ttf", "BIZUDGothic-Bold.ttf", "OFL.txt")
# keyring finds its backends through entry points: a bundle without keyring's metadata has none.
KEYRING_BACKEND = {"win32": "Windows", "darwin": "macOS"}


def run(pdf: str | None = None, out: Callable[[str], None] = print) -> int:
    facts = describe()
    for what, detail in facts:
        out(f"     {what}: {detail}")
    checks: list[Check] = []
    for step in (
        check_files,
        check_migrations,
        check_text_and_time,
        check_keyring,
        check_qt,
        check_profile,
    ):
        checks += _guarded(step)
    checks += _guarded(check_pdf, facts, checks, pdf)
    for passed, what, detail in checks:
        out(f"[{'OK' if passed else 'NG'}] {what}: {detail}")
    failures = sum(1 for passed, _, _ in checks if not passed)
    if failures:
        out(tr("自己診断: {n} 件の問題があります。").format(n=failures))
        return 1
    out(tr("自己診断: すべて正常です。"))
    return 0


def _guarded(step: Callable[..., list[Check]], *args) -> list[Check]:
    try:
        return step(*args)
    except Exception as error:  # a broken installation: report it as a failed check, go on
        return [(False, step.__name__, f"{type(error).__name__}: {error}")]


def describe() -> list[tuple[str, str]]:
    import alembic
    import reportlab
    import sqlalchemy

    frozen = tr("（PyInstaller 版）") if getattr(sys, "frozen", False) else ""
    return [
        ("secdesk", f"{__version__}{frozen}"),
        ("Python", f"{platform.python_version()} ({sys.executable})"),
        ("OS", platform.platform()),
        (
            tr("部品"),
            f"SQLAlchemy {sqlalchemy.__version__}, alembic {alembic.__version__}, "
            f"ReportLab {reportlab.Version}, SQLite {sqlite3.sqlite_version}",
        ),
        (tr("同梱ファイル"), str(paths.resources_dir().parent)),
        (tr("データの保存先"), str(paths.user_data_dir())),
        (tr("設定の保存先"), str(paths.user_config_dir())),
        (tr("既定のデータベース"), str(paths.default_database_path())),
        (tr("エラーログ"), str(paths.log_dir() / "secdesk.log")),
    ]


def _files(folder: Path, pattern: str) -> list[Path]:
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def check_files() -> list[Check]:
    fonts = [paths.fonts_dir() / name for name in FONT_FILES]
    missing_fonts = [p.name for p in fonts if not p.is_file()]
    forms = _files(paths.ui_dir(), "*.ui")
    bad_forms = []
    for form in forms:
        try:
            ET.parse(form)
        except ET.ParseError:
            bad_forms.append(form.name)
    sources = _files(paths.translations_dir(), "secdesk_*.ts")
    compiled = _files(paths.translations_dir(), "secdesk_*.qm")
    icon = paths.icons_dir() / "app.svg"
    return [
        (
            not missing_fonts,
            tr("フォント"),
            ", ".join(missing_fonts) if missing_fonts else str(paths.fonts_dir()),
        ),
        (
            bool(forms) and not bad_forms,
            tr("画面定義 (.ui)"),
            tr("{n} 件").format(n=len(forms))
            + (f" NG: {', '.join(bad_forms)}" if bad_forms else ""),
        ),
        (
            bool(sources) and len(compiled) == len(sources),
            tr("翻訳"),
            ", ".join(p.name for p in sources + compiled) or str(paths.translations_dir()),
        ),
        (icon.is_file(), tr("アイコン"), str(icon)),
    ]


def check_migrations() -> list[Check]:
    from secdesk.services.core.opening import trial_migration

    scripts = _files(paths.migrations_dir() / "versions", "*.py")
    with tempfile.TemporaryDirectory(prefix="secdesk-self-test-") as folder:
        revision, head = trial_migration(Path(folder))
    return [
        (
            revision == head,
            tr("データベースの移行"),
            tr("{n} 本の移行を空のデータベースに適用 → {rev}").format(n=len(scripts), rev=revision),
        )
    ]


def check_text_and_time() -> list[Check]:
    """CP932 files from Excel, and Tokyo time from the tzdata package (Windows has no zone
    database of its own: without tzdata the app cannot show a time)."""
    from importlib.resources import files

    import tzdata

    from secdesk.domain.timezone import TOKYO

    sample = "髙﨑①"  # what the plain shift_jis codec cannot hold
    cp932 = sample.encode("cp932").decode("cp932") == sample
    zone = files("tzdata").joinpath("zoneinfo", "Asia", "Tokyo").is_file()
    return [
        (cp932, tr("文字コード CP932"), sample),
        (
            zone and str(TOKYO) == "Asia/Tokyo",
            tr("タイムゾーン"),
            f"Asia/Tokyo (tzdata {tzdata.IANA_VERSION})",
        ),
    ]


def check_profile(reason: str | None = None) -> list[Check]:
    """A register in a Windows profile that is deleted at logoff would be lost with it."""
    from secdesk.location import profile_warning, resolve

    location = resolve(None)
    warning = profile_warning(location, reason)
    return [(warning is None, tr("データの保存場所"), warning or str(location.place))]


def check_keyring() -> list[Check]:
    from importlib.metadata import entry_points

    import keyring

    from secdesk.secrets import keyring_available

    names = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    wanted = KEYRING_BACKEND.get(sys.platform, "SecretService")
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    # keyring_available() refuses the fail backend and any backend of priority <= 0.
    usable = keyring_available()
    return [
        (
            wanted in names,
            tr("keyring のバックエンド"),
            ", ".join(names) or tr("見つかりません"),
        ),
        (
            usable,
            tr("使用中の keyring"),
            f"{name}: "
            + (
                tr("使用可")
                if usable
                else tr(
                    "使用できません。暗号化バックアップの鍵と PostgreSQL のパスワードは keyring"
                    "（OS の資格情報マネージャー）に保存するため、keyring が必要です。"
                )
            ),
        ),
    ]


def check_qt() -> list[Check]:
    from secdesk.gui.diagnostics import qt_checks

    return [*qt_checks(), *check_qt_platform()]


def check_qt_platform() -> list[Check]:
    """Load Qt's platform plugin for real, in a child process: the one the app would use
    (QT_QPA_PLATFORM, else Qt's default), missing system libraries and all."""
    import subprocess

    from secdesk.cli.arguments import QT_PLATFORM_CHECK

    frozen = getattr(sys, "frozen", False)
    command = [sys.executable, *([] if frozen else ["-m", "secdesk"]), QT_PLATFORM_CHECK]
    what = tr("Qt のプラットフォームプラグイン")
    try:
        child = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=120,
        )
    except subprocess.TimeoutExpired:
        return [(False, what, tr("120 秒たっても応答がありません"))]
    platform_name = child.stdout.strip()
    if child.returncode == 0 and platform_name:
        return [(True, what, platform_name)]
    wanted = os.environ.get("QT_QPA_PLATFORM") or tr("既定")
    error = " / ".join(line.strip() for line in child.stderr.splitlines() if line.strip())
    return [
        (
            False,
            what,
            tr("{platform} を読み込めません（終了コード {code}）: {error}").format(
                platform=wanted, code=child.returncode, error=error[-1500:] or "-"
            ),
        )
    ]


def check_pdf(facts: list[tuple[str, str]], checks: list[Check], keep: str | None) -> list[Check]:
    """Lay the results so far out on the shared template: fonts, ReportLab and the template.
    The kept PDF is what IT staff attach when they ask for help."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from secdesk.reports.template import (
        FONT,
        ReportMeta,
        build_pdf,
        data_table,
        title_block,
    )

    meta = ReportMeta(
        title=tr("secdesk 自己診断"),
        organisation=platform.node() or "secdesk",
        label="",
        generated_at=datetime.now(UTC),
        generated_by=os.environ.get("USERNAME") or os.environ.get("USER") or "secdesk",
        subtitle=f"secdesk {__version__} / Python {platform.python_version()}",
    )
    rows = [("OK" if passed else "NG", what, detail) for passed, what, detail in checks]
    story = [
        *title_block(meta),
        data_table([tr("項目"), tr("内容")], facts, widths=[44 * mm, 136 * mm]),
        Spacer(1, 6 * mm),
        data_table([tr("結果"), tr("項目"), tr("内容")], rows, widths=[12 * mm, 44 * mm, 124 * mm]),
    ]
    with tempfile.TemporaryDirectory(prefix="secdesk-self-test-") as folder:
        target = Path(keep) if keep else Path(folder) / "self-test.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        pages = build_pdf(target, meta, story)
        data = target.read_bytes()
    embedded = data.startswith(b"%PDF") and FONT.encode() in data
    return [
        (
            embedded and pages >= 1,
            tr("PDF 出力"),
            tr("{pages} ページ、{size} バイト、フォント {font} を埋め込み").format(
                pages=pages, size=len(data), font=FONT
            )
            + (f" → {target}" if keep else ""),
        )
    ]
