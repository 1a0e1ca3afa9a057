"""Typing into a list's search box while lists load, at the benchmark register's size.

    PYTHONPATH=. python benchmarks/list_typing.py --db /tmp/secdesk-bench/incidents.sqlite3 [--runs 3]

(the register that benchmarks/incidents_bench.py builds). Measures, for the code as it is ("now")
and for the code as it was before issue 17 ("before": every id through the ORM's chunked fetch,
full loads on Qt's global pool beside the first pages, none cancelled), in the same process, on
the same register, one after the other:

- all ids of a query (the incidents list, newest first, and a search), through the service;
- a 10-character query typed one key every 120 ms into the real Qt model with the real runner:
  how long after the last key its first page is shown, when the last full id list is in, and the
  longest stall of the GUI thread meanwhile (a 5 ms timer records the event loop's latency).

Targets (issue 17): all ids ≤ 0.4 s (SQLite); the newest query's first page ≤ 50 ms while older
loads run; no GUI stall over 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from array import array
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from secdesk.services.app import Services
from secdesk.services.core import listing
from secdesk.services.core.context import FixedClock
from secdesk.services.core.listing import ListQuery
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from tests.conftest import NOW, fast_hasher

PASSWORD = "bench-admin-pass"
TYPED = "個人情報の誤送信窓口"  # ten keys, each a new query
KEY_INTERVAL_MS = 120


def _orm_ids(session, stmt, progress=None) -> array:
    """The fetch as it was before: the ORM's chunked fetch of scalars."""
    ids = array("q")
    result = session.execute(stmt.execution_options(yield_per=20_000)).scalars()
    for chunk in result.partitions():
        ids.extend(chunk)
    return ids


@contextmanager
def before_issue_17(runner):
    """The old loading: ORM fetch, full loads on the global pool, nothing cancelled."""
    from secdesk.gui import tasks

    saved = (listing.fetch_ids, runner.bulk, tasks.Task.cancel)
    listing.fetch_ids = _orm_ids
    sys.modules["secdesk.services.incidents.listing"].fetch_ids = _orm_ids
    runner.bulk = runner.read
    tasks.Task.cancel = lambda self: None
    try:
        yield
    finally:
        listing.fetch_ids, runner.bulk, tasks.Task.cancel = saved
        sys.modules["secdesk.services.incidents.listing"].fetch_ids = saved[0]


def all_ids(source, actor, query, runs: int) -> tuple[float, int]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        ids = source.ids(actor, query)
        times.append(time.perf_counter() - start)
    return statistics.median(times), len(ids)


def typing(services, actor, runner) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from secdesk.gui.widgets.windowed_model import WindowedTableModel

    model = WindowedTableModel(services.incidents.list_source(), actor, runner)
    loop = QEventLoop()
    clock = QElapsedTimer()
    clock.start()
    marks: dict[str, float] = {}
    stall = {"worst": 0.0, "last": 0.0}

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if stall["last"]:
            stall["worst"] = max(stall["worst"], now - stall["last"] - 5)
        stall["last"] = now

    watchdog = QTimer()
    watchdog.setInterval(5)
    watchdog.timeout.connect(tick)
    final = ListQuery(TYPED, sort="ref", descending=True)

    def counted(_n) -> None:
        if model.query == final and "first" not in marks:
            marks["first"] = clock.nsecsElapsed() / 1e6 - marks["last_key"]

    def loaded() -> None:
        if model.query == final:
            marks["all"] = clock.nsecsElapsed() / 1e6 - marks["last_key"]
            QTimer.singleShot(200, loop.quit)

    model.countChanged.connect(counted)
    model.loaded.connect(loaded)
    for n in range(1, len(TYPED) + 1):

        def key(text=TYPED[:n]) -> None:
            marks["last_key"] = clock.nsecsElapsed() / 1e6
            model.set_query(ListQuery(text, sort="ref", descending=True))

        QTimer.singleShot(n * KEY_INTERVAL_MS, key)
    QTimer.singleShot(120_000, loop.quit)
    watchdog.start()
    loop.exec()
    watchdog.stop()
    runner.wait()
    return {"first": marks.get("first", -1), "all": marks.get("all", -1), "stall": stall["worst"]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/secdesk-bench/incidents.sqlite3")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from secdesk.gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    services = Services(
        Database(make_engine(sqlite_url(Path(args.db)))), FixedClock(NOW), fast_hasher()
    )
    actor = services.accounts.login("admin", PASSWORD).actor()
    source = services.incidents.list_source()
    queries = {
        "every record, newest first": ListQuery(sort="ref", descending=True),
        "search 紛失, by discovery": ListQuery("紛失", sort="discovered", descending=True),
    }
    results: dict[str, dict[str, float]] = {"before": {}, "now": {}}
    for mode in ("before", "now", "before", "now"):  # interleaved: the load drifts
        runner = TaskRunner()
        context = before_issue_17(runner) if mode == "before" else _nothing()
        with context:
            for label, query in queries.items():
                seconds, count = all_ids(source, actor, query, args.runs)
                results[mode].setdefault(label, []).append(seconds)
                results[mode][f"{label} count"] = count
            for key, value in typing(services, actor, runner).items():
                results[mode].setdefault(f"typing {key}", []).append(value)
    for label in queries:
        old, new = min(results["before"][label]), min(results["now"][label])
        print(
            f"all ids, {label} ({results['now'][f'{label} count']:,}): before {old * 1000:.0f} ms,"
            f" now {new * 1000:.0f} ms, ×{old / new:.1f}"
        )
    for key, what in (("first", "first page of the last query after its key"),
                      ("all", "every id of the last query after its key"),
                      ("stall", "longest GUI-thread stall while typing")):  # fmt: skip
        old = max(results["before"][f"typing {key}"])
        new = max(results["now"][f"typing {key}"])
        print(f"{what}: before {old:.0f} ms, now {new:.0f} ms (worst of 2 each)")
    print(f"load at the end {os.getloadavg()[0]:.1f}")
    del app
    return 0


@contextmanager
def _nothing():
    yield


if __name__ == "__main__":
    raise SystemExit(main())
