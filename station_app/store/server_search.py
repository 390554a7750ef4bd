"""The search documents on a PostgreSQL server: store/fts.py's `search_doc`, kept by PL/pgSQL triggers and
searched through a pg_trgm GIN index (ILIKE '%…%' finds any substring; 1–2 characters scan the documents).

Each indexed kind gets a function that rewrites one record's document, called by an AFTER trigger on its
table and on the child tables whose rows join the document (store/fts.py's sources, the same text).
"""

from __future__ import annotations

import hashlib
import re
import sys
from contextlib import contextmanager

from station_app.store import fts

VERSION = 1


def _text(*exprs: str) -> str:
    return " || ' ' || ".join(f"coalesce(({e})::text, '')" for e in exprs) + " || '  '"


def _title(template: str) -> str:
    parts = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2:
            parts.append(f"coalesce(t.{piece}::text, '')")
        elif piece:
            parts.append("'" + piece.replace("'", "''") + "'")
    return " || ".join(parts) or "''"


def _child(c: fts.ChildText) -> str:
    if c.via:
        table, column = c.via
        cols = " || ' ' || ".join(f"coalesce(v.{n}::text, '')" for n in c.columns)
        return (f"(SELECT string_agg({cols}, ' ') FROM {c.table} c JOIN \"{table}\" v ON v.id = c.{column} "
                f"WHERE c.{c.owner} = t.id)")
    cols = " || ' ' || ".join(f"coalesce(c.{n}::text, '')" for n in c.columns)
    return f"(SELECT string_agg({cols}, ' ') FROM {c.table} c WHERE c.{c.owner} = t.id)"


def _select(s: fts.Source, where: str) -> str:
    body = _text(*(f"t.{n}" for n in s.columns), *(_child(c) for c in s.children))
    return (f"SELECT '{s.kind}', t.id, {_title(s.title)}, t.{s.date}::text, {body} FROM \"{s.table}\" t "
            f"WHERE NOT t.deleted AND {where}")


def marker() -> str:
    digest = hashlib.sha1(repr((VERSION, fts.RAW_SOURCES)).encode()).hexdigest()[:10]
    return f"search_marker_v{VERSION}_{digest}"


DOC_TABLE = ("CREATE TABLE search_doc (id SERIAL PRIMARY KEY, kind TEXT NOT NULL, rid INTEGER NOT NULL, "
             "title TEXT, date TEXT, body TEXT)")
DOC_INDEXES = (
    "CREATE UNIQUE INDEX search_doc_kind_rid ON search_doc(kind, rid)",
    "CREATE INDEX search_doc_kind_date ON search_doc(kind, date)",
    "CREATE INDEX search_doc_body_trgm ON search_doc USING gin (body gin_trgm_ops)",
)


def _ddl() -> list[str]:
    out = []
    for s in fts.RAW_SOURCES:
        out.append(
            f"CREATE FUNCTION search_refresh_{s.kind}(record_id integer) RETURNS void LANGUAGE sql AS $$ "
            f"DELETE FROM search_doc WHERE kind = '{s.kind}' AND rid = record_id; "
            f"INSERT INTO search_doc(kind, rid, title, date, body) {_select(s, 't.id = record_id')}; $$")
        out.append(
            f"CREATE FUNCTION search_{s.table}_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP = 'DELETE' THEN DELETE FROM search_doc WHERE kind = '{s.kind}' AND rid = OLD.id; "
            f"RETURN OLD; END IF; PERFORM search_refresh_{s.kind}(NEW.id); RETURN NEW; END $$")
        out.append(f'CREATE TRIGGER search_{s.table}_row AFTER INSERT OR UPDATE OR DELETE ON "{s.table}" '
                   f"FOR EACH ROW EXECUTE FUNCTION search_{s.table}_row()")
        for c in s.children:
            name = f"search_{c.table}_{s.kind}"
            out.append(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"IF TG_OP <> 'INSERT' THEN PERFORM search_refresh_{s.kind}(OLD.{c.owner}); END IF; "
                f"IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.{c.owner} IS DISTINCT FROM OLD.{c.owner}) "
                f"THEN PERFORM search_refresh_{s.kind}(NEW.{c.owner}); END IF; "
                f"RETURN NULL; END $$")
            out.append(f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON {c.table} "
                       f"FOR EACH ROW EXECUTE FUNCTION {name}()")
    return out


def _drop(db) -> None:
    for name, table in db.execute_sql(
            "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal "
            "AND tgname LIKE 'search\\_%'").fetchall():
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}" ON {table}')
    for (name,) in db.execute_sql(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() AND p.proname LIKE 'search\\_%'").fetchall():
        db.execute_sql(f"DROP FUNCTION IF EXISTS {name}")


def is_current(db) -> bool:
    row = db.execute_sql("SELECT obj_description(to_regclass('search_doc'), 'pg_class')").fetchone()
    return bool(row and row[0] == marker())


def ensure(db) -> bool:
    """Create (or, when the sources changed, rebuild) the documents, their index and triggers."""
    if fts.RAW_SOURCES and not is_current(db):
        rebuild(db)
    return True


def rebuild(db) -> int:
    with db.atomic():
        db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        _drop(db)
        db.execute_sql("DROP TABLE IF EXISTS search_doc")
        db.execute_sql(DOC_TABLE)
        for s in fts.RAW_SOURCES:
            db.execute_sql(f"INSERT INTO search_doc(kind, rid, title, date, body) {_select(s, 'TRUE')}")
        for sql in DOC_INDEXES:
            db.execute_sql(sql)
        for sql in _ddl():
            db.execute_sql(sql)
        db.execute_sql(f"COMMENT ON TABLE search_doc IS '{marker()}'")
    return db.execute_sql("SELECT count(*) FROM search_doc").fetchone()[0]


def _triggers(db) -> list[tuple[str, str]]:
    return db.execute_sql("SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal "
                          "AND tgname LIKE 'search\\_%'").fetchall()


def _switch(db, on: bool) -> None:
    """The documents' triggers on or off (inside the caller's transaction: a rollback switches them back)."""
    for name, table in _triggers(db):
        db.execute_sql(f'ALTER TABLE {table} {"ENABLE" if on else "DISABLE"} TRIGGER "{name}"')


@contextmanager
def paused(db):
    """fts.paused on the server: no document written row by row inside; all rebuilt at the end."""
    _switch(db, False)
    yield
    rebuild(db)


@contextmanager
def deferred(db):
    """fts.deferred on the server: the triggers off inside; the documents of every record written inside
    (change_seq above the counter at the start, child rows for their owner, ids the caller adds) rewritten
    once at the end."""
    from station_app.store import sync

    start = sync.current_seq(db)
    _switch(db, False)
    touched: dict[str, set[int]] = {}
    yield touched
    for s in fts.RAW_SOURCES:
        ids = touched.setdefault(s.kind, set())
        ids.update(r[0] for r in db.execute_sql(f'SELECT id FROM "{s.table}" WHERE change_seq > %s', (start,)))
        for c in s.children:
            ids.update(r[0] for r in db.execute_sql(
                f'SELECT DISTINCT {c.owner} FROM "{c.table}" WHERE change_seq > %s', (start,)))
    for kind, ids in touched.items():
        if ids:
            db.execute_sql(f"SELECT search_refresh_{kind}(x) FROM unnest(%s::integer[]) AS x", (sorted(ids),))
    _switch(db, True)


fts.SERVER = sys.modules[__name__]  # fts's operations on a server database come here
