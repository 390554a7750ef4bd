"""Duty slots after planning: swaps keep history, attendance, cancellation, week views."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import context, duty, roster
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.store.models import AuditLog, DutyMember, DutySlot, Member, MemberUnavailable, ReceptionRule, Swap

D = dt.date


@pytest.fixture
def slots(db):
    """Five members, Friday-morning sessions of November 2026 saved from the roster."""
    ids = [Member.create(name=n, sector="经济界").id for n in ("张建国", "李秀英", "王志强", "刘海燕", "陈明")]
    ReceptionRule.create(name="每周五上午", kind="weekly", weekdays=[4], members_per_session=2, location="接待室")
    saved = roster.save_plan(roster.plan(D(2026, 11, 1), D(2026, 11, 30)))
    return ids, saved


def names(slot, *, active_only=True):
    return [m.name for m in duty.slot_members(slot) if m.active or not active_only]


def test_slot_members_and_lookups(slots):
    _ids, saved = slots
    first = saved[0]
    rows = duty.slot_members(first)
    assert [(r.name, r.planned, r.active, r.present) for r in rows] == [
        ("张建国", True, True, None), ("李秀英", True, True, None)]
    assert duty.slot_for(D(2026, 11, 6)).id == first.id
    assert duty.slot_for(D(2026, 11, 6), "下午") is None
    assert duty.slot_for(D(2026, 11, 7)) is None
    assert [s.date for s in duty.week_slots(D(2026, 11, 11))] == [D(2026, 11, 13)]  # Wednesday → its week
    assert [s.date for s in duty.week_slots(D(2026, 11, 15))] == [D(2026, 11, 13)]  # Sunday → same week
    assert len(duty.slots_between(D(2026, 11, 1), D(2026, 11, 30))) == 4


def test_swap_keeps_history(slots):
    ids, saved = slots
    slot = saved[0]
    swap = duty.swap(slot, ids[0], ids[3], "生病", liaison_notified=True, note="电话告知联络员")
    assert names(slot) == ["李秀英", "刘海燕"]
    rows = {r.name: r for r in duty.slot_members(slot)}
    assert rows["张建国"].active is False and rows["张建国"].planned is True  # still on record
    assert rows["刘海燕"].planned is False and rows["刘海燕"].active is True
    assert swap.reason == "生病" and swap.liaison_notified and swap.note == "电话告知联络员"
    assert [(s.original.name, s.substitute.name) for s in duty.swaps_of(slot)] == [("张建国", "刘海燕")]
    assert AuditLog.select().where((AuditLog.table == "swap") & (AuditLog.action == "create")).count() == 1
    # the original can come back by a second swap; both swaps stay on record
    duty.swap(slot, ids[3], ids[0], "其他")
    assert names(slot) == ["张建国", "李秀英"]
    assert Swap.select().count() == 2 and DutyMember.select().where(DutyMember.slot == slot.id).count() == 3


@pytest.mark.parametrize("args, message", [
    (("orig_out", 4, "外出"), "原值班委员不在该次值班名单中"),
    ((0, 0, "外出"), "替班委员不能与原值班委员相同"),
    ((0, 1, "外出"), "李秀英已在该次值班名单中"),
    ((0, 3, "出国"), "“出国”不在可选列表中（外出、生病、工作冲突、其他）"),
    ((0, 999, "外出"), "替班委员不存在或已退出"),
])
def test_swap_validation_messages(slots, args, message):
    ids, saved = slots
    original, substitute, reason = args
    original = ids[2] if original == "orig_out" else ids[original]
    substitute = ids[substitute] if substitute < len(ids) else substitute
    with pytest.raises(ValidationError) as err:
        duty.swap(saved[0], original, substitute, reason)
    assert message in err.value.message
    assert Swap.select().count() == 0 and names(saved[0]) == ["张建国", "李秀英"]


def test_swap_refuses_a_retired_or_away_substitute(slots):
    ids, saved = slots
    Member.update(status="退出").where(Member.id == ids[4]).execute()
    with pytest.raises(ValidationError, match="替班委员不存在或已退出"):
        duty.swap(saved[0], ids[0], ids[4], "外出")
    MemberUnavailable.create(member=ids[3], start=D(2026, 11, 5), end=D(2026, 11, 9), reason="出差")
    with pytest.raises(ValidationError, match="刘海燕在11月05日至11月09日已登记不能值班（出差）"):
        duty.swap(saved[0], ids[0], ids[3], "外出")


def test_attendance_completes_the_slot(slots):
    ids, saved = slots
    slot = saved[1]
    duty.swap(slot, ids[2], ids[0], "工作冲突")
    duty.mark_attendance(slot, {ids[3]: True, ids[0]: False})
    slot = DutySlot.get_by_id(slot.id)
    assert slot.state == "已完成"
    rows = {r.name: r.present for r in duty.slot_members(slot)}
    assert rows == {"王志强": None, "刘海燕": True, "张建国": False}
    with pytest.raises(ValidationError, match="王志强不在该次值班名单中"):
        duty.mark_attendance(slot, {ids[2]: True})  # swapped out
    counts = duty.shift_counts(D(2026, 11, 1), D(2026, 11, 30))
    # slots: {张,李} {王→张,刘} {陈,张} {李,王}; 张建国 was absent on slot 2, so only slots 1 and 3 count
    assert counts[ids[3]] == 1 and counts[ids[0]] == 2 and counts[ids[2]] == 1


def test_cancel_slot(slots):
    ids, saved = slots
    slot = duty.cancel_slot(saved[2], "接上级通知临时停止接待")
    assert DutySlot.get_by_id(slot.id).state == "取消"
    assert "临时停止接待" in DutySlot.get_by_id(slot.id).note
    assert [s.date for s in duty.slots_between(D(2026, 11, 1), D(2026, 11, 30), include_cancelled=False)] == [
        D(2026, 11, 6), D(2026, 11, 13), D(2026, 11, 27)]
    assert duty.slot_for(D(2026, 11, 20)) is None
    with pytest.raises(ValidationError, match="已取消，不能调剂"):
        duty.swap(slot, ids[0], ids[4], "外出")
    with pytest.raises(ValidationError, match="已取消，不能登记到岗"):
        duty.mark_attendance(slot, {})
    done = duty.mark_attendance(saved[0], {ids[0]: True})
    with pytest.raises(ValidationError, match="已完成，不能取消"):
        duty.cancel_slot(done)
    # a cancelled slot is not planned again
    assert D(2026, 11, 20) not in [s.date for s in roster.plan(D(2026, 11, 1), D(2026, 11, 30)).slots]


def test_create_slot_by_hand(slots):
    ids, _ = slots
    slot = duty.create_slot(D(2026, 11, 17), "下午", "村委会", [ids[1], ids[2]], note="临时加开")
    assert names(slot) == ["李秀英", "王志强"] and slot.created_by == "tester"
    with pytest.raises(ValidationError, match="已有值班安排"):
        duty.create_slot(D(2026, 11, 17), "下午", "村委会")
    with pytest.raises(ValidationError, match="时段"):
        duty.create_slot(D(2026, 11, 18), "晚上", "村委会")


def test_read_only_cannot_swap(slots):
    ids, saved = slots
    with context.acting_as("inspector", "只读检查"):
        with pytest.raises(PermissionDenied):
            duty.swap(saved[0], ids[0], ids[3], "外出")
        with pytest.raises(PermissionDenied):
            duty.mark_attendance(saved[0], {ids[0]: True})
        with pytest.raises(PermissionDenied):
            duty.cancel_slot(saved[0])
