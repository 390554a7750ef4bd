"""Turning a visit (来访登记) into a dispute, a topic, an opinion or a proposal — and a topic or an opinion into a
proposal —, keeping the link both ways."""

from __future__ import annotations

import re
from collections.abc import Iterable

from station_app.services import context, disputes, proposals, records, stations, topics, visit_follow
from station_app.services.changes import operation
from station_app.services.errors import ValidationError
from station_app.store.base import database_proxy
from station_app.store.models import (
    Dispute,
    Meeting,
    MeetingMember,
    Opinion,
    Proposal,
    Topic,
    TopicVisit,
    Visit,
    VisitMember,
)

# 诉求类别 -> 纠纷类型 when a visit becomes a case
CATEGORY_TO_DISPUTE_TYPE = {
    "邻里纠纷": "邻里", "婚姻家庭": "婚姻家庭", "劳动就业": "劳动争议", "征地拆迁": "征地拆迁",
    "医疗卫生": "医疗", "交通出行": "道路交通", "营商环境": "企业经济/信用", "城乡建设": "房屋宅基地",
}
TITLE_LEN = 40
OPINION_MAX = 1500


def _title_from(visit: Visit) -> str:
    """A short title from the first sentence of the request."""
    text = re.split(r"[。！？!?\n]", (visit.content or "").strip(), maxsplit=1)[0].strip("，,；; ")
    if not text:
        return f"{visit.category}：{visit.visitor_name}反映的问题"
    return text if len(text) <= TITLE_LEN else text[:TITLE_LEN - 1] + "…"


def _who(visit: Visit) -> str:
    return f"{visit.visitor_name}（{visit.visit_date:%Y-%m-%d}）"


def _mark_visit(visit: Visit, handling: str, note: str, target) -> None:
    changes = {"handling": handling}
    if visit.status == "待办":
        changes["status"] = "办理中"
    records.update(visit, changes, note=visit_follow.AUTO_NOTE)
    records.audit("convert", visit, None, {"table": target._meta.table_name, "id": target.id}, note)


def _receiving_members(visit: Visit) -> list[int]:
    q = VisitMember.select(VisitMember.member).where(VisitMember.visit == visit).order_by(VisitMember.id)
    return [r.member_id for r in q]


def visit_to_dispute(visit: Visit, data: dict | None = None) -> Dispute:
    """Open a mediation case from *visit*: 来访转入, summary from the request, the visitor as 申请人."""
    context.require_edit()
    stations.require_own(visit, {})
    existing = Dispute.alive().where(Dispute.source_visit == visit).first()
    if existing is not None:
        raise ValidationError(f"来访 {_who(visit)} 已转为调解案件 {existing.case_no}，不能重复转入")
    values = {
        "accepted_on": visit.visit_date, "source": "来访转入",
        "dispute_type": CATEGORY_TO_DISPUTE_TYPE.get(visit.category, "其他"),
        "summary": visit.content or f"{visit.visitor_name}来访反映{visit.category}问题",
        "people_count": max(2, visit.people_count or 0),
    }
    values.update(data or {})
    applicant = {"role": "申请人", "name": visit.visitor_name, "gender": visit.visitor_gender,
                 "phone": visit.visitor_phone, "address": visit.visitor_address,
                 "id_number": visit.visitor_id_number}
    with operation(), database_proxy.atomic():
        case = disputes.create_dispute(values, _receiving_members(visit), [applicant], source_visit=visit)
        _mark_visit(visit, "转矛盾纠纷调解", f"转调解案件 {case.case_no}", case)
    return case


def _topic_of(visit: Visit) -> Topic | None:
    return (Topic.alive().join(TopicVisit).where(TopicVisit.visit == visit).order_by(Topic.id).first())


def visit_to_topic(visit: Visit, data: dict | None = None) -> Topic:
    """Start a consultation topic (接待日转化) from *visit*."""
    context.require_edit()
    stations.require_own(visit, {})
    existing = _topic_of(visit)
    if existing is not None:
        raise ValidationError(f"来访 {_who(visit)} 已转为协商议题 {existing.code}「{existing.title}」，不能重复转化")
    values = {"title": _title_from(visit), "source": "接待日转化", "proposed_on": visit.visit_date,
              "proposer": visit.visitor_name, "description": visit.content}
    values.update(data or {})
    with operation(), database_proxy.atomic():
        topic = topics.create_topic(values, [visit.id])
        _mark_visit(visit, "转协商议题", f"转协商议题 {topic.code}", topic)
    return topic


