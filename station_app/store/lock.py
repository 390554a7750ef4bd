"""One application instance per data folder: an exclusive lock file held while the app runs; sweeps leftovers.

The lock is the operating system's own (flock on Linux/macOS, a locked byte on Windows), taken without
waiting on a descriptor kept open: it is held per open file, so a second InstanceLock — in another
process or in this one — is refused, and the system drops it when the process ends however it ends.
(This is what the `filelock` package does for us; taking it directly spares every start that import.)
"""

from __future__ import annotations

import os
from pathlib import Path

from station_app.store.errors import DataDirLockedError

if os.name == "nt":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # OSError when another handle holds it

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError when another open file holds it

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:  # already ours
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise DataDirLockedError(
                f"数据文件夹 {self.path.parent} 正被另一个正在运行的本程序使用。"
                "请先关闭那个窗口，或改用其他数据文件夹。",
                path=self.path.parent,
            ) from exc
        self._fd = fd
        # The folder is ours alone now: what a killed run left (.part files of backups and restores,
        # half-made package folders) can go.
        from station_app.store.backup import sweep_leftovers

        sweep_leftovers(self.path.parent)
        return self

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            _unlock(fd)
        except OSError:
            pass  # closing the descriptor releases it all the same
        finally:
            os.close(fd)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
