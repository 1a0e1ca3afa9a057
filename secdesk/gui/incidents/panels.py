"""The tabs of a record that are lists: timeline, duties, and contacts, files and links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain import duties as rules
from secdesk.domain import incidents as vocab
from secdesk.domain.timezone import format_local
from secdesk.gui.i18n import tr
from secdesk.gui.incidents.widgets import fill_table, read_only_table, status_text
from secdesk.gui.widgets.forms import show_error
from secdesk.i18n import join
from secdesk.services.core.listing import STATE_DONE, STATE_DUE_SOON, STATE_INACTIVE, STATE_OVERDUE
from secdesk.services.incidents.records import IncidentInfo

_DUTY_STATES = {
    rules.OVERDUE: STATE_OVERDUE,
    rules.DUE_SOON: STATE_DUE_SOON,
    rules.DONE: STATE_DONE,
    rules.NOT_REQUIRED: STATE_INACTIVE,
}


def ask_open_file(parent: QWidget) -> str | None:
    """Which file to attach. Replaced in tests."""
    chosen, _ = QFileDialog.getOpenFileName(parent, tr("添付するファイル"))
    return chosen or None


def ask_save_file(parent: QWidget, name: str) -> str | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, tr("名前を付けて保存"), name)
    return chosen or None


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal)
    return text if ok and text.strip() else None


def _buttons(parent: QWidget, specs, enabled: bool) -> QHBoxLayout:
    row = QHBoxLayout()
    for text, slot, name in specs:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setVisible(enabled)
        row.addWidget(button)
    row.addStretch(1)
    return row


class Panels:
    """Builds the three tabs on an IncidentDialog and fills them from an IncidentInfo."""

    def __init__(self, dialog) -> None:
        self.dialog = dialog
        self.ctx = dialog.ctx
        edit = dialog.can_edit
        tabs = dialog.tabs

        timeline = QWidget(tabs)
        self.events = read_only_table(
            timeline,
            "timeline",
            [tr("日時"), tr("記録者"), tr("種類"), tr("内容")],
            [130, 110, 170],
        )
        self.events.setAccessibleName(tr("対応経過"))
        layout = QVBoxLayout(timeline)
        layout.addLayout(_buttons(timeline, [(tr("対応を記録…"), self.add_note, "add_note")], edit))
        layout.addWidget(self.events)
        tabs.addTab(timeline, tr("対応経過"))

        duties = QWidget(tabs)
        self.duties = read_only_table(
            duties,
            "duties",
            [tr("報告"), tr("期限"), tr("状況"), tr("実施日時"), tr("方法"), tr("根拠・備考")],
            [190, 90, 110, 120, 90],
        )
        self.duties.setAccessibleName(tr("報告義務"))
        self.duties.activated.connect(lambda *_: self.record_duty())
        self.ppc = QLabel(duties)
        self.ppc.setObjectName("ppc_reasons")
        self.ppc.setWordWrap(True)
        layout = QVBoxLayout(duties)
        layout.addWidget(self.ppc)
        layout.addLayout(
            _buttons(duties, [(tr("実施を記録…"), self.record_duty, "record_duty")], edit)
        )
        layout.addWidget(self.duties)
        tabs.addTab(duties, tr("報告義務"))

        other = QWidget(tabs)
        self.contacts = read_only_table(
            other, "contacts", [tr("連絡先"), tr("日時"), tr("方法"), tr("内容")], [150, 130, 90]
        )
        self.files = read_only_table(
            other,
            "attachments",
            [tr("ファイル名"), tr("サイズ"), tr("追加日時"), tr("追加者"), tr("状態")],
            [240, 90, 130, 90],
        )
        self.links = read_only_table(
            other,
            "links",
            [tr("関係"), tr("番号"), tr("件名"), tr("状態"), tr("メモ")],
            [80, 120, 260, 100],
        )
        self.links.activated.connect(lambda index: self._open_link(index.row()))
        self.files.activated.connect(lambda *_: self.open_file())
        layout = QVBoxLayout(other)
        layout.addWidget(QLabel(tr("関係機関への連絡"), other))
        layout.addLayout(
            _buttons(other, [(tr("連絡を記録…"), self.add_contact, "add_contact")], edit)
        )
        layout.addWidget(self.contacts, 1)
        layout.addWidget(QLabel(tr("添付ファイル（データベースに保存、SHA-256 で検証）"), other))
        file_buttons = [
            (tr("添付…"), self.add_file, "add_file"),
            (tr("開く"), self.open_file, "open_file"),
            (tr("名前を付けて保存…"), self.save_file, "save_file"),
            (tr("添付を取消…"), self.withdraw_file, "withdraw_file"),
        ]
        row = _buttons(other, file_buttons, True)
        for name in ("add_file", "withdraw_file"):
            other.findChild(QPushButton, name).setVisible(edit)
        layout.addLayout(row)
        layout.addWidget(self.files, 1)
        layout.addWidget(QLabel(tr("関連する記録（Enter で開く）"), other))
        layout.addLayout(_buttons(other, [(tr("関連付け…"), self.add_link, "add_link")], edit))
        layout.addWidget(self.links, 1)
        tabs.addTab(other, tr("連絡・添付・関連"))
        self.link_ids: list[int] = []

    def show(self, info: IncidentInfo) -> None:
        self.info = info
        fill_table(
            self.events,
            [
                (
                    format_local(e.at),
                    e.actor_name,
                    tr("{event}（{old} → {new}）").format(
                        event=vocab.label(vocab.EVENT_LABELS, e.kind),
                        old=status_text(e.from_status) or "—",
                        new=status_text(e.to_status),
                    )
                    if e.to_status
                    else vocab.label(vocab.EVENT_LABELS, e.kind),
                    (f"[{e.ref}] " if e.ref else "") + e.text,
                )
                for e in info.events
            ],
        )
        states = {
            rules.OVERDUE: tr("期限超過"),
            rules.DUE_SOON: tr("期限間近"),
            rules.DONE: tr("完了"),
            rules.NOT_REQUIRED: tr("不要"),
            rules.PENDING: tr("未了"),
        }
        fill_table(
            self.duties,
            [
                (
                    d.label,
                    d.due_on.isoformat(),
                    states[d.state] + (tr("（期限後）") if d.late else ""),
                    format_local(d.done_at),
                    d.method,
                    d.note or d.basis,
                )
                for d in info.duties
            ],
            [_DUTY_STATES.get(d.state) for d in info.duties],
        )
        if info.kind != vocab.INCIDENT:
            self.ppc.setText(tr("ヒヤリハットには報告義務はありません。"))
        elif info.ppc_reasons:
            self.ppc.setText(
                tr("個人情報保護委員会への報告が必要: {why}").format(why=join(info.ppc_reasons))
            )
        else:
            self.ppc.setText(tr("個人情報保護委員会への報告の要件には該当しません。"))
        fill_table(
            self.contacts,
            [
                (tr(n.target), format_local(n.notified_at), n.method, n.note)
                for n in info.notifications
            ],
        )
        fill_table(
            self.files,
            [
                (
                    a.file_name,
                    f"{a.size:,}",
                    format_local(a.added_at),
                    a.added_by,
                    tr("取消: {r}").format(r=a.withdrawn_reason) if a.withdrawn else "",
                )
                for a in info.attachments
            ],
            [STATE_INACTIVE if a.withdrawn else None for a in info.attachments],
        )
        rows, self.link_ids = [], []
        for relation, link in (
            ([(tr("移行元"), info.promoted_from)] if info.promoted_from else [])
            + ([(tr("移行先"), info.promoted_to)] if info.promoted_to else [])
            + [(tr("関連"), x) for x in info.links]
        ):
            rows.append((relation, link.ref, link.title, status_text(link.status), link.note))
            self.link_ids.append(link.incident_id)
        fill_table(self.links, rows)

    # --- actions ---------------------------------------------------------------------------------

    def _write(self, fn) -> None:
        self.ctx.runner.write(
            lambda _p: fn(), lambda _r: self.dialog.reload(), lambda e: show_error(self.dialog, e)
        )

    def add_note(self) -> None:
        from secdesk.gui.incidents.forms import NoteDialog

        self.dialog.run_form(NoteDialog(self.ctx, self.info, self.dialog))

    def record_duty(self) -> None:
        from secdesk.gui.incidents.forms import DutyDialog

        row = self.duties.currentRow()
        if self.dialog.can_edit and 0 <= row < len(self.info.duties):
            self.dialog.run_form(DutyDialog(self.ctx, self.info.duties[row], self.dialog))

    def add_contact(self) -> None:
        from secdesk.gui.incidents.forms import NotificationDialog

        self.dialog.run_form(NotificationDialog(self.ctx, self.info, self.dialog))

    def _selected_file(self):
        row = self.files.currentRow()
        return self.info.attachments[row] if 0 <= row < len(self.info.attachments) else None

    def add_file(self) -> None:
        chosen = ask_open_file(self.dialog)
        if not chosen:
            return
        path = Path(chosen)
        actor, incident_id = self.ctx.actor, self.info.id
        work = self.ctx.services.incident_work
        self._write(lambda: work.add_attachment(actor, incident_id, path.name, path.read_bytes()))

    def _fetch(self, then) -> None:
        attachment = self._selected_file()
        if attachment is None:
            return
        actor, work = self.ctx.actor, self.ctx.services.incident_work
        self.ctx.runner.read(
            lambda _p: work.attachment_data(actor, attachment.id),
            then,
            lambda e: show_error(self.dialog, e),
        )

    def open_file(self) -> None:
        from secdesk.gui.widgets.export_flow import open_file

        def write_and_open(result) -> None:
            from secdesk import paths
            from secdesk.domain.file_names import is_executable, safe_base_name

            name, data = result
            # A private folder removed when secdesk closes (swept at the next start if killed);
            # the stored name reduced to a base name, so it cannot climb out of the folder.
            folder = paths.private_work_dir("open")
            target = folder / (safe_base_name(name) or "attachment")
            target.write_bytes(data)
            if is_executable(target.name):
                # Never run what arrived by e-mail: show it in its folder instead.
                QMessageBox.information(
                    self.dialog,
                    tr("添付を開く"),
                    tr(
                        "{name} はプログラムやショートカットとして実行される種類のファイルのため、"
                        "開かずにフォルダーを表示します。"
                    ).format(name=target.name),
                )
                self.last_opened = folder
                open_file(folder)
                return
            self.last_opened = target
            open_file(target)

        self._fetch(write_and_open)

    def save_file(self) -> None:
        attachment = self._selected_file()
        if attachment is None:
            return
        chosen = ask_save_file(self.dialog, attachment.file_name)
        if chosen:
            self._fetch(lambda result: Path(chosen).write_bytes(result[1]))

    def withdraw_file(self) -> None:
        attachment = self._selected_file()
        if attachment is None or attachment.withdrawn:
            return
        reason = ask_text(
            self.dialog,
            tr("添付の取消"),
            tr("{name} の添付を取り消す理由").format(name=attachment.file_name),
        )
        if reason:
            actor, work = self.ctx.actor, self.ctx.services.incident_work
            self._write(lambda: work.withdraw_attachment(actor, attachment.id, reason))

    def add_link(self) -> None:
        ref = ask_text(self.dialog, tr("関連付け"), tr("関連する記録の番号（例: 2025-INC-0007）"))
        if ref:
            actor, work, incident_id = self.ctx.actor, self.ctx.services.incident_work, self.info.id
            self._write(lambda: work.link(actor, incident_id, ref))

    def _open_link(self, row: int) -> None:
        if 0 <= row < len(self.link_ids):
            self.dialog.open_record.emit(self.link_ids[row])


def add_panels(dialog) -> Panels:
    return Panels(dialog)
