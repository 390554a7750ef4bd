"""Outputs: Excel ledgers, PDF archive sheets and inspection packages (no Qt).

Long work reports progress through `progress(done, total, message)` and stops when `cancel()` turns
true, raising `Cancelled`; files are written to a temporary name and renamed at the end.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Optional

ProgressFn = Optional[Callable[[int, int, str], None]]
CancelFn = Optional[Callable[[], bool]]


class Cancelled(Exception):
    """The user cancelled; nothing was written at the destination."""

    def __init__(self, message: str = "已取消，未生成文件。"):
        super().__init__(message)
        self.message = message


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
    """Yield a temporary path beside *dest*; on success it is renamed onto *dest*, else removed."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.stem}-", suffix=dest.suffix + ".part", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
