"""No lost update (services.edit_conflicts): a save made on an older revision is refused, compared, or logged."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import accounts, context, disputes, edit_conflicts, records
from station_app.services.edit_conflicts import Base, EditConflict
from station_app.store.models import AuditLog, Dispute


def new_case():
    return disputes.create_dispute(
        {"accepted_on": "2026-03-05", "source": "当事人申请", "dispute_type": "邻里", "summary": "排水沟堵塞。"},
        parties=[{"role": "申请人", "name": "王秀英"}, {"role": "被申请人", "name": "李建国"}])


@pytest.fixture
def zhang(db):
    accounts.create_user("zhangsan", "Zs-2026-pass", role="录入员", display_name="张三")
    return "zhangsan"


def saved_by(username, case, data):
    with context.acting_as(username, "录入员"):
        return records.update(Dispute.get_by_id(case.id), data)


def test_a_save_on_the_revision_read_goes_through_and_the_revision_moves_on(db):
    case = new_case()
    base = Base.of(case)
    with edit_conflicts.guard(base):
        saved = records.update(case, {"summary": "排水沟堵塞，已疏通一半。"})
    assert saved.revision > base.revision  # the in-memory record carries the stored revision
    assert saved.revision == Dispute.get_by_id(case.id).revision
    with edit_conflicts.guard(Base.of(saved)):  # the next save from the same dialog is not a conflict
        records.update(saved, {"summary": "排水沟已疏通。"})
    assert Dispute.get_by_id(case.id).summary == "排水沟已疏通。"


def test_a_save_on_an_older_revision_is_refused_naming_who_saved_and_when(db, zhang):
    case = new_case()
    base = Base.of(case)
    theirs = saved_by(zhang, case, {"summary": "张三补充：涉及三户。"})
    with pytest.raises(EditConflict) as caught, edit_conflicts.guard(base):
        records.update(case, {"summary": "我的说法"})
    at = theirs.updated_at
    assert caught.value.message == f"该记录已被 张三 于 {at.hour:02d}:{at.minute:02d} 修改"
    assert caught.value.fields == ("summary",)
    assert Dispute.get_by_id(case.id).summary == "张三补充：涉及三户。"  # nothing of the refused save written


def test_compare_merges_disjoint_edits_and_names_the_fields_both_changed(db, zhang):
    case = new_case()
    base = Base.of(case)
    saved_by(zhang, case, {"summary": "张三补充：涉及三户。", "dispute_type": "邻里"})
    stored = Dispute.get_by_id(case.id)
    apart = edit_conflicts.compare(base, {"location": "红星村"}, stored)
    assert apart.theirs == {"summary"} and apart.conflicts == ()
    same = edit_conflicts.compare(base, {"summary": "张三补充：涉及三户。"}, stored)
    assert same.conflicts == ()  # both typed the same correction
    clash = edit_conflicts.compare(base, {"summary": "我的说法", "location": "红星村"}, stored)
    assert clash.conflicts == ("summary",)


def test_a_record_deleted_meanwhile_cannot_be_saved(db, zhang):
    case = new_case()
    base = Base.of(case)
    with context.acting_as(zhang, "录入员"):
        records.soft_delete(Dispute.get_by_id(case.id))
    with pytest.raises(EditConflict) as caught, edit_conflicts.guard(base):
        records.update(case, {"summary": "我的说法"})
    assert caught.value.deleted and "删除" in caught.value.message


def test_keeping_mine_is_logged_with_what_was_written_over(db, zhang):
    case = new_case()
    base = Base.of(case)
    saved_by(zhang, case, {"summary": "张三的版本"})
    try:
        with edit_conflicts.guard(base):
            pass
    except EditConflict as exc:
        conflict = exc
    comparison = edit_conflicts.compare(base, {"summary": "我的版本"}, conflict.stored)
    with edit_conflicts.guard(Base.of(conflict.stored)):
        saved = records.update(conflict.stored, {"summary": "我的版本"})
        edit_conflicts.log_kept(saved, conflict, comparison, {"summary": "我的版本"})
    assert Dispute.get_by_id(case.id).summary == "我的版本"
    row = AuditLog.select().where(AuditLog.note.contains("保留本人修改")).get()
    assert "张三" in row.note and row.before["summary"] == "张三的版本" and row.after["summary"] == "我的版本"


def test_when_is_the_time_today_and_the_date_before():
    class Row:
        updated_at = dt.datetime(2026, 12, 3, 10, 42, 5)

    assert edit_conflicts.when(Row, today=dt.date(2026, 12, 3)) == "10:42"
    assert edit_conflicts.when(Row, today=dt.date(2026, 12, 4)) == "12月3日 10:42"
    assert edit_conflicts.when(Row, today=dt.date(2027, 1, 4)) == "2026年12月3日 10:42"
