"""What the 首页 shows, gathered in one call: this week's duty, today's session, to-dos, year figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from station_app.services import disputes, duty, reception, referrals, settings, stats, topics
from station_app.services.notices import Notice
from station_app.store.base import database_proxy
from station_app.store.models import Visit
from station_app.store.org import OWN_STATION_ID

SHOWN = 8  # entries listed per to-do group; the rest are counted


@dataclass(frozen=True)
class SlotLine:
    id: int
    date: dt.date
    half: str
    location: str
    members: str
    state: str


@dataclass(frozen=True)
class TodoEntry:
    kind: str
    id: int
    text: Notice  # reads as the Chinese line; the GUI shows it in the interface language


@dataclass
class TodoGroup:
    key: str
    title: str
    total: int
    entries: list[TodoEntry] = field(default_factory=list)


@dataclass
class Dashboard:
    today: dt.date
    station: str
    week: list[SlotLine]
    today_slot: SlotLine | None
    today_day_id: int | None
    todo: list[TodoGroup]
    stats: dict
    monthly: dict
    due: list = field(default_factory=list)  # services.referrals.DepartmentDue: 本周到期 / 已逾期 by department


def _line(slot) -> SlotLine:
    names = "、".join(m.name for m in duty.slot_members(slot) if m.active)
    return SlotLine(slot.id, slot.date, slot.half, slot.location, names, slot.state)


def visit_followups_due(today: dt.date, days: int = 30) -> tuple[int, list[Visit]]:
    """(count, oldest few) of the visits `reception.followups_due(today, days)` lists (same rule),
    without loading tens of thousands of rows on a county database."""
    q = reception.followups_due_query(today, days)
    return q.count(), list(q.order_by(Visit.visit_date, Visit.id).limit(SHOWN))


def _open_visits(status: str):
    return Visit.alive().where((Visit.station == OWN_STATION_ID) & (Visit.status == status))


def todo_groups(today: dt.date, *, with_quota: bool = True) -> list[TodoGroup]:
    """Open visits, follow-ups due, disputes near/over the one-month limit, topics waiting, below quota —
    the own station's work: a county database's registered stations keep their own reminders (their records
    are read-only here) and are seen through the lists with a station chosen."""
    groups: list[TodoGroup] = []
    pending = _open_visits("待办").count() + _open_visits("办理中").count()
    fields = (Visit.id, Visit.visit_date, Visit.visitor_name, Visit.content, Visit.status)
    rows = [r for status in ("待办", "办理中")
            for r in _open_visits(status).select(*fields).order_by(Visit.visit_date, Visit.id).limit(SHOWN).dicts()]
    groups.append(TodoGroup("visits", "来访未办结", pending, [
        TodoEntry("visit", r["id"], Notice("visit_open", date=r["visit_date"], name=r["visitor_name"],
                                           content=(r["content"] or "")[:24], status=r["status"]))
        for r in rows[:SHOWN]]))
    visits_due, first_visits = visit_followups_due(today)
    due_cases = disputes.followups_due(today)
    entries = [TodoEntry("visit", v.id, Notice("visit_followup", date=v.visit_date, name=v.visitor_name))
               for v in first_visits]
    entries += [TodoEntry("dispute", d.id, Notice("dispute_followup", case=d.case_no, date=d.due_on))
                for d in due_cases[:SHOWN]]
    groups.append(TodoGroup("followups", "回访到期", visits_due + len(due_cases), entries[:SHOWN]))
    near, late = disputes.near_deadline(today), disputes.overdue(today)
    entries = [TodoEntry("dispute", d.id, Notice("dispute_late", case=d.case_no, days=-d.days_left))
               for d in late[:SHOWN]]
    entries += [TodoEntry("dispute", d.id, Notice("dispute_near", case=d.case_no, days=d.days_left,
                                                  date=d.deadline_on)) for d in near[:SHOWN]]
    groups.append(TodoGroup("disputes", "纠纷临近一个月期限", len(near) + len(late), entries[:SHOWN]))
    waiting = topics.waiting(today)
    groups.append(TodoGroup("topics", "议题待推进", len(waiting), [
        TodoEntry("topic", t.id, Notice("topic_waiting", title=t.title[:20], step=t.step_name, days=t.days_waiting))
        for t in waiting[:SHOWN]]))
    if with_quota:
        groups.append(quota_group(today))
    return [g for g in groups if g.total]


def quota_group(today: dt.date) -> TodoGroup:
    """Members below their quotas this year (亮牌提醒) — the slowest part, so it can come second."""
    below = [f for f in stats.member_figures(dt.date(today.year, 1, 1), today, today=today, station=OWN_STATION_ID)
             if f.below_quota]
    return TodoGroup("quota", "委员未达履职指标", len(below), [
        TodoEntry("member", f.member_id, Notice("member_below", name=f.name, below="；".join(f.below_quota)[:40]))
        for f in below[:SHOWN]])


def load_dashboard(today: dt.date, *, with_quota: bool = True) -> Dashboard:
    referrals.backfill_if_pending()  # the first start after the v3→v4 migration builds the 督办 list
    week = [_line(s) for s in duty.week_slots(today)]
    slot = duty.slot_for(today)
    today_slot = _line(slot) if slot else None
    day = reception.day_of_slot(slot) if slot else None
    start, end = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    return Dashboard(
        today=today, station=settings.station_name(), week=week, today_slot=today_slot,
        today_day_id=day.id if day else None, todo=todo_groups(today, with_quota=with_quota),
        stats=stats.compute(start, end, today=today), monthly=stats.monthly_counts(today.year),
        due=referrals.due_report(today, referrals.week_days_left(today)))


def load_dashboard_detached(today: dt.date, deliver) -> None:
    """For a worker thread: deliver(dashboard) without the quota check, then deliver(quota_group);
    the thread's own connection is closed afterwards."""
    try:
        deliver(load_dashboard(today, with_quota=False))
        deliver(quota_group(today))
    finally:
        database_proxy.close()
