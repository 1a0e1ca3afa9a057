"""Build an offline wheelhouse: every wheel secdesk needs, for PCs that cannot reach PyPI.

    python tools/build_wheelhouse.py                       Windows (win_amd64), Python 3.11–3.13
    python tools/build_wheelhouse.py --python 3.12         Windows, one Python version
    python tools/build_wheelhouse.py --native -o WH        this machine (its OS and Python)

Run it on a PC with internet access, from a checkout of the repository, with any Python 3.11+
that has pip. It writes into the output folder (default: dist/wheelhouse):

- the secdesk wheel, built from this checkout (`pip wheel --no-deps .`);
- the pinned runtime dependencies of requirements/runtime.txt, as binary wheels for the target
  platform and each Python version (`pip download --only-binary=:all: --platform win_amd64
  --python-version 3.11 ...`);
- constraints.txt (the lock, so that pip on the LGWAN PC installs exactly the pinned versions),
  INSTALL.txt (the commands for the LGWAN PC) and SHA256SUMS (to check the copy on the media).

The output folder is emptied of wheels from earlier runs first: `pip install --no-index` takes the
highest version it finds, so a stale wheel would be installed instead of the pinned one.

pip evaluates environment markers ("; sys_platform == 'win32'") for the machine it runs on, not
for the target, so this script resolves the lock's markers itself and downloads with --no-deps;
then it checks that every requirement of every wheel, evaluated for the target, is met by a
wheel in the folder. A gap in the lock fails here, not on the PC without internet.
"""

from __future__ import annotations

import argparse
import email.parser
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

try:
    from packaging.markers import default_environment
    from packaging.requirements import Requirement
    from packaging.tags import Tag, compatible_tags, cpython_tags, sys_tags
    from packaging.utils import canonicalize_name, parse_wheel_filename
except ImportError:  # every pip carries its own copy
    from pip._vendor.packaging.markers import default_environment
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.tags import Tag, compatible_tags, cpython_tags, sys_tags
    from pip._vendor.packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "runtime.txt"
WINDOWS = "win_amd64"
PYTHONS = ("3.11", "3.12", "3.13")

INSTALL_TEXT = """\
secdesk {version} — offline installation ({target})

On the PC without internet, with Python {pythons} installed for all users:

  1. Copy this folder from the approved media to a local disk, e.g. C:\\secdesk\\wheelhouse
  2. Check the copy (PowerShell, in that folder):
       Get-FileHash -Algorithm SHA256 *.whl   and compare with SHA256SUMS
  3. Create a virtual environment and install, with pip kept off the network and held to the
     pinned versions (constraints.txt):
       {launcher} -m venv C:\\secdesk\\venv
       C:\\secdesk\\venv\\Scripts\\python -m pip install --no-index --find-links C:\\secdesk\\wheelhouse -c C:\\secdesk\\wheelhouse\\constraints.txt secdesk
     (an office on PostgreSQL installs "secdesk[postgres]" instead of secdesk)
  4. Check the installation:
       C:\\secdesk\\venv\\Scripts\\secdesk --self-test
  5. Start it: C:\\secdesk\\venv\\Scripts\\secdesk-gui.exe (a shortcut on the desktop is convenient)
"""


def target_environment(python: str, native: bool) -> dict[str, str]:
    """The values environment markers are evaluated against, for the PC that will install."""
    if native:
        return dict(default_environment())
    return {
        **default_environment(),
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "os_name": "nt",
        "sys_platform": "win32",
        "platform_system": "Windows",
        "platform_machine": "AMD64",
        "platform_release": "10",
        "platform_version": "10.0",
        "python_version": python,
        "python_full_version": f"{python}.0",
        "implementation_version": f"{python}.0",
    }


def target_tags(python: str, native: bool) -> set[Tag]:
    if native:
        return set(sys_tags())
    version = tuple(int(part) for part in python.split("."))
    interpreter = f"cp{version[0]}{version[1]}"
    return set(cpython_tags(version, [interpreter, "abi3", "none"], [WINDOWS])) | set(
        compatible_tags(version, interpreter, [WINDOWS])
    )


def read_lock(path: Path) -> list[Requirement]:
    requirements = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirements.append(Requirement(line))
    return requirements


def pins_for(requirements: list[Requirement], environment: dict[str, str]) -> list[str]:
    """`name==version` lines of the lock that apply to the target (markers evaluated for it)."""
    lines = []
    for requirement in requirements:
        if requirement.marker is None or requirement.marker.evaluate(environment):
            lines.append(f"{requirement.name}{requirement.specifier}")
    return lines


def run(command: list[str]) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def pip(*args: str) -> list[str]:
    return [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]


OUR_FILES = ("*.whl", "INSTALL.txt", "SHA256SUMS", "constraints.txt")


def prepare_output(out: Path) -> None:
    """An output folder without the wheels and notes of an earlier run."""
    out.mkdir(parents=True, exist_ok=True)
    for pattern in OUR_FILES:
        for old in out.glob(pattern):
            old.unlink()


