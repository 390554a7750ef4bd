"""Roster generation: sessions from the reception rules, members drawn by fair rotation, saved with audit."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction

from station_app.services import changes, context, holidays, records, stations
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.notices import Notice
from station_app.store.base import database_proxy
from station_app.store.choices import HALVES, WEEKDAY_NAMES
from station_app.store.models import DutyMember, DutySlot, Member, MemberUnavailable, ReceptionRule
from station_app.store.org import OWN_STATION_ID


@dataclass
class PlannedSlot:
    date: dt.date
    half: str
    location: str
    rule_id: int | None
    member_ids: list[int] = field(default_factory=list)
    needed: int = 0
    note: str = ""  # 「待核实：可能是元旦」 on a guessed holiday of a year without official data

    @property
    def label(self) -> str:
        return f"{self.date:%Y-%m-%d}（{WEEKDAY_NAMES[self.date.weekday()]}）{self.half}"


@dataclass
class RosterPlan:
    start: dt.date
    end: dt.date
    slots: list[PlannedSlot] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_existing: int = 0  # sessions already saved in the period


def _half_order(half: str) -> int:
    return HALVES.index(half) if half in HALVES else len(HALVES)


def _month_range(start: dt.date, end: dt.date):
    """(year, month) from the month before *start* (its dates may be shifted into the period) to *end*."""
    y, m = (start.year, start.month - 1) if start.month > 1 else (start.year - 1, 12)
    while (y, m) <= (end.year, end.month):
        yield y, m
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> dt.date | None:
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).weekday() == weekday]
    if nth == -1:
        return dt.date(year, month, days[-1])
    if 1 <= nth <= len(days):
        return dt.date(year, month, days[nth - 1])
    return None


def rule_dates(rule: ReceptionRule, start: dt.date, end: dt.date, cal: holidays.Calendar) -> list[dt.date]:
    """The session dates of one rule within [start, end], holidays skipped or shifted (顺延)."""
    lo = max(start, rule.valid_from or start)
    hi = min(end, rule.valid_to or end)
    out: set[dt.date] = set()
    if rule.kind == "weekly":
        weekdays = {int(w) for w in (rule.weekdays or [])}
        day = lo
        while day <= hi:
            if day.weekday() in weekdays and not cal.info(day).is_holiday:
                out.add(day)
            day += dt.timedelta(days=1)
        return sorted(out)
    for year, month in _month_range(lo, hi):
        if rule.kind == "monthly_dates":
            last = calendar.monthrange(year, month)[1]
            nominal = [dt.date(year, month, min(int(d), last)) for d in (rule.month_days or [])]
        elif rule.kind == "nth_weekday" and rule.nth is not None and rule.nth_weekday is not None:
            found = _nth_weekday(year, month, int(rule.nth), int(rule.nth_weekday))
            nominal = [found] if found else []
        else:
            nominal = []
        for day in nominal:
            if not cal.is_workday(day):
                if not rule.shift_on_holiday:
                    continue
                day = cal.next_workday(day)
            if day is not None and lo <= day <= hi:
                out.add(day)
    return sorted(out)


def _members() -> list[Member]:
    """The own station's serving members (a county database also holds its stations' members)."""
    return list(Member.alive().where((Member.station == OWN_STATION_ID) & (Member.status == "在册"))
                .order_by(Member.id))


def _unavailable(start: dt.date, end: dt.date) -> dict[int, list[tuple[dt.date, dt.date]]]:
    out: dict[int, list[tuple[dt.date, dt.date]]] = {}
    q = MemberUnavailable.select().where((MemberUnavailable.start <= end) & (MemberUnavailable.end >= start))
    for row in q:
        out.setdefault(row.member_id, []).append((row.start, row.end))
    return out


class _Rotation:
    """Fair rotation state: shifts taken vs. fair share earned while available, last session served."""

    def __init__(self, members: list[Member], unavailable):
        self.members = members
        self.unavailable = unavailable
        self.count = {m.id: 0 for m in members}
        self.share = {m.id: Fraction(0) for m in members}
        self.last = {m.id: -(10 ** 9) for m in members}  # never served: first in line
        self.joined = {m.id: m.joined_on for m in members}
        self.index = 0
        self.prev: set[int] = set()
        self.prev_date: dt.date | None = None
        self.same_day: set[int] = set()

    def seed(self, history: list[tuple[dt.date, list[int]]]) -> None:
        """Continue the rotation of earlier periods: who served last goes last (counts start at zero)."""
        for i, (day, ids) in enumerate(history):
            for mid in ids:
                if mid in self.last:
                    self.last[mid] = i - len(history)
        if history:
            self.prev_date, last_ids = history[-1]
            self.prev = set(last_ids)
            self.same_day = set(last_ids)

    def available(self, day: dt.date) -> list[int]:
        out = []
        for m in self.members:
            if self.joined[m.id] and self.joined[m.id] > day:
                continue
            if any(a <= day <= b for a, b in self.unavailable.get(m.id, ())):
                continue
            out.append(m.id)
        return out

    def choose(self, day: dt.date, needed: int) -> list[int]:
        candidates = self.available(day)
        if day != self.prev_date:
            self.same_day = set()
        recent = self.prev | self.same_day

        def key(mid: int):
            return (self.count[mid] - self.share[mid], mid in recent, self.last[mid], mid)

        return sorted(candidates, key=key)[:needed]

    def record(self, day: dt.date, needed: int, chosen: list[int]) -> None:
        candidates = self.available(day)
        if candidates:
            seats = Fraction(min(needed, len(candidates)), len(candidates))
            for mid in candidates:
                self.share[mid] += seats
        for mid in chosen:
            if mid in self.count:
                self.count[mid] += 1
                self.last[mid] = self.index
        self.index += 1
        self.prev = set(chosen)
        if day != self.prev_date:
            self.same_day = set()
        self.same_day |= set(chosen)
        self.prev_date = day


def _history(start: dt.date, days: int = 183) -> list[tuple[dt.date, list[int]]]:
    """Sessions held in the half year before *start*, oldest first, for continuing the rotation."""
    saved = _existing(start - dt.timedelta(days=days), start - dt.timedelta(days=1))
    order = sorted(saved, key=lambda k: (k[0], _half_order(k[1]), k[2]))
    return [(k[0], saved[k]) for k in order if saved[k]]


def _existing(start: dt.date, end: dt.date) -> dict[tuple, list[int]]:
    """Saved slots of the period: (date, half, location) → active member ids (cancelled: no members)."""
    slots = list(DutySlot.alive().where((DutySlot.station == OWN_STATION_ID) & DutySlot.date.between(start, end)))
    members: dict[int, list[int]] = {}
    q = (DutyMember.select(DutyMember.slot, DutyMember.member)
         .where(DutyMember.slot.in_([s.id for s in slots]) & DutyMember.active).order_by(DutyMember.id))
    for r in q:
        members.setdefault(r.slot_id, []).append(r.member_id)
    return {(s.date, s.half, s.location): [] if s.state == "取消" else members.get(s.id, []) for s in slots}


def plan(start: dt.date, end: dt.date, rules=None) -> RosterPlan:
    """Plan the duty sessions of [start, end] from the active reception rules (or *rules*)."""
    result = RosterPlan(start, end)
    if end < start:
        result.warnings.append(Notice("period_reversed", end=end, start=start))
        return result
    result.warnings.extend(holidays.warnings_for(start, end))
    if rules is None:
        rules = list(ReceptionRule.alive().where((ReceptionRule.station == OWN_STATION_ID)
                                                 & (ReceptionRule.active == True)).order_by(ReceptionRule.id))
        if not rules:
            result.warnings.append(Notice("no_rules"))
    cal = holidays.Calendar(start - dt.timedelta(days=31), end + dt.timedelta(days=62))
    sessions: dict[tuple, PlannedSlot] = {}
    for rule in rules:
        needed = max(1, int(rule.members_per_session or 1))
        for day in rule_dates(rule, start, end, cal):
            key = (day, rule.half, rule.location)
            if key in sessions:
                sessions[key].needed = max(sessions[key].needed, needed)
            else:
                sessions[key] = PlannedSlot(day, rule.half, rule.location, rule.id, needed=needed)
    existing = _existing(start, end)
    members = _members()
    if not members and sessions:
        result.warnings.append(Notice("no_members"))
    rotation = _Rotation(members, _unavailable(start, end))
    rotation.seed(_history(start))
    order = sorted(set(sessions) | set(existing), key=lambda k: (k[0], _half_order(k[1]), k[2]))
    for key in order:
        if key in existing:
            if key in sessions:
                result.skipped_existing += 1
            if existing[key]:
                rotation.record(key[0], len(existing[key]), existing[key])
            continue
        slot = sessions[key]
        slot.note = holidays.unverified_note(slot.date, cal)
        slot.member_ids = rotation.choose(slot.date, slot.needed)
        rotation.record(slot.date, slot.needed, slot.member_ids)
        if len(slot.member_ids) < slot.needed:
            result.warnings.append(Notice(
                "short_of_members", date=slot.date, weekday=WEEKDAY_NAMES[slot.date.weekday()], half=slot.half,
                location=slot.location and " " + slot.location, needed=slot.needed, got=len(slot.member_ids)))
        result.slots.append(slot)
    return result


def save_plan(roster: RosterPlan) -> list[DutySlot]:
    """Write the planned slots and their members in one transaction, one audit row per slot."""
    user = context.require_edit().username
    wanted = {mid for p in roster.slots for mid in p.member_ids}
    known = {m.id for m in Member.alive().where(Member.id.in_(list(wanted)))} if wanted else set()
    if wanted - known:
        raise ValidationError(FieldProblem("members", "值班委员",
                                           f"委员不存在或已删除（编号 {sorted(wanted - known)}）"),
                              kind_label="值班安排")
    stations.require_own_members(wanted)
    saved = []
    with changes.operation(), database_proxy.atomic():
        for p in roster.slots:
            clash = DutySlot.alive().where(
                (DutySlot.station == OWN_STATION_ID) & (DutySlot.date == p.date) & (DutySlot.half == p.half)
                & (DutySlot.location == p.location)
            ).exists()
            if clash:
                continue
            slot = DutySlot.create(date=p.date, half=p.half, location=p.location, rule=p.rule_id,
                                   note=p.note, created_by=user, updated_by=user)
            if p.member_ids:
                DutyMember.insert_many([{"slot": slot.id, "member": mid} for mid in p.member_ids]).execute()
            records.audit("create", slot, None, {**records.snapshot(slot), "members": list(p.member_ids)},
                          note="排班生成")
            saved.append(slot)
            changes.touched(slot)
    return saved
