"""tools/quickstart.py, the README's two commands: the parts that need no virtual environment,
no display and no network. The tool is a script, not a package module: it is loaded by path."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _load():
    spec = importlib.util.spec_from_file_location("quickstart", ROOT / "tools" / "quickstart.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


quickstart = _load()

# What `ldd libqxcb.so` printed on a fresh Debian 12 (shortened).
LDD_QXCB = """\
\tlinux-vdso.so.1 (0x00007ffd6b1f5000)
\tlibQt6XcbQpa.so.6 => /v/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f5e)
\tlibQt6Gui.so.6 => /v/PySide6/Qt/plugins/platforms/../../lib/libQt6Gui.so.6 (0x00007f5d)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f5c)
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f5e)
"""


def test_ldd_output_gives_the_missing_libraries_once_in_order():
    assert quickstart.missing_sonames(LDD_QXCB) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxkbcommon-x11.so.0",
    ]
    assert quickstart.missing_sonames("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_the_qt_libraries_behind_the_plugin_are_found_in_pysides_folder():
    qt_lib = Path("/v/PySide6/Qt/lib")
    found = quickstart.qt_libraries(LDD_QXCB, qt_lib)
    assert [p.name for p in found] == ["libQt6XcbQpa.so.6", "libQt6Gui.so.6"]


def test_libraries_map_to_debian_packages_and_unknown_ones_are_named_as_they_are():
    packages, unknown = quickstart.packages_for(
        ["libxcb-icccm.so.4", "libglib-2.0.so.0", "libgthread-2.0.so.0", "libfoo.so.3"]
    )
    assert packages == ["libxcb-icccm4", "libglib2.0-0"]
    assert unknown == ["libfoo.so.3"]


def test_the_message_gives_one_apt_get_line():
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0", "libfoo.so.3"]
    message = quickstart.missing_libraries_message("/v/libqxcb.so", missing)
    lines = message.splitlines()
    assert "/v/libqxcb.so" in message
    assert [line.strip() for line in lines if "apt-get" in line] == [
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0"
    ]
    assert "No package is known here for: libfoo.so.3" in message


def test_the_plugin_and_the_qt_libraries_it_needs_are_all_asked(tmp_path):
    plugin = tmp_path / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    qt_lib = tmp_path / "Qt" / "lib"
    for path in (plugin, qt_lib / "libQt6XcbQpa.so.6", qt_lib / "libQt6Gui.so.6"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    outputs = {
        plugin: f"\tlibQt6Gui.so.6 => {qt_lib}/libQt6Gui.so.6 (0x1)\n"
        "\tlibxcb-icccm.so.4 => not found\n",
        qt_lib / "libQt6XcbQpa.so.6": "\tlibxcb-keysyms.so.1 => not found\n",
        qt_lib / "libQt6Gui.so.6": "\tlibEGL.so.1 => not found\n\tlibxcb-icccm.so.4 => not found\n",
    }
    asked = []

    def ldd(path):
        asked.append(path)
        return outputs[path]

    message = quickstart.xcb_problem(plugin, ldd)
    assert set(asked) == set(outputs)
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libegl1" in message
    assert quickstart.xcb_problem(plugin, lambda path: "\tlibc.so.6 => /lib/libc.so.6\n") is None


@pytest.mark.parametrize(
    ("environ", "xcb"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "xcb:dpi=96", "DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),  # Qt takes its Wayland plugin then
    ],
)
def test_the_xcb_check_runs_only_when_qt_would_use_xcb(environ, xcb):
    assert quickstart.uses_xcb(environ) is xcb


def test_without_a_display_the_message_is_plain():
    message = quickstart.display_problem({})
    assert "DISPLAY" in message and "WAYLAND_DISPLAY" in message
    assert quickstart.display_problem({"QT_QPA_PLATFORM": "xcb"}) == message
    assert quickstart.display_problem({"DISPLAY": ":1"}) is None
    assert quickstart.display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert quickstart.display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


@pytest.mark.parametrize(
    ("args", "window"),
    [
        ([], True),
        (["--db", "x.sqlite3", "--lang", "en"], True),
        (["--db=x.sqlite3", "--single-user"], True),
        (["--version"], False),
        (["--self-test"], False),
        (["--db", "x.sqlite3", "user", "list"], False),
    ],
)
def test_only_a_command_that_opens_the_window_is_checked(args, window):
    assert quickstart.opens_window(args) is window


def test_git_status_entries_are_read_from_porcelain_z_output():
    output = " M README.md\0?? dir/日本語 ファイル.txt\0R  new.py\0old.py\0"
    assert quickstart.parse_porcelain(output) == {
        " M README.md",
        "?? dir/日本語 ファイル.txt",
        "R  new.py <- old.py",
    }


def test_every_test_runs_in_an_empty_folder_outside_the_checkout():
    here = Path.cwd()
    assert list(here.iterdir()) == []
    assert ROOT not in (here, *here.parents)
