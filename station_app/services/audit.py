"""操作日志: the audit log read back — paged, filtered, newest first — and one record's 修改记录 (no Qt).

Who may read what: administrators and 只读检查 read the whole log (logins and account changes
included); a 录入员 reads only the history of a record (which he can open anyway), not the log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from station_app.services import context
from station_app.services.audit_describe import (  # noqa: F401  (part of this module's interface)
    ACTIONS,
    TABLES,
    Change,
    Entry,
    describe,
    kind_label,
    title_column,
    titles,
)
from station_app.services.errors import PermissionDenied
from station_app.services.fields import KINDS
from station_app.store import audit_chain, dialect
from station_app.store import models as M
from station_app.store.base import ChildRow, Record, database_proxy
from station_app.store.models import AuditLog

PAGE = 200
LOG_READERS = ("管理员", "只读检查")
HISTORY_LIMIT = 2000
USERS_SCAN = 20000


@dataclass
class LogFilter:
    """What the 操作日志 filter asks for; empty values mean "any"."""

    start: dt.date | None = None
    end: dt.date | None = None
    username: str = ""
    kind: str = ""  # a kind key of services.fields or a table name
    action: str = ""  # create / update / … (or its Chinese label)
    text: str = ""


def can_read_log() -> bool:
    return context.current().role in LOG_READERS


def require_log_reader() -> None:
    if not can_read_log():
        raise PermissionDenied("只有管理员和只读检查账号可以查看操作日志。")


def table_of(kind_or_table: str) -> str:
    kind = KINDS.get(kind_or_table)
    return kind.model._meta.table_name if kind is not None else kind_or_table


def _action_key(action: str) -> str:
    reverse = {label: key for key, label in ACTIONS.items()}
    return reverse.get(action, action)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _period_clauses(start: dt.date | None, end: dt.date | None) -> list:
    """The period as an id range (found through the `at` index) plus the exact time test on those rows only.

    Rows come newest first by id; bounding the ids lets SQLite walk the id range instead of sorting every
    row of a long period (a freshly imported county log has 100k+ rows on one day).
    """
    since = dt.datetime.combine(start, dt.time()) if start else None
    until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time()) if end else None
    span = AuditLog.select(pw.fn.MIN(AuditLog.id), pw.fn.MAX(AuditLog.id))
    if since:
        span = span.where(AuditLog.at >= since)
    if until:
        span = span.where(AuditLog.at < until)
    low, high = span.tuples().get()
    if low is None:
        return [AuditLog.id < 0]
    at = dialect.unindexed(AuditLog.at)  # test the time without choosing its index
    out = [AuditLog.id.between(low, high)]
    if since:
        out.append(at >= since.strftime("%Y-%m-%d %H:%M:%S"))
    if until:
        out.append(at < until.strftime("%Y-%m-%d %H:%M:%S"))
    return out


def _query(flt: LogFilter):
    q = AuditLog.select()
    if flt.start or flt.end:
        q = q.where(*_period_clauses(flt.start, flt.end))
    if flt.username:
        q = q.where(AuditLog.username == flt.username)
    if flt.kind:
        q = q.where(AuditLog.table == table_of(flt.kind))
    if flt.action:
        q = q.where(AuditLog.action == _action_key(flt.action))
    text = (flt.text or "").strip()
    if text:
        pattern = _like(text)
        found = [dialect.like_escaped(column, pattern)
                 for column in (AuditLog.note, AuditLog.username, AuditLog.after, AuditLog.before)]
        clause = found[0] | found[1] | found[2] | found[3]
        for table, ids in _titled(pattern):  # a record named so: its updates, which hold only the changed fields
            clause |= (AuditLog.table == table) & AuditLog.record_id.in_(ids)
        q = q.where(clause)
    return q


def _titled(pattern: str):
    """(table, subquery of ids) of the records whose title (a text column) matches *pattern*."""
    by_table = {m._meta.table_name: m for m in M.ALL_MODELS}
    for table in TABLES:
        model, column = by_table.get(table), title_column(table)
        field = model._meta.fields.get(column) if model is not None and column else None
        if isinstance(field, pw.CharField):
            yield table, model.select(model.id).where(dialect.like_escaped(field, pattern))


def count(flt: LogFilter | None = None) -> int:
    require_log_reader()
    flt = flt or LogFilter()
    if (flt.start or flt.end) and not (flt.username or flt.kind or flt.action or flt.text.strip()):
        q = AuditLog.select()  # the period alone: counted on the `at` index, without reading the rows
        if flt.start:
            q = q.where(AuditLog.at >= dt.datetime.combine(flt.start, dt.time()))
        if flt.end:
            q = q.where(AuditLog.at < dt.datetime.combine(flt.end + dt.timedelta(days=1), dt.time()))
        return q.count()
    return _query(flt).count()


def fetch(flt: LogFilter | None = None, offset: int = 0, limit: int = PAGE) -> list[Entry]:
    """One page of the log, newest first, described for people."""
    require_log_reader()
    rows = list(_query(flt or LogFilter()).order_by(AuditLog.id.desc()).offset(offset).limit(limit))
    return _described(rows)


def _described(rows) -> list[Entry]:
    known = titles(rows)
    return [describe(r, known) for r in rows]


def users(recent: int = USERS_SCAN) -> list[str]:
    """User names for the filter: every account plus whoever wrote the newest *recent* rows.

    (The column has no index: a full DISTINCT over a 500k-row log takes 0.4 s; an older name is
    still found by the text search, which also looks at the user name.)
    """
    require_log_reader()
    newest = AuditLog.select(AuditLog.username).order_by(AuditLog.id.desc()).limit(recent)
    names = {u for (u,) in AuditLog.select(newest.c.username).from_(newest).distinct().tuples()}
    names |= {u for (u,) in M.User.select(M.User.username).tuples()}
    return sorted(u for u in names if u)


def kinds() -> list[tuple[str, str]]:
    """(table, Chinese label) of the tables the log holds, record kinds first."""
    require_log_reader()
    present = {t for (t,) in AuditLog.select(AuditLog.table).distinct().tuples()}
    ordered = [t for t in TABLES if t in present] + sorted(present - set(TABLES))
    return [(t, kind_label(t)) for t in ordered]


# ---- one record's history ----
def _children(model) -> list[tuple[type, pw.ForeignKeyField]]:
    """Rows owned by *model* that are audited on their own (parties, sessions, steps …), not member links."""
    links = {k.member_link[0] for k in KINDS.values() if k.member_link}
    out = []
    for child in M.ALL_MODELS:
        if issubclass(child, ChildRow) and child not in links:
            out += [(child, f) for f in child._meta.refs if f.rel_model is model]
    return out


def _child_ids(child, fk: pw.ForeignKeyField, record_id: int) -> set[int]:
    table = child._meta.table_name
    ids = {i for (i,) in child.select(child.id).where(fk == record_id).tuples()}
    gone = (AuditLog.select(AuditLog.record_id)
            .where((AuditLog.table == table)
                   & (dialect.json_equals(AuditLog.after, fk.name, record_id)
                      | dialect.json_equals(AuditLog.before, fk.name, record_id))))
    return ids | {i for (i,) in gone.tuples() if i is not None}


def history(kind_or_table: str, record_id: int, *, children: bool = True) -> list[Entry]:
    """The record's entries (and, where it owns rows, theirs and its attachments'), newest first."""
    if context.current().role not in (*LOG_READERS, "录入员"):
        raise PermissionDenied("当前账号不能查看修改记录。")
    table = table_of(kind_or_table)
    clause = (AuditLog.table == table) & (AuditLog.record_id == record_id)
    model = {m._meta.table_name: m for m in M.ALL_MODELS}.get(table)
    if children and model is not None and issubclass(model, Record):
        for child, fk in _children(model):
            ids = _child_ids(child, fk, record_id)
            if ids:
                clause |= (AuditLog.table == child._meta.table_name) & AuditLog.record_id.in_(sorted(ids))
        attachments = [i for (i,) in M.Attachment.select(M.Attachment.id).where(
            (M.Attachment.owner_table == table) & (M.Attachment.owner_id == record_id)).tuples()]
        if attachments:
            clause |= (AuditLog.table == "attachment") & AuditLog.record_id.in_(attachments)
    rows = list(AuditLog.select().where(clause).order_by(AuditLog.id.desc()).limit(HISTORY_LIMIT))
    return _described(rows)


def verify_chain():
    """Walk the open database's audit-log hash chain against the head kept beside it (store.audit_chain)."""
    require_log_reader()
    db = database_proxy.obj
    return audit_chain.verify(db, audit_chain.read_head(db.database))
