"""Audit data for the 監査 screen tests, and helpers to read their lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from secdesk.domain.audits import AuditKind, AuditStatus
from secdesk.gui.audits.section import AuditsSection
from secdesk.io.tabular import read_table
from secdesk.paths import samples_dir
from secdesk.services.audits.corrective_actions import ActionInput
from secdesk.services.audits.findings import FindingInput
from secdesk.services.audits.service import AuditInput


@pytest.fixture
def audit_data(gui_services, gui_admin, roster):
    actor, register = gui_admin.actor(), gui_services.audits
    checklist = register.checklists.apply(
        actor, read_table(samples_dir() / "sample_audit_checklist.csv"), 2026, "監査項目"
    )
    self_check = register.audits.create(
        actor,
        AuditInput(
            AuditKind.SELF_CHECK,
            2026,
            "令和8年度 自己点検",
            status=AuditStatus.IN_PROGRESS,
            checklist_id=checklist.id,
            department_ids=(roster["ka"].id, roster["it"].id),
        ),
    )
    internal = register.audits.create(
        actor, AuditInput(AuditKind.INTERNAL, 2026, "令和8年度 内部監査", checklist_id=checklist.id)
    )
    ratings = {r.name: r.id for r in register.ratings.list(actor)}
    late = register.findings.create(
        actor,
        FindingInput(internal.id, "サーバ室の入退室記録がない", ratings["重大"], roster["it"].id),
    )
    register.actions.create(
        actor,
        late.id,
        ActionInput("入退室記録簿を備える", roster["it"].id, date(2026, 11, 1), "髙橋 花子"),
    )
    soon = register.findings.create(
        actor, FindingInput(internal.id, "パスワードの付箋", ratings["指摘"], roster["ka"].id)
    )
    done = register.actions.create(
        actor,
        soon.id,
        ActionInput("付箋を撤去し周知する", roster["ka"].id, date(2026, 12, 1), "山田 太郎"),
    )
    done = register.actions.update(
        actor, done.id, done.version, replace(done.as_input(), status="done")
    )
    register.findings.create(
        actor, FindingInput(internal.id, "研修の受講率が高い", ratings["良好事例"], roster["ka"].id)
    )
    return {"self_check": self_check, "internal": internal, "late": late, "done": done}


def audits_section(window) -> AuditsSection:
    return window.show_section("audits")


def column_texts(page, column: int) -> list[str]:
    model = page.list.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]
