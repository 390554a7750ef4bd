"""迎检材料 dialog: choose the period and the zip file, build the package in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from station_app.outputs.package import build_package, unprintable
from station_app.outputs.sheets import SHEET_KINDS, precheck
from station_app.ui.i18n import current_language, tr_field, translate
from station_app.ui.jobs import confirm_overwrite, report_failure, run_job
from station_app.ui.period_bar import to_date, to_qdate
from station_app.ui.widgets.station_combo import StationCombo

YEAR_SUFFIX = " 年"


class InspectionDialog(QDialog):
    """One click: the 全年台账 workbook, every archive sheet per kind and an index, zipped."""

    def __init__(self, parent=None, year: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("InspectionDialog", "生成迎检材料"))
        self.setMinimumWidth(560)
        self.result_info = None
        self.job = None
        year = year or dt.date.today().year
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setSuffix(YEAR_SUFFIX if current_language() == "zh_CN" else "")
        self.start = QDateEdit(to_qdate(dt.date(year, 1, 1)))
        self.end = QDateEdit(to_qdate(dt.date(year, 12, 31)))
        for w in (self.start, self.end):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
        self.year.valueChanged.connect(self._year_changed)
        self.path = QLineEdit()
        browse = QPushButton(translate("InspectionDialog", "浏览…"))
        browse.clicked.connect(self.choose_path)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("InspectionDialog", "年度"), self.year)
        form.addRow(translate("InspectionDialog", "起始日期"), self.start)
        form.addRow(translate("InspectionDialog", "截止日期"), self.end)
        self.station = StationCombo(self)  # at a county: every station's package, or one station's
        if not self.station.isHidden():
            form.addRow(translate("InspectionDialog", "工作站"), self.station)
        form.addRow(translate("InspectionDialog", "保存为"), row)
        kinds = translate("InspectionDialog", "、").join(tr_field(k) for k in SHEET_KINDS.values())
        note = QLabel(
            translate(
                "InspectionDialog",
                "包含：全年台账（Excel）；档案表单（{kinds}），每类一个文件夹；目录（序号、文件名称、页数、备注）。身份证号和电话已脱敏。",
            ).format(kinds=kinds)
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(translate("InspectionDialog", "生成"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(translate("InspectionDialog", "取消"))
        self.buttons.accepted.connect(self.start_build)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._year_changed(year)

    def _default_path(self, year: int) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"迎检材料{year}.zip")

    def _year_changed(self, year: int) -> None:
        self.start.setDate(to_qdate(dt.date(year, 1, 1)))
        self.end.setDate(to_qdate(dt.date(year, 12, 31)))
        current = self.path.text()
        if not current or Path(current).name.startswith("迎检材料"):
            self.path.setText(self._default_path(year) if not current
                              else str(Path(current).with_name(f"迎检材料{year}.zip")))

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("InspectionDialog", "保存迎检材料"),
            self.path.text(),
            translate("InspectionDialog", "ZIP 压缩包 (*.zip)"),
        )
        if path:
            self.path.setText(path if path.lower().endswith(".zip") else path + ".zip")

    def start_build(self) -> None:
        start, end = to_date(self.start.date()), to_date(self.end.date())
        text = self.path.text().strip()
        if end < start:
            QMessageBox.warning(
                self,
                translate("InspectionDialog", "日期有误"),
                translate("InspectionDialog", "截止日期 {end} 早于起始日期 {start}。").format(
                    end=end, start=start
                ),
            )
            return
        if not text:
            QMessageBox.warning(
                self,
                translate("InspectionDialog", "请选择保存位置"),
                translate("InspectionDialog", "请先选择迎检材料 zip 的保存位置。"),
            )
            return
        path = Path(text if text.lower().endswith(".zip") else text + ".zip")
        if not confirm_overwrite(self, path):
            return
        station = self.station.station_id()
        found = unprintable(start, end, station=station)
        if found and QMessageBox.question(
            self,
            translate("InspectionDialog", "有无法打印的字符"),
            precheck.message(found) + "\n\n" + translate("InspectionDialog", "是否仍要生成迎检材料？"),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.Yes,
        ) != QMessageBox.Yes:
            return
        reported = precheck.chars_of(found)
        self.buttons.setEnabled(False)

        def work(progress, cancel):
            return build_package(start, end, path, progress=progress, cancel=cancel, reported=reported,
                                 station=station)

        self.job = run_job(self, translate("InspectionDialog", "正在生成迎检材料…"), work, self._done, self._failed)

    def done(self, result: int) -> None:
        """Closing never waits: a job still running is cancelled (its partial file removed) and let go."""
        from station_app.ui.jobs import abandon

        abandon(self.job)
        self.job = None
        super().done(result)

    def _done(self, result) -> None:
        self.result_info = result
        self.buttons.setEnabled(True)
        notes = "\n".join(result.notes)
        if getattr(result, "unarchived", 0):
            from station_app.outputs.package import UNARCHIVED_FOLDER

            notes = translate(
                "InspectionDialog",
                "未归档案件 {count} 件：卷宗单独放在“{folder}”文件夹，目录备注中写明每件缺少什么。",
            ).format(count=result.unarchived, folder=UNARCHIVED_FOLDER) + (f"\n{notes}" if notes else "")
        QMessageBox.information(
            self,
            translate("InspectionDialog", "迎检材料已生成"),
            translate("InspectionDialog", "已保存到 {path}\n共 {files} 个文件，档案 {pages} 页。").format(
                path=result.path, files=result.files, pages=result.pages
            )
            + (f"\n\n{notes}" if notes else ""),
        )
        self.accept()

    def _failed(self, exc, tb) -> None:
        self.buttons.setEnabled(True)
        report_failure(self, translate("InspectionDialog", "生成失败"), exc)
