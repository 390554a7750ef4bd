"""A short table for the settings tabs: a QTableView over a QStandardItemModel (Qt model/view)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class ItemTable(QTableView):
    """Rows of QStandardItems under *headers*; read-only unless *editable*; `model_` holds the items."""

    def __init__(self, headers: list[str], parent: QWidget | None = None, *, editable: bool = False,
                 stretch: int | None = None):
        super().__init__(parent)
        self.model_ = QStandardItemModel(0, len(headers), self)
        self.model_.setHorizontalHeaderLabels(headers)
        self.setModel(self.model_)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed if editable
                             else QAbstractItemView.NoEditTriggers)
        if stretch is not None:
            self.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)

    def current_row(self) -> int:
        """The selected row, or -1."""
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else (self.currentIndex().row() if self.currentIndex().isValid() else -1)

    def set_widget(self, row: int, column: int, widget: QWidget) -> None:
        """An editor (spin box, check box) living in a cell."""
        self.setIndexWidget(self.model_.index(row, column), widget)
