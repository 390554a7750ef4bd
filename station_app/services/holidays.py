"""Holiday calendar: official holidays and 调休 workdays (chinese-calendar) beaten by the user's overrides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import chinese_calendar

from station_app.services import context, records
from station_app.services.changes import operation
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.normalize import ParseError, clean_text, parse_date
from station_app.services.notices import Notice
from station_app.store.base import database_proxy
from station_app.store.models import HolidayOverride

# chinese-calendar names its holidays in English; the user sees Chinese.
HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}
SOURCE_OFFICIAL, SOURCE_OVERRIDE, SOURCE_WEEKEND = "官方", "自定义", "按周末推算"


@dataclass(frozen=True)
class DayInfo:
    date: dt.date
    is_workday: bool
    name: str  # holiday name ("国庆节"), "调休上班", or "" for an ordinary day
    source: str  # 官方 / 自定义 / 按周末推算

    @property
    def is_holiday(self) -> bool:
        """A day off that is not an ordinary weekend (节假日)."""
        return not self.is_workday and (self.date.weekday() < 5 or bool(self.name))


def _official(day: dt.date) -> tuple[bool, str] | None:
    """(is_workday, Chinese name) from chinese-calendar, or None for a year it does not know."""
    try:
        is_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return None
    name = HOLIDAY_NAMES.get(name, name or "")
    if not is_holiday and name:
        name = f"{name}调休上班"
    return (not is_holiday), name


def year_has_official_data(year: int) -> bool:
    """Whether the packaged calendar knows *year* (chinese-calendar covers 2004–2026)."""
    return _official(dt.date(year, 1, 1)) is not None


def _override_map(start: dt.date, end: dt.date) -> dict[dt.date, HolidayOverride]:
    q = HolidayOverride.alive().where(HolidayOverride.date.between(start, end))
    return {row.date: row for row in q}


def _info(day: dt.date, override: HolidayOverride | None) -> DayInfo:
    if override is not None:
        return DayInfo(day, bool(override.is_workday), override.name, SOURCE_OVERRIDE)
    official = _official(day)
    if official is not None:
        return DayInfo(day, official[0], official[1], SOURCE_OFFICIAL)
    return DayInfo(day, day.weekday() < 5, "", SOURCE_WEEKEND)


def day_info(day: dt.date) -> DayInfo:
    return _info(day, _override_map(day, day).get(day))


def is_workday(day: dt.date) -> bool:
    return day_info(day).is_workday


class Calendar:
    """The days of one period, overrides read once: fast lookups for roster generation."""

    def __init__(self, start: dt.date, end: dt.date):
        self.start, self.end = start, end
        self._overrides = _override_map(start, end)
        self._cache: dict[dt.date, DayInfo] = {}

    def info(self, day: dt.date) -> DayInfo:
        if day not in self._cache:
            if self.start <= day <= self.end:
                self._cache[day] = _info(day, self._overrides.get(day))
            else:
                self._cache[day] = day_info(day)
        return self._cache[day]

    def is_workday(self, day: dt.date) -> bool:
        return self.info(day).is_workday

    def next_workday(self, day: dt.date, limit: int = 60) -> dt.date | None:
        """*day* itself if it is a workday, else the next one (顺延); None after *limit* days."""
        for i in range(limit + 1):
            candidate = day + dt.timedelta(days=i)
            if self.is_workday(candidate):
                return candidate
        return None


def warnings_for(start: dt.date, end: dt.date) -> list[str]:
    """One Chinese warning per year of the period that has neither official data nor overrides."""
    out = []
    for year in range(start.year, end.year + 1):
        if year_has_official_data(year):
            continue
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        if HolidayOverride.alive().where(HolidayOverride.date.between(first, last)).exists():
            continue
        out.append(Notice("no_holiday_data", year=year))
    return out


def years_without_data(start: dt.date, end: dt.date) -> list[int]:
    """Years of [start, end] the packaged calendar does not know and the user entered nothing for:
    generating a roster for them must be asked first (the GUI) or forced (the CLI)."""
    return [y for y in range(start.year, end.year + 1) if _unknown_year(y)]


def _unknown_year(year: int) -> bool:
    if year_has_official_data(year):
        return False
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return not HolidayOverride.alive().where(HolidayOverride.date.between(first, last)).exists()


_GUESSES: dict[int, dict[dt.date, str]] = {}
# the `holidays` package's English names (its Chinese ones need gettext files a frozen build may lack)
GUESS_NAMES = {"New Year's Day": "元旦", "Chinese New Year's Eve": "除夕", "Chinese New Year (Spring Festival)": "春节",
               "Tomb-Sweeping Day": "清明节", "Labor Day": "劳动节", "Dragon Boat Festival": "端午节",
               "Mid-Autumn Festival": "中秋节", "National Day": "国庆节"}


def _chinese(name: str) -> str:
    parts = []
    for part in name.split("; "):
        observed = part.endswith(" (observed)")
        base = part.removesuffix(" (observed)")
        text = GUESS_NAMES.get(base, "节假日")
        parts.append(f"{text}（补假）" if observed else text)
    return "、".join(dict.fromkeys(parts))


def guessed_holiday(day: dt.date) -> str:
    """The `holidays` package's guess of a Chinese holiday on *day* ("元旦", "春节" …), "" when none.
    Only a guess (it extrapolates unknown years): slots on such days are marked 待核实."""
    if day.year not in _GUESSES:
        try:
            import holidays as guess  # lazy: ≈ 50 ms, only for a year chinese-calendar does not know
            table = guess.country_holidays("CN", years=day.year, language="en_US")
            _GUESSES[day.year] = {d: _chinese(str(n)) for d, n in table.items()}
        except Exception:  # noqa: BLE001  (no guess is no mark, never a failure)
            _GUESSES[day.year] = {}
    return _GUESSES[day.year].get(day, "")


def unverified_note(day: dt.date, cal: Calendar | None = None) -> str:
    """「待核实」 note of a duty on *day*: set when the day has no official or user data and the
    `holidays` package calls it a holiday."""
    info = cal.info(day) if cal is not None else day_info(day)
    if info.source != SOURCE_WEEKEND:
        return ""
    name = guessed_holiday(day)
    return f"待核实：可能是{name}" if name else ""


def special_days(year: int) -> list[DayInfo]:
    """Holidays and 调休 workdays of *year* (not ordinary weekends), for the settings page."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    cal = Calendar(first, last)
    out = []
    day = first
    while day <= last:
        info = cal.info(day)
        weekend = day.weekday() >= 5
        if info.source == SOURCE_OVERRIDE or info.is_workday == weekend:
            out.append(info)
        day += dt.timedelta(days=1)
    return out


