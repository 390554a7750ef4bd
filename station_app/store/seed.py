"""Seed a new database with the standard lookup lists, result grades, quotas and points rules."""

from __future__ import annotations

from station_app.store.choices import GRADE_SEEDS, LOOKUP_SEEDS, POINT_SEEDS, QUOTA_SEEDS, REPLY_CLASS_SEEDS
from station_app.store.org import OWN_STATION_ID, Lookup, PointRule, Quota, Station, TopicGrade
from station_app.store.proposals import ReplyClass


def own_station() -> None:
    """The database's own station row (id 1), empty until the first-run set-up names it."""
    if not Station.select().where(Station.id == OWN_STATION_ID).exists():
        Station.insert(id=OWN_STATION_ID, name="", own=True).execute()


def seed_defaults() -> None:
    """Insert whatever of the own station's standard lists is missing (idempotent)."""
    own = OWN_STATION_ID
    have = {(row.kind, row.name) for row in Lookup.select(Lookup.kind, Lookup.name).where(Lookup.station == own)}
    rows = [
        {"kind": kind, "name": name, "sort_order": i}
        for kind, (_label, names) in LOOKUP_SEEDS.items()
        for i, name in enumerate(names)
        if (kind, name) not in have
    ]
    if rows:
        for row in rows:
            Lookup.create(**row)
    if not TopicGrade.select().where(TopicGrade.station == own).exists():
        for i, (code, name, meaning) in enumerate(GRADE_SEEDS):
            TopicGrade.create(code=code, name=name, meaning=meaning, sort_order=i)
    if not ReplyClass.select().where(ReplyClass.station == own).exists():
        for i, (code, name, meaning) in enumerate(REPLY_CLASS_SEEDS):
            ReplyClass.create(code=code, name=name, meaning=meaning, sort_order=i)
    if not Quota.select().where(Quota.station == own).exists():
        for key, label, metric, period, target in QUOTA_SEEDS:
            Quota.create(key=key, label=label, metric=metric, period=period, target=target)
    if not PointRule.select().where(PointRule.station == own).exists():
        for metric, label, points in POINT_SEEDS:
            PointRule.create(metric=metric, label=label, points=points)
