"""Importing a GoPhish campaign's results into a drill: file → what would change → import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from secdesk.domain.training import stage_label
from secdesk.gui.i18n import tr
from secdesk.gui.progress import run_with_progress
from secdesk.gui.training.import_dialog import ImportWizard


class GophishImportDialog(ImportWizard):
    def __init__(self, ctx, course, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            course,
            tr("GoPhish の訓練結果の取り込み"),
            tr(
                "GoPhish のキャンペーン画面で「Export CSV」→「Results」と書き出したファイルを"
                "選んでください。職員はメールアドレスで照合します。IP アドレス・位置・役職は"
                "読み飛ばし、保存しません。"
            ),
            parent,
        )
        page = QWidget(self)
        layout = self._preview_widgets(
            page, [tr("区分"), tr("行"), tr("職員番号"), tr("氏名"), tr("結果")]
        )
        self.unmatched = QLabel(page)
        self.unmatched.setObjectName("import_unmatched")
        self.unmatched.setWordWrap(True)
        self.unmatched.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.unmatched)
        layout.addWidget(self.changes, 1)
        self.pages.addWidget(page)
        self._update_buttons()

    def go_next(self) -> None:
        if self.pages.currentIndex() == 0:
            self._read_file()
        else:
            self._apply()

    def _file_read(self, table) -> None:
        self.table = table
        actor, service = self.ctx.actor, self.ctx.services.training.gophish
        run_with_progress(
            self,
            self.ctx.runner,
            tr("内容を確認しています…"),
            lambda _p: service.plan(actor, self.course.id, table),
            self._planned,
            write=False,
        )

    def _planned(self, plan) -> None:
        self.plan = plan
        self.summary.setText(
            tr("{rows} 行を読みました。").format(rows=f"{plan.rows_read:,}") + "  " + plan.summary()
        )
        self._show_errors(plan.errors)
        skipped = plan.unmatched + plan.ambiguous
        if skipped:
            shown = "、".join(address for _, address in skipped[:50])
            more = f" … {len(skipped) - 50}" if len(skipped) > 50 else ""
            self.unmatched.setText(
                tr("職員に該当しないアドレス {n} 件は取り込まずに飛ばします: {list}").format(
                    n=len(skipped), list=shown + more
                )
            )
            self.unmatched.show()
        else:
            self.unmatched.hide()
        rows = [
            (
                tr("更新"),
                e.line,
                e.staff_number,
                e.name,
                stage_label(e.stage) + (tr("・報告あり") if e.reported else ""),
            )
            for e in plan.updated
        ]
        rows += [
            (
                tr("新規"),
                e.line,
                e.staff_number,
                e.name,
                stage_label(e.stage) + (tr("・報告あり") if e.reported else ""),
            )
            for e in plan.new
        ]
        self._fill_changes(rows)
        self.pages.setCurrentIndex(1)
        self._update_buttons()

    def _can_apply(self) -> bool:
        return (
            self.plan is not None
            and not self.plan.errors
            and bool(self.plan.new or self.plan.updated)
        )

    def _apply(self) -> None:
        actor, service, table = self.ctx.actor, self.ctx.services.training.gophish, self.table
        self._start_apply(lambda _p: service.apply(actor, self.course.id, table))
