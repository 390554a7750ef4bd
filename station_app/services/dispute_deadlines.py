"""The one-month rule for mediated cases and the follow-up visits (回访) they are due, queried in SQL."""

from __future__ import annotations

import datetime as dt

import peewee as pw
from dateutil.relativedelta import relativedelta

from station_app.store import dialect
from station_app.store.models import Dispute, FollowUp
from station_app.store.org import OWN_STATION_ID

DEADLINE = relativedelta(months=1)  # 人民调解工作若干规定: a case ends within one month of acceptance
FOLLOWUP_AFTER_DAYS = 15  # follow-up visit due this long after closing when no 履行期限 is set
SUCCESS = "调解成功"


def deadline(dispute: Dispute) -> dt.date:
    """The day by which the case should end: one month after acceptance (31 Jan → 28 Feb)."""
    return dispute.accepted_on + DEADLINE


def accepted_until(last_deadline: dt.date) -> dt.date:
    """The latest acceptance date whose deadline falls on or before *last_deadline*.

    Deadlines never decrease as acceptance moves later, so “deadline ≤ X” is “accepted_on ≤ this day”.
    """
    day = last_deadline - DEADLINE
    while day + dt.timedelta(days=1) + DEADLINE <= last_deadline:
        day += dt.timedelta(days=1)
    while day + DEADLINE > last_deadline:
        day -= dt.timedelta(days=1)
    return day


# The reminders are the own station's work: a registered station's cases are read-only here and its
# deadlines are kept at that station (the county sees them through the lists with a station chosen).
def _open():
    return Dispute.alive().where((Dispute.station == OWN_STATION_ID) & (Dispute.result == ""))


def _near_query(today: dt.date, days: int):
    lo, hi = accepted_until(today - dt.timedelta(days=1)), accepted_until(today + dt.timedelta(days=days))
    return _open().where((Dispute.accepted_on > lo) & (Dispute.accepted_on <= hi))


def _overdue_query(today: dt.date):
    return _open().where(Dispute.accepted_on <= accepted_until(today - dt.timedelta(days=1)))


def _annotate(rows, today: dt.date) -> list[Dispute]:
    out = []
    for d in rows:
        d.deadline_on = deadline(d)
        d.days_left = (d.deadline_on - today).days
        out.append(d)
    return out


def near_deadline(today: dt.date, days: int = 7, limit: int | None = None) -> list[Dispute]:
    """Open cases whose deadline falls within the next *days* days (today included), soonest first.

    Each returned case carries ``deadline_on`` and ``days_left``.
    """
    q = _near_query(today, days).order_by(Dispute.accepted_on, Dispute.id)
    return _annotate(q.limit(limit) if limit else q, today)


def overdue(today: dt.date, limit: int | None = None) -> list[Dispute]:
    """Open cases past their one-month deadline, most overdue first (``days_left`` is negative)."""
    q = _overdue_query(today).order_by(Dispute.accepted_on, Dispute.id)
    return _annotate(q.limit(limit) if limit else q, today)


def followup_due_on(dispute: Dispute) -> dt.date | None:
    """When a successful case's follow-up visit is due: its 履行期限, else 15 days after closing."""
    if dispute.result != SUCCESS or not dispute.agreement_form:
        return None
    if dispute.fulfil_deadline:
        return dispute.fulfil_deadline
    return dispute.closed_on + dt.timedelta(days=FOLLOWUP_AFTER_DAYS) if dispute.closed_on else None


def _due_on():
    return pw.fn.COALESCE(Dispute.fulfil_deadline, dialect.add_days(Dispute.closed_on, FOLLOWUP_AFTER_DAYS))


def _followups_query(today: dt.date):
    visited = FollowUp.select(FollowUp.id).where(FollowUp.dispute == Dispute.id)
    return Dispute.alive().where(
        (Dispute.station == OWN_STATION_ID) & (Dispute.result == SUCCESS) & (Dispute.agreement_form != "")
        & (_due_on() < today)
        & ~pw.fn.EXISTS(visited))


def followups_due(today: dt.date, limit: int | None = None) -> list[Dispute]:
    """Successful cases with an agreement whose follow-up visit (回访) is past due and not yet made.

    Each returned case carries ``due_on`` and ``days_late``; most overdue first.
    """
    q = _followups_query(today).order_by(_due_on(), Dispute.id)
    out = []
    for d in (q.limit(limit) if limit else q):
        d.due_on = followup_due_on(d)
        d.days_late = (today - d.due_on).days
        out.append(d)
    return out


def due_counts(today: dt.date, days: int = 7) -> dict[str, int]:
    """How many cases are near the deadline, overdue and due for a follow-up (for the home page)."""
    return {
        "near_deadline": _near_query(today, days).count(),
        "overdue": _overdue_query(today).count(),
        "followups_due": _followups_query(today).count(),
    }
