"""The clerk's week without surprises, through the real dialogs: future dates and bad numbers named
beside the field, no guessed categories, counters, focus, the roster of a year without holidays."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from records_data import small_station
from station_app.store import models as M

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]
TODAY = dt.date.today()


@pytest.fixture
def station(db, monkeypatch):
    # dialogs left with typed values ask 「放弃修改？」 when the test closes them: answer Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    return small_station()


def test_new_visit_starts_without_a_category_and_saving_names_both(qtbot, station, type_text):
    from station_app.ui.dialogs.visit import VisitDialog

    dlg = VisitDialog(None)
    qtbot.addWidget(dlg)
    dlg.show()
    assert (dlg.ui.category.value(), dlg.ui.handling.value()) == ("", "")
    assert dlg.ui.category.currentText() == "请选择" and dlg.ui.handling.currentText() == "请选择"
    dlg.ui.mode.setValue("电话")
    type_text(dlg.ui.visitor_name, "王桂兰")
    type_text(dlg.ui.content, "楼上装修噪音扰民")
    assert dlg.save() is False
    assert dlg.ui.err_category.text() == "请选择" and dlg.ui.err_handling.text() == "请选择"
    assert M.Visit.select().count() == 0
    dlg.ui.category.setValue("邻里纠纷")
    dlg.ui.handling.setValue("转交部门办理")
    dlg.ui.visit_date.setValue(TODAY + dt.timedelta(days=1))
    assert dlg.save() is False
    assert dlg.ui.err_visit_date.isVisible()
    assert dlg.ui.err_visit_date.text().startswith(f"不能晚于今天（{TODAY:%Y-%m-%d}）")
    dlg.ui.visit_date.setValue(TODAY)
    dlg.ui.people_count.setValue(0)
    assert dlg.save() is False and dlg.ui.err_people_count.text() == "不能小于 1，填写的是 0"
    dlg.ui.people_count.setValue(2)
    assert dlg.save()
    visit = M.Visit.get()
    assert (visit.category, visit.handling, visit.people_count, visit.status) == ("邻里纠纷", "转交部门办理", 2, "待办")


def test_next_visit_keeps_the_previous_choices(qtbot, station, type_text):
    from station_app.services import reception
    from station_app.ui.dialogs.visit import VisitDialog

    day = reception.open_day(date=TODAY, half="上午", location="工作站", member_ids=[station["members"][0].id])
    dlg = VisitDialog(None, day=day)
    qtbot.addWidget(dlg)
    type_text(dlg.ui.visitor_name, "赵德明")
    type_text(dlg.ui.content, "低保申请进度")
    dlg.ui.category.setValue("社会保障")
    dlg.ui.handling.setValue("政策咨询")
    qtbot.mouseClick(dlg.next_button, Qt.LeftButton)
    assert dlg.saved_count == 1
    assert (dlg.ui.category.value(), dlg.ui.handling.value()) == ("社会保障", "政策咨询")


def test_visit_dialog_opens_in_its_first_field(qtbot, station):
    from station_app.ui.dialogs.visit import VisitDialog

    dlg = VisitDialog(None)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.focusWidget() is not None)
    focused = dlg.focusWidget()  # the widget that has (or gets, once the window is active) the focus
    assert focused is not dlg.ui.tabs.tabBar()
    assert dlg.ui.visit_date is focused or dlg.ui.visit_date.isAncestorOf(focused)


def test_dispute_amount_below_zero_stays_visible_and_is_refused(qtbot, station, type_text):
    from station_app.ui.dialogs.dispute import DisputeDialog, PartyDialog

    dlg = DisputeDialog(None)
    qtbot.addWidget(dlg)
    dlg.show()
    assert (dlg.ui.source.currentText(), dlg.ui.dispute_type.currentText()) == ("请选择", "请选择")
    type_text(dlg.ui.summary, "货款纠纷")
    dlg.ui.amount.setValue(-500)
    assert dlg.ui.amount.value() == -500  # the clerk sees what was typed, not a silent 0
    assert dlg.save() is False
    assert dlg.ui.err_amount.text() == "金额不能为负数"
    assert dlg.ui.err_source.text() == "请选择" and dlg.ui.err_dispute_type.text() == "请选择"
    assert M.Dispute.select().count() == 0 and M.CaseCounter.select().count() == 0

    party = PartyDialog(None, dispute=None)
    qtbot.addWidget(party)
    party.ui.role.setValue("申请人")
    type_text(party.ui.name, "孙立")
    party.ui.age.setValue(1_000_000)
    assert party.save() is False and party.ui.err_age.text() == "不能大于 120，填写的是 1000000"
    party.ui.age.setValue(58)
    assert party.save() and party.collected["age"] == 58


def test_future_acceptance_is_refused_beside_the_date_and_takes_no_number(qtbot, station, type_text):
    from station_app.ui.dialogs.dispute import DisputeDialog

    dlg = DisputeDialog(None)
    qtbot.addWidget(dlg)
    dlg.ui.source.setValue("当事人申请")
    dlg.ui.dispute_type.setValue("合同")
    type_text(dlg.ui.summary, "货款纠纷")
    dlg.ui.accepted_on.setValue(dt.date(TODAY.year + 1, 3, 1))
    assert dlg.save() is False
    assert "不能晚于今天" in dlg.ui.err_accepted_on.text()
    assert M.CaseCounter.select().count() == 0
    dlg.ui.accepted_on.setValue(TODAY)
    assert dlg.save()
    assert M.Dispute.get().case_no == f"〔{TODAY.year}〕调字第001号"


def test_counters_count_and_turn_red_past_the_limit(qtbot, station, type_text):
    from station_app.ui.dialogs.visit import VisitDialog

    dlg = VisitDialog(None)
    qtbot.addWidget(dlg)
    dlg.show()
    counter = dlg.counters["content"]
    assert counter.isVisible() and counter.text() == "0/2000"
    type_text(dlg.ui.content, "楼上装修噪音扰民")
    assert counter.text() == "8/2000" and not counter.is_over()
    dlg.ui.content.setPlainText("字" * 2001)
    assert counter.text() == "2001/2000" and counter.is_over() and "c0392b" in counter.styleSheet()
    name = dlg.counters["visitor_name"]  # a one-line field shows it once it nears the limit
    assert not name.isVisible()
    dlg.ui.visitor_name.setText("名" * 45)
    assert name.isVisible() and name.text() == "45/50"


def test_topic_step_button_is_off_at_the_last_step_and_grade_message(qtbot, station, monkeypatch):
    from station_app.services import topics
    from station_app.ui.dialogs.topic import TopicDialog

    t = topics.create_topic({"title": "老旧小区加装电梯", "proposed_on": TODAY - dt.timedelta(days=30)})
    dlg = TopicDialog(None, t)
    qtbot.addWidget(dlg)
    assert dlg.advance_button.isEnabled()
    topics.add_meeting(t, {"date": TODAY - dt.timedelta(days=10), "consensus": "分步实施"}, [])
    topics.advance(t, 6, TODAY - dt.timedelta(days=2))
    dlg = TopicDialog(None, M.Topic.get_by_id(t.id))
    qtbot.addWidget(dlg)
    assert not dlg.advance_button.isEnabled() and not dlg.step_table.add_button.isEnabled()
    assert dlg.conclude_button.isEnabled()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dlg.conclude()
    texts = shown + [dlg.ui.err_grade.text(), dlg.general_error.text()]
    assert any("请选择成果分类" in x for x in texts)
    assert not any("不能是“”" in x for x in texts)


def test_print_preview_fits_the_screen(qtbot, station, monkeypatch):
    from station_app.ui.dialogs.pdf_preview import PdfPreviewDialog

    failed = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: failed.append(a[2]))
    dlg = PdfPreviewDialog(None, "member", [station["members"][0].id])
    qtbot.addWidget(dlg)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert dlg.height() <= area.height() and dlg.height() == max(400, int(area.height() * 0.85))
    qtbot.waitUntil(lambda: dlg.save_btn.isEnabled() or bool(failed), timeout=30000)  # let the render finish


def test_roster_for_a_year_without_holidays_asks_first(qtbot, station, monkeypatch, tmp_path):
    from station_app.ui.dialogs.roster import RosterPreviewDialog

    year = 2027
    asked = []
    monkeypatch.setattr(RosterPreviewDialog, "ask_about_years", lambda self, years: asked.append(years) or "cancel")
    dlg = RosterPreviewDialog(None, start=dt.date(year, 1, 1), end=dt.date(year, 1, 31))
    qtbot.addWidget(dlg)
    assert asked == [[year]] and dlg.model.rowCount() == 0 and not dlg.save_button.isEnabled()
    monkeypatch.setattr(RosterPreviewDialog, "ask_about_years", lambda self, years: "continue")
    dlg.preview()
    headers = [dlg.model.headerData(c, Qt.Horizontal) for c in range(dlg.model.columnCount())]
    assert headers == ["日期", "时段", "地点", "值班委员", "备注"]
    first = [dlg.model.item(0, c).text() for c in range(dlg.model.columnCount())]
    assert first[0] == "2027-01-01（星期五）" and first[1] == "上午" and first[2] == "镇委员工作站"
    assert first[4] == "待核实：可能是元旦"
    assert dlg.model.item(1, 4).text() == ""
    dlg.resize(900, 420)
    dlg.show()
    dlg.grab().save(str(tmp_path / "roster-preview.png"))


def test_roster_preview_imports_the_schedule_when_asked(qtbot, station, monkeypatch, tmp_path):
    from station_app.ui.dialogs.roster import RosterPreviewDialog

    path = tmp_path / "2027.csv"
    path.write_text("日期,类型,名称\n2027-01-01,放假,元旦\n", encoding="utf-8")
    monkeypatch.setattr(RosterPreviewDialog, "ask_about_years", lambda self, years: "import")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    dlg = RosterPreviewDialog(None, start=dt.date(2027, 1, 1), end=dt.date(2027, 1, 31))
    qtbot.addWidget(dlg)
    assert told == ["已导入 1 天的节假日安排。"]
    dates = [dlg.model.item(r, 0).text() for r in range(dlg.model.rowCount())]
    assert dates and not any(d.startswith("2027-01-01") for d in dates)
    assert all(dlg.model.item(r, 4).text() == "" for r in range(dlg.model.rowCount()))


def test_settings_holidays_tab_imports_a_file(qtbot, station, monkeypatch, tmp_path):
    from station_app.ui.settings.holidays import HolidaysTab

    path = tmp_path / "h.csv"
    path.write_text("日期,类型,名称\n2027-02-06,放假,春节\n2027-02-20,上班,春节调休\n", encoding="utf-8")
    tab = HolidaysTab(today=dt.date(2027, 1, 5))
    qtbot.addWidget(tab)
    tab.refresh()
    assert "日期、类型、名称" in tab.import_button.toolTip()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    qtbot.mouseClick(tab.import_button, Qt.LeftButton)
    shown = [tab.model.item(r, 0).text() for r in range(tab.model.rowCount())]
    assert "2027-02-06" in shown and "2027-02-20" in shown
    assert not M.HolidayOverride.get(M.HolidayOverride.date == dt.date(2027, 2, 6)).is_workday


def test_roster_calendar_marks_a_guessed_holiday_to_check(qtbot, station):
    from station_app.ui.pages.roster import RosterPage

    page = RosterPage()
    qtbot.addWidget(page)
    page.calendar.year, page.calendar.month = 2027, 1
    page.refresh()
    first_col = dt.date(2027, 1, 1).weekday()
    assert page.calendar.cells[first_col].title.text() == "1  元旦？待核实"
    assert page.calendar.cells[first_col + 1].title.text() == "2"
