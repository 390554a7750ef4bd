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


SERVER = os.environ.get("STATION_TEST_SERVER")  # postgresql://…/postgres: a server the tests may create databases on
REQUIRE_SERVER = bool(os.environ.get("STATION_TEST_REQUIRE_SERVER"))  # CI: no server is a failure, not a skip


def pytest_generate_tests(metafunc):
    """With STATION_TEST_ALL_ON_SERVER=1 the services', outputs' and CLI tests run twice: on a SQLite file and
    on a PostgreSQL database.
    GUI tests (tests/gui) and tests of the SQLite file itself (marked sqlite_only) run on SQLite only."""
    if not os.environ.get("STATION_TEST_ALL_ON_SERVER"):  # not yet by default: see tests/test_server_database.py
        return
    if "db" not in metafunc.fixturenames or "gui" in metafunc.definition.path.parts:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    metafunc.parametrize("db", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db(data_dir, request, monkeypatch):
    """An open, seeded database; the actor is an administrator. By default a SQLite file in a temporary data
    folder; with the parameter "postgresql" a fresh database on the test server (STATION_TEST_SERVER), also
    chosen for the CLI run in-process (STATION_APP_DATABASE), its attachments cached in the data folder.

    STATION_TEST_ENCRYPTED=1 runs the same tests on an encrypted (SQLCipher) database."""
    from station_app.services import context
    from station_app.store.db import close_database, open_database

    if getattr(request, "param", "sqlite") == "postgresql":
        database = request.getfixturevalue("server_database")
        monkeypatch.setenv("STATION_APP_DATABASE", database.url_for_tests)
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
    if not SERVER:
        if REQUIRE_SERVER:
            pytest.fail("STATION_TEST_SERVER is not set: the PostgreSQL tests cannot run")
        pytest.skip("no PostgreSQL server for the tests (set STATION_TEST_SERVER=postgresql://…/postgres)")
    import pgserver

    try:
        return pgserver.template(SERVER)
    except Exception as exc:  # noqa: BLE001 — any reason the server is not usable fails (CI) or skips loudly
        if REQUIRE_SERVER:
            pytest.fail(f"the PostgreSQL test server {SERVER} is not usable: {exc}")
        pytest.skip(f"the PostgreSQL test server is not usable: {exc}")


@pytest.fixture
def server_database(server_template, data_dir):
    import pgserver
    from station_app.store.server import open_server_database

    url = pgserver.fresh_copy(server_template)
    database = open_server_database(url, cache_dir=data_dir.root / "server-cache")
    database.url_for_tests = url
    yield database
    from station_app.store.db import close_database

    close_database()
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
