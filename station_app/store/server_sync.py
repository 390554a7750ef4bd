"""store/sync.py's change tracking on a PostgreSQL server: the same counter, revisions and tombstones, kept
by PL/pgSQL triggers.

One BEFORE INSERT OR UPDATE trigger per tracked table takes the next value of `sync_state.seq` as the row's
change_seq and, on an update that did not set revision itself (an import does), raises the revision by one.
Taking the counter locks its row until the transaction ends, so two PCs' writes are numbered one after the
other — the order the exchange packages rely on. An AFTER DELETE trigger writes the tombstone.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager

from station_app.store import sync
from station_app.store.sync import SyncState, Tombstone, tracked_tables

VERSION = 1  # bump when the functions' text changes
MARKER = f"sync_marker_v{VERSION}"

FUNCTIONS = (
    """CREATE OR REPLACE FUNCTION sync_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE next_seq integer;
BEGIN
    UPDATE sync_state SET seq = seq + 1 WHERE id = 1 RETURNING seq INTO next_seq;
    NEW.change_seq := next_seq;
    IF TG_OP = 'UPDATE' AND NEW.revision IS NOT DISTINCT FROM OLD.revision THEN
        NEW.revision := OLD.revision + 1;
    END IF;
    RETURN NEW;
END $$""",
    """CREATE OR REPLACE FUNCTION sync_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE next_seq integer;
BEGIN
    UPDATE sync_state SET seq = seq + 1 WHERE id = 1 RETURNING seq INTO next_seq;
    INSERT INTO tombstone (table_name, row_uuid, change_seq) VALUES (TG_TABLE_NAME, OLD.uuid, next_seq);
    RETURN OLD;
END $$""",
)


def trigger_ddl(tables) -> list[str]:
    out = []
    for t in tables:
        out += [
            (f'CREATE TRIGGER sync_{t}_stamp BEFORE INSERT OR UPDATE ON "{t}" '
             "FOR EACH ROW EXECUTE FUNCTION sync_stamp()"),
            f'CREATE TRIGGER sync_{t}_ad AFTER DELETE ON "{t}" FOR EACH ROW EXECUTE FUNCTION sync_tombstone()',
        ]
    return out


def _existing(db) -> list[tuple[str, str]]:
    return db.execute_sql(
        "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'sync\\_%'"
    ).fetchall()


def is_current(db) -> bool:
    row = db.execute_sql("SELECT obj_description('sync_state'::regclass, 'pg_class')").fetchone()
    return bool(row and row[0] == MARKER)


def ensure(db, models) -> bool:
    db.create_tables([SyncState, Tombstone], safe=True)
    db.execute_sql("INSERT INTO sync_state (id, seq) VALUES (1, 0) ON CONFLICT (id) DO NOTHING")
    if is_current(db):
        return False
    with db.atomic():
        for name, table in _existing(db):
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}" ON {table}')
        for sql in FUNCTIONS:
            db.execute_sql(sql)
        for sql in trigger_ddl(tracked_tables(models)):
            db.execute_sql(sql)
        db.execute_sql(f"COMMENT ON TABLE sync_state IS '{MARKER}'")
    return True


@contextmanager
def stamped_at_end(db, tables):
    """sync.stamped_at_end on the server: inserts inside are not stamped row by row; at the end the counter
    goes up by one and every row inserted inside takes it. The rows' own trigger is switched off for the
    transaction only (ALTER TABLE … DISABLE TRIGGER is transactional in PostgreSQL)."""
    tables = list(tables)
    before = {t: db.execute_sql(f'SELECT coalesce(max(id), 0) FROM "{t}"').fetchone()[0] for t in tables}
    for t in tables:
        db.execute_sql(f'ALTER TABLE "{t}" DISABLE TRIGGER sync_{t}_stamp')
    yield
    seq = db.execute_sql("UPDATE sync_state SET seq = seq + 1 WHERE id = 1 RETURNING seq").fetchone()[0]
    for t in tables:
        db.execute_sql(f'UPDATE "{t}" SET change_seq = %s WHERE id > %s', (seq, before[t]))
        db.execute_sql(f'ALTER TABLE "{t}" ENABLE TRIGGER sync_{t}_stamp')


sync.SERVER = sys.modules[__name__]  # sync's operations on a server database come here
