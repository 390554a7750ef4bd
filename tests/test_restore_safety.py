"""Restore that cannot destroy; a lost station.db never replaced by an empty one; leftovers swept."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from station_app.cli import main
from station_app.store import backup
from station_app.store.db import APPLICATION_ID, close_database, open_database
from station_app.store.lock import InstanceLock
from station_app.store.models import Visit

ROOT = Path(__file__).resolve().parent.parent


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path):
    """An initialised folder with three visits and one manual backup."""
    path = tmp_path / "data"
    assert main(["--data-dir", str(path), "init", "--name", "城关镇委员工作站", "--admin-password", "secret123"]) == 0
    import datetime as dt

    open_database(path / "station.db")
    for i in range(3):
        Visit.create(visit_date=dt.date(2026, 3, 6), visitor_name=f"群众{i}")
    close_database()
    assert main(["--data-dir", str(path), "backup"]) == 0
    return path


def visits(db_path: Path) -> int:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT count(*) FROM visit").fetchone()[0]
    finally:
        con.close()


def before_restore_copies(folder: Path) -> list[Path]:
    return [p for p in backup.list_backups(folder / "backups") if "before-restore" in p.name]


def test_every_new_database_carries_the_application_id(folder):
    con = sqlite3.connect(folder / "station.db")
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


def test_a_newer_schema_backup_is_refused_before_anything_changes(folder, tmp_path, capsys):
    newer = tmp_path / "newer.db"
    good = backup.list_backups(folder / "backups")[0]
    newer.write_bytes(good.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 9")
    con.commit()
    con.close()
    before = sha(folder / "station.db")
    assert main(["--data-dir", str(folder), "restore", str(newer)]) == 1
    err = capsys.readouterr().err
    assert "数据结构版本是 9" in err and "当前数据库没有任何改动" in err
    assert sha(folder / "station.db") == before and before_restore_copies(folder) == []
    assert main(["--data-dir", str(folder), "stats", "--year", "2026"]) == 0  # the folder still opens


def test_a_foreign_sqlite_file_is_refused(folder, tmp_path, capsys):
    foreign = tmp_path / "other.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO visit (name) VALUES ('x')")
    con.commit()
    con.close()
    before = sha(folder / "station.db")
    assert main(["--data-dir", str(folder), "restore", str(foreign)]) == 1
    assert "不是本程序的数据库" in capsys.readouterr().err
    assert sha(folder / "station.db") == before and visits(folder / "station.db") == 3


def test_a_sound_backup_restores_and_the_current_file_is_kept_verified(folder, capsys):
    good = backup.list_backups(folder / "backups")[0]
    open_database(folder / "station.db")
    import datetime as dt

    Visit.create(visit_date=dt.date(2026, 4, 1), visitor_name="后来的群众")
    close_database()
    assert main(["--data-dir", str(folder), "restore", str(good)]) == 0
    assert "恢复前的数据库已另存为" in capsys.readouterr().out
    assert visits(folder / "station.db") == 3
    saved = before_restore_copies(folder)
    assert len(saved) == 1 and backup.verify(saved[0]) and visits(saved[0]) == 4
    assert main(["--data-dir", str(folder), "check"]) == 0  # the restored log's head came along


@pytest.mark.parametrize("state", ["empty", "missing"])
def test_a_lost_database_is_not_replaced_by_an_empty_one(folder, state, capsys):
    db_path = folder / "station.db"
    for side in ("-wal", "-shm"):
        Path(str(db_path) + side).unlink(missing_ok=True)
    if state == "empty":
        db_path.write_bytes(b"")
    else:
        db_path.unlink()
    assert main(["--data-dir", str(folder), "stats", "--year", "2026"]) == 1
    err = capsys.readouterr().err
    good = backup.list_backups(folder / "backups")[0]
    assert "没有新建数据库" in err and str(good) in err
    assert (db_path.stat().st_size == 0) if state == "empty" else not db_path.exists()
    assert main(["--data-dir", str(folder), "restore", str(good)]) == 0
    assert visits(db_path) == 3


def test_killed_runs_leave_nothing_a_list_shows_and_the_next_start_sweeps_it(folder):
    backups = folder / "backups"
    half = backups / ".station-20260306-100000-before-restore.db.part"
    half.write_bytes(b"SQLite format 3\0 half")
    (backups / ".station-20260306-100001-manual.db.part").write_bytes(b"x" * 100)
    staging = folder / ".inspection-abc123"
    (staging / "卷宗").mkdir(parents=True)
    (staging / "卷宗" / "x.pdf").write_bytes(b"%PDF")
    assert all("part" not in p.name for p in backup.list_backups(backups))
    with InstanceLock(folder / "station.lock"):
        pass
    assert not half.exists() and not staging.exists()
    assert not list(backups.glob("*.part")) and not list(backups.glob(".*.part"))


WORKERS = """
import sys, datetime as dt
from station_app.store.db import open_database
from station_app.outputs.package import build_package
open_database(sys.argv[1])
def progress(done, total, text):
    print("PROGRESS", flush=True)
build_package(dt.date(2026, 1, 1), dt.date(2026, 12, 31), sys.argv[2], progress=progress, workers=2)
"""


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads child processes from /proc")
def test_package_workers_end_when_their_parent_is_killed(tmp_path):
    data = tmp_path / "demo"
    assert main(["--data-dir", str(data), "demo", "--year", "2026"]) == 0
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", WORKERS, str(data / "station.db"), str(tmp_path / "pkg.zip")],
                            stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(workers) < 2:
        proc.stdout.readline()
        workers = [c for c in _children(proc.pid) if _alive(c)]
    assert len(workers) >= 2, "the package export never started its workers"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)
    assert list(data.glob(".inspection-*"))  # the staging folder a kill leaves behind …
    with InstanceLock(data / "station.lock"):
        pass
    assert not list(data.glob(".inspection-*"))  # … goes at the next start
    assert not (tmp_path / "pkg.zip").exists()
