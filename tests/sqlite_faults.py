"""Real SQLite errors for tests (raised by SQLite itself, so they carry its result code)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def busy_error(folder: Path) -> sqlite3.OperationalError:
    """'database is locked' (SQLITE_BUSY): another connection holds an exclusive lock."""
    path = folder / "held.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE IF NOT EXISTS t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    try:
        other.execute("SELECT * FROM t").fetchall()
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        other.close()
        holder.execute("ROLLBACK")
        holder.close()
    raise AssertionError("SQLite did not refuse the locked database")


def read_only_error(folder: Path) -> sqlite3.OperationalError:
    """'attempt to write a readonly database' (SQLITE_READONLY)."""
    path = folder / "ro.db"
    sqlite3.connect(path).execute("CREATE TABLE IF NOT EXISTS t (x)").connection.close()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        con.execute("INSERT INTO t VALUES (1)")
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        con.close()
    raise AssertionError("SQLite wrote a read-only database")


def not_a_database_error(folder: Path) -> sqlite3.DatabaseError:
    """'file is not a database' (SQLITE_NOTADB): what a damaged file reads as."""
    path = folder / "junk.db"
    path.write_bytes(b"this is no database " * 300)
    con = sqlite3.connect(path)
    try:
        con.execute("SELECT * FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as exc:
        return exc
    finally:
        con.close()
    raise AssertionError("SQLite read a junk file")
