"""Period statistics: exact figures on a small hand-made station, recycle bin excluded, JSON shape."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from station_app.services import stats
from station_app.store.models import (
    Activity,
    ActivityMember,
    Dispute,
    DutyMember,
    DutySlot,
    Member,
    Opinion,
    ReceptionDay,
    Swap,
    Topic,
    Visit,
)

D = dt.date
Y0, Y1 = D(2026, 1, 1), D(2026, 12, 31)
_seq = iter(range(1, 1000))


def dispute(accepted, **kw):
    n = next(_seq)
    return Dispute.create(case_no=f"〔{accepted.year}〕调字第{n:03d}号", case_year=accepted.year, case_seq=n,
                          accepted_on=accepted, **kw)


@pytest.fixture
def station(db):
    m1 = Member.create(name="王建国", sector="中共")
    m2 = Member.create(name="李秀英", sector="中共")
    m3 = Member.create(name="张明", sector="民盟")
    Member.create(name="赵退", sector="民建", status="退出")
    Member.create(name="钱删", sector="民建", deleted=True)

    held = DutySlot.create(date=D(2026, 3, 6), state="已完成")
    DutyMember.create(slot=held, member=m1, present=True)
    DutyMember.create(slot=held, member=m2, present=None)  # not marked: planned and active counts
    DutyMember.create(slot=held, member=m3, active=False, present=False)  # swapped out
    Swap.create(slot=held, original=m3, substitute=m2, reason="生病")
    DutySlot.create(date=D(2026, 3, 13), state="取消")
    DutySlot.create(date=D(2026, 3, 20))
    DutySlot.create(date=D(2026, 3, 27), state="已完成", deleted=True)
    DutySlot.create(date=D(2025, 12, 26), state="已完成")

    day = ReceptionDay.create(date=D(2026, 3, 6), duty_slot=held)
    ReceptionDay.create(date=D(2026, 4, 3))
    Visit.create(reception_day=day, visit_date=D(2026, 3, 6), visitor_name="甲", people_count=3,
                 category="邻里纠纷", handling="当场解答", status="已办结")
    Visit.create(visit_date=D(2026, 5, 9), visitor_name="乙", people_count=1, category="社会保障",
                 handling="政策咨询", status="已回访", followup_date=D(2026, 5, 20))
    Visit.create(visit_date=D(2026, 5, 10), visitor_name="丙", people_count=2, category="邻里纠纷",
                 handling="转矛盾纠纷调解", status="办理中")
    Visit.create(visit_date=D(2026, 5, 11), visitor_name="删", people_count=9, deleted=True)
    Visit.create(visit_date=D(2025, 5, 11), visitor_name="去年", people_count=9)

    dispute(D(2026, 2, 1), dispute_type="邻里", result="调解成功", closed_on=D(2026, 2, 20), people_count=2,
            amount=Decimal("1000.50"))
    dispute(D(2026, 1, 10), dispute_type="合同", people_count=3, amount=Decimal(20000))  # open, overdue
    dispute(D(2026, 6, 20), dispute_type="合同", people_count=2)  # open, within its month on 2026-07-01
    dispute(D(2026, 3, 1), dispute_type="邻里", result="调解不成功", closed_on=D(2026, 3, 25))
    dispute(D(2026, 4, 1), dispute_type="邻里", result="调解成功", deleted=True)

    a = Activity.create(date=D(2026, 4, 8), activity_type="普法宣传", title="普法进村", people_served=120)
    ActivityMember.create(activity=a, member=m1)
    Activity.create(date=D(2026, 6, 1), activity_type="委员讲堂", title="讲堂", people_served=45)
    Activity.create(date=D(2026, 6, 2), activity_type="委员讲堂", title="删", people_served=5, deleted=True)

    Topic.create(code="YT-1", title="停车难", proposed_on=D(2026, 2, 1), concluded=True, grade="A",
                 converted=True)
    Topic.create(code="YT-2", title="路灯", proposed_on=D(2026, 3, 1), concluded=True, grade="C")
    Topic.create(code="YT-3", title="菜市场", proposed_on=D(2026, 4, 1))
    Topic.create(code="YT-4", title="旧年", proposed_on=D(2025, 4, 1), concluded=True, grade="A",
                 converted=True)

    Opinion.create(title="关于老旧小区加装电梯", submitted_on=D(2026, 5, 1), adoption="上级采用", member=m1)
    Opinion.create(title="关于乡村公交", submitted_on=D(2026, 7, 1))
    Opinion.create(title="删除的", submitted_on=D(2026, 7, 1), adoption="领导批示", deleted=True)
    return m1, m2, m3


def test_compute_counts_only_live_records_in_the_period(station):
    s = stats.compute(Y0, Y1, today=D(2026, 7, 1))
    assert s["period"] == {"from": "2026-01-01", "to": "2026-12-31"}
    assert s["members"]["active"] == 3
    assert s["members"]["by_sector"] == {"中共": 2, "民盟": 1}
    assert s["duty"] == {"slots": 3, "held": 1, "cancelled": 1, "swaps": 1, "member_shifts": 2}
    r = s["reception"]
    assert (r["days"], r["visits"], r["people"], r["closed"], r["followed_up"]) == (2, 3, 6, 2, 1)
    assert r["by_category"]["邻里纠纷"] == 2 and r["by_category"]["社会保障"] == 1
    assert r["by_category"]["教育"] == 0  # every standard category is listed, zero or not
    assert r["by_handling"]["转矛盾纠纷调解"] == 1
    d = s["disputes"]
    assert (d["cases"], d["succeeded"], d["people"], d["overdue"]) == (4, 1, 9, 1)
    assert d["success_rate"] == 0.25
    assert d["amount"] == 21000.5
    assert d["by_type"]["邻里"] == 2 and d["by_type"]["合同"] == 2
    assert s["activities"]["count"] == 2 and s["activities"]["people"] == 165
    assert s["activities"]["by_type"]["委员讲堂"] == 1
    t = s["topics"]
    assert (t["count"], t["concluded"], t["converted"]) == (3, 2, 1)
    assert t["conversion_rate"] == 0.5
    assert t["by_grade"] == {"A": 1, "B": 0, "C": 1}
    assert s["opinions"] == {"count": 2, "adopted": 1}


def test_overdue_is_judged_at_the_end_of_a_past_period(station):
    # as of 2026-02-05 the January case is still inside its month (deadline 02-10)
    assert stats.compute(D(2026, 1, 1), D(2026, 2, 5))["disputes"]["overdue"] == 0
    assert stats.compute(D(2026, 1, 1), D(2026, 2, 11))["disputes"]["overdue"] == 1
    # the June case becomes overdue once its month has passed
    assert stats.compute(Y0, Y1, today=D(2026, 7, 21))["disputes"]["overdue"] == 2


def test_a_case_closed_after_the_period_was_open_at_its_end(station):
    dispute(D(2026, 1, 2), result="调解成功", closed_on=D(2026, 4, 1))
    assert stats.compute(D(2026, 1, 1), D(2026, 3, 31))["disputes"]["overdue"] == 2


def test_rates_are_rounded_fractions(db):
    for i in range(3):
        dispute(D(2026, 1, 2 + i), result="调解成功" if i == 0 else "调解不成功", closed_on=D(2026, 1, 20))
    s = stats.compute(Y0, Y1)
    assert s["disputes"]["success_rate"] == 0.3333
    assert s["topics"]["conversion_rate"] == 0.0  # nothing concluded: no division by zero


def test_empty_database_gives_zeros_in_the_full_shape(db):
    s = stats.compute(Y0, Y1)
    assert set(s) == {"period", "members", "duty", "reception", "disputes", "activities", "topics", "opinions",
                      "proposals", "referrals"}
    assert s["proposals"] == {"count": 0, "filed": 0, "key": 0, "replied": 0, "satisfied": 0,
                              "by_reply_class": {"A": 0, "B": 0, "C": 0}}
    assert s["referrals"] == {"count": 0, "replied": 0, "on_time": 0, "overdue": 0, "fed_back": 0,
                              "on_time_rate": 0.0, "carried_over": 0, "by_department": {}}
    assert set(s["reception"]) == {"days", "visits", "people", "by_category", "by_handling", "closed",
                                   "followed_up"}
    assert set(s["disputes"]) == {"cases", "succeeded", "success_rate", "by_type", "by_result", "by_source",
                                  "people", "amount", "agreement_amount", "prevented", "overdue"}
    assert s["disputes"]["prevented"] == {k: {"cases": 0, "people": 0} for k in ("criminal", "mass_petition",
                                                                                 "suicide")}
    assert set(s["disputes"]["by_result"].values()) == {0} and "调解中" in s["disputes"]["by_result"]
    assert s["disputes"]["amount"] == 0.0 and isinstance(s["disputes"]["amount"], float)
    json.dumps(s, ensure_ascii=False)  # serialisable as is


def test_monthly_counts(station):
    m = stats.monthly_counts(2026)
    assert m["months"] == list(range(1, 13))
    assert m["visits"][2] == 1 and m["visits"][4] == 2 and sum(m["visits"]) == 3
    assert m["people"][4] == 3
    assert m["disputes"][0] == 1 and sum(m["disputes"]) == 4
    assert m["activities"][3] == 1 and m["activities"][5] == 1
