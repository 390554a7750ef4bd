"""设置 — 工作专班: the teams (政策咨询, 法律援助 …) and who is in each."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
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

from station_app.services import teams
from station_app.ui.i18n import translate
from station_app.ui.settings import attempt, can_admin, read_only_note
from station_app.ui.settings.unsaved import CANCELLED, UnsavedEdits, UnsavedGuard, ask_unsaved
from station_app.ui.widgets.member_picker import MemberPicker


class TeamsTab(UnsavedEdits, QWidget):
    title = "工作专班"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setFixedWidth(220)
        self.list.currentRowChanged.connect(self._picked)
        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        for key, label, slot in (("add", QT_TRANSLATE_NOOP("TeamsTab", "新建专班…"), self.add),
                                 ("rename", QT_TRANSLATE_NOOP("TeamsTab", "改名…"), self.rename),
                                 ("delete", QT_TRANSLATE_NOOP("TeamsTab", "删除"), self.delete)):
            button = QPushButton(translate("TeamsTab", label))
            button.clicked.connect(slot)
            column.addWidget(button)
            self.buttons[key] = button
        column.addStretch(1)
        self.members = MemberPicker()
        self.save_button = QPushButton(translate("TeamsTab", "保存成员"))
        self.save_button.clicked.connect(self.save_members)
        right = QVBoxLayout()
        right.addWidget(QLabel(translate("TeamsTab", "专班成员（可输入姓名，用顿号分隔，或点“选择…”）：")))
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
        self.shown_team_id: int | None = None
        self.guard = UnsavedGuard(self)
        self.refresh()

    def current(self):
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def reload(self, select_id: int | None = None) -> None:
        self._clean = None  # what is on screen is replaced
        select_id = select_id or (self.current().id if self.current() else None)
        self.list.blockSignals(True)
        self.list.clear()
        for team in teams.teams():
            item = QListWidgetItem(team.name)
            item.setData(Qt.UserRole, team)
            self.list.addItem(item)
            if team.id == select_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.load_members()

    def snapshot(self) -> tuple:
        return self.shown_team_id, self.members.text()

    def _picked(self, _row: int) -> None:
        team = self.current()
        if team is not None and team.id != self.shown_team_id and self.has_unsaved():
            QTimer.singleShot(0, lambda: self._leave_team_for(team.id))  # once the list has settled
        else:
            self.load_members()

    def _leave_team_for(self, team_id: int) -> None:
        if ask_unsaved(self) == CANCELLED:
            self.list.blockSignals(True)
            for i in range(self.list.count()):
                if self.list.item(i).data(Qt.UserRole).id == self.shown_team_id:
                    self.list.setCurrentRow(i)
            self.list.blockSignals(False)
        else:
            self.reload(team_id)

    def save_unsaved(self) -> bool:
        return self.save_members()

    def load_members(self) -> None:
        team, admin = self.current(), can_admin()
        self.shown_team_id = team.id if team else None
        self.members.reload()
        self.members.set_member_ids(teams.team_member_ids(team) if team else [])
        self.members.setEnabled(admin and team is not None)
        self.save_button.setEnabled(admin and team is not None)
        self.buttons["add"].setEnabled(admin)
        for key in ("rename", "delete"):
            self.buttons[key].setEnabled(admin and team is not None)
        self.mark_clean()

    def add(self) -> None:
        if ask_unsaved(self) == CANCELLED:
            return
        name, ok = QInputDialog.getText(self, translate("TeamsTab", "新建工作专班"),
                                        translate("TeamsTab", "专班名称："))
        if ok:
            done, team = attempt(self, translate("TeamsTab", "无法新建"), teams.create_team, name)
            if done:
                self.reload(team.id)

    def rename(self) -> None:
        team = self.current()
        if team is None or ask_unsaved(self) == CANCELLED:
            return
        name, ok = QInputDialog.getText(
            self,
            translate("TeamsTab", "专班改名"),
            translate("TeamsTab", "“{name}”改为：").format(name=team.name),
            text=team.name,
        )
        if ok:
            done, _ = attempt(self, translate("TeamsTab", "无法改名"), teams.rename_team, team, name)
            if done:
                self.reload(team.id)

    def delete(self) -> None:
        team = self.current()
        if team is None:
            return
        ask = translate("TeamsTab", "把“{name}”移到回收站吗？成员名单会保留，恢复后仍在。").format(name=team.name)
        if QMessageBox.question(self, translate("TeamsTab", "删除工作专班"), ask) != QMessageBox.Yes:
            return
        done, _ = attempt(self, translate("TeamsTab", "无法删除"), teams.delete_team, team)
        if done:
            self.reload()

    def shown_team(self):
        """The team whose members are in the picker (the list may already point at another)."""
        items = (self.list.item(i).data(Qt.UserRole) for i in range(self.list.count()))
        return next((team for team in items if team.id == self.shown_team_id), None)

    def save_members(self) -> bool:
        team = self.shown_team()
        if team is None:
            return False
        try:
            ids = self.members.member_ids()
        except ValueError as exc:
            QMessageBox.warning(self, translate("TeamsTab", "成员有误"), str(exc))
            return False
        done, _ = attempt(self, translate("TeamsTab", "无法保存"), teams.set_team_members, team, ids)
        if done:
            self.mark_clean()
            QMessageBox.information(
                self,
                translate("TeamsTab", "已保存"),
                translate("TeamsTab", "“{name}”现有成员 {n} 人。").format(name=team.name, n=len(ids)),
            )
        return done
