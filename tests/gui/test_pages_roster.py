"""值班排班 through the page: month calendar, generate with preview, swap, attendance, holiday warnings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from records_data import script_dialog, small_station
from station_app.store import models as M

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


@pytest.fixture
def page(qtbot, db):
    from station_app.ui.pages.roster import RosterPage

    station = small_station()
    p = RosterPage()
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    p.refresh()
    p.station = station
    return p


def test_month_shows_members_per_half_day(page):
    slot = page.station["slot"]
    button = page.calendar.buttons[slot.id]
    assert button.text() == "上午 张建国、李秀英"
    assert page.calendar.title.text() == f"{slot.date.year}年{slot.date.month}月"
    # today's duty is the next one, so it is selected and the side panel says who is on it
    assert page.slot is not None and page.slot.id == slot.id and page.swap_button.isEnabled()
    shown = [page.detail.item(i).text() for i in range(page.detail.count())]
    assert any("张建国" in line for line in shown) and any("李秀英" in line for line in shown)


def test_generate_preview_then_save(qtbot, page, monkeypatch):
    from station_app.ui.dialogs.roster import RosterPreviewDialog

    before = M.DutySlot.select().count()
    start, end = page.calendar.month_range()
    taken = {s.date for s in M.DutySlot.select()}
    days = (start + dt.timedelta(days=i) for i in range((end - start).days + 1))
    free_fridays = [d for d in days if d.weekday() == 4 and d not in taken]
    seen = {}

    def look_then_save(dlg):
        seen["rows"] = dlg.model.rowCount()
        seen["saved_before"] = M.DutySlot.select().count()
        assert all("星期五" in dlg.model.item(r, 0).text() for r in range(dlg.model.rowCount()))
        dlg.box.accepted.emit()

    script_dialog(monkeypatch, RosterPreviewDialog, look_then_save)
    qtbot.mouseClick(page.generate_button, Qt.LeftButton)
    # every Friday of the month that has no duty yet (today's slot is one of the month's Fridays when today is one)
    assert seen["rows"] == len(free_fridays) >= 3 and seen["saved_before"] == before  # preview writes nothing
    assert M.DutySlot.select().count() == before + seen["rows"]
    fridays = [s for s in M.DutySlot.select() if s.date.weekday() == 4]
    assert all(s.id in page.calendar.buttons for s in fridays)


def test_generate_preview_cancel_saves_nothing(qtbot, page, monkeypatch):
    from station_app.ui.dialogs.roster import RosterPreviewDialog

    before = M.DutySlot.select().count()
    script_dialog(monkeypatch, RosterPreviewDialog, lambda dlg: dlg.reject())
    qtbot.mouseClick(page.generate_button, Qt.LeftButton)
    assert M.DutySlot.select().count() == before


def test_swap_and_attendance(qtbot, page, monkeypatch):
    from station_app.ui.dialogs.roster import AttendanceDialog, SwapDialog

    slot = page.station["slot"]
    qtbot.mouseClick(page.calendar.buttons[slot.id], Qt.LeftButton)
    assert page.swap_button.isEnabled()
    assert "张建国" in page.detail.item(0).text()

    def bad_then_good(dlg):
        dlg.ui.original.setValue("李秀英")
        dlg.ui.substitute.edit.setText("张建国")  # already on duty
        dlg.ui.reason.setValue("生病")
        assert dlg.save() is False
        assert dlg.ui.err_substitute.isVisible()
        dlg.ui.substitute.edit.setText("王志强")
        dlg.ui.liaison_notified.setChecked(True)
        assert dlg.save()

    script_dialog(monkeypatch, SwapDialog, bad_then_good)
    qtbot.mouseClick(page.swap_button, Qt.LeftButton)
    swap = M.Swap.get()
    assert ((swap.original.name, swap.substitute.name, swap.reason, swap.liaison_notified)
            == ("李秀英", "王志强", "生病", True))
    assert page.calendar.buttons[slot.id].text() == "上午 张建国、王志强"
    assert any("调剂：李秀英 → 王志强" in page.detail.item(i).text() for i in range(page.detail.count()))

    def one_absent(dlg):
        for i in range(dlg.list.count()):
            if dlg.list.item(i).text().startswith("张建国"):
                dlg.list.item(i).setCheckState(Qt.Unchecked)
        dlg.save()

    script_dialog(monkeypatch, AttendanceDialog, one_absent)
    qtbot.mouseClick(page.attendance_button, Qt.LeftButton)
    present = {m.member.name: m.present for m in M.DutyMember.select().where(M.DutyMember.slot == slot.id)
               if m.active}
    assert present == {"张建国": False, "王志强": True}
    assert M.DutySlot.get_by_id(slot.id).state == "已完成"


def test_year_without_holiday_data_warns_and_overrides_are_editable(qtbot, page, monkeypatch):
    from station_app.services import holidays
    from station_app.ui.dialogs.roster import HolidayDialog

    year = next(y for y in range(2027, 2100) if not holidays.year_has_official_data(y))
    page.calendar.year, page.calendar.month = year, 2
    page.refresh()
    assert page.warnings.isVisible() and f"{year}年尚无官方节假日安排" in page.warnings.text()

    def add_spring_festival(dlg):
        assert "没有内置的官方节假日安排" in dlg.warning.text()
        dlg.date_edit.setValue(dt.date(year, 2, 8))
        dlg.name.setText("春节")
        dlg.add()
        assert dlg.model.rowCount() == 1

    script_dialog(monkeypatch, HolidayDialog, add_spring_festival)
    qtbot.mouseClick(page.holiday_button, Qt.LeftButton)
    assert not holidays.is_workday(dt.date(year, 2, 8))
    assert not page.warnings.isVisible()
