"""Station settings for the 设置 page: station info, lookups (add, rename, merge), quotas, points, rules."""

from __future__ import annotations

import peewee as pw

from station_app.services import changes, context, records, stations
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.fields import KINDS
from station_app.store.base import database_proxy, now
from station_app.store.choices import LOOKUP_SEEDS, POINT_SEEDS
from station_app.store.models import (
    AuditLog,
    DutySlot,
    Lookup,
    PointRule,
    Quota,
    ReceptionRule,
    Station,
    Swap,
)
from station_app.store.org import OWN_STATION_ID

LOOKUP_LABELS: dict[str, str] = {kind: label for kind, (label, _names) in LOOKUP_SEEDS.items()}
PERIOD_LABELS = {"month": "每月", "quarter": "每季度", "year": "全年"}


def _problem(field: str, label: str, message: str, kind_label: str = "设置") -> ValidationError:
    return ValidationError(FieldProblem(field, label, message), kind_label=kind_label)


# ---- station ----
def station() -> Station | None:
    """The own station once it has a name (the first-run set-up gives it one); None before."""
    row = Station.own_row()
    return row if row is not None and row.name else None


def station_name() -> str:
    row = station()
    return row.name if row else ""


def save_station(data: dict) -> Station:
    """Create the station row or update it (administrators only)."""
    context.require_admin()
    return records.update(Station.own_row(), data)


# ---- lookups ----
def _uses(kind: str) -> list[tuple[type, str]]:
    """(model, attribute) pairs whose values come from lookup *kind*."""
    uses = [(k.model, f.name) for k in KINDS.values() for f in k.fields if f.lookup == kind]
    if kind == "swap_reason":
        uses.append((Swap, "reason"))
    return uses


def lookups(kind: str, *, include_inactive: bool = True) -> list[Lookup]:
    if kind not in LOOKUP_LABELS:
        raise KeyError(kind)
    q = Lookup.alive().where((Lookup.station == OWN_STATION_ID) & (Lookup.kind == kind))
    if not include_inactive:
        q = q.where(Lookup.active == True)
    return list(q.order_by(Lookup.sort_order, Lookup.id))


def _own_rows(model):
    """The own station's rows of *model* (a lookup value is the own station's: renaming or merging it
    leaves the values another station's records arrived with alone)."""
    if "station" in model._meta.fields:
        return model.station == OWN_STATION_ID
    if model is Swap:
        return Swap.slot.in_(DutySlot.select(DutySlot.id).where(DutySlot.station == OWN_STATION_ID))
    return True


def usage(kind: str, name: str) -> int:
    """How many of the own station's rows carry the value *name* of lookup *kind*."""
    return sum(model.select().where((getattr(model, attr) == name) & _own_rows(model)).count()
               for model, attr in _uses(kind))


def usage_counts(kind: str) -> dict[str, int]:
    """Value -> number of stored rows using it, one grouped query per table."""
    out: dict[str, int] = {}
    for model, attr in _uses(kind):
        column = getattr(model, attr)
        for value, n in model.select(column, pw.fn.COUNT(model.id)).where(_own_rows(model)).group_by(column).tuples():
            if value:
                out[value] = out.get(value, 0) + n
    return out


def _clean_name(kind: str, name: str) -> str:
    name = (name or "").strip()
    label = LOOKUP_LABELS.get(kind, "选项")
    if not name:
        raise _problem("name", label, "名称不能为空")
    if len(name) > 50:
        raise _problem("name", label, "名称不能超过50个字")
    return name


def _by_name(kind: str, name: str) -> Lookup | None:
    return Lookup.get_or_none((Lookup.station == OWN_STATION_ID) & (Lookup.kind == kind) & (Lookup.name == name))


def add_lookup(kind: str, name: str) -> Lookup:
    """Add a value at the end of the list; a removed or disabled value of that name comes back."""
    context.require_admin()
    name = _clean_name(kind, name)
    existing = _by_name(kind, name)
    if existing and not existing.deleted and existing.active:
        raise _problem("name", LOOKUP_LABELS[kind], f"“{name}”已在列表中")
    own = (Lookup.station == OWN_STATION_ID) & (Lookup.kind == kind)
    last = Lookup.select(Lookup.sort_order).where(own).order_by(Lookup.sort_order.desc()).first()
    order = (last.sort_order + 1) if last else 0
    if existing:
        existing.deleted, existing.deleted_at, existing.active, existing.sort_order = False, None, True, order
        return records.save_raw(existing, "restore", note=f"恢复{LOOKUP_LABELS[kind]}：{name}")
    return records.save_raw(Lookup(kind=kind, name=name, sort_order=order), "create",
                            note=f"新增{LOOKUP_LABELS[kind]}：{name}")


def _retag(kind: str, old: str, new: str) -> int:
    """Change every stored value *old* to *new*; one audit row per table touched."""
    changed = 0
    for model, attr in _uses(kind):
        column = getattr(model, attr)
        updates = {column: new}
        if "updated_at" in model._meta.fields:
            updates[model.updated_at] = now()
        n = model.update(updates).where((column == old) & _own_rows(model)).execute()
        if n:
            changed += n
            changes.touched(model)
            AuditLog.create(username=context.current().username, action="update", table=model._meta.table_name,
                            before={attr: old}, after={attr: new}, note=f"{LOOKUP_LABELS[kind]}改名：{n} 条记录")
    return changed


