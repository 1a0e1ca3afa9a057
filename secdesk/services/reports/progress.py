"""One progress bar over the stages of a report or export (gathering, then laying out/writing).

`progress` is whatever the caller handed in: the GUI's tasks.Progress (its report() raises when
the person pressed cancel, which stops the work where it stands), or None on the command line.
"""

from __future__ import annotations

from collections.abc import Callable

SCALE = 1000


class Stages:
    """Reports per mille of the whole: `at(0.2, text)`, or `span(0.4, 1.0, text)` for a stage
    that counts its own (done, total)."""

    def __init__(self, progress=None) -> None:
        self.progress = progress
        self._last: tuple[int, str] | None = None

    def at(self, share: float, text: str = "") -> None:
        if self.progress is None:
            return
        point = (int(share * SCALE), text)
        if point == self._last:
            # Nothing new to show (a layout calls this per paragraph); still honour a cancel.
            self.progress.check()
            return
        self._last = point
        self.progress.report(point[0], SCALE, text)

    def span(self, start: float, end: float, text: str = "") -> Callable[[int, int], None]:
        def report(done: int, total: int) -> None:
            fraction = done / total if total else 1.0
            self.at(start + (end - start) * min(max(fraction, 0.0), 1.0), text)

        return report
