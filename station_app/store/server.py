"""A station database on a PostgreSQL server, for several PCs sharing one set of records.

`open_server_database(url)` connects (psycopg 3), creates the schema on an empty database, and keeps what
the SQLite file keeps with triggers: the change counter and revisions (`sync`, here in PL/pgSQL), the
search documents (a `search_doc` table kept by triggers, searched through a pg_trgm GIN index) and the
report indexes. The schema version lives in `schema_info` (SQLite keeps it in PRAGMA user_version).

The URL is libpq's: ``postgresql://USER@HOST:5432/DBNAME?sslmode=require``. The password comes from
the URL's caller (the terminal or the settings' saved credential), from PGPASSFILE, or from PGPASSWORD —
never from the log: `display_url` is what is shown.
"""

from __future__ import annotations

import logging
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import peewee as pw

from station_app.store import dialect, seed, server_search, server_sync
from station_app.store.base import database_proxy
from station_app.store.errors import DatabaseNewerError, StoreError
from station_app.store.migrations import SCHEMA_VERSION
from station_app.store.models import ALL_MODELS

SCHEMES = ("postgresql://", "postgres://")
log = logging.getLogger(__name__)


def is_server_url(text: str | None) -> bool:
    return bool(text) and str(text).strip().lower().startswith(SCHEMES)


def display_url(url: str) -> str:
    """The URL without its password (what messages and the log show)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


class ServerDatabase(pw.PostgresqlDatabase):
    """peewee's PostgreSQL database (psycopg 3) opened from a libpq URL; `display` is the URL to show."""

    is_server = True

    def __init__(self, url: str, password: str | None = None, cache_dir=None):
        url = "postgresql://" + url.split("://", 1)[1]  # postgres:// is libpq's alias
        self.display = display_url(url)
        # this PC's copies of what the server holds as contents (attachments), under the data folder
        self.cache_dir = Path(cache_dir) if cache_dir else Path(tempfile.gettempdir()) / "station-app-server"
        extra = {"password": password} if password else {}
        super().__init__(url, connect_timeout=10, application_name="station-app", **extra)
        self._adapter = _adapter()  # peewee was imported without the drivers (station_app/__init__.py)
        self._isolation_level = self._adapter.isolation_level_int(None)

    def execute_sql(self, sql, params=None):
        """As peewee's, also taking the ``?`` marks the raw reports are written with (SQLite's).

        A connection the server dropped (restarted, a cable pulled) is opened again once for a statement
        outside a transaction; inside one the error goes up (the transaction is lost, nothing half-saved)."""
        if not params:
            sql = sql.replace("%", "%%")  # no marks: every percent sign is literal (the driver parses them)
        elif "?" in sql and "%s" not in sql:
            sql = dialect.marks(sql)
        try:
            return super().execute_sql(sql, params)
        except (pw.OperationalError, pw.InterfaceError) as exc:
            if self.in_transaction() or not self._broken():
                raise
            log.warning("server connection lost (%s): reconnecting", first_line(exc))
            self.close()
            self.connect()
            return super().execute_sql(sql, params)

    def _broken(self) -> bool:
        conn = self._state.conn
        return conn is None or bool(getattr(conn, "closed", False)) or getattr(conn, "broken", False)


# What the raw reports, written once for both databases, take from SQLite that PostgreSQL lacks: the sum of
# conditions (SQLite's comparisons are 0 or 1; SUM(state = '已完成') counts the rows where it holds).
COMPAT = (
    ("CREATE OR REPLACE FUNCTION station_count_true(bigint, boolean) RETURNS bigint LANGUAGE sql IMMUTABLE "
     "AS 'SELECT $1 + CASE WHEN $2 THEN 1 ELSE 0 END'"),
    "CREATE OR REPLACE AGGREGATE sum(boolean) (SFUNC = station_count_true, STYPE = bigint, INITCOND = '0')",
)

_ADAPTER = None


