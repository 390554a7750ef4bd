"""The tabs of the 设置 page, one module each, and what they share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from station_app.services import context
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.store.errors import DatabaseBusyError, DiskFullError, StoreError, known_error
from station_app.ui.i18n import translate

KNOWN_ERRORS = (ValidationError, PermissionDenied, StoreError, LookupError)


def can_admin() -> bool:
    return context.current().is_admin


def attempt(parent: QWidget, title: str, fn: Callable, *args, **kwargs):
    """Run *fn*; a known error becomes a message box (the input stays). Returns (ok, result)."""
    try:
        return True, fn(*args, **kwargs)
    except Exception as exc:
        if not is_known(exc):
            raise
        QMessageBox.warning(parent, title, message_of(exc))
        return False, None


def is_known(exc: Exception) -> bool:
    """A fault the user can act on: bad input, no right, a storage fault (disk full, database locked —
    recognised by SQLite's result code, see store/errors.known_error)."""
    return isinstance(exc, KNOWN_ERRORS) or known_error(exc) is not None


def message_of(exc: Exception) -> str:
    if not isinstance(exc, KNOWN_ERRORS):  # a storage fault below a save
        known = known_error(exc)
        why = (translate("Settings", "磁盘空间不足") if isinstance(known, DiskFullError)
               else translate("Settings", "数据库正被占用，请稍后再试") if isinstance(known, DatabaseBusyError)
               else (known.message if known else str(exc)).rstrip("。"))
        return translate("Settings", "保存失败：{why}。已填写的内容仍保留在窗口中。").format(why=why)
    text = getattr(exc, "message", None) or str(exc)
    return text.strip("'\"") if isinstance(exc, LookupError) else text


def read_only_note() -> QLabel:
    label = QLabel(translate("Settings", "只有管理员可以修改这些设置；当前账号只能查看。"))
    label.setProperty("role", "hint")
    label.setVisible(not can_admin())
    return label


def save_row(tab: QWidget, text: str) -> QHBoxLayout:
    """A tab's 「保存」 button (*text*, translated in the tab's context) with the note beside it that says what
    was saved; sets tab.save_button and tab.saved_note, and the button calls tab.save()."""
    tab.save_button = QPushButton(text)
    tab.save_button.clicked.connect(tab.save)
    tab.saved_note = QLabel()
    tab.saved_note.setProperty("role", "hint")
    row = QHBoxLayout()
    row.addWidget(tab.save_button)
    row.addWidget(tab.saved_note, 1)
    return row
