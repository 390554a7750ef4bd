"""设置 — 备份与数据: back up now, restore a backup, open the data folder, turn encryption on."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.services import backups, context
from station_app.ui.i18n import translate
from station_app.ui.settings import attempt, can_admin
from station_app.ui.settings.encryption import EncryptionBox


def backup_now(parent: QWidget, data_dir) -> object | None:
    """Make a backup now and say where it went; returns the file or None."""
    if data_dir is None:
        return None
    ok, path = attempt(parent, translate("BackupTab", "备份失败"), backups.backup_now, data_dir)
    if ok:
        QMessageBox.information(
            parent,
            translate("BackupTab", "备份完成"),
            translate("BackupTab", "已备份到：\n{path}").format(path=path),
        )
        return path
    return None


class BackupTab(QWidget):
    title = "备份与数据"

    def __init__(self, parent: QWidget | None = None, data_dir=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.backup_button = QPushButton(translate("BackupTab", "立即备份"))
        self.backup_button.clicked.connect(self.backup)
        self.restore_button = QPushButton(translate("BackupTab", "用所选备份恢复…"))
        self.restore_button.clicked.connect(self.restore)
        self.open_button = QPushButton(translate("BackupTab", "打开数据文件夹"))
        self.open_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        hint = QLabel(translate("BackupTab", "程序每天第一次启动时自动备份（保留30天的每日备份和12个月的月度备份）。"
                                             "恢复前会先把当前数据另存为一份备份。"))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.encryption = EncryptionBox(data_dir, on_changed=self.refresh)
        self.encryption.setVisible(not backups.on_server())  # encrypting applies to the database file only
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder)
        layout.addWidget(self.encryption)
        layout.addWidget(QLabel(translate("BackupTab", "已有备份（最新在前）：")))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(hint)

    def refresh(self) -> None:
        self.list.clear()
        self.encryption.refresh()
        self._update_buttons()
        if self.data_dir is None:
            return
        self.folder.setText(translate("BackupTab", "数据文件夹：{path}").format(path=self.data_dir.root))
        for b in backups.backups(self.data_dir):
            item = QListWidgetItem(b.label)
            item.setData(Qt.UserRole, str(b.path))
            item.setToolTip(str(b.path))
            self.list.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(context.current().can_edit and self.data_dir is not None)
        self.restore_button.setEnabled(can_admin() and self.list.currentItem() is not None)

    def backup(self) -> None:
        if backup_now(self, self.data_dir):
            self.refresh()

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            translate("BackupTab", "恢复备份"),
            translate(
                "BackupTab", "用这份备份替换当前的全部数据吗？\n{backup}\n\n当前数据会先另存为一份备份。"
            ).format(backup=item.text()),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No,
        )
        if answer != QMessageBox.Yes:
            return
        ok, saved = attempt(
            self,
            translate("BackupTab", "恢复失败"),
            backups.restore_backup,
            self.data_dir,
            item.data(Qt.UserRole),
        )
        if ok:
            QMessageBox.information(
                self,
                translate("BackupTab", "恢复完成"),
                translate("BackupTab", "已恢复。原来的数据另存为：\n{path}").format(path=saved),
            )
            self.refresh()  # the list of backup files; every page re-reads through the restore's change notice

    def open_folder(self) -> None:
        if self.data_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir.root)))
