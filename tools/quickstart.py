"""The two quick-start commands of README.md, for a fresh machine with only Python 3.11+.

    python3 tools/quickstart.py app     install secdesk into .venv and open it
    python3 tools/quickstart.py test    install secdesk with the test tools into .venv, run
                                        `ruff check .`, `ruff format --check .` and every test

Uses only the standard library: it creates .venv beside this repository (so nothing touches the
system Python, which Debian and Ubuntu forbid anyway) and runs pip and the app or pytest there.
Extra arguments after `test` go to pytest; after `app` they go to secdesk.

`test` fails when a check fails, when pytest fails or collects nothing, and, in a git checkout,
when the run leaves a file behind: a path that `git status` lists afterwards and did not list
before (so your own uncommitted work is fine, and in CI's clean clone any leftover fails).
"""

from __future__ import annotations

import os
import shutil
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
        stdin=subprocess.DEVNULL,
        check=True,
    )


def run(command: list[str]) -> int:
    """Run a step in the checkout, never waiting for input (CI has none, and may close stdin)."""
    return subprocess.run(command, cwd=ROOT, stdin=subprocess.DEVNULL).returncode


def git_status() -> set[str] | None:
    """The entries (status and path) `git status --porcelain` lists for this checkout, untracked
    files one by one; None when this is no git checkout or git is not there."""
    git = shutil.which("git")
    if git is None:
        return None
    try:
        top = subprocess.run(
            [git, "rev-parse", "--show-toplevel"],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
        )
        if top.returncode != 0 or Path(top.stdout.strip()).resolve() != ROOT:
            return None  # not a checkout, or this folder lies inside someone else's repository
        listed = subprocess.run(
            [git, "status", "--porcelain", "--untracked-files=all", "-z"],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
        )
    except OSError:
        return None
    if listed.returncode != 0:
        print(
            f"git status failed, leftover files are not checked: {listed.stderr.strip()}",
            file=sys.stderr,
        )
        return None
    return parse_porcelain(listed.stdout)


def parse_porcelain(output: str) -> set[str]:
    """`git status --porcelain -z` → {"XY path", …}; a rename's source joins its entry."""
    entries: set[str] = set()
    fields = output.split("\0")
    i = 0
    while i < len(fields):
        entry = fields[i]
        i += 1
        if not entry:
            continue
        if entry[0] in "RC" and i < len(fields):  # the next field is where it came from
            entry = f"{entry} <- {fields[i]}"
            i += 1
        entries.add(entry)
    return entries


def run_tests(python: Path, pytest_args: list[str]) -> int:
    before = git_status()
    failed = []
    for name, command in (
        ("ruff check", [str(python), "-m", "ruff", "check", "."]),
        ("ruff format --check", [str(python), "-m", "ruff", "format", "--check", "."]),
    ):
        print(f"Running {name} …", flush=True)
        if run(command) != 0:
            failed.append(name)
    code = run([str(python), "-m", "pytest", *pytest_args])
    if code == 5:  # pytest found no tests: that is a failure, not a pass
        print("pytest collected no tests.", file=sys.stderr)
    if code != 0:
        failed.append(f"pytest (exit status {code})")
    after = git_status() if before is not None else None
    if after is not None and after - before:
        print(
            "The run left files in the checkout that were not there before (git status):",
            file=sys.stderr,
        )
        for entry in sorted(after - before):
            print(f"    {entry}", file=sys.stderr)
        failed.append("files left behind")
    if failed:
        print(f"FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    python = ensure_venv()
    if argv[0] == "app":
        pip_install(python, ".[postgres]")
        return subprocess.run([str(python), "-m", "secdesk", *argv[1:]], cwd=ROOT).returncode
    pip_install(python, ".[test]")
    return run_tests(python, argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
