"""What the 研修 section's buttons do: open the dialogs, run the writes and the exports."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from secdesk.domain.roles import Permission
from secdesk.domain.training import OverrideMode
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.export_flow import export_to_file
from secdesk.gui.widgets.forms import ask_yes_no, show_error


class TrainingActions:
    """Mixed into TrainingSection; uses its ctx, course, summary and widgets."""

    def _open(self, dialog, entity: str = "course") -> None:
        def changed() -> None:  # a slot that returns nothing (see training_entry)
            self.ctx.hub.changed.emit(entity)

        dialog.accepted.connect(changed)
        dialog.open()
        self.dialog = dialog  # tests reach the open dialog here

    def _write(self, fn, entity: str = "course", done=None) -> None:
        def finished(result) -> None:
            self.ctx.hub.changed.emit(entity)
            if done is not None:
                done(result)

        self.ctx.runner.write(lambda _p: fn(), finished, lambda e: show_error(self, e))

    def _may_record(self) -> bool:
        """A course is chosen, open, and this person may record (F2 works without the button)."""
        return (
            self.course is not None
            and not self.course.withdrawn
            and self.ctx.actor.can(Permission.EDIT_TRAINING)
        )

    def _label(self) -> str:
        return str(self.ctx.services.settings.get("classification_label"))

    # --- courses ------------------------------------------------------------------------------

    def new_record(self) -> None:
        if not self.ctx.actor.can(Permission.EDIT_TRAINING):
            return
        from secdesk.gui.training.dialogs import CourseDialog

        types = self.ctx.services.departments.employment_types(self.ctx.actor)
        dialog = CourseDialog(self.ctx, None, types, self, fiscal_year_hint=self.selected_year())
        dialog.accepted.connect(lambda: self._created(dialog.result_value))
        self._open(dialog)

    def _created(self, course) -> None:
        self._fill_years(course.fiscal_year)
        self._year_changed()
        self.courses.select_id(course.id)
        self.load_course(course.id)

    def edit_course(self) -> None:
        if self.course is None:
            return
        from secdesk.gui.training.dialogs import CourseDialog

        types = self.ctx.services.departments.employment_types(self.ctx.actor, True)
        dialog = CourseDialog(self.ctx, self.course, types, self)
        if not self.ctx.actor.can(Permission.EDIT_TRAINING) or self.course.withdrawn:
            dialog.form.setEnabled(False)
            dialog.buttons.button(dialog.buttons.StandardButton.Save).hide()
        self._open(dialog)

    def withdraw_course(self) -> None:
        course = self.course
        if course is None or course.withdrawn:
            return
        reason, ok = QInputDialog.getText(
            self,
            tr("研修の取消"),
            tr("{course} を取り消します。理由を入力してください（受講記録は残ります）。").format(
                course=course.label
            ),
        )
        if ok and reason.strip():
            courses = self.ctx.services.training.courses
            self._write(lambda: courses.withdraw(self.ctx.actor, course.id, course.version, reason))

    # --- recording ----------------------------------------------------------------------------

    def fast_entry(self) -> None:
        if not self._may_record() or not self.entry_button.isEnabled():
            return
        from secdesk.gui.training.entry import FastEntryDialog

        dialog = FastEntryDialog(self.ctx, self.course, self)
        dialog.open()
        self.dialog = dialog

    def tick_entry(self) -> None:
        if not self._may_record() or self.summary is None or not self.tick_button.isEnabled():
            return
        from secdesk.gui.training.entry import TickDialog

        departments = [(f"{d.code} {d.name}", d.department_id) for d in self.summary.departments]
        chosen, _name = self.people.selected_department()
        if chosen is not None:
            departments.sort(key=lambda item: item[1] != chosen)
        dialog = TickDialog(self.ctx, self.course, departments, self)
        dialog.open()
        self.dialog = dialog

    def import_attendance(self) -> None:
        if not self._may_record():
            return
        from secdesk.gui.training.import_dialog import AttendanceImportDialog

        self._open(AttendanceImportDialog(self.ctx, self.course, self), "attendance")

    def import_gophish(self) -> None:
        if not self._may_record():
            return
        from secdesk.gui.training.drill_import_dialog import GophishImportDialog

        self._open(GophishImportDialog(self.ctx, self.course, self), "drill_result")

    # --- people -------------------------------------------------------------------------------

    def open_person(self, staff_id: int) -> None:
        from secdesk.gui.training.history import PersonHistoryDialog

        try:
            history = self.ctx.services.training.status.person_history(self.ctx.actor, staff_id)
        except Exception as error:
            show_error(self, error)
            return
        dialog = PersonHistoryDialog(history, self)
        dialog.open()
        self.dialog = dialog

    def edit_override(self, staff_id: int | None) -> None:
        if self.course is None:
            return
        from secdesk.gui.training.dialogs import OverrideDialog

        number = ""
        mode = OverrideMode.INCLUDE if staff_id is None else OverrideMode.EXEMPT
        if staff_id is not None:
            number = self.ctx.services.staff.get(self.ctx.actor, staff_id).staff_number
        reasons = [r.name for r in self.ctx.services.training.sessions.reasons(self.ctx.actor)]
        dialog = OverrideDialog(self.ctx, self.course.id, reasons, self, number, mode)
        self._open(dialog, "training_override")

    def withdraw_override(self, staff_id: int) -> None:
        course = self.course
        if course is None:
            return
        attendance = self.ctx.services.training.attendance
        self._write(
            lambda: attendance.withdraw_override(self.ctx.actor, course.id, staff_id),
            "training_override",
        )

    def withdraw_attendance(self, staff_id: int, reason: str) -> None:
        course = self.course
        if course is None:
            return
        attendance = self.ctx.services.training.attendance
        self._write(
            lambda: attendance.withdraw_for(self.ctx.actor, course.id, staff_id, reason),
            "attendance",
        )

    # --- sessions -----------------------------------------------------------------------------

    def edit_session(self, session) -> None:
        if self.course is None:
            return
        from secdesk.gui.training.dialogs import SessionDialog

        self._open(SessionDialog(self.ctx, self.course.id, session, self), "course_session")

    def withdraw_session(self, session) -> None:
        if session is None:
            return
        if not ask_yes_no(
            self, tr("確認"), tr("{s} の日程を取り消しますか?").format(s=session.label)
        ):
            return
        sessions = self.ctx.services.training.sessions
        self._write(
            lambda: sessions.withdraw(self.ctx.actor, session.id, tr("日程の取消")),
            "course_session",
        )

    # --- drills -------------------------------------------------------------------------------

    def assign_follow_up(self) -> None:
        if self.course is None:
            return
        from secdesk.gui.training.dialogs import FollowUpDialog

        courses = self.ctx.services.training.courses.of_year(
            self.ctx.actor, self.course.fiscal_year
        )
        dialog = FollowUpDialog(self.ctx, self.course, courses, self)

        def assigned() -> None:
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(
                    tr("{n} 名をフォローアップ研修の対象にしました。").format(
                        n=dialog.result_value
                    ),
                    8000,
                )

        dialog.accepted.connect(assigned)
        self._open(dialog, "training_override")

    # --- exports ------------------------------------------------------------------------------

    def export_year(self) -> None:
        year = self.selected_year()
        exports = self.ctx.services.training.exports
        export_to_file(
            self,
            self.ctx,
            tr("年度の受講状況の書き出し"),
            f"training_{year}",
            lambda path, encoding: exports.export_year(
                self.ctx.actor, year, path, encoding=encoding, label=self._label()
            ),
        )

    def export_non_completers(self) -> None:
        if self.course is None:
            return
        from secdesk.gui.training.history import ask_non_completer_options

        dept_id, dept_name = self.people.selected_department()
        options = ask_non_completer_options(self, dept_name)
        if options is None:
            return
        course = self.course
        departments = (dept_id,) if options["only_selected"] and dept_id is not None else None
        exports = self.ctx.services.training.exports
        export_to_file(
            self,
            self.ctx,
            tr("未完了者一覧の書き出し"),
            f"non_completers_{course.code}",
            lambda path, encoding: exports.export_non_completers(
                self.ctx.actor,
                course.id,
                path,
                encoding=encoding,
                label=self._label(),
                per_department=options["per_department"],
                departments=departments,
            ),
        )

    def write_report(self) -> None:
        from secdesk.gui.training.history import ask_report_options

        options = ask_report_options(self, self.course.label if self.course else None)
        if options is None:
            return
        year = self.course.fiscal_year if options["course_only"] else self.selected_year()
        course_id = self.course.id if options["course_only"] else None
        report = self.ctx.services.training.report
        organisation = str(self.ctx.services.settings.get("organisation_name"))
        export_to_file(
            self,
            self.ctx,
            tr("研修・訓練の報告書"),
            f"training_report_{year}",
            lambda path, _encoding: report.write(
                self.ctx.actor,
                year,
                path,
                course_id=course_id,
                with_non_completers=options["appendix"],
                organisation=organisation,
                label=self._label(),
            ),
            formats=("pdf",),
        )
