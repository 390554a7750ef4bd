"""Texts the services build (首页 reminders, roster warnings) shown in the interface language; Chinese stays the
default."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import dashboard, disputes, records

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def late_case(db):
    mediator = records.create("member", {"name": "张建国", "sector": "中共"})
    return disputes.create_dispute({"accepted_on": TODAY - dt.timedelta(days=45), "dispute_type": "邻里",
                                    "source": "来访转入", "summary": "邻里之间因排水沟堵塞发生争执。"},
                                   [mediator.id])


def _late_entry():
    group = next(g for g in dashboard.todo_groups(TODAY, with_quota=False) if g.key == "disputes")
    return next(e for e in group.entries if e.text.key == "dispute_late")


def test_the_service_line_reads_in_chinese(late_case):
    entry = _late_entry()
    days = entry.text.values["days"]
    assert days > 0 and entry.text == f"{late_case.case_no} 已超期{days}天"


@pytest.mark.parametrize("language, expected", [("zh_CN", "{case} 已超期{days}天"),
                                                ("en", "{case} {days} days overdue")])
def test_the_page_shows_it_in_the_interface_language(app, late_case, language, expected):
    from station_app.services.notices import Notice
    from station_app.ui import i18n

    i18n.install(app, language)
    try:
        entry = _late_entry()
        assert i18n.tr_notice(entry.text) == expected.format(case=late_case.case_no, days=entry.text.values["days"])
        visit_open = Notice("visit_open", date=dt.date(2026, 3, 5), name="王桂兰", content="咨询低保", status="待办")
        assert visit_open == "3月5日 王桂兰：咨询低保（待办）"  # what the command line and logs read
        assert i18n.tr_notice(visit_open) == ("3月5日 王桂兰：咨询低保（待办）" if language == "zh_CN"
                                              else "5 Mar 王桂兰: 咨询低保 (Pending)")
        reversed_period = Notice("period_reversed", end=dt.date(2027, 1, 1), start=dt.date(2027, 2, 1))
        assert i18n.tr_notice(reversed_period) == (
            "截止日期 2027-01-01 早于起始日期 2027-02-01" if language == "zh_CN"
            else "The end date 2027-01-01 is before the start date 2027-02-01")
    finally:
        i18n.install(app, "zh_CN")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_roster_warnings_in_the_interface_language(app, db, language):
    """A year without official holiday data (2027 seen from late 2026) warns in the interface language;
    the service's text stays the Chinese line the command line prints."""
    from station_app.services import roster
    from station_app.ui import i18n

    plan = roster.plan(dt.date(2027, 1, 1), dt.date(2027, 1, 31))
    assert "2027年尚无官方节假日安排，已按周末计算，请在“设置—节假日”中录入" in plan.warnings
    assert "尚未设置启用的接待日规则，请先在“设置—接待日规则”中添加" in plan.warnings
    i18n.install(app, language)
    try:
        shown = [i18n.tr_notice(w) for w in plan.warnings]
    finally:
        i18n.install(app, "zh_CN")
    if language == "en":
        assert shown[0] == ("There is no official holiday schedule for 2027 yet; weekends are used. "
                            "Enter it under Settings → Public holidays.")
        assert not any(i18n_han(s) for s in shown)
    else:
        assert shown == plan.warnings


def i18n_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
