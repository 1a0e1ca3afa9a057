"""A non-editable install into a fresh virtual environment, from a wheelhouse built for this
machine, with pip kept off the network (--no-index, no configuration, a dead proxy): what IT
staff do on the LGWAN PC. The secdesk wheel in it is built by `pip wheel --no-deps .`, the
same PEP 517 build that `pip install .` runs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from secdesk import __version__
from tests.conftest import ADMIN_PASSWORD
from tests.install.conftest import self_test_failures, venv_python, venv_script

pytestmark = pytest.mark.slow


def test_wheelhouse_carries_install_notes_and_checksums(native_wheelhouse):
    wheels = sorted(native_wheelhouse.glob("*.whl"))
    assert [w.name for w in wheels if w.name.startswith("secdesk-")] == [
        f"secdesk-{__version__}-py3-none-any.whl"
    ]
    sums = dict(
        reversed(line.split("  ", 1))
        for line in (native_wheelhouse / "SHA256SUMS").read_text().splitlines()
    )
    assert set(sums) == {w.name for w in wheels}
    for wheel in wheels:
        assert sums[wheel.name] == hashlib.sha256(wheel.read_bytes()).hexdigest()
    notes = (native_wheelhouse / "INSTALL.txt").read_text(encoding="utf-8")
    assert "pip install --no-index --find-links" in notes


def test_installed_package_is_the_wheel_not_the_checkout(fresh_venv, app_runner):
    result = app_runner(
        venv_python(fresh_venv),
        "-c",
        "import secdesk, secdesk.paths as p; print(secdesk.__file__); print(p.resources_dir())",
    )
    assert result.returncode == 0, result.stdout
    module, resources = result.stdout.splitlines()[-2:]
    assert module.startswith(str(fresh_venv))
    assert resources.startswith(str(fresh_venv))
    assert resources.endswith(str(Path("secdesk", "_data", "resources")))


def test_version_init_and_self_test(fresh_venv, app_runner, odd_home):
    secdesk = venv_script(fresh_venv, "secdesk")
    version = app_runner(secdesk, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"secdesk {__version__}"

    database = odd_home / "データ 1" / "secdesk.sqlite3"
    init = app_runner(
        secdesk, "--db", str(database), "init", "--admin", "kanri", SECDESK_PASSWORD=ADMIN_PASSWORD
    )
    assert init.returncode == 0, init.stdout
    assert "管理者 kanri を登録しました" in init.stdout and database.is_file()

    report = odd_home / "診断 結果" / "self-test.pdf"
    check = app_runner(secdesk, "--self-test", str(report))
    assert self_test_failures(check.stdout) == [], check.stdout
    assert check.returncode == (1 if "[NG]" in check.stdout else 0), check.stdout
    text = PdfReader(report).pages[0].extract_text()
    assert "secdesk 自己診断" in text and "データベースの移行" in text


def test_gui_starts_headless_to_the_login_window(fresh_venv, app_runner, odd_home):
    database = odd_home / "データ 2" / "secdesk.sqlite3"
    secdesk = venv_script(fresh_venv, "secdesk")
    app_runner(
        secdesk, "--db", str(database), "init", "--admin", "kanri", SECDESK_PASSWORD=ADMIN_PASSWORD
    )
    result = app_runner(
        venv_script(fresh_venv, "secdesk-gui"), "--db", str(database), SECDESK_SMOKE_EXIT="login"
    )
    assert result.returncode == 0, result.stdout
    assert "secdesk: login window shown" in result.stdout
