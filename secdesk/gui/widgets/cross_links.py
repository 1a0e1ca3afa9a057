"""The box on an incident that lists its audit findings, and the box on a finding that lists its
incidents: link, unlink, and Enter opens the other record."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from secdesk.domain import incidents as vocab
from secdesk.domain.roles import Permission
from secdesk.gui.i18n import tr
from secdesk.gui.incidents.panels import _buttons, ask_text
from secdesk.gui.incidents.widgets import fill_table, read_only_table, status_text
from secdesk.gui.widgets.forms import ask_yes_no, show_error


def _can_link(actor) -> bool:
    return actor.can(Permission.EDIT_AUDITS) or actor.can(Permission.EDIT_INCIDENTS)


class _LinkBox(QWidget):
    """Common part: a heading, a read-only table, link/unlink buttons, background loading."""

    opened = Signal(object)  # what to open: an incident id, or a finding number

    def __init__(
        self,
        ctx,
        name: str,
        heading: str,
        headers: list[str],
        widths: list[int],
        link_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list = []
        self.table = read_only_table(self, name, headers, widths)
        self.table.setAccessibleName(heading)
        self.table.setMaximumHeight(120)
        self.table.activated.connect(lambda index: self._open(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(QLabel(heading, self))
        layout.addLayout(
            _buttons(
                self,
                [
                    (link_text, self.add, f"{name}_add"),
                    (tr("関連付けを解除"), self.remove, f"{name}_remove"),
                ],
                _can_link(ctx.actor),
            )
        )
        layout.addWidget(self.table)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.opened.emit(self._target(self.items[row]))

    def selected(self):
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    # What each box says and does; the services are called off the GUI thread with the values
    # read here, never with the widget.
    def _read(self, links, actor, key) -> list:
        raise NotImplementedError

    def _row(self, item) -> tuple:
        raise NotImplementedError

    def _target(self, item):
        raise NotImplementedError

    def _ask(self) -> str:
        raise NotImplementedError

    def _link(self, links, actor, key, text: str) -> None:
        raise NotImplementedError

    def _unlink(self, links, actor, key, item) -> None:
        raise NotImplementedError

    def _name(self, item) -> str:
        raise NotImplementedError

    def load(self) -> None:
        links, actor, key = self.ctx.services.finding_links, self.ctx.actor, self.key
        self.ctx.runner.read(
            lambda _p: self._read(links, actor, key), self._show, lambda e: show_error(self, e)
        )

    def _show(self, items) -> None:
        self.items = items
        fill_table(self.table, [self._row(item) for item in items])

    def add(self) -> None:
        text = self._ask()
        if text:
            links, actor, key = self.ctx.services.finding_links, self.ctx.actor, self.key
            self._write(lambda: self._link(links, actor, key, text))

    def remove(self) -> None:
        item = self.selected()
        question = tr("{n} との関連付けを解除しますか?")
        if item is not None and ask_yes_no(self, tr("確認"), question.format(n=self._name(item))):
            links, actor, key = self.ctx.services.finding_links, self.ctx.actor, self.key
            self._write(lambda: self._unlink(links, actor, key, item))

    def _write(self, fn) -> None:
        self.ctx.runner.write(
            lambda _p: fn(), lambda _r: self._changed(), lambda e: show_error(self, e)
        )

    def _changed(self) -> None:
        self.load()
        self.ctx.hub.changed.emit("link")


class LinkedFindings(_LinkBox):
    """On an incident: the audit findings it is linked to."""

    def __init__(self, ctx, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            "linked_findings",
            tr("関連する監査の指摘事項（Enter で開く）"),
            [tr("番号"), tr("件名"), tr("評価"), tr("状態"), tr("メモ")],
            [120, 240, 70, 80],
            tr("指摘事項と関連付け…"),
            parent,
        )
        self.incident_id = self.key = incident_id
        self.load()

    def _read(self, links, actor, key) -> list:
        return links.findings_of(actor, key)

    def _row(self, f) -> tuple:
        from secdesk.domain.audits import FINDING_STATUS_LABELS

        status = tr(FINDING_STATUS_LABELS.get(f.status, f.status))
        return (f.number, f.title, f.rating, status, f.note)

    def _target(self, item):
        return item.number

    def _ask(self) -> str:
        return ask_text(self, tr("指摘事項と関連付け"), tr("指摘事項の番号（例: 2026-FND-0003）"))

    def _link(self, links, actor, key, text: str) -> None:
        links.link_finding(actor, key, text)

    def _unlink(self, links, actor, key, item) -> None:
        links.unlink(actor, item.finding_id, key)

    def _name(self, item) -> str:
        return item.number


class LinkedIncidents(_LinkBox):
    """On a finding: the incidents and near-misses it is linked to."""

    def __init__(self, ctx, finding_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            "linked_incidents",
            tr("関連するインシデント・ヒヤリハット（Enter で開く）"),
            [tr("番号"), tr("種別"), tr("件名"), tr("状態"), tr("メモ")],
            [120, 90, 240, 90],
            tr("インシデントと関連付け…"),
            parent,
        )
        self.finding_id = self.key = finding_id
        self.load()

    def _read(self, links, actor, key) -> list:
        return links.incidents_of(actor, key)

    def _row(self, i) -> tuple:
        return (i.ref, tr(vocab.KIND_LABELS[i.kind]), i.title, status_text(i.status), i.note)

    def _target(self, item):
        return item.incident_id

    def _ask(self) -> str:
        return ask_text(
            self,
            tr("インシデントと関連付け"),
            tr("インシデント・ヒヤリハットの番号（例: 2026-INC-0007）"),
        )

    def _link(self, links, actor, key, text: str) -> None:
        links.link(actor, key, text)

    def _unlink(self, links, actor, key, item) -> None:
        links.unlink(actor, key, item.incident_id)

    def _name(self, item) -> str:
        return item.ref
