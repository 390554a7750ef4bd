"""Period statistics (年度工作统计): one aggregate SQL query per figure, never a loop over records."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from station_app.services.performance import member_figures as figures
from station_app.services.station_scope import sql as _st
from station_app.store import dialect
from station_app.store.base import database_proxy
from station_app.store.choices import DISPUTE_RESULTS

SUCCESS = "调解成功"
IN_PROGRESS = "调解中"  # by_result key of the cases with no 调解结果 yet
PREVENTED = (("criminal", "criminal"), ("mass_petition", "petition"), ("suicide", "suicide"))  # key, column part
PREVENTED_SQL = ", ".join(f"COALESCE(SUM(prevented_{c}_cases), 0), COALESCE(SUM(prevented_{c}_people), 0)"
                          for _key, c in PREVENTED)
CLOSED_VISIT_STATES = ("已办结", "已回访")
NOT_ADOPTED = "未采用"


def opinion_day() -> str:
    """An opinion's date in SQL: submitted_on, else the day it was entered."""
    return f"COALESCE(submitted_on, {dialect.sql_day_of('created_at')})"


def _rows(sql: str, params=()) -> list[tuple]:
    return database_proxy.execute_sql(sql, params).fetchall()


def _one(sql: str, params=()) -> tuple:
    return database_proxy.execute_sql(sql, params).fetchone()


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _lookup_names(kind: str, station: int | None = None) -> list[str]:
    """The active names of a lookup list: one station's, or every station's (each name once) for all."""
    return [r[0] for r in _rows(
        "SELECT name FROM lookup WHERE kind = ? AND deleted = FALSE AND active = TRUE" + _st(station) +
        " GROUP BY name ORDER BY MIN(sort_order), MIN(id)", (kind,))]


def _breakdown(sql: str, params, seed: list[str] | None = None) -> dict[str, int]:
    """Counts grouped by a label; *seed* lists the labels shown even when zero, in order."""
    out = {name: 0 for name in (seed or [])}
    for label, count in _rows(sql, params):
        key = label if label else "未填"
        out[key] = out.get(key, 0) + int(count)
    return out


def _iso(d: dt.date) -> str:
    return d.isoformat()


def members(station: int | None = None) -> dict:
    by_sector = _breakdown(
        "SELECT m.sector, COUNT(*) FROM member m LEFT JOIN lookup l ON l.kind = 'sector' AND l.name = m.sector"
        " AND l.station_id = m.station_id"
        f" WHERE m.deleted = FALSE AND m.status = '在册'{_st(station, 'm')} GROUP BY m.sector"
        " ORDER BY MIN(COALESCE(l.sort_order, 999)), m.sector", ())
    return {"active": sum(by_sector.values()), "by_sector": by_sector}


def duty(start: dt.date, end: dt.date, station: int | None = None) -> dict:
    p, st = (_iso(start), _iso(end)), _st(station, "s")
    slots, held, cancelled = _one(
        "SELECT COUNT(*), COALESCE(SUM(state = '已完成'), 0), COALESCE(SUM(state = '取消'), 0)"
        f" FROM duty_slot s WHERE deleted = FALSE AND date BETWEEN ? AND ?{st}", p)
    swaps = _one("SELECT COUNT(*) FROM swap w JOIN duty_slot s ON s.id = w.slot_id"
                 f" WHERE s.deleted = FALSE AND s.date BETWEEN ? AND ?{st}", p)[0]
    shifts = _one("SELECT COUNT(*) FROM duty_member dm JOIN duty_slot s ON s.id = dm.slot_id"
                  f" WHERE s.deleted = FALSE AND s.state = '已完成' AND s.date BETWEEN ? AND ?{st}"
                  " AND (dm.present = TRUE OR (dm.present IS NULL AND dm.active = TRUE))", p)[0]
    return {"slots": slots, "held": held, "cancelled": cancelled, "swaps": swaps, "member_shifts": shifts}


