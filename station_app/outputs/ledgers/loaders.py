"""Bulk reads for the ledgers: records of a period as streamed dicts, member names and parties prefetched."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

import peewee as pw

from station_app.services.item_numbers import Number
from station_app.store.models import ItemNumber, Member, Party, Station
from station_app.store.org import OWN_STATION_ID

JOIN = "、"
# the station an export covers (None: every station the database holds); set by export._write
_STATION: ContextVar[int | None] = ContextVar("ledger_station", default=None)


@contextmanager
def covering(station: int | None):
    """Within: every ledger's rows (period_query, and the computed ledgers) are *station*'s only."""
    token = _STATION.set(station)
    try:
        yield
    finally:
        _STATION.reset(token)


def station_covered() -> int | None:
    return _STATION.get()


def station_name() -> str:
    covered = _STATION.get()
    row = Station.get_or_none(Station.id == covered) if covered is not None else Station.own_row()
    return row.name if row and row.name else "委员工作站"


def in_station(query: pw.ModelSelect, model) -> pw.ModelSelect:
    """*query* kept to the covered station's rows (unchanged when the export covers every station)."""
    covered = _STATION.get()
    return query if covered is None else query.where(model.station == covered)


def chunks(ids: Sequence[int], size: int = 900):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def period_query(model, date_expr, start: dt.date | None, end: dt.date | None, ids: Sequence[int] | None,
                 order: Iterable) -> pw.ModelSelect:
    """Alive rows of *model* in [start, end] (or with the given ids), in ledger order."""
    q = in_station(model.alive(), model)
    if ids is not None:
        q = q.where(model.id.in_(list(ids)))
    elif start is not None and end is not None:
        q = q.where(date_expr.between(start, end))
    return q.order_by(*order)


def stream(query: pw.ModelSelect, *decorators):
    """(count, iterator of dicts) — rows are not all held in memory; *decorators* add derived keys."""
    count = query.count()

    def rows():
        for row in query.dicts().iterator():
            for decorate in decorators:
                decorate(row)
            yield row
    return count, rows()


def member_names(link_model, owner_field: str, owner_ids: pw.ModelSelect) -> dict[int, list[str]]:
    """owner id -> member names in link order, for every owner the query selects (one query)."""
    owner = getattr(link_model, owner_field)
    q = (link_model.select(owner.alias("owner"), Member.name).join(Member, on=(link_model.member == Member.id))
         .where(owner.in_(owner_ids)).order_by(link_model.id).tuples())
    out: dict[int, list[str]] = defaultdict(list)
    for owner_id, name in q.iterator():
        out[owner_id].append(name)
    return out


def names_decorator(key: str, names: dict[int, list[str]], extra_key: str | None = None):
    """Adds row[key] = '张三、李四' (plus row[extra_key] text when given, e.g. non-member mediators)."""
    def decorate(row):
        listed = list(names.get(row["id"], ()))
        if extra_key and row.get(extra_key):
            listed.append(row[extra_key])
        row[key] = JOIN.join(listed)
    return decorate


def parties_of(dispute_ids: pw.ModelSelect) -> dict[int, str]:
    """dispute id -> '张三（申请人）、某公司（被申请人）'."""
    out: dict[int, list[str]] = defaultdict(list)
    q = (Party.select(Party.dispute, Party.name, Party.role).where(Party.dispute.in_(dispute_ids))
         .order_by(Party.id).tuples())
    for dispute_id, name, role in q.iterator():
        out[dispute_id].append(f"{name}（{role}）")
    return {k: JOIN.join(v) for k, v in out.items()}


def member_ids_by_name() -> dict[str, int]:
    """The own station's member name -> id (active members first when two share a name): an imported
    ledger's records are the own station's and name its members."""
    out: dict[str, int] = {}
    q = (Member.alive(Member.id, Member.name, Member.status).where(Member.station == OWN_STATION_ID)
         .order_by(Member.status, Member.id).tuples())
    for mid, name, _status in q:
        out.setdefault(name, mid)
    return out


def item_numbers(kind: str, uuids: pw.ModelSelect) -> dict[str, str]:
    """record uuid -> its stored 登记编号 / 编号 text (services.item_numbers), for every record selected."""
    q = (ItemNumber.select(ItemNumber.key, ItemNumber.year, ItemNumber.seq)
         .where((ItemNumber.kind == kind) & ItemNumber.key.in_(uuids)).tuples())
    return {key: Number(kind, year, seq).text for key, year, seq in q.iterator()}


def numbers_decorator(texts: dict[str, str]):
    def decorate(row):
        row["item_no"] = texts.get(row["uuid"], "")
    return decorate
