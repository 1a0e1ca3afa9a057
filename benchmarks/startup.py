"""Start-up and size of an installed secdesk: the PyInstaller bundle and a virtual environment.

    python benchmarks/startup.py --bundle DIST/secdesk [--venv VENV] [--cold] [--runs 20]

Times the start of the GUI up to the painted login window (SECDESK_SMOKE_EXIT=painted) and up
to that window with the register open behind it (=login), offscreen, on a database made by
`secdesk init` in a folder named テスト 用, and
`secdesk --version` as the floor of an empty start. With hyperfine on PATH it runs the
commands through hyperfine (warm-up runs, then --runs timed runs; with --cold the page cache
is dropped before every run, which needs root); otherwise it times them itself (median).
Without --venv it makes one: `pip install --no-index` from a wheelhouse built by
tools/build_wheelhouse.py --native, as IT staff would install. Results go to benchmarks/out/.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
DROP_CACHES = "sync; echo 3 > /proc/sys/vm/drop_caches"


def scripts(folder: Path) -> Path:
    return folder / ("Scripts" if os.name == "nt" else "bin")


def tree_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def make_venv(folder: Path) -> Path:
    wheelhouse = folder.parent / "wheelhouse"
    subprocess.run(
        [sys.executable, ROOT / "tools" / "build_wheelhouse.py", "--native", "-o", wheelhouse],
        check=True,
    )
    venv.EnvBuilder(with_pip=True).create(folder)
    python = scripts(folder) / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-index", "--find-links", wheelhouse, "secdesk"],
        check=True,
    )
    return folder


def timed_runs(command: list[str], env: dict, runs: int, cold: bool) -> dict:
    """Our own timer, for machines without hyperfine: median and spread of `runs` runs."""
    times = []
    for _ in range(runs + (0 if cold else 3)):
        if cold:
            subprocess.run(["sh", "-c", DROP_CACHES], check=True)
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    times = times[-runs:]
    return {"median": statistics.median(times), "min": min(times), "max": max(times)}


def hyperfine(name: str, command: list[str], env: dict, runs: int, cold: bool) -> dict:
    export = OUT / f"startup-{name}{'-cold' if cold else ''}.json"
    options = ["--prepare", shlex.join(["sh", "-c", DROP_CACHES])] if cold else ["--warmup", "3"]
    subprocess.run(
        [
            *("hyperfine", "-N", "--runs", str(runs), *options, "--export-json", str(export)),
            *("--command-name", name, shlex.join(command)),
        ],
        env=env,
        check=True,
    )
    result = json.loads(export.read_text())["results"][0]
    return {k: result[k] for k in ("median", "min", "max", "mean", "stddev")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, required=True, help="dist/secdesk")
    parser.add_argument("--venv", type=Path, help="a virtual environment with secdesk installed")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="secdesk-startup-"))
    try:
        home = scratch / "テスト 用" / "home"
        venv_folder = args.venv or make_venv(scratch / "venv")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SECDESK_"))}
        env.update(SECDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen", SECDESK_LANG="ja")
        database = home / "データ" / "secdesk.sqlite3"
        init = [str(args.bundle / "secdesk"), "--db", str(database), "init", "--admin", "kanri"]
        subprocess.run(init, env={**env, "SECDESK_PASSWORD": "bench-pass-2026"}, check=True)
        # painted: the login window on the screen (the register is opened behind it afterwards);
        # login: that window with the register open behind it, ready for the password.
        exe = ".exe" if os.name == "nt" else ""
        gui = {
            "bundle": [str(args.bundle / f"secdesk-gui{exe}"), "--db", str(database)],
            "venv": [str(scripts(venv_folder) / "secdesk-gui"), "--db", str(database)],
        }
        cases = {
            f"{where}-{mode}": (command, {**env, "SECDESK_SMOKE_EXIT": mode})
            for mode in ("painted", "login")
            for where, command in gui.items()
        }
        cases |= {
            "bundle-version": ([str(args.bundle / f"secdesk{exe}"), "--version"], env),
            "venv-version": ([str(scripts(venv_folder) / "secdesk"), "--version"], env),
        }
        timer = hyperfine if shutil.which("hyperfine") else None
        results = {}
        for name, (command, run_env) in cases.items():
            if timer:
                results[name] = timer(name, command, run_env, args.runs, args.cold)
            else:
                results[name] = timed_runs(command, run_env, args.runs, args.cold)
        results["bundle-size-mb"] = tree_size(args.bundle) / 1e6
        results["venv-size-mb"] = tree_size(venv_folder) / 1e6
        kind = "cold" if args.cold else "warm"
        (OUT / f"startup-{kind}.json").write_text(json.dumps(results, indent=2))
        print(f"\n{kind} start, {args.runs} runs, median (min–max):")
        for name, value in results.items():
            if isinstance(value, dict):
                print(
                    f"  {name:16} {value['median']:.3f} s ({value['min']:.3f}–{value['max']:.3f})"
                )
            else:
                print(f"  {name:16} {value:.0f} MB")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
