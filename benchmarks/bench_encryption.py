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
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, row

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


def opener(data: DataDir, same_sqlite: bool = False):
    """Open *data* as the app does. *same_sqlite*: a plain file through sqlcipher3's SQLite (no key), to
    tell the cost of encryption from the difference between SQLite versions (stdlib vs sqlcipher3's)."""
    from station_app.store import db as store_db

    key = encryption.unlock(data, "admin", PASSWORD) if encryption.enabled(data) else None

    def plain_in_sqlcipher(path, _key):
        from playhouse.sqlcipher_ext import SqlCipherDatabase

        return SqlCipherDatabase(str(path), pragmas=store_db.PRAGMAS, check_same_thread=False)

    def open_():
        close_database()
        make = store_db._make_database
        if same_sqlite:
            store_db._make_database = plain_in_sqlcipher
        try:
            open_database(data.db_path, key=key, check=False)
        finally:
            store_db._make_database = make
        context.set_actor("bench", "管理员")
    return open_


def operations(year: int) -> list[tuple[str, bool, object]]:
    """(label, cold, fn): *cold* operations open the database first (a fresh connection, empty page cache,
    as after start-up or login); the others run on an open, warmed-up connection."""
    from station_app.services import search

    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return [
        ("open (no full check)", True, lambda: None),
        ("open + first 来访 page + count", True, lambda: (listing.fetch("visit"), listing.count("visit"))),
        ("open + first 纠纷 page + count", True, lambda: (listing.fetch("dispute"), listing.count("dispute"))),
        (f"open + stats.compute({year})", True, lambda: stats.compute(start, end)),
        ("first 来访 page + count (open)", False, lambda: (listing.fetch("visit"), listing.count("visit"))),
        ("first 纠纷 page + count (open)", False, lambda: (listing.fetch("dispute"), listing.count("dispute"))),
        (f"stats.compute({year}) (open)", False, lambda: stats.compute(start, end)),
        ("search 「低保」 (LIKE, open)", False, lambda: search.search("低保")),
        ("search 「调解协议」 (FTS5 trigram, open)", False, lambda: search.search("调解协议")),
    ]


def measure(folders: dict[str, DataDir], runs: int, year: int) -> dict[str, dict[str, tuple[float, float]]]:
    """{label: {folder name: (median wall, median CPU)}}; the folders take turns, in blocks of 3 runs,
    so a busy machine slows both alike."""
    openers = {name: opener(data, same_sqlite=name.startswith("plain, sqlcipher3")) for name, data in folders.items()}
    out: dict[str, dict[str, tuple[float, float]]] = {}
    for label, cold, fn in operations(year):
        walls: dict[str, list[float]] = {name: [] for name in folders}
        cpus: dict[str, list[float]] = {name: [] for name in folders}
        for _block in range(max(1, runs // 3)):
            for name, open_ in openers.items():
                if not cold:
                    open_()
                    fn()  # warm the page cache
                for _ in range(3):
                    wall, cpu = time.perf_counter(), time.process_time()
                    if cold:
                        open_()
                    fn()
                    walls[name].append(time.perf_counter() - wall)
                    cpus[name].append(time.process_time() - cpu)
        out[label] = {name: (statistics.median(walls[name]), statistics.median(cpus[name])) for name in folders}
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
    parser.add_argument("--runs", type=int, default=9, help="runs per operation and folder (blocks of 3)")
    parser.add_argument("--year", type=int, default=2026)
    args = parser.parse_args()
    plain, enc, encrypt_seconds = prepare(args.source, args.dir)
    size = plain.db_path.stat().st_size / 1024 / 1024
    print(f"county database {size:.0f} MB; SQLCipher {encryption_version()}; runs {args.runs}")
    if encrypt_seconds is not None:
        print(f"turning encryption on (export, verify, rename; {len(list(enc.backups.glob('*.db')))} backups): "
              f"{encrypt_seconds:.1f} s")
    same = "plain, sqlcipher3's SQLite"
    results = measure({"encrypted": enc, "plain": plain, same: plain}, args.runs, args.year)
    for baseline in ("plain", same):
        print(f"\nencrypted (SQLCipher) vs {baseline} — medians; wall time, CPU time in brackets")
        for label, got in results.items():
            target = "target ≤ 1.30×" if ("page" in label or "stats" in label) else ""
            (wall, cpu), (base, base_cpu) = got["encrypted"], got[baseline]
            print(row(label, wall, base, target, cpu=cpu) + f" / {base_cpu * 1000:.1f} ms"
                  f" → CPU ratio {cpu / base_cpu if base_cpu else 0:.2f}×")
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
