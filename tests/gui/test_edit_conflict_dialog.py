"""No lost update in a record dialog: someone else's save while it is open is shown, merged or asked about."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from records_data import type_chinese
from station_app.services import accounts, changes, context, disputes, records
from station_app.store import models as M

D = dt.date
SHOTS = os.environ.get("STATION_SHOTS")


class Answerer:
    """Clicks the named button of the next message box and remembers what it said."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.asked: list[tuple[str, str, list[str]]] = []
        self.button = ""
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and self.button:
            self.asked.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
            if SHOTS:
                box.grab().save(os.path.join(SHOTS, "edit-conflict-question.png"))
            button, self.button = self.button, ""
            next(b for b in box.buttons() if b.text() == button).click()

    def will_click(self, text: str) -> Answerer:
        self.button = text
        return self


@pytest.fixture
def answer(qtbot):
    a = Answerer(qtbot)
    yield a
    a.timer.stop()


@pytest.fixture(autouse=True)
def no_discard_question(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)


@pytest.fixture
def case(app, db):
    accounts.create_user("zhangsan", "Zs-2026-pass", role="录入员", display_name="张三")
    c = disputes.create_dispute(
        {"accepted_on": D(2026, 3, 5), "dispute_type": "劳动争议", "source": "当事人申请",
         "summary": "拖欠工资8000元。"},
        parties=[{"role": "申请人", "name": "王秀英"},
                 {"role": "被申请人", "name": "宏达建筑有限公司", "is_org": True}])
    return M.Dispute.get_by_id(c.id)


def other_pc_saves(case, data):
    """Another clerk (张三) saves the record, as another PC would; the change notice reaches open windows."""
    with context.acting_as("zhangsan", "录入员"), changes.operation():
        return records.update(M.Dispute.get_by_id(case.id), data)


def _dialog(qtbot, case):
    from station_app.ui.dialogs.dispute import DisputeDialog

    dlg = DisputeDialog(None, case, today=D(2026, 3, 20))
    qtbot.addWidget(dlg)
    dlg.resize(760, 640)
    dlg.show()
    return dlg


def text_of(widget) -> str:
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()


def test_an_untouched_dialog_shows_the_version_saved_elsewhere(qtbot, case):
    dlg = _dialog(qtbot, case)
    other_pc_saves(case, {"summary": "拖欠工资8000元，涉及工友三人。"})
    qtbot.waitUntil(lambda: text_of(dlg.ui.summary) == "拖欠工资8000元，涉及工友三人。")
    assert "张三" in dlg.general_error.text() and "最新内容" in dlg.general_error.text()
    assert not dlg.is_dirty()


def test_their_change_to_another_field_is_merged_into_mine(qtbot, case):
    dlg = _dialog(qtbot, case)
    type_chinese(dlg.ui.location, "县劳动仲裁院调解室")
    other_pc_saves(case, {"summary": "拖欠工资8000元，涉及工友三人。"})
    qtbot.waitUntil(lambda: "张三" in dlg.general_error.text())  # said while the clerk is still typing
    assert text_of(dlg.ui.location) == "县劳动仲裁院调解室"  # the clerk's input is not replaced
    assert dlg.save()
    saved = M.Dispute.get_by_id(case.id)
    assert (saved.location, saved.summary) == ("县劳动仲裁院调解室", "拖欠工资8000元，涉及工友三人。")


def test_both_changed_the_same_field_keep_mine_saves_a_new_revision_and_logs_it(qtbot, case, answer):
    dlg = _dialog(qtbot, case)
    type_chinese(dlg.ui.summary, "（补）")
    mine = text_of(dlg.ui.summary)
    theirs = other_pc_saves(case, {"summary": "张三改写的简要情况。"})
    answer.will_click("保留我的修改")
    assert dlg.save()
    text, detail, buttons = answer.asked[0]
    at = theirs.updated_at
    assert text == f"该记录已被 张三 于 {at.hour:02d}:{at.minute:02d} 修改"
    assert sorted(buttons) == sorted(["查看对方的版本", "保留我的修改", "取消"])
    assert "简要情况" in detail and "张三改写的简要情况。" in detail
    saved = M.Dispute.get_by_id(case.id)
    assert saved.summary == mine and saved.revision > theirs.revision
    log = M.AuditLog.select().where(M.AuditLog.note.contains("保留本人修改")).get()
    assert log.before["summary"] == "张三改写的简要情况。" and log.after["summary"] == mine


