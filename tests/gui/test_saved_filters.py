"""Saved filters on a list page: the current filter is kept by name and re-applied with one click."""

from __future__ import annotations

import pytest

from station_app.services import records, saved_filters

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


def test_saved_filter_is_reapplied(qtbot, app, db):
    from station_app.ui.pages.members import MembersPage

    for name, sector in (("张建国", "民革"), ("李秀英", "农业界"), ("王桂兰", "民革")):
        records.create("member", {"name": name, "sector": sector})
    page = MembersPage()
    qtbot.addWidget(page)
    page.refresh()
    bar = page.view.bar
    bar.category.setCurrentIndex(bar.category.findData("民革"))
    bar.text.setText("王")
    bar.changed.emit()
    assert page.view.model.shown_ids() and len(page.view.model.shown_ids()) == 1
    assert page.saved_filters.save_current("民革王姓") is True
    bar.reset()
    assert len(page.view.model.shown_ids()) == 3
    page.saved_filters.fill()
    names = [a.text() for a in page.saved_filters.menu().actions()]
    assert "保存当前筛选…" in names and "民革王姓" in names
    next(a for a in page.saved_filters.menu().actions() if a.text() == "民革王姓").trigger()
    assert bar.category.currentData() == "民革" and bar.text.text() == "王"
    assert len(page.view.model.shown_ids()) == 1
    assert saved_filters.saved("member")["民革王姓"]["category"] == "民革"
    page.saved_filters.remove("民革王姓")
    assert saved_filters.saved("member") == {}
