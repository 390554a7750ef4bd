"""导出台账 dialog: which ledger, which period, masked or full personal data; written in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout

from station_app.outputs.ledgers import LEDGER_KINDS, export_ledger, export_rows, ledger_of
from station_app.services.privacy import may_unmask
from station_app.ui.dialogs.output_dialog import OutputDialog, report_saved
from station_app.ui.i18n import tr_field, translate
from station_app.ui.widgets.station_combo import StationCombo


class LedgerExportDialog(OutputDialog):
    """Export one ledger kind or 全年台账 for a period; with *ids*, just those records ("导出当前列表")."""

    folder_key = "ledger_export"

    def __init__(self, parent=None, kind: str | None = None, start: dt.date | None = None,
                 end: dt.date | None = None, ids: list[int] | None = None, station: int | None = None):
        super().__init__(parent, translate("LedgerExportDialog", "导出台账"))
        self.ids = list(ids) if ids is not None else None
        self.result_path: Path | None = None
        today = dt.date.today()
        start = start or dt.date(today.year, 1, 1)
        end = end or dt.date(start.year, 12, 31)
        self.kind = QComboBox()
        for key, label in LEDGER_KINDS.items():
            if self.ids is None or key != "all":
                self.kind.addItem(tr_field(label), key)
        if kind:
            key = ledger_of(kind).key if kind != "all" else "all"
            self.kind.setCurrentIndex(max(0, self.kind.findData(key)))
        self.period = self.period_fields(start, end, on_year=lambda _y: self._rename())
        self.year, self.start, self.end = self.period.widgets()
        self.unmasked = QCheckBox(
            translate(
                "LedgerExportDialog", "完整导出身份证号和电话（默认脱敏，如 110***********1234、138****5678）"
            )
        )
        if not may_unmask():  # full numbers are for administrators (the export refuses them too)
            self.unmasked.setEnabled(False)
            self.unmasked.setText(
                translate("LedgerExportDialog", "完整导出身份证号和电话（仅管理员可用；本账号导出的台账一律脱敏）")
            )
            self.unmasked.setToolTip(
                translate("LedgerExportDialog", "只有管理员可以完整导出身份证号和电话；当前账号只能导出脱敏的台账。")
            )
        self.inputs += [self.kind, self.unmasked]
        self.path_field(caption=translate("LedgerExportDialog", "导出台账"), suffix=".xlsx",
                        file_filter=translate("LedgerExportDialog", "Excel 工作簿 (*.xlsx)"), name=self._file_name())
        self.path = self.file.edit
        self.kind.currentIndexChanged.connect(lambda _i: self._rename())
        form = QFormLayout()
        form.addRow(translate("LedgerExportDialog", "台账种类"), self.kind)
        if self.ids is None:
            self.period.add_rows(form)
        else:
            form.addRow(
                translate("LedgerExportDialog", "导出范围"),
                QLabel(translate("LedgerExportDialog", "当前列表中的 {n} 条记录").format(n=len(self.ids))),
            )
        self.station = StationCombo(self)  # at a county: 全部工作站 (with a 工作站 column) or one station
        self.station.set_station(station)
        if not self.station.isHidden():
            form.addRow(translate("LedgerExportDialog", "工作站"), self.station)
        form.addRow(translate("LedgerExportDialog", "个人信息"), self.unmasked)
        form.addRow(translate("OutputDialog", "保存为"), self.file)
        self.buttons = self.ok_cancel(translate("LedgerExportDialog", "导出"), self.start_export)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def kind_key(self) -> str:
        return self.kind.currentData()

    def _file_name(self) -> str:
        label = LEDGER_KINDS[self.kind.currentData()]
        suffix = "（所选记录）" if self.ids is not None else f"{self.year.value()}"
        return f"{label}{suffix}.xlsx"

    def _rename(self) -> None:
        self.file.set_name(self._file_name())

    def start_export(self) -> None:
        period = self.period.checked(self) if self.ids is None else self.period.period()
        if period is None:
            return
        path = self.target(translate("LedgerExportDialog", "请先选择台账的保存位置。"))
        if path is None:
            return
        unmasked = self.unmasked.isChecked() and self.unmasked.isEnabled()
        if (
            unmasked
            and QMessageBox.question(
                self,
                translate("LedgerExportDialog", "完整导出个人信息"),
                translate(
                    "LedgerExportDialog",
                    "导出的文件将包含完整的身份证号和电话号码，请妥善保管、不要外传。确定继续吗？",
                ),
            )
            != QMessageBox.Yes
        ):
            return
        (start, end), kind, ids = period, self.kind_key(), self.ids
        station = self.station.station_id()

        def work(progress, cancel):
            if ids is not None:
                return export_rows(kind, ids, path, unmasked=unmasked, progress=progress, cancel=cancel,
                                   station=station)
            return export_ledger(kind, path, start=start, end=end, unmasked=unmasked, progress=progress,
                                 cancel=cancel, station=station)

        self.run(translate("LedgerExportDialog", "正在导出台账…"), work, self._done,
                 translate("LedgerExportDialog", "导出失败"))

    def _done(self, result) -> None:
        self.result_path = Path(result)
        self.file.remember()
        report_saved(self, translate("LedgerExportDialog", "导出完成"),
                     translate("LedgerExportDialog", "已保存到 {path}").format(path=result), self.result_path)
        self.accept()
