"""Today's automatic backup while the application stays open for days (office PCs are rarely shut down)."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 30 * 60 * 1000  # half an hour: a new day's backup is made soon after midnight


def backup_today(data, db, day: dt.date | None = None) -> str:
    """Today's automatic backup unless one exists (`store.backup.daily_backup`), from a worker thread;
    returns the status-bar note ("" when there was nothing to do). Closes the thread's own connection."""
    from station_app.store.backup import daily_backup
    from station_app.store.errors import BackupError
    from station_app.ui.i18n import translate

    try:
        made = daily_backup(db, data.backups, today=day)
        return translate("App", "已自动备份：{name}").format(name=made.name) if made else ""
    except BackupError as exc:
        log.warning("daily backup failed: %s", exc)
        return translate("App", "自动备份失败：{error}").format(error=exc.message)
    finally:
        db.close()  # this thread's own connection


class DailyBackups(QObject):
    """Every half hour: when the date has changed since the last backup, make today's, off the GUI thread.

    The start-up checks make the first day's backup; `pause()` stops these when they found the database
    damaged (a backup of a damaged file would push good ones out of the rotation).
    """

    made = Signal(str)  # a note for the status bar

    def __init__(self, data, db, *, today: Callable[[], dt.date] = dt.date.today,
                 interval_ms: int = CHECK_EVERY_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.data, self.db, self.today = data, db, today
        self.last_day = today()
        self.paused = False
        self.thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> DailyBackups:
        self.timer.start()
        return self

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()

    def busy(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def check(self) -> bool:
        """Start today's backup when it is due; returns whether one was started."""
        day = self.today()
        if self.paused or day == self.last_day or self.busy():
            return False
        self.last_day = day
        self.thread = threading.Thread(target=self._work, args=(day,), name="daily-backup", daemon=True)
        self.thread.start()
        return True

    def wait(self, seconds: float = 120) -> None:
        if self.thread is not None:
            self.thread.join(seconds)

    def _work(self, day: dt.date) -> None:
        from station_app.store.base import database_proxy

        # the database open now: a restore or turning encryption on replaces the one given at start
        db = self.db if self.db is database_proxy.obj or database_proxy.obj is None else database_proxy.obj
        note = backup_today(self.data, db, day)
        if note:
            self.made.emit(note)
