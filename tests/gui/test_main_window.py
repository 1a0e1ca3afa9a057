from PySide6.QtCore import Qt

from secdesk.gui.main_window import MainWindow
from secdesk.gui.roster.section import RosterSection
from secdesk.settings import LocalSettings


def test_navigation_shows_every_section_with_content(window):
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == [
        "ダッシュボード",
        "インシデント・ヒヤリハット",
        "研修",
        "監査",
        "職員・所属",
        "報告書",
        "管理",
    ]
    for spec in window.specs:
        page = window.show_section(spec.key)
        assert window.current_page() is page
        assert page.findChildren(object), spec.key  # never an empty grey area


def test_status_bar_names_user_role_and_database(window):
    assert "管理 太郎" in window.user_label.text() and "管理者" in window.user_label.text()
    assert "test.sqlite3" in window.db_label.text()


def test_ctrl_number_switches_section(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_page(), RosterSection)


def test_last_section_and_geometry_are_remembered(qtbot, window, make_ctx, gui_admin):
    window.show_section("admin")
    window.resize(700, 500)  # inside the offscreen screen, which restoreGeometry respects
    size = window.size()  # the section's minimum may have widened it
    window.close()
    assert LocalSettings.load().last_section == "admin"
    again = MainWindow(make_ctx(gui_admin))
    qtbot.addWidget(again)
    assert again.current_page() is again.pages["admin"]
    assert again.size() == size


def test_dashboard_tiles_lead_to_the_records(qtbot, window):
    dashboard = window.show_section("dashboard")
    tile = next(t for t in dashboard.tiles if t.tile.key == "staff")
    assert tile.tile.value == "3"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_page(), RosterSection)


def test_idle_time_locks_the_window_until_the_password_is_given(qtbot, window):
    window.idle.timer.start(10)
    qtbot.waitUntil(lambda: window.locked)
    assert not window.centralWidget().isVisible()
    dialog = window.lock_dialog
    assert dialog.username.isReadOnly() and dialog.username.text() == "admin"
    dialog.password.setText("wrong-password-1")
    dialog.save()
    assert window.locked
    from tests.conftest import ADMIN_PASSWORD

    dialog.password.setText(ADMIN_PASSWORD)
    dialog.save()
    assert not window.locked and window.centralWidget().isVisible()


def test_dashboard_puts_the_registers_before_the_roster(window):
    from secdesk.services.core.dashboard import DashboardService

    tiles = DashboardService(window.ctx.services).tiles(window.ctx.actor)
    groups = list(dict.fromkeys(t.group for t in tiles))
    assert groups[-1] == "職員・所属" and groups[0].startswith("インシデント・ヒヤリハット")


def test_another_pcs_write_shows_without_f5(qtbot, window, gui_services, gui_admin):
    """What another client saves reaches the list on screen at the next poll; other pages
    refresh when they are next shown."""
    from secdesk.services.roster.staff import StaffInput

    roster = window.show_section("roster")
    window.show_section("dashboard")
    window.show_section("roster")
    before = roster.list.model.rowCount()
    # Written straight through the services, as another PC would (no signal to this window).
    gui_services.staff.create(gui_admin.actor(), StaffInput("000999", "別端末 登録"))
    window.watcher.poll()
    assert roster.list.model.rowCount() == before + 1
    assert "dashboard" in window.stale
    window.show_section("dashboard")
    assert "dashboard" not in window.stale


def test_display_language_is_chosen_in_the_view_menu(window):
    english = next(a for a in window.language_actions.actions() if a.data() == "en")
    english.trigger()
    assert LocalSettings.load().language == "en"
    assert "next start" in window.statusBar().currentMessage()
