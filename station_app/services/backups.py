"""Backups from the 设置 page: back up now, list the backups, restore one (administrators only)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from station_app.services import changes, context
from station_app.store import backup as store_backup
from station_app.store.base import database_proxy
from station_app.store.db import close_database, open_database, open_key
from station_app.store.errors import BackupError
from station_app.store.models import ALL_MODELS


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime | None
    size: int

    @property
    def label(self) -> str:
        kind = "自动" if "-auto" in self.path.name else ("恢复前" if "before-restore" in self.path.name else "手动")
        when = self.made_at.strftime("%Y-%m-%d %H:%M") if self.made_at else "时间不详"
        return f"{when}（{kind}，{self.size / 1024 / 1024:.1f} MB）"


def on_server() -> bool:
    """Whether the open database is a PostgreSQL server's (its backups are .stdump files; no file encryption)."""
    return getattr(database_proxy.obj, "is_server", False)


def backup_now(data_dir) -> Path:
    """A consistent copy of the open database in the data folder's backups/."""
    context.require_edit()
    return store_backup.make_backup(database_proxy.obj, data_dir.backups, label="manual")


def backups(data_dir) -> list[BackupFile]:
    """The backups, newest first."""
    return [BackupFile(p, store_backup.backup_time(p), p.stat().st_size)
            for p in reversed(store_backup.list_backups(data_dir.backups))]


def restore_backup(data_dir, backup_file: str | Path) -> Path | None:
    """Replace the database with *backup_file*: verified first, the current file kept as a backup.

    The database is closed and opened again; returns the path of the saved current file.
    """
    context.require_admin()
    if getattr(database_proxy.obj, "is_server", False):
        return restore_server_backup(data_dir, backup_file)
    key = open_key()  # an encrypted backup of this station opens with the session's data key
    problem = store_backup.inspect_candidate(backup_file, key)
    if problem:  # refused before the open database is even closed
        raise BackupError(f"{problem}。未恢复，当前数据库没有任何改动。")
    close_database()
    try:
        saved = store_backup.restore(data_dir.db_path, backup_file, key=key)
    finally:
        open_database(data_dir.db_path, key=key)
    changes.touched(*ALL_MODELS)  # every list now shows the backup's rows
    return saved


def restore_server_backup(data_dir, backup_file: str | Path) -> Path:
    """A server database: the rows of *backup_file* (a .stdump) replace every row, in one transaction;
    the rows as they were are written to a backup first ("before-restore"), whose path is returned."""
    from station_app.store import server_backup
    from station_app.store.migrations import SCHEMA_VERSION

    context.require_admin()
    backup_file = Path(backup_file)
    if backup_file.suffix != server_backup.SUFFIX or server_backup.read_header(backup_file) is None:
        raise BackupError(f"{backup_file} 不是数据库服务器的备份文件（.stdump），或文件不完整。未恢复，数据没有改动。")
    saved = store_backup.make_backup(database_proxy.obj, data_dir.backups, label="before-restore")
    server_backup.restore_dump(database_proxy.obj, backup_file, SCHEMA_VERSION)
    changes.touched(*ALL_MODELS)
    return saved
