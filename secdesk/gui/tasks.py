"""Background work: run a function off the GUI thread and get its result back on it.

Reads run on Qt's global pool; writes run one at a time on a pool of their own, so two saves
never race each other; long reads that nobody waits for (a list's full id list) run one at a time
on a third pool (`bulk`), so that the first page of a newer query never queues behind them on a
two-core PC, whose global pool has two threads. A task may report progress and be cancelled through its Progress
object. Tests construct the runner with `inline=True` to run everything synchronously.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a task when the user pressed cancel."""


class Progress:
    """Handed to a task function: report how far it got, find out whether to stop."""

    def __init__(self, emit: Callable[[int, int, str], None] | None = None) -> None:
        self._event = threading.Event()
        self._emit = emit

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled

    def report(self, done: int, total: int, text: str = "") -> None:
        self.check()
        if self._emit is not None:
            self._emit(done, total, text)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)


class Task(QObject):
    """A handle on running work: `progressed` while it runs, then `succeeded` or `failed`."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception; Cancelled when cancelled
    progressed = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.progress = Progress(self._emit_progress)
        self.done = False
        self._signals = _Signals()
        self._signals.finished.connect(self._finish)
        self._signals.failed.connect(self._fail)
        self._signals.progressed.connect(self.progressed)

    def cancel(self) -> None:
        self.progress.cancel()

    def _emit_progress(self, done: int, total: int, text: str) -> None:
        self._signals.progressed.emit(done, total, text)

    def _finish(self, result: object) -> None:
        self.done = True
        self.succeeded.emit(result)

    def _fail(self, error: object, trace: str) -> None:
        self.done = True
        if not isinstance(error, Cancelled):
            from secdesk.domain.errors import SecdeskError

            if not isinstance(error, SecdeskError) and isinstance(error, BaseException):
                from secdesk import logs

                logs.report(error, "background task")
        self.failed.emit(error)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.task = task
        self.fn = fn

    def run(self) -> None:
        try:
            result = self.fn(self.task.progress)
        except BaseException as error:
            self.task._signals.failed.emit(error, traceback.format_exc())
        else:
            self.task._signals.finished.emit(result)


class TaskRunner(QObject):
    def __init__(self, inline: bool = False) -> None:
        super().__init__()
        self.inline = inline
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._bulk = QThreadPool(self)
        self._bulk.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def read(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        return self._start(QThreadPool.globalInstance(), fn, on_done, on_error)

    def bulk(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """A long read nobody waits for; cancel the Task when it is no longer wanted."""
        return self._start(self._bulk, fn, on_done, on_error)

    def write(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        return self._start(self._writes, fn, on_done, on_error)

    def _start(self, pool: QThreadPool, fn, on_done, on_error) -> Task:
        task = Task()
        self._running.add(task)
        task.succeeded.connect(lambda _r: self._running.discard(task))
        task.failed.connect(lambda _e: self._running.discard(task))
        if on_done is not None:
            task.succeeded.connect(on_done)
        if on_error is not None:
            task.failed.connect(on_error)
        runnable = _Runnable(task, fn)
        if self.inline:
            runnable.run()
        else:
            pool.start(runnable)
        return task

    def wait(self, msecs: int = 30000) -> bool:
        """Block until background work is done (used when closing the window)."""
        ok = self._writes.waitForDone(msecs) and self._bulk.waitForDone(msecs)
        return QThreadPool.globalInstance().waitForDone(msecs) and ok
