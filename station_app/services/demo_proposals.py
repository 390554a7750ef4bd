"""Demo data, third part: a station year's proposals (提案) and the 督办 list of what was handed on.

Proposals are 领衔 or 联名 by the station's members, some from visits (形成提案); most are 立案 with a
主办 (and 会办) unit, answered A/B/C, with the members' opinion. 交办 items come from their sources as a
station hands them on: visits 转交部门办理, A-class consultation results, 立案 proposals and opinions a
leader wrote on; each gets follow-ups, a reply, feedback — some late, some overdue — and a few proposals
of the previous year are still open (跨年督办).

`referral_rows` builds the items the way services.referrals.backfill() will (one per handed-on source);
when that is merged, `referrals()` can call it for the sources and keep only the dates written here.
"""

from __future__ import annotations

import datetime as dt

from station_app.services import bulk, numbering
from station_app.services import demo_text as T
from station_app.services import referral_figures as RF
from station_app.services.holidays import Calendar
from station_app.store.models import ProposalMember, ProposalSource, ReferralFollow
from station_app.store.org import OWN_STATION_ID

DAY = dt.timedelta(days=1)
TITLES = (  # in the vocabulary of the seed reports: 关于……的建议
    "关于运用“互联网+”强化农村食品安全监管的建议", "关于加快老旧小区加装电梯工作的建议",
    "关于完善农村留守老人助餐服务体系的建议", "关于推进普惠性托育服务体系建设的建议",
    "关于加强农村人居环境整治长效管护的建议", "关于规范电动自行车集中充电设施建设的建议",
    "关于推广“自己的河道自己管护”模式的建议", "关于加强中小学校周边交通安全管理的建议",
    "关于健全农民工工资支付保障机制的建议", "关于提升村卫生室基本医疗服务能力的建议",
    "关于完善诉源治理与诉前调解衔接机制的建议", "关于优化小微企业融资服务的建议",
    "关于发展壮大村级集体经济的建议", "关于加强老街古建筑保护利用的建议",
    "关于推进农贸市场提档升级的建议", "关于做好困难群众医疗救助衔接的建议",
    "关于加强农田灌溉渠系维修养护的建议", "关于建设快递外卖小哥爱心驿站的建议",
    "关于以治沙精神推进农村人居环境改善的建议", "关于加强背街小巷照明设施建设的建议",
    "关于防范电信网络诈骗进村入户宣传的建议", "关于加强农村养殖污染治理的建议",
)
DEPTS = ("住建办", "农业农村办", "自然资源所", "市场监管所", "卫生院", "中心学校", "民政办", "人社所",
         "交通运输所", "生态环境分局", "水利站", "综合行政执法队", "司法所", "派出所", "供电所")
REPLY = {
    "A": "{dept}已采纳提案建议，{what}已落实到位，提案所提问题已基本解决。",
    "B": "{dept}高度重视，已将{what}列入下一年度工作计划，分步推进实施。",
    "C": "受资金和政策条件限制，{what}暂不能实施，{dept}已向提案委员说明情况，条件成熟时优先安排。",
}
RESULT_OF_CLASS = {"A": "已解决", "B": "正在解决", "C": "暂不能解决"}
REFERRAL_REPLY = {
    "已解决": "{dept}已派人现场核实并处理，问题已解决。",
    "正在解决": "{dept}已制定整改方案，正在组织实施，预计近期完成。",
    "暂不能解决": "{dept}答复：受政策和资金限制暂不能解决，已向反映人做好解释工作。",
}
FOLLOW_NOTES = ("电话催办，承办单位表示正在调查核实", "发函督办，要求在期限内书面答复",
                "现场督办，查看整改进度", "督办会议听取承办单位办理情况汇报")
PRIVATE = ("婚姻家庭", "涉法涉诉", "邻里纠纷")  # a family's or a neighbour's matter stays off the 回音壁
PREVIOUS_YEAR_OPEN = 2  # proposals of the previous year still open in this one (跨年督办)
_CALENDAR: dict = {}


def _lead_share(rng) -> list[int]:
    return [1] if rng.random() < 0.35 else [1, 1 + rng.randint(1, 3)]


