"""The dossier fields in the dispute dialog, the 卷宗材料 page counts and the 卷宗归档 settings tab, as a clerk uses
them."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from records_data import script_dialog, type_chinese
from station_app.services import archive_rules, disputes
from station_app.store import models as M

D = dt.date
SHOTS = os.environ.get("STATION_SHOTS")  # a folder to keep the screenshots in, when looking at them


def _shot(widget, name):
    image = widget.grab()
    assert not image.isNull()
    if SHOTS:
        image.save(os.path.join(SHOTS, f"{name}.png"))


@pytest.fixture(autouse=True)
def no_discard_question(monkeypatch):
    """Closing a dialog with typed input asks 放弃修改？ — answered yes when the test is over."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)


@pytest.fixture
def case(app, db):
    member = M.Member.create(name="张建国", sector="民革")
    c = disputes.create_dispute(
        {"accepted_on": D(2026, 3, 5), "dispute_type": "劳动争议", "source": "当事人申请",
         "summary": "拖欠工资8000元。"},
        mediator_ids=[member.id],
        parties=[{"role": "申请人", "name": "王秀英", "occupation": "务工人员"},
                 {"role": "被申请人", "name": "宏达建筑有限公司", "is_org": True, "legal_rep": "李建国",
                  "credit_code": "91350100M000100Y43"}])
    disputes.add_session(c, {"date": D(2026, 3, 12), "process": "双方达成一致。", "mediators": "张建国",
                             "recorder": "刘晓梅"})
    return M.Dispute.get_by_id(c.id)


def papers_in(c):
    """Closing checks the dossier: the signed notice and the ID proofs received."""
    for name in ("当事人权利义务告知书", "当事人身份证明"):
        disputes.set_paper(c, name, pages=2)
    return M.Dispute.get_by_id(c.id)


def _dialog(qtbot, case):
    from station_app.ui.dialogs.dispute import DisputeDialog

    dlg = DisputeDialog(None, case, today=D(2026, 3, 20))
    qtbot.addWidget(dlg)
    dlg.resize(760, 640)
    dlg.show()
    return dlg


def _close_written(dlg, *, method=True):
    ui = dlg.ui
    ui.result.setValue("调解成功")
    ui.agreement_form.setValue("书面")
    ui.closed_on.setValue(D(2026, 3, 12))
    type_chinese(ui.agreement_content, "宏达公司于3月31日前支付王秀英工资8000元。")
    if method:
        type_chinese(ui.fulfil_method, "银行转账")
    type_chinese(ui.fulfil_place, "申请人指定的银行账户")
    ui.fulfil_deadline.setValue(D(2026, 3, 31))
    type_chinese(ui.recorder, "刘晓梅")


def test_written_agreement_without_method_is_refused_beside_the_field(qtbot, case):
    dlg = _dialog(qtbot, case)
    _close_written(dlg, method=False)
    assert not dlg.save()
    assert dlg.ui.err_fulfil_method.isVisibleTo(dlg) and "履行方式" in dlg.ui.err_fulfil_method.text()
    assert dlg.ui.tabs.currentWidget().isAncestorOf(dlg.ui.fulfil_method)  # the tab with the field is shown
    assert M.Dispute.get_by_id(case.id).result == ""  # nothing saved
    _shot(dlg, "dispute-result-error")


def test_agreement_fields_entered_in_the_dialog_are_saved(qtbot, case):
    case = papers_in(case)
    dlg = _dialog(qtbot, case)
    _close_written(dlg)
    dlg.ui.tabs.setCurrentIndex(dlg.ui.tabs.indexOf(dlg.ui.page_1))
    _shot(dlg, "dispute-result")
    assert dlg.save()
    saved = M.Dispute.get_by_id(case.id)
    assert (saved.result, saved.fulfil_method, saved.fulfil_place, saved.fulfil_deadline, saved.recorder) == (
        "调解成功", "银行转账", "申请人指定的银行账户", D(2026, 3, 31), "刘晓梅")
    assert saved.agreement_no == "〔2026〕调协字第001号" and saved.agreement_date == D(2026, 3, 12)


