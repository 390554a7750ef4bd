"""An ordered member list (a proposal's 提案人): add several, move them up or down; the first is 领衔."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from station_app.ui.i18n import translate
from station_app.ui.widgets.member_picker import MemberPicker


class OrderedMembers(QWidget):
    """`member_ids()` in order (a name still in the add box is added first; unknown names raise
    ValueError), `set_member_ids()`, `text()` for change tracking, `changed` on every change."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.adder = MemberPicker(self)
        self.adder.edit.setPlaceholderText(translate("OrderedMembers", "输入姓名后点“添加”，多人用、分隔"))
        self.add_button = QPushButton(translate("OrderedMembers", "添加"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("ordered_members")
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 5 + 12)
        self.up_button = QPushButton(translate("OrderedMembers", "上移"), self)
        self.down_button = QPushButton(translate("OrderedMembers", "下移"), self)
        self.remove_button = QPushButton(translate("OrderedMembers", "移除"), self)
        for b in (self.add_button, self.up_button, self.down_button, self.remove_button):
            b.setProperty("edit_action", True)
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.adder, 0, 0)
        lay.addWidget(self.add_button, 0, 1)
        lay.addWidget(self.list, 1, 0, 3, 1)
        lay.addWidget(self.up_button, 1, 1)
        lay.addWidget(self.down_button, 2, 1)
        lay.addWidget(self.remove_button, 3, 1, Qt.AlignTop)
        self.add_button.clicked.connect(self.add_typed)
        self.adder.edit.returnPressed.connect(self.add_typed)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.setFocusProxy(self.adder)
        self._names: dict[int, str] = {}
        self._update_buttons()

    # ---- the list ----
    def _ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())]

    def _relabel(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            role = translate("OrderedMembers", "领衔") if i == 0 else translate("OrderedMembers", "联名")
            item.setText(f"{i + 1}. {self._names.get(item.data(Qt.UserRole), '?')}（{role}）")
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, n = self.list.currentRow(), self.list.count()
        self.up_button.setEnabled(self.isEnabled() and row > 0)
        self.down_button.setEnabled(self.isEnabled() and 0 <= row < n - 1)
        self.remove_button.setEnabled(self.isEnabled() and row >= 0)

    def _append(self, ids) -> None:
        names = {c.id: c.name for c in self.adder.choices()}
        present = set(self._ids())
        for i in ids:
            if i in present or i not in names:
                continue
            self._names[i] = names[i]
            item = QListWidgetItem(self.list)
            item.setData(Qt.UserRole, i)
            present.add(i)

    def add_typed(self) -> None:
        """Add the names in the add box (unknown names stay there, marked)."""
        try:
            ids = self.adder.member_ids()
        except ValueError as exc:
            self.adder.edit.setToolTip(str(exc))
            return
        if not ids:
            return
        self._append(ids)
        self.adder.edit.clear()
        self._relabel()
        self.changed.emit()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._relabel()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._relabel()
            self.changed.emit()

    # ---- the RecordDialog member interface ----
    def member_ids(self) -> list[int]:
        if self.adder.names():
            ids = self.adder.member_ids()  # ValueError names the unknown member
            self._append(ids)
            self.adder.edit.clear()
            self._relabel()
        return self._ids()

    def set_member_ids(self, ids) -> None:
        self.list.clear()
        self._append(list(ids))
        self._relabel()
        if self.list.count():
            self.list.setCurrentRow(0)

    def text(self) -> str:
        return "、".join(self._names.get(i, "") for i in self._ids()) + "|" + self.adder.text()

    def names(self) -> list[str]:
        return [self._names.get(i, "") for i in self._ids()]

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        self._update_buttons()
