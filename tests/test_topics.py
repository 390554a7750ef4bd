"""Consultation topics: codes, six forward-only steps, meetings, grades, conclusion and waiting list."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import context, records, topics
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.store.models import MeetingMember, Topic, TopicGrade, TopicStep, TopicVisit

D = dt.date


def new_topic(title="老旧小区加装电梯", proposed="2026-03-02", **extra):
    return topics.create_topic({"title": title, "proposed_on": proposed, **extra})


def met(topic, day="2026-03-25"):
    """A 协商议事会 on record: what a topic needs before it can go past 协商议事."""
    topics.add_meeting(topic, {"date": day, "form": "院坝", "consensus": "分步实施"}, [])
    return topic


def steps(topic):
    return [(r.step, r.date, r.note)
            for r in TopicStep.select().where(TopicStep.topic == topic).order_by(TopicStep.step)]


def test_codes_and_first_step(db):
    a, b = new_topic(), new_topic("菜市场周边停车难")
    assert (a.code, b.code) == ("YT-2026-001", "YT-2026-002")
    assert a.step == 1 and steps(a) == [(1, D(2026, 3, 2), "")]
    c = new_topic("村道照明", code="yt-2026-9")
    assert c.code == "YT-2026-009"
    assert new_topic("河道保洁").code == "YT-2026-010"
    with pytest.raises(ValidationError, match="已被使用"):
        new_topic("重复", code="YT-2026-010")
    records.soft_delete(b)
    assert new_topic("垃圾分类", proposed="2026-05-01").code == "YT-2026-011"


def test_steps_only_move_forward_and_dates_in_order(db):
    t = new_topic()
    topics.advance(t, 2, "2026-03-05", "召集人会议确定")
    with pytest.raises(ValidationError, match="只能向前"):
        topics.advance(t, 1, "2026-03-06")
    with pytest.raises(ValidationError, match="只能向前"):
        topics.advance(t, "确定议题", "2026-03-06")
    with pytest.raises(ValidationError, match="不能早于上一环节"):
        topics.advance(t, 3, "2026-03-04")
    with pytest.raises(ValidationError, match="议题环节应为"):
        topics.advance(t, 7, "2026-03-09")
    topics.advance(t, "协商议事", "2026-03-20")  # skips 议前调研
    t = Topic.get_by_id(t.id)
    assert t.step == 4
    assert steps(t) == [(1, D(2026, 3, 2), ""), (2, D(2026, 3, 5), "召集人会议确定"),
                        (3, D(2026, 3, 20), "跳过"), (4, D(2026, 3, 20), "")]


def test_meetings_record_members(db):
    m1 = records.create("member", {"name": "陈委员", "sector": "经济界"})
    m2 = records.create("member", {"name": "刘委员", "sector": "农业界"})
    t = new_topic()
    meeting = topics.add_meeting(t, {"date": "2026-03-25", "form": "院坝", "consensus": "分两期加装"}, [m1.id, m2.id])
    assert [r.member_id for r in MeetingMember.select().where(MeetingMember.meeting == meeting)] == [m1.id, m2.id]
    with pytest.raises(ValidationError, match="不能早于议题提出日期"):
        topics.add_meeting(t, {"date": "2026-02-01"}, [])
    with pytest.raises(ValidationError, match="形式"):
        topics.add_meeting(t, {"date": "2026-03-26", "form": "茶话会"}, [])


def test_conclude_needs_a_known_grade_and_step_six(db):
    t = new_topic()
    with pytest.raises(ValidationError, match="成果分类"):
        topics.conclude(t, "Z", {"date": "2026-04-01"})
    with pytest.raises(ValidationError, match="成果转化"):
        topics.conclude(t, "A", {"undertaker": "住建局"})
    assert Topic.get_by_id(t.id).step == 1
    with pytest.raises(ValidationError, match="还没有记录协商议事会"):
        topics.conclude(t, "A", {"date": "2026-04-01"})
    assert Topic.get_by_id(t.id).step == 1 and len(steps(t)) == 1
    met(t)
    topics.conclude(t, "a", {"date": "2026-04-01", "undertaker": "住建局", "handling_result": "已列入改造计划",
                             "feedback_on": "2026-04-10", "converted": True})
    t = Topic.get_by_id(t.id)
    assert (t.step, t.grade, t.concluded, t.converted, t.undertaker) == (6, "A", True, True, "住建局")
    assert t.feedback_on == D(2026, 4, 10)
    assert [s[2] for s in steps(t)] == ["", "跳过", "跳过", "跳过", "跳过", ""]
    with pytest.raises(ValidationError, match="已办结"):
        topics.advance(t, 6, "2026-04-02")
    with pytest.raises(ValidationError, match="已办结"):
        topics.conclude(t, "A", {})


def test_bad_conclusion_records_no_step(db):
    t = new_topic()
    with pytest.raises(ValidationError, match="反馈日期"):
        topics.conclude(t, "B", {"date": "2026-04-01", "feedback_on": "2026-01-01"})
    assert Topic.get_by_id(t.id).step == 1 and len(steps(t)) == 1


def test_grades_are_editable(db):
    topics.set_grade("D", "留作参考", "列入今后工作参考")
    topics.set_grade("A", "已解决", "当年已解决")
    assert [(g.code, g.name) for g in topics.grades()] == [("A", "已解决"), ("B", "报研究"), ("C", "做好解释"),
                                                            ("D", "留作参考")]
    t = met(new_topic())
    topics.conclude(t, "D", {"date": "2026-04-01"})
    with pytest.raises(ValidationError, match="已用于 1 个议题"):
        topics.remove_grade("D")
    topics.remove_grade("C")
    with pytest.raises(ValidationError, match="成果分类"):
        topics.conclude(new_topic("另一议题"), "C", {"date": "2026-04-01"})
    with context.acting_as("clerk", "录入员"), pytest.raises(PermissionDenied):
        topics.set_grade("E", "其他")
    assert TopicGrade.get(TopicGrade.code == "A").meaning == "当年已解决"


def test_waiting_lists_open_topics_with_time_in_step(db):
    old = new_topic(proposed="2026-01-10")
    topics.advance(old, 3, "2026-02-01")
    fresh = new_topic("新议题", proposed="2026-03-01")
    done = new_topic("已办议题", proposed="2026-01-05")
    topics.conclude(met(done, "2026-01-20"), "A", {"date": "2026-02-01"})
    rows = topics.waiting(D(2026, 3, 11))
    assert [t.id for t in rows] == [old.id, fresh.id]
    assert (rows[0].step_name, rows[0].step_since, rows[0].days_waiting) == ("议前调研", D(2026, 2, 1), 38)
    assert rows[1].days_waiting == 10
    assert topics.conversion_rate(Topic.alive()) == 0.0


def test_create_with_visits_links_them(db):
    visit = records.create("visit", {"visit_date": "2026-03-01", "visitor_name": "周大爷", "category": "城乡建设",
                                     "content": "楼道灯坏了", "handling": "当场解答"})
    t = topics.create_topic({"title": "楼道照明", "proposed_on": "2026-03-02"}, [visit.id, visit.id])
    assert [l.visit_id for l in TopicVisit.select().where(TopicVisit.topic == t)] == [visit.id]
    with pytest.raises(ValidationError, match="来访记录不存在"):
        topics.create_topic({"title": "x", "proposed_on": "2026-03-02"}, [9999])
    assert Topic.select().count() == 1


def test_editing_a_topic_leaves_step_and_outcome_to_the_workflow(db):
    t = new_topic()
    topics.advance(t, 2, "2026-03-10")
    topics.update_topic(t, {"title": "加装电梯（第二批）", "step": 5, "proposed_on": "2026-03-01"})
    t = Topic.get_by_id(t.id)
    assert (t.title, t.step, t.proposed_on) == ("加装电梯（第二批）", 2, D(2026, 3, 1))
    assert steps(t)[0][1] == D(2026, 3, 1)
    with pytest.raises(ValidationError, match="不能晚于后续环节"):
        topics.update_topic(t, {"proposed_on": "2026-03-11"})
    with pytest.raises(ValidationError, match="办结时再填写"):
        topics.update_topic(t, {"grade": "A"})
    topics.update_topic(t, {"code": "YT-2026-050"})
    assert Topic.get_by_id(t.id).code == "YT-2026-050" and new_topic("下一个").code == "YT-2026-051"


def test_step_table_shows_all_six_steps(db):
    t = new_topic()
    topics.advance(t, 3, "2026-03-09", "走访12户")
    table = topics.step_table(t)
    assert [r["name"] for r in table] == ["收集议题", "确定议题", "议前调研", "协商议事", "公开公示", "成果转化"]
    assert [(r["done"], r["skipped"], r["current"]) for r in table[:4]] == [
        (True, False, False), (True, True, False), (True, False, True), (False, False, False)]
    assert table[2]["date"] == D(2026, 3, 9) and table[2]["note"] == "走访12户" and table[2]["by"] == "tester"
    assert table[5]["date"] is None


def test_read_only_account_cannot_move_topics(db):
    t = new_topic()
    with context.acting_as("inspector", "只读检查"):
        for action in (lambda: new_topic("x"), lambda: topics.advance(t, 2, "2026-03-05"),
                       lambda: topics.conclude(t, "A", {"date": "2026-03-05"}),
                       lambda: topics.add_meeting(t, {"date": "2026-03-05"}, [])):
            with pytest.raises(PermissionDenied):
                action()
        assert topics.waiting(D(2026, 3, 10))[0].id == t.id


def test_no_step_past_consultation_without_a_meeting(db):
    t = new_topic()
    topics.advance(t, "协商议事", "2026-03-20")
    for target in ("公开公示", "成果转化"):
        with pytest.raises(ValidationError, match="还没有记录协商议事会"):
            topics.advance(t, target, "2026-03-28")
    assert Topic.get_by_id(t.id).step == 4
    met(t)
    topics.advance(t, "公开公示", "2026-03-28")
    assert Topic.get_by_id(t.id).step == 5


def test_conclude_without_a_grade_asks_to_pick_one(db):
    t = met(new_topic())
    with pytest.raises(ValidationError) as err:
        topics.conclude(t, "", {"date": "2026-04-01"})
    assert err.value.by_field() == {"grade": "请选择成果分类"}
    assert "不能是" not in err.value.message


def test_step_dates_cannot_be_in_the_future(db):
    from station_app.services.validation import fixed_today

    t = new_topic()
    with fixed_today(D(2026, 3, 10)):
        with pytest.raises(ValidationError, match="不能晚于今天（2026-03-10）"):
            topics.advance(t, 2, "2026-03-11")
        topics.advance(t, 2, "2026-03-10")
