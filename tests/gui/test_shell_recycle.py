"""回收站: deleted records of several kinds are listed, restored, or removed for good."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def deleted(db):
    from station_app.services import records

    member = records.create("member", {"name": "赵六", "sector": "农业界"})
    visit = records.create("visit", {"visit_date": dt.date(2026, 3, 6), "visitor_name": "张大爷",
                                     "category": "邻里纠纷", "content": "宅基地边界争议", "handling": "当场解答"})
    activity = records.create("activity", {"date": dt.date(2026, 4, 1), "activity_type": "普法宣传",
                                           "title": "民法典进社区"})
    for row in (member, visit, activity):
        records.soft_delete(row)
    return member, visit, activity


@pytest.fixture
def page(app, db, qtbot):
    from station_app.ui.pages.recycle import RecyclePage

    p = RecyclePage()
    qtbot.addWidget(p)
    p.show()
    return p


def _select(page, text):
    for row in range(page.model.rowCount()):
        if text in page.model.item(row, 1).text():
            page.view.selectRow(row)
            return
    raise AssertionError(text)


def test_deleted_records_listed_and_restored(page, deleted):
    from station_app.store.models import Visit

    page.refresh()
    kinds = {page.model.item(r, 0).text() for r in range(page.model.rowCount())}
    assert kinds == {"委员", "来访登记", "履职活动"}
    _select(page, "张大爷")
    page.restore_selected()
    assert Visit.get_by_id(deleted[1].id).deleted is False
    assert page.model.rowCount() == 2


def test_purge_is_for_administrators(page, deleted, monkeypatch):
    from station_app.services import context
    from station_app.store.models import Activity

    page.refresh()
    _select(page, "民法典")
    with context.acting_as("clerk", "录入员"):
        page._update_buttons()
        assert not page.purge_button.isEnabled() and page.restore_button.isEnabled()
    page._update_buttons()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    page.purge_selected()
    assert Activity.get_or_none(Activity.id == deleted[2].id) is None
