"""Demo data, second half: a station year's mediated disputes, activities, topics and opinions."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from station_app.services import bulk, item_numbers, numbering
from station_app.services import demo_text as T
from station_app.store.base import new_uuid
from station_app.store.models import Dispute, DossierPaper, Topic, TopicStep, TopicVisit

CATEGORY_TO_DISPUTE = {"邻里纠纷": "邻里", "婚姻家庭": "婚姻家庭", "劳动就业": "劳动争议", "征地拆迁": "征地拆迁",
                       "涉法涉诉": "合同", "营商环境": "企业经济/信用", "城乡建设": "物业", "医疗卫生": "医疗"}
DAY = dt.timedelta(days=1)


def _next_seq(model, year_field, seq_source) -> int:
    return (model.select(pw.fn.MAX(seq_source)).where(year_field).scalar() or 0)


def finish_numbering(year: int) -> None:
    """Later case numbers and topic codes continue after the demo's (never reused)."""
    numbering.bump_to("dispute", year, _next_seq(Dispute, Dispute.case_year == year, Dispute.case_seq))
    topics = Topic.select(Topic.code).where(Topic.code.startswith(f"YT-{year}-"))
    numbering.bump_to("topic", year, max((int(t.code.rsplit("-", 1)[1]) for t in topics), default=0))


# ---- disputes ----
def disputes(st) -> None:
    rng, p = st.rng, st.people
    plans = []
    for v in st.visits:
        if v["handling"] == "转矛盾纠纷调解":
            kind = CATEGORY_TO_DISPUTE.get(v["category"], "其他")
            plans.append((min(st.last, v["visit_date"] + DAY * rng.randint(0, 3)), "来访转入", kind, v))
    for _ in range(st.count(st.size.disputes, 2)):
        source = p.weighted({"委员排查": 3, "法院委托诉前调解": 4, "部门移交": 2, "当事人申请": 3})
        plans.append((p.day_between(st.start, st.last), source, p.weighted(T.DISPUTE_TYPE_WEIGHTS), None))
    plans.sort(key=lambda x: x[0])
    base = _next_seq(Dispute, Dispute.case_year == st.year, Dispute.case_seq)
    rows, mediators, extra, details = [], [], [], []
    for seq, (accepted, source, kind, visit) in enumerate(plans, start=base + 1):
        row, parties, detail = _dispute(st, accepted, source, kind, visit, seq)
        rows.append(row)
        pool = st.member_ids(accepted)
        mediators.append(rng.sample(pool, min(len(pool), rng.choice((1, 1, 2)))))
        extra.append({"case_year": st.year, "case_seq": seq, "source_visit": visit["id"] if visit else None,
                      "uuid": new_uuid()})
        details.append((parties, detail))
    ids = bulk.bulk_create("dispute", rows, members=mediators, extra=extra)
    filed = [(e["uuid"], item_numbers.parse_dossier_no(r["file_no"])) for r, e in zip(rows, extra) if r.get("file_no")]
    item_numbers.assign_many(item_numbers.DOSSIER, [(u, yn[0]) for u, yn in filed], [yn for _, yn in filed])
    party_rows, party_extra, sessions, s_extra, follows, f_extra, papers = [], [], [], [], [], [], []
    for did, row, names, (parties, detail) in zip(ids, rows, mediators, details):
        party_rows += parties
        party_extra += [{"dispute": did}] * len(parties)
        for s in detail["sessions"]:
            sessions.append(s)
            s_extra.append({"dispute": did})
        if detail["followup"]:
            follows.append({**detail["followup"], "visitor": st.name_of(names[0])})
            f_extra.append({"dispute": did})
        papers += [{"dispute": did, "name": name, "received": True, "pages": pages}
                   for name, pages in detail["papers"]]
    bulk.bulk_create("party", party_rows, extra=party_extra)
    bulk.bulk_create("mediation_session", sessions, extra=s_extra)
    bulk.bulk_create("follow_up", follows, extra=f_extra)
    bulk.insert_rows(DossierPaper, papers, audit=False)


def _party(st, role: str, kind: str, accepted: dt.date, org: bool = False,
           person: tuple | None = None) -> dict:
    rng, p = st.rng, st.people
    if org:
        company = rng.choice(T.COMPANIES).replace("某某", rng.choice(T.SURNAMES) + "氏")
        return {"role": role, "name": f"{st.town}{company}",
                "is_org": True, "address": f"{st.town}镇{rng.choice(T.STREETS)}{rng.randint(1, 99)}号",
                "phone": p.landline(), "statement": "单位委托代理人到场陈述意见。"}
    name, gender = person or (None, p.gender())
    age = rng.randint(23, 72)
    return {"role": role, "name": name or p.name(gender), "is_org": False, "gender": gender, "age": age,
            "ethnicity": rng.choice(T.ETHNICITIES), "id_number": p.id_number(p.birth(age, accepted), gender),
            "address": p.village_address(st.town), "phone": p.mobile(),
            "statement": "陈述了纠纷经过并提出诉求。" if role == "申请人" else "对申请人所述部分事实有异议。"}


