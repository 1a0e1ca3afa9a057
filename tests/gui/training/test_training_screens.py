from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from secdesk.gui.training.dialogs import CourseDialog, OverrideDialog
from secdesk.gui.training.entry import FastEntryDialog, TickDialog
from secdesk.gui.training.history import PersonHistoryDialog
from secdesk.gui.training.section import TrainingSection
from secdesk.services.roster.staff import StaffInput
from secdesk.services.training.courses import CourseInput

HEADER = (
    "id,status,ip,latitude,longitude,send_date,reported,modified_date,"
    "email,first_name,last_name,position\n"
)


@pytest.fixture
def course(gui_services, gui_admin, roster):
    actor = gui_admin.actor()
    made = gui_services.training.courses.create(
        actor,
        CourseInput(2026, "R8-01", "情報セキュリティ研修", "all-staff", date(2026, 12, 25)),
    )
    gui_services.training.attendance.record_by_number(actor, made.id, "000101", date(2026, 11, 20))
    return made


@pytest.fixture
def drill(gui_services, gui_admin, roster):
    actor = gui_admin.actor()
    gui_services.staff.create(
        actor,
        StaffInput(
            "000104",
            "鈴木 一郎",
            "スズキ イチロウ",
            email="suzuki@city.example.lg.jp",
            department_id=roster["it"].id,
        ),
    )
    return gui_services.training.courses.create(
        actor, CourseInput(2026, "PH1", "標的型攻撃メール訓練", "phishing", date(2026, 11, 25))
    )


def _training(window, **filters) -> TrainingSection:
    return window.show_section("training", **filters)


def test_models_pass_the_model_tester(qtmodeltester, window, course):
    page = _training(window, course_id=course.id)
    qtmodeltester.check(page.courses.model)
    qtmodeltester.check(page.departments.table.source)
    qtmodeltester.check(page.departments.table.proxy)
    page.tabs.setCurrentWidget(page.people)
    qtmodeltester.check(page.people.list.model)
    qtmodeltester.check(page.drill.clickers.model)


def test_departments_against_the_target_with_words_beside_colour(window, course):
    page = _training(window, course_id=course.id, tab="departments")
    assert "R8-01" in page.header.text() and "33.3%" in page.header.text()
    table = page.departments.table
    rows = {
        table.proxy.index(r, 1).data(): table.proxy.index(r, 8).data()
        for r in range(table.visible_rows())
    }
    assert rows == {"総務課": "達成", "情報政策課": "目標未達"}
    below = next(
        r for r in range(table.visible_rows()) if table.proxy.index(r, 1).data() == "情報政策課"
    )
    assert table.proxy.index(below, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    page.departments.below_only.setChecked(True)
    assert table.visible_rows() == 1 and page.departments.count.text() == "1 所属"


def test_column_widths_are_remembered(qtbot, make_ctx, gui_admin, course):
    from secdesk.gui.main_window import MainWindow

    ctx = make_ctx(gui_admin)
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    page = first.show_section("training", course_id=course.id)
    page.departments.table.setColumnWidth(1, 233)
    page.save_layout()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    again = second.show_section("training", course_id=course.id)
    assert again.departments.table.columnWidth(1) == 233


def test_enter_on_a_department_lists_its_people_still_to_complete(qtbot, window, course, roster):
    page = _training(window, course_id=course.id)
    table = page.departments.table
    row = next(r for r in range(table.visible_rows()) if table.key_at(r) == roster["it"].id)
    table.setFocus()
    table.setCurrentIndex(table.proxy.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.people
    model = page.people.list.model
    names = sorted(model.data(model.index(r, 1)) for r in range(model.rowCount()))
    assert names == ["佐藤 次郎", "髙橋 花子"]
    assert page.people.list.count_label.text() == "2 件"


def test_fast_entry_is_keyboard_first(qtbot, window, course, gui_services, gui_admin):
    page = _training(window, course_id=course.id)
    page.fast_entry()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, FastEntryDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.number.hasFocus()
    qtbot.keyClicks(dialog.number, "000102")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter records; it must not also press a button of the dialog
    assert "髙橋 花子" in dialog.feedback.text() and "記録しました" in dialog.feedback.text()
    assert dialog.number.text() == "" and dialog.number.hasFocus()
    qtbot.keyClicks(dialog.number, "99999")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert "99999" in dialog.feedback.text() and "登録されていません" in dialog.feedback.text()
    assert dialog.log.rowCount() == 2 and dialog.log.item(1, 2).text() == "髙橋 花子"
    assert dialog.counter.text() == "この画面で記録した人数: 1 名"
    actor = gui_admin.actor()
    assert gui_services.training.status.course_summary(actor, course.id).completed == 2
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gui_services.training.status.course_summary(actor, course.id).completed == 1
    assert "取り消しました" in dialog.feedback.text()


def test_full_width_numbers_in_fast_entry(qtbot, window, course):
    page = _training(window, course_id=course.id)
    page.fast_entry()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    dialog.number.setText("０００１０３")  # as an IME would commit it; QTest types ASCII only
    dialog.submit()
    assert "佐藤 次郎" in dialog.feedback.text()


def test_tick_people_in_a_department_list(qtbot, window, course, roster, gui_services, gui_admin):
    page = _training(window, course_id=course.id)
    page.tick_entry()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, TickDialog)
    dialog.department.setCurrentIndex(dialog.department.findData(roster["it"].id))
    assert dialog.table.rowCount() == 2
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert dialog.count.text() == "新たに記録する人数: 1 名"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    summary = gui_services.training.status.course_summary(gui_admin.actor(), course.id)
    assert summary.completed == 2


def test_new_course_with_validation_next_to_the_field(qtbot, window, gui_services, gui_admin):
    page = _training(window)
    page.new_record()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CourseDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("advanced"))
    assert dialog.rule.currentData() == "system-departments"
    dialog.title_edit.setText("情報システム担当者研修")
    dialog.save()
    error = dialog.form.findChild(QLabel, "code_error")
    assert error.isVisible() and "研修コード" in error.text()
    dialog.code.setText("r8-02")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    made = gui_services.training.courses.find(gui_admin.actor(), 2026, "R8-02")
    assert made.target_rule == "system-departments"
    assert page.course is not None and page.course.code == "R8-02"
    assert page.summary.target == 2  # the two people of 情報政策課


