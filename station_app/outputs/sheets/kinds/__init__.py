"""One declaration per sheet kind (SheetSpec) and the helpers they share; SPECS lists them in order."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from station_app.outputs.sheets.fonts import clip
from station_app.services import item_numbers
from station_app.services.item_numbers import Number
from station_app.store.models import Member


class SheetError(Exception):
    """A request the user can fix (unknown id, empty year): the message is Chinese."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class SheetSpec:
    key: str
    label: str  # the paper form's name
    folder: str  # folder in the inspection package
    select: Callable  # (ids | None, year | None) -> list of records (sorted)
    build: Callable  # (record, ctx) -> Sheet
    landscape: bool = False
    scale: float = 1.0  # type size (wall posters are larger)
    id_help: str = "记录编号"
    date_of: Callable | None = None  # record -> the date that places it in a period (None: every period)
    group_of: Callable | None = None  # record -> (file stem, title) when the package binds several per file
    number: Callable | None = None  # (records, year) -> None: store the 件号 of sheets that have none yet


def year_range(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def select_records(model, date_field: str, ids, year, extra=None):
    """Alive records of *model*: by ids, or all of *year* (or all), ordered by date then id."""
    col = getattr(model, date_field)
    query = model.alive()
    if ids is not None:
        query = query.where(model.id.in_(list(ids)))
    if year:
        start, end = year_range(year)
        query = query.where(col.between(start, end))
    if extra is not None:
        query = query.where(extra)
    rows = list(query.order_by(col, model.id))
    if ids is not None:
        found = {r.id for r in rows}
        lost = [str(i) for i in ids if i not in found]
        if lost:
            raise SheetError(f"找不到编号为 {'、'.join(lost)} 的记录（可能已删除或不在所选年度）。")
    return rows


def item_of(ctx, record) -> Number:
    """The stored 件号 of a visit / activity / reception day / topic (services.item_numbers), read once
    for every record of the render or package task. It is never recomputed: back-filled or deleted
    records do not move it. The stamp prints Number.year, the year the number was taken in."""
    key = ("item_numbers", type(record).__name__)
    found = ctx.cache.get(key)
    if found is None or record.uuid not in found:
        group = [r for r in (*ctx.scope, *ctx.batch) if type(r) is type(record)] or [record]
        if all(r.uuid != record.uuid for r in group):
            group.append(record)
        found = ctx.cache.setdefault(key, {})
        found.update(item_numbers.of_records(group))
    return found[record.uuid]


def sheet_number(ctx, kind: str, key: str, year: int) -> Number:
    """件号 of a sheet without a record of its own (a month's roster, a member's year file, the annual
    report): taken the first time the sheet is exported, stored, and the same at every later export."""
    cache = ctx.cache.setdefault(("sheet_numbers", kind, year), {})
    if key not in cache:
        cache[key] = item_numbers.assign(kind, key, year)
    return cache[key]


def number_records(records, year) -> None:
    """SheetSpec.number for record kinds: any record still without a number gets one, in date order."""
    if records:
        item_numbers.of_records(list(records))


def by_month(label: str, date_of: Callable) -> Callable:
    """group_of for small one-page sheets: one file per month in the inspection package."""
    def group(record):
        d = date_of(record)
        return f"{label}_{d.year}年{d.month:02d}月", f"{d.year}年{d.month}月{label}"
    return group


def names_of(members) -> str:
    return "、".join(m.name for m in members)


def scope_ids(ctx, owner) -> list[int]:
    """Ids of the records read together with *owner*: the package task's, the render's, or just its own."""
    for group in (ctx.scope, ctx.batch):
        if any(type(r) is type(owner) and r.id == owner.id for r in group):
            return [r.id for r in group]
    return [owner.id]


def batch_member_names(ctx, link_model, owner_field: str, owner, scope=None) -> str:
    """'、'-joined member names of *owner*, read in one query for every record of the render (or of the
    ids in *scope*)."""
    key = ("names", link_model.__name__)
    names = ctx.cache.get(key)
    if names is None or owner.id not in names:
        ids = list(scope) if scope and owner.id in scope else scope_ids(ctx, owner)
        col = getattr(link_model, owner_field)
        names = ctx.cache.setdefault(key, {})
        for i in ids:
            names.setdefault(i, [])
        for start in range(0, len(ids), 500):
            rows = (link_model.select(col.alias("owner"), Member.name).join(Member, on=(link_model.member == Member.id))
                    .where(col.in_(ids[start:start + 500])).order_by(link_model.id).tuples())
            for owner_id, name in rows:
                names[owner_id].append(name)
    return "、".join(names[owner.id])


def linked_members(link_model, owner_field: str, owner) -> list[Member]:
    col = getattr(link_model, owner_field)
    return list(Member.select().join(link_model, on=(link_model.member == Member.id))
                .where(col == owner).order_by(Member.id))


_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def safe_name(text: str, limit: int = 40) -> str:
    """A file name part that Windows accepts (a cut name ends with …)."""
    return clip(_UNSAFE.sub("_", str(text)).strip("._"), limit) or "未命名"


def money(value) -> str:
    if value is None or value == "":
        return ""
    return f"{float(value):,.2f} 元"


def weekday(d: dt.date) -> str:
    return "星期" + "一二三四五六日"[d.weekday()]
