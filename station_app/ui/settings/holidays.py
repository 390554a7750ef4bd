"""设置 — 节假日: the year's official holidays and 调休 workdays, plus the station's own entries."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.services import holidays
from station_app.store.choices import WEEKDAY_NAMES
from station_app.ui.change_bridge import follow
from station_app.ui.i18n import tr_field, translate
from station_app.ui.period_bar import to_date
from station_app.ui.settings import attempt, can_admin, read_only_note
from station_app.ui.settings.unsaved import UnsavedEdits, UnsavedGuard
from station_app.ui.widgets.item_table import ItemTable

# holidays.SOURCE_* shown in the interface language
SOURCES = (QT_TRANSLATE_NOOP("HolidaysTab", "官方"), QT_TRANSLATE_NOOP("HolidaysTab", "自定义"),
           QT_TRANSLATE_NOOP("HolidaysTab", "按周末推算"))


class HolidaysTab(UnsavedEdits, QWidget):
    title = "节假日"

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        follow(self, {"holiday_override"}, self.refresh)  # days set, removed or imported: the table
        year = (today or dt.date.today()).year
        self.year = QSpinBox(minimum=2004, maximum=2100, value=year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.warning = QLabel()
        self.warning.setProperty("role", "error")
        self.warning.setWordWrap(True)
        self.table = ItemTable([translate("HolidaysTab", "日期"), translate("HolidaysTab", "星期"),
                                translate("HolidaysTab", "安排"), translate("HolidaysTab", "来源")], stretch=2)
        self.model = self.table.model_
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.what = QComboBox()
        self.what.addItems([translate("HolidaysTab", "放假"), translate("HolidaysTab", "调休上班")])
        self.name = QLineEdit(placeholderText=translate("HolidaysTab", "名称，如 春节"))
        self.add_button = QPushButton(translate("HolidaysTab", "添加或修改"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(translate("HolidaysTab", "删除所选自定义"))
        self.remove_button.clicked.connect(self.remove)
        self.import_button = QPushButton(translate("HolidaysTab", "导入节假日安排…"))
        self.import_button.setToolTip(translate("HolidaysTab", "CSV（UTF-8 或 GBK）或 Excel（.xlsx）："
                                                "第一行表头“日期、类型、名称”，类型写“放假”或“上班”，"
                                                "例如 2027-02-06,放假,春节"))
        self.import_button.clicked.connect(self.import_file)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("HolidaysTab", "年度：")))
        top.addWidget(self.year)
        top.addWidget(self.warning, 1)
        top.addWidget(self.import_button)
        edit = QHBoxLayout()
        for w in (self.date, self.what, self.name, self.add_button, self.remove_button):
            edit.addWidget(w)
        hint = QLabel(translate("HolidaysTab", "每年国务院公布次年放假安排后，在此录入，或点“导入节假日安排…”从文件导入"
                                "（CSV 或 Excel，表头：日期、类型（放假/上班）、名称）；"
                                "自定义的安排优先于程序内置日历。"))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(read_only_note())
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(edit)
        layout.addWidget(hint)
        self.mark_clean()
        self.guard = UnsavedGuard(self)

    def snapshot(self) -> tuple:
        """The entry row: a date, 放假 / 调休上班 and a name chosen but not added is an unsaved edit."""
        return self.date.date(), self.what.currentIndex(), self.name.text()

    def save_unsaved(self) -> bool:
        return self.add()

    def discard_unsaved(self) -> None:
        date, what, name = self._clean
        self.date.setDate(date)
        self.what.setCurrentIndex(what)
        self.name.setText(name)

    def refresh(self) -> None:  # the table only: the entry row is never overwritten
        year = self.year.value()
        self.warning.setText(
            ""
            if holidays.year_has_official_data(year)
            else translate(
                "HolidaysTab", "{year}年没有内置的官方放假安排，目前按周末计算，请录入当年的节假日和调休。"
            ).format(year=year)
        )
        days = holidays.special_days(year)
        self.model.setRowCount(len(days))
        for row, info in enumerate(days):
            what = translate("HolidaysTab", "上班") if info.is_workday else translate("HolidaysTab", "放假")
            what += translate("HolidaysTab", "（{name}）").format(name=info.name) if info.name else ""
            for col, text in enumerate(
                (
                    info.date.isoformat(),
                    tr_field(WEEKDAY_NAMES[info.date.weekday()]),
                    what,
                    translate("HolidaysTab", info.source),
                )
            ):
                item = QStandardItem(text)
                item.setData(info, Qt.UserRole)
                self.model.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        admin = can_admin()
        for w in (self.date, self.what, self.name, self.add_button, self.remove_button, self.import_button):
            w.setEnabled(admin)

    def import_file(self) -> None:
        """「导入节假日安排…」: a year's schedule from a file (format in the button's tooltip)."""
        from station_app.ui.dialogs.roster import import_holiday_file

        import_holiday_file(self)  # the table re-reads through the import's change notice

    def add(self) -> bool:
        day = to_date(self.date.date())
        ok, _ = attempt(
            self,
            translate("HolidaysTab", "无法保存"),
            holidays.set_override,
            day,
            self.what.currentIndex() == 1,
            self.name.text(),
        )
        if ok:
            self.mark_clean()
            self.year.setValue(day.year)
        return ok

    def remove(self) -> None:
        item = self.model.item(self.table.current_row(), 0) if self.table.current_row() >= 0 else None
        info = item.data(Qt.UserRole) if item else None
        if info is None or info.source != holidays.SOURCE_OVERRIDE:
            QMessageBox.information(
                self,
                translate("HolidaysTab", "删除自定义"),
                translate("HolidaysTab", "请先选中一条来源为“自定义”的安排。"),
            )
            return
        attempt(self, translate("HolidaysTab", "无法删除"), holidays.remove_override, info.date)
