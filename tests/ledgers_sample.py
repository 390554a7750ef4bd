"""Sample records for the ledger tests, created through the domain services (shared by test_ledgers_*)."""

from __future__ import annotations

import contextlib
import datetime as dt

ID_OK = "11010519491231002X"  # valid GB 11643 check digit


def populate(year: int = 2026) -> dict:
    """A small station year: members, roster with a swap and attendance, visits, cases, activities, topics."""
    from station_app.services import disputes, duty, reception, records, topics
    from station_app.store.models import Station

    Station.name_own(name="城关镇委员工作站", kind="委员工作站")
    names = [("张建国", "农业界", "召集人"), ("李秀英", "妇联", "联络员"), ("王志强", "经济界", "驻室委员"),
             ("赵丽华", "教育界", "驻室委员"), ("刘洋", "医药卫生界", "驻室委员")]
    members = []
    for i, (name, sector, role) in enumerate(names):
        members.append(records.create("member", {
            "name": name, "gender": "女" if i % 2 else "男", "sector": sector, "role": role,
            "phone": f"1380013{i:04d}", "employer": f"某某单位{i}主任", "birth_month": dt.date(1970 + i, 3, 1),
            "joined_on": dt.date(2024, 1, 5),
        }))
    ids = [m.id for m in members]
    d = lambda m, day: dt.date(year, m, day)
    s1 = duty.create_slot(d(3, 6), "上午", "工作站接待室", ids[:2])
    s2 = duty.create_slot(d(3, 13), "上午", "工作站接待室", ids[2:4])
    duty.swap(s2, ids[2], ids[4], "外出")
    duty.mark_attendance(s1, {ids[0]: True, ids[1]: False})
    duty.create_slot(d(3, 20), "下午", "工作站接待室", ids[:2], note="联系群众日")
    day = reception.open_day(s1)
    visits = [
        reception.add_visit(day, {"visitor_name": "陈大爷", "visitor_gender": "男", "visitor_phone": "13912345678",
                                  "visitor_id_number": ID_OK, "people_count": 3, "category": "邻里纠纷",
                                  "content": "反映楼上住户长期漏水，多次协商未果，希望委员帮助协调。",
                                  "handling": "转矛盾纠纷调解", "visit_time": "09:30"}),
        reception.add_visit(None, {"visit_date": d(4, 2), "mode": "电话", "visitor_name": "周女士",
                                   "category": "社会保障", "content": "咨询城乡居民医保缴费标准。",
                                   "handling": "政策咨询", "status": "已办结", "result": "已当场解答"},
                            member_ids=ids[1:2]),
    ]
    case = disputes.create_dispute({"accepted_on": d(3, 7), "source": "来访转入", "dispute_type": "邻里",
                                    "summary": "楼上漏水致楼下墙面受损，双方就赔偿金额争执。", "people_count": 2,
                                    "amount": "3500", "other_mediators": "司法所老周"},
                                   mediator_ids=ids[:2],
                                   parties=[{"role": "申请人", "name": "陈大爷"}, {"role": "被申请人", "name": "孙某"}])
    disputes.close_case(case, {"result": "调解成功", "agreement_form": "书面", "agreement_amount": "3000",
                               "fulfilment": "已履行", "closed_on": d(3, 20), "agreement_content": "赔偿3000元",
                               "fulfil_method": "一次性现金支付", "fulfil_deadline": d(3, 20)}) \
        if _can_close(disputes, case) else None
    records.create("activity", {"date": d(5, 10), "activity_type": "普法宣传", "title": "民法典进社区宣讲",
                                "location": "幸福社区", "people_served": 120, "summary": "讲解邻里相处相关条款。"},
                   members=ids[:3])
    topic = topics.create_topic({"title": "老旧小区加装电梯", "source": "接待日转化", "proposed_on": d(4, 8),
                                 "proposer": "张建国", "suggestions_count": 3})
    records.create("opinion", {"title": "关于加强农村饮水安全保障的建议", "reporter": "王志强",
                               "situation": "部分村组供水管网老化。", "suggestion": "加快管网改造。",
                               "submitted_on": d(6, 1), "submitted_to": "县政协", "adoption": "上级采用"})
    proposal, referrals = add_proposal_and_referrals(ids, visits, year)
    return {"members": members, "visits": visits, "dispute": case, "topic": topic, "proposal": proposal,
            "referrals": referrals}


