"""关联记录: the records one record names or is named by, both ways, with deleted targets marked (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from station_app.services import item_numbers
from station_app.services.notices import Notice
from station_app.store.models import (
    Dispute,
    DutyMember,
    DutySlot,
    Member,
    Opinion,
    Proposal,
    ProposalMember,
    ProposalSource,
    Topic,
    TopicVisit,
    Visit,
    VisitMember,
)

MEMBER_RECENT = 5  # a member's newest visits / duty slots shown (the dialog stays short)


@dataclass(frozen=True)
class Link:
    kind: str  # a kind key of services.fields
    id: int
    text: str  # a Notice: "调解案件 〔2026〕调字第001号", "来访登记 来访-012 王桂兰（2026-03-05）" …
    deleted: bool = False  # the target is in the recycle bin


def _visit_text(v: Visit, key: str = "link_visit") -> Notice:
    number = item_numbers.of_record(v)
    no = f"{number.text} " if number else ""
    return Notice(key, no=no, name=v.visitor_name, date=v.visit_date)


def _link(kind: str, rec, text: str) -> Link:
    return Link(kind, rec.id, text, bool(getattr(rec, "deleted", False)))


def _of_visit(v: Visit) -> list[Link]:
    out = [_link("dispute", d, Notice("link_dispute", case=d.case_no))
           for d in Dispute.select().where(Dispute.source_visit == v.id).order_by(Dispute.id)]
    out += [_link("topic", t, Notice("link_topic", code=t.code, title=t.title))
            for t in Topic.select().join(TopicVisit).where(TopicVisit.visit == v.id).order_by(Topic.id)]
    out += [_link("opinion", o, Notice("link_opinion", title=o.title))
            for o in Opinion.select().where(Opinion.source_visit == v.id).order_by(Opinion.id)]
    return out + _proposals_from(ProposalSource.visit == v.id)


def _proposals_from(column) -> list[Link]:
    """The proposals a visit / topic / opinion became (ProposalSource *column* is its id)."""
    q = Proposal.select().join(ProposalSource).where(column).order_by(Proposal.id)
    return [_link("proposal", p, Notice("link_proposal", number=p.number, title=p.title)) for p in q]


def _source(rec) -> list[Link]:
    visit = Visit.get_or_none(Visit.id == rec.source_visit_id) if rec.source_visit_id else None
    return [_link("visit", visit, _visit_text(visit, "link_source"))] if visit else []


def _of_topic(t: Topic) -> list[Link]:
    visits = Visit.select().join(TopicVisit).where(TopicVisit.topic == t.id).order_by(Visit.visit_date, Visit.id)
    return ([_link("visit", v, _visit_text(v, "link_merged")) for v in visits]
            + _proposals_from(ProposalSource.topic == t.id))


def _of_opinion(o: Opinion) -> list[Link]:
    out = _source(o)
    member = Member.get_or_none(Member.id == o.member_id) if o.member_id else None
    if member is not None:
        out.append(_link("member", member, Notice("link_reporter", name=member.name)))
    return out + _proposals_from(ProposalSource.opinion == o.id)


def _of_proposal(p: Proposal) -> list[Link]:
    """Where the proposal came from (visits, topics, opinions), then its authors, the 领衔 first."""
    from station_app.services import records

    out = []
    for row in ProposalSource.select().where(ProposalSource.proposal == p.id).order_by(ProposalSource.id):
        if row.visit_id and (v := Visit.get_or_none(Visit.id == row.visit_id)):
            out.append(_link("visit", v, _visit_text(v, "link_source")))
        elif row.topic_id and (t := Topic.get_or_none(Topic.id == row.topic_id)):
            out.append(_link("topic", t, Notice("link_source_topic", code=t.code, title=t.title)))
        elif row.opinion_id and (o := Opinion.get_or_none(Opinion.id == row.opinion_id)):
            out.append(_link("opinion", o, Notice("link_source_opinion", title=o.title)))
    ids = records.member_ids(p)
    members = {m.id: m for m in Member.select().where(Member.id.in_(ids))} if ids else {}
    for n, mid in enumerate(ids):
        if mid in members:
            key = "link_lead" if n == 0 else "link_joint"
            out.append(_link("member", members[mid], Notice(key, name=members[mid].name)))
    return out


def _of_member(m: Member) -> list[Link]:
    slots = (DutySlot.select().join(DutyMember).where(DutyMember.member == m.id)
             .order_by(DutySlot.date.desc()).limit(MEMBER_RECENT))
    out = [_link("duty_slot", s, Notice("link_duty", date=s.date, half=s.half, location=s.location)) for s in slots]
    visits = (Visit.select().join(VisitMember).where(VisitMember.member == m.id)
              .order_by(Visit.visit_date.desc(), Visit.id.desc()).limit(MEMBER_RECENT))
    out += [_link("visit", v, _visit_text(v, "link_received")) for v in visits]
    mine = (Proposal.select().join(ProposalMember).where(ProposalMember.member == m.id)
            .order_by(Proposal.submitted_on.desc(), Proposal.id.desc()).limit(MEMBER_RECENT))
    out += [_link("proposal", p, Notice("link_proposal", number=p.number, title=p.title)) for p in mine]
    return out


RELATED = {"visit": _of_visit, "dispute": _source, "topic": _of_topic, "opinion": _of_opinion,
           "member": _of_member, "proposal": _of_proposal}


def related(kind: str, record) -> list[Link]:
    """The records linked to *record* of *kind* (both ways); [] for a kind without links or a new record."""
    fn = RELATED.get(kind)
    if fn is None or record is None or getattr(record, "id", None) is None:
        return []
    return fn(record)
