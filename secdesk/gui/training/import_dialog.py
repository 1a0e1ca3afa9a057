"""Importing e-learning results into the chosen course: file → columns → what would change →
import. The wizard's frame (ImportWizard) also serves the GoPhish import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from secdesk.io.attendance_format import FIELDS, MOODLE, detect_layout, guess_mapping

PREVIEW_LIMIT = 5000
SAMPLE_ROWS = 8
ERROR_LIMIT = 200


def _entry(day, score) -> str:
    """A completion as the preview shows it: 2026-11-20（得点 85）."""
    text = day.isoformat() if day else ""
    return text if score is None else text + tr("（得点 {s}）").format(s=f"{score:g}")


class ImportWizard(QDialog):
    """File page, optional mapping page, preview page; Next/Back/Import buttons."""

    kind = ""  # settings key of remembered column mappings

    def __init__(self, ctx, course, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course = course
        self.table = None
        self.plan = None
        self.setWindowTitle(f"{title} — {course.label}")
        self.resize(900, 620)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page(intro))
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

    def _file_page(self, intro: str) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        label = QLabel(intro, page)
        label.setWordWrap(True)
        form.addRow(label)
        self.path = QLineEdit(page)
        self.path.setObjectName("import_path")
        self.path.setAccessibleName(tr("ファイル"))
        browse = QPushButton(tr("参照…"), page)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        file_label = QLabel(tr("ファイル(&F) *"), page)
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        return page

    def _preview_widgets(self, page: QWidget, headers: list[str]) -> QVBoxLayout:
        layout = QVBoxLayout(page)
        self.summary = QLabel(page)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.errors = QLabel(page)
        self.errors.setObjectName("import_errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b3261e;")
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = QTableWidget(0, len(headers), page)
        self.changes.setObjectName("import_changes")
        self.changes.setAccessibleName(tr("取り込みで変わる内容"))
        self.changes.setHorizontalHeaderLabels(headers)
        self.changes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.changes.verticalHeader().hide()
        for column, width in enumerate((110, 60, 100, 140)):
            self.changes.setColumnWidth(column, width)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        return layout

    def _fill_changes(self, rows: list[tuple]) -> None:
        rows = rows[:PREVIEW_LIMIT]
        self.changes.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.changes.setItem(row, column, QTableWidgetItem(str(value)))

    def _show_errors(self, errors) -> None:
        if not errors:
            self.errors.hide()
            return
        shown = [str(p) for p in errors[:ERROR_LIMIT]]
        more = len(errors) - len(shown)
        self.errors.setText(
            tr("エラー {n} 件（このままでは何も取り込みません）:").format(n=len(errors))
            + "\n"
            + "\n".join(shown)
            + (f"\n… {more}" if more > 0 else "")
        )
        self.errors.show()

    def _browse(self) -> None:
        from secdesk.gui.widgets.file_pick import ask_table_file

        chosen = ask_table_file(self, self.ctx, self.windowTitle())
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
        raise NotImplementedError

    def go_back(self) -> None:
        self.pages.setCurrentIndex(max(0, self.pages.currentIndex() - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        last = self.pages.currentIndex() == self.pages.count() - 1
        self.back.setEnabled(self.pages.currentIndex() > 0)
        self.next.setText(tr("取り込む") if last else tr("次へ"))
        self.next.setEnabled(not last or self._can_apply())

    def _can_apply(self) -> bool:
        return self.plan is not None and not self.plan.errors

    def _start_apply(self, fn) -> None:
        self.next.setEnabled(False)
        run_with_progress(
            self, self.ctx.runner, tr("取り込んでいます…"), fn, self._applied, self._apply_failed
        )

    def _applied(self, result) -> None:
        self.result = result
        self.ctx.hub.changed.emit("attendance")
        self.accept()

    def _apply_failed(self, error: BaseException) -> None:
        self._update_buttons()
        show_error(self, error)


class AttendanceImportDialog(ImportWizard):
    kind = "attendance"

    def __init__(self, ctx, course, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            course,
            tr("受講結果の取り込み"),
            tr(
                "e-ラーニングの受講結果（職員番号・受講日・得点）や Moodle の完了レポートを"
                "選んでください（CSV または Excel、UTF-8 / Shift_JIS は自動判別）。"
                "取り込む前に、新しい記録・記録済み・食い違いを確認できます。"
            ),
            parent,
        )
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self._update_buttons()

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.layout_note = QLabel(page)
        self.layout_note.setObjectName("import_layout")
        self.layout_note.setWordWrap(True)
        layout.addWidget(self.layout_note)
        form = QFormLayout()
        self.mapping: dict[str, QComboBox] = {}
        for field in FIELDS:
            combo = QComboBox(page)
            combo.setObjectName(f"map_{field.key}")
            combo.setAccessibleName(tr(field.label))
            required = field.key == "completed_on"
            label = QLabel(tr(field.label) + (" *" if required else ""), page)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.mapping[field.key] = combo
        layout.addLayout(form)
        sample_label = QLabel(tr("ファイルの先頭の行"), page)
        sample_label.setStyleSheet("font-weight: bold; margin-top: 8px;")
        self.sample = QTableWidget(0, 0, page)
        self.sample.setObjectName("import_sample")
        self.sample.setAccessibleName(tr("ファイルの先頭の行"))
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sample.verticalHeader().hide()
        layout.addWidget(sample_label)
        layout.addWidget(self.sample, 1)
        return page

    def _show_sample(self, table) -> None:
        rows = table.rows[:SAMPLE_ROWS]
        self.sample.setColumnCount(len(table.headers))
        self.sample.setHorizontalHeaderLabels(table.headers)
        self.sample.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row.values[: len(table.headers)]):
                self.sample.setItem(r, c, QTableWidgetItem(value))

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        layout = self._preview_widgets(
            page, [tr("区分"), tr("行"), tr("職員番号"), tr("氏名"), tr("記録済み"), tr("ファイル")]
        )
        self.take_file = QCheckBox(tr("食い違いはファイルの受講日・得点で上書きする"), page)
        self.take_file.setObjectName("import_take_file_values")
        self.only_good = QCheckBox(tr("エラーの行を除いて、正しい行だけを取り込む"), page)
        self.only_good.setObjectName("import_only_good")
        self.only_good.toggled.connect(self._update_buttons)
        layout.addWidget(self.take_file)
        layout.addWidget(self.only_good)
        layout.addWidget(self.changes, 1)
        return page

    def go_next(self) -> None:
        page = self.pages.currentIndex()
        if page == 0:
            self._read_file()
        elif page == 1:
            self._make_plan()
        else:
            self._apply()

    def _file_read(self, table) -> None:
        from secdesk.io.attendance_format import MOODLE_ACTIVITY, activity_report_as_completion

        activity_report = detect_layout(table.headers) == MOODLE_ACTIVITY
        if activity_report:
            table = activity_report_as_completion(table)  # one column: Course complete
        self.table = table
        remembered = self.ctx.settings.import_mappings.get(self.kind, {}).get(
            "\t".join(table.headers), {}
        )
        guessed = guess_mapping(table.headers)
        for key, combo in self.mapping.items():
            combo.clear()
            combo.addItem(tr("（使わない）"), None)
            for header in table.headers:
                if header:
                    combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(remembered.get(key, guessed.get(key))), 0))
        self._show_sample(table)
        moodle = detect_layout(table.headers) == MOODLE
        if activity_report:
            note = tr(
                "Moodle の活動完了レポートとして読み取りました。職員は「ID number」などの識別列で"
                "照合し、すべての活動を完了した職員を、最後の活動の完了日で受講とします。"
            )
        elif moodle:
            note = tr(
                "Moodle のコース完了レポートとして読み取りました。職員は「ID number」などの識別列で"
                "照合し、「Course complete」が空欄の行は未完了として扱います。"
            )
        else:
            note = tr("ファイルの列と項目の対応を確認してください（この対応は次回も使います）。")
        self.layout_note.setText(note)
        self.pages.setCurrentIndex(1)
        self._update_buttons()

    def current_mapping(self) -> dict[str, str]:
        return {k: c.currentData() for k, c in self.mapping.items() if c.currentData()}

    def _make_plan(self) -> None:
        mapping = self.current_mapping()
        self.ctx.settings.import_mappings.setdefault(self.kind, {})[
            "\t".join(self.table.headers)
        ] = mapping
        actor, service, table = self.ctx.actor, self.ctx.services.training.imports, self.table
        run_with_progress(
            self,
            self.ctx.runner,
            tr("内容を確認しています…"),
            lambda _p: service.plan(actor, self.course.id, table, mapping),
            self._planned,
            write=False,
        )

    def _planned(self, plan) -> None:
        self.plan = plan
        text = (
            tr("{rows} 行を読みました。").format(rows=f"{plan.rows_read:,}") + "  " + plan.summary()
        )
        if plan.repeated:
            text += "\n" + tr(
                "同じ職員の行が {n} 行あります（最初の完了日と最高の得点を使います）。"
            ).format(n=plan.repeated)
        if plan.outside_target:
            text += "\n" + tr("この研修の対象者ではない職員 {n} 名の記録も取り込みます。").format(
                n=plan.outside_target
            )
        if self.table is not None and self.table.header_note():
            text += "\n" + self.table.header_note()
        if plan.other_courses:
            text += "\n" + tr("ほかの研修の行は読み飛ばします: {list}").format(
                list=plan.skipped_courses()
            )
        if plan.unmatched:
            text += "\n" + tr("職員名簿にない参加者 {n} 名は読み飛ばします（{names}）。").format(
                n=len(plan.unmatched), names=_names(plan.unmatched)
            )
        self.summary.setText(text)
        self._show_errors(plan.errors)
        self.only_good.setVisible(bool(plan.errors))
        self.take_file.setVisible(bool(plan.conflicts))
        rows = [
            (
                tr("食い違い"),
                e.line,
                e.staff_number,
                e.name,
                _entry(e.recorded_on, e.recorded_score),
                _entry(e.completed_on, e.score),
            )
            for e in plan.conflicts
        ]
        rows += [
            (
                tr("欠席→受講"),
                e.line,
                e.staff_number,
                e.name,
                tr("欠席"),
                _entry(e.completed_on, e.score),
            )
            for e in plan.absent_to_completed
        ]
        rows += [
            (tr("新規"), e.line, e.staff_number, e.name, "", _entry(e.completed_on, e.score))
            for e in plan.new
        ]
        self._fill_changes(rows)
        self.pages.setCurrentIndex(2)
        self._update_buttons()

    def _can_apply(self) -> bool:
        if self.plan is None:
            return False
        if self.plan.errors and not self.only_good.isChecked():
            return False
        return bool(self.plan.new or self.plan.absent_to_completed or self.plan.conflicts)

    def _apply(self) -> None:
        actor, service, table = self.ctx.actor, self.ctx.services.training.imports, self.table
        mapping, take = self.current_mapping(), self.take_file.isChecked()
        only_good = self.only_good.isChecked()
        plan = self.plan
        self._start_apply(
            lambda _p: service.apply(
                actor, self.course.id, table, mapping, take, only_good, checked=plan
            )
        )


def _names(unmatched: list[tuple[int, str]], shown: int = 5) -> str:
    """The first few participants read over, with their line numbers; 「…」 for the rest."""
    from secdesk.i18n import join

    names = [tr("{line}行目 {who}").format(line=line, who=who) for line, who in unmatched[:shown]]
    return join(names) + ("…" if len(unmatched) > shown else "")
