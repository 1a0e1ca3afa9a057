"""Fixtures for the installation tests: a wheelhouse for this machine, a fresh virtual
environment installed from it with pip kept off the network, and the PyInstaller bundle.

They need pip to reach PyPI (or its cache) once, for the build tools. Without that the tests
are skipped, except under CI=true, where that is a failure. The bundle and the build
environment are cached between runs under SECDESK_BUILD_CACHE (default ~/.cache/secdesk-build),
keyed by a hash of everything that goes into them.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Japanese and a space in every folder the installed app sees.
ODD_FOLDER = "テスト 用"
KEEP_BUNDLES = 3


def load_tool(name: str):
    spec = importlib.util.spec_from_file_location(f"tools_{name}", ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cache_root() -> Path:
    configured = os.environ.get("SECDESK_BUILD_CACHE")
    root = Path(configured) if configured else Path.home() / ".cache" / "secdesk-build"
    root.mkdir(parents=True, exist_ok=True)
    return root


def unavailable(what: str, result: subprocess.CompletedProcess) -> None:
    """Skip for a missing build toolchain; under CI a missing toolchain fails the run."""
    message = f"{what} failed (exit {result.returncode}):\n{result.stdout[-3000:]}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def run(command: list, env: dict | None = None, timeout: float = 600, cwd=None):
    return subprocess.run(
        [str(c) for c in command],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
    )


def offline_pip_env() -> dict[str, str]:
    """pip with no configuration, no index and no way out: a proxy on a closed local port."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON"))}
    dead = "http://127.0.0.1:9"
    env.update(
        PIP_CONFIG_FILE=os.devnull,
        PIP_NO_INDEX="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        http_proxy=dead,
        https_proxy=dead,
        HTTP_PROXY=dead,
        HTTPS_PROXY=dead,
    )
    env.pop("no_proxy", None)
    env.pop("NO_PROXY", None)
    return env


def machine_has_no_keyring() -> bool:
    """Has this machine no usable keyring (the fail backend, or priority <= 0)? A CI machine
    without a Secret Service has none: the self-test then rightly reports [NG] for the keyring
    in use, and that line speaks of the machine, not of the installation."""
    probe = subprocess.run(
        [sys.executable, "-c", "from secdesk.secrets import keyring_available as k; print(k())"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return probe.stdout.strip() == "False"


def self_test_failures(stdout: str) -> list[str]:
    """The [NG] lines of `secdesk --self-test` that the installation is to blame for."""
    failures = [line for line in stdout.splitlines() if line.startswith("[NG]")]
    if failures and machine_has_no_keyring():
        failures = [line for line in failures if not line.startswith("[NG] 使用中の keyring:")]
    return failures


def app_env(home: Path) -> dict[str, str]:
    """What the installed app sees: its own home in an awkward folder, no source checkout."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "SECDESK_", "QT_", "VIRTUAL_ENV"))
    }
    env.update(
        SECDESK_HOME=str(home),
        SECDESK_LANG="ja",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


@pytest.fixture(scope="session")
def odd_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("install") / ODD_FOLDER / "ホーム"
    home.mkdir(parents=True)
    return home


@pytest.fixture(scope="session")
def native_wheelhouse(tmp_path_factory) -> Path:
    """tools/build_wheelhouse.py --native: the secdesk wheel (`pip wheel .`) and the pinned
    runtime for this machine. pip's own cache makes a second run quick."""
    folder = tmp_path_factory.mktemp("wheelhouse")
    result = run([sys.executable, ROOT / "tools" / "build_wheelhouse.py", "--native", "-o", folder])
    if result.returncode != 0:
        unavailable("building the wheelhouse", result)
    return folder


@pytest.fixture(scope="session")
def fresh_venv(tmp_path_factory, native_wheelhouse) -> Path:
    """A new virtual environment with `pip install --no-index --find-links WH -c
    WH/constraints.txt secdesk`, as INSTALL.txt says."""
    folder = tmp_path_factory.mktemp("venv") / ODD_FOLDER / "venv"
    venv.EnvBuilder(with_pip=True).create(folder)
    python = venv_python(folder)
    result = run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--no-index",
            "--find-links",
            native_wheelhouse,
            "-c",
            native_wheelhouse / "constraints.txt",
            "secdesk",
        ],
        env=offline_pip_env(),
    )
    assert result.returncode == 0, result.stdout
    return folder


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_script(folder: Path, name: str) -> Path:
    return folder / ("Scripts" if os.name == "nt" else "bin") / name


def _prune(root: Path, pattern: str, keep: int) -> None:
    found = sorted(root.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in found[keep:]:
        shutil.rmtree(old, ignore_errors=True)


@pytest.fixture(scope="session")
def bundle_build(request) -> Path:
    """The folder holding dist/secdesk and PyInstaller's work folder, built once per source
    state. Built in a scratch folder and renamed, so a failed build is never reused."""
    tool = load_tool("build_bundle")
    root = cache_root()
    target = root / f"bundle-{tool.sources_key()}"
    if (target / "dist" / "secdesk").is_dir():
        target.touch()
        return target
    toolchain = root / f"toolchain-{tool.toolchain_key()}"
    command = [sys.executable, ROOT / "tools" / "build_bundle.py", "--toolchain", toolchain]
    if not venv_python(toolchain).exists():
        command += ["--wheelhouse", request.getfixturevalue("native_wheelhouse")]
    scratch = root / f"{target.name}.tmp{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    command += ["--dist", scratch / "dist", "--work", scratch / "work"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    result = run(command, env=env, timeout=1800)
    if result.returncode != 0:
        shutil.rmtree(scratch, ignore_errors=True)
        if not venv_python(toolchain).exists():
            unavailable("installing the build toolchain (PyInstaller)", result)
        pytest.fail(f"PyInstaller failed:\n{result.stdout[-6000:]}")
    try:
        scratch.rename(target)
    except OSError:  # another run built the same sources meanwhile
        shutil.rmtree(scratch, ignore_errors=True)
    _prune(root, "bundle-*", KEEP_BUNDLES)
    return target


@pytest.fixture(scope="session")
def bundle(bundle_build) -> Path:
    return bundle_build / "dist" / "secdesk"


@pytest.fixture
def app_runner(odd_home) -> Callable[..., subprocess.CompletedProcess]:
    """Run an installed program with the app's environment (extra variables as keywords)."""

    def start(program: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
        env = {**app_env(odd_home), **extra}
        result = run([program, *args], env=env, timeout=120, cwd=odd_home)
        return result

    return start
