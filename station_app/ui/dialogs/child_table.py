"""A small table of a record's child rows (parties, sessions, meetings …) with add / edit / delete buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.ui.dialogs.record_dialog import edit_button
from station_app.ui.i18n import tr_field, translate
from station_app.ui.models.record_table import display


def _header(label: str) -> str:
    """A column label from services.registry in the interface language (its ChildTable wording if any)."""
    text = translate("ChildTable", label)
    return tr_field(label) if text == label else text


class ChildTable(QWidget):
    """`set_rows(rows)` with dicts; `add_clicked`, `edit_clicked(row)`, `delete_clicked(row)` signals."""

    add_clicked = Signal()
    edit_clicked = Signal(int)
    delete_clicked = Signal(int)

    def __init__(
        self, columns: list[tuple[str, str]], parent=None, *, add_text: str = "", deletable: bool = True
    ):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict] = []
        self.model = QStandardItemModel(0, len(columns), self)
        self.model.setHorizontalHeaderLabels([_header(label) for _, label in columns])
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.view.doubleClicked.connect(lambda idx: self.edit_clicked.emit(idx.row()))
        self.add_button = edit_button(QPushButton(add_text or translate("ChildTable", "添加"), self))
        self.add_button.clicked.connect(self.add_clicked)
        self.delete_button = edit_button(QPushButton(translate("ChildTable", "删除"), self))
        self.delete_button.clicked.connect(self._delete)
        self.delete_button.setVisible(deletable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.buttons = buttons
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.view, 1)

    def set_rows(self, rows: list[dict]) -> None:
        self.rows = list(rows)
        self.model.setRowCount(0)
        for row in self.rows:
            items = []
            for key, _ in self.columns:
                item = QStandardItem(display(key, row.get(key)))
                item.setToolTip(str(row.get(key) or ""))
                items.append(item)
            self.model.appendRow(items)
        for i in range(len(self.columns) - 1):
            self.view.resizeColumnToContents(i)
            if self.view.columnWidth(i) > 200:
                self.view.setColumnWidth(i, 200)

    def current_row(self) -> int:
        idx = self.view.currentIndex()
        return idx.row() if idx.isValid() else -1

    def _delete(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.delete_clicked.emit(row)


def rows_of(instances, names) -> list[dict]:
    """Plain dicts of *names* from model instances (for ChildTable)."""
    return [{"_obj": obj, **{n: getattr(obj, n, None) for n in names}} for obj in instances]


def confirm_delete(parent, what: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    return (
        QMessageBox.question(
            parent,
            translate("ChildTable", "确认删除"),
            translate("ChildTable", "确定删除{what}吗？").format(what=what),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No,
        )
        == QMessageBox.Yes
    )

