"""Importing the personnel file: choose the file, map its columns, see the difference, apply."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.gui.i18n import tr
from secdesk.gui.progress import run_with_progress
from secdesk.gui.widgets.forms import show_error
from secdesk.io.roster_format import FIELDS, guess_mapping
from secdesk.services.roster.file_import import KIND_LABELS, UNCHANGED, RosterPlan

PREVIEW_LIMIT = 5000


class RosterImportDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("職員一覧の取り込み"))
        self.resize(900, 620)
        self.table = None
        self.plan: RosterPlan | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.buttons = QDialogButtonBox(self)
        self.back = self.buttons.addButton(tr("戻る"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next = self.buttons.addButton(tr("次へ"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        self.next.setDefault(True)
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # --- pages -------------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        intro = QLabel(
            tr(
                "人事から届いた職員一覧（CSV または Excel）を選んでください。文字コード（UTF-8 / Shift_JIS）は自動で判別します。"
                "取り込む前に、追加・異動・退職の一覧を確認できます。"
            ),
            page,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.path = QLineEdit(page)
        self.path.setObjectName("import_path")
        self.path.setAccessibleName(tr("ファイル"))
        browse = QPushButton(tr("参照…"), page)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        label = QLabel(tr("ファイル(&F) *"), page)
        label.setBuddy(self.path)
        form.addRow(label, row)
        self.effective = QDateEdit(page)
        self.effective.setObjectName("import_effective")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        today = self.ctx.services.clock.today()
        self.effective.setDate(QDate(today.year, today.month, today.day))
        effective_label = QLabel(tr("異動・退職の発効日(&E)"), page)
        effective_label.setBuddy(self.effective)
        form.addRow(effective_label, self.effective)
        self.full = QCheckBox(
            tr("全職員のファイルとして扱う（ファイルにない在職者を退職にする）"), page
        )
        self.full.setObjectName("import_full_roster")
        form.addRow(self.full)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(
            tr(
                "ファイルの列と secdesk の項目の対応を確認してください（* は必須）。この対応は次回も使います。"
            ),
            page,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.mapping: dict[str, QComboBox] = {}
        for field in FIELDS:
            combo = QComboBox(page)
            combo.setObjectName(f"map_{field.key}")
            combo.setAccessibleName(tr(field.label))
            label = QLabel(tr(field.label) + (" *" if field.required else ""), page)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.mapping[field.key] = combo
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.summary = QLabel(page)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.errors = QLabel(page)
        self.errors.setObjectName("import_errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b3261e;")
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.only_good = QCheckBox(tr("エラーの行を除いて、正しい行だけを取り込む"), page)
        self.only_good.setObjectName("import_only_good")
        self.only_good.toggled.connect(self._update_buttons)
        self.changes = QTableWidget(0, 5, page)
        self.changes.setObjectName("import_changes")
        self.changes.setAccessibleName(tr("取り込みで変わる内容"))
        self.changes.setHorizontalHeaderLabels(
            [tr("区分"), tr("行"), tr("職員番号"), tr("氏名"), tr("内容")]
        )
        self.changes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.changes.verticalHeader().hide()
        for column, width in enumerate((70, 60, 100, 140)):
            self.changes.setColumnWidth(column, width)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        layout.addWidget(self.only_good)
        layout.addWidget(self.changes, 1)
        return page

    # --- navigation ------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back.setEnabled(page > 0)
        if page == 2:
            self.next.setText(tr("取り込む"))
            blocked = self.plan is None or (
                bool(self.plan.errors) and not self.only_good.isChecked()
            )
            has_work = self.plan is not None and any(c.kind != UNCHANGED for c in self.plan.changes)
            self.next.setEnabled(not blocked and (has_work or bool(self.plan.new_departments)))
        else:
            self.next.setText(tr("次へ"))
            self.next.setEnabled(True)

    def go_back(self) -> None:
        self.pages.setCurrentIndex(max(0, self.pages.currentIndex() - 1))
        self._update_buttons()

    def go_next(self) -> None:
        page = self.pages.currentIndex()
        if page == 0:
            self._read_file()
        elif page == 1:
            self._make_plan()
        else:
            self._apply()

    def _browse(self) -> None:
        from secdesk.gui.widgets.file_pick import ask_table_file

        chosen = ask_table_file(self, self.ctx, tr("職員一覧のファイル"))
        if chosen:
            self.path.setText(chosen)

    def _read_file(self) -> None:
        path = self.path.text().strip()
        if not path:
            show_error(self, ValueError(tr("ファイルを選んでください。")))
            return
        from secdesk.io.tabular import read_table

        run_with_progress(
            self,
            self.ctx.runner,
            tr("ファイルを読み込んでいます…"),
            lambda _p: read_table(path),
            self._file_read,
            write=False,
        )

    def _file_read(self, table) -> None:
        self.table = table
        remembered = self.ctx.settings.import_mappings.get("staff", {}).get(
            self._signature(table.headers), {}
        )
        guessed = guess_mapping(table.headers)
        for key, combo in self.mapping.items():
            combo.clear()
            combo.addItem(tr("（使わない）"), None)
            for header in table.headers:
                if header:
                    combo.addItem(header, header)
            wanted = remembered.get(key, guessed.get(key))
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
        self.pages.setCurrentIndex(1)
        self._update_buttons()

    @staticmethod
    def _signature(headers: list[str]) -> str:
        return "\t".join(headers)

    def current_mapping(self) -> dict[str, str]:
        return {
            key: combo.currentData() for key, combo in self.mapping.items() if combo.currentData()
        }

    def _make_plan(self) -> None:
        mapping = self.current_mapping()
        self.ctx.settings.import_mappings.setdefault("staff", {})[
            self._signature(self.table.headers)
        ] = mapping
        actor, service, table = self.ctx.actor, self.ctx.services.roster_import, self.table
        effective, full = self.effective.date().toPython(), self.full.isChecked()
        run_with_progress(
            self,
            self.ctx.runner,
            tr("差分を確認しています…"),
            lambda _p: service.plan(actor, table, effective, mapping, full),
            self._planned,
            write=False,
        )

    def _planned(self, plan: RosterPlan) -> None:
        self.plan = plan
        counts = plan.counts()
        parts = [f"{tr(KIND_LABELS[k])} {counts[k]:,}" for k in KIND_LABELS]
        text = (
            tr("{rows} 行を読みました。").format(rows=f"{plan.rows_read:,}")
            + "  "
            + " / ".join(parts)
        )
        if self.table is not None and self.table.header_note():
            text += "\n" + self.table.header_note()
        if plan.new_departments:
            text += "\n" + tr("新しい所属: {d}").format(
                d="、".join(f"{c} {n}" for c, n in plan.new_departments.items())
            )
        if plan.renamed_departments:
            text += "\n" + tr("所属名の変更: {d}").format(
                d="、".join(f"{c} {o}→{n}" for c, (o, n) in plan.renamed_departments.items())
            )
        self.summary.setText(text)
        if plan.errors:
            shown = [str(p) for p in plan.errors[:200]]
            more = len(plan.errors) - len(shown)
            self.errors.setText(
                tr("エラー {n} 件（このままでは何も取り込みません）:").format(n=len(plan.errors))
                + "\n"
                + "\n".join(shown)
                + (f"\n… {more}" if more > 0 else "")
            )
            self.errors.show()
            self.only_good.show()
        else:
            self.errors.hide()
            self.only_good.hide()
        visible = [c for c in plan.changes if c.kind != UNCHANGED][:PREVIEW_LIMIT]
        self.changes.setRowCount(len(visible))
        for row, change in enumerate(visible):
            if change.kind == "moved":
                detail = f"{change.old_department or '-'} → {change.department_name}"
            else:
                detail = ", ".join(f"{k}: {o or '-'} → {n}" for k, (o, n) in change.changes.items())
            values = (
                tr(KIND_LABELS[change.kind]),
                str(change.line or ""),
                change.staff_number,
                change.name,
                detail,
            )
            for column, value in enumerate(values):
                self.changes.setItem(row, column, QTableWidgetItem(value))
        self.pages.setCurrentIndex(2)
        self._update_buttons()

    def _apply(self) -> None:
        actor, service, table = self.ctx.actor, self.ctx.services.roster_import, self.table
        mapping, effective = self.current_mapping(), self.effective.date().toPython()
        full, only_good = self.full.isChecked(), self.only_good.isChecked()
        self.next.setEnabled(False)
        run_with_progress(
            self,
            self.ctx.runner,
            tr("取り込んでいます…"),
            lambda _p: service.apply(actor, table, effective, mapping, full, only_good),
            self._applied,
            self._apply_failed,
        )

    def _applied(self, result) -> None:
        self.result = result
        self.accept()

    def _apply_failed(self, error: BaseException) -> None:
        self._update_buttons()
        show_error(self, error)
