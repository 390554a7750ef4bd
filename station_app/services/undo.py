"""撤销: undo a user's last change (edit, delete, conversion) from the audit log's before/after (no Qt).

One operation is the user's newest run of audit entries written together: consecutive ids, the same
user, the same second (a conversion writes the new case, its parties, the visit's update and the
convert entry in one transaction). Undo applies the entries' before values in reverse order, restores
what was deleted and moves what was created to the recycle bin; each step is itself logged as 撤销.
It refuses when a later entry (anyone's) touched one of those records, or when an entry is not a change
of records (logins, exports, an earlier undo).
"""

from __future__ import annotations

from dataclasses import dataclass

from station_app.services import changes, context, records, stations
from station_app.services.audit_describe import ACTIONS, kind_label
from station_app.services.errors import ValidationError
from station_app.store import models as M
from station_app.store.base import Record, database_proxy, now
from station_app.store.models import AuditLog

UNDOABLE = ("create", "update", "delete", "restore", "convert")
SKIPPED = ("updated_at", "updated_by", "created_at", "created_by", "members")


@dataclass(frozen=True)
class Undone:
    entries: int
    text: str  # "已撤销：修改 来访登记" …


def _model(table: str):
    return {m._meta.table_name: m for m in M.ALL_MODELS}.get(table)


def last_operation(username: str) -> list[AuditLog]:
    """The user's newest operation, oldest entry first ([] when the user has none)."""
    newest = AuditLog.select().where(AuditLog.username == username).order_by(AuditLog.id.desc()).first()
    if newest is None:
        return []
    group = [newest]
    for row in AuditLog.select().where(AuditLog.id < newest.id).order_by(AuditLog.id.desc()).limit(500):
        if row.username != username or row.at != newest.at or row.id != group[-1].id - 1:
            break
        group.append(row)
    return group[::-1]


def _refuse(message: str):
    raise ValidationError(message)


def _check(group: list[AuditLog]) -> None:
    last = group[-1]
    if any(e.action == "undo" for e in group):
        _refuse("上一次修改已经撤销，不能再次撤销。")
    bad = next((e for e in group if e.action not in UNDOABLE or _model(e.table) is None), None)
    if bad is not None:
        _refuse(f"最近一次操作（{ACTIONS.get(bad.action, bad.action)}：{kind_label(bad.table)}）不能撤销。")
    for e in group:
        later = (AuditLog.select().where((AuditLog.id > last.id) & (AuditLog.table == e.table)
                                         & (AuditLog.record_id == e.record_id)).order_by(AuditLog.id).first())
        if later is not None:
            _refuse(f"{kind_label(e.table)}在这次修改之后又被{later.username or '他人'}"
                    f"于 {later.at:%Y-%m-%d %H:%M} 修改过，不能撤销。")


def _apply(e: AuditLog) -> None:
    model = _model(e.table)
    changes.touched(model)
    row = model.get_or_none(model.id == e.record_id)
    if e.action == "convert":
        return  # a marker: its created records and the visit's update are entries of their own
    if e.action == "delete" and not issubclass(model, Record):
        values = {k: v for k, v in (e.before or {}).items() if k in model._meta.fields}
        stations.require_own(model(**values))
        model.insert(**values).execute()  # a child row deleted outright comes back with its id
        row = model.get_by_id(e.record_id)
        records.audit("undo", row, None, records.snapshot(row), f"撤销删除（日志 #{e.id}）")
        return
    if row is None:
        _refuse(f"{kind_label(e.table)}（#{e.record_id}）已不存在，不能撤销。")
    stations.require_own(row, {})
    before = records.snapshot(row)
    if e.action == "create":
        if isinstance(row, Record):
            row.deleted, row.deleted_at = True, now()
            row.save()
            after = {"deleted": True}
        else:
            row.delete_instance()
            records.audit("undo", row, before, None, f"撤销新建（日志 #{e.id}）")
            return
    elif e.action in ("delete", "restore"):
        row.deleted = e.action == "restore"
        row.deleted_at = now() if row.deleted else None
        row.save()
        after = {"deleted": row.deleted}
    else:  # update
        for key, value in (e.before or {}).items():
            if key in model._meta.fields and key not in SKIPPED:
                setattr(row, key, value)
        if isinstance(row, Record):
            row.updated_at, row.updated_by = now(), context.current().username
        row.save()
        if "members" in (e.before or {}) and isinstance(row, Record):
            records.set_members(row, e.before["members"] or [], log=False)
        fresh = records.snapshot(model.get_by_id(row.id))
        after = {k: fresh.get(k) for k in (e.before or {}) if k in fresh}
        before = {k: before.get(k) for k in after}
    label = {"create": "新建", "delete": "删除", "restore": "恢复", "update": "修改"}[e.action]
    records.audit("undo", row, before, after, f"撤销{label}（日志 #{e.id}）")


def describe_last(username: str) -> str:
    """What undo would take back ("修改 来访登记"), or "" when there is nothing."""
    group = last_operation(username)
    if not group:
        return ""
    main = next((e for e in group if e.action == "convert"), group[0])
    return f"{ACTIONS.get(main.action, main.action)} {kind_label(main.table)}"


def undo_last(username: str | None = None) -> Undone:
    """Take back *username*'s last operation (default: the signed-in user); ValidationError when refused."""
    context.require_edit()
    username = username or context.current().username
    group = last_operation(username)
    if not group:
        _refuse("没有可以撤销的修改。")
    _check(group)
    text = "已撤销：" + describe_last(username)
    with changes.operation(), database_proxy.atomic():
        for e in reversed(group):
            _apply(e)
    return Undone(len(group), text)
