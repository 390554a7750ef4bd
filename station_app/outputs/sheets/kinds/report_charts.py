"""The 年度工作报告's charts (reportlab graphics): every axis titled, one unit (人次, 件, 场次) per axis."""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, Group, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from station_app.outputs.sheets.fonts import FONT

BAR = colors.Color(0.25, 0.42, 0.65)
BAR2 = colors.Color(0.85, 0.55, 0.2)
BAR3 = colors.Color(0.35, 0.6, 0.4)
MAX_BARS = 16  # a breakdown with more categories folds the smallest into 其他
LABEL_SIZE, AXIS_TITLE_SIZE, TITLE_SIZE = 7, 7.5, 9


class Chart(Flowable):
    """A reportlab Drawing drawn with the embedded font as its default (no stray Helvetica)."""

    def __init__(self, drawing: Drawing):
        super().__init__()
        self.drawing = drawing
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        old = STATE_DEFAULTS["fontName"]
        STATE_DEFAULTS["fontName"] = FONT
        try:
            renderPDF.draw(self.drawing, self.canv, 0, 0)
        finally:
            STATE_DEFAULTS["fontName"] = old


def nice_step(top: int) -> int:
    """The tick step a reader expects (1, 2, 5, 10, 20, 50 …) giving at most six steps up to *top*."""
    top, scale = max(int(top), 1), 1
    while True:
        for m in (1, 2, 5):
            if m * scale * 6 >= top:
                return m * scale
        scale *= 10


def _integer_axis(axis, top: int) -> None:
    """Counts are whole numbers: ticks at round steps from zero."""
    top = max(int(top), 1)
    step = nice_step(top)
    axis.valueMin, axis.valueMax, axis.valueStep = 0, step * -(-top // step), step
    axis.labelTextFormat = "%d"


def _text(x, y, text, cov, size=AXIS_TITLE_SIZE, anchor="middle") -> String:
    return String(x, y, cov.cover_plain(text), fontName=FONT, fontSize=size, textAnchor=anchor)


def _vertical_title(x, y, text, cov) -> Group:
    """An axis title read bottom to top, centred on (x, y)."""
    return Group(_text(0, 0, text, cov), transform=(0, 1, -1, 0, x, y))


def _fonts(ch, size=LABEL_SIZE) -> None:
    for labels in (ch.categoryAxis.labels, ch.valueAxis.labels):
        labels.fontName, labels.fontSize = FONT, size


def _monthly(d: Drawing, x0: float, width: float, title: str, months, values, unit: str, color, cov,
             *, short: bool = False) -> None:
    """One series of month bars in [x0, x0+width] of *d*: 月份 along x, *unit* up the y axis.
    *short*: months as bare numbers (a half-width chart has no room for 10月11月12月)."""
    ch = VerticalBarChart()
    ch.x, ch.y, ch.width, ch.height = x0 + 1.5 * cm, 1.1 * cm, width - 1.9 * cm, d.height - 2.0 * cm
    ch.data = [list(values)]
    ch.categoryAxis.categoryNames = [str(m) if short else f"{m}月" for m in months]
    _fonts(ch)
    _integer_axis(ch.valueAxis, max(values) if values else 1)
    ch.bars[0].fillColor = color
    ch.barSpacing, ch.groupSpacing = 1, 4
    d.add(ch)
    d.add(_text(ch.x + ch.width / 2, 0.15 * cm, "月份", cov))
    d.add(_vertical_title(x0 + 0.3 * cm, ch.y + ch.height / 2, unit, cov))
    d.add(_text(x0 + width / 2, d.height - 0.45 * cm, title, cov, TITLE_SIZE))


def monthly_charts(m: dict, width: float, cov) -> list[Drawing]:
    """各月接待群众（人次）across the page; 受理纠纷（件） and 开展活动（场次） side by side below it."""
    people = Drawing(width, 6.0 * cm)
    _monthly(people, 0, width, "各月接待群众人次", m["months"], m["people"], "接待群众（人次）", BAR, cov)
    counts = Drawing(width, 5.6 * cm)
    half = width / 2
    _monthly(counts, 0, half - 0.2 * cm, "各月受理矛盾纠纷件数", m["months"], m["disputes"], "受理纠纷（件）",
             BAR3, cov, short=True)
    _monthly(counts, half + 0.2 * cm, half - 0.2 * cm, "各月开展履职活动场次", m["months"], m["activities"],
             "开展活动（场次）", BAR2, cov, short=True)
    return [people, counts]


def breakdown_chart(title: str, data: dict, width: float, cov, *, category: str, unit: str,
                    percent: bool = False) -> Drawing | None:
    """Horizontal bars of a breakdown (largest categories, the rest folded into 其他); None when all zero.
    *category* titles the category axis, *unit* the value axis (数量（件）…). *percent*: the values are
    rates (0–1) drawn on a 0–100 % axis, every category kept (at most MAX_BARS: the caller picks them)."""
    items = [(k, v) for k, v in data.items() if v or percent]
    if not items:
        return None
    if percent:
        items = [(k, round(v * 100, 1)) for k, v in items[:MAX_BARS]]
    elif len(items) > MAX_BARS:  # every count stays in the chart: the smallest are folded into 其他
        other = sum(v for k, v in items if k == "其他")
        items = sorted(((k, v) for k, v in items if k != "其他"), key=lambda kv: -kv[1])
        rest = items[MAX_BARS - 1:]
        items = items[:MAX_BARS - 1] + [("其他", other + sum(v for _, v in rest))]
    height = 1.2 * cm + 0.55 * cm * len(items)
    d = Drawing(width, height + 1.1 * cm)
    ch = HorizontalBarChart()
    longest = max(len(k) for k, _ in items) * 7.5 + 0.5 * cm  # the category labels' width, CJK one em each
    left = max(3.8 * cm, longest + 0.9 * cm)  # room for the longest label and the axis title beside it
    ch.x, ch.y, ch.width, ch.height = left, 1.1 * cm, width - left - 0.8 * cm, height - 0.8 * cm
    ch.data = [[v for _, v in reversed(items)]]
    ch.categoryAxis.categoryNames = [cov.cover_plain(k) for k, _ in reversed(items)]
    _fonts(ch, 7.5)
    if percent:
        ch.valueAxis.valueMin, ch.valueAxis.valueMax, ch.valueAxis.valueStep = 0, 100, 20
        ch.valueAxis.labelTextFormat = "%d%%"
    else:
        _integer_axis(ch.valueAxis, max(v for _, v in items))
    ch.bars[0].fillColor = BAR3 if percent else BAR
    d.add(ch)
    d.add(_text(ch.x + ch.width / 2, 0.2 * cm, unit if percent else f"数量（{unit}）", cov))
    d.add(_vertical_title(max(0.3 * cm, ch.x - longest), ch.y + ch.height / 2, category, cov))
    d.add(_text(width / 2, d.height - 0.45 * cm, title, cov, TITLE_SIZE))
    return d
