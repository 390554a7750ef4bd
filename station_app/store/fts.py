"""Full-text search index: one text document per searchable record, kept in sync by triggers.

`search_doc` holds one row per live (not deleted) visit, dispute (with its parties), activity, topic,
opinion, proposal (with its authors' names) and member: kind, record id, a display title, the date and the
searchable text. `search_fts` is an FTS5 external-content table over it with the trigram tokenizer (substring
search for 3+ chars). Triggers on the base tables rewrite a record's document on every insert, update and delete, so
soft-deleted records drop out of the index and come back when restored.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass

import peewee as pw

from station_app.store.base import database_proxy

VERSION = 4  # bump when the way a document is built changes; a change of sources rebuilds by itself (MARKER)


@dataclass(frozen=True)
class ChildText:
    """Rows of a child table that join their owner's document: *columns* of *table* where *owner* = the
    record's id; with *via* (table, column) the columns are read from the row that column points to."""

    table: str
    owner: str
    columns: tuple[str, ...]
    via: tuple[str, str] | None = None


@dataclass(frozen=True)
class Source:
    """One indexed record kind (handed down by services.registry): base table, "{column} …" title template,
    date column, searched columns and child rows."""

    kind: str
    table: str
    title: str
    date: str
    columns: tuple[str, ...]
    children: tuple[ChildText, ...] = ()


# kind key -> (base table, title SQL, date column, searchable text SQL); "t" is the base row
SOURCES: dict[str, tuple[str, str, str, str]] = {}
# child tables whose rows are part of their owner's document: (table, owner column, kind)
CHILD_SOURCES: tuple[tuple[str, str, str], ...] = ()
RAW_SOURCES: tuple[Source, ...] = ()  # as handed down (store/SERVER.py builds its own SQL from them)
MARKER = f"search_marker_v{VERSION}"


def _text(*exprs: str) -> str:
    # two trailing spaces: every 1–2 character string in the text starts a trigram (see search.py)
    return " || ' ' || ".join(f"coalesce({e}, '')" for e in exprs) + " || '  '"


def _title_sql(template: str) -> str:
    """"{case_no} {dispute_type}" -> t.case_no || ' ' || t.dispute_type (literals quoted)."""
    parts = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2:
            parts.append(f"t.{piece}")
        elif piece:
            parts.append("'" + piece.replace("'", "''") + "'")
    return " || ".join(parts)


def _child_sql(c: ChildText) -> str:
    if c.via:
        table, column = c.via
        cols = " || ' ' || ".join(f"v.{n}" for n in c.columns)
        return (f"(SELECT group_concat({cols}, ' ') FROM {c.table} c JOIN \"{table}\" v ON v.id = c.{column} "
                f"WHERE c.{c.owner} = t.id)")
    cols = " || ' ' || ".join(f"c.{n}" for n in c.columns)
    return f"(SELECT group_concat({cols}, ' ') FROM {c.table} c WHERE c.{c.owner} = t.id)"


def configure(sources) -> None:
    """Take the index's sources (services.registry.search_sources()); the marker names their digest, so a
    changed source list rebuilds the index at the next `ensure`."""
    global SOURCES, CHILD_SOURCES, MARKER, RAW_SOURCES
    RAW_SOURCES = tuple(sources)
    SOURCES = {s.kind: (s.table, _title_sql(s.title), f"t.{s.date}",
                        _text(*(f"t.{n}" for n in s.columns), *(_child_sql(c) for c in s.children)))
               for s in sources}
    CHILD_SOURCES = tuple((c.table, c.owner, s.kind) for s in sources for c in s.children)
    digest = hashlib.sha1(repr((SOURCES, CHILD_SOURCES)).encode()).hexdigest()[:10]
    MARKER = f"search_marker_v{VERSION}_{digest}"
    db = database_proxy.obj  # a database opened before the sources came: brought up to date now
    if db is not None and not db.is_closed():
        if getattr(db, "is_server", False):
                SERVER.ensure(db)
        else:
            ensure(db)


