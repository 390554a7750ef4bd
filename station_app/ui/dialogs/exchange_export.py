"""导出 → 上报包: the changes since the last package (or all), signed and encrypted for the upper level,
written in the background with progress and cancel; the upper level's key file can be imported here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from station_app.services import context, settings
from station_app.services.exchange import PackageError, container, export, keys
from station_app.ui.i18n import translate
from station_app.ui.jobs import confirm_overwrite, report_failure, run_job


class ExchangeExportDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ExchangeExportDialog", "导出上报包"))
        self.setMinimumWidth(560)
        self.job = None
        self.result = None
        own = settings.station()
        self.station_name = own.name if own else ""
        self.upper = QLabel()
        self.upper.setWordWrap(True)
        trust = QPushButton(translate("ExchangeExportDialog", "导入上级公钥文件…"))
        trust.clicked.connect(self.choose_key_file)
        trust.setEnabled(context.current().is_admin)
        upper_row = QHBoxLayout()
        upper_row.addWidget(self.upper, 1)
        upper_row.addWidget(trust)
        sequence = export.next_sequence()
        self.since_last = QRadioButton(translate("ExchangeExportDialog",
                                                 "自上一个上报包以来的变动（新增、修改、删除）"))
        self.everything = QRadioButton(translate("ExchangeExportDialog", "全部记录（上级没有收到以前的上报包时）"))
        if sequence == 1:
            self.everything.setChecked(True)
            self.since_last.setEnabled(False)
        else:
            self.since_last.setChecked(True)
        self.attachments = QCheckBox(translate("ExchangeExportDialog", "附带附件文件（照片、扫描件；文件会变大）"))
        self.path = QLineEdit(self._default_path(sequence))
        browse = QPushButton(translate("ExchangeExportDialog", "浏览…"))
        browse.clicked.connect(self.choose_path)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("ExchangeExportDialog", "本单位"),
                    QLabel(self.station_name or translate("ExchangeExportDialog", "（未填写工作站信息）")))
        form.addRow(translate("ExchangeExportDialog", "发给"), upper_row)
        form.addRow(translate("ExchangeExportDialog", "序号"),
                    QLabel(translate("ExchangeExportDialog", "第 {n} 号上报包").format(n=sequence)))
        form.addRow(translate("ExchangeExportDialog", "内容"), self.since_last)
        form.addRow("", self.everything)
        form.addRow("", self.attachments)
        form.addRow(translate("ExchangeExportDialog", "保存为"), row)
        note = QLabel(translate("ExchangeExportDialog",
                                "上报包已签名并加密，只有上级单位能打开；U 盘丢失也不会泄露内容。"))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(translate("ExchangeExportDialog", "导出"))
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._show_upper()

    def _show_upper(self) -> None:
        upper = keys.trusted()
        if upper is None:
            self.upper.setText(translate("ExchangeExportDialog", "尚未导入上级公钥文件（.slkey，向上级索取）"))
        else:
            self.upper.setText(translate("ExchangeExportDialog", "{name}\n指纹 {fp}").format(
                name=upper.name, fp=upper.fingerprint))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(upper is not None)

    def _default_path(self, sequence: int) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / export.default_name(self.station_name or "station", sequence))

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("ExchangeExportDialog", "导出上报包"), self.path.text(),
                                              translate("ExchangeExportDialog", "上报包 (*.slpkg)"))
        if path:
            self.path.setText(path if path.lower().endswith(container.SUFFIX) else path + container.SUFFIX)

    def choose_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("ExchangeExportDialog", "导入上级公钥文件"), "",
                                              translate("ExchangeExportDialog", "公钥文件 (*.slkey);;所有文件 (*)"))
        if path:
            self.trust_file(Path(path))

    def trust_file(self, path: Path) -> bool:
        try:
            key = keys.read_key_file(path)
        except PackageError as exc:
            QMessageBox.warning(self, translate("ExchangeExportDialog", "无法导入公钥文件"), exc.message)
            return False
        answer = QMessageBox.question(
            self, translate("ExchangeExportDialog", "核对指纹"),
            translate("ExchangeExportDialog", "此后上报包发给：{name}\n\n对方公钥指纹：{fp}\n\n"
                                              "请打电话与对方核对这串数字，一致才导入。指纹一致吗？").format(
                name=key.name, fp=key.fingerprint))
        if answer != QMessageBox.Yes:
            return False
        try:
            keys.trust(key)
        except PackageError as exc:
            QMessageBox.warning(self, translate("ExchangeExportDialog", "无法导入公钥文件"), exc.message)
            return False
        self._show_upper()
        return True

    def start_export(self) -> None:
        text = self.path.text().strip()
        if not text:
            QMessageBox.warning(self, translate("ExchangeExportDialog", "请选择保存位置"),
                                translate("ExchangeExportDialog", "请先选择上报包的保存位置。"))
            return
        path = Path(text if text.lower().endswith(container.SUFFIX) else text + container.SUFFIX)
        if not confirm_overwrite(self, path):
            return
        full, with_files = self.everything.isChecked(), self.attachments.isChecked()
        self.buttons.setEnabled(False)

        def work(progress, cancel):
            return export.export_package(path, full=full, with_attachments=with_files, progress=progress,
                                         cancelled=cancel)

        self.job = run_job(self, translate("ExchangeExportDialog", "正在导出上报包…"), work, self._done, self._failed)

    def done(self, result: int) -> None:
        from station_app.ui.jobs import abandon

        abandon(self.job)
        self.job = None
        super().done(result)

    def _done(self, result) -> None:
        self.result = result
        self.buttons.setEnabled(True)
        QMessageBox.information(
            self, translate("ExchangeExportDialog", "导出完成"),
            translate("ExchangeExportDialog", "已导出第 {n} 号上报包：{path}\n"
                                              "记录 {rows} 行，删除 {gone} 行，附件文件 {files} 个。\n"
                                              "请将文件拷贝给 {upper}。").format(
                n=result.sequence, path=result.path, rows=result.total, gone=result.deleted, files=result.files,
                upper=result.recipient))
        self.accept()

    def _failed(self, exc, tb) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, container.Cancelled):
            QMessageBox.information(self, translate("ExchangeExportDialog", "已取消"),
                                    translate("ExchangeExportDialog", "已取消导出，没有生成上报包。"))
        elif isinstance(exc, PackageError):
            QMessageBox.warning(self, translate("ExchangeExportDialog", "导出失败"), exc.message)
        else:
            report_failure(self, translate("ExchangeExportDialog", "导出失败"), exc)
