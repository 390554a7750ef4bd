"""迎检材料 dialog: choose the period and the zip file, build the package in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QVBoxLayout

from station_app.outputs.package import UNARCHIVED_FOLDER, build_package, unprintable
from station_app.outputs.sheets import SHEET_KINDS, precheck
from station_app.ui.dialogs.output_dialog import OutputDialog, report_saved
from station_app.ui.i18n import tr_field, translate
from station_app.ui.widgets.station_combo import StationCombo

NAME = "迎检材料{year}.zip"


class InspectionDialog(OutputDialog):
    """One click: the 全年台账 workbook, every archive sheet per kind and an index, zipped."""

    folder_key = "inspection"

    def __init__(self, parent=None, year: int | None = None):
        super().__init__(parent, translate("InspectionDialog", "生成迎检材料"))
        self.setMinimumWidth(560)
        self.result_info = None
        year = year or dt.date.today().year
        self.period = self.period_fields(dt.date(year, 1, 1), dt.date(year, 12, 31), on_year=self._rename)
        self.year, self.start, self.end = self.period.widgets()
        self.path_field(caption=translate("InspectionDialog", "保存迎检材料"), suffix=".zip",
                        file_filter=translate("InspectionDialog", "ZIP 压缩包 (*.zip)"), name=NAME.format(year=year))
        self.path = self.file.edit
        form = QFormLayout()
        self.period.add_rows(form)
        self.station = StationCombo(self)  # at a county: every station's package, or one station's
        if not self.station.isHidden():
            form.addRow(translate("InspectionDialog", "工作站"), self.station)
        form.addRow(translate("OutputDialog", "保存为"), self.file)
        kinds = translate("InspectionDialog", "、").join(tr_field(k) for k in SHEET_KINDS.values())
        note = QLabel(
            translate(
                "InspectionDialog",
                "包含：全年台账（Excel）；档案表单（{kinds}），每类一个文件夹；目录（序号、文件名称、页数、备注）。身份证号和电话已脱敏。",
            ).format(kinds=kinds)
        )
        note.setWordWrap(True)
        self.buttons = self.ok_cancel(translate("InspectionDialog", "生成"), self.start_build,
                                      translate("InspectionDialog", "取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _rename(self, year: int) -> None:
        """A name the dialog gave follows the year; one the user typed stays."""
        current = self.path.text()
        if not current or Path(current).name.startswith("迎检材料"):
            self.file.set_name(NAME.format(year=year))

    def start_build(self) -> None:
        period = self.period.checked(self)
        if period is None:
            return
        path = self.target(translate("InspectionDialog", "请先选择迎检材料 zip 的保存位置。"))
        if path is None:
            return
        start, end = period
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

        def work(progress, cancel):
            return build_package(start, end, path, progress=progress, cancel=cancel, reported=reported,
                                 station=station)

        self.run(translate("InspectionDialog", "正在生成迎检材料…"), work, self._done,
                 translate("InspectionDialog", "生成失败"))

    def _done(self, result) -> None:
        self.result_info = result
        self.file.remember()
        notes = "\n".join(result.notes)
        if getattr(result, "unarchived", 0):
            notes = translate(
                "InspectionDialog",
                "未归档案件 {count} 件：卷宗单独放在“{folder}”文件夹，目录备注中写明每件缺少什么。",
            ).format(count=result.unarchived, folder=UNARCHIVED_FOLDER) + (f"\n{notes}" if notes else "")
        report_saved(
            self,
            translate("InspectionDialog", "迎检材料已生成"),
            translate("InspectionDialog", "已保存到 {path}\n共 {files} 个文件，档案 {pages} 页。").format(
                path=result.path, files=result.files, pages=result.pages
            )
            + (f"\n\n{notes}" if notes else ""),
            result.path,
        )
        self.accept()
