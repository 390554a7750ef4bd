"""Models of the station itself: settings, lookups, members, teams, rules, quotas, holidays, users, audit."""

from __future__ import annotations

import peewee as pw

from station_app.store import audit_chain
from station_app.store.base import BaseModel, ChildRow, JSONField, Record, now

OWN_STATION_ID = 1  # the database's own station; registered stations (whose packages it receives) follow


class Station(Record):
    """工作站信息: the database's own station (id 1, always present) and the stations registered here.

    A registered station is known by its uuid and signing key; its records arrive in its 上报包 and are
    read-only here (services.stations)."""

    name = pw.CharField(max_length=100)
    kind = pw.CharField(max_length=20, default="委员工作站")
    cppcc = pw.CharField(max_length=100, default="")  # 所属政协
    host_unit = pw.CharField(max_length=100, default="")  # 依托单位
    address = pw.CharField(max_length=200, default="")
    founded_on = pw.DateField(null=True)
    convener = pw.CharField(max_length=50, default="")
    liaison = pw.CharField(max_length=50, default="")
    phone = pw.CharField(max_length=30, default="")
    reception_note = pw.TextField(default="")  # 接待日规则 as shown on the wall
    annual_target = pw.TextField(default="")  # 年度履职指标, free text
    fonds_no = pw.CharField(max_length=30, default="")  # 全宗号 on archive stamps
    mediation_org = pw.CharField(max_length=100, default="")  # 人民调解组织 the station mediates under
    own = pw.BooleanField(default=False)  # this database's station (exactly one: id 1)
    public_key = pw.TextField(default="")  # a registered station's Ed25519 signing key (base64)
    fingerprint = pw.CharField(max_length=64, default="")  # the key as people read it out
    registered_at = pw.DateTimeField(null=True)
    last_seq = pw.IntegerField(default=0)  # sequence number of the last package imported from it
    last_package_at = pw.DateTimeField(null=True)

    @classmethod
    def own_row(cls) -> Station | None:
        """This database's own station (None only before the schema has it)."""
        return cls.get_or_none(cls.id == OWN_STATION_ID)

    @classmethod
    def name_own(cls, **values) -> Station:
        """Fill the own station's fields (the first-run set-up, the demo, tests)."""
        cls.update(**values).where(cls.id == OWN_STATION_ID).execute()
        return cls.own_row()


def own_station_field():
    """The owning station of a record: the own station unless the record came in a package."""
    return pw.ForeignKeyField(Station, default=OWN_STATION_ID, backref="+", on_delete="RESTRICT",
                              constraints=[pw.SQL(f"DEFAULT {OWN_STATION_ID}")])


class Owned(Record):
    """A record that belongs to a station (its own unless imported); unique keys are per station."""

    station = own_station_field()


class Lookup(Owned):
    """An editable lookup value (界别, 诉求类别, 纠纷类型 …) grouped by kind."""

    kind = pw.CharField(max_length=30, index=True)
    name = pw.CharField(max_length=50)
    sort_order = pw.IntegerField(default=0)
    note = pw.CharField(max_length=200, default="")
    active = pw.BooleanField(default=True)

    class Meta:
        indexes = ((("station", "kind", "name"), True),)


class TopicGrade(Owned):
    """成果分类: letter, short name and meaning — editable."""

    code = pw.CharField(max_length=4)
    name = pw.CharField(max_length=30)
    meaning = pw.CharField(max_length=200, default="")
    sort_order = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("station", "code"), True),)


class Member(Owned):
    """委员."""

    name = pw.CharField(max_length=50, index=True)
    gender = pw.CharField(max_length=2, default="")
    ethnicity = pw.CharField(max_length=20, default="汉族")
    birth_month = pw.DateField(null=True)  # day is always 1
    sector = pw.CharField(max_length=50, default="", index=True)
    level = pw.CharField(max_length=10, default="县区")
    term = pw.CharField(max_length=20, default="")  # 届次
    party = pw.CharField(max_length=30, default="")  # 党派
    employer = pw.CharField(max_length=200, default="")  # 工作单位及职务
    expertise = pw.CharField(max_length=200, default="")
    phone = pw.CharField(max_length=30, default="")
    role = pw.CharField(max_length=10, default="驻室委员")
    status = pw.CharField(max_length=4, default="在册", index=True)
    joined_on = pw.DateField(null=True)
    note = pw.TextField(default="")


class WorkTeam(Owned):
    """工作专班."""

    name = pw.CharField(max_length=50)
    leader = pw.ForeignKeyField(Member, null=True, on_delete="SET NULL", backref="led_teams")
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("station", "name"), True),)


