"""The computed ledgers: 委员履职情况统计表 (per member against quotas), 年度工作统计汇总表 (stats figures)
and 人民调解工作统计表 (mediation figures per month)."""

from __future__ import annotations

from operator import itemgetter

from station_app.outputs.ledgers.loaders import station_covered
from station_app.outputs.ledgers.spec import Ledger, shown
from station_app.services.mediation_stats import monthly
from station_app.services.stats import IN_PROGRESS, compute, member_figures

PREVENTED_LABELS = (("criminal", "防止民转刑"), ("mass_petition", "防止群体性上访"), ("suicide", "防止自杀"))

METRICS = (  # (MemberFigures attribute, header, unit)
    ("duty_shifts", "值班接待（次）"), ("visits", "接待来访（次）"), ("people_contacted", "联系群众（人次）"),
    ("mediations", "参与调解（件）"), ("mediations_succeeded", "成功调解（件）"), ("activities", "参加活动（次）"),
    ("meetings", "参加协商会（次）"), ("topics", "参与议题（件）"), ("opinions", "社情民意（篇）"),
    ("proposals", "提案（件）"),
)


def _load_performance(start, end, ids):
    figures = member_figures(start, end, station=station_covered())
    if ids is not None:
        wanted = set(ids)
        figures = [f for f in figures if f.member_id in wanted]
    rows = []
    for f in figures:
        row = {m: f.value(m) for m, _ in METRICS}
        row.update(name=f.name, sector=f.sector, role=f.role, points=f.points, rank=f.rank,
                   status="达标" if not f.below_quota else "未达标", reasons="；".join(f.below_quota))
        rows.append(row)
    return len(rows), iter(rows)


PERFORMANCE = Ledger("performance", "委员履职情况统计表", "委员履职情况统计表", (
    shown("姓名", 9, itemgetter("name")), shown("界别", 10, itemgetter("sector")), shown("角色", 9, itemgetter("role")),
    *(shown(header, 9, itemgetter(metric), "int", total=True) for metric, header in METRICS),
    shown("积分", 7, itemgetter("points"), "float", total=True), shown("排名", 6, itemgetter("rank"), "int"),
    shown("指标完成", 8, itemgetter("status")), shown("未达标情况（亮牌提醒）", 30, itemgetter("reasons"), "wrap"),
), _load_performance,
    note="积分按积分规则计算；未达标情况列出未完成的履职指标（按月、季度逐一核对，全年指标按期间折算）。")


def _pct(rate: float) -> str:
    return f"{rate * 100:.1f}%"