def _dispute(st, accepted: dt.date, source: str, kind: str, visit, seq: int):
    rng, p = st.rng, st.people
    summary, agreement, (low, high) = T.DISPUTE_TEXT[kind]
    amount = rng.randrange(low, high + 1, 100) if high else 0
    person = (visit["visitor_name"], visit["visitor_gender"] or "男") if visit else None
    parties = [_party(st, "申请人", kind, accepted, person=person)]
    parties.append(_party(st, "被申请人", kind, accepted, org=kind in T.ORG_PARTY_TYPES and rng.random() < 0.6))
    if rng.random() < 0.1:
        parties.append(_party(st, "第三人", kind, accepted))
    a, b = parties[0]["name"], parties[1]["name"]
    age = (st.last - accepted).days
    closed = age > 40 or (age > 20 and rng.random() < 0.6) or (age > 3 and rng.random() < 0.3)
    row = {
        "case_no": numbering.FORMATS["dispute"].format(year=st.year, seq=seq), "accepted_on": accepted,
        "source": source, "dispute_type": kind, "summary": summary.format(a=a, b=b, amount=amount),
        "location": f"{st.town}镇委员工作室调解室",
        "people_count": len(parties) + (rng.randint(3, 20) if kind == "村务管理" else 0), "amount": amount,
        "other_mediators": rng.choice(("", "", f"{st.town}镇司法所 {p.name()}", f"村调委会 {p.name()}")),
        "retention": "30年" if amount > 100000 else "10年",
    }
    detail = {"sessions": [], "followup": None,
              "papers": [("当事人权利义务告知书", 1), ("当事人身份证明", len(parties))]}
    if closed:
        span = min(age, rng.randint(2, 28) if rng.random() < 0.9 else rng.randint(29, 45))
        closed_on = accepted + DAY * span
        result = p.weighted({"调解成功": 85, "调解不成功": 5, "终止调解": 3, "转诉讼": 4, "转其他部门": 3})
        row.update(result=result, closed_on=closed_on)
        if result == "调解成功":
            form = "书面" if rng.random() < 0.8 else "口头"
            deadline = closed_on + DAY * rng.randint(10, 30) if form == "书面" and rng.random() < 0.5 else None
            due = deadline or closed_on + DAY * 15
            row.update(agreement_form=form, agreement_content=agreement.format(a=a, b=b, amount=amount),
                       agreement_amount=amount, fulfil_deadline=deadline)
            if due < st.last:
                row["fulfilment"] = p.weighted({"已履行": 85, "部分履行": 10, "未履行": 5})
                if rng.random() < 0.9:
                    detail["followup"] = {
                        "date": min(st.last, due + DAY * rng.randint(0, 10)), "reason": "履行情况回访",
                        "content": f"电话回访{a}，协议{row['fulfilment']}，双方未再发生矛盾。",
                        "fulfilment": row["fulfilment"],
                        "satisfaction": rng.choices(("满意", "基本满意"), (85, 15))[0]}
            if rng.random() < 0.06:
                row.update(prevented_criminal_cases=1, prevented_criminal_people=rng.randint(2, 4))
            if kind in ("村务管理", "征地拆迁", "劳动争议") and rng.random() < 0.3:
                row.update(prevented_petition_cases=1, prevented_petition_people=rng.randint(5, 20))
        else:
            row["failure_reason"] = rng.choice(T.FAILURE_REASONS)
        detail["papers"] += [(name, 1) for name in ("调查记录", "证据材料") if rng.random() < 0.4]
        if (st.last - closed_on).days > 60:
            row.update(archive_status="已归档", file_no=f"（{st.year}）人调字第{seq:03d}号")
    end = row.get("closed_on") or st.last
    for k in range(rng.randint(1, 3) if (closed or age > 3) else 0):
        day = min(end, accepted + DAY * (k * rng.randint(2, 7) + rng.randint(0, 2)))
        detail["sessions"].append({
            "date": day, "location": row["location"], "participants": f"{a}、{b}及调解员",
            "process": rng.choice(T.SESSION_TEXT),
            "result": "达成调解协议" if closed and row["result"] == "调解成功" and day == end else "双方同意继续协商"})
    return row, parties, detail


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
            "organizer": f"{st.town}镇委员工作室", "co_organizer": rng.choice(("", "县人民法院", "县司法局", "镇综治中心")),
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
    base = Topic.select().where(Topic.code.startswith(f"YT-{st.year}-")).count()
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
                       "已报党委政府研究，列入下一年度计划。" if grade == "B" else "受资金和政策限制暂不能解决，已向群众做好解释。",
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
                                 "points": f"围绕{title}，与会委员、部门和群众代表充分讨论，提出建议{row['suggestions_count']}条。",
                                 "consensus": "形成共识：分步实施，先易后难，及时向群众反馈进展。", "_topic": len(rows) - 1})
                meeting_members.append(rng.sample(pool, min(len(pool), rng.randint(4, 8))))
    ids = bulk.bulk_create("topic", rows, extra=extra)
    notes = [{k: T.TOPIC_STEP_NOTES[k].format(source=T.TOPIC_SOURCE_PHRASES.get(row["source"], row["source"]), undertaker=row["undertaker"] or "承办单位")
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
    bulk.bulk_create("opinion", rows, extra=extra)
