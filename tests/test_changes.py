"""Change notices: each writing operation publishes one notice naming the kinds it changed."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from station_app.services import (
    accounts,
    bulk,
    changes,
    conversions,
    disputes,
    duty,
    holidays,
    reception,
    records,
    recycle,
    roster,
    settings,
    topics,
    undo,
)
from station_app.services.errors import ValidationError
from station_app.store import models as M
from station_app.store.base import ChildRow

TODAY = dt.date(2026, 3, 6)  # a Friday


@pytest.fixture
def seen():
    with changes.recorded() as got:
        yield got


def kinds(seen) -> list[set[str]]:
    """The notices published so far, each as its set of kinds; forgets them."""
    out = [set(c.kinds) for c in seen]
    seen.clear()
    return out


@pytest.fixture
def station(db):
    members = [records.create("member", {"name": n, "sector": "中共"}) for n in ("张建国", "李秀英", "王志强", "赵敏")]
    records.save_raw(M.ReceptionRule(name="每周五上午", kind="weekly", weekdays=[4], half="上午",
                                     members_per_session=2, location="镇委员工作站"))
    return members


def new_visit(**extra):
    data = {"visit_date": TODAY, "visitor_name": "王秀英", "category": "邻里纠纷",
            "content": "邻居在公共过道堆放杂物，多次沟通无果。", "handling": "当场解答", **extra}
    return records.create("visit", data)


def test_a_child_row_is_a_change_of_its_owner():
    assert changes.key_of(M.Party) == "dispute"
    assert changes.key_of(M.MeetingMember) == "topic"  # through the meeting
    assert changes.key_of(M.Swap) == "duty_slot"
    assert changes.key_of(M.VisitMember) == "visit"
    assert changes.key_of(M.Visit) == "visit" and changes.key_of("lookup") == "lookup"
    for model in M.ALL_MODELS:  # every table folds into a table that is not a child row
        key = changes.key_of(model)
        owner = next(m for m in M.ALL_MODELS if m._meta.table_name == key)
        assert not issubclass(owner, ChildRow), model


def test_record_writes_publish_their_kind_once(station, seen):
    v = new_visit()
    assert kinds(seen) == [{"visit"}]
    records.update(v, {"content": "堆放杂物已清理一半"}, members=[station[0].id])  # fields and members: one notice
    assert kinds(seen) == [{"visit"}]
    records.soft_delete(v)
    assert kinds(seen) == [{"visit"}]
    recycle.restore("visit", v.id)
    assert kinds(seen) == [{"visit"}]
    with pytest.raises(ValidationError):
        records.create("visit", {"visitor_name": ""})
    assert kinds(seen) == []  # refused before anything was written: no notice


def test_a_visit_handed_to_a_department_changes_the_referrals_too(station, seen):
    new_visit(handling="转交部门办理", handling_dept="镇司法所")
    assert kinds(seen) == [{"visit", "referral", "lookup"}]  # 督办 item; the unit joins the units list


def test_conversions_are_one_notice_each(station, seen):
    v = new_visit()
    kinds(seen)
    conversions.visit_to_dispute(v)
    assert kinds(seen) == [{"dispute", "visit"}]
    conversions.visit_to_topic(M.Visit.get_by_id(v.id))
    assert kinds(seen) == [{"topic", "visit"}]
    conversions.visit_to_opinion(M.Visit.get_by_id(v.id))
    assert kinds(seen) == [{"opinion", "visit"}]
    conversions.visit_to_proposal(M.Visit.get_by_id(v.id), {"suggestion": "清理过道", "submitted_to": "县政协"},
                                  members=[station[0].id])
    assert kinds(seen) == [{"proposal", "visit"}]


def test_dispute_children_and_topic_steps(station, seen):
    case = disputes.create_dispute({"accepted_on": TODAY, "source": "当事人申请", "dispute_type": "邻里",
                                    "summary": "宅基地界址争议"}, [station[0].id],
                                   [{"role": "申请人", "name": "孙立"}, {"role": "被申请人", "name": "钱明"}])
    assert kinds(seen) == [{"dispute"}]  # the case, its mediator and both parties
    disputes.add_session(case, {"date": TODAY, "process": "调解"})
    assert kinds(seen) == [{"dispute"}]
    topic = topics.create_topic({"title": "老旧小区加装电梯", "proposed_on": TODAY, "source": "群众反映"})
    assert kinds(seen) == [{"topic"}]
    topics.advance(topic, 2, TODAY)
    assert kinds(seen) == [{"topic"}]


def test_roster_generation_swap_and_attendance(station, seen):
    saved = roster.save_plan(roster.plan(dt.date(2026, 3, 1), dt.date(2026, 3, 31)))
    assert len(saved) == 4 and kinds(seen) == [{"duty_slot"}]  # four Fridays, one notice
    slot = saved[0]
    on_duty = duty.active_member_ids(slot)
    spare = next(m.id for m in station if m.id not in on_duty)
    duty.swap(slot, on_duty[0], spare, "生病")
    assert kinds(seen) == [{"duty_slot"}]
    duty.mark_attendance(slot, {spare: True})
    assert kinds(seen) == [{"duty_slot"}]
    reception.open_day(slot)
    assert kinds(seen) == [{"reception_day"}]


def test_undo_and_purge_report_what_they_touched(station, seen):
    v = new_visit()
    records.update(v, {"content": "改过的诉求内容"})
    kinds(seen)
    group = undo.last_operation("tester")  # entries of the same second are one operation
    undo.undo_last()
    assert kinds(seen) == [{changes.key_of(undo._model(e.table)) for e in group}]
    records.soft_delete(v)
    kinds(seen)
    recycle.purge("visit", v.id)
    assert kinds(seen) == [{"visit"}]


def test_settings_lookups_accounts_and_holidays(station, seen):
    lookup = settings.add_lookup("visit_category", "噪音扰民")
    assert kinds(seen) == [{"lookup"}]
    new_visit(category="噪音扰民")
    kinds(seen)
    settings.rename_lookup(lookup.id, "噪声扰民")  # the visits using it are retagged in the same operation
    assert kinds(seen) == [{"lookup", "visit"}]
    accounts.create_user("luru", "Station-2026!", "录入员")
    assert kinds(seen) == [{"user"}]
    holidays.set_override(dt.date(2031, 2, 1), False, "春节")
    assert kinds(seen) == [{"holiday_override"}]
    holidays.import_overrides([("2031-02-02", "放假", "春节"), ("2031-02-08", "上班", "调休")])
    assert kinds(seen) == [{"holiday_override"}]


def test_bulk_insert_is_one_notice(station, seen):
    rows = [{"date": TODAY, "activity_type": "普法宣传", "title": f"宣讲第{i}场"} for i in range(30)]
    ids = bulk.bulk_create("activity", rows, members=[[station[0].id]] * 30)
    assert len(ids) == 30 and kinds(seen) == [{"activity"}]


def _export_then_reopen_empty(data_dir, tmp_path):
    """A ledger written from this database, and a fresh empty database to import it into."""
    from station_app.outputs.ledgers import export_ledger
    from station_app.paths import DataDir
    from station_app.services import context
    from station_app.store.db import close_database, open_database

    records.create("activity", {"date": TODAY, "activity_type": "普法宣传", "title": "民法典进社区宣讲",
                                "people_served": 120, "location": "幸福社区"})
    path = export_ledger("activities", tmp_path / "activities.xlsx", start=dt.date(2026, 1, 1),
                         end=dt.date(2026, 12, 31), unmasked=True)
    close_database()
    other = DataDir(tmp_path / "other").ensure()
    open_database(other.db_path)
    context.set_actor("tester", "管理员")
    return path


def test_an_import_is_one_notice_and_a_dry_run_none(db, data_dir, tmp_path, seen):
    from station_app.outputs.ledgers import import_ledger

    path = _export_then_reopen_empty(data_dir, tmp_path)
    kinds(seen)
    assert import_ledger("activities", path, dry_run=True).ok
    assert kinds(seen) == [] and not M.Activity.select().exists()
    report = import_ledger("activities", path)
    assert report.ok, report.text()
    assert kinds(seen) == [{"activity"}]


def test_operations_nest_and_stay_on_their_own_thread(station, seen):
    with changes.operation():
        new_visit()
        records.create("opinion", {"title": "关于加强农村道路养护的建议", "submitted_on": TODAY})
        assert kinds(seen) == []  # not before the outermost operation ends
        worker = threading.Thread(target=lambda: changes.touched("activity"))
        worker.start()
        worker.join()
        assert kinds(seen) == [{"activity"}]  # another thread's write is its own notice
    assert kinds(seen) == [{"visit", "opinion"}]
    with pytest.raises(RuntimeError), changes.operation():
        new_visit(visitor_name="李四")
        raise RuntimeError("a later step failed")
    assert kinds(seen) == [{"visit"}]  # what was committed before the failure is still shown


def test_change_touches():
    change = changes.Change(frozenset({"visit", "referral"}))
    assert change.touches({"visit", "member"}) and change.touches(None)
    assert not change.touches({"activity"}) and not change.touches(frozenset())
    assert not changes.Change(frozenset()).touches(None)
