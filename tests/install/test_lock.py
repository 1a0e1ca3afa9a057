"""The pinned runtime (requirements/runtime.txt) and the wheelhouse script's own logic: markers
evaluated for the Windows PC, and the completeness check that catches a gap in the lock."""

from __future__ import annotations

import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.install.conftest import ROOT, load_tool

wheelhouse = load_tool("build_wheelhouse")


def lock_pins() -> dict[str, str]:
    return {
        canonicalize_name(r.name): next(iter(r.specifier)).version
        for r in wheelhouse.read_lock(wheelhouse.LOCK)
    }


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [
        Requirement(r)
        for r in [*project["dependencies"], *project["optional-dependencies"]["postgres"]]
    ]


@pytest.mark.parametrize("requirement", declared(), ids=str)
def test_every_dependency_is_pinned_inside_its_declared_range(requirement):
    pins = lock_pins()
    name = canonicalize_name(requirement.name)
    assert name in pins, f"{requirement.name} is missing from requirements/runtime.txt"
    assert requirement.specifier.contains(pins[name]), f"{name}=={pins[name]} ∉ {requirement}"


def test_every_lock_line_is_an_exact_pin():
    for requirement in wheelhouse.read_lock(wheelhouse.LOCK):
        (spec,) = requirement.specifier
        assert spec.operator == "==", requirement


def test_markers_are_evaluated_for_the_windows_pc_not_for_this_machine():
    lock = wheelhouse.read_lock(wheelhouse.LOCK)
    windows_311 = {
        canonicalize_name(line.split("==")[0])
        for line in wheelhouse.pins_for(lock, wheelhouse.target_environment("3.11", native=False))
    }
    assert "pywin32-ctypes" in windows_311  # keyring's Windows Credential Manager backend
    assert "importlib-metadata" in windows_311
    assert not {"secretstorage", "jeepney"} & windows_311
    assert "cryptography" in windows_311  # encrypted backups need it on every PC
    windows_313 = {
        canonicalize_name(line.split("==")[0])
        for line in wheelhouse.pins_for(lock, wheelhouse.target_environment("3.13", native=False))
    }
    assert "importlib-metadata" not in windows_313
    assert "pyside6-essentials" in windows_313


def fake_wheel(folder: Path, filename: str, requires: list[str]) -> None:
    name, version = filename.split("-")[:2]
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    metadata += "".join(f"Requires-Dist: {r}\n" for r in requires)
    with zipfile.ZipFile(folder / filename, "w") as archive:
        archive.writestr(f"{name}-{version}.dist-info/METADATA", metadata)


def test_closure_check_names_what_a_windows_pc_would_miss(tmp_path):
    fake_wheel(
        tmp_path,
        "secdesk-0.1.0-py3-none-any.whl",
        ["keyring>=25", 'psycopg[binary]>=3.1; extra == "postgres"'],
    )
    fake_wheel(
        tmp_path,
        "keyring-25.7.0-py3-none-any.whl",
        [
            'pywin32-ctypes>=0.2.0; sys_platform == "win32"',
            'SecretStorage>=3.2; sys_platform == "linux"',
        ],
    )
    # A wheel for another Python version does not count.
    fake_wheel(tmp_path, "pywin32_ctypes-0.2.3-cp312-cp312-win_amd64.whl", [])
    problems = wheelhouse.check_closure(tmp_path, "3.11", native=False, extras=())
    assert problems == [
        'Python 3.11: keyring needs pywin32-ctypes>=0.2.0; sys_platform == "win32" (found none)'
    ]
    fake_wheel(tmp_path, "pywin32_ctypes-0.2.3-py3-none-any.whl", [])
    assert wheelhouse.check_closure(tmp_path, "3.11", native=False, extras=()) == []
    with_postgres = wheelhouse.check_closure(tmp_path, "3.11", native=False, extras=("postgres",))
    assert len(with_postgres) == 1 and "psycopg" in with_postgres[0]


def test_closure_check_refuses_a_version_outside_the_range(tmp_path):
    fake_wheel(tmp_path, "secdesk-0.1.0-py3-none-any.whl", ["keyring>=25"])
    fake_wheel(tmp_path, "keyring-24.0.0-py3-none-any.whl", [])
    (problem,) = wheelhouse.check_closure(tmp_path, "3.12", native=False, extras=())
    assert "keyring>=25 (found 24.0.0)" in problem
