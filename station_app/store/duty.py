"""Models of the duty roster: slots, planned/present members, swaps (调剂)."""

from __future__ import annotations

import peewee as pw

from station_app.store.base import ChildRow, now
from station_app.store.org import Member, Owned, ReceptionRule


class DutySlot(Owned):
    """值班安排: one half-day session at the station."""

    date = pw.DateField(index=True)
    half = pw.CharField(max_length=4, default="上午")
    location = pw.CharField(max_length=100, default="")
    rule = pw.ForeignKeyField(ReceptionRule, null=True, on_delete="SET NULL", backref="slots")
    state = pw.CharField(max_length=4, default="计划", index=True)
    note = pw.TextField(default="")


class DutyMember(ChildRow):
    """A member on a slot: planned (from the roster) or a substitute; present once attendance is marked."""

    slot = pw.ForeignKeyField(DutySlot, backref="members", on_delete="CASCADE")
    member = pw.ForeignKeyField(Member, backref="duty_links", on_delete="CASCADE")
    planned = pw.BooleanField(default=True)  # False: came in as a substitute
    active = pw.BooleanField(default=True)  # False: swapped out
    present = pw.BooleanField(null=True)  # None: not yet marked

    class Meta:
        indexes = ((("slot", "member"), True),)


class Swap(ChildRow):
    """调剂: one member replaced by another on a slot, history kept."""

    slot = pw.ForeignKeyField(DutySlot, backref="swaps", on_delete="CASCADE")
    original = pw.ForeignKeyField(Member, backref="swaps_out", on_delete="CASCADE")
    substitute = pw.ForeignKeyField(Member, backref="swaps_in", on_delete="CASCADE")
    reason = pw.CharField(max_length=20, default="其他")
    registered_at = pw.DateTimeField(default=now)
    liaison_notified = pw.BooleanField(default=False)
    note = pw.CharField(max_length=200, default="")
