"""承办单位: the station's counterpart units, an editable lookup (kind "department") that grows by itself —
a unit typed on a visit, topic, proposal, opinion or 交办 item the first time joins the list."""

from __future__ import annotations

from collections.abc import Iterable

from station_app.services import changes
from station_app.services.fields import Kind
from station_app.store.models import Lookup
from station_app.store.org import OWN_STATION_ID

KIND = "department"
SEPARATORS = "、，,；;/ "


def names(*, include_inactive: bool = False) -> list[str]:
    """The units in the station's order (the settings' 承办单位 list)."""
    q = Lookup.alive(Lookup.name).where((Lookup.station == OWN_STATION_ID) & (Lookup.kind == KIND))
    if not include_inactive:
        q = q.where(Lookup.active == True)
    return [r.name for r in q.order_by(Lookup.sort_order, Lookup.id)]


def names_if_open() -> list[str] | None:
    """names(), or None while no database is open (a form built before the data folder is)."""
    from station_app.store.base import database_proxy

    return names() if database_proxy.obj is not None else None


def split(text: str) -> list[str]:
    """「司法所、派出所」 → ["司法所", "派出所"] (会办单位 and other lists of units)."""
    out, word = [], ""
    for ch in text or "":
        if ch in SEPARATORS:
            if word.strip():
                out.append(word.strip())
            word = ""
        else:
            word += ch
    if word.strip():
        out.append(word.strip())
    return list(dict.fromkeys(out))


def department_fields(kind: Kind) -> list[str]:
    return [f.name for f in kind.fields if f.type == "department"]


def remember(kind: Kind, rows: Iterable[dict]) -> list[str]:
    """Add every unit named in *rows* (values of *kind*'s department fields) that the list lacks; a unit
    deleted from the list earlier comes back as it was typed again. Returns the names added."""
    fields = department_fields(kind)
    if not fields:
        return []
    wanted: list[str] = []
    for row in rows:
        for name in fields:
            value = row.get(name)
            if isinstance(value, str) and value.strip():
                wanted.extend(split(value) if name.endswith("depts") else [value.strip()])
    wanted = list(dict.fromkeys(wanted))
    if not wanted:
        return []
    own = (Lookup.station == OWN_STATION_ID) & (Lookup.kind == KIND)
    rows_by_name = {r.name: r for r in Lookup.select().where(own & (Lookup.name.in_(wanted)))}
    added = []
    last = Lookup.select(Lookup.sort_order).where(own).order_by(Lookup.sort_order.desc()).first()
    order = (last.sort_order if last else 0) + 1
    for name in wanted:
        row = rows_by_name.get(name)
        if row is None:
            Lookup.create(kind=KIND, name=name[:50], sort_order=order)
            order += 1
            added.append(name)
        elif row.deleted:
            Lookup.update(deleted=False, deleted_at=None, active=True).where(Lookup.id == row.id).execute()
            added.append(name)
    if added:
        changes.touched(Lookup)
    return added