def summary_rows(figures: dict) -> list[dict]:
    """The stats figures laid out as (类别, 项目, 数量, 单位) report lines."""
    out: list[dict] = []

    def add(group, item, value, unit="", note=""):
        out.append({"group": group, "item": item, "value": value, "unit": unit, "note": note})

    m, d, r = figures["members"], figures["duty"], figures["reception"]
    add("委员", "在册委员", m["active"], "人")
    for sector, n in m["by_sector"].items():
        if n:
            add("委员", f"其中：{sector}", n, "人")
    add("值班接待", "安排值班", d["slots"], "次")
    add("值班接待", "已完成值班", d["held"], "次")
    add("值班接待", "取消值班", d["cancelled"], "次")
    add("值班接待", "值班调剂", d["swaps"], "次")
    add("值班接待", "委员值班", d["member_shifts"], "人次")
    add("接待群众", "接待日", r["days"], "次")
    add("接待群众", "来访登记", r["visits"], "件")
    add("接待群众", "接待群众", r["people"], "人次")
    for cat, n in r["by_category"].items():
        if n:
            add("接待群众", f"诉求类别：{cat}", n, "件")
    for way, n in r["by_handling"].items():
        if n:
            add("接待群众", f"处理方式：{way}", n, "件")
    add("接待群众", "已办结", r["closed"], "件")
    add("接待群众", "已回访", r["followed_up"], "件")
    ds = figures["disputes"]
    add("矛盾纠纷调解", "受理纠纷", ds["cases"], "件")
    add("矛盾纠纷调解", "调解成功", ds["succeeded"], "件", f"成功率 {_pct(ds['success_rate'])}")
    for kind, n in ds["by_type"].items():
        if n:
            add("矛盾纠纷调解", f"纠纷类型：{kind}", n, "件")
    for result, n in ds["by_result"].items():
        if n:
            add("矛盾纠纷调解", f"调解结果：{result}", n, "件", "尚无调解结果" if result == IN_PROGRESS else "")
    for source, n in ds["by_source"].items():
        if n:
            add("矛盾纠纷调解", f"来源：{source}", n, "件")
    add("矛盾纠纷调解", "涉及人数", ds["people"], "人")
    add("矛盾纠纷调解", "涉及金额", ds["amount"], "元")
    add("矛盾纠纷调解", "协议涉及金额", ds["agreement_amount"], "元", "调解协议约定的金额")
    for key, label in PREVENTED_LABELS:
        add("矛盾纠纷调解", f"{label}：件数", ds["prevented"][key]["cases"], "件")
        add("矛盾纠纷调解", f"{label}：人数", ds["prevented"][key]["people"], "人")
    add("矛盾纠纷调解", "超期未结", ds["overdue"], "件", "受理满一个月仍未结案")
    a = figures["activities"]
    add("履职活动", "开展活动", a["count"], "场次")
    add("履职活动", "服务群众", a["people"], "人次")
    for kind, n in a["by_type"].items():
        if n:
            add("履职活动", f"活动类型：{kind}", n, "场次")
    t = figures["topics"]
    add("协商议事", "协商议题", t["count"], "件")
    add("协商议事", "已办结议题", t["concluded"], "件")
    add("协商议事", "成果转化", t["converted"], "件", f"转化率 {_pct(t['conversion_rate'])}")
    for grade, n in t["by_grade"].items():
        add("协商议事", f"成果分类：{grade}类", n, "件")
    o = figures["opinions"]
    add("社情民意", "报送信息", o["count"], "篇")
    add("社情民意", "被采用", o["adopted"], "篇")
    pr = figures["proposals"]
    add("提案", "提交提案", pr["count"], "件")
    add("提案", "立案", pr["filed"], "件")
    add("提案", "重点提案", pr["key"], "件")
    add("提案", "已答复", pr["replied"], "件")
    for code, n in pr["by_reply_class"].items():
        add("提案", f"答复类别：{code}类", n, "件")
    add("提案", "委员满意或基本满意", pr["satisfied"], "件")
    rf = figures["referrals"]
    add("督办", "交办事项", rf["count"], "件")
    add("督办", "已答复", rf["replied"], "件")
    add("督办", "按时答复", rf["on_time"], "件", f"按时率 {_pct(rf['on_time_rate'])}（按时 ÷（已答复 + 逾期））")
    add("督办", "逾期未答复", rf["overdue"], "件", "超过办理期限仍未答复")
    add("督办", "已反馈群众", rf["fed_back"], "件")
    add("督办", "上期结转未答复", rf["carried_over"], "件", "期初前交办、期初仍未答复")
    for dept, d in rf["by_department"].items():
        median = "" if d["median_days"] is None else f"，答复用时中位数 {d['median_days']:g} 天"
        add("督办", f"承办单位：{dept}", d["count"], "件",
            f"已答复 {d['replied']} 件，按时率 {_pct(d['on_time_rate'])}{median}")
    return out


def _load_summary(start, end, ids):
    rows = summary_rows(compute(start, end, station=station_covered()))
    return len(rows), iter(rows)


SUMMARY = Ledger("summary", "年度工作统计汇总表", "年度工作统计汇总表", (
    shown("类别", 14, itemgetter("group")), shown("项目", 30, itemgetter("item")),
    shown("数量", 12, itemgetter("value"), "float"), shown("单位", 8, itemgetter("unit")),
    shown("说明", 30, itemgetter("note"), "wrap"),
), _load_summary, note="数据来源：本软件登记的值班、接待、调解、活动、议题、社情民意、提案和督办记录（不含回收站）。")


def _load_mediation(start, end, ids):
    rows = monthly(start, end, station=station_covered())
    return len(rows), iter(rows)


def _count(key, header, width=8):
    return shown(header, width, itemgetter(key), "int", total=True)


MEDIATION = Ledger("mediation", "人民调解工作统计表", "人民调解工作统计表", (  # one header row: the
    shown("月份", 9, itemgetter("label")),                                    # breaks are set by hand
    _count("accepted", "受理（件）"), _count("succeeded", "调解成功（件）", 9),
    _count("failed", "不成功/终止（件）", 12), _count("referred", "转诉讼/\n转其他部门\n（件）", 11),
    _count("open", "调解中（件）"), _count("people", "涉及人数（人）", 9),
    shown("协议金额（元）", 17, itemgetter("agreement_amount"), "amount", total=True),
    _count("criminal_cases", "防止\n民转刑\n（件）"), _count("criminal_people", "防止\n民转刑\n（人）"),
    _count("mass_petition_cases", "防止群体性\n上访（件）", 11),
    _count("mass_petition_people", "防止群体性\n上访（人）", 11),
    _count("suicide_cases", "防止自杀\n（件）", 9), _count("suicide_people", "防止自杀\n（人）", 9),
), _load_mediation, note="按受理日期计入月份，不含回收站中的案件；"
                         "受理 = 调解成功 + 不成功/终止 + 转诉讼/转其他部门 + 调解中；协议金额为调解协议约定的金额。")