def rename_lookup(lookup_id: int, new_name: str) -> int:
    """Rename a value and every record using it; returns the number of records changed."""
    context.require_admin()
    row = Lookup.get_by_id(lookup_id)
    new_name = _clean_name(row.kind, new_name)
    if new_name == row.name:
        return 0
    other = _by_name(row.kind, new_name)
    if other and not other.deleted:
        raise _problem("name", LOOKUP_LABELS[row.kind], f"“{new_name}”已存在，请改用“合并”")
    with changes.operation(), database_proxy.atomic():
        if other:  # a long-removed row holds the name (unique index): free it
            other.delete_instance()
        old = row.name
        row.name = new_name
        records.save_raw(row, "update", note=f"{LOOKUP_LABELS[row.kind]}改名：{old} → {new_name}")
        return _retag(row.kind, old, new_name)


def merge_lookup(source_id: int, target_id: int) -> int:
    """Fold value *source* into *target*: records move over, *source* leaves the list."""
    context.require_admin()
    source, target = Lookup.get_by_id(source_id), Lookup.get_by_id(target_id)
    if source.id == target.id or source.kind != target.kind:
        raise _problem("name", LOOKUP_LABELS.get(source.kind, "选项"), "请选择同一列表中的另一个值进行合并")
    with changes.operation(), database_proxy.atomic():
        changed = _retag(source.kind, source.name, target.name)
        records.soft_delete(source)
    return changed


def set_lookup_active(lookup_id: int, active: bool) -> Lookup:
    """A disabled value stays on old records but is no longer offered for new ones."""
    context.require_admin()
    row = Lookup.get_by_id(lookup_id)
    row.active = bool(active)
    return records.save_raw(row, "update", note=("启用" if active else "停用") + f"：{row.name}")


def move_lookup(lookup_id: int, delta: int) -> None:
    """Move a value up (-1) or down (+1) in its list."""
    context.require_admin()
    rows = lookups(Lookup.get_by_id(lookup_id).kind)
    index = next(i for i, r in enumerate(rows) if r.id == lookup_id)
    other = index + delta
    if not 0 <= other < len(rows):
        return
    rows[index], rows[other] = rows[other], rows[index]
    with changes.operation(), database_proxy.atomic():
        for i, row in enumerate(rows):
            if row.sort_order != i:
                Lookup.update(sort_order=i).where(Lookup.id == row.id).execute()
                changes.touched(Lookup)


# ---- quotas and points ----
METRIC_LABELS = {metric: label for metric, label, _p in POINT_SEEDS}


def quotas() -> list[Quota]:
    return list(Quota.alive().where(Quota.station == OWN_STATION_ID).order_by(Quota.id))


def save_quota(quota_id: int, target: float, active: bool = True) -> Quota:
    context.require_admin()
    try:
        target = float(target)
    except (TypeError, ValueError):
        raise _problem("target", "指标", "应为数字") from None
    if target < 0 or target > 100000:
        raise _problem("target", "指标", "应在0到100000之间")
    row = Quota.get_by_id(quota_id)
    row.target, row.active = target, bool(active)
    return records.save_raw(row, "update", note=f"履职指标：{row.label}")


def point_rules() -> list[PointRule]:
    return list(PointRule.alive().where(PointRule.station == OWN_STATION_ID).order_by(PointRule.id))


def save_point_rule(rule_id: int, points: float) -> PointRule:
    context.require_admin()
    try:
        points = float(points)
    except (TypeError, ValueError):
        raise _problem("points", "积分", "应为数字") from None
    if not -1000 <= points <= 1000:
        raise _problem("points", "积分", "应在-1000到1000之间")
    row = PointRule.get_by_id(rule_id)
    row.points = points
    return records.save_raw(row, "update", note=f"积分规则：{row.label}")


# ---- reception rules ----
def reception_rules() -> list[ReceptionRule]:
    return list(ReceptionRule.alive().where(ReceptionRule.station == OWN_STATION_ID).order_by(ReceptionRule.id))


def _rule_extra(kind: str, weekdays, month_days, nth, nth_weekday) -> dict:
    label = "接待日规则"
    weekdays = sorted({int(d) for d in (weekdays or [])})
    month_days = sorted({int(d) for d in (month_days or [])})
    if kind == "weekly" and not weekdays:
        raise _problem("weekdays", "星期", "请至少选择一天", label)
    if kind == "monthly_dates" and (not month_days or any(not 1 <= d <= 31 for d in month_days)):
        raise _problem("month_days", "日期", "请填写1到31之间的日期，如 10、20", label)
    if kind == "nth_weekday" and (nth not in (1, 2, 3, 4, 5, -1) or nth_weekday not in range(7)):
        raise _problem("nth", "第几个星期几", "请选择第几个（1–5或最后一个）和星期几", label)
    return {"weekdays": weekdays if kind == "weekly" else [],
            "month_days": month_days if kind == "monthly_dates" else [],
            "nth": nth if kind == "nth_weekday" else None,
            "nth_weekday": nth_weekday if kind == "nth_weekday" else None}


def save_rule(rule_id: int | None, data: dict, *, weekdays=(), month_days=(), nth=None,
              nth_weekday=None) -> ReceptionRule:
    """Create (rule_id None) or update a reception rule; the recurrence is checked for its kind."""
    context.require_admin()
    if rule_id is not None:
        stations.require_own(ReceptionRule.get_by_id(rule_id), {})
    extra = _rule_extra(data.get("kind", "weekly"), weekdays, month_days, nth, nth_weekday)
    if rule_id is None:
        return records.create("reception_rule", data, extra=extra)
    return records.update(ReceptionRule.get_by_id(rule_id), data, extra=extra)


def delete_rule(rule_id: int) -> None:
    context.require_admin()
    records.soft_delete(ReceptionRule.get_by_id(rule_id))
