"""The visit dialog through real widgets: quick successive entry, errors beside fields, follow-up, conversions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from station_app.services import listing, records
from station_app.store import models as M

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


def type_chinese(widget, text: str) -> None:
    """Commit *text* through the input method, as a Chinese IME does."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def members(db):
    a = records.create("member", {"name": "张建国", "sector": "民革"})
    b = records.create("member", {"name": "李秀英", "sector": "农业界"})
    return a, b


@pytest.fixture
def day(members):
    from station_app.services import reception

    return reception.open_day(date=dt.date.today(), half="上午", location="工作站", member_ids=[m.id for m in members])


def fill_visit(dlg, name, content, category="邻里纠纷", handling="当场解答"):
    type_chinese(dlg.ui.visitor_name, name)
    type_chinese(dlg.ui.content, content)
    dlg.ui.category.setValue(category)
    dlg.ui.handling.setValue(handling)


def test_quick_successive_visits_on_a_reception_day(qtbot, day, members):
    from station_app.ui.dialogs.visit import VisitDialog

    dlg = VisitDialog(None, day=day)
    qtbot.addWidget(dlg)
    assert dlg.ui.visit_date.value() == day.date
    assert dlg.members.text() == "张建国、李秀英"  # the day's members by default
    fill_visit(dlg, "王桂兰", "楼上装修噪音扰民")
    qtbot.mouseClick(dlg.next_button, Qt.LeftButton)
    assert dlg.isVisible() is False or dlg.result() == 0
    assert dlg.ui.visitor_name.text() == "" and dlg.ui.category.value() == "邻里纠纷"
    fill_visit(dlg, "赵德明", "低保申请进度", category="社会保障", handling="政策咨询")
    dlg.ui.people_count.setValue(3)
    qtbot.mouseClick(dlg.next_button, Qt.LeftButton)
    assert dlg.saved_count == 2
    assert "已登记 2 位" in dlg.day_label.text()
    rows = listing.fetch("visit")
    assert {r["visitor_name"] for r in rows} == {"王桂兰", "赵德明"}
    assert all(r["members"] == "张建国、李秀英" for r in rows)
    assert all(r["reception_day"] == day.id for r in rows)
    assert {r["status"] for r in rows} == {"已办结"}


def test_bad_values_are_shown_beside_fields_and_kept(qtbot, day, monkeypatch):
    from station_app.ui.dialogs.visit import VisitDialog

    dlg = VisitDialog(None, day=day)
    qtbot.addWidget(dlg)
    dlg.show()
    type_chinese(dlg.ui.content, "村道破损")
    dlg.ui.visitor_phone.setText("12345")
    dlg.members.edit.setText("张建国")
    assert dlg.save() is False
    assert dlg.ui.err_visitor_name.isVisible() and "不能为空" in dlg.ui.err_visitor_name.text()
    assert dlg.ui.err_visitor_phone.isVisible()
    assert dlg.ui.content.toPlainText() == "村道破损" and dlg.ui.visitor_phone.text() == "12345"
    assert M.Visit.select().count() == 0
    dlg.members.edit.setText("张建国、不存在的人")
    type_chinese(dlg.ui.visitor_name, "孙立")
    dlg.ui.visitor_phone.setText("13800138000")
    assert dlg.save() is False
    assert "不存在的人" in dlg.ui.err_members.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.No)
    dlg.reject()
    assert asked and dlg.isVisible()  # unsaved changes: asked, and kept open on “No”
    dlg.mark_clean()


def test_failed_save_keeps_input(qtbot, day, monkeypatch, tmp_path):
    from sqlite_faults import busy_error
    from station_app.services import reception
    from station_app.ui.dialogs.visit import VisitDialog

    dlg = VisitDialog(None, day=day)
    qtbot.addWidget(dlg)
    fill_visit(dlg, "周强", "拆迁补偿")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))

    exc = busy_error(tmp_path)  # raised by SQLite itself: recognised by its code (SQLITE_BUSY)

    def locked(*a, **k):
        raise exc

    monkeypatch.setattr(reception, "add_visit", locked)
    assert dlg.save() is False
    assert shown and "占用" in shown[0]
    assert dlg.ui.visitor_name.text() == "周强"


