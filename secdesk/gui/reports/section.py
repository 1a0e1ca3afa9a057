"""報告書: pick a report, its year and departments, and make the file in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import Permission
from secdesk.gui.i18n import tr
from secdesk.gui.progress import run_with_progress
from secdesk.gui.reports.options import ReportOptions
from secdesk.gui.widgets import export_flow
from secdesk.gui.widgets.export_flow import CSV_CP932, CSV_UTF8, XLSX
from secdesk.gui.widgets.section import Section
from secdesk.services.reports.catalogue import CSV, PDF, ReportKind

FORMAT_LABELS = {PDF: "PDF", "xlsx": "Excel", CSV: "CSV"}


class ReportsSection(Section):
    """The list of reports on the left, the chosen report's conditions on the right."""

    generated = Signal(object)  # the ExportRecord of the file just made

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kinds: list[ReportKind] = ctx.services.reports.catalogue()
        self.task = None
        self.may_export = ctx.actor.can(Permission.EXPORT)

        self.list = QListWidget(self)
        self.list.setObjectName("report_list")
        self.list.setAccessibleName(tr("報告書の一覧"))
        self.list.setMinimumWidth(300)
        self.list.setMaximumWidth(380)
        self.list.setSpacing(2)
        group = ""
        for kind in self.kinds:
            if kind.group != group:
                group = kind.group
                heading = QListWidgetItem(tr(group))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a choice
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.list.addItem(heading)
            item = QListWidgetItem(
                tr("{name}（{format}）").format(
                    name=tr(kind.label), format=FORMAT_LABELS[kind.format]
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            item.setToolTip(tr(kind.description))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        self.list.itemActivated.connect(lambda _item: self.generate())

        self.title = QLabel(self)
        self.title.setObjectName("report_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.description = QLabel(self)
        self.description.setObjectName("report_description")
        self.description.setWordWrap(True)
        self.options = ReportOptions(ctx, self)
        self.generate_button = QPushButton(tr("作成…"), self)
        self.generate_button.setObjectName("generate")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.generate_button.setEnabled(self.may_export)
        self.open_incidents = QPushButton(tr("インシデントの一覧を開く"), self)
        self.open_incidents.setObjectName("open_incidents")
        self.open_incidents.clicked.connect(lambda: self.navigate.emit("incidents", {}))
        self.result = QLabel(self)
        self.result.setObjectName("report_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not self.may_export:
            self.result.setText(
                tr(
                    "報告書と書き出しには「書き出し」の権限が必要です（監査人・CSIRT・管理者など）。"
                )
            )

        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.open_incidents)
        buttons.addStretch(1)
        body = QWidget(self)
        body.setMaximumWidth(760)  # lines a person can read; the rest of a wide window stays empty
        right = QVBoxLayout(body)
        right.addWidget(self.title)
        right.addWidget(self.description)
        right.addWidget(self.options)
        right.addLayout(buttons)
        right.addWidget(self.result)
        right.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.list)
        layout.addWidget(scroll, 1)

        self.options.load()
        self.choose("annual")

    # --- Section ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.task is None:  # keep the person's choices while a file is being made
            chosen = self.options.chosen_departments()
            self.options.load()
            self.options.check_departments(chosen)

    def focus_search(self) -> None:
        self.list.setFocus()

    def show_filtered(self, **filters) -> None:
        if "report" in filters:
            self.choose(str(filters["report"]))
        if "fiscal_year" in filters:
            index = self.options.fiscal_year.findData(int(filters["fiscal_year"]))
            if index >= 0:
                self.options.fiscal_year.setCurrentIndex(index)

    # --- choosing and making ---------------------------------------------------------------------

    def choose(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(row)

    @property
    def kind(self) -> ReportKind:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((k for k in self.kinds if k.key == key), self.kinds[0])

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        kind = self.kind
        self.title.setText(tr(kind.label))
        self.description.setText(tr(kind.description))
        self.options.show_for(kind)
        self.open_incidents.setVisible(kind.choice == "incident")

    def _formats(self, kind: ReportKind) -> tuple[str, ...]:
        if kind.format == CSV:
            return (CSV_UTF8, CSV_CP932)
        return (XLSX,) if kind.format == "xlsx" else ("pdf",)

    def generate(self) -> None:
        """Ask where to save, then make the file off the GUI thread with progress and cancel."""
        if not self.may_export or self.task is not None:
            return
        kind, ctx = self.kind, self.ctx
        request = self.options.request(kind)
        folder = Path(ctx.settings.last_folder) if ctx.settings.last_folder else Path.home()
        suffix = request.incident if kind.choice == "incident" else str(request.fiscal_year)
        stem = f"{kind.stem}_{suffix}"
        answer = export_flow.ask_save_path(
            self, tr(kind.label), str(folder / stem), self._formats(kind)
        )
        if answer is None:
            return
        path, fmt = answer
        ctx.settings.last_folder = str(path.parent)
        if kind.format == CSV:
            from dataclasses import replace

            request = replace(request, encoding="cp932" if fmt == CSV_CP932 else "utf-8-sig")
        actor, reports = ctx.actor, ctx.services.reports
        self.generate_button.setEnabled(False)
        self.result.setText(tr("作成しています: {path}").format(path=path))
        self.task = run_with_progress(
            self,
            ctx.runner,
            tr("{name}を作成しています…").format(name=tr(kind.label)),
            lambda progress: reports.generate(actor, request, path, progress),
            self._done,
            self._failed,
        )
        if self.task.done:  # an inline runner (tests) finished before the handle came back
            self.task = None
        else:
            self.task.failed.connect(self._cancelled)

    def _done(self, record) -> None:
        self._reset(
            tr("作成しました: {path}\nSHA-256: {sha}（監査ログに記録しました）").format(
                path=record.path, sha=record.sha256
            )
        )
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                tr("作成しました: {path}").format(path=record.path), 8000
            )
        self.ctx.hub.changed.emit("export")
        if self.ctx.settings.open_after_export:
            export_flow.open_file(record.path)
        self.generated.emit(record)

    def _failed(self, error: BaseException) -> None:
        from secdesk.gui.widgets.forms import show_error

        self._reset(tr("作成できませんでした。ファイルは作成していません。"))
        show_error(self, error)

    def _cancelled(self, error: BaseException) -> None:
        from secdesk.gui.tasks import Cancelled

        if isinstance(error, Cancelled):
            self._reset(tr("キャンセルしました。ファイルは作成していません。"))

    def _reset(self, message: str) -> None:
        self.task = None
        self.generate_button.setEnabled(self.may_export)
        self.result.setText(message)
