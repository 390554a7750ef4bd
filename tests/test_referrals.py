"""The 督办 list: 交办 items follow their sources; due dates on the holiday calendar; follow-ups, reply,
feedback; validation; limits from settings; the recycle bin hides an item."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import records, referral_limits, referrals
from station_app.services.errors import ValidationError
from station_app.services.validation import fixed_today
from station_app.store.models import Lookup, Referral, ReferralFollow

TODAY = dt.date(2026, 12, 3)


def _visit(day=dt.date(2026, 9, 28), dept="司法所", handling="转交部门办理", **more):
    from station_app.services import reception

    with fixed_today(TODAY):
        return reception.add_visit(None, {
            "visit_date": day, "visitor_name": "王桂兰", "visitor_address": "东风镇沙河村3组",
            "content": "邻居建房占用宅基地边界，要求司法所调处。", "category": "邻里纠纷",
            "handling": handling, "handling_dept": dept, "mode": "来信", **more}, [])


def _item(source) -> Referral:
    return Referral.get(getattr(Referral, referrals.KIND_OF_MODEL[type(source)]) == source.id)


def _overdue_ids(today):
    return {line.id for g in referrals.due_report(today, 0) for line in g.overdue}


def test_the_whole_loop_of_a_visit_handed_to_the_judicial_office(db):
    visit = _visit()
    item = _item(visit)
    # the hand-over: the department, the request, who asked (and how the 回音壁 names them)
    assert (item.source_kind, item.department, item.assigned_on) == ("visit", "司法所", dt.date(2026, 9, 28))
    assert item.matter.startswith("邻居建房") and item.asker == "王桂兰" and item.asker_public == "沙河村群众"
    assert item.state == "办理中"
    # 15 working days on the calendar: 国庆 1–7 Oct is skipped, the 调休 Saturday 10 Oct counts →
    # 29, 30 Sep, 8, 9, 10, 12–16, 19–23 Oct. Weekdays alone would give 19 Oct; without 调休 26 Oct.
    assert item.due_on == dt.date(2026, 10, 23)
    assert Lookup.get_or_none((Lookup.kind == "department") & (Lookup.name == "司法所")) is not None
    # past the limit without a reply: overdue, listed under its department
    report = referrals.due_report(dt.date(2026, 10, 26), 7)
    assert [g.department for g in report] == ["司法所"]
    assert [line.id for line in report[0].overdue] == [item.id] and report[0].overdue[0].days_left == -3
    assert referrals.is_overdue(item, dt.date(2026, 10, 26)) and not referrals.is_overdue(item, dt.date(2026, 10, 23))
    # a 督办 record, then the reply on the due day, then the feedback
    with fixed_today(TODAY):
        referrals.add_follow(item, {"date": dt.date(2026, 10, 20), "method": "电话", "by": "李联络员",
                                    "note": "司法所称已约双方现场查看。"})
        item = referrals.save_item(item, {"replied_on": dt.date(2026, 10, 23), "reply": "已现场勘界，双方认可。",
                                          "result": "已解决"})
    assert item.state == "已答复" and referrals.is_on_time(item) is True
    assert item.id not in _overdue_ids(dt.date(2026, 10, 26))  # left the overdue list
    with fixed_today(TODAY):
        item = referrals.save_item(item, {"fed_back_on": dt.date(2026, 10, 26), "feedback_method": "电话",
                                          "feedback_by": "李联络员", "satisfaction": "满意"})
    item = Referral.get_by_id(item.id)
    assert item.state == "已反馈" and item.satisfaction == "满意"
    assert [f.note for f in referrals.follows(item)] == ["司法所称已约双方现场查看。"]
    assert referrals.counts(dt.date(2026, 10, 26))["已反馈"] == 1


def test_changing_the_department_on_the_visit_updates_the_item_and_removing_it_deletes_an_untouched_one(db):
    visit = _visit()
    with fixed_today(TODAY):
        records.update(visit, {"handling_dept": "派出所"})
    assert _item(visit).department == "派出所"
    with fixed_today(TODAY):
        records.update(visit, {"handling": "当场解答"})
    assert Referral.select().count() == 0


def test_an_item_with_a_follow_up_stays_when_the_hand_over_is_removed_and_says_so(db):
    visit = _visit()
    item = _item(visit)
    with fixed_today(TODAY):
        referrals.add_follow(item, {"date": dt.date(2026, 10, 9), "method": "发函"})
        records.update(visit, {"handling": "当场解答"})
    item = Referral.get_by_id(item.id)
    assert referrals.withdrawn(item)
    rows = [{"source_kind": "visit", "visit": visit.id}]
    referrals.labels_for(rows)
    assert rows[0]["source"].endswith("（已撤销交办）")


def test_a_visit_in_the_recycle_bin_hides_its_item_everywhere_and_comes_back_on_restore(db):
    from station_app.services import listing

    visit = _visit()
    item = _item(visit)
    late = dt.date(2026, 11, 30)
    assert item.id in _overdue_ids(late) and listing.count("referral") == 1
    records.soft_delete(visit)
    assert item.id not in _overdue_ids(late) and listing.count("referral") == 0
    assert referrals.counts(late)["逾期"] == 0
    records.restore(visit)
    assert item.id in _overdue_ids(late) and listing.count("referral") == 1


def test_limits_come_from_the_settings_and_an_item_can_override_its_own(db):
    assert referral_limits.limit_of("visit").text == "15个工作日"
    assert referral_limits.limit_of("proposal").text == "3个月"
    referral_limits.save_limits({"visit": (10, "day")})
    visit = _visit()
    assert _item(visit).due_on == dt.date(2026, 10, 8)
    with fixed_today(TODAY):
        item = referrals.save_item(_item(visit), {"limit_days": 20, "limit_unit": "workday"})
    assert item.due_on == dt.date(2026, 10, 30) and referrals.limit_for(item).text == "20个工作日"
    with fixed_today(TODAY):
        item = referrals.save_item(item, {"limit_days": None})  # back to the kind's default
    assert item.limit_days is None and item.due_on == dt.date(2026, 10, 8)
    referral_limits.save_limits({"visit": (15, "workday")})
    assert referrals.recompute_due("visit") == 1 and _item(visit).due_on == dt.date(2026, 10, 23)
    assert referral_limits.due_date("proposal", dt.date(2026, 1, 31)) == dt.date(2026, 4, 30)
    assert referral_limits.due_date("topic", dt.date(2026, 9, 28)) == dt.date(2026, 10, 28)


def test_a_holiday_override_moves_the_due_date(db):
    from station_app.services import holidays

    holidays.set_override(dt.date(2026, 10, 10), False, "调休取消")  # the station's calendar says: no workday
    assert referral_limits.due_date("visit", dt.date(2026, 9, 28)) == dt.date(2026, 10, 26)


@pytest.mark.parametrize("data, field, words", [
    ({"replied_on": dt.date(2026, 9, 20)}, "replied_on", "不能早于交办日期（2026-09-28）"),
    ({"limit_days": 0, "limit_unit": "workday"}, "limit_days", "应至少为 1个工作日"),
    ({"limit_days": -3, "limit_unit": "day"}, "limit_days", "应至少为 1天"),
    ({"fed_back_on": dt.date(2026, 10, 30)}, "fed_back_on", "尚未答复"),
    ({"replied_on": dt.date(2026, 12, 20)}, "replied_on", "不能晚于今天"),
])
def test_bad_input_names_the_field_in_chinese_and_saves_nothing(db, data, field, words):
    item = _item(_visit())
    before = records.snapshot(item)
    with fixed_today(TODAY), pytest.raises(ValidationError) as err:
        referrals.save_item(item, data)
    assert words in err.value.by_field()[field]
    assert records.snapshot(Referral.get_by_id(item.id)) == before


def test_a_follow_up_before_the_hand_over_or_in_the_future_is_refused(db):
    item = _item(_visit())
    with fixed_today(TODAY):
        with pytest.raises(ValidationError) as err:
            referrals.add_follow(item, {"date": dt.date(2026, 9, 27), "method": "电话"})
        assert "不能早于交办日期" in err.value.by_field()["date"]
        with pytest.raises(ValidationError) as err:
            referrals.add_follow(item, {"date": dt.date(2026, 12, 4), "method": "电话"})
        assert "不能晚于今天" in err.value.by_field()["date"]
    assert ReferralFollow.select().count() == 0


def test_topics_opinions_and_proposals_become_items(db):
    from station_app.store.models import Member, Opinion, Topic

    with fixed_today(TODAY):
        topic = records.create("topic", {"title": "沙河村道路硬化", "proposed_on": dt.date(2026, 8, 1),
                                         "grade": "B", "undertaker": "交通运输局"}, extra={"code": "YT-2026-001"})
        assert Referral.select().count() == 0  # grade B stays with the party committee
        records.update(topic, {"grade": "A"})
        opinion = records.create("opinion", {"title": "关于农村饮水安全的建议", "reporter": "张委员",
                                             "instruction_unit": "水务局"})
    t_item, o_item = _item(topic), _item(opinion)
    assert ((t_item.department, t_item.assigned_on, t_item.due_on)
            == ("交通运输局", dt.date(2026, 8, 1), dt.date(2026, 8, 31)))
    assert (o_item.department, o_item.state, o_item.due_on) == ("水务局", "待交办", None)
    with fixed_today(TODAY):
        o_item = referrals.save_item(o_item, {"assigned_on": dt.date(2026, 11, 2)})
    assert (o_item.state, o_item.due_on) == ("办理中", dt.date(2026, 12, 2))
    referral_limits.save_referral_grades(["A", "B"])
    assert referral_limits.referral_grades() == ["A", "B"]
    assert isinstance(Topic.get_by_id(topic.id), Topic) and isinstance(Opinion.get_by_id(opinion.id), Opinion)
    lead = records.create("member", {"name": "陈明", "sector": "农业界"})
    assert Member.get_by_id(lead.id)


def test_a_filed_proposal_becomes_an_item_and_its_reply_flows_in(db):
    lead = records.create("member", {"name": "陈明", "sector": "农业界"})
    with fixed_today(TODAY):
        proposal = records.create("proposal", {
            "title": "关于加强农村养老服务的提案", "reason": "农村养老设施不足", "source": "委员调研",
            "suggestion": "建设村级互助养老点", "submitted_on": dt.date(2026, 3, 1), "submitted_to": "县政协",
            "filing": "立案", "main_dept": "民政局", "assigned_on": dt.date(2026, 3, 31)},
            members=[lead.id], extra={"number": "TA-2026-001"})
        item = _item(proposal)
        assert ((item.department, item.asker, item.due_on, item.state)
                == ("民政局", "陈明", dt.date(2026, 6, 30), "办理中"))
        records.update(proposal, {"replied_on": dt.date(2026, 6, 10), "reply_summary": "已列入年度民生实事"})
        item = Referral.get_by_id(item.id)
        assert (item.replied_on, item.reply, item.state) == (dt.date(2026, 6, 10), "已列入年度民生实事", "已答复")
        # the proposal owns its reply: the item does not change it
        referrals.save_item(item, {"replied_on": dt.date(2026, 6, 11), "reply": "别的", "result": "正在解决"})
    item = Referral.get_by_id(item.id)
    assert (item.replied_on, item.reply, item.result) == (dt.date(2026, 6, 10), "已列入年度民生实事", "正在解决")


def test_imported_and_earlier_records_get_items_by_backfill_and_by_the_bulk_path(db):
    from station_app.services import bulk
    from station_app.store.models import Visit

    base = {"visitor_name": "赵四", "category": "城乡建设", "content": "路灯损坏", "handling": "转交部门办理",
            "people_count": 1, "visitor_address": "幸福社区5栋"}
    with fixed_today(TODAY):
        ids = bulk.bulk_create("visit", [{**base, "visit_date": dt.date(2026, 9, 28), "handling_dept": "城管局"},
                                         {**base, "visit_date": dt.date(2026, 9, 29), "handling_dept": ""}])
    items = list(Referral.select())
    assert [(i.visit_id, i.department, i.due_on, i.asker_public) for i in items] == [
        (ids[0], "城管局", dt.date(2026, 10, 23), "幸福社区群众")]
    Referral.delete().execute()
    Visit.update(handling_dept="城管局").where(Visit.id == ids[1]).execute()
    assert referrals.backfill() == {"visit": 2, "topic": 0, "proposal": 0, "opinion": 0}
    assert referrals.backfill()["visit"] == 0  # once only


def test_period_filter_keeps_open_items_into_the_next_year(db):
    from station_app.services import listing

    item = _item(_visit(day=dt.date(2025, 12, 22)))
    year_2026 = listing.Filter(start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31))
    assert listing.count("referral", year_2026) == 1  # 跨年: still open in 2026
    with fixed_today(TODAY):
        referrals.save_item(item, {"replied_on": dt.date(2025, 12, 30)})
    assert listing.count("referral", year_2026) == 0
    assert listing.count("referral", listing.Filter(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))) == 1


def test_after_the_v4_migration_the_first_reading_builds_the_list_once(db):
    from station_app.services import dashboard
    from station_app.store.models import Setting

    _visit()
    Referral.delete().execute()
    db.execute_sql("INSERT INTO setting (uuid, key, value) VALUES ('x-1', 'referrals_backfill_pending', 'true')")
    dashboard.load_dashboard(TODAY, with_quota=False)
    assert Referral.select().count() == 1 and not Setting.select().where(Setting.key == referrals.PENDING_KEY).exists()
    assert referrals.backfill_if_pending() is None
