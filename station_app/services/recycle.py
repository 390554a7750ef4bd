"""The recycle bin (回收站): deleted records of every kind, restorable; purging is for administrators."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from station_app.services import changes, context, records, stations
from station_app.services.errors import ValidationError
from station_app.services.fields import KINDS, Kind
from station_app.store.base import Record, database_proxy
from station_app.store.org import OWN_STATION_ID

# Kinds a user deletes from a list page, in the order of the navigation.
BIN_KINDS = ("reception_day", "visit", "duty_slot", "dispute", "activity", "topic", "opinion", "proposal", "member",
             "work_team", "reception_rule")


@dataclass(frozen=True)
class Deleted:
    kind: str
    kind_label: str
    id: int
    title: str
    date: dt.date | None
    deleted_at: dt.datetime | None
    deleted_by: str


def _title(kind: Kind, row) -> str:
    value = getattr(row, kind.title_field, None) if kind.title_field else None
    text = str(value) if value not in (None, "") else f"#{row.id}"
    if kind.key == "visit":
        text = f"{text}：{(row.content or '')[:30]}"
    if kind.key == "dispute" and row.summary:
        text = f"{text} {row.summary[:30]}"
    if kind.key == "proposal":
        text = f"{row.number} {text}"
    return text


def deleted(kinds: tuple[str, ...] = BIN_KINDS, limit: int = 2000) -> list[Deleted]:
    """The own station's deleted records, newest deletion first (a registered station's deletions arrive in
    its packages and are not restorable here)."""
    out: list[Deleted] = []
    for key in kinds:
        kind = KINDS[key]
        model = kind.model
        rows = (model.select().where((model.deleted == True) & (model.station == OWN_STATION_ID))
                .order_by(model.deleted_at.desc()).limit(limit))
        for row in rows:
            date = getattr(row, kind.date_field) if kind.date_field else None
            out.append(Deleted(key, kind.label, row.id, _title(kind, row), date, row.deleted_at,
                               row.updated_by or ""))
    out.sort(key=lambda d: d.deleted_at or dt.datetime.min, reverse=True)
    return out[:limit]


def count() -> int:
    return sum(KINDS[k].model.select().where((KINDS[k].model.deleted == True)
                                             & (KINDS[k].model.station == OWN_STATION_ID)).count() for k in BIN_KINDS)


def _get(kind_key: str, record_id: int):
    model = KINDS[kind_key].model
    row = model.get_or_none(model.id == record_id)
    if row is None or not isinstance(row, Record) or not row.deleted:
        raise LookupError(f"回收站中没有这条{KINDS[kind_key].label}记录（可能已恢复或已彻底删除）")
    return row


def restore(kind_key: str, record_id: int):
    """Put a deleted record back where it was; returns it."""
    row = _get(kind_key, record_id)
    stations.require_own(row, {})
    if kind_key == "proposal":
        from station_app.services import proposals

        problem = proposals.restore_problem(row)
        if problem:
            raise ValidationError(f"不能恢复提案 {row.number}：{problem}（请先修改另一件提案的立案号）")
    records.restore(row)
    return row


def purge(kind_key: str, record_id: int) -> None:
    """Remove a deleted record for good (administrators only); its child rows go with it."""
    context.require_admin()
    row = _get(kind_key, record_id)
    stations.require_own(row, {})
    try:
        with changes.operation(), database_proxy.atomic():
            changes.touched(row)
            records.audit("purge", row, records.snapshot(row), None, note="从回收站彻底删除")
            row.delete_instance()
    except pw.IntegrityError:
        raise ValidationError(f"这条{KINDS[kind_key].label}仍被其他记录引用，不能彻底删除；可以留在回收站。") from None
