"""Per-station figures at the county: `stats --by-station`, the 工作站对比 table and the members of all stations ranked.

A station's block is exactly what `stats` computes for that station alone (services/stats.py with its
station id), so a county's block for a station equals the station's own `stats --json`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.services import performance, station_scope, stats


def by_station(start: dt.date, end: dt.date, *, today: dt.date | None = None) -> dict:
    """{"period", "stations": [{"station": {id, name, own}, "figures": <stats block>}], "total": <stats block>}.

    The total is the blocks added up (rates recomputed, the referral medians read once for all), which
    equals `stats.compute` of all stations (tests/test_station_stats.py) at half the cost on a county."""
    refs = station_scope.with_records()
    blocks = [{"station": {"id": ref.id, "name": ref.name, "own": ref.own},
               "figures": stats.compute(start, end, today=today, station=ref.id)} for ref in refs]
    # with_records leaves out only an own station that logs nothing: the blocks cover every record
    total = total_of([b["figures"] for b in blocks], start, end) if blocks else stats.compute(start, end, today=today)
    return {"period": {"from": start.isoformat(), "to": end.isoformat()}, "stations": blocks, "total": total}


def _add(into: dict, block: dict) -> None:
    for key, value in block.items():
        if isinstance(value, dict):
            _add(into.setdefault(key, {}), value)
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or value is None:
            into.setdefault(key, value)
        else:
            have = into.get(key) or 0  # None: a median or a figure the first block lacked
            into[key] = round(have + value, 2) if isinstance(value, float) else have + value


def total_of(blocks: list[dict], start: dt.date, end: dt.date) -> dict:
    """The stats block of all stations from the stations' blocks: counts added, rates and medians anew."""
    from station_app.services import proposal_stats

    total: dict = {}
    for block in blocks:
        _add(total, block)
    total["period"] = dict(blocks[0]["period"])
    d, t, r = total["disputes"], total["topics"], total["referrals"]
    d["success_rate"] = _rate(d["succeeded"], d["cases"])
    t["conversion_rate"] = _rate(t["converted"], t["concluded"])
    r["on_time_rate"] = _rate(r["on_time"], r["replied"] + r["overdue"])
    medians = proposal_stats.department_medians(start, end)
    for dept, figures in r["by_department"].items():
        figures["on_time_rate"] = _rate(figures["on_time"], figures["replied"] + figures["overdue"])
        figures["median_days"] = medians.get(dept)
    r["by_department"] = dict(sorted(r["by_department"].items()))
    return total


@dataclass
class StationRow:
    """One row of the 工作站对比 table."""

    station_id: int
    name: str
    own: bool
    people: int  # 接待人次
    visits: int
    disputes: int
    succeeded: int
    success_rate: float
    activities: int
    topics_concluded: int
    topics_converted: int
    conversion_rate: float
    opinions: int
    opinions_adopted: int
    members: int  # active members judged against the station's 指标
    members_met: int  # of them, those meeting every quota
    quota_rate: float  # 指标达成: members_met / members
    last_seq: int
    last_package_at: dt.datetime | None


@dataclass
class RankedMember:
    rank: int
    name: str
    station: str
    sector: str
    role: str
    points: float
    visits: int
    people_contacted: int
    mediations: int
    activities: int
    below_quota: list[str]  # why the member falls short of the station's 指标 (empty: met)


@dataclass
class Comparison:
    rows: list[StationRow]
    members: list[RankedMember]


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _at(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def ranked_members(start: dt.date, end: dt.date, *, today: dt.date | None = None, gathered=None) -> list:
    """MemberFigures of every station's members, each judged by its own station's 指标 and 积分, ranked
    together (the 统计 page's ranking for 全部工作站 at a county)."""
    return performance.member_figures(start, end, today=today, gathered=gathered)  # each by its station's rules


def comparison(start: dt.date, end: dt.date, *, today: dt.date | None = None, cancel=None) -> Comparison:
    """Stations × figures for [start, end] and every station's members ranked by points, with their station."""
    gathered = performance.gather_all(start, end)
    rows, ranked = [], []
    for ref in station_scope.with_records():
        if cancel and cancel():
            break
        sid = ref.id
        r = stats.reception(start, end, sid)
        d = stats.disputes(start, end, today, sid)
        a = stats.activities(start, end, sid)
        t = stats.topics(start, end, sid)
        o = stats.opinions(start, end, sid)
        figures = performance.member_figures(start, end, today=today, station=sid, gathered=gathered)
        met = sum(1 for f in figures if f.quotas and not f.below_quota)
        judged = sum(1 for f in figures if f.quotas)
        rows.append(StationRow(
            sid, ref.name, ref.own, r["people"], r["visits"], d["cases"], d["succeeded"], d["success_rate"],
            a["count"], t["concluded"], t["converted"], t["conversion_rate"], o["count"], o["adopted"],
            judged, met, _rate(met, judged), ref.last_seq, _at(ref.last_package_at)))
        ranked += [RankedMember(0, f.name, ref.name, f.sector, f.role, f.points, f.visits, f.people_contacted,
                                f.mediations, f.activities, list(f.below_quota)) for f in figures]
    ranked.sort(key=lambda m: (-m.points, m.station, m.name))
    for i, m in enumerate(ranked):
        m.rank = ranked[i - 1].rank if i and ranked[i - 1].points == m.points else i + 1
    return Comparison(rows, ranked)
