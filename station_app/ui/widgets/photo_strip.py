"""A strip of photo thumbnails of a record's attachments, with add and open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

THUMB = QSize(120, 90)


def thumbnail(path: Path, size: QSize = THUMB) -> QPixmap:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if reader.size().isValid():
        reader.setScaledSize(reader.size().scaled(size, Qt.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return QPixmap()
    return QPixmap.fromImage(image)


class PhotoStrip(QListWidget):
    """`show_files([(key, path, caption)])`; double-click opens the file with the system viewer."""

    opened = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setViewMode(QListView.IconMode)
        self.setFlow(QListView.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(THUMB)
        self.setGridSize(QSize(THUMB.width() + 16, THUMB.height() + 30))
        self.setFixedHeight(THUMB.height() + 44)
        self.setMovement(QListView.Static)
        self.setResizeMode(QListView.Adjust)
        self.itemDoubleClicked.connect(self._open)

    def show_files(self, files) -> None:
        self.clear()
        for key, path, caption in files:
            path = Path(path)
            item = QListWidgetItem(caption or path.name, self)
            pix = thumbnail(path)  # the format is read from the content (stored files have no suffix)
            if not pix.isNull():
                item.setIcon(QIcon(pix))
            item.setData(Qt.UserRole, str(path))
            item.setData(Qt.UserRole + 1, key)
            item.setToolTip(str(caption or path.name))

    def thumbnails_shown(self) -> int:
        return sum(1 for i in range(self.count()) if not self.item(i).icon().isNull())

    def _open(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.UserRole)
        self.opened.emit(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
