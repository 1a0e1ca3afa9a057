"""Speed of the training register at the scale of a large city.

    PYTHONPATH=. python benchmarks/training_bench.py [--db URL] [--staff 20000] [--runs 10]

Builds 20,000 staff with department history and about 500,000 attendance and drill rows
(benchmarks/training_data.py) in a new SQLite file (or the PostgreSQL database given), then
times what the issue sets targets for:

- importing 100,000 attendance rows (five e-learning files of 20,000 rows, CP932 CSV, read +
  check + write, as `secdesk import attendance` does)                              < 5 s
- the completion rates of a course for every department                         < 300 ms
- the non-completer list of the whole organisation                              < 500 ms
- one person's history across the years                                          < 50 ms
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from secdesk.io.tabular import read_table
from secdesk.services.app import Services
from secdesk.services.core.context import FixedClock
from secdesk.services.core.listing import ListQuery
from secdesk.services.training.courses import CourseInput
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from secdesk.store.migrate import prepare
from secdesk.store.models import Attendance, DrillResult, Staff

NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
PASSWORD = "bench-admin-pass"


def timed(fn, runs: int) -> tuple[float, float, object]:
    """(median ms, max ms, last result) of `runs` calls."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def line(label: str, median: float, worst: float, target: float) -> None:
    verdict = "OK" if median < target else "SLOW"
    print(
        f"{label:58s} median {median:8.1f} ms  max {worst:8.1f} ms  (target < {target:,.0f} ms) {verdict}"
    )


