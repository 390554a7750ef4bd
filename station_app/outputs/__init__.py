"""Outputs: Excel ledgers, PDF archive sheets and inspection packages (no Qt).

Long work reports progress through `progress(done, total, message)` and stops when `cancel()` turns
true, raising `Cancelled`; files are written to a temporary name and renamed at the end.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

ProgressFn = Callable[[int, int, str], None] | None
CancelFn = Callable[[], bool] | None


class Cancelled(Exception):
    """The user cancelled; nothing was written at the destination."""

    def __init__(self, message: str = "已取消，未生成文件。"):
        super().__init__(message)
        self.message = message


class OutputError(OSError):
    """A file could not be written; `message` says which file, why, and what to do (Chinese)."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(reason)
        self.path = Path(path)
        self.strerror = reason  # so "无法写入 {path}：{exc.strerror}" reads right too
        self.message = f"无法写入 {self.path}：{reason}"

    def __str__(self) -> str:
        return self.message


_UMASK = os.umask(0o022)  # read once, at import (os.umask can only be read by setting it)
os.umask(_UMASK)
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def _reason(exc: OSError, dest: Path) -> str:
    """What a clerk can act on, from the system's error."""
    if isinstance(exc, IsADirectoryError) or dest.is_dir():
        return "这是一个文件夹，请另给一个文件名。"
    if isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in (5, 32, 33):
        return ("文件正被其他程序（如 Excel、WPS 或 PDF 阅读器）打开，或该位置不允许写入。"
                "请关闭该文件或换一个位置后重试。")
    if exc.errno in _FULL:
        return "磁盘空间不足，请清理磁盘或换一个位置（如 U 盘）后重试。"
    if exc.errno == errno.EROFS:
        return "该位置是只读的（如写保护的 U 盘），请换一个位置。"
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        if dest.parent.is_dir():
            return "该文件夹不允许新建文件，请换一个位置。"
        return f"文件夹 {dest.parent} 不存在，也无法创建。"
    return f"{exc.strerror or exc}。"


class Ticker:
    """Calls progress at most every *every* steps and checks for cancellation."""

    def __init__(self, total: int, progress: ProgressFn = None, cancel: CancelFn = None, every: int = 200):
        self.total, self.progress, self.cancel, self.every = total, progress, cancel, max(1, every)
        self.done = 0

    def step(self, n: int = 1, message: str = "") -> None:
        self.done += n
        if self.done % self.every < n or self.done >= self.total:
            if self.cancel and self.cancel():
                raise Cancelled()
            if self.progress:
                self.progress(self.done, self.total, message)

    def check(self) -> None:
        if self.cancel and self.cancel():
            raise Cancelled()


@contextmanager
def atomic_path(dest: str | Path):
    """Yield a temporary path beside *dest*; on success it is renamed onto *dest*, else removed.

    Failing to create the folder or the file, a full disk while writing, or a destination held open by
    another program (Windows refuses the rename) raise `OutputError`; the destination is left as it was.
    """
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.stem}-", suffix=dest.suffix + ".part", dir=dest.parent)
        os.close(fd)
    except OSError as exc:
        raise OutputError(dest, _reason(exc, dest)) from exc
    tmp = Path(tmp)
    try:
        try:
            yield tmp
        except OSError as exc:  # writing the temporary file: only a full disk is about the destination
            if exc.errno in _FULL:
                raise OutputError(dest, _reason(exc, dest)) from exc
            raise
        try:
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            # mkstemp makes the file private (0600): give it the mode a file saved here normally gets
            os.chmod(tmp, dest.stat().st_mode & 0o777 if dest.is_file() else 0o666 & ~_UMASK)
            os.replace(tmp, dest)
        except OSError as exc:
            raise OutputError(dest, _reason(exc, dest)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
