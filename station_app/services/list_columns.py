"""Computed list columns (member names, parties, deadlines …): one query per page, never one per row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import peewee as pw

from station_app.services.dispute_deadlines import DEADLINE, FOLLOWUP_AFTER_DAYS, SUCCESS
from station_app.services.list_specs import LINKS, ListSpec
from station_app.store import models as M


def _today(flt) -> dt.date:
    return flt.today or dt.date.today()


def _members(s: ListSpec, rows: list[dict], flt) -> None:
    link, owner = LINKS[s.key]
    owner_col = getattr(link, owner)
    q = (link.select(owner_col.alias("owner"), M.Member.name).join(M.Member)
         .where(owner_col.in_([r["id"] for r in rows])))
    if s.key == "duty_slot":
        q = q.where(M.DutyMember.active == True)
    from station_app.services.records import member_order

    q = q.order_by(*member_order(link)).tuples()  # a proposal's 领衔 first
    names: dict[int, list[str]] = {}
    for owner_id, name in q:
        names.setdefault(owner_id, []).append(name)
    for r in rows:
        r["members"] = "、".join(names.get(r["id"], ()))


def _visit_count(s: ListSpec, rows: list[dict], flt) -> None:
    q = (M.Visit.select(M.Visit.reception_day, pw.fn.COUNT(M.Visit.id))
         # "deleted + 0" keeps SQLite on the reception_day index instead of the far less selective deleted one
         .where(M.Visit.reception_day.in_([r["id"] for r in rows]) & ((M.Visit.deleted + 0) == 0))
         .group_by(M.Visit.reception_day).tuples())
    counts = dict(q)
    for r in rows:
        r["visit_count"] = counts.get(r["id"], 0)


def _parties(s: ListSpec, rows: list[dict], flt) -> None:
    q = (M.Party.select(M.Party.dispute, M.Party.name)
         .where(M.Party.dispute.in_([r["id"] for r in rows])).order_by(M.Party.role, M.Party.id).tuples())
    names: dict[int, list[str]] = {}
    for owner_id, name in q:
        names.setdefault(owner_id, []).append(name)
    for r in rows:
        r["parties"] = "、".join(names.get(r["id"], ()))


def _deadline(s: ListSpec, rows: list[dict], flt) -> None:
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


def _teams(s: ListSpec, rows: list[dict], flt) -> None:
    q = (M.TeamMember.select(M.TeamMember.member, M.WorkTeam.name).join(M.WorkTeam)
         .where(M.TeamMember.member.in_([r["id"] for r in rows]) & (M.WorkTeam.deleted == False))
         .order_by(M.WorkTeam.name).tuples())
    names: dict[int, list[str]] = {}
    for owner_id, name in q:
        names.setdefault(owner_id, []).append(name)
    for r in rows:
        r["teams"] = "、".join(names.get(r["id"], ()))


def _referral_source(s: ListSpec, rows: list[dict], flt) -> None:
    """来源 (「（已撤销交办）」 when the source stopped handing it over) and the overdue / near colour."""
    from station_app.services.referrals import labels_for

    labels_for(rows)
    today = _today(flt)
    for r in rows:
        due = r.get("due_on")
        if r.get("replied_on") or due is None:
            r["_state"] = ""
        elif due < today:
            r["_state"] = "overdue"
        else:
            r["_state"] = "near" if (due - today).days <= 7 else ""


def _last_follow(s: ListSpec, rows: list[dict], flt) -> None:
    """最近督办: the latest 督办记录's date, method and who (one query for the page)."""
    q = (M.ReferralFollow.select(M.ReferralFollow.referral, M.ReferralFollow.date, M.ReferralFollow.method,
                                 M.ReferralFollow.by)
         .where(M.ReferralFollow.referral.in_([r["id"] for r in rows]))
         .order_by(M.ReferralFollow.date, M.ReferralFollow.id).tuples())
    last = {rid: (day, method, by) for rid, day, method, by in q}
    for r in rows:
        got = last.get(r["id"])
        r["last_follow"] = f"{got[0]:%Y-%m-%d} {got[1]}{(' ' + got[2]) if got[2] else ''}" if got else ""


def _proposal_state(s: ListSpec, rows: list[dict], flt) -> None:
    for r in rows:
        if r.get("filing") != "立案":
            r["proposal_state"] = ""
        elif r.get("concluded"):
            r["proposal_state"] = "已办结"
        elif r.get("replied_on"):
            r["proposal_state"] = "已答复"
        else:
            r["proposal_state"] = "办理中" if r.get("assigned_on") else "待交办"


COMPUTE: dict[str, Callable] = {
    "source": _referral_source, "last_follow": _last_follow,
    "members": _members, "visit_count": _visit_count, "parties": _parties, "deadline": _deadline,
    "teams": _teams, "proposal_state": _proposal_state,
}


# ---- choices for the filter bar and pickers ----
