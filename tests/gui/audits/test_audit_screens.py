"""The 監査 section as a person uses it: lists, filters, findings, actions, verification."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from secdesk.gui.audits import widgets as audit_widgets
from secdesk.gui.audits.section import AuditsSection
from secdesk.gui.main_window import MainWindow
from secdesk.gui.widgets.forms import FormDialog
from tests.gui.audits.conftest import audits_section, column_texts


def test_every_list_model_passes_the_model_tester(qtmodeltester, audit_data, window):
    section = audits_section(window)
    for page in (section.audits, section.findings, section.actions):
        qtmodeltester.check(page.list.model)


def test_dashboard_tiles_open_the_lists_behind_them(qtbot, audit_data, window):
    dashboard = window.show_section("dashboard")
    tiles = {t.tile.key: t for t in dashboard.tiles}
    assert tiles["audit_open_findings"].tile.value == "2"
    qtbot.mouseClick(tiles["audit_open_findings"], Qt.MouseButton.LeftButton)
    section = window.current_page()
    assert isinstance(section, AuditsSection) and section.tabs.currentWidget() is section.findings
    assert sorted(column_texts(section.findings, 5)) == [
        "サーバ室の入退室記録がない",
        "パスワードの付箋",
    ]
    window.show_section("dashboard")
    dashboard = window.current_page()
    overdue = next(t for t in dashboard.tiles if t.tile.key == "audit_overdue_actions")
    assert "期限超過" in overdue.accessibleName()  # the word beside the colour
    qtbot.mouseClick(overdue, Qt.MouseButton.LeftButton)
    assert section.tabs.currentWidget() is section.actions
    assert column_texts(section.actions, 5) == ["入退室記録簿を備える"]
    assert section.actions.list.count_label.text() == "1 件"
    rate = next(t for t in dashboard.tiles if t.tile.key == "audit_self_check_rate")
    qtbot.mouseClick(rate, Qt.MouseButton.LeftButton)
    assert section.tabs.currentWidget() is section.self_check
    assert section.self_check.table.rowCount() == 2


def test_findings_filters_and_search(qtbot, audit_data, window, gui_services, gui_admin):
    page = audits_section(window).findings
    page.show()
    assert len(column_texts(page, 0)) == 3
    rating = next(
        r.id for r in gui_services.audits.ratings.list(gui_admin.actor()) if r.name == "重大"
    )
    page.rating.setCurrentIndex(page.rating._values.index(rating))
    assert column_texts(page, 5) == ["サーバ室の入退室記録がない"]
    page.rating.setCurrentIndex(0)
    page.due.setCurrentIndex(page.due._values.index("due_soon"))
    assert column_texts(page, 5) == []  # the due-soon action is done, waiting for verification
    page.due.setCurrentIndex(0)
    page.list.search.setText("ﾊﾟｽﾜｰﾄﾞ")
    qtbot.waitUntil(lambda: page.list.count_label.text() == "1 件")
    row_state = page.list.model.data(page.list.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert row_state is None or isinstance(row_state, str)


def test_overdue_rows_carry_a_word_and_an_icon(audit_data, window):
    page = audits_section(window).actions
    page.apply_filters(due="overdue")
    model = page.list.model
    assert model.data(model.index(0, 1)) == "24日超過"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert "期限超過" in model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)


def test_new_finding_shows_problems_next_to_the_fields_and_saves_with_ctrl_s(
    qtbot, audit_data, window, gui_services, gui_admin
):
    page = audits_section(window).findings
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
    assert "USBメモリの持ち出し記録がない" in column_texts(page, 5)


def test_escape_with_unsaved_changes_asks_first(qtbot, audit_data, window, monkeypatch):
    page = audits_section(window).findings
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
    page = audits_section(window).findings
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
    page = audits_section(main).actions
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
    section = audits_section(main)
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
    section = audits_section(main)
    hidden = {b.objectName() for b in section.findChildren(QPushButton) if b.isHidden()}
    assert {
        "audits_new",
        "audits_report",
        "finding_new",
        "finding_export",
        "action_follow_up",
    } <= hidden


def test_new_self_inspection_needs_a_checklist_shown_next_to_the_field(qtbot, audit_data, window):
    page = audits_section(window).audits
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
    page = audits_section(window).audits
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
    page = audits_section(window).audits
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

    from secdesk.gui.widgets import export_flow

    target = tmp_path / "findings.xlsx"
    monkeypatch.setattr(export_flow, "ask_save_path", lambda *a: (target, export_flow.XLSX))
    page = audits_section(window).findings
    page.apply_filters(status="open_all")
    window.ctx.settings.open_after_export = False
    page.export()
    qtbot.waitUntil(target.exists)
    rows = list(load_workbook(target).active.iter_rows(min_row=2, values_only=True))
    assert {r[11] for r in rows} == {"サーバ室の入退室記録がない", "パスワードの付箋"}


def test_withdrawing_a_finding_asks_for_a_reason(audit_data, window, monkeypatch):
    page = audits_section(window).findings
    monkeypatch.setattr(audit_widgets, "ask_reason", lambda *a: "二重登録")
    page.withdraw(audit_data["late"].id)
    assert "サーバ室の入退室記録がない" not in column_texts(page, 5)
