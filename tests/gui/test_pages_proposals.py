"""提案 through the page: two authors in order, errors beside the field, 形成提案 from a visit, search."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from records_data import script_dialog, small_station, some_records, type_chinese
from station_app.store import models as M

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


@pytest.fixture
def page(qtbot, db):
    from station_app.ui.pages.proposals import ProposalsPage

    station = small_station()
    station.update(some_records(station["members"]))
    p = ProposalsPage()
    qtbot.addWidget(p)
    p.resize(1366, 700)
    p.show()
    p.refresh()
    p.station = station
    return p


def column(page, key):
    return next(i for i, c in enumerate(page.view.model.columns) if c.key == key)


def cell(page, row, key):
    return page.view.model.index(row, column(page, key)).data()


def fill_required(dlg):
    type_chinese(dlg.ui.title, "关于农贸市场周边停车难的提案")
    dlg.ui.source.setValue("委员调研")
    dlg.ui.submitted_to.setValue("县政协")
    type_chinese(dlg.ui.reason, "市场周边车辆乱停")
    type_chinese(dlg.ui.suggestion, "增设临时停车位")


def test_new_proposal_with_two_authors_lead_first_in_the_list(qtbot, page, monkeypatch):
    from station_app.ui.dialogs.proposal import ProposalDialog

    def create(dlg):
        fill_required(dlg)
        members = dlg.ui.members
        members.adder.edit.setText("李秀英、张建国")
        qtbot.mouseClick(members.add_button, Qt.LeftButton)
        assert members.names() == ["李秀英", "张建国"]
        members.list.setCurrentRow(1)
        qtbot.mouseClick(members.up_button, Qt.LeftButton)  # 张建国 becomes 领衔
        assert members.list.item(0).text() == "1. 张建国（领衔）"
        assert members.list.item(1).text() == "2. 李秀英（联名）"
        dlg.ui.is_key.setChecked(True)
        assert dlg.save()

    opened = script_dialog(monkeypatch, ProposalDialog, create)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    assert len(opened) == 1
    p = M.Proposal.get(M.Proposal.title == "关于农贸市场周边停车难的提案")
    assert p.number == f"提〔{dt.date.today().year}〕第001号" and p.is_key
    assert page.view.model.rowCount() == 1
    assert cell(page, 0, "members") == "张建国、李秀英"
    assert cell(page, 0, "number") == p.number
    page.refresh()
    page.year_filter.setCurrentIndex(page.year_filter.findData(str(dt.date.today().year)))
    page.view.apply_filter()
    assert page.view.model.rowCount() == 1
    page.key_filter.setCurrentIndex(page.key_filter.findData("非重点提案"))
    page.view.apply_filter()
    assert page.view.model.rowCount() == 0


def test_errors_show_beside_the_field_and_nothing_is_saved(qtbot, page, monkeypatch):
    from station_app.ui.dialogs.proposal import ProposalDialog

    def create(dlg):
        fill_required(dlg)
        assert not dlg.save()
        assert dlg.ui.err_members.isVisible()
        assert dlg.ui.err_members.text() == "至少填写一位提案人（第一位为领衔）"
        dlg.ui.members.adder.edit.setText("张建国")  # typed, not yet added: taken on saving
        dlg.ui.filing.setValue("立案")
        dlg.ui.main_dept.setValue("交通运输所")
        today = dt.date.today()
        dlg.ui.submitted_on.setValue(today - dt.timedelta(days=20))
        dlg.ui.assigned_on.setValue(today - dt.timedelta(days=5))
        dlg.ui.replied_on.setValue(today - dt.timedelta(days=8))  # a reply before the hand-over
        assert not dlg.save()
        assert dlg.ui.tabs.currentIndex() == 1  # the tab holding the first wrong field comes forward
        assert dlg.ui.err_replied_on.isVisible() and "不能早于交办日期" in dlg.ui.err_replied_on.text()
        assert not dlg.ui.err_members.isVisible()
        dlg.reject = lambda: None

    script_dialog(monkeypatch, ProposalDialog, create)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    assert M.Proposal.select().count() == 0


def test_filing_number_twice_is_named_beside_the_field(qtbot, page, monkeypatch):
    from station_app.services import proposals
    from station_app.ui.dialogs.proposal import ProposalDialog

    m = page.station["members"]
    base = {"title": "第一件", "reason": "r", "source": "其他", "suggestion": "s", "submitted_on": dt.date.today(),
            "submitted_to": "县政协", "filing": "立案", "filing_no": "2026-015"}
    proposals.create_proposal(base, [m[0].id])
    second = proposals.create_proposal({**base, "title": "第二件", "filing": "待审查", "filing_no": ""}, [m[1].id])
    dlg = ProposalDialog(page, second)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.filing_hint.isVisibleTo(dlg.ui.tabs.widget(1))
    dlg.ui.filing.setValue("立案")
    assert not dlg.filing_hint.isVisibleTo(dlg.ui.tabs.widget(1))
    dlg.ui.filing_no.setText("2026-015")
    assert not dlg.save()
    assert "立案号不能重复" in dlg.ui.err_filing_no.text()
    assert M.Proposal.get_by_id(second.id).filing == "待审查"
    dlg.mark_clean()


def test_visit_dialog_forms_a_proposal_prefilled_and_linked(qtbot, page, monkeypatch):
    from station_app.ui.dialogs.proposal import ProposalDialog
    from station_app.ui.dialogs.visit import VisitDialog

    visit = page.station["visits"][1]  # 村口道路破损，雨天积水严重 (王志强 and 陈丽华 received it)

    def finish(dlg):
        assert dlg.ui.title.text() == "村口道路破损，雨天积水严重"
        assert dlg.ui.source.value() == "接待日转化"
        assert dlg.ui.members.names() == ["王志强", "陈丽华"]
        dlg.ui.submitted_to.setValue("县政协")
        type_chinese(dlg.ui.suggestion, "修复道路并完善排水")
        assert dlg.save()

    script_dialog(monkeypatch, ProposalDialog, finish)
    vdlg = VisitDialog(page, visit)
    qtbot.addWidget(vdlg)
    vdlg.show()
    qtbot.mouseClick(vdlg.convert_buttons["proposal"], Qt.LeftButton)
    p = M.Proposal.get()
    assert vdlg.ui.handling.value() == "形成提案"
    assert f"提案 {p.number}" in vdlg.links_label.text()
    assert any(link.kind == "proposal" for link in vdlg.links_box.items)
    vdlg.mark_clean()
    pdlg = ProposalDialog(page, p)
    qtbot.addWidget(pdlg)
    assert [link.kind for link in pdlg.links_box.items] == ["visit", "member", "member"]
    assert pdlg.history_button is not None  # 修改记录…
    assert pdlg.windowTitle().endswith(f"{p.number} {p.title}")
    assert pdlg.links_box.label.text().startswith("<a href='visit:")


def test_department_fields_offer_the_unit_list(qtbot, page):
    from station_app.ui.dialogs.simple_records import OpinionDialog
    from station_app.ui.widgets.department_combo import DepartmentCombo

    op = page.station["opinion"]
    dlg = OpinionDialog(page, op)
    qtbot.addWidget(dlg)
    combo = dlg.ui.instruction_unit
    assert isinstance(combo, DepartmentCombo) and combo.findText("司法所") > 0
    combo.setValue("县水务局")
    assert dlg.save()
    assert M.Opinion.get_by_id(op.id).instruction_unit == "县水务局"
    from station_app.services import departments

    assert "县水务局" in departments.names()
    assert dlg.proposal_button.isVisible() or not dlg.isVisible()


def test_search_finds_a_proposal(qtbot, page):
    from station_app.services import proposals, search

    m = page.station["members"]
    proposals.create_proposal({"title": "关于校园周边交通安全的提案", "reason": "r", "source": "其他",
                               "suggestion": "s", "submitted_on": dt.date.today(), "submitted_to": "县政协"}, [m[0].id])
    page.view.bar.text.setText("校园周边")
    page.view.apply_filter()
    assert page.view.model.rowCount() == 1
    assert search.search("校园周边")["proposal"][0].title.endswith("关于校园周边交通安全的提案")


def test_settings_edit_reply_classes_and_list_the_units(qtbot, db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from station_app.services import reply_classes
    from station_app.ui.pages.settings import SettingsPage

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Ok)
    page = SettingsPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    tab = page.show_tab("履职指标与积分")
    box = tab.reply_box
    assert [box.table.model_.item(r, 0).text() for r in range(box.table.model_.rowCount())] == ["A", "B", "C"]
    box.table.model_.item(1, 1).setText("列入计划")
    box.new_code.setText("D")
    box.new_name.setText("留作参考")
    assert tab.has_unsaved()
    assert tab.save_unsaved()
    assert [(c.code, c.name) for c in reply_classes.classes()][1::2] == [("B", "列入计划"), ("D", "留作参考")]
    assert not tab.has_unsaved()
    lookups = page.show_tab("选项列表")
    labels = [lookups.kinds.item(i).text() for i in range(lookups.kinds.count())]
    assert {"承办单位", "提案来源", "提交至"} <= set(labels)
