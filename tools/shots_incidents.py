"""Screenshots of the incident register: list, filters from the dashboard, forms, import, PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget


def incident_shots(window, services, user, grab, out: Path) -> None:
    dashboard = window.show_section("dashboard")
    grab(dashboard.body, "49_dashboard_whole")
    section = window.show_section("incidents")
    grab(window, "50_incidents_list")
    section.list.search.setText("紛失")
    section.list.apply()
    grab(window, "51_incidents_search")
    section.list.search.clear()
    dashboard = window.show_section("dashboard")
    overdue = dashboard.findChild(QWidget, "tile_incidents_overdue")
    if overdue is not None:
        overdue.click()
    grab(window, "52_incidents_overdue_from_dashboard")
    section.new_record()
    grab(section.dialog, "53_quick_entry")
    section.dialog.form.findChild(QWidget, "title").setText("")
    section.dialog.save()
    grab(section.dialog, "54_quick_entry_errors")
    section.dialog.dirty = False
    section.dialog.reject()
    section.show_filtered(kind="incident", status="open", sort="next_due")
    record_id = section.list.model.id_at(0)
    if record_id is None:
        return
    section.open_record(record_id)
    dialog = section.dialog
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        grab(dialog, f"{55 + index}_incident_tab{index}")
    dialog.tabs.setCurrentIndex(0)
    if dialog.info.transitions:
        dialog.change_status()
        grab(dialog.child_dialog, "62_status_dialog")
        dialog.child_dialog.reject()
    dialog.tabs.setCurrentIndex(4)
    dialog.panels.duties.selectRow(0)
    dialog.panels.record_duty()
    if hasattr(dialog, "child_dialog"):
        grab(dialog.child_dialog, "63_duty_dialog")
        dialog.child_dialog.reject()
    dialog.dirty = False
    dialog.reject()
    report = out / "incident_report.pdf"
    services.incident_reports.report(user.actor(), dialog.info.ref, report)
    section.edit_rules()
    grab(section.dialog, "64_rules_dialog")
    section.dialog.reject()
    export = out / "incidents_export.csv"
    services.incident_export.export(user.actor(), export)
    lines = export.read_text(encoding="utf-8-sig").splitlines()
    bad = out / "incidents_bad.csv"
    bad.write_text(
        "種別,件名,発見日時,発生日時,所属コード\n"
        "ヒヤリハット,FAXの誤送信に気づいた,2026-11-20 09:00,,\n"
        "インシデント,,2026-11-20 09:00,,\n"
        "インシデント,発見が発生より前,2026-11-20 09:00,2026-11-21 09:00,\n"
        "ヒヤリハット,所属違い,2026-11-20 09:00,,999\n",
        encoding="utf-8-sig",
    )
    section.import_file()
    section.dialog.path.setText(str(bad))
    section.dialog.check()
    grab(section.dialog, "65_import_errors")
    section.dialog.reject()
    assert lines
