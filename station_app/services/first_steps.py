"""首次使用: the first-steps checklist after set-up — members, reception rules, holidays ahead (no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.services import holidays
from station_app.store.models import HolidayOverride, Member, ReceptionDay, ReceptionRule

PLAN_AHEAD_FROM = 10  # from October the roster plans into the next year: its holidays are needed too


@dataclass(frozen=True)
class Step:
    key: str  # "members" / "rules" / "holidays"
    text: str
    done: bool
    page: str  # the page that does it (a key of ui.pages)
    tab: str = ""  # the settings tab, when page is "settings"
    years: tuple[int, ...] = ()  # holidays: the years still to enter (the GUI words the step from them)


def years_ahead(today: dt.date) -> list[int]:
    return [today.year] + ([today.year + 1] if today.month >= PLAN_AHEAD_FROM else [])


def _holidays_known(year: int) -> bool:
    if holidays.year_has_official_data(year):
        return True
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return HolidayOverride.alive().where(HolidayOverride.date.between(first, last)).exists()


def steps(today: dt.date | None = None) -> list[Step]:
    today = today or dt.date.today()
    years = years_ahead(today)
    missing = [y for y in years if not _holidays_known(y)]
    shown = "、".join(f"{y}年" for y in (missing or years))
    return [
        Step("members", "录入本站委员名单", Member.alive().exists(), "members"),
        Step("rules", "设置接待日规则（每周几、哪天接待）", ReceptionRule.alive().exists(), "settings", "接待日规则"),
        Step("holidays", f"录入{shown}节假日与调休安排", not missing, "settings", "节假日",
             tuple(missing or years)),
    ]


def in_use() -> bool:
    """The station has started its work (a reception day held): the checklist has done its job."""
    return ReceptionDay.alive().exists()
