"""上报包 benchmark: a studio year's package export, and importing many station-year packages at a county.

Usage: python benchmarks/bench_exchange.py [--quick] [--stations 50] [--runs 5] [--reuse]
       [--dir /tmp/station-bench/exchange]

1. Export: the studio demo year (services.demo, scale studio) exported whole (--all) — median of --runs;
   baseline of the same run: reading the same tables' rows with plain SELECT * (no JSON, zip, signature or
   encryption). Target ≤ 5 s.
2. Import: --stations station-years at the county demo's size per station (the county demo split by
   station: scale county with one station, seeds 1…N), each built in its own database, exported, then all
   imported into one fresh county database (verify + write, one transaction per package). Target ≤ 60 s
   for 50. Baseline of the same run: the demo's bulk_create calls of the same stations replayed through
   the services' bulk path (validate, stamp, audit), each station into a fresh database — target ≤ 2×
   (the first 10 stations are replayed and the time scaled to all of them).
   The import also writes the child rows the demo inserts without bulk_create (值班委员, 调剂), so it
   writes somewhat more rows than the baseline. A second import of the same files (all 已导入过) is timed
   too. Wall and CPU time are both printed (the machine is shared: CPU time is the steadier figure).
   --reuse keeps the station packages (and the recorded bulk calls) of an earlier run in --dir.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import shutil
import statistics
import time
from pathlib import Path

from common import TODAY, YEAR, fresh, median_time, row

from station_app.services import bulk, demo
from station_app.services.exchange import export, importer, keys, rows
from station_app.store.base import database_proxy
from station_app.store.db import close_database, open_database
from station_app.store.models import Station

REPLAYED = 10  # stations whose bulk calls are replayed for the baseline (scaled to all)


def county_key(work: Path, reuse: bool = False) -> Path:
    """An empty county database and its public key file (made once per run, or kept with --reuse)."""
    folder, path = work / "county0", work / "county.slkey"
    if reuse and path.exists() and (folder / "station.db").exists():
        return path
    shutil.rmtree(folder, ignore_errors=True)
    fresh(folder / "station.db")
    Station.name_own(name="景泰县政协委员联络委", cppcc="景泰县政协")
    keys.ensure_keys()
    keys.write_key_file(path, Station.own_row())
    close_database()
    return path


def build_station(folder: Path, seed: int, scale: str, key_file: Path, calls: list | None = None) -> float:
    """A station-year in *folder* that trusts the county; returns demo.generate's seconds."""
    shutil.rmtree(folder, ignore_errors=True)
    fresh(folder / "station.db")
    original = bulk.bulk_create
    if calls is not None:
        def recording(kind_key, rows_, members=None, extra=None, *args, **kw):
            calls.append((kind_key, list(rows_), members and list(members), extra and list(extra)))
            return original(kind_key, rows_, members, extra, *args, **kw)
        bulk.bulk_create = recording
    try:
        start = time.perf_counter()
        demo.generate(YEAR, seed=seed, scale=scale, today=TODAY)
        seconds = time.perf_counter() - start
    finally:
        bulk.bulk_create = original
    keys.trust(keys.read_key_file(key_file))
    return seconds


def raw_read() -> None:
    for table in rows.TABLES:
        database_proxy.execute_sql(f"SELECT * FROM {table.name}").fetchall()


