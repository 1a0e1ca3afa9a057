"""What the one-folder bundle keeps of Qt: the plugins, translations and libraries the app uses.

installer.spec loads this file (PyInstaller runs the spec as a script), and
tests/install/test_bundle_rules.py checks the rules against both shapes PyInstaller lays Qt out
in: `PySide6/Qt/plugins/…` on Linux and macOS, `PySide6/plugins/…` on Windows (no Qt folder).
"""

from __future__ import annotations

from pathlib import PurePath

# Qt plugins the app needs, by folder (file names without "lib" and the suffix); folders not
# listed are left out. None keeps the whole folder.
QT_PLUGINS = {
    "platforms": {"qwindows", "qxcb", "qcocoa", "qoffscreen", "qminimal"},
    "styles": None,  # qmodernwindowsstyle: the Windows look
    "imageformats": {"qsvg", "qico", "qjpeg", "qgif"},
    "iconengines": {"qsvgicon"},
    # Japanese input methods on Linux desktops (Windows IMEs go through qwindows).
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "xcbglintegrations": None,
}
QT_TRANSLATIONS = {"qtbase_ja.qm"}  # Qt's own dialogs and buttons in Japanese
# Windows: the software OpenGL renderer (20 MB) and ANGLE, which PyInstaller's Qt hooks add for
# OpenGL and Qt Quick programs; the widgets draw with the raster engine and need neither.
QT_UNUSED_LIBRARIES = {"opengl32sw.dll", "d3dcompiler_47.dll", "libegl.dll", "libglesv2.dll"}


def wanted_plugin(plugin_type: str, file_name: str) -> bool:
    if plugin_type not in QT_PLUGINS:
        return False
    names = QT_PLUGINS[plugin_type]
    stem = file_name.split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return names is None or stem in names


def inside_qt(name: str) -> tuple[str, ...]:
    """The path of a bundled file inside Qt's own folder, () for a file outside it: the Qt
    folder is PySide6/Qt on Linux and macOS and PySide6 itself on Windows."""
    parts = PurePath(name.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return ()
    rest = parts[parts.index("PySide6") + 1 :]
    return rest[1:] if rest[:1] == ("Qt",) else rest


def kept(name: str) -> bool:
    """Is this bundled file (its destination name) one the app needs?"""
    if PurePath(name.replace("\\", "/")).name.lower() in QT_UNUSED_LIBRARIES:
        return False
    rest = inside_qt(name)
    if rest[:1] == ("translations",) and len(rest) >= 2:
        return rest[-1] in QT_TRANSLATIONS
    if rest[:1] == ("plugins",) and len(rest) >= 3:
        return wanted_plugin(rest[1], rest[-1])
    return True


def trimmed(toc):
    """A PyInstaller TOC without Qt translations other than QT_TRANSLATIONS, the unused
    libraries, and any plugin that slipped through (entries are (destination, source, type))."""
    return [entry for entry in toc if kept(entry[0])]
