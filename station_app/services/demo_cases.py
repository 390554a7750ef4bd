"""Demo data, second half: a station year's mediated disputes, activities, topics and opinions."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from station_app.services import bulk, numbering
from station_app.services import demo_text as T
from station_app.services.demo_disputes import CATEGORY_TO_DISPUTE, disputes  # noqa: F401  (this module's contract)
from station_app.store.models import Dispute, Topic, TopicStep, TopicVisit
from station_app.store.org import OWN_STATION_ID

DAY = dt.timedelta(days=1)


def _next_seq(model, year_field, seq_source) -> int:
    return (model.select(pw.fn.MAX(seq_source)).where(year_field & (model.station == OWN_STATION_ID)).scalar() or 0)


def finish_numbering(year: int) -> None:
    """Later case numbers and topic codes continue after the demo's (never reused)."""
    numbering.bump_to("dispute", year, _next_seq(Dispute, Dispute.case_year == year, Dispute.case_seq))
    topics = Topic.select(Topic.code).where(Topic.code.startswith(f"YT-{year}-") & (Topic.station == OWN_STATION_ID))
    numbering.bump_to("topic", year, max((int(t.code.rsplit("-", 1)[1]) for t in topics), default=0))


# ---- activities ----
def activities(st) -> None:
    rng, p = st.rng, st.people
    rows, members = [], []
    for _ in range(st.count(st.size.activities, 2)):
        kind = p.weighted(T.ACTIVITY_WEIGHTS)
        day = p.day_between(st.start, st.last)
        pool = st.member_ids(day)
        chosen = rng.sample(pool, min(len(pool), rng.randint(3, 10)))
        people = rng.randint(8, 40) if kind == "庭审观摩" else rng.randint(15, 60)
        place = {"庭审观摩": "县人民法院第一审判庭", "送法进企": f"{st.town}{rng.choice(T.COMPANIES)}"}.get(
            kind, rng.choice((f"{st.town}镇委员工作室", f"{st.town}镇{rng.choice(T.VILLAGES)}村委会",
                              f"{st.town}镇文化广场")))
        title = rng.choice(T.ACTIVITY_TITLES[kind])
        rows.append({
            "date": day, "activity_type": kind, "title": title, "location": place,
            "organizer": f"{st.town}镇委员工作室",
            "co_organizer": rng.choice(("", "县人民法院", "县司法局", "镇综治中心")),
            "other_people": rng.choice(("", "县人民法院法官2名", "镇司法所工作人员", "村两委干部")),
            "people_served": people,
            "summary": T.ACTIVITY_SUMMARY.format(title=title, place=place, n=len(chosen), people=people,
                                                 leaflets=rng.randrange(50, 500, 50)),
            "outcome": rng.choice(T.ACTIVITY_OUTCOME).format(k=rng.randint(2, 15)),
        })
        members.append(chosen)
    order = sorted(range(len(rows)), key=lambda i: rows[i]["date"])  # 编号 in date order, as recorded
    bulk.bulk_create("activity", [rows[i] for i in order], members=[members[i] for i in order])


