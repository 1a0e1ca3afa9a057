"""The incident register at 1,000,000 records: import speed, list, sort, filter, scroll, search, memory.

    PYTHONPATH=. python benchmarks/incidents_bench.py [--db PATH] [--records N]

Builds (or reuses) a SQLite register of N records (default 1,000,000) through the real import, in
files of 100,000 lines, and prints each figure. Targets (issue 3): first page ≤ 200 ms, re-filter
and re-sort ≤ 150 ms, jump to any position ≤ 30 ms, search first page ≤ 200 ms, RSS ≤ 300 MB,
100,000-record import < 5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.incidents_data import DEPARTMENT_CODES, make_table, write_csv
from secdesk.domain import incidents as v
from secdesk.io.tabular import read_table
from secdesk.services.app import Services
from secdesk.services.core.context import FixedClock
from secdesk.services.core.listing import ListQuery
from secdesk.services.roster.departments import DepartmentInput
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from secdesk.store.migrate import prepare
from tests.conftest import NOW, fast_hasher

CHUNK = 100_000
PASSWORD = "bench-admin-pass"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def timed(fn, repeat: int = 3):
    """Median of `repeat` runs (the first warms the page cache like a second look would)."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times[0], result


def build(path: Path, records: int) -> tuple[Services, object]:
    fresh = not path.exists()
    engine = make_engine(sqlite_url(path))
    prepare(engine)
    services = Services(Database(engine), FixedClock(NOW), fast_hasher())
    if fresh:
        services.accounts.create_first_admin("admin", PASSWORD)
    actor = services.accounts.login("admin", PASSWORD).actor()
    if fresh:
        for code in DEPARTMENT_CODES:
            services.departments.create(actor, DepartmentInput(code, f"第{code}課"))
    source = services.incidents.list_source()
    have = source.count(actor, ListQuery())
    print(f"register: {path} ({have:,} records)")
    while have < records:
        count = min(CHUNK, records - have)
        csv_path = path.parent / f"import-{have}.csv"
        write_csv(make_table(count, start=have), csv_path)
        start = time.perf_counter()
        table = read_table(csv_path)
        read = time.perf_counter() - start
        result = services.incident_import.apply(actor, table)
        total = time.perf_counter() - start
        print(
            f"import {count:,} records into {have:,}: {total:6.2f} s "
            f"(read file {read:.2f} s, check and write {total - read:.2f} s) -> {result.refs[1]}"
        )
        csv_path.unlink()
        have += result.created
    return services, actor


