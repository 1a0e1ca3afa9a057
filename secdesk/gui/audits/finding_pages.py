"""The findings list and the follow-up list of corrective actions, with their filter bars."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from secdesk.domain.audits import ACTION_STATUS_LABELS, FINDING_STATUS_LABELS, ActionStatus
from secdesk.domain.roles import Permission
from secdesk.gui.audits import widgets as audit_widgets
from secdesk.gui.audits.dialogs import AuditLookups
from secdesk.gui.audits.widgets import (
    choose,
    department_choices,
    filter_combo,
    refill,
    value,
    year_items,
)
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import show_error
from secdesk.gui.widgets.list_page import ListPage
from secdesk.i18n import QT_TR_NOOP
from secdesk.services.audits.lists import AWAITING, CLOSED, DUE_SOON, OPEN_ALL, OVERDUE, PENDING
from secdesk.services.core.listing import ListQuery
from secdesk.services.roster.departments import descendant_ids

DUE_ITEMS = [(QT_TR_NOOP("期限超過"), OVERDUE), (QT_TR_NOOP("期限間近"), DUE_SOON)]


class _FilteredList(QWidget):
    """A ListPage with the filters every audit list shares: year, audit, department, rating."""

    list_id = ""
    search_hint = ""

    def __init__(
        self,
        ctx,
        source,
        parent: QWidget | None = None,
        default_sort: str = "",
        descending: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lookups = AuditLookups()
        self._loading = False
        self.list = ListPage(
            ctx, source, self.list_id, tr(self.search_hint), self, default_sort, descending
        )
        self.year = filter_combo(
            self, f"{self.list_id}_year", tr("年度で絞り込み"), [], tr("すべての年度")
        )
        self.audit = filter_combo(
            self, f"{self.list_id}_audit", tr("監査で絞り込み"), [], tr("すべての監査")
        )
        self.department = filter_combo(
            self, f"{self.list_id}_department", tr("所属で絞り込み"), [], tr("すべての所属")
        )
        self.rating = filter_combo(
            self, f"{self.list_id}_rating", tr("評価で絞り込み"), [], tr("すべての評価")
        )
        self.status = filter_combo(
            self,
            f"{self.list_id}_status",
            tr("状態で絞り込み"),
            self.status_items(),
            tr("すべての状態"),
        )
        self.due = filter_combo(
            self,
            f"{self.list_id}_due",
            tr("期限で絞り込み"),
            [(tr(text), key) for text, key in DUE_ITEMS],
            tr("期限を問わない"),
        )
        self.status.setMinimumContentsLength(
            17
        )  # 未完了（未着手・対応中） in full (wide characters)
        self.audit.setMinimumContentsLength(12)
        self.audit.setMaximumWidth(300)
        self.department.setMaximumWidth(240)
        # The filters get a row of their own, so that the search box keeps its width.
        self.filters_bar = QHBoxLayout()
        self.filters_bar.addWidget(QLabel(tr("絞り込み:"), self))
        for combo in (self.year, self.audit, self.department, self.rating, self.status, self.due):
            combo.currentIndexChanged.connect(self.apply)
            self.filters_bar.addWidget(combo)
        self.filters_bar.addStretch(1)
        self.actions_bar = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.actions_bar)
        layout.addLayout(self.filters_bar)
        layout.addWidget(self.list, 1)

    def status_items(self) -> list[tuple[str, object]]:
        return []

    def button(self, text: str, name: str, slot, visible: bool = True) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setVisible(visible)
        return button

    def set_lookups(self, lookups: AuditLookups) -> None:
        self.lookups = lookups
        self._loading = True
        refill(self.year, year_items(lookups.years), tr("すべての年度"))
        refill(self.audit, [(a.label, a.id) for a in lookups.audits], tr("すべての監査"))
        refill(self.department, department_choices(lookups.departments), tr("すべての所属"))
        refill(self.rating, [(r.name, r.id) for r in lookups.ratings], tr("すべての評価"))
        self._loading = False

    def query(self) -> ListQuery:
        dept = value(self.department)
        departments = (
            tuple(sorted(descendant_ids(self.lookups.departments, dept))) if dept else None
        )
        return ListQuery().with_filters(
            fiscal_year=value(self.year),
            audit_id=value(self.audit),
            departments=departments,
            rating_id=value(self.rating),
            status=value(self.status),
            due=value(self.due),
            **self.extra_filters(),
        )

    def extra_filters(self) -> dict[str, object]:
        return {}

    def apply(self, *_args) -> None:
        if not self._loading:
            self.list.set_base_query(self.query())

    def export_query(self) -> ListQuery:
        query = self.query()
        return ListQuery(self.list.search.text().strip(), query.filters)

    def apply_filters(self, **filters) -> None:
        """Open with these filters (a dashboard tile, the audit view's links)."""
        self._loading = True
        for key, combo in (
            ("fiscal_year", self.year),
            ("audit_id", self.audit),
            ("rating_id", self.rating),
            ("status", self.status),
            ("due", self.due),
        ):
            choose(combo, filters.get(key))
        choose(self.department, filters.get("department_id"))
        self._apply_extra(filters)
        self.list.search.setText(filters.get("text", ""))
        self._loading = False
        self.apply()

    def _apply_extra(self, filters) -> None:
        pass

    def refresh(self) -> None:
        self.apply()

    def focus_search(self) -> None:
        self.list.focus_search()

    def save_layout(self) -> None:
        self.list.save_layout()


class FindingsPage(_FilteredList):
    open_incident = Signal(int)  # a linked incident's id: the section sends it on
    list_id = "audit_findings"
    search_hint = QT_TR_NOOP("指摘番号・件名・内容で検索")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ctx.services.audits.findings.list_source(), parent, "number", True)
        self.recurring = QCheckBox(tr("再発のみ"), self)
        self.recurring.setObjectName("audit_findings_recurring")
        self.recurring.setToolTip(tr("前年度以前の同じ指摘につながっている指摘だけを表示"))
        self.recurring.toggled.connect(self.apply)
        self.filters_bar.insertWidget(self.filters_bar.count() - 1, self.recurring)
        can_edit = ctx.actor.can(Permission.EDIT_AUDITS)
        self.list.opened.connect(self.open)
        for button in (
            self.button(tr("指摘事項を追加 (Ctrl+N)"), "finding_new", self.new_record, can_edit),
            self.button(tr("開く (Enter)"), "finding_open", lambda: self._with_selected(self.open)),
            self.button(
                tr("取消…"),
                "finding_withdraw",
                lambda: self._with_selected(self.withdraw),
                can_edit,
            ),
        ):
            self.actions_bar.addWidget(button)
        self.actions_bar.addStretch(1)
        self.actions_bar.addWidget(
            self.button(
                tr("書き出し…"), "finding_export", self.export, ctx.actor.can(Permission.EXPORT)
            )
        )

    def status_items(self):
        items = [(tr("未完了（未対応・対応中）"), OPEN_ALL)]
        return items + [(tr(label), s.value) for s, label in FINDING_STATUS_LABELS.items()]

    def extra_filters(self):
        return {"recurring": True if self.recurring.isChecked() else None}

    def _apply_extra(self, filters) -> None:
        self.recurring.setChecked(bool(filters.get("recurring")))

    def _with_selected(self, action) -> None:
        record = self.list.selected_id()
        if record is not None:
            action(record)

    def new_record(self) -> None:
        if not self.ctx.actor.can(Permission.EDIT_AUDITS):
            return
        from secdesk.gui.audits.finding_dialog import FindingDialog

        self._open(FindingDialog(self.ctx, None, self.lookups, self, value(self.audit)))

    def open(self, finding_id: int) -> None:
        from secdesk.gui.audits.finding_dialog import FindingDialog

        try:
            finding = self.ctx.services.audits.findings.get(self.ctx.actor, finding_id)
        except Exception as error:
            show_error(self, error)
            return
        self._open(FindingDialog(self.ctx, finding, self.lookups, self))

    def _open(self, dialog) -> None:
        dialog.finished.connect(lambda *_: self.ctx.hub.changed.emit("audit_finding"))
        dialog.open_incident.connect(lambda incident_id: self.open_incident.emit(incident_id))
        dialog.open()
        self.dialog = dialog  # tests reach the open dialog here

    def withdraw(self, finding_id: int) -> None:
        service = self.ctx.services.audits.findings
        finding = service.get(self.ctx.actor, finding_id)
        reason = audit_widgets.ask_reason(
            self,
            tr("指摘事項の取消"),
            tr("{n} を取り消す理由（是正処置も取り消されます。記録は残ります）").format(
                n=finding.number
            ),
        )
        if reason:
            self.ctx.runner.write(
                lambda _p: service.withdraw(self.ctx.actor, finding.id, finding.version, reason),
                lambda _r: self.ctx.hub.changed.emit("audit_finding"),
                lambda e: show_error(self, e),
            )

    def export(self) -> None:
        from secdesk.gui.widgets.export_flow import export_to_file

        query, service = self.export_query(), self.ctx.services.audits.exports
        label = str(self.ctx.services.settings.get("classification_label"))
        export_to_file(
            self,
            self.ctx,
            tr("指摘事項・是正処置の書き出し"),
            "audit_findings",
            lambda path, encoding: service.export_findings(
                self.ctx.actor, path, query, encoding, label
            ),
        )


