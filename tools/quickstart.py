"""The two quick-start commands of README.md, for a fresh machine with only Python 3.11+.

    python3 tools/quickstart.py app     install secdesk into .venv and open it
    python3 tools/quickstart.py test    install secdesk with the test tools into .venv, run every test

Uses only the standard library: it creates .venv beside this repository (so nothing touches the
system Python, which Debian and Ubuntu forbid anyway) and runs pip and the app or pytest there.
Extra arguments after `test` go to pytest; after `app` they go to secdesk.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"secdesk needs Python 3.11 or newer (this is {sys.version.split()[0]}).")
    python = venv_python()
    if not python.exists():
        print(f"Creating {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
    return python


def pip_install(python: Path, target: str) -> None:
    print(f"Installing {target} …", flush=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target],
        cwd=ROOT,
        check=True,
    )


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    python = ensure_venv()
    if argv[0] == "app":
        pip_install(python, ".[postgres]")
        return subprocess.run([str(python), "-m", "secdesk", *argv[1:]], cwd=ROOT).returncode
    pip_install(python, ".[test]")
    code = subprocess.run([str(python), "-m", "pytest", *argv[1:]], cwd=ROOT).returncode
    if code == 5:  # pytest found no tests: that is a failure, not a pass
        print("pytest collected no tests.", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
