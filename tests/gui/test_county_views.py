"""The county's views through real widgets: the station selector of the lists, the 统计 page and the export
dialogs (only with several stations), and the 工作站对比 page sorted and charted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from station_app.store.org import OWN_STATION_ID
from tests.county_sample import TODAY, county_fixture, fill  # noqa: F401  (the county fixture)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


def _page(qtbot, cls, **kw):
    page = cls(**kw)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    return page


def test_the_list_pages_station_selector_filters_the_rows(app, qtbot, county):
    from station_app.ui.pages.disputes import DisputesPage

    page = _page(qtbot, DisputesPage)
    combo = page.view.bar.station
    assert not combo.isHidden()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "全部工作站", "景泰县政协委员联络委", "芦阳镇委员工作站", "草窝滩镇委员工作站"]
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 5)
    combo.setCurrentIndex(combo.findData(county[1]))
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 3)
    assert page.view.bar.filter().station == county[1]
    page.view.bar.reset()
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 5)


def test_a_station_alone_sees_no_selector_and_no_comparison_page(app, qtbot, db):
    from station_app.ui.dialogs.ledger_export import LedgerExportDialog
    from station_app.ui.pages import page_keys
    from station_app.ui.pages.disputes import DisputesPage

    fill(OWN_STATION_ID, 1)
    page = _page(qtbot, DisputesPage)
    assert page.view.bar.station.isHidden() and page.view.bar.filter().station is None
    assert "stations" not in page_keys()
    dialog = LedgerExportDialog(None, "disputes")
    qtbot.addWidget(dialog)
    assert dialog.station.isHidden()


def test_comparison_page_sorts_and_charts(app, qtbot, county):
    from PySide6.QtCharts import QChartView

    from station_app.ui.pages import page_keys
    from station_app.ui.pages.stations import StationsPage

    assert "stations" in page_keys()
    page = _page(qtbot, StationsPage, today=TODAY)
    qtbot.waitUntil(lambda: page.station_model.rowCount() == 2, timeout=10000)
    view = page.station_view
    proxy = view.model()
    names = lambda: [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    disputes = next(i for i, c in enumerate(page.station_model.columns) if c.key == "disputes")
    view.sortByColumn(disputes, Qt.AscendingOrder)
    assert names() == ["芦阳镇委员工作站", "草窝滩镇委员工作站"]
    view.sortByColumn(disputes, Qt.DescendingOrder)
    assert names() == ["草窝滩镇委员工作站", "芦阳镇委员工作站"]
    assert proxy.index(0, disputes).data() == "3"
    assert page.member_view.model().rowCount() == 3 + 4
    stations = {page.member_view.model().index(r, 2).data() for r in range(7)}
    assert stations == {"芦阳镇委员工作站", "草窝滩镇委员工作站"}
    page.chart_figure.setCurrentIndex(page.chart_figure.findData("success_rate"))
    charts = page.findChildren(QChartView)
    assert charts and charts[-1].chart().title() == "调解成功率"


def test_stats_page_and_export_dialogs_follow_the_station(app, qtbot, county):
    from station_app.ui.dialogs.inspection import InspectionDialog
    from station_app.ui.dialogs.ledger_export import LedgerExportDialog
    from station_app.ui.pages.stats import StatsPage

    page = _page(qtbot, StatsPage, today=TODAY)
    page.station.set_station(county[0])
    page.load_now()
    assert page.data["reception"]["visits"] == 3 + 2 and len(page.ranking) == 3
    page.station.set_station(None)
    page.load_now()
    assert page.data["reception"]["visits"] == 5 + 7 and len(page.ranking) == 7
    assert {f.name for f in page.ranking} >= {"张0", "张1"}
    dialog = LedgerExportDialog(None, "disputes", station=county[1])
    qtbot.addWidget(dialog)
    assert not dialog.station.isHidden() and dialog.station.station_id() == county[1]
    inspection = InspectionDialog(None, year=2026)
    qtbot.addWidget(inspection)
    assert not inspection.station.isHidden() and inspection.station.station_id() is None