def proposals(st) -> None:
    """The station's proposals of the year, and a few of the previous year still being handled."""
    rng, p = st.rng, st.people
    from_visits = [v for v in st.visits if v["handling"] == "形成提案"]
    titles = rng.sample(TITLES, len(TITLES))
    plans = [(p.day_between(st.start, max(st.start, st.last - 5 * DAY)), False)
             for _ in range(st.count(st.size.proposals, 3))]
    plans += [(dt.date(st.year - 1, 11, rng.randint(1, 28)), True) for _ in range(PREVIOUS_YEAR_OPEN)]
    plans.sort()
    rows, extra, authors, sources = [], [], [], []
    seqs: dict[int, int] = {}
    from station_app.store.models import Proposal

    used = {n for (n,) in Proposal.select(Proposal.filing_no).where(Proposal.filing_no != "").tuples()}
    filing_seq = rng.randint(1, 20)
    for i, (day, carried) in enumerate(plans):
        year = day.year
        seqs[year] = seqs.get(year, _taken(year)) + 1
        title = titles[i % len(titles)]
        if i >= len(titles) or st.size.stations > 1:
            title = title.replace("关于", f"关于{st.town}镇", 1)
        pool = st.member_ids(day) or [m["id"] for m in st.members]
        count = rng.choice((1, 1, 2, 2, 3, 4))
        chosen = rng.sample(pool, min(len(pool), count))
        visit = from_visits.pop(0) if from_visits and rng.random() < 0.6 and not carried else None
        source = "接待日转化" if visit else p.weighted({"委员调研": 4, "社情民意": 2, "协商议题": 2, "界别活动": 2,
                                                   "其他": 1})
        age = (st.last - day).days
        filing = "待审查" if age < 20 and not carried else p.weighted({"立案": 16, "不立案转意见": 2, "并案": 1})
        if carried:
            filing = "立案"
        row = {"number": numbering.FORMATS["proposal"].format(year=year, seq=seqs[year]), "title": title,
               "reason": f"{title[2:].replace('的建议', '')}事关群众切身利益，群众反映集中，亟需研究解决。",
               "source": source,
               "analysis": "一是相关制度和标准不够健全；二是部门之间协调衔接不畅；三是资金投入和基层力量不足，"
                           "群众多次通过接待日反映。",
               "suggestion": "一是健全工作机制，明确部门职责分工；二是加大资金投入，补齐基础设施短板；"
                             "三是加强督促检查，及时向群众公开办理进展。",
               "submitted_on": day, "submitted_to": "县政协" if rng.random() < 0.85 else "市政协", "filing": filing}
        if filing == "立案":
            dept = rng.choice(DEPTS)
            co = rng.sample([d for d in DEPTS if d != dept], rng.choice((0, 0, 1, 2)))
            assigned = dt.date(day.year, 12, rng.randint(1, 20)) if carried else day + DAY * rng.randint(10, 25)
            filing_seq += rng.randint(1, 12)  # the 政协's numbers rise through the year, never twice
            while f"第{filing_seq}号" in used:
                filing_seq += 1
            used.add(f"第{filing_seq}号")
            row.update(filing_no=f"第{filing_seq}号", is_key=rng.random() < 0.15, main_dept=dept,
                       co_depts="、".join(co), assigned_on=min(assigned, st.last))
            replied = row["assigned_on"] + DAY * rng.randint(40, 110)
            if not carried and replied <= st.last and rng.random() < 0.9:
                grade = p.weighted({"A": 45, "B": 40, "C": 15})
                opinion = p.weighted({"满意": 70, "基本满意": 25, "不满意": 5})
                what = title[2:].replace("的建议", "")
                row.update(replied_on=replied, reply_class=grade, member_opinion=opinion,
                           reply_summary=REPLY[grade].format(dept=dept, what=what), concluded=opinion != "不满意")
        rows.append(row)
        extra.append({"number_year": year, "number_seq": seqs[year]})
        authors.append(chosen)
        sources.append(visit)
    ids = bulk.bulk_create("proposal", rows, extra=extra)
    bulk.insert_rows(ProposalMember, [{"proposal": pid, "member": mid, "position": k}
                                      for pid, group in zip(ids, authors) for k, mid in enumerate(group)], audit=False)
    bulk.insert_rows(ProposalSource, [{"proposal": pid, "visit": v["id"]} for pid, v in zip(ids, sources) if v],
                     audit=False)
    st.proposals = [{"id": pid, **row, "lead": st.name_of(group[0])} for pid, row, group in zip(ids, rows, authors)]


def _taken(year: int) -> int:
    from station_app.store.models import Proposal

    return Proposal.select().where((Proposal.number_year == year) & (Proposal.station == OWN_STATION_ID)).count()


def finish_numbering(years) -> None:
    """Later proposal numbers continue after the demo's."""
    for year in years:
        numbering.bump_to("proposal", year, _taken(year))


def _public_name(address: str, town: str) -> str:
    """「沙河村群众」: the village or community of the visitor's address, never the person."""
    for place in (*T.VILLAGES, *T.COMMUNITIES):
        if place in (address or ""):
            return f"{place}群众"
    return f"{town}镇群众"


