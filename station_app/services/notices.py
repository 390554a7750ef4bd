"""Notices the services hand to people (warnings of a plan, reminders): Chinese text that keeps its template.

A `Notice` is a `str` (the Chinese line, so the CLI and logs print it as before) that also carries the
template key and the values, so the GUI can show it in the interface language. Every template is listed
here, once, so the translation script can collect them.
"""

from __future__ import annotations

import datetime as dt

TEMPLATES = {
    "no_holiday_data": "{year}年尚无官方节假日安排，已按周末计算，请在“设置—节假日”中录入",
    "period_reversed": "截止日期 {end} 早于起始日期 {start}",
    "no_rules": "尚未设置启用的接待日规则，请先在“设置—接待日规则”中添加",
    "no_members": "没有在册委员，无法排班",
    "short_of_members": "人数不足：{date}（{weekday}）{half}{location}需要{needed}名委员，只能安排{got}名",
}
WORDS = ("weekday", "half")  # values that are fixed words (weekday names, sessions), translated as labels


class Notice(str):
    """`Notice("short_of_members", date=…, needed=2, …)`: reads as the Chinese line; `.key`, `.values` kept."""

    key: str
    values: dict

    def __new__(cls, key: str, **values):
        shown = {k: f"{v:%Y-%m-%d}" if isinstance(v, dt.date) else v for k, v in values.items()}
        notice = super().__new__(cls, TEMPLATES[key].format(**shown))
        notice.key, notice.values = key, values
        return notice
