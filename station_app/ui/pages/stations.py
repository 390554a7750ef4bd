"""工作站对比 (county): the stations side by side — sortable figures, a chart of one figure, and the
members of all stations ranked with their station. Shown in the navigation when the database holds
more than one station; the figures are computed off the GUI thread, as on the 统计 page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.services import station_figures
from station_app.ui import charts, crash, theme
from station_app.ui.i18n import translate
from station_app.ui.jobs import Latest
from station_app.ui.models.station_compare import MEMBER_COLUMNS, SORT_ROLE, STATION_COLUMNS, N, RowsModel
from station_app.ui.pages.base import Page
from station_app.ui.period_bar import PeriodBar
from station_app.ui.widgets.busy import BusyRow


def gather(start: dt.date, end: dt.date, today: dt.date):
    """What the page shows for a period (in a worker thread: no Qt here)."""
    return (start, end), station_figures.comparison(start, end, today=today)


def _table(model: RowsModel, parent: QWidget, sort_column: int, order=Qt.DescendingOrder, *,
           stretch: int = 0) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, order)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)
    return view


def _short(name: str, rows) -> str:
    """A station's name without the ending every station shares (黄峤镇委员工作站 → 黄峤镇) for chart labels."""
    names = [r.name for r in rows]
    common = ""
    for k in range(1, min(map(len, names), default=0)):
        tail = name[-k:]
        if all(n.endswith(tail) for n in names):
            common = tail
        else:
            break
    return name[:-len(common)] if common and len(common) < len(name) else name


class StationsPage(Page):
    key = "stations"
    title = "工作站对比"
    icon_name = "stats"

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today
        inner = QWidget()
        body = QVBoxLayout(inner)
        heading = QLabel(translate("StationCompare", "工作站对比"))
        heading.setFont(theme.title_font())
        heading.setProperty("role", "page-title")
        body.addWidget(heading)
        self.period_bar = PeriodBar(today=today)
        self.period_bar.changed.connect(self.show_period)
        body.addWidget(self.period_bar)
        self.busy = BusyRow(translate("StationCompare", "正在统计各工作站……"))
        body.addWidget(self.busy)

        self.station_model = RowsModel(STATION_COLUMNS, self)
        box = QGroupBox(translate("StationCompare", "各工作站主要数字（点击列标题排序）"))
        lay = QVBoxLayout(box)
        self.station_view = _table(self.station_model, box, 1)
        self.station_view.setMinimumHeight(380)
        lay.addWidget(self.station_view)
        body.addWidget(box)

        chart_box = QGroupBox(translate("StationCompare", "图表"))
        chart_lay = QVBoxLayout(chart_box)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(translate("StationCompare", "比较")))
        self.chart_figure = QComboBox(chart_box)
        self.chart_figure.setObjectName("chart_metric")
        for col in STATION_COLUMNS:
            if col.chart:
                self.chart_figure.addItem(translate(N, col.header), col.key)
        self.chart_figure.currentIndexChanged.connect(lambda _i: self._fill_chart())
        pick.addWidget(self.chart_figure)
        pick.addStretch(1)
        chart_lay.addLayout(pick)
        self.chart_holder = QVBoxLayout()
        chart_lay.addLayout(self.chart_holder)
        body.addWidget(chart_box)

        self.member_model = RowsModel(MEMBER_COLUMNS, self)
        members = QGroupBox(translate("StationCompare", "全部工作站委员履职排名"))
        mlay = QVBoxLayout(members)
        self.member_view = _table(self.member_model, members, 0, Qt.AscendingOrder, stretch=len(MEMBER_COLUMNS) - 1)
        self.member_view.setMinimumHeight(360)
        mlay.addWidget(self.member_view)
        body.addWidget(members)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.result = None
        self.job = Latest(self, self._show, self._failed, painted=self.busy.bar)

    # ---- Page interface ----
    def refresh(self) -> None:
        self.show_period(*self.period_bar.period())

    def show_period(self, start: dt.date, end: dt.date) -> None:
        self.busy.setVisible(True)
        self.station_view.setEnabled(False)
        self.job.run(gather, start, end, self.today or dt.date.today())

    def load_now(self) -> None:
        """Compute and show on the GUI thread (tests, screenshots)."""
        start, end = self.period_bar.period()
        self.job.supersede()
        self._show(gather(start, end, self.today or dt.date.today()))

    @property
    def computing(self) -> bool:
        return self.job.busy

    def _show(self, result) -> None:
        (start, end), comparison = result
        self.result = comparison
        self.busy.setVisible(False)
        self.station_view.setEnabled(True)
        self.station_model.set_rows(comparison.rows)
        self.member_model.set_rows(comparison.members)
        self._fill_chart()
        self.status_message.emit(translate("StationCompare", "{n} 个工作站，统计期间 {start} 至 {end}").format(
            n=len(comparison.rows), start=start, end=end))

    def _failed(self, exc) -> None:
        self.busy.setVisible(False)
        self.station_view.setEnabled(True)
        message = crash.known_message(exc) or str(crash.record(exc) or exc)
        self.status_message.emit(translate("StationCompare", "统计失败：{error}").format(error=message))

    def _fill_chart(self) -> None:
        while self.chart_holder.count():
            widget = self.chart_holder.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        if self.result is None:
            return
        col = next(c for c in STATION_COLUMNS if c.key == self.chart_figure.currentData())
        values = {_short(r.name, self.result.rows): col.sort(r) for r in self.result.rows}
        self.chart_holder.addWidget(charts.ranked_bars(translate(N, col.header), values, percent=col.percent))
