"""Online backups with the SQLite backup API, daily rotation (30 daily + 12 monthly) and verified restore."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
from pathlib import Path

import peewee as pw

from station_app.store import audit_chain, cipher, keyfile
from station_app.store.errors import BackupError, DiskFullError, ReadOnlyError, known_error
from station_app.store.migrations import APPLICATION_ID, SCHEMA_VERSION

PREFIX = "station-"
SUFFIX = ".db"
SERVER_SUFFIX = ".stdump"  # a server database's backup (store/server_backup.py)
KEEP_DAILY = 30
KEEP_MONTHLY = 12


def _stamp(when: dt.datetime | None = None) -> str:
    return (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


def make_backup(db: pw.SqliteDatabase, folder: str | Path, *, label: str = "manual",
                target: str | Path | None = None) -> Path:
    """Copy the live database into *folder* (or to *target*) consistently; never leaves a half file.

    A *target* that is an existing folder (a USB stick's drive) gets a dated file name inside it.
    An encrypted database gives an encrypted backup (same data key) with a copy of its key file beside
    it (`….keys`), so the backup restores with a password or the recovery code.
    """
    key = getattr(db, "data_key", None)
    if target is not None and Path(target).is_dir():
        folder, target = Path(target), None
    folder = Path(folder)
    if getattr(db, "is_server", False):  # a PostgreSQL database: its rows, table by table (server_backup)
        from station_app.store import server_backup
        from station_app.store.migrations import SCHEMA_VERSION

        dest = Path(target) if target else folder / f"{PREFIX}{_stamp()}-{label}{server_backup.SUFFIX}"
        if dest.exists() and target is None:
            dest = dest.with_name(dest.name.replace(server_backup.SUFFIX, f"-{os.getpid()}{server_backup.SUFFIX}"))
        server_backup.write_dump(db, dest, SCHEMA_VERSION)
        return dest
    dest = Path(target) if target else folder / f"{PREFIX}{_stamp()}-{label}{SUFFIX}"
    tmp = dest.with_name(f".{dest.name}.part")  # hidden and never listed; swept at the next start
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists() and target is None:
            dest = dest.with_name(dest.stem + f"-{os.getpid()}" + SUFFIX)
            tmp = dest.with_name(f".{dest.name}.part")
        tmp.unlink(missing_ok=True)
        out = cipher.connect(tmp, key, cipher=keyfile.cipher_settings(keyfile.keyfile_of(db.database)) or None)
        try:
            db.connection().backup(out)
            audit_chain.embed_head(out)  # the copy carries its log's head, checkable on its own
            out.commit()
            out.execute("PRAGMA journal_mode=DELETE")
            # The backup API copies a consistent snapshot page by page; a full quick_check here would
            # double the time (2 s on a county database). Check the copy opens as a database with its
            # schema instead; restore runs the full integrity check before it replaces anything.
            if not out.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise sqlite3.DatabaseError("备份文件是空的")
        finally:
            out.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if key is not None:  # the key file first: a backup never sits without the keys that open it
            _copy_keys(keyfile.keyfile_of(db.database), keyfile.keyfile_of(dest))
        os.replace(tmp, dest)
    except (OSError, *cipher.errors(), sqlite3.Error) as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise BackupError(f"备份失败，无法写入 {dest.parent}：{_explain(exc, dest)}", path=dest) from exc
    return dest


def _copy_keys(src: Path, dest: Path) -> None:
    keyfile.write(dest, keyfile.read(src))


def _explain(exc: Exception, dest: Path) -> str:
    """Why the backup could not be written, chosen by the error's type and code (not its text)."""
    known = known_error(exc, "备份", dest.parent)
    if isinstance(exc, PermissionError) or isinstance(known, ReadOnlyError):
        return "目标文件夹只读或没有写入权限"
    if isinstance(known, DiskFullError):
        return "磁盘空间不足"
    return known.message if known is not None else str(exc)


def list_backups(folder: str | Path) -> list[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{PREFIX}*") if p.is_file() and p.suffix in (SUFFIX, SERVER_SUFFIX))


def backup_time(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(path.name[len(PREFIX):len(PREFIX) + 15], "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def latest_backup(folder: str | Path, key: bytes | None = None) -> Path | None:
    """The newest backup that passes an integrity check (an encrypted one only with its *key*)."""
    for path in reversed(list_backups(folder)):
        if verify(path, key):
            return path
    return None


def verify(path: str | Path, key: bytes | None = None) -> bool:
    """Whether *path* passes SQLite's integrity check; an encrypted backup is read with *key*.
    A server database's backup: whether the file is whole."""
    if Path(path).suffix == SERVER_SUFFIX:
        from station_app.store import server_backup

        return server_backup.read_header(Path(path)) is not None
    encrypted = cipher.is_encrypted(path)
    if encrypted and key is None:
        return False
    try:
        settings = keyfile.cipher_settings(keyfile.keyfile_of(path)) or None
        con = cipher.connect(path, key if encrypted else None, readonly=True, cipher=settings)
        try:
            return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except (*cipher.errors(), sqlite3.Error):
        return False


def daily_backup(db: pw.SqliteDatabase, folder: str | Path, today: dt.date | None = None) -> Path | None:
    """Make today's automatic backup unless one exists, then rotate. Returns the new file or None."""
    today = today or dt.date.today()
    tag = today.strftime("%Y%m%d")
    if any(p.name.startswith(PREFIX + tag) for p in list_backups(folder)):
        return None
    made = make_backup(db, folder, label="auto")
    rotate(folder)
    return made


def rotate(folder: str | Path, keep_daily: int = KEEP_DAILY, keep_monthly: int = KEEP_MONTHLY) -> list[Path]:
    """Keep the newest backup of each of the last *keep_daily* days and *keep_monthly* months."""
    files = [p for p in list_backups(folder) if "-auto" in p.name and backup_time(p)]
    files.sort(key=backup_time, reverse=True)
    keep: set[Path] = set()
    days: list[dt.date] = []
    months: list[tuple[int, int]] = []
    for p in files:
        t = backup_time(p)
        if t.date() not in days and len(days) < keep_daily:
            days.append(t.date())
            keep.add(p)
        if (t.year, t.month) not in months and len(months) < keep_monthly:
            months.append((t.year, t.month))
            keep.add(p)
    removed = [p for p in files if p not in keep]
    for p in removed:
        p.unlink(missing_ok=True)
        keyfile.keyfile_of(p).unlink(missing_ok=True)
    return removed


# Tables every database of this application has had since schema version 1.
APP_TABLES = frozenset({"station", "member", "user", "audit_log", "visit", "reception_day", "dispute", "party",
                        "activity", "topic", "duty_slot", "lookup"})


def keys_for(backup_file: str | Path, db_path: str | Path) -> Path:
    """The key file that opens *backup_file*: its own (`….keys` beside it), else the data folder's."""
    own = keyfile.keyfile_of(backup_file)
    return own if own.exists() else keyfile.keyfile_of(db_path)


def inspect_candidate(path: str | Path, key: bytes | None = None, db_path: str | Path | None = None) -> str | None:
    """Why *path* cannot be restored (Chinese), or None when it is a sound database of this application.

    Opened read-only and never changed: SQLite integrity, this application's tables and application id,
    and a schema version this program can open (or migrate). An encrypted file is read with *key* and the
    page settings of its key file (its own, else *db_path*'s folder's).
    """
    path = Path(path)
    if not path.is_file():
        return f"备份文件不存在：{path}"
    if path.stat().st_size == 0:
        return f"备份文件是空的（0 字节）：{path}"
    encrypted = cipher.is_encrypted(path)
    keys = keys_for(path, db_path) if db_path else keyfile.keyfile_of(path)
    if encrypted and keys.exists() and key is None:
        return f"备份文件已加密，需要账号密码或恢复码才能恢复：{path}"
    try:
        settings = keyfile.cipher_settings(keys) or None
        con = cipher.connect(path, key if encrypted else None, readonly=True, cipher=settings)
        try:
            result = con.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                return f"备份文件已损坏（{result}）：{path}"
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except (*cipher.errors(), sqlite3.DatabaseError) as exc:
        if encrypted and keys.exists():
            return f"备份文件已损坏或与所给密钥不符（{exc}）：{path}"
        return f"备份文件已损坏或不是数据库文件（{exc}）：{path}"
    missing = sorted(APP_TABLES - tables)
    if app_id not in (0, APPLICATION_ID) or missing:
        why = f"缺少数据表 {'、'.join(missing[:5])}" if missing else f"应用标识 {app_id:#x} 不符"
        return f"不是本程序的数据库（{why}）：{path}"
    if version < 1 or version > SCHEMA_VERSION:
        return (f"备份的数据结构版本是 {version}，本程序只能打开 1–{SCHEMA_VERSION} 版"
                f"{'（由更新版本的程序创建，请先升级程序）' if version > SCHEMA_VERSION else ''}：{path}")
    return None


def _set_aside(db_path: Path, saved: Path, key: bytes | None) -> None:
    """Keep the current database as *saved*: a verified consistent copy if it is readable, else its bytes.

    An encrypted one stays encrypted (copied with *key*, or byte for byte) with its key file beside. Written
    under a name no backup list shows (``.…part``) and renamed only when complete, so a kill mid-way never
    leaves a half copy that looks like a backup.
    """
    part = saved.with_name("." + saved.name + ".part")
    encrypted = cipher.is_encrypted(db_path)
    settings = keyfile.cipher_settings(keyfile.keyfile_of(db_path)) or None
    try:
        try:
            if encrypted and key is None:
                raise sqlite3.DatabaseError("encrypted, no key")
            src = cipher.connect(db_path, key if encrypted else None, readonly=True, cipher=settings)
            try:
                src.execute("SELECT count(*) FROM sqlite_master").fetchone()
                part.unlink(missing_ok=True)
                out = cipher.connect(part, key if encrypted else None, cipher=settings)
                try:
                    src.backup(out)
                    out.execute("PRAGMA journal_mode=DELETE")
                    if out.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                        raise sqlite3.DatabaseError("copy failed its check")
                finally:
                    out.close()
            finally:
                src.close()
        except (*cipher.errors(), sqlite3.DatabaseError):  # damaged (or no key): keep it byte for byte
            part.unlink(missing_ok=True)
            shutil.copyfile(db_path, part)
            wal = Path(str(db_path) + "-wal")
            if wal.exists():
                shutil.copyfile(wal, Path(str(saved) + "-wal"))
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        if encrypted and keyfile.keyfile_of(db_path).exists():  # keys first: never a copy without them
            _copy_keys(keyfile.keyfile_of(db_path), keyfile.keyfile_of(saved))
        os.replace(part, saved)
    finally:
        part.unlink(missing_ok=True)


def restore(db_path: str | Path, backup_file: str | Path, key: bytes | None = None) -> Path | None:
    """Replace the database with *backup_file* once it has passed inspect_candidate; nothing is touched before.

    An encrypted backup needs its data *key*; its key file becomes the folder's. A plain backup makes the
    folder plain again. The current file (if any) is kept in backups/ as a verified copy. The database must
    be closed by the caller. Returns the path of the saved current file (None when there was none).
    """
    db_path, backup_file = Path(db_path), Path(backup_file)
    problem = inspect_candidate(backup_file, key, db_path)
    if problem:
        raise BackupError(f"{problem}。未恢复，当前数据库没有任何改动。", path=backup_file)
    encrypted = cipher.is_encrypted(backup_file) and keys_for(backup_file, db_path).exists()
    keys = keys_for(backup_file, db_path) if encrypted else None
    folder = db_path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    saved = folder / f"{PREFIX}{_stamp()}-before-restore{SUFFIX}"
    tmp = db_path.with_name("." + db_path.name + ".restore.part")
    try:
        if db_path.exists() and db_path.stat().st_size > 0:
            _set_aside(db_path, saved, key)
        else:
            saved = None
        doc = keyfile.read(keys) if keys else None
        shutil.copyfile(backup_file, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        for side in ("-wal", "-shm"):
            Path(str(db_path) + side).unlink(missing_ok=True)
        if doc is not None:  # keys first: the restored file never sits without what opens it
            keyfile.write(keyfile.keyfile_of(db_path), doc)
        os.replace(tmp, db_path)
        if doc is None:
            keyfile.keyfile_of(db_path).unlink(missing_ok=True)
    except (OSError, sqlite3.Error, *cipher.errors()) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"恢复失败：{_explain(exc, tmp)}。当前数据库没有改动。", path=db_path) from exc
    _restore_head(db_path, key if encrypted else None)
    return saved


def _restore_head(db_path: Path, key: bytes | None) -> None:
    """The restored database's own log head becomes the folder's (else check would see a cut-off log)."""
    settings = keyfile.cipher_settings(keyfile.keyfile_of(db_path)) or None
    con = cipher.connect(db_path, key, cipher=settings)
    try:
        if con.execute("SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'chain'").fetchone():
            head = audit_chain.head(con)
            path = audit_chain.head_path(db_path)
            path.write_text(json.dumps(head), encoding="utf-8")
        else:
            audit_chain.head_path(db_path).unlink(missing_ok=True)  # an older backup: the migration makes one
    finally:
        con.close()


def sweep_leftovers(data_root: str | Path) -> list[Path]:
    """Remove what killed runs left: .part files of backups, restores and heads, half-made package folders."""
    root = Path(data_root)
    found: list[Path] = []
    for folder in (root, root / "backups"):
        if folder.is_dir():
            found += [p for p in folder.glob(".*.part") if p.is_file()]
            found += [p for p in folder.glob("*.part") if p.is_file()]
    found += [p for p in root.glob("*.encrypting") if p.is_file()]  # a killed `encrypt` (store.cipher)
    for path in found:
        try:
            path.unlink()
        except OSError:
            pass
    for staging in root.glob(".inspection-*"):  # outputs.package stages its files here
        if staging.is_dir():
            shutil.rmtree(staging, ignore_errors=True)
            found.append(staging)
    return found