def reception(start: dt.date, end: dt.date, station: int | None = None) -> dict:
    p, st = (_iso(start), _iso(end)), _st(station)
    days = _one(f"SELECT COUNT(*) FROM reception_day WHERE deleted = FALSE AND date BETWEEN ? AND ?{st}", p)[0]
    by_category = {name: 0 for name in _lookup_names("visit_category", station)}
    by_handling = {name: 0 for name in _lookup_names("handling", station)}
    visits = people = closed = followed = 0
    for category, handling, n, ppl, done, back in _rows(  # one pass: ≤ categories × handlings rows
            "SELECT category, handling, COUNT(*), COALESCE(SUM(people_count), 0),"
            f" COALESCE(SUM(status IN {CLOSED_VISIT_STATES}), 0),"
            " COALESCE(SUM(status = '已回访' OR followup_date IS NOT NULL), 0)"
            f" FROM visit WHERE deleted = FALSE AND visit_date BETWEEN ? AND ?{st} GROUP BY category, handling", p):
        visits, people, closed, followed = visits + n, people + int(ppl), closed + int(done), followed + int(back)
        by_category[category or "未填"] = by_category.get(category or "未填", 0) + n
        by_handling[handling or "未填"] = by_handling.get(handling or "未填", 0) + n
    return {"days": days, "visits": visits, "people": people, "by_category": by_category,
            "by_handling": by_handling, "closed": closed, "followed_up": followed}


def overdue_count(start: dt.date, end: dt.date, as_of: dt.date, station: int | None = None) -> int:
    """Cases accepted in the period, still open on *as_of*, whose one-month deadline has passed."""
    rows = _rows(
        f"SELECT accepted_on, COUNT(*) FROM dispute WHERE deleted = FALSE AND accepted_on BETWEEN ? AND ?{_st(station)}"
        " AND ((closed_on IS NULL AND result = '') OR closed_on > ?) GROUP BY accepted_on",
        (_iso(start), _iso(end), _iso(as_of)))
    total = 0
    for accepted, count in rows:  # one row per distinct date (≤ 366 a year)
        accepted = accepted if isinstance(accepted, dt.date) else dt.date.fromisoformat(str(accepted)[:10])
        if accepted + relativedelta(months=1) < as_of:
            total += count
    return total


def disputes(start: dt.date, end: dt.date, today: dt.date | None = None, station: int | None = None) -> dict:
    """Cases accepted in the period. by_result keys the 调解结果 values, in-progress cases as 调解中;
    prevented: 防止民转刑 / 群体性上访 / 自杀 {cases, people} summed over the cases."""
    p = (_iso(start), _iso(end))
    where = "FROM dispute WHERE deleted = FALSE AND accepted_on BETWEEN ? AND ?" + _st(station)
    cases, succeeded, people, amount, agreed, *prevented = _one(
        f"SELECT COUNT(*), COALESCE(SUM(result = '{SUCCESS}'), 0), COALESCE(SUM(people_count), 0),"
        f" COALESCE(SUM(amount), 0), COALESCE(SUM(agreement_amount), 0), {PREVENTED_SQL} {where}", p)
    by_type = {name: 0 for name in _lookup_names("dispute_type", station)}
    by_result = {name: 0 for name in (*DISPUTE_RESULTS, IN_PROGRESS)}
    by_source = {name: 0 for name in _lookup_names("dispute_source", station)}
    for kind, result, source, n in _rows(  # one pass: ≤ types × results × sources rows
            f"SELECT dispute_type, result, source, COUNT(*) {where} GROUP BY dispute_type, result, source", p):
        for out, key in ((by_type, kind or "未填"), (by_result, result or IN_PROGRESS), (by_source, source or "未填")):
            out[key] = out.get(key, 0) + n
    as_of = min(today or dt.date.today(), end)
    return {
        "cases": cases, "succeeded": int(succeeded), "success_rate": _rate(int(succeeded), cases),
        "by_type": by_type, "by_result": by_result, "by_source": by_source,
        "people": int(people), "amount": round(float(amount), 2),
        "agreement_amount": round(float(agreed), 2),
        "prevented": {key: {"cases": int(prevented[2 * i]), "people": int(prevented[2 * i + 1])}
                      for i, (key, _c) in enumerate(PREVENTED)},
        "overdue": overdue_count(start, end, as_of, station),
    }