def _select(kind: str, where: str) -> str:
    table, title, date, body = SOURCES[kind]
    return (f"SELECT '{kind}', t.id, {title}, {date}, {body} FROM \"{table}\" t "
            f"WHERE t.deleted = FALSE AND {where}")


def _refresh(kind: str, id_expr: str) -> str:
    return (f"DELETE FROM search_doc WHERE kind = '{kind}' AND rid = {id_expr}; "
            f"INSERT INTO search_doc(kind, rid, title, date, body) {_select(kind, f't.id = {id_expr}')};")


FTS_DDL = (
    ("CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_doc', content_rowid='id', "
     "tokenize='trigram')"),
    ("CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN "
     "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END"),
    ("CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN "
     "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); END"),
    "CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row')",  # the trigrams, for short queries
)


DOC_TABLE = ("CREATE TABLE search_doc (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, rid INTEGER NOT NULL, "
             "title TEXT, date TEXT, body TEXT)")
DOC_INDEXES = (
    "CREATE UNIQUE INDEX search_doc_kind_rid ON search_doc(kind, rid)",
    "CREATE INDEX search_doc_kind_date ON search_doc(kind, date)",
)


# store/sync.py stamps every written row with a second UPDATE that changes only change_seq: not a change
# of the text, so the document is not rewritten twice
_NOT_STAMPING = "WHEN new.change_seq IS old.change_seq"


def _trigger_ddl() -> list[str]:
    out = []
    for kind, (table, *_rest) in SOURCES.items():
        out += [
            (f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON \"{table}\" "
             f"BEGIN {_refresh(kind, 'new.id')} END"),
            (f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON \"{table}\" {_NOT_STAMPING} "
             f"BEGIN {_refresh(kind, 'new.id')} END"),
            (f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON \"{table}\" BEGIN "
             f"DELETE FROM search_doc WHERE kind = '{kind}' AND rid = old.id; END"),
        ]
    for table, owner, kind in CHILD_SOURCES:
        for event, ref in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
            when = _NOT_STAMPING if event == "UPDATE" else ""
            out.append(f"CREATE TRIGGER search_{table}_{event.lower()} AFTER {event} ON {table} {when} BEGIN "
                       f"{_refresh(kind, f'{ref}.{owner}')} END")
    for table, owner, kind in CHILD_SOURCES:  # a child row moved to another owner: the old one's document too
        out.append(f"CREATE TRIGGER search_{table}_move AFTER UPDATE OF {owner} ON {table} "
                   f"WHEN old.{owner} <> new.{owner} BEGIN {_refresh(kind, f'old.{owner}')} END")
    out.append(f"CREATE TRIGGER {MARKER} AFTER INSERT ON search_doc WHEN 0 BEGIN SELECT 1; END")
    return out


def _execute(db, sql: str, params=()):
    if isinstance(db, sqlite3.Connection):
        return db.execute(sql, params)
    return db.execute_sql(sql, params)


# store/server_search.py, which puts itself here when imported (store/server.py imports it before a server
# database is opened): the same operations on a PostgreSQL database
SERVER = None


def _server(db) -> bool:
    return getattr(db, "is_server", False)


