"""Start-up dialogs: the first run (station name and administrator password) and the login."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.services import accounts, settings
from station_app.services.errors import ValidationError
from station_app.ui import theme
from station_app.ui.i18n import app_title, translate


def _error_label() -> QLabel:
    label = QLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


class FirstRunDialog(QDialog):
    """Asks once for the station's name and the administrator's password."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("LoginDialog", "欢迎使用{name}").format(name=app_title()))
        self.setWindowIcon(theme.icon("app"))
        intro = QLabel(translate("LoginDialog", "第一次使用，请填写工作站名称，并为管理员账号（admin）设置密码。"
                                 "以后添加其他账号后，启动时需要登录。"))
        intro.setWordWrap(True)
        self.station = QLineEdit(settings.station_name(), placeholderText=translate("LoginDialog", "如：某某镇政协委员工作站"))
        self.password = QLineEdit(echoMode=QLineEdit.Password)
        self.confirm = QLineEdit(echoMode=QLineEdit.Password)
        form = QFormLayout()
        form.addRow(translate("LoginDialog", "工作站名称："), self.station)
        form.addRow(translate("LoginDialog", "管理员密码："), self.password)
        form.addRow(translate("LoginDialog", "再次输入密码："), self.confirm)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.user = None

    def show_error(self, text: str, widget: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if widget is not None:
            widget.setFocus()

    def accept(self):
        name = self.station.text().strip()
        if not name:
            return self.show_error(translate("LoginDialog", "请填写工作站名称。"), self.station)
        if self.password.text() != self.confirm.text():
            return self.show_error(translate("LoginDialog", "两次输入的密码不一致。"), self.confirm)
        try:
            accounts.check_new_password(self.password.text())
        except ValidationError as exc:
            return self.show_error(exc.problems[0].label + exc.problems[0].message, self.password)
        from station_app.services import context

        with context.acting_as("admin", "管理员"):
            self.user = accounts.ensure_admin(self.password.text())
            if not settings.station() or settings.station_name() != name:
                settings.save_station({"name": name})
        super().accept()


class LoginDialog(QDialog):
    """User name and password; stays open with a message until they match an active account."""

    def __init__(self, parent: QWidget | None = None, station_name: str = ""):
        super().__init__(parent)
        self.setWindowTitle(translate("LoginDialog", "登录 — {name}").format(name=app_title()))
        self.setWindowIcon(theme.icon("app"))
        title = QLabel(station_name or app_title())
        title.setFont(theme.title_font())
        self.username = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.Password)
        form = QFormLayout()
        form.addRow(translate("LoginDialog", "用户名："), self.username)
        form.addRow(translate("LoginDialog", "密码："), self.password)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(translate("LoginDialog", "登录"))
        self._release = QTimer(self, singleShot=True)  # gives the 登录 button back after a wait
        self._release.timeout.connect(lambda: self.ok_button.setEnabled(True))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.user = None
        self.username.setFocus()

    def accept(self):
        from station_app.services.logins import LoginRefused, login

        try:
            user = login(self.username.text().strip(), self.password.text())
        except LoginRefused as refused:
            self.refuse(refused)
            return
        self.user = user
        super().accept()

    def refuse(self, refused) -> None:
        """Say why; after wrong passwords the 登录 button rests for the delay the account now has."""
        seconds = max(1, round(refused.wait))
        if refused.reason == "locked":
            text = translate("LoginDialog", "账号因连续多次密码错误已锁定，请于 {time} 后再试（管理员重设密码可解锁）。").format(
                time=f"{refused.locked_until:%Y-%m-%d %H:%M:%S}")
        elif refused.reason == "wait":
            text = translate("LoginDialog", "密码错误次数较多，请稍候 {seconds} 秒再试。").format(seconds=seconds)
        else:
            text = translate("LoginDialog", "用户名或密码不正确，或账号已停用。")
            if refused.wait >= 2:
                text += translate("LoginDialog", "请 {seconds} 秒后再试。").format(seconds=seconds)
            self.password.clear()
        self.error.setText(text)
        self.error.show()
        self.password.setFocus()
        if refused.wait > 0:
            self.ok_button.setEnabled(False)
            self._release.start(int(min(refused.wait, 24 * 3600) * 1000) + 50)
