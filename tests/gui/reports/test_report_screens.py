"""報告書: choosing a report and its conditions, making it in the background, cancelling it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from secdesk.gui.context import AppContext
from secdesk.gui.main_window import MainWindow
from secdesk.gui.tasks import TaskRunner
from secdesk.settings import LocalSettings
from tests.conftest import ADMIN_PASSWORD
from tests.reports_data import build_year


@pytest.fixture
def year(gui_services, gui_admin):
    return build_year(gui_services, gui_admin.actor())


@pytest.fixture
def threads(qtbot):
    runner = TaskRunner()  # real threads: the work runs off the GUI thread
    yield runner
    runner.wait()


def _window(qtbot, gui_services, user, runner) -> MainWindow:
    ctx = AppContext(gui_services, runner, user, LocalSettings.load(), location="test.sqlite3")
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    return main


def _choose(page, key: str) -> None:
    page.choose(key)
    assert page.kind.key == key


@pytest.fixture
def saving(monkeypatch, tmp_path):
    """The save dialog answers with a file in tmp_path; opened files are noted, not opened."""
    answer: dict = {"opened": []}

    def ask(parent, title, suggested, formats):
        answer["suggested"], answer["formats"] = suggested, formats
        return answer["path"], answer.get("format", formats[0])

    monkeypatch.setattr("secdesk.gui.widgets.export_flow.ask_save_path", ask)
    monkeypatch.setattr("secdesk.gui.widgets.export_flow.open_file", answer["opened"].append)
    answer["path"] = tmp_path / "out" / "annual.pdf"
    answer["path"].parent.mkdir()
    return answer


def test_annual_report_is_made_in_the_background(
    qtbot, gui_services, gui_admin, year, threads, saving, qtmodeltester
):
    window = _window(qtbot, gui_services, gui_admin, threads)
    page = window.show_section("reports")
    qtmodeltester.check(page.list.model())
    qtmodeltester.check(page.options.departments.model())
    headings = [page.list.item(r) for r in range(page.list.count())]
    headings = [i.text() for i in headings if i.flags() == Qt.ItemFlag.NoItemFlags]
    assert headings == ["CISO・監査委員会へ", "監査人への書き出し", "台帳ごとの報告書"]
    _choose(page, "annual")
    assert page.title.text() == "年次情報セキュリティ報告書"
    assert page.options.fiscal_year.currentText() == "令和8年度（2026年度）"
    assert page.options.departments.isVisibleTo(page)
    page.options.open_after.setChecked(True)
    assert page.ctx.settings.open_after_export is True
    with qtbot.waitSignal(page.generated, timeout=60000) as made:
        page.generate()
        # Still running when generate() returns: the window stays free meanwhile.
        assert page.task is not None and not page.generate_button.isEnabled()
    record = made.args[0]
    assert record.path == saving["path"] and record.path.exists()
    assert saving["suggested"].endswith("annual_security_report_2026")
    assert saving["opened"] == [record.path]
    assert record.sha256 in page.result.text() and page.generate_button.isEnabled()
    entry = gui_services.trail.recent(gui_admin.actor(), 1)[0]
    assert (entry.entity, json.loads(entry.details)["sha256"]) == ("annual_report", record.sha256)


def test_cancel_stops_the_work_and_leaves_nothing(
    qtbot, gui_services, gui_admin, year, threads, saving
):
    window = _window(qtbot, gui_services, gui_admin, threads)
    page = window.show_section("reports")
    _choose(page, "workbook")
    saving["path"] = saving["path"].with_name("wb.xlsx")
    before = gui_services.trail.recent(gui_admin.actor(), 1)[0].seq
    page.generate()
    task = page.task
    with qtbot.waitSignal(task.failed, timeout=60000):
        task.cancel()  # what the progress dialog's button does
    assert page.result.text() == "キャンセルしました。ファイルは作成していません。"
    assert list(saving["path"].parent.iterdir()) == []
    assert gui_services.trail.recent(gui_admin.actor(), 1)[0].seq == before
    assert page.generate_button.isEnabled() and page.task is None


def test_departments_and_the_choices_each_report_needs(
    qtbot, window_inline, year, saving, gui_services, gui_admin
):
    page = window_inline.show_section("reports")
    tree = page.options.departments
    top = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    assert list(top) == ["100 総務部", "300 市民部"]
    top["100 総務部"].setCheckState(0, Qt.CheckState.Checked)  # brings its 課 along
    assert top["100 総務部"].child(0).checkState(0) == Qt.CheckState.Checked
    ids = year["departments"]
    assert page.options.chosen_departments() == [ids["100"].id]
    assert page.options.fields.labelForField(tree).text() == "所属(&D)（1）"
    # 市民部 has one 課: ticking it is ticking the whole 部.
    top["300 市民部"].child(0).setCheckState(0, Qt.CheckState.Checked)
    assert top["300 市民部"].checkState(0) == Qt.CheckState.Checked
    assert page.options.chosen_departments() == [ids["100"].id, ids["300"].id]

    _choose(page, "csv:duties")
    saving["path"] = saving["path"].with_name("duties.csv")
    saving["format"] = "csv-cp932"
    with qtbot.waitSignal(page.generated, timeout=30000):
        page.generate()
    lines = saving["path"].read_bytes().decode("cp932").splitlines()
    assert saving["formats"] == ("csv-utf8", "csv-cp932")
    assert lines[0].startswith("番号,記録の状態,件名") and len(lines) == 1 + 8
    filters = json.loads(gui_services.trail.recent(gui_admin.actor(), 1)[0].details)["filters"]
    assert filters["departments"] == ["100", "300"] and filters["encoding"] == "cp932"

    _choose(page, "audit_result")
    assert page.options.audit.isVisibleTo(page) and not tree.isVisibleTo(page)
    assert page.options.audit.currentText() == "2026-AUD-0002 令和8年度 自己点検"
    _choose(page, "incident")
    assert page.options.incident_ref.isVisibleTo(page) and page.open_incidents.isVisibleTo(page)
    page.options.incident_ref.setText("2026-INC-0002")
    saving["path"] = saving["path"].with_name("incident.pdf")
    with qtbot.waitSignal(page.generated, timeout=30000):
        page.generate()
    assert saving["suggested"].endswith("incident_report_2026-INC-0002")
    page.open_incidents.click()
    assert window_inline.current_page() is window_inline.page("incidents")

    window_inline.show_section("reports")
    _choose(page, "publication")
    assert page.options.half.isVisibleTo(page) and not page.options.incident_ref.isVisibleTo(page)
    page.options.half.setCurrentIndex(page.options.half.findData(1))
    saving["path"] = saving["path"].with_name("publication.pdf")
    with qtbot.waitSignal(page.generated, timeout=30000):
        page.generate()
    filters = json.loads(gui_services.trail.recent(gui_admin.actor(), 1)[0].details)["filters"]
    assert filters == {"fiscal_year": 2026, "half": 1}


@pytest.fixture
def window_inline(qtbot, gui_services, gui_admin, runner):
    return _window(qtbot, gui_services, gui_admin, runner)


def test_a_viewer_cannot_make_reports(qtbot, gui_services, gui_admin, year, runner, saving):
    admin = gui_admin.actor()
    gui_services.accounts.create_user(admin, "etsuran", "viewer", ADMIN_PASSWORD, must_change=False)
    viewer = gui_services.accounts.login("etsuran", ADMIN_PASSWORD)
    page = _window(qtbot, gui_services, viewer, runner).show_section("reports")
    assert not page.generate_button.isEnabled()
    assert "「書き出し」の権限が必要です" in page.result.text()
    page.generate()  # Enter on the list ends here too
    assert "suggested" not in saving and not saving["path"].exists()
