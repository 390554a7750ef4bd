"""值班排班 page: a month calendar of who is on duty per half-day; generate with preview, swap, attendance,
holiday warnings and overrides."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from station_app.services import context, listing
from station_app.services.errors import ValidationError
from station_app.ui import theme
from station_app.ui.dialogs.record_dialog import explain_failure
from station_app.ui.dialogs.roster import (
    AttendanceDialog,
    HolidayDialog,
    RosterPreviewDialog,
    SwapDialog,
    slot_title,
)
from station_app.ui.i18n import tr_field, tr_notice, translate, year_month
from station_app.ui.pages.base import Page
from station_app.ui.pages.list_page import export_ids, print_ids
from station_app.ui.widgets.flow_layout import FlowLayout
from station_app.ui.widgets.month_calendar import MonthCalendar, workday_note


class RosterPage(Page):
    key = "roster"
    title = "值班排班"
    icon_name = "roster"
    shows = frozenset({"duty_slot", "member", "holiday_override", "reception_rule"})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.calendar = MonthCalendar(self)
        self.calendar.month_changed.connect(lambda *_: self.refresh())
        self.calendar.slot_selected.connect(self.show_slot)
        bar = FlowLayout()  # the buttons go to a second row at large type or in English
        self.generate_button = self._button(bar, translate("RosterPage", "按规则生成排班…"), self.generate, edit=True)
        self.swap_button = self._button(bar, translate("RosterPage", "调剂…"), self.swap, edit=True)
        self.attendance_button = self._button(bar, translate("RosterPage", "登记到岗…"), self.attendance, edit=True)
        self.cancel_button = self._button(bar, translate("RosterPage", "取消该次值班"), self.cancel_slot, edit=True)
        self.holiday_button = self._button(bar, translate("RosterPage", "节假日…"), self.edit_holidays)
        self.export_button = self._button(bar, translate("ListPage", "导出Excel"), self.export_shown)
        self.print_button = self._button(bar, translate("RosterPage", "打印值班表"), self.print_current)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(theme.recolour("color:#b45309;"))
        self.detail_title = QLabel(translate("RosterPage", "点击日历中的一次值班查看详情"), self)
        self.detail_title.setWordWrap(True)
        self.detail = QListWidget(self)
        side = QVBoxLayout()
        side.addWidget(self.detail_title)
        side.addWidget(self.detail, 1)
        holder = QSplitter(Qt.Horizontal, self)
        holder.addWidget(self.calendar)
        right = QWidget(self)
        right.setLayout(side)
        right.setMinimumWidth(240)  # the slot's members, attendance and swaps read without wrapping
        holder.addWidget(right)
        holder.setStretchFactor(0, 4)
        holder.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.warnings)
        lay.addWidget(holder, 1)
        self.slot = None

    def _button(self, bar, text, slot, *, edit=False) -> QPushButton:
        b = QPushButton(text, self)
        b.clicked.connect(lambda _=False: slot())
        b.setProperty("edit_action", edit)
        bar.addWidget(b)
        return b

    # ---- Page interface ----
    def can(self, action: str) -> bool:
        if action == "new":
            return context.current().can_edit
        return action in ("export", "print")

    def new_record(self) -> None:
        self.generate()

    def export_shown(self) -> None:
        export_ids(self, "duty_slot", self.shown_ids(),
                   f"{tr_field('值班安排表')} {year_month(self.calendar.year, self.calendar.month)}")

    def print_current(self) -> None:
        print_ids(self, "duty_slot", self.shown_ids(), translate("RosterPage", "{month}值班表").format(
            month=year_month(self.calendar.year, self.calendar.month)))

    def show_record(self, kind: str, record_id: int) -> None:
        slot = listing.get("duty_slot", record_id)
        if slot is None:
            return
        self.calendar.year, self.calendar.month = slot.date.year, slot.date.month
        self.refresh()
        self.calendar.select(record_id)

    def shown_ids(self) -> list[int]:
        start, end = self.calendar.month_range()
        return listing.ids("duty_slot", listing.Filter(start=start, end=end), "date", False)

    def refresh(self) -> None:
        from station_app.services import holidays

        start, end = self.calendar.month_range()
        rows = listing.fetch("duty_slot", listing.Filter(start=start, end=end), sort="date", descending=False,
                             limit=500)
        rest = {}
        cal = holidays.Calendar(start, end)
        day = start
        while day <= end:  # holidays and 调休 workdays of the month (not ordinary weekends)
            info = cal.info(day)
            if info.source == holidays.SOURCE_OVERRIDE or info.is_workday == (day.weekday() >= 5):
                rest[day] = info.name or (workday_note() if info.is_workday else translate("RosterPage", "休"))
            elif info.source == holidays.SOURCE_WEEKEND and holidays.guessed_holiday(day):
                rest[day] = translate("RosterPage", "{name}？待核实").format(name=holidays.guessed_holiday(day))
            day += dt.timedelta(days=1)
        selected = self.slot.id if self.slot is not None else None
        self.calendar.set_month(self.calendar.year, self.calendar.month, rows, rest)
        warnings = holidays.warnings_for(start, end)
        self.warnings.setText("\n".join("⚠ " + tr_notice(w) for w in warnings))
        self.warnings.setVisible(bool(warnings))
        if selected not in self.calendar.slot_ids:  # else the next duty from today on, so the panel is filled
            today = dt.date.today()
            selected = next((r["id"] for r in rows if r["date"] >= today and r["id"] in self.calendar.buttons), None)
        if selected is not None:
            self.calendar.select(selected)
        else:
            self.show_slot(None)

    # ---- slot detail ----
    def show_slot(self, slot_id) -> None:
        from station_app.services import duty

        self.slot = listing.get("duty_slot", slot_id) if slot_id else None
        editable = context.current().can_edit
        for b in (self.swap_button, self.attendance_button, self.cancel_button):
            b.setEnabled(self.slot is not None and editable and self.slot.state != "取消")
        self.generate_button.setEnabled(editable)
        self.detail.clear()
        if self.slot is None:
            self.detail_title.setText(translate("RosterPage", "点击日历中的一次值班查看详情"))
            return
        s = self.slot
        self.detail_title.setText(translate("RosterPage", "{slot}\n状态：{state}").format(
            slot=slot_title(s), state=tr_field(s.state)))
        for m in duty.slot_members(s):
            mark = {True: translate("RosterPage", "到岗"), False: translate("RosterPage", "缺勤"), None: ""}[m.present]
            tag = (translate("RosterPage", "（已调出）") if not m.active
                   else translate("RosterPage", "（替班）") if not m.planned else "")
            self.detail.addItem(f"{m.name}{tag} {mark}".strip())
        for sw in duty.swaps_of(s):
            notified = (translate("RosterPage", "已通知联络员") if sw.liaison_notified
                        else translate("RosterPage", "未通知联络员"))
            self.detail.addItem(translate("RosterPage", "调剂：{original} → {substitute}（{reason}，{notified}）")
                                .format(original=sw.original.name, substitute=sw.substitute.name, reason=sw.reason,
                                        notified=notified))
        if s.note:
            self.detail.addItem(translate("RosterPage", "备注：{note}").format(note=s.note))

    # ---- workflow ----
    def generate(self) -> None:
        start, end = self.calendar.month_range()
        dlg = RosterPreviewDialog(self, start=start, end=end)
        if dlg.exec():  # the calendar re-reads through the change notices of these writes
            self.status_message.emit(translate("RosterPage", "已保存 {n} 次值班").format(n=len(dlg.saved)))

    def swap(self) -> None:
        if self.slot is not None:
            SwapDialog(self, slot=self.slot).exec()

    def attendance(self) -> None:
        if self.slot is not None:
            AttendanceDialog(self, slot=self.slot).exec()

    def cancel_slot(self) -> None:
        from station_app.services import duty

        if self.slot is None:
            return
        answer = QMessageBox.question(self, translate("RosterPage", "取消值班"),
                                      translate("RosterPage", "确定取消 {slot} 的值班吗？").format(
                                          slot=slot_title(self.slot)),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        try:
            duty.cancel_slot(self.slot, "在值班排班页取消")
        except ValidationError as exc:
            QMessageBox.warning(self, translate("RosterPage", "不能取消"), exc.message)
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
            QMessageBox.critical(self, translate("RosterPage", "取消失败"), explain_failure(exc))

    def edit_holidays(self) -> None:
        HolidayDialog(self, year=self.calendar.year).exec()


PAGE_CLASSES = [RosterPage]