def list_figures(services, actor) -> None:
    source = services.incidents.list_source()
    default = ListQuery(sort="ref", descending=True)  # what the list opens with: newest first

    def first_page(query: ListQuery):
        total = source.count(actor, query)
        ids = source.ids(actor, query, limit=200)
        rows = source.rows(actor, list(ids[:40]))
        return total, ids, rows

    median, first, (total, _, _) = timed(lambda: first_page(default))
    print(
        f"open the list: count + first 200 ids + 40 rows: {ms(first)} (first), {ms(median)} (median) of {total:,}"
    )
    start = time.perf_counter()
    all_ids = source.ids(actor, default)
    print(
        f"all ids in the background: {ms(time.perf_counter() - start)} ({len(all_ids):,} ids, {len(all_ids) * 8 / 1e6:.0f} MB)"
    )

    print("re-filter (count + first 200 ids + 40 rows):")
    departments = services.departments.list(actor)
    for label, filters in (
        ("fiscal year 2025", {"fiscal_year": 2025}),
        ("kind incident", {"kind": v.INCIDENT}),
        ("status open", {"status": "open"}),
        ("one department", {"department_id": departments[3].id}),
        ("category 紛失・盗難", {"category": 5}),
        ("overdue duty", {"overdue": True}),
        (
            "FY2025 + incident + department",
            {"fiscal_year": 2025, "kind": v.INCIDENT, "department_id": departments[5].id},
        ),
    ):
        query = default.with_filters(**filters)
        median, first, (total, _, _) = timed(lambda q=query: first_page(q))
        print(f"  {label:34s} {ms(first)} first, {ms(median)} median ({total:,})")

    print("re-sort (first 200 ids + 40 rows; count is unchanged):")
    for key in (
        "ref",
        "kind",
        "status",
        "discovered",
        "title",
        "category",
        "department",
        "severity",
        "next_due",
        "handler",
    ):
        for descending in (False, True):
            query = ListQuery(sort=key, descending=descending)
            source._counts[query] = len(all_ids)  # the model asks count() first; it is known
            median, first, _ = timed(
                lambda q=query: source.rows(actor, list(source.ids(actor, q, limit=200)[:40]))
            )
            print(
                f"  {key:10s} {'desc' if descending else 'asc ':4s} {ms(first)} first, {ms(median)} median"
            )
        fy = ListQuery(sort=key, filters=(("fiscal_year", 2025),))
        median, first, _ = timed(lambda q=fy: first_page(q))
        print(f"  {key:10s} FY2025 {ms(first)} first, {ms(median)} median (with count)")

    rng = random.Random(7)
    jumps = []
    for _ in range(30):
        position = rng.randrange(len(all_ids) - 100)
        start = time.perf_counter()
        source.rows(actor, list(all_ids[position : position + 100]))
        jumps.append(time.perf_counter() - start)
    print(
        f"jump to a random position (100 rows): median {ms(statistics.median(jumps))}, worst {ms(max(jumps))}"
    )

    print("free-text search (count + first 200 ids + 40 rows; newest first, then by discovery):")
    for text in (
        "紛失",
        "誤送",
        "漏えい",
        "窓口",
        "USB",
        "ＵＳＢ",
        "個人情報",
        "住民票の写し",
        "紛",
        "保健センター",
        "遺失届",
        "誤送信 窓口",
    ):
        query = ListQuery(text, sort="ref", descending=True)
        median, first, (total, _, _) = timed(lambda q=query: first_page(q))
        print(f"  {text:12s} {ms(first)} first, {ms(median)} median ({total:,})")
        by_date = ListQuery(text, sort="discovered", descending=True)
        median, first, (total, _, _) = timed(lambda q=by_date: first_page(q))
        print(f"  {text:12s} {ms(first)} first, {ms(median)} median, sorted by discovery")


def model_figures(services, actor) -> None:
    """The real Qt model and the real background runner, as the window uses them."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from secdesk.gui.tasks import TaskRunner
    from secdesk.gui.widgets.windowed_model import WindowedTableModel

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    model = WindowedTableModel(services.incidents.list_source(), actor, runner)
    loop = QEventLoop()
    marks = {}
    start = time.perf_counter()
    model.countChanged.connect(lambda _n: marks.setdefault("first", time.perf_counter()))
    model.loaded.connect(lambda: (marks.setdefault("all", time.perf_counter()), loop.quit()))
    QTimer.singleShot(60_000, loop.quit)
    model.set_query(ListQuery(sort="ref", descending=True))
    loop.exec()
    model.data(model.index(0, 4))
    print(
        f"Qt model: first page shown after {ms(marks['first'] - start)}, all ids after "
        f"{ms(marks['all'] - start)}"
    )
    jumps = []
    rng = random.Random(3)
    for _ in range(30):
        row = rng.randrange(model.rowCount())
        t = time.perf_counter()
        model.data(model.index(row, 4))
        jumps.append(time.perf_counter() - t)
    print(
        f"Qt model: jump to a random row: median {ms(statistics.median(jumps))}, worst {ms(max(jumps))}"
    )
    runner.wait()
    del app


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/secdesk-bench/incidents.sqlite3")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    path = Path(args.db)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not args.measure:
        print(
            f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
        )
        build(path, args.records)
        # Measured in a process of its own, like the app that opens the register: its memory is
        # not the import's.
        import subprocess

        return subprocess.call([sys.executable, __file__, "--db", str(path), "--measure"])
    engine = make_engine(sqlite_url(path))
    services = Services(Database(engine), FixedClock(NOW), fast_hasher())
    actor = services.accounts.login("admin", PASSWORD).actor()
    list_figures(services, actor)
    model_figures(services, actor)
    # VmHWM, not getrusage(): after fork + exec the latter still reports the parent's peak.
    with Path("/proc/self/status").open() as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    print(f"peak resident memory (Qt, the list model with every id, SQLite): {peak / 1024:.0f} MB")
    print(f"load at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