def test_exemption_from_the_people_list(qtbot, window, course, gui_services, gui_admin):
    page = _training(window, course_id=course.id, tab="people")
    model = page.people.list.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "髙橋 花子")
    page.people.list.table.selectRow(row)
    page.people.override_button.click()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, OverrideDialog) and dialog.number.text() == "000102"
    dialog.save()
    assert dialog.form.findChild(QLabel, "reason_error").isVisible()
    dialog.reason.setCurrentText("育児休業")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    summary = gui_services.training.status.course_summary(gui_admin.actor(), course.id)
    assert summary.exempt == 1 and "免除 1" in page.header.text()


def test_person_history_opens_with_enter(qtbot, window, course):
    page = _training(window, course_id=course.id, tab="people")
    table = page.people.list.table
    table.setFocus()
    table.setCurrentIndex(page.people.list.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert isinstance(page.dialog, PersonHistoryDialog)
    qtbot.addWidget(page.dialog)
    qtmodel = page.dialog.table.source
    assert qtmodel.rowCount() == 1 and qtmodel.rows[0].values[1] == "R8-01"


def test_attendance_import_wizard(qtbot, window, course, tmp_path, gui_services, gui_admin):
    from secdesk.gui.training.import_dialog import AttendanceImportDialog

    path = tmp_path / "elearning.csv"
    path.write_bytes(
        "職員番号,完了日,得点\r\n000102,2026/11/21,90\r\n000101,2026/11/22,80\r\n".encode("cp932")
    )
    page = _training(window, course_id=course.id)
    page.import_attendance()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AttendanceImportDialog)
    dialog.path.setText(str(path))
    dialog.go_next()
    assert dialog.mapping["completed_on"].currentData() == "完了日"
    assert dialog.sample.rowCount() == 2
    dialog.go_next()
    kinds = [dialog.changes.item(r, 0).text() for r in range(dialog.changes.rowCount())]
    assert kinds == ["食い違い", "新規"] and dialog.take_file.isVisibleTo(dialog)
    assert dialog.next.isEnabled() and dialog.next.text() == "取り込む"
    with qtbot.waitSignal(dialog.accepted):
        dialog.go_next()
    assert gui_services.training.status.course_summary(gui_admin.actor(), course.id).completed == 2


