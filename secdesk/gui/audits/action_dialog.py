"""A corrective action: plan, owner, due date, progress, notes, evidence, and how it closes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.audits import ACTION_STATUS_LABELS, ActionStatus
from secdesk.domain.roles import Permission
from secdesk.domain.timezone import format_local
from secdesk.gui.audits import widgets as audit_widgets
from secdesk.gui.audits.action_steps import NoteDialog, RiskDialog, VerifyDialog
from secdesk.gui.audits.dialogs import AuditLookups, optional_date
from secdesk.gui.audits.widgets import choose, department_choices, fill, read_only_table, value
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import FormDialog, get_date, set_date, show_error
from secdesk.services.audits.corrective_actions import ActionDetail, ActionInput
from secdesk.services.audits.findings import FindingInfo
from secdesk.services.core.listing import ListQuery

_FORM_STATUSES = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.DONE)


class ActionDialog(FormDialog):
    def __init__(
        self,
        ctx,
        finding: FindingInfo,
        detail: ActionDetail | None,
        lookups: AuditLookups,
        parent: QWidget | None = None,
    ) -> None:
        title = tr("是正処置（{n}）").format(n=finding.number)
        super().__init__("corrective_action", title, ctx.runner, parent)
        self.ctx = ctx
        self.finding = finding
        self.detail = detail
        self.lookups = lookups
        self.can_edit = ctx.actor.can(Permission.EDIT_AUDITS)
        self.plan = self.field("plan", QPlainTextEdit)
        self.department = self.field("owner_department_id", QComboBox)
        self.owner = self.field("owner_name", QComboBox)
        self.due = self.field("due_date", QDateEdit)
        self.status = self.field("status", QComboBox)
        self.completed = self.field("completed_on", QDateEdit)
        fill(self.department, department_choices(lookups.departments), tr("（未設定）"))
        fill(self.status, [(tr(ACTION_STATUS_LABELS[s]), s.value) for s in _FORM_STATUSES])
        optional_date(self.completed)
        self.department.currentIndexChanged.connect(self._load_staff)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.extra = self._follow_up_panel()
        self.form.layout().addWidget(self.extra)
        if detail is None:
            today = ctx.services.clock.today() + timedelta(days=30)
            self.due.setDate(QDate(today.year, today.month, today.day))
            choose(self.department, finding.department_id)
            self.extra.hide()
        self._load_staff()
        self.show_detail(detail)
        self.resize(720, min(self.sizeHint().height(), 880))

    # --- filling -----------------------------------------------------------------------------

    def show_detail(self, detail: ActionDetail | None) -> None:
        self.detail = detail
        if detail is not None:
            action = detail.action
            self.plan.setPlainText(action.plan)
            choose(self.department, action.owner_department_id)
            self.owner.setEditText(action.owner_name)
            set_date(self.due, action.due_date)
            choose(self.status, action.status)
            set_date(self.completed, action.completed_on)
            self._show_closing(action)
            self._show_notes(detail)
            self._show_evidence(detail)
        editable = self.can_edit and (
            detail is None or not (detail.action.closed or detail.action.withdrawn)
        )
        for widget in self.fields.values():
            widget.setEnabled(editable)
        self._status_changed()
        self.buttons.button(self.buttons.StandardButton.Save).setVisible(editable)
        self._update_buttons()
        self.dirty = False

    def _show_closing(self, action) -> None:
        if action.withdrawn:
            text = tr("取消: {r}").format(r=action.withdrawn_reason)
        elif action.verified_at is not None:
            text = tr("確認済（{at}、{by}）{note}").format(
                at=format_local(action.verified_at),
                by=action.verified_by,
                note=tr("：{note}").format(note=action.verification_note)
                if action.verification_note
                else "",
            )
        elif action.status == ActionStatus.RISK_ACCEPTED:
            text = tr("リスク受容（承認者: {who}、{day}）：{reason}").format(
                who=action.risk_approver,
                day=action.risk_accepted_on.isoformat() if action.risk_accepted_on else "",
                reason=action.risk_reason,
            )
        elif action.status == ActionStatus.DONE:
            text = tr("完了の報告あり。監査人または CSIRT の確認を待っています（確認待ち）。")
        else:
            state = action.due(self.ctx.services.clock.today(), self.lookups.soon_days)
            from secdesk.gui.widgets.state_style import state_word

            word = state_word(state.value if state.value != "none" else None)
            text = tr("対応中の処置です。") + (f"　⚠ {word}" if word else "")
        self.closing.setText(text)

    def _show_notes(self, detail: ActionDetail) -> None:
        self.notes.setRowCount(len(detail.notes))
        for row, note in enumerate(detail.notes):
            audit_widgets.set_row(
                self.notes, row, [note.noted_on.isoformat(), note.text, note.author]
            )

    def _show_evidence(self, detail: ActionDetail) -> None:
        self.evidence.setRowCount(len(detail.evidence))
        for row, item in enumerate(detail.evidence):
            name = item.filename + (tr("（取消）") if item.withdrawn else "")
            audit_widgets.set_row(
                self.evidence,
                row,
                [
                    name,
                    f"{item.size:,}",
                    item.sha256[:16] + "…",
                    item.added_by,
                    format_local(item.added_at),
                ],
                "inactive" if item.withdrawn else None,
                item.id,
            )
            self.evidence.item(row, 2).setToolTip(item.sha256)

    def _load_staff(self) -> None:
        dept = value(self.department)
        current = self.owner.currentText()
        if dept is None:
            self._staff_loaded([], current)
            return
        actor, source = self.ctx.actor, self.ctx.services.staff.list_source()

        def load(_p):
            ids = source.ids(actor, ListQuery().with_filters(departments=(dept,)), limit=300)
            rows = source.rows(actor, ids)
            return [(str(rows[i].values[1]), i) for i in ids if i in rows]

        self.ctx.runner.read(load, lambda staff: self._staff_loaded(staff, current), lambda e: None)

    def _staff_loaded(self, staff, current: str) -> None:
        dirty = self.dirty
        self.owner.blockSignals(True)
        fill(self.owner, staff, "")
        self.owner.setEditText(current)
        self.owner.blockSignals(False)
        self.dirty = dirty

    def _status_changed(self) -> None:
        done = value(self.status) == ActionStatus.DONE
        self.completed.setEnabled(done and self.plan.isEnabled())

    # --- the follow-up panel --------------------------------------------------------------------

    def _follow_up_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 8, 0, 0)
        self.closing = QLabel(panel)
        self.closing.setObjectName("action_closing")
        self.closing.setWordWrap(True)
        self.notes = read_only_table(
            panel, "action_notes", [tr("日付"), tr("経過"), tr("記録者")], [95, 430]
        )
        self.notes.setAccessibleName(tr("経過の一覧"))
        self.notes.setMaximumHeight(130)
        self.evidence = read_only_table(
            panel,
            "action_evidence",
            [tr("証跡ファイル"), tr("サイズ"), tr("SHA-256"), tr("追加者"), tr("追加日時")],
            [210, 70, 140, 80],
        )
        self.evidence.setAccessibleName(tr("証跡の一覧"))
        self.evidence.setMaximumHeight(110)
        self.evidence.activated.connect(lambda *_: self.save_evidence())
        self.buttons_row = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("note", tr("経過を記録…"), self.add_note),
            ("add_evidence", tr("証跡を追加…"), self.add_evidence),
            ("save_evidence", tr("証跡を保存…"), self.save_evidence),
            ("verify", tr("確認（確認済）…"), self.verify),
            ("risk", tr("リスク受容…"), self.accept_risk),
            ("reopen", tr("再開…"), self.reopen),
            ("withdraw", tr("取消…"), self.withdraw),
        ):
            button = QPushButton(text, panel)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(slot)
            self.step_buttons[key] = button
            self.buttons_row.addWidget(button)
        self.buttons_row.addStretch(1)
        layout.addWidget(self.closing)
        layout.addWidget(QLabel(tr("経過（追記のみ）"), panel))
        layout.addWidget(self.notes)
        layout.addWidget(QLabel(tr("証跡（データベースに SHA-256 とともに保存）"), panel))
        layout.addWidget(self.evidence)
        layout.addLayout(self.buttons_row)
        return panel

    def _update_buttons(self) -> None:
        action = self.detail.action if self.detail else None
        live = action is not None and not action.withdrawn
        closed = live and action.closed
        edit = self.can_edit and live
        visible = {
            "note": edit and not closed,
            "add_evidence": edit,
            "save_evidence": action is not None and self.ctx.actor.can(Permission.EXPORT),
            "verify": live
            and self.lookups.may_verify
            and action.status == ActionStatus.DONE
            and action.verified_at is None,
            "risk": edit and not closed,
            "reopen": edit and closed,
            "withdraw": edit,
        }
        for key, button in self.step_buttons.items():
            button.setVisible(visible[key])

    # --- steps (each saves at once, then shows the action again) ------------------------------

    def _reload(self, *_args) -> None:
        actor, service, action_id = (
            self.ctx.actor,
            self.ctx.services.audits.actions,
            self.detail.action.id,
        )
        self.ctx.hub.changed.emit("audit_action")
        self.ctx.runner.read(
            lambda _p: service.get(actor, action_id),
            self.show_detail,
            lambda e: show_error(self, e),
        )

    def _step(self, dialog) -> None:
        dialog.accepted.connect(self._reload)
        dialog.open()
        self.step_dialog = dialog  # tests reach the open dialog here

    def add_note(self) -> None:
        self._step(NoteDialog(self.ctx, self.detail.action, self))

    def verify(self) -> None:
        self._step(VerifyDialog(self.ctx, self.detail.action, self))

    def accept_risk(self) -> None:
        self._step(RiskDialog(self.ctx, self.detail.action, self))

    def _write(self, fn) -> None:
        self.ctx.runner.write(lambda _p: fn(), self._reload, lambda e: show_error(self, e))

    def reopen(self) -> None:
        reason = audit_widgets.ask_reason(
            self, tr("処置の再開"), tr("再開する理由（経過に残ります）")
        )
        if reason:
            action, service = self.detail.action, self.ctx.services.audits.actions
            self._write(lambda: service.reopen(self.ctx.actor, action.id, action.version, reason))

    def withdraw(self) -> None:
        reason = audit_widgets.ask_reason(self, tr("処置の取消"), tr("取り消す理由"))
        if reason:
            action, service = self.detail.action, self.ctx.services.audits.actions
            self._write(lambda: service.withdraw(self.ctx.actor, action.id, action.version, reason))

    def add_evidence(self) -> None:
        chosen = audit_widgets.ask_open_file(
            self, tr("証跡ファイル"), tr("すべてのファイル (*)"), self.ctx.settings.last_folder
        )
        if not chosen:
            return
        path = Path(chosen)
        self.ctx.settings.last_folder = str(path.parent)
        action_id, service = self.detail.action.id, self.ctx.services.audits.actions
        self._write(
            lambda: service.add_evidence(self.ctx.actor, action_id, path.name, path.read_bytes())
        )

    def _selected_evidence(self):
        row = self.evidence.currentRow()
        if row < 0 and self.evidence.rowCount() == 1:
            row = 0
        if row < 0:
            return None
        evidence_id = self.evidence.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return next(e for e in self.detail.evidence if e.id == evidence_id)

    def save_evidence(self) -> None:
        evidence = self._selected_evidence()
        if evidence is None:
            return
        folder = Path(self.ctx.settings.last_folder or Path.home())
        target = audit_widgets.ask_save_file(
            self, tr("証跡の保存"), str(folder / evidence.filename)
        )
        if target:
            service = self.ctx.services.audits.actions
            self.ctx.runner.write(
                lambda _p: service.save_evidence(self.ctx.actor, evidence.id, target),
                lambda _r: self.ctx.hub.changed.emit("export"),
                lambda e: show_error(self, e),
            )

    # --- the form ------------------------------------------------------------------------------

    def collect(self) -> ActionInput:
        return ActionInput(
            plan=self.plan.toPlainText(),
            owner_department_id=value(self.department),
            due_date=get_date(self.due),
            owner_name=self.owner.currentText(),
            owner_staff_id=self._owner_staff_id(),
            status=value(self.status),
            completed_on=get_date(self.completed) if self.completed.isEnabled() else None,
        )

    def _owner_staff_id(self) -> int | None:
        """The staff member whose name is in the box, if it is one of the department's."""
        index = self.owner.findText(self.owner.currentText().strip())
        values = getattr(self.owner, "_values", [])
        return values[index] if 0 <= index < len(values) else None

    def submit(self, data: ActionInput):
        service = self.ctx.services.audits.actions
        if self.detail is None:
            return service.create(self.ctx.actor, self.finding.id, data)
        action = self.detail.action
        return service.update(self.ctx.actor, action.id, action.version, data)
