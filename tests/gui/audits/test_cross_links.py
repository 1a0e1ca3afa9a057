"""A finding and an incident linked from the finding's window, shown on both, each opening the other."""

from secdesk.gui.incidents.dialogs import IncidentDialog
from secdesk.gui.incidents.section import IncidentsSection
from secdesk.gui.widgets import cross_links
from tests.gui.audits.conftest import audits_section
from tests.services.incidents.incident_helpers import incident


def test_link_from_the_finding_then_open_each_side_from_the_other(
    qtbot, window, gui_services, gui_admin, audit_data, monkeypatch
):
    case = gui_services.incidents.create(gui_admin.actor(), incident("入退室カードの紛失"))
    section = audits_section(window)
    section.findings.open(audit_data["late"].id)
    finding_dialog = section.findings.dialog
    qtbot.addWidget(finding_dialog)
    box = finding_dialog.incidents_box
    monkeypatch.setattr(cross_links, "ask_text", lambda *args: case.ref)
    box.add()
    assert box.table.rowCount() == 1 and box.table.item(0, 0).text() == case.ref

    box.table.setCurrentCell(0, 0)
    box.opened.emit(box._target(box.selected()))  # what Enter on the row does
    incidents = window.current_page()
    assert isinstance(incidents, IncidentsSection)
    incident_dialog = incidents.dialog
    qtbot.addWidget(incident_dialog)
    assert isinstance(incident_dialog, IncidentDialog) and incident_dialog.info.id == case.id
    findings = incident_dialog.findings_box
    assert findings.table.item(0, 0).text() == audit_data["late"].number

    findings.opened.emit(findings._target(findings.items[0]))
    assert window.current_page() is section
    assert section.tabs.currentWidget() is section.findings
    assert section.findings.list.search.text() == audit_data["late"].number


def test_readers_see_links_but_no_link_buttons(
    qtbot, make_ctx, gui_services, gui_admin, audit_data
):
    from PySide6.QtWidgets import QPushButton

    from secdesk.gui.main_window import MainWindow

    case = gui_services.incidents.create(gui_admin.actor(), incident("誤送信"))
    gui_services.finding_links.link(gui_admin.actor(), audit_data["late"].id, case.ref)
    gui_services.accounts.create_user(
        gui_admin.actor(), "kansa", "auditor", "auditor-password", must_change=False
    )
    main = MainWindow(make_ctx(gui_services.accounts.login("kansa", "auditor-password")))
    qtbot.addWidget(main)
    section = main.show_section("audits")
    section.findings.open(audit_data["late"].id)
    box = section.findings.dialog.incidents_box
    qtbot.addWidget(section.findings.dialog)
    assert box.table.rowCount() == 1
    assert not box.findChild(QPushButton, "linked_incidents_add").isVisibleTo(box)


def test_link_from_the_incident_and_unlink_from_either_box(
    qtbot, make_ctx, gui_services, gui_admin, audit_data, monkeypatch
):
    case = gui_services.incidents.create(gui_admin.actor(), incident("鍵の紛失"))
    ctx = make_ctx(gui_admin)
    findings = cross_links.LinkedFindings(ctx, case.id)
    qtbot.addWidget(findings)
    monkeypatch.setattr(cross_links, "ask_text", lambda *args: audit_data["late"].number)
    findings.add()
    assert [f.number for f in findings.items] == [audit_data["late"].number]

    incidents = cross_links.LinkedIncidents(ctx, audit_data["late"].id)
    qtbot.addWidget(incidents)
    assert [i.ref for i in incidents.items] == [case.ref]
    monkeypatch.setattr(cross_links, "ask_yes_no", lambda *args: True)
    incidents.table.setCurrentCell(0, 0)
    incidents.remove()
    assert incidents.table.rowCount() == 0
    findings.load()
    assert findings.items == []
    findings.add()
    findings.table.setCurrentCell(0, 0)
    findings.remove()
    assert gui_services.finding_links.incidents_of(gui_admin.actor(), audit_data["late"].id) == []