def build_secdesk_wheel(out: Path) -> Path:
    with tempfile.TemporaryDirectory() as scratch:
        run(pip("wheel", "--no-deps", "--wheel-dir", scratch, str(ROOT)))
        (built,) = Path(scratch).glob("secdesk-*.whl")
        return Path(shutil.copy2(built, out))


def download(pins: list[str], out: Path, python: str, native: bool) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n".join(pins) + "\n")
    try:
        target = [] if native else ["--platform", WINDOWS, "--python-version", python]
        target += [] if native else ["--implementation", "cp"]
        run(
            pip(
                "download",
                "--no-deps",
                "--only-binary=:all:",
                "--dest",
                str(out),
                *target,
                "-r",
                f.name,
            )
        )
    finally:
        Path(f.name).unlink()


def wheel_metadata(path: Path) -> tuple[str, str, list[Requirement]]:
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if re.fullmatch(r"[^/]+\.dist-info/METADATA", n))
        message = email.parser.BytesParser().parsebytes(archive.read(name))
    requires = [Requirement(value) for value in message.get_all("Requires-Dist") or []]
    return canonicalize_name(message["Name"]), message["Version"], requires


def check_closure(folder: Path, python: str, native: bool, extras: tuple[str, ...]) -> list[str]:
    """Every requirement of every wheel usable by the target is met inside `folder`."""
    environment = target_environment(python, native)
    tags = target_tags(python, native)
    available: dict[str, tuple[str, list[Requirement]]] = {}
    problems = []
    for wheel in sorted(folder.glob("*.whl")):
        if set(parse_wheel_filename(wheel.name)[3]) & tags:
            name, version, requires = wheel_metadata(wheel)
            if name in available and available[name][0] != version:
                problems.append(
                    f"Python {python}: two versions of {name} ({available[name][0]}, {version}):"
                    " pip would take the higher one, not the pinned one"
                )
            available[name] = (version, requires)
    wanted = [("secdesk", extra) for extra in ("", *extras)]
    seen = set()
    while wanted:
        name, extra = wanted.pop()
        if (name, extra) in seen:
            continue
        seen.add((name, extra))
        if name not in available:
            problems.append(f"Python {python}: no wheel of {name} for this platform")
            continue
        for requirement in available[name][1]:
            if requirement.marker and not requirement.marker.evaluate(
                {**environment, "extra": extra}
            ):
                continue
            dependency = canonicalize_name(requirement.name)
            have = available.get(dependency)
            if have is None or not requirement.specifier.contains(have[0], prereleases=True):
                found = have[0] if have else "none"
                problems.append(f"Python {python}: {name} needs {requirement} (found {found})")
            else:
                wanted += [(dependency, "")] + [(dependency, e) for e in requirement.extras]
    return problems


def launcher(pythons: list[str], native: bool) -> str:
    """How INSTALL.txt starts the Python the wheelhouse was built for."""
    if native:
        return "python3"
    return f"py -{pythons[0]}" + "".join(f" (or py -{p})" for p in pythons[1:])


def write_notes(
    out: Path, secdesk_wheel: Path, pythons: list[str], native: bool, lock: Path = LOCK
) -> None:
    version = parse_wheel_filename(secdesk_wheel.name)[1]
    target = "this machine's platform" if native else f"Windows {WINDOWS}"
    (out / "INSTALL.txt").write_text(
        INSTALL_TEXT.format(
            version=version,
            target=target,
            pythons=" or ".join(pythons),
            launcher=launcher(pythons, native),
        ),
        encoding="utf-8",
        newline="\r\n" if not native else None,
    )
    pins = [str(r) for r in read_lock(lock)]
    (out / "constraints.txt").write_text(
        "\n".join([f"secdesk=={version}", *pins]) + "\n", encoding="utf-8"
    )
    sums = []
    for wheel in sorted(out.glob("*.whl")):
        sums.append(f"{hashlib.sha256(wheel.read_bytes()).hexdigest()}  {wheel.name}")
    (out / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "dist" / "wheelhouse")
    parser.add_argument(
        "--python",
        action="append",
        help=f"Python version of the target PCs, repeatable (default: {', '.join(PYTHONS)})",
    )
    parser.add_argument(
        "--native",
        action="store_true",
        help="for this machine and this Python instead of Windows (tests use it)",
    )
    parser.add_argument("--lock", type=Path, default=LOCK)
    args = parser.parse_args(argv)
    native_python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    pythons = [native_python] if args.native else (args.python or list(PYTHONS))
    out: Path = args.output
    prepare_output(out)
    requirements = read_lock(args.lock)
    wheel = build_secdesk_wheel(out)
    problems = []
    for python in pythons:
        download(
            pins_for(requirements, target_environment(python, args.native)),
            out,
            python,
            args.native,
        )
        problems += check_closure(out, python, args.native, extras=("postgres",))
    if problems:
        print("The wheelhouse is incomplete:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    write_notes(out, wheel, pythons, args.native, args.lock)
    count = len(list(out.glob("*.whl")))
    size = sum(p.stat().st_size for p in out.glob("*.whl")) / 2**20
    print(f"{out}: {count} wheels, {size:.0f} MiB, for Python {', '.join(pythons)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