def visit_to_opinion(visit: Visit, data: dict | None = None) -> Opinion:
    """Draft a 社情民意信息 from *visit*: reporter from the visitor, situation from the request.

    A request longer than an opinion allows (1,500 characters) is cut with “…”; the visit keeps it whole.
    """
    context.require_edit()
    stations.require_own(visit, {})
    existing = Opinion.alive().where(Opinion.source_visit == visit).first()
    if existing is not None:
        raise ValidationError(f"来访 {_who(visit)} 已形成社情民意信息「{existing.title}」，不能重复形成")
    situation = visit.content or ""
    if len(situation) > OPINION_MAX:
        situation = situation[:OPINION_MAX - 1] + "…"
    members = _receiving_members(visit)
    values = {"title": _title_from(visit), "reporter": visit.visitor_name,
              "reporter_unit": visit.visitor_address[:100], "situation": situation}
    values.update(data or {})
    extra = {"source_visit": visit, "member": members[0] if members else None}
    with operation(), database_proxy.atomic():
        opinion = records.create("opinion", values, extra=extra)
        _mark_visit(visit, "形成社情民意信息", f"形成社情民意信息 #{opinion.id}", opinion)
    return opinion


# ---- 形成提案: a visit, a topic or an opinion becomes a proposal ----
PROPOSAL_SOURCES = {"visit": "接待日转化", "topic": "协商议题", "opinion": "社情民意"}
REASON_MAX = 2000


def _cut(text: str, size: int) -> str:
    text = (text or "").strip()
    return text if len(text) <= size else text[:size - 1] + "…"


def _topic_members(topic: Topic) -> list[int]:
    """The members of the topic's latest 协商议事会 (the ones who can carry it on as a proposal)."""
    meeting = Meeting.select().where(Meeting.topic == topic).order_by(Meeting.date.desc(), Meeting.id.desc()).first()
    if meeting is None:
        return []
    q = MeetingMember.select(MeetingMember.member).where(MeetingMember.meeting == meeting).order_by(MeetingMember.id)
    return [r.member_id for r in q]


def proposal_defaults(record) -> dict:
    """What a proposal made from *record* (a visit, topic or opinion) starts with: 标题, 案由, 来源 …, and
    "members", the authors in order (a visit's receiving members, the opinion's member …)."""
    from station_app.services.validation import today

    if isinstance(record, Visit):
        return {"title": _title_from(record), "reason": _cut(record.content, REASON_MAX),
                "source": PROPOSAL_SOURCES["visit"], "submitted_on": today(), "members": _receiving_members(record)}
    if isinstance(record, Topic):
        meeting = (Meeting.select().where(Meeting.topic == record).order_by(Meeting.date.desc(), Meeting.id.desc())
                   .first())
        return {"title": record.title[:200], "reason": _cut(record.description or record.title, REASON_MAX),
                "analysis": _cut(meeting.points, 5000) if meeting else "",
                "suggestion": _cut((meeting.consensus if meeting else "") or record.handling_result, 5000),
                "source": PROPOSAL_SOURCES["topic"], "submitted_on": today(), "members": _topic_members(record)}
    if isinstance(record, Opinion):
        return {"title": record.title[:200], "reason": _cut(record.situation or record.title, REASON_MAX),
                "analysis": record.analysis or "", "suggestion": record.suggestion or "",
                "source": PROPOSAL_SOURCES["opinion"], "submitted_on": today(),
                "members": [record.member_id] if record.member_id else []}
    raise TypeError(type(record).__name__)


def _proposal_from(record, what: str, data: dict | None, members) -> Proposal:
    context.require_edit()
    stations.require_own(record, {})
    existing = proposals.proposals_of(record)
    if existing:
        p = existing[0]
        raise ValidationError(f"{what}已形成提案 {p.number}「{p.title}」，不能重复形成")
    values = proposal_defaults(record)
    default_members = values.pop("members")
    values.update(data or {})
    with operation(), database_proxy.atomic():
        proposal = proposals.create_proposal(values, default_members if members is None else members,
                                             sources=[record])
        if isinstance(record, Visit):
            _mark_visit(record, "形成提案", f"形成提案 {proposal.number}", proposal)
        else:
            records.audit("convert", record, None, {"table": "proposal", "id": proposal.id},
                          f"形成提案 {proposal.number}")
    return proposal


