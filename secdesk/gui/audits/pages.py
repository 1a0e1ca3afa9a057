"""The audits tab: the list of audits beside the selected audit's progress, and the J-LIS duty."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.audits import (
    AUDIT_STATUS_LABELS,
    FINDING_STATUS_LABELS,
    KIND_LABELS,
    AuditKind,
    FindingStatus,
)
from secdesk.domain.fiscal import fiscal_year
from secdesk.domain.roles import Permission
from secdesk.gui.audits import widgets as audit_widgets
from secdesk.gui.audits.dialogs import AuditDialog, AuditLookups, CopyAuditDialog
from secdesk.gui.audits.widgets import (
    choose,
    filter_combo,
    read_only_table,
    refill,
    set_row,
    value,
    year_items,
)
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import show_error
from secdesk.gui.widgets.list_page import ListPage
from secdesk.gui.widgets.state_style import COLOURS
from secdesk.services.audits.overview import AuditProgress
from secdesk.services.core.listing import STATE_DUE_SOON, STATE_OVERDUE, ListQuery

_SHOWN_STATUSES = (
    FindingStatus.OPEN,
    FindingStatus.IN_PROGRESS,
    FindingStatus.CLOSED,
    FindingStatus.NO_ACTION,
)


class ProgressPanel(QWidget):
    """How far the selected audit has got: answers, findings by rating and status, actions."""

    navigate = Signal(str, dict)  # tab, filters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: AuditProgress | None = None
        self.heading = QLabel(tr("監査を選ぶと、進み具合をここに表示します。"), self)
        self.heading.setObjectName("progress_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.facts = QLabel(self)
        self.facts.setObjectName("progress_facts")
        self.facts.setWordWrap(True)
        self.duty = QLabel(self)
        self.duty.setObjectName("progress_duty")
        self.duty.setWordWrap(True)
        self.answers = QProgressBar(self)
        self.answers.setObjectName("progress_answers")
        self.answers.setAccessibleName(tr("自己点検の回答の進み具合"))
        self.answers.setFormat(tr("回答 %v / %m 項目（%p%）"))
        self.table = read_only_table(
            self,
            "progress_findings",
            [tr("評価"), tr("件数"), *[tr(FINDING_STATUS_LABELS[s]) for s in _SHOWN_STATUSES]],
            [70, 50, 60, 60, 60, 70],
        )
        self.table.setAccessibleName(tr("評価と状態ごとの指摘事項"))
        self.table.setMaximumHeight(170)
        self.actions = QLabel(self)
        self.actions.setObjectName("progress_actions")
        self.actions.setWordWrap(True)
        self.links = {}
        links = QHBoxLayout()
        for key, text in (
            ("self_check", tr("回答状況へ")),
            ("findings", tr("指摘事項の一覧へ")),
            ("actions", tr("是正処置の一覧へ")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"progress_to_{key}")
            button.clicked.connect(lambda _=False, k=key: self._go(k))
            links.addWidget(button)
            self.links[key] = button
        links.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.duty)
        layout.addWidget(self.answers)
        layout.addWidget(QLabel(tr("指摘事項（評価 × 状態）"), self))
        layout.addWidget(self.table)
        layout.addWidget(self.actions)
        layout.addLayout(links)
        layout.addStretch(1)
        self.show_progress(None)

    def _go(self, tab: str) -> None:
        if self.progress is not None:
            self.navigate.emit(tab, {"audit_id": self.progress.audit.id})

    def show_progress(self, progress: AuditProgress | None) -> None:
        self.progress = progress
        for widget in (
            self.facts,
            self.duty,
            self.answers,
            self.table,
            self.actions,
            *self.links.values(),
        ):
            widget.setVisible(progress is not None)
        if progress is None:
            return
        audit = progress.audit
        self.heading.setText(f"{audit.number}　{audit.title}")
        period = " 〜 ".join(d.isoformat() for d in (audit.period_start, audit.period_end) if d)
        lines = [
            tr("{kind}・{status}").format(kind=audit.kind_label, status=audit.status_label),
            tr("監査人: {who}").format(
                who=" ".join(p for p in (audit.auditor_org, audit.auditor_person) if p) or "-"
            ),
            tr("期間: {p}").format(p=period or "-"),
            tr("対象所属: {n}").format(n=len(audit.department_ids)),
            tr("チェックリスト: {c}").format(
                c=progress.checklist.label if progress.checklist else "-"
            ),
        ]
        self.facts.setText("\n".join(lines))
        duty = progress.jlis
        if duty is not None and duty.owed:
            colour = COLOURS[STATE_DUE_SOON] if not duty.fulfilled else "#1f2d3d"
            mark = "⚠ " if not duty.fulfilled else "✔ "
            self.duty.setText(mark + duty.message())
            self.duty.setStyleSheet(f"color: {colour};")
        else:
            self.duty.hide()
        self_check = audit.kind == AuditKind.SELF_CHECK
        self.answers.setVisible(self_check)
        self.links["self_check"].setVisible(self_check)
        if self_check:
            self.answers.setMaximum(max(progress.items_expected, 1))
            self.answers.setValue(progress.items_answered)
        self.table.setRowCount(len(progress.ratings))
        for row, rating in enumerate(progress.ratings):
            counts = [progress.by_rating_status.get((rating, s.value), 0) for s in _SHOWN_STATUSES]
            set_row(self.table, row, [rating, sum(counts), *counts])
        counts = progress.actions
        parts = [
            tr("是正処置 {n} 件").format(n=counts["total"]),
            tr("期限超過 {n}").format(n=counts["overdue"]),
            tr("期限間近 {n}").format(n=counts["due_soon"]),
            tr("確認待ち {n}").format(n=counts["awaiting"]),
            tr("完了 {n}").format(n=counts["closed"]),
        ]
        if progress.proposals:
            parts.append(tr("指摘事項にしていない「いいえ」{n} 件").format(n=progress.proposals))
        self.actions.setText("　".join(parts))
        late = counts["overdue"] > 0
        self.actions.setStyleSheet(f"color: {COLOURS[STATE_OVERDUE]};" if late else "")
        if late:
            self.actions.setText("⚠ " + self.actions.text())


class AuditsPage(QWidget):
    navigate = Signal(str, dict)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lookups = AuditLookups()
        self._loading = False
        can_edit = ctx.actor.can(Permission.EDIT_AUDITS)
        can_export = ctx.actor.can(Permission.EXPORT)
        self.list = ListPage(
            ctx,
            ctx.services.audits.audits.list_source(),
            "audits",
            tr("番号・名称・監査人で検索"),
            self,
        )
        self.list.opened.connect(self.edit)
        self.list.selection_changed.connect(self._selected)
        self.year = filter_combo(self, "audits_year", tr("年度で絞り込み"), [], tr("すべての年度"))
        self.kind = filter_combo(
            self,
            "audits_kind",
            tr("種別で絞り込み"),
            [(tr(label), k.value) for k, label in KIND_LABELS.items()],
            tr("すべての種別"),
        )
        self.status = filter_combo(
            self,
            "audits_status",
            tr("状態で絞り込み"),
            [(tr(label), s.value) for s, label in AUDIT_STATUS_LABELS.items()],
            tr("すべての状態"),
        )
        self.withdrawn = QCheckBox(tr("取消も表示"), self)
        self.withdrawn.setObjectName("audits_withdrawn")
        for widget in (self.year, self.kind, self.status):
            widget.currentIndexChanged.connect(self.apply)
            self.list.filter_bar.addWidget(widget)
        self.withdrawn.toggled.connect(self.apply)
        self.list.filter_bar.addWidget(self.withdrawn)
        self.duty = QLabel(self)
        self.duty.setObjectName("audits_duty")
        self.duty.setWordWrap(True)
        self.panel = ProgressPanel(self)
        self.panel.navigate.connect(self.navigate)
        bar = QHBoxLayout()
        self.buttons = {}
        for key, text, slot, visible in (
            ("new", tr("監査を登録 (Ctrl+N)"), self.new_record, can_edit),
            ("open", tr("開く (Enter)"), lambda: self._with_selected(self.edit), True),
            ("copy", tr("前年度から複写…"), lambda: self._with_selected(self.copy), can_edit),
            ("withdraw", tr("取消…"), lambda: self._with_selected(self.withdraw), can_edit),
            (None, None, None, True),
            (
                "report",
                tr("監査結果報告書（PDF）…"),
                lambda: self._with_selected(self.audit_report),
                can_export,
            ),
            (
                "follow_up",
                tr("フォローアップ状況報告書（PDF）…"),
                self.follow_up_report,
                can_export,
            ),
        ):
            if key is None:
                bar.addStretch(1)
                continue
            button = QPushButton(text, self)
            button.setObjectName(f"audits_{key}")
            button.clicked.connect(slot)
            button.setVisible(visible)
            self.buttons[key] = button
            bar.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.duty)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    # --- data --------------------------------------------------------------------------------

    def set_lookups(self, lookups: AuditLookups) -> None:
        self.lookups = lookups
        self._loading = True
        refill(self.year, year_items(lookups.years), tr("すべての年度"))
        self._loading = False

    def show_duty(self, duty) -> None:
        if duty is None or not duty.owed:
            self.duty.hide()
            return
        mark = "✔ " if duty.fulfilled else "⚠ "
        self.duty.setText(mark + duty.message())
        colour = "#1f2d3d" if duty.fulfilled else COLOURS[STATE_DUE_SOON]
        self.duty.setStyleSheet(f"color: {colour}; padding: 4px;")
        self.duty.show()

    def apply(self, *_args) -> None:
        if self._loading:
            return
        self.list.set_base_query(
            ListQuery().with_filters(
                fiscal_year=value(self.year),
                kind=value(self.kind),
                status=value(self.status),
                include_withdrawn=True if self.withdrawn.isChecked() else None,
            )
        )

    def apply_filters(self, **filters) -> None:
        self._loading = True
        choose(self.year, filters.get("fiscal_year"))
        choose(self.kind, filters.get("kind"))
        choose(self.status, filters.get("status"))
        self._loading = False
        self.apply()

    def refresh(self) -> None:
        self.apply()
        self._selected(self.list.selected_id())

    def _selected(self, audit_id) -> None:
        if audit_id is None:
            self.panel.show_progress(None)
            return
        actor, overview = self.ctx.actor, self.ctx.services.audits.overview
        self.ctx.runner.read(
            lambda _p: overview.progress(actor, audit_id),
            self.panel.show_progress,
            lambda e: show_error(self, e),
        )

    # --- actions -------------------------------------------------------------------------------

    def _with_selected(self, action) -> None:
        audit_id = self.list.selected_id()
        if audit_id is not None:
            action(audit_id)

    def new_record(self) -> None:
        if self.ctx.actor.can(Permission.EDIT_AUDITS):
            self._open(AuditDialog(self.ctx, None, self.lookups, self, value(self.kind)))

    def edit(self, audit_id: int) -> None:
        try:
            audit = self.ctx.services.audits.audits.get(self.ctx.actor, audit_id)
        except Exception as error:
            show_error(self, error)
            return
        dialog = AuditDialog(self.ctx, audit, self.lookups, self)
        if not self.ctx.actor.can(Permission.EDIT_AUDITS) or audit.withdrawn:
            dialog.form.setEnabled(False)
            dialog.buttons.button(dialog.buttons.StandardButton.Save).hide()
        self._open(dialog)

    def copy(self, audit_id: int) -> None:
        source = self.ctx.services.audits.audits.get(self.ctx.actor, audit_id)
        self._open(CopyAuditDialog(self.ctx, source, self.lookups, self))

    def _open(self, dialog) -> None:
        dialog.accepted.connect(lambda: self.ctx.hub.changed.emit("audit"))
        dialog.open()
        self.dialog = dialog  # tests reach the open dialog here

    def withdraw(self, audit_id: int) -> None:
        service = self.ctx.services.audits.audits
        audit = service.get(self.ctx.actor, audit_id)
        reason = audit_widgets.ask_reason(
            self,
            tr("監査の取消"),
            tr("{n} を取り消す理由（記録は残ります）").format(n=audit.number),
        )
        if reason:
            self.ctx.runner.write(
                lambda _p: service.withdraw(self.ctx.actor, audit.id, audit.version, reason),
                lambda _r: self.ctx.hub.changed.emit("audit"),
                lambda e: show_error(self, e),
            )

    def audit_report(self, audit_id: int) -> None:
        from secdesk.gui.widgets.export_flow import export_to_file

        service = self.ctx.services.audits.reports
        audit = self.ctx.services.audits.audits.get(self.ctx.actor, audit_id)
        export_to_file(
            self,
            self.ctx,
            tr("監査結果報告書の作成"),
            f"audit_report_{audit.number}",
            lambda path, _enc: service.audit_report(self.ctx.actor, audit_id, path),
            formats=("pdf",),
        )

    def follow_up_report(self) -> None:
        from secdesk.gui.widgets.export_flow import export_to_file

        year = value(self.year) or fiscal_year(self.ctx.services.clock.today())
        service = self.ctx.services.audits.reports
        export_to_file(
            self,
            self.ctx,
            tr("フォローアップ状況報告書の作成"),
            f"follow_up_report_{year}",
            lambda path, _enc: service.follow_up_report(self.ctx.actor, year, path),
            formats=("pdf",),
        )

    def focus_search(self) -> None:
        self.list.focus_search()

    def save_layout(self) -> None:
        self.list.save_layout()
