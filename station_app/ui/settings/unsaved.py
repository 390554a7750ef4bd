"""Unsaved edits on the 设置 tabs: each editable tab knows them; leaving the tab or page asks 保存 / 放弃 / 取消."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from station_app.ui.i18n import translate

SAVED, DISCARDED, CANCELLED = "saved", "discarded", "cancelled"


class UnsavedEdits:
    """Mixin for a settings tab whose inputs can hold edits not yet saved.

    A tab implements `snapshot()` (its inputs as a tuple) and `reload()` (re-read from the database, which
    overwrites the inputs). `refresh()` keeps unsaved input; `discard_unsaved()` throws it away.
    """

    _clean: tuple | None = None

    def snapshot(self) -> tuple:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def mark_clean(self) -> None:
        self._clean = self.snapshot()

    def has_unsaved(self) -> bool:
        return self._clean is not None and self.snapshot() != self._clean

    def refresh(self) -> None:
        if not self.has_unsaved():
            self.reload()

    def save_unsaved(self) -> bool:
        """Save what is typed; False (the input stays, the reason shown) when it cannot be saved."""
        return bool(self.save())

    def discard_unsaved(self) -> None:
        self._clean = None
        self.reload()


def ask_unsaved(tab: QWidget) -> str:
    """Ask what to do with the tab's unsaved edits; SAVED / DISCARDED / CANCELLED (also when saving failed)."""
    if not tab.has_unsaved():
        return DISCARDED
    box = QMessageBox(QMessageBox.Question, translate("SettingsUnsaved", "尚未保存"),
                      translate("SettingsUnsaved", "“{tab}”有尚未保存的修改。保存这些修改吗？").format(
                          tab=translate("SettingsPage", tab.title)), parent=tab.window())
    save = box.addButton(translate("SettingsUnsaved", "保存"), QMessageBox.AcceptRole)
    discard = box.addButton(translate("SettingsUnsaved", "放弃"), QMessageBox.DestructiveRole)
    cancel = box.addButton(translate("SettingsUnsaved", "取消"), QMessageBox.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SAVED if tab.save_unsaved() else CANCELLED
    if clicked is discard:
        tab.discard_unsaved()
        return DISCARDED
    return CANCELLED


class UnsavedGuard(QObject):
    """Watches one tab: when it is hidden (another tab or page chosen) or the window closes, asks first.

    Cancel (or a save that fails) brings the tab — and its page — back with the input as typed.
    """

    def __init__(self, tab: QWidget):
        super().__init__(tab)
        self.tab = tab
        self.window: QWidget | None = None
        tab.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.tab and kind == QEvent.Show:
            self._watch_window()
        elif watched is self.tab and kind == QEvent.Hide and not event.spontaneous():
            if self.tab.window().isVisible() and self.tab.has_unsaved():
                QTimer.singleShot(0, self._left)
        elif watched is self.window and kind == QEvent.Close and self._closing_cancelled():
            event.ignore()
            return True
        return False

    def _closing_cancelled(self) -> bool:
        return self.tab.isVisible() and self.tab.has_unsaved() and ask_unsaved(self.tab) == CANCELLED

    def _watch_window(self) -> None:
        """Closing the main window with unsaved edits asks too (a page shown on its own is not watched)."""
        window = self.tab.window()
        if hasattr(window, "show_page") and window is not self.window:
            if self.window is not None:
                self.window.removeEventFilter(self)
            self.window = window
            window.installEventFilter(self)

    def _left(self) -> None:
        if self.tab.isVisible() or not self.tab.has_unsaved():
            return
        if ask_unsaved(self.tab) == CANCELLED:
            self.come_back()

    def come_back(self) -> None:
        """Show the tab again (in its tab widget, and its page in the main window) without reloading it."""
        holder = self.tab.parentWidget()
        while holder is not None and not isinstance(holder, QTabWidget):
            holder = holder.parentWidget()
        if holder is not None:
            holder.blockSignals(True)
            holder.setCurrentWidget(self.tab)
            holder.blockSignals(False)
        page = holder.parentWidget() if holder is not None else None
        while page is not None and not getattr(page, "key", ""):
            page = page.parentWidget()
        window = self.tab.window()
        if page is not None and not self.tab.isVisible() and hasattr(window, "show_page"):
            window.show_page(page.key)
