"""Benchmark: importing the April personnel file of a large city (issue 2: 20,000 rows < 3 s).

    python -m benchmarks.roster_import [--rows 20000]

Generates a realistic roster (Japanese names, 部 › 課 tree, employment types, e-mail addresses),
imports it into an empty SQLite register (first April), then imports the next April's file in
which 1 in 8 people moved, 1 in 40 left and 1 in 30 joined, and prints both timings.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date
from pathlib import Path

from argon2 import PasswordHasher

from secdesk.demo.names import DEPARTMENTS
from secdesk.demo.roster import roster_rows, table_of
from secdesk.io.tabular import read_table
from secdesk.io.writers import write_csv
from secdesk.services.app import Services
from secdesk.services.core.opening import open_database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(7)
    sections = [(code, name) for _, _, _, children in DEPARTMENTS for code, name, _ in children]
    rows = roster_rows(rng, args.rows, sections)
    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(str(Path(folder) / "bench.sqlite3"))
        services = Services(db, hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
        services.accounts.create_first_admin("bench", "benchmark-pass")
        actor = services.accounts.login("bench", "benchmark-pass").actor()

        first = Path(folder) / "roster-2025.csv"
        write_csv(first, table_of(rows, "x").headers, rows, encoding="cp932")
        start = time.perf_counter()
        table = read_table(first)
        result = services.roster_import.apply(actor, table, effective=date(2025, 4, 1))
        first_seconds = time.perf_counter() - start
        print(
            f"first import: {args.rows:,} rows (CP932 CSV, read + validate + write) in {first_seconds:.2f} s {result.counts}"
        )

        for row in rng.sample(rows, k=args.rows // 8):
            row[3], row[4] = rng.choice(sections)
        for row in rng.sample(rows, k=args.rows // 40):
            row[8] = "退職"
        rows += roster_rows(rng, args.rows // 30, sections, start_number=900001)
        second = Path(folder) / "roster-2026.csv"
        write_csv(second, table_of(rows, "x").headers, rows, encoding="cp932")
        start = time.perf_counter()
        table = read_table(second)
        services.roster_import.plan(actor, table, effective=date(2026, 4, 1))
        plan_seconds = time.perf_counter() - start
        start = time.perf_counter()
        result = services.roster_import.apply(actor, table, effective=date(2026, 4, 1))
        apply_seconds = time.perf_counter() - start
        print(
            f"April import: {len(rows):,} rows, difference shown in {plan_seconds:.2f} s, "
            f"applied in {apply_seconds:.2f} s {result.counts}"
        )
        ok = services.trail.verify(actor)
        print(f"audit trail: {ok.entries:,} entries, chain ok={ok.ok}")
        db.dispose()


if __name__ == "__main__":
    main()
