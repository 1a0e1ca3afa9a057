from datetime import date

import pytest
from openpyxl import load_workbook

from secdesk.domain.errors import EditConflict, PermissionDenied, SecdeskError, ValidationError
from secdesk.io.answer_sheets import read_answer_sheets
from secdesk.io.tabular import read_csv_bytes
from secdesk.services.audits.self_checks import AnswerChange


def _rates(register, admin, audit):
    return {r.code: r for r in register.self_checks.rates(admin, audit.id)}


def test_departments_answer_only_the_items_that_apply_to_them(register, admin, org, self_check):
    rates = _rates(register, admin, self_check)
    # 24 sample items, 8 of them for departments that own systems (情報政策課 only)
    assert (rates["110"].expected, rates["120"].expected, rates["210"].expected) == (16, 24, 16)
    assert all(r.answered == 0 and r.rate == 0.0 for r in rates.values())
    items = register.self_checks.answers(admin, self_check.id, org["ka"].id)
    assert len(items) == 16 and all(i.item.applies_to == "all" for i in items)


def test_entering_answers_moves_the_rate_and_records_who(
    register, admin, org, self_check, services
):
    rows = register.self_checks.answers(admin, self_check.id, org["ka"].id)
    changes = [AnswerChange(r.item.id, "yes") for r in rows[:10]]
    changes.append(AnswerChange(rows[10].item.id, "no", "管理簿が未整備"))
    assert register.self_checks.save_answers(admin, self_check.id, org["ka"].id, changes) == 11
    rate = _rates(register, admin, self_check)["110"]
    assert (rate.answered, rate.yes, rate.no) == (11, 10, 1)
    assert rate.rate == pytest.approx(11 / 16)
    saved = register.self_checks.answers(admin, self_check.id, org["ka"].id)[10]
    assert (saved.answer, saved.comment, saved.answered_by) == ("no", "管理簿が未整備", "admin")
    assert services.trail.recent(admin, 1)[0].action == "answer"
    summary = register.self_checks.summary(admin, 2026)
    assert (summary.answered, summary.expected, summary.incomplete_departments) == (11, 56, 3)


def test_answer_saved_from_a_stale_screen_is_refused(register, admin, org, self_check):
    rows = register.self_checks.answers(admin, self_check.id, org["ka"].id)
    item = rows[0].item.id
    register.self_checks.save_answers(
        admin, self_check.id, org["ka"].id, [AnswerChange(item, "yes")]
    )
    with pytest.raises(EditConflict):
        register.self_checks.save_answers(
            admin, self_check.id, org["ka"].id, [AnswerChange(item, "no", expected_version=None)]
        )


def test_reported_self_inspection_is_frozen(register, admin, org, self_check):
    from dataclasses import replace

    register.audits.update(
        admin, self_check.id, self_check.version, replace(self_check.as_input(), status="reported")
    )
    item = register.self_checks.answers(admin, self_check.id, org["ka"].id)[0].item.id
    with pytest.raises(SecdeskError, match="報告済"):
        register.self_checks.save_answers(
            admin, self_check.id, org["ka"].id, [AnswerChange(item, "yes")]
        )


def test_sheets_go_out_per_department_and_come_back_in(
    register, admin, org, self_check, tmp_path, services
):
    path = tmp_path / "自己点検.xlsx"
    register.self_checks.export_sheets(admin, self_check.id, path, label="取扱注意")
    book = load_workbook(path)
    assert book.sheetnames == ["記入方法", "110 総務課", "120 情報政策課", "210 市民課"]
    sheet = book["110 総務課"]
    assert [c.value for c in sheet[1]] == [
        "所属コード",
        "項目番号",
        "分類",
        "監査項目",
        "回答",
        "コメント",
    ]
    assert sheet.max_row == 17
    for row in range(2, 18):
        sheet.cell(row, 5).value = "はい"
    sheet.cell(3, 5).value = "いいえ"
    sheet.cell(3, 6).value = "持ち出し簿なし"
    book["120 情報政策課"].cell(2, 5).value = "該当なし"
    book.save(path)
    sheets = read_answer_sheets(path)
    plan = register.self_checks.plan_import(admin, self_check.id, sheets)
    assert plan.ok and plan.changed == 17 and plan.departments == {"110": 16, "120": 1}
    assert any("記入方法" in note for note in plan.notes)
    result = register.self_checks.apply_import(admin, self_check.id, sheets)
    assert (result.changed, result.departments) == (17, 2)
    rates = _rates(register, admin, self_check)
    assert (rates["110"].complete, rates["110"].no, rates["120"].not_applicable) == (True, 1, 1)
    assert rates["210"].answered == 0  # 市民課 has not replied
    entry = services.trail.recent(admin, 1)[0]
    assert (entry.action, entry.entity) == ("import", "audit_answer")


