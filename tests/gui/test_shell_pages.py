"""首页, 统计 and 全局搜索 on the demo data: what the services compute is what the widgets show."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 9, 14)  # a Monday


@pytest.fixture
def demo(db):
    from station_app.services import demo

    demo.generate(2026, seed=3, today=TODAY)
    return db


@pytest.fixture
def home(app, demo, qtbot):
    from station_app.ui.pages.home import HomePage

    page = HomePage(today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.load_now()
    return page


def test_dashboard_shows_week_duty_todo_and_year_figures(home):
    from station_app.services import duty, stats

    week = duty.week_slots(TODAY)
    assert week and home.duty_model.rowCount() == len(week)
    first = duty.slot_members(week[0])
    assert home.duty_model.item(0, 3).text() == "、".join(m.name for m in first if m.active)
    figures = stats.compute(dt.date(2026, 1, 1), dt.date(2026, 12, 31), today=TODAY)
    assert home.cards["people"].value.text() == str(figures["reception"]["people"])
    assert home.cards["disputes"].value.text() == str(figures["disputes"]["cases"])
    heads = [home.todo_model.item(i).text() for i in range(home.todo_model.rowCount())]
    assert any(h.startswith("来访未办结") for h in heads)
    assert home.chart_row.count() == 3


def test_dashboard_todo_opens_the_record(home, qtbot):
    head = home.todo_model.item(0)
    child = head.child(0)
    kind, rid = child.data(256)
    with qtbot.waitSignal(home.open_record) as signal:
        home.todo.activated.emit(child.index())
    assert signal.args == [kind, rid]


def test_today_reception_day_opened_with_one_click(app, db, qtbot):
    from station_app.services import duty, reception, records
    from station_app.ui.pages.home import HomePage

    members = [records.create("member", {"name": n, "sector": "教育界"}).id for n in ("周敏", "吴强")]
    slot = duty.create_slot(TODAY, "上午", "镇委员工作站", members)
    page = HomePage(today=TODAY)
    qtbot.addWidget(page)
    page.load_now()
    assert "周敏、吴强" in page.today_label.text()
    assert page.today_button.text() == "开始今天的接待日"
    with qtbot.waitSignal(page.open_record) as signal:
        page.today_button.click()
    day = reception.day_of_slot(slot)
    assert day is not None and signal.args == ["reception_day", day.id]
    page.load_now()
    assert page.today_button.text() == "打开今天的接待日"


def test_stats_page_any_period_and_ranking(app, demo, qtbot):
    from station_app.services import stats
    from station_app.ui.pages.stats import StatsPage

    page = StatsPage(today=TODAY)
    qtbot.addWidget(page)
    page.show()
    start, end = dt.date(2026, 4, 1), dt.date(2026, 6, 30)
    page.period_bar.set_period(start, end)
    assert page.busy.isVisible()  # the figures come from a worker thread
    qtbot.waitUntil(lambda: not page.computing, timeout=60000)
    assert not page.busy.isVisible()
    figures = stats.compute(start, end, today=TODAY)
    shown = page.findChild(type(page.period_bar.error), "figure:矛盾纠纷调解:受理纠纷")
    assert shown.text() == f"{figures['disputes']['cases']} 件"
    ranking = stats.member_figures(start, end, today=TODAY)
    assert page.rank_model.rowCount() == len(ranking)
    assert page.rank_model.item(0, 1).text() == ranking[0].name
    assert page.chart_row.count() == 3


def test_stats_period_end_before_start_is_refused(app, db, qtbot):
    from station_app.ui.pages.stats import StatsPage

    page = StatsPage(today=TODAY)
    qtbot.addWidget(page)
    page.period_bar.set_period(dt.date(2026, 6, 1), dt.date(2026, 1, 1))
    assert "早于" in page.period_bar.error.text()


@pytest.mark.parametrize("query", ["调解", "张", "民法典进"])
def test_search_groups_results_by_kind(app, demo, qtbot, type_text, query):
    from station_app.services import search
    from station_app.ui.search_dialog import SearchDialog, kind_label

    dialog = SearchDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.box, query)
    assert dialog.box.text() == query
    dialog.run()
    expected = {k: v for k, v in search.search(query).items() if v}
    model = dialog.results.model()
    heads = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert [h.split("（")[0] for h in heads] == [kind_label(k) for k in expected]
    if expected:
        group = model.index(0, 0)
        assert model.rowCount(group) == len(next(iter(expected.values())))
        assert dialog.results.isExpanded(group)
        child = model.index(0, 0, group)
        with qtbot.waitSignal(dialog.open_record) as signal:
            dialog.results.activated.emit(child)
        first = next(iter(expected.values()))[0]
        assert signal.args == [first.kind, first.id]


def test_dashboard_followup_count_matches_the_reception_rule(demo):
    from station_app.services import dashboard, reception

    count, first = dashboard.visit_followups_due(TODAY)
    due = reception.followups_due(TODAY)
    assert count == len(due) and [v.visit_date for v in first] == [v.visit_date for v in due[:len(first)]]


def test_stats_export_and_print_open_the_output_dialogs(app, db, qtbot, monkeypatch):
    from station_app.ui.dialogs import ledger_export, pdf_preview
    from station_app.ui.pages.stats import StatsPage

    opened = []
    monkeypatch.setattr(ledger_export.LedgerExportDialog, "exec",
                        lambda self: opened.append(("ledger", self.windowTitle())) or 0)
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec",
                        lambda self: opened.append(("pdf", self.kind, self.ids)) or 0)
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "__init__",
                        lambda self, parent, kind, ids, title="", year=None: (
                            setattr(self, "kind", kind), setattr(self, "ids", ids), None)[-1])
    page = StatsPage(today=TODAY)
    qtbot.addWidget(page)
    page.period_bar.set_period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert page.can("export") and page.can("print")
    page.export_shown()
    page.print_current()
    assert opened[0][0] == "ledger" and opened[1] == ("pdf", "report", [2025])


def test_dashboard_loads_in_the_background_quota_second(app, demo, qtbot):
    from station_app.ui.pages.home import HomePage

    page = HomePage(today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: not page._pending, timeout=60000)
    heads = [page.todo_model.item(i).text() for i in range(page.todo_model.rowCount())]
    assert page.data is not None and any(h.startswith("来访未办结") for h in heads)
    from station_app.services import dashboard

    quota = dashboard.quota_group(TODAY)
    assert (quota.total > 0) == any(h.startswith("委员未达履职指标") for h in heads)
