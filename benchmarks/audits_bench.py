"""Speed of the audit register on ten years of data (50,000 findings, 100,000 actions).

    python benchmarks/audits_generate.py /tmp/audits-bench.sqlite3
    python benchmarks/audits_bench.py /tmp/audits-bench.sqlite3 [--compare-indexes]

"First screen" is what a person waits for when a list opens or a filter changes: the count,
the first page of ids and the rows shown (ListPage asks for exactly these; the remaining ids
follow in the background, timed separately). Targets: the findings list with any filter under
150 ms, the overdue list under 100 ms, the follow-up PDF of a fiscal year under 5 s. Each
figure is the median of several runs on a warm database.

--compare-indexes repeats the list timings on a copy without the audit register's indexes,
in the same run, and prints the ratios.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, text

from secdesk.services.app import Services
from secdesk.services.core.context import FixedClock
from secdesk.services.core.listing import ListQuery
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from secdesk.store.models import Audit, AuditRating, Department

NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
RUNS = 7
TARGET_FINDINGS_MS, TARGET_OVERDUE_MS, TARGET_PDF_S = 150, 100, 5
INDEXES = (
    "ix_audit_finding_year",
    "ix_audit_finding_audit",
    "ix_audit_finding_department",
    "ix_audit_finding_rating",
    "ix_audit_finding_status",
    "ix_audit_finding_next_due",
    "ix_audit_finding_recurrence",
    "ix_audit_action_status_due",
    "ix_audit_action_owner",
    "ix_audit_action_year",
)


def timed(fn, runs: int = RUNS) -> float:
    """Median wall time of fn() in milliseconds (after one warm-up run)."""
    fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def first_screen(source, actor, query: ListQuery):
    def run():
        source.count(actor, query)
        ids = source.ids(actor, query, limit=200)
        source.rows(actor, list(ids[:50]))

    return run


def all_ids(source, actor, query: ListQuery):
    return lambda: source.ids(actor, query)


def open_services(path: str) -> tuple[Services, object]:
    url = path if "://" in path else sqlite_url(path)
    services = Services(Database(make_engine(url)), FixedClock(NOW))
    if services.accounts.needs_first_admin():
        services.accounts.create_first_admin("bench", "bench-password-2026")
    return services, services.accounts.login("bench", "bench-password-2026").actor()


def finding_queries(services) -> list[tuple[str, ListQuery]]:
    with services.db.read() as session:
        audit = session.scalar(select(Audit.id).where(Audit.fiscal_year == 2026).limit(1))
        serious = session.scalar(select(AuditRating.id).where(AuditRating.name == "重大"))
        section = session.scalar(select(Department.id).where(Department.code == "0305"))
        bu = session.scalar(select(Department.id).where(Department.code == "0300"))
        bu_all = tuple(session.scalars(select(Department.id).where(Department.code.like("03%"))))
    return [
        ("no filter", ListQuery()),
        ("fiscal year 2026", ListQuery().with_filters(fiscal_year=2026)),
        ("one audit", ListQuery().with_filters(audit_id=audit)),
        ("one department (課)", ListQuery().with_filters(departments=(section,))),
        ("a 部 and its 課 (11)", ListQuery().with_filters(departments=bu_all)),
        ("rating 重大", ListQuery().with_filters(rating_id=serious)),
        ("status 未完了", ListQuery().with_filters(status="open_all")),
        ("status 完了", ListQuery().with_filters(status="closed")),
        ("overdue", ListQuery().with_filters(due="overdue")),
        ("due soon", ListQuery().with_filters(due="due_soon")),
        ("recurring", ListQuery().with_filters(recurring=True)),
        ("text 持ち出し", ListQuery("持ち出し")),
        ("text 2026-FND-04", ListQuery("2026-FND-04")),
        (
            "year + 部 + 未完了",
            ListQuery().with_filters(fiscal_year=2026, departments=bu_all, status="open_all"),
        ),
        (
            "year + text + overdue",
            ListQuery("パスワード").with_filters(fiscal_year=2026, due="overdue"),
        ),
        ("sorted by department", ListQuery(sort="department")),
        ("sorted by rating, 2026", ListQuery(sort="rating").with_filters(fiscal_year=2026)),
        ("sorted by next due", ListQuery(sort="next_due", descending=True)),
        ("unused department 0100", ListQuery().with_filters(departments=(bu,))),
    ]


def measure_lists(services, actor) -> dict[str, float]:
    findings = services.audits.findings.list_source()
    actions = services.audits.actions.list_source()
    results = {}
    for label, query in finding_queries(services):
        results[f"findings: {label}"] = timed(first_screen(findings, actor, query))
    overdue = ListQuery().with_filters(due="overdue")
    results["overdue actions"] = timed(first_screen(actions, actor, overdue))
    results["overdue actions, 2026"] = timed(
        first_screen(actions, actor, overdue.with_filters(fiscal_year=2026))
    )
    results["follow-up list (pending, 2026)"] = timed(
        first_screen(actions, actor, ListQuery().with_filters(status="pending", fiscal_year=2026))
    )
    results["all ids, findings (background)"] = timed(all_ids(findings, actor, ListQuery()), 3)
    results["all ids, overdue actions"] = timed(all_ids(actions, actor, overdue), 3)
    return results


def measure_outputs(services, actor, out: Path) -> dict[str, float]:
    reports, exports = services.audits.reports, services.audits.exports
    with services.db.read() as session:
        audit = session.scalar(select(Audit.id).where(Audit.fiscal_year == 2026).limit(1))
    return {
        "follow-up PDF, FY 2026": timed(
            lambda: reports.follow_up_report(actor, 2026, out / "followup.pdf"), 3
        ),
        "follow-up PDF, FY 2020": timed(
            lambda: reports.follow_up_report(actor, 2020, out / "followup-2020.pdf"), 3
        ),
        "audit result PDF (≈1,000 findings)": timed(
            lambda: reports.audit_report(actor, audit, out / "audit.pdf"), 3
        ),
        "findings export xlsx, FY 2026": timed(
            lambda: exports.export_findings(
                actor, out / "findings.xlsx", ListQuery().with_filters(fiscal_year=2026)
            ),
            3,
        ),
    }


def without_indexes(path: str, workdir: Path) -> str:
    copy = workdir / "no-indexes.sqlite3"
    shutil.copyfile(path, copy)
    engine = make_engine(sqlite_url(copy))
    with engine.begin() as conn:
        for name in INDEXES:
            conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
        conn.execute(text("ANALYZE"))
    engine.dispose()
    return str(copy)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("database", help="the file (or PostgreSQL URL) audits_generate.py filled")
    parser.add_argument("--compare-indexes", action="store_true")
    args = parser.parse_args()
    services, actor = open_services(args.database)
    if services.db.dialect == "sqlite":
        with services.db.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    with tempfile.TemporaryDirectory() as temp:
        out = Path(temp)
        lists = measure_lists(services, actor)
        outputs = measure_outputs(services, actor, out)
        print(f"{'measurement':<44}{'ms':>10}")
        for label, ms in {**lists, **outputs}.items():
            print(f"{label:<44}{ms:>10.1f}")
        worst = max(v for k, v in lists.items() if k.startswith("findings:"))
        overdue = lists["overdue actions"]
        pdf = outputs["follow-up PDF, FY 2026"] / 1000
        print(
            f"\nworst findings filter {worst:.1f} ms (target {TARGET_FINDINGS_MS}), overdue list "
            f"{overdue:.1f} ms (target {TARGET_OVERDUE_MS}), follow-up PDF {pdf:.2f} s "
            f"(target {TARGET_PDF_S})"
        )
        ok = worst < TARGET_FINDINGS_MS and overdue < TARGET_OVERDUE_MS and pdf < TARGET_PDF_S
        if args.compare_indexes and services.db.dialect == "sqlite":
            bare_services, bare_actor = open_services(without_indexes(args.database, out))
            bare = measure_lists(bare_services, bare_actor)
            print(f"\n{'without the audit indexes':<44}{'ms':>10}{'ratio':>8}")
            for label, ms in bare.items():
                print(f"{label:<44}{ms:>10.1f}{ms / lists[label]:>8.1f}")
            bare_services.db.dispose()
        services.db.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
