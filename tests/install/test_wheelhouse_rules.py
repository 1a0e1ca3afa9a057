"""The wheelhouse's own rules, without building one (tests/install/test_*wheelhouse*.py build
real ones): stale wheels go before a build, two versions of a package are refused, the notes
name the Python it was built for and hold pip to the pinned versions."""

from __future__ import annotations

import zipfile

from tests.install.conftest import load_tool

wheelhouse = load_tool("build_wheelhouse")


def _wheel(folder, name, version, requires=()):
    path = folder / f"{name}-{version}-py3-none-any.whl"
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    metadata += "".join(f"Requires-Dist: {r}\n" for r in requires)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}-{version}.dist-info/METADATA", metadata)
    return path


def test_wheels_of_an_earlier_run_are_removed_first(tmp_path):
    stale = _wheel(tmp_path, "keyring", "24.0.0")
    (tmp_path / "INSTALL.txt").write_text("old", encoding="utf-8")
    (tmp_path / "README-office.txt").write_text("the office's own note", encoding="utf-8")
    wheelhouse.prepare_output(tmp_path)
    assert not stale.exists() and not (tmp_path / "INSTALL.txt").exists()
    assert (tmp_path / "README-office.txt").exists()  # only our own files go


def test_two_versions_of_one_package_are_refused(tmp_path):
    _wheel(tmp_path, "secdesk", "1.0.0", ["keyring>=24"])
    _wheel(tmp_path, "keyring", "24.0.0")
    _wheel(tmp_path, "keyring", "25.6.0")
    problems = wheelhouse.check_closure(tmp_path, "3.11", True, extras=())
    assert any("two versions of keyring" in p for p in problems), problems


def test_notes_name_the_python_built_for_and_the_constraints(tmp_path):
    lock = tmp_path / "runtime.txt"
    lock.write_text("keyring==25.6.0\npywin32-ctypes==0.2.3 ; sys_platform == 'win32'\n")
    secdesk = _wheel(tmp_path, "secdesk", "1.2.0")
    wheelhouse.write_notes(tmp_path, secdesk, ["3.12"], native=False, lock=lock)
    notes = (tmp_path / "INSTALL.txt").read_text(encoding="utf-8")
    assert "py -3.12 -m venv" in notes and "py -3.11" not in notes
    assert "-c C:\\secdesk\\wheelhouse\\constraints.txt secdesk" in notes
    constraints = (tmp_path / "constraints.txt").read_text(encoding="utf-8").splitlines()
    assert constraints[0] == "secdesk==1.2.0"
    assert "keyring==25.6.0" in constraints
    assert any(line.startswith("pywin32-ctypes==0.2.3") and "win32" in line for line in constraints)


def test_several_pythons_are_named_in_order():
    assert wheelhouse.launcher(["3.11", "3.12"], native=False) == "py -3.11 (or py -3.12)"
