"""年度工作报告: the year's figures in words and tables, with charts drawn by reportlab."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from station_app.outputs.sheets import blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp
from station_app.outputs.sheets.fonts import FONT
from station_app.outputs.sheets.kinds import SheetSpec, sheet_number, year_range
from station_app.services import item_numbers
from station_app.services.stats import compute, monthly_counts

LABEL = "年度工作报告"
BAR = colors.Color(0.25, 0.42, 0.65)
BAR2 = colors.Color(0.85, 0.55, 0.2)


@dataclass(frozen=True)
class Year:
    year: int

    @property
    def id(self) -> int:
        return self.year


def select(ids, year):
    years = list(ids) if ids else [year or dt.date.today().year]
    return [Year(int(y)) for y in years]


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


MAX_BARS = 16  # a breakdown with more categories folds the smallest into 其他


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


def _monthly_chart(m: dict, width: float, cov) -> Drawing:
    d = Drawing(width, 6.2 * cm)
    ch = VerticalBarChart()
    ch.x, ch.y, ch.width, ch.height = 1.2 * cm, 1.0 * cm, width - 1.6 * cm, 4.4 * cm
    ch.data = [m["people"], m["activities"]]
    ch.categoryAxis.categoryNames = [f"{i}月" for i in m["months"]]
    for axis in (ch.categoryAxis.labels, ch.valueAxis.labels):
        axis.fontName, axis.fontSize = FONT, 7
    _integer_axis(ch.valueAxis, max(max(m["people"]), max(m["activities"])))
    ch.bars[0].fillColor, ch.bars[1].fillColor = BAR, BAR2
    ch.barSpacing, ch.groupSpacing = 1, 6
    d.add(ch)
    d.add(String(width / 2, 5.8 * cm, cov.cover_plain("各月接待群众人次（蓝）与开展活动场次（橙）"), fontName=FONT,
                 fontSize=9, textAnchor="middle"))
    return d


def _breakdown_chart(title: str, data: dict, width: float, cov) -> Drawing | None:
    items = [(k, v) for k, v in data.items() if v]
    if not items:
        return None
    if len(items) > MAX_BARS:  # every count stays in the chart: the smallest are folded into 其他
        other = sum(v for k, v in items if k == "其他")
        items = sorted(((k, v) for k, v in items if k != "其他"), key=lambda kv: -kv[1])
        rest = items[MAX_BARS - 1:]
        items = items[:MAX_BARS - 1] + [("其他", other + sum(v for _, v in rest))]
    height = 1.2 * cm + 0.55 * cm * len(items)
    d = Drawing(width, height + 0.6 * cm)
    ch = HorizontalBarChart()
    ch.x, ch.y, ch.width, ch.height = 3.4 * cm, 0.6 * cm, width - 4.2 * cm, height - 0.8 * cm
    ch.data = [[v for _, v in reversed(items)]]
    ch.categoryAxis.categoryNames = [cov.cover_plain(k) for k, _ in reversed(items)]
    for axis in (ch.categoryAxis.labels, ch.valueAxis.labels):
        axis.fontName, axis.fontSize = FONT, 7.5
    _integer_axis(ch.valueAxis, max(v for _, v in items))
    ch.bars[0].fillColor = BAR
    d.add(ch)
    d.add(String(width / 2, height + 0.1 * cm, cov.cover_plain(title), fontName=FONT, fontSize=9, textAnchor="middle"))
    return d


def _pct(x) -> str:
    return f"{x * 100:.1f}%" if isinstance(x, float) and x <= 1 else f"{x}%"


def build(y: Year, ctx) -> Sheet:
    st, cov, w = ctx.st, ctx.cov, ctx.width
    s = compute(*year_range(y.year))
    r, dsp, act, tp, op, du = s["reception"], s["disputes"], s["activities"], s["topics"], s["opinions"], s["duty"]
    mem = s["members"]
    name = ctx.station_name or "本工作站"
    sectors = "、".join(f"{k}{v}人" for k, v in mem["by_sector"].items() if v)
    intro = (f"{y.year}年，{name}在政协党组的领导下，紧扣“委员履职、服务群众”定位，坚持接待日制度，"
             f"扎实开展矛盾纠纷化解、协商议事和履职活动。现将全年工作报告如下。")
    summary = (f"全年安排值班 {du['slots']} 次，实际开展 {du['held']} 次，委员值班 {du['member_shifts']} 人次，"
               f"调剂 {du['swaps']} 次；举办接待日 {r['days']} 场，登记来访 {r['visits']} 批、"
               f"接待服务群众 {r['people']} 人次，已办结 {r['closed']} 件、回访 {r['followed_up']} 件；"
               f"受理矛盾纠纷 {dsp['cases']} 件，调解成功 {dsp['succeeded']} 件，成功率 {_pct(dsp['success_rate'])}，"
               f"涉及群众 {dsp['people']} 人、金额 {dsp['amount']:,.2f} 元；开展履职活动 {act['count']} 场次，"
               f"服务群众 {act['people']} 人次；协商议题 {tp['count']} 个，办结 {tp['concluded']} 个，"
               f"成果转化 {tp['converted']} 个，转化率 {_pct(tp['conversion_rate'])}；报送社情民意信息 {op['count']} 篇，"
               f"被采用 {op['adopted']} 篇。")
    table = [["在册委员", f"{mem['active']} 人"], ["接待日", f"{r['days']} 场"],
             ["来访登记", f"{r['visits']} 批 / {r['people']} 人次"],
             ["矛盾纠纷", f"{dsp['cases']} 件（成功 {dsp['succeeded']} 件）"],
             ["履职活动", f"{act['count']} 场次 / {act['people']} 人次"],
             ["协商议题", f"{tp['count']} 个（转化 {tp['converted']} 个）"], ["社情民意信息", f"{op['count']} 篇"]]
    flow = [
        B.Paragraph(B.markup(name, cov), st.subtitle),
        B.Paragraph(B.markup(f"{y.year}年度工作报告", cov), st.title), B.spacer(6),
        B.Paragraph(B.markup(intro, cov), st.body),
        B.Paragraph("一、基本情况", st.heading),
        B.Paragraph(B.markup(f"工作站现有在册委员 {mem['active']} 名" + (f"，其中{sectors}。" if sectors else "。"),
                             cov), st.body),
        B.Paragraph("二、主要工作及成效", st.heading),
        B.Paragraph(B.markup(summary, cov), st.body), B.spacer(6),
        B.list_table(["项目", "全年数据"], table, [1, 2], w * 0.7, st, cov),
        B.Paragraph("三、分月情况", st.heading),
        Chart(_monthly_chart(monthly_counts(y.year), w, cov)),
    ]
    for title, data in (("来访诉求类别（批）", r["by_category"]), ("矛盾纠纷类型（件）", dsp["by_type"]),
                        ("履职活动类型（场次）", act["by_type"])):
        chart = _breakdown_chart(title, data, w, cov)
        if chart:
            flow += [B.spacer(6), Chart(chart)]
    flow.append(B.signatures(["召集人", "填报人"], w, st, cov))  # the engine keeps it with the last chart
    item = sheet_number(ctx, "report", "report", y.year).text
    return Sheet(f"{y.year}{LABEL}", f"{item}_{y.year}年度工作报告.pdf", Stamp(ctx.fonds, y.year, "永久", item),
                 flow)


def number(years, year) -> None:
    for y in years:
        item_numbers.assign("report", "report", y.year)


SPEC = SheetSpec("report", LABEL, "08_年度工作报告", select, build, id_help="年度（如 2026）", number=number)
