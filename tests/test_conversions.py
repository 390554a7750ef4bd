"""Visits converted into disputes, topics and opinions; merging; links kept both ways."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import conversions, disputes, records
from station_app.services.errors import ValidationError
from station_app.store.models import AuditLog, Dispute, Opinion, Topic, TopicVisit, Visit

D = dt.date


def visit(name="王秀英", content="邻居在公共过道堆放杂物，多次沟通无果。希望协调。", category="邻里纠纷",
          day="2026-03-06", **extra):
    data = {"visit_date": day, "visitor_name": name, "visitor_gender": "女", "visitor_phone": "13812345678",
            "visitor_address": "城关镇幸福村3组", "category": category, "content": content,
            "handling": "当场解答", **extra}
    return records.create("visit", data, members=extra.pop("members", None))


def fresh(v):
    return Visit.get_by_id(v.id)


def test_visit_becomes_dispute_with_applicant_and_link(db):
    member = records.create("member", {"name": "张律师", "sector": "社会福利和社会保障界"})
    v = records.create("visit", {"visit_date": "2026-03-06", "visitor_name": "王秀英", "visitor_gender": "女",
                                 "visitor_phone": "13812345678", "category": "邻里纠纷",
                                 "content": "邻居堆放杂物。", "handling": "当场解答"}, members=[member.id])
    case = conversions.visit_to_dispute(v)
    assert case.case_no == "〔2026〕调字第001号"
    assert (case.source, case.dispute_type, case.summary, case.accepted_on) == (
        "来访转入", "邻里", "邻居堆放杂物。", D(2026, 3, 6))
    assert [(p.role, p.name, p.phone) for p in case.parties] == [("申请人", "王秀英", "13812345678")]
    assert records.member_ids(case) == [member.id]
    assert Dispute.get_by_id(case.id).source_visit_id == v.id
    assert (fresh(v).handling, fresh(v).status) == ("转矛盾纠纷调解", "办理中")
    assert conversions.links_of_visit(v)["disputes"] == [case]
    assert AuditLog.select().where((AuditLog.action == "convert") & (AuditLog.table == "visit")).count() == 1
    # the converted case can be closed: it has its applicant (and, once in, the dossier's papers)
    for name in ("当事人权利义务告知书", "当事人身份证明"):
        disputes.set_paper(case, name)
    disputes.add_session(case, {"date": "2026-03-09", "process": "调解"})
    disputes.close_case(case, {"result": "调解成功", "agreement_form": "口头", "agreement_content": "当场和解",
                               "closed_on": "2026-03-10"})


def test_converting_twice_is_refused_until_the_first_is_deleted(db):
    v = visit()
    case = conversions.visit_to_dispute(v)
    with pytest.raises(ValidationError, match="已转为调解案件〔2026〕调字第001号|已转为调解案件 〔2026〕调字第001号"):
        conversions.visit_to_dispute(v)
    assert Dispute.select().count() == 1
    records.soft_delete(case)
    again = conversions.visit_to_dispute(v)
    assert again.case_no == "〔2026〕调字第002号"  # the deleted case's number is not reused


def test_visit_becomes_topic(db):
    v = visit(content="小区门口路灯不亮，晚上出行不便。请求尽快修复", category="城乡建设")
    topic = conversions.visit_to_topic(v)
    assert (topic.title, topic.source, topic.proposed_on, topic.proposer) == (
        "小区门口路灯不亮，晚上出行不便", "接待日转化", D(2026, 3, 6), "王秀英")
    assert fresh(v).handling == "转协商议题"
    assert conversions.links_of_visit(v)["topics"] == [topic]
    assert conversions.visits_of_topic(topic) == [v]
    with pytest.raises(ValidationError, match="已转为协商议题 YT-2026-001"):
        conversions.visit_to_topic(v)


def test_visit_becomes_opinion(db):
    member = records.create("member", {"name": "陈委员", "sector": "经济界"})
    long_text = "农村饮水工程管护不到位。" + "情况说明" * 500
    v = records.create("visit", {"visit_date": "2026-03-06", "visitor_name": "李村长", "category": "生态环境",
                                 "visitor_address": "石桥村委会", "content": long_text[:2000],
                                 "handling": "当场解答"}, members=[member.id])
    opinion = conversions.visit_to_opinion(v)
    opinion = Opinion.get_by_id(opinion.id)
    assert ((opinion.title, opinion.reporter, opinion.reporter_unit)
            == ("农村饮水工程管护不到位", "李村长", "石桥村委会"))
    assert len(opinion.situation) == 1500 and opinion.situation.endswith("…")
    assert opinion.source_visit_id == v.id and opinion.member_id == member.id
    assert len(fresh(v).content) == 2000  # the visit keeps the whole request
    assert fresh(v).handling == "形成社情民意信息"
    with pytest.raises(ValidationError, match="已形成社情民意信息"):
        conversions.visit_to_opinion(v)


def test_one_visit_can_feed_different_kinds(db):
    v = visit()
    case = conversions.visit_to_dispute(v)
    opinion = conversions.visit_to_opinion(v)
    links = conversions.links_of_visit(v)
    assert links == {"disputes": [case], "topics": [], "opinions": [opinion], "proposals": []}


def test_merge_keeps_every_original_visit(db):
    collected = [visit(name=f"群众{i}", content=f"第{i}位群众反映停车难。", category="交通出行",
                       day=f"2026-03-{i + 1:02d}") for i in range(1, 17)]
    parking = conversions.merge_visits_into_topic(collected[:8], {"title": "菜市场周边停车难"})
    assert parking.proposed_on == D(2026, 3, 2)
    assert TopicVisit.select().where(TopicVisit.topic == parking).count() == 8
    assert conversions.visits_of_topic(parking) == collected[:8]
    assert "群众1（2026-03-02）：第1位群众反映停车难。" in parking.description
    for v in collected[:8]:
        assert conversions.links_of_visit(v)["topics"] == [parking]
        assert fresh(v).handling == "转协商议题"
    with pytest.raises(ValidationError, match="已并入其他议题"):
        conversions.merge_visits_into_topic(collected[7:10], {"title": "另一个议题"})
    assert Topic.select().count() == 1
    conversions.add_visits_to_topic(parking, collected[8:10] + collected[:1])
    assert TopicVisit.select().where(TopicVisit.topic == parking).count() == 10
    with pytest.raises(ValidationError, match="请至少选择"):
        conversions.merge_visits_into_topic([], {"title": "空"})
    with pytest.raises(ValidationError, match="议题名称"):
        conversions.merge_visits_into_topic(collected[10:], {})
    assert Topic.select().count() == 1


def test_read_only_account_cannot_convert(db):
    from station_app.services import context
    from station_app.services.errors import PermissionDenied

    v = visit()
    with context.acting_as("inspector", "只读检查"):
        for fn in (conversions.visit_to_dispute, conversions.visit_to_topic, conversions.visit_to_opinion):
            with pytest.raises(PermissionDenied):
                fn(v)
    assert conversions.links_of_visit(v) == {"disputes": [], "topics": [], "opinions": [], "proposals": []}
    assert fresh(v).handling == "当场解答"