def test_party_and_session_dialogs_carry_the_new_fields(qtbot, case, monkeypatch):
    from station_app.ui.dialogs.dispute import PartyDialog, SessionDialog

    dlg = _dialog(qtbot, case)
    headers = [dlg.parties.model.headerData(i, Qt.Horizontal) for i in range(dlg.parties.model.columnCount())]
    assert "职业或职务" in headers
    rows = {dlg.parties.rows[i]["name"]: i for i in range(len(dlg.parties.rows))}

    def bad_code(d):
        assert d.ui.credit_code.isEnabled() and not d.ui.id_number.isEnabled()  # an organisation
        d.ui.credit_code.setText("91350100M000100Y40")
        assert not d.save()
        assert "校验位" in d.ui.err_credit_code.text()
        _shot(d, "party-org")

    script_dialog(monkeypatch, PartyDialog, bad_code)
    dlg._child(PartyDialog, dlg.parties, rows["宏达建筑有限公司"])
    assert M.Party.get(M.Party.name == "宏达建筑有限公司").credit_code == "91350100M000100Y43"

    def session(d):
        assert d.ui.mediators.text() == "张建国" and d.ui.recorder.text() == "刘晓梅"  # defaults
        type_chinese(d.ui.participants, "红星村村委会主任李明")
        type_chinese(d.ui.process, "再次调解，双方确认协议。")
        _shot(d, "session")
        assert d.save()

    script_dialog(monkeypatch, SessionDialog, session)
    dlg._child(SessionDialog, dlg.sessions)
    last = M.MediationSession.select().order_by(M.MediationSession.id.desc()).first()
    assert (last.mediators, last.recorder, last.participants) == ("张建国", "刘晓梅", "红星村村委会主任李明")


def test_page_counts_of_paper_items(qtbot, case, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    dlg = _dialog(qtbot, case)
    panel = dlg.dossier
    rows = {panel.model.item(r, 1).text(): r for r in range(panel.model.rowCount())}
    row = rows["当事人身份证明"]
    panel.model.item(row, 4).setText("0")
    assert warnings and "当事人身份证明" in warnings[-1] and "至少为1页" in warnings[-1]
    panel.model.item(row, 4).setText("两页")
    assert "当事人身份证明" in warnings[-1] and "整数" in warnings[-1]
    assert M.DossierPaper.select().count() == 0  # nothing saved
    panel.model.item(row, 4).setText("2")
    paper = M.DossierPaper.get(M.DossierPaper.name == "当事人身份证明")
    assert (paper.received, paper.pages) == (True, 2)
    assert panel.model.item(row, 3).checkState() == Qt.Checked and panel.model.item(row, 4).text() == "2"
    panel.model.item(row, 5).setText("身份证复印件")
    assert M.DossierPaper.get_by_id(paper.id).note == "身份证复印件"
    assert "尚不能归档" in panel.missing.text() and "尚未结案" in panel.missing.text()
    dlg.ui.tabs.setCurrentWidget(panel)
    _shot(dlg, "dossier-papers")


def test_archive_rules_tab_switches_a_rule_off(app, qtbot, db):
    from station_app.ui.pages.settings import SettingsPage

    page = SettingsPage()
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    tab = page.show_tab("卷宗归档")
    assert all(box.isChecked() for box in tab.boxes.values())
    tab.boxes["followup"].setChecked(False)
    assert tab.has_unsaved()
    assert tab.save()
    assert archive_rules.enabled() == {"papers": True, "followup": False, "explanation": True, "closed": True}
    _shot(page, "settings-archive")
    from station_app.ui.settings.archive import TEXTS

    assert list(TEXTS) == list(archive_rules.RULES)
    assert [TEXTS[k][0] for k in TEXTS] == [label for label, _ in archive_rules.RULES.values()]


def test_station_tab_has_the_mediation_org(app, qtbot, db):
    from station_app.services import settings
    from station_app.ui.pages.settings import SettingsPage

    page = SettingsPage()
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    tab = page.show_tab("工作站信息")
    type_chinese(tab.inputs["name"], "三塬镇委员工作室")
    type_chinese(tab.inputs["mediation_org"], "三塬镇人民调解委员会")
    assert tab.save()
    assert settings.station().mediation_org == "三塬镇人民调解委员会"
    _shot(page, "settings-station")
