"""Whole-folder health check: the store's (SQLite integrity, foreign keys, audit chain) and the
attachment files with their hashes."""

from __future__ import annotations

from pathlib import Path

from station_app.services import attachments
from station_app.store import check


def run_checks(data_dir) -> list[str]:
    """Every problem found in the data folder, in Chinese; an empty list means all is well.

    Attachments are checked only when the folder's database is the one currently open.
    """
    db_path = Path(getattr(data_dir, "db_path", data_dir))
    problems = check.store_problems(db_path)
    if db_path.exists() and check.is_open(db_path):
        problems += attachments.verify_all()
    return problems
