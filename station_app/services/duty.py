"""Duty slots after planning: who is on a slot, swaps (调剂) with history, attendance, cancellation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from station_app.services import changes, context, records, stations
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.fields import kind_of
from station_app.services.validation import lookup_values, validate
from station_app.store.base import database_proxy, now
from station_app.store.choices import HALVES
from station_app.store.models import DutyMember, DutySlot, Member, MemberUnavailable, Swap
from station_app.store.org import OWN_STATION_ID

KIND_LABEL = "值班安排"


@dataclass(frozen=True)
class SlotMember:
    member: Member
    planned: bool  # from the roster (False: came in as a substitute)
    active: bool  # False: swapped out
    present: bool | None  # None: attendance not yet marked

    @property
    def member_id(self) -> int:
        return self.member.id

    @property
    def name(self) -> str:
        return self.member.name


def _fail(message: str, field: str = "", label: str = "") -> ValidationError:
    return ValidationError(FieldProblem(field, label, message), kind_label=KIND_LABEL)


def _sorted(slots: Iterable[DutySlot]) -> list[DutySlot]:
    return sorted(slots, key=lambda s: (s.date, HALVES.index(s.half) if s.half in HALVES else 9, s.location, s.id))


def slots_between(start: dt.date, end: dt.date, *, include_cancelled: bool = True,
                  station_id: int = OWN_STATION_ID) -> list[DutySlot]:
    """The slots of one station (the own one: its roster) in [start, end]."""
    q = DutySlot.alive().where((DutySlot.station == station_id) & DutySlot.date.between(start, end))
    if not include_cancelled:
        q = q.where(DutySlot.state != "取消")
    return _sorted(q)


def week_slots(day: dt.date) -> list[DutySlot]:
    """The slots of the Monday–Sunday week containing *day*."""
    monday = day - dt.timedelta(days=day.weekday())
    return slots_between(monday, monday + dt.timedelta(days=6))


def slot_for(day: dt.date, half: str | None = None) -> DutySlot | None:
    """The own station's (first, not cancelled) slot on *day*, optionally of one half-day."""
    q = DutySlot.alive().where((DutySlot.station == OWN_STATION_ID) & (DutySlot.date == day)
                               & (DutySlot.state != "取消"))
    if half:
        q = q.where(DutySlot.half == half)
    slots = _sorted(q)
    return slots[0] if slots else None


def slot_members(slot: DutySlot) -> list[SlotMember]:
    q = (DutyMember.select(DutyMember, Member).join(Member)
         .where(DutyMember.slot == slot.id).order_by(DutyMember.planned.desc(), DutyMember.id))
    return [SlotMember(r.member, r.planned, r.active, r.present) for r in q]


def active_member_ids(slot: DutySlot) -> list[int]:
    return [m.member_id for m in slot_members(slot) if m.active]


def swaps_of(slot: DutySlot) -> list[Swap]:
    return list(Swap.select().where(Swap.slot == slot.id).order_by(Swap.registered_at, Swap.id))


def create_slot(date: dt.date, half: str, location: str = "", member_ids: Iterable[int] = (),
                note: str = "") -> DutySlot:
    """A slot entered by hand (outside the rules), with its planned members."""
    ids = list(dict.fromkeys(int(i) for i in member_ids))
    _check_members(ids)
    values = validate(kind_of("duty_slot"),
                              {"date": date, "half": half, "location": location, "note": note})
    clash = DutySlot.alive().where((DutySlot.station == OWN_STATION_ID)
                                   & (DutySlot.date == values["date"]) & (DutySlot.half == values["half"])
                                   & (DutySlot.location == values.get("location", ""))).exists()
    if clash:
        raise _fail(f"{values['date']:%Y-%m-%d}{values['half']}在该地点已有值班安排", "date", "日期")
    with changes.operation(), database_proxy.atomic():
        slot = records.create("duty_slot", values, validated=True)
        if ids:
            DutyMember.insert_many([{"slot": slot.id, "member": i} for i in ids]).execute()
            records.audit("update", slot, {"members": []}, {"members": ids})
            changes.touched(DutyMember)
    return slot


def _check_members(ids: list[int]) -> None:
    known = {m.id for m in Member.alive().where(Member.id.in_(ids))} if ids else set()
    missing = [i for i in ids if i not in known]
    if missing:
        raise _fail(f"委员不存在或已删除（编号 {', '.join(map(str, missing))}）", "members", "值班委员")
    stations.require_own_members(ids)


def _link(slot: DutySlot, member_id: int) -> DutyMember | None:
    return DutyMember.get_or_none((DutyMember.slot == slot.id) & (DutyMember.member == member_id))


