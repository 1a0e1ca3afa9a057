"""The two quick-start commands of README.md, for a fresh machine with only Python 3.11+.

    python3 tools/quickstart.py app     install secdesk into .venv and open it
    python3 tools/quickstart.py test    install secdesk with the test tools into .venv, run
                                        `ruff check .`, `ruff format --check .` and every test

Uses only the standard library: it creates .venv beside this repository (so nothing touches the
system Python, which Debian and Ubuntu forbid anyway) and runs pip and the app or pytest there.
Extra arguments after `test` go to pytest; after `app` they go to secdesk.

On Linux, `app` first checks that Qt's xcb platform plugin can load (when QT_QPA_PLATFORM is
unset or xcb): it runs `ldd` on the plugin and the Qt libraries it needs, and names the missing
system libraries with the one `sudo apt-get install …` line that brings them (Qt's own message
names libxcb-cursor0 whatever is missing). Without a display it says so instead of crashing.

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
from collections.abc import Callable, Iterable, Mapping
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


# --- can Qt open a window here? (Linux) --------------------------------------------------------

# Shared libraries Qt's xcb plugin and the Qt libraries behind it load → the Debian/Ubuntu package
# that holds them. A soname that is not here is named as it is.
DEBIAN_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}


def missing_sonames(ldd_output: str) -> list[str]:
    """The libraries `ldd` reports as "not found", in its order, each once."""
    found: list[str] = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in found:
            found.append(name.strip())
    return found


def qt_libraries(ldd_output: str, qt_lib: Path) -> list[Path]:
    """The libraries from PySide6's own Qt/lib folder that `ldd` resolved."""
    paths: list[Path] = []
    for line in ldd_output.splitlines():
        _, arrow, where = line.strip().partition("=>")
        path = Path(where.strip().split(" (")[0]) if arrow else None
        if path and path.name.startswith("libQt6") and path.resolve().parent == qt_lib.resolve():
            paths.append(path)
    return paths


def packages_for(sonames: Iterable[str]) -> tuple[list[str], list[str]]:
    """(Debian/Ubuntu packages to install, sonames no package is known for), each once."""
    packages: list[str] = []
    unknown: list[str] = []
    for soname in sonames:
        package = DEBIAN_PACKAGES.get(soname)
        if package is None:
            if soname not in unknown:
                unknown.append(soname)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def missing_libraries_message(plugin: Path | str, sonames: list[str]) -> str:
    packages, unknown = packages_for(sonames)
    lines = [
        "secdesk cannot open its window: Qt's xcb platform plugin",
        f"    {plugin}",
        f"needs system libraries that are not installed: {', '.join(sonames)}.",
        "(Qt's own message may name only libxcb-cursor0: this list is what is really missing.)",
    ]
    if packages:
        lines += [
            "",
            "On Debian or Ubuntu, install them with:",
            "",
            f"    sudo apt-get install {' '.join(packages)}",
        ]
    if unknown:
        lines += [
            "",
            f"No package is known here for: {', '.join(unknown)}",
            "(`apt-file search NAME` or your distribution's package search finds it).",
        ]
    lines += ["", "Then run this command again."]
    return "\n".join(lines)


NO_DISPLAY_MESSAGE = (
    "secdesk cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is\n"
    "set). Start it from a desktop session, or over SSH with X forwarding (ssh -X). The command\n"
    "line works without a display: .venv/bin/secdesk --help"
)


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Would Qt use its xcb plugin? When QT_QPA_PLATFORM says xcb, or says nothing and there is
    an X display (a Wayland session without one uses Qt's Wayland plugin)."""
    platform = environ.get("QT_QPA_PLATFORM", "").strip()
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(environ.get("DISPLAY")) or not environ.get("WAYLAND_DISPLAY")


def display_problem(environ: Mapping[str, str]) -> str | None:
    platform = environ.get("QT_QPA_PLATFORM", "").strip().split(":")[0]
    if platform not in ("", "xcb", "wayland"):
        return None  # offscreen, vnc, eglfs …: no display server needed
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return NO_DISPLAY_MESSAGE
    return None


def find_xcb_plugin(environment: Path = VENV) -> Path | None:
    """PySide6's plugins/platforms/libqxcb.so in the virtual environment."""
    pattern = "lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so"
    return next(iter(sorted(environment.glob(pattern))), None)


def run_ldd(library: Path) -> str:
    result = subprocess.run(
        ["ldd", str(library)], stdin=subprocess.DEVNULL, capture_output=True, text=True
    )
    return result.stdout


def xcb_problem(plugin: Path, ldd: Callable[[Path], str] = run_ldd) -> str | None:
    """The message to print when the plugin, or a Qt library it needs, misses system libraries."""
    first = ldd(plugin)
    qt_lib = plugin.parent.parent.parent / "lib"
    missing = missing_sonames(first)
    for library in [qt_lib / "libQt6XcbQpa.so.6", *qt_libraries(first, qt_lib)]:
        if library.is_file():
            missing += [s for s in missing_sonames(ldd(library)) if s not in missing]
    return missing_libraries_message(plugin, missing) if missing else None


GUI_OPTIONS = ("--db", "--user", "--lang")  # global options that take a value


def opens_window(args: list[str]) -> bool:
    """Does `secdesk ARGS` open the window? Only global options, no subcommand, --help or
    --version; the command line needs no display."""
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg in GUI_OPTIONS:
            if rest:
                rest.pop(0)
        elif not (arg.startswith(tuple(f"{o}=" for o in GUI_OPTIONS)) or arg == "--single-user"):
            return False
    return True


def window_problem(environ: Mapping[str, str] = os.environ) -> str | None:
    """Why the app could not open its window on this Linux machine, or None (also elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    problem = display_problem(environ)
    if problem or not uses_xcb(environ) or shutil.which("ldd") is None:
        return problem
    plugin = find_xcb_plugin()
    return xcb_problem(plugin) if plugin else None


# --- the test run ------------------------------------------------------------------------------


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
        problem = window_problem() if opens_window(argv[1:]) else None
        if problem:
            print(problem, file=sys.stderr)
            return 1
        return subprocess.run([str(python), "-m", "secdesk", *argv[1:]], cwd=ROOT).returncode
    pip_install(python, ".[test]")
    return run_tests(python, argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
