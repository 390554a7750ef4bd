"""A month grid of the duty roster: members per half-day, click a slot to act on it."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from station_app.store.choices import WEEKDAY_NAMES
from station_app.ui.i18n import tr_field, translate, year_month

# One style sheet for the whole grid; cells and slot buttons only change a property (re-styling each
# widget with its own sheet on every month shown took ~90 ms on a full month).
STYLE = """
DayCell { background: white; }
DayCell[tone="outside"] { background: #fafafa; }
DayCell[tone="rest"] { background: #fff4e5; }
DayCell[tone="today"] { background: #fffbe0; }
DayCell[tone="weekend"] { background: #f4f6f8; }
QToolButton[slot="true"] { text-align: left; padding: 1px; }
QToolButton[state="planned"] { background: #e8f1fb; }
QToolButton[state="done"] { background: #e3f4e6; }
QToolButton[state="cancelled"] { background: #eeeeee; color: #888; }
QToolButton[slot="true"]:checked { border: 2px solid #1f6fb2; }
"""
STATE_KEYS = {"计划": "planned", "已完成": "done", "取消": "cancelled"}
HALF_ORDER = ("上午", "下午", "全天")
# the half-day on a slot button, short so the members' names fit the cell (AM / PM in English)
HALF_SHORT = {"上午": QT_TRANSLATE_NOOP("MonthCalendar", "上午"), "下午": QT_TRANSLATE_NOOP("MonthCalendar", "下午"),
              "全天": QT_TRANSLATE_NOOP("MonthCalendar", "全天")}


def _restyle(widget: QWidget, name: str, value: str) -> None:
    """Set a style property, re-polishing the widget only when the value changes."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def workday_note() -> str:
    """The note on a weekend day that is a working day (调休), in the interface language."""
    return translate("MonthCalendar", "上班")


class DayCell(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(110, 74)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(3, 2, 3, 2)
        self.lay.setSpacing(2)
        self.title = QLabel(self)
        self.lay.addWidget(self.title)
        self.lay.addStretch(1)
        self.slot_buttons: list[QToolButton] = []  # kept and reused from month to month

    def button(self, n: int) -> QToolButton:
        """The cell's *n*-th slot button, made on first need."""
        while len(self.slot_buttons) <= n:
            b = QToolButton(self)
            b.setCheckable(True)
            b.setAutoRaise(True)
            b.setToolButtonStyle(Qt.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
            b.setProperty("slot", "true")
            self.lay.insertWidget(self.lay.count() - 1, b)
            self.slot_buttons.append(b)
        return self.slot_buttons[n]


class MonthCalendar(QWidget):
    """`set_month(year, month, rows, holidays)`; rows are listing dicts of duty slots (date, half, members, state)."""

    slot_selected = Signal(int)
    month_changed = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self.buttons: dict[int, QToolButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.slot_selected)
        head = QHBoxLayout()
        self.prev_button = QPushButton(translate("MonthCalendar", "‹ 上月"), self)
        self.next_button = QPushButton(translate("MonthCalendar", "下月 ›"), self)
        self.today_button = QPushButton(translate("MonthCalendar", "本月"), self)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        head.addWidget(self.prev_button)
        head.addWidget(self.today_button)
        head.addWidget(self.next_button)
        head.addSpacing(16)
        head.addWidget(self.title)
        head.addStretch(1)
        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.today_button.clicked.connect(lambda: self.go(0))
        self.grid = QGridLayout()
        self.grid.setSpacing(2)
        for i, name in enumerate(WEEKDAY_NAMES):
            lab = QLabel(tr_field(name), self)
            lab.setAlignment(Qt.AlignCenter)
            self.grid.addWidget(lab, 0, i)
        self.cells = []
        for r in range(6):
            for c in range(7):
                cell = DayCell(self)
                self.grid.addWidget(cell, r + 1, c)
                self.cells.append(cell)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addLayout(self.grid, 1)

    def go(self, delta: int) -> None:
        if delta == 0:
            today = dt.date.today()
            y, m = today.year, today.month
        else:
            m0 = self.year * 12 + self.month - 1 + delta
            y, m = divmod(m0, 12)
            m += 1
        self.year, self.month = y, m
        self.month_changed.emit(y, m)

    def month_range(self) -> tuple[dt.date, dt.date]:
        last = calendar.monthrange(self.year, self.month)[1]
        return dt.date(self.year, self.month, 1), dt.date(self.year, self.month, last)

    def set_month(self, year: int, month: int, rows: list[dict], rest_days: dict[dt.date, str] | None = None) -> None:
        self.year, self.month = year, month
        self.title.setText(year_month(year, month))
        self.group.setExclusive(False)
        for b in self.buttons.values():
            b.setChecked(False)
            self.group.removeButton(b)
        self.group.setExclusive(True)
        self.buttons.clear()
        by_day: dict[dt.date, list[dict]] = {}
        for row in rows:
            by_day.setdefault(row["date"], []).append(row)
        rest_days = rest_days or {}
        first_col = dt.date(year, month, 1).weekday()
        days = calendar.monthrange(year, month)[1]
        today = dt.date.today()
        for i, cell in enumerate(self.cells):
            n = i - first_col + 1
            slots = []
            if not 1 <= n <= days:
                cell.title.setText("")
                _restyle(cell, "tone", "outside")
            else:
                d = dt.date(year, month, n)
                note = rest_days.get(d, "")
                cell.title.setText(f"{n}" + (f"  {note}" if note else ""))
                weekend = d.weekday() >= 5 and "上班" not in note and workday_note() not in note
                tone = "rest" if note else ("today" if d == today else ("weekend" if weekend else "plain"))
                _restyle(cell, "tone", tone)
                slots = sorted(by_day.get(d, ()), key=lambda r: HALF_ORDER.index(r["half"])
                               if r["half"] in HALF_ORDER else 9)
            for k, row in enumerate(slots):
                b = cell.button(k)
                half = tr_field(row["half"])
                short = translate("MonthCalendar", HALF_SHORT[row["half"]]) if row["half"] in HALF_SHORT else half
                b.setText(f"{short} {row.get('members') or translate('MonthCalendar', '（未排）')}")
                b.setToolTip(translate("MonthCalendar", "{date} {half} {location}\n值班委员：{members}\n状态：{state}").format(
                    date=f"{d:%Y-%m-%d}", half=half, location=row.get("location", ""),
                    members=row.get("members") or translate("MonthCalendar", "无"), state=tr_field(row.get("state", ""))))
                _restyle(b, "state", STATE_KEYS.get(row.get("state", ""), "other"))
                b.setVisible(True)
                self.group.addButton(b, row["id"])
                self.buttons[row["id"]] = b
            for b in cell.slot_buttons[len(slots):]:
                b.setVisible(False)
        six_rows = first_col + days > 35
        for cell in self.cells[35:]:
            cell.setVisible(six_rows)

    def select(self, slot_id: int) -> None:
        b = self.buttons.get(slot_id)
        if b:
            b.setChecked(True)
            self.slot_selected.emit(slot_id)

    def selected_slot(self) -> int | None:
        sid = self.group.checkedId()
        return sid if sid > 0 else None
