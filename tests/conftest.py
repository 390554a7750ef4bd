"""Shared fixtures: every test gets a fresh data folder with a real WAL SQLite database."""

from __future__ import annotations

import os
import tempfile

import pytest

# the search index's sources (store.fts) come from the registry, as they do in the application: a test of the
# store alone still gets the documents the program builds
import station_app.services.registry  # noqa: F401

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _temporary_files_in_the_sessions_folder(tmp_path_factory):
    """What the code under test puts in the temporary folder (a print preview a test never closes keeps
    its station-preview-* folder …) goes to this session's own folder, which pytest removes: nothing is
    left in /tmp, and no other process's temporary files are touched."""
    saved = tempfile.tempdir
    tempfile.tempdir = str(tmp_path_factory.mktemp("tmp"))
    yield
    tempfile.tempdir = saved


@pytest.fixture
def data_dir(tmp_path):
    from station_app.paths import DataDir

    return DataDir(tmp_path / "data").ensure()


@pytest.fixture
def db(data_dir, request):
    """An open, seeded database in a temporary data folder; the actor is an administrator.

    STATION_TEST_ENCRYPTED=1 runs the same tests on an encrypted (SQLCipher) database;
    STATION_TEST_SERVER=postgresql://… on a fresh database of that PostgreSQL server."""
    from station_app.services import context
    from station_app.store.db import close_database, open_database

    server = os.environ.get("STATION_TEST_SERVER")
    if server:
        database = request.getfixturevalue("server_database")
    else:
        database = open_database(data_dir.db_path)
    if os.environ.get("STATION_TEST_ENCRYPTED"):
        database = encrypt_for_tests(data_dir.db_path)
    context.set_actor("tester", "管理员")
    yield database
    close_database()


@pytest.fixture(scope="session")
def server_template():
    """A database with the schema made once on the test server; each test's database is a copy of it."""
    import pgserver

    return pgserver.template(os.environ["STATION_TEST_SERVER"])


@pytest.fixture
def server_database(server_template):
    import pgserver

    from station_app.store.server import open_server_database

    url = pgserver.fresh_copy(server_template)
    yield open_server_database(url)
    pgserver.drop(server_template, url)


def encrypt_for_tests(path):
    """Encrypt the open database at *path* in place with a random key (key file beside); reopen it."""
    from station_app.store import cipher, keyfile
    from station_app.store.db import close_database, open_database

    key = keyfile.new_data_key()
    close_database()
    keyfile.write(keyfile.keyfile_of(path), keyfile.new_document(key, keyfile.new_recovery_code(), cipher.CIPHER))
    cipher.encrypt_file(path, key, cipher.CIPHER)
    return open_database(path, key=key)


@pytest.fixture(autouse=True)
def _background_threads_end_before_the_store_closes(request):
    """Pages and previews work in threads (ui/jobs.py): let them end before the test's database closes.

    Lives here, not in tests/gui, because Qt tests outside that folder (print preview, ledgers) start
    workers too: one still rendering a PDF while its dialog and fonts were torn down crashed reportlab.
    """
    if "db" in request.fixturenames:
        request.getfixturevalue("db")  # set up first, so it is torn down after the wait below
    yield
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        # Windows a test left open would otherwise go on reacting to later tests' change notices
        # (and read a database that is no longer theirs): close them before the store goes.
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            for widget in QApplication.topLevelWidgets():
                widget.close()
                widget.deleteLater()
    if "station_app.ui.jobs" in sys.modules:
        from station_app.ui.jobs import stop_all

        stop_all(timeout=60)
