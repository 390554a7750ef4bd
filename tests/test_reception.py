"""Reception days from duty slots, visits logged on them, follow-ups (回访)."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import duty, reception, records, roster
from station_app.services.errors import ValidationError
from station_app.store.models import Member, ReceptionDay, ReceptionRule, Visit

D = dt.date


@pytest.fixture
def slot(db):
    for n in ("张建国", "李秀英", "王志强", "刘海燕"):
        Member.create(name=n, sector="经济界")
    ReceptionRule.create(name="每周五上午", kind="weekly", weekdays=[4], members_per_session=2, location="接待室")
    return roster.save_plan(roster.plan(D(2026, 11, 6), D(2026, 11, 6)))[0]


def visit_data(**kw):
    data = {"visitor_name": "王大爷", "visitor_phone": "13800138000", "category": "社会保障",
            "content": "咨询城乡居民养老保险补缴政策", "handling": "政策咨询", "people_count": 1}
    data.update(kw)
    return data


def test_open_day_from_slot_takes_date_place_and_members(slot):
    day = reception.open_day(slot, theme="社会保障政策宣讲")
    assert (day.date, day.half, day.location, day.theme) == (D(2026, 11, 6), "上午", "接待室", "社会保障政策宣讲")
    assert day.duty_slot_id == slot.id
    assert records.member_names(reception.day_members(day)) == ["张建国", "李秀英"]
    assert reception.open_day(slot).id == day.id  # opening twice gives the same day
    assert reception.open_day(date=D(2026, 11, 6)).id == day.id  # so does opening by date
    assert ReceptionDay.select().count() == 1


def test_open_day_uses_who_actually_served(slot):
    ids = [m.member_id for m in duty.slot_members(slot)]
    substitute = Member.get(Member.name == "刘海燕").id
    duty.swap(slot, ids[0], substitute, "外出")
    duty.mark_attendance(slot, {ids[1]: True, substitute: True})
    day = reception.open_day(slot)
    assert records.member_names(reception.day_members(day)) == ["李秀英", "刘海燕"]


def test_open_day_without_slot(db):
    m = Member.create(name="陈明", sector="教育界")
    day = reception.open_day(date="2026-11-15", half="下午", location="社区议事厅", member_ids=[m.id])
    assert day.duty_slot is None and day.date == D(2026, 11, 15)
    assert reception.open_day(date=D(2026, 11, 15), half="下午", location="社区议事厅").id == day.id
    with pytest.raises(ValidationError, match="接待日期」不能为空"):
        reception.open_day()
    with pytest.raises(ValidationError, match="接待日期"):
        reception.open_day(date="2026-02-30")


def test_cancelled_slot_cannot_be_opened(slot):
    duty.cancel_slot(slot, "停电")
    with pytest.raises(ValidationError, match="已取消"):
        reception.open_day(slot)


def test_add_visit_defaults_from_the_day(slot):
    day = reception.open_day(slot)
    visit = reception.add_visit(day, visit_data(visit_time="9:05"))
    assert visit.visit_date == D(2026, 11, 6) and visit.mode == "接待日来访" and visit.visit_time == "09:05"
    assert visit.reception_day_id == day.id and visit.status == "已办结"  # answered on the spot
    assert records.member_names(records.member_ids(visit)) == ["张建国", "李秀英"]
    group = reception.add_visit(day, visit_data(visitor_name="村民代表", people_count=6, handling="转交部门办理",
                                                handling_dept="县人社局"), member_ids=[slot.members[0].member_id])
    assert group.status == "待办" and len(records.member_ids(group)) == 1
    early = reception.add_visit(day, visit_data(visitor_name="李阿姨", visit_time="08:40"))
    assert [v.id for v in reception.day_visits(day)] == [early.id, visit.id, group.id]
    assert reception.day_people(day) == 8


def test_add_visit_validates_in_chinese(slot):
    day = reception.open_day(slot)
    with pytest.raises(ValidationError) as err:
        reception.add_visit(day, visit_data(visitor_phone="12345", category="天气", content=""))
    msg = err.value.message
    assert "联系电话" in msg and "诉求类别" in msg and "诉求内容" in msg
    with pytest.raises(ValidationError, match="来访方式"):
        reception.add_visit(None, visit_data(visit_date="2026-11-10"))
    with pytest.raises(ValidationError, match="委员不存在"):
        reception.add_visit(day, visit_data(), member_ids=[999])
    assert Visit.select().count() == 0


def test_visit_without_a_day(db):
    visit = reception.add_visit(None, visit_data(visit_date="2026年11月10日", mode="电话"))
    assert visit.reception_day is None and visit.mode == "电话" and visit.visit_date == D(2026, 11, 10)


def test_record_followup(slot):
    day = reception.open_day(slot)
    visit = reception.add_visit(day, visit_data(handling="转交部门办理", handling_dept="县人社局"))
    assert reception.followups_due(D(2026, 12, 31)) == []  # still 待办
    records.update(visit, {"status": "已办结", "result": "已协调补缴"})
    assert [v.id for v in reception.followups_due(D(2026, 12, 31))] == [visit.id]
    reception.record_followup(visit, "2026-11-20", "已补缴，群众表示感谢", "满意")
    visit = Visit.get_by_id(visit.id)
    assert (visit.status, visit.followup_date, visit.satisfaction) == ("已回访", D(2026, 11, 20), "满意")
    assert reception.followups_due(D(2026, 12, 31)) == []
    with pytest.raises(ValidationError) as err:
        reception.record_followup(visit, "2026-11-01", "回访", "很好")
    assert "满意度" in err.value.message
    with pytest.raises(ValidationError, match="不能早于来访日期"):
        reception.record_followup(visit, "2026-11-01", "回访", "满意")
    with pytest.raises(ValidationError, match="回访情况」不能为空"):
        reception.record_followup(visit, "2026-11-25", "  ", "满意")
    reception.record_followup(visit, "2026-11-25", "电话回访，未评价", "")  # satisfaction may stay empty
    assert Visit.get_by_id(visit.id).followup_note == "电话回访，未评价"


def test_visit_ids_of_days_lists_live_visits_of_those_days_only(db):
    first = reception.open_day(date=dt.date(2026, 3, 6), half="上午")
    second = reception.open_day(date=dt.date(2026, 3, 13), half="上午")
    base = {"category": "其他", "content": "咨询", "handling": "当场解答"}
    kept = reception.add_visit(first, dict(base, visitor_name="甲"), [])
    gone = reception.add_visit(first, dict(base, visitor_name="乙"), [])
    other = reception.add_visit(second, dict(base, visitor_name="丙"), [])
    records.soft_delete(gone)
    assert reception.visit_ids_of_days([first.id]) == [kept.id]
    assert reception.visit_ids_of_days([first.id, second.id]) == [kept.id, other.id]


def test_only_handed_on_visits_wait_for_a_follow_up(db):
    base = {"visit_date": "2026-03-02", "mode": "电话", "visitor_name": "周大姐", "category": "社会保障",
            "content": "低保政策"}
    answered = reception.add_visit(None, dict(base, handling="政策咨询", status="已办结"), [])
    forwarded = reception.add_visit(None, dict(base, handling="转交部门办理", handling_dept="县民政局",
                                                 status="办理中"), [])
    assert [v.id for v in reception.followups_due(D(2026, 6, 1))] == [forwarded.id]
    assert answered.id not in [v.id for v in reception.followups_due(D(2026, 6, 1))]
    assert reception.followups_due(D(2026, 3, 20)) == []  # not yet 30 days old
