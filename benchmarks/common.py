"""Benchmark helpers: timing medians, a fresh database, and the county-scale demo database."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from station_app.services import context
from station_app.store.db import close_database, open_database

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


# ---- a station with many visits (ledger and sheet benchmarks) ----
CONTENTS = ("反映小区楼上住户长期漏水，多次协商未果，希望委员帮助协调物业和楼上住户解决。",
            "咨询城乡居民医保缴费标准和异地就医报销办法。", "反映村道路灯损坏多日无人维修，夜间出行不便。",
            "孩子入学学位紧张，希望了解片区划分政策。", "企业用工纠纷，要求协调支付拖欠工资。")


def open_db(root: Path):
    from station_app.paths import DataDir
    from station_app.services import context
    from station_app.store.db import open_database

    data = DataDir(root).ensure()
    open_database(data.db_path)
    context.set_actor("bench", "管理员")
    return data


def fill_visits(rows: int, seed: int = 1, *, station: str = "城关镇委员工作站", fonds_no: str = "") -> None:
    """Members and *rows* visits of 2026 through the bulk path (validated values, one transaction)."""
    from station_app.services import records
    from station_app.services.bulk import insert_links, insert_rows
    from station_app.store.base import database_proxy
    from station_app.store.choices import LOOKUP_SEEDS
    from station_app.store.models import Station, Visit, VisitMember

    rnd = random.Random(seed)
    Station.create(name=station, fonds_no=fonds_no)
    ids = [records.create("member", {"name": f"委员{i:02d}", "sector": "农业界"}).id for i in range(20)]
    cats, ways = LOOKUP_SEEDS["visit_category"][1], LOOKUP_SEEDS["handling"][1]
    values, links = [], []
    for i in range(rows):
        values.append({
            "visit_date": dt.date(2026, 1, 1) + dt.timedelta(days=i % 365), "visit_time": "09:30",
            "mode": "接待日来访", "visitor_name": f"群众{i % 997}", "visitor_gender": "男" if i % 2 else "女",
            "visitor_phone": f"139{i:08d}", "visitor_address": "城关镇幸福路12号", "people_count": 1 + i % 3,
            "category": rnd.choice(cats), "content": rnd.choice(CONTENTS) + f"（{i}）", "handling": rnd.choice(ways),
            "status": "已办结", "result": "已当场解答并告知办理渠道。", "satisfaction": "满意",
        })
        links.append(rnd.sample(ids, 2))
    with database_proxy.atomic():
        new = insert_rows(Visit, values, audit=False)
        insert_links(VisitMember, "visit", new, links)
