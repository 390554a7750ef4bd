"""Member performance benchmark on the county-scale database: member_figures for a year and a quarter.

Usage: python benchmarks/bench_performance.py [--quick] [--db /tmp/station-bench/county.db] [--runs 9]
The database is built first when it does not exist (bench_store.py leaves one behind); the year measured
is the one of the newest visit in it. Baseline, measured in the same run: a bare
`SELECT member_id, count(*) FROM visit_member GROUP BY member_id`. Wall and CPU medians are printed:
the machine may be shared, CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from common import TODAY, median_cpu, median_time, open_county, row

from station_app.services.performance import member_figures
from station_app.store.base import database_proxy


def baseline() -> None:
    database_proxy.execute_sql("SELECT member_id, count(*) FROM visit_member GROUP BY member_id").fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="build 10 stations instead of 50, fewer runs")
    parser.add_argument("--db", default="/tmp/station-bench/county.db")
    parser.add_argument("--runs", type=int, default=None)
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 9)
    open_county(Path(args.db), args.quick)
    newest = database_proxy.execute_sql("SELECT MAX(visit_date) FROM visit").fetchone()[0]
    year = int(newest[:4]) if newest else TODAY.year
    today = min(TODAY, dt.date(year, 12, 31))
    counts = {t: database_proxy.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("member", "visit", "visit_member", "dispute", "activity")}
    print(f"county database {args.db}: {counts}; year {year}, today {today}")
    baseline()
    periods = {f"member_figures {year} (whole year)": (dt.date(year, 1, 1), dt.date(year, 12, 31)),
               f"member_figures {year} Q2 (a quarter)": (dt.date(year, 4, 1), dt.date(year, 6, 30))}
    for label, (start, end) in periods.items():
        figures = member_figures(start, end, today=today)  # warm the page cache
        base_wall, base_cpu = median_time(baseline, runs), median_cpu(baseline, runs)
        def call(start=start, end=end):
            member_figures(start, end, today=today)

        wall, cpu = median_time(call, runs), median_cpu(call, runs)
        target = "target ≤ 300 ms" if "whole year" in label else ""
        print(row(label, wall, base_wall, target, cpu=cpu))
        print(row("  (CPU against the baseline's CPU)", cpu, base_cpu))
        print(f"  {len(figures)} members, {sum(bool(f.below_quota) for f in figures)} below a quota")


if __name__ == "__main__":
    main()