def open_services(url: str | None, folder: Path) -> Services:
    from argon2 import PasswordHasher

    engine = make_engine(url or sqlite_url(folder / "bench.sqlite3"))
    prepare(engine, backup_dir=folder)
    return Services(
        Database(engine),
        FixedClock(NOW),
        PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", help="an empty PostgreSQL database URL (default: a new SQLite file)"
    )
    parser.add_argument("--staff", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--compare",
        action="store_true",
        help="also time the import's write the simpler ways, in this run, as ratios",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="secdesk-training-bench-"))
    os.environ.setdefault("SECDESK_HOME", str(folder))
    services = open_services(args.db, folder)
    services.accounts.create_first_admin("admin", PASSWORD, "ベンチ 管理者")
    actor = services.accounts.login("admin", PASSWORD).actor()
    training = services.training

    from training_data import build

    start = time.perf_counter()
    codes = build(services.db, args.staff)
    with services.db.read() as session:
        staff = session.scalar(select(func.count()).select_from(Staff))
        attendance = session.scalar(select(func.count()).select_from(Attendance))
        drills = session.scalar(select(func.count()).select_from(DrillResult))
    print(f"database: {services.db.location}")
    print(
        f"data: {staff:,} staff, {len(codes)} courses, {attendance:,} attendance rows, "
        f"{drills:,} drill rows = {attendance + drills:,} rows "
        f"(built in {time.perf_counter() - start:.1f} s)"
    )

    # 1. Import 100,000 attendance rows: five e-learning files of 20,000 rows each.
    rng = random.Random(7)
    with services.db.read() as session:
        numbers = list(session.scalars(select(Staff.staff_number).where(Staff.active.is_(True))))
    files = []
    for module in range(1, 6):
        course = training.courses.create(
            actor,
            CourseInput(
                2026,
                f"BENCH-{module}",
                f"e-ラーニング 追加第{module}回",
                "all-staff",
                date(2027, 3, 31),
            ),
        )
        path = folder / f"elearning-{module}.csv"
        rows = ["職員番号,受講日,得点"]
        # Everyone on the roster once, and a second attempt of some, as e-learning exports list them.
        people = rng.sample(numbers, k=len(numbers))
        people += rng.sample(numbers, k=max(0, 20_000 - len(numbers)))
        for number in people:
            rows.append(
                f"{number},2026/{rng.randint(6, 11)}/{rng.randint(1, 20)},{rng.randint(60, 100)}"
            )
        path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp932"))
        files.append((course.id, path, len(rows) - 1))
    total_rows = sum(n for _, _, n in files)
    phases = {"read": 0.0, "check": 0.0, "write": 0.0}
    created = 0
    cpu = time.process_time()
    for course_id, path, _ in files:
        mark = time.perf_counter()
        table = read_table(path)
        phases["read"] += time.perf_counter() - mark
        mark = time.perf_counter()
        plan = training.imports.plan(actor, course_id, table)
        assert plan.ok, plan.errors[:3]
        phases["check"] += time.perf_counter() - mark
        mark = time.perf_counter()
        created += training.imports.apply(actor, course_id, table, checked=plan).created
        phases["write"] += time.perf_counter() - mark
    seconds = sum(phases.values())
    cpu = time.process_time() - cpu
    verdict = "OK" if seconds < 5 else "SLOW"
    print(
        f"{'import ' + f'{total_rows:,}' + ' attendance rows (5 files: read, check, write)':58s} "
        f"total {seconds:8.2f} s   ({created:,} records; target < 5 s) {verdict}"
    )
    print(
        f"{'':58s} read {phases['read']:.2f} s, check {phases['check']:.2f} s, "
        f"write {phases['write']:.2f} s; this process's CPU {cpu:.2f} s"
    )

    # 2. Completion rates of a course for every department.
    course_id = codes["R8-01"]
    median, worst, summary = timed(
        lambda: training.status.course_summary(actor, course_id), args.runs
    )
    line(
        f"completion per department ({len(summary.departments)} departments, {summary.target:,} people)",
        median,
        worst,
        300,
    )

    # 3. The organisation's non-completer list, as the screen loads it and complete.
    source = training.target_list(course_id)
    query = ListQuery().with_filters(status="incomplete")

    def screen_list():
        total = source.count(actor, query)
        ids = source.ids(actor, query)
        source.rows(actor, ids[:200])
        return total

    median, worst, total = timed(screen_list, args.runs)
    line(f"non-completer list, screen (count + {total:,} ids + first page)", median, worst, 500)
    median, worst, groups = timed(
        lambda: training.exports._non_completers(course_id, None)[0], args.runs
    )
    people = sum(len(rows) for _, rows in groups)
    line(f"non-completer list, every row by department ({people:,} people)", median, worst, 500)

    # 4. One person's history across the years.
    with services.db.read() as session:
        ids = list(session.scalars(select(Staff.id)))
    sample = random.Random(11).sample(ids, k=100)
    times = []
    for staff_id in sample:
        start = time.perf_counter()
        training.status.person_history(actor, staff_id)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(
        f"{'person history (100 people)':58s} median {statistics.median(times):8.1f} ms  "
        f"p95 {times[94]:8.1f} ms  max {times[-1]:8.1f} ms  (target < 50 ms) "
        + ("OK" if statistics.median(times) < 50 else "SLOW")
    )

    # Beyond the targets: the drill view and the dashboard.
    drill = codes["R8-PH4"]
    median, worst, _ = timed(lambda: training.drills.summary(actor, drill), args.runs)
    line("drill rates per department", median, worst, 300)
    clickers = training.drills.repeat_clickers()
    median, worst, count = timed(lambda: clickers.count(actor, ListQuery()), args.runs)
    line(f"repeat clickers across {12} drills ({count:,} people)", median, worst, 500)
    median, worst, _ = timed(lambda: services.dashboard.tiles(actor), args.runs)
    line("dashboard tiles (roster and training)", median, worst, 500)
    if args.compare:
        compare_writes(training, actor, files[0][1])
    services.db.dispose()
    return 0


def compare_writes(training, actor, path: Path) -> None:
    """The write of one 20,000-row file three ways, on fresh courses of the same database."""
    from sqlalchemy import insert

    import secdesk.services.training.attendance_import as module

    def naive_insert(session, table, rows) -> None:
        session.connection().execute(
            insert(table), rows
        )  # Core executemany, rows processed one by one

    table = read_table(path)
    results = {}
    for label, checked, inserter in (
        ("plan made again inside the write, plain executemany", False, naive_insert),
        ("checked plan reused, plain executemany", True, naive_insert),
        ("checked plan reused, bulk_insert (as shipped)", True, module.bulk_insert),
    ):
        course = training.courses.create(
            actor,
            CourseInput(2026, f"CMP-{len(results)}", label[:40], "all-staff", date(2027, 3, 31)),
        )
        plan = training.imports.plan(actor, course.id, table)
        shipped, module.bulk_insert = module.bulk_insert, inserter
        try:
            start = time.perf_counter()
            training.imports.apply(actor, course.id, table, checked=plan if checked else None)
            results[label] = (time.perf_counter() - start) * 1000
        finally:
            module.bulk_insert = shipped
    base = next(iter(results.values()))
    for label, ms in results.items():
        print(f"write of one file: {label:52s} {ms:7.0f} ms  x{base / ms:.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
