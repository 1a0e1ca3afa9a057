"""The sections of the navigation pane, in order. Each register module adds its own page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from secdesk.i18n import QT_TR_NOOP


@dataclass(frozen=True)
class SectionSpec:
    key: str
    label: str  # Japanese source text, shown through tr()
    icon: str  # file name in resources/icons
    factory: Callable  # (AppContext, parent) -> Section widget


def section_specs() -> list[SectionSpec]:
    from secdesk.gui.admin import section as admin
    from secdesk.gui.audits import section as audits
    from secdesk.gui.dashboard import section as dashboard
    from secdesk.gui.incidents import section as incidents
    from secdesk.gui.reports import section as reports
    from secdesk.gui.roster import section as roster
    from secdesk.gui.training import section as training

    return [
        SectionSpec(
            "dashboard", QT_TR_NOOP("ダッシュボード"), "dashboard.svg", dashboard.DashboardSection
        ),
        SectionSpec(
            "incidents",
            QT_TR_NOOP("インシデント・ヒヤリハット"),
            "incidents.svg",
            incidents.IncidentsSection,
        ),
        SectionSpec("training", QT_TR_NOOP("研修"), "training.svg", training.TrainingSection),
        SectionSpec("audits", QT_TR_NOOP("監査"), "audits.svg", audits.AuditsSection),
        SectionSpec("roster", QT_TR_NOOP("職員・所属"), "roster.svg", roster.RosterSection),
        SectionSpec("reports", QT_TR_NOOP("報告書"), "reports.svg", reports.ReportsSection),
        SectionSpec("admin", QT_TR_NOOP("管理"), "admin.svg", admin.AdminSection),
    ]
