"""提案: numbers never reused, 立案号 unique, the order of the course, 联名 order, conversions and links."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import conversions, departments, links, listing, proposals, records, recycle, search
from station_app.services.errors import ValidationError
from station_app.store.models import AuditLog, Proposal, Visit

D = dt.date


def members(*names):
    return [records.create("member", {"name": n, "sector": "经济界"}) for n in names]


def data(**extra):
    return {"title": "关于加强农村道路养护的提案", "reason": "农村公路重建轻养，破损严重", "source": "委员调研",
            "suggestion": "建立县乡村三级养护机制", "submitted_on": "2026-03-02", "submitted_to": "县政协", **extra}


def problems(exc) -> dict:
    return exc.value.by_field()


def test_numbers_run_per_year_and_are_never_reused_after_delete(db):
    a, = members("张建国")
    p1 = proposals.create_proposal(data(), [a.id])
    p2 = proposals.create_proposal(data(title="第二件"), [a.id])
    assert (p1.number, p2.number) == ("提〔2026〕第001号", "提〔2026〕第002号")
    records.soft_delete(p2)
    p3 = proposals.create_proposal(data(title="第三件"), [a.id])
    assert p3.number == "提〔2026〕第003号"
    assert (proposals.create_proposal(data(title="去年的", submitted_on="2025-12-30"), [a.id]).number
            == "提〔2025〕第001号")
    typed = proposals.create_proposal(data(title="补录", number="提(2026)第9号"), [a.id])
    assert typed.number == "提〔2026〕第009号"
    assert proposals.create_proposal(data(title="之后"), [a.id]).number == "提〔2026〕第010号"
    with pytest.raises(ValidationError) as exc:
        proposals.create_proposal(data(title="撞号", number="提〔2026〕第002号"), [a.id])
    assert "已被使用（在回收站中）" in problems(exc)["number"]


def test_joint_authors_keep_their_order_with_the_lead_first(db):
    a, b, c = members("张建国", "李秀英", "王志强")
    p = proposals.create_proposal(data(), [c.id, a.id, b.id])
    assert records.member_ids(p) == [c.id, a.id, b.id]
    assert proposals.authors_text(p) == "王志强（领衔）、张建国、李秀英"
    proposals.update_proposal(p, {}, [b.id, c.id])
    assert [role for _i, _n, role in proposals.authors(p)] == ["领衔", "联名"]
    assert records.member_ids(p) == [b.id, c.id]
    assert listing.fetch("proposal")[0]["members"] == "李秀英、王志强"
    assert [str(link.text) for link in links.related("proposal", p)] == ["领衔提案人 李秀英", "联名提案人 王志强"]
    with pytest.raises(ValidationError) as exc:
        proposals.update_proposal(p, {}, [])
    assert problems(exc) == {"members": "至少填写一位提案人（第一位为领衔）"}


def test_filing_number_required_when_filed_and_refused_twice(db):
    a, = members("张建国")
    p1 = proposals.create_proposal(data(), [a.id])
    with pytest.raises(ValidationError) as exc:
        proposals.update_proposal(p1, {"filing": "立案"})
    assert problems(exc) == {"filing_no": "立案的提案须填写立案号"}
    proposals.update_proposal(p1, {"filing": "立案", "filing_no": "第15号"})
    p2 = proposals.create_proposal(data(title="另一件"), [a.id])
    with pytest.raises(ValidationError) as exc:
        proposals.update_proposal(p2, {"filing": "立案", "filing_no": "第15号"})
    assert "“第15号”已用于提案 提〔2026〕第001号" in problems(exc)["filing_no"]
    assert Proposal.get_by_id(p2.id).filing == "待审查"  # nothing saved
    proposals.update_proposal(p1, {"filing_no": "第15号"})  # its own number is no clash


def test_reply_before_hand_over_is_refused_naming_the_field(db):
    a, = members("张建国")
    p = proposals.create_proposal(data(), [a.id])
    with pytest.raises(ValidationError) as exc:
        proposals.update_proposal(p, {"replied_on": "2026-04-01"})
    assert "尚未立案" in problems(exc)["replied_on"]
    with pytest.raises(ValidationError) as exc:
        proposals.update_proposal(p, {"filing": "立案", "filing_no": "15", "main_dept": "交通运输所",
                                      "assigned_on": "2026-03-20", "replied_on": "2026-03-10"})
    assert problems(exc) == {"replied_on": "不能早于交办日期（2026-03-20）"}
    with pytest.raises(ValidationError) as exc:
        proposals.update_proposal(p, {"filing": "立案", "filing_no": "15", "assigned_on": "2026-03-01"})
    assert problems(exc)["assigned_on"] == "不能早于提交日期（2026-03-02）"
    fresh = Proposal.get_by_id(p.id)
    assert (fresh.filing, fresh.assigned_on, fresh.replied_on) == ("待审查", None, None)


def test_course_rules_opinion_conclusion_and_co_units(db):
    a, = members("张建国")
    p = proposals.create_proposal(data(filing="立案", filing_no="15", main_dept="交通运输所"), [a.id])
    with pytest.raises(ValidationError) as exc:
        proposals.update_proposal(p, {"member_opinion": "满意", "concluded": True})
    assert set(problems(exc)) == {"member_opinion", "concluded"}
    with pytest.raises(ValidationError) as exc:
        proposals.update_proposal(p, {"co_depts": "司法所、交通运输所"})
    assert problems(exc) == {"co_depts": "会办单位不能与主办单位（交通运输所）重复"}
    proposals.update_proposal(p, {"co_depts": "司法所、新设的水务站", "assigned_on": "2026-03-10",
                                  "replied_on": "2026-05-10", "reply_class": "a", "member_opinion": "满意",
                                  "concluded": True})
    fresh = Proposal.get_by_id(p.id)
    assert (fresh.reply_class, proposals.state_of(fresh)) == ("A", "已办结")
    assert "新设的水务站" in departments.names()  # a unit typed the first time joins the 承办单位 list
    assert listing.count("proposal", listing.Filter(dept="水务站")) == 0  # a whole unit, not a part of one
    assert listing.count("proposal", listing.Filter(dept="新设的水务站")) == 1
    assert listing.count("proposal", listing.Filter(dept="交通运输所", status="已办结")) == 1
    assert listing.count("proposal", listing.Filter(status="未办结")) == 0


def test_list_filters_filing_key_and_state(db):
    a, = members("张建国")
    proposals.create_proposal(data(), [a.id])
    proposals.create_proposal(data(title="重点的", is_key=True, filing="立案", filing_no="7", main_dept="司法所",
                                   assigned_on="2026-03-05"), [a.id])
    assert listing.count("proposal", listing.Filter(category="立案")) == 1
    assert listing.count("proposal", listing.Filter(flag="重点提案")) == 1
    assert listing.count("proposal", listing.Filter(flag="非重点提案")) == 1
    assert [r["proposal_state"] for r in listing.fetch("proposal", listing.Filter(status="办理中"))] == ["办理中"]
    assert listing.count("proposal", listing.Filter(start=D(2026, 1, 1), end=D(2026, 12, 31))) == 2
    proposals.create_proposal(data(title="去年的", submitted_on="2025-11-20"), [a.id])
    assert listing.years("proposal") == [2026, 2025]
    assert listing.count("proposal", listing.Filter(year="2025")) == 1
    assert listing.count("proposal", listing.Filter(member_id=a.id)) == 3


def test_visit_becomes_a_proposal_prefilled_and_linked_both_ways(db):
    a, b = members("张建国", "李秀英")
    v = records.create("visit", {"visit_date": "2026-03-06", "visitor_name": "吴大海", "category": "交通出行",
                                 "content": "村口道路破损，雨天积水严重。希望尽快修复。", "handling": "政策咨询"},
                       members=[b.id, a.id])
    p = conversions.visit_to_proposal(v, {"suggestion": "修复村口道路", "submitted_to": "县政协"})
    assert (p.title, p.source, p.reason) == ("村口道路破损，雨天积水严重", "接待日转化", v.content)
    assert records.member_ids(p) == [b.id, a.id]  # the receiving members, in order
    assert Visit.get_by_id(v.id).handling == "形成提案"
    assert [k for k, _r in proposals.sources_of(p)] == ["visit"]
    assert [str(x.text) for x in links.related("visit", v)][-1] == f"提案 {p.number}「{p.title}」"
    assert str(links.related("proposal", p)[0].text).startswith("来源：来访登记")
    assert conversions.links_of_visit(v)["proposals"] == [p]
    assert AuditLog.select().where(AuditLog.action == "convert").count() == 1
    with pytest.raises(ValidationError, match="已形成提案"):
        conversions.visit_to_proposal(v, {"suggestion": "再来一次", "submitted_to": "县政协"})
    records.soft_delete(p)  # a proposal in the recycle bin no longer counts as made
    assert proposals.proposals_of(v) == []
    assert [x.deleted for x in links.related("visit", v) if x.kind == "proposal"] == [True]


def test_topic_and_opinion_become_proposals(db):
    from station_app.services import topics

    a, = members("张建国")
    topic = topics.create_topic({"title": "老旧小区加装电梯", "proposed_on": "2026-02-01", "source": "群众反映",
                                 "description": "多位老人反映上下楼难"})
    topics.add_meeting(topic, {"date": "2026-02-20", "points": "费用分摊", "consensus": "政府补贴三成"}, [a.id])
    p = conversions.topic_to_proposal(topic, {"submitted_to": "市政协"})
    assert (p.source, p.reason, p.suggestion) == ("协商议题", "多位老人反映上下楼难", "政府补贴三成")
    assert records.member_ids(p) == [a.id]
    assert [str(x.text) for x in links.related("topic", topic)][-1].startswith("提案 ")
    op = records.create("opinion", {"title": "关于农村养老的建议", "situation": "空巢老人多", "suggestion": "建互助点",
                                    "submitted_on": "2026-03-01"}, extra={"member": a.id})
    q = conversions.opinion_to_proposal(op, {"submitted_to": "县政协"})
    assert (q.source, q.reason, q.suggestion, records.member_ids(q)) == ("社情民意", "空巢老人多", "建互助点", [a.id])
    assert str(links.related("proposal", q)[0].text) == "来源：社情民意「关于农村养老的建议」"


def test_search_recycle_bin_and_restore(db):
    a, = members("欧阳明")
    p = proposals.create_proposal(data(title="关于校园周边交通安全的提案"), [a.id])
    assert [h.id for h in search.search("校园周边")["proposal"]] == [p.id]
    assert [h.id for h in search.search("欧阳明").get("proposal", [])] == [p.id]  # authors are searchable
    assert listing.count("proposal", listing.Filter(text="交通安全")) == 1
    records.soft_delete(p)
    assert "proposal" not in search.search("校园周边")
    assert [(d.kind, d.title) for d in recycle.deleted()] == [("proposal", f"{p.number} 关于校园周边交通安全的提案")]
    recycle.restore("proposal", p.id)
    assert [h.id for h in search.search("校园周边")["proposal"]] == [p.id]


def test_restore_refused_when_its_filing_number_was_taken_meanwhile(db):
    a, = members("张建国")
    p = proposals.create_proposal(data(filing="立案", filing_no="15"), [a.id])
    records.soft_delete(p)
    proposals.create_proposal(data(title="后来的", filing="立案", filing_no="15"), [a.id])
    with pytest.raises(ValidationError, match="立案号"):
        recycle.restore("proposal", p.id)


def test_reply_classes_are_editable_like_topic_grades(db):
    from station_app.services import reply_classes

    a, = members("张建国")
    reply_classes.set_class("D", "留作参考", "作为今后工作参考")
    assert [c.code for c in reply_classes.classes()] == ["A", "B", "C", "D"]
    proposals.create_proposal(data(filing="立案", filing_no="1", main_dept="司法所", assigned_on="2026-03-03",
                                   replied_on="2026-03-20", reply_class="D"), [a.id])
    with pytest.raises(ValidationError, match="已用于 1 件提案"):
        reply_classes.remove_class("D")
    reply_classes.remove_class("C")
    assert [c.code for c in reply_classes.classes()] == ["A", "B", "D"]
