"""What the export, inspection and import dialogs share: the period rows, a path box that remembers the
last folder per dialog (ui/widgets/path_field.py), the overwrite question, the background job (inputs
disabled while it runs, progress and cancel from ui/jobs.py) and the report at the end (saved: open the
folder; failed: why)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from station_app.ui import jobs
from station_app.ui.i18n import current_language, translate
from station_app.ui.period_bar import to_date, to_qdate
from station_app.ui.widgets.path_field import PathField

YEAR_SUFFIX = " 年"


def report_saved(parent: QWidget, title: str, text: str, path: Path) -> None:
    """The end of a job that wrote *path*: say so, and offer to open the folder it is in."""
    answer = QMessageBox.information(parent, title, text, QMessageBox.Ok | QMessageBox.Open, QMessageBox.Ok)
    if answer == QMessageBox.Open:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class PeriodFields:
    """年度 / 起始日期 / 截止日期: choosing a year sets 1 January – 31 December of it."""

    def __init__(self, start: dt.date, end: dt.date, on_year: Callable[[int], None] | None = None):
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setSuffix(YEAR_SUFFIX if current_language() == "zh_CN" else "")  # no unit after a year in English
        self.year.setValue(start.year)
        self.start, self.end = QDateEdit(to_qdate(start)), QDateEdit(to_qdate(end))
        for w in (self.start, self.end):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
        self.on_year = on_year
        self.year.valueChanged.connect(self._year_changed)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(translate("OutputDialog", "年度"), self.year)
        form.addRow(translate("OutputDialog", "起始日期"), self.start)
        form.addRow(translate("OutputDialog", "截止日期"), self.end)

    def widgets(self) -> tuple[QWidget, ...]:
        return self.year, self.start, self.end

    def period(self) -> tuple[dt.date, dt.date]:
        return to_date(self.start.date()), to_date(self.end.date())

    def _year_changed(self, year: int) -> None:
        self.start.setDate(to_qdate(dt.date(year, 1, 1)))
        self.end.setDate(to_qdate(dt.date(year, 12, 31)))
        if self.on_year is not None:
            self.on_year(year)

    def checked(self, parent: QWidget) -> tuple[dt.date, dt.date] | None:
        """The period, or None after saying that the end lies before the start."""
        start, end = self.period()
        if end < start:
            QMessageBox.warning(parent, translate("OutputDialog", "日期有误"),
                                translate("OutputDialog", "截止日期 {end} 早于起始日期 {start}。").format(
                                    end=end, start=start))
            return None
        return start, end


class OutputDialog(QDialog):
    """A dialog whose work runs in the background: `run()` disables its inputs until the job ends;
    closing it lets a running job go (cancelled, its partial file removed)."""

    folder_key = "output"  # QSettings key of the folder this dialog remembers

    def __init__(self, parent: QWidget | None, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.job: jobs.Job | None = None
        self.inputs: list[QWidget] = []  # disabled while a job runs
        self.file: PathField | None = None  # the one path_field()
        self._disabled: list[QWidget] = []
        self._focus: QWidget | None = None

    # ---- building blocks ----
    def path_field(self, *, caption: str, file_filter: str, suffix: str, mode: str = "save",
                   name: str = "") -> PathField:
        field = PathField(self.folder_key, caption=caption, file_filter=file_filter, suffix=suffix, mode=mode,
                          parent=self)
        if name:
            field.set_name(name)  # after parenting: the window's remembered folder is found
        self.file = field
        self.inputs.append(field)
        return field

    def period_fields(self, start: dt.date, end: dt.date, on_year: Callable[[int], None] | None = None):
        period = PeriodFields(start, end, on_year)
        self.inputs += period.widgets()
        return period

    def ok_cancel(self, ok_text: str, on_ok: Callable[[], None], cancel_text: str = "") -> QDialogButtonBox:
        """确定/取消 with the OK button named for the work (导出, 生成)."""
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.button(QDialogButtonBox.Ok).setText(ok_text)
        if cancel_text:
            box.button(QDialogButtonBox.Cancel).setText(cancel_text)
        box.accepted.connect(on_ok)
        box.rejected.connect(self.reject)
        self.inputs.append(box)
        return box

    def target(self, missing_text: str) -> Path | None:
        """The file to write: None after asking for one (empty box) or when the user keeps the existing file."""
        path = self.file.path()
        if path is None:
            QMessageBox.warning(self, translate("OutputDialog", "请选择保存位置"), missing_text)
            return None
        return path if jobs.confirm_overwrite(self, path) else None  # 「{path} 已存在，是否覆盖？」

    # ---- the background job ----
    def run(self, title: str, work: Callable, on_done: Callable, failure_title: str,
            on_failed: Callable | None = None) -> jobs.Job:
        """Run *work(progress, cancel)* off the GUI thread; *on_done(result)*, or the failure reported
        (*on_failed(exc)* first: True when it has said what went wrong)."""
        self._set_running(True)

        def done(result) -> None:
            self._set_running(False)
            on_done(result)

        def failed(exc, _tb) -> None:
            self._set_running(False)
            if on_failed is None or not on_failed(exc):
                jobs.report_failure(self, failure_title, exc)

        self.job = jobs.run_job(self, title, work, done, failed)
        return self.job

    def _set_running(self, running: bool) -> None:
        """Disable the inputs; afterwards enable again those that were (a box kept off stays off)."""
        if running:
            self._focus = self.focusWidget()
            self._disabled = [w for w in self.inputs if w.isEnabled()]
            for widget in self._disabled:
                widget.setEnabled(False)
        else:
            for widget in self._disabled:
                widget.setEnabled(True)
            self._disabled = []
            if self._focus is not None and self._focus.isVisible() and self._focus.isEnabled():
                self._focus.setFocus()  # where the user was (disabling it had moved the focus away)

    def done(self, result: int) -> None:
        """Closing never waits: a job still running is cancelled (its partial file removed) and let go."""
        jobs.abandon(self.job)
        self.job = None
        super().done(result)
