"""What the outputs read off a 交办 item (Referral) by the shared semantics: its state from its dates, its
due date from the kind's 办理时限, whether it was answered on time or is overdue, and the SQL that keeps
items whose source record is in the recycle bin out of every figure.

(services/referrals.py owns the 督办 workflow and services/referral_limits.py the limits and due dates;
this module only reads, so ledgers, stats, sheets and the demo agree with them.)
"""

from __future__ import annotations

import datetime as dt

from station_app.services import referral_limits
from station_app.store.choices import REFERRAL_KIND_LABELS, REFERRAL_LIMIT_SEEDS

ON_TIME, LATE, OVERDUE = "按时", "逾期答复", "逾期"
def alive_sql(r: str = "r") -> str:
    """SQL condition: the Referral row (table alias *r*) counts — not deleted, and its source (whichever
    FK is set) is not in the recycle bin."""
    parts = [f"{r}.deleted = FALSE"]
    for kind in REFERRAL_KIND_LABELS:
        parts.append(f"NOT EXISTS (SELECT 1 FROM {kind} s WHERE s.id = {r}.{kind}_id AND s.deleted = TRUE)")
    return " AND ".join(parts)


def alive_clause():
    """The same condition as a peewee expression over Referral (usable in nested queries)."""
    from station_app.store.models import Opinion, Proposal, Referral, Topic, Visit

    clause = Referral.deleted == False
    for fk, model in ((Referral.visit, Visit), (Referral.topic, Topic), (Referral.proposal, Proposal),
                      (Referral.opinion, Opinion)):
        clause &= fk.is_null() | fk.not_in(model.select(model.id).where(model.deleted == True))
    return clause


def limits() -> dict[str, tuple[int, str]]:
    """kind -> (number, unit) of the default 办理时限 (services.referral_limits: the setting over the seeds)."""
    return {kind: (lim.n, lim.unit) for kind, lim in referral_limits.limits().items()}


def due_date(kind: str, assigned_on: dt.date | None, limit_days: int | None = None, limit_unit: str = "",
             *, table: dict | None = None, calendar=None) -> dt.date | None:
    """The due date of an item handed over on *assigned_on*: its own limit, else the kind's default (from
    *table*, a limits() result read once for many rows); working days on the holiday calendar."""
    if assigned_on is None:
        return None
    default = (table or limits()).get(kind, REFERRAL_LIMIT_SEEDS["visit"])
    days, unit = (limit_days, limit_unit or default[1]) if limit_days else default
    return referral_limits.add_limit(assigned_on, int(days), unit, calendar)


def state_of(assigned_on, replied_on, fed_back_on) -> str:
    """待交办 → 办理中 → 已答复 → 已反馈, read off the dates."""
    if fed_back_on:
        return "已反馈"
    if replied_on:
        return "已答复"
    return "办理中" if assigned_on else "待交办"


def timeliness(due_on, replied_on, today: dt.date | None = None) -> str:
    """按时 (replied by the due date), 逾期答复 (replied after it), 逾期 (not replied, due date passed), or ''."""
    if not due_on:
        return ""
    if replied_on:
        return ON_TIME if replied_on <= due_on else LATE
    return OVERDUE if due_on < (today or dt.date.today()) else ""


def kind_label(kind: str) -> str:
    return REFERRAL_KIND_LABELS.get(kind, kind or "")


def kind_of_label(value) -> str:
    """来源 cell → source_kind: the label (来访诉求) or the key itself (visit)."""
    text = str(value or "").strip()
    for key, label in REFERRAL_KIND_LABELS.items():
        if text in (key, label) or (len(text) >= 2 and label.startswith(text)):
            return key
    return text
