"""RecordTableModel and the list view: Qt's model checks, lazy paging, sorting, count, filters."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from station_app.services import listing, records

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


@pytest.fixture
def visits(db):
    m = records.create("member", {"name": "张建国", "sector": "民革"})
    for i in range(45):
        records.create("visit", {"visit_date": dt.date(2026, 5, 1) + dt.timedelta(days=i % 20),
                                 "visitor_name": f"群众{i:02d}", "category": "邻里纠纷" if i % 3 else "教育",
                                 "content": "反映问题" * 30, "handling": "当场解答"}, members=[m.id])
    return m


def test_model_passes_qt_checks_and_pages_lazily(qtmodeltester, visits):
    from station_app.ui.models.record_table import RecordTableModel

    whole = RecordTableModel("visit", page=100)
    whole.reload()
    qtmodeltester.check(whole)  # (the tester's own reset handling trips over fetchMore, so one page holds all)
    model = RecordTableModel("visit", page=10)
    model.reload()
    assert model.total == 45 and model.rowCount() == 10  # one page, not all rows
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 45
    assert len({model.record_id(r) for r in range(45)}) == 45
    assert model.data(model.index(0, 1)) == "2026-05-20" and model.data(model.index(0, 0)) == "来访-040"
    content_col = [c.key for c in model.columns].index("content")
    assert model.data(model.index(0, content_col)).endswith("…")
    assert len(model.data(model.index(0, content_col), Qt.ToolTipRole)) == 120
    model.sort([c.key for c in model.columns].index("visitor_name"), Qt.AscendingOrder)
    assert model.data(model.index(0, 2)) == "群众00" and model.rowCount() == 10


def test_list_view_filters_and_counts(qtbot, visits):
    from station_app.ui.widgets.list_view import RecordListView

    view = RecordListView("visit")
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    assert view.count_label.text() == "共 45 条"
    view.bar.category.setCurrentText("教育")
    assert view.count_label.text() == "共 15 条"
    view.bar.text.setText("群众03")
    qtbot.waitUntil(lambda: view.count_label.text() == "共 1 条")
    assert view.model.shown_ids() == [view.model.record_id(0)]
    view.bar.member.edit.setText("没有这个人")
    qtbot.waitUntil(lambda: view.count_label.text() == "共 0 条")
    view.bar.reset()
    assert view.count_label.text() == "共 45 条"
    view.bar.set_period("自定义")
    view.bar.start.setValue(dt.date(2026, 5, 1))
    view.bar.end.setValue(dt.date(2026, 5, 2))
    assert view.model.total == listing.count("visit", listing.Filter(start=dt.date(2026, 5, 1),
                                                                     end=dt.date(2026, 5, 2)))
    assert view.model.total == 6
    emitted = []
    view.activated.connect(emitted.append)
    view.table.doubleClicked.emit(view.model.index(0, 0))
    assert emitted == [view.model.record_id(0)]
