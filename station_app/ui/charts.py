"""Small QtCharts helpers: a bar chart, a line chart and a pie chart, readable at a glance."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLegend,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter

from station_app.ui import theme
from station_app.ui.i18n import translate

OTHER = "其他"  # the lookups' catch-all category

def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = theme.app_font()
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    return chart


def _paint(chart: QChart) -> None:
    """Background, title, legend and axis text from the palette (readable in dark mode too)."""
    c = theme.colours()
    text, grid = QColor(c["text"]), QColor(c["grid"])
    chart.setBackgroundBrush(QColor(c["base"]))
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(text)
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)


def _view(chart: QChart, min_height: int) -> QChartView:
    _paint(chart)
    view = QChartView(chart)
    view.setRenderHint(QPainter.Antialiasing)
    view.setMinimumHeight(min_height)
    return view


def _value_axis(maximum: float) -> QValueAxis:
    axis = QValueAxis()
    top = max(1, int(maximum * 1.15 + 0.999))
    axis.setRange(0, top)
    axis.setLabelFormat("%d")
    axis.setTickCount(min(6, top + 1))
    axis.applyNiceNumbers()
    axis.setLabelsFont(theme.app_font())
    return axis


def bar_chart(title: str, categories: list[str], series: dict[str, list[float]], *,
              min_height: int = 240, x_title: str = "") -> QChartView:
    """Grouped bars: one bar set per entry of *series* (name -> values per category)."""
    chart = _chart(title)
    bars = QBarSeries()
    for i, (name, values) in enumerate(series.items()):
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(QColor(theme.CHART_COLOURS[i % len(theme.CHART_COLOURS)]))
        bar_set.setLabelColor(QColor(theme.colours()["text"]))  # the figures above the bars
        bars.append(bar_set)
    # a value over each bar only while they have room: 36 bars of four-digit county figures overlapped
    widest = max((len(f"{v:.0f}") for v in (x for vs in series.values() for x in vs)), default=1)
    bars.setLabelsVisible(len(categories) * len(series) * max(widest, 2) <= 40)
    bars.setLabelsPosition(QBarSeries.LabelsOutsideEnd)
    chart.addSeries(bars)
    x = QBarCategoryAxis()
    x.append(categories)
    small = theme.app_font()
    small.setPointSizeF((9.5 if len(categories) > 8 else theme.BASE_POINT_SIZE - 1) * theme.font_scale() / 100)
    x.setLabelsFont(small)
    if x_title:
        x.setTitleText(x_title)
        x.setTitleFont(small)
    chart.addAxis(x, Qt.AlignBottom)
    bars.attachAxis(x)
    y = _value_axis(max((max(v) for v in series.values() if v), default=0))
    chart.addAxis(y, Qt.AlignLeft)
    bars.attachAxis(y)
    chart.legend().setVisible(len(series) > 1)
    chart.legend().setFont(theme.app_font())
    return _view(chart, min_height)


def pie_chart(title: str, values: dict[str, float], *, min_height: int = 240, top: int = 6) -> QChartView:
    """Slices for the largest *top* values, the rest summed as 其他 (together with a category named 其他,
    so there is one such slice, last); zero values are left out."""
    chart = _chart(title)
    other = values.get(OTHER, 0) or 0
    items = sorted(((k, v) for k, v in values.items() if v and k != OTHER), key=lambda kv: kv[1], reverse=True)
    if len(items) + bool(other) > top:
        other += sum(v for _k, v in items[top - 1:])
        items = items[:top - 1]
    if other:
        items.append((translate("Charts", "其他"), other))
    pie = QPieSeries()
    for i, (name, value) in enumerate(items):
        # names and figures in the legend, never on the slices: labels of small slices overlapped
        slice_ = pie.append(f"{name} {int(value)}", float(value))
        slice_.setColor(QColor(theme.CHART_COLOURS[i % len(theme.CHART_COLOURS)]))
        slice_.setBorderColor(QColor(theme.colours()["base"]))
        slice_.setLabelVisible(False)
    pie.setPieSize(0.82)
    chart.addSeries(pie)
    legend = chart.legend()
    legend.setVisible(bool(items))
    legend.setAlignment(Qt.AlignRight)
    small = theme.app_font()
    small.setPointSizeF(small.pointSizeF() - 1)
    legend.setFont(small)
    legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeRectangle)
    legend.setShowToolTips(True)  # an entry shortened to fit a narrow chart shows whole on hover
    if not items:
        chart.setTitle(translate("Charts", "{title}（暂无数据）").format(title=title))
    return _view(chart, min_height)


def ranked_bars(title: str, values: dict[str, float], *, percent: bool = False, min_height: int = 240,
                row_height: int = 22) -> QChartView:
    """One horizontal bar per name (stations …), the largest on top, tall enough for every name."""
    chart = _chart(title)
    items = sorted(values.items(), key=lambda kv: kv[1])  # the axis runs bottom-up: the largest ends on top
    bar_set = QBarSet(title)
    bar_set.append([float(v) * (100 if percent else 1) for _k, v in items])
    bar_set.setColor(QColor(theme.CHART_COLOURS[0]))
    bar_set.setLabelColor(QColor(theme.colours()["text"]))
    bars = QHorizontalBarSeries()
    bars.append(bar_set)
    bars.setLabelsVisible(True)
    bars.setLabelsPosition(QHorizontalBarSeries.LabelsOutsideEnd)
    bars.setLabelsFormat("@value%" if percent else "@value")
    bars.setBarWidth(0.7)
    chart.addSeries(bars)
    y = QBarCategoryAxis()
    y.append([k for k, _v in items])
    y.setTruncateLabels(False)  # names in full: the chart makes room on the left
    small = theme.app_font()
    small.setPointSizeF(9.5 * theme.font_scale() / 100)
    y.setLabelsFont(small)
    chart.addAxis(y, Qt.AlignLeft)
    bars.attachAxis(y)
    top = max((v for _k, v in items), default=0) * (100 if percent else 1)
    x = _value_axis(100 / 1.15 if percent and top <= 100 else top)
    chart.addAxis(x, Qt.AlignBottom)
    bars.attachAxis(x)
    chart.legend().setVisible(False)
    return _view(chart, max(min_height, row_height * len(items) + 90))