def activities(start: dt.date, end: dt.date, station: int | None = None) -> dict:
    p = (_iso(start), _iso(end))
    where = "FROM activity WHERE deleted = FALSE AND date BETWEEN ? AND ?" + _st(station)
    count, people = _one(f"SELECT COUNT(*), COALESCE(SUM(people_served), 0) {where}", p)
    return {"count": count, "people": int(people),
            "by_type": _breakdown(f"SELECT activity_type, COUNT(*) {where} GROUP BY activity_type", p,
                                  _lookup_names("activity_type", station))}


def topics(start: dt.date, end: dt.date, station: int | None = None) -> dict:
    p = (_iso(start), _iso(end))
    where = "FROM topic WHERE deleted = FALSE AND proposed_on BETWEEN ? AND ?" + _st(station)
    count, concluded, converted = _one(
        f"SELECT COUNT(*), COALESCE(SUM(concluded), 0), COALESCE(SUM(concluded AND converted), 0) {where}", p)
    grades = [r[0] for r in _rows(f"SELECT code FROM topic_grade WHERE deleted = FALSE{_st(station)}"
                                  " GROUP BY code ORDER BY MIN(sort_order), code")]
    by_grade = _breakdown(f"SELECT grade, COUNT(*) {where} AND concluded = TRUE AND grade != '' GROUP BY grade",
                          p, grades)
    return {"count": count, "concluded": int(concluded), "converted": int(converted),
            "conversion_rate": _rate(int(converted), int(concluded)), "by_grade": by_grade}


def opinions(start: dt.date, end: dt.date, station: int | None = None) -> dict:
    count, adopted = _one(
        f"SELECT COUNT(*), COALESCE(SUM(adoption != '{NOT_ADOPTED}' AND adoption != ''), 0) FROM opinion"
        f" WHERE deleted = FALSE AND {opinion_day()} BETWEEN ? AND ?{_st(station)}", (_iso(start), _iso(end)))
    return {"count": count, "adopted": int(adopted)}


def compute(start: dt.date, end: dt.date, *, today: dt.date | None = None, station: int | None = None) -> dict:
    """The period's figures in the `stats --json` shape (only records not in the recycle bin), of one
    station (*station*: its id) or of every station the database holds (None)."""
    from station_app.services import proposal_stats

    return {
        "period": {"from": _iso(start), "to": _iso(end)},
        "members": members(station),
        "duty": duty(start, end, station),
        "reception": reception(start, end, station),
        "disputes": disputes(start, end, today, station),
        "activities": activities(start, end, station),
        "topics": topics(start, end, station),
        "opinions": opinions(start, end, station),
        "proposals": proposal_stats.proposals(start, end, station),
        "referrals": proposal_stats.referrals(start, end, today, station),
    }


def monthly_counts(year: int, station: int | None = None) -> dict:
    """Per-month visits, people received, dispute cases and activities of *year* (for charts)."""
    st = _st(station)
    p = (f"{year}-01-01", f"{year}-12-31")
    out = {"year": year, "months": list(range(1, 13)),
           "visits": [0] * 12, "people": [0] * 12, "disputes": [0] * 12, "activities": [0] * 12}
    queries = (
        (("visits", "people"), (f"SELECT {dialect.sql_month('visit_date')}, COUNT(*),"
         " COALESCE(SUM(people_count), 0) FROM visit WHERE deleted = FALSE AND visit_date BETWEEN ? AND ?" + st
         + " GROUP BY 1")),
        (("disputes",), (f"SELECT {dialect.sql_month('accepted_on')}, COUNT(*) FROM dispute"
         " WHERE deleted = FALSE AND accepted_on BETWEEN ? AND ?" + st + " GROUP BY 1")),
        (("activities",), (f"SELECT {dialect.sql_month('date')}, COUNT(*) FROM activity"
         " WHERE deleted = FALSE AND date BETWEEN ? AND ?" + st + " GROUP BY 1")),
    )
    for keys, sql in queries:
        for month, *values in _rows(sql, p):
            for key, value in zip(keys, values):
                out[key][month - 1] = int(value)
    return out


def member_figures(start: dt.date, end: dt.date, **kw):
    """Per-member figures, points, rank and quota status (see services.performance)."""
    return figures(start, end, **kw)
