"""督办 benchmark on the county-scale database: the 督办 page's first rows and `station-app due`.

Usage: python benchmarks/bench_referrals.py [--quick] [--db /tmp/station-bench/county.db] [--runs 7]
The database is built first when it does not exist (bench_store.py leaves one behind) and reused after;
when it has no 交办 items yet (built before the 督办 list), they are backfilled from its handed-on records
once (timed). Baselines, measured in the same run: a bare SQL read of the same first 100 rows (page), and
the same program started for `--version` (the CLI, whose start-up dominates).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, TODAY, median_time, open_county, row

from station_app.services import listing, referrals
from station_app.store.base import database_proxy
from station_app.store.models import Referral

PAGE_SQL = ("SELECT * FROM referral WHERE deleted = 0 ORDER BY due_on, id LIMIT 100")


def first_rows(flt: listing.Filter) -> None:
    """What the 督办 page's model does when shown: one count, the first page with its computed columns."""
    listing.count("referral", flt)
    listing.fetch("referral", flt, limit=listing.PAGE)


def cli(*args: str, data_dir: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    subprocess.run([sys.executable, "-m", "station_app", "--data-dir", str(data_dir), *args], check=True,
                   capture_output=True, cwd=ROOT, env=env, timeout=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10 stations instead of 50, fewer runs")
    parser.add_argument("--db", default="/tmp/station-bench/county.db")
    parser.add_argument("--runs", type=int, default=None)
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 7)
    db_path = Path(args.db)
    open_county(db_path, args.quick)
    if not Referral.select().exists():
        start = time.perf_counter()
        made = referrals.backfill()
        database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"backfilled the 督办 list in {time.perf_counter() - start:.2f} s: {made}")
    total = Referral.select().count()
    late = referrals.alive().where(referrals.overdue_clause(TODAY)).count()
    print(f"{total:,} 交办 items ({late:,} overdue on {TODAY}); median of {runs} runs")

    base = median_time(lambda: database_proxy.execute_sql(PAGE_SQL).fetchall(), runs)
    for label, flt in (
        ("督办 page first rows (all items)", listing.Filter(today=TODAY)),
        ("督办 page first rows (本年, 逾期)", listing.Filter(start=TODAY.replace(month=1, day=1),
                                                          end=TODAY.replace(month=12, day=31), overdue=True,
                                                          today=TODAY)),
        ("督办 page first rows (one department, 办理中)", listing.Filter(department=referrals.departments_in_use()[0],
                                                                        status="办理中", today=TODAY)),
    ):
        first_rows(flt)  # warm the page cache once
        print(row(label, median_time(lambda flt=flt: first_rows(flt), runs), base, "target ≤ 150 ms"))

    groups = referrals.due_report(TODAY, 7)
    print(f"due report: {sum(len(g.overdue) for g in groups):,} overdue, {sum(len(g.due) for g in groups):,} due "
          f"within 7 days, {len(groups)} departments")
    print(row("due_report(7 days), in process", median_time(lambda: referrals.due_report(TODAY, 7), runs), base))

    # the CLI on a data folder holding this database (copied once beside it)
    folder = db_path.parent / f"{db_path.stem}-due-cli"
    target = folder / "station.db"
    if not target.exists() or target.stat().st_mtime < db_path.stat().st_mtime:
        folder.mkdir(parents=True, exist_ok=True)
        database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(db_path, target)
    cli("due", "--json", "--today", TODAY.isoformat(), data_dir=folder)  # warm (file cache, first open)
    cli_runs = max(3, runs // 2)
    start_base = median_time(lambda: cli("--version", data_dir=folder), cli_runs)
    took = median_time(lambda: cli("due", "--json", "--today", TODAY.isoformat(), data_dir=folder), cli_runs)
    print(row("station-app due --json (whole process)", took, start_base, "target ≤ 0.5 s"))


if __name__ == "__main__":
    main()
