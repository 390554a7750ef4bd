"""Filtered, sorted, paged queries behind the list pages, each with a one-query count (no Qt)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import peewee as pw

from station_app.services.dispute_deadlines import FOLLOWUP_AFTER_DAYS, SUCCESS, accepted_until
from station_app.services.fields import kind_of
from station_app.services.item_numbers import PREFIX, Number
from station_app.services.list_columns import COMPUTE
from station_app.services.list_specs import (  # noqa: F401  (part of this module's interface)
    LINKS,
    MEMBER_FILTERABLE,
    SPECS,
    Column,
    ListSpec,
    spec,
)
from station_app.services.validation import lookup_values
from station_app.store import choices as C
from station_app.store import dialect, fts
from station_app.store import models as M
from station_app.store.base import database_proxy
from station_app.store.org import OWN_STATION_ID
from station_app.store.sortkeys import pinyin_key

PAGE = 100


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
    department: str = ""  # 督办 list only: one 承办单位
    overdue: bool = False  # 督办 list only: overdue items only
    year: str = ""  # a calendar year of the list's date ("2026"), besides start/end
    flag: str = ""  # proposal list only: 重点提案 / 非重点提案
    dept: str = ""  # proposal list only: a 承办单位, 主办 or 会办
    station: int | None = None  # one station's records (services.station_scope); None: every station


def _today(flt: Filter) -> dt.date:
    return flt.today or dt.date.today()


def _status_clause(s: ListSpec, flt: Filter):
    m, st, today = s.model, flt.status, _today(flt)
    if s.key == "dispute":
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
    if s.key == "proposal":
        filed = m.filing == "立案"
        return {
            "待交办": filed & m.assigned_on.is_null() & (m.concluded == False),
            "办理中": filed & m.assigned_on.is_null(False) & m.replied_on.is_null() & (m.concluded == False),
            "已答复": filed & m.replied_on.is_null(False) & (m.concluded == False),
            "已办结": m.concluded == True,
            "未办结": filed & (m.concluded == False),
        }[st]
    if s.key == "topic":
        if st == "已办结":
            return m.concluded == True
        return (m.step == C.TOPIC_STEPS.index(st) + 1) & (m.concluded == False)
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
    link, owner = LINKS[s.key]
    return m.id.in_(link.select(getattr(link, owner)).where(link.member == member_id))


def _followup_due_clause(today: dt.date):
    """Successful cases with an agreement whose follow-up (回访) is past due and not yet made."""
    d = M.Dispute
    due_on = pw.fn.COALESCE(d.fulfil_deadline, dialect.add_days(d.closed_on, FOLLOWUP_AFTER_DAYS))
    visited = M.FollowUp.select(M.FollowUp.id).where(M.FollowUp.dispute == d.id)
    return (d.result == SUCCESS) & (d.agreement_form != "") & (due_on < today) & ~pw.fn.EXISTS(visited)


def _indexed_match(key: str, word: str):
    """“id IN (full-text hits)” for a word of 3+ characters when the search index covers *key*, else None.

    The trigram index (store.fts) finds a phrase among 100k records in milliseconds where LIKE scans them all.
    """
    if len(word) < 3 or key not in fts.SOURCES or not fts.available(database_proxy.obj):
        return None
    phrase = '"' + word.replace('"', '""') + '"'
    hits = pw.SQL("(SELECT rid FROM search_doc WHERE kind = ? AND id IN "
                  "(SELECT rowid FROM search_fts WHERE search_fts MATCH ?))", (key, phrase))
    return SPECS[key].model.id.in_(hits)


def _number_in(s: ListSpec, word: str) -> int | None:
    """The sequence a search word names when the list shows stored numbers: 来访-148, 来访148 or 148."""
    if not s.numbered:
        return None
    m = re.match(rf"^(?:{re.escape(PREFIX.get(s.numbered, ''))})?[-－]?0*(\d{{1,6}})$", word)
    return int(m.group(1)) if m and int(m.group(1)) else None


def where(s: ListSpec, flt: Filter | None):
    """The peewee condition for *flt* on list *s* (alive rows only)."""
    m, flt = s.model, flt or Filter()
    cond = m.deleted == False
    if flt.station is not None and "station" in m._meta.fields:
        cond &= m.station == int(flt.station)
    if s.key == "referral":
        from station_app.services import referrals

        period = referrals.period_clause(flt.start, flt.end)  # 跨年: open items show in the later year too
        if period is not None:
            cond &= period
        if flt.department:
            cond &= m.department == flt.department
        if flt.overdue:
            cond &= referrals.overdue_clause(_today(flt))
    elif s.date_field:
        col = getattr(m, s.date_field)
        if flt.start:
            cond &= col >= flt.start
        if flt.end:
            cond &= col <= flt.end
        if str(flt.year).isdigit():
            cond &= col.between(dt.date(int(flt.year), 1, 1), dt.date(int(flt.year), 12, 31))
    if flt.category and s.category_field:
        cond &= getattr(m, s.category_field) == flt.category
    if flt.status:
        cond &= _status_clause(s, flt)
    if flt.member_id:
        cond &= _member_clause(s, flt.member_id)
    if s.key == "proposal":
        if flt.flag:
            cond &= m.is_key == (flt.flag == "重点提案")
        if flt.dept:
            cond &= (m.main_dept == flt.dept) | _dept_in(m.co_depts, flt.dept)
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
            seq = _number_in(s, word)
            if seq:  # 来访-148 (or 148): the record holding that stored number, in any year
                any_field |= m.uuid.in_(M.ItemNumber.select(M.ItemNumber.key).where(
                    (M.ItemNumber.kind == s.numbered) & (M.ItemNumber.seq == seq)))
            if s.key in LINKS and flt.member_id is None:
                link, owner = LINKS[s.key]
                names = M.Member.select(M.Member.id).where(M.Member.name.contains(word))
                any_field |= m.id.in_(link.select(getattr(link, owner)).where(link.member.in_(names)))
            cond &= any_field
    return cond


def _dept_in(column, name: str):
    """*name* is one of the 、-separated units in *column* (not merely part of a longer one)."""
    return ("、" + column + "、").contains("、" + name + "、")


def count(key: str, flt: Filter | None = None) -> int:
    s = SPECS[key]
    return s.model.select().where(where(s, flt)).count()


# (list, column) holding a person's name: sorted by pinyin (store.sortkeys)
PINYIN_SORTED = {("member", "name"), ("visit", "visitor_name"), ("opinion", "reporter")}


def _order(s: ListSpec, sort: str | None, descending: bool | None):
    key, desc = s.default_sort
    if sort:
        key, desc = sort, bool(descending)
    if key == "deadline":
        key = "accepted_on"
    col = getattr(s.model, key)
    if (s.key, key) in PINYIN_SORTED:  # person names in pinyin order, not by code point
        col = dialect.pinyin_order(col)
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
    names = [c.key for c in s.columns if c.key not in s.computed and c.key != "item_no"] + list(s.extra_fields)
    if s.key == "dispute":
        names += ["closed_on", "result"]
    fields = [m.id] + [getattr(m, n) for n in dict.fromkeys(names)]
    q = m.select(*fields)
    if s.numbered:  # the stored number, joined on the (kind, key) index: a lookup per shown row
        q = (q.select_extend(M.ItemNumber.year.alias("item_year"), M.ItemNumber.seq.alias("item_seq"))
             .join(M.ItemNumber, pw.JOIN.LEFT_OUTER,
                   on=((M.ItemNumber.kind == s.numbered) & (M.ItemNumber.key == m.uuid))))
    q = q.where(where(s, flt)).order_by(*_order(s, sort, descending)).offset(offset).limit(limit).dicts()
    rows = list(q)
    if s.numbered:
        for r in rows:
            seq = r.pop("item_seq")
            r["item_no"] = Number(s.numbered, r.pop("item_year"), seq).text if seq else ""
    if rows:
        for name in s.computed:
            COMPUTE[name](s, rows, flt or Filter())
    return rows


def years(key: str) -> list[int]:
    """The years the live records of list *key* fall in (by its date), newest first."""
    s = SPECS[key]
    col = getattr(s.model, s.date_field)
    q = (s.model.select(dialect.year_text(col).alias("y")).where((s.model.deleted == False) & col.is_null(False))
         .distinct().tuples())
    return sorted((int(y) for (y,) in q if y), reverse=True)


def categories(key: str) -> list[str]:
    s = SPECS[key]
    if key == "referral":
        return list(C.REFERRAL_KINDS)
    if s.key == "proposal":
        return list(C.PROPOSAL_FILING)
    return lookup_values(s.category_lookup) if s.category_lookup else []


def category_text(key: str, value: str) -> str:
    """How a category value reads in the filter bar (the 督办 list's kinds by their Chinese names)."""
    return C.REFERRAL_KIND_LABELS.get(value, value) if key == "referral" else value


def statuses(key: str) -> list[str]:
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


def member_choices(include_retired: bool = False, station_id: int = OWN_STATION_ID) -> list[MemberChoice]:
    """Members of one station (the own one: those a record here may name) for pickers and completers,
    active first, by name."""
    q = M.Member.select(M.Member.id, M.Member.name, M.Member.sector, M.Member.status).where(
        (M.Member.deleted == False) & (M.Member.station == station_id))
    if not include_retired:
        q = q.where(M.Member.status == "在册")
    out = [MemberChoice(i, name, sector, status == "在册") for i, name, sector, status in q.tuples()]
    return sorted(out, key=lambda c: (not c.active, pinyin_key(c.name)))


def teams() -> list[tuple[int, str]]:
    return [(t.id, t.name) for t in M.WorkTeam.alive().order_by(M.WorkTeam.name)]


def team_member_ids(team_id: int) -> list[int]:
    return [r.member_id for r in M.TeamMember.select(M.TeamMember.member).where(M.TeamMember.team == team_id)]


def foreign_ids(key: str, ids) -> set[int]:
    """Which of the rows *ids* of list *key* belong to a registered station (read-only here)."""
    from station_app.services import stations

    m = SPECS[key].model if key in SPECS else kind_of(key).model
    return stations.foreign_ids(m, ids)


def get(key: str, record_id: int):
    """The live record of list *key* with *record_id*, or None (dialogs load it by id)."""
    m = SPECS[key].model if key in SPECS else kind_of(key).model
    return m.get_or_none(m.id == record_id)


CHILD_ORDER = {"parties": "id", "sessions": "date", "followups": "date", "meetings": "date", "steps": "step"}


def children(record, relation: str) -> list:
    """Child rows of *record* through its backref *relation* (parties, sessions, meetings …), in order."""
    q = getattr(record, relation)
    return list(q.order_by(getattr(q.model, CHILD_ORDER.get(relation, "id")), q.model.id))
