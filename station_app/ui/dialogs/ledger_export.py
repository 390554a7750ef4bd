"""导出台账 dialog: which ledger, which period, masked or full personal data; written in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from station_app.outputs.ledgers import LEDGER_KINDS, export_ledger, export_rows, ledger_of
from station_app.services.privacy import may_unmask
from station_app.ui.i18n import current_language, tr_field, translate
from station_app.ui.jobs import confirm_overwrite, report_failure, run_job
from station_app.ui.period_bar import to_date, to_qdate
from station_app.ui.widgets.station_combo import StationCombo

YEAR_SUFFIX = " 年"


class LedgerExportDialog(QDialog):
    """Export one ledger kind or 全年台账 for a period; with *ids*, just those records ("导出当前列表")."""

    def __init__(self, parent=None, kind: str | None = None, start: dt.date | None = None,
                 end: dt.date | None = None, ids: list[int] | None = None, station: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("LedgerExportDialog", "导出台账"))
        self.ids = list(ids) if ids is not None else None
        self.job = None
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
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setSuffix(YEAR_SUFFIX if current_language() == "zh_CN" else "")
        self.year.setValue(start.year)
        self.start, self.end = QDateEdit(to_qdate(start)), QDateEdit(to_qdate(end))
        for w in (self.start, self.end):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
        self.year.valueChanged.connect(self._year_changed)
        self.unmasked = QCheckBox(
            translate(
                "LedgerExportDialog", "完整导出身份证号和电话（默认脱敏，如 110***********1234、138****5678）"
            )
        )
        if not may_unmask():  # full numbers are for administrators (the export refuses them too)
            self.unmasked.setEnabled(False)
            self.unmasked.setText(translate("LedgerExportDialog", "完整导出身份证号和电话（仅管理员可用；本账号导出的台账一律脱敏）"))
            self.unmasked.setToolTip(
                translate("LedgerExportDialog", "只有管理员可以完整导出身份证号和电话；当前账号只能导出脱敏的台账。")
            )
        self.path = QLineEdit(self._default_path())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        browse = QPushButton(translate("LedgerExportDialog", "浏览…"))
        browse.clicked.connect(self.choose_path)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("LedgerExportDialog", "台账种类"), self.kind)
        if self.ids is None:
            form.addRow(translate("LedgerExportDialog", "年度"), self.year)
            form.addRow(translate("LedgerExportDialog", "起始日期"), self.start)
            form.addRow(translate("LedgerExportDialog", "截止日期"), self.end)
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
        form.addRow(translate("LedgerExportDialog", "保存为"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(translate("LedgerExportDialog", "导出"))
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def kind_key(self) -> str:
        return self.kind.currentData()

    def _default_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        label = LEDGER_KINDS[self.kind.currentData()]
        suffix = "（所选记录）" if self.ids is not None else f"{self.year.value()}"
        return str(Path(folder) / f"{label}{suffix}.xlsx")

    def _kind_changed(self, _index: int) -> None:
        current = Path(self.path.text())
        self.path.setText(str(current.with_name(Path(self._default_path()).name)))

    def _year_changed(self, year: int) -> None:
        self.start.setDate(to_qdate(dt.date(year, 1, 1)))
        self.end.setDate(to_qdate(dt.date(year, 12, 31)))
        self._kind_changed(0)

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("LedgerExportDialog", "导出台账"),
            self.path.text(),
            translate("LedgerExportDialog", "Excel 工作簿 (*.xlsx)"),
        )
        if path:
            self.path.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def start_export(self) -> None:
        start, end = to_date(self.start.date()), to_date(self.end.date())
        text = self.path.text().strip()
        if self.ids is None and end < start:
            QMessageBox.warning(
                self,
                translate("LedgerExportDialog", "日期有误"),
                translate("LedgerExportDialog", "截止日期 {end} 早于起始日期 {start}。").format(
                    end=end, start=start
                ),
            )
            return
        if not text:
            QMessageBox.warning(
                self,
                translate("LedgerExportDialog", "请选择保存位置"),
                translate("LedgerExportDialog", "请先选择台账的保存位置。"),
            )
            return
        path = Path(text if text.lower().endswith(".xlsx") else text + ".xlsx")
        if not confirm_overwrite(self, path):
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
        kind, ids, station = self.kind_key(), self.ids, self.station.station_id()
        self.buttons.setEnabled(False)

        def work(progress, cancel):
            if ids is not None:
                return export_rows(kind, ids, path, unmasked=unmasked, progress=progress, cancel=cancel,
                                   station=station)
            return export_ledger(kind, path, start=start, end=end, unmasked=unmasked, progress=progress,
                                 cancel=cancel, station=station)

        self.job = run_job(self, translate("LedgerExportDialog", "正在导出台账…"), work, self._done, self._failed)

    def done(self, result: int) -> None:
        """Closing never waits: a job still running is cancelled (its partial file removed) and let go."""
        from station_app.ui.jobs import abandon

        abandon(self.job)
        self.job = None
        super().done(result)

    def _done(self, result) -> None:
        self.result_path = Path(result)
        self.buttons.setEnabled(True)
        QMessageBox.information(
            self,
            translate("LedgerExportDialog", "导出完成"),
            translate("LedgerExportDialog", "已保存到 {path}").format(path=result),
        )
        self.accept()

    def _failed(self, exc, tb) -> None:
        self.buttons.setEnabled(True)
        report_failure(self, translate("LedgerExportDialog", "导出失败"), exc)
