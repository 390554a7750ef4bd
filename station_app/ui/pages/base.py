"""The interface every page of the main window implements; the window's menus call these.

A page declares in `shows` the kinds of data it shows (services.changes keys). A change notice that
touches one of them marks the page stale: re-read at once when it is visible, else when it is next shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from station_app.services.changes import Change
from station_app.ui.change_bridge import bridge

# what the figures of the station and of each member are counted from (首页, 统计, 委员's year panel)
FIGURE_KINDS = frozenset({
    "member", "duty_slot", "reception_day", "visit", "dispute", "activity", "topic", "opinion", "proposal",
    "referral", "quota", "point_rule", "station",
})


class Page(QWidget):
    """A page in the left navigation. Override what applies; the rest stays disabled in the menus."""

    key = ""  # e.g. "reception"
    title = ""  # e.g. "接待日"
    icon_name = ""  # file stem in resources/icons
    status_message = Signal(str)  # text for the main window's status bar
    open_record = Signal(str, int)  # ask the window to show record (kind key, id) on its page
    # the kinds whose changes this page shows (records, their children, lookups …); None: every change
    shows: frozenset[str] | None = frozenset()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.stale = True  # nothing read yet: read when first shown
        self._refreshing = False
        self._read_on: dt.date | None = None
        bridge().changed.connect(self._changed)

    def refresh(self) -> None:
        """Re-read data (through `refresh_now`: when the page is shown stale, after a change it shows, F5)."""

    def refresh_now(self) -> None:
        """Re-read now; the page is no longer stale. Changes the refresh itself makes are not re-read."""
        if self._refreshing:
            return
        self._refreshing = True
        try:
            self.refresh()
        finally:
            self._refreshing = False
        self.stale = False
        self._read_on = dt.date.today()

    def _changed(self, change: Change) -> None:
        if self._refreshing or not change.touches(self.shows):
            return
        self.stale = True
        if self.isVisible():
            self.refresh_now()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale or self._read_on != dt.date.today():  # a new day: due dates and "today" move on
            self.refresh_now()

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
