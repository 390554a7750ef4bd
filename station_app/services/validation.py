"""Validate and clean a record's values against its Kind declaration; every problem names its field."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from decimal import Decimal

from station_app.services import normalize as N
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.fields import Field, Kind
from station_app.store.models import Lookup, ReplyClass, TopicGrade
from station_app.store.org import OWN_STATION_ID

_TODAY: list[dt.date] = []  # a fixed "today" for tests (see fixed_today)


def today() -> dt.date:
    """The date a "not in the future" rule compares with (the computer's date unless a test fixes it)."""
    return _TODAY[-1] if _TODAY else dt.date.today()


@contextlib.contextmanager
def fixed_today(day: dt.date):
    """Within the block, today() is *day* (tests of the future-date rules)."""
    _TODAY.append(day)
    try:
        yield day
    finally:
        _TODAY.pop()


def empty_message(f: Field) -> str:
    """What a required field left blank says: a choice asks to pick, anything else to fill in."""
    return "请选择" if f.type in ("choice", "lookup", "grade", "reply_class") else "不能为空"


def range_problem(f: Field, value) -> str | None:
    """The Chinese reason a value breaks *f*'s declared rules (future date, number bounds), or None."""
    if f.not_future and isinstance(value, dt.date) and value > today():
        return f"不能晚于今天（{today():%Y-%m-%d}），填写的是 {value:%Y-%m-%d}"
    if f.type in ("int", "amount") and value is not None and not isinstance(value, bool):
        unit = "元" if f.type == "amount" else ""
        if f.minimum is not None and value < f.minimum:
            return f"不能小于 {f.minimum}{unit}，填写的是 {value}{unit}"
        if f.maximum is not None and value > f.maximum:
            return f"不能大于 {f.maximum}{unit}，填写的是 {value}{unit}"
    return None


_TRUE = {"是", "有", "y", "yes", "true", "1", "√", "✓", "已通知", "已转化"}
_FALSE = {"否", "无", "n", "no", "false", "0", "×", "", "未通知", "未转化"}


def lookup_values(kind: str) -> list[str]:
    q = (Lookup.select(Lookup.name)
         .where((Lookup.station == OWN_STATION_ID) & (Lookup.kind == kind) & (Lookup.deleted == False)
                & (Lookup.active == True))
         .order_by(Lookup.sort_order, Lookup.id))
    return [r.name for r in q]


def grade_codes() -> list[str]:
    q = TopicGrade.alive().where(TopicGrade.station == OWN_STATION_ID)
    return [g.code for g in q.order_by(TopicGrade.sort_order)]


def reply_class_codes() -> list[str]:
    q = ReplyClass.alive().where(ReplyClass.station == OWN_STATION_ID)
    return [c.code for c in q.order_by(ReplyClass.sort_order)]


def clean_value(f: Field, value, *, lookups: dict[str, list[str]] | None = None):
    """Return the cleaned value or raise N.ParseError with a reason."""
    t = f.type
    if t in ("text", "time", "department"):
        text = N.clean_text(value)
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        if t == "time" and text:
            m = re.fullmatch(r"(\d{1,2})[:：点时](\d{2})?分?", text)
            if not m or int(m.group(1)) > 23 or int(m.group(2) or 0) > 59:
                raise N.ParseError("时间应写成 09:30")
            text = f"{int(m.group(1)):02d}:{int(m.group(2) or 0):02d}"
        return text
    if t == "longtext":
        return N.clean_multiline(value)
    if t == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        return N.parse_date(value)
    if t == "int":
        return N.parse_int(value)
    if t == "amount":
        return N.parse_amount(value)
    if t == "phone":
        return N.normalize_phone(value)
    if t == "id_number":
        return N.normalize_id_number(value)
    if t == "credit_code":
        return N.normalize_credit_code(value)
    if t == "bool":
        if isinstance(value, bool):
            return value
        text = N.clean_text(value).lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise N.ParseError("应为“是”或“否”")
    if t in ("choice", "lookup", "grade", "reply_class"):
        text = N.clean_text(value)
        if not text:
            return ""
        if t == "choice":
            allowed = list(f.choices or ())
        elif t in ("grade", "reply_class"):
            allowed = grade_codes() if t == "grade" else reply_class_codes()
            text = text.upper()[:1] if text[:1].upper() in allowed else text
        else:
            allowed = (lookups or {}).get(f.lookup) if lookups else None
            if allowed is None:
                allowed = lookup_values(f.lookup)
        if text not in allowed:
            shown = "、".join(allowed[:12]) + ("…" if len(allowed) > 12 else "")
            raise N.ParseError(f"“{text}”不在可选列表中（{shown}）")
        return text
    raise ValueError(f"unknown field type {t}")


def validate(kind: Kind, data: dict, *, partial: bool = False,
             lookups: dict[str, list[str]] | None = None, existing=None) -> dict:
    """Clean *data* for *kind*. With *partial*, only the given keys are checked (an update).

    Raises ValidationError listing every problem; returns the cleaned values otherwise.
    """
    problems: list[FieldProblem] = []
    cleaned: dict = {}
    for f in kind.fields:
        if f.name not in data:
            if partial:
                continue
            if f.required and f.default is None:
                problems.append(FieldProblem(f.name, f.label, empty_message(f)))
            continue
        raw = data[f.name]
        try:
            value = clean_value(f, raw, lookups=lookups)
        except N.ParseError as exc:
            problems.append(FieldProblem(f.name, f.label, str(exc), raw))
            continue
        if f.required and value in (None, ""):
            if f.default is not None:
                value = f.default
            else:
                problems.append(FieldProblem(f.name, f.label, empty_message(f), raw))
                continue
        if f.max_len and isinstance(value, str) and len(value) > f.max_len:
            problems.append(FieldProblem(f.name, f.label, f"过长（{len(value)}字，最多{f.max_len}字）", raw))
            continue
        if value is None and f.type in ("int", "amount"):
            value = f.default if f.default is not None else (Decimal(0) if f.type == "amount" else 0)
        reason = range_problem(f, value)
        if reason:
            problems.append(FieldProblem(f.name, f.label, reason, raw))
            continue
        cleaned[f.name] = value
    for earlier, later in kind.order_checks:
        a = cleaned.get(earlier, getattr(existing, earlier, None) if existing is not None else None)
        b = cleaned.get(later, getattr(existing, later, None) if existing is not None else None)
        if isinstance(a, dt.date) and isinstance(b, dt.date) and b < a:
            fa, fb = kind.field(earlier), kind.field(later)
            problems.append(FieldProblem(later, fb.label, f"不能早于{fa.label}（{a:%Y-%m-%d}）", b))
    if problems:
        raise ValidationError(problems, kind_label=kind.label)
    return cleaned
