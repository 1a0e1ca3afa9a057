"""Importing an incident file: choose it, see every problem by line, then import all (or only the
good lines, when the person chooses so)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.gui.i18n import tr
from secdesk.gui.progress import run_with_progress
from secdesk.gui.widgets.forms import show_error

ERRORS_SHOWN = 500


class IncidentImportDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = None
        self.plan = None
        self.setWindowTitle(tr("インシデント・ヒヤリハットの取り込み"))
        intro = QLabel(
            tr(
                "「一覧を書き出し」と同じ列の CSV または Excel ファイルを選んでください（UTF-8 / Shift_JIS は自動判別）。"
                "必須の列は 種別・件名・発見日時 です。番号のない行には新しい番号を付けます。"
                "誤りのある行が1行でもあれば、そのままでは何も取り込みません。"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.path = QLineEdit(self)
        self.path.setObjectName("import_path")
        self.path.setAccessibleName(tr("ファイル"))
        browse = QPushButton(tr("参照…"), self)
        browse.clicked.connect(self._browse)
        check = QPushButton(tr("内容を確認"), self)
        check.setObjectName("check_file")
        check.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(check)
        form = QFormLayout()
        label = QLabel(tr("ファイル(&F) *"), self)
        label.setBuddy(self.path)
        form.addRow(label, row)
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.errors = QPlainTextEdit(self)
        self.errors.setObjectName("import_errors")
        self.errors.setReadOnly(True)
        self.errors.setAccessibleName(tr("取り込めない行"))
        self.errors.setStyleSheet("color: #b3261e;")
        self.errors.hide()
        self.only_good = QCheckBox(tr("誤りのある行を除いて、正しい行だけを取り込む"), self)
        self.only_good.setObjectName("import_only_good")
        self.only_good.hide()
        self.only_good.toggled.connect(self._update)
        self.buttons = QDialogButtonBox(self)
        self.go = self.buttons.addButton(tr("取り込む"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName("do_import")
        self.buttons.addButton(tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        self.go.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.only_good)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self.resize(760, 480)
        self._update()

    def _browse(self) -> None:
        from secdesk.gui.widgets.file_pick import ask_table_file

        chosen = ask_table_file(self, self.ctx, tr("取り込むファイル"))
        if chosen:
            self.path.setText(chosen)
            self.check()

    def check(self) -> None:
        path = self.path.text().strip()
        if not path:
            show_error(self, ValueError(tr("ファイルを選んでください。")))
            return
        from secdesk.io.tabular import read_table

        actor, service = self.ctx.actor, self.ctx.services.incident_import

        def work(_progress):
            table = read_table(path)
            return table, service.plan(actor, table)

        run_with_progress(
            self, self.ctx.runner, tr("ファイルを確認しています…"), work, self._checked, write=False
        )

    def _checked(self, result) -> None:
        self.table, self.plan = result
        plan = self.plan
        text = (
            tr("{rows} 行を読みました。").format(rows=f"{plan.rows_read:,}") + "　" + plan.summary()
        )
        if self.table.header_note():
            text += "\n" + self.table.header_note()
        self.summary.setText(text)
        if plan.errors:
            shown = [str(p) for p in plan.errors[:ERRORS_SHOWN]]
            more = len(plan.errors) - len(shown)
            self.errors.setPlainText(
                tr("取り込めない行が {n} 件あります（このままでは何も取り込みません）:").format(
                    n=len(plan.errors)
                )
                + "\n"
                + "\n".join(shown)
                + (f"\n… {more}" if more > 0 else "")
            )
        self.errors.setVisible(bool(plan.errors))
        self.only_good.setVisible(bool(plan.errors) and bool(plan.rows))
        self._update()

    def _update(self) -> None:
        plan = self.plan
        ready = (
            plan is not None and bool(plan.rows) and (not plan.errors or self.only_good.isChecked())
        )
        self.go.setEnabled(ready)

    def apply(self) -> None:
        actor, service, table = self.ctx.actor, self.ctx.services.incident_import, self.table
        only_good = self.only_good.isChecked()
        self.go.setEnabled(False)

        def work(progress):
            return service.apply(actor, table, only_good, progress=progress.report)

        run_with_progress(
            self, self.ctx.runner, tr("取り込んでいます…"), work, self._applied, self._failed
        )

    def _applied(self, result) -> None:
        self.import_result = result
        window = self.parent().window() if self.parent() else None
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                tr("{n} 件を取り込みました。").format(n=f"{result.created:,}"), 8000
            )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._update()
        show_error(self, error)
