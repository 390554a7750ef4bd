"""回收站: deleted records of every kind, restorable; administrators may remove them for good."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.services import changes, context, recycle
from station_app.ui import theme
from station_app.ui.i18n import tr_field, translate
from station_app.ui.pages.base import Page
from station_app.ui.settings import attempt

COLUMNS = (QT_TRANSLATE_NOOP("RecyclePage", "类别"), QT_TRANSLATE_NOOP("RecyclePage", "内容"),
           QT_TRANSLATE_NOOP("RecyclePage", "日期"), QT_TRANSLATE_NOOP("RecyclePage", "删除时间"),
           QT_TRANSLATE_NOOP("RecyclePage", "删除人"))


class RecyclePage(Page):
    key = "recycle"
    title = "回收站"
    icon_name = "recycle"
    shows = None  # a record of any kind may have been deleted or restored

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        heading = QLabel(translate("RecyclePage", "回收站"))
        heading.setFont(theme.title_font())
        heading.setProperty("role", "page-title")
        self.model = QStandardItemModel(0, len(COLUMNS))
        self.model.setHorizontalHeaderLabels([translate("RecyclePage", c) for c in COLUMNS])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.restore_button = QPushButton(theme.icon("restore"), translate("RecyclePage", "恢复所选"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(theme.icon("delete"), translate("RecyclePage", "彻底删除所选"))
        self.purge_button.clicked.connect(self.purge_selected)
        self.count = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        hint = QLabel(translate("RecyclePage", "删除的记录先放在这里，可以恢复；彻底删除后无法找回（仅管理员）。"))
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        layout.addWidget(hint)

    def refresh(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        rows = recycle.deleted()
        for d in rows:
            values = (tr_field(d.kind_label), d.title, d.date.isoformat() if d.date else "",
                      d.deleted_at.strftime("%Y-%m-%d %H:%M") if d.deleted_at else "", d.deleted_by)
            items = [QStandardItem(str(v)) for v in values]
            items[0].setData((d.kind, d.id), Qt.UserRole)
            self.model.appendRow(items)
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(2)
        self.view.resizeColumnToContents(3)
        self.count.setText(translate("RecyclePage", "共 {n} 条").format(n=len(rows)))
        self._update_buttons()

    def selected(self) -> list[tuple[str, int]]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.item(r, 0).data(Qt.UserRole) for r in rows]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected())
        self.restore_button.setEnabled(chosen and context.current().can_edit)
        self.purge_button.setEnabled(chosen and context.current().is_admin)

    def can(self, action: str) -> bool:
        return action == "delete" and context.current().is_admin

    def delete_selected(self) -> None:
        self.purge_selected()

    def restore_selected(self) -> None:
        chosen = self.selected()
        with changes.operation():  # one change notice: this list and the records' pages re-read once
            done = sum(1 for kind, rid in chosen
                       if attempt(self, translate("RecyclePage", "无法恢复"), recycle.restore, kind, rid)[0])
        if done:
            self.status_message.emit(translate("RecyclePage", "已恢复 {n} 条记录").format(n=done))

    def purge_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        answer = QMessageBox.question(self, translate("RecyclePage", "彻底删除"), translate(
            "RecyclePage", "彻底删除所选的 {n} 条记录？删除后无法找回。").format(n=len(chosen)),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        with changes.operation():
            done = sum(1 for kind, rid in chosen
                       if attempt(self, translate("RecyclePage", "无法彻底删除"), recycle.purge, kind, rid)[0])
        self.status_message.emit(translate("RecyclePage", "已彻底删除 {n} 条记录").format(n=done))
