"""A hash chain over the audit log: each entry's digest covers its columns and the previous digest.

Deleting, changing or reordering entries breaks the chain from that entry on; removing entries at the end
is caught by the *head* (the last entry's id and digest) kept beside the database (``audit-head.json``)
and inside every backup (the ``setting`` row ``audit.head``). This makes tampering with the sqlite3 shell
evident; it is not a signature (someone who rewrites the chain and the head file with a program of their
own is not stopped — encryption of the data folder is the protection against that).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import uuid as uuidlib
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from station_app.store import dialect

HEAD_FILE = "audit-head.json"
HEAD_SETTING = "audit.head"
GENESIS = "station-ledger-audit-v1"
_COLUMNS = 'id, at, username, action, "table", record_id, record_uuid, before, after, note'


def digest(prev: str, row) -> str:
    """The chain value of one entry: sha256 over the previous value and the entry's stored columns."""
    text = prev + "\n" + json.dumps(list(row), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _previous(db: pw.Database, entry_id: int) -> str:
    row = db.execute_sql("SELECT chain FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1",
                         (entry_id,)).fetchone()
    return row[0] if row and row[0] else GENESIS


def seal_from(db: pw.Database, first_id: int) -> int:
    """Compute and store the chain of every entry from *first_id* on (new entries are always the tail)."""
    prev = _previous(db, first_id)
    rows = db.execute_sql(f"SELECT {_COLUMNS} FROM audit_log WHERE id >= ? ORDER BY id", (first_id,)).fetchall()
    updates = []
    for row in rows:
        prev = digest(prev, row)
        updates.append((prev, row[0]))
    if updates:
        db.cursor().executemany(dialect.marks("UPDATE audit_log SET chain = ? WHERE id = ?"), updates)
    return len(updates)


def seal_all(db: pw.Database, batch: int = 20000) -> int:
    """Seal a whole log (the migration of a database written before the chain existed)."""
    prev, last, total = GENESIS, 0, 0
    while True:
        rows = db.execute_sql(f"SELECT {_COLUMNS} FROM audit_log WHERE id > ? ORDER BY id LIMIT ?",
                              (last, batch)).fetchall()
        if not rows:
            return total
        updates = []
        for row in rows:
            prev = digest(prev, row)
            updates.append((prev, row[0]))
        db.cursor().executemany(dialect.marks("UPDATE audit_log SET chain = ? WHERE id = ?"), updates)
        last, total = rows[-1][0], total + len(rows)


def _execute(con):
    return con.execute_sql if hasattr(con, "execute_sql") else con.execute


def head(con) -> dict | None:
    """{"id", "chain", "count"} of the log's last entry, or None for an empty log (peewee or DB-API)."""
    execute = _execute(con)
    row = execute("SELECT id, chain FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    if not row:
        return None
    count = execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return {"id": row[0], "chain": row[1], "count": count}


def embed_head(con) -> None:
    """Store the log's head inside a database copy (a backup), so the copy can be checked on its own.

    A copy of a database older than the chain (the backup before a migration) is left as it is.
    """
    if not con.execute("SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'chain'").fetchone():
        return
    value = json.dumps(head(con))
    con.execute("INSERT INTO setting (uuid, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(uuidlib.uuid4()), HEAD_SETTING, value))


def embedded_head(con) -> dict | None | bool:
    """The head stored inside a copy by embed_head; False when it has none."""
    try:
        row = _execute(con)("SELECT value FROM setting WHERE key = ?", (HEAD_SETTING,)).fetchone()
    except (sqlite3.DatabaseError, pw.DatabaseError):  # a file without the setting table has no head
        return False
    return json.loads(row[0]) if row else False


def head_path(db_path: str | Path) -> Path:
    return Path(db_path).parent / HEAD_FILE


def write_head(db: pw.Database, db_path: str | Path) -> dict | None:
    """Record the log's current head beside the database (temporary name, then renamed)."""
    value = head(db)
    path = head_path(db_path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        tmp.write_text(json.dumps(value), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:  # a full or read-only disk: the chain itself still holds; check reports a stale head
        tmp.unlink(missing_ok=True)
    return value


def advance_head(db: pw.Database, db_path: str | Path) -> bool:
    """Move the head file forward to the log's end, but only while the head it holds still fits.

    A head whose entry is gone or changed is left as it is, so `check` keeps reporting the damage instead
    of the next close covering it up. A missing head file is not recreated here (see `ensure_head`).
    """
    old = read_head(db_path)
    if old is False or (isinstance(old, dict) and old.get("unreadable")):
        return False
    if isinstance(old, dict) and old.get("id"):
        row = db.execute_sql("SELECT chain FROM audit_log WHERE id = ?", (old["id"],)).fetchone()
        if not row or row[0] != old.get("chain"):
            return False
    write_head(db, db_path)
    return True


def read_head(db_path: str | Path) -> dict | None | bool:
    """The head kept beside the database; False when there is no head file."""
    path = head_path(db_path)
    if not path.exists():
        return False
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"unreadable": True}


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    count: int  # entries read
    problem: str = ""  # Chinese, naming the first entry that no longer fits
    bad_id: int | None = None


def _describe(row) -> str:
    return f"第 {row[0]} 号记录（{row[1]}，用户 {row[2] or '—'}）"


def verify(con, expected_head: dict | None | bool = False, batch: int = 20000) -> ChainReport:
    """Walk the chain of the database on *con* (a DB-API connection or peewee database).

    *expected_head*: the head kept beside the database or in the backup (False: none to compare).
    """
    execute = _execute(con)
    prev, last, count, last_row = GENESIS, 0, 0, None
    chains: dict[int, str] = {}
    while True:
        rows = execute(f"SELECT {_COLUMNS}, chain FROM audit_log WHERE id > ? ORDER BY id LIMIT ?",
                       (last, batch)).fetchall()
        if not rows:
            break
        for row in rows:
            want = digest(prev, row[:-1])
            if row[-1] != want:
                why = "未经校验（可能被直接写入）" if not row[-1] else "内容或前一条记录已被改动或删除"
                return ChainReport(False, count, f"操作日志校验链在{_describe(row)}处断开：{why}。", row[0])
            prev, count, last_row = want, count + 1, row
        last = rows[-1][0]
        if isinstance(expected_head, dict) and expected_head.get("id"):
            chains.update((r[0], r[-1]) for r in rows if r[0] == expected_head["id"])
    if isinstance(expected_head, dict) and expected_head.get("unreadable"):
        return ChainReport(False, count, f"操作日志校验文件 {HEAD_FILE} 无法读取（已损坏或被改动）。")
    if isinstance(expected_head, dict) and expected_head.get("id"):
        want_id, want_chain = expected_head["id"], expected_head.get("chain")
        if chains.get(want_id) != want_chain:
            tail = f"现在最后一条是第 {last_row[0]} 号" if last_row else "现在日志是空的"
            return ChainReport(False, count, f"操作日志被截短或改动：校验文件记下的最后一条是第 {want_id} 号"
                                             f"（共 {expected_head.get('count', '?')} 条），{tail}（共 {count} 条）。",
                               want_id)
    elif isinstance(expected_head, dict) and count:
        return ChainReport(False, count, "操作日志校验文件记录的是空日志，但数据库中有操作记录。")
    return ChainReport(True, count)
