"""Filtered, sorted, paged queries behind the list pages, each with a one-query count (no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field as dc_field
from typing import Callable

from station_app.services.fields import kind_of
from station_app.store import choices as C
from station_app.store import models as M

PAGE = 100


@dataclass(frozen=True)
class Column:
    key: str  # a model field or a computed key ("members", "teams", "parties", …)
    label: str
    sortable: bool = True
    width: int = 90


@dataclass
class Filter:
    """What the filter bar asks for; empty values mean "any"."""

    start: dt.date | None = None
    end: dt.date | None = None
    category: str = ""
    status: str = ""
    member_id: int | None = None
    text: str = ""
    team_id: int | None = None  # member list only: members of one work team
    day_id: int | None = None  # visit list only: the visits of one reception day
    today: dt.date | None = None  # for deadline states; defaults to the real today


@dataclass(frozen=True)
class ListSpec:
    key: str
    model: type
    columns: tuple[Column, ...]
    date_field: str | None
    category_field: str | None = None
    category_lookup: str | None = None  # Lookup.kind for the category choices
    status_field: str | None = None
    statuses: tuple[str, ...] = ()
    text_fields: tuple[str, ...] = ()
    default_sort: tuple[str, bool] = ("id", True)  # (column key, descending)
    computed: tuple[str, ...] = ()
    extra_fields: tuple[str, ...] = dc_field(default=())  # selected but not shown

    @property
    def kind(self):
        return kind_of(self.key)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _cols(kind_key: str, *specs) -> tuple[Column, ...]:
    """Columns from field names (label from services.fields) or (key, label[, sortable, width]) tuples."""
    kind = kind_of(kind_key)
    out = []
    for s in specs:
        if isinstance(s, str):
            name, _, width = s.partition(":")
            out.append(Column(name, kind.field(name).label, True, int(width or 90)))
        else:
            out.append(Column(*s))
    return tuple(out)


SPECS: dict[str, ListSpec] = {s.key: s for s in (
    ListSpec("visit", M.Visit, _cols(
        "visit", "visit_date:90", "visitor_name:80", "people_count:45", "mode:90", "category:80",
        ("content", "诉求内容", False, 260), "handling:110", ("members", "接待委员", False, 120),
        "status:70", "satisfaction:70"),
        "visit_date", "category", "visit_category", "status", C.VISIT_STATES,
        ("visitor_name", "content", "visitor_address"),
        ("visit_date", True), ("members",), ("reception_day",)),
    ListSpec("reception_day", M.ReceptionDay, _cols(
        "reception_day", "date:90", "half:50", "location:140", "theme:160",
        ("members", "值班委员", False, 160), ("visit_count", "来访（件）", False, 70), "recorder:70"),
        "date", None, None, None, (), ("location", "theme", "summary", "recorder"),
        ("date", True), ("members", "visit_count")),
    ListSpec("dispute", M.Dispute, _cols(
        "dispute", "case_no:150", "accepted_on:90", "dispute_type:90", "source:100",
        ("parties", "当事人", False, 150), ("summary", "简要情况", False, 240),
        ("members", "调解员", False, 110), "result:80", ("deadline", "办理期限", False, 90), "closed_on:90"),
        "accepted_on", "dispute_type", "dispute_type", None, ("办理中", "临近期限", "已超期", "应回访", "已结案", "已归档"),
        ("case_no", "summary", "location", "other_mediators", "agreement_content"),
        ("accepted_on", True), ("members", "parties", "deadline"), ("archive_status", "fulfil_deadline", "agreement_form")),
    ListSpec("activity", M.Activity, _cols(
        "activity", "date:90", "activity_type:90", "title:220", "location:120",
        ("members", "参加委员", False, 160), "people_served:90", "organizer:120"),
        "date", "activity_type", "activity_type", None, (),
        ("title", "location", "summary", "outcome", "organizer"), ("date", True), ("members",)),
    ListSpec("topic", M.Topic, _cols(
        "topic", "code:110", "title:220", "source:90", "proposed_on:90", ("step", "当前环节", True, 80),
        "grade:60", "undertaker:120", "feedback_on:90", "converted:60"),
        "proposed_on", "source", "topic_source", "step", C.TOPIC_STEPS + ("已办结",),
        ("code", "title", "description", "undertaker", "handling_result"), ("proposed_on", True), (),
        ("concluded",)),
    ListSpec("opinion", M.Opinion, _cols(
        "opinion", "title:260", "reporter:80", "reporter_unit:120", "submitted_on:90", "submitted_to:120",
        "adoption:90"),
        "submitted_on", None, None, "adoption", (), ("title", "reporter", "situation", "suggestion"),
        ("submitted_on", True), (), ("member",)),
    ListSpec("member", M.Member, _cols(
        "member", "name:70", "gender:40", "sector:110", "level:60", "role:70",
        ("teams", "工作专班", False, 140), "employer:220", "phone:110", "status:50"),
        None, "sector", "sector", "status", C.MEMBER_STATES, ("name", "employer", "expertise", "note"),
        ("name", False), ("teams",)),
    ListSpec("duty_slot", M.DutySlot, _cols(
        "duty_slot", "date:90", "half:50", "location:140", ("members", "值班委员", False, 200), "state:60",
        "note:200"),
        "date", None, None, "state", C.SLOT_STATES, ("location", "note"), ("date", False), ("members",)),
)}

# (link model, owner column, member column) for "members" and the member filter
_LINKS = {
    "visit": (M.VisitMember, "visit"),
    "reception_day": (M.ReceptionMember, "day"),
    "dispute": (M.DisputeMediator, "dispute"),
    "activity": (M.ActivityMember, "activity"),
    "duty_slot": (M.DutyMember, "slot"),
}


MEMBER_FILTERABLE = ("visit", "reception_day", "dispute", "activity", "duty_slot", "topic", "opinion")


def spec(key: str) -> ListSpec:
    return SPECS[key]


def _today(flt: Filter) -> dt.date:
    return flt.today or dt.date.today()


def _status_clause(s: ListSpec, flt: Filter):
    m, st, today = s.model, flt.status, _today(flt)
    if s.key == "dispute":
        from station_app.services.dispute_deadlines import accepted_until

        open_ = m.result == ""  # a case is open until it has a result (services.dispute_deadlines)
        overdue_until = accepted_until(today - dt.timedelta(days=1))
        return {
            "办理中": open_,
            "临近期限": open_ & (m.accepted_on > overdue_until)
            & (m.accepted_on <= accepted_until(today + dt.timedelta(days=7))),
            "已超期": open_ & (m.accepted_on <= overdue_until),
            "应回访": _followup_due_clause(today),
            "已结案": m.result != "",
            "已归档": m.archive_status == "已归档",
        }[st]
    if s.key == "topic":
        if st == "已办结":
            return m.concluded == True  # noqa: E712
        return (m.step == C.TOPIC_STEPS.index(st) + 1) & (m.concluded == False)  # noqa: E712
    return getattr(m, s.status_field) == st


def _member_clause(s: ListSpec, member_id: int):
    m = s.model
    if s.key == "topic":
        sub = (M.Meeting.select(M.Meeting.topic).join(M.MeetingMember)
               .where(M.MeetingMember.member == member_id))
        return m.id.in_(sub)
    if s.key == "opinion":
        return m.member == member_id
    if s.key == "member":
        return m.id == member_id
    link, owner = _LINKS[s.key]
    return m.id.in_(link.select(getattr(link, owner)).where(link.member == member_id))


def _followup_due_clause(today: dt.date):
    """Successful cases with an agreement whose follow-up (回访) is past due and not yet made."""
    import peewee as pw

    from station_app.services.dispute_deadlines import FOLLOWUP_AFTER_DAYS, SUCCESS

    d = M.Dispute
    due_on = pw.fn.COALESCE(d.fulfil_deadline, pw.fn.date(d.closed_on, f"+{FOLLOWUP_AFTER_DAYS} days"))
    visited = M.FollowUp.select(M.FollowUp.id).where(M.FollowUp.dispute == d.id)
    return (d.result == SUCCESS) & (d.agreement_form != "") & (due_on < today) & ~pw.fn.EXISTS(visited)


def _indexed_match(key: str, word: str):
    """“id IN (full-text hits)” for a word of 3+ characters when the search index covers *key*, else None.

    The trigram index (store.fts) finds a phrase among 100k records in milliseconds where LIKE scans them all.
    """
    import peewee as pw

    from station_app.store import fts
    from station_app.store.base import database_proxy

    if len(word) < 3 or key not in fts.SOURCES or not fts.available(database_proxy.obj):
        return None
    phrase = '"' + word.replace('"', '""') + '"'
    hits = pw.SQL("(SELECT rid FROM search_doc WHERE kind = ? AND id IN "
                  "(SELECT rowid FROM search_fts WHERE search_fts MATCH ?))", (key, phrase))
    return SPECS[key].model.id.in_(hits)


def where(s: ListSpec, flt: Filter | None):
    """The peewee condition for *flt* on list *s* (alive rows only)."""
    m, flt = s.model, flt or Filter()
    cond = m.deleted == False  # noqa: E712
    if s.date_field:
        col = getattr(m, s.date_field)
        if flt.start:
            cond &= col >= flt.start
        if flt.end:
            cond &= col <= flt.end
    if flt.category and s.category_field:
        cond &= getattr(m, s.category_field) == flt.category
    if flt.status:
        cond &= _status_clause(s, flt)
    if flt.member_id:
        cond &= _member_clause(s, flt.member_id)
    if flt.day_id and s.key == "visit":
        cond &= m.reception_day == flt.day_id
    if flt.team_id and s.key == "member":
        cond &= m.id.in_(M.TeamMember.select(M.TeamMember.member).where(M.TeamMember.team == flt.team_id))
    text = (flt.text or "").strip()
    if text:
        for word in text.split():
            any_field = _indexed_match(s.key, word)
            for name in s.text_fields if any_field is None else ():
                c = getattr(m, name).contains(word)  # LIKE with the wildcards escaped
                any_field = c if any_field is None else (any_field | c)
            if s.key == "dispute":
                any_field |= m.id.in_(M.Party.select(M.Party.dispute).where(M.Party.name.contains(word)))
            if s.key in _LINKS and flt.member_id is None:
                link, owner = _LINKS[s.key]
                names = M.Member.select(M.Member.id).where(M.Member.name.contains(word))
                any_field |= m.id.in_(link.select(getattr(link, owner)).where(link.member.in_(names)))
            cond &= any_field
    return cond


def count(key: str, flt: Filter | None = None) -> int:
    s = SPECS[key]
    return s.model.select().where(where(s, flt)).count()


def _order(s: ListSpec, sort: str | None, descending: bool | None):
    key, desc = s.default_sort
    if sort:
        key, desc = sort, bool(descending)
    if key == "deadline":
        key = "accepted_on"
    col = getattr(s.model, key)
    first = col.desc() if desc else col.asc()
    return [first, s.model.id.desc() if desc else s.model.id.asc()]


def ids(key: str, flt: Filter | None = None, sort: str | None = None, descending: bool | None = None) -> list[int]:
    """Every id matching *flt*, in display order (for export / print of what is shown)."""
    s = SPECS[key]
    q = s.model.select(s.model.id).where(where(s, flt)).order_by(*_order(s, sort, descending))
    return [r[0] for r in q.tuples()]


def fetch(key: str, flt: Filter | None = None, *, sort: str | None = None, descending: bool | None = None,
          offset: int = 0, limit: int = PAGE) -> list[dict]:
    """One page of rows as dicts (raw values + computed columns); one extra query per computed column."""
    s = SPECS[key]
    m = s.model
    names = [c.key for c in s.columns if c.key not in s.computed] + list(s.extra_fields)
    if s.key == "dispute":
        names += ["closed_on", "result"]
    fields = [m.id] + [getattr(m, n) for n in dict.fromkeys(names)]
    q = (m.select(*fields).where(where(s, flt)).order_by(*_order(s, sort, descending))
         .offset(offset).limit(limit).dicts())
    rows = list(q)
    if rows:
        for name in s.computed:
            COMPUTE[name](s, rows, flt or Filter())
    return rows


def _members(s: ListSpec, rows: list[dict], flt: Filter) -> None:
    link, owner = _LINKS[s.key]
    owner_col = getattr(link, owner)
    q = (link.select(owner_col.alias("owner"), M.Member.name).join(M.Member)
         .where(owner_col.in_([r["id"] for r in rows])))
    if s.key == "duty_slot":
        q = q.where(M.DutyMember.active == True)  # noqa: E712
    q = q.order_by(link.id).tuples()
    names: dict[int, list[str]] = {}
    for owner_id, name in q:
        names.setdefault(owner_id, []).append(name)
    for r in rows:
        r["members"] = "、".join(names.get(r["id"], ()))


def _visit_count(s: ListSpec, rows: list[dict], flt: Filter) -> None:
    import peewee as pw

    q = (M.Visit.select(M.Visit.reception_day, pw.fn.COUNT(M.Visit.id))
         # "deleted + 0" keeps SQLite on the reception_day index instead of the far less selective deleted one
         .where(M.Visit.reception_day.in_([r["id"] for r in rows]) & ((M.Visit.deleted + 0) == 0))
         .group_by(M.Visit.reception_day).tuples())
    counts = dict(q)
    for r in rows:
        r["visit_count"] = counts.get(r["id"], 0)


def _parties(s: ListSpec, rows: list[dict], flt: Filter) -> None:
    q = (M.Party.select(M.Party.dispute, M.Party.name)
         .where(M.Party.dispute.in_([r["id"] for r in rows])).order_by(M.Party.role, M.Party.id).tuples())
    names: dict[int, list[str]] = {}
    for owner_id, name in q:
        names.setdefault(owner_id, []).append(name)
    for r in rows:
        r["parties"] = "、".join(names.get(r["id"], ()))


def _deadline(s: ListSpec, rows: list[dict], flt: Filter) -> None:
    from station_app.services.dispute_deadlines import DEADLINE, FOLLOWUP_AFTER_DAYS, SUCCESS

    today = _today(flt)
    visited = {i for (i,) in M.FollowUp.select(M.FollowUp.dispute).where(
        M.FollowUp.dispute.in_([r["id"] for r in rows])).tuples()}
    for r in rows:
        if r.get("result") == SUCCESS and r.get("agreement_form") and r["id"] not in visited:
            due_on = r.get("fulfil_deadline") or (r["closed_on"] + dt.timedelta(days=FOLLOWUP_AFTER_DAYS)
                                                  if r.get("closed_on") else None)
            if due_on and due_on < today:
                r["deadline"] = due_on
                r["_state"] = "followup"
                continue
        due = r["accepted_on"] + DEADLINE if r.get("accepted_on") else None
        r["deadline"] = due
        if r.get("result") or due is None:
            r["_state"] = ""
        elif due < today:
            r["_state"] = "overdue"
        elif (due - today).days <= 7:
            r["_state"] = "near"
        else:
            r["_state"] = ""


def _teams(s: ListSpec, rows: list[dict], flt: Filter) -> None:
    q = (M.TeamMember.select(M.TeamMember.member, M.WorkTeam.name).join(M.WorkTeam)
         .where(M.TeamMember.member.in_([r["id"] for r in rows]) & (M.WorkTeam.deleted == False))  # noqa: E712
         .order_by(M.WorkTeam.name).tuples())
    names: dict[int, list[str]] = {}
    for owner_id, name in q:
        names.setdefault(owner_id, []).append(name)
    for r in rows:
        r["teams"] = "、".join(names.get(r["id"], ()))


COMPUTE: dict[str, Callable] = {
    "members": _members, "visit_count": _visit_count, "parties": _parties, "deadline": _deadline,
    "teams": _teams,
}


# ---- choices for the filter bar and pickers ----

def categories(key: str) -> list[str]:
    from station_app.services.validation import lookup_values

    s = SPECS[key]
    return lookup_values(s.category_lookup) if s.category_lookup else []


def statuses(key: str) -> list[str]:
    from station_app.services.validation import lookup_values

    s = SPECS[key]
    if s.key == "opinion":
        return lookup_values("opinion_adoption")
    return list(s.statuses)


@dataclass(frozen=True)
class MemberChoice:
    id: int
    name: str
    sector: str
    active: bool


def member_choices(include_retired: bool = False) -> list[MemberChoice]:
    """Members for pickers and completers, active first, by name."""
    q = M.Member.select(M.Member.id, M.Member.name, M.Member.sector, M.Member.status).where(
        M.Member.deleted == False)  # noqa: E712
    if not include_retired:
        q = q.where(M.Member.status == "在册")
    out = [MemberChoice(i, name, sector, status == "在册") for i, name, sector, status in q.order_by(M.Member.name).tuples()]
    return sorted(out, key=lambda c: (not c.active, c.name))


def teams() -> list[tuple[int, str]]:
    return [(t.id, t.name) for t in M.WorkTeam.alive().order_by(M.WorkTeam.name)]


def team_member_ids(team_id: int) -> list[int]:
    return [r.member_id for r in M.TeamMember.select(M.TeamMember.member).where(M.TeamMember.team == team_id)]


def get(key: str, record_id: int):
    """The live record of list *key* with *record_id*, or None (dialogs load it by id)."""
    m = SPECS[key].model if key in SPECS else kind_of(key).model
    return m.get_or_none((m.id == record_id))


CHILD_ORDER = {"parties": "id", "sessions": "date", "followups": "date", "meetings": "date", "steps": "step"}


def children(record, relation: str) -> list:
    """Child rows of *record* through its backref *relation* (parties, sessions, meetings …), in order."""
    q = getattr(record, relation)
    return list(q.order_by(getattr(q.model, CHILD_ORDER.get(relation, "id")), q.model.id))
