"""The 提案台账 and the 督办台账 (one row per 交办 item, with its last 督办 and the reply), declared like the
record ledgers in kinds.py (same width budget: the printed columns with 序号's 6 stay under about 183)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from operator import itemgetter

from peewee import fn

import station_app.outputs.ledgers.loaders as L
from station_app.outputs.ledgers.kinds import _grade_code, _yes_no
from station_app.outputs.ledgers.spec import Ledger, field_column, shown, uuid_column
from station_app.services import referral_figures as RF
from station_app.store import dialect
from station_app.store.choices import LIMIT_UNIT_LABELS, REFERRAL_KIND_LABELS
from station_app.store.models import Member, Proposal, ProposalMember, Referral, ReferralFollow, ReplyClass

LEAD = "（领衔）"


# ---- 提案台账 ------------------------------------------------------------------------------------
def authors_text(names: list[str]) -> str:
    """「王建国（领衔）、李芳」: the 领衔 member first, marked when the proposal is 联名."""
    if len(names) > 1:
        names = [names[0] + LEAD, *names[1:]]
    return L.JOIN.join(names)


def authors_of(owner_ids) -> dict[int, list[str]]:
    """proposal id -> author names, 领衔 first (one query)."""
    q = (ProposalMember.select(ProposalMember.proposal, Member.name)
         .join(Member, on=(ProposalMember.member == Member.id)).where(ProposalMember.proposal.in_(owner_ids))
         .order_by(ProposalMember.proposal, ProposalMember.position, ProposalMember.id).tuples())
    out: dict[int, list[str]] = defaultdict(list)
    for owner, name in q.iterator():
        out[owner].append(name)
    return out


def _load_proposals(start, end, ids):
    q = L.period_query(Proposal, Proposal.submitted_on, start, end, ids, (Proposal.submitted_on, Proposal.id))
    authors = authors_of(q.select(Proposal.id).order_by())
    # each station words its own reply classes: a proposal's is named from its station's list
    classes = {(c.station_id, c.code): c.name for c in ReplyClass.alive()}

    def decorate(row):
        row["authors"] = authors_text(authors.get(row["id"], []))
        code, key = row["reply_class"], (row["station"], row["reply_class"])
        row["reply_class_name"] = f"{code}（{classes[key]}）" if key in classes else code
    return L.stream(q, decorate)


def _p(name, width, **kw):
    return field_column("proposal", name, width, **kw)


PROPOSALS = Ledger("proposals", "提案台账", "提案台账", (
    _p("number", 13), _p("title", 22, fmt="wrap"),
    shown("提案人", 16, itemgetter("authors"), "wrap", role="authors", synonyms=("提案委员", "领衔人", "提案者")),
    _p("source", 9, printed=False), _p("submitted_on", 11), _p("submitted_to", 8, printed=False),
    _p("filing", 8), _p("filing_no", 10, printed=False), _p("is_key", 6, get=_yes_no("is_key")),
    _p("main_dept", 12, fmt="wrap"), _p("co_depts", 14, fmt="wrap"), _p("assigned_on", 11, printed=False),
    _p("replied_on", 11), _p("reply_class", 12, get=itemgetter("reply_class_name"), parse=_grade_code),
    _p("reply_summary", 22), _p("member_opinion", 8), _p("concluded", 6, get=_yes_no("concluded"), printed=False),
    _p("reason", 30, printed=False), _p("analysis", 30, printed=False), _p("suggestion", 30, printed=False),
    uuid_column(),
), _load_proposals, kind="proposal",
    note="提案人写作“领衔委员（领衔）、联名委员”，多人用顿号分隔；会办单位多个用顿号分隔。")


# ---- 督办台账 ------------------------------------------------------------------------------------
def follow_text(date, method, by, note) -> str:
    """One 督办记录 as a line: 「2026-03-02 电话（李芳）：催办进度」."""
    who = f"（{by}）" if by else ""
    return f"{date} {method}{who}" + (f"：{note}" if note else "")


def limit_text(kind: str, limit_days, limit_unit, table: dict) -> str:
    """办理时限 as read: 「15个工作日」 — the item's own limit, else the kind's default."""
    default_days, default_unit = table.get(kind, (None, "day"))
    days, unit = (limit_days, limit_unit or default_unit) if limit_days else (default_days, default_unit)
    return f"{days}{LIMIT_UNIT_LABELS.get(unit, unit)}" if days else ""


def referral_period(start, end, ids):
    """Alive items that count (source not in the recycle bin) of the period: 交办 in it (an item not yet
    handed on: entered in it), or handed on earlier and still unanswered when it began (跨年 items)."""
    day = fn.COALESCE(Referral.assigned_on, dialect.day_of(Referral.created_at))
    q = L.in_station(Referral.alive().where(RF.alive_clause()), Referral)
    if ids is not None:
        q = q.where(Referral.id.in_(list(ids)))
    elif start is not None and end is not None:
        carried = (Referral.assigned_on < start) & (Referral.replied_on.is_null() | (Referral.replied_on >= start))
        q = q.where(day.between(start, end) | carried)
    return q.order_by(day, Referral.id)


def _load_referrals(start, end, ids):
    q = referral_period(start, end, ids)
    follows: dict[int, list[tuple]] = defaultdict(list)
    fq = (ReferralFollow.select(ReferralFollow.referral, ReferralFollow.date, ReferralFollow.method,
                                ReferralFollow.by, ReferralFollow.note)
          .where(ReferralFollow.referral.in_(q.select(Referral.id).order_by()))
          .order_by(ReferralFollow.referral, ReferralFollow.date, ReferralFollow.id).tuples())
    for rid, *rest in fq.iterator():
        follows[rid].append(rest)
    table, today = RF.limits(), dt.date.today()

    def decorate(row):
        mine = follows.get(row["id"], [])
        row["source_label"] = REFERRAL_KIND_LABELS.get(row["source_kind"], row["source_kind"])
        row["limit_text"] = limit_text(row["source_kind"], row["limit_days"], row["limit_unit"], table)
        row["follow_count"] = len(mine)
        row["last_follow"] = follow_text(*mine[-1]) if mine else ""
        row["follows"] = "\n".join(follow_text(*f) for f in mine)
        row["timeliness"] = RF.timeliness(row["due_on"], row["replied_on"], today)
    return L.stream(q, decorate)


def _r(name, width, **kw):
    return field_column("referral", name, width, **kw)


REFERRALS = Ledger("referrals", "督办台账", "督办台账", (
    _r("source_kind", 9, header="来源", get=itemgetter("source_label"), parse=RF.kind_of_label,
       choices=tuple(REFERRAL_KIND_LABELS.values())),
    _r("matter", 24, fmt="wrap"), _r("asker", 10, printed=False), _r("asker_public", 12, printed=False),
    _r("department", 12, fmt="wrap"), _r("assigned_on", 11),
    shown("办理时限", 9, itemgetter("limit_text"), role="limit", synonyms=("时限",)),
    _r("due_on", 11), _r("state", 7),
    shown("督办次数", 6, itemgetter("follow_count"), "int", total=True),
    shown("最近督办", 20, itemgetter("last_follow"), "wrap"),
    _r("replied_on", 11), _r("reply", 24, printed=False), _r("result", 8),
    _r("fed_back_on", 11), _r("feedback_method", 7, printed=False), _r("feedback_by", 8, printed=False),
    _r("feedback_note", 20, printed=False), _r("satisfaction", 8),
    shown("按时/逾期", 8, itemgetter("timeliness")),
    _r("on_board", 6, get=_yes_no("on_board"), printed=False),
    shown("督办记录", 36, itemgetter("follows"), "wrap", role="follows", synonyms=("督办情况",), printed=False),
    uuid_column(),
), _load_referrals, kind="referral",
    note="按时：答复日期不晚于办理期限；逾期：超过办理期限仍未答复；含上年交办、本期初仍未答复的事项。"
         "督办记录每行一次，写作“日期 方式（督办人）：情况”。")

FOLLOW_LEDGERS = (PROPOSALS, REFERRALS)
