"""Store benchmark on the county-scale database: bulk build, statistics, opening, backup.

Usage: python benchmarks/bench_store.py [--quick] [--dir /tmp/station-bench] [--runs 3]
Every figure is printed beside a baseline measured in the same run, with the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import time
from pathlib import Path

from common import TODAY, YEAR, build_county, fresh, median_cpu, median_time, row

from station_app.services import bulk
from station_app.services.fields import KINDS
from station_app.store import backup, fts
from station_app.store.base import database_proxy
from station_app.store.db import close_database, open_database

REPLAY_RECORDS = 8000  # records replayed for the bulk/raw ratio (the first stations' calls)
COUNT_TABLES = ("member", "duty_slot", "reception_day", "visit", "dispute", "activity", "topic", "opinion")


def total_rows(db) -> int:
    tables = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
        "AND name NOT LIKE 'search%'").fetchall()]
    return sum(db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)


def replay_bulk(calls, path: Path) -> tuple[float, float, int]:
    """Every demo bulk_create call again, through the services bulk path (validate, stamp, audit, links)."""
    db = fresh(path)
    fts._drop_triggers(db)  # both replays measure inserting, not the search index
    start, cpu = time.perf_counter(), time.process_time()
    with database_proxy.atomic():
        for kind, rows, members, extra in calls:
            bulk.bulk_create(kind, rows, members, extra)
    return time.perf_counter() - start, time.process_time() - cpu, total_rows(db)


def replay_raw(calls, path: Path) -> tuple[float, float, int]:
    """The same rows, already cleaned, with a bare peewee insert_many (no validation, audit or stamps)."""
    db = fresh(path)
    fts._drop_triggers(db)
    prepared = []
    for kind, rows, members, extra in calls:
        cleaned = bulk.validate_rows(kind, rows)
        for values, more in zip(cleaned, extra or [{}] * len(cleaned)):
            values.update(more or {})
        prepared.append((KINDS[kind], cleaned, members))
    start, cpu = time.perf_counter(), time.process_time()
    with database_proxy.atomic():
        for kind, cleaned, members in prepared:
            batch = max(1, 30000 // (len(kind.model._meta.fields) + 1))
            ids = []
            for i in range(0, len(cleaned), batch):
                chunk = cleaned[i:i + batch]
                last = kind.model.insert_many(chunk).execute()
                ids.extend(range(last - len(chunk) + 1, last + 1))
            if members and kind.member_link:
                link, owner = kind.member_link
                links = [{owner: rid, "member": m}
                         for rid, ms in zip(ids, members) for m in dict.fromkeys(ms)]
                for i in range(0, len(links), 5000):
                    link.insert_many(links[i:i + 5000]).execute()
    return time.perf_counter() - start, time.process_time() - cpu, total_rows(db)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10 stations instead of 50, fewer runs")
    parser.add_argument("--dir", default="/tmp/station-bench", help="working folder (files are replaced)")
    parser.add_argument("--runs", type=int, default=None, help="runs per timed figure (median)")
    args = parser.parse_args()
    runs = args.runs or 3
    work = Path(args.dir)
    county = work / "county.db"

    runs_replay = 3
    calls: list = []
    cpu = time.process_time()
    build_s, figures = build_county(county, args.quick, recorder=calls)
    cpu = time.process_time() - cpu
    rows_in_calls = sum(len(c[1]) for c in calls)
    print(f"county demo database: {figures}")
    print(f"  demo.generate(scale=county): {build_s:.1f} s, "
          f"{total_rows(database_proxy.obj):,} rows in all tables, "
          f"{county.stat().st_size / 1e6:.0f} MB, CPU {cpu:.1f} s  (target < 60 s)")

    subset, taken = [], 0
    for call in calls:  # the first stations' calls, in order (their ids refer to each other)
        if taken >= REPLAY_RECORDS:
            break
        subset.append(call)
        taken += len(call[1])
    bulk_runs = [replay_bulk(subset, work / "replay-bulk.db") for _ in range(runs_replay)]
    raw_runs = [replay_raw(subset, work / "replay-raw.db") for _ in range(runs_replay)]
    bulk_s, bulk_cpu = (statistics.median(r[i] for r in bulk_runs) for i in (0, 1))
    raw_s, raw_cpu = (statistics.median(r[i] for r in raw_runs) for i in (0, 1))
    print(f"\n{taken:,} of the {rows_in_calls:,} records of the demo's bulk_create calls inserted again "
          f"(median of {runs_replay} runs):")
    print(row("services bulk path (validate+stamp+audit)", bulk_s, raw_s,
              "target ≤ 3×  [baseline: peewee insert_many]"))
    print(row("  the same in CPU time", bulk_cpu, raw_cpu, "target ≤ 3×"))
    print(f"  rows written: bulk {bulk_runs[0][2]:,} (incl. audit rows), raw {raw_runs[0][2]:,}")

    close_database()
    db = open_database(county)
    start, end = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)
    try:
        from station_app.services import stats
    except ImportError:  # pragma: no cover - stats lands with the core engineer
        stats = None
    print(f"\nmedian of {runs} runs:")
    def counts():
        for t in COUNT_TABLES:
            db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()

    count_s = median_time(counts, runs)
    if stats is not None:
        stats_s = median_time(lambda: stats.compute(start, end, today=TODAY), runs)
        stats_cpu = median_cpu(lambda: stats.compute(start, end, today=TODAY), runs)
        print(row(f"stats.compute({YEAR})", stats_s, count_s,
                  "target ≤ 0.3 s  [baseline: count(*) of 8 tables]", stats_cpu))

    close_database()

    def reopen():
        open_database(county)
        close_database()

    def bare():
        con = sqlite3.connect(county)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        con.close()

    print(row("open_database (probe, quick_check, search)", median_time(reopen, runs),
              median_time(bare, runs),
              "[baseline: sqlite3.connect + one query]"))

    db = open_database(county)
    folder = work / "backups"
    shutil.rmtree(folder, ignore_errors=True)

    def make():
        made = backup.make_backup(db, folder, label="bench")
        made.unlink()

    def copy():
        shutil.copyfile(county, work / "plain-copy.db")

    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    print(row("backup.make_backup (online, verified)", median_time(make, runs), median_time(copy, runs),
              "target ≤ 1 s  [baseline: plain file copy]"))
    (work / "plain-copy.db").unlink(missing_ok=True)
    close_database()


if __name__ == "__main__":
    main()