def test_see_their_version_loads_it_and_saves_nothing(qtbot, case, answer):
    dlg = _dialog(qtbot, case)
    type_chinese(dlg.ui.summary, "（补）")
    other_pc_saves(case, {"summary": "张三改写的简要情况。"})
    answer.will_click("查看对方的版本")
    assert not dlg.save()
    assert dlg.isVisible() and text_of(dlg.ui.summary) == "张三改写的简要情况。"
    assert M.Dispute.get_by_id(case.id).summary == "张三改写的简要情况。"
    type_chinese(dlg.ui.location, "村委会")  # carrying on from their version is an ordinary save
    assert dlg.save()
    assert M.Dispute.get_by_id(case.id).location == "村委会"


def test_cancel_keeps_the_input_in_the_dialog_and_theirs_in_the_database(qtbot, case, answer):
    dlg = _dialog(qtbot, case)
    type_chinese(dlg.ui.summary, "（补）")
    mine = text_of(dlg.ui.summary)
    other_pc_saves(case, {"summary": "张三改写的简要情况。"})
    answer.will_click("取消")
    assert not dlg.save()
    assert dlg.isVisible() and text_of(dlg.ui.summary) == mine
    assert "没有保存" in dlg.general_error.text() and "简要情况" in dlg.general_error.text()
    assert M.Dispute.get_by_id(case.id).summary == "张三改写的简要情况。"
    if SHOTS:
        dlg.grab().save(os.path.join(SHOTS, "edit-conflict-cancelled.png"))


def test_a_record_deleted_meanwhile_is_said_and_the_input_stays(qtbot, case, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: said.append(text))
    dlg = _dialog(qtbot, case)
    type_chinese(dlg.ui.location, "村委会")
    with context.acting_as("zhangsan", "录入员"):
        records.soft_delete(M.Dispute.get_by_id(case.id))
    assert not dlg.save()
    assert said and "张三" in said[-1] and "删除" in said[-1]
    assert text_of(dlg.ui.location) == "村委会"


@pytest.fixture
def referral(app, db):
    from station_app.services import reception, referrals

    accounts.create_user("zhangsan", "Zs-2026-pass", role="录入员", display_name="张三")
    visit = reception.add_visit(None, {
        "visitor_name": "王桂兰", "category": "邻里纠纷", "handling": "转交部门办理", "mode": "来信",
        "visit_date": dt.date.today() - dt.timedelta(days=5), "handling_dept": "司法所",
        "content": "邻居建房占用宅基地边界，要求调处。"}, [])
    return referrals.items_of(visit).get()


def _referral_dialog(qtbot, item):
    from station_app.ui.dialogs.referral import ReferralDialog

    dlg = ReferralDialog(None, M.Referral.get_by_id(item.id))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def other_pc_saves_item(item, data):
    from station_app.services import referrals

    with context.acting_as("zhangsan", "录入员"), changes.operation():
        return referrals.save_item(M.Referral.get_by_id(item.id), data)


def test_referral_dialog_merges_their_reply_with_my_feedback(qtbot, referral):
    dlg = _referral_dialog(qtbot, referral)
    dlg.feedback_by.setText("李联络员")
    other_pc_saves_item(referral, {"reply": "已现场勘界，双方认可。", "replied_on": dt.date.today()})
    assert dlg.save()
    saved = M.Referral.get_by_id(referral.id)
    assert (saved.feedback_by, saved.reply, saved.replied_on) == ("李联络员", "已现场勘界，双方认可。", dt.date.today())


def test_referral_dialog_asks_when_both_wrote_the_reply_and_cancel_saves_nothing(qtbot, referral, answer):
    dlg = _referral_dialog(qtbot, referral)
    dlg.reply.setPlainText("我写的答复。")
    other_pc_saves_item(referral, {"reply": "张三写的答复。", "replied_on": dt.date.today()})
    answer.will_click("取消")
    assert not dlg.save()
    assert answer.asked and answer.asked[0][0].startswith("该记录已被 张三 于 ")
    assert "答复内容" in answer.asked[0][1]
    assert dlg.isVisible() and dlg.reply.toPlainText() == "我写的答复。"
    assert M.Referral.get_by_id(referral.id).reply == "张三写的答复。"
    answer.will_click("保留我的修改")
    assert dlg.save()
    assert M.Referral.get_by_id(referral.id).reply == "我写的答复。"
