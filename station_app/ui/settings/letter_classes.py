"""An editable list of letter classes (协商成果分类, 提案答复类别): code, name and meaning in a table, a row
to add one; the same box for every such list (services.letter_classes)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from station_app.services.letter_classes import LetterClasses
from station_app.ui.i18n import translate
from station_app.ui.settings import attempt
from station_app.ui.widgets.item_table import ItemTable


class LetterClassBox(QGroupBox):
    """The classes of *service* (GRADES, REPLY_CLASSES); `save()` writes edited rows, `add()` the typed one
    (then `added` is emitted: the settings tab reloads)."""

    added = Signal()

    def __init__(self, service: LetterClasses, title: str, parent=None):
        super().__init__(title, parent)
        self.service = service
        self.table = ItemTable([translate("QuotasTab", "代码"), translate("QuotasTab", "名称"),
                                translate("QuotasTab", "含义")], editable=True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_code, self.new_name, self.new_meaning = (
            QLineEdit(placeholderText=t) for t in (translate("QuotasTab", "代码，如 D"),
                                                   translate("QuotasTab", "名称，如 留作参考"),
                                                   translate("QuotasTab", "含义")))
        self.new_code.setMaximumWidth(110)
        self.add_button = QPushButton(translate("QuotasTab", "添加分类"))
        self.add_button.clicked.connect(self.add)
        add_row = QHBoxLayout()
        for w in (self.new_code, self.new_name, self.new_meaning, self.add_button):
            add_row.addWidget(w)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(add_row)
        self.rows: list = []

    def reload(self, admin: bool) -> None:
        self.rows = rows = self.service.all()
        self.table.model_.setRowCount(len(rows))
        for row, c in enumerate(rows):
            for col, text in enumerate((c.code, c.name, c.meaning)):
                self.table.model_.setItem(row, col, QStandardItem(text))
        self.table.setEnabled(True)
        if not admin:
            self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        for w in (self.add_button, self.new_code, self.new_name, self.new_meaning):
            w.setEnabled(admin)

    def snapshot(self) -> tuple:
        model = self.table.model_
        return tuple(model.item(row, col).text() for row in range(model.rowCount())
                     for col in range(3) if model.item(row, col) is not None)

    def typed(self) -> tuple[str, str, str]:
        return self.new_code.text(), self.new_name.text(), self.new_meaning.text()

    def has_typed(self) -> bool:
        return any(t.strip() for t in self.typed())

    def clear_typed(self) -> None:
        for w in (self.new_code, self.new_name, self.new_meaning):
            w.clear()

    def save(self) -> bool:
        """Write the edited rows; False (with the reason shown) at the first one refused."""
        for row in range(self.table.model_.rowCount()):
            code, name, meaning = (self.table.model_.item(row, c).text() for c in range(3))
            c = self.rows[row]
            if (code, name, meaning) == (c.code, c.name, c.meaning):
                continue
            if not attempt(self, translate("QuotasTab", "无法保存"), self.service.set, code, name, meaning)[0]:
                return False
        return True

    def add(self) -> bool:
        ok, _ = attempt(self, translate("QuotasTab", "无法添加"), self.service.set, *self.typed())
        if ok:
            self.clear_typed()
            self.reload(True)
            self.added.emit()
        return ok
