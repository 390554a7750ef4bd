"""Shared fixtures: every test gets a fresh data folder with a real WAL SQLite database."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path):
    from station_app.paths import DataDir

    return DataDir(tmp_path / "data").ensure()


@pytest.fixture
def db(data_dir):
    """An open, seeded database in a temporary data folder; the actor is an administrator."""
    from station_app.services import context
    from station_app.store.db import close_database, open_database

    database = open_database(data_dir.db_path)
    context.set_actor("tester", "管理员")
    yield database
    close_database()
