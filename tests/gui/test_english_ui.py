"""The English user interface: our strings through secdesk.i18n, Designer forms through the .qm."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QTabWidget,
)

from secdesk import i18n
from secdesk.gui.auth_dialogs import LoginDialog
from secdesk.gui.i18n import install_translators, remove_translators
from secdesk.gui.main_window import MainWindow
from secdesk.services.training.courses import CourseInput

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")


@pytest.fixture
def english(qapp):
    locale = QLocale()
    install_translators(qapp, "en")
    yield
    # Other tests expect Japanese: take the Qt translator out again, not only the core language.
    remove_translators(qapp)
    i18n.set_language("ja")
    QLocale.setDefault(locale)


@pytest.fixture
def english_window(english, qtbot, make_ctx, gui_admin, roster) -> MainWindow:
    main = MainWindow(make_ctx(gui_admin))
    qtbot.addWidget(main)
    main.show()
    return main


def _chrome_texts(window: MainWindow) -> dict[str, str]:
    """Every label, button, tab, header, placeholder and menu text; not the data in lists."""
    found = {}
    data = {window.user_label, window.db_label}
    for label in window.findChildren(QLabel):
        if label in data or label.property("showsData"):  # the organisation's own words
            continue
        if label.isVisibleTo(window):
            found[f"label {label.objectName()}"] = label.text()
    for button in window.findChildren(QAbstractButton):
        found[f"button {button.objectName()}"] = button.text()
    for edit in window.findChildren(QLineEdit):
        found[f"placeholder {edit.objectName()}"] = edit.placeholderText()
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            found[f"tab {index} of {tabs.objectName()}"] = tabs.tabText(index)
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or isinstance(view, QListView):  # a list has no header to translate
            continue
        for column in range(model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            found[f"header {column} of {view.objectName()}"] = str(header or "")
    for menu in window.findChildren(QMenu):
        found[f"menu {menu.title()}"] = menu.title()
        for action in menu.actions():
            if action.data() in ("ja", "en"):
                continue  # each language is named in itself, as everywhere
            found[f"action {action.text()}"] = action.text()
    return found


def test_main_window_speaks_english_in_every_section(english_window):
    window = english_window
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == [
        "Dashboard",
        "Incidents & near-misses",
        "Training",
        "Audits",
        "Staff & departments",
        "Reports",
        "Administration",
    ]
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File",
        "&View",
        "&Help",
    ]
    assert "(Administrator)" in window.user_label.text()
    # Japanese a translation quotes on purpose (examples of search words) is not a miss.
    deliberate = [e for e in i18n._catalog("en").values() if JAPANESE.search(e)]
    untranslated = {}
    for spec in window.specs:
        window.show_section(spec.key)
        for where, text in _chrome_texts(window).items():
            for quoted in deliberate:
                text = text.replace(quoted, "")
            if JAPANESE.search(text):
                untranslated[f"{spec.key}: {where}"] = text
    assert untranslated == {}


def test_designer_form_is_translated_and_japanese_comes_back(
    qtbot, english, gui_services, runner, gui_admin
):
    dialog = LoginDialog(gui_services, runner, "test.sqlite3", "admin")
    qtbot.addWidget(dialog)
    form = dialog.form
    # From ui/login.ui through Qt's translator (context LoginForm) …
    assert form.findChild(QLabel, "heading").text() == "Log in to secdesk"
    assert form.findChild(QLabel, "username_label").text() == "&User name"
    assert form.findChild(QLabel, "password_label").text() == "&Password"
    assert dialog.username.accessibleName() == "User name"
    # … and from the code through secdesk.i18n.
    assert dialog.windowTitle() == "secdesk - Log in"
    assert form.findChild(QLabel, "database").text() == "Database: test.sqlite3"

    remove_translators(QApplication.instance())
    i18n.set_language("ja")
    again = LoginDialog(gui_services, runner, "test.sqlite3", "admin")
    qtbot.addWidget(again)
    assert again.form.findChild(QLabel, "heading").text() == "secdesk にログイン"
    assert again.windowTitle() == "secdesk - ログイン"


def test_audit_log_shows_action_and_record_labels_not_keys(english_window, qtbot):
    admin = english_window.show_section("admin")
    table = admin.trail_table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    actions = {table.item(row, 3).text() for row in range(table.rowCount())}
    records = {table.item(row, 4).text().rsplit(" ", 1)[0] for row in range(table.rowCount())}
    assert {"Create", "Log in"} <= actions and "create" not in actions
    assert {"Department", "Staff"} <= records and "department" not in records


def test_course_header_is_composed_in_english(english_window, gui_services, gui_admin):
    course = gui_services.training.courses.create(
        gui_admin.actor(),
        CourseInput(2026, "R8-01", "情報セキュリティ研修", "all-staff", date(2026, 12, 25)),
    )
    page = english_window.show_section("training", course_id=course.id)
    header = page.header.text().replace("情報セキュリティ研修", "")
    assert "All-staff mandatory · attendees: All staff · due 2026-12-25 (30 days left)" in header
    # Parentheses and separators come from the catalog too, not from the code.
    assert not JAPANESE.search(header)
