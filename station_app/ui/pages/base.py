"""The interface every page of the main window implements; the window's menus call these."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page in the left navigation. Override what applies; the rest stays disabled in the menus."""

    key = ""  # e.g. "reception"
    title = ""  # e.g. "接待日"
    icon_name = ""  # file stem in resources/icons
    status_message = Signal(str)  # text for the main window's status bar
    open_record = Signal(str, int)  # ask the window to show record (kind key, id) on its page

    def refresh(self) -> None:
        """Re-read data (called when the page is shown and after changes elsewhere)."""

    def can(self, action: str) -> bool:
        """Whether *action* ("new", "find", "export", "print", "delete") applies to this page."""
        return False

    def new_record(self) -> None:
        pass

    def find(self) -> None:
        """Focus the page's filter box."""

    def export_shown(self) -> None:
        pass

    def print_current(self) -> None:
        pass

    def delete_selected(self) -> None:
        pass

    def show_record(self, kind: str, record_id: int) -> None:
        """Open the record (from search, dashboard or a link)."""
