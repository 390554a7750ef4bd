"""SQLCipher connections and re-keying a plain database file into an encrypted one, safely, in place.

An encrypted file is recognised by its header (a plain SQLite file starts with "SQLite format 3").
`encrypt_file` writes a new encrypted file beside the old one, verifies it (integrity, row counts) and
only then renames it over the old: a process killed at any point leaves the old or the new file whole.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from station_app.store.keyfile import new_data_key, raw_key_pragma

SQLITE_HEADER = b"SQLite format 3\x00"
# Page settings given on every open (recorded in the key file, so a later default change cannot lock
# the data out). 4096 bytes is SQLCipher 4's default and the plain database's page size. HMAC-SHA256
# instead of the default HMAC-SHA512 for the per-page authentication: measured on the county database
# (benchmarks/bench_encryption.py), opening and listing the first page cost 1.30× the CPU of the same
# SQLite unencrypted, against 1.49× with SHA-512 (statistics: 1.09× against 1.19×).
CIPHER = {"cipher_page_size": 4096, "cipher_hmac_algorithm": "HMAC_SHA256"}


def sqlcipher():
    from sqlcipher3 import dbapi2  # lazy: ≈ 10 ms, only for an encrypted database

    return dbapi2


def is_encrypted(path: str | Path) -> bool:
    """Whether the (non-empty) file at *path* is not a plain SQLite database — i.e. SQLCipher's."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return len(head) == 16 and head != SQLITE_HEADER


def key_pragmas(key: bytes, cipher: dict | None = None, schema: str = "") -> list[str]:
    prefix = f"{schema}." if schema else ""
    out = [f"PRAGMA {prefix}key = \"{raw_key_pragma(key)}\""]
    out += [f"PRAGMA {prefix}{name} = {_value(value)}" for name, value in (cipher or CIPHER).items()]
    return out


def _value(value) -> str:
    """A pragma value: a number, or a bare name such as HMAC_SHA1 (never anything else)."""
    if isinstance(value, int) or str(value).isdigit():
        return str(int(value))
    text = str(value)
    if not text.replace("_", "").isalnum():
        raise ValueError(f"bad cipher setting {value!r}")
    return text


def connect(path: str | Path, key: bytes | None, *, readonly: bool = False, cipher: dict | None = None):
    """A DB-API connection: stdlib sqlite3 for a plain file (key None), sqlcipher3 with the raw key."""
    uri = f"file:{path}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(uri, uri=readonly)
    con = sqlcipher().connect(uri, uri=readonly)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to report, not stderr's
        for pragma in key_pragmas(key, cipher):
            con.execute(pragma)
    except Exception:
        con.close()
        raise
    return con


def errors() -> tuple[type[Exception], ...]:
    """The DatabaseError classes of both drivers (for `except` clauses that see either)."""
    try:
        return (sqlite3.DatabaseError, sqlcipher().DatabaseError)
    except ImportError:
        return (sqlite3.DatabaseError,)


def table_counts(con) -> dict[str, int]:
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _drop_sidecars(path: Path) -> None:
    for side in ("-wal", "-shm", "-journal"):
        Path(str(path) + side).unlink(missing_ok=True)


def export_encrypted(src: Path, dest: Path, key: bytes, cipher: dict | None = None) -> dict[str, int]:
    """Write an encrypted copy of the plain database *src* to *dest* and verify it; returns the row counts.

    Raises sqlite3/sqlcipher3 errors (or ValueError when the copy differs); *dest* is removed on failure.
    """
    dest.unlink(missing_ok=True)
    _drop_sidecars(dest)
    con = sqlcipher().connect(str(src))
    try:
        # a self-contained plain file first: no WAL left beside it that could later meet the new file
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode = DELETE")
        counts = table_counts(con)
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute("ATTACH DATABASE ? AS enc KEY ?", (str(dest), raw_key_pragma(key)))
        for pragma in key_pragmas(key, cipher, schema="enc")[1:]:
            con.execute(pragma)
        # a scratch file until verified, fsynced and renamed: no journal, no sync per table
        con.execute("PRAGMA enc.journal_mode = OFF")
        con.execute("PRAGMA enc.synchronous = OFF")
        con.execute("SELECT sqlcipher_export('enc')")
        con.execute(f"PRAGMA enc.user_version = {int(version)}")
        con.commit()
        con.execute("DETACH DATABASE enc")
    except BaseException:
        con.close()
        dest.unlink(missing_ok=True)
        raise
    con.close()
    try:
        _fsync(dest)
        verify_copy(dest, key, counts, cipher)
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return counts


def verify_copy(path: Path, key: bytes | None, counts: dict[str, int], cipher: dict | None = None) -> None:
    con = connect(path, key, readonly=True, cipher=cipher)
    try:
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise ValueError(f"加密后的文件完整性检查未通过：{result}")
        got = table_counts(con)
    finally:
        con.close()
    if got != counts:
        differ = [t for t in counts if got.get(t) != counts[t]]
        raise ValueError(f"加密后的文件行数不一致：{'、'.join(differ[:5])}")


def encrypt_file(path: str | Path, key: bytes, cipher: dict | None = None) -> dict[str, int]:
    """Re-key the closed plain database *path* in place: encrypted copy, verified, renamed over the old.

    Only once the copy is verified does it replace the old file (one atomic rename). Returns the row counts.
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".encrypting")
    counts = export_encrypted(path, tmp, key, cipher)
    _drop_sidecars(path)  # the old file is self-contained (checkpointed) and about to be replaced
    os.replace(tmp, path)
    _fsync_dir(path.parent)
    return counts


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def self_check(folder: str | Path) -> str | None:
    """Whether SQLCipher works here (the frozen build bundles it): an encrypted file with the search
    index's FTS5 trigram table, read back with its key. The problem found, or None."""
    path = Path(folder) / "cipher-check.db"
    key = new_data_key()
    try:
        con = connect(path, key)
        con.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='trigram')")
        con.execute("INSERT INTO t VALUES ('调解协议书')")
        con.commit()
        con.close()
        con = connect(path, key, readonly=True)
        found = con.execute("SELECT count(*) FROM t WHERE t MATCH '调解协议'").fetchone()[0]
        con.close()
        encrypted = is_encrypted(path)
    except Exception as exc:  # noqa: BLE001  (any failure is the answer)
        return f"{type(exc).__name__}: {exc}"
    finally:
        path.unlink(missing_ok=True)
    if not encrypted or found != 1:
        return "加密数据库读回的内容不对"
    return None
