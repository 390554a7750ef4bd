"""Export ledgers: one kind, the whole-year workbook (全年台账), or the records a list page shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import station_app.outputs.ledgers.engine as engine  # noqa: PLR0402  (not via the package: no cycle)
from station_app.outputs import CancelFn, Cancelled, ProgressFn, Ticker, atomic_path
from station_app.outputs.ledgers.kinds import RECORD_LEDGERS
from station_app.outputs.ledgers.kinds_proposals import FOLLOW_LEDGERS
from station_app.outputs.ledgers.loaders import covering, station_name
from station_app.outputs.ledgers.reports import MEDIATION, PERFORMANCE, SUMMARY
from station_app.outputs.ledgers.spec import Ledger, bound_columns, station_column
from station_app.services.privacy import allow_unmasked
from station_app.store.base import database_proxy
from station_app.store.models import Visit

LEDGERS: dict[str, Ledger] = {l.key: l for l in (*RECORD_LEDGERS, *FOLLOW_LEDGERS, PERFORMANCE, SUMMARY, MEDIATION)}
ALL_ORDER = ("members", "roster", "visits", "disputes", "activities", "topics", "opinions", "proposals", "referrals",
             "performance", "summary", "mediation")
LEDGER_KINDS: dict[str, str] = {**{k: LEDGERS[k].title for k in ALL_ORDER}, "all": "全年台账"}
# record kind (services.fields / list pages) -> ledger key
BY_RECORD_KIND = {"member": "members", "duty_slot": "roster", "visit": "visits", "dispute": "disputes",
                  "activity": "activities", "topic": "topics", "opinion": "opinions",
                  "proposal": "proposals", "referral": "referrals"}


def ledger_of(kind: str) -> Ledger:
    key = BY_RECORD_KIND.get(kind, kind)
    if key not in LEDGERS:
        names = "、".join(f"{k}（{v}）" for k, v in LEDGER_KINDS.items())
        raise ValueError(f"没有这种台账：“{kind}”。可选：{names}")
    return LEDGERS[key]


def period_text(start: dt.date, end: dt.date) -> str:
    if start.month == 1 and start.day == 1 and end == dt.date(start.year, 12, 31):
        return f"{start.year}年度"
    return f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"


def _write(path: Path, jobs, *, unmasked: bool, progress: ProgressFn, cancel: CancelFn,
           today: dt.date | None = None, station: int | None = None) -> Path:
    """jobs: [(ledger, start, end, ids, period)] rendered in order as the sheets of one workbook.

    *station*: one station's records only (its name in the titles); None: every station the database
    holds — and when that is several, the record ledgers get a 工作站 column first."""
    from station_app.services import station_scope

    if unmasked:  # full ID / phone numbers: administrators only, audited
        allow_unmasked(f"{'、'.join(job[0].title for job in jobs)} → {path}")
    names = station_scope.names() if station is None and station_scope.is_multi() else None
    with database_proxy.atomic(), covering(station):  # one consistent snapshot: counts match the rows streamed
        return _write_snapshot(path, jobs, unmasked=unmasked, progress=progress, cancel=cancel, today=today,
                               names=names)


def _columns(ledger: Ledger, unmasked: bool, names: dict[int, str] | None) -> list:
    """The ledger's columns, led by 工作站 when the export covers several stations (record ledgers: their
    rows carry the station)."""
    cols = bound_columns(ledger, unmasked)
    return [station_column(names), *cols] if names and ledger.importable else cols


def _write_snapshot(path: Path, jobs, *, unmasked, progress, cancel, today, names=None) -> Path:
    loaded = []
    for ledger, start, end, ids, period in jobs:
        if cancel and cancel():
            raise Cancelled()
        count, rows = ledger.load(start, end, ids)
        loaded.append((ledger, count, rows, period))
    ticker = Ticker(sum(c for _, c, _, _ in loaded) or 1, progress, cancel, every=200)
    filled = today or dt.date.today()
    station = station_name()
    with atomic_path(path) as tmp:
        wb, ids = engine.new_workbook()
        for ledger, count, rows, period in loaded:
            meta = engine.Meta(station, period, filled)
            engine.write_ledger(wb, ids, ledger, _columns(ledger, unmasked, names), rows, count, meta, ticker)
        ticker.check()
        wb.save(tmp)
    if progress:
        progress(ticker.total, ticker.total, "已完成")
    return Path(path)


def export_ledger(kind: str, path, *, start: dt.date, end: dt.date, unmasked: bool = False,
                  progress: ProgressFn = None, cancel: CancelFn = None, today: dt.date | None = None,
                  station: int | None = None) -> Path:
    """Write the ledger *kind* (or "all": every ledger as one workbook) for [start, end] to *path*
    (*station*: one station's records; None: every station's)."""
    if end < start:
        raise ValueError(f"截止日期 {end} 早于起始日期 {start}")
    keys = ALL_ORDER if kind == "all" else (ledger_of(kind).key,)
    period = period_text(start, end)
    as_of = today or dt.date.today()
    jobs = []
    for key in keys:
        ledger = LEDGERS[key]
        text = period if ledger.dated else f"截至{as_of.year}年{as_of.month}月{as_of.day}日"
        jobs.append((ledger, start, end, None, text))
    return _write(Path(path), jobs, unmasked=unmasked, progress=progress, cancel=cancel, today=today,
                  station=station)


def export_rows(kind: str, ids: Sequence[int], path, *, start: dt.date | None = None, end: dt.date | None = None,
                unmasked: bool = False, progress: ProgressFn = None, cancel: CancelFn = None,
                station: int | None = None) -> Path:
    """"Export what is shown": the ledger of *kind* holding just the records *ids* (a list page's rows).

    kind "reception_day": *ids* are reception days; the visits registered on them are exported.
    """
    if kind == "reception_day":
        ids = [r[0] for r in Visit.alive(Visit.id).where(Visit.reception_day.in_(list(ids))).tuples()]
        kind = "visits"
    ledger = ledger_of(kind)
    today = dt.date.today()
    if start and end:
        period = period_text(start, end)
    else:
        period = f"所列{len(ids)}条记录，导出于{today.year}年{today.month}月{today.day}日"
    if not ledger.importable:  # computed ledgers need a period; ids pick members
        start = start or dt.date(today.year, 1, 1)
        end = end or dt.date(today.year, 12, 31)
    return _write(Path(path), [(ledger, start, end, list(ids), period)], unmasked=unmasked, progress=progress,
                  cancel=cancel, station=station)
