"""Logging a near-miss (or an incident) in under a minute: a short form with sensible defaults."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit, QWidget

from secdesk.domain import incidents as vocab
from secdesk.gui.i18n import tr
from secdesk.gui.incidents.widgets import (
    Choices,
    fill_categories,
    fill_codes,
    fill_departments,
    fill_reporters,
    get_when,
    set_when,
)
from secdesk.gui.roster.dialogs import select_data
from secdesk.gui.widgets.forms import FormDialog
from secdesk.services.incidents.records import IncidentInfo, IncidentInput


class QuickEntryDialog(FormDialog):
    """The short form: kind, title, when, category, department, reporter, a few words."""

    def __init__(
        self, ctx, choices: Choices, parent: QWidget | None = None, kind: str = vocab.NEAR_MISS
    ) -> None:
        super().__init__(
            "incident_quick", tr("ヒヤリハット・インシデントの登録"), ctx.runner, parent
        )
        self.ctx = ctx
        self.kind = self.field("kind", QComboBox)
        self.title_edit = self.field("title", QLineEdit)
        self.discovered = self.field("discovered_at", QDateTimeEdit)
        self.category = self.field("category_id", QComboBox)
        self.department = self.field("department_id", QComboBox)
        self.reporter = self.field("reporter_staff_id", QComboBox)
        self.description = self.field("description", QPlainTextEdit)
        fill_codes(self.kind, vocab.KIND_LABELS)
        select_data(self.kind, kind)
        set_when(self.discovered, ctx.services.clock.now())
        fill_categories(self.category, choices.categories)
        fill_departments(self.department, choices.departments)
        fill_reporters(self.reporter, ctx.services, ctx.actor, None)
        self.department.currentIndexChanged.connect(
            lambda *_: fill_reporters(
                self.reporter, ctx.services, ctx.actor, self.department.currentData()
            )
        )
        self.dirty = False
        self.resize(620, 440)
        self.title_edit.setFocus()

    def collect(self) -> IncidentInput:
        now = self.ctx.services.clock.now()
        actor = self.ctx.actor
        handler = actor.id if actor.role in ("csirt", "admin") else None
        return IncidentInput(
            kind=self.kind.currentData(),
            title=self.title_edit.text(),
            discovered_at=get_when(self.discovered),
            reported_at=max(now, get_when(self.discovered)),
            category_id=self.category.currentData(),
            department_id=self.department.currentData(),
            reporter_staff_id=self.reporter.currentData(),
            handler_user_id=handler,
            description=self.description.toPlainText(),
        )

    def submit(self, data: IncidentInput) -> IncidentInfo:
        return self.ctx.services.incidents.create(self.ctx.actor, data)
