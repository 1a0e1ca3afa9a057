"""The annual report and the auditors' workbook of a busy year: time and peak memory.

    PYTHONPATH=. python benchmarks/reports_bench.py [--db PATH] [--runs 3] [--compare]

Builds (or reuses) a SQLite register with the other benchmarks' generators: the training
benchmark's city (benchmarks/training_data.py: 20,000 staff in 150 課 of six wards, three years of
courses and drills, about 540,000 attendance and drill rows), 100,000 incidents and near-misses
discovered in fiscal 2026 and 100,000 in fiscal 2025 (benchmarks/incidents_data.py, through the
real import, in those 課), and two years of audits (benchmarks/audits_generate.py, 2,500 findings
a year). Each measurement then runs in a fresh process, as the app would run it, and reports the
wall-clock time of the report, the process's CPU time and its peak resident memory (VmHWM,
which includes Python, SQLAlchemy and ReportLab themselves).

Targets (issue 6): the annual report under 10 s and 400 MB; the workbook under 20 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # audits_generate's own imports

from sqlalchemy import func, select

from secdesk.services.app import Services
from secdesk.services.core.context import FixedClock
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from secdesk.store.migrate import prepare
from tests.conftest import NOW, fast_hasher

PASSWORD = "bench-admin-pass"
PER_YEAR = 100_000
CHUNK = 100_000
# Minutes from the start of fiscal 2026 (2026-04-01 00:00 JST) to the benchmark's "now"
# (2026-11-25 10:00 JST), less a little: every record of the first batch falls in fiscal 2026.
FY2026_SPAN = (238 * 24 + 10) * 60 - 60
FY2025_END = datetime(2026, 3, 31, 14, 0, tzinfo=UTC)  # 2026-03-31 23:00 JST
FY2025_SPAN = 364 * 24 * 60


def open_services(path: Path) -> Services:
    engine = make_engine(sqlite_url(path))
    prepare(engine, backup_dir=path.parent)
    return Services(Database(engine), FixedClock(NOW), fast_hasher())


def build(path: Path) -> None:
    import audits_generate
    import training_data
    from incidents_data import make_table

    from secdesk.store.models import Department

    services = open_services(path)
    services.accounts.create_first_admin("admin", PASSWORD, "ベンチ 管理者")
    actor = services.accounts.login("admin", PASSWORD).actor()
    started = time.perf_counter()
    training_data.build(services.db)
    print(f"training data: {time.perf_counter() - started:.1f} s", flush=True)
    with services.db.read() as session:
        sections = session.execute(
            select(Department.id, Department.code).where(Department.parent_id.is_not(None))
        ).all()
    started = time.perf_counter()
    counts = audits_generate.generate(
        services.db, years=2, findings_total=5_000, departments=[i for i, _ in sections]
    )
    print(f"audits: {counts} in {time.perf_counter() - started:.1f} s", flush=True)
    codes = tuple(code for _, code in sections)
    for label, now, span, seed in (
        ("fiscal 2025", FY2025_END, FY2025_SPAN, 2025),
        ("fiscal 2026", NOW, FY2026_SPAN, 2026),
    ):
        for start in range(0, PER_YEAR, CHUNK):
            table = make_table(
                min(CHUNK, PER_YEAR - start), seed, start, now, departments=codes, span=span
            )
            began = time.perf_counter()
            result = services.incident_import.apply(actor, table)
            print(
                f"import {result.created:,} records of {label}: "
                f"{time.perf_counter() - began:.1f} s",
                flush=True,
            )
    services.db.dispose()


def describe(path: Path) -> None:
    from secdesk.store.models import (
        Attendance,
        CorrectiveAction,
        DrillResult,
        Finding,
        Incident,
        IncidentDuty,
        Staff,
    )

    services = open_services(path)
    with services.db.read() as session:

        def count(model, *where) -> int:
            return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

        kinds = dict(
            session.execute(
                select(Incident.kind, func.count())
                .where(Incident.fiscal_year == 2026)
                .group_by(Incident.kind)
            ).all()
        )
        print(
            f"data: {path.stat().st_size / 1e6:,.0f} MB SQLite file; fiscal 2026 "
            f"{sum(kinds.values()):,} records ({kinds}), fiscal 2025 "
            f"{count(Incident, Incident.fiscal_year == 2025):,}; duties "
            f"{count(IncidentDuty):,}; staff {count(Staff):,}; attendance "
            f"{count(Attendance):,} + drill results {count(DrillResult):,}; findings "
            f"{count(Finding):,}, actions {count(CorrectiveAction):,}"
        )
    services.db.dispose()


def peak_rss_mb() -> float:
    """VmHWM of this process. Not getrusage's ru_maxrss: Linux carries that over from the
    parent across fork and exec, so a child of the process that built the data would report
    the builder's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(path: Path, what: str, out: Path) -> dict:
    """One run in this (fresh) process; prints a JSON line for the parent."""
    services = open_services(path)
    actor = services.accounts.login("admin", PASSWORD).actor()
    cpu0, started = time.process_time(), time.perf_counter()
    if what == "annual":
        record = services.reports.annual.write(actor, 2026, out / "annual.pdf")
    elif what == "annual-department":
        record = services.reports.annual.write(
            actor, 2026, out / "d.pdf", department_codes=["0100"]
        )
    else:
        record = services.reports.workbook(actor, 2026, out / "workbook.xlsx")
    result = {
        "what": what,
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu0,
        "peak_mb": peak_rss_mb(),
        "rows": record.rows,
        "bytes": record.path.stat().st_size,
    }
    print(json.dumps(result))
    return result


