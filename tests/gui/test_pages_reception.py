"""接待日 workflow through the page: open today's session, log visits, mark present members, convert, follow up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from records_data import script_dialog, small_station, type_chinese
from station_app.services import context, records
from station_app.store import models as M

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


@pytest.fixture
def page(qtbot, db):
    from station_app.ui.pages.reception import ReceptionPage

    station = small_station()
    p = ReceptionPage()
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    p.refresh()
    p.station = station
    return p


def test_reception_day_from_start_to_end(qtbot, page, monkeypatch):
    from station_app.ui.dialogs.simple_records import ReceptionDayDialog
    from station_app.ui.dialogs.visit import VisitDialog

    a, b = page.station["members"][:2]
    assert "张建国、李秀英" in page.today_label.text()
    qtbot.mouseClick(page.open_today_button, Qt.LeftButton)
    day = M.ReceptionDay.get()
    assert day.duty_slot_id == page.station["slot"].id
    assert records.member_ids(day) == [a.id, b.id]
    assert page.days.current_id() == day.id and "到场委员：张建国、李秀英" in page.day_label.text()

    def two_visits(dlg):
        type_chinese(dlg.ui.visitor_name, "王桂兰")
        type_chinese(dlg.ui.content, "小区路灯损坏三个月无人修")
        dlg.ui.category.setValue("城乡建设")
        dlg.ui.handling.setValue("转交部门办理")
        qtbot.mouseClick(dlg.next_button, Qt.LeftButton)
        type_chinese(dlg.ui.visitor_name, "赵德明")
        type_chinese(dlg.ui.content, "儿子工伤认定咨询")
        dlg.ui.category.setValue("劳动就业")
        dlg.ui.handling.setValue("法律咨询")
        qtbot.mouseClick(dlg.next_button, Qt.LeftButton)
        dlg.reject()  # nothing typed since the last save: closes without asking

    script_dialog(monkeypatch, VisitDialog, two_visits)
    qtbot.mouseClick(page.add_visit_button, Qt.LeftButton)
    assert page.day_visits.model.total == 2
    assert page.day_visits.count_label.text() == "共 2 条"
    assert {v.visitor_name for v in M.Visit.select()} == {"王桂兰", "赵德明"}

    def only_one_present(dlg):
        dlg.members.edit.setText("张建国")
        dlg.save()

    script_dialog(monkeypatch, ReceptionDayDialog, only_one_present)
    qtbot.mouseClick(page.present_button, Qt.LeftButton)
    assert records.member_ids(M.ReceptionDay.get_by_id(day.id)) == [a.id]
    assert "到场委员：张建国" in page.day_label.text()

    row = page.day_visits.model.row_of(M.Visit.get(M.Visit.visitor_name == "王桂兰").id)
    page.day_visits.table.selectRow(row)
    assert page.convert_buttons["topic"].isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    qtbot.mouseClick(page.convert_buttons["topic"], Qt.LeftButton)
    topic = M.Topic.get()
    assert topic.source == "接待日转化" and "路灯" in topic.description
    assert M.TopicVisit.get().visit_id == M.Visit.get(M.Visit.visitor_name == "王桂兰").id

    def follow(dlg):
        assert dlg.ui.tabs.currentIndex() == 1
        type_chinese(dlg.ui.followup_note, "路灯已修复，群众满意")
        dlg.ui.satisfaction.setValue("满意")
        dlg.save()

    page.day_visits.table.selectRow(page.day_visits.model.row_of(M.Visit.get(M.Visit.visitor_name == "王桂兰").id))
    script_dialog(monkeypatch, VisitDialog, follow)
    qtbot.mouseClick(page.followup_button, Qt.LeftButton)
    v = M.Visit.get(M.Visit.visitor_name == "王桂兰")
    assert v.status == "已回访" and v.satisfaction == "满意" and v.followup_date is not None


def test_visit_without_a_day_from_all_visits_tab(qtbot, page, monkeypatch):
    from station_app.ui.dialogs.visit import VisitDialog

    page.tabs.setCurrentIndex(1)

    def phone_call(dlg):
        dlg.ui.mode.setValue("电话")
        type_chinese(dlg.ui.visitor_name, "孙立")
        type_chinese(dlg.ui.content, "咨询医保异地报销")
        dlg.ui.category.setValue("社会保障")
        dlg.ui.handling.setValue("政策咨询")
        dlg.save()

    script_dialog(monkeypatch, VisitDialog, phone_call)
    page.new_record()
    v = M.Visit.get()
    assert v.reception_day is None and v.mode == "电话" and v.status == "已办结"
    assert page.view.model.total == 1
    assert page.view.model.data(page.view.model.index(0, 2)) == "孙立"


def test_read_only_account_cannot_edit(qtbot, page):
    context.set_actor("检查员", "只读检查")
    page.refresh()
    assert not page.new_button.isEnabled() and not page.delete_button.isEnabled()
    assert not page.open_today_button.isEnabled()
    assert not page.can("new") and not page.can("delete") and page.can("find")
