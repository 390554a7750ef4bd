"""矛盾纠纷调解 through the page: register with parties, sessions, follow-ups, closing, deadline highlights."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from records_data import script_dialog, small_station, type_chinese
from station_app.services import records
from station_app.store import models as M
from station_app.ui.models.record_table import STATE_COLOURS

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


@pytest.fixture
def page(qtbot, db):
    from station_app.ui.pages.disputes import DisputesPage

    station = small_station()
    p = DisputesPage()
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    p.refresh()
    p.station = station
    return p


def test_register_mediate_follow_up_and_close(qtbot, page, monkeypatch):
    from station_app.ui.dialogs.dispute import DisputeDialog, FollowUpDialog, PartyDialog, SessionDialog

    def party(name, role):
        def fill(dlg):
            dlg.ui.role.setValue(role)
            type_chinese(dlg.ui.name, name)
            dlg.ui.phone.setText("13800138000")
            dlg.save()
        return fill

    parties = iter([party("孙立", "申请人"), party("钱明", "被申请人")])

    def register(dlg):
        dlg.ui.dispute_type.setValue("房屋宅基地")
        dlg.ui.source.setValue("当事人申请")
        type_chinese(dlg.ui.summary, "两家宅基地界址争议，院墙越界约半米")
        dlg.members.edit.setText("张建国、王志强")
        script_dialog(monkeypatch, PartyDialog, lambda d: next(parties)(d))
        qtbot.mouseClick(dlg.parties.add_button, Qt.LeftButton)
        qtbot.mouseClick(dlg.parties.add_button, Qt.LeftButton)
        assert dlg.parties.model.rowCount() == 2
        assert not dlg.sessions.add_button.isEnabled()  # sessions come after the case is saved
        assert dlg.save()

    script_dialog(monkeypatch, DisputeDialog, register)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    case = M.Dispute.get()
    assert case.case_no.startswith("〔") and case.dispute_type == "房屋宅基地"
    assert [p.name for p in M.Party.select().order_by(M.Party.id)] == ["孙立", "钱明"]
    assert records.member_names(records.member_ids(case)) == ["张建国", "王志强"]
    assert page.view.model.total == 1
    assert page.view.model.row_data(0)["parties"] == "孙立、钱明"

    def mediate_and_close(dlg):
        assert "办理期限" in dlg.deadline_label.text()

        def session(d):
            d.ui.location.setText("村委会调解室")
            type_chinese(d.ui.process, "双方陈述后，委员现场丈量并释法说理")
            d.save()
        script_dialog(monkeypatch, SessionDialog, session)
        qtbot.mouseClick(dlg.sessions.add_button, Qt.LeftButton)
        assert dlg.sessions.model.rowCount() == 1
        dlg.ui.result.setValue("调解成功")
        dlg.ui.agreement_form.setValue("口头")
        dlg.ui.closed_on.setValue(dt.date.today())
        assert not dlg.save()  # closing checks the dossier: every missing paper named at once
        assert "缺少必备材料：当事人权利义务告知书、当事人身份证明" in dlg.general_error.text()
        assert dlg.ui.err_agreement_content.text() == "口头协议必须填写协议内容"
        panel = dlg.dossier
        rows = {panel.model.item(r, 1).text(): r for r in range(panel.model.rowCount())}
        for name in ("当事人权利义务告知书", "当事人身份证明"):
            panel.model.item(rows[name], 3).setCheckState(Qt.Checked)
        type_chinese(dlg.ui.agreement_content, "钱明三日内拆除越界院墙")
        assert dlg.save()

    page.view.table.selectRow(0)
    script_dialog(monkeypatch, DisputeDialog, mediate_and_close)
    qtbot.mouseClick(page.open_button, Qt.LeftButton)
    case = M.Dispute.get()
    assert case.result == "调解成功" and case.closed_on == dt.date.today()
    assert M.MediationSession.get().location == "村委会调解室"

    def follow(dlg):
        assert "已于" in dlg.deadline_label.text()

        def f(d):
            type_chinese(d.ui.visitor, "王志强")
            type_chinese(d.ui.content, "协议已履行，院墙已退回")
            d.ui.fulfilment.setValue("已履行")
            d.save()
        script_dialog(monkeypatch, FollowUpDialog, f)
        qtbot.mouseClick(dlg.followups.add_button, Qt.LeftButton)
        dlg.reject()

    script_dialog(monkeypatch, DisputeDialog, follow)
    page.open_id(case.id)
    assert M.FollowUp.get().content == "协议已履行，院墙已退回"
    assert M.Dispute.get().fulfilment == "已履行"


def test_closing_rules_shown_beside_fields(qtbot, page, monkeypatch):
    from station_app.services import disputes
    from station_app.ui.dialogs.dispute import DisputeDialog

    case = disputes.create_dispute({"accepted_on": dt.date.today(), "source": "当事人申请", "dispute_type": "合同",
                                    "summary": "货款纠纷"})
    dlg = DisputeDialog(None, case)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.ui.result.setValue("调解不成功")
    dlg.ui.closed_on.setValue(dt.date.today())
    assert dlg.save() is False
    assert dlg.ui.err_failure_reason.isVisible()
    assert "申请人" in dlg.general_error.text()  # a case needs an applicant to close
    assert dlg.ui.tabs.currentWidget().isAncestorOf(dlg.ui.failure_reason)
    assert M.Dispute.get_by_id(case.id).closed_on is None
    dlg.mark_clean()  # nothing to ask about when the test closes it


def test_deadlines_highlighted_and_filtered(qtbot, page):
    from station_app.services import disputes

    today = dt.date.today()
    old = disputes.create_dispute({"accepted_on": today - dt.timedelta(days=45), "source": "当事人申请",
                                   "dispute_type": "邻里", "summary": "噪音"})
    near = disputes.create_dispute({"accepted_on": today - dt.timedelta(days=26), "source": "当事人申请",
                                    "dispute_type": "物业", "summary": "物业费"})
    disputes.create_dispute({"accepted_on": today, "source": "当事人申请", "dispute_type": "消费", "summary": "退货"})
    page.refresh()
    qtbot.waitUntil(lambda: "已超期" in page.banner.text())
    model = page.view.model
    colours = {model.record_id(r): model.data(model.index(r, 0), Qt.BackgroundRole) for r in range(model.rowCount())}
    assert colours[old.id].color() == STATE_COLOURS["overdue"]
    assert colours[near.id].color() == STATE_COLOURS["near"]
    assert "1 件已超期" in page.banner.text() and "1 件 7 天内到期" in page.banner.text()
    qtbot.mouseClick(page.show_overdue, Qt.LeftButton)
    qtbot.waitUntil(lambda: model.total == 1)
    assert model.record_id(0) == old.id and page.view.count_label.text() == "共 1 条"


def test_dossier_papers_and_archiving(qtbot, page):
    from station_app.services import disputes
    from station_app.ui.dialogs.dispute import DisputeDialog

    case = disputes.create_dispute({"accepted_on": dt.date.today(), "source": "当事人申请", "dispute_type": "合同",
                                    "summary": "货款纠纷"}, parties=[{"role": "申请人", "name": "赵甲"}])
    disputes.add_session(case, {"date": dt.date.today(), "process": "释法说理"})
    dlg = DisputeDialog(None, M.Dispute.get_by_id(case.id))
    qtbot.addWidget(dlg)
    panel = dlg.dossier
    assert "当事人身份证明" in panel.missing.text()
    rows = {panel.model.item(r, 1).text(): r for r in range(panel.model.rowCount())}
    for name in ("当事人权利义务告知书", "当事人身份证明"):
        panel.model.item(rows[name], 3).setCheckState(Qt.Checked)
    text = panel.missing.text()  # the papers are complete; what still stops archiving is the open case
    assert "当事人身份证明" not in text and "尚未结案" in text
    dlg.close()
    disputes.close_case(case, {"result": "调解成功", "agreement_form": "口头", "agreement_content": "当场道歉",
                               "closed_on": dt.date.today()})
    dlg = DisputeDialog(None, M.Dispute.get_by_id(case.id))
    qtbot.addWidget(dlg)
    panel = dlg.dossier
    assert panel.archive_button.isEnabled()
    panel.archive_button.click()
    case = M.Dispute.get_by_id(case.id)
    assert case.archive_status == "已归档" and case.file_no
    assert dlg.ui.archive_status.value() == "已归档" and not dlg.is_dirty()
