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
        row = QHBoxLayout()
        row.addWidget(self.add_photo_button)
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
            self.pending_photos.extend(paths)
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

    def extra_snapshot(self) -> tuple:
        return (len(self.pending_photos),)

    def persist(self, values, member_ids):
        saved = super().persist(values, member_ids)
        if self.pending_photos and self._attach(saved, self.pending_photos):
            self.pending_photos = []
        return saved
