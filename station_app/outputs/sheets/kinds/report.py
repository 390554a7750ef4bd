"""年度工作报告: the year's figures in words and tables, with charts drawn by reportlab."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import station_app.outputs.sheets.blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp
from station_app.outputs.sheets.kinds import SheetSpec, sheet_number, year_range
from station_app.outputs.sheets.kinds.report_charts import Chart, breakdown_chart, monthly_charts, nice_step
from station_app.services import item_numbers, report_text
from station_app.services.stats import IN_PROGRESS, compute, monthly_counts

LABEL = "年度工作报告"
PREVENTED = (("criminal", "防止民转刑"), ("mass_petition", "防止群体性上访"), ("suicide", "防止自杀"))
__all__ = ["SPEC", "build", "nice_step", "select"]


@dataclass(frozen=True)
class Year:
    year: int

    @property
    def id(self) -> int:
        return self.year


def select(ids, year):
    years = list(ids) if ids else [year or dt.date.today().year]
    return [Year(int(y)) for y in years]


def _pct(x) -> str:
    return f"{x * 100:.1f}%" if isinstance(x, float) and x <= 1 else f"{x}%"


def _counts(d: dict, unit: str = "件") -> str:
    return "、".join(f"{k} {v} {unit}" for k, v in d.items() if v) or "无"


def mediation_text(dsp: dict) -> str:
    """人民调解: results, sources, 协议涉及金额 and the prevented cases, as the report's paragraph."""
    results = {(k if k != IN_PROGRESS else "尚在调解"): v for k, v in dsp["by_result"].items()}
    prevented = "，".join(f"{label} {dsp['prevented'][key]['cases']} 件 {dsp['prevented'][key]['people']} 人"
                          for key, label in PREVENTED)
    return (f"人民调解方面，全年受理矛盾纠纷 {dsp['cases']} 件，其中{_counts(results)}；按来源分，"
            f"{_counts(dsp['by_source'])}。调解协议涉及金额 {dsp['agreement_amount']:,.2f} 元；{prevented}。")


def follow_text(pr: dict, rf: dict) -> str:
    """提案 and 督办: the report's paragraph."""
    classes = "、".join(f"{k}类 {v} 件" for k, v in pr["by_reply_class"].items() if v) or "暂无"
    slow = [k for k, d in rf["by_department"].items() if d["overdue"]]
    late = f"逾期未答复 {rf['overdue']} 件（涉及{'、'.join(slow[:5])}{'等' if len(slow) > 5 else ''}）" \
        if rf["overdue"] else "无逾期未答复事项"
    return (f"提案和督办方面，委员提交提案 {pr['count']} 件，立案 {pr['filed']} 件，其中重点提案 {pr['key']} 件；"
            f"已答复 {pr['replied']} 件（{classes}），委员满意或基本满意 {pr['satisfied']} 件。"
            f"交办承办单位办理事项 {rf['count']} 件，已答复 {rf['replied']} 件，按时答复 {rf['on_time']} 件，"
            f"按时率 {_pct(rf['on_time_rate'])}；{late}；已向群众反馈 {rf['fed_back']} 件。"
            + (f"上年结转未答复事项 {rf['carried_over']} 件继续督办。" if rf["carried_over"] else ""))


def department_rates(rf: dict, limit: int = 12) -> dict:
    """The units with most items (at most *limit*), by on-time rate, as the chart's rows: 「住建办（12件）」."""
    known = [(k, d) for k, d in rf["by_department"].items() if d["replied"] + d["overdue"]]
    busiest = sorted(known, key=lambda kd: (-kd[1]["count"], kd[0]))[:limit]
    ordered = sorted(busiest, key=lambda kd: (-kd[1]["on_time_rate"], -kd[1]["count"], kd[0]))
    return {f"{k}（{d['count']}件）": d["on_time_rate"] for k, d in ordered}


def _entered(heading: str, text: str, st, cov) -> list:
    """A section of the text entered for the year, one paragraph per line; a note when none was entered."""
    lines = [ln for ln in text.split("\n") if ln.strip()] or [report_text.EMPTY_NOTE]
    paragraphs = [B.Paragraph(B.markup(ln, cov), st.body) for ln in lines]
    return [B.Paragraph(heading, st.heading), *paragraphs]  # the engine keeps a heading with what follows


