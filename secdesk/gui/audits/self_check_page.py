"""自己点検: who has answered how much, entering answers, sheets out and in, いいえ → findings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.audits import (
    ANSWER_LABELS,
    AUDIT_STATUS_LABELS,
    AuditKind,
    AuditStatus,
    format_rate,
)
from secdesk.domain.roles import Permission
from secdesk.domain.timezone import format_local
from secdesk.gui.audits.dialogs import AuditLookups
from secdesk.gui.audits.widgets import choose, fill, read_only_table, refill, set_row, value
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import FormDialog, ask_yes_no, show_error
from secdesk.services.audits.self_checks import AnswerChange, AnswerRow, DepartmentRate
from secdesk.services.core.listing import STATE_DONE, STATE_DUE_SOON, STATE_OVERDUE


def rate_state(rate: DepartmentRate) -> tuple[str, str | None]:
    """The word and colour of a department's progress (never colour alone)."""
    if rate.complete:
        return tr("回答済"), STATE_DONE
    if rate.answered:
        return tr("回答中"), STATE_DUE_SOON
    return tr("未回答"), STATE_OVERDUE


class SelfCheckPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lookups = AuditLookups()
        self.rates: list[DepartmentRate] = []
        can_edit = ctx.actor.can(Permission.EDIT_AUDITS)
        self.audit = QComboBox(self)
        self.audit.setObjectName("self_check_audit")
        self.audit.setAccessibleName(tr("自己点検"))
        self.audit.setMinimumWidth(360)
        self.audit.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setObjectName("self_check_summary")
        self.table = read_only_table(
            self,
            "self_check_rates",
            [
                tr("所属"),
                tr("状況"),
                tr("回答率"),
                tr("回答済 / 対象"),
                tr("はい"),
                tr("いいえ"),
                tr("該当なし"),
                tr("最終回答"),
            ],
            [220, 80, 70, 100, 60, 60, 70],
        )
        self.table.setAccessibleName(tr("所属ごとの回答状況"))
        self.table.activated.connect(lambda *_: self.enter_answers())
        self.buttons = {}
        bar = QHBoxLayout()
        label = QLabel(tr("自己点検(&S)"), self)
        label.setBuddy(self.audit)
        bar.addWidget(label)
        bar.addWidget(self.audit)
        bar.addWidget(self.summary, 1)
        actions = QHBoxLayout()
        for key, text, slot, visible in (
            ("answers", tr("回答を入力・表示 (Enter)"), self.enter_answers, True),
            (
                "sheets",
                tr("回答用シートの書き出し…"),
                self.export_sheets,
                ctx.actor.can(Permission.EXPORT),
            ),
            ("import", tr("回答の取り込み…"), self.import_answers, can_edit),
            ("findings", tr("「いいえ」から指摘事項を作成"), self.create_findings, can_edit),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"self_check_{key}")
            button.clicked.connect(slot)
            button.setVisible(visible)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

    def set_lookups(self, lookups: AuditLookups) -> None:
        self.lookups = lookups
        audits = [a for a in lookups.audits if a.kind == AuditKind.SELF_CHECK]
        self.audit.blockSignals(True)
        refill(self.audit, [(a.label, a.id) for a in audits], None)
        self.audit.blockSignals(False)

    def apply_filters(self, **filters) -> None:
        if filters.get("audit_id"):
            choose(self.audit, filters["audit_id"])
        self.refresh()

    def current_audit(self):
        return next((a for a in self.lookups.audits if a.id == value(self.audit)), None)

    def refresh(self, *_args) -> None:
        audit = self.current_audit()
        if audit is None:
            self._show([], 0)
            return
        actor, checks = self.ctx.actor, self.ctx.services.audits.self_checks
        self.ctx.runner.read(
            lambda _p: (checks.rates(actor, audit.id), len(checks.proposals(actor, audit.id))),
            lambda result: self._show(*result),
            lambda e: show_error(self, e),
        )

    def _show(self, rates: list[DepartmentRate], proposals: int) -> None:
        self.rates = rates
        self.table.setRowCount(len(rates))
        for row, rate in enumerate(rates):
            word, state = rate_state(rate)
            set_row(
                self.table,
                row,
                [
                    f"{rate.code} {rate.name}",
                    word,
                    format_rate(rate.rate),
                    f"{rate.answered} / {rate.expected}",
                    rate.yes,
                    rate.no,
                    rate.not_applicable,
                    format_local(rate.last_answered_at),
                ],
                state,
                rate.department_id,
            )
        expected = sum(r.expected for r in rates)
        answered = sum(min(r.answered, r.expected) for r in rates)
        waiting = sum(1 for r in rates if not r.answered)
        self.summary.setText(
            tr("回答率 {rate}（{a} / {e} 項目）　未回答の所属 {w} / {n}").format(
                rate=format_rate(answered / expected if expected else None),
                a=answered,
                e=expected,
                w=waiting,
                n=len(rates),
            )
        )
        self.buttons["findings"].setText(
            tr("「いいえ」から指摘事項を作成（{n} 件）").format(n=proposals)
        )
        self.buttons["findings"].setEnabled(proposals > 0)

    # --- actions -------------------------------------------------------------------------------

    def enter_answers(self) -> None:
        audit, row = self.current_audit(), self.table.currentRow()
        if audit is None or row < 0:
            return
        rate = self.rates[row]
        try:
            rows = self.ctx.services.audits.self_checks.answers(
                self.ctx.actor, audit.id, rate.department_id
            )
        except Exception as error:
            show_error(self, error)
            return
        dialog = AnswerDialog(self.ctx, audit, rate, rows, self)
        dialog.finished.connect(lambda *_: self.ctx.hub.changed.emit("audit_answer"))
        dialog.open()
        self.dialog = dialog

    def export_sheets(self) -> None:
        from secdesk.gui.widgets.export_flow import export_to_file

        audit = self.current_audit()
        if audit is None:
            return
        service = self.ctx.services.audits.self_checks
        label = str(self.ctx.services.settings.get("classification_label"))
        export_to_file(
            self,
            self.ctx,
            tr("回答用シートの書き出し"),
            f"self_check_{audit.number}",
            lambda path, _enc: service.export_sheets(self.ctx.actor, audit.id, path, label),
            formats=("xlsx",),
        )

    def import_answers(self) -> None:
        from secdesk.gui.audits.import_dialogs import AnswerImportDialog

        audit = self.current_audit()
        if audit is None:
            return
        dialog = AnswerImportDialog(self.ctx, audit, self.lookups, self)
        dialog.accepted.connect(lambda: self.ctx.hub.changed.emit("audit_answer"))
        dialog.open()
        self.dialog = dialog

    def create_findings(self) -> None:
        audit = self.current_audit()
        if audit is None or not ask_yes_no(
            self,
            tr("確認"),
            tr("「いいえ」の回答ごとに指摘事項（評価: 指摘）を作成します。よろしいですか?"),
        ):
            return
        service = self.ctx.services.audits.self_checks
        self.ctx.runner.write(
            lambda _p: service.create_findings(self.ctx.actor, audit.id),
            self._findings_created,
            lambda e: show_error(self, e),
        )

    def _findings_created(self, numbers: list[str]) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                tr("指摘事項を {n} 件作成しました。").format(n=len(numbers)), 8000
            )
        self.ctx.hub.changed.emit("audit_finding")

    def focus_search(self) -> None:
        self.audit.setFocus()

    def save_layout(self) -> None:
        pass


