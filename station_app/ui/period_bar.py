"""A period chooser: 本月 / 本季度 / 本年 / 上一年 buttons and two date boxes; emits (start, end)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from station_app.ui.i18n import translate


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def quarter_of(d: dt.date) -> tuple[dt.date, dt.date]:
    first = 3 * ((d.month - 1) // 3) + 1
    end = dt.date(d.year + (first + 3 > 12), (first + 2) % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(d.year, first, 1), end


def month_of(d: dt.date) -> tuple[dt.date, dt.date]:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return dt.date(d.year, d.month, 1), nxt - dt.timedelta(days=1)


class PeriodBar(QWidget):
    changed = Signal(object, object)  # start, end (datetime.date)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("PeriodBar", "统计期间：")))
        self.start_edit, self.end_edit = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumWidth(130)
        layout.addWidget(self.start_edit)
        layout.addWidget(QLabel(translate("PeriodBar", "至")))
        layout.addWidget(self.end_edit)
        self.apply_button = QPushButton(translate("PeriodBar", "统计"))
        self.apply_button.clicked.connect(self._emit)
        layout.addWidget(self.apply_button)
        y = self.today.year
        presets = ((translate("PeriodBar", "本月"), month_of(self.today)),
                   (translate("PeriodBar", "本季度"), quarter_of(self.today)),
                   (translate("PeriodBar", "本年"), (dt.date(y, 1, 1), dt.date(y, 12, 31))),
                   (translate("PeriodBar", "上一年"), (dt.date(y - 1, 1, 1), dt.date(y - 1, 12, 31))))
        for label, (start, end) in presets:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=start, e=end: self.set_period(s, e))
            layout.addWidget(button)
        layout.addStretch(1)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        self.set_period(dt.date(y, 1, 1), dt.date(y, 12, 31), emit=False)

    def period(self) -> tuple[dt.date, dt.date]:
        return to_date(self.start_edit.date()), to_date(self.end_edit.date())

    def set_period(self, start: dt.date, end: dt.date, emit: bool = True) -> None:
        self.start_edit.setDate(to_qdate(start))
        self.end_edit.setDate(to_qdate(end))
        if emit:
            self._emit()

    def _emit(self) -> None:
        start, end = self.period()
        if end < start:
            self.error.setText(translate("PeriodBar", "截止日期早于起始日期"))
            return
        self.error.clear()
        self.changed.emit(start, end)
