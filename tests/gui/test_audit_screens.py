"""The 監査 section as a person uses it: lists, filters, dialogs, self-inspection, verification."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from secdesk.domain.audits import AuditKind, AuditStatus
from secdesk.gui import audit_widgets
from secdesk.gui.forms import FormDialog
from secdesk.gui.main_window import MainWindow
from secdesk.gui.sections.audits import AuditsSection
from secdesk.io.tabular import read_table
from secdesk.paths import samples_dir
from secdesk.services.audits import AuditInput
from secdesk.services.corrective_actions import ActionInput
from secdesk.services.findings import FindingInput


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


def _audits(window) -> AuditsSection:
    return window.show_section("audits")


def _texts(page, column: int) -> list[str]:
    model = page.list.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_every_list_model_passes_the_model_tester(qtmodeltester, audit_data, window):
    section = _audits(window)
    for page in (section.audits, section.findings, section.actions):
        qtmodeltester.check(page.list.model)


def test_dashboard_tiles_open_the_lists_behind_them(qtbot, audit_data, window):
    dashboard = window.show_section("dashboard")
    tiles = {t.tile.key: t for t in dashboard.tiles}
    assert tiles["audit_open_findings"].tile.value == "2"
    qtbot.mouseClick(tiles["audit_open_findings"], Qt.MouseButton.LeftButton)
    section = window.current_page()
    assert isinstance(section, AuditsSection) and section.tabs.currentWidget() is section.findings
    assert sorted(_texts(section.findings, 5)) == ["サーバ室の入退室記録がない", "パスワードの付箋"]
    window.show_section("dashboard")
    dashboard = window.current_page()
    overdue = next(t for t in dashboard.tiles if t.tile.key == "audit_overdue_actions")
    assert "期限超過" in overdue.accessibleName()  # the word beside the colour
    qtbot.mouseClick(overdue, Qt.MouseButton.LeftButton)
    assert section.tabs.currentWidget() is section.actions
    assert _texts(section.actions, 5) == ["入退室記録簿を備える"]
    assert section.actions.list.count_label.text() == "1 件"
    rate = next(t for t in dashboard.tiles if t.tile.key == "audit_self_check_rate")
    qtbot.mouseClick(rate, Qt.MouseButton.LeftButton)
    assert section.tabs.currentWidget() is section.self_check
    assert section.self_check.table.rowCount() == 2


def test_findings_filters_and_search(qtbot, audit_data, window, gui_services, gui_admin):
    page = _audits(window).findings
    page.show()
    assert len(_texts(page, 0)) == 3
    rating = next(
        r.id for r in gui_services.audits.ratings.list(gui_admin.actor()) if r.name == "重大"
    )
    page.rating.setCurrentIndex(page.rating._values.index(rating))
    assert _texts(page, 5) == ["サーバ室の入退室記録がない"]
    page.rating.setCurrentIndex(0)
    page.due.setCurrentIndex(page.due._values.index("due_soon"))
    assert _texts(page, 5) == []  # the due-soon action is done, waiting for verification
    page.due.setCurrentIndex(0)
    page.list.search.setText("ﾊﾟｽﾜｰﾄﾞ")
    qtbot.waitUntil(lambda: page.list.count_label.text() == "1 件")
    row_state = page.list.model.data(page.list.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert row_state is None or isinstance(row_state, str)


def test_overdue_rows_carry_a_word_and_an_icon(audit_data, window):
    page = _audits(window).actions
    page.apply_filters(due="overdue")
    model = page.list.model
    assert model.data(model.index(0, 1)) == "24日超過"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert "期限超過" in model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)


def test_new_finding_shows_problems_next_to_the_fields_and_saves_with_ctrl_s(
    qtbot, audit_data, window, gui_services, gui_admin
):
    page = _audits(window).findings
    page.apply_filters(audit_id=audit_data["internal"].id)
    page.new_record()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    dialog.save()
    error = dialog.form.findChild(QLabel, "title_error")
    assert error.isVisible() and "件名" in error.text()
    dialog.title_edit.setText("USBメモリの持ち出し記録がない")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result_value.number == "2026-FND-0004"
    assert "USBメモリの持ち出し記録がない" in _texts(page, 5)


def test_escape_with_unsaved_changes_asks_first(qtbot, audit_data, window, monkeypatch):
    page = _audits(window).findings
    page.open(audit_data["late"].id)
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert not dialog.dirty  # filling the choices is no edit
    dialog.risk.setPlainText("漏えい")
    asked = []
    monkeypatch.setattr(
        FormDialog, "confirm_discard", staticmethod(lambda p: asked.append(1) or False)
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()


def test_action_from_finding_then_note_and_verification(
    qtbot, audit_data, window, gui_services, gui_admin
):
    page = _audits(window).findings
    page.open(audit_data["late"].id)
    finding_dialog = page.dialog
    qtbot.addWidget(finding_dialog)
    assert finding_dialog.actions_table.rowCount() == 1
    finding_dialog.add_action()
    action_dialog = finding_dialog.child_dialog
    action_dialog.plan.setPlainText("鍵の管理簿を作る")
    with qtbot.waitSignal(action_dialog.accepted):
        action_dialog.save()
    assert finding_dialog.actions_table.rowCount() == 2
    finding_dialog.actions_table.selectRow(1)
    finding_dialog.open_action()
    action_dialog = finding_dialog.child_dialog
    action_dialog.add_note()
    note = action_dialog.step_dialog
    note.text.setPlainText("所属長に督促した")
    with qtbot.waitSignal(note.accepted):
        note.save()
    assert (
        action_dialog.notes.rowCount() == 1
        and action_dialog.notes.item(0, 1).text() == "所属長に督促した"
    )
    assert not action_dialog.step_buttons["verify"].isVisibleTo(action_dialog)  # not done yet
    action_dialog.status.setCurrentIndex(action_dialog.status._values.index("done"))
    with qtbot.waitSignal(action_dialog.accepted):
        action_dialog.save()
    detail = gui_services.audits.actions.get(gui_admin.actor(), action_dialog.detail.action.id)
    assert detail.action.status == "done"


def _window_for(qtbot, make_ctx, gui_services, gui_admin, username, role, grant=False):
    actor = gui_admin.actor()
    user = gui_services.accounts.create_user(
        actor, username, role, f"{username}-password", must_change=False
    )
    if grant:
        gui_services.accounts.update_user(actor, user.id, user.version, may_verify_actions=True)
    info = gui_services.accounts.login(username, f"{username}-password")
    main = MainWindow(make_ctx(info))
    qtbot.addWidget(main)
    main.show()
    return main


def test_auditor_with_the_grant_verifies_and_edits_nothing_else(
    qtbot, make_ctx, gui_services, gui_admin, audit_data
):
    main = _window_for(qtbot, make_ctx, gui_services, gui_admin, "kansa", "auditor", grant=True)
    page = _audits(main).actions
    page.apply_filters(status="awaiting")
    page.open(page.list.model.id_at(0))
    dialog = page.dialog
    qtbot.addWidget(dialog)
    buttons = {k for k, b in dialog.step_buttons.items() if b.isVisibleTo(dialog)}
    assert buttons == {"verify", "save_evidence"}
    assert not dialog.plan.isEnabled()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isVisibleTo(dialog)
    dialog.verify()
    verify = dialog.step_dialog
    verify.note.setPlainText("現地で確認")
    with qtbot.waitSignal(verify.accepted):
        verify.save()
    assert "確認済" in dialog.closing.text() and "kansa" in dialog.closing.text()
    finding = gui_services.audits.findings.get(gui_admin.actor(), audit_data["done"].finding_id)
    assert finding.status == "closed"


def test_auditor_without_the_grant_cannot_verify(
    qtbot, make_ctx, gui_services, gui_admin, audit_data
):
    main = _window_for(qtbot, make_ctx, gui_services, gui_admin, "kansa2", "auditor")
    section = _audits(main)
    page = section.actions
    page.apply_filters(status="awaiting")
    page.open(page.list.model.id_at(0))
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert not dialog.step_buttons["verify"].isVisibleTo(dialog)
    hidden = {b.objectName() for b in section.findChildren(QPushButton) if b.isHidden()}
    assert {"audits_new", "finding_new", "self_check_import", "checklist_import"} <= hidden
    assert "finding_export" not in hidden  # auditors export


def test_viewer_sees_no_edit_or_export_buttons(
    qtbot, make_ctx, gui_services, gui_admin, audit_data
):
    main = _window_for(qtbot, make_ctx, gui_services, gui_admin, "etsuran", "viewer")
    section = _audits(main)
    hidden = {b.objectName() for b in section.findChildren(QPushButton) if b.isHidden()}
    assert {
        "audits_new",
        "audits_report",
        "finding_new",
        "finding_export",
        "action_follow_up",
    } <= hidden


def test_self_inspection_rates_answers_and_findings_from_no(
    qtbot, audit_data, window, gui_services, gui_admin, monkeypatch
):
    section = _audits(window)
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
    monkeypatch.setattr("secdesk.gui.self_check_page.ask_yes_no", lambda *a: True)
    page.create_findings()
    assert page.buttons["findings"].text().endswith("（0 件）")
    findings = section.findings
    findings.apply_filters(audit_id=audit_data["self_check"].id)
    assert [t.startswith("[S1-02]") for t in _texts(findings, 5)] == [True]


def test_answer_import_lists_every_bad_line_and_takes_good_ones_on_request(
    qtbot, audit_data, window, roster, tmp_path
):
    section = _audits(window)
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
    section = _audits(window)
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


def test_new_self_inspection_needs_a_checklist_shown_next_to_the_field(qtbot, audit_data, window):
    page = _audits(window).audits
    page.new_record()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind._values.index("self_check"))
    dialog.title_edit.setText("自己点検")
    dialog.save()
    assert dialog.form.findChild(QLabel, "checklist_id_error").isVisible()
    assert dialog.form.findChild(QLabel, "department_ids_error").isVisible()
    assert not dialog.jlis.isEnabled()


def test_copy_last_years_audit_from_the_list(qtbot, audit_data, window, gui_services, gui_admin):
    page = _audits(window).audits
    page.copy(audit_data["self_check"].id)
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "令和9年度 自己点検"
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    copy = dialog.result_value
    assert (
        copy.fiscal_year == 2027 and copy.department_ids == audit_data["self_check"].department_ids
    )
    assert copy.copied_from_id == audit_data["self_check"].id


def test_progress_panel_shows_answers_and_findings(audit_data, window):
    page = _audits(window).audits
    row = page.list.model.row_of(audit_data["internal"].id)
    page.list.table.selectRow(row)
    panel = page.panel
    assert panel.heading.text().startswith(audit_data["internal"].number)
    counts = {
        panel.table.item(r, 0).text(): panel.table.item(r, 1).text()
        for r in range(panel.table.rowCount())
    }
    assert counts == {"重大": "1", "指摘": "1", "観察": "0", "良好事例": "1"}
    assert "期限超過 1" in panel.actions.text() and panel.actions.text().startswith("⚠")


def test_findings_export_from_the_list_follows_its_filters(
    qtbot, audit_data, window, tmp_path, monkeypatch
):
    from openpyxl import load_workbook

    from secdesk.gui import export_flow

    target = tmp_path / "findings.xlsx"
    monkeypatch.setattr(export_flow, "ask_save_path", lambda *a: (target, export_flow.XLSX))
    page = _audits(window).findings
    page.apply_filters(status="open_all")
    window.ctx.settings.open_after_export = False
    page.export()
    qtbot.waitUntil(target.exists)
    rows = list(load_workbook(target).active.iter_rows(min_row=2, values_only=True))
    assert {r[11] for r in rows} == {"サーバ室の入退室記録がない", "パスワードの付箋"}


def test_withdrawing_a_finding_asks_for_a_reason(audit_data, window, monkeypatch):
    page = _audits(window).findings
    monkeypatch.setattr(audit_widgets, "ask_reason", lambda *a: "二重登録")
    page.withdraw(audit_data["late"].id)
    assert "サーバ室の入退室記録がない" not in _texts(page, 5)
