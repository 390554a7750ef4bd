"""Change tracking for exchange packages (上报包): revisions, a change counter and tombstones, kept by triggers.

Every exchanged table has `revision` and `change_seq`. Triggers, so that raw SQL writes count as well as
the services':
- on insert, the row takes the next value of the database-wide counter (`sync_state.seq`) as change_seq;
- on update, likewise, and its revision goes up by one — unless the statement set revision itself (an
  import writing the origin station's revision, which is how an older package is told from a newer one);
- on delete (child rows, and records purged from the recycle bin), a `tombstone` row keeps the table,
  the row's uuid and the counter, so the next package can carry the deletion.

"Changed since the last package" is then: change_seq above the counter recorded at that package, plus
tombstones above it. The triggers are created when the database is opened (`ensure`) and recreated when
their text changes (VERSION).
"""

from __future__ import annotations

from contextlib import contextmanager

import peewee as pw

from station_app.store.base import database_proxy

VERSION = 1  # bump when the trigger text changes
SERVER = None  # store/server_sync.py puts itself here when imported: the same on a PostgreSQL database
MARKER = f"sync_marker_v{VERSION}"


class SyncState(pw.Model):
    """One row: the database-wide change counter."""

    seq = pw.IntegerField(default=0)

    class Meta:
        database = database_proxy
        table_name = "sync_state"


class Tombstone(pw.Model):
    """A row deleted for good: what the next package tells the receiving level to delete."""

    table_name = pw.CharField(max_length=40)
    row_uuid = pw.CharField(max_length=36)
    change_seq = pw.IntegerField(index=True)

    class Meta:
        database = database_proxy
        table_name = "tombstone"


def tracked_tables(models) -> list[str]:
    """The tables of *models* that carry revision and change_seq."""
    return [m._meta.table_name for m in models if "change_seq" in m._meta.fields and "revision" in m._meta.fields]


_NEXT = "UPDATE sync_state SET seq = seq + 1 WHERE id = 1;"
_NOW = "(SELECT seq FROM sync_state WHERE id = 1)"


def trigger_ddl(tables) -> list[str]:
    out = []
    for t in tables:
        out += [
            (f'CREATE TRIGGER sync_{t}_ai AFTER INSERT ON "{t}" BEGIN {_NEXT} '
             f'UPDATE "{t}" SET change_seq = {_NOW} WHERE id = new.id; END'),
            # the stamping UPDATE below changes change_seq, which is what stops it firing itself
            (f'CREATE TRIGGER sync_{t}_au AFTER UPDATE ON "{t}" WHEN new.change_seq IS old.change_seq '
             f'BEGIN {_NEXT} UPDATE "{t}" SET change_seq = {_NOW}, revision = CASE WHEN new.revision IS '
             f'old.revision THEN old.revision + 1 ELSE new.revision END WHERE id = new.id; END'),
            (f'CREATE TRIGGER sync_{t}_ad AFTER DELETE ON "{t}" BEGIN {_NEXT} '
             f"INSERT INTO tombstone (table_name, row_uuid, change_seq) VALUES ('{t}', old.uuid, {_NOW}); END"),
        ]
    out.append(f"CREATE TRIGGER {MARKER} AFTER INSERT ON tombstone WHEN 0 BEGIN SELECT 1; END")
    return out


def _existing(db) -> list[str]:
    return [name for (name,) in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'")]


def is_current(db) -> bool:
    return MARKER in _existing(db)


def ensure(db, models) -> bool:
    """Create the counter row and the triggers if missing or outdated; whether anything was (re)created."""
    db.create_tables([SyncState, Tombstone], safe=True)
    if not db.execute_sql("SELECT 1 FROM sync_state WHERE id = 1").fetchone():
        db.execute_sql("INSERT INTO sync_state (id, seq) VALUES (1, 0)")
    if is_current(db):
        return False
    with db.atomic():
        for name in _existing(db):
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
        for sql in trigger_ddl(tracked_tables(models)):
            db.execute_sql(sql)
    return True


def current_seq(db=None) -> int:
    db = db or database_proxy
    row = db.execute_sql("SELECT seq FROM sync_state WHERE id = 1").fetchone()
    return row[0] if row else 0


@contextmanager
def stamped_at_end(db, tables):
    """Many inserts at once (a 上报包 import): inside, inserting into *tables* does not stamp row by row;
    at the end the counter goes up by one and every row inserted inside takes that value as change_seq.
    Updates and deletes are tracked as always. Meant to run inside the caller's transaction (a rollback
    brings the triggers back)."""
    if getattr(db, "is_server", False):
        with SERVER.stamped_at_end(db, tables):
            yield
        return
    tables = list(tables)
    before = {t: db.execute_sql(f'SELECT coalesce(max(id), 0) FROM "{t}"').fetchone()[0] for t in tables}
    for t in tables:
        db.execute_sql(f'DROP TRIGGER IF EXISTS "sync_{t}_ai"')
    yield
    db.execute_sql(_NEXT)
    seq = current_seq(db)
    for t in tables:
        db.execute_sql(f'UPDATE "{t}" SET change_seq = ? WHERE id > ?', (seq, before[t]))
    for sql in trigger_ddl(tables):
        if any(sql.startswith(f"CREATE TRIGGER sync_{t}_ai ") for t in tables):
            db.execute_sql(sql)
