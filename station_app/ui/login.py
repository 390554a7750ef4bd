"""Start-up dialogs: the first run (station name and administrator password) and the login."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.services import accounts, logins, settings
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
        self.station = QLineEdit(settings.station_name(),
                                 placeholderText=translate("LoginDialog", "如：某某镇政协委员工作站"))
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
    """User name and password; stays open with a message until they match an active account.

    Encrypted data: *sign_in* (username, password) unlocks the data key and opens the database before
    it checks the account — it returns the User or None, raises an error with a Chinese `.message`, or
    raises LoginDialog.Abort (the database could not be opened: the dialog closes); *recover* adds the
    「忘记密码」 button (recovery code → new password); *names* fill the user name's completion.
    """

    class Abort(Exception):
        pass

    def __init__(self, parent: QWidget | None = None, station_name: str = "", *, sign_in=None, recover=None,
                 names: list[str] = ()):
        super().__init__(parent)
        self.sign_in, self.recover = sign_in or logins.login, recover
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
        self.forgot_button = None
        if recover is not None:
            self.forgot_button = buttons.addButton(translate("LoginDialog", "忘记密码"), QDialogButtonBox.ResetRole)
            self.forgot_button.clicked.connect(self.forgot)
        if names:
            self.username.setCompleter(QCompleter(list(names), self))
            if len(names) == 1:
                self.username.setText(names[0])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.user = None
        (self.password if self.username.text() else self.username).setFocus()

    def forgot(self) -> None:
        dialog = RecoverDialog(self.recover, self.username.text().strip(), self)
        if dialog.exec() == QDialog.Accepted:
            self.username.setText(dialog.username.text().strip())
            self.password.clear()
            self.error.setText(translate("LoginDialog", "已设置新密码，请用新密码登录。"))
            self.error.show()
            self.password.setFocus()

    def accept(self):
        from station_app.services.logins import LoginRefused

        try:
            user = self.sign_in(self.username.text().strip(), self.password.text())
        except LoginDialog.Abort:
            return self.reject()
        except LoginRefused as refused:  # wrong password, locked, or wait: the delay applies
            return self.refuse(refused)
        except Exception as exc:  # a known fault with a Chinese message (wrong password for the key file)
            if not getattr(exc, "message", None):
                raise
            user, text = None, exc.message
        else:
            text = translate("LoginDialog", "用户名或密码不正确，或账号已停用。")
        if user is None:
            self.error.setText(text)
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.user = user
        super().accept()

    def refuse(self, refused) -> None:
        """Say why; after wrong passwords the 登录 button rests for the delay the account now has."""
        seconds = max(1, round(refused.wait))
        if refused.reason == "locked":
            text = translate("LoginDialog",
                             "账号因连续多次密码错误已锁定，请于 {time} 后再试（管理员重设密码可解锁）。").format(
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

class RecoverDialog(QDialog):
    """Forgotten password: the user name, the recovery code and a new password (twice)."""

    def __init__(self, recover, username: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.recover = recover
        self.setWindowTitle(translate("LoginDialog", "忘记密码"))
        intro = QLabel(translate("LoginDialog", "请输入开启加密时打印或抄写的恢复码（30个字符，分6组，不分大小写），"
                                 "再为账号设置新密码。"))
        intro.setWordWrap(True)
        self.username = QLineEdit(username)
        self.code = QLineEdit(placeholderText="XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.password = QLineEdit(echoMode=QLineEdit.Password)
        self.confirm = QLineEdit(echoMode=QLineEdit.Password)
        form = QFormLayout()
        form.addRow(translate("LoginDialog", "用户名："), self.username)
        form.addRow(translate("LoginDialog", "恢复码："), self.code)
        form.addRow(translate("LoginDialog", "新密码："), self.password)
        form.addRow(translate("LoginDialog", "再次输入新密码："), self.confirm)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(translate("LoginDialog", "设置新密码"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def show_error(self, text: str, widget: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        widget.setFocus()

    def accept(self):
        if not self.username.text().strip():
            return self.show_error(translate("LoginDialog", "请填写用户名。"), self.username)
        if self.password.text() != self.confirm.text():
            return self.show_error(translate("LoginDialog", "两次输入的密码不一致。"), self.confirm)
        try:
            self.recover(self.username.text().strip(), self.code.text(), self.password.text())
        except ValidationError as exc:
            return self.show_error(exc.message, self.password)
        except Exception as exc:
            if not getattr(exc, "message", None):
                raise
            return self.show_error(exc.message, self.code)
        super().accept()
