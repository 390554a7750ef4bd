"""Member figures: counts per member, points from editable rules, ranking, quotas and their proration."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services.performance import member_figures
from station_app.services.stats import member_figures as via_stats
from station_app.store.models import (
    Activity,
    ActivityMember,
    Dispute,
    DisputeMediator,
    DutyMember,
    DutySlot,
    Meeting,
    MeetingMember,
    Member,
    Opinion,
    PointRule,
    Proposal,
    ProposalMember,
    Quota,
    ReceptionDay,
    ReceptionMember,
    Topic,
    Visit,
    VisitMember,
)

D = dt.date
Q1 = (D(2026, 1, 1), D(2026, 3, 31))
LATER = D(2026, 6, 1)


def shift(member, day, **kw):
    slot = DutySlot.get_or_none(DutySlot.date == day) or DutySlot.create(date=day, state="已完成")
    DutyMember.create(slot=slot, member=member, **kw)
    return slot


def visit(member, day, people):
    v = Visit.create(visit_date=day, visitor_name="群众", people_count=people)
    VisitMember.create(visit=v, member=member)


def mediation(member, accepted, closed, result="调解成功"):
    n = Dispute.select().count() + 1
    d = Dispute.create(case_no=f"c{n}", case_year=2026, case_seq=n, accepted_on=accepted, closed_on=closed,
                       result=result)
    DisputeMediator.create(dispute=d, member=member)


@pytest.fixture
def people(db):
    busy = Member.create(name="王建国", sector="中共")
    idle = Member.create(name="李秀英", sector="民盟")
    Member.create(name="退出者", sector="民建", status="退出")
    for month in (1, 2, 3):
        shift(busy, D(2026, month, 6), present=True)
    shift(idle, D(2026, 1, 6), present=None)  # not marked yet: planned and active counts
    shift(idle, D(2026, 2, 6), present=False)  # absent: does not count
    shift(idle, D(2026, 3, 6), active=False)  # swapped out: does not count
    # a reception day staffed without a roster slot counts as a shift; the same day twice does not
    day = ReceptionDay.create(date=D(2026, 3, 6))
    ReceptionMember.create(day=day, member=busy)
    other = ReceptionDay.create(date=D(2026, 2, 20))
    ReceptionMember.create(day=other, member=idle)
    visit(busy, D(2026, 1, 6), 10)
    visit(busy, D(2026, 2, 6), 2)
    visit(idle, D(2026, 1, 6), 3)
    mediation(busy, D(2026, 1, 20), D(2026, 2, 10))
    mediation(idle, D(2026, 1, 25), D(2026, 2, 20), result="调解不成功")
    a = Activity.create(date=D(2026, 2, 14), title="普法", activity_type="普法宣传")
    ActivityMember.create(activity=a, member=busy)
    topic = Topic.create(code="T1", title="停车", proposed_on=D(2026, 1, 5))
    for day in (D(2026, 2, 1), D(2026, 3, 1)):
        meeting = Meeting.create(topic=topic, date=day)
        MeetingMember.create(meeting=meeting, member=busy)
    Opinion.create(title="加装电梯", member=busy, submitted_on=D(2026, 3, 3))
    proposal(D(2026, 3, 10), busy, idle)  # 王建国 领衔, 李秀英 联名
    return busy, idle


def proposal(day, lead, *joint, **kw):
    n = Proposal.select().count() + 1
    p = Proposal.create(number=f"TA-{day.year}-{n:03d}", title=f"关于第{n}件事的建议", submitted_on=day, **kw)
    for position, member in enumerate((lead, *joint)):
        ProposalMember.create(proposal=p, member=member, position=position)
    return p


def by_name(figures):
    return {f.name: f for f in figures}


def test_counts_per_active_member(people):
    f = by_name(member_figures(*Q1, today=LATER))
    assert set(f) == {"王建国", "李秀英"}  # members who left are not ranked
    busy, idle = f["王建国"], f["李秀英"]
    assert (busy.duty_shifts, busy.visits, busy.people_contacted) == (3, 2, 12)
    assert (busy.mediations, busy.mediations_succeeded, busy.activities) == (1, 1, 1)
    assert (busy.meetings, busy.topics, busy.opinions) == (2, 1, 1)
    assert (busy.proposals, busy.proposals_lead, busy.proposals_joint) == (1, 1, 0)
    assert (idle.proposals, idle.proposals_lead, idle.proposals_joint) == (1, 0, 1)
    assert (idle.duty_shifts, idle.people_contacted, idle.mediations, idle.mediations_succeeded) == (2, 3, 1, 0)


def test_points_follow_the_editable_rules_and_rank(people):
    f = by_name(member_figures(*Q1, today=LATER))
    # seeded rules: shift 2, person 0.5, success 5, activity 2, topic 3, opinion 3, 领衔 5, 联名 2
    assert f["王建国"].points == 3 * 2 + 12 * 0.5 + 5 + 2 + 3 + 3 + 5
    assert f["李秀英"].points == 2 * 2 + 3 * 0.5 + 2
    assert [x.rank for x in member_figures(*Q1, today=LATER)] == [1, 2]
    PointRule.update(points=100).where(PointRule.metric == "duty_shifts").execute()
    f = by_name(member_figures(*Q1, today=LATER))
    assert f["王建国"].points == 300 + 6 + 5 + 2 + 3 + 3 + 5


def test_lead_and_joint_proposals_move_points_by_the_edited_rules(people):
    busy, idle = people
    before = {f.name: f.points for f in member_figures(*Q1, today=LATER)}
    proposal(D(2026, 3, 20), idle, busy)  # now 李秀英 leads one and 王建国 joins it
    proposal(D(2026, 3, 21), busy, deleted=True)  # in the recycle bin: counts nowhere
    proposal(D(2026, 4, 2), busy)  # after the period
    after = by_name(member_figures(*Q1, today=LATER))
    assert after["王建国"].points - before["王建国"] == 2 and after["李秀英"].points - before["李秀英"] == 5
    from station_app.services import settings

    for rule in settings.point_rules():
        if rule.metric in ("proposals_lead", "proposals_joint"):
            settings.save_point_rule(rule.id, 8 if rule.metric == "proposals_lead" else 3)
    edited = by_name(member_figures(*Q1, today=LATER))
    assert edited["王建国"].points - after["王建国"].points == (8 - 5) + (3 - 2)  # one 领衔, one 联名
    assert edited["王建国"].proposals == 2 and edited["王建国"].proposals_lead == 1


def test_the_yearly_proposal_quota_flags_a_member_without_one(db):
    Member.create(name="无提案", sector="中共")
    f = by_name(member_figures(D(2026, 1, 1), D(2026, 12, 31), today=D(2027, 1, 5)))
    quota = next(q for q in f["无提案"].quotas if q.key == "proposals_yearly")
    assert not quota.met and any("每年提交提案：0件，未达到1件" in r for r in f["无提案"].below_quota)


def test_equal_points_share_a_rank(db):
    for name in ("甲", "乙", "丙"):
        Member.create(name=name, sector="中共")
    assert [x.rank for x in member_figures(*Q1, today=LATER)] == [1, 1, 1]


def test_quotas_flag_the_member_below_them(people):
    f = by_name(member_figures(*Q1, today=LATER))
    assert f["王建国"].below_quota == []
    reasons = f["李秀英"].below_quota
    assert len(reasons) == 3
    monthly, quarterly, yearly = reasons
    assert "每月参加接待" in monthly and "2026年1月" not in monthly and "2026年3月" in monthly
    assert "2026年2月" not in monthly  # the reception day of 2026-02-20 counts
    assert "每季度化解纠纷" in quarterly and "2026年第1季度" in quarterly
    # 90 of 365 days: 40 people prorated to 10 (rounded up); 3 reached
    assert "全年联系群众" in yearly and "3人次" in yearly and "10人次" in yearly and "折算" in yearly


def test_partial_and_running_periods_judge_only_whole_months(people):
    f = by_name(member_figures(D(2026, 1, 15), D(2026, 3, 31), today=LATER))
    monthly = next(q for q in f["李秀英"].quotas if q.key == "reception_monthly")
    assert monthly.checked == ["2026年2月", "2026年3月"]
    quarterly = next(q for q in f["李秀英"].quotas if q.key == "disputes_quarterly")
    assert quarterly.checked == [] and quarterly.met
    # the year is still running on 2026-03-20: March is not judged yet, the yearly target is prorated
    f = by_name(member_figures(D(2026, 1, 1), D(2026, 12, 31), today=D(2026, 3, 20)))
    monthly = next(q for q in f["李秀英"].quotas if q.key == "reception_monthly")
    assert monthly.checked == ["2026年1月", "2026年2月"]
    yearly = next(q for q in f["李秀英"].quotas if q.key == "contacts_yearly")
    assert yearly.target == 9  # ceil(40 * 79 / 365)


def test_edited_quota_is_used(people):
    Quota.update(target=1).where(Quota.key == "contacts_yearly").execute()
    Quota.update(active=False).where(Quota.key == "disputes_quarterly").execute()
    f = by_name(member_figures(*Q1, today=LATER))
    assert [q.key for q in f["李秀英"].quotas] == ["reception_monthly", "contacts_yearly", "proposals_yearly"]
    assert len(f["李秀英"].below_quota) == 1


def test_records_in_the_recycle_bin_do_not_count(people):
    _busy, _ = people
    Visit.update(deleted=True).execute()
    f = by_name(via_stats(*Q1, today=LATER))
    assert f["王建国"].people_contacted == 0 and f["王建国"].visits == 0
    assert f["王建国"].to_dict()["quotas"][2]["met"] is False


def test_visit_figures_agree_for_short_and_long_periods_and_monthly_quotas(people):
    # a month holds a small share of the visits' dates, a year all of them: the figures must agree
    feb = by_name(member_figures(D(2026, 2, 1), D(2026, 2, 28), today=LATER))
    year = by_name(member_figures(D(2026, 1, 1), D(2026, 12, 31), today=LATER))
    assert (feb["王建国"].visits, feb["王建国"].people_contacted, feb["李秀英"].visits) == (1, 2, 0)
    assert (year["王建国"].visits, year["王建国"].people_contacted, year["李秀英"].visits) == (2, 12, 1)
    Quota.create(key="people_monthly", label="每月联系群众", metric="people_contacted", period="month", target=3)
    Quota.create(key="topics_quarterly", label="每季度参与议题", metric="topics", period="quarter", target=1)
    f = by_name(member_figures(*Q1, today=LATER))
    people = next(q for q in f["王建国"].quotas if q.key == "people_monthly")
    assert people.failed == {"2026年2月": 2, "2026年3月": 0}  # January's 10 people meet the quota
    topics = next(q for q in f["王建国"].quotas if q.key == "topics_quarterly")
    assert topics.met and not next(q for q in f["李秀英"].quotas if q.key == "topics_quarterly").met
    assert any("每月联系群众未达到3人次：2026年2月、2026年3月" == r for r in f["王建国"].below_quota)
