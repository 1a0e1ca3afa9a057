"""Screenshots of the audit register (called from tools/screenshots.py)."""

from __future__ import annotations

from pathlib import Path


def _select(page, text: str) -> int | None:
    model = page.list.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if text in str(model.data(model.index(row, column))):
                page.list.table.selectRow(row)
                return model.id_at(row)
    return None


def audit_shots(window, grab, home: Path) -> None:
    from secdesk.gui.audits import widgets as audit_widgets

    section = window.show_section("audits")
    section.tabs.setCurrentWidget(section.audits)
    _select(section.audits, "自己点検")
    grab(window, "50_audits_self_check_progress")
    external = _select(section.audits, "外部監査")
    grab(window, "51_audits_external_progress")
    section.audits.edit(external)
    grab(section.audits.dialog, "52_audit_dialog")
    section.audits.dialog.reject()
    section.audits.copy(_select(section.audits, "自己点検"))
    grab(section.audits.dialog, "53_audit_copy_dialog")
    section.audits.dialog.reject()

    section.show_filtered(tab="self_check")
    grab(window, "54_self_check_rates")
    section.self_check.table.selectRow(0)
    section.self_check.enter_answers()
    grab(section.self_check.dialog, "55_self_check_answers")
    section.self_check.dialog.reject()
    bad = home / "answers_210.csv"
    bad.write_text(
        "項目番号,回答,コメント\nS1-01,はい,\nS1-02,たぶん,\nZZ-9,いいえ,\n", encoding="utf-8-sig"
    )
    section.self_check.import_answers()
    dialog = section.self_check.dialog
    dialog.path.setText(str(bad))
    dialog.department.setCurrentIndex(3)
    dialog.check_file()
    grab(dialog, "56_answer_import_errors")
    dialog.reject()

    section.show_filtered(tab="findings", status="open_all")
    grab(window, "57_findings_open")
    finding = _select(section.findings, "2026-FND-0001")
    section.findings.open(finding)
    grab(section.findings.dialog, "58_finding_dialog_recurring")
    section.findings.dialog.reject()
    finding = _select(section.findings, "サーバ室")
    section.findings.open(finding)
    grab(section.findings.dialog, "59_finding_dialog_actions")
    section.findings.dialog.reject()

    section.show_filtered(tab="actions", due="overdue")
    grab(window, "60_actions_overdue")
    section.show_filtered(tab="actions", status="pending")
    grab(window, "61_actions_pending")
    section.actions.status.setCurrentIndex(section.actions.status.findData("awaiting"))
    action = section.actions.list.model.id_at(0)
    section.actions.list.table.selectRow(0)
    section.actions.open(action)
    dialog = section.actions.dialog
    grab(dialog, "62_action_dialog_awaiting")
    dialog.verify()
    grab(dialog.step_dialog, "63_verify_dialog")
    dialog.step_dialog.reject()
    dialog.accept_risk()
    grab(dialog.step_dialog, "64_risk_dialog")
    dialog.step_dialog.reject()
    dialog.add_note()
    grab(dialog.step_dialog, "65_note_dialog")
    dialog.step_dialog.reject()
    dialog.plan.setPlainText("")
    dialog.save()
    grab(dialog, "66_action_dialog_errors")
    dialog.dirty = False
    dialog.reject()

    section.show_filtered(tab="checklists")
    grab(window, "67_checklists")
    section.checklists.import_checklist()
    checklist = section.checklists.dialog
    broken = home / "checklist.csv"
    broken.write_text("No.,監査項目,必須\n1,体制はあるか,○\n1,重複,\n2,,要\n", encoding="utf-8-sig")
    checklist.path.setText(str(broken))
    checklist.check_file()
    grab(checklist, "68_checklist_import_errors")
    checklist.reject()
    section.checklists.edit_ratings()
    grab(section.checklists.dialog, "69_ratings_dialog")
    section.checklists.dialog.reject()
    audit_widgets.ask_reason = lambda *_a: None
    window.show_section("dashboard")
    grab(window, "70_dashboard_with_audits")
