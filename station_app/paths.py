"""Where the data folder lives: the per-user application-data folder, a portable folder, or --data-dir."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from platformdirs import user_data_dir

from station_app import APP_ID

PORTABLE_MARKER = "portable.txt"
DB_NAME = "station.db"


def app_root() -> Path:
    """Folder holding the executable (frozen) or the source tree."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


@cache  # the program's folder does not move while it runs; asked for each icon and font (≈ 0.1 ms: resolve())
def resources_dir() -> Path:
    if getattr(sys, "frozen", False):
        base = Path(getattr(sys, "_MEIPASS", app_root()))
        return base / "resources"
    return app_root() / "resources"


def default_data_dir(portable: bool = False) -> Path:
    env = os.environ.get("STATION_APP_DATA")
    if env:
        return Path(env)
    if portable or (app_root() / PORTABLE_MARKER).exists():
        return app_root() / "data"
    return Path(user_data_dir(APP_ID, appauthor=False, roaming=True))


@dataclass(frozen=True)
class DataDir:
    """The layout of one data folder."""

    root: Path

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def lock_path(self) -> Path:
        return self.root / "station.lock"

    def ensure(self) -> DataDir:
        for p in (self.root, self.backups, self.attachments, self.logs):
            p.mkdir(parents=True, exist_ok=True)
        return self
