"""协商议题 through the page: six steps with dated records, meetings, grade and feedback, merging visits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from records_data import script_dialog, small_station, some_records, type_chinese
from station_app.store import models as M

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


@pytest.fixture
def page(qtbot, db):
    from station_app.ui.pages.topics import TopicsPage

    station = small_station()
    station.update(some_records(station["members"]))
    p = TopicsPage()
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    p.refresh()
    p.station = station
    return p


def test_topic_through_its_six_steps(qtbot, page, monkeypatch):
    from station_app.ui.dialogs.topic import MeetingDialog, TopicDialog, TopicStepDialog

    def create(dlg):
        type_chinese(dlg.ui.title, "农贸市场周边停车难")
        dlg.ui.source.setValue("委员荐题")
        assert not dlg.advance_button.isEnabled()
        assert dlg.save()

    script_dialog(monkeypatch, TopicDialog, create)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    topic = M.Topic.get(M.Topic.title == "农贸市场周边停车难")
    assert topic.step == 1 and topic.code

    def work(dlg):
        assert dlg.steps_view.step == 1

        def step(d):
            assert d.ui.step.value() == "确定议题"
            type_chinese(d.ui.note, "召集人会议确定")
            d.save()
        script_dialog(monkeypatch, TopicStepDialog, step)
        qtbot.mouseClick(dlg.advance_button, Qt.LeftButton)
        assert dlg.steps_view.step == 2 and dlg.step_table.model.rowCount() == 2

        def meeting(d):
            d.ui.form.setValue("院坝")
            d.members.edit.setText("张建国、李秀英")
            type_chinese(d.ui.consensus, "增设临时停车位")
            d.save()
        script_dialog(monkeypatch, MeetingDialog, meeting)
        qtbot.mouseClick(dlg.meetings.add_button, Qt.LeftButton)
        assert dlg.meetings.model.rowCount() == 1
        assert dlg.meetings.rows[0]["members"] == "张建国、李秀英"

        dlg.ui.tabs.setCurrentIndex(1)
        qtbot.mouseClick(dlg.conclude_button, Qt.LeftButton)  # no grade yet: error beside the field
        assert dlg.ui.err_grade.isVisible()
        dlg.ui.grade.setValue("A")
        type_chinese(dlg.ui.undertaker, "县市场监管局")
        type_chinese(dlg.ui.handling_result, "新增车位60个")
        dlg.ui.converted.setChecked(True)
        qtbot.mouseClick(dlg.conclude_button, Qt.LeftButton)
        assert dlg.steps_view.step == 7 and "已办结" in dlg.state_label.text()
        assert not dlg.advance_button.isEnabled()
        dlg.reject()

    page.view.select_id(topic.id)
    script_dialog(monkeypatch, TopicDialog, work)
    qtbot.mouseClick(page.open_button, Qt.LeftButton)
    topic = M.Topic.get_by_id(topic.id)
    assert topic.concluded and topic.grade == "A" and topic.step == 6 and topic.converted
    assert topic.undertaker == "县市场监管局"
    steps = {s.step for s in M.TopicStep.select().where(M.TopicStep.topic == topic.id)}
    assert steps == {1, 2, 3, 4, 5, 6}
    page.view.bar.set_status("已办结")
    qtbot.waitUntil(lambda: page.view.model.total == 1)


def test_merge_visits_into_one_topic(qtbot, page, monkeypatch):
    from station_app.ui.dialogs.topic import TopicDialog
    from station_app.ui.pages.topics import MergeVisitsDialog

    v2, v3 = page.station["visits"][1:]

    def merge(dlg):
        view = dlg.visits
        view.table.selectRow(view.model.row_of(v2.id))
        view.table.selectionModel().select(view.model.index(view.model.row_of(v3.id), 0),
                                           view.table.selectionModel().SelectionFlag.Select
                                           | view.table.selectionModel().SelectionFlag.Rows)
        assert sorted(view.selected_ids()) == sorted([v2.id, v3.id])
        dlg.merge()  # no title yet
        assert "议题名称" in dlg.error.text()
        dlg.title_edit.setText("村口交通安全隐患整治")
        dlg.merge()

    script_dialog(monkeypatch, MergeVisitsDialog, merge)
    script_dialog(monkeypatch, TopicDialog, lambda dlg: dlg.reject())
    qtbot.mouseClick(page.merge_button, Qt.LeftButton)
    topic = M.Topic.get(M.Topic.title == "村口交通安全隐患整治")
    linked = {tv.visit_id for tv in M.TopicVisit.select().where(M.TopicVisit.topic == topic.id)}
    assert linked == {v2.id, v3.id}
    assert topic.proposed_on == v2.visit_date
    assert page.view.model.total == 2
