"""Create, update, soft-delete and restore any record, each with an audit row in the same transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

import peewee as pw

from station_app.services import changes, context, departments, item_numbers, record_events, stations
from station_app.services.fields import Kind, kind_of
from station_app.services.validation import validate
from station_app.store.base import Record, database_proxy, now
from station_app.store.models import AuditLog, Member


def snapshot(instance) -> dict:
    """A JSON-friendly dict of a row's own columns (foreign keys as ids)."""
    out = {}
    for name in instance._meta.fields:
        value = instance.__data__.get(name)
        if isinstance(value, Decimal):
            value = float(value)
        elif isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()
        out[name] = value
    return out


def audit(action: str, instance, before: dict | None = None, after: dict | None = None, note: str = ""):
    return AuditLog.create(
        username=context.current().username, action=action, table=instance._meta.table_name,
        record_id=instance.id, record_uuid=getattr(instance, "uuid", None),
        before=before, after=after, note=note[:200],
    )


def _stamp_new(instance) -> None:
    if isinstance(instance, Record):
        user = context.current().username
        instance.created_by = instance.created_by or user
        instance.updated_by = user
        instance.created_at = instance.created_at or now()
        instance.updated_at = now()


def stored_revision(instance) -> None:
    """Bring the in-memory revision up to the stored one after a save (the triggers bump it in the table)."""
    model = type(instance)
    if "revision" in model._meta.fields and instance.id is not None:
        value = model.select(model.revision).where(model.id == instance.id).scalar()
        if value is not None:
            instance.revision = value


def create(kind: Kind | str, data: dict, *, members: Iterable[int] | None = None, extra: dict | None = None,
           validated: bool = False):
    """Validate *data* and insert a record of *kind* (plus its member links). Returns the instance."""
    context.require_edit()
    kind = kind_of(kind) if isinstance(kind, str) else kind
    # a registered station's records (and their child rows) are read-only: its owner, before the input
    stations.require_own(kind.model(**(extra or {})), extra or {})
    values = dict(data) if validated else validate(kind, data)
    values.update(extra or {})
    instance = kind.model(**values)
    stations.require_own(instance, values)
    with changes.operation(), database_proxy.atomic():
        departments.remember(kind, [values])
        _stamp_new(instance)
        instance.save(force_insert=True)
        item_numbers.number_new(instance)  # 登记编号 / 件号, taken once and kept
        if members is not None and kind.member_link:
            set_members(instance, members, kind=kind, log=False)
        audit("create", instance, None, snapshot(instance))
        changes.touched(instance)
        record_events.saved("create", instance)
    return instance


def update(instance, data: dict, *, members: Iterable[int] | None = None, extra: dict | None = None,
           note: str = ""):
    """Validate the changed fields of *instance* and save them with an audit row (*note* on it)."""
    context.require_edit()
    stations.require_own(instance, {})  # whose record it is, before what is wrong with the input
    kind = kind_of(instance)
    values = validate(kind, data, partial=True, existing=instance)
    values.update(extra or {})
    stations.require_own(instance, values)
    with changes.operation(), database_proxy.atomic():
        departments.remember(kind, [values])
        before = snapshot(instance)
        for key, value in values.items():
            setattr(instance, key, value)
        if isinstance(instance, Record):
            instance.updated_at = now()
            instance.updated_by = context.current().username
        instance.save()
        stored_revision(instance)
        if members is not None and kind.member_link:
            set_members(instance, members, kind=kind, log=False)
        after = snapshot(instance)
        changed = {k: v for k, v in after.items() if before.get(k) != v and k not in ("updated_at",)}
        if changed or members is not None:
            audit("update", instance, {k: before.get(k) for k in changed}, changed, note)
        changes.touched(instance)
        record_events.saved("update", instance)
    return instance


def save_raw(instance, action: str = "update", note: str = ""):
    """Save an instance whose fields the caller set and checked (workflow steps); audited."""
    context.require_edit()
    with changes.operation(), database_proxy.atomic():
        before = None
        old = None
        if instance.id is not None:
            old = type(instance).get_or_none(type(instance).id == instance.id)
            before = snapshot(old) if old else None
        if old is not None:
            stations.require_own(old, {})  # as stored, then as it would be saved
        stations.require_own(instance)
        if isinstance(instance, Record):
            _stamp_new(instance) if instance.id is None else None
            instance.updated_at = now()
            instance.updated_by = context.current().username
        instance.save()
        stored_revision(instance)
        if before is None:
            item_numbers.number_new(instance)
        audit(action if before else "create", instance, before, snapshot(instance), note)
        changes.touched(instance)
        record_events.saved("update" if before else "create", instance)
    return instance


def soft_delete(instance) -> None:
    """Move a record to the recycle bin (回收站); child rows are deleted outright."""
    context.require_edit()
    stations.require_own(instance, {})
    with changes.operation(), database_proxy.atomic():
        if isinstance(instance, Record):
            before = snapshot(instance)
            instance.deleted = True
            instance.deleted_at = now()
            instance.updated_by = context.current().username
            instance.save()
            audit("delete", instance, before, {"deleted": True})
        else:
            audit("delete", instance, snapshot(instance), None)
            instance.delete_instance()
        changes.touched(instance)
        record_events.saved("delete", instance)


def restore(instance) -> None:
    context.require_edit()
    stations.require_own(instance, {})
    with changes.operation(), database_proxy.atomic():
        instance.deleted = False
        instance.deleted_at = None
        instance.updated_by = context.current().username
        instance.save()
        audit("restore", instance, {"deleted": True}, {"deleted": False})
        changes.touched(instance)
        record_events.saved("restore", instance)


def member_order(link: type[pw.Model]) -> list:
    """The order of a record's members: their `position` where the link keeps one (a proposal's 领衔
    first), else the order they were given in."""
    position = link._meta.fields.get("position")
    return [position, link.id] if position is not None else [link.id]


def member_ids(instance, kind: Kind | None = None) -> list[int]:
    kind = kind or kind_of(instance)
    link, owner = kind.member_link
    q = link.select(link.member).where(getattr(link, owner) == instance.id).order_by(*member_order(link))
    return [r.member_id for r in q]


def set_members(instance, ids: Iterable[int], *, kind: Kind | None = None, log: bool = True) -> None:
    kind = kind or kind_of(instance)
    stations.require_own(instance, {})
    link, owner = kind.member_link
    ids = list(dict.fromkeys(int(i) for i in ids))
    stations.require_own_members(ids)
    with changes.operation(), database_proxy.atomic():
        before = member_ids(instance, kind)
        link.delete().where(getattr(link, owner) == instance.id).execute()
        if ids:
            ordered = "position" in link._meta.fields  # the order given is kept (0 = 领衔 of a proposal)
            link.insert_many([{owner: instance.id, "member": i, **({"position": n} if ordered else {})}
                              for n, i in enumerate(ids)]).execute()
        if log and before != ids:
            audit("update", instance, {"members": before}, {"members": ids})
        changes.touched(link)


def member_names(ids: Iterable[int]) -> list[str]:
    ids = list(ids)
    if not ids:
        return []
    names = {m.id: m.name for m in Member.select(Member.id, Member.name).where(Member.id.in_(ids))}
    return [names[i] for i in ids if i in names]


def add_child(kind: Kind | str, owner_field: str, owner, data: dict):
    """Create a child row (party, session, follow-up, meeting) of *owner*."""
    kind = kind_of(kind) if isinstance(kind, str) else kind
    return create(kind, data, extra={owner_field: owner})


def get(model: type[pw.Model], record_id: int):
    return model.get_or_none(model.id == record_id)
