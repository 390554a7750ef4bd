"""设置 — 选项列表: the editable lists (界别, 诉求类别, 纠纷类型 …): add, rename, merge, disable, reorder."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
from station_app.ui import theme
from station_app.ui.i18n import tr_field, translate
from station_app.ui.settings import attempt, can_admin, read_only_note


class LookupsTab(QWidget):
    title = "选项列表"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kinds = QListWidget()
        for kind, label in settings.LOOKUP_LABELS.items():
            item = QListWidgetItem(tr_field(label))
            item.setData(Qt.UserRole, kind)
            self.kinds.addItem(item)
        self.kinds.setFixedWidth(150)
        self.kinds.currentRowChanged.connect(lambda _row: self.load_values())
        self.values = QListWidget()
        self.values.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.buttons = {}
        column = QVBoxLayout()
        for key, label, slot in (("add", QT_TRANSLATE_NOOP("LookupsTab", "添加…"), self.add),
                                 ("rename", QT_TRANSLATE_NOOP("LookupsTab", "改名…"), self.rename),
                                 ("merge", QT_TRANSLATE_NOOP("LookupsTab", "合并到…"), self.merge),
                                 ("toggle", QT_TRANSLATE_NOOP("LookupsTab", "停用"), self.toggle),
                                 ("up", QT_TRANSLATE_NOOP("LookupsTab", "上移"), lambda: self.move(-1)),
                                 ("down", QT_TRANSLATE_NOOP("LookupsTab", "下移"), lambda: self.move(1))):
            button = QPushButton(translate("LookupsTab", label))
            button.clicked.connect(slot)
            column.addWidget(button)
            self.buttons[key] = button
        column.addStretch(1)
        hint = QLabel(translate("LookupsTab",
                                "改名或合并会同时更新已录入记录中的该值；停用的值不再出现在新记录的选项中。"))
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
            text = row.name + ("" if row.active else translate("LookupsTab", "（已停用）"))
            text += translate("LookupsTab", "　已用 {n} 条").format(n=used) if used else ""
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, row)
            if not row.active:
                item.setForeground(QColor(theme.colour("hint")))
            self.values.addItem(item)
            if row.id == select_id:
                self.values.setCurrentItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        admin, row = can_admin(), self.current()
        self.buttons["add"].setEnabled(admin)
        for key in ("rename", "merge", "toggle", "up", "down"):
            self.buttons[key].setEnabled(admin and row is not None)
        self.buttons["toggle"].setText(translate("LookupsTab", "启用") if row is not None and not row.active
                                       else translate("LookupsTab", "停用"))

    def _label(self) -> str:
        return tr_field(settings.LOOKUP_LABELS[self.kind()])

    def add(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            translate("LookupsTab", "添加{kind}").format(kind=self._label()),
            translate("LookupsTab", "名称："),
        )
        if ok:
            done, row = attempt(self, translate("LookupsTab", "无法添加"), settings.add_lookup, self.kind(), name)
            if done:
                self.load_values(row.id)

    def rename(self) -> None:
        row = self.current()
        if row is None:
            return
        name, ok = QInputDialog.getText(
            self,
            translate("LookupsTab", "{kind}改名").format(kind=self._label()),
            translate("LookupsTab", "“{name}”改为：").format(name=row.name),
            text=row.name,
        )
        if ok:
            done, changed = attempt(
                self, translate("LookupsTab", "无法改名"), settings.rename_lookup, row.id, name
            )
            if done:
                self.load_values(row.id)
                if changed:
                    QMessageBox.information(
                        self,
                        translate("LookupsTab", "已改名"),
                        translate("LookupsTab", "已同时更新 {n} 条记录。").format(n=changed),
                    )

    def merge(self) -> None:
        row = self.current()
        if row is None:
            return
        others = [r for r in settings.lookups(self.kind()) if r.id != row.id]
        names = [r.name for r in others]
        name, ok = QInputDialog.getItem(
            self,
            translate("LookupsTab", "合并{kind}").format(kind=self._label()),
            translate("LookupsTab", "把“{name}”合并到：").format(name=row.name),
            names,
            0,
            False,
        )
        if not ok or not name:
            return
        target = others[names.index(name)]
        answer = QMessageBox.question(
            self,
            translate("LookupsTab", "确认合并"),
            translate(
                "LookupsTab", "用到“{name}”的记录将改为“{target}”，“{name}”从列表中移除。继续吗？"
            ).format(name=row.name, target=target.name),
        )
        if answer == QMessageBox.Yes:
            done, changed = attempt(
                self, translate("LookupsTab", "无法合并"), settings.merge_lookup, row.id, target.id
            )
            if done:
                self.load_values(target.id)
                QMessageBox.information(
                    self,
                    translate("LookupsTab", "已合并"),
                    translate("LookupsTab", "已合并，更新了 {n} 条记录。").format(n=changed),
                )

    def toggle(self) -> None:
        row = self.current()
        if row is not None:
            done, _ = attempt(
                self, translate("LookupsTab", "无法修改"), settings.set_lookup_active, row.id, not row.active
            )
            if done:
                self.load_values(row.id)

    def move(self, delta: int) -> None:
        row = self.current()
        if row is not None:
            done, _ = attempt(self, translate("LookupsTab", "无法移动"), settings.move_lookup, row.id, delta)
            if done:
                self.load_values(row.id)
