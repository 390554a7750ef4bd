"""The activity dialog (履职活动): members, people served, photos shown as thumbnails."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout

from station_app.services import attachments
from station_app.services.errors import ValidationError
from station_app.ui.dialogs.record_dialog import RecordDialog, edit_button, explain_failure
from station_app.ui.forms.ui_activity import Ui_ActivityForm
from station_app.ui.i18n import translate
from station_app.ui.widgets.photo_strip import PhotoStrip

PHOTO_FILTER = QT_TRANSLATE_NOOP("ActivityDialog", "照片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;所有文件 (*)")


class ActivityDialog(RecordDialog):
    kind_key = "activity"
    form_class = Ui_ActivityForm

    def setup_extra(self) -> None:
        self.pending_photos: list[Path] = []
        page = QGroupBox(translate("ActivityDialog", "活动照片"), self)
        self.photos = PhotoStrip(page)
        self.add_photo_button = edit_button(QPushButton(translate("ActivityDialog", "添加照片…"), page))
        self.add_photo_button.clicked.connect(self.choose_photos)
        self.remove_photo_button = edit_button(QPushButton(translate("ActivityDialog", "删除照片"), page))
        self.remove_photo_button.setToolTip(translate("ActivityDialog", "删除选中的照片（移入回收站）"))
        self.remove_photo_button.clicked.connect(self.remove_selected_photo)
        self.remove_photo_button.setEnabled(False)
        self.photos.itemSelectionChanged.connect(self._photo_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_photo_button)
        row.addWidget(self.remove_photo_button)
        row.addStretch(1)
        lay = QVBoxLayout(page)
        lay.addLayout(row)
        lay.addWidget(self.photos)
        self.ui.main_layout.insertWidget(1, page)
        self.show_photos()

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, translate("ActivityDialog", "选择活动照片"), "", translate("ActivityDialog", PHOTO_FILTER)
        )
        self.add_photos([Path(f) for f in files])

    def add_photos(self, paths: list[Path]) -> None:
        if self.record is None:
            known = {attachments.sha256_of(p) for p in self.pending_photos if p.is_file()}
            for p in paths:
                sha = attachments.sha256_of(p) if p.is_file() else None
                if sha is not None and sha in known:
                    QMessageBox.information(self, translate("ActivityDialog", "照片未添加"), translate(
                        "ActivityDialog", "“{name}”已经添加过，不再重复添加。").format(name=p.name))
                    continue
                known.add(sha)
                self.pending_photos.append(p)
        else:
            self._attach(self.record, paths)
        self.show_photos()

    def _attach(self, record, paths) -> bool:
        for p in paths:
            try:
                attachments.attach(record, p, caption=p.stem)
            except (ValidationError, OSError) as exc:
                QMessageBox.warning(
                    self,
                    translate("ActivityDialog", "照片未添加"),
                    f"{p.name}：{getattr(exc, 'message', None) or explain_failure(exc)}",
                )
                return False
        return True

    def show_photos(self) -> None:
        files = [(str(p), p, p.stem) for p in self.pending_photos]
        if self.record is not None:
            files = [
                (a.id, attachments.path_of(a), a.caption or a.filename) for a in attachments.list_for(self.record)
            ] + files
        self.photos.show_files(files)

    def _photo_selected(self) -> None:
        self.remove_photo_button.setEnabled(bool(self.photos.selectedItems()) and self.add_photo_button.isEnabled())

    def remove_selected_photo(self) -> bool:
        """删除照片: the chosen one, after asking; a saved one goes to the recycle bin (restorable)."""
        from PySide6.QtCore import Qt

        items = self.photos.selectedItems()
        if not items:
            return False
        item = items[0]
        answer = QMessageBox.question(
            self, translate("ActivityDialog", "删除照片"),
            translate("ActivityDialog", "确定删除照片“{name}”吗？（可在回收站恢复）").format(name=item.text()),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return False
        key = item.data(Qt.UserRole + 1)
        if isinstance(key, int):
            att = attachments.get(key)
            if att is not None:
                try:
                    attachments.remove(att)
                except Exception as exc:  # noqa: BLE001  (a failed write is shown)
                    QMessageBox.critical(self, translate("ActivityDialog", "删除失败"),
                                         getattr(exc, "message", None) or explain_failure(exc))
                    return False
        else:
            self.pending_photos = [p for p in self.pending_photos if str(p) != key]
        self.show_photos()
        self._photo_selected()
        return True

    def extra_snapshot(self) -> tuple:
        return (len(self.pending_photos),)

    def persist(self, values, member_ids):
        saved = super().persist(values, member_ids)
        if self.pending_photos and self._attach(saved, self.pending_photos):
            self.pending_photos = []
        return saved
