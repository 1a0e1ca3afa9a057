"""Screenshots of the 報告書 section (called from tools/screenshots.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt


def reports_shots(window, grab, home: Path) -> None:
    from secdesk.gui.widgets import export_flow

    page = window.show_section("reports")

    page.choose("annual")
    tree = page.options.departments
    tree.topLevelItem(0).setExpanded(True)
    grab(window, "90_reports_annual")
    tree.topLevelItem(0).child(0).setCheckState(0, Qt.CheckState.Checked)
    page.choose("workbook")
    grab(window, "91_reports_workbook_departments")
    tree.topLevelItem(0).child(0).setCheckState(0, Qt.CheckState.Unchecked)
    page.choose("training")
    grab(window, "92_reports_training")
    page.choose("audit_result")
    grab(window, "93_reports_audit_result")
    page.choose("incident")
    grab(window, "94_reports_incident")

    # Make the annual report as a person would, the save dialog answered with a file in home.
    saved = {"ask": export_flow.ask_save_path, "open": export_flow.open_file}
    target = home / "年次情報セキュリティ報告書.pdf"
    export_flow.ask_save_path = lambda *args: (target, "pdf")
    export_flow.open_file = lambda path: None
    try:
        page.choose("annual")
        page.generate()
        grab(window, "95_reports_done")
    finally:
        export_flow.ask_save_path, export_flow.open_file = saved["ask"], saved["open"]
    print(target)
