"""A date edit that shows yyyy-MM-dd, pops up a calendar, defaults to today and may be left empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Property, QDate
from PySide6.QtWidgets import QDateEdit

from station_app.ui.i18n import translate

EMPTY = QDate(1900, 1, 1)


class DateEdit(QDateEdit):
    """`value()` gives a datetime.date or None; an optional edit shows "未填" for no date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._optional = False
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(EMPTY)
        self.setDate(QDate.currentDate())

    def _get_optional(self) -> bool:
        return self._optional

    def _set_optional(self, optional: bool) -> None:
        self._optional = bool(optional)
        self.setSpecialValueText(translate("DateEdit", "未填") if optional else "")
        if optional:
            self.setDate(EMPTY)

    optional = Property(bool, _get_optional, _set_optional)
    setOptional = _set_optional  # what pyside6-uic calls

    def value(self) -> dt.date | None:
        d = self.date()
        if self._optional and d == EMPTY:
            return None
        return dt.date(d.year(), d.month(), d.day())

    def setValue(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(EMPTY if self._optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        self.setValue(None)
