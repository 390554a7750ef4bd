"""Global search: the searched word is marked (bold, palette colour) in the result titles and snippets."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import reception

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


def test_match_is_highlighted_in_results(qtbot, app, db, tmp_path):
    from station_app.ui.search_dialog import SearchDialog
    from station_app.ui.widgets.highlight_delegate import HTML_ROLE

    reception.add_visit(None, {"visit_date": dt.date(2026, 3, 5), "visitor_name": "王桂兰",
                               "content": "邻居长期占用楼道堆放杂物，多次协商无果，希望社区出面协调。",
                               "category": "邻里纠纷", "handling": "当场解答", "mode": "来信"}, [])
    dlg = SearchDialog()
    qtbot.addWidget(dlg)
    dlg.box.setText("楼道")
    dlg.run()
    group = dlg.model.index(0, 0)
    snippet = dlg.model.index(0, 2, group)
    rich = dlg.model.data(snippet, HTML_ROLE)
    assert "<b style='color: " in rich and ">楼道</b>" in rich
    assert "楼道" in dlg.model.data(snippet)  # the plain text stays for copy and accessibility
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.grab().save(str(tmp_path / "search.png"))
