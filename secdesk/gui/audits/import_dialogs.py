"""Importing a checklist and self-inspection answers: choose the file, check it, then apply.

Both follow the house rule for imports: the whole file is checked first, every bad line is
listed with its number, and nothing is written while any line is bad unless the person chooses
to take only the good lines.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.fiscal import fiscal_year
from secdesk.gui.audits import widgets as audit_widgets
from secdesk.gui.audits.widgets import department_choices, fill, value
from secdesk.gui.i18n import tr
from secdesk.gui.progress import run_with_progress
from secdesk.gui.widgets.forms import show_error
from secdesk.i18n import QT_TR_NOOP

ERROR_LINES = 200


class _ImportDialog(QDialog):
    """File, options, a check that lists every problem, then the import."""

    title = ""
    intro = ""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = None
        self.setWindowTitle(tr(self.title))
        self.form = QFormLayout()
        intro = QLabel(tr(self.intro), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.path = QLineEdit(self)
        self.path.setObjectName("import_path")
        self.path.setAccessibleName(tr("ファイル"))
        self.path.textChanged.connect(self._forget_plan)
        browse = QPushButton(tr("参照…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        label = QLabel(tr("ファイル(&F) *"), self)
        label.setBuddy(self.path)
        self.form.addRow(label, row)
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.errors = QPlainTextEdit(self)
        self.errors.setObjectName("import_errors")
        self.errors.setAccessibleName(tr("取り込めない行"))
        self.errors.setReadOnly(True)
        self.errors.setStyleSheet("color: #b3261e;")
        self.errors.hide()
        self.only_good = QCheckBox(tr("エラーの行を除いて、正しい行だけを取り込む"), self)
        self.only_good.setObjectName("import_only_good")
        self.only_good.toggled.connect(self._update_buttons)
        self.only_good.hide()
        self.buttons = QDialogButtonBox(self)
        self.check = self.buttons.addButton(
            tr("内容を確認"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_button = self.buttons.addButton(
            tr("取り込む"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        self.check.clicked.connect(self.check_file)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        layout.addStretch(0)
        layout.addWidget(self.only_good)
        layout.addWidget(self.buttons)
        self.resize(720, 460)

    def _browse(self) -> None:
        chosen = audit_widgets.ask_open_file(
            self,
            tr(self.title),
            tr("CSV / Excel (*.csv *.txt *.xlsx);;すべてのファイル (*)"),
            self.ctx.settings.last_folder,
        )
        if chosen:
            self.path.setText(chosen)
            self.ctx.settings.last_folder = str(Path(chosen).parent)

    def _forget_plan(self, *_args) -> None:
        self.plan = None
        self.summary.clear()
        self.errors.clear()
        self.errors.hide()
        self.only_good.hide()
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        ready = self.plan is not None and (not self.plan.errors or self.only_good.isChecked())
        self.apply_button.setEnabled(ready)
        self.check.setDefault(self.plan is None)
        self.apply_button.setDefault(ready)

    def check_file(self) -> None:
        path = self.path.text().strip()
        if not path:
            show_error(self, ValueError(tr("ファイルを選んでください。")))
            return
        run_with_progress(
            self,
            self.ctx.runner,
            tr("ファイルを確認しています…"),
            lambda _p: self.make_plan(path),
            self._planned,
            write=False,
        )

    def _planned(self, plan) -> None:
        self.plan = plan
        notes = getattr(plan, "notes", [])
        self.summary.setText("\n".join([plan.summary(), *notes]))
        if plan.errors:
            shown = [str(p) for p in plan.errors[:ERROR_LINES]]
            more = len(plan.errors) - len(shown)
            self.errors.show()
            self.errors.setPlainText(
                tr("エラー {n} 件（このままでは何も取り込みません）:").format(n=len(plan.errors))
                + "\n"
                + "\n".join(shown)
                + (f"\n… {more}" if more > 0 else "")
            )
            self.only_good.setVisible(any(p.line for p in plan.errors))
        else:
            self.errors.clear()
            self.errors.hide()
            self.only_good.hide()
        self._update_buttons()

    def apply(self) -> None:
        path, only_good = self.path.text().strip(), self.only_good.isChecked()
        self.apply_button.setEnabled(False)
        run_with_progress(
            self,
            self.ctx.runner,
            tr("取り込んでいます…"),
            lambda _p: self.write(path, only_good),
            self._applied,
            self._failed,
        )

    def _applied(self, result) -> None:
        self.result = result
        self.accept()

    def _failed(self, error) -> None:
        self._update_buttons()
        show_error(self, error)

    def make_plan(self, path: str):
        raise NotImplementedError

    def write(self, path: str, only_good: bool):
        raise NotImplementedError


class ChecklistImportDialog(_ImportDialog):
    title = QT_TR_NOOP("監査チェックリストの取り込み")
    intro = QT_TR_NOOP(
        "チェックリスト（CSV または Excel）を選んでください。列は「No.（項目番号）」「監査項目」が必須で、"
        "「項目（大項目 › 中項目）」「必須」「監査資料の例」「監査実施の例」「ポリシーガイドライン例文番号」"
        "「関連JIS Q 27002番号」「留意事項」「分類」「参照」「対象所属」も読み込みます。"
        "取り込むと、その年度の新しい版として登録され、これまでの版は変わりません。"
    )

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year = QSpinBox(self)
        self.year.setObjectName("import_fiscal_year")
        self.year.setRange(1990, 2100)
        self.year.setValue(fiscal_year(ctx.services.clock.today()))
        self.year.valueChanged.connect(self._forget_plan)
        self.name = QLineEdit(self)
        self.name.setObjectName("import_title")
        self.name.setMaxLength(200)
        self.name.setText(tr("情報セキュリティ監査チェックリスト"))
        self.name.textChanged.connect(self._forget_plan)
        for text, widget in ((tr("年度(&Y) *"), self.year), (tr("名称(&N) *"), self.name)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.split("(")[0])
            self.form.addRow(label, widget)
        self._update_buttons()

    def make_plan(self, path: str):
        from secdesk.io.tabular import read_table

        self.table = read_table(path)
        return self.ctx.services.audits.checklists.plan(
            self.ctx.actor, self.table, self.year.value(), self.name.text()
        )

    def write(self, path: str, only_good: bool):
        return self.ctx.services.audits.checklists.apply(
            self.ctx.actor, self.table, self.year.value(), self.name.text(), only_good
        )


class AnswerImportDialog(_ImportDialog):
    title = QT_TR_NOOP("自己点検の回答の取り込み")
    intro = QT_TR_NOOP(
        "所属から戻ってきた回答用シート（所属ごとのシートがある Excel）、または所属ごとの CSV / Excel "
        "を選んでください。列「項目番号」「回答」が必須です。所属は「所属コード」の列、シート名"
        "（「110 総務課」のように先頭が所属コード）、または下の選択から判断します。"
    )

    def __init__(self, ctx, audit, lookups, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.audit = audit
        self.setWindowTitle(f"{tr(self.title)}　{audit.label}")
        self.department = QComboBox(self)
        self.department.setObjectName("import_department")
        self.department.setAccessibleName(tr("所属"))
        fill(
            self.department,
            [(t, d) for t, d in department_choices(lookups.departments)],
            tr("（ファイルの所属コード・シート名から判断）"),
        )
        self.department.currentIndexChanged.connect(self._forget_plan)
        label = QLabel(tr("所属(&D)"), self)
        label.setBuddy(self.department)
        self.form.addRow(label, self.department)
        self.codes = {d.id: d.code for d in lookups.departments}
        self._update_buttons()

    def _department_code(self) -> str:
        return self.codes.get(value(self.department), "")

    def make_plan(self, path: str):
        from secdesk.io.answer_sheets import read_answer_sheets

        self.sheets = read_answer_sheets(path)
        return self.ctx.services.audits.self_checks.plan_import(
            self.ctx.actor, self.audit.id, self.sheets, self._department_code()
        )

    def write(self, path: str, only_good: bool):
        return self.ctx.services.audits.self_checks.apply_import(
            self.ctx.actor, self.audit.id, self.sheets, self._department_code(), only_good
        )
