"""The tabs of a course in the 研修 section: departments against the target, the sessions, and
(for drills) the rates per department with the people who click again and again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import Permission
from secdesk.domain.training import format_rate
from secdesk.gui.i18n import tr
from secdesk.gui.training.tables import Column, SummaryRow, SummaryTable
from secdesk.gui.widgets.list_page import ListPage
from secdesk.services.core.listing import STATE_DONE, STATE_DUE_SOON, STATE_OVERDUE
from secdesk.services.training.drills import DrillSummary
from secdesk.services.training.sessions import SessionInfo
from secdesk.services.training.status import CourseSummary


def _rate_sort(rate: float | None) -> float:
    return -1.0 if rate is None else rate


class DepartmentTab(QWidget):
    """Completion per department (as on the due date) against the course's target."""

    department_opened = Signal(object)  # department id (None: no department)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.below_only = QCheckBox(tr("目標未達の所属だけ表示"), self)
        self.below_only.setObjectName("below_target_only")
        self.below_only.toggled.connect(self._filter)
        self.count = QLabel(self)
        self.count.setObjectName("departments_count")
        hint = QLabel(tr("Enter で、その所属の未完了者を表示します。"), self)
        hint.setStyleSheet("color: #5b6b7b;")
        self.table = SummaryTable(
            [
                Column(tr("コード"), 70),
                Column(tr("所属"), 140),
                Column(tr("上位の所属"), 120),
                Column(tr("対象"), 55, True),
                Column(tr("完了"), 55, True),
                Column(tr("免除"), 50, True),
                Column(tr("未完了"), 60, True),
                Column(tr("受講率"), 70, True),
                Column(tr("判定"), 80),
            ],
            "departments_table",
            self,
        )
        self.table.setAccessibleName(tr("所属別の受講状況"))
        self.table.opened.connect(self.department_opened)
        bar = QHBoxLayout()
        bar.addWidget(self.below_only)
        bar.addWidget(hint, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def show_summary(self, summary: CourseSummary) -> None:
        rows = []
        overdue = summary.days_left < 0
        for dept in summary.departments:
            word = tr("達成") if dept.meets_target else tr("目標未達")
            state = (
                STATE_DONE if dept.meets_target else (STATE_OVERDUE if overdue else STATE_DUE_SOON)
            )
            rows.append(
                SummaryRow(
                    dept.department_id,
                    (
                        dept.code,
                        dept.name,
                        dept.parent_name,
                        f"{dept.target:,}",
                        f"{dept.completed:,}",
                        f"{dept.exempt:,}",
                        f"{dept.remaining:,}",
                        format_rate(dept.rate),
                        word,
                    ),
                    (
                        dept.code,
                        dept.name,
                        dept.parent_name,
                        dept.target,
                        dept.completed,
                        dept.exempt,
                        dept.remaining,
                        _rate_sort(dept.rate),
                        int(dept.meets_target),
                    ),
                    None if dept.meets_target else state,
                    tooltip=tr("目標 {rate}%").format(rate=summary.course.target_rate),
                    flags={"below": not dept.meets_target},
                )
            )
        self.table.set_rows(rows)
        self._filter()

    def _filter(self) -> None:
        self.table.proxy.set_required_flag("below" if self.below_only.isChecked() else None)
        self.count.setText(tr("{n} 所属").format(n=self.table.visible_rows()))


class SessionsTab(QWidget):
    """The dates a course is held in a room or online; attendance per session against capacity."""

    add_requested = Signal()
    edit_requested = Signal(object)  # SessionInfo
    withdraw_requested = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions: list[SessionInfo] = []
        self.table = SummaryTable(
            [
                Column(tr("開催日"), 110),
                Column(tr("開始"), 60),
                Column(tr("受講者"), 70, True),
                Column(tr("定員"), 70, True),
                Column(tr("会場"), 260),
            ],
            "sessions_table",
            self,
        )
        self.table.setAccessibleName(tr("研修の日程"))
        self.table.opened.connect(self._open_key)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("日程を追加…"), self)
        self.edit_button = QPushButton(tr("日程を編集…"), self)
        self.withdraw_button = QPushButton(tr("日程を取消…"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit_current)
        self.withdraw_button.clicked.connect(self._withdraw_current)
        can_edit = ctx.actor.can(Permission.EDIT_TRAINING)
        for button in (self.add_button, self.edit_button, self.withdraw_button):
            button.setVisible(can_edit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def _open_key(self, key) -> None:
        self.edit_requested.emit(self._session(key))

    def _edit_current(self) -> None:
        self.edit_requested.emit(self._session(self.table.current_key()))

    def _withdraw_current(self) -> None:
        self.withdraw_requested.emit(self._session(self.table.current_key()))

    def _session(self, key) -> SessionInfo | None:
        return next((s for s in self.sessions if s.id == key), None)

    def show_sessions(self, sessions: list[SessionInfo]) -> None:
        self.sessions = sessions
        self.table.set_rows(
            [
                SummaryRow(
                    s.id,
                    (
                        s.held_on.isoformat(),
                        s.start_time,
                        f"{s.attended:,}",
                        f"{s.capacity:,}" if s.capacity else "",
                        tr("オンライン") if s.online else s.place,
                    ),
                    (s.held_on, s.start_time, s.attended, s.capacity or 0, s.place),
                )
                for s in sessions
            ]
        )


class DrillTab(QWidget):
    """Opened, clicked, submitted and reported per department; people who click repeatedly."""

    follow_up_requested = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("drill_summary")
        self.summary_label.setWordWrap(True)
        self.follow_up = QPushButton(tr("クリックした職員にフォローアップ研修を割り当て…"), self)
        self.follow_up.setObjectName("assign_follow_up")
        self.follow_up.clicked.connect(self.follow_up_requested)
        self.follow_up.setVisible(ctx.actor.can(Permission.EDIT_TRAINING))
        self.table = SummaryTable(
            [
                Column(tr("コード"), 70),
                Column(tr("所属"), 160),
                Column(tr("送信"), 60, True),
                Column(tr("開封率"), 80, True),
                Column(tr("クリック"), 70, True),
                Column(tr("クリック率"), 90, True),
                Column(tr("入力率"), 80, True),
                Column(tr("報告率"), 80, True),
            ],
            "drill_table",
            self,
        )
        self.table.setAccessibleName(tr("所属別の訓練結果"))
        self.clickers = ListPage(
            ctx,
            ctx.services.training.drills.repeat_clickers(),
            "repeat_clickers",
            tr("職員番号・氏名で検索"),
            self,
            default_sort="clicks",
            descending=True,
        )
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.follow_up)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        heading = QLabel(tr("複数の訓練でリンクをクリックした職員（全訓練の通算）"), self)
        heading.setStyleSheet("font-weight: bold; margin-top: 6px;")
        layout.addWidget(heading)
        layout.addWidget(self.clickers, 2)

    def show_drill(self, drill: DrillSummary) -> None:
        counts = drill.counts
        # The figures of the whole drill are in the section's header; this says how to read them.
        self.summary_label.setText(
            tr(
                "率は訓練メールが届いた職員（{sent:,} 名）に対する割合です。"
                "所属は実施日時点の所属です。未送信 {unsent:,} 名。"
            ).format(sent=counts.sent, unsent=drill.not_sent)
        )
        rows = []
        for dept in drill.departments:
            c = dept.counts
            rows.append(
                SummaryRow(
                    dept.department_id,
                    (
                        dept.code,
                        dept.name,
                        f"{c.sent:,}",
                        format_rate(c.rate("opened")),
                        f"{c.clicked:,}",
                        format_rate(c.rate("clicked")),
                        format_rate(c.rate("submitted")),
                        format_rate(c.rate("reported")),
                    ),
                    (
                        dept.code,
                        dept.name,
                        c.sent,
                        _rate_sort(c.rate("opened")),
                        c.clicked,
                        _rate_sort(c.rate("clicked")),
                        _rate_sort(c.rate("submitted")),
                        _rate_sort(c.rate("reported")),
                    ),
                )
            )
        self.table.set_rows(rows)
        self.clickers.refresh()
