"""Kill a secdesk client (SIGKILL) at random points, many times, and count what was lost.

    python -m benchmarks.crash_points [--runs 50]

For each operation — a 3,000-row roster import, a stream of saves of one record, an encrypted
backup, an .xlsx export — a second process is started and killed after a random delay; then the
register must pass SQLite's integrity check and the audit-chain check, and the operation must be
wholly there or wholly absent. Prints, per operation, the crash points tried, how many interrupted
the operation, and the records lost (must be 0).
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import text

from secdesk.io.writers import write_csv
from secdesk.services.app import Services
from secdesk.services.core.backup import backup_key
from secdesk.services.core.listing import ListQuery
from secdesk.services.core.opening import open_database
from secdesk.services.core.restore import check_backup
from secdesk.services.roster.staff import StaffInput
from tests.conftest import ADMIN_PASSWORD, fast_hasher
from tests.store.test_crash_safety import kill_after, start


def fresh(folder: Path):
    db, _ = open_database(str(folder / "register.sqlite3"))
    services = Services(db, hasher=fast_hasher())
    services.accounts.create_first_admin("admin", ADMIN_PASSWORD)
    return services, services.accounts.login("admin", ADMIN_PASSWORD).actor()


def reopen(services):
    services.db.dispose()
    db, _ = open_database(services.db.url.database)
    return Services(db, hasher=fast_hasher())


def broken(services, actor) -> bool:
    with services.db.read() as session:
        ok = session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    return not (ok and services.trail.verify(actor).ok)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(2026)
    results = {}
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)

        # 1. import
        services, actor = fresh(folder / "import")
        source = folder / "roster.csv"
        write_csv(
            source,
            ["職員番号", "氏名", "所属コード", "所属名"],
            [[f"{n:06d}", f"職員 {n}", "110", "総務課"] for n in range(3000)],
            encoding="cp932",
        )
        lost = interrupted = 0
        for _ in range(args.runs):
            worker = start("import", services.db.url.database, str(source))
            interrupted += kill_after(worker, "start", rng.uniform(0.0, 0.5))
            services = reopen(services)
            count = services.staff.list_source().count(
                actor, ListQuery().with_filters(include_inactive=True)
            )
            lost += broken(services, actor) or count not in (0, 3000)
            if count:  # start again from an empty register so that later kills still interrupt
                services.db.dispose()
                services, actor = fresh(folder / f"import-{rng.random()}")
        results["import (3,000 rows)"] = (args.runs, interrupted, lost)

        # 2. saves
        services, actor = fresh(folder / "saves")
        person = services.staff.create(actor, StaffInput("000001", "保存 中"))
        lost = 0
        for _ in range(args.runs):
            worker = start("saves", services.db.url.database, str(person.id))
            kill_after(worker, "saved", rng.uniform(0.02, 0.5))
            services = reopen(services)
            info = services.staff.get(actor, person.id)
            updates = [
                e
                for e in services.trail.recent(
                    actor, 100000, entity="staff", entity_id=str(person.id)
                )
                if e.action == "update"
            ]
            lost += broken(services, actor) or info.version != 1 + len(updates)
        results["saves of one record"] = (args.runs, args.runs, lost)

        # 3. encrypted backup and 4. export, on a register with some weight
        services, actor = fresh(folder / "files")
        for n in range(1000):
            services.staff.create(actor, StaffInput(f"{n:06d}", f"職員 {n}"))
        _, code = backup_key(create=True)
        database = services.db.url.database
        for name, make, check in (
            (
                "encrypted backup",
                lambda t: start("backup", database, str(t), code),
                lambda t: check_backup(t).trail_entries > 0,
            ),
            (
                ".xlsx export",
                lambda t: start("export", database, str(t)),
                lambda t: load_workbook(t, read_only=True).active.max_row == 1001,
            ),
        ):
            lost = interrupted = 0
            for run in range(args.runs):
                target = folder / f"{name}-{run}.out"
                interrupted += kill_after(make(target), "start", rng.uniform(0.0, 0.6))
                services = reopen(services)
                lost += broken(services, actor) or (target.exists() and not check(target))
            results[name] = (args.runs, interrupted, lost)
        services.db.dispose()

    print(f"{'operation':<24} {'crash points':>12} {'interrupted':>12} {'records lost':>13}")
    for name, (runs, interrupted, lost) in results.items():
        print(f"{name:<24} {runs:>12} {interrupted:>12} {lost:>13}")


if __name__ == "__main__":
    main()
