"""A month grid of the duty roster: members per half-day, click a slot to act on it."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from station_app.store.choices import WEEKDAY_NAMES
from station_app.ui import theme
from station_app.ui.i18n import tr_field, translate, year_month

# One style sheet for the whole grid; cells and slot buttons only change a property (re-styling each
# widget with its own sheet on every month shown took ~90 ms on a full month). Colours from the palette
# (theme.colours), so day numbers and weekday names read under a dark or high-contrast palette too.
STYLE = """
DayCell {{ background: {base}; }}
DayCell QLabel, DayCell QToolButton {{ color: {text}; }}
DayCell[tone="outside"] {{ background: {outside}; }}
DayCell[tone="rest"] {{ background: {rest}; }}
DayCell[tone="today"] {{ background: {today_cell}; }}
DayCell[tone="weekend"] {{ background: {weekend}; }}
QLabel#weekday {{ color: {window_text}; font-weight: bold; }}
QToolButton[slot="true"] {{ text-align: left; padding: 1px; }}
QToolButton[state="planned"] {{ background: {planned}; }}
QToolButton[state="done"] {{ background: {done}; }}
QToolButton[state="cancelled"] {{ background: {cancelled}; color: {cancelled_text}; }}
QToolButton[slot="true"]:checked {{ border: 2px solid {checked}; }}
"""


def calendar_style() -> str:
    return STYLE.format(**theme.colours())


STATE_KEYS = {"计划": "planned", "已完成": "done", "取消": "cancelled"}
HALF_ORDER = ("上午", "下午", "全天")
MAX_SHOWN = 4  # slot buttons a day cell holds; a county's many stations go into the "另有 N 次" menu
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
        self.more = QToolButton(self)  # "另有 N 次…": the slots that do not fit, in a menu
        self.more.setAutoRaise(True)
        self.more.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.more.setVisible(False)
        self.lay.addWidget(self.more)
        self.lay.addStretch(1)
        self.slot_buttons: list[QToolButton] = []  # kept and reused from month to month
        self.hidden_rows: list[dict] = []

    def button(self, n: int) -> QToolButton:
        """The cell's *n*-th slot button, made on first need."""
        while len(self.slot_buttons) <= n:
            b = QToolButton(self)
            b.setCheckable(True)
            b.setAutoRaise(True)
            b.setToolButtonStyle(Qt.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
            b.setProperty("slot", "true")
            self.lay.insertWidget(1 + len(self.slot_buttons), b)
            self.slot_buttons.append(b)
        return self.slot_buttons[n]


class MonthCalendar(QWidget):
    """`set_month(year, month, rows, holidays)`; rows are listing dicts of duty slots (date, half, members, state)."""

    slot_selected = Signal(int)
    month_changed = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setStyleSheet(calendar_style())
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self.buttons: dict[int, QToolButton] = {}
        self.slot_ids: set[int] = set()  # every slot of the month shown, with a button or in a cell's menu
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
            lab = QLabel(tr_field(name), self, objectName="weekday")
            lab.setAlignment(Qt.AlignCenter)
            self.grid.addWidget(lab, 0, i)
        self.cells = []
        for r in range(6):
            for c in range(7):
                cell = DayCell(self)
                cell.more.clicked.connect(lambda _=False, c=cell: self._more_menu(c))
                self.grid.addWidget(cell, r + 1, c)
                self.cells.append(cell)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addLayout(self.grid, 1)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.PaletteChange and self.styleSheet() != calendar_style():
            self.setStyleSheet(calendar_style())
        super().changeEvent(event)

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
        self.slot_ids = {row["id"] for row in rows}
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
            shown = slots if len(slots) <= MAX_SHOWN else slots[:MAX_SHOWN - 1]
            cell.hidden_rows = slots[len(shown):]
            cell.more.setVisible(bool(cell.hidden_rows))
            if cell.hidden_rows:
                cell.more.setText(translate("MonthCalendar", "另有 {n} 次…").format(n=len(cell.hidden_rows)))
            for k, row in enumerate(shown):
                b = cell.button(k)
                half = tr_field(row["half"])
                short = translate("MonthCalendar", HALF_SHORT[row["half"]]) if row["half"] in HALF_SHORT else half
                b.setText(f"{short} {row.get('members') or translate('MonthCalendar', '（未排）')}")
                b.setToolTip(translate("MonthCalendar", "{date} {half} {location}\n值班委员：{members}\n状态：{state}")
                             .format(date=f"{d:%Y-%m-%d}", half=half, location=row.get("location", ""),
                                     members=row.get("members") or translate("MonthCalendar", "无"),
                                     state=tr_field(row.get("state", ""))))
                _restyle(b, "state", STATE_KEYS.get(row.get("state", ""), "other"))
                b.setVisible(True)
                self.group.addButton(b, row["id"])
                self.buttons[row["id"]] = b
            for b in cell.slot_buttons[len(shown):]:
                b.setVisible(False)
        six_rows = first_col + days > 35
        for cell in self.cells[35:]:
            cell.setVisible(six_rows)

    def select(self, slot_id: int) -> None:
        """Check the slot's button (a slot in a "另有 N 次" menu has none) and show the slot."""
        b = self.buttons.get(slot_id)
        if b:
            b.setChecked(True)
        elif self.group.checkedButton() is not None:
            self.group.setExclusive(False)
            self.group.checkedButton().setChecked(False)
            self.group.setExclusive(True)
        if b or slot_id in self.slot_ids:
            self.slot_selected.emit(slot_id)

    def _more_menu(self, cell: DayCell) -> None:
        """The day's slots that did not fit, to pick one."""
        menu = QMenu(cell.more)
        for row in cell.hidden_rows:
            half = tr_field(row["half"])
            text = f"{half} {row.get('location', '')}：{row.get('members') or translate('MonthCalendar', '（未排）')}"
            menu.addAction(text, lambda sid=row["id"]: self.select(sid))
        menu.exec(cell.more.mapToGlobal(cell.more.rect().bottomLeft()))

    def selected_slot(self) -> int | None:
        sid = self.group.checkedId()
        return sid if sid > 0 else None
