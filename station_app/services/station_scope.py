"""Which station a view covers: the stations a database holds, a name looked up, and the SQL that keeps one.

`None` everywhere means 全部工作站 (every station the database holds); an int is one station's id. The
station selector shows only when `is_multi()` — a station's own database has just itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_app.store.base import database_proxy
from station_app.store.org import OWN_STATION_ID

ALL = None  # 全部工作站


@dataclass(frozen=True)
class StationRef:
    id: int
    name: str
    own: bool
    last_seq: int = 0
    last_package_at: object = None  # datetime of the last package imported from it (registered stations)


def stations() -> list[StationRef]:
    """Every station of the database: the own one first, then the registered ones by name."""
    rows = database_proxy.execute_sql(
        "SELECT id, name, own, last_seq, last_package_at FROM station WHERE deleted = FALSE"
        " ORDER BY id != ?, name, id", (OWN_STATION_ID,)).fetchall()
    return [StationRef(int(i), name or "", bool(own), int(seq or 0), at) for i, name, own, seq, at in rows]


def with_records() -> list[StationRef]:
    """The stations worth a block of their own: registered ones, and the own station when it logs work."""
    out = []
    for ref in stations():
        if not ref.own or _own_has_work():
            out.append(ref)
    return out


def _own_has_work() -> bool:
    for table in ("visit", "dispute", "activity", "topic", "opinion", "member", "duty_slot", "reception_day",
                  "proposal", "referral"):
        if database_proxy.execute_sql(f'SELECT 1 FROM "{table}" WHERE station_id = ? AND deleted = FALSE LIMIT 1',
                                      (OWN_STATION_ID,)).fetchone():
            return True
    return False


def is_multi() -> bool:
    """Whether the database holds more than one station (the selector and the 工作站对比 page show)."""
    row = database_proxy.execute_sql("SELECT COUNT(*) FROM station WHERE deleted = FALSE").fetchone()
    return bool(row and row[0] > 1)


def by_name(name: str) -> StationRef | None:
    """The station called *name* (exactly, else the only one whose name contains it)."""
    name = (name or "").strip()
    every = stations()
    exact = [s for s in every if s.name == name]
    if exact:
        return exact[0]
    partial = [s for s in every if name and name in s.name]
    return partial[0] if len(partial) == 1 else None


def name_of(station: int | None) -> str:
    if station is None:
        return "全部工作站"
    row = database_proxy.execute_sql("SELECT name FROM station WHERE id = ?", (int(station),)).fetchone()
    return row[0] if row else ""


def names() -> dict[int, str]:
    """Station id -> name, for a 工作站 column."""
    return {s.id: s.name for s in stations()}


def sql(station: int | None, alias: str = "") -> str:
    """` AND <alias>.station_id = N`, or nothing for all stations (the id is an int, so it is safe inline)."""
    if station is None:
        return ""
    col = f"{alias}.station_id" if alias else "station_id"
    return f" AND {col} = {int(station)}"
