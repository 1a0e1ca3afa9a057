"""The incident register on screen: list, quick entry, the record, dashboard click-through."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from secdesk.domain import incidents as v
from secdesk.gui.incidents.dialogs import IncidentDialog
from secdesk.gui.incidents.forms import DutyDialog, NoteDialog, RulesDialog, StatusDialog
from secdesk.gui.incidents.quick_entry import QuickEntryDialog
from secdesk.gui.incidents.section import IncidentsSection
from tests.services.incidents.incident_helpers import at, incident, near_miss


@pytest.fixture
def records(gui_services, gui_admin, roster):
    actor = gui_admin.actor()
    s = gui_services.incidents
    return {
        "lost": s.create(
            actor, incident("申請書の紛失", department_id=roster["ka"].id, persons_affected=150)
        ),
        "mail": s.create(
            actor, near_miss("メールの誤送信に気づいた", department_id=roster["it"].id)
        ),
        "old": s.create(
            actor,
            incident(
                "USBメモリの紛失",
                occurred_at=at(days_ago=50),
                discovered_at=at(days_ago=50),
                reported_at=at(days_ago=50),
                sensitive_data=True,
            ),
        ),
    }


def _section(window) -> IncidentsSection:
    return window.show_section("incidents")


def _refs(page) -> list[str]:
    model = page.list.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_incident_model_passes_the_model_tester(qtmodeltester, window, records):
    qtmodeltester.check(_section(window).list.model)


def test_list_newest_first_with_count_and_states(window, records):
    page = _section(window)
    # Newest registered first (the numbers were issued in that order).
    assert _refs(page) == [records["old"].ref, records["mail"].ref, records["lost"].ref]
    assert page.list.count_label.text() == "3 件"
    model = page.list.model
    old_row = _refs(page).index(records["old"].ref)
    assert model.data(model.index(old_row, 0), Qt.ItemDataRole.ToolTipRole) == "期限超過"


def test_two_character_search_and_filters(qtbot, window, records, roster):
    page = _section(window)
    page.list.search.setText("紛失")
    qtbot.waitUntil(lambda: page.list.count_label.text() == "2 件")
    page.filters["kind"].setCurrentIndex(page.filters["kind"].findData(v.INCIDENT))
    page.filters["department_id"].setCurrentIndex(
        page.filters["department_id"].findData(roster["ka"].id)
    )
    assert _refs(page) == [records["lost"].ref]
    page.list.search.setText("ｍａｉｌ")  # nothing: full width folds, but no such word
    qtbot.waitUntil(lambda: page.list.count_label.text() == "0 件")


def test_ctrl_n_logs_a_near_miss_in_a_few_keystrokes(
    qtbot, window, gui_services, gui_admin, records, roster
):
    page = _section(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, QuickEntryDialog) and dialog.kind.currentData() == v.NEAR_MISS
    qtbot.addWidget(dialog)
    dialog.save()
    error = dialog.form.findChild(QLabel, "title_error")
    assert error.isVisible() and "件名" in error.text()
    dialog.title_edit.setText("FAX番号の押し間違いに気づいた")
    dialog.department.setCurrentIndex(dialog.department.findData(roster["it"].id))
    assert dialog.reporter.count() == 3  # the department's staff, plus "not set"
    dialog.reporter.setCurrentIndex(1)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    info = dialog.result_value
    assert info.ref == "2026-NM-0002" and info.reporter_name
    assert info.data.handler_user_id == gui_admin.id
    assert _refs(page)[0] == info.ref
    assert "2026-NM-0002" in window.statusBar().currentMessage()


def test_record_dialog_notes_status_duties_and_save(
    qtbot, window, gui_services, gui_admin, records
):
    page = _section(window)
    row = _refs(page).index(records["lost"].ref)
    page.list.table.setFocus()
    page.list.table.setCurrentIndex(page.list.model.index(row, 0))
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, IncidentDialog)
    qtbot.addWidget(dialog)
    assert "個人情報保護委員会への報告が必要" in dialog.panels.ppc.text()
    assert dialog.panels.duties.rowCount() == 5

    dialog.panels.add_note()
    note = dialog.child_dialog
    assert isinstance(note, NoteDialog)
    note.text.setPlainText("申請者へ電話で経緯を説明した")
    with qtbot.waitSignal(note.accepted):
        note.save()
    assert (
        "申請者へ電話" in dialog.panels.events.item(dialog.panels.events.rowCount() - 1, 3).text()
    )

    dialog.change_status()
    status = dialog.child_dialog
    assert isinstance(status, StatusDialog)
    assert [status.status.itemData(i) for i in range(status.status.count())] == [
        v.INITIAL,
        v.WITHDRAWN,
    ]
    status.note.setPlainText("課長へ報告")
    with qtbot.waitSignal(status.accepted):
        status.save()
    assert dialog.info.status == v.INITIAL

    dialog.panels.duties.selectRow(0)
    dialog.panels.record_duty()
    duty = dialog.child_dialog
    assert isinstance(duty, DutyDialog)
    duty.method.setCurrentText("対面")
    with qtbot.waitSignal(duty.accepted):
        duty.save()
    assert dialog.info.duties[0].done_at is not None

    dialog.texts["cause"].setPlainText("受付簿への記録漏れ")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    saved = gui_services.incidents.get(gui_admin.actor(), records["lost"].id)
    assert saved.data.cause == "受付簿への記録漏れ" and saved.status == v.INITIAL


def test_personal_information_preview_before_saving(qtbot, window, records):
    page = _section(window)
    page.open_record(records["old"].id)
    dialog = page.dialog
    qtbot.addWidget(dialog)
    dialog.flags["sensitive_data"].setChecked(False)
    assert "該当しません" in dialog.duties_preview.text()
    dialog.persons.setValue(101)
    assert "101名（100名超）" in dialog.duties_preview.text()


def test_someone_elses_save_shows_the_conflict(qtbot, window, gui_services, gui_admin, records):
    page = _section(window)
    page.open_record(records["mail"].id)
    dialog = page.dialog
    qtbot.addWidget(dialog)
    info = gui_services.incidents.get(gui_admin.actor(), records["mail"].id)
    from dataclasses import replace

    gui_services.incidents.update(
        gui_admin.actor(), info.id, info.version, replace(info.data, cause="他の人の原因")
    )
    dialog.texts["cause"].setPlainText("私の原因")
    dialog.save()
    conflict = dialog.findChild(object, "conflict_dialog")
    assert conflict is not None and conflict.isVisible()
    table = conflict.findChild(object, "conflict_table")
    cells = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert cells["原因"] == ("私の原因", "他の人の原因")


def test_dashboard_figures_open_their_records(qtbot, window, records):
    dashboard = window.show_section("dashboard")
    dashboard.refresh()  # the window opened before the records were made
    tile = next(t for t in dashboard.tiles if t.tile.key == "incidents_overdue")
    assert tile.tile.value == "2"  # the CISO report of "lost" was due yesterday
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert isinstance(page, IncidentsSection)
    assert page.overdue.isChecked()
    assert _refs(page) == [records["old"].ref, records["lost"].ref]  # nearest deadline first

    dashboard = window.show_section("dashboard")
    chart = dashboard.findChild(object, "chart_incidents_by_month")
    november = next(r for r in chart.rows if r.row.label == "11月")
    qtbot.mouseClick(november, Qt.MouseButton.LeftButton)
    assert not page.overdue.isChecked()
    assert "2026年11月に発見" in page.extra_label.text()
    assert sorted(_refs(page)) == sorted([records["lost"].ref, records["mail"].ref])
    page.clear_extra.click()
    assert len(_refs(page)) == 3


def test_promotion_from_the_dialog_opens_the_new_incident(qtbot, window, records, monkeypatch):
    import secdesk.gui.widgets.forms as forms

    monkeypatch.setattr(forms, "ask_yes_no", lambda *a: True)
    page = _section(window)
    page.open_record(records["mail"].id)
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert dialog.promote_button.isVisible()
    dialog.promote()
    assert dialog.info.status == v.PROMOTED
    assert page.dialog is not dialog and page.dialog.info.promoted_from.ref == records["mail"].ref


def test_import_dialog_lists_bad_lines_and_imports_only_good_ones_on_request(
    qtbot, window, tmp_path, records
):
    path = tmp_path / "in.csv"
    path.write_text(
        "種別,件名,発見日時\nヒヤリハット,正しい行,2026-11-20 09:00\nインシデント,,2026-11-20 09:00\n",
        encoding="cp932",
    )
    page = _section(window)
    page.import_file()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.check()
    assert "3行目" in dialog.errors.toPlainText() and not dialog.go.isEnabled()
    dialog.only_good.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.go.click()
    assert dialog.import_result.created == 1
    assert page.list.count_label.text() == "4 件"


def test_rules_dialog_changes_the_deadlines(qtbot, window, gui_services, records):
    page = _section(window)
    page.edit_rules()
    dialog = page.dialog
    assert isinstance(dialog, RulesDialog)
    qtbot.addWidget(dialog)
    dialog.widgets["incident_ppc_final_days"].setValue(20)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert gui_services.settings.get("incident_ppc_final_days") == 20


def test_viewer_reads_but_cannot_log_or_edit(qtbot, make_ctx, gui_services, gui_admin, records):
    from secdesk.gui.main_window import MainWindow

    gui_services.accounts.create_user(
        gui_admin.actor(), "etsuran", "viewer", "viewer-password", must_change=False
    )
    main = MainWindow(make_ctx(gui_services.accounts.login("etsuran", "viewer-password")))
    qtbot.addWidget(main)
    main.show()
    page = main.show_section("incidents")
    hidden = {b.objectName() for b in page.findChildren(QPushButton) if not b.isVisibleTo(page)}
    assert {"new_near_miss", "new_incident", "incident_rules"} <= hidden
    page.new_record()
    assert not hasattr(page, "dialog")
    page.open_record(records["lost"].id)
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert not dialog.tabs.widget(0).isEnabled() and not dialog.status_button.isVisible()


def test_administrator_edits_categories_and_levels(
    qtbot, window, gui_services, gui_admin, monkeypatch
):
    import secdesk.gui.incidents.masters_dialog as masters

    page = _section(window)
    page.edit_masters()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    monkeypatch.setattr(masters, "ask_name", lambda *a: "SNS")
    dialog.categories.setCurrentItem(dialog.categories.topLevelItem(0))
    dialog.add_sub()
    labels = [c.label for c in gui_services.incident_masters.categories(gui_admin.actor())]
    assert "誤送付・誤送信 › SNS" in labels
    top = dialog.categories.topLevelItem(dialog.categories.topLevelItemCount() - 1)
    dialog.categories.setCurrentItem(top)
    dialog.toggle_category()
    assert (
        dialog.categories.topLevelItem(dialog.categories.topLevelItemCount() - 1).text(1)
        == "使用停止"
    )
    monkeypatch.setattr(masters, "ask_name", lambda *a: "致命的")
    dialog.add_severity()
    assert dialog.severities.topLevelItemCount() == 6


def test_an_attachment_with_a_hostile_name_opens_as_its_folder_and_is_removed_at_close(
    qtbot, window, gui_services, gui_admin, records, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import update

    from secdesk import paths
    from secdesk.gui.widgets import export_flow
    from secdesk.store.models import IncidentAttachment

    record = records["lost"]
    work = gui_services.incident_work
    attachment_id = work.add_attachment(gui_admin.actor(), record.id, "a.txt", b"@echo off")
    with gui_services.db.write() as session:  # as a Linux client or a direct write stored it
        session.execute(
            update(IncidentAttachment)
            .where(IncidentAttachment.id == attachment_id)
            .values(file_name="..\\..\\Startup\\evil\u202etxt.bat")
        )
    opened, told = [], []
    monkeypatch.setattr(export_flow, "open_file", opened.append)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    page = _section(window)
    page.list.table.setCurrentIndex(page.list.model.index(_refs(page).index(record.ref), 0))
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    dialog = page.dialog
    qtbot.addWidget(dialog)
    dialog.panels.files.setCurrentCell(0, 0)
    dialog.panels.open_file()
    qtbot.waitUntil(lambda: bool(opened))
    folder = opened[0]
    assert folder.parent == paths.work_root() and told and "フォルダー" in told[0]
    assert [p.name for p in folder.iterdir()] == ["eviltxt.bat"]
    paths.remove_own_work_dirs()  # what closing secdesk does
    assert not folder.exists()