def add_proposal_and_referrals(ids, visits, year: int = 2026):
    """A 联名 proposal (领衔 ids[2]) answered B, and two 交办 items: the proposal's (replied on time, fed back)
    and the first visit's (handed on, followed up twice, not answered — overdue)."""
    from station_app.services import records
    from station_app.services import referral_figures as RF
    from station_app.store.models import ProposalMember, Referral, ReferralFollow

    d = lambda m, day: dt.date(year, m, day)
    proposal = records.create("proposal", {
        "number": f"TA-{year}-001", "title": "关于加快老旧小区加装电梯的建议", "reason": "老旧小区居民上下楼困难。",
        "source": "接待日转化", "analysis": "全镇多层住宅无电梯。", "suggestion": "一、简化审批；二、给予补贴。",
        "submitted_on": d(4, 20), "submitted_to": "县政协", "filing": "立案", "filing_no": "第12号", "is_key": True,
        "main_dept": "住建办", "co_depts": "自然资源所、财政所", "assigned_on": d(5, 6), "replied_on": d(7, 30),
        "reply_class": "B", "reply_summary": "已列入明年民生实事计划。", "member_opinion": "基本满意"})
    for position, mid in enumerate((ids[2], ids[0])):
        ProposalMember.create(proposal=proposal, member=mid, position=position)
    table = RF.limits()
    made = []
    # the proposal (立案, 主办单位) already made its own item through services.referrals: written here instead
    Referral.delete().where((Referral.proposal == proposal.id) | (Referral.visit == visits[0].id)).execute()
    for values in (
        {"source_kind": "proposal", "proposal": proposal.id, "matter": "加快老旧小区加装电梯", "asker": "王志强",
         "asker_public": "王志强委员", "department": "住建办", "assigned_on": d(5, 6), "replied_on": d(7, 30),
         "reply": "已列入明年民生实事计划。", "result": "正在解决", "fed_back_on": d(8, 2), "feedback_method": "电话",
         "feedback_by": "李秀英", "satisfaction": "基本满意"},
        {"source_kind": "visit", "visit": visits[0].id, "matter": "楼上住户长期漏水，请协调维修。", "asker": "陈大爷",
         "asker_public": "幸福社区群众", "department": "住建办", "assigned_on": d(3, 9)},
    ):
        due = RF.due_date(values["source_kind"], values["assigned_on"], table=table)
        state = RF.state_of(values["assigned_on"], values.get("replied_on"), values.get("fed_back_on"))
        made.append(records.create("referral", {**{k: v for k, v in values.items() if k not in ("proposal", "visit")},
                                                "due_on": due, "state": state}))
        Referral.update(proposal=values.get("proposal"), visit=values.get("visit")).where(
            Referral.id == made[-1].id).execute()
    ReferralFollow.create(referral=made[1], date=d(3, 30), method="电话", by="李秀英", note="催办，答复正在协调")
    ReferralFollow.create(referral=made[1], date=d(4, 20), method="现场", by="张建国", note="现场督办")
    return proposal, made


def _can_close(disputes, case) -> bool:
    from station_app.services.errors import ValidationError

    for name in ("申请书或受理登记表", "当事人权利义务告知书", "当事人身份证明", "调解记录", "调解协议书", "封底"):
        with contextlib.suppress(ValidationError):  # papers produced by the app itself cannot be ticked
            disputes.set_paper(case, name, True)
    with contextlib.suppress(ValidationError):
        disputes.add_session(case, {"date": case.accepted_on, "process": "双方到场，释法明理。"})
    return True
