"""The filter bar over a list: period, category, status, member, free text (debounced)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QToolButton, QWidget

from station_app.services import listing
from station_app.ui import theme
from station_app.ui.i18n import tr_field, translate
from station_app.ui.widgets.date_edit import DateEdit
from station_app.ui.widgets.flow_layout import FlowLayout
from station_app.ui.widgets.member_picker import MemberPicker
from station_app.ui.widgets.station_combo import StationCombo

# period names (the combo's data; its text is the name in the interface language)
PERIODS = (QT_TRANSLATE_NOOP("FilterBar", "全部时间"), QT_TRANSLATE_NOOP("FilterBar", "本月"),
           QT_TRANSLATE_NOOP("FilterBar", "上月"), QT_TRANSLATE_NOOP("FilterBar", "本季度"),
           QT_TRANSLATE_NOOP("FilterBar", "本年"), QT_TRANSLATE_NOOP("FilterBar", "去年"),
           QT_TRANSLATE_NOOP("FilterBar", "自定义"))


def period_range(name: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """(start, end) of a named period around *today*; (None, None) for all time."""
    first = today.replace(day=1)
    if name == "本月":
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return first, nxt - dt.timedelta(days=1)
    if name == "上月":
        end = first - dt.timedelta(days=1)
        return end.replace(day=1), end
    if name == "本季度":
        q = (today.month - 1) // 3 * 3 + 1
        start = dt.date(today.year, q, 1)
        nxt = dt.date(today.year + (q == 10), 1 if q == 10 else q + 3, 1)
        return start, nxt - dt.timedelta(days=1)
    if name == "本年":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if name == "去年":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None, None


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, key: str, parent=None, *, category_label: str = "", status_label: str = ""):
        super().__init__(parent)
        self.key = key
        self.spec = listing.spec(key)
        lay = FlowLayout(self)  # one row where it fits, more at large type or in English
        lay.setContentsMargins(0, 0, 0, 0)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.changed)

        self.station = StationCombo(self)  # shown only when the database holds several stations
        lay.addWidget(self.station)
        self.station.currentIndexChanged.connect(self.changed)

        self.period = QComboBox(self)
        for name in PERIODS:
            self.period.addItem(translate("FilterBar", name), name)
        self.start, self.end = DateEdit(self), DateEdit(self)
        today = dt.date.today()
        self.start.setValue(today.replace(month=1, day=1))
        self.start.setVisible(False)
        self.end.setVisible(False)
        if self.spec.date_field:
            lay.addWidget(QLabel(translate("FilterBar", "期间"), self))
            lay.addWidget(self.period)
            lay.addWidget(self.start)
            lay.addWidget(self.end)
        else:
            self.period.hide()
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed(self.period.currentData()))
        self.start.dateChanged.connect(self.changed)
        self.end.dateChanged.connect(self.changed)

        self.category = QComboBox(self)
        self.category.addItem(translate("FilterBar", "全部{label}").format(
            label=category_label or translate("FilterBar", "类别")), "")
        for c in listing.categories(key):
            self.category.addItem(tr_field(listing.category_text(key, c)), c)
        if self.category.count() > 1:
            lay.addWidget(self.category)
        else:
            self.category.hide()
        self.category.currentIndexChanged.connect(self.changed)

        self.status = QComboBox(self)
        self.status.addItem(translate("FilterBar", "全部{label}").format(
            label=status_label or translate("FilterBar", "状态")), "")
        for s in listing.statuses(key):
            self.status.addItem(tr_field(s), s)  # fixed states: shown translated, filtered by the Chinese value
        if self.status.count() > 1:
            lay.addWidget(self.status)
        else:
            self.status.hide()
        self.status.currentIndexChanged.connect(self.changed)

        self.member = MemberPicker(self)
        self.member.single = True
        self.member.edit.setPlaceholderText(translate("FilterBar", "委员"))
        self.member.edit.setMinimumWidth(self.member.edit.fontMetrics().horizontalAdvance(
            self.member.edit.placeholderText()) + 16)
        self.member.setMaximumWidth(max(150, self.member.button.sizeHint().width() + 100))  # room for the name
        if key in listing.MEMBER_FILTERABLE:
            lay.addWidget(self.member)
        else:
            self.member.hide()
        self.member.changed.connect(self._timer.start)

        self.text = QLineEdit(self)
        self.text.setPlaceholderText(translate("FilterBar", "搜索（Ctrl+F）"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(100)
        self.text.textChanged.connect(self._timer.start)
        lay.addWidget(self.text, 1)
        self.reset_button = QToolButton(self)
        self.reset_button.setText(translate("FilterBar", "清除条件"))
        self.reset_button.clicked.connect(self.reset)
        lay.addWidget(self.reset_button)
        self.extra_team: QComboBox | None = None
        self.extra_department: QComboBox | None = None
        self.extra_overdue: QCheckBox | None = None
        self.extra_choices: dict[str, QComboBox] = {}  # Filter field -> its drop-down (重点, 承办单位 …)
        self._let_combos_shrink()

    def add_department_filter(self, names: list[str]) -> None:
        """督办 list: a 承办单位 drop-down and an 「只看逾期」 box."""
        self.extra_department = QComboBox(self)
        self.extra_department.addItem(translate("FilterBar", "全部承办单位"), "")
        for name in names:
            self.extra_department.addItem(name, name)
        self.extra_department.currentIndexChanged.connect(self.changed)
        self.extra_overdue = QCheckBox(translate("FilterBar", "只看逾期"), self)
        self.extra_overdue.toggled.connect(self.changed)
        at = self.layout().indexOf(self.text)
        self.layout().insertWidget(at, self.extra_department)
        self.layout().insertWidget(at + 1, self.extra_overdue)
        self._let_combos_shrink()  # before the page is shown: a window grown once never shrinks back

    def set_department(self, name: str) -> None:
        if self.extra_department is not None:
            self.extra_department.setCurrentIndex(max(self.extra_department.findData(name), 0))

    def set_overdue(self, on: bool) -> None:
        if self.extra_overdue is not None:
            self.extra_overdue.setChecked(on)

    def add_team_filter(self, teams: list[tuple[int, str]]) -> None:
        """Member list only: a work-team drop-down."""
        self.extra_team = QComboBox(self)
        self.extra_team.addItem(translate("FilterBar", "全部专班"), None)
        for tid, name in teams:
            self.extra_team.addItem(name, tid)
        self.layout().insertWidget(1, self.extra_team)
        self._let_combos_shrink()  # before the page is shown: a window grown once never shrinks back
        self.extra_team.currentIndexChanged.connect(self.changed)

    def add_choice_filter(self, name: str, all_text: str, items: list[tuple[str, str]]) -> QComboBox:
        """A drop-down for Filter field *name*: (value, shown text) items after 「*all_text*」 (any)."""
        combo = QComboBox(self)
        combo.setObjectName(f"filter_{name}")
        combo.addItem(all_text, "")
        for value, text in items:
            combo.addItem(text, value)
        self.layout().insertWidget(self.layout().indexOf(self.member), combo)
        self._let_combos_shrink()  # before the page is shown: a window grown once never shrinks back
        combo.currentIndexChanged.connect(self.changed)
        self.extra_choices[name] = combo
        return combo

    def _period_changed(self, name: str) -> None:
        custom = name == "自定义"
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self.changed.emit()

    def filter(self) -> listing.Filter:
        name = self.period.currentData()
        if name == "自定义":
            start, end = self.start.value(), self.end.value()
        else:
            start, end = period_range(name, dt.date.today())
        try:
            member_id = self.member.member_id()
            self.member.edit.setStyleSheet("")
        except ValueError:
            member_id = -1  # an unknown name matches nothing rather than everything
            self.member.edit.setStyleSheet(theme.recolour("background: #fde2e2;"))
        return listing.Filter(
            start=start, end=end, category=self.category.currentData() or "",
            status=self.status.currentData() or "", member_id=member_id, text=self.text.text().strip(),
            team_id=self.extra_team.currentData() if self.extra_team else None,
            department=self.extra_department.currentData() or "" if self.extra_department else "",
            overdue=bool(self.extra_overdue and self.extra_overdue.isChecked()),
            station=self.station.station_id(),
            **{name: combo.currentData() or "" for name, combo in self.extra_choices.items()},
        )

    def set_period(self, name: str) -> None:
        """Choose the period by its Chinese name (本月, 自定义 …)."""
        self.period.setCurrentIndex(max(self.period.findData(name), 0))

    def set_status(self, status: str) -> None:
        i = self.status.findData(status)
        self.status.setCurrentIndex(max(i, 0))

    def reset(self) -> None:
        for w in (self.period, self.category, self.status, self.station, *self.extra_choices.values()):
            w.blockSignals(True)
            w.setCurrentIndex(0)
            w.blockSignals(False)
        self.start.setVisible(False)
        self.end.setVisible(False)
        self.member.edit.clear()
        self.text.clear()
        if self.extra_team:
            self.extra_team.setCurrentIndex(0)
        for w in (self.extra_department, self.extra_overdue):
            if w is not None:
                w.blockSignals(True)
                w.setCurrentIndex(0) if isinstance(w, QComboBox) else w.setChecked(False)
                w.blockSignals(False)
        self.changed.emit()

    def showEvent(self, event) -> None:  # a package imported meanwhile may have registered a station
        self.station.reload()
        self._let_combos_shrink()
        super().showEvent(event)

    def _let_combos_shrink(self) -> None:
        """Each drop-down as wide as its longest item where there is room, and down to the width of
        「全部时间」 where there is not (130 % type at 1366 px, many filters): the window never grows past the
        screen. The open list keeps the full width, so no item is cut there."""
        floor = self.fontMetrics().horizontalAdvance(translate("FilterBar", "全部时间")) + 40
        for combo in self.findChildren(QComboBox):
            combo.setMinimumWidth(0)  # the hint from the items alone (a new font size, a new station)
            hint = combo.sizeHint().width()
            combo.setMinimumWidth(min(hint, floor))
            combo.view().setMinimumWidth(hint)

    def focus_text(self) -> None:
        self.text.setFocus()
        self.text.selectAll()
