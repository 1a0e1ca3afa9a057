"""インシデント・ヒヤリハット: the register's list with its filters; Ctrl+N logs a near-miss."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain import incidents as vocab
from secdesk.domain.duties import DUTY_LABELS
from secdesk.domain.fiscal import fiscal_year_label
from secdesk.domain.roles import Permission
from secdesk.gui.i18n import tr
from secdesk.gui.incidents.widgets import Choices, fill_codes, fill_departments
from secdesk.gui.roster.dialogs import fill_combo, select_data
from secdesk.gui.widgets.forms import show_error
from secdesk.gui.widgets.list_page import ListPage
from secdesk.gui.widgets.section import Section
from secdesk.i18n import join, language
from secdesk.services.core.listing import ListQuery
from secdesk.services.incidents.listing import OPEN

# Filters that have no widget of their own (they come from dashboard tiles); shown as a note.
EXTRA_FILTERS = ("month", "due_soon", "duty")


class IncidentsSection(Section):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choices = Choices()
        self.extra: dict[str, object] = {}
        self._loading = True
        can_edit = ctx.actor.can(Permission.EDIT_INCIDENTS)

        self.list = ListPage(
            ctx,
            ctx.services.incidents.list_source(),
            "incidents",
            tr("件名・概要・原因・対策・対応経過を検索（2文字から、全角半角を問わず）"),
            self,
            default_sort="ref",
            descending=True,
        )
        self.list.opened.connect(self.open_record)
        self.filters: dict[str, QComboBox] = {}
        row = QHBoxLayout()
        for key, label in (
            ("fiscal_year", tr("年度")),
            ("kind", tr("種別")),
            ("status", tr("状態")),
            ("category", tr("分類")),
            ("department_id", tr("所属")),
            ("segment", tr("ネットワーク")),
            ("severity_id", tr("重大度")),
        ):
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{key}")
            combo.setAccessibleName(tr("{label}で絞り込み").format(label=label))
            combo.setMinimumContentsLength(6)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(lambda *_: self._apply_filters())
            self.filters[key] = combo
            row.addWidget(combo, 1)
        self.overdue = QCheckBox(tr("期限超過のみ"), self)
        self.overdue.setObjectName("filter_overdue")
        self.overdue.toggled.connect(lambda *_: self._apply_filters())
        row.addWidget(self.overdue)
        self.extra_label = QLabel(self)
        self.extra_label.setObjectName("extra_filters")
        self.clear_extra = QToolButton(self)
        self.clear_extra.setText(tr("解除"))
        self.clear_extra.setAccessibleName(tr("追加の絞り込みを解除"))
        self.clear_extra.clicked.connect(self._clear_extra)
        row.addWidget(self.extra_label)
        row.addWidget(self.clear_extra)
        self.list.layout().insertLayout(1, row)

        self.near_miss_button = QPushButton(tr("ヒヤリハットを登録 (Ctrl+N)"), self)
        self.near_miss_button.setObjectName("new_near_miss")
        self.incident_button = QPushButton(tr("インシデントを登録"), self)
        self.incident_button.setObjectName("new_incident")
        self.open_button = QPushButton(tr("開く (Enter)"), self)
        self.import_button = QPushButton(tr("取り込み…"), self)
        self.export_button = QPushButton(tr("一覧を書き出し…"), self)
        self.rules_button = QPushButton(tr("報告期限の設定…"), self)
        self.rules_button.setObjectName("incident_rules")
        self.near_miss_button.clicked.connect(lambda: self.new_record(vocab.NEAR_MISS))
        self.incident_button.clicked.connect(lambda: self.new_record(vocab.INCIDENT))
        self.open_button.clicked.connect(self._open_selected)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_list)
        self.rules_button.clicked.connect(self.edit_rules)
        self.masters_button = QPushButton(tr("分類・重大度…"), self)
        self.masters_button.setObjectName("incident_masters")
        self.masters_button.clicked.connect(self.edit_masters)
        self.masters_button.setVisible(ctx.actor.can(Permission.MANAGE_MASTER_DATA))
        for button in (self.near_miss_button, self.incident_button, self.import_button):
            button.setVisible(can_edit)
        self.export_button.setVisible(ctx.actor.can(Permission.EXPORT))
        self.rules_button.setVisible(ctx.actor.can(Permission.MANAGE_SETTINGS))
        actions = QHBoxLayout()
        for button in (self.near_miss_button, self.incident_button, self.open_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (
            self.import_button,
            self.export_button,
            self.rules_button,
            self.masters_button,
        ):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.list, 1)
        self._show_extra()
        self.refresh()

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        actor, services = self.ctx.actor, self.ctx.services
        self.ctx.runner.read(
            lambda _p: Choices.load(services, actor), self._loaded, lambda e: show_error(self, e)
        )

    def _loaded(self, choices: Choices) -> None:
        self.choices = choices
        self._loading = True
        previous = {key: combo.currentData() for key, combo in self.filters.items()}
        f = self.filters
        fill_combo(
            f["fiscal_year"],
            [(fiscal_year_label(y, language()), y) for y in choices.years],
            tr("すべての年度"),
        )
        fill_codes(f["kind"], vocab.KIND_LABELS, tr("すべての種別"))
        fill_combo(
            f["status"],
            [(tr("対応中（未完了）"), OPEN)]
            + [(vocab.label(vocab.STATUS_LABELS, s), s) for s in vocab.STATUS_LABELS],
            tr("すべての状態"),
        )
        fill_combo(
            f["category"],
            [(c.name, c.id) for c in choices.categories if c.parent_id is None],
            tr("すべての分類"),
        )
        fill_departments(f["department_id"], choices.departments)
        f["department_id"].setItemText(0, tr("すべての所属"))
        fill_codes(f["segment"], vocab.SEGMENTS, tr("すべてのネットワーク"))
        fill_combo(
            f["severity_id"], [(s.name, s.id) for s in choices.severities], tr("すべての重大度")
        )
        for key, combo in self.filters.items():
            select_data(combo, previous.get(key))
        self._loading = False
        self._apply_filters()

    def _query(self) -> ListQuery:
        values = {key: combo.currentData() for key, combo in self.filters.items()}
        values["overdue"] = True if self.overdue.isChecked() else None
        values.update(self.extra)
        return ListQuery().with_filters(**values)

    def _apply_filters(self) -> None:
        if not self._loading:
            self.list.set_base_query(self._query())

    def _show_extra(self) -> None:
        parts = []
        if "month" in self.extra:
            year, month = self.extra["month"]
            parts.append(tr("{y}年{m}月に発見").format(y=year, m=month))
        if "due_soon" in self.extra:
            parts.append(tr("期限まで{n}日以内").format(n=self.extra["due_soon"]))
        if "duty" in self.extra:
            duty = self.extra["duty"]
            parts.append(
                tr("報告義務のある事案")
                if duty == "any"
                else tr("{duty}の対象").format(duty=tr(DUTY_LABELS.get(duty, duty)))
            )
        self.extra_label.setText(tr("絞り込み: {f}").format(f=join(parts)) if parts else "")
        self.extra_label.setVisible(bool(parts))
        self.clear_extra.setVisible(bool(parts))

    def _clear_extra(self) -> None:
        self.extra = {}
        self._show_extra()
        self._apply_filters()

    # --- Section ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.list.focus_search()

    def show_filtered(self, **filters) -> None:
        """Open with exactly the filters of a dashboard figure (the others are cleared);
        `open_id` opens that record as well (a linked audit finding leads here)."""
        open_id = filters.pop("open_id", None)
        if open_id is not None:
            self.open_record(open_id)
            return
        self._loading = True
        for key, combo in self.filters.items():
            select_data(combo, filters.get(key))
        self.overdue.setChecked(bool(filters.get("overdue")))
        self.extra = {k: filters[k] for k in EXTRA_FILTERS if filters.get(k) is not None}
        self.list.search.clear()
        self._show_extra()
        sort = filters.get("sort")
        if sort:
            keys = [c.key for c in self.list.model.columns]
            self.list.model.query = ListQuery(sort=sort, descending=False)
            header = self.list.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(keys.index(sort), Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
        self._loading = False
        self._apply_filters()

    def new_record(self, kind: str = vocab.NEAR_MISS) -> None:
        if not self.ctx.actor.can(Permission.EDIT_INCIDENTS):
            return
        from secdesk.gui.incidents.quick_entry import QuickEntryDialog

        dialog = QuickEntryDialog(
            self.ctx, self.choices, self, kind=kind if isinstance(kind, str) else vocab.NEAR_MISS
        )
        dialog.accepted.connect(lambda: self._created(dialog.result_value))
        dialog.open()
        self.dialog = dialog  # tests reach the open dialog here

    def _created(self, info) -> None:
        self.ctx.hub.changed.emit("incident")
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                tr("{ref}「{title}」を登録しました。").format(ref=info.ref, title=info.title), 8000
            )

    def _open_selected(self) -> None:
        record_id = self.list.selected_id()
        if record_id is not None:
            self.open_record(record_id)

    def open_record(self, record_id: int) -> None:
        from secdesk.gui.incidents.dialogs import IncidentDialog

        try:
            info = self.ctx.services.incidents.get(self.ctx.actor, record_id)
        except Exception as error:
            show_error(self, error)
            return
        dialog = IncidentDialog(self.ctx, info, self.choices, self)
        dialog.changed.connect(lambda: self.ctx.hub.changed.emit("incident"))
        dialog.open_record.connect(self.open_record)
        dialog.open_finding.connect(
            lambda number: self.navigate.emit("audits", {"tab": "findings", "text": number})
        )
        dialog.open()
        self.dialog = dialog

    def import_file(self) -> None:
        from secdesk.gui.incidents.import_dialog import IncidentImportDialog

        dialog = IncidentImportDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.ctx.hub.changed.emit("incident"))
        dialog.open()
        self.dialog = dialog

    def export_list(self) -> None:
        from secdesk.gui.widgets.export_flow import export_to_file

        query = self.list.current_query()
        label = str(self.ctx.services.settings.get("classification_label"))
        export_to_file(
            self,
            self.ctx,
            tr("インシデント・ヒヤリハット一覧の書き出し"),
            "incidents",
            lambda path, encoding: self.ctx.services.incident_export.export(
                self.ctx.actor, path, query, encoding=encoding, label=label
            ),
        )

    def edit_rules(self) -> None:
        from secdesk.gui.incidents.forms import RulesDialog

        dialog = RulesDialog(self.ctx, self.ctx.services.settings.all(), self)
        dialog.accepted.connect(lambda: self.ctx.hub.changed.emit("setting"))
        dialog.open()
        self.dialog = dialog

    def edit_masters(self) -> None:
        from secdesk.gui.incidents.masters_dialog import MastersDialog

        dialog = MastersDialog(self.ctx, self)
        dialog.open()
        self.dialog = dialog

    def save_layout(self) -> None:
        self.list.save_layout()
