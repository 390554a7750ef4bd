"""设置 — 备份与数据: the 数据加密 switch (administrators) and the recovery code shown once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.services import context, encryption
from station_app.ui.i18n import translate
from station_app.ui.settings import attempt, can_admin


class RecoveryCodeDialog(QDialog):
    """The recovery code, once: 打印 / 复制, and 完成 only after ticking that it was written down."""

    def __init__(self, code: str, station: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.code, self.station = code, station
        self.setWindowTitle(translate("Encryption", "恢复码"))
        intro = QLabel(translate("Encryption", "数据已加密。下面是恢复码，只显示这一次：请打印或抄写下来，"
                                 "和公章一样妥善保管。忘记密码时，凭恢复码可以设置新密码；"
                                 "恢复码和所有密码都丢失时，数据无法找回。"))
        intro.setWordWrap(True)
        self.code_label = QLabel(code)
        font = QFont("monospace")
        font.setStyleHint(QFont.Monospace)
        font.setPointSize(18)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        alphabet = QLabel(translate("Encryption", "只含字母 A–Z 和数字 2–7，不分大小写（没有数字 0 和 1）。"))
        alphabet.setProperty("role", "hint")
        alphabet.setWordWrap(True)
        alphabet.setAlignment(Qt.AlignCenter)
        self.print_button = QPushButton(translate("Encryption", "打印…"))
        self.print_button.clicked.connect(self.print_code)
        self.copy_button = QPushButton(translate("Encryption", "复制"))
        self.copy_button.clicked.connect(self.copy_code)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.copy_button)
        self.confirm = QCheckBox(translate("Encryption", "我已打印或抄写恢复码，并妥善保管"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        self.buttons.button(QDialogButtonBox.Ok).setText(translate("Encryption", "完成"))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.confirm.toggled.connect(self.buttons.button(QDialogButtonBox.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(alphabet)
        layout.addLayout(row)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(580)

    def reject(self):  # Esc / the close box must not lose the code before it was written down
        if self.confirm.isChecked():
            super().reject()

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.code)

    def print_code(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.Accepted:
            return
        doc = QTextDocument()
        doc.setHtml(translate("Encryption", "<h2>数据加密恢复码</h2><p>{station}</p>"
                              "<p style='font-size:20pt; font-family:monospace'><b>{code}</b></p>"
                              "<p>忘记密码时：登录窗口点「忘记密码」，输入此恢复码并设置新密码。"
                              "请与公章一样妥善保管，不要与电脑放在一起。</p>").format(
            station=self.station, code=self.code))
        doc.print_(printer)


def ask_password(parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(
        parent, translate("Encryption", "开启数据加密"),
        translate("Encryption", "请输入当前账号（{user}）的密码以确认：").format(user=context.current().username),
        QLineEdit.Password)
    return text if ok else None


class EncryptionBox(QGroupBox):
    """Status of encryption at rest and the one switch that turns it on."""

    def __init__(self, data_dir, parent: QWidget | None = None, on_changed=None):
        super().__init__(translate("Encryption", "数据加密"), parent)
        self.data_dir, self.on_changed = data_dir, on_changed
        self.leftover = []
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.enable_button = QPushButton(translate("Encryption", "开启加密…"))
        self.enable_button.clicked.connect(self.enable)
        self.code_button = QPushButton(translate("Encryption", "更换恢复码…"))
        self.code_button.clicked.connect(self.new_code)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.enable_button)
        row.addWidget(self.code_button)
        self.setLayout(row)

    def refresh(self) -> None:
        on = self.data_dir is not None and encryption.enabled(self.data_dir)
        self.leftover = encryption.plain_backups(self.data_dir) if on else []
        if on and self.leftover:  # an interrupted run, or backups copied in from elsewhere
            self.status.setText(translate("Encryption", "已开启，但有 {n} 份备份尚未加密。").format(
                n=len(self.leftover)))
        elif on:
            self.status.setText(translate("Encryption", "已开启：数据库和备份均已加密（SQLCipher），"
                                          "打开数据需要账号密码或恢复码。"))
        else:
            self.status.setText(translate("Encryption", "未开启：数据库和备份是未加密的文件，"
                                          "身份证号等敏感个人信息可被直接读出。"))
        self.enable_button.setText(translate("Encryption", "加密其余备份") if on
                                   else translate("Encryption", "开启加密…"))
        self.enable_button.setVisible(not on or bool(self.leftover))
        self.enable_button.setEnabled(can_admin() and self.data_dir is not None)
        self.code_button.setVisible(on)
        self.code_button.setEnabled(can_admin())

    def enable(self) -> None:
        if self.leftover:
            ok, problems = attempt(self, translate("Encryption", "加密失败"), encryption.encrypt_backups, self.data_dir)
            if ok and problems:
                QMessageBox.warning(self, translate("Encryption", "部分备份未加密"), "\n".join(problems))
            self.refresh()
            return
        answer = QMessageBox.question(
            self, translate("Encryption", "开启数据加密"),
            translate("Encryption", "加密数据库和全部备份吗？\n\n此后每次打开程序都要输入账号密码；"
                      "系统会生成一个恢复码，只显示一次，请打印或抄写保管。\n数据较多时需要一两分钟。"),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        password = ask_password(self)
        if password is None:
            return
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            ok, result = attempt(self, translate("Encryption", "加密失败"), encryption.enable,
                                 self.data_dir, context.current().username, password)
        finally:
            QApplication.restoreOverrideCursor()
        if not ok:
            return
        code, problems = result
        self.show_code(code)
        if problems:
            QMessageBox.warning(self, translate("Encryption", "部分备份未加密"), "\n".join(problems))
        self.refresh()
        if self.on_changed:
            self.on_changed()

    def new_code(self) -> None:
        answer = QMessageBox.question(
            self, translate("Encryption", "更换恢复码"),
            translate("Encryption", "生成新的恢复码吗？旧的恢复码随即作废。"),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes:
            ok, code = attempt(self, translate("Encryption", "更换失败"), encryption.new_recovery_code, self.data_dir)
            if ok:
                self.show_code(code)

    def show_code(self, code: str) -> None:
        from station_app.services import settings

        RecoveryCodeDialog(code, settings.station_name(), self).exec()
