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
    return out


def _source(rec) -> list[Link]:
    visit = Visit.get_or_none(Visit.id == rec.source_visit_id) if rec.source_visit_id else None
    return [_link("visit", visit, _visit_text(visit, "link_source"))] if visit else []


def _of_topic(t: Topic) -> list[Link]:
    visits = Visit.select().join(TopicVisit).where(TopicVisit.topic == t.id).order_by(Visit.visit_date, Visit.id)
    return [_link("visit", v, _visit_text(v, "link_merged")) for v in visits]


def _of_opinion(o: Opinion) -> list[Link]:
    out = _source(o)
    member = Member.get_or_none(Member.id == o.member_id) if o.member_id else None
    if member is not None:
        out.append(_link("member", member, Notice("link_reporter", name=member.name)))
    return out


def _of_member(m: Member) -> list[Link]:
    slots = (DutySlot.select().join(DutyMember).where(DutyMember.member == m.id)
             .order_by(DutySlot.date.desc()).limit(MEMBER_RECENT))
    out = [_link("duty_slot", s, Notice("link_duty", date=s.date, half=s.half, location=s.location)) for s in slots]
    visits = (Visit.select().join(VisitMember).where(VisitMember.member == m.id)
              .order_by(Visit.visit_date.desc(), Visit.id.desc()).limit(MEMBER_RECENT))
    out += [_link("visit", v, _visit_text(v, "link_received")) for v in visits]
    return out


RELATED = {"visit": _of_visit, "dispute": _source, "topic": _of_topic, "opinion": _of_opinion,
           "member": _of_member}


def related(kind: str, record) -> list[Link]:
    """The records linked to *record* of *kind* (both ways); [] for a kind without links or a new record."""
    fn = RELATED.get(kind)
    if fn is None or record is None or getattr(record, "id", None) is None:
        return []
    return fn(record)
