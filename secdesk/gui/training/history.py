"""One person's courses and drills across the years, and the small option dialogs of the
training exports."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.training import kind_label, stage_label, status_label
from secdesk.gui.i18n import tr
from secdesk.gui.training.tables import Column, SummaryRow, SummaryTable
from secdesk.services.core.listing import STATE_DONE, STATE_OVERDUE
from secdesk.services.training.status import PersonHistory


class PersonHistoryDialog(QDialog):
    """研修の受講履歴: every course the person was concerned by, newest first."""

    def __init__(self, history: PersonHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("研修の受講履歴 — {name}").format(name=history.name))
        self.resize(1120, 480)
        state = "" if history.active else tr("（退職）")
        heading = QLabel(
            f"<b style='font-size:13pt'>{history.name}</b>　{history.staff_number}　"
            f"{history.department}{state}",
            self,
        )
        self.table = SummaryTable(
            [
                Column(tr("年度"), 60),
                Column(tr("コード"), 80),
                Column(tr("研修名"), 220),
                Column(tr("種別"), 130),
                Column(tr("期限日"), 95),
                Column(tr("所属（期限日時点）"), 130),
                Column(tr("状況"), 70),
                Column(tr("完了日"), 95),
                Column(tr("得点・結果"), 110),
                Column(tr("個別の指定"), 140),
            ],
            "history_table",
            self,
        )
        self.table.setAccessibleName(tr("研修の受講履歴"))
        rows = []
        for row in history.rows:
            if row.stage is not None:
                result = stage_label(row.stage) + (tr("・報告あり") if row.reported else "")
            else:
                result = "" if row.score is None else f"{row.score:g}"
            status = status_label(row.status) if row.status else tr("対象外")
            colour = {"completed": STATE_DONE, "incomplete": STATE_OVERDUE}.get(row.status or "")
            rows.append(
                SummaryRow(
                    row.course_id,
                    (
                        str(row.fiscal_year),
                        row.code,
                        row.title,
                        kind_label(row.kind),
                        row.due_date.isoformat(),
                        row.department,
                        status,
                        row.completed_on.isoformat() if row.completed_on else "",
                        result,
                        row.note,
                    ),
                    (
                        row.fiscal_year,
                        row.code,
                        row.title,
                        row.kind,
                        row.due_date,
                        row.department,
                        status,
                        row.completed_on.isoformat() if row.completed_on else "",
                        result,
                        row.note,
                    ),
                    colour,
                )
            )
        self.table.set_rows(rows)
        empty = QLabel(tr("この職員が対象の研修・訓練はまだありません。"), self)
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("閉じる"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class _Options(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("次へ"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("キャンセル"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.body.addWidget(self.buttons)


def ask_non_completer_options(parent: QWidget, department: str | None) -> dict | None:
    """Per department or one list; only the chosen department. Replaced in tests."""
    dialog = _Options(tr("未完了者一覧の書き出し"), parent)
    split = QCheckBox(tr("所属ごとに分ける（Excel はシート、CSV はファイル）"), dialog)
    split.setChecked(True)
    only = QCheckBox(tr("選択中の所属（{d}）だけ").format(d=department or ""), dialog)
    only.setVisible(department is not None)
    dialog.body.addWidget(split)
    dialog.body.addWidget(only)
    dialog.finish()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return {"per_department": split.isChecked(), "only_selected": only.isChecked()}


def ask_report_options(parent: QWidget, course_label: str | None) -> dict | None:
    """The whole year or the selected course; with or without the non-completers appendix."""
    dialog = _Options(tr("研修・訓練の報告書（PDF）"), parent)
    year = QRadioButton(tr("年度のすべての研修・訓練"), dialog)
    year.setChecked(True)
    course = QRadioButton(tr("選択中の研修だけ（{c}）").format(c=course_label or ""), dialog)
    course.setEnabled(course_label is not None)
    appendix = QCheckBox(tr("未完了者の一覧を付録に付ける"), dialog)
    for widget in (year, course, appendix):
        dialog.body.addWidget(widget)
    dialog.finish()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return {"course_only": course.isChecked(), "appendix": appendix.isChecked()}