def _adapter():
    """peewee's psycopg 3 adapter on the psycopg imported here (peewee itself was loaded without it)."""
    global _ADAPTER
    if _ADAPTER is None:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb

        class Adapter(pw.Psycopg3Adapter):
            txn_idle = TransactionStatus.IDLE
            txn_inerror = TransactionStatus.INERROR
            txn_unknown = TransactionStatus.UNKNOWN

            def __init__(self):
                super().__init__()
                self.json_type, self.jsonb_type = Json, Jsonb

            def check_driver(self):
                pass

            def get_binary_type(self):
                return psycopg.Binary

            def connect(self, db, **params):
                params.setdefault("conninfo", db.database)
                return psycopg.connect(**params)

            def server_side_cursor(self, conn):
                in_txn = conn.pgconn.transaction_status == TransactionStatus.INTRANS
                return conn.cursor(name=str(uuid.uuid1()), withhold=not in_txn)

        _ADAPTER = Adapter
    return _ADAPTER()


_INFO = ("CREATE TABLE IF NOT EXISTS schema_info (id INTEGER PRIMARY KEY CHECK (id = 1), "
         "version INTEGER NOT NULL, created_at TIMESTAMP NOT NULL DEFAULT now())")


def schema_version(db) -> int:
    db.execute_sql(_INFO)
    row = db.execute_sql("SELECT version FROM schema_info WHERE id = 1").fetchone()
    return row[0] if row else 0


def set_schema_version(db, version: int) -> None:
    db.execute_sql("INSERT INTO schema_info (id, version) VALUES (1, %s) "
                   "ON CONFLICT (id) DO UPDATE SET version = excluded.version", (int(version),))


class PasswordNeeded(StoreError):
    """The server asks for a password that was not given (or refused the one given)."""


_NO_PASSWORD = ("no password supplied", "password authentication failed", "fe_sendauth")


def connect(url: str, password: str | None = None, cache_dir=None) -> ServerDatabase:
    """A connected ServerDatabase; StoreError (PasswordNeeded for a missing or wrong password) in Chinese."""
    db = ServerDatabase(url, password, cache_dir)
    try:
        db.connect(reuse_if_open=True)
    except pw.OperationalError as exc:
        text = str(exc)
        if any(s in text for s in _NO_PASSWORD):
            what = "密码不正确" if password or "authentication failed" in text else "需要密码"
            raise PasswordNeeded(f"数据库服务器 {db.display} {what}。", path=db.display) from None
        raise StoreError(f"无法连接数据库服务器 {db.display}：{first_line(exc)}。请检查服务器地址、端口、"
                         "网络连接，以及服务器是否已启动。", path=db.display) from None
    return db


def open_server_database(url: str, *, password: str | None = None, create: bool = True,
                         cache_dir=None) -> ServerDatabase:
    """Connect to the server database at *url*, create its schema if it has none; bind every model to it.
    *cache_dir*: where this PC keeps copies of attachments read from the server (the data folder's)."""
    from station_app.store.attachments import AttachmentBlob
    from station_app.store.db import REPORT_INDEXES

    db = connect(url, password, cache_dir)
    database_proxy.initialize(db)
    with db.atomic():
        db.execute_sql("SELECT pg_advisory_xact_lock(1398033479)")  # two PCs creating the schema at once
        version = schema_version(db)
        if version > SCHEMA_VERSION:
            raise DatabaseNewerError(
                f"数据库 {display_url(url)} 由更新版本的程序创建（数据结构版本 {version}，本程序支持 "
                f"{SCHEMA_VERSION}）。为避免损坏数据，本程序不会打开它，请升级程序。", path=display_url(url))
        if version == 0:
            if not create:
                raise StoreError(f"数据库 {display_url(url)} 中还没有本程序的数据。", path=display_url(url))
            db.create_tables(ALL_MODELS)
            seed.own_station()
            server_sync.ensure(db, ALL_MODELS)
            set_schema_version(db, SCHEMA_VERSION)
            seed.seed_defaults()
            move_sequences(db)  # the own station's row is inserted with its id (1): later ids come after
        server_sync.ensure(db, ALL_MODELS)
        for sql in COMPAT:
            db.execute_sql(sql)
        db.create_tables([AttachmentBlob], safe=True)
        server_search.ensure(db)
        for name, columns in REPORT_INDEXES.items():
            db.execute_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {columns}")
    return db


def move_sequences(db) -> None:
    """Every id sequence past its table's largest id (rows inserted with their ids leave it behind)."""
    for (table,) in db.execute_sql(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND column_name = 'id' AND column_default LIKE 'nextval%'").fetchall():
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                       f'coalesce((SELECT max(id) FROM "{table}"), 0) + 1, false)')


def first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
