"""Notices the services hand to people (plan warnings, 首页 reminders): Chinese text that keeps its template.

A `Notice` is a `str` (the Chinese line, so the CLI and logs print it as before) that also carries the
template key and the values, so the GUI can show it in the interface language (`ui.i18n.tr_notice`).
Every template is listed here, once, so the translation script can collect them. A date value prints as
month and day (11月24日) unless the template gives a format, e.g. `{end:%Y-%m-%d}`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

TEMPLATES = {
    # holidays and roster plans
    "no_holiday_data": "{year}年尚无官方节假日安排，已按周末计算，请在“设置—节假日”中录入",
    "period_reversed": "截止日期 {end:%Y-%m-%d} 早于起始日期 {start:%Y-%m-%d}",
    "no_rules": "尚未设置启用的接待日规则，请先在“设置—接待日规则”中添加",
    "no_members": "没有在册委员，无法排班",
    "short_of_members": "人数不足：{date:%Y-%m-%d}（{weekday}）{half}{location}需要{needed}名委员，只能安排{got}名",
    # 首页 reminders
    "visit_open": "{date} {name}：{content}（{status}）",
    "visit_followup": "来访 {date} {name}：待回访",
    "dispute_followup": "调解 {case}：应于{date}回访",
    "dispute_late": "{case} 已超期{days}天",
    "dispute_near": "{case} 还剩{days}天（{date}到期）",
    "topic_waiting": "{title}：{step}，已等{days}天",
    "member_below": "{name}：{below}",
    # 关联记录 (services/links.py)
    "link_visit": "来访登记 {no}{name}（{date:%Y-%m-%d}）",
    "link_source": "来源：来访登记 {no}{name}（{date:%Y-%m-%d}）",
    "link_merged": "并入：来访登记 {no}{name}（{date:%Y-%m-%d}）",
    "link_received": "接待：来访登记 {no}{name}（{date:%Y-%m-%d}）",
    "link_dispute": "调解案件 {case}",
    "link_topic": "协商议题 {code}「{title}」",
    "link_opinion": "社情民意「{title}」",
    "link_reporter": "反映委员 {name}",
    "link_proposal": "提案 {number}「{title}」",
    "link_source_topic": "来源：协商议题 {code}「{title}」",
    "link_source_opinion": "来源：社情民意「{title}」",
    "link_lead": "领衔提案人 {name}",
    "link_joint": "联名提案人 {name}",
    "link_duty": "值班 {date:%Y-%m-%d} {half} {location}",
}
# values that are fixed words (weekday names, sessions, states, topic steps), translated like field labels
WORDS = ("weekday", "half", "status", "step")
# values that are record numbers (来访-012): their Chinese prefix is translated like a field label
NUMBERS = ("no",)


def month_day(d: dt.date) -> str:
    return f"{d.month}月{d.day}日"


class Day:
    """A date value in a template: formatted by the template's spec, else by *short* (month and day)."""

    def __init__(self, day: dt.date, short: Callable[[dt.date], str]):
        self.day, self.short = day, short

    def __format__(self, spec: str) -> str:
        return self.day.strftime(spec) if spec else self.short(self.day)


def fill(template: str, values: dict, short: Callable[[dt.date], str] = month_day) -> str:
    return template.format(**{k: Day(v, short) if isinstance(v, dt.date) else v for k, v in values.items()})


class Notice(str):
    """`Notice("short_of_members", date=…, needed=2, …)`: reads as the Chinese line; `.key`, `.values` kept."""

    key: str
    values: dict

    def __new__(cls, key: str, **values):
        notice = super().__new__(cls, fill(TEMPLATES[key], values))
        notice.key, notice.values = key, values
        return notice