def test_one_csv_per_department_with_every_bad_row_reported(register, admin, org, self_check):
    body = (
        "項目番号,回答,コメント\r\n"
        "S1-01,はい,\r\n"
        "S1-02,たぶん,\r\n"
        "S3-02,はい,\r\n"  # a systems item: not 市民課's
        "ZZ-99,いいえ,\r\n"
        "S1-01,いいえ,\r\n"
        "S2-01,,コメントだけ\r\n"
        "S2-02,,\r\n"
    )
    sheets = [("", read_csv_bytes(body.encode("cp932"), source="210.csv"))]
    plan = register.self_checks.plan_import(admin, self_check.id, sheets, department_code="210")
    lines = sorted(p.line for p in plan.errors)
    assert lines == [3, 4, 5, 6, 7]
    assert plan.blank == 1 and len(plan.rows) == 1
    with pytest.raises(ValidationError):
        register.self_checks.apply_import(admin, self_check.id, sheets, department_code="210")
    assert _rates(register, admin, self_check)["210"].answered == 0
    register.self_checks.apply_import(
        admin, self_check.id, sheets, department_code="210", only_good_rows=True
    )
    assert _rates(register, admin, self_check)["210"].answered == 1
    no_department = register.self_checks.plan_import(admin, self_check.id, sheets)
    assert any("所属が分かりません" in str(p) for p in no_department.errors)


def test_every_no_proposes_a_finding_once_and_links_last_years(
    register, admin, org, self_check, checklist, make_finding
):
    from secdesk.domain.audits import AuditKind
    from secdesk.services.audits.service import AuditInput

    last_year = register.audits.create(
        admin, AuditInput(AuditKind.INTERNAL, 2025, "令和7年度 内部監査", checklist_id=checklist.id)
    )
    items = register.self_checks.answers(admin, self_check.id, org["ka"].id)
    earlier = make_finding(last_year, title="持ち出し記録", item_id=items[5].item.id)
    register.self_checks.save_answers(
        admin,
        self_check.id,
        org["ka"].id,
        [
            AnswerChange(items[5].item.id, "no", "持ち出し簿がない"),
            AnswerChange(items[6].item.id, "no"),
            AnswerChange(items[7].item.id, "yes"),
        ],
    )
    proposals = register.self_checks.proposals(admin, self_check.id)
    assert [p.item_code for p in proposals] == [items[5].item.code, items[6].item.code]
    numbers = register.self_checks.create_findings(admin, self_check.id)
    assert len(numbers) == 2 and register.self_checks.proposals(admin, self_check.id) == []
    assert register.self_checks.create_findings(admin, self_check.id) == []
    source = register.findings.list_source()
    from secdesk.services.core.listing import ListQuery

    ids = source.ids(admin, ListQuery().with_filters(audit_id=self_check.id))
    findings = [register.findings.get(admin, i) for i in ids]
    linked = next(f for f in findings if f.item_id == items[5].item.id)
    assert linked.recurrence_of_id == earlier.id and linked.rating == "指摘"
    assert "持ち出し簿がない" in linked.description and linked.department_id == org["ka"].id


@pytest.mark.parametrize("role", ["auditor", "viewer"])
def test_readers_cannot_answer_or_import(register, make_user, role, org, self_check):
    actor = make_user(f"s_{role}", role)
    item = register.self_checks.answers(actor, self_check.id, org["ka"].id)[0].item.id
    with pytest.raises(PermissionDenied):
        register.self_checks.save_answers(
            actor, self_check.id, org["ka"].id, [AnswerChange(item, "yes")]
        )
    sheets = [("", read_csv_bytes("項目番号,回答\r\nS1-01,はい\r\n".encode()))]
    with pytest.raises(PermissionDenied):
        register.self_checks.apply_import(actor, self_check.id, sheets, "110")
    with pytest.raises(PermissionDenied):
        register.self_checks.create_findings(actor, self_check.id)


def test_progress_of_an_audit(register, admin, org, self_check, make_finding, make_action):
    rows = register.self_checks.answers(admin, self_check.id, org["ka"].id)
    register.self_checks.save_answers(
        admin, self_check.id, org["ka"].id, [AnswerChange(r.item.id, "yes") for r in rows[:8]]
    )
    finding = make_finding(self_check, rating="重大")
    make_action(finding, due=date(2026, 11, 1))
    make_finding(self_check, rating="良好事例", title="研修の工夫")
    progress = register.overview.progress(admin, self_check.id)
    assert (progress.items_answered, progress.items_expected) == (8, 56)
    assert progress.by_rating_status[("重大", "in_progress")] == 1
    assert progress.by_rating_status[("良好事例", "no_action")] == 1
    assert (progress.findings, progress.open_findings) == (2, 1)
    assert progress.actions["overdue"] == 1 and progress.actions["total"] == 1