def referral_rows(st) -> list[tuple[dict, dict]]:
    """One (values, source FK) per handed-on source, dated as the station hands it on."""
    rng = st.rng
    out = []
    for v in st.visits:
        if v["handling"] == "转交部门办理" and v.get("handling_dept"):
            out.append(({"source_kind": "visit", "matter": v["content"], "asker": v["visitor_name"],
                         "asker_public": _public_name(v.get("visitor_address", ""), st.town),
                         "department": v["handling_dept"], "_private": v["category"] in PRIVATE,
                         "assigned_on": min(st.last, v["visit_date"] + DAY * rng.randint(0, 3))},
                        {"visit": v["id"]}))
    for t in getattr(st, "concluded_topics", []):
        out.append(({"source_kind": "topic", "matter": f"落实协商成果：{t['title']}", "asker": t["proposer"],
                     "asker_public": f"{st.town}镇协商议事群众代表", "department": t["undertaker"],
                     "assigned_on": t["feedback_on"]}, {"topic": t["id"]}))
    for p in st.proposals:
        if p.get("assigned_on"):
            out.append(({"source_kind": "proposal", "matter": p["title"], "asker": p["lead"],
                         "asker_public": "政协委员", "department": p["main_dept"], "assigned_on": p["assigned_on"],
                         "replied_on": p.get("replied_on"), "reply": p.get("reply_summary", ""),
                         "result": RESULT_OF_CLASS.get(p.get("reply_class", ""), "")}, {"proposal": p["id"]}))
    for o in getattr(st, "instructed_opinions", []):
        out.append(({"source_kind": "opinion", "matter": f"落实领导批示：{o['title']}", "asker": o["reporter"],
                     "asker_public": "政协委员", "department": rng.choice(DEPTS),
                     "assigned_on": min(st.last, o["submitted_on"] + DAY * rng.randint(3, 10))}, {"opinion": o["id"]}))
    return out


def referrals(st) -> None:
    """The 督办 list: the items of referral_rows with follow-ups, replies and feedback by their dates."""
    rng, p = st.rng, st.people
    table = RF.limits()
    if st.first or _CALENDAR.get("year") != st.year:  # one holiday calendar for all the stations of a run
        _CALENDAR.update(year=st.year, cal=Calendar(dt.date(st.year - 1, 10, 1), dt.date(st.year + 1, 6, 30)))
    cal = _CALENDAR["cal"]
    liaison = next((m["name"] for m in st.members if m["role"] == "联络员"), st.members[0]["name"])
    rows, extra, follows = [], [], []
    for values, source in referral_rows(st):
        kind, assigned = values["source_kind"], values["assigned_on"]
        due = RF.due_date(kind, assigned, table=table, calendar=cal)
        span = max(1, (due - assigned).days)
        if kind != "proposal":  # a proposal's reply is the proposal's own
            fate = p.weighted({"on_time": 70, "late": 18, "open": 12})
            replied = assigned + DAY * (rng.randint(1, span) if fate == "on_time" else span + rng.randint(2, 20))
            if fate != "open" and replied <= st.last:
                result = p.weighted({"已解决": 65, "正在解决": 25, "暂不能解决": 10})
                values.update(replied_on=replied, result=result,
                              reply=REFERRAL_REPLY[result].format(dept=values["department"]))
        replied = values.get("replied_on")
        # 督办: items not answered by half their limit are chased, once or more
        until = min(replied or st.last, st.last)
        chase = assigned + DAY * (span // 2)
        mine = []
        while chase < until and len(mine) < 4 and (replied is None or replied > assigned + DAY * (span // 2)):
            mine.append({"date": chase, "method": p.weighted({"电话": 5, "发函": 2, "现场": 2, "会议": 1}),
                         "by": liaison, "note": rng.choice(FOLLOW_NOTES)})
            chase += DAY * rng.randint(7, 20)
        if replied and replied + DAY <= st.last and rng.random() < 0.85:
            values.update(fed_back_on=min(st.last, replied + DAY * rng.randint(1, 7)),
                          feedback_method=p.weighted({"电话": 5, "上门": 2, "回音壁": 2, "微信": 2}),
                          feedback_by=liaison, satisfaction=p.weighted({"满意": 75, "基本满意": 20, "不满意": 5}))
        values.update(due_on=due, state=RF.state_of(assigned, replied, values.get("fed_back_on")),
                      on_board=not values.pop("_private", False) and rng.random() < 0.9)
        rows.append(values)
        extra.append(source)
        follows.append(mine)
    ids = bulk.bulk_create("referral", rows, extra=extra)
    bulk.insert_rows(ReferralFollow, [{**f, "referral": rid} for rid, group in zip(ids, follows) for f in group],
                     audit=False)
