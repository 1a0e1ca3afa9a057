"""The bundle's Qt trimming (tools/bundle_rules.py, loaded by installer.spec) on both shapes
PyInstaller gives PySide6: Linux/macOS keep Qt under PySide6/Qt/, Windows lays it directly under
PySide6/. The rule once looked for a Qt folder only, so the Windows bundle kept every Qt
translation and plugin."""

from __future__ import annotations

import pytest

from tests.install.conftest import ROOT, load_tool

rules = load_tool("bundle_rules")
LAYOUTS = {"linux": "PySide6/Qt", "windows": "PySide6"}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_only_the_japanese_qt_catalogue_is_kept(layout):
    qt = LAYOUTS[layout]
    assert rules.kept(f"{qt}/translations/qtbase_ja.qm")
    assert not rules.kept(f"{qt}/translations/qtbase_de.qm")
    assert not rules.kept(f"{qt}/translations/qtdeclarative_ja.qm")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_only_the_plugins_the_app_uses_are_kept(layout):
    qt = LAYOUTS[layout]
    platform = "qwindows.dll" if layout == "windows" else "libqxcb.so"
    assert rules.kept(f"{qt}/plugins/platforms/{platform}")
    assert rules.kept(
        f"{qt}/plugins/imageformats/{'qsvg.dll' if layout == 'windows' else 'libqsvg.so'}"
    )
    assert not rules.kept(f"{qt}/plugins/imageformats/qtiff.dll")
    assert not rules.kept(f"{qt}/plugins/multimedia/ffmpegmediaplugin.dll")
    assert not rules.kept(f"{qt}/plugins/sqldrivers/qsqlite.dll")


def test_windows_paths_with_backslashes_and_unused_libraries():
    assert not rules.kept(r"PySide6\translations\qt_fr.qm")
    assert rules.kept(r"PySide6\translations\qtbase_ja.qm")
    assert not rules.kept(r"PySide6\opengl32sw.dll")
    assert rules.kept(r"PySide6\Qt6Widgets.dll")
    assert rules.kept("secdesk/_data/resources/translations/secdesk_en.qm")  # ours, not Qt's


def test_trimmed_keeps_toc_entries_whole():
    toc = [
        ("PySide6/translations/qtbase_ja.qm", "C:/src/qtbase_ja.qm", "DATA"),
        ("PySide6/translations/qtbase_ko.qm", "C:/src/qtbase_ko.qm", "DATA"),
    ]
    assert rules.trimmed(toc) == toc[:1]


def test_the_spec_takes_its_rules_from_this_file():
    spec = (ROOT / "installer.spec").read_text(encoding="utf-8")
    assert '"tools" / "bundle_rules.py"' in spec
    assert "a.binaries = trimmed(a.binaries)" in spec
    assert "a.datas = trimmed(a.datas)" in spec
    assert "def trimmed(" not in spec  # one rule, not a copy