def overrides(year: int | None = None) -> list[HolidayOverride]:
    q = HolidayOverride.alive()
    if year is not None:
        q = q.where(HolidayOverride.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    return list(q.order_by(HolidayOverride.date))


def set_override(date, is_workday: bool, name: str = "") -> HolidayOverride:
    """Record that *date* is a workday (调休上班) or a day off (放假); beats the packaged calendar."""
    context.require_edit()
    day = _date_of(date, "日期")
    name = clean_text(name)
    if len(name) > 30:
        raise ValidationError(FieldProblem("name", "名称", f"过长（{len(name)}字，最多30字）"), kind_label="节假日")
    row = HolidayOverride.get_or_none(HolidayOverride.date == day)  # includes one in the recycle bin
    if row is None:
        row = HolidayOverride(date=day)
    row.is_workday, row.name, row.deleted, row.deleted_at = bool(is_workday), name, False, None
    return records.save_raw(row, note="节假日设置")


def remove_override(date) -> bool:
    """Drop the user's entry for *date* (the packaged calendar applies again). False if there was none."""
    context.require_edit()
    day = _date_of(date, "日期")
    row = HolidayOverride.alive().where(HolidayOverride.date == day).first()
    if row is None:
        return False
    records.soft_delete(row)
    return True


def import_overrides(rows: Iterable[tuple], *, first_line: int = 1) -> int:
    """Import (date, is_workday, name) rows in one transaction; any bad row → ValidationError naming it
    (its line: *first_line* is the number of the first row, 2 for a file under a header line)."""
    context.require_edit()
    cleaned, problems = [], []
    for i, row in enumerate(rows, start=first_line):
        try:
            raw_date, raw_flag, *rest = row
            day = parse_date(raw_date)
            if day is None:
                raise ParseError("日期为空")
            flag = _flag(raw_flag)
        except (ParseError, ValueError, TypeError) as exc:
            problems.append(FieldProblem("date", f"第{i}行", str(exc) or "格式不对", row))
            continue
        cleaned.append((day, flag, clean_text(rest[0]) if rest else ""))
    if problems:
        raise ValidationError(problems, kind_label="节假日导入")
    with operation(), database_proxy.atomic():
        for day, flag, name in cleaned:
            set_override(day, flag, name)
    return len(cleaned)


def _flag(value) -> bool:
    if isinstance(value, bool):
        return value
    text = clean_text(value)
    if text in ("上班", "工作日", "调休上班", "补班", "班", "是", "1") or text.lower() in ("true", "workday", "work"):
        return True
    if text in ("放假", "休息", "节假日", "假", "休", "否", "0") or text.lower() in ("false", "off", "holiday"):
        return False
    raise ParseError(f"“{text}”应为“上班”或“放假”")


def _date_of(value, label: str) -> dt.date:
    try:
        day = parse_date(value)
    except ParseError as exc:
        raise ValidationError(FieldProblem("date", label, str(exc), value), kind_label="节假日") from None
    if day is None:
        raise ValidationError(FieldProblem("date", label, "不能为空"), kind_label="节假日")
    return day
