"""A full disk is a known error everywhere: a Chinese message that says so and that nothing was lost.

The data folder sits on a small tmpfs filled up to a few kilobytes (root may mount one, as CI is); the
same faults are also faked with OSError(ENOSPC) at the write paths that do not go through SQLite.
"""

from __future__ import annotations

import errno
import sqlite3
import subprocess
from pathlib import Path

import pytest

from station_app.cli import main
from station_app.store.errors import DiskFullError, known_error


@pytest.fixture(scope="module")
def demo_ledger(tmp_path_factory):
    """The demo year's 全年台账, exported once (the file a clerk would import)."""
    root = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(root / "data"), "demo", "--year", "2026"]) == 0
    out = root / "全年台账.xlsx"
    assert main(["--data-dir", str(root / "data"), "export", "ledger", "all", "--year", "2026", "-o", str(out)]) == 0
    return out


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)], capture_output=True,
                          check=False)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Fill *disk* with a filler file so that about *leave* bytes stay free."""
    filler = disk / "filler.bin"
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    import os

    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave))
    return filler


def visits(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM visit").fetchone()[0]
    finally:
        con.close()


def run(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_full_disk_is_reported_plainly_everywhere_and_loses_nothing(small_disk, demo_ledger, capsys):
    data = small_disk / "data"
    assert main(["--data-dir", str(data), "init", "--name", "城关镇委员工作站", "--admin-password", "secret123"]) == 0
    db = data / "station.db"
    before = visits(db)
    filler = fill(small_disk, 20 * 1024)

    code, out = run(capsys, "--data-dir", str(data), "import", "all", str(demo_ledger))
    assert code == 1 and "磁盘空间已满" in out and "已保存的数据没有丢失" in out
    assert "Traceback" not in out and "rollback" not in out

    code, out = run(capsys, "--data-dir", str(data), "check")
    assert "损坏" not in out and "没有找到可用的备份" not in out

    code, out = run(capsys, "--data-dir", str(data), "export", "inspection", "--year", "2026",
                    "-o", str(small_disk / "迎检.zip"))
    assert code == 1 and "磁盘空间" in out and "Traceback" not in out
    code, out = run(capsys, "--data-dir", str(data), "backup")
    assert code == 1 and "磁盘空间不足" in out

    leftovers = [p for p in small_disk.rglob("*") if p.name.endswith(".part") or p.name.startswith(".inspection-")]
    assert not (small_disk / "迎检.zip").exists()
    filler.unlink()
    assert main(["--data-dir", str(data), "check"]) == 0  # also sweeps what the failed runs left
    assert visits(db) == before
    assert not [p for p in leftovers if p.exists()]
    assert main(["--data-dir", str(data), "import", "all", str(demo_ledger)]) == 0  # with room, it works
    assert visits(db) > before


@pytest.mark.parametrize("exc", [
    OSError(errno.ENOSPC, "No space left on device"),
    sqlite3.OperationalError("database or disk is full"),
])
def test_known_error_recognises_a_full_disk_by_its_code(exc):
    if isinstance(exc, sqlite3.OperationalError):
        exc.sqlite_errorcode = 13  # SQLITE_FULL, as the driver sets it
    import peewee as pw

    wrapped = pw.OperationalError(exc)  # how peewee re-raises the driver's error
    try:
        try:
            raise wrapped
        except pw.OperationalError:
            raise pw.OperationalError("cannot rollback - no transaction is active")
    except pw.OperationalError as final:
        found = known_error(final, "导入")
    assert isinstance(found, DiskFullError) and "导入没有完成" in found.message


def test_a_bug_is_not_taken_for_a_known_fault():
    assert known_error(ValueError("boom")) is None
    assert known_error(sqlite3.OperationalError("no such table: x")) is None
