"""Full-text search index: one text document per searchable record, kept in sync by triggers.

`search_doc` holds one row per live (not deleted) visit, dispute (with its parties), activity, topic,
opinion, proposal (with its authors' names) and member: kind, record id, a display title, the date and the searchable text. `search_fts`
is an FTS5 external-content table over it with the trigram tokenizer (substring search for 3+ chars).
Triggers on the base tables rewrite a record's document on every insert, update and delete, so
soft-deleted records drop out of the index and come back when restored.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import peewee as pw

VERSION = 4  # bump when a document's text changes: triggers are recreated and the index rebuilt
MARKER = f"search_marker_v{VERSION}"


def _text(*exprs: str) -> str:
    # two trailing spaces: every 1–2 character string in the text starts a trigram (see search.py)
    return " || ' ' || ".join(f"coalesce({e}, '')" for e in exprs) + " || '  '"


# kind key -> (base table, title SQL, date column, searchable text SQL); "t" is the base row
SOURCES: dict[str, tuple[str, str, str, str]] = {
    "visit": ("visit", "t.visitor_name", "t.visit_date", _text(
        "t.visitor_name", "t.visitor_address", "t.mode", "t.category", "t.content", "t.handling",
        "t.handling_dept", "t.result", "t.followup_note", "t.visitor_phone")),
    "dispute": ("dispute", "t.case_no || ' ' || t.dispute_type", "t.accepted_on", _text(
        "t.case_no", "t.dispute_type", "t.source", "t.summary", "t.location", "t.agreement_content",
        "t.failure_reason", "t.other_mediators", "t.file_no",
        "(SELECT group_concat(p.name || ' ' || p.address || ' ' || p.phone, ' ') "
        "FROM party p WHERE p.dispute_id = t.id)")),
    "activity": ("activity", "t.title", "t.date", _text(
        "t.title", "t.activity_type", "t.location", "t.organizer", "t.co_organizer", "t.other_people",
        "t.summary", "t.outcome")),
    "topic": ("topic", "t.code || ' ' || t.title", "t.proposed_on", _text(
        "t.code", "t.title", "t.source", "t.proposer", "t.description", "t.undertaker",
        "t.handling_result", "t.publicity")),
    "opinion": ("opinion", "t.title", "t.submitted_on", _text(
        "t.title", "t.reporter", "t.reporter_unit", "t.situation", "t.analysis", "t.suggestion",
        "t.submitted_to", "t.instruction")),
    "proposal": ("proposal", "t.number || ' ' || t.title", "t.submitted_on", _text(
        "t.number", "t.title", "t.reason", "t.analysis", "t.suggestion", "t.source", "t.submitted_to",
        "t.filing", "t.filing_no", "t.main_dept", "t.co_depts", "t.reply_summary",
        "(SELECT group_concat(m.name, ' ') FROM proposal_member pm JOIN member m ON m.id = pm.member_id "
        "WHERE pm.proposal_id = t.id)")),
    "member": ("member", "t.name || '（' || t.sector || '）'", "t.joined_on", _text(
        "t.name", "t.sector", "t.party", "t.employer", "t.expertise", "t.role", "t.phone", "t.note")),
}


# child tables whose rows are part of their owner's document: (table, owner column, kind)
CHILD_SOURCES = (("party", "dispute_id", "dispute"), ("proposal_member", "proposal_id", "proposal"))


def _select(kind: str, where: str) -> str:
    table, title, date, body = SOURCES[kind]
    return (f"SELECT '{kind}', t.id, {title}, {date}, {body} FROM \"{table}\" t "
            f"WHERE t.deleted = 0 AND {where}")


def _refresh(kind: str, id_expr: str) -> str:
    return (f"DELETE FROM search_doc WHERE kind = '{kind}' AND rid = {id_expr}; "
            f"INSERT INTO search_doc(kind, rid, title, date, body) {_select(kind, f't.id = {id_expr}')};")


FTS_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_doc', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN "
    "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); END",
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
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON \"{table}\" "
            f"BEGIN {_refresh(kind, 'new.id')} END",
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON \"{table}\" {_NOT_STAMPING} "
            f"BEGIN {_refresh(kind, 'new.id')} END",
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON \"{table}\" BEGIN "
            f"DELETE FROM search_doc WHERE kind = '{kind}' AND rid = old.id; END",
        ]
    for table, owner, kind in CHILD_SOURCES:
        for event, ref in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
            when = _NOT_STAMPING if event == "UPDATE" else ""
            out.append(f"CREATE TRIGGER search_{table}_{event.lower()} AFTER {event} ON {table} {when} BEGIN "
                       f"{_refresh(kind, f'{ref}.{owner}')} END")
    out.append("CREATE TRIGGER search_party_move AFTER UPDATE OF dispute_id ON party "
               "WHEN old.dispute_id <> new.dispute_id "
               "BEGIN " + _refresh("dispute", "old.dispute_id") + " END")
    out.append(f"CREATE TRIGGER {MARKER} AFTER INSERT ON search_doc WHEN 0 BEGIN SELECT 1; END")
    return out


def _execute(db, sql: str, params=()):
    if isinstance(db, sqlite3.Connection):
        return db.execute(sql, params)
    return db.execute_sql(sql, params)


def available(db) -> bool:
    """Whether the index exists (SQLite built without FTS5 has none; search then falls back to LIKE)."""
    row = _execute(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'").fetchone()
    return row is not None


def is_current(db) -> bool:
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?"
    row = _execute(db, sql, (MARKER,)).fetchone()
    return row is not None


def ensure(db: pw.SqliteDatabase) -> bool:
    """Create the index and its triggers unless they are current (else rebuild it from the base tables).

    Returns True when the FTS5 index is usable; without FTS5 the documents are still kept (LIKE search).
    """
    if not is_current(db):
        rebuild(db)
    return available(db)


def _drop_triggers(db) -> None:
    names = [r[0] for r in _execute(
        db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'").fetchall()]
    for name in names:
        _execute(db, f'DROP TRIGGER IF EXISTS "{name}"')


def rebuild(db) -> int:
    """Recompute every document and the FTS index from the base tables; returns the number of documents."""
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
