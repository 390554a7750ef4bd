"""The automatic daily backup keeps happening while the application stays open past midnight."""

from __future__ import annotations

import datetime as dt

from station_app.store.backup import list_backups
from station_app.ui.daily_backup import DailyBackups


def test_a_new_day_gets_its_backup_without_restarting(app, qtbot, data_dir, db):
    clock = [dt.date(2026, 11, 23)]
    backups = DailyBackups(data_dir, db, today=lambda: clock[0], interval_ms=50)
    notes = []
    backups.made.connect(notes.append)

    assert backups.check() is False  # the start-up checks took care of the first day
    assert list_backups(data_dir.backups) == []

    clock[0] = dt.date(2026, 11, 24)  # the office PC was left on overnight
    backups.start()
    qtbot.waitUntil(lambda: len(notes) == 1, timeout=10000)
    backups.wait()
    (made,) = list_backups(data_dir.backups)
    assert "-auto" in made.name and made.name in notes[0]
    assert backups.check() is False  # once per day
    assert len(list_backups(data_dir.backups)) == 1


def test_paused_after_a_failed_database_check(app, data_dir, db):
    clock = [dt.date(2026, 11, 23)]
    backups = DailyBackups(data_dir, db, today=lambda: clock[0])
    backups.pause()
    clock[0] = dt.date(2026, 11, 24)
    assert backups.check() is False
    assert list_backups(data_dir.backups) == []