def replay(calls: list, path: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of the calls through the bulk path into a fresh database."""
    fresh(path)
    start, cpu = time.perf_counter(), time.process_time()
    with database_proxy.atomic():
        for kind, rows_, members, extra in calls:
            bulk.bulk_create(kind, rows_, members, extra)
    seconds = time.perf_counter() - start, time.process_time() - cpu
    close_database()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10 stations, 3 runs")
    parser.add_argument("--stations", type=int, default=None)
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--dir", default="/tmp/station-bench/exchange")
    parser.add_argument("--reuse", action="store_true", help="reuse the station packages of an earlier run")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 5)
    count = args.stations or (10 if args.quick else 50)
    work = Path(args.dir)
    work.mkdir(parents=True, exist_ok=True)
    key_file = county_key(work, args.reuse)

    # ---- 1. a studio year's package ----
    build_station(work / "studio", 1, "studio", key_file)
    total = sum(database_proxy.execute_sql(f"SELECT count(*) FROM {t.name}").fetchone()[0] for t in rows.TABLES)
    target = work / "studio.slpkg"
    export_s = median_time(lambda: export.export_package(target, full=True), runs)
    read_s = median_time(raw_read, runs)
    print(f"studio year: {total:,} rows in the tables that travel; package {target.stat().st_size / 1e3:.0f} kB")
    print(row("export --all (studio year)", export_s, read_s, "target ≤ 5 s  [baseline: SELECT * of the tables]"))
    with_files = median_time(lambda: export.export_package(target, full=True, with_attachments=True), 1)
    print(row("  the same --with-attachments (no files)", with_files, read_s))
    close_database()

    # ---- 2. many station-years at a county ----
    demo.SCALES["county_station"] = dataclasses.replace(demo.SCALES["county"], stations=1)
    packages = [work / "packages" / f"s{n:02d}.slpkg" for n in range(1, count + 1)]
    cache = work / "packages" / "bulk_calls.pickle"
    if args.reuse and cache.exists() and all(p.exists() for p in packages):
        calls_by_station, built = pickle.loads(cache.read_bytes())[:count], None
        print(f"\nreusing {count} station packages from {cache.parent}")
    else:
        calls_by_station, built = [], 0.0
        print(f"\nbuilding {count} station-years (county demo size per station) …", flush=True)
        for n, package in enumerate(packages, start=1):
            calls: list = []
            built += build_station(work / "stations" / f"s{n:02d}", n, "county_station", key_file, calls)
            package.parent.mkdir(exist_ok=True)
            export.export_package(package, full=True)
            close_database()
            calls_by_station.append(calls)
        cache.write_bytes(pickle.dumps(calls_by_station))
    size = sum(p.stat().st_size for p in packages)
    if built is not None:
        print(f"  built in {built:.0f} s (demo.generate)")
    print(f"  packages {size / 1e6:.1f} MB in all")

    imports, imports_cpu, again, written = [], [], [], 0
    for _ in range(1 if count >= 50 and not args.runs else min(runs, 3)):
        county = work / "county"
        shutil.rmtree(county, ignore_errors=True)
        shutil.copytree(work / "county0", county)
        open_database(county / "station.db")
        start, cpu = time.perf_counter(), time.process_time()
        outcomes = importer.import_files(packages, accept_new=True)
        imports.append(time.perf_counter() - start)
        imports_cpu.append(time.process_time() - cpu)
        bad = [o for o in outcomes if o.result is None]
        assert not bad, bad[0].lines()
        written = sum(o.result.total("新增") for o in outcomes)
        start = time.perf_counter()
        outcomes = importer.import_files(packages)
        again.append(time.perf_counter() - start)
        assert all(o.result is not None and o.result.already for o in outcomes)
        close_database()
    sample = calls_by_station[:REPLAYED]  # the baseline per station, from the first stations (it is slow)
    replays = [replay(calls, work / "replay" / "station.db") for calls in sample]
    replay_rows = sum(len(c[1]) for calls in calls_by_station for c in calls)
    import_s, again_s = statistics.median(imports), statistics.median(again)
    scale = len(calls_by_station) / len(sample)
    replay_s, replay_cpu = sum(r[0] for r in replays) * scale, sum(r[1] for r in replays) * scale
    import_cpu = statistics.median(imports_cpu)
    print(f"\n{count} packages, {written:,} rows imported ({replay_rows:,} records in the demo's bulk_create calls):")
    print(row(f"import {count} packages (new stations)", import_s, replay_s,
              "target ≤ 60 s and ≤ 2×  [baseline: the same stations' bulk_create calls replayed]", import_cpu))
    print(row("  the same in CPU time", import_cpu, replay_cpu, "target ≤ 2×"))
    print(row("  per package", import_s / count, replay_s / count))
    print(row(f"import the same {count} again (已导入过)", again_s, replay_s))


if __name__ == "__main__":
    main()
