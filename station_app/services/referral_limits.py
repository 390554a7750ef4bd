"""办理时限 of the 督办 list: the default limit per kind (Setting "referral_limits", editable in 设置), the
topic result grades that go to a department (Setting "referral_grades"), and due dates — working days
counted on the station's holiday calendar (services.holidays, 调休 overrides included)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.services import context, records
from station_app.services.errors import FieldProblem, ValidationError
from station_app.store.choices import (
    LIMIT_UNIT_LABELS,
    LIMIT_UNITS,
    REFERRAL_KIND_LABELS,
    REFERRAL_KINDS,
    REFERRAL_LIMIT_SEEDS,
)
from station_app.store.models import Setting

LIMITS_KEY = "referral_limits"
GRADES_KEY = "referral_grades"
DEFAULT_GRADES = ("A",)
MAX = {"workday": 250, "day": 3650, "month": 120}


@dataclass(frozen=True)
class Limit:
    n: int
    unit: str  # workday / day / month

    @property
    def text(self) -> str:
        """「15个工作日」."""
        return f"{self.n}{LIMIT_UNIT_LABELS.get(self.unit, self.unit)}"


def _stored(key: str):
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else None


def limits() -> dict[str, Limit]:
    """Every kind's default 办理时限: the stored setting over choices.REFERRAL_LIMIT_SEEDS."""
    stored = _stored(LIMITS_KEY)
    stored = stored if isinstance(stored, dict) else {}
    out = {}
    for kind in REFERRAL_KINDS:
        n, unit = REFERRAL_LIMIT_SEEDS[kind]
        given = stored.get(kind)
        if isinstance(given, dict) and isinstance(given.get("n"), int) and given.get("unit") in LIMIT_UNITS \
                and given["n"] > 0:
            n, unit = given["n"], given["unit"]
        out[kind] = Limit(n, unit)
    return out


def limit_of(kind: str) -> Limit:
    return limits()[kind]


def check_limit(n, unit: str, *, field: str = "limit_days", label: str = "办理时限") -> int:
    """The number of a limit, or ValidationError naming the field (0, negative or too long)."""
    if unit not in LIMIT_UNITS:
        raise ValidationError(FieldProblem(f"{field}_unit", "时限单位", "请选择：个工作日、天或个月"),
                              kind_label="交办事项")
    try:
        value = int(n)
    except (TypeError, ValueError):
        raise ValidationError(FieldProblem(field, label, f"应为整数，填写的是 {n}"), kind_label="交办事项") from None
    if value < 1:
        raise ValidationError(FieldProblem(field, label, f"应至少为 1{LIMIT_UNIT_LABELS[unit]}，填写的是 {value}"),
                              kind_label="交办事项")
    if value > MAX[unit]:
        raise ValidationError(FieldProblem(field, label, f"不能超过 {MAX[unit]}{LIMIT_UNIT_LABELS[unit]}"),
                              kind_label="交办事项")
    return value


def save_limits(values: dict[str, tuple[int, str]]) -> dict[str, Limit]:
    """Set the default limits of the kinds given (administrators only); audited. Existing items keep
    their due dates until `services.referrals.recompute_due()` is run (the settings page does)."""
    context.require_admin()
    current = {k: {"n": v.n, "unit": v.unit} for k, v in limits().items()}
    problems = []
    for kind, (n, unit) in values.items():
        if kind not in REFERRAL_KINDS:
            raise ValidationError(f"没有这样的事项来源：{kind}", kind_label="办理时限")
        try:
            current[kind] = {"n": check_limit(n, unit, field=kind, label=f"{REFERRAL_KIND_LABELS[kind]}办理时限"),
                             "unit": unit}
        except ValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems, kind_label="办理时限")
    row = Setting.get_or_none(Setting.key == LIMITS_KEY) or Setting(key=LIMITS_KEY)
    if row.id is None or row.value != current:
        row.value = current
        text = "；".join(f"{REFERRAL_KIND_LABELS[k]}{Limit(v['n'], v['unit']).text}" for k, v in current.items())
        records.save_raw(row, note="办理时限：" + text)
    return limits()


def referral_grades() -> list[str]:
    """The topic result grades (成果分类 letters) whose topics go to a department as 交办 items."""
    stored = _stored(GRADES_KEY)
    if isinstance(stored, list) and all(isinstance(g, str) for g in stored):
        return list(stored)
    return list(DEFAULT_GRADES)


def save_referral_grades(codes: list[str]) -> list[str]:
    context.require_admin()
    codes = list(dict.fromkeys(c.strip().upper() for c in codes if c and c.strip()))
    row = Setting.get_or_none(Setting.key == GRADES_KEY) or Setting(key=GRADES_KEY)
    if row.id is None or row.value != codes:
        row.value = codes
        records.save_raw(row, note="交办承办单位的成果分类：" + ("、".join(codes) or "无"))
    return codes


class DueCalculator:
    """Due dates for many items at once: the holiday calendar read once, each (start, limit) computed once."""

    def __init__(self, start: dt.date | None = None, end: dt.date | None = None):
        from station_app.services.holidays import Calendar

        start = start or dt.date.today() - dt.timedelta(days=400)
        end = end or dt.date.today() + dt.timedelta(days=400)
        self.calendar = Calendar(start, end + dt.timedelta(days=400))
        self._cache: dict[tuple, dt.date] = {}
        self._limits = limits()

    def due(self, kind: str, assigned_on: dt.date | None, n: int | None = None, unit: str = "") -> dt.date | None:
        if assigned_on is None:
            return None
        if not n:
            lim = self._limits.get(kind) or Limit(*REFERRAL_LIMIT_SEEDS["visit"])
            n, unit = lim.n, lim.unit
        unit = unit or "day"
        key = (assigned_on, n, unit)
        if key not in self._cache:
            self._cache[key] = add_limit(assigned_on, n, unit, self.calendar)
        return self._cache[key]


def add_limit(start: dt.date, n: int, unit: str, calendar=None) -> dt.date:
    """*start* plus *n* units: calendar days, months (31 Jan + 1 month = 28/29 Feb) or working days —
    the n-th working day after *start* on the holiday calendar (holidays skipped, 调休 Saturdays counted)."""
    if unit == "month":
        from dateutil.relativedelta import relativedelta

        return start + relativedelta(months=n)
    if unit == "day":
        return start + dt.timedelta(days=n)
    from station_app.services.holidays import Calendar

    cal = calendar or Calendar(start, start + dt.timedelta(days=n * 2 + 60))
    day, left = start, n
    while left > 0:
        day += dt.timedelta(days=1)
        if cal.is_workday(day):
            left -= 1
    return day


def due_date(kind: str, assigned_on: dt.date | None, n: int | None = None, unit: str = "") -> dt.date | None:
    """The 办理期限 of an item of *kind* handed over on *assigned_on* (the kind's default limit unless *n*
    and *unit* override it); None while not handed over."""
    if assigned_on is None:
        return None
    if not n:
        lim = limit_of(kind)
        n, unit = lim.n, lim.unit
    return add_limit(assigned_on, n, unit or "day")
