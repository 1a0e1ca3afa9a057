"""Designer forms from ui/, and the dialog every edit form shares.

A FormDialog shows a form, marks its fields' errors next to the fields, saves with Ctrl+S (or
Enter), asks before Esc throws away changes, and runs the save off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QFile, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.errors import EditConflict, SecdeskError, ValidationError
from secdesk.gui.i18n import tr
from secdesk.paths import ui_dir

W = TypeVar("W", bound=QWidget)

_loader: QUiLoader | None = None


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of ui/<name>.ui."""
    global _loader
    if _loader is None:
        _loader = QUiLoader()
    path = ui_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(path)
    try:
        widget = _loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"{path}: {_loader.errorString()}")
    return widget


def child(form: QWidget, kind: type[W], name: str) -> W:
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"form {form.objectName()} has no {kind.__name__} named {name}")
    return found


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Tell the person what went wrong: our message for expected errors, a short note for bugs."""
    if isinstance(error, SecdeskError):
        text = str(error)
    else:
        text = tr(
            "予期しないエラーが発生しました。作業内容は保存されていない可能性があります。\n{e}"
        ).format(e=f"{type(error).__name__}: {error}")
    box = QMessageBox(
        QMessageBox.Icon.Warning, title or tr("エラー"), text, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()


class FormDialog(QDialog):
    """Base of edit dialogs. Subclasses register fields and implement `collect()` and `submit()`."""

    # Replaced in tests; production asks with a message box.
    confirm_discard: Callable[[QWidget], bool] = staticmethod(
        lambda parent: ask_yes_no(
            parent, tr("確認"), tr("変更は保存されていません。破棄して閉じますか?")
        )
    )

    def __init__(self, form_name: str, title: str, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.runner = runner
        self.form = load_form(form_name, self)
        self.summary = QLabel(self)
        self.summary.setObjectName("error_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("保存 (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("キャンセル"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.dirty = False
        self.saving = False
        self.result_value: Any = None

    # --- fields ------------------------------------------------------------------------------

    def field(self, key: str, kind: type[W], name: str | None = None) -> W:
        """Register a form widget under a service field name; edits mark the dialog dirty."""
        widget = child(self.form, kind, name or key)
        self.fields[key] = widget
        signal = _change_signal(widget)
        if signal is not None:
            signal.connect(self._mark_dirty)
        self._errors[key] = self._error_label_for(widget)
        return widget

    def _error_label_for(self, widget: QWidget) -> QLabel:
        label = QLabel(self.form)
        label.setObjectName(f"{widget.objectName()}_error")
        label.setStyleSheet("color: #b3261e;")
        label.setWordWrap(True)  # a refusal can be a sentence (login: see the administrator)
        label.hide()
        layout = widget.parentWidget().layout() if widget.parentWidget() else None
        form_layout = _find_form_layout(self.form, widget)
        if form_layout is not None:
            row, _ = form_layout.getWidgetPosition(widget)
            form_layout.insertRow(row + 1, "", label)
        elif layout is not None:
            layout.addWidget(label)
        return label

    def _mark_dirty(self, *_args) -> None:
        self.dirty = True

    def clear_errors(self) -> None:
        self.summary.hide()
        for label in self._errors.values():
            label.hide()
            label.clear()

    def show_problems(self, error: ValidationError) -> None:
        self.clear_errors()
        general, first = [], None
        for problem in error.problems:
            label = self._errors.get(problem.field or "")
            if label is None:
                general.append(str(problem))
                continue
            label.setText(
                "⚠ " + problem.message
                if not label.text()
                else label.text() + "\n⚠ " + problem.message
            )
            label.show()
            first = first or self.fields[problem.field]
        if general:
            self.summary.setText("\n".join("⚠ " + text for text in general))
            self.summary.show()
        if first is not None:
            first.setFocus()

    # --- saving ------------------------------------------------------------------------------

    def collect(self) -> Any:
        """Read the widgets into the input the service takes."""
        raise NotImplementedError

    def submit(self, data: Any) -> Any:
        """Call the service (runs off the GUI thread); returns what `result_value` becomes."""
        raise NotImplementedError

    def on_conflict(self, error: EditConflict) -> None:
        from secdesk.gui.widgets.conflict_dialog import ConflictDialog

        ConflictDialog(error, self).open()

    def save(self) -> None:
        if self.saving:
            return
        try:
            data = self.collect()
        except ValidationError as error:
            self.show_problems(error)
            return
        self.saving = True
        self.buttons.setEnabled(False)
        self.clear_errors()
        self.runner.write(lambda _p: self.submit(data), self._saved, self._failed)

    def _saved(self, value: Any) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.result_value = value
        self.dirty = False
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_problems(error)
        elif isinstance(error, EditConflict):
            self.on_conflict(error)
        else:
            show_error(self, error)

    def reject(self) -> None:
        if self.saving:
            return
        if self.dirty and not type(self).confirm_discard(self):
            return
        super().reject()


def _change_signal(widget: QWidget):
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    return None


def _find_form_layout(root: QWidget, widget: QWidget) -> QFormLayout | None:
    for layout in root.findChildren(QFormLayout):
        row, _ = layout.getWidgetPosition(widget)
        if row >= 0:
            return layout
    return None


def set_date(edit: QDateEdit, value) -> None:
    if value is None:
        edit.setDate(edit.minimumDate())
    else:
        edit.setDate(QDate(value.year, value.month, value.day))


def get_date(edit: QDateEdit):
    if edit.date() == edit.minimumDate():
        return None
    return edit.date().toPython()
