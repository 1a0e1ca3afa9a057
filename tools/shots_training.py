"""Screenshots of the training register's screens and dialogs (called from tools/screenshots.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def training_shots(window, ctx, grab, home: Path) -> None:
    from secdesk.gui.training.drill_import_dialog import GophishImportDialog
    from secdesk.gui.training.entry import FastEntryDialog, TickDialog
    from secdesk.gui.training.import_dialog import AttendanceImportDialog

    services, actor = ctx.services, ctx.actor
    page = window.show_section("dashboard")
    grab(window, "50_training_dashboard")
    year = services.clock.today()
    courses = {c.code: c for c in services.training.courses.of_year(actor, _fy(year))}
    page = window.show_section("training", course_id=courses["R8-01"].id, tab="departments")
    grab(window, "51_training_departments")
    page.departments.below_only.setChecked(True)
    grab(window, "52_training_below_target")
    page.departments.below_only.setChecked(False)
    page.open_department(page.summary.departments[0].department_id)
    grab(window, "53_training_non_completers")
    page.open_person(page.people.list.model.id_at(0))
    grab(page.dialog, "54_training_person_history")
    page.dialog.reject()

    page.edit_course()
    grab(page.dialog, "55_training_course_dialog")
    page.dialog.code.setText("")
    page.dialog.save()
    grab(page.dialog, "56_training_course_dialog_errors")
    page.dialog.dirty = False
    page.dialog.reject()

    from secdesk.services.core.listing import ListQuery

    todo = services.training.target_list(page.course.id)
    ids = todo.ids(actor, ListQuery().with_filters(status="incomplete"))[:2]
    numbers = [services.staff.get(actor, i).staff_number for i in ids]
    done = todo.ids(actor, ListQuery().with_filters(status="completed"))[:1]
    numbers.insert(1, "９９９９９")
    numbers.append(services.staff.get(actor, done[0]).staff_number)
    entry = FastEntryDialog(ctx, page.course, window)
    entry.show()
    for number in numbers:
        entry.number.setText(number)
        QTest.keyClick(entry.number, Qt.Key.Key_Return)
    grab(entry, "57_training_fast_entry")
    while entry.recorded:
        entry.undo()
    entry.reject()

    page.people.show_filtered(None, None)
    page.edit_override(page.people.list.model.id_at(2))
    grab(page.dialog, "58_training_override_dialog")
    page.dialog.reject()

    departments = [(f"{d.code} {d.name}", d.department_id) for d in page.summary.departments]
    tick = TickDialog(ctx, page.course, departments, window)
    tick.show()
    grab(tick, "59_training_tick_dialog")
    tick.reject()

    elearning = home / "elearning.csv"
    elearning.write_text(
        "職員番号,受講日,得点\n100005,2026/11/20,90\n100006,2026/11/21,85\n999999,2026/11/21,70\n100007,来週,\n",
        encoding="utf-8-sig",
    )
    dialog = AttendanceImportDialog(ctx, page.course, window)
    dialog.path.setText(str(elearning))
    dialog.show()
    dialog.go_next()
    grab(dialog, "60_training_import_mapping")
    dialog.go_next()
    grab(dialog, "61_training_import_preview")
    dialog.reject()

    advanced = window.show_section("training", course_id=courses["R8-02"].id, tab="sessions")
    grab(window, "62_training_sessions")
    advanced.edit_session(None)
    grab(advanced.dialog, "63_training_session_dialog")
    advanced.dialog.reject()

    drill = window.show_section("training", course_id=courses["R8-PH2"].id, tab="drill")
    grab(window, "64_training_drill")
    results = home / "results.csv"
    rows = [
        "id,status,ip,latitude,longitude,send_date,reported,modified_date,email,first_name,last_name,position",
        "a1,Clicked Link,203.0.113.1,0,0,2026-10-22T00:30:00Z,false,2026-10-22T02:00:00Z,u100010@city.example.lg.jp,,,",
        "a2,Email Opened,203.0.113.2,0,0,2026-10-22T00:30:00Z,true,2026-10-22T03:00:00Z,u100011@city.example.lg.jp,,,",
        "a3,Email Sent,,0,0,2026-10-22T00:30:00Z,false,2026-10-22T00:30:00Z,contractor@vendor.example.co.jp,,,",
    ]
    results.write_text("\n".join(rows) + "\n", encoding="utf-8")
    gophish = GophishImportDialog(ctx, drill.course, window)
    gophish.path.setText(str(results))
    gophish.show()
    gophish.go_next()
    grab(gophish, "65_training_gophish_preview")
    gophish.reject()
    drill.assign_follow_up()
    grab(drill.dialog, "66_training_follow_up_dialog")
    drill.dialog.reject()
    page = window.show_section("training", course_id=courses["R8-01"].id, tab="people")
    page.people.show_filtered("incomplete", None)
    grab(window, "67_training_people")


def _fy(day) -> int:
    from secdesk.domain.fiscal import fiscal_year

    return fiscal_year(day)
