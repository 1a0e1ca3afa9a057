from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from secdesk.gui.roster.dialogs import StaffDialog
from secdesk.gui.roster.section import RosterSection
from secdesk.gui.tasks import TaskRunner
from secdesk.gui.widgets.forms import FormDialog
from secdesk.gui.widgets.windowed_model import WindowedTableModel
from secdesk.services.core.listing import ListQuery
from secdesk.services.roster.staff import StaffInput


def _roster(window) -> RosterSection:
    return window.show_section("roster")


def _names(page) -> list[str]:
    model = page.list.model
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]


def test_staff_model_passes_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(_roster(window).list.model)


def test_list_is_sorted_by_kana_and_counts(window):
    page = _roster(window)
    assert _names(page) == ["佐藤 次郎", "髙橋 花子", "山田 太郎"]
    assert page.list.count_label.text() == "3 件"


def test_search_as_you_type_in_any_width(qtbot, window):
    page = _roster(window)
    page.list.search.setText("ﾀｶﾊｼ")  # as an IME would commit it; QTest types ASCII only
    qtbot.waitUntil(lambda: page.list.count_label.text() == "1 件")
    assert _names(page) == ["髙橋 花子"]


def test_department_tree_filters_the_list_including_sub_departments(window, roster):
    page = _roster(window)
    items = {
        page.tree.topLevelItem(0).child(0).child(i).text(0): page.tree.topLevelItem(0)
        .child(0)
        .child(i)
        for i in range(page.tree.topLevelItem(0).child(0).childCount())
    }
    page.tree.setCurrentItem(items["130 情報政策課"])
    assert sorted(_names(page)) == ["佐藤 次郎", "髙橋 花子"]
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))  # 総務部 and everything under it
    assert len(_names(page)) == 3


def test_enter_opens_the_selected_person(qtbot, window):
    page = _roster(window)
    page.list.table.setFocus()
    page.list.table.setCurrentIndex(page.list.model.index(2, 0))
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert isinstance(page.dialog, StaffDialog) and page.dialog.name.text() == "山田 太郎"


def test_new_person_with_validation_next_to_the_field(qtbot, window, gui_services, gui_admin):
    page = _roster(window)
    page.new_record()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    dialog.number.setText("０００２００")
    dialog.save()
    error = dialog.form.findChild(QLabel, "name_error")
    assert error.isVisible() and "氏名" in error.text()
    dialog.name.setText("新人 一郎")
    dialog.kana.setText("しんじん いちろう")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert gui_services.staff.find_by_number(gui_admin.actor(), "000200").name == "新人 一郎"
    assert "新人 一郎" in _names(page)


def test_escape_with_unsaved_changes_asks_first(qtbot, window, monkeypatch):
    page = _roster(window)
    page.edit_staff(page.list.model.id_at(0))
    dialog = page.dialog
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("係長")
    asked = []
    monkeypatch.setattr(
        FormDialog, "confirm_discard", staticmethod(lambda parent: asked.append(1) or False)
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    monkeypatch.setattr(FormDialog, "confirm_discard", staticmethod(lambda parent: True))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_someone_elses_newer_save_opens_the_conflict_dialog(qtbot, window, gui_services, gui_admin):
    page = _roster(window)
    staff_id = page.list.model.id_at(0)
    page.edit_staff(staff_id)
    dialog = page.dialog
    qtbot.addWidget(dialog)
    current = gui_services.staff.get(gui_admin.actor(), staff_id)
    gui_services.staff.update(
        gui_admin.actor(),
        staff_id,
        current.version,
        StaffInput(
            current.staff_number,
            current.name,
            current.kana,
            title="課長",
            department_id=current.department_id,
        ),
    )
    dialog.title_edit.setText("主任")
    dialog.save()
    conflict = dialog.findChild(object, "conflict_dialog")
    assert conflict is not None and conflict.isVisible()
    table = conflict.findChild(object, "conflict_table")
    cells = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert cells["title"] == ("主任", "課長")
    assert gui_services.staff.get(gui_admin.actor(), staff_id).title == "課長"


def test_viewer_sees_no_edit_buttons(qtbot, make_ctx, gui_services, gui_admin, roster):
    from secdesk.gui.main_window import MainWindow

    gui_services.accounts.create_user(
        gui_admin.actor(), "etsuran", "viewer", "viewer-password", must_change=False
    )
    viewer = gui_services.accounts.login("etsuran", "viewer-password")
    main = MainWindow(make_ctx(viewer))
    qtbot.addWidget(main)
    main.show()
    page = main.show_section("roster")
    hidden = {b.text() for b in page.findChildren(QPushButton) if not b.isVisibleTo(page)}
    assert {"職員を追加 (Ctrl+N)", "職員一覧の取り込み…", "書き出し…"} <= hidden
    # no user management for a viewer: the admin section starts with the settings (read only)
    assert main.show_section("admin").tabs.tabText(0) == "団体の設定"


def test_list_loads_in_the_background_with_real_threads(qtbot, gui_services, gui_admin, roster):
    runner = TaskRunner()
    model = WindowedTableModel(gui_services.staff.list_source(), gui_admin.actor(), runner)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(ListQuery(sort="staff_number"))
    assert model.rowCount() == 3 and model.data(model.index(0, 0)) == "000101"
    runner.wait()


def test_transfer_from_the_dialog_records_history(qtbot, window, gui_services, gui_admin, roster):
    page = _roster(window)
    row = _names(page).index("山田 太郎")
    page.edit_staff(page.list.model.id_at(row))
    dialog = page.dialog
    qtbot.addWidget(dialog)
    dialog.department.setCurrentIndex(dialog.department.findData(roster["it"].id))
    assert dialog.effective.isEnabled()
    dialog.effective.setDate(date(2027, 4, 1))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    info = gui_services.staff.get(gui_admin.actor(), dialog.staff.id)
    assert (info.history[0].department_name, info.history[0].start_date) == (
        "情報政策課",
        date(2027, 4, 1),
    )
