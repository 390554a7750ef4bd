"""设置 — 账号与权限: accounts and roles (管理员 / 录入员 / 只读检查); only administrators change them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.services import accounts, context
from station_app.store.choices import USER_ROLES
from station_app.ui.change_bridge import follow
from station_app.ui.i18n import tr_field, translate
from station_app.ui.settings import attempt, can_admin, read_only_note
from station_app.ui.settings.unsaved import UnsavedEdits, UnsavedGuard
from station_app.ui.widgets.item_table import ItemTable

ROLE_NOTES = {"管理员": QT_TRANSLATE_NOOP("UsersTab", "全部功能，含系统设置和账号"),
              "录入员": QT_TRANSLATE_NOOP("UsersTab", "录入和修改记录、导出台账"),
              "只读检查": QT_TRANSLATE_NOOP("UsersTab", "只能查看和导出，不能修改任何内容")}
HEADERS = (
    QT_TRANSLATE_NOOP("UsersTab", "用户名"),
    QT_TRANSLATE_NOOP("UsersTab", "姓名"),
    QT_TRANSLATE_NOOP("UsersTab", "角色"),
    QT_TRANSLATE_NOOP("UsersTab", "状态"),
    QT_TRANSLATE_NOOP("UsersTab", "最近登录"),
)


class UsersTab(UnsavedEdits, QWidget):
    title = "账号与权限"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        follow(self, {"user"}, self.refresh)  # accounts added or changed: the table (the entry row stays)
        self.table = ItemTable([translate("UsersTab", h) for h in HEADERS], stretch=4)
        self.model = self.table.model_
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.buttons = {}
        row_buttons = QHBoxLayout()
        for key, label, slot in (("role", QT_TRANSLATE_NOOP("UsersTab", "修改角色…"), self.change_role),
                                 ("active", QT_TRANSLATE_NOOP("UsersTab", "停用"), self.toggle_active),
                                 ("password", QT_TRANSLATE_NOOP("UsersTab", "重设密码…"), self.reset_password),
                                 ("mine", QT_TRANSLATE_NOOP("UsersTab", "修改我的密码…"), self.change_mine)):
            self.buttons[key] = QPushButton(translate("UsersTab", label))
            self.buttons[key].clicked.connect(slot)
            row_buttons.addWidget(self.buttons[key])
        row_buttons.addStretch(1)
        self.username, self.display = (
            QLineEdit(placeholderText=translate("UsersTab", "登录用户名")),
            QLineEdit(placeholderText=translate("UsersTab", "姓名")),
        )
        self.password = QLineEdit(
            placeholderText=translate("UsersTab", "初始密码（至少6位）"), echoMode=QLineEdit.Password
        )
        self.role = QComboBox()
        for role in USER_ROLES:
            self.role.addItem(tr_field(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData("录入员")))
        self.add_button = QPushButton(translate("UsersTab", "添加账号"))
        self.add_button.clicked.connect(self.add)
        add_box = QGroupBox(translate("UsersTab", "添加账号"))
        add_row = QHBoxLayout(add_box)
        for w in (self.username, self.display, self.password, self.role, self.add_button):
            add_row.addWidget(w)
        notes = QLabel(translate("UsersTab", "；").join(translate("UsersTab", "{role}：{note}").format(
            role=tr_field(role), note=translate("UsersTab", note)) for role, note in ROLE_NOTES.items()))
        notes.setProperty("role", "hint")
        notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(read_only_note())
        layout.addWidget(self.table)
        layout.addLayout(row_buttons)
        layout.addWidget(add_box)
        layout.addWidget(notes)
        self.mark_clean()
        self.guard = UnsavedGuard(self)

    def snapshot(self) -> tuple:
        """The 添加账号 row: an account typed but not added is an unsaved edit."""
        return self.username.text(), self.display.text(), self.password.text()

    def save_unsaved(self) -> bool:
        return self.add()

    def discard_unsaved(self) -> None:
        for w in (self.username, self.display, self.password):
            w.clear()

    def refresh(self) -> None:  # the table only: the 添加账号 row is never overwritten
        users = accounts.list_users()
        self.model.setRowCount(len(users))
        for row, user in enumerate(users):
            last = user.last_login.strftime("%Y-%m-%d %H:%M") if user.last_login else "—"
            for col, text in enumerate(
                (
                    user.username,
                    user.display_name,
                    tr_field(user.role),
                    self._state(user),
                    last,
                )
            ):
                item = QStandardItem(text)
                item.setData(user, Qt.UserRole)
                self.model.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        for w in (self.username, self.display, self.password, self.role, self.add_button):
            w.setEnabled(can_admin())
        self._update_buttons()

    @staticmethod
    def _state(user) -> str:
        from station_app.services import logins

        if not user.active:
            return translate("UsersTab", "已停用")
        if user.failed_logins >= logins.MAX_FAILURES and logins.wait_seconds(user) > 0:  # 重设密码 unlocks
            return translate("UsersTab", "已锁定至 {time}").format(time=f"{user.locked_until:%H:%M}")
        return translate("UsersTab", "正常")

    def current(self):
        row = self.table.current_row()
        return self.model.item(row, 0).data(Qt.UserRole) if row >= 0 and self.model.item(row, 0) else None

    def _update_buttons(self) -> None:
        user, admin = self.current(), can_admin()
        for key in ("role", "active", "password"):
            self.buttons[key].setEnabled(admin and user is not None)
        self.buttons["active"].setText(translate("UsersTab", "启用") if user is not None and not user.active
                                       else translate("UsersTab", "停用"))
        self.buttons["mine"].setEnabled(accounts.get_user(context.current().username) is not None)

    def add(self) -> bool:
        ok, _ = attempt(
            self,
            translate("UsersTab", "无法添加账号"),
            accounts.create_user,
            self.username.text(),
            self.password.text(),
            self.role.currentData(),
            self.display.text(),
        )
        if ok:
            for w in (self.username, self.display, self.password):
                w.clear()
        return ok

    def change_role(self) -> None:
        user = self.current()
        if user is None:
            return
        roles = list(USER_ROLES)
        shown = [tr_field(r) for r in roles]
        label, ok = QInputDialog.getItem(
            self,
            translate("UsersTab", "修改角色"),
            translate("UsersTab", "“{name}”的角色：").format(name=user.username),
            shown,
            roles.index(user.role) if user.role in roles else 0,
            False,
        )
        role = roles[shown.index(label)] if ok and label in shown else label
        if ok:
            attempt(self, translate("UsersTab", "无法修改角色"), accounts.set_role, user, role)

    def toggle_active(self) -> None:
        user = self.current()
        if user is not None:
            attempt(self, translate("UsersTab", "无法修改"), accounts.set_active, user, not user.active)

    def reset_password(self) -> None:
        user = self.current()
        if user is None:
            return
        new, ok = QInputDialog.getText(
            self,
            translate("UsersTab", "重设密码"),
            translate("UsersTab", "“{name}”的新密码：").format(name=user.username),
            QLineEdit.Password,
        )
        if ok:
            attempt(self, translate("UsersTab", "无法重设密码"), accounts.change_password, user, new)

    def change_mine(self) -> None:
        user = accounts.get_user(context.current().username)
        if user is None:
            return
        old, ok = QInputDialog.getText(
            self, translate("UsersTab", "修改我的密码"), translate("UsersTab", "原密码："), QLineEdit.Password
        )
        if not ok:
            return
        new, ok = QInputDialog.getText(
            self,
            translate("UsersTab", "修改我的密码"),
            translate("UsersTab", "新密码（至少6位）："),
            QLineEdit.Password,
        )
        if ok:
            attempt(self, translate("UsersTab", "无法修改密码"), accounts.change_password, user, new, old=old)
