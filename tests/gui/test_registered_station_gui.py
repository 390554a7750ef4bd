"""A registered station's records in the GUI: dialogs open read-only with a banner, list pages do not delete them,
and the title bar and the 工作站信息 tab show the role."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit

from station_app.services import records, stations
from station_app.store import models as M
from tests.stations_sample import TOWN, foreign_records

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]
SHOTS = os.environ.get("STATION_SHOTS", "")


def _shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def county(db, app):
    M.Station.name_own(name="某某县政协委员联络委")
    stations.set_role("county")
    return foreign_records()


def _banner(dlg) -> QLabel:
    found = dlg.findChild(QLabel, "origin_banner")
    assert found is not None and found.isVisible()
    return found


def test_a_registered_stations_dispute_opens_read_only_with_its_origin(qtbot, county):
    from station_app.ui.dialogs.dispute import DisputeDialog

    dlg = DisputeDialog(None, M.Dispute.get_by_id(county.dispute.id))
    qtbot.addWidget(dlg)
    dlg.resize(900, 700)
    dlg.show()
    qtbot.waitExposed(dlg)
    text = _banner(dlg).text()
    assert f"该记录属于“{TOWN}”" in text and "第 3 号" in text and "2026-03-31" in text
    assert not dlg.save_button.isVisible()
    assert dlg.print_button is not None and dlg.print_button.isVisible() and dlg.print_button.isEnabled()
    assert dlg.ui.buttonBox.button(QDialogButtonBox.Cancel).text() == "关闭"
    assert all(w.isReadOnly() for w in dlg.findChildren(QLineEdit) + dlg.findChildren(QPlainTextEdit))
    hidden = [b for b in dlg.findChildren(QDialogButtonBox)[0].buttons() if b.property("edit_action")]
    assert all(not b.isVisible() for b in hidden)
    for table in (dlg.parties, dlg.sessions, dlg.followups):
        assert not table.add_button.isVisible() and not table.delete_button.isVisible()
    _shot(dlg, "registered_dispute")
    assert dlg.ui.summary.toPlainText() == "邻里排水纠纷"


def test_a_registered_stations_visit_names_its_own_members(qtbot, county):
    from station_app.ui.dialogs.visit import VisitDialog

    dlg = VisitDialog(None, M.Visit.get_by_id(county.visit.id))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    _banner(dlg)
    assert dlg.members.text() == "赵镇委"  # the picker reads that station's members
    assert not dlg.save_button.isVisible() and dlg.ui.visitor_name.isReadOnly()
    _shot(dlg, "registered_visit")


def test_own_records_open_as_before(qtbot, county):
    from station_app.ui.dialogs.visit import VisitDialog

    own = records.create("visit", {"visit_date": county.visit.visit_date, "visitor_name": "本站群众",
                                   "category": "其他", "content": "咨询", "handling": "当场解答"})
    dlg = VisitDialog(None, own)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.findChild(QLabel, "origin_banner") is None
    assert dlg.save_button.isVisible() and dlg.save_button.isEnabled() and not dlg.ui.visitor_name.isReadOnly()


def test_the_list_page_does_not_delete_their_records(qtbot, county, monkeypatch):
    from station_app.ui.pages.reception import ReceptionPage

    own = records.create("visit", {"visit_date": county.visit.visit_date, "visitor_name": "本站群众",
                                   "category": "其他", "content": "咨询", "handling": "当场解答"})
    page = ReceptionPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    page.tabs.setCurrentWidget(page.view)
    view = page.view
    assert view.select_id(county.visit.id)
    page.update_delete()
    assert not page.delete_button.isEnabled() and "其他工作站" in page.delete_button.toolTip()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    page.delete_selected()
    assert told and "未删除任何记录" in told[0]
    assert not M.Visit.get_by_id(county.visit.id).deleted
    assert view.select_id(own.id)
    page.update_delete()
    assert page.delete_button.isEnabled()


def test_the_title_bar_and_the_station_tab_show_the_role(qtbot, county, window_settings):
    from station_app.ui.main_window import MainWindow
    from station_app.ui.settings.station import StationTab

    window = MainWindow(settings=window_settings)
    qtbot.addWidget(window)
    assert window.windowTitle() == "某某县政协委员联络委 — 汇总 — 委员工作站履职台账"
    tab = StationTab()
    qtbot.addWidget(tab)
    tab.reload()
    tab.resize(900, 900)
    tab.show()
    assert tab.role.text() == "汇总（已登记 1 个工作站）"
    _shot(tab, "station_tab_role")
    stations.set_role("station")
    window.update_title()
    assert window.windowTitle() == "某某县政协委员联络委 — 工作站 — 委员工作站履职台账"


def test_their_topic_and_referral_open_read_only_too(qtbot, county):
    from station_app.ui.dialogs.referral import ReferralDialog
    from station_app.ui.dialogs.topic import TopicDialog

    topic = TopicDialog(None, M.Topic.get_by_id(county.topic.id))
    qtbot.addWidget(topic)
    topic.show()
    qtbot.waitExposed(topic)
    _banner(topic)
    assert not topic.advance_button.isVisible() and not topic.conclude_button.isVisible()
    assert not topic.save_button.isVisible() and topic.print_button.isEnabled()
    _shot(topic, "registered_topic")
    item = ReferralDialog(None, M.Referral.get_by_id(county.referral.id))
    qtbot.addWidget(item)
    item.show()
    qtbot.waitExposed(item)
    assert TOWN in _banner(item).text()
    assert not item.save_button.isVisible() and not item.follows.add_button.isVisible()
    _shot(item, "registered_referral")