def test_bad_file_refuses_import_until_only_good_rows(qtbot, window, course, tmp_path):
    from secdesk.gui.training.import_dialog import AttendanceImportDialog

    path = tmp_path / "bad.csv"
    path.write_text("職員番号,受講日\n000103,2026-11-21\n777777,2026-11-21\n", encoding="utf-8")
    dialog = AttendanceImportDialog(window.ctx, course, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.go_next()
    dialog.go_next()
    assert "3行目" in dialog.errors.text() and not dialog.next.isEnabled()
    dialog.only_good.setChecked(True)
    assert dialog.next.isEnabled()


def test_gophish_results_and_follow_up(qtbot, window, drill, tmp_path, gui_services, gui_admin):
    from secdesk.gui.training.drill_import_dialog import GophishImportDialog

    path = tmp_path / "results.csv"
    path.write_text(
        HEADER + "a,Clicked Link,192.0.2.1,0,0,2026-11-25T00:10:00Z,false,2026-11-25T01:00:00Z,"
        "suzuki@city.example.lg.jp,,,\n"
        + "b,Email Sent,,0,0,2026-11-25T00:10:00Z,false,2026-11-25T00:10:00Z,"
        "itaku@vendor.example.co.jp,,,\n",
        encoding="utf-8",
    )
    page = _training(window, course_id=drill.id, tab="drill")
    assert not page.entry_button.isEnabled() and page.gophish_button.isEnabled()
    page.import_gophish()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, GophishImportDialog)
    dialog.path.setText(str(path))
    dialog.go_next()
    assert "itaku@vendor.example.co.jp" in dialog.unmatched.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.go_next()
    assert "クリック率 100.0%" in page.header.text()
    qtmodel = page.drill.table.source
    assert qtmodel.rowCount() == 1 and qtmodel.rows[0].values[4] == "1"

    actor = gui_admin.actor()
    follow = gui_services.training.courses.create(
        actor, CourseInput(2026, "FU1", "フォローアップ研修", "other", date(2026, 12, 25))
    )
    page.drill.follow_up.click()
    assign = page.dialog
    qtbot.addWidget(assign)
    assign.course.setCurrentIndex(assign.course.findData(follow.id))
    with qtbot.waitSignal(assign.accepted):
        assign.save()
    assert gui_services.training.status.course_summary(actor, follow.id).target == 1


def test_dashboard_tile_leads_to_the_departments_below_target(qtbot, window, course):
    dashboard = window.show_section("dashboard")
    dashboard.refresh()
    tile = next(t for t in dashboard.tiles if t.tile.key == "training_below_target")
    assert tile.tile.value == "1"
    tile.click()
    page = window.current_page()
    assert isinstance(page, TrainingSection)
    assert page.course.id == course.id and page.tabs.currentWidget() is page.departments
    assert page.departments.below_only.isChecked()
    assert page.courses.selected_id() == course.id


def test_export_non_completers_per_department(qtbot, window, course, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    target = tmp_path / "reminder.xlsx"
    monkeypatch.setattr(
        "secdesk.gui.widgets.export_flow.ask_save_path", lambda *a: (target, "xlsx")
    )
    monkeypatch.setattr("secdesk.gui.widgets.export_flow.open_file", lambda path: None)
    monkeypatch.setattr(
        "secdesk.gui.training.history.ask_non_completer_options",
        lambda parent, dept: {"per_department": True, "only_selected": False},
    )
    page = _training(window, course_id=course.id, tab="people")
    page.people.export_button.click()
    assert load_workbook(target).sheetnames == ["130 情報政策課"]


def test_viewer_sees_no_edit_buttons(qtbot, make_ctx, gui_services, gui_admin, course):
    from secdesk.gui.main_window import MainWindow

    gui_services.accounts.create_user(
        gui_admin.actor(), "etsuran", "viewer", "viewer-password", must_change=False
    )
    viewer = gui_services.accounts.login("etsuran", "viewer-password")
    main = MainWindow(make_ctx(viewer))
    qtbot.addWidget(main)
    main.show()
    page = main.show_section("training", course_id=course.id)
    hidden = {b.text() for b in page.findChildren(QPushButton) if not b.isVisibleTo(page)}
    assert {
        "研修を追加 (Ctrl+N)",
        "職員番号で記録… (F2)",
        "受講結果の取り込み…",
        "免除・対象の個別指定…",
        "年度の受講状況を書き出し…",
    } <= hidden
    page.fast_entry()  # F2 does nothing for a viewer
    assert not isinstance(getattr(page, "dialog", None), FastEntryDialog)
    assert page.people.list.model.rowCount() == 3  # but reads everything


def test_moodle_activity_report_as_moodle_writes_its_excel_download(
    qtbot, window, course, tmp_path, gui_services, gui_admin
):
    """report/progress/index.php, format=excelcsv: UTF-16LE with a BOM, TAB between quoted
    cells; a teacher without an ID number is read over and named, not an error."""
    from secdesk.gui.training.import_dialog import AttendanceImportDialog

    lines = [
        '\t"ID number"\t"Email address"\t"基礎"\t""',
        '"職員 二郎"\t"000102"\t"b@city.example.lg.jp"\t"Completed"\t"2026-11-21 09:00:00"',
        '"研修 講師"\t""\t"kyoshi@vendor.example.co.jp"\t"Not completed"\t""',
    ]
    path = tmp_path / "progress.csv"
    path.write_bytes(b"\xff\xfe" + "".join(f"{line}\n" for line in lines).encode("utf-16-le"))
    dialog = AttendanceImportDialog(window.ctx, course, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert "活動完了レポート" in dialog.layout_note.text()
    assert dialog.mapping["completed_on"].currentData() == "Course complete"
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert "研修 講師" in dialog.summary.text() and "読み飛ばします" in dialog.summary.text()
    assert [dialog.changes.item(r, 0).text() for r in range(dialog.changes.rowCount())] == ["新規"]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert gui_services.training.status.course_summary(gui_admin.actor(), course.id).completed == 2
