"""Pages follow the change notices: the visible page re-reads at once, hidden ones when next shown, and a
change to a kind a page does not show leaves it alone — no page is refreshed by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from station_app.services import records
from station_app.store import models as M

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]
TODAY = dt.date.today()


def type_chinese(widget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def make_window(qtbot, data_dir, window_settings):
    from station_app.ui.main_window import MainWindow

    w = MainWindow(data_dir, window_settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def names(view) -> list[str]:
    model = view.model
    while model.canFetchMore():
        model.fetchMore()
    col = next(i for i, c in enumerate(model.columns) if c.key in ("visitor_name", "title", "summary", "name"))
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_a_visit_saved_in_the_dialog_is_in_the_reception_list_at_once(app, db, data_dir, window_settings, qtbot):
    from station_app.ui.dialogs.visit import VisitDialog

    records.create("member", {"name": "张建国", "sector": "民革"})
    window = make_window(qtbot, data_dir, window_settings)
    page = window.show_page("reception")
    page.tabs.setCurrentIndex(1)  # 全部来访
    assert page.view.model.total == 0
    dlg = VisitDialog(page)
    qtbot.addWidget(dlg)
    dlg.show()
    type_chinese(dlg.ui.visitor_name, "王桂兰")
    type_chinese(dlg.ui.content, "楼上装修噪音扰民")
    dlg.ui.category.setValue("邻里纠纷")
    dlg.ui.handling.setValue("当场解答")
    qtbot.mouseClick(dlg.next_button, Qt.LeftButton)  # saved; the dialog stays open for the next visitor
    assert M.Visit.select().count() == 1
    assert page.view.model.total == 1 and names(page.view) == ["王桂兰"]  # no refresh called
    assert not page.stale


def test_a_page_not_shown_is_marked_stale_by_an_import_and_reads_when_shown(
        app, db, data_dir, window_settings, qtbot, tmp_path):
    from station_app.outputs.ledgers import export_ledger, import_ledger
    from station_app.paths import DataDir
    from station_app.services import context
    from station_app.store.db import close_database, open_database
    from station_app.ui.jobs import run_job

    records.create("activity", {"date": TODAY, "activity_type": "普法宣传", "title": "民法典进社区宣讲",
                                "people_served": 120, "location": "幸福社区"})
    path = export_ledger("activities", tmp_path / "activities.xlsx", start=dt.date(TODAY.year, 1, 1),
                         end=dt.date(TODAY.year, 12, 31), unmasked=True)
    close_database()  # the window works on a fresh, empty station that imports the ledger
    other = DataDir(tmp_path / "other").ensure()
    open_database(other.db_path)
    context.set_actor("tester", "管理员")

    window = make_window(qtbot, other, window_settings)
    activities = window.show_page("activities")
    assert activities.view.model.total == 0 and not activities.stale
    opinions = window.show_page("opinions")  # the activities page is hidden now
    reads = []
    activities.view.model.modelReset.connect(lambda: reads.append(1))

    done = []
    run_job(window, "导入台账", lambda progress, cancel: import_ledger("activities", path, progress=progress,
                                                                 cancel=cancel), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done) and activities.stale, timeout=30000)  # the notice came to the GUI thread
    assert done[0].ok, done[0].text()
    assert activities.view.model.total == 0 and reads == []  # not read while hidden
    assert not opinions.stale  # the visible page does not show activities
    window.show_page("activities")
    assert not activities.stale and names(activities.view) == ["民法典进社区宣讲"]
    assert activities.view.model.total == 1


def test_a_change_a_page_does_not_show_leaves_it_alone(app, db, data_dir, window_settings, qtbot):
    window = make_window(qtbot, data_dir, window_settings)
    disputes = window.show_page("disputes")
    window.show_page("opinions")
    records.create("activity", {"date": TODAY, "activity_type": "普法宣传", "title": "宣讲"})
    assert not disputes.stale
    records.create("opinion", {"title": "关于加强农村道路养护的建议", "submitted_on": TODAY})
    assert not disputes.stale and not window.pages["opinions"].stale  # shown: read at once
    assert names(window.pages["opinions"].view) == ["关于加强农村道路养护的建议"]
    from station_app.services import disputes as cases

    cases.create_dispute({"accepted_on": TODAY, "source": "当事人申请", "dispute_type": "邻里",
                          "summary": "宅基地界址争议"}, [], [{"role": "申请人", "name": "孙立"}])
    assert disputes.stale  # hidden: read when next shown
    window.show_page("disputes")
    assert not disputes.stale and disputes.view.model.total == 1


def test_undo_and_restore_reach_the_pages_they_change(app, db, data_dir, window_settings, qtbot):
    from station_app.services import recycle, undo

    window = make_window(qtbot, data_dir, window_settings)
    page = window.show_page("activities")
    act = records.create("activity", {"date": TODAY, "activity_type": "普法宣传", "title": "宣讲"})
    assert page.view.model.total == 1
    undo.undo_last()  # the undo bar's action: the new activity goes again
    assert page.view.model.total == 0
    recycle.restore("activity", act.id)
    assert page.view.model.total == 1
    bin_page = window.show_page("recycle")
    records.soft_delete(M.Activity.get_by_id(act.id))
    assert bin_page.model.rowCount() == 1 and page.stale
    bin_page.view.selectRow(0)
    bin_page.restore_selected()
    assert bin_page.model.rowCount() == 0
    window.show_page("activities")
    assert page.view.model.total == 1
