"""One application instance per data folder: an exclusive lock file held while the app runs; sweeps leftovers."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from station_app.store.backup import sweep_leftovers
from station_app.store.errors import DataDirLockedError


class InstanceLock:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = FileLock(str(self.path), timeout=0)

    def acquire(self) -> InstanceLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise DataDirLockedError(
                f"数据文件夹 {self.path.parent} 正被另一个正在运行的本程序使用。"
                "请先关闭那个窗口，或改用其他数据文件夹。",
                path=self.path.parent,
            ) from exc
        # The folder is ours alone now: what a killed run left (.part files of backups and restores,
        # half-made package folders) can go.
        sweep_leftovers(self.path.parent)
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
