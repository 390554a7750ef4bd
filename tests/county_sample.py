"""A small county for tests: the own station 景泰县政协委员联络委 and registered stations, each with a year."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import demo_county
from station_app.store.models import (
    Activity,
    ActivityMember,
    Dispute,
    DutyMember,
    DutySlot,
    Member,
    Opinion,
    Proposal,
    ReceptionDay,
    Referral,
    Station,
    Topic,
    Visit,
)

D = dt.date
Y0, Y1, TODAY = D(2026, 1, 1), D(2026, 12, 31), D(2026, 12, 3)


def fill(station: int, k: int) -> None:
    """A small year of station *station*; *k* (1, 2 …) makes each station's figures differ."""
    s = {"station": station}
    m1 = Member.create(name="王建国", sector="中共", **s)
    m2 = Member.create(name="李秀英", sector="民盟", **s)
    for i in range(k):
        Member.create(name=f"张{i}", sector="民建", **s)
    slot = DutySlot.create(date=D(2026, 3, 6), state="已完成", **s)
    DutyMember.create(slot=slot, member=m1, present=True)
    DutySlot.create(date=D(2026, 3, 13), state="取消", **s)
    day = ReceptionDay.create(date=D(2026, 3, 6), duty_slot=slot, **s)
    for i in range(2 + k):
        Visit.create(reception_day=day, visit_date=D(2026, 3, 6), visitor_name=f"甲{i}", people_count=1 + i,
                     category="邻里纠纷" if i % 2 else "社会保障", handling="当场解答", status="已办结", **s)
    Visit.create(visit_date=D(2026, 5, 9), visitor_name="删", people_count=9, deleted=True, **s)
    for i in range(k + 1):  # 交办: replied after 4·k + i days (the county's median is over both stations)
        v = Visit.create(visit_date=D(2026, 4, 1), visitor_name=f"交{i}", category="城乡建设",
                         handling="转交部门办理", status="已办结", **s)
        Referral.create(source_kind="visit", visit=v, department="县住建局", assigned_on=D(2026, 4, 1),
                        due_on=D(2026, 4, 15), replied_on=D(2026, 4, 1) + dt.timedelta(days=4 * k + i),
                        state="已答复", **s)
    for i in range(1 + k):  # the same case numbers at every station: unique per station only
        Dispute.create(case_no=f"〔2026〕调字第{i + 1:03d}号", case_year=2026, case_seq=i + 1,
                       accepted_on=D(2026, 2, 1 + i), dispute_type="邻里",
                       result="调解成功" if i % 2 == 0 else "", people_count=2, **s)
    a = Activity.create(date=D(2026, 4, 8), activity_type="普法宣传", title="普法进村", people_served=40 * k, **s)
    ActivityMember.create(activity=a, member=m2)
    Topic.create(code="YT-2026-001", title="停车难", proposed_on=D(2026, 2, 1), concluded=True, grade="A",
                 converted=True, **s)
    if k > 1:
        Topic.create(code="YT-2026-002", title="路灯", proposed_on=D(2026, 3, 1), concluded=True, grade="C", **s)
    Opinion.create(title="关于农村养老的建议", submitted_on=D(2026, 6, 1), adoption="县政协采用", **s)
    Proposal.create(number="提-2026-001", number_year=2026, number_seq=1, title="关于停车的建议",
                    submitted_on=D(2026, 3, 1), filing="立案", replied_on=D(2026, 6, 1), reply_class="A",
                    member_opinion="满意", **s)


def register(name: str) -> int:
    sid = Station.create(name=name, cppcc="景泰县政协", own=False, last_seq=3,
                         last_package_at=dt.datetime(2026, 11, 20, 10, 0)).id
    demo_county.copy_lists(sid)  # the lists its package brings
    return sid


@pytest.fixture(name="county")
def county_fixture(db):
    Station.name_own(name="景泰县政协委员联络委")
    ids = register("芦阳镇委员工作站"), register("草窝滩镇委员工作站")
    fill(ids[0], 1)
    fill(ids[1], 2)
    return ids
