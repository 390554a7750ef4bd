"""The county demo as a real multi-station database: the county's own station plus one registered station per town.

The generator writes each town's year as the own station's (the bulk path's default), then `claim` moves
what that town wrote — its records, 登记编号 and number counters — to the town's registered Station row, so
the next town numbers its cases from 001 again, as real stations do. Each registered station also gets a
copy of the standard lists (lookups, 成果分类, 答复类别, 指标, 积分) as its package would bring them.
"""

from __future__ import annotations

import datetime as dt
import random

from station_app.store import dialect
from station_app.store.base import database_proxy, new_uuid, now
from station_app.store.org import OWN_STATION_ID, Owned, Station

COUNTY_OFFICE = "{county}政协委员联络委"
SEEDED = ("lookup", "topic_grade", "reply_class", "quota", "point_rule", "reception_rule")  # lists every station has


def _owned_tables() -> list[str]:
    from station_app.store.models import ALL_MODELS

    return [m._meta.table_name for m in ALL_MODELS if issubclass(m, Owned)]


def _max_ids() -> dict[str, int]:
    return {t: database_proxy.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{t}"').fetchone()[0]
            for t in _owned_tables() + ["item_number"]}


class Marks:
    """The highest id of every station-owned table when a town's year begins."""

    def __init__(self):
        self.ids = _max_ids()


def register(rng: random.Random, town: str, county: str, year: int, last: dt.date, kind: str) -> int:
    """A registered station for *town*, as the county has it after its packages; returns its id."""
    behind = rng.choice((0, 0, 0, 0, 1, 1, 2))  # months of packages not yet received
    month = max(1, (last.month if last.year == year else 12) - behind)
    packages = month
    received = dt.datetime.combine(min(last - dt.timedelta(days=31 * behind), dt.date(year, 12, 31))
                                   - dt.timedelta(days=rng.randint(0, 20)),
                                   dt.time(rng.randint(8, 17), rng.randint(0, 59)))
    station = Station.create(
        name=f"{town}镇{kind}", kind=kind, cppcc=f"{county}政协", host_unit=f"{town}镇人民政府",
        mediation_org=f"{town}镇人民调解委员会", own=False,
        registered_at=dt.datetime(year, 1, rng.randint(5, 25), 9, 30), last_seq=packages,
        last_package_at=received, fingerprint=" ".join(f"{rng.randrange(16 ** 4):04X}" for _ in range(4)))
    return station.id


def claim(station_id: int, marks: Marks) -> None:
    """Move everything the own station gained since *marks* (the town's year) to *station_id*."""
    sid = int(station_id)
    for table, top in marks.ids.items():
        if table in SEEDED:
            continue
        database_proxy.execute_sql(
            f'UPDATE "{table}" SET station_id = ? WHERE station_id = ? AND id > ?', (sid, OWN_STATION_ID, top))
    database_proxy.execute_sql("UPDATE case_counter SET station_id = ? WHERE station_id = ?", (sid, OWN_STATION_ID))
    copy_lists(sid)


def copy_lists(station_id: int) -> None:
    """Give *station_id* its own copy of the own station's standard lists (what its package brings)."""
    stamp = now().isoformat(sep=" ")
    for table in SEEDED[:-1]:
        cols = [c.name for c in database_proxy.get_columns(table)
                if c.name not in ("id", "uuid", "station_id", "created_at", "updated_at", "revision", "change_seq")]
        rows = database_proxy.execute_sql(
            f'SELECT {", ".join(cols)} FROM "{table}" WHERE station_id = ? ORDER BY id', (OWN_STATION_ID,)).fetchall()
        if not rows:
            continue
        names = ", ".join(["uuid", "station_id", "created_at", "updated_at", *cols])
        marks = ", ".join("?" * (len(cols) + 4))
        database_proxy.cursor().executemany(
            dialect.marks(f'INSERT INTO "{table}" ({names}) VALUES ({marks})'),
            [(new_uuid(), station_id, stamp, stamp, *row) for row in rows])


def referrals_follow_sources() -> None:
    """交办 items the services added afterwards (referrals.backfill) belong to their source's station."""
    for kind in ("visit", "topic", "proposal", "opinion"):
        database_proxy.execute_sql(
            f"UPDATE referral SET station_id = (SELECT s.station_id FROM {kind} s WHERE s.id = referral.{kind}_id)"
            f" WHERE {kind}_id IS NOT NULL AND station_id != (SELECT s.station_id FROM {kind} s"
            f" WHERE s.id = referral.{kind}_id)")