class TeamMember(ChildRow):
    team = pw.ForeignKeyField(WorkTeam, backref="memberships", on_delete="CASCADE")
    member = pw.ForeignKeyField(Member, backref="team_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("team", "member"), True),)


class ReceptionRule(Owned):
    """接待日规则: how duty sessions recur."""

    name = pw.CharField(max_length=50, default="接待日")
    kind = pw.CharField(max_length=20, default="weekly")  # see choices.RULE_KINDS
    weekdays = JSONField(default=list)  # weekly: [4] = Friday (0 = Monday)
    month_days = JSONField(default=list)  # monthly_dates: [10, 20]
    nth = pw.IntegerField(null=True)  # nth_weekday: 1..5, -1 = last
    nth_weekday = pw.IntegerField(null=True)
    half = pw.CharField(max_length=4, default="上午")
    members_per_session = pw.IntegerField(default=2)
    location = pw.CharField(max_length=100, default="")
    shift_on_holiday = pw.BooleanField(default=True)  # 顺延 to the next workday
    active = pw.BooleanField(default=True)
    valid_from = pw.DateField(null=True)
    valid_to = pw.DateField(null=True)


class MemberUnavailable(ChildRow):
    """A member's dates off (出差、病假) that roster generation respects."""

    member = pw.ForeignKeyField(Member, backref="unavailable", on_delete="CASCADE")
    start = pw.DateField()
    end = pw.DateField()
    reason = pw.CharField(max_length=100, default="")


class Quota(Owned):
    """年度履职指标: a metric that each member should reach per period."""

    key = pw.CharField(max_length=40)
    label = pw.CharField(max_length=50)
    metric = pw.CharField(max_length=40)
    period = pw.CharField(max_length=10, default="year")  # month / quarter / year
    target = pw.FloatField(default=1)
    active = pw.BooleanField(default=True)

    class Meta:
        indexes = ((("station", "key"), True),)


class PointRule(Owned):
    """积分规则: points per unit of a metric."""

    metric = pw.CharField(max_length=40)
    label = pw.CharField(max_length=50)
    points = pw.FloatField(default=1)

    class Meta:
        indexes = ((("station", "metric"), True),)


class HolidayOverride(Record):
    """A user-entered or imported holiday / adjusted workday (调休) that beats the packaged calendar."""

    date = pw.DateField(unique=True)
    is_workday = pw.BooleanField(default=False)
    name = pw.CharField(max_length=30, default="")


class CaseCounter(BaseModel):
    """Per-year sequence for case numbers; never decremented, so numbers are never reused."""

    station = own_station_field()
    kind = pw.CharField(max_length=20)
    year = pw.IntegerField()
    last = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("station", "kind", "year"), True),)


class ItemNumber(BaseModel):
    """件号 / 登记编号 / 卷号: a record's number within its year and kind, assigned once and kept.

    *key* names what is numbered: a record's uuid, or e.g. "2026-03" for a month's roster sheet or
    "<member uuid>" for a member's year file. Numbers come from CaseCounter (kind "item:<kind>"), so a
    deleted record's number is never given again and back-filled records never move earlier ones.
    """

    station = own_station_field()
    kind = pw.CharField(max_length=20)
    year = pw.IntegerField()
    key = pw.CharField(max_length=40)
    seq = pw.IntegerField()
    # as on Record (store/sync.py); the change counter is change_seq everywhere, since *seq* is taken here
    revision = pw.IntegerField(default=1, constraints=[pw.SQL("DEFAULT 1")])
    change_seq = pw.IntegerField(default=0, constraints=[pw.SQL("DEFAULT 0")])

    class Meta:
        indexes = ((("station", "kind", "year", "key"), True), (("station", "kind", "year", "seq"), True),
                   (("kind", "key"), False))


class Setting(BaseModel):
    """A station-wide setting stored in the database (archiving rules, a year's report texts …)."""

    key = pw.CharField(max_length=80, unique=True)
    value = JSONField(null=True)


class User(Record):
    username = pw.CharField(max_length=40, unique=True)
    display_name = pw.CharField(max_length=50, default="")
    role = pw.CharField(max_length=10, default="录入员")
    password_hash = pw.CharField(max_length=255)
    active = pw.BooleanField(default=True)
    last_login = pw.DateTimeField(null=True)
    failed_logins = pw.IntegerField(default=0)  # wrong passwords in a row (reset by a correct one)
    locked_until = pw.DateTimeField(null=True)  # no password is checked before this time


class AuditLog(BaseModel):
    """Every change: who, when, what, before/after."""

    at = pw.DateTimeField(default=now, index=True)
    username = pw.CharField(max_length=40, default="")
    action = pw.CharField(max_length=20)  # create / update / delete / restore / convert / login …
    table = pw.CharField(max_length=40, index=True)
    record_id = pw.IntegerField(null=True)
    record_uuid = pw.CharField(max_length=36, null=True, index=True)
    before = JSONField(null=True)
    after = JSONField(null=True)
    note = pw.CharField(max_length=200, default="")
    chain = pw.CharField(max_length=64, null=True)  # hash chain over the log (store/audit_chain.py)

    def save(self, *args, **kwargs):
        new = self._pk is None or kwargs.get("force_insert")
        result = super().save(*args, **kwargs)
        if new:
            audit_chain.seal_from(self._meta.database, self.id)
        return result
