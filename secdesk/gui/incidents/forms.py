"""The small forms of a record: a timeline note, a status change, a duty done, a contact, and the
deadline rules (administrators)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from secdesk.domain import incidents as vocab
from secdesk.domain.duties import WHEN_LABELS
from secdesk.domain.errors import Problem, ValidationError
from secdesk.gui.i18n import tr
from secdesk.gui.incidents.widgets import fill_codes, get_when, set_when, status_text
from secdesk.gui.roster.dialogs import fill_combo, select_data
from secdesk.gui.widgets.forms import FormDialog
from secdesk.i18n import QT_TR_NOOP
from secdesk.services.incidents.records import DutyInfo, IncidentInfo
from secdesk.services.incidents.settings import ATTACHMENT_MAX_MB, RULE_KEYS


class NoteDialog(FormDialog):
    """対応経過: what was done, and when."""

    def __init__(self, ctx, info: IncidentInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            "incident_note", tr("対応経過の記録 — {ref}").format(ref=info.ref), ctx.runner, parent
        )
        self.ctx, self.info = ctx, info
        self.at = self.field("at", QDateTimeEdit)
        self.text = self.field("text", QPlainTextEdit)
        set_when(self.at, ctx.services.clock.now())
        self.dirty = False
        self.resize(560, 320)

    def collect(self):
        return get_when(self.at), self.text.toPlainText()

    def submit(self, data):
        at, text = data
        return self.ctx.services.incident_work.add_note(self.ctx.actor, self.info.id, text, at)


class StatusDialog(FormDialog):
    """Move a record one step along its workflow (or withdraw it, with a reason)."""

    def __init__(
        self, ctx, info: IncidentInfo, parent: QWidget | None = None, status: str | None = None
    ) -> None:
        super().__init__(
            "incident_status", tr("状態の変更 — {ref}").format(ref=info.ref), ctx.runner, parent
        )
        self.ctx, self.info = ctx, info
        self.status = self.field("status", QComboBox)
        self.at = self.field("at", QDateTimeEdit)
        self.note = self.field("note", QPlainTextEdit)
        fill_combo(self.status, [(status_text(s), s) for s in info.transitions])
        select_data(self.status, status)
        set_when(self.at, ctx.services.clock.now())
        current = QLabel(tr("現在の状態: {s}").format(s=status_text(info.status)), self.form)
        current.setObjectName("current_status")
        self.form.layout().insertWidget(0, current)
        self.dirty = False
        self.resize(520, 300)

    def collect(self):
        status = self.status.currentData()
        note = self.note.toPlainText()
        if status == vocab.WITHDRAWN and not note.strip():
            raise ValidationError(Problem(tr("取消の理由を入力してください。"), "note"))
        return status, note, get_when(self.at)

    def submit(self, data):
        status, note, at = data
        return self.ctx.services.incidents.change_status(
            self.ctx.actor, self.info.id, self.info.version, status, note, at
        )


class DutyDialog(FormDialog):
    """When and how a report was made (or that it is not done after all)."""

    METHODS = (
        QT_TR_NOOP("Webフォーム"),
        QT_TR_NOOP("電子メール"),
        QT_TR_NOOP("電話"),
        QT_TR_NOOP("文書"),
        QT_TR_NOOP("対面"),
        QT_TR_NOOP("郵送"),
        QT_TR_NOOP("郵送・電話"),
    )

    def __init__(self, ctx, duty: DutyInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            "incident_duty",
            tr("報告義務の実施 — {duty}").format(duty=duty.label),
            ctx.runner,
            parent,
        )
        self.ctx, self.duty = ctx, duty
        self.done_box = self.field("done", QCheckBox)
        self.done_at = self.field("done_at", QDateTimeEdit)
        self.method = self.field("method", QComboBox)
        self.note = self.field("note", QPlainTextEdit)
        intro = self.form.findChild(QLabel, "intro")
        intro.setText(
            tr("{duty}　期限: {due}　根拠: {basis}").format(
                duty=duty.label, due=duty.due_on.isoformat(), basis=duty.basis
            )
        )
        fill_combo(self.method, [(tr(m), tr(m)) for m in self.METHODS])
        self.done_box.setChecked(True)
        set_when(self.done_at, duty.done_at or ctx.services.clock.now())
        if duty.method:
            self.method.setCurrentText(duty.method)
        self.note.setPlainText(duty.note)
        self.done_box.toggled.connect(self.done_at.setEnabled)
        self.dirty = False
        self.resize(540, 320)

    def collect(self):
        if not self.done_box.isChecked():
            return None, "", ""
        return get_when(self.done_at), self.method.currentText(), self.note.toPlainText()

    def submit(self, data):
        done_at, method, note = data
        return self.ctx.services.incident_work.record_duty(
            self.ctx.actor, self.duty.id, done_at, method, note
        )


class NotificationDialog(FormDialog):
    """A contact with an outside body (総務省, 警察, 個人情報保護委員会, 報道 …)."""

    def __init__(self, ctx, info: IncidentInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            "incident_notification",
            tr("関係機関への連絡 — {ref}").format(ref=info.ref),
            ctx.runner,
            parent,
        )
        self.ctx, self.info = ctx, info
        self.target = self.field("target", QComboBox)
        self.notified_at = self.field("notified_at", QDateTimeEdit)
        self.method = self.field("method", QComboBox)
        self.note = self.field("note", QPlainTextEdit)
        fill_combo(
            self.target, [(tr(t), t) for t in vocab.NOTIFICATION_TARGETS], tr("（選んでください）")
        )
        fill_combo(self.method, [(tr(m), tr(m)) for m in vocab.NOTIFICATION_METHODS])
        set_when(self.notified_at, ctx.services.clock.now())
        self.dirty = False
        self.resize(540, 320)

    def collect(self):
        return (
            self.target.currentData() or "",
            get_when(self.notified_at),
            self.method.currentText(),
            self.note.toPlainText(),
        )

    def submit(self, data):
        target, at, method, note = data
        return self.ctx.services.incident_work.add_notification(
            self.ctx.actor, self.info.id, target, at, method, note
        )


class RulesDialog(FormDialog):
    """The deadline rules and the attachment limit: organisation settings (administrators)."""

    def __init__(self, ctx, values: dict, parent: QWidget | None = None) -> None:
        super().__init__("incident_rules", tr("報告期限の設定"), ctx.runner, parent)
        self.ctx = ctx
        self.widgets: dict[str, QWidget] = {}
        for key in (*RULE_KEYS, ATTACHMENT_MAX_MB.key):
            kind = (
                QCheckBox
                if key.endswith("reported")
                else QComboBox
                if key.endswith("_when")
                else QSpinBox
            )
            widget = self.field(key, kind)
            self.widgets[key] = widget
            value = values.get(key)
            if isinstance(widget, QComboBox):
                fill_codes(widget, WHEN_LABELS)
                select_data(widget, value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.setValue(int(value))
        self.dirty = False
        self.resize(620, self.sizeHint().height())

    def collect(self) -> dict:
        result = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                result[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                result[key] = widget.isChecked()
            else:
                result[key] = widget.value()
        return result

    def submit(self, data: dict):
        return self.ctx.services.settings.update(self.ctx.actor, data)
