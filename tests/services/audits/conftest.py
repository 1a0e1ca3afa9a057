"""An organisation with departments, the sample checklist, and helpers for the audit tests."""

from __future__ import annotations

from datetime import date

import pytest

from secdesk.domain.audits import AuditKind, AuditStatus
from secdesk.io.tabular import read_table
from secdesk.paths import samples_dir
from secdesk.services.audits.corrective_actions import ActionInput
from secdesk.services.audits.findings import FindingInput
from secdesk.services.audits.service import AuditInput
from secdesk.services.roster.departments import DepartmentInput

SAMPLE = samples_dir() / "sample_audit_checklist.csv"


@pytest.fixture
def org(services, admin):
    dept = services.departments
    bu = dept.create(admin, DepartmentInput("100", "総務部", sort_order=100))
    ka = dept.create(admin, DepartmentInput("110", "総務課", parent_id=bu.id, sort_order=110))
    it = dept.create(
        admin,
        DepartmentInput("120", "情報政策課", parent_id=bu.id, owns_systems=True, sort_order=120),
    )
    shimin = dept.create(admin, DepartmentInput("210", "市民課", sort_order=210))
    return {"bu": bu, "ka": ka, "it": it, "shimin": shimin}


@pytest.fixture
def register(services):
    return services.audits


@pytest.fixture
def checklist(register, admin):
    return register.checklists.apply(
        admin, read_table(SAMPLE), 2026, "情報セキュリティ監査チェックリスト"
    )


@pytest.fixture
def ratings(register, admin):
    return {r.name: r for r in register.ratings.list(admin)}


@pytest.fixture
def self_check(register, admin, org, checklist):
    return register.audits.create(
        admin,
        AuditInput(
            AuditKind.SELF_CHECK,
            2026,
            "令和8年度 情報セキュリティ自己点検",
            status=AuditStatus.IN_PROGRESS,
            checklist_id=checklist.id,
            department_ids=(org["ka"].id, org["it"].id, org["shimin"].id),
        ),
    )


@pytest.fixture
def internal_audit(register, admin, org, checklist):
    return register.audits.create(
        admin,
        AuditInput(
            AuditKind.INTERNAL,
            2026,
            "令和8年度 内部監査",
            auditor_org="監査委員事務局",
            auditor_person="監査 一郎",
            period_start=date(2026, 9, 1),
            period_end=date(2026, 9, 30),
            status=AuditStatus.REPORTED,
            checklist_id=checklist.id,
            department_ids=(org["ka"].id, org["it"].id),
        ),
    )


@pytest.fixture
def make_finding(register, admin, ratings, org):
    def make(audit, title="USBメモリの持ち出し記録がない", rating="指摘", department="ka", **extra):
        return register.findings.create(
            admin,
            FindingInput(
                audit.id,
                title,
                ratings[rating].id,
                department_id=org[department].id if department else None,
                **extra,
            ),
        )

    return make


@pytest.fixture
def make_action(register, admin, org):
    def make(finding, due=date(2026, 12, 25), plan="持ち出し管理簿を整備する", **extra):
        return register.actions.create(
            admin,
            finding.id,
            ActionInput(plan, org["ka"].id, due, owner_name="山田 太郎", **extra),
        )

    return make
