"""Known storage faults, each carrying a plain Chinese message for the user.

known_error() picks the class from SQLite's result code (or the OS errno), never from the message text.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path


class StoreError(Exception):
    """A known fault the user can act on (not a bug)."""

    def __init__(self, message: str, *, path=None, backup=None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.backup = backup  # latest good backup, when one is known

    def __str__(self) -> str:
        return self.message


class DatabaseNewerError(StoreError):
    pass


class DatabaseCorruptError(StoreError):
    pass


class DatabaseMissingError(StoreError):
    """station.db is missing or empty although the folder holds backups: never replaced by an empty one."""


class DataDirLockedError(StoreError):
    pass


class BackupError(StoreError):
    pass


class KeyRequiredError(StoreError):
    """The database is encrypted and no (or a wrong) data key was given."""
class DiskFullError(StoreError):
    """The disk (or the USB stick) is full: what was being done did not finish; nothing saved is lost."""


class ReadOnlyError(StoreError):
    """The disk or folder is write-protected (a locked USB stick, a read-only share)."""


class DatabaseBusyError(StoreError):
    """Another program holds the database (a copy tool, a second application) for too long."""


# SQLite primary result codes (sqlite3 exceptions carry them as .sqlite_errorcode since Python 3.11)
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 5, 6, 8, 10, 13, 14
_SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26  # SQLITE_NOTADB: also what SQLCipher says to a wrong key
_LOW_DISK = 4 << 20  # an I/O error with less than this free is taken for a full disk

DISK_FULL = "磁盘空间已满，{what}没有完成；已保存的数据没有丢失。请清理磁盘（或换一个有空间的位置）后再试。"
READ_ONLY = "磁盘或文件夹是只读的（写保护的U盘、只读共享），{what}没有完成；已保存的数据没有丢失。"
BUSY = "数据库正被另一个程序占用，{what}没有完成；已保存的数据没有丢失。请关闭占用它的程序后再试。"
CORRUPT = ("数据库文件已损坏（或不是本程序的数据库），{what}没有完成。"
           "请关闭程序，用最近的备份恢复（设置 → 备份与数据）。")


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind *exc* (SQLITE_BUSY = 5 …), or None when it is not SQLite's."""
    for e in _causes(exc):
        code = getattr(e, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF
    return None


def _causes(exc: BaseException):
    """*exc*, what it wraps (peewee keeps the driver's exception as .orig) and its causes and contexts."""
    seen, todo = set(), [exc]
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [getattr(e, "orig", None), e.__cause__, e.__context__]


def _low_disk(path) -> bool:
    if path is None:
        return False
    folder = Path(path)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < _LOW_DISK
    except OSError:
        return False


def known_error(exc: BaseException, what: str = "这项操作", path=None) -> StoreError | None:
    """The known storage fault behind *exc* (chosen by SQLite's error code or the OS errno), or None.

    *what* names the operation in the message (e.g. "导入"); *path* is where an I/O error happened, so a
    nearly full disk there is reported as full rather than as damage.
    """
    if isinstance(exc, StoreError):
        return exc
    for e in _causes(exc):
        code = getattr(e, "sqlite_errorcode", None)
        if code is not None:
            primary = code & 0xFF
            if primary == _SQLITE_FULL or (primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and _low_disk(path)):
                return DiskFullError(DISK_FULL.format(what=what), path=path)
            if primary == _SQLITE_READONLY:
                return ReadOnlyError(READ_ONLY.format(what=what), path=path)
            if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
                return DatabaseBusyError(BUSY.format(what=what), path=path)
            if primary in (_SQLITE_CORRUPT, SQLITE_NOTADB):
                return DatabaseCorruptError(CORRUPT.format(what=what), path=path)
        if _connection_lost(e):
            return ServerUnreachableError(SERVER_LOST.format(what=what), path=path)
        if isinstance(e, OSError):
            if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
                return DiskFullError(DISK_FULL.format(what=what), path=getattr(e, "filename", None) or path)
            if e.errno == errno.EROFS:
                return ReadOnlyError(READ_ONLY.format(what=what), path=getattr(e, "filename", None) or path)
    return None


SERVER_LOST = ("{what}没有完成：与数据库服务器的连接中断了（服务器重启、网线断开或网络故障）。已保存的数据不受影响，"
               "窗口中填写的内容仍在；请检查网络后重试。")


class ServerUnreachableError(StoreError):
    """The PostgreSQL server cannot be reached or dropped the connection."""


def _connection_lost(e: BaseException) -> bool:
    """Whether *e* is psycopg's (or peewee's wrapping of it) for a connection that broke or never came."""
    module = type(e).__module__ or ""
    if not (module.startswith("psycopg") or module == "peewee"):
        return False
    if type(e).__name__ not in ("OperationalError", "InterfaceError"):
        return False
    text = str(e).lower()
    return any(s in text for s in ("connection", "server closed", "terminating", "could not receive",
                                   "could not send", "timeout", "timed out", "the connection is lost"))
