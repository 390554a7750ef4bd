"""The `proposals` and `referrals` blocks of the period statistics (aggregate SQL, as services/stats.py).

Referrals follow the shared semantics (services/referral_figures.py): an item counts in the period it was
交办 (one not yet handed on: the day it was entered); **on time** = replied_on ≤ due_on; **overdue** = not
replied and due_on before the day the figures are read (the period's end for a past period); items whose
source record is in the recycle bin count nowhere. on_time_rate = on time / (replied + overdue): the items
whose outcome is known — one still within its limit counts neither way. median_days = the median of
replied_on − assigned_on over the replied items.
"""

from __future__ import annotations

import datetime as dt

from station_app.services.referral_figures import alive_sql
from station_app.services.station_scope import sql as _st
from station_app.store import dialect
from station_app.store.base import database_proxy

SATISFIED = ("满意", "基本满意")
UNNAMED = "未填"


def _rows(sql: str, params=()) -> list[tuple]:
    return database_proxy.execute_sql(sql, params).fetchall()


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def proposals(start: dt.date, end: dt.date, station: int | None = None) -> dict:
    """Proposals submitted in the period: 立案, 重点, answered, the member satisfied, by 答复类别."""
    p = (start.isoformat(), end.isoformat())
    where = "FROM proposal WHERE deleted = FALSE AND submitted_on BETWEEN ? AND ?" + _st(station)
    count, filed, key, replied, satisfied = _rows(
        "SELECT COUNT(*), COALESCE(SUM(filing = '立案'), 0), COALESCE(SUM(is_key), 0),"
        " COALESCE(SUM(replied_on IS NOT NULL), 0),"
        f" COALESCE(SUM(member_opinion IN {SATISFIED}), 0) {where}", p)[0]
    by_class = {r[0]: 0 for r in _rows(f"SELECT code FROM reply_class WHERE deleted = FALSE{_st(station)}"
                                       " GROUP BY code ORDER BY MIN(sort_order), code")}
    for code, n in _rows(f"SELECT reply_class, COUNT(*) {where} AND reply_class != '' GROUP BY reply_class", p):
        by_class[code] = by_class.get(code, 0) + n
    return {"count": count, "filed": int(filed), "key": int(key), "replied": int(replied),
            "satisfied": int(satisfied), "by_reply_class": by_class}


# one row per department: count, replied, on time, overdue, fed back
def _referral_sql() -> str:
    return f"""SELECT department, COUNT(*), COALESCE(SUM(replied_on IS NOT NULL), 0),
    COALESCE(SUM(replied_on IS NOT NULL AND due_on IS NOT NULL AND replied_on <= due_on), 0),
    COALESCE(SUM(replied_on IS NULL AND due_on IS NOT NULL AND due_on < :as_of), 0),
    COALESCE(SUM(fed_back_on IS NOT NULL), 0)
    FROM referral r WHERE {alive_sql("r")}{{st}} AND COALESCE(assigned_on, {dialect.sql_day_of("created_at")})
    BETWEEN :start AND :end GROUP BY department ORDER BY department"""


# the median of the days from 交办 to 答复 per department, by the middle one (or two) of its ordered items
def _median_sql() -> str:
    return f"""WITH d AS (
    SELECT department, {dialect.sql_days_between("replied_on", "assigned_on")} AS days FROM referral r
     WHERE {alive_sql("r")}{{st}} AND assigned_on IS NOT NULL AND replied_on IS NOT NULL
       AND COALESCE(assigned_on, {dialect.sql_day_of("created_at")}) BETWEEN :start AND :end),
  o AS (SELECT department, days, ROW_NUMBER() OVER (PARTITION BY department ORDER BY days) AS n,
               COUNT(*) OVER (PARTITION BY department) AS c FROM d)
SELECT department, AVG(days) FROM o WHERE n IN ((c + 1) / 2, (c + 2) / 2) GROUP BY department"""


_CARRIED_SQL = f"""SELECT COUNT(*) FROM referral r WHERE {alive_sql("r")}{{st}} AND assigned_on < :start
    AND (replied_on IS NULL OR replied_on >= :start)"""


def _named(sql: str, values: dict) -> list[tuple]:
    return _rows(*dialect.bind(sql, values))


def department_medians(start: dt.date, end: dt.date, station: int | None = None) -> dict[str, float | None]:
    """Department (未填 for none) -> the median days from 交办 to 答复 of its items of the period."""
    rows = _named(_median_sql().format(st=_st(station, "r")), {"start": start.isoformat(), "end": end.isoformat()})
    return {dept or UNNAMED: None if days is None else round(float(days), 1) for dept, days in rows}


def referrals(start: dt.date, end: dt.date, today: dt.date | None = None, station: int | None = None) -> dict:
    as_of = min(today or dt.date.today(), end)
    p = {"start": start.isoformat(), "end": end.isoformat(), "as_of": as_of.isoformat()}
    st = _st(station, "r")
    medians = {dept: days for dept, days in _named(_median_sql().format(st=st), p)}
    by_dept, totals = {}, [0, 0, 0, 0, 0]
    for dept, count, replied, on_time, overdue, fed_back in _named(_referral_sql().format(st=st), p):
        values = (count, int(replied), int(on_time), int(overdue), int(fed_back))
        totals = [a + b for a, b in zip(totals, values)]
        median = medians.get(dept)
        by_dept[dept or UNNAMED] = {
            "count": count, "replied": values[1], "on_time": values[2], "overdue": values[3],
            "on_time_rate": _rate(values[2], values[1] + values[3]),
            "median_days": None if median is None else round(float(median), 1)}
    count, replied, on_time, overdue, fed_back = totals
    carried = _named(_CARRIED_SQL.format(st=st), p)[0][0]
    return {"count": count, "replied": replied, "on_time": on_time, "overdue": overdue, "fed_back": fed_back,
            "on_time_rate": _rate(on_time, replied + overdue), "carried_over": carried,
            "by_department": by_dept}
