"""The audit trail's head printed in every report's footer ("seq:first hex digits").

Set around a report's generation by services.core.exports, so that every register's report
carries it; typed back into `secdesk verify --head`, it shows whether the trail was rewritten
since (docs/reliability.md). Kept apart from the template so that setting it loads no ReportLab.
"""

from __future__ import annotations

from contextvars import ContextVar

trail_anchor: ContextVar[str] = ContextVar("trail_anchor", default="")