def build(y: Year, ctx) -> Sheet:
    st, cov, w = ctx.st, ctx.cov, ctx.width
    s = compute(*year_range(y.year))
    r, dsp, act, tp, op, du = s["reception"], s["disputes"], s["activities"], s["topics"], s["opinions"], s["duty"]
    pr, rf = s["proposals"], s["referrals"]
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
               f"成果转化 {tp['converted']} 个，转化率 {_pct(tp['conversion_rate'])}；"
               f"报送社情民意信息 {op['count']} 篇，被采用 {op['adopted']} 篇。")
    pv = dsp["prevented"]
    table = [["在册委员", f"{mem['active']} 人"], ["接待日", f"{r['days']} 场"],
             ["来访登记", f"{r['visits']} 批 / {r['people']} 人次"],
             ["矛盾纠纷", f"{dsp['cases']} 件（成功 {dsp['succeeded']} 件）"],
             ["调解协议涉及金额", f"{dsp['agreement_amount']:,.2f} 元"],
             *([label, f"{pv[key]['cases']} 件 / {pv[key]['people']} 人"] for key, label in PREVENTED),
             ["履职活动", f"{act['count']} 场次 / {act['people']} 人次"],
             ["协商议题", f"{tp['count']} 个（转化 {tp['converted']} 个）"], ["社情民意信息", f"{op['count']} 篇"],
             ["提案", f"{pr['count']} 件（立案 {pr['filed']} 件）"],
             ["督办事项", f"{rf['count']} 件（按时率 {_pct(rf['on_time_rate'])}，逾期 {rf['overdue']} 件）"]]
    entered = report_text.texts(y.year)
    flow = [
        B.Paragraph(B.markup(name, cov), st.subtitle),
        B.Paragraph(B.markup(f"{y.year}年度工作报告", cov), st.title), B.spacer(6),
        B.Paragraph(B.markup(intro, cov), st.body),
        B.Paragraph("一、基本情况", st.heading),
        B.Paragraph(B.markup(f"工作站现有在册委员 {mem['active']} 名" + (f"，其中{sectors}。" if sectors else "。"),
                             cov), st.body),
        B.Paragraph("二、主要工作及成效", st.heading),
        B.Paragraph(B.markup(summary, cov), st.body),
        B.Paragraph(B.markup(mediation_text(dsp), cov), st.body),
        B.Paragraph(B.markup(follow_text(pr, rf), cov), st.body), B.spacer(6),
        B.list_table(["项目", "全年数据"], table, [1, 2], w * 0.7, st, cov),
        B.Paragraph("三、分月情况", st.heading),
    ]
    flow += [Chart(d) for d in monthly_charts(monthly_counts(y.year), w, cov)]
    for title, data, category, unit in (("来访诉求类别（批）", r["by_category"], "诉求类别", "批"),
                                        ("矛盾纠纷类型（件）", dsp["by_type"], "纠纷类型", "件"),
                                        ("矛盾纠纷调解结果（件）", dsp["by_result"], "调解结果", "件"),
                                        ("履职活动类型（场次）", act["by_type"], "活动类型", "场次")):
        chart = breakdown_chart(title, data, w, cov, category=category, unit=unit)
        if chart:
            flow += [B.spacer(6), Chart(chart)]
    rates = breakdown_chart("承办单位按时答复率", department_rates(rf), w, cov, category="承办单位",
                            unit="按时答复率（%）", percent=True)
    if rates:
        flow += [B.spacer(6), Chart(rates)]
    flow += _entered("四、存在问题", entered["problems"], st, cov)
    flow += _entered("五、下一步打算", entered["plans"], st, cov)
    flow.append(B.signatures(["召集人", "填报人"], w, st, cov))  # the engine keeps it with the last lines
    item = sheet_number(ctx, "report", "report", y.year).text
    return Sheet(f"{y.year}{LABEL}", f"{item}_{y.year}年度工作报告.pdf", Stamp(ctx.fonds, y.year, "永久", item),
                 flow)


def number(years, year) -> None:
    for y in years:
        item_numbers.assign("report", "report", y.year)


SPEC = SheetSpec("report", LABEL, "08_年度工作报告", select, build, id_help="年度（如 2026）", number=number)
