"""Opening the station database: pragmas, schema version, first-time creation, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw

from station_app.store import audit_chain, cipher, fts, migrations, seed, sortkeys, sync
from station_app.store.backup import latest_backup, list_backups, make_backup
from station_app.store.base import database_proxy
from station_app.store.errors import (
    SQLITE_NOTADB,
    DatabaseCorruptError,
    DatabaseMissingError,
    DatabaseNewerError,
    KeyRequiredError,
    StoreError,
    known_error,
    sqlite_code,
)
from station_app.store.keyfile import cipher_settings, keyfile_of, raw_key_pragma
from station_app.store.migrations import APPLICATION_ID, SCHEMA_VERSION, schema_version, set_schema_version
from station_app.store.models import ALL_MODELS

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "close_database", "connect_raw", "is_encrypted", "open_database",
           "open_key", "quick_check", "schema_version", "set_schema_version"]

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": 2,  # FULL: an office PC loses power
    "cache_size": -32000,
}


def _latest_backup(path: Path, key: bytes | None = None):
    return latest_backup(path.parent / "backups", key=key)


def _refuse_empty_over_backups(path: Path) -> None:
    """A missing or zero-byte database in a folder with backups is a lost file, not a new station."""
    if not list_backups(path.parent / "backups"):
        return
    backup = _latest_backup(path)
    state = "是空文件（0 字节）" if path.exists() else "不存在"
    hint = (f"最近一份完好的备份：{backup}。可用“station-app restore 备份文件”或在程序中恢复。" if backup
            else "备份文件夹中的备份都无法通过检查，请联系技术支持。")
    raise DatabaseMissingError(
        f"数据库文件 {path} {state}，但数据文件夹中有备份：为避免用空数据库覆盖，程序没有新建数据库。{hint}",
        path=path, backup=backup)


def is_encrypted(path: str | Path) -> bool:
    """Whether the database at *path* is encrypted: its header is not SQLite's and its key file is beside.

    The header decides between plain and encrypted: encrypting writes the key file first and renames the
    encrypted database over the plain one last, so a key file beside a plain file is a leftover of an
    interrupted run. A file that is neither plain SQLite nor has a key file is treated as damaged.
    """
    return cipher.is_encrypted(path) and keyfile_of(path).exists()


def _cipher_of(path: Path) -> dict:
    return cipher_settings(keyfile_of(path)) or dict(cipher.CIPHER)


def _probe(path: Path, check: bool = True, key: bytes | None = None) -> int:
    """Read user_version and check the file is a readable SQLite database without changing it.

    *check* False skips the full-file quick_check (the GUI runs it in the background after start-up).
    """
    try:
        con = cipher.connect(path, key, readonly=True, cipher=_cipher_of(path) if key else None)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if version and check:
                ok = con.execute("PRAGMA quick_check").fetchone()[0]
                if ok != "ok":
                    raise sqlite3.DatabaseError(ok)
        finally:
            con.close()
    except cipher.errors() as exc:
        if key is not None and sqlite_code(exc) == SQLITE_NOTADB:  # what a wrong key reads as
            raise KeyRequiredError(f"密钥与数据库 {path} 不符，无法解开加密的数据。文件未做任何改动。",
                                   path=path) from exc
        known = known_error(exc, "打开数据库", path)
        if known is not None and not isinstance(known, DatabaseCorruptError):  # a full or read-only disk
            raise known from exc  # is not a damaged database (a damaged one is said below, with its backup)
        backup = _latest_backup(path, key)
        hint = f"最近一份完好的备份：{backup}" if backup else "没有找到可用的备份。"
        raise DatabaseCorruptError(
            f"数据库文件已损坏或不是本程序的数据库：{path}（{exc}）。文件未做任何改动。{hint}",
            path=path, backup=backup,
        ) from exc
    return version


def quick_check(path: str | Path, key: bytes | None = None) -> str | None:
    """Run SQLite's quick_check on a read-only connection of its own; the problem found, or None.

    An encrypted database is checked with *key* (default: the key of the open database)."""
    if key is None and cipher.is_encrypted(path):
        key = open_key()
    try:
        con = cipher.connect(path, key, readonly=True, cipher=_cipher_of(Path(path)) if key else None)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except cipher.errors() as exc:
        return str(exc)
    return None if result == "ok" else result


def open_key() -> bytes | None:
    """The data key of the open (encrypted) database, held for this session; None when plain or closed."""
    return getattr(database_proxy.obj, "data_key", None)


def connect_raw(path: str | Path, key: bytes | None = None, *, readonly: bool = True):
    """A DB-API connection of its own to *path* (plain, or SQLCipher with the key); for checks and tests."""
    path = Path(path)
    return cipher.connect(path, key, readonly=readonly, cipher=_cipher_of(path) if key else None)


def _make_database(path: Path, key: bytes | None) -> pw.SqliteDatabase:
    if key is None:
        return pw.SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    # lazy: loads sqlcipher3 (≈ 10 ms) only for an encrypted database
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    settings = [(name, cipher._value(value)) for name, value in _cipher_of(path).items()]
    pragmas = [("cipher_log_level", "NONE"), *settings, *PRAGMAS.items()]
    db = SqlCipherDatabase(str(path), passphrase=raw_key_pragma(key), pragmas=pragmas, check_same_thread=False)
    db.data_key = key
    return db


def open_database(path: str | Path, *, migrate: bool = True, create: bool = True,
                  check: bool = True, key: bytes | None = None) -> pw.SqliteDatabase:
    """Open (and if needed create or migrate) the database at *path*; bind every model to it.

    An encrypted database needs its data key (*key*, from the key file with a password or the recovery
    code); without it KeyRequiredError is raised before anything is opened.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists:
        _refuse_empty_over_backups(path)
    if not exists and not create:
        raise StoreError(f"数据库文件不存在：{path}", path=path)
    if exists and is_encrypted(path):
        if key is None:
            raise KeyRequiredError(f"数据库 {path} 已加密，需要用账号密码或恢复码解锁后才能打开。", path=path)
    else:
        key = None  # a plain file opens plain (a key given for it is not used)
    version = _probe(path, check, key) if exists else 0
    if version > SCHEMA_VERSION:
        raise DatabaseNewerError(
            f"数据库 {path} 由更新版本的程序创建（数据结构版本 {version}，本程序支持 {SCHEMA_VERSION}）。"
            "为避免损坏数据，本程序不会打开它，请升级程序。",
            path=path,
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    db = _make_database(path, key)
    sortkeys.register(db)  # ORDER BY pinyin_key(name): person names in pinyin order
    database_proxy.initialize(db)
    db.connect(reuse_if_open=True)
    if version == 0:
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        with db.atomic():
            db.create_tables(ALL_MODELS)
            seed.own_station()
            sync.ensure(db, ALL_MODELS)
            set_schema_version(db, SCHEMA_VERSION)
            seed.seed_defaults()
        audit_chain.write_head(db, path)
    elif version < SCHEMA_VERSION:
        if not migrate:
            raise StoreError(f"数据库需要升级（版本 {version} → {SCHEMA_VERSION}）。", path=path)
        saved = make_backup(db, path.parent / "backups", label=f"before-migrate-v{version}")
        migrations.migrate(db, version, saved)
        if version < 3:  # the chain starts with this version: its first head
            audit_chain.write_head(db, path)
    sync.ensure(db, ALL_MODELS)  # change tracking for 上报包 (created once, recreated after a version change)
    fts.ensure(db)  # search index and its sync triggers (created once, rebuilt after a version change)
    ensure_report_indexes(db)
    refresh_planner_statistics(db)
    return db


# Covering indexes for the period statistics: a year's figures are read from the index alone instead
# of from the (wide) record rows — 3× faster on a county database. Built once, on first open.
REPORT_INDEXES = {
    "report_visit": "visit(deleted, visit_date, category, handling, people_count, status, followup_date)",
    "report_dispute_v3": "dispute(deleted, accepted_on, dispute_type, result, source, people_count, amount,"
                         " closed_on, agreement_amount, prevented_criminal_cases, prevented_criminal_people,"
                         " prevented_petition_cases, prevented_petition_people, prevented_suicide_cases,"
                         " prevented_suicide_people)",
    "report_activity": "activity(deleted, date, activity_type, people_served)",
    "report_duty_slot": "duty_slot(deleted, date, state)",
    "report_reception_day": "reception_day(deleted, date)",
    "report_topic": "topic(deleted, proposed_on, concluded, converted, grade)",
    # member performance walks a year's visit links in member order (no sort, no table reads)
    "report_visit_member": "visit_member(member_id, visit_id)",
}
# The same, led by the station: one station's figures at the county (stats --station / --by-station,
# 工作站对比) read only that station's part of the index.
REPORT_INDEXES.update({
    f"{name}_station": f"{columns.split('(', 1)[0]}(station_id, {columns.split('(', 1)[1]}"
    for name, columns in list(REPORT_INDEXES.items()) if name != "report_visit_member"})
RETIRED_INDEXES = ("report_dispute",)  # replaced by a wider one (mediation statistics read more columns)


def ensure_report_indexes(db: pw.SqliteDatabase) -> None:
    have = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}
    missing = [name for name in REPORT_INDEXES if name not in have]
    retired = [name for name in RETIRED_INDEXES if name in have]
    if missing or retired:
        with db.atomic():
            for name in retired:
                db.execute_sql(f"DROP INDEX IF EXISTS {name}")
            for name in missing:
                db.execute_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {REPORT_INDEXES[name]}")