class AnswerDialog(FormDialog):
    """One department's answers; saves only what changed, refuses a stale screen."""

    def __init__(
        self, ctx, audit, rate: DepartmentRate, rows: list[AnswerRow], parent=None
    ) -> None:
        super().__init__(
            "self_check_answers",
            tr("自己点検の回答　{d}").format(d=f"{rate.code} {rate.name}"),
            ctx.runner,
            parent,
        )
        self.ctx, self.audit, self.rate, self.rows = ctx, audit, rate, rows
        self.table = self.field("answers", QTableWidget)
        self.progress = self.form.findChild(QLabel, "progress")
        frozen = audit.status in (AuditStatus.REPORTED, AuditStatus.COMPLETED)
        self.editable = ctx.actor.can(Permission.EDIT_AUDITS) and not frozen
        headers = [tr("項目番号"), tr("分類"), tr("監査項目"), tr("回答"), tr("コメント")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        self.table.verticalHeader().hide()
        for column, width in enumerate((70, 170, 360, 100)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.combos: list[QComboBox] = []
        for index, row in enumerate(rows):
            for column, text in enumerate((row.item.code, row.item.category, row.item.text)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(row.item.text)
                self.table.setItem(index, column, item)
            combo = QComboBox(self.table)
            combo.setAccessibleName(tr("{code} の回答").format(code=row.item.code))
            fill(
                combo,
                [(tr(label), a.value) for a, label in ANSWER_LABELS.items()],
                tr("（未回答）"),
            )
            choose(combo, row.answer)
            combo.setEnabled(self.editable)
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(index, 3, combo)
            self.combos.append(combo)
            comment = QTableWidgetItem(row.comment)
            if not self.editable:
                comment.setFlags(comment.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(index, 4, comment)
        self.table.resizeRowsToContents()
        self.table.itemChanged.connect(self._changed)
        if frozen:
            self.form.findChild(QLabel, "intro").setText(
                tr("この自己点検は「{s}」のため、回答は表示のみです。").format(
                    s=tr(AUDIT_STATUS_LABELS[AuditStatus(audit.status)])
                )
            )
        self.buttons.button(self.buttons.StandardButton.Save).setVisible(self.editable)
        self._changed()
        self.dirty = False
        self.resize(1000, 640)

    def _changed(self, *_args) -> None:
        self.dirty = True
        answered = sum(1 for combo in self.combos if value(combo) is not None)
        self.progress.setText(
            tr("回答 {a} / {n} 項目").format(a=answered, n=len(self.combos))
            + (tr("　未回答の項目があります") if answered < len(self.combos) else "")
        )

    def collect(self) -> list[AnswerChange]:
        changes = []
        for index, row in enumerate(self.rows):
            answer = value(self.combos[index])
            comment = (
                self.table.item(index, 4).text() if self.table.item(index, 4) else ""
            ).strip()
            if answer != row.answer or comment != row.comment:
                changes.append(AnswerChange(row.item.id, answer, comment, row.version))
        return changes

    def submit(self, changes: list[AnswerChange]) -> int:
        return self.ctx.services.audits.self_checks.save_answers(
            self.ctx.actor, self.audit.id, self.rate.department_id, changes
        )