def swap(slot: DutySlot, original_id: int, substitute_id: int, reason: str,
         liaison_notified: bool = False, note: str = "") -> Swap:
    """Replace *original* by *substitute* on *slot*; the original stays on record as swapped out."""
    context.require_edit()
    stations.require_own(slot, {})
    if slot.state == "取消":
        raise _fail("该次值班已取消，不能调剂")
    out_link = _link(slot, original_id)
    if out_link is None or not out_link.active:
        raise _fail("原值班委员不在该次值班名单中", "original", "原值班委员")
    if int(substitute_id) == int(original_id):
        raise _fail("替班委员不能与原值班委员相同", "substitute", "替班委员")
    sub = Member.get_or_none((Member.id == substitute_id) & (Member.deleted == False))
    if sub is None or sub.status != "在册":
        raise _fail("替班委员不存在或已退出", "substitute", "替班委员")
    stations.require_own_members([sub.id])
    in_link = _link(slot, sub.id)
    if in_link is not None and in_link.active:
        raise _fail(f"{sub.name}已在该次值班名单中", "substitute", "替班委员")
    away = MemberUnavailable.get_or_none((MemberUnavailable.member == sub.id) & (MemberUnavailable.start <= slot.date)
                                         & (MemberUnavailable.end >= slot.date))
    if away is not None:
        why = f"（{away.reason}）" if away.reason else ""
        raise _fail(f"{sub.name}在{away.start:%m月%d日}至{away.end:%m月%d日}已登记不能值班{why}",
                    "substitute", "替班委员")
    reasons = lookup_values("swap_reason")
    if reason not in reasons:
        raise _fail(f"“{reason}”不在可选列表中（{'、'.join(reasons)}）", "reason", "调剂原因")
    with changes.operation(), database_proxy.atomic():
        out_link.active = False
        out_link.save()
        if in_link is None:
            DutyMember.create(slot=slot.id, member=sub.id, planned=False, active=True)
        else:
            in_link.active = True
            in_link.save()
        row = Swap.create(slot=slot.id, original=original_id, substitute=sub.id, reason=reason,
                          registered_at=now(), liaison_notified=bool(liaison_notified), note=(note or "")[:200])
        records.audit("create", row, None, records.snapshot(row), note="值班调剂")
        _touch(slot)
    return row


def mark_attendance(slot: DutySlot, presence: dict[int, bool]) -> DutySlot:
    """Record who came (到岗); the slot becomes 已完成."""
    context.require_edit()
    stations.require_own(slot, {})
    if slot.state == "取消":
        raise _fail("该次值班已取消，不能登记到岗情况")
    links = {r.member_id: r for r in DutyMember.select().where(DutyMember.slot == slot.id)}
    unknown = [mid for mid in presence if int(mid) not in links or not links[int(mid)].active]
    if unknown:
        names = "、".join(records.member_names(unknown)) or "、".join(map(str, unknown))
        raise _fail(f"{names}不在该次值班名单中", "members", "值班委员")
    with changes.operation(), database_proxy.atomic():
        before = {mid: links[int(mid)].present for mid in presence}
        for mid, here in presence.items():
            link = links[int(mid)]
            link.present = bool(here)
            link.save()
        old_state = slot.state
        slot.state = "已完成"
        _touch(slot)
        records.audit("update", slot, {"state": old_state, "present": before},
                      {"state": slot.state, "present": {mid: bool(v) for mid, v in presence.items()}},
                      note="到岗登记")
    return slot


def cancel_slot(slot: DutySlot, note: str = "") -> DutySlot:
    """取消 a session (e.g. a sudden closure); its members no longer count as shifts."""
    context.require_edit()
    stations.require_own(slot, {})
    if slot.state == "已完成":
        raise _fail("该次值班已完成，不能取消")
    if slot.state == "取消":
        return slot
    slot.state = "取消"
    note = (note or "").strip()
    if note:
        slot.note = f"{slot.note}\n{note}".strip() if slot.note else note
    return records.save_raw(slot, note="取消值班")


def shift_counts(start: dt.date, end: dt.date) -> dict[int, int]:
    """Shifts per member in [start, end]: present if marked, else active on a not-cancelled slot."""
    q = (DutyMember.select(DutyMember.member, DutyMember.present).join(DutySlot)
         .where(DutySlot.date.between(start, end) & (DutySlot.deleted == False)
                & (DutySlot.state != "取消") & DutyMember.active))
    out: dict[int, int] = {}
    for r in q:
        if r.present is False:
            continue
        out[r.member_id] = out.get(r.member_id, 0) + 1
    return out


def _touch(slot: DutySlot) -> None:
    slot.updated_at = now()
    slot.updated_by = context.current().username
    slot.save()
    changes.touched(slot)
