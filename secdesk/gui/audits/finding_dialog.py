"""A finding: what was found where, its rating, last year's same finding, and its actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import Permission
from secdesk.gui.audits.dialogs import AuditLookups
from secdesk.gui.audits.widgets import (
    choose,
    department_choices,
    fill,
    read_only_table,
    refill,
    set_row,
    value,
)
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import FormDialog, show_error
from secdesk.services.audits.findings import FindingInfo, FindingInput


class FindingDialog(FormDialog):
    open_incident = Signal(int)

    def __init__(
        self,
        ctx,
        finding: FindingInfo | None,
        lookups: AuditLookups,
        parent: QWidget | None = None,
        audit_id: int | None = None,
    ) -> None:
        title = tr("指摘事項 {n}").format(n=finding.number) if finding else tr("指摘事項の登録")
        super().__init__("finding", title, ctx.runner, parent)
        self.ctx = ctx
        self.finding = finding
        self.lookups = lookups
        self.can_edit = ctx.actor.can(Permission.EDIT_AUDITS)
        self.current = finding  # the newest state, after actions changed it
        self.items: dict = {}
        self.audit = self.field("audit_id", QComboBox)
        self.title_edit = self.field("title", QLineEdit)
        self.rating = self.field("rating_id", QComboBox)
        self.department = self.field("department_id", QComboBox)
        self.item = self.field("item_id", QComboBox)
        self.description = self.field("description", QPlainTextEdit)
        self.risk = self.field("risk", QPlainTextEdit)
        self.recommendation = self.field("recommendation", QPlainTextEdit)
        self.recurrence = self.field("recurrence_of_id", QComboBox)
        audits = lookups.audits
        if finding is not None:
            audits = [a for a in audits if a.fiscal_year == finding.fiscal_year]
        fill(self.audit, [(a.label, a.id) for a in audits])
        ratings = [
            (r.name, r.id)
            for r in lookups.ratings
            if r.active or (finding is not None and r.id == finding.rating_id)
        ]
        fill(self.rating, ratings)
        fill(self.department, department_choices(lookups.departments), tr("（未設定）"))
        fill(self.item, [], tr("（なし）"))
        fill(self.recurrence, [], tr("（なし）"))
        if finding is not None:
            choose(self.audit, finding.audit_id)
            self.title_edit.setText(finding.title)
            choose(self.rating, finding.rating_id)
            choose(self.department, finding.department_id)
            self.description.setPlainText(finding.description)
            self.risk.setPlainText(finding.risk)
            self.recommendation.setPlainText(finding.recommendation)
        else:
            choose(self.audit, audit_id)
            choose(self.rating, next((r.id for r in lookups.ratings if r.name == "指摘"), None))
        self.audit.currentIndexChanged.connect(self._load_items)
        self.department.currentIndexChanged.connect(self._load_candidates)
        self.item.currentIndexChanged.connect(self._load_candidates)
        self._load_items()
        if finding is not None:
            self.form.layout().addWidget(self._follow_up_panel())
            self.load_actions()
        if not self.can_edit:
            for widget in self.fields.values():
                widget.setEnabled(False)
            self.buttons.button(self.buttons.StandardButton.Save).hide()
        self.dirty = False
        self.resize(760, min(self.sizeHint().height(), 860))

    # --- choices that depend on other fields ----------------------------------------------

    def _audit_choice(self):
        return next((a for a in self.lookups.audits if a.id == value(self.audit)), None)

    def _load_items(self) -> None:
        audit = self._audit_choice()
        if audit is None or audit.checklist_id is None:
            refill(self.item, [], tr("（なし）"))
            self._load_candidates()
            return
        actor, service = self.ctx.actor, self.ctx.services.audits.checklists
        self.ctx.runner.read(
            lambda _p: service.items(actor, audit.checklist_id),
            self._items_loaded,
            lambda e: show_error(self, e),
        )

    def _items_loaded(self, items) -> None:
        dirty = self.dirty  # filling the choices is no edit of the person's
        self.items = {i.id: i for i in items}
        wanted = self.finding.item_id if self.finding and self.item.count() <= 1 else None
        texts = [(f"{i.code} {i.text.splitlines()[0][:60]}", i.id) for i in items]
        refill(self.item, texts, tr("（なし）"))
        if wanted is not None:
            choose(self.item, wanted)
        self.dirty = dirty
        self._load_candidates()

    def _load_candidates(self) -> None:
        audit = self._audit_choice()
        department = value(self.department)
        if audit is None or department is None:
            refill(self.recurrence, [], tr("（なし）"))
            return
        item = self.items.get(value(self.item))
        actor, service = self.ctx.actor, self.ctx.services.audits.findings
        self.ctx.runner.read(
            lambda _p: service.recurrence_candidates(
                actor, audit.fiscal_year, department, item.code if item else ""
            ),
            self._candidates_loaded,
            lambda e: show_error(self, e),
        )

    def _candidates_loaded(self, candidates) -> None:
        wanted = value(self.recurrence)
        if wanted is None and self.finding is not None:
            wanted = self.finding.recurrence_of_id
        texts = [
            (
                tr("{n}（{y}年度・{r}・{s}）{t}").format(
                    n=c.number, y=c.fiscal_year, r=c.rating, s=c.status_label, t=c.title
                ),
                c.id,
            )
            for c in candidates
        ]
        dirty = self.dirty
        refill(self.recurrence, texts, tr("（なし）"))
        choose(self.recurrence, wanted)
        self.dirty = dirty

    # --- the finding's follow-up ------------------------------------------------------------

    def _follow_up_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 8, 0, 0)
        self.status_label = QLabel(panel)
        self.status_label.setObjectName("finding_status")
        self.status_label.setWordWrap(True)
        self.history_label = QLabel(panel)
        self.history_label.setObjectName("finding_history")
        self.history_label.setWordWrap(True)
        self.actions_table = read_only_table(
            panel,
            "finding_actions",
            [tr("期限"), tr("是正処置"), tr("担当所属"), tr("担当者"), tr("状態"), tr("確認")],
            [112, 250, 130, 90, 80],
        )
        self.actions_table.setAccessibleName(tr("是正処置の一覧"))
        self.actions_table.setMaximumHeight(150)
        self.actions_table.activated.connect(lambda *_: self.open_action())
        self.add_action_button = QPushButton(tr("是正処置を追加…"), panel)
        self.add_action_button.setObjectName("add_action")
        self.open_action_button = QPushButton(tr("是正処置を開く…"), panel)
        self.add_action_button.clicked.connect(self.add_action)
        self.open_action_button.clicked.connect(self.open_action)
        self.add_action_button.setVisible(self.can_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action_button)
        buttons.addWidget(self.open_action_button)
        buttons.addStretch(1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.history_label)
        layout.addWidget(QLabel(tr("是正処置"), panel))
        layout.addWidget(self.actions_table)
        layout.addLayout(buttons)
        from secdesk.gui.widgets.cross_links import LinkedIncidents

        self.incidents_box = LinkedIncidents(self.ctx, self.finding.id, panel)
        self.incidents_box.opened.connect(lambda target: self.open_incident.emit(int(target)))
        layout.addWidget(self.incidents_box)
        return panel

    def load_actions(self) -> None:
        actor, audits = self.ctx.actor, self.ctx.services.audits
        finding_id = self.finding.id

        def load(_p):
            return (
                audits.findings.get(actor, finding_id),
                audits.actions.for_finding(actor, finding_id),
                audits.findings.history(actor, finding_id),
            )

        self.ctx.runner.read(load, self._actions_loaded, lambda e: show_error(self, e))

    def _actions_loaded(self, result) -> None:
        finding, actions, history = result
        self.current = finding
        self.actions = actions
        due = finding.next_due.isoformat() if finding.next_due else "-"
        self.status_label.setText(
            tr("状態: {s}　次の期限: {d}　是正処置: {n} 件").format(
                s=finding.status_label, d=due, n=finding.action_count
            )
        )
        if len(history) > 1:
            chain = " → ".join(
                tr("{n}（{y}年度・{s}）").format(n=h.number, y=h.fiscal_year, s=h.status_label)
                + (tr("（この指摘）") if h.id == finding.id else "")
                for h in history
            )
            self.history_label.setText(tr("再発の履歴: {c}").format(c=chain))
            self.history_label.show()
        else:
            self.history_label.hide()
        self.actions_table.setRowCount(len(actions))
        today = self.ctx.services.clock.today()
        for row, action in enumerate(actions):
            due = action.due(today, self.lookups.soon_days).value
            if action.withdrawn:
                state = "inactive"
            elif action.closed:
                state = "done"
            else:  # late or due soon; a completed action awaiting verification is neither
                state = due if due in ("overdue", "due_soon") else None
            plan = action.plan.splitlines()[0] if action.plan else ""
            set_row(
                self.actions_table,
                row,
                [
                    action.due_date.isoformat() if action.due_date else "",
                    plan + (tr("（取消）") if action.withdrawn else ""),
                    action.owner_department,
                    action.owner_name,
                    action.status_label,
                    action.verification_label,
                ],
                state,
                action.id,
            )

    def _selected_action(self) -> int | None:
        row = self.actions_table.currentRow()
        if row < 0:
            return None
        return self.actions_table.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def add_action(self) -> None:
        from secdesk.gui.audits.action_dialog import ActionDialog

        self._open_child(ActionDialog(self.ctx, self.current, None, self.lookups, self))

    def open_action(self) -> None:
        action_id = self._selected_action()
        if action_id is None:
            return
        from secdesk.gui.audits.action_dialog import ActionDialog

        try:
            detail = self.ctx.services.audits.actions.get(self.ctx.actor, action_id)
        except Exception as error:
            show_error(self, error)
            return
        self._open_child(ActionDialog(self.ctx, self.current, detail, self.lookups, self))

    def _open_child(self, dialog) -> None:
        dialog.finished.connect(lambda *_: self.load_actions())
        dialog.open()
        self.child_dialog = dialog  # tests reach the open dialog here

    # --- saving ------------------------------------------------------------------------------

    def collect(self) -> FindingInput:
        return FindingInput(
            audit_id=value(self.audit),
            title=self.title_edit.text(),
            rating_id=value(self.rating),
            department_id=value(self.department),
            item_id=value(self.item),
            description=self.description.toPlainText(),
            risk=self.risk.toPlainText(),
            recommendation=self.recommendation.toPlainText(),
            recurrence_of_id=value(self.recurrence),
        )

    def submit(self, data: FindingInput) -> FindingInfo:
        service = self.ctx.services.audits.findings
        if self.finding is None:
            return service.create(self.ctx.actor, data)
        return service.update(self.ctx.actor, self.finding.id, self.finding.version, data)
