"""Notices what other PCs wrote, so that lists show it without F5.

Every write anywhere appends to the audit trail, whose head row counts the entries: polling that
one number every few seconds tells, on SQLite and PostgreSQL alike, that something changed.
(PostgreSQL's LISTEN/NOTIFY would need a connection held open per client and a trigger per
table; a one-row read every ten seconds costs less and works on both.)
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 10_000


class ChangeWatcher(QObject):
    changed_elsewhere = Signal()

    def __init__(self, ctx, interval_ms: int = POLL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seen: int | None = None
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        ctx.hub.changed.connect(self._own_change)
        self.poll()
        self.timer.start()

    def _own_change(self, _entity: str) -> None:
        # Our own write already refreshed the views: take its new count as seen.
        self._read(lambda seq: setattr(self, "seen", seq))

    def poll(self) -> None:
        if not self.paused:
            self._read(self._compare)

    def _read(self, then) -> None:
        trail, actor = self.ctx.services.trail, self.ctx.actor
        self.ctx.runner.read(lambda _p: trail.last_seq(actor), then, lambda _e: None)

    def _compare(self, seq: int) -> None:
        if self.seen is not None and seq != self.seen:
            self.changed_elsewhere.emit()
        self.seen = seq
