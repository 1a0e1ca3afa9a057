"""The small steps of following an action up: a progress note, a verification, a risk accepted."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import FormDialog
from secdesk.services.audits.corrective_actions import ActionInfo


def _today(ctx) -> QDate:
    day = ctx.services.clock.today()
    return QDate(day.year, day.month, day.day)


class NoteDialog(FormDialog):
    """経過の記録: a dated line that is only ever added."""

    def __init__(self, ctx, action: ActionInfo, parent: QWidget | None = None) -> None:
        super().__init__("action_note", tr("経過の記録"), ctx.runner, parent)
        self.ctx = ctx
        self.action = action
        self.noted_on = self.field("noted_on", QDateEdit)
        self.text = self.field("text", QPlainTextEdit)
        self.noted_on.setMaximumDate(_today(ctx))
        self.noted_on.setDate(_today(ctx))
        self.dirty = False
        self.resize(520, self.sizeHint().height())

    def collect(self):
        return self.noted_on.date().toPython(), self.text.toPlainText()

    def submit(self, data):
        day, text = data
        return self.ctx.services.audits.actions.add_note(self.ctx.actor, self.action.id, text, day)


class VerifyDialog(FormDialog):
    """確認（確認済）: the auditor or CSIRT confirms a completed action, which closes it."""

    def __init__(self, ctx, action: ActionInfo, parent: QWidget | None = None) -> None:
        super().__init__("action_verify", tr("是正処置の確認（確認済）"), ctx.runner, parent)
        self.ctx = ctx
        self.action = action
        self.summary = self.form.findChild(QLabel, "summary")
        self.note = self.field("note", QPlainTextEdit)
        completed = action.completed_on.isoformat() if action.completed_on else "-"
        self.summary.setText(
            tr("{plan}\n担当: {dept} {owner}　完了日: {day}").format(
                plan=action.plan,
                dept=action.owner_department,
                owner=action.owner_name,
                day=completed,
            )
        )
        self.buttons.button(self.buttons.StandardButton.Save).setText(tr("確認済にする (Ctrl+S)"))
        self.dirty = False
        self.resize(520, self.sizeHint().height())

    def collect(self) -> str:
        return self.note.toPlainText()

    def submit(self, note: str):
        return self.ctx.services.audits.actions.verify(
            self.ctx.actor, self.action.id, self.action.version, note
        )


class RiskDialog(FormDialog):
    """リスク受容: the decision not to fix, its reason and who approved it."""

    def __init__(self, ctx, action: ActionInfo, parent: QWidget | None = None) -> None:
        super().__init__("risk_acceptance", tr("リスクの受容"), ctx.runner, parent)
        self.ctx = ctx
        self.action = action
        self.reason = self.field("risk_reason", QPlainTextEdit)
        self.approver = self.field("risk_approver", QLineEdit)
        self.accepted_on = self.field("risk_accepted_on", QDateEdit)
        self.accepted_on.setMaximumDate(_today(ctx))
        self.accepted_on.setDate(_today(ctx))
        self.dirty = False
        self.resize(560, self.sizeHint().height())

    def collect(self):
        return self.reason.toPlainText(), self.approver.text(), self.accepted_on.date().toPython()

    def submit(self, data):
        reason, approver, day = data
        return self.ctx.services.audits.actions.accept_risk(
            self.ctx.actor, self.action.id, self.action.version, reason, approver, day
        )