def refresh_planner_statistics(db: pw.SqliteDatabase, *, min_rows: int = 2000) -> bool:
    """Give SQLite's query planner the tables' sizes (a sampled ANALYZE) once they have grown.

    Without statistics the planner prefers the widest matching index: a reception day's visits were
    read through the covering date index (116 ms on a county database) instead of the day index (0.2 ms).
    Sampling (analysis_limit) keeps this at ≈30 ms on 440k rows; it runs again when the visits have
    doubled since. Returns whether it ran. Statistics only steer the planner, so a failure is not fatal.
    """
    rows = db.execute_sql("SELECT max(id) FROM visit").fetchone()[0] or 0
    if rows < min_rows:
        return False
    if db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        stats = db.execute_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'visit'").fetchall()
        known = max((int(s.split()[0]) for (s,) in stats if s and s.split()[0].isdigit()), default=0)
        if known * 2 > rows:
            return False
    try:
        db.execute_sql("PRAGMA analysis_limit = 1000")
        db.execute_sql("ANALYZE")
    except pw.OperationalError:  # e.g. the disk is full: queries still work, only slower
        return False
    return True


def close_database() -> None:
    """Close the open database, moving the audit log's head file forward first (see audit_chain)."""
    db = database_proxy.obj
    if getattr(db, "is_server", False):  # the server keeps its own log; nothing beside a file to move
        if not db.is_closed():
            db.close()
        return
    if db is not None and not db.is_closed():
        try:
            audit_chain.advance_head(db, db.database)
        except pw.DatabaseError:  # read-only or damaged: the head stays where it was
            pass
        db.close()
