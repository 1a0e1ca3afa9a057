"""The PyInstaller bundle (installer.spec), built on this machine and run from its folder: the
command line, a new database, the self-test with its PDF, and the GUI up to the login window.
Also what must (and must not) be inside it."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from secdesk import __version__
from tests.conftest import ADMIN_PASSWORD
from tests.install.conftest import ROOT, self_test_failures

pytestmark = pytest.mark.slow

EXE = ".exe" if os.name == "nt" else ""
# Qt libraries the app does not use; none may be in the bundle (file name fragments).
# (Qt6OpenGL and Qt6OpenGLWidgets stay: QtUiTools links them.)
UNUSED_QT = ("Qt6Network", "Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt63D", "Qt6Multimedia",
             "Qt6Pdf", "Qt6Wayland", "Qt6Designer", "Qt6Sql", "Qt6Test", "opengl32sw", "gtk")  # fmt: skip


def files(bundle: Path) -> list[str]:
    return [p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()]


def test_both_programs_share_one_folder_with_the_shipped_files(bundle):
    assert (bundle / f"secdesk{EXE}").is_file()
    assert (bundle / f"secdesk-gui{EXE}").is_file()
    data = bundle / "_internal" / "secdesk" / "_data"
    for name in ("ui/login.ui", "db/env.py", "db/versions/0001_foundation.py",
                 "resources/fonts/BIZUDGothic-Regular.ttf", "resources/fonts/OFL.txt",
                 "resources/icons/app.svg", "resources/translations/secdesk_en.qm",
                 "resources/translations/secdesk_en.ts"):  # fmt: skip
        assert (data / name).is_file(), name
    assert not list(data.rglob("__pycache__"))
    # Windows has no zone database: zoneinfo reads Asia/Tokyo from the tzdata package.
    assert (bundle / "_internal" / "tzdata" / "zoneinfo" / "Asia" / "Tokyo").is_file()


def test_unused_qt_modules_plugins_and_translations_are_left_out(bundle):
    present = files(bundle)
    assert not [f for f in present if any(u.lower() in f.lower() for u in UNUSED_QT)]
    qt = bundle / "_internal" / "PySide6" / "Qt"
    assert sorted(p.name for p in (qt / "translations").iterdir()) == ["qtbase_ja.qm"]
    plugin_folders = {p.name for p in (qt / "plugins").iterdir()}
    assert plugin_folders <= {"platforms", "styles", "imageformats", "iconengines",
                              "platforminputcontexts", "xcbglintegrations"}  # fmt: skip
    assert {"platforms", "imageformats", "iconengines"} <= plugin_folders
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert not [p for p in platforms if "wayland" in p or "eglfs" in p or "vnc" in p]


def test_every_module_of_the_package_is_collected(bundle_build):
    """New registers' modules get in without anyone listing them in the spec."""
    toc = (bundle_build / "work" / "installer" / "PYZ-00.toc").read_text(encoding="utf-8")
    collected = set(re.findall(r"'(secdesk(?:\.\w+)*)'", toc))
    package = ROOT / "secdesk"
    expected = set()
    for path in package.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        expected.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    assert expected - collected == set()


def test_windows_icon_and_version_information_are_made(bundle_build):
    work = bundle_build / "work" / "installer"
    with Image.open(work / "secdesk.ico") as icon:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(icon.info["sizes"])
    for exe, description in (("secdesk", "コマンドライン"), ("secdesk-gui", "業務ツール")):
        text = (work / f"{exe}-version.txt").read_text(encoding="utf-8")
        assert f"StringStruct('ProductVersion', '{__version__}')" in text
        assert f"StringStruct('OriginalFilename', '{exe}.exe')" in text
        assert description in text


def test_command_line_runs_from_the_bundle(bundle, app_runner, odd_home):
    secdesk = bundle / f"secdesk{EXE}"
    version = app_runner(secdesk, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"secdesk {__version__}"

    database = odd_home / "バンドル データ" / "secdesk.sqlite3"
    init = app_runner(
        secdesk, "--db", str(database), "init", "--admin", "kanri", SECDESK_PASSWORD=ADMIN_PASSWORD
    )
    assert init.returncode == 0, init.stdout
    assert database.is_file()
    again = app_runner(secdesk, "--db", str(database), "init")
    assert again.returncode == 0 and "最新の形式です" in again.stdout
    # Without --db: the default database in the user data folder (SECDESK_HOME/data here).
    default = app_runner(secdesk, "init", "--admin", "kanri", SECDESK_PASSWORD=ADMIN_PASSWORD)
    assert default.returncode == 0, default.stdout
    assert (odd_home / "data" / "secdesk.sqlite3").is_file()


def test_self_test_and_pdf_from_the_bundle(bundle, app_runner, odd_home):
    report = odd_home / "バンドル 診断" / "self-test.pdf"
    result = app_runner(bundle / f"secdesk{EXE}", "--self-test", str(report))
    assert self_test_failures(result.stdout) == [], result.stdout
    assert result.returncode == (1 if "[NG]" in result.stdout else 0), result.stdout
    assert (
        "[OK] Qt のプラットフォームプラグイン: offscreen" in result.stdout
    )  # loaded in the bundle
    assert "PyInstaller 版" in result.stdout
    assert str(bundle) in result.stdout  # fonts, forms and migrations came from the bundle
    backends = next(line for line in result.stdout.splitlines() if "keyring のバックエンド" in line)
    assert "Windows" in backends and "SecretService" in backends
    reader = PdfReader(report)
    text = reader.pages[0].extract_text()
    assert "secdesk 自己診断" in text and "フォント" in text
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("BIZUDGothic" in f for f in fonts)


def test_gui_from_the_bundle_reaches_the_login_window(bundle, app_runner, odd_home):
    database = odd_home / "バンドル 画面" / "secdesk.sqlite3"
    app_runner(
        bundle / f"secdesk{EXE}",
        "--db",
        str(database),
        "init",
        "--admin",
        "kanri",
        SECDESK_PASSWORD=ADMIN_PASSWORD,
    )
    result = app_runner(
        bundle / f"secdesk-gui{EXE}", "--db", str(database), SECDESK_SMOKE_EXIT="login"
    )
    assert result.returncode == 0, result.stdout
    assert "secdesk: login window shown" in result.stdout


def test_licences_ship_beside_the_programs(bundle):
    """The LGPL texts for Qt and PySide6, the notice, Python's licence, each package's own
    licence files and the versions shipped, in licenses/ at the top of the folder."""
    licences = bundle / "licenses"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licences / "LGPL-3.0.txt").read_text()
    notice = (licences / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    assert "PySide6" in notice and "LGPL-3.0.txt" in notice
    versions = (licences / "VERSIONS.txt").read_text(encoding="utf-8").splitlines()
    shipped = {line.split("==")[0].lower().replace("_", "-") for line in versions}
    assert {"python", "pyside6-essentials", "shiboken6", "sqlalchemy"} <= shipped
    for package in ("sqlalchemy", "reportlab", "cryptography", "argon2-cffi", "openpyxl", "python"):
        assert any((licences / package).iterdir()), package
    assert not (bundle / "_internal" / "licenses").exists()
