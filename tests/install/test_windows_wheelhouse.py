"""tools/build_wheelhouse.py for the office PCs: win_amd64 wheels for Python 3.11, built here on
Linux. Every wheel must install on Windows (no Linux-only package slips in through pip's
host-side marker evaluation) and the set must be complete (the script checks it)."""

from __future__ import annotations

import sys

import pytest
from packaging.utils import canonicalize_name, parse_wheel_filename

from tests.install.conftest import ROOT, run, unavailable

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def windows_wheelhouse(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wheelhouse-win")
    command = [sys.executable, ROOT / "tools" / "build_wheelhouse.py", "--python", "3.11"]
    result = run([*command, "-o", folder])
    if result.returncode != 0:
        unavailable("building the Windows wheelhouse", result)
    return folder


def test_every_wheel_installs_on_64_bit_windows(windows_wheelhouse):
    names = set()
    for wheel in windows_wheelhouse.glob("*.whl"):
        name, _, _, tags = parse_wheel_filename(wheel.name)
        names.add(canonicalize_name(name))
        assert {t.platform for t in tags} <= {"win_amd64", "any"}, wheel.name
        assert {t.interpreter for t in tags} & {"cp311", "cp310", "py3", "py2"}, wheel.name
    assert {"secdesk", "pyside6-essentials", "shiboken6", "keyring", "pywin32-ctypes",
            "psycopg-binary", "tzdata"} <= names  # fmt: skip
    assert not {"secretstorage", "jeepney"} & names
    assert "cryptography" in names  # encrypted backups


def test_install_notes_are_for_windows(windows_wheelhouse):
    raw = (windows_wheelhouse / "INSTALL.txt").read_bytes()
    assert b"\r\n" in raw  # readable in Notepad on the LGWAN PC
    text = raw.decode("utf-8")
    assert "pip install --no-index --find-links" in text and "win_amd64" in text
    assert "secdesk --self-test" in text
