"""Logging a record in under a minute (QuickEntryDialog) and working on one (IncidentDialog)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from secdesk.domain import incidents as vocab
from secdesk.domain.duties import PersonalInfo, ppc_reasons
from secdesk.domain.roles import Permission
from secdesk.gui.i18n import tr
from secdesk.gui.incidents.widgets import (
    Choices,
    fill_categories,
    fill_codes,
    fill_departments,
    fill_reporters,
    get_when,
    set_when,
    status_text,
)
from secdesk.gui.roster.dialogs import fill_combo, select_data
from secdesk.gui.widgets.forms import FormDialog, show_error
from secdesk.i18n import join
from secdesk.services.incidents.records import IncidentInfo, IncidentInput
from secdesk.services.incidents.settings import rules_from_values


class IncidentDialog(FormDialog):
    """One record: its fields in three tabs, and its timeline, duties, contacts, files and links.

    The parts (notes, duties, contacts …) are saved at once by their own buttons; the fields are
    saved with Ctrl+S. `changed` tells the section that something was written."""

    changed = Signal()
    open_record = Signal(int)
    open_finding = Signal(str)  # an audit finding's number

    TEXT_FIELDS = (
        "description",
        "cause",
        "countermeasures",
        "preventive_measures",
        "leaked_items",
        "secondary_damage",
        "persons_response",
        "publication",
    )
    FLAGS = ("sensitive_data", "my_number", "unlawful_purpose", "financial_harm")

    def __init__(
        self, ctx, info: IncidentInfo, choices: Choices, parent: QWidget | None = None
    ) -> None:
        super().__init__("incident", f"{info.ref} {info.title}", ctx.runner, parent)
        self.ctx, self.info, self.choices = ctx, info, choices
        self.can_edit = ctx.actor.can(Permission.EDIT_INCIDENTS)
        self.header = self.form.findChild(QLabel, "header")
        self.header.setObjectName("incident_header")
        self.tabs = self.form.findChild(QTabWidget, "tabs")
        self.duties_preview = self.form.findChild(QLabel, "duties_preview")
        self.title_edit = self.field("title", QLineEdit)
        self.combos = {
            name: self.field(name, QComboBox)
            for name in (
                "category_id",
                "segment",
                "department_id",
                "reporter_staff_id",
                "handler_user_id",
                "severity_id",
                "classification",
            )
        }
        self.times = {
            name: self.field(name, QDateTimeEdit)
            for name in ("occurred_at", "discovered_at", "reported_at")
        }
        self.tags = self.field("tags", QLineEdit)
        self.texts = {name: self.field(name, QPlainTextEdit) for name in self.TEXT_FIELDS}
        self.persons = self.field("persons_affected", QSpinBox)
        self.flags = {name: self.field(name, QCheckBox) for name in self.FLAGS}
        self._fill(info)
        from secdesk.gui.incidents.panels import add_panels

        self.panels = add_panels(self)
        from secdesk.gui.widgets.cross_links import LinkedFindings

        self.findings_box = LinkedFindings(ctx, info.id, self.panels.links.parentWidget())
        self.panels.links.parentWidget().layout().addWidget(self.findings_box)
        self.findings_box.opened.connect(lambda number: self.open_finding.emit(str(number)))
        self._actions()
        self.persons.valueChanged.connect(self._preview)
        for box in self.flags.values():
            box.toggled.connect(self._preview)
        self.show_info(info)
        if not self.can_edit:
            for index in range(3):
                self.tabs.widget(index).setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        self.dirty = False
        self.resize(980, 720)

    # --- filling ---------------------------------------------------------------------------------

    def _fill(self, info: IncidentInfo) -> None:
        data, c = info.data, self.combos
        self.title_edit.setText(data.title)
        fill_categories(c["category_id"], self.choices.categories, data.category_id)
        select_data(c["category_id"], data.category_id)
        fill_codes(c["segment"], vocab.SEGMENTS, tr("（未設定）"))
        select_data(c["segment"], data.segment or None)
        fill_departments(c["department_id"], self.choices.departments, data.department_id)
        select_data(c["department_id"], data.department_id)
        current = (
            (data.reporter_staff_id, f"{info.reporter_number} {info.reporter_name}")
            if data.reporter_staff_id
            else None
        )
        fill_reporters(
            c["reporter_staff_id"], self.ctx.services, self.ctx.actor, data.department_id, current
        )
        select_data(c["reporter_staff_id"], data.reporter_staff_id)
        c["department_id"].currentIndexChanged.connect(self._department_changed)
        fill_combo(
            c["handler_user_id"],
            [
                (h.label, h.id)
                for h in self.choices.handlers
                if h.active or h.id == data.handler_user_id
            ],
            tr("（未設定）"),
        )
        select_data(c["handler_user_id"], data.handler_user_id)
        fill_combo(
            c["severity_id"],
            [
                (f"{s.name}（{s.description}）" if s.description else s.name, s.id)
                for s in self.choices.severities
                if s.active or s.id == data.severity_id
            ],
            tr("（未設定）"),
        )
        select_data(c["severity_id"], data.severity_id)
        fill_codes(c["classification"], vocab.CLASSIFICATIONS)
        select_data(c["classification"], data.classification)
        set_when(self.times["occurred_at"], data.occurred_at, optional=True)
        set_when(self.times["discovered_at"], data.discovered_at)
        set_when(self.times["reported_at"], data.reported_at, optional=True)
        self.tags.setText(data.tags)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(data, name))
        self.persons.setValue(-1 if data.persons_affected is None else data.persons_affected)
        for name, box in self.flags.items():
            box.setChecked(getattr(data, name))

    def _department_changed(self) -> None:
        box = self.combos["reporter_staff_id"]
        current = (box.currentData(), box.currentText()) if box.currentData() else None
        fill_reporters(
            box,
            self.ctx.services,
            self.ctx.actor,
            self.combos["department_id"].currentData(),
            current,
        )
        select_data(box, current[0] if current else None)

    def _actions(self) -> None:
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.status_button = self.buttons.addButton(tr("状態を変更…"), role)
        self.status_button.setObjectName("change_status")
        self.status_button.clicked.connect(self.change_status)
        self.promote_button = self.buttons.addButton(tr("インシデントへ移行…"), role)
        self.promote_button.setObjectName("promote")
        self.promote_button.clicked.connect(self.promote)
        self.report_button = self.buttons.addButton(tr("報告書 (PDF)…"), role)
        self.report_button.setObjectName("report")
        self.report_button.clicked.connect(self.report)
        self.report_button.setVisible(self.ctx.actor.can(Permission.EXPORT))

    def show_info(self, info: IncidentInfo) -> None:
        """Show the record's state after any write (the fields being edited stay as they are)."""
        self.info = info
        self.setWindowTitle(f"{info.ref} {info.title}")
        parts = [
            f"<span style='font-size:14pt;font-weight:bold'>{info.ref}</span>",
            vocab.label(vocab.KIND_LABELS, info.kind),
            tr("状態: <b>{s}</b>").format(s=status_text(info.status)),
            vocab.label(vocab.CLASSIFICATIONS, info.data.classification),
        ]
        if info.next_due_on:
            overdue = info.next_due_on < self.ctx.services.clock.today()
            colour = "#b3261e" if overdue else "#1f2d3d"
            word = tr("期限超過") if overdue else tr("次の期限")
            parts.append(
                f"<span style='color:{colour}'>{'⚠ ' if overdue else ''}{word} {info.next_due_on.isoformat()}</span>"
            )
        links = []
        if info.promoted_from:
            links.append(tr("移行元: {ref}").format(ref=info.promoted_from.ref))
        if info.promoted_to:
            links.append(tr("移行先: {ref}").format(ref=info.promoted_to.ref))
        text = "　".join(parts) + ("<br>" + "　".join(links) if links else "")
        if info.withdrawn_reason:
            text += "<br>" + tr("取消理由: {r}").format(r=info.withdrawn_reason)
        if info.my_number_note:
            text += f"<br><span style='color:#b3261e'>⚠ {info.my_number_note}</span>"
        self.header.setText(text)
        self.status_button.setVisible(self.can_edit and bool(info.transitions))
        self.promote_button.setVisible(self.can_edit and info.can_promote)
        self.panels.show(info)
        self._preview()

    def _preview(self, *_args) -> None:
        """What the personal-information block means for the reports owed, before saving."""
        if self.info.kind != vocab.INCIDENT:
            self.duties_preview.setText(
                tr("ヒヤリハットには報告義務はありません（インシデントへ移行すると判定します）。")
            )
            return
        rules = rules_from_values(self.ctx.services.settings.all())
        persons = self.persons.value()
        facts = PersonalInfo(
            None if persons < 0 else persons,
            self.flags["sensitive_data"].isChecked(),
            self.flags["my_number"].isChecked(),
            self.flags["unlawful_purpose"].isChecked(),
            self.flags["financial_harm"].isChecked(),
        )
        reasons = ppc_reasons(facts, rules)
        if reasons:
            text = tr(
                "<b>個人情報保護委員会への報告が必要です</b>（{why}）。速報・確報・本人通知の期限は保存すると「報告義務」のタブに表示されます。"
            ).format(why=join(reasons))
        else:
            text = tr("現在の内容では、個人情報保護委員会への報告の要件に該当しません。")
        self.duties_preview.setText(text)

    # --- saving ---------------------------------------------------------------------------------

    def collect(self) -> IncidentInput:
        c = self.combos
        persons = self.persons.value()
        return IncidentInput(
            kind=self.info.kind,
            title=self.title_edit.text(),
            discovered_at=get_when(self.times["discovered_at"]),
            occurred_at=get_when(self.times["occurred_at"], optional=True),
            reported_at=get_when(self.times["reported_at"], optional=True),
            category_id=c["category_id"].currentData(),
            segment=c["segment"].currentData() or "",
            department_id=c["department_id"].currentData(),
            reporter_staff_id=c["reporter_staff_id"].currentData(),
            handler_user_id=c["handler_user_id"].currentData(),
            severity_id=c["severity_id"].currentData(),
            classification=c["classification"].currentData(),
            tags=self.tags.text(),
            persons_affected=None if persons < 0 else persons,
            **{name: edit.toPlainText() for name, edit in self.texts.items()},
            **{name: box.isChecked() for name, box in self.flags.items()},
        )

    def submit(self, data: IncidentInput) -> IncidentInfo:
        return self.ctx.services.incidents.update(
            self.ctx.actor, self.info.id, self.info.version, data
        )

    def _saved(self, value) -> None:
        self.changed.emit()
        super()._saved(value)

    # --- actions ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """After a part was written: fetch the record again and tell the section."""
        try:
            self.show_info(self.ctx.services.incidents.get(self.ctx.actor, self.info.id))
        except Exception as error:
            show_error(self, error)
        self.changed.emit()

    def run_form(self, dialog) -> None:
        dialog.accepted.connect(self.reload)
        dialog.open()
        self.child_dialog = dialog  # tests reach the open dialog here

    def _ask_to_save_first(self) -> bool:
        if self.dirty:
            show_error(self, ValueError(tr("先に変更を保存してください（Ctrl+S）。")), tr("確認"))
            return False
        return True

    def change_status(self, status: str | None = None) -> None:
        from secdesk.gui.incidents.forms import StatusDialog

        if self._ask_to_save_first():
            self.run_form(
                StatusDialog(self.ctx, self.info, self, status if isinstance(status, str) else None)
            )

    def promote(self) -> None:
        from secdesk.gui.widgets.forms import ask_yes_no

        if not self._ask_to_save_first():
            return
        if not ask_yes_no(
            self,
            tr("インシデントへ移行"),
            tr(
                "{ref} をインシデントへ移行しますか? 新しい番号のインシデントを作り、このヒヤリハットは履歴とともに残ります。"
            ).format(ref=self.info.ref),
        ):
            return
        actor, info = self.ctx.actor, self.info
        self.ctx.runner.write(
            lambda _p: self.ctx.services.incidents.promote(actor, info.id, info.version),
            self._promoted,
            lambda e: show_error(self, e),
        )

    def _promoted(self, incident: IncidentInfo) -> None:
        self.reload()
        self.open_record.emit(incident.id)

    def report(self) -> None:
        from secdesk.gui.progress import run_with_progress
        from secdesk.gui.widgets.export_flow import ask_save_path, open_file

        folder = self.ctx.settings.last_folder or ""
        answer = ask_save_path(
            self, tr("インシデント報告書"), f"{folder}/{self.info.ref}".lstrip("/"), ("pdf",)
        )
        if answer is None:
            return
        path, _ = answer
        actor, ref = self.ctx.actor, self.info.ref

        def done(_record) -> None:
            self.ctx.hub.changed.emit("export")
            if self.ctx.settings.open_after_export:
                open_file(path)

        run_with_progress(
            self,
            self.ctx.runner,
            tr("報告書を作成しています…"),
            lambda _p: self.ctx.services.incident_reports.report(actor, ref, path),
            done,
        )
