"""Ledger benchmark: formatted visits ledger vs a bare write-only dump, 100k-row memory, 10k-row import.

Run: python benchmarks/bench_ledgers.py [--rows 10000] [--big 100000] [--repeat 3]
Targets (issue 4): formatted ≤ 1.3× bare dump (medians, same run); 100k rows under 200 MB; import 10k ≤ 15 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import fill_visits, open_db


def bare_dump(rows: list[list], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("接待登记台账")
    for row in rows:
        ws.append(row)
    wb.save(path)


def values_of_ledger(start, end) -> list[list]:
    from station_app.outputs.ledgers import LEDGERS
    from station_app.outputs.ledgers.spec import bound_columns

    ledger = LEDGERS["visits"]
    cols = bound_columns(ledger, False)
    _, rows = ledger.load(start, end, None)
    return [[i] + [c.get(r) for c in cols] for i, r in enumerate(rows, 1)]


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench_speed(rows: int, repeat: int, work: Path) -> dict:
    from station_app.outputs.ledgers import export_ledger

    open_db(work / "speed")
    fill_visits(rows)
    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    values = values_of_ledger(start, end)
    formatted, bare = [], []
    for _ in range(repeat):  # interleaved, so both see the same machine load
        formatted.append(median_time(lambda: export_ledger("visits", work / "f.xlsx", start=start, end=end), 1))
        bare.append(median_time(lambda: bare_dump(values, work / "b.xlsx"), 1))
    f, b = statistics.median(formatted), statistics.median(bare)
    return {"rows": rows, "formatted_s": round(f, 2), "bare_s": round(b, 2), "ratio": round(f / b, 2)}


def bench_import(rows: int, work: Path) -> dict:
    from station_app.outputs.ledgers import export_ledger, import_ledger
    from station_app.store.db import close_database
    from station_app.store.models import Station

    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    members = export_ledger("members", work / "members.xlsx", start=start, end=end, unmasked=True)
    visits = export_ledger("visits", work / "visits.xlsx", start=start, end=end, unmasked=True)
    close_database()
    open_db(work / "empty")
    Station.create(name="城关镇委员工作站")
    import_ledger("members", members)
    t, cpu = time.perf_counter(), time.process_time()
    report = import_ledger("visits", visits)
    took, cpu = time.perf_counter() - t, time.process_time() - cpu
    assert report.ok and report.total_imported == rows, report.text()
    close_database()
    return {"rows": rows, "import_s": round(took, 2), "import_cpu_s": round(cpu, 2)}


def big_child(step: str, rows: int, work: str) -> None:
    """Runs in a child process: "fill" makes the database; "export" writes the ledger and prints its peak memory."""
    from station_app.outputs.ledgers import export_ledger

    open_db(Path(work) / "big")
    if step == "fill":
        fill_visits(rows)
        return
    t = time.perf_counter()
    export_ledger("visits", Path(work) / "big.xlsx", start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31))
    took = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{peak:.0f} {took:.1f}")


def bench_big(rows: int, work: Path) -> dict:
    """The export runs in a fresh process, so its peak memory is the export's own (database filled before)."""
    def child(step):
        return subprocess.run([sys.executable, __file__, "--child", step, str(rows), str(work)], capture_output=True,
                              text=True, check=True).stdout.split()
    child("fill")
    peak, took = (float(x) for x in child("export"))
    return {"rows": rows, "peak_rss_mb": peak, "export_s": took}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--big", type=int, default=100000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        big_child(args.child[0], int(args.child[1]), args.child[2])
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        speed = bench_speed(args.rows, args.repeat, work)
        print(f"formatted visits ledger, {speed['rows']} rows: {speed['formatted_s']} s; bare write-only dump: "
              f"{speed['bare_s']} s; ratio {speed['ratio']} (target ≤ 1.3)")
        imp = bench_import(args.rows, work)
        print(f"import {imp['rows']} visits with validation: {imp['import_s']} s wall, {imp['import_cpu_s']} s CPU "
              f"(target ≤ 15 s)")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        if args.big:
            big = bench_big(args.big, work)
            print(f"{big['rows']} rows: export {big['export_s']} s, peak RSS of the exporting process "
                  f"{big['peak_rss_mb']:.0f} MB (target < 200 MB)")


if __name__ == "__main__":
    main()
