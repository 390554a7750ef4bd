"""设置 — 选项列表: the editable lists (界别, 诉求类别, 纠纷类型 …): add, rename, merge, disable, reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.services import settings
from station_app.ui.settings import attempt, can_admin, read_only_note


class LookupsTab(QWidget):
    title = "选项列表"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kinds = QListWidget()
        for kind, label in settings.LOOKUP_LABELS.items():
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, kind)
            self.kinds.addItem(item)
        self.kinds.setFixedWidth(150)
        self.kinds.currentRowChanged.connect(lambda _row: self.load_values())
        self.values = QListWidget()
        self.values.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.buttons = {}
        column = QVBoxLayout()
        for key, label, slot in (("add", "添加…", self.add), ("rename", "改名…", self.rename),
                                 ("merge", "合并到…", self.merge), ("toggle", "停用", self.toggle),
                                 ("up", "上移", lambda: self.move(-1)), ("down", "下移", lambda: self.move(1))):
            button = QPushButton(label)
            button.clicked.connect(slot)
            column.addWidget(button)
            self.buttons[key] = button
        column.addStretch(1)
        hint = QLabel("改名或合并会同时更新已录入记录中的该值；停用的值不再出现在新记录的选项中。")
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.kinds)
        row.addWidget(self.values, 1)
        row.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(read_only_note())
        layout.addLayout(row)
        layout.addWidget(hint)
        self.kinds.setCurrentRow(0)

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.UserRole) if item else "sector"

    def current(self):
        item = self.values.currentItem()
        return item.data(Qt.UserRole) if item else None

    def refresh(self) -> None:
        self.load_values()

    def load_values(self, select_id: int | None = None) -> None:
        select_id = select_id or (self.current().id if self.current() else None)
        self.values.clear()
        counts = settings.usage_counts(self.kind())
        for row in settings.lookups(self.kind()):
            used = counts.get(row.name, 0)
            text = row.name + ("" if row.active else "（已停用）") + (f"　已用 {used} 条" if used else "")
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, row)
            if not row.active:
                item.setForeground(QColor("#999999"))
            self.values.addItem(item)
            if row.id == select_id:
                self.values.setCurrentItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        admin, row = can_admin(), self.current()
        self.buttons["add"].setEnabled(admin)
        for key in ("rename", "merge", "toggle", "up", "down"):
            self.buttons[key].setEnabled(admin and row is not None)
        self.buttons["toggle"].setText("启用" if row is not None and not row.active else "停用")

    def _label(self) -> str:
        return settings.LOOKUP_LABELS[self.kind()]

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, f"添加{self._label()}", "名称：")
        if ok:
            done, row = attempt(self, "无法添加", settings.add_lookup, self.kind(), name)
            if done:
                self.load_values(row.id)

    def rename(self) -> None:
        row = self.current()
        if row is None:
            return
        name, ok = QInputDialog.getText(self, f"{self._label()}改名", f"“{row.name}”改为：", text=row.name)
        if ok:
            done, changed = attempt(self, "无法改名", settings.rename_lookup, row.id, name)
            if done:
                self.load_values(row.id)
                if changed:
                    QMessageBox.information(self, "已改名", f"已同时更新 {changed} 条记录。")

    def merge(self) -> None:
        row = self.current()
        if row is None:
            return
        others = [r for r in settings.lookups(self.kind()) if r.id != row.id]
        names = [r.name for r in others]
        name, ok = QInputDialog.getItem(self, f"合并{self._label()}", f"把“{row.name}”合并到：", names, 0, False)
        if not ok or not name:
            return
        target = others[names.index(name)]
        answer = QMessageBox.question(
            self, "确认合并", f"用到“{row.name}”的记录将改为“{target.name}”，“{row.name}”从列表中移除。继续吗？")
        if answer == QMessageBox.Yes:
            done, changed = attempt(self, "无法合并", settings.merge_lookup, row.id, target.id)
            if done:
                self.load_values(target.id)
                QMessageBox.information(self, "已合并", f"已合并，更新了 {changed} 条记录。")

    def toggle(self) -> None:
        row = self.current()
        if row is not None:
            done, _ = attempt(self, "无法修改", settings.set_lookup_active, row.id, not row.active)
            if done:
                self.load_values(row.id)

    def move(self, delta: int) -> None:
        row = self.current()
        if row is not None:
            done, _ = attempt(self, "无法移动", settings.move_lookup, row.id, delta)
            if done:
                self.load_values(row.id)
