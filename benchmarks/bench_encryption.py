"""Encryption benchmark on the county database: encrypted (SQLCipher) vs plain, measured in the same run.

Usage: python benchmarks/bench_encryption.py [--source /tmp/enc-county] [--dir /tmp/enc-bench] [--runs 7]
*--source* is a data folder built with `station-app --data-dir DIR demo --scale county` (≈30 s; built
when missing). The script copies it to DIR/plain and DIR/encrypted (once; reused while they exist),
turns encryption on in the second, then times the same operations on both, alternating runs:
opening, the first page of the 来访 and 纠纷 lists (services.listing), a year's stats.compute, a
2-character search, a backup. Target: encrypted ≤ 1.3× plain for the lists and the statistics.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, median_time, row

from station_app.paths import DataDir
from station_app.services import accounts, context, encryption, listing, stats
from station_app.store import backup
from station_app.store.db import close_database, open_database

PASSWORD = "bench-secret1"


def prepare(source: Path, folder: Path) -> tuple[DataDir, DataDir, float | None]:
    if not (source / "station.db").exists():
        print(f"building the county database in {source} …", flush=True)
        subprocess.run([sys.executable, "-m", "station_app", "--data-dir", str(source), "demo", "--scale",
                        "county", "--year", "2026"], cwd=ROOT, check=True, capture_output=True)
    plain, enc = DataDir(folder / "plain"), DataDir(folder / "encrypted")
    encrypt_seconds = None
    for data in (plain, enc):
        if not data.db_path.exists():
            shutil.rmtree(data.root, ignore_errors=True)
            data.root.mkdir(parents=True)
            shutil.copyfile(source / "station.db", data.db_path)
            data.ensure()
            open_database(data.db_path)
            context.set_actor("bench", "管理员")
            if accounts.get_user("admin") is None:
                accounts.ensure_admin(PASSWORD)
            if data is enc:
                start = time.perf_counter()
                encryption.enable(data, "admin", PASSWORD)
                encrypt_seconds = time.perf_counter() - start
            close_database()
    return plain, enc, encrypt_seconds


def opener(data: DataDir):
    key = encryption.unlock(data, "admin", PASSWORD) if encryption.enabled(data) else None

    def open_():
        close_database()
        open_database(data.db_path, key=key, check=False)
        context.set_actor("bench", "管理员")
    return open_


def measure(data: DataDir, runs: int, year: int) -> dict[str, float]:
    open_ = opener(data)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    out = {}
    out["open (no full check)"] = median_time(open_, runs)

    def cold_list():
        open_()
        listing.fetch("visit")
        listing.count("visit")
    out["open + first 来访 page + count"] = median_time(cold_list, runs)
    open_()
    listing.fetch("visit")
    out["first 来访 page (open connection)"] = median_time(lambda: (listing.fetch("visit"), listing.count("visit")), runs)
    out["first 纠纷 page (open connection)"] = median_time(lambda: (listing.fetch("dispute"), listing.count("dispute")), runs)

    def cold_stats():
        open_()
        stats.compute(start, end)
    out[f"open + stats.compute({year})"] = median_time(cold_stats, runs)
    open_()
    out[f"stats.compute({year}) (open connection)"] = median_time(lambda: stats.compute(start, end), runs)
    from station_app.services import search

    out["search 「低保」 (LIKE, open connection)"] = median_time(lambda: search.search("低保"), runs)
    out["search 「调解协议」 (FTS5 trigram)"] = median_time(lambda: search.search("调解协议"), runs)
    close_database()
    return out


def timed_backup(data: DataDir, target: Path) -> float:
    opener(data)()
    from station_app.store.base import database_proxy

    start = time.perf_counter()
    made = backup.make_backup(database_proxy.obj, target, label="bench")
    seconds = time.perf_counter() - start
    made.unlink()
    made.with_suffix(".keys").unlink(missing_ok=True)
    close_database()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, default=Path("/tmp/enc-county"))
    parser.add_argument("--dir", type=Path, default=Path("/tmp/enc-bench"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--year", type=int, default=2026)
    args = parser.parse_args()
    plain, enc, encrypt_seconds = prepare(args.source, args.dir)
    size = plain.db_path.stat().st_size / 1024 / 1024
    print(f"county database {size:.0f} MB; SQLCipher {encryption_version()}; runs {args.runs}")
    if encrypt_seconds is not None:
        print(f"turning encryption on (export, verify, rename; {len(list(enc.backups.glob('*.db')))} backups): "
              f"{encrypt_seconds:.1f} s")
    # alternate the two folders so a busy machine slows both alike
    results_plain, results_enc = {}, {}
    for _round in range(2):
        for data, results in ((plain, results_plain), (enc, results_enc)):
            for name, value in measure(data, max(1, args.runs // 2 + 1), args.year).items():
                results.setdefault(name, []).append(value)
    print(f"\n{'encrypted (SQLCipher) vs plain':<44} {'encrypted':>12}  {'plain baseline':>22}")
    for name in results_plain:
        target = "target ≤ 1.30×" if ("page" in name or "stats" in name) else ""
        print(row(name, min(results_enc[name]), min(results_plain[name]), target))
    folder = args.dir / "backup-out"
    folder.mkdir(exist_ok=True)
    print(row("backup (online backup API)", timed_backup(enc, folder), timed_backup(plain, folder)))
    return 0


def encryption_version() -> str:
    from station_app.store.cipher import sqlcipher

    con = sqlcipher().connect(":memory:")
    try:
        return f"{con.execute('PRAGMA cipher_version').fetchone()[0]} (SQLite {sqlcipher().sqlite_version})"
    finally:
        con.close()


if __name__ == "__main__":
    raise SystemExit(main())
