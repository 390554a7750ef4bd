"""A path box with 浏览…, and the file choosers behind it: each opens in the folder its dialog last used
(window settings "output/<key>/folder"); the save chooser leaves the overwrite question to the caller."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from station_app.ui.i18n import translate
from station_app.ui.widgets.column_layout import settings_of

FOLDER_KEY = "output/{key}/folder"  # QSettings: the folder a dialog last wrote to or read from


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home()))


def last_folder(widget: QWidget | None, key: str) -> Path | None:
    """The folder the dialog *key* last used (window settings of *widget*'s window), if still there."""
    settings = settings_of(widget) if widget is not None else None
    text = settings.value(FOLDER_KEY.format(key=key), "", str) if settings is not None else ""
    return Path(text) if text and Path(text).is_dir() else None


def remember_folder(widget: QWidget | None, key: str, path: Path) -> None:
    settings: QSettings | None = settings_of(widget) if widget is not None else None
    if settings is not None and str(path.parent) not in ("", "."):
        settings.setValue(FOLDER_KEY.format(key=key), str(path.parent))


def with_suffix(text: str, suffix: str) -> str:
    """*text* ending in *suffix* (".xlsx"), whatever the case the user typed it in."""
    return text if not suffix or text.lower().endswith(suffix) else text + suffix


def choose_save_path(parent: QWidget, key: str, caption: str, current: str, file_filter: str, suffix: str) -> str:
    """The save-file chooser, opened in the folder *key* last used; the overwrite question comes later
    (confirm_overwrite), once, in the app's own words. '' when the user cancels."""
    start = current
    folder = last_folder(parent, key)
    if folder is not None:
        start = str(folder / (Path(current).name if current else ""))
    path, _ = QFileDialog.getSaveFileName(parent, caption, start, file_filter,
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if path:
        path = with_suffix(path, suffix)
        remember_folder(parent, key, Path(path))
    return path


def choose_open_path(parent: QWidget, key: str, caption: str, current: str, file_filter: str) -> str:
    """The open-file chooser, opened at *current* or in the folder *key* last used; '' when cancelled."""
    folder = last_folder(parent, key)
    start = current or (str(folder) if folder else "")
    path, _ = QFileDialog.getOpenFileName(parent, caption, start, file_filter)
    if path:
        remember_folder(parent, key, Path(path))
    return path


class PathField(QWidget):
    """A path line edit with 浏览…: a file to write (mode "save") or to read (mode "open")."""

    def __init__(self, key: str, *, caption: str, file_filter: str, suffix: str, mode: str = "save",
                 name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.caption, self.file_filter, self.suffix, self.mode = key, caption, file_filter, suffix, mode
        self.edit = QLineEdit()
        self.browse = QPushButton(translate("PathField", "浏览…"))
        self.browse.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        if name:
            self.set_name(name)

    def folder(self) -> Path:
        """Where a new name goes: the folder typed, else the one last used, else 文档."""
        text = self.edit.text().strip()
        if text:
            return Path(text).parent
        return last_folder(self, self.key) or documents_folder()

    def set_name(self, name: str) -> None:
        """Put *name* in the folder shown (or the default folder when the box is empty)."""
        self.edit.setText(str(self.folder() / name))

    def path(self) -> Path | None:
        """The path typed or chosen, with the suffix added; None when the box is empty."""
        text = self.edit.text().strip()
        return Path(with_suffix(text, self.suffix)) if text else None

    def choose(self) -> None:
        if self.mode == "save":
            path = choose_save_path(self, self.key, self.caption, self.edit.text(), self.file_filter, self.suffix)
        else:
            path = choose_open_path(self, self.key, self.caption, self.edit.text(), self.file_filter)
        if path:
            self.edit.setText(path)

    def remember(self) -> None:
        """The job went through: the next dialog of this kind starts in this folder."""
        path = self.path()
        if path is not None:
            remember_folder(self, self.key, path)