def test_follow_up_and_conversion(qtbot, day, members):
    from station_app.services import reception
    from station_app.ui.dialogs.visit import VisitDialog

    visit = reception.add_visit(day, {"visitor_name": "钱芳", "category": "邻里纠纷", "content": "院墙滴水纠纷",
                                      "handling": "转交部门办理"})
    dlg = VisitDialog(None, visit)
    qtbot.addWidget(dlg)
    assert not dlg.next_button.isVisible()
    qtbot.mouseClick(dlg.convert_buttons["dispute"], Qt.LeftButton)
    case = M.Dispute.get(M.Dispute.source_visit == visit.id)
    assert "调解案件" in dlg.links_label.text() and case.case_no in dlg.links_label.text()
    assert records.member_ids(case) == [m.id for m in members]
    dlg.ui.tabs.setCurrentIndex(1)
    dlg.ui.followup_date.setValue(dt.date.today())
    type_chinese(dlg.ui.followup_note, "双方已和解")
    dlg.ui.satisfaction.setValue("满意")
    assert dlg.save()
    visit = M.Visit.get_by_id(visit.id)
    assert visit.status == "已回访" and visit.satisfaction == "满意"
    assert visit.handling == "转矛盾纠纷调解"


def test_read_only_account_sees_but_cannot_change(qtbot, day):
    from station_app.services import context, reception
    from station_app.ui.dialogs.visit import VisitDialog

    visit = reception.add_visit(day, {"visitor_name": "钱芳", "category": "邻里纠纷", "content": "院墙滴水",
                                      "handling": "当场解答"})
    context.set_actor("检查员", "只读检查")
    dlg = VisitDialog(None, visit)
    qtbot.addWidget(dlg)
    assert dlg.ui.visitor_name.text() == "钱芳" and dlg.ui.visitor_name.isReadOnly()
    assert not dlg.save_button.isEnabled()
    assert not any(b.isEnabled() for b in dlg.convert_buttons.values())
    assert not dlg.ui.category.isEnabled()


def test_member_names_complete_one_after_another(qtbot, members):
    from station_app.ui.widgets.member_picker import MemberPicker

    picker = MemberPicker()
    qtbot.addWidget(picker)
    picker.show()
    picker.edit.setText("张建国、")
    type_chinese(picker.edit, "李")
    picker._complete(picker.edit.text())
    assert picker.completer.completionCount() == 1
    picker.completer.setCurrentRow(0)
    picker._insert(picker.completer.currentCompletion())
    assert picker.edit.text() == "张建国、李秀英、"
    assert picker.member_ids() == [m.id for m in members]


def test_print_from_the_dialog_previews_the_saved_visit(qtbot, day, monkeypatch):
    from station_app.services import reception
    from station_app.ui.dialogs import pdf_preview
    from station_app.ui.dialogs.visit import VisitDialog

    shown = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "__init__",
                        lambda self, parent, kind, ids, title="", **k: shown.append((kind, list(ids)))
                        or pdf_preview.QDialog.__init__(self, parent))
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: 0)
    notes = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: notes.append(a[2]) or QMessageBox.Ok)

    new = VisitDialog(None, None, defaults={"reception_day": day})
    qtbot.addWidget(new)
    assert not new.print_button.isEnabled()  # nothing saved yet, nothing to print

    visit = reception.add_visit(day, {"visitor_name": "孙丽", "category": "社会保障", "content": "医保转移",
                                      "handling": "政策咨询"})
    dlg = VisitDialog(None, visit)
    qtbot.addWidget(dlg)
    type_chinese(dlg.ui.content, "，补充材料")
    dlg.print_button.click()
    assert shown == [] and "请先保存" in notes[0]  # unsaved edits are not printed silently
    dlg.ui.content.setPlainText("医保转移")
    dlg.print_button.click()
    assert shown == [("visit", [visit.id])]