def openpyxl_write(path: Path, sheets, label: str) -> None:
    """How io.writers.write_xlsx wrote before io.xlsx_stream (openpyxl, write-only mode), kept
    here to compare the two on the same rows in one run."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from secdesk.domain.timezone import local_naive
    from secdesk.io.writers import neutralise

    book = Workbook(write_only=True)
    for title, columns, rows in sheets:
        sheet = book.create_sheet(title[:31])
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        sheet.freeze_panes = "A2"
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=column.header)
            cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")
            header.append(cell)
        sheet.append(header)
        for row in rows:
            out = []
            for value in row:
                value = neutralise(value)
                if isinstance(value, datetime):
                    cell = WriteOnlyCell(sheet, value=local_naive(value))
                    cell.number_format = "yyyy-mm-dd hh:mm"
                    value = cell
                out.append(value)
            sheet.append(out)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
        sheet.oddHeader.center.text = label
    book.save(path)


def compare(path: Path, out: Path) -> None:
    """The workbook's sheets written by both writers, from the same rows held in memory."""
    from secdesk.io.writers import write_xlsx
    from secdesk.services.reports.workbook_sheets import SHEETS, SheetContext

    services = open_services(path)
    actor = services.accounts.login("admin", PASSWORD).actor()
    scope = services.reports.annual.scope(actor, 2026)
    started = time.perf_counter()
    sheets = []
    for sheet in SHEETS:
        ctx = SheetContext(services.db, services.clock, actor, scope, "取扱注意")
        sheets.append((sheet.key, sheet.columns(), list(sheet.rows(ctx))))
    print(f"rows of every sheet: {time.perf_counter() - started:.2f} s", flush=True)
    times = {}
    for name, write in (
        ("openpyxl (before)", lambda p: openpyxl_write(p, sheets, "取扱注意")),
        ("io.xlsx_stream (now)", lambda p: write_xlsx(p, sheets, label="取扱注意")),
    ):
        started = time.perf_counter()
        write(out / f"{name.split()[0]}.xlsx")
        times[name] = time.perf_counter() - started
        print(f"write with {name}: {times[name]:.2f} s", flush=True)
    before, now = times.values()
    print(f"the streaming writer takes {now / before:.2f} of the time (x{before / now:.1f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="the SQLite register to build or reuse")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--measure", choices=["annual", "annual-department", "workbook"])
    parser.add_argument(
        "--compare", action="store_true", help="also time the old openpyxl writer on the same rows"
    )
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    path = Path(args.db or Path(tempfile.gettempdir()) / "secdesk-reports-bench.sqlite3")
    if args.measure:
        measure(path, args.measure, Path(args.out))
        return 0
    if not path.exists():
        build(path)
    describe(path)
    out = Path(tempfile.mkdtemp(prefix="reports-bench-"))
    targets = {"annual": (10, 400), "annual-department": (10, 400), "workbook": (20, None)}
    for what, (seconds, megabytes) in targets.items():
        runs = []
        for _ in range(args.runs):
            child = subprocess.run(
                [sys.executable, __file__, "--db", str(path), "--measure", what, "--out", str(out)],
                capture_output=True,
                text=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                check=True,
            )
            runs.append(json.loads(child.stdout.strip().splitlines()[-1]))
        times = sorted(r["seconds"] for r in runs)
        peak = max(r["peak_mb"] for r in runs)
        print(
            f"{what}: median {statistics.median(times):.2f} s (runs {', '.join(f'{t:.2f}' for t in times)}; "
            f"CPU {statistics.median(r['cpu'] for r in runs):.2f} s), peak RSS {peak:.0f} MB, "
            f"{runs[0]['rows']:,} {'pages' if what != 'workbook' else 'rows'}, "
            f"{runs[0]['bytes'] / 1e6:.1f} MB file; target {seconds} s"
            + (f", {megabytes} MB" if megabytes else ""),
            flush=True,
        )
    if args.compare:
        compare(path, out)
    print(f"files in {out}; load average {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
