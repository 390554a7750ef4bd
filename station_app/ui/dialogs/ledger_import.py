"""导入台账 wizard: choose file and kind, check every row (preview with problem cells marked), then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.outputs.ledgers import LEDGER_KINDS, LEDGERS, ImportFileError, import_ledger, ledger_of
from station_app.ui import theme
from station_app.ui.dialogs.output_dialog import OutputDialog
from station_app.ui.i18n import tr_field, translate

ROOT = QModelIndex()
IMPORT_KINDS = (*(k for k in LEDGER_KINDS if k != "all" and LEDGERS[k].importable), "all")


class PreviewModel(QAbstractTableModel):
    """The rows read from one sheet: its row number, then each recognised column; problem cells marked."""

    def __init__(self, sheet, problems: dict[tuple[str, int, str], str], parent=None):
        super().__init__(parent)
        self.sheet = sheet
        self.cols = sorted(sheet.columns)
        self.problems = problems
        self.row_problems = {}
        for (name, row, letter), reason in problems.items():
            if name == sheet.sheet and not letter:
                self.row_problems[row] = reason

    def rowCount(self, parent=ROOT):
        return 0 if parent.isValid() else len(self.sheet.rows)

    def columnCount(self, parent=ROOT):
        return 0 if parent.isValid() else len(self.cols) + 1

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            return section + 1
        if section == 0:
            return translate("LedgerImportWizard", "行号")
        i = self.cols[section - 1]
        return f"{self.sheet.headers[i]}（{self.sheet.letter(i)}）"

    def problem_at(self, index: QModelIndex) -> str | None:
        number, _ = self.sheet.rows[index.row()]
        if index.column() == 0:
            return self.row_problems.get(number)
        letter = self.sheet.letter(self.cols[index.column() - 1])
        return self.problems.get((self.sheet.sheet, number, letter))

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        number, cells = self.sheet.rows[index.row()]
        if role == Qt.DisplayRole:
            if index.column() == 0:
                return str(number)
            value = cells[self.cols[index.column() - 1]]
            if value is None:
                return ""
            return value.strftime("%Y-%m-%d") if hasattr(value, "strftime") else str(value)
        if role in (Qt.BackgroundRole, Qt.ToolTipRole):
            reason = self.problem_at(index)
            if reason:
                return theme.state_brushes()["overdue"] if role == Qt.BackgroundRole else reason
        return None

    def first_problem_row(self) -> int | None:
        numbers = [row for name, row, _ in self.problems if name == self.sheet.sheet]
        if not numbers:
            return None
        first = min(numbers)
        return next((i for i, (number, _) in enumerate(self.sheet.rows) if number >= first), None)


class LedgerImportWizard(OutputDialog):
    """Step 1: file and kind. Step 2: the check's preview and report; import only when every row is right."""

    folder_key = "ledger_import"

    def __init__(self, parent=None, kind: str | None = None):
        super().__init__(parent, translate("LedgerImportWizard", "导入台账"))
        self.resize(980, 620)
        self.report = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page(kind))
        self.pages.addWidget(self._preview_page())
        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(
            translate("LedgerImportWizard", "上一步"), QDialogButtonBox.ResetRole
        )
        self.check_button = self.buttons.addButton(
            translate("LedgerImportWizard", "检查"), QDialogButtonBox.ActionRole
        )
        self.import_button = self.buttons.addButton(
            translate("LedgerImportWizard", "导入"), QDialogButtonBox.AcceptRole
        )
        self.buttons.addButton(translate("LedgerImportWizard", "取消"), QDialogButtonBox.RejectRole)
        self.back_button.clicked.connect(lambda: self._show_step(0))
        self.check_button.clicked.connect(self.start_check)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self.inputs.append(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self._show_step(0)

    # ---- pages ----
    def _choose_page(self, kind) -> QWidget:
        page = QWidget()
        self.kind = QComboBox()
        for key in IMPORT_KINDS:
            self.kind.addItem(tr_field(LEDGER_KINDS[key]), key)
        if kind:
            key = kind if kind == "all" else ledger_of(kind).key
            self.kind.setCurrentIndex(max(0, self.kind.findData(key)))
        self.inputs.append(self.kind)
        self.path_field(caption=translate("LedgerImportWizard", "选择要导入的台账"), suffix="", mode="open",
                        file_filter=translate("LedgerImportWizard", "Excel 工作簿 (*.xlsx)"))
        self.path = self.file.edit
        form = QFormLayout(page)
        form.addRow(translate("LedgerImportWizard", "台账种类"), self.kind)
        form.addRow(translate("LedgerImportWizard", "Excel 文件"), self.file)
        note = QLabel(
            translate(
                "LedgerImportWizard",
                "可以导入本软件导出的台账，也可以导入手工登记的 Excel 台账：软件会自动找到表头行，"
                "按列名对应（如 姓名/名字、联系电话/电话/手机），跳过空行和合计行。导入前逐行检查，"
                "只要有一处错误就不导入任何记录；已有的记录（记录标识相同，或同一来访人、日期和内容）不会重复导入。",
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sheet_box = QComboBox()
        self.sheet_box.currentIndexChanged.connect(self._show_sheet)
        self.table = QTableView()
        self.table.verticalHeader().hide()
        self.problem_list = QListWidget()
        self.problem_list.setMaximumHeight(150)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.sheet_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(translate("LedgerImportWizard", "检查结果：")))
        layout.addWidget(self.problem_list)
        return page

    def _show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.back_button.setVisible(step == 1)
        self.check_button.setVisible(step == 0)
        ok = step == 1 and self.report is not None and self.report.ok and self.report.total_imported > 0
        self.import_button.setVisible(step == 1)
        self.import_button.setEnabled(ok)

    # ---- actions ----
    def _file(self) -> Path | None:
        text = self.path.text().strip()
        if not text or not Path(text).exists():
            QMessageBox.warning(
                self,
                translate("LedgerImportWizard", "请选择文件"),
                translate("LedgerImportWizard", "请先选择要导入的 Excel 台账文件（.xlsx）。"),
            )
            return None
        return Path(text)

    def start_check(self) -> None:
        path = self._file()
        if path is None:
            return
        kind = self.kind.currentData()
        self.run(translate("LedgerImportWizard", "正在逐行检查…"),
                 lambda progress, cancel: import_ledger(kind, path, dry_run=True, progress=progress, cancel=cancel),
                 self._checked, translate("LedgerImportWizard", "导入失败"), self._refused)

    def _checked(self, report) -> None:
        self.report = report
        self.file.remember()
        self.summary.setText(report.text(limit=0).splitlines()[-1])
        self.problem_list.clear()
        error, duplicate, warning = (translate("LedgerImportWizard", "错误：{text}"),
                                     translate("LedgerImportWizard", "重复：{text}"),
                                     translate("LedgerImportWizard", "提醒：{text}"))
        self.problem_list.addItems([error.format(text=p) for p in report.problems]
                                   + [duplicate.format(text=d) for d in report.duplicates]
                                   + [warning.format(text=w) for w in report.warnings])
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems([s.sheet for s in report.sheet_rows])
        self.sheet_box.blockSignals(False)
        self.sheet_box.setVisible(len(report.sheet_rows) > 1)
        self._show_sheet(0)
        self._show_step(1)

    def _show_sheet(self, index: int) -> None:
        if self.report is None or not (0 <= index < len(self.report.sheet_rows)):
            return
        model = PreviewModel(self.report.sheet_rows[index], self.report.problem_cells(), self.table)
        self.table.setModel(model)
        first = model.first_problem_row()
        if first is not None:
            self.table.scrollTo(model.index(first, 0))

    def start_import(self) -> None:
        path = self._file()
        if path is None or self.report is None or not self.report.ok:
            return
        kind = self.kind.currentData()
        self.run(translate("LedgerImportWizard", "正在导入…"),
                 lambda progress, cancel: import_ledger(kind, path, progress=progress, cancel=cancel),
                 self._imported, translate("LedgerImportWizard", "导入失败"), self._refused)

    def _imported(self, report) -> None:
        self.report = report
        if not report.ok:  # the data changed since the check
            self._checked(report)
            QMessageBox.warning(
                self,
                translate("LedgerImportWizard", "未导入"),
                translate("LedgerImportWizard", "检查发现错误，未导入任何记录。"),
            )
            return
        QMessageBox.information(
            self, translate("LedgerImportWizard", "导入完成"), report.text(limit=0).splitlines()[-1]
        )
        self.accept()

    def _refused(self, exc) -> bool:
        """A file that cannot be read as a ledger is said as such (not as a failure of the program)."""
        if isinstance(exc, ImportFileError):
            QMessageBox.warning(self, translate("LedgerImportWizard", "无法导入"), str(exc))
            return True
        return False
