"""设置 — 工作专班: the teams (政策咨询, 法律援助 …) and who is in each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout,
    QWidget,
)

from station_app.services import teams
from station_app.ui.settings import attempt, can_admin, read_only_note
from station_app.ui.widgets.member_picker import MemberPicker


class TeamsTab(QWidget):
    title = "工作专班"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setFixedWidth(220)
        self.list.currentRowChanged.connect(lambda _row: self.load_members())
        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        for key, label, slot in (("add", "新建专班…", self.add), ("rename", "改名…", self.rename),
                                 ("delete", "删除", self.delete)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            column.addWidget(button)
            self.buttons[key] = button
        column.addStretch(1)
        self.members = MemberPicker()
        self.save_button = QPushButton("保存成员")
        self.save_button.clicked.connect(self.save_members)
        right = QVBoxLayout()
        right.addWidget(QLabel("专班成员（可输入姓名，用顿号分隔，或点“选择…”）："))
        right.addWidget(self.members)
        right.addWidget(self.save_button, 0, Qt.AlignLeft)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(column)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(read_only_note())
        layout.addLayout(row)
        self.refresh()

    def current(self):
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def refresh(self, select_id: int | None = None) -> None:
        select_id = select_id or (self.current().id if self.current() else None)
        self.list.clear()
        for team in teams.teams():
            item = QListWidgetItem(team.name)
            item.setData(Qt.UserRole, team)
            self.list.addItem(item)
            if team.id == select_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.load_members()

    def load_members(self) -> None:
        team, admin = self.current(), can_admin()
        self.members.reload()
        self.members.set_member_ids(teams.team_member_ids(team) if team else [])
        self.members.setEnabled(admin and team is not None)
        self.save_button.setEnabled(admin and team is not None)
        self.buttons["add"].setEnabled(admin)
        for key in ("rename", "delete"):
            self.buttons[key].setEnabled(admin and team is not None)

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, "新建工作专班", "专班名称：")
        if ok:
            done, team = attempt(self, "无法新建", teams.create_team, name)
            if done:
                self.refresh(team.id)

    def rename(self) -> None:
        team = self.current()
        if team is None:
            return
        name, ok = QInputDialog.getText(self, "专班改名", f"“{team.name}”改为：", text=team.name)
        if ok:
            done, _ = attempt(self, "无法改名", teams.rename_team, team, name)
            if done:
                self.refresh(team.id)

    def delete(self) -> None:
        team = self.current()
        if team is None:
            return
        ask = f"把“{team.name}”移到回收站吗？成员名单会保留，恢复后仍在。"
        if QMessageBox.question(self, "删除工作专班", ask) != QMessageBox.Yes:
            return
        done, _ = attempt(self, "无法删除", teams.delete_team, team)
        if done:
            self.refresh()

    def save_members(self) -> None:
        team = self.current()
        if team is None:
            return
        try:
            ids = self.members.member_ids()
        except ValueError as exc:
            QMessageBox.warning(self, "成员有误", str(exc))
            return
        done, _ = attempt(self, "无法保存", teams.set_team_members, team, ids)
        if done:
            QMessageBox.information(self, "已保存", f"“{team.name}”现有成员 {len(ids)} 人。")