def visit_to_proposal(visit: Visit, data: dict | None = None, members=None) -> Proposal:
    """形成提案 from a visit: 标题/案由 from the request, 来源 接待日转化, the receiving members as authors
    (unless *members* is given), the visit's 处理方式 set to 形成提案; linked both ways."""
    return _proposal_from(visit, f"来访 {_who(visit)} ", data, members)


def topic_to_proposal(topic: Topic, data: dict | None = None, members=None) -> Proposal:
    """形成提案 from a consultation topic (来源 协商议题), its latest meeting's consensus as 具体建议."""
    return _proposal_from(topic, f"协商议题 {topic.code} ", data, members)


def opinion_to_proposal(opinion: Opinion, data: dict | None = None, members=None) -> Proposal:
    """形成提案 from a 社情民意信息 (来源 社情民意), its analysis and suggestions carried over."""
    return _proposal_from(opinion, f"社情民意「{opinion.title}」", data, members)


TO_PROPOSAL = {"visit": visit_to_proposal, "topic": topic_to_proposal, "opinion": opinion_to_proposal}


def merge_visits_into_topic(visits: Iterable, data: dict) -> Topic:
    """Merge similar requests into one topic, linking every original visit (collected 16 → merged 9)."""
    context.require_edit()
    ids = list(dict.fromkeys(getattr(v, "id", v) for v in visits))
    if not ids:
        raise ValidationError("请至少选择一条来访记录")
    chosen = topics.fetch_visits(ids)
    for v in chosen:
        stations.require_own(v, {})
    taken = [f"{_who(v)} → {t.code}" for v in chosen if (t := _topic_of(v)) is not None]
    if taken:
        raise ValidationError("以下来访已并入其他议题，不能重复合并：" + "；".join(taken))
    values = {"source": "接待日转化", "proposed_on": min(v.visit_date for v in chosen),
              "description": "\n".join(f"{_who(v)}：{v.content}" for v in chosen)[:3000]}
    values.update(data)
    with operation(), database_proxy.atomic():
        topic = topics.create_topic(values, ids)
        for v in chosen:
            _mark_visit(v, "转协商议题", f"并入协商议题 {topic.code}", topic)
    return topic


def add_visits_to_topic(topic: Topic, visits: Iterable) -> list[Visit]:
    """Merge more visits into an existing topic."""
    context.require_edit()
    stations.require_own(topic, {})
    chosen = topics.fetch_visits(visits)
    for v in chosen:
        stations.require_own(v, {})
    taken = [f"{_who(v)} → {t.code}" for v in chosen if (t := _topic_of(v)) is not None and t.id != topic.id]
    if taken:
        raise ValidationError("以下来访已并入其他议题，不能重复合并：" + "；".join(taken))
    with operation(), database_proxy.atomic():
        topics.link_visits(topic, [v.id for v in chosen])
        for v in chosen:
            if v.handling != "转协商议题":
                _mark_visit(v, "转协商议题", f"并入协商议题 {topic.code}", topic)
    return chosen


def links_of_visit(visit: Visit) -> dict[str, list]:
    """What *visit* became: {"disputes": [...], "topics": [...], "opinions": [...], "proposals": [...]}
    (recycle bin excluded)."""
    return {
        "proposals": proposals.proposals_of(visit),
        "disputes": list(Dispute.alive().where(Dispute.source_visit == visit).order_by(Dispute.id)),
        "topics": list(Topic.alive().join(TopicVisit).where(TopicVisit.visit == visit).order_by(Topic.id)),
        "opinions": list(Opinion.alive().where(Opinion.source_visit == visit).order_by(Opinion.id)),
    }


def visits_of_topic(topic: Topic) -> list[Visit]:
    """The visits a topic was collected or merged from, oldest first."""
    return list(Visit.alive().join(TopicVisit).where(TopicVisit.topic == topic)
                .order_by(Visit.visit_date, Visit.id))
