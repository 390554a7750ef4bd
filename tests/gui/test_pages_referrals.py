"""督办 through the GUI: the page's filters, the item dialog (errors beside the fields, 督办记录, reply),
the 首页 box by department, the settings' 办理时限 and the visit dialog's due date."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt

from records_data import script_dialog
from station_app.services import records, referrals
from station_app.store import models as M

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]
SHOTS = os.environ.get("STATION_SHOTS", "")  # a folder: save screenshots there to look at them


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


@pytest.fixture
def items(db):
    from station_app.services import reception

    today = dt.date.today()
    base = {"visitor_name": "王桂兰", "category": "邻里纠纷", "handling": "转交部门办理", "mode": "来信",
            "visitor_address": "东风镇沙河村3组"}
    late = reception.add_visit(None, {**base, "visit_date": today - dt.timedelta(days=60), "handling_dept": "司法所",
                                      "content": "邻居建房占用宅基地边界，要求调处。"}, [])
    reception.add_visit(None, {**base, "visit_date": today - dt.timedelta(days=1), "handling_dept": "派出所",
                               "content": "夜间噪音扰民"}, [])
    reception.add_visit(None, {**base, "visit_date": today, "handling": "当场解答", "content": "咨询医保"}, [])
    topic = records.create("topic", {"title": "沙河村道路硬化", "proposed_on": today - dt.timedelta(days=10),
                                     "grade": "A", "undertaker": "交通运输局"}, extra={"code": "YT-2026-009"})
    records.create("opinion", {"title": "关于农村饮水安全的建议", "reporter": "张委员", "instruction_unit": "水务局"})
    return {"late": referrals.items_of(late).get(), "topic": referrals.items_of(topic).get(), "today": today}


@pytest.fixture
def page(qtbot, app, items):
    from station_app.ui.pages.referrals import ReferralsPage

    p = ReferralsPage()
    qtbot.addWidget(p)
    p.resize(1300, 640)
    p.show()
    p.refresh()
    return p


def _rows(page) -> list[dict]:
    model = page.view.model
    return [model.row_data(i) for i in range(model.rowCount())]


def test_the_page_lists_every_item_and_filters_by_kind_department_state_and_overdue(qtbot, page, items):
    _shot(page, "referrals-page")
    rows = _rows(page)
    assert len(rows) == 4 and page.view.count_label.text() == "共 4 条"
    late = next(r for r in rows if r["id"] == items["late"].id)
    assert late["source"].startswith("来访诉求：王桂兰") and late["_state"] == "overdue"
    assert late["department"] == "司法所" and late["state"] == "办理中"
    # the overdue row wears the overdue colour
    from station_app.ui import theme

    row = page.view.model.row_of(items["late"].id)
    brush = page.view.model.index(row, 0).data(Qt.BackgroundRole)
    assert brush is not None and brush == theme.state_brushes()["overdue"]
    bar = page.view.bar
    headers = [page.view.model.headerData(i, Qt.Horizontal) for i in range(page.view.model.columnCount())]
    assert headers == ["来源", "事项", "承办单位", "交办日期", "期限", "办理状态", "最近督办", "答复"]
    assert [bar.category.itemText(i) for i in range(bar.category.count())] == [
        "全部事项来源", "来访诉求", "协商成果", "提案", "社情民意"]
    bar.category.setCurrentIndex(bar.category.findData("visit"))
    assert {r["source_kind"] for r in _rows(page)} == {"visit"} and len(_rows(page)) == 2
    bar.set_department("司法所")
    assert [r["id"] for r in _rows(page)] == [items["late"].id]
    bar.reset()
    bar.set_overdue(True)
    assert [r["id"] for r in _rows(page)] == [items["late"].id]
    bar.reset()
    bar.set_status("待交办")
    assert [r["matter"] for r in _rows(page)] == ["关于农村饮水安全的建议"]
    bar.reset()
    page.show_filtered("交通运输局")
    assert [r["id"] for r in _rows(page)] == [items["topic"].id]


def test_the_item_dialog_shows_errors_beside_the_fields_and_saves_nothing(qtbot, page, items, monkeypatch):
    from station_app.ui.dialogs.referral import ReferralDialog

    item = items["late"]
    seen = {}

    def bad(dlg):
        _shot(dlg, "referral-dialog")
        assert "司法所" in dlg.department.text() and dlg.due_label.text() == f"{item.due_on:%Y-%m-%d}（已逾期）"
        dlg.limit_days.setText("0")
        dlg.replied_on.setValue(item.assigned_on - dt.timedelta(days=3))
        assert not dlg.save()
        seen["limit"] = dlg.errors["limit_days"].text()
        seen["reply"] = dlg.errors["replied_on"].text()
        seen["visible"] = dlg.errors["limit_days"].isVisible() and dlg.errors["replied_on"].isVisible()
        _shot(dlg, "referral-dialog-errors")
        dlg.limit_days.setText("")
        dlg.replied_on.setValue(None)
        dlg.reject()

    script_dialog(monkeypatch, ReferralDialog, bad)
    page.open_id(item.id)
    assert "应至少为 1个工作日" in seen["limit"] and "不能早于交办日期" in seen["reply"] and seen["visible"]
    assert records.snapshot(M.Referral.get_by_id(item.id)) == records.snapshot(item)


def test_a_follow_up_and_a_reply_through_the_dialog(qtbot, page, items, monkeypatch):
    from station_app.ui.dialogs.referral import FollowDialog, ReferralDialog

    item, today = items["late"], items["today"]

    def follow(d):
        d.date.setValue(item.assigned_on - dt.timedelta(days=1))
        d.save()
        assert "不能早于交办日期" in d.form.errors["date"].text()
        d.date.setValue(today)
        d.method.setCurrentIndex(d.method.findData("现场"))
        d.by.setText("李联络员")
        d.save()

    def work(dlg):
        script_dialog(monkeypatch, FollowDialog, follow)
        qtbot.mouseClick(dlg.follows.add_button, Qt.LeftButton)
        assert dlg.follows.model.rowCount() == 1
        dlg.replied_on.setValue(today)
        dlg.reply.setPlainText("已现场勘界，双方认可。")
        dlg.result_choice.setCurrentIndex(dlg.result_choice.findData("已解决"))
        assert dlg.save()

    script_dialog(monkeypatch, ReferralDialog, work)
    page.open_id(item.id)
    saved = M.Referral.get_by_id(item.id)
    assert (saved.state, saved.result, saved.replied_on) == ("已答复", "已解决", today)
    row = next(r for r in _rows(page) if r["id"] == item.id)
    assert row["last_follow"].startswith(f"{today:%Y-%m-%d} 现场") and row["_state"] == ""


def test_home_lists_overdue_by_department_and_opens_the_item(qtbot, app, items):
    from station_app.ui.pages.home import HomePage

    home = HomePage()
    qtbot.addWidget(home)
    home.resize(1366, 768)
    home.show()
    home.load_now()
    _shot(home, "home-1366x768")
    model = home.due_model
    heads = [model.item(i).text() for i in range(model.rowCount())]
    assert heads[0] == "司法所：逾期 1，本周到期 0"
    opened = []
    home.open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    child = model.item(0).child(0)
    home._open_due(child.index())
    assert opened == [("referral", items["late"].id)]
    assert home.due_tree.height() >= 110


def test_settings_change_the_limits_and_the_visit_dialog_shows_the_due_date(qtbot, db, monkeypatch):
    from station_app.services import referral_limits
    from station_app.ui.dialogs.visit import VisitDialog
    from station_app.ui.settings.referral_limits import ReferralLimitsPanel

    panel = ReferralLimitsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    _shot(panel, "settings-limits")
    panel.numbers["visit"].setText("0")
    assert not panel.save()
    assert "应至少为 1" in panel.errors["visit"].text()
    panel.numbers["visit"].setText("10")
    panel.units["visit"].setCurrentIndex(panel.units["visit"].findData("day"))
    panel.grades.setText("A、B")
    assert panel.save()
    assert referral_limits.limit_of("visit").text == "10天" and referral_limits.referral_grades() == ["A", "B"]

    dlg = VisitDialog(None, None)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.ui.visit_date.setValue(dt.date(2026, 9, 28))
    dlg.ui.handling.setValue("转交部门办理")
    assert dlg.due_hint.isVisible() and "2026-10-08" in dlg.due_hint.text()
    dlg.ui.handling.setValue("当场解答")
    assert not dlg.due_hint.isVisible()
    dlg.mark_clean()  # closing at teardown asks nothing
    dlg.hide()
