"""Saved filters (保存筛选): a list page's filter state stored by name, per list and per account (no Qt)."""

from __future__ import annotations

from station_app.services import changes, context
from station_app.services.errors import ValidationError
from station_app.store.models import Setting

NAME_MAX = 20
LIMIT = 30  # per list and account


def _key(list_key: str) -> str:
    return f"filters:{list_key}:{context.current().username}"[:80]


def saved(list_key: str) -> dict[str, dict]:
    """name -> filter state (as the filter bar wrote it), in the order they were saved."""
    row = Setting.get_or_none(Setting.key == _key(list_key))
    value = row.value if row is not None else None
    return dict(value) if isinstance(value, dict) else {}


def _write(list_key: str, value: dict) -> None:
    row = Setting.get_or_none(Setting.key == _key(list_key))
    if row is None:
        Setting.create(key=_key(list_key), value=value)
    else:
        row.value = value
        row.save()
    changes.touched(Setting)


def save(list_key: str, name: str, state: dict) -> None:
    """Store *state* under *name* (replacing one of that name)."""
    name = (name or "").strip()
    if not name:
        raise ValidationError("「筛选名称」不能为空")
    if len(name) > NAME_MAX:
        raise ValidationError(f"「筛选名称」过长（{len(name)}字，最多{NAME_MAX}字）")
    value = saved(list_key)
    if name not in value and len(value) >= LIMIT:
        raise ValidationError(f"每个列表最多保存 {LIMIT} 个筛选，请先删除不用的")
    value[name] = dict(state)
    _write(list_key, value)


def remove(list_key: str, name: str) -> None:
    value = saved(list_key)
    if value.pop(name, None) is not None:
        _write(list_key, value)