# ---- topics: every one of the six steps occurs ----
def topics(st) -> None:
    rng, p = st.rng, st.people
    n = st.count(st.size.topics, 6)  # at least one topic at each of the six steps
    steps = [1, 2, 3, 4, 5, 6] + [rng.choice((4, 5, 6, 6, 6, 6)) for _ in range(max(0, n - 6))]
    referred = [v for v in st.visits if v["handling"] == "转协商议题"]
    plans = []
    for i, step in enumerate(steps[:n]):
        span = 25 * (step - 1) + 20
        latest = max(st.start, st.last - DAY * span)
        proposed = p.day_between(st.start, latest) if step > 1 else p.day_between(latest, st.last)
        plans.append((proposed, step, i))
    plans.sort()
    base = Topic.select().where(Topic.code.startswith(f"YT-{st.year}-") & (Topic.station == OWN_STATION_ID)).count()
    rows, extra, step_rows, visit_links, meetings, meeting_members = [], [], [], [], [], []
    subjects = rng.sample(T.TOPICS, len(T.TOPICS))  # a station takes up each subject once a year
    for seq, (proposed, step, i) in enumerate(plans, start=base + 1):
        title_t, _cat = subjects[i % len(subjects)]
        title = title_t.format(village=rng.choice(T.VILLAGES))
        source = "接待日转化" if referred and i % 3 == 0 else p.weighted(
            {"群众反映": 4, "委员荐题": 3, "党政交题": 2, "线上征题": 1, "社情民意": 1})
        dates, day = [proposed], proposed
        for _k in range(2, step + 1):
            day = min(st.last, day + DAY * rng.randint(7, 25))
            dates.append(day)
        concluded = step == 6 and i != 5
        undertaker = rng.choice(T.TOPIC_UNDERTAKERS)
        row = {"code": numbering.FORMATS["topic"].format(year=st.year, seq=seq), "title": title,
               "source": source, "proposed_on": proposed,
               "proposer": st.name_of(rng.choice(st.member_ids(proposed))),
               "description": f"群众多次反映{title}，影响日常生产生活，建议纳入协商议事。",
               "suggestions_count": rng.randint(3, 9) if step >= 4 else 0,
               "undertaker": undertaker if step >= 5 else ""}
        if concluded:
            grade = rng.choices(("A", "B", "C"), (60, 25, 15))[0]
            row.update(grade=grade, converted=grade != "C" or rng.random() < 0.2,
                       handling_result=f"{undertaker}已采纳协商意见并组织实施。" if grade == "A" else
                       "已报党委政府研究，列入下一年度计划。" if grade == "B" else
                       "受资金和政策限制暂不能解决，已向群众做好解释。",
                       feedback_on=min(st.last, dates[-1] + DAY * rng.randint(3, 15)),
                       publicity="协商结果在村务公开栏和微信群公示7天，无异议。")
        rows.append(row)
        extra.append({"step": step, "concluded": concluded})
        step_rows.append([(k, d) for k, d in enumerate(dates, start=1)])
        if source == "接待日转化":
            visit_links.append(rng.sample(referred, min(len(referred), rng.randint(1, 3))))
        else:
            visit_links.append([])
        if step >= 4:
            for _m in range(rng.choice((1, 1, 2))):
                pool = st.member_ids(dates[3])
                meetings.append({"date": dates[3], "location": f"{st.town}镇委员工作室协商议事室",
                                 "form": p.weighted({"会议": 4, "现场": 2, "院坝": 2, "板凳会": 1, "线上": 1}),
                                 "dept_reps": f"{undertaker}负责同志",
                                 "public_reps": f"村民代表{rng.randint(4, 12)}名",
                                 "experts": rng.choice(("", "法律顾问1名", "规划专家1名")),
                                 "points": f"围绕{title}，与会委员、部门和群众代表充分讨论，"
                                           f"提出建议{row['suggestions_count']}条。",
                                 "consensus": "形成共识：分步实施，先易后难，及时向群众反馈进展。",
                                 "_topic": len(rows) - 1})
                meeting_members.append(rng.sample(pool, min(len(pool), rng.randint(4, 8))))
    ids = bulk.bulk_create("topic", rows, extra=extra)
    st.concluded_topics = [{"id": tid, **row} for tid, row in zip(ids, rows)  # A-class results are handed on
                           if row.get("grade") == "A" and row["undertaker"]]
    notes = [{k: T.TOPIC_STEP_NOTES[k].format(source=T.TOPIC_SOURCE_PHRASES.get(row["source"], row["source"]),
                                              undertaker=row["undertaker"] or "承办单位")
              for k in T.TOPIC_STEP_NOTES} for row in rows]
    bulk.insert_rows(TopicStep, [{"topic": tid, "step": k, "date": d, "note": note[k], "by": "demo"}
                                 for tid, group, note in zip(ids, step_rows, notes) for k, d in group], audit=False)
    bulk.insert_rows(TopicVisit, [{"topic": tid, "visit": v["id"]} for tid, group in zip(ids, visit_links)
                                  for v in group], audit=False)
    owners = [{"topic": ids[m.pop("_topic")]} for m in meetings]
    bulk.bulk_create("meeting", meetings, members=meeting_members, extra=owners)


# ---- opinions (社情民意信息) ----
def opinions(st) -> None:
    rng, p = st.rng, st.people
    from_visits = [v for v in st.visits if v["handling"] == "形成社情民意信息"]
    rows, extra = [], []
    titles = rng.sample(T.OPINION_TITLES, len(T.OPINION_TITLES))
    for i in range(st.count(st.size.opinions, 1)):
        title = titles[i % len(titles)]
        if i >= len(titles) or st.size.stations > 1:
            title = title.replace("关于", f"关于{st.town}镇", 1)
        visit = from_visits[i] if i < len(from_visits) else None
        if visit:
            day = min(st.last, visit["visit_date"] + DAY * rng.randint(3, 15))
        else:
            day = p.day_between(st.start, st.last)
        member = st.members[rng.randrange(len(st.members))]
        adoption = p.weighted(T.ADOPTION_WEIGHTS)
        rows.append({
            "title": title, "reporter": member["name"], "reporter_unit": member["employer"].split(" ")[0],
            "situation": f"近期在接待群众中了解到，{title[2:].replace('的建议', '')}方面问题较为突出，群众反映强烈。",
            "analysis": "一是相关制度不够健全；二是部门之间衔接不畅；三是基层力量和经费保障不足。",
            "suggestion": "一是完善工作机制，明确责任分工；二是加大投入，补齐短板；三是加强宣传引导，形成工作合力。",
            "submitted_on": day, "submitted_to": rng.choice(("县政协办公室", "市政协社情民意信息室")),
            "adoption": adoption,
            "instruction": "请有关部门认真研究，提出解决办法。" if adoption == "领导批示" else "",
        })
        extra.append({"member": member["id"], "source_visit": visit["id"] if visit else None})
    ids = bulk.bulk_create("opinion", rows, extra=extra)
    st.instructed_opinions = [{"id": oid, **row} for oid, row in zip(ids, rows) if row["instruction"]]