def available(db) -> bool:
    """Whether the index exists (SQLite built without FTS5 has none; search then falls back to LIKE).
    A server database has no FTS5 table: its documents are searched with ILIKE over a trigram index."""
    if _server(db):
        return False
    row = _execute(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'").fetchone()
    return row is not None


def _has_documents_table(db) -> bool:
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_doc'"
    return _execute(db, sql).fetchone() is not None


def is_current(db) -> bool:
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?"
    row = _execute(db, sql, (MARKER,)).fetchone()
    return row is not None


def ensure(db: pw.SqliteDatabase) -> bool:
    """Create the index and its triggers unless they are current (else rebuild it from the base tables).

    Returns True when the FTS5 index is usable; without FTS5 the documents are still kept (LIKE search).
    """
    if _server(db):
        SERVER.ensure(db)
        return False
    if not SOURCES:  # services.registry hands the sources down when imported (and calls this again)
        if not _has_documents_table(db):
            rebuild(db)  # the tables, empty: filled once the sources come
    elif not is_current(db):
        rebuild(db)
    return available(db)


def _drop_triggers(db) -> None:
    names = [r[0] for r in _execute(
        db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'").fetchall()]
    for name in names:
        _execute(db, f'DROP TRIGGER IF EXISTS "{name}"')


def rebuild(db) -> int:
    """Recompute every document and the FTS index from the base tables; returns the number of documents."""
    if _server(db):
        return SERVER.rebuild(db)
    with db.atomic():
        _drop_triggers(db)
        _execute(db, "DROP TABLE IF EXISTS search_vocab")
        _execute(db, "DROP TABLE IF EXISTS search_fts")
        _execute(db, "DROP TABLE IF EXISTS search_doc")
        _execute(db, DOC_TABLE)
        for kind in SOURCES:
            _execute(db, f"INSERT INTO search_doc(kind, rid, title, date, body) {_select(kind, '1')}")
        for sql in DOC_INDEXES:
            _execute(db, sql)
        try:
            with db.atomic():
                for sql in FTS_DDL:
                    _execute(db, sql)
                _execute(db, "INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        except (pw.OperationalError, sqlite3.OperationalError):
            pass  # SQLite without FTS5: search falls back to LIKE over search_doc
        for sql in _trigger_ddl():
            _execute(db, sql)
    return _execute(db, "SELECT count(*) FROM search_doc").fetchone()[0]


@contextmanager
def paused(db):
    """Stop keeping the index in sync during a big bulk insert; rebuild it once at the end.

    Meant to run inside the caller's transaction: if the insert fails, the triggers come back with the
    rollback; if the process dies, the next `ensure` finds no marker and rebuilds.
    """
    if _server(db):
        with SERVER.paused(db):
            yield
        return
    _drop_triggers(db)
    yield
    rebuild(db)


_DOC_TRIGGERS = ("search_doc_ai", "search_doc_ad")  # search_doc → search_fts: stay on


def _refresh_ids(db, kind: str, ids) -> None:
    ids = sorted(ids)
    for i in range(0, len(ids), 500):
        chunk = ",".join(str(int(x)) for x in ids[i:i + 500])
        _execute(db, f"DELETE FROM search_doc WHERE kind = '{kind}' AND rid IN ({chunk})")
        _execute(db, f"INSERT INTO search_doc(kind, rid, title, date, body) {_select(kind, f't.id IN ({chunk})')}")


@contextmanager
def deferred(db):
    """A large write (a 上报包 import) without the per-row document triggers: inside, the base tables' search
    triggers are off; at the end the documents of every record written inside (change_seq above the counter
    at the start, child rows counting for their owner) are rewritten once and the triggers come back.

    Yields a dict kind -> ids the caller adds to for what change_seq cannot show (the owners of child rows
    it deletes, records it deletes). Meant to run inside the caller's transaction, like `paused`.
    """
    from station_app.store import sync

    if _server(db):
        with SERVER.deferred(db) as touched:
            yield touched
        return
    start = sync.current_seq(db)
    names = [r[0] for r in _execute(
        db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'").fetchall()]
    for name in names:
        if name not in _DOC_TRIGGERS:
            _execute(db, f'DROP TRIGGER IF EXISTS "{name}"')
    touched: dict[str, set[int]] = {}
    yield touched
    for kind, (table, *_rest) in SOURCES.items():
        ids = touched.setdefault(kind, set())
        ids.update(r[0] for r in _execute(db, f'SELECT id FROM "{table}" WHERE change_seq > ?', (start,)))
    for table, owner, kind in CHILD_SOURCES:
        touched[kind].update(r[0] for r in _execute(
            db, f'SELECT DISTINCT {owner} FROM "{table}" WHERE change_seq > ?', (start,)))
    for kind, ids in touched.items():
        if ids:
            _refresh_ids(db, kind, ids)
    for sql in _trigger_ddl():
        _execute(db, sql)