class ActionsPage(_FilteredList):
    """The follow-up list: what is owed, by whom, by when; overdue ones stand out."""

    list_id = "audit_actions"
    search_hint = QT_TR_NOOP("指摘番号・件名・処置・担当者で検索")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ctx.services.audits.actions.list_source(), parent, "due_date")
        self.list.opened.connect(self.open)
        self.department.setToolTip(tr("担当所属で絞り込み"))
        self.department.setAccessibleName(tr("担当所属で絞り込み"))
        self.actions_bar.addWidget(
            self.button(tr("開く (Enter)"), "action_open", self._open_selected)
        )
        self.actions_bar.addStretch(1)
        can_export = ctx.actor.can(Permission.EXPORT)
        self.actions_bar.addWidget(
            self.button(
                tr("督促用の所属別一覧…"), "action_follow_up", self.export_follow_up, can_export
            )
        )
        choose(self.status, PENDING)

    def status_items(self):
        return [
            (tr("未完了（未着手・対応中）"), PENDING),
            (tr("確認待ち（完了の報告あり）"), AWAITING),
            (tr("完了（確認済・リスク受容）"), CLOSED),
        ] + [
            (tr(label), s.value)
            for s, label in ACTION_STATUS_LABELS.items()
            if s != ActionStatus.DONE
        ]

    def _open_selected(self) -> None:
        record = self.list.selected_id()
        if record is not None:
            self.open(record)

    def new_record(self) -> None:
        """Actions are added from their finding."""

    def open(self, action_id: int) -> None:
        from secdesk.gui.audits.action_dialog import ActionDialog

        audits = self.ctx.services.audits
        try:
            detail = audits.actions.get(self.ctx.actor, action_id)
            finding = audits.findings.get(self.ctx.actor, detail.action.finding_id)
        except Exception as error:
            show_error(self, error)
            return
        dialog = ActionDialog(self.ctx, finding, detail, self.lookups, self)
        dialog.finished.connect(lambda *_: self.ctx.hub.changed.emit("audit_action"))
        dialog.open()
        self.dialog = dialog

    def export_follow_up(self) -> None:
        from secdesk.gui.widgets.export_flow import export_to_file

        query, service = self.export_query(), self.ctx.services.audits.exports
        label = str(self.ctx.services.settings.get("classification_label"))
        export_to_file(
            self,
            self.ctx,
            tr("督促用の所属別一覧の書き出し"),
            "audit_follow_up",
            lambda path, encoding: service.export_follow_up(
                self.ctx.actor, path, query, encoding, label
            ),
        )
