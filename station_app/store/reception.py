"""Models of reception days (接待日) and visits (来访登记)."""

from __future__ import annotations

import peewee as pw

from station_app.store.base import ChildRow
from station_app.store.duty import DutySlot
from station_app.store.org import Member, Owned


class ReceptionDay(Owned):
    """接待日: one held session."""

    date = pw.DateField(index=True)
    half = pw.CharField(max_length=4, default="上午")
    location = pw.CharField(max_length=100, default="")
    theme = pw.CharField(max_length=100, default="")  # "1+N" themed days
    themed_sectors = pw.CharField(max_length=200, default="")
    duty_slot = pw.ForeignKeyField(DutySlot, null=True, on_delete="SET NULL", backref="reception_days")
    recorder = pw.CharField(max_length=50, default="")
    summary = pw.TextField(default="")


class ReceptionMember(ChildRow):
    day = pw.ForeignKeyField(ReceptionDay, backref="members", on_delete="CASCADE")
    member = pw.ForeignKeyField(Member, backref="reception_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("day", "member"), True),)


class Visit(Owned):
    """来访登记."""

    reception_day = pw.ForeignKeyField(ReceptionDay, null=True, on_delete="SET NULL", backref="visits")
    mode = pw.CharField(max_length=20, default="接待日来访")
    visit_date = pw.DateField(index=True)
    visit_time = pw.CharField(max_length=5, default="")  # "09:30"
    visitor_name = pw.CharField(max_length=50, index=True)
    visitor_gender = pw.CharField(max_length=2, default="")
    visitor_phone = pw.CharField(max_length=30, default="")
    visitor_address = pw.CharField(max_length=200, default="")  # 住址或单位
    visitor_id_number = pw.CharField(max_length=18, default="")
    people_count = pw.IntegerField(default=1)
    visitor_sector = pw.CharField(max_length=50, default="")  # 界别群众
    category = pw.CharField(max_length=20, default="其他", index=True)
    content = pw.TextField(default="")
    handling = pw.CharField(max_length=20, default="当场解答", index=True)
    handling_dept = pw.CharField(max_length=100, default="")
    status = pw.CharField(max_length=4, default="待办", index=True)
    result = pw.TextField(default="")
    followup_date = pw.DateField(null=True)
    followup_note = pw.TextField(default="")
    satisfaction = pw.CharField(max_length=6, default="")


class VisitMember(ChildRow):
    """A member who received the visit."""

    visit = pw.ForeignKeyField(Visit, backref="members", on_delete="CASCADE")
    member = pw.ForeignKeyField(Member, backref="visit_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("visit", "member"), True),)
