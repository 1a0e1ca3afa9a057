"""Ten years of a city's audits at scale: 50,000 findings, 100,000 corrective actions.

    python benchmarks/audits_generate.py /tmp/audits-bench.sqlite3 [--years 10] [--findings 50000]

Each fiscal year has a checklist of 60 items, an external audit, three internal audits and a
self-inspection of every department; findings are written in the words municipal auditors use;
old years are almost all closed, this year's are mostly open, some late, some due soon; about
one finding in ten recurs from the year before. The derived columns (status, next due date,
search key) come from the same domain rules the services apply. Rows go in with bulk inserts:
this is test data, not a person's work, so it leaves no audit trail.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, date, datetime, timedelta

from audits_vocabulary import ADVICE, GIVEN, NOTES, PLANS, PROBLEMS, RISKS, SUBJECTS, SURNAMES
from sqlalchemy import insert, select, text

from secdesk.domain.audits import (
    ActionFacts,
    ActionStatus,
    AuditKind,
    AuditStatus,
    action_closed,
    finding_status,
    next_due,
)
from secdesk.domain.text import search_key
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from secdesk.store.migrate import prepare
from secdesk.store.models import (
    ActionNote,
    Audit,
    AuditRating,
    AuditScope,
    Checklist,
    ChecklistItem,
    CorrectiveAction,
    Department,
    Finding,
    RefCounter,
)

TODAY = date(2026, 11, 25)
RATINGS = (("重大", 0.05), ("指摘", 0.45), ("観察", 0.40), ("良好事例", 0.10))


def _departments(session, rng: random.Random) -> list[int]:
    now = datetime.now(UTC)
    rows = []
    for bu in range(1, 13):
        rows.append((f"{bu:02d}00", f"第{bu}部", None, bu * 100))
        for ka in range(1, 11):
            rows.append((f"{bu:02d}{ka:02d}", f"第{bu}部 第{ka}課", f"{bu:02d}00", bu * 100 + ka))
    ids = {}
    for code, name, parent, order in rows:
        dept = Department(
            code=code,
            name=name,
            name_key=search_key(name),
            parent_id=ids.get(parent),
            owns_systems=rng.random() < 0.3,
            active=True,
            sort_order=order,
            version=1,
            created_at=now,
            updated_at=now,
        )
        session.add(dept)
        session.flush()
        ids[code] = dept.id
    return [ids[c] for c, _, parent, _ in rows if parent is not None]


def _action_state(year: int, rng: random.Random) -> tuple[str, date, bool, bool]:
    """(status, due date, verified, risk accepted) for an action of a fiscal year."""
    age = TODAY.year - year
    if age >= 1:
        due = date(year + 1, rng.randint(1, 12), rng.randint(1, 28))
        roll = rng.random()
        if roll < 0.90:
            return ActionStatus.DONE, due, True, False
        if roll < 0.95:
            return ActionStatus.RISK_ACCEPTED, due, False, True
        if roll < 0.97:
            return ActionStatus.DONE, due, False, False
        return rng.choice((ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)), due, False, False
    due = TODAY + timedelta(days=rng.randint(-120, 150))
    roll = rng.random()
    if roll < 0.25:
        return ActionStatus.DONE, due, True, False
    if roll < 0.30:
        return ActionStatus.RISK_ACCEPTED, due, False, True
    if roll < 0.45:
        return ActionStatus.DONE, due, False, False
    return rng.choice((ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)), due, False, False


def generate(
    db: Database,
    years: int,
    findings_total: int,
    seed: int = 2026,
    departments: list[int] | None = None,
) -> dict[str, int]:
    """`departments`: the 課 to audit when the register already has its own (the reports
    benchmark puts audits on the training benchmark's city); else 12 部 and 120 課 are made."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    first_year = TODAY.year - years + 1
    per_year = findings_total // years
    counts = {"findings": 0, "actions": 0, "notes": 0, "audits": 0}
    with db.write() as session:
        if departments is None:
            departments = _departments(session, rng)
        ratings = {r.name: r.id for r in session.scalars(select(AuditRating))}
        previous: dict[tuple[int, int], int] = {}  # (department, item index) → last year's finding
        finding_id = action_id = 0
        for year in range(first_year, TODAY.year + 1):
            checklist = Checklist(
                fiscal_year=year,
                title="情報セキュリティ監査チェックリスト",
                revision=1,
                source="bench.csv",
                item_count=60,
                imported_by="bench",
                withdrawn=False,
                withdrawn_reason="",
                created_at=now,
                updated_at=now,
            )
            session.add(checklist)
            session.flush()
            session.execute(
                insert(ChecklistItem),
                [
                    {
                        "checklist_id": checklist.id,
                        "sort_order": i,
                        "code": f"{i // 10 + 1}-{i % 10 + 1:02d}",
                        "category_major": f"分類{i // 10 + 1}",
                        "category_minor": "",
                        "text": f"{SUBJECTS[i % len(SUBJECTS)]}は適切に行われているか。",
                        "required": i % 3 == 0,
                        "reference": "",
                        "applies_to": "all",
                        "evidence_examples": "",
                        "procedure_examples": "",
                        "policy_ref": "",
                        "jis_ref": "",
                        "notes": "",
                    }
                    for i in range(60)
                ],
            )
            items = list(
                session.scalars(
                    select(ChecklistItem.id)
                    .where(ChecklistItem.checklist_id == checklist.id)
                    .order_by(ChecklistItem.sort_order)
                )
            )
            audit_ids = []
            kinds = [
                AuditKind.EXTERNAL,
                AuditKind.INTERNAL,
                AuditKind.INTERNAL,
                AuditKind.INTERNAL,
                AuditKind.SELF_CHECK,
            ]
            for n, kind in enumerate(kinds, start=1):
                audit = Audit(
                    number=f"{year}-AUD-{n:04d}",
                    kind=kind,
                    fiscal_year=year,
                    title=f"{year}年度 {'外部監査' if kind == 'external' else '内部監査' if kind == 'internal' else '自己点検'}（{n}）",
                    auditor_org="監査法人" if kind == "external" else "監査委員事務局",
                    auditor_person="",
                    status=AuditStatus.COMPLETED if year < TODAY.year else AuditStatus.REPORTED,
                    checklist_id=checklist.id,
                    jlis_reported_on=date(year, 12, 1)
                    if kind == "external" and year < TODAY.year
                    else None,
                    notes="",
                    withdrawn=False,
                    withdrawn_reason="",
                    created_by="bench",
                    version=1,
                    created_at=now,
                    updated_at=now,
                )
                session.add(audit)
                session.flush()
                audit_ids.append(audit.id)
                scope = departments if kind == "self_check" else rng.sample(departments, 30)
                session.execute(
                    insert(AuditScope), [{"audit_id": audit.id, "department_id": d} for d in scope]
                )
            counts["audits"] += len(audit_ids)
            finding_rows, action_rows, note_rows = [], [], []
            this_year: dict[tuple[int, int], int] = {}
            for n in range(1, per_year + 1):
                finding_id += 1
                dept = rng.choice(departments)
                item = rng.randrange(60)
                rating = rng.choices([r for r, _ in RATINGS], [w for _, w in RATINGS])[0]
                subject = SUBJECTS[item % len(SUBJECTS)]
                title = subject + rng.choice(PROBLEMS)
                recurrence = previous.get((dept, item)) if rng.random() < 0.5 else None
                description = f"第{dept}所属で確認したところ、{title}。" + (
                    "前年度も同じ指摘があった。" if recurrence else ""
                )
                facts, dues = [], []
                for _ in range(0 if rating == "良好事例" else rng.choice((1, 2, 2, 2, 3, 3, 3))):
                    action_id += 1
                    status, due, verified, accepted = _action_state(year, rng)
                    plan = rng.choice(PLANS)
                    fact = ActionFacts(
                        status,
                        verified,
                        "費用対効果" if accepted else "",
                        "CISO" if accepted else "",
                    )
                    facts.append(fact)
                    dues.append((status, due, False))
                    last_note = due - timedelta(days=rng.randint(0, 60))
                    action_rows.append(
                        {
                            "id": action_id,
                            "finding_id": finding_id,
                            "fiscal_year": year,
                            "plan": plan,
                            "owner_department_id": dept,
                            "owner_staff_id": None,
                            "owner_name": f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}",
                            "due_date": due,
                            "status": status,
                            "completed_on": due - timedelta(days=10) if status == "done" else None,
                            "risk_reason": fact.risk_reason,
                            "risk_approver": fact.risk_approver,
                            "risk_accepted_on": due if accepted else None,
                            "verified_at": now if verified else None,
                            "verified_by": "kansa" if verified else "",
                            "verification_note": "",
                            "closed": action_closed(fact),
                            "last_note_on": min(last_note, TODAY),
                            "search_key": search_key(f"{year}-FND-{n:04d} {title} {plan}"),
                            "withdrawn": False,
                            "withdrawn_reason": "",
                            "created_by": "bench",
                            "version": 1,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                    note_rows.append(
                        {
                            "action_id": action_id,
                            "noted_on": min(last_note, TODAY),
                            "text": rng.choice(NOTES),
                            "author": "csirt",
                            "created_at": now,
                        }
                    )
                status = finding_status(rating != "良好事例", facts)
                number = f"{year}-FND-{n:04d}"
                risk, advice = rng.choice(RISKS), rng.choice(ADVICE)
                finding_rows.append(
                    {
                        "id": finding_id,
                        "number": number,
                        "fiscal_year": year,
                        "audit_id": rng.choice(audit_ids),
                        "item_id": items[item],
                        "department_id": dept,
                        "rating_id": ratings[rating],
                        "title": title,
                        "description": description,
                        "risk": risk,
                        "recommendation": advice,
                        "recurrence_of_id": recurrence,
                        "status": status,
                        "next_due": next_due(dues),
                        "action_count": len(facts),
                        "closed_on": TODAY if status == "closed" else None,
                        "search_key": search_key(
                            " ".join((number, title, description, risk, advice))
                        ),
                        "withdrawn_reason": "",
                        "created_by": "bench",
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                this_year[(dept, item)] = finding_id
            for rows, table in (
                (finding_rows, Finding),
                (action_rows, CorrectiveAction),
                (note_rows, ActionNote),
            ):
                for start in range(0, len(rows), 5000):
                    session.execute(insert(table), rows[start : start + 5000])
            counts["findings"] += len(finding_rows)
            counts["actions"] += len(action_rows)
            counts["notes"] += len(note_rows)
            previous = this_year
            session.add(RefCounter(fiscal_year=year, kind="FND", last_value=per_year))
            session.add(RefCounter(fiscal_year=year, kind="AUD", last_value=len(audit_ids)))
        if session.get_bind().dialect.name == "postgresql":
            # Ids were given explicitly: move the sequences past them for later inserts.
            for table in ("audit_finding", "audit_action"):
                session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT MAX(id) FROM {table}))"
                    )
                )
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "database", help="a SQLite file to create, or a PostgreSQL URL (empty schema)"
    )
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--findings", type=int, default=50_000)
    args = parser.parse_args()
    url = args.database if "://" in args.database else sqlite_url(args.database)
    engine = make_engine(url)
    prepare(engine)
    started = time.perf_counter()
    counts = generate(Database(engine), args.years, args.findings)
    print(f"{counts} in {time.perf_counter() - started:.1f} s")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
