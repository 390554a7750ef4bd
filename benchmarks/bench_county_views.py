"""County views on the county demo (50 registered stations): lists with the station filter, stats by station.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_county_views.py [--db-dir DIR] [--repeat 7] [--quick]
Targets (issue 15): a list's first rows with the station filter ≤ 150 ms (GUI: choosing a station in the
page's selector until its rows show); `stats --by-station` ≤ 0.5 s. Baselines measured in the same run:
the same list without the filter, and `stats.compute` of all stations once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import YEAR, median_cpu, median_time, open_county, row

LISTS = ("visit", "reception_day", "dispute", "activity", "topic", "opinion", "member", "proposal", "referral")
PAGES = ("reception", "disputes", "activities", "topics", "opinions", "members", "proposals", "referrals")


def _first_rows(key: str, station: int | None):
    from station_app.services import listing

    flt = listing.Filter(station=station)
    listing.count(key, flt)
    return listing.fetch(key, flt, limit=listing.PAGE)


def services(repeat: int, station: int) -> None:
    print(f"services.listing first page + count (median of {repeat}); station filter = station {station}:")
    for key in LISTS:
        base = median_time(lambda k=key: _first_rows(k, None), repeat)
        one = median_time(lambda k=key: _first_rows(k, station), repeat)
        print(row(f"  list {key}: one station", one, base, "target ≤ 150 ms  [baseline: all stations]"))


def statistics_(repeat: int) -> None:
    from station_app.services import station_figures, stats

    start, end = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)
    base = median_time(lambda: stats.compute(start, end), repeat)
    base_cpu = median_cpu(lambda: stats.compute(start, end), repeat)
    wall = median_time(lambda: station_figures.by_station(start, end), repeat)
    cpu = median_cpu(lambda: station_figures.by_station(start, end), repeat)
    print(row("stats --by-station (service)", wall, base, "target ≤ 0.5 s  [baseline: stats.compute, all]",
              cpu=cpu))
    print(f"{'':<44} baseline CPU {base_cpu * 1000:.1f} ms")
    wall = median_time(lambda: station_figures.comparison(start, end), max(3, repeat // 2))
    cpu = median_cpu(lambda: station_figures.comparison(start, end), max(3, repeat // 2))
    print(row("工作站对比 figures (worker thread)", wall, base, "(information)", cpu=cpu))


def cli(data_root: Path, repeat: int) -> None:
    """The whole command in a fresh process, as a clerk runs it (start-up and opening included)."""
    import subprocess

    def run(*extra):
        subprocess.run([sys.executable, "-m", "station_app", "--data-dir", str(data_root), "stats",
                        "--year", str(YEAR), "--json", *extra], check=True, capture_output=True)

    base = median_time(run, repeat)
    wall = median_time(lambda: run("--by-station"), repeat)
    print(row("`stats --by-station --json` (process)", wall, base, "(information)  [baseline: `stats --json`]"))


def gui(repeat: int, station_name: str) -> None:
    from PySide6.QtWidgets import QApplication

    from station_app.ui.app import create_application
    from station_app.ui.pages import page_class

    create_application()
    kept = []
    print(f"GUI: choosing 「{station_name}」 in a list page's station selector → its first rows shown:")
    for key in PAGES:
        page = page_class(key)()
        page.resize(1366, 768)
        page.show()
        page.refresh()
        QApplication.processEvents()
        combo = page.view.bar.station
        index = combo.findText(station_name)
        times, base = [], []
        for _ in range(repeat):
            for target, out in ((index, times), (0, base)):
                start = time.perf_counter()
                combo.setCurrentIndex(target)
                QApplication.processEvents()
                while page.view.model.rowCount() == 0 and time.perf_counter() - start < 5:
                    QApplication.processEvents()
                out.append(time.perf_counter() - start)
        print(row(f"  page {key}: one station", statistics.median(times), statistics.median(base),
                  "target ≤ 150 ms  [baseline: back to 全部工作站]"))
        kept.append(page)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db-dir", type=Path, default=Path("/tmp/station-bench/county-views"))
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="10 stations instead of 50")
    args = parser.parse_args(argv)

    from station_app.paths import DataDir
    from station_app.services import station_scope

    data = DataDir(args.db_dir).ensure()
    open_county(data.db_path, args.quick)
    refs = station_scope.with_records()
    middle = refs[len(refs) // 2]
    print(f"county database: {len(station_scope.stations())} stations ({len(refs)} with records); "
          f"one station = {middle.name} (id {middle.id})")
    services(args.repeat, middle.id)
    statistics_(args.repeat)
    gui(args.repeat, middle.name)
    from station_app.store.db import close_database

    close_database()
    cli(data.root, max(3, args.repeat // 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
