"""The 監査 section's self-inspection and checklist screens."""

from __future__ import annotations

from secdesk.paths import samples_dir
from tests.gui.audits.conftest import audits_section, column_texts


def test_self_inspection_rates_answers_and_findings_from_no(
    qtbot, audit_data, window, gui_services, gui_admin, monkeypatch
):
    section = audits_section(window)
    section.show_filtered(tab="self_check", audit_id=audit_data["self_check"].id)
    page = section.self_check
    assert [page.table.item(r, 1).text() for r in range(2)] == ["未回答", "未回答"]
    assert page.table.item(0, 0).icon() is not None
    page.table.selectRow(0)
    page.enter_answers()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    dialog.combos[0].setCurrentIndex(dialog.combos[0]._values.index("yes"))
    dialog.combos[1].setCurrentIndex(dialog.combos[1]._values.index("no"))
    dialog.table.item(1, 4).setText("管理簿がない")
    assert "回答 2 / 16" in dialog.progress.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert page.table.item(0, 1).text() == "回答中" and page.table.item(0, 3).text() == "2 / 16"
    assert page.buttons["findings"].text().endswith("（1 件）")
    monkeypatch.setattr("secdesk.gui.audits.self_check_page.ask_yes_no", lambda *a: True)
    page.create_findings()
    assert page.buttons["findings"].text().endswith("（0 件）")
    findings = section.findings
    findings.apply_filters(audit_id=audit_data["self_check"].id)
    assert [t.startswith("[S1-02]") for t in column_texts(findings, 5)] == [True]


def test_answer_import_lists_every_bad_line_and_takes_good_ones_on_request(
    qtbot, audit_data, window, roster, tmp_path
):
    section = audits_section(window)
    section.show_filtered(tab="self_check", audit_id=audit_data["self_check"].id)
    path = tmp_path / "110.csv"
    path.write_bytes(
        "項目番号,回答\r\nS1-01,はい\r\nS1-02,たぶん\r\nZZ-1,いいえ\r\n".encode("cp932")
    )
    section.self_check.import_answers()
    dialog = section.self_check.dialog
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.department.setCurrentIndex(dialog.department._values.index(roster["ka"].id))
    dialog.check_file()
    errors = dialog.errors.toPlainText()
    assert "3行目" in errors and "4行目" in errors
    assert not dialog.apply_button.isEnabled()
    dialog.only_good.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.apply_button.click()
    assert section.self_check.table.item(0, 3).text() == "1 / 16"


def test_checklist_import_adds_a_version(qtbot, audit_data, window):
    section = audits_section(window)
    section.show_filtered(tab="checklists")
    section.checklists.import_checklist()
    dialog = section.checklists.dialog
    qtbot.addWidget(dialog)
    dialog.path.setText(str(samples_dir() / "sample_audit_checklist.csv"))
    dialog.name.setText("監査項目")  # the same checklist again: its next version
    dialog.check_file()
    assert "24 項目（第2版として登録）" in dialog.summary.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.apply_button.click()
    assert section.checklists.versions.rowCount() == 2
    assert section.checklists.items.rowCount() == 24
