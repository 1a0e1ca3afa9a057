"""Build the one-folder PyInstaller bundle (installer.spec) in a build environment of its own.

    python tools/build_bundle.py                         → dist/secdesk/
    python tools/build_bundle.py --wheelhouse WH         runtime wheels from a wheelhouse

Creates (once) a virtual environment under build/toolchain-<key>/ with the pinned runtime
(requirements/runtime.txt) and PyInstaller (requirements/build.txt), then runs installer.spec
with it. The environment is reused while those two files and the Python version stay the same.
Run it with the Python version the bundle is for (3.11 on the office PCs): the bundle carries
the interpreter that runs PyInstaller. On Windows it gives dist\\secdesk\\secdesk-gui.exe.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = (ROOT / "requirements" / "runtime.txt", ROOT / "requirements" / "build.txt")
# What goes into the bundle: a change to any of these makes a new bundle (tests cache by it).
SOURCES = ("secdesk", "ui", "resources", "db", "installer.spec", "tools/make_icon.py", *LOCKS)


def digest(paths: list[Path]) -> str:
    sha = hashlib.sha256(f"{sys.platform} {sys.version}".encode())
    for path in paths:
        files = [path] if path.is_file() else sorted(path.rglob("*"))
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts and file.suffix != ".pyc":
                sha.update(file.relative_to(ROOT).as_posix().encode())
                sha.update(file.read_bytes())
    return sha.hexdigest()[:16]


def sources_key() -> str:
    return digest([ROOT / p if isinstance(p, str) else p for p in SOURCES])


def toolchain_key() -> str:
    return digest(list(LOCKS))


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(command: list, **kwargs) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, **kwargs)


def ensure_toolchain(folder: Path, wheelhouse: Path | None) -> Path:
    """The build environment; made in a scratch folder and renamed, so a half-made one is
    never reused (two builds racing for the same key simply keep the first)."""
    python = venv_python(folder)
    if python.exists():
        return python
    scratch = folder.with_name(f"{folder.name}.tmp{os.getpid()}")
    shutil.rmtree(scratch, ignore_errors=True)
    venv.EnvBuilder(with_pip=True).create(scratch)
    pip = [venv_python(scratch), "-m", "pip", "--disable-pip-version-check", "install", "-q"]
    if wheelhouse is not None:
        run([*pip, "--no-index", "--find-links", wheelhouse, "-r", LOCKS[0]])
    else:
        run([*pip, "-r", LOCKS[0]])
    run([*pip, "-r", LOCKS[1]])
    try:
        scratch.rename(folder)
    except OSError:  # another build finished first
        shutil.rmtree(scratch, ignore_errors=True)
    return python


def build(dist: Path, work: Path, python: Path) -> Path:
    run(
        [
            python,
            "-m",
            "PyInstaller",
            ROOT / "installer.spec",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            dist,
            "--workpath",
            work,
        ],
        cwd=ROOT,
    )
    return dist / "secdesk"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--toolchain", type=Path, help="build environment (default: build/)")
    parser.add_argument("--wheelhouse", type=Path, help="install the runtime from here, offline")
    args = parser.parse_args(argv)
    toolchain = args.toolchain or ROOT / "build" / f"toolchain-{toolchain_key()}"
    bundle = build(args.dist, args.work, ensure_toolchain(toolchain, args.wheelhouse))
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file()) / 1e6
    print(f"{bundle}: {size:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
