"""The stations of this database: its role (工作站 / 汇总), its own station, the registered ones, and the rule
that a registered station's records are read-only here (they arrive in its 上报包; corrections are made at
the station and come with its next package).

A county database (汇总) receives packages and may also log its own work; it may itself send packages
upward (市级), so the levels stack: nothing here forbids a 汇总 database from exporting.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import peewee as pw

from station_app.services import context
from station_app.services.errors import ValidationError
from station_app.store.base import ChildRow, database_proxy
from station_app.store.models import AuditLog, Member, Setting
from station_app.store.org import OWN_STATION_ID, Owned, Station

ROLE_KEY = "role"
ROLES = {"station": "工作站", "county": "汇总"}  # code -> how the window and the settings show it
DEFAULT_ROLE = "station"


class ForeignRecord(ValidationError):
    """A write to a record of a registered station: refused, nothing saved."""

    def __init__(self, station_name: str, *, linked: bool = False):
        self.station_name = station_name
        if linked:
            text = f"不能关联“{station_name}”的记录：它由该工作站的上报包导入，本站的记录只能关联本站的委员和记录"
        else:
            text = f"该记录属于“{station_name}”，由其上报包导入，只能在该工作站修改"
        super().__init__(text)


# ---- the role ----
def role() -> str:
    """"station" (工作站, the default) or "county" (汇总: receives stations' packages)."""
    row = Setting.get_or_none(Setting.key == ROLE_KEY)
    value = row.value if row is not None else None
    return value if value in ROLES else DEFAULT_ROLE


def role_label(code: str | None = None) -> str:
    return ROLES[code or role()]


def is_county() -> bool:
    return role() == "county"


def set_role(code: str) -> str:
    """Store the database's role (administrators only; audited). Returns the code."""
    context.require_admin()
    code = (code or "").strip().lower()
    if code not in ROLES:
        raise ValidationError(f"角色应为 station（工作站）或 county（汇总），而不是“{code}”", kind_label="工作站角色")
    with database_proxy.atomic():
        row = Setting.get_or_none(Setting.key == ROLE_KEY)
        before = row.value if row is not None else None
        if before == code:
            return code
        if row is None:
            row = Setting(key=ROLE_KEY, value=code)
            row.save(force_insert=True)
        else:
            row.value = code
            row.save()
        AuditLog.create(username=context.current().username, action="update", table="setting", record_id=row.id,
                        record_uuid=row.uuid, before={ROLE_KEY: before}, after={ROLE_KEY: code},
                        note=f"工作站角色：{ROLES[code]}")
    return code


# ---- the stations ----
def own_station() -> Station | None:
    return Station.own_row()


def own_name() -> str:
    row = own_station()
    return row.name if row is not None else ""


def registered_stations() -> list[Station]:
    """The stations whose packages this database received, by name."""
    return list(Station.select().where((Station.own == False) & (Station.deleted == False))
                .order_by(Station.name, Station.id))


def _links(instance, *, with_null: bool = False):
    """(field, target model, id) of the foreign keys of *instance* that point at a station's rows (records
    or child rows), in declaration order, the empty ones only *with_null*; the `station` column is left out."""
    for field in instance._meta.sorted_fields:
        if isinstance(field, pw.ForeignKeyField) and field.name != "station":
            rel, target_id = field.rel_model, instance.__data__.get(field.name)
            if (target_id is not None or with_null) and issubclass(rel, (Owned, ChildRow)):
                yield field, rel, target_id


def _station_of_row(model, row_id: int) -> int | None:
    if issubclass(model, Owned):
        return model.select(model.station).where(model.id == row_id).scalar()
    return station_id_of(model.get_or_none(model.id == row_id))


def station_id_of(instance) -> int | None:
    """The station a record belongs to: its `station` column; a child row (party, link, session) belongs to
    its owner's (its first foreign key to a record or another child row); None for rows of no station
    (settings, accounts, holidays)."""
    if instance is None:
        return None
    if isinstance(instance, Station):
        return instance.id
    if isinstance(instance, Owned):
        return instance.__data__.get("station", OWN_STATION_ID)
    if isinstance(instance, ChildRow):
        for _field, rel, target_id in _links(instance):
            return _station_of_row(rel, target_id)
    return None


def require_own_members(ids: Iterable[int]) -> None:
    """Refuse members of another station on a record here (接待委员, 调解员, 值班委员 …)."""
    ids = [int(i) for i in ids]
    if _importing.get() or not ids:
        return
    sid = (Member.select(Member.station).where(Member.id.in_(ids) & (Member.station != OWN_STATION_ID))
           .limit(1).scalar())
    if sid is not None:
        raise ForeignRecord(_name_of(sid), linked=True)


def is_own(instance) -> bool:
    """Whether *instance* may be changed here (the own station's, or a row of no station)."""
    sid = station_id_of(instance)
    return sid is None or sid == OWN_STATION_ID


def station_label(instance) -> str:
    """The name of the station *instance* belongs to ("" for rows of no station)."""
    sid = station_id_of(instance)
    if sid is None:
        return ""
    row = Station.get_or_none(Station.id == sid)
    return row.name if row is not None else ""


def origin(instance) -> Station | None:
    """The registered station a record came from (for the read-only banner: its name, last package number
    and date), or None for the own station's records and rows of no station."""
    sid = station_id_of(instance)
    if sid is None or sid == OWN_STATION_ID:
        return None
    return Station.get_or_none(Station.id == sid) or Station(id=sid, name=_name_of(sid))


_importing = contextvars.ContextVar("stations_importing", default=False)


@contextmanager
def importing() -> Iterator[None]:
    """Lift the read-only rule while an exchange package is written (the package *is* the station's word)."""
    token = _importing.set(True)
    try:
        yield
    finally:
        _importing.reset(token)


def require_own(instance, values: dict | None = None) -> None:
    """Refuse (ForeignRecord) a write to a registered station's record or child row, and one that would
    link a record here to another station's (an own visit's 接待委员 from another station, a topic merging
    another station's visit). *values*: the fields an update changes (their links are checked, the
    stored row's owner too); without it every link of *instance* is checked."""
    if _importing.get() or instance is None:
        return
    wanted = (values or {}).get("station")
    if wanted is not None and int(getattr(wanted, "id", wanted)) != OWN_STATION_ID:
        raise ForeignRecord(_name_of(int(getattr(wanted, "id", wanted))))
    sid = station_id_of(instance)
    if sid is not None and sid != OWN_STATION_ID:
        raise ForeignRecord(_name_of(sid))
    names = None if values is None else set(values)
    for field, rel, target_id in _links(instance, with_null=names is not None):
        if names is not None and field.name not in names:
            continue
        value = values[field.name] if names is not None else target_id
        if value is None:
            continue
        target = _station_of_row(rel, int(getattr(value, "id", value)))
        if target is not None and target != OWN_STATION_ID:
            raise ForeignRecord(_name_of(target), linked=True)


def require_own_ids(model, ids: Iterable[int]) -> None:
    """Refuse when any of the rows *ids* of an owned *model* belongs to a registered station."""
    if _importing.get() or not issubclass(model, Owned):
        return
    ids = list(ids)
    for start in range(0, len(ids), 500):
        sid = (model.select(model.station).where(model.id.in_(ids[start:start + 500])
                                                 & (model.station != OWN_STATION_ID)).limit(1).scalar())
        if sid is not None:
            raise ForeignRecord(_name_of(sid))


def foreign_ids(model, ids: Iterable[int]) -> set[int]:
    """Which of *ids* belong to a registered station (list pages disable 删除 for them)."""
    ids = list(ids)
    if not ids or not issubclass(model, Owned) or not Station.select().where(Station.own == False).exists():
        return set()
    out: set[int] = set()
    for start in range(0, len(ids), 500):
        out |= {i for (i,) in model.select(model.id).where(model.id.in_(ids[start:start + 500])
                                                          & (model.station != OWN_STATION_ID)).tuples()}
    return out


def _name_of(station_id: int) -> str:
    row = Station.get_or_none(Station.id == station_id)
    return row.name if row is not None and row.name else f"工作站 #{station_id}"
