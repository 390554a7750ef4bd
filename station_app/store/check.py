"""The store's part of the health check: SQLite integrity, foreign keys and the audit log's hash chain
(services/health.py adds the attachment files)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from station_app.store import audit_chain, cipher
from station_app.store.base import database_proxy
from station_app.store.db import connect_raw, is_encrypted, open_key
from station_app.store.errors import known_error


def _sqlite_problems(db_path: Path) -> list[str]:
    problems: list[str] = []
    key = open_key() if cipher.is_encrypted(db_path) else None
    if is_encrypted(db_path) and key is None:
        return [f"数据库 {db_path} 已加密：请登录（账号密码）后再检查"]
    try:
        con = connect_raw(db_path, key)
    except (sqlite3.Error, *cipher.errors()) as exc:
        known = known_error(exc, "检查", db_path)
        return [known.message if known else f"无法打开数据库 {db_path}：{exc}"]
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems += [f"数据库完整性检查：{r}" for r in rows[:20]]
        for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check").fetchall()[:50]:
            problems.append(f"外键错误：表 {table} 第 {rowid} 行引用的 {parent} 记录不存在")
        problems += _audit_problems(con, db_path)
    except (sqlite3.DatabaseError, *cipher.errors()) as exc:
        known = known_error(exc, "检查", db_path)
        problems.append(known.message if known else f"数据库已损坏：{exc}")
    finally:
        con.close()
    return problems


def _audit_problems(con, db_path: Path) -> list[str]:
    """The audit log's hash chain, and its end against the head file kept beside the database."""
    if not con.execute("SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'chain'").fetchone():
        return []  # a database of an older version (opened with migrate=False): nothing to check yet
    expected = audit_chain.read_head(db_path)
    report = audit_chain.verify(con, expected)
    problems = [] if report.ok else [report.problem]
    if expected is False and report.count:
        problems.append(f"找不到操作日志校验文件 {audit_chain.HEAD_FILE}：无法确认操作日志末尾没有被删除。")
    return problems


def store_problems(db_path: Path) -> list[str]:
    """Every problem of the database file at *db_path*, in Chinese; empty when all is well."""
    if not db_path.exists():
        return [f"数据库文件不存在：{db_path}"]
    return _sqlite_problems(db_path)


def is_open(db_path: Path) -> bool:
    """True when *db_path* is the database currently open (whose records other checks can read)."""
    db = database_proxy.obj
    return db is not None and not db.is_closed() and Path(db.database).resolve() == db_path.resolve()
