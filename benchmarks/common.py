"""Benchmark helpers: timing medians, a fresh database, and the county-scale demo database."""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from station_app.services import context  # noqa: E402
from station_app.store.db import close_database, open_database  # noqa: E402

YEAR = 2025
TODAY = dt.date(2026, 11, 23)  # fixed, so every run builds the same data


def median_time(fn, runs: int) -> float:
    """Median wall time of *runs* calls of *fn*, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_cpu(fn, runs: int) -> float:
    """Median CPU time of this process for *runs* calls of *fn* (robust on a busy shared machine)."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def fresh(path: Path):
    """Open a new, empty database at *path* (removing an old one) with an administrator acting."""
    close_database()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    context.set_actor("bench", "管理员")
    return db


def county_scale(quick: bool):
    """The county scale, or a fifth of it (10 stations) for --quick."""
    import dataclasses

    from station_app.services import demo

    scale = demo.SCALES["county"]
    return dataclasses.replace(scale, stations=10) if quick else scale


def build_county(path: Path, quick: bool = False, recorder=None) -> tuple[float, dict]:
    """Build the county demo database at *path*; returns (seconds, figures)."""
    from station_app.services import bulk, demo

    db = fresh(path)
    demo.SCALES["county_bench"] = county_scale(quick)
    original = bulk.bulk_create
    if recorder is not None:
        def recording(kind_key, rows, members=None, extra=None, *args, **kw):
            recorder.append((kind_key, list(rows), members and list(members), extra and list(extra)))
            return original(kind_key, rows, members, extra, *args, **kw)
        bulk.bulk_create = recording
    try:
        start = time.perf_counter()
        figures = demo.generate(YEAR, seed=1, scale="county_bench", today=TODAY)
        seconds = time.perf_counter() - start
    finally:
        bulk.bulk_create = original
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return seconds, figures


def open_county(path: Path, quick: bool = False) -> None:
    """Open the county database at *path*, building it first when it does not exist."""
    if not path.exists():
        print(f"building the county database at {path} …", flush=True)
        seconds, figures = build_county(path, quick)
        print(f"  built in {seconds:.1f} s: {figures}", flush=True)
    close_database()
    open_database(path)
    context.set_actor("bench", "管理员")


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:9.1f} ms" if seconds < 1 else f"{seconds:9.2f} s "


def row(label: str, value: float, baseline: float, target: str = "", cpu: float | None = None) -> str:
    """One result line: the figure, the baseline of the same run and their ratio (and CPU time if given)."""
    ratio = f"{value / baseline:8.2f}×" if baseline else "        –"
    extra = f"  (CPU {_fmt(cpu).strip()})" if cpu is not None else ""
    return f"{label:<44} {_fmt(value)}  baseline {_fmt(baseline)}  ratio {ratio}  {target}{extra}"
