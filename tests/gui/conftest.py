"""GUI fixtures: a real main window over a SQLite register, background work run inline."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from secdesk.gui.context import AppContext
from secdesk.gui.main_window import MainWindow
from secdesk.gui.tasks import TaskRunner
from secdesk.gui.widgets.forms import FormDialog
from secdesk.services.app import Services
from secdesk.services.roster.departments import DepartmentInput
from secdesk.services.roster.staff import StaffInput
from secdesk.settings import LocalSettings
from tests.conftest import ADMIN_PASSWORD, fast_hasher


@pytest.fixture
def gui_services(sqlite_db, clock) -> Services:
    return Services(sqlite_db, clock, fast_hasher())


@pytest.fixture
def runner(qtbot) -> TaskRunner:
    return TaskRunner(inline=True)


@pytest.fixture
def gui_admin(gui_services):
    gui_services.accounts.create_first_admin("admin", ADMIN_PASSWORD, "管理 太郎")
    return gui_services.accounts.login("admin", ADMIN_PASSWORD)


@pytest.fixture
def roster(gui_services, gui_admin):
    actor = gui_admin.actor()
    dept = gui_services.departments
    bu = dept.create(actor, DepartmentInput("100", "総務部"))
    ka = dept.create(actor, DepartmentInput("110", "総務課", parent_id=bu.id))
    it = dept.create(
        actor, DepartmentInput("130", "情報政策課", parent_id=bu.id, owns_systems=True)
    )
    people = [
        ("000101", "山田 太郎", "ヤマダ タロウ", ka.id),
        ("000102", "髙橋 花子", "タカハシ ハナコ", it.id),
        ("000103", "佐藤 次郎", "サトウ ジロウ", it.id),
    ]
    for number, name, kana, dept_id in people:
        gui_services.staff.create(actor, StaffInput(number, name, kana, department_id=dept_id))
    return {"bu": bu, "ka": ka, "it": it}


@pytest.fixture
def make_ctx(gui_services, runner):
    def make(user) -> AppContext:
        return AppContext(gui_services, runner, user, LocalSettings.load(), location="test.sqlite3")

    return make


@pytest.fixture
def window(qtbot, make_ctx, gui_admin, roster) -> MainWindow:
    main = MainWindow(make_ctx(gui_admin))
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture(autouse=True)
def _never_ask(monkeypatch):
    """Dialog questions default to "yes, discard" unless a test says otherwise."""
    monkeypatch.setattr(FormDialog, "confirm_discard", staticmethod(lambda parent: True))


@pytest.fixture
def qtmodeltester(qtmodeltester):
    """pytest-qt's, with Qt's C++ model tester deleted after the test. Left alive, it stays
    connected to its model and checks it while the window that owns it is being destroyed
    (a QTreeWidget's model resets in its destructor): a segmentation fault."""
    yield qtmodeltester
    tester = getattr(qtmodeltester, "_qt_tester", None)  # pytest-qt keeps the last one there
    if tester is not None and shiboken6.isValid(tester):
        shiboken6.delete(tester)


def close_top_level_widgets() -> list[str]:
    """Close and delete every top-level widget (a window without a parent; the windows of a
    parent, such as its dialogs and popups, go with it); the names of any still there after."""
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget) and widget.parent() is None:
            widget.close()
            if shiboken6.isValid(widget):  # close() may have deleted it (WA_DeleteOnClose)
                widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [
        f"{type(w).__name__} {w.objectName() or w.windowTitle()!r}"
        for w in QApplication.topLevelWidgets()
    ]


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test(qapp):
    """Windows and dialogs a test leaves open (the app's own, which qtbot does not know about)
    are closed and deleted after it: thousands of live widgets made every later test slower."""
    yield
    left = close_top_level_widgets()
    assert not left, f"top-level widgets survive close() and deleteLater(): {left}"
