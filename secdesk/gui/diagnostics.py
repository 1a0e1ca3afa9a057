"""What `secdesk --self-test` asks of Qt: versions and the plugins and translations the app
needs, checked as files so that no window (and no display) is needed.

A PyInstaller bundle trims Qt's plugins and translations; these checks catch a trim that went
too far before a person sees a window without icons or Qt dialogs in English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLibraryInfo, qVersion

from secdesk.i18n import tr

# Plugin folder → what the app needs from it (file name fragments; one of each must be there).
# The platform plugin is not looked for by name: the self-test loads it in a child process
# (platform_check.py), since a file that is there may still not load.
NEEDED_PLUGINS = {
    "imageformats": ("qsvg",),
    "iconengines": ("qsvgicon",),
}


def qt_checks() -> list[tuple[bool, str, str]]:
    """(ok, what, detail) for the Qt side: modules, plugins and Qt's Japanese translation."""
    results: list[tuple[bool, str, str]] = [
        (True, "Qt", tr("PySide6 {pyside}、Qt {qt}").format(pyside=pyside_version, qt=qVersion()))
    ]
    try:
        from PySide6 import QtSvg, QtUiTools, QtWidgets  # noqa: F401  (the GUI needs all three)
    except ImportError as error:
        results.append((False, tr("Qt のモジュール"), str(error)))
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    for folder, wanted in NEEDED_PLUGINS.items():
        names = sorted(p.name for p in (plugins / folder).glob("*")) if plugins.is_dir() else []
        found = [n for n in names if any(w in n for w in wanted)]
        results.append(
            (
                bool(found),
                tr("Qt プラグイン {folder}").format(folder=folder),
                ", ".join(found) or tr("{path} に見つかりません").format(path=plugins / folder),
            )
        )
    translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qtbase_ja = translations / "qtbase_ja.qm"
    results.append((qtbase_ja.is_file(), tr("Qt の日本語訳"), str(qtbase_ja)))
    return results
