"""人民调解工作统计: a period's mediation figures per month of acceptance (one grouped SQL query)."""

from __future__ import annotations

import datetime as dt

from station_app.services.stats import PREVENTED, PREVENTED_SQL, SUCCESS
from station_app.store import dialect
from station_app.store.base import database_proxy

FAILED = ("调解不成功", "终止调解")
# figure keys of a month row, in ledger order; accepted = succeeded + failed + referred + open
FIGURES = ("accepted", "succeeded", "failed", "referred", "open", "people", "agreement_amount",
           *(f"{key}_{part}" for key, _c in PREVENTED for part in ("cases", "people")))


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out, (y, m) = [], (start.year, start.month)
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_label(year: int, month: int, start: dt.date, end: dt.date) -> str:
    """"3月" within one year; "2026年3月" when the period spans years."""
    return f"{month}月" if start.year == end.year else f"{year}年{month}月"


def monthly(start: dt.date, end: dt.date, station: int | None = None) -> list[dict]:
    """One row per calendar month of [start, end] (zeros included): cases accepted that month, by result,
    people involved, 协议涉及金额 and the prevented cases/people — the same rules as stats.disputes."""
    failed = ", ".join(f"'{r}'" for r in FAILED)
    sql = (
        f"SELECT {dialect.sql_year_month('accepted_on')}, COUNT(*), COALESCE(SUM(result = ?), 0),"
        f" COALESCE(SUM(result IN ({failed})), 0), COALESCE(SUM(result = ''), 0),"
        f" COALESCE(SUM(people_count), 0), COALESCE(SUM(agreement_amount), 0), {PREVENTED_SQL}"
        " FROM dispute WHERE deleted = FALSE AND accepted_on BETWEEN ? AND ?"
        + ("" if station is None else f" AND station_id = {int(station)}") + " GROUP BY 1")
    found = {}
    for month, cases, ok, bad, still, people, agreed, *prevented in database_proxy.execute_sql(
            sql, (SUCCESS, start.isoformat(), end.isoformat())).fetchall():
        row = {"accepted": cases, "succeeded": int(ok), "failed": int(bad), "open": int(still),
               "referred": cases - int(ok) - int(bad) - int(still), "people": int(people),
               "agreement_amount": round(float(agreed), 2)}
        for i, (key, _c) in enumerate(PREVENTED):
            row[f"{key}_cases"], row[f"{key}_people"] = int(prevented[2 * i]), int(prevented[2 * i + 1])
        found[month] = row
    out = []
    for y, m in _months(start, end):
        row = found.get(f"{y:04d}-{m:02d}") or dict.fromkeys(FIGURES, 0)
        out.append({"year": y, "month": m, "label": month_label(y, m, start, end), **row})
    return out


def total(rows: list[dict]) -> dict:
    """The rows added up (what the ledger's 合计 row and stats.disputes show for the period)."""
    out = {key: sum(r[key] for r in rows) for key in FIGURES}
    out["agreement_amount"] = round(out["agreement_amount"], 2)
    return out

