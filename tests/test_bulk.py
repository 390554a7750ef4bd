"""The bulk path: many rows validated at once, all inserted with audit rows and member links, or none."""

from __future__ import annotations

import pytest

from station_app.services import bulk, context, records
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.store.models import AuditLog, Member, Topic, Visit, VisitMember


def _visit(i: int, **over) -> dict:
    row = {"visit_date": f"2026-03-{i % 28 + 1:02d}", "visitor_name": f"张秀英{i}", "category": "邻里纠纷",
           "content": f"反映邻居堆放杂物占用通道，第{i}次", "handling": "当场解答", "visitor_phone": "13812345678"}
    row.update(over)
    return row


def _members(n: int = 3) -> list[int]:
    return [records.create("member", {"name": f"委员{i}", "sector": "中共"}).id for i in range(n)]


def test_bulk_create_inserts_rows_audit_and_links(db):
    mids = _members()
    rows = [_visit(i) for i in range(1200)]
    links = [[mids[i % 3], mids[(i + 1) % 3]] for i in range(1200)]
    seen = []
    ids = bulk.bulk_create("visit", rows, members=links, progress=lambda d, t, m: seen.append((d, t)))
    assert len(ids) == 1200 and len(set(ids)) == 1200
    first, last = Visit.get_by_id(ids[0]), Visit.get_by_id(ids[-1])
    assert first.visitor_name == "张秀英0" and last.visitor_name == "张秀英1199"
    assert first.created_by == "tester" and first.uuid and first.status == "待办"
    assert str(first.visit_date) == "2026-03-01"
    assert Visit.select().count() == 1200
    created = AuditLog.select().where((AuditLog.table == "visit") & (AuditLog.action == "create"))
    assert created.count() == 1200
    log = AuditLog.get((AuditLog.table == "visit") & (AuditLog.record_id == ids[5]))
    assert log.after["visitor_name"] == "张秀英5" and log.record_uuid == Visit.get_by_id(ids[5]).uuid
    assert records.member_ids(Visit.get_by_id(ids[7])) == [mids[7 % 3], mids[8 % 3]]
    assert VisitMember.select().count() == 2400
    assert seen and seen[-1] == (1200, 1200)


def test_bad_rows_named_and_nothing_inserted(db):
    rows = [_visit(1), _visit(2, visitor_name=""), _visit(3), _visit(4, visitor_phone="12345"),
            _visit(5, category="不存在的类别")]
    with pytest.raises(bulk.BulkValidationError) as info:
        bulk.bulk_create("visit", rows)
    err = info.value
    assert sorted(err.rows) == [2, 4, 5]
    assert "第2行「来访人」不能为空" in err.message
    assert "第4行「联系电话」" in err.message and "第5行「诉求类别」" in err.message
    assert isinstance(err, ValidationError)
    assert Visit.select().count() == 0 and AuditLog.select().where(AuditLog.table == "visit").count() == 0


def test_row_numbers_can_start_at_a_sheet_row(db):
    with pytest.raises(bulk.BulkValidationError) as info:
        bulk.bulk_create("visit", [_visit(1), _visit(2, visit_date="2026-02-30")], first_row=3)
    assert list(info.value.rows) == [4] and "第4行「来访日期」" in info.value.message


def test_cancel_rolls_back(db):
    calls = {"n": 0}

    def cancel():
        calls["n"] += 1
        return calls["n"] > 1  # after the first batch

    with pytest.raises(bulk.Cancelled):
        bulk.bulk_create("visit", [_visit(i) for i in range(2500)], cancel=cancel)
    assert Visit.select().count() == 0


def test_extra_values_and_grade_codes(db):
    ids = bulk.bulk_create("topic", [
        {"title": "通村道路养护", "proposed_on": "2026-04-01", "grade": "a"},
        {"title": "小区充电桩", "proposed_on": "2026-04-02", "grade": "B类"},
    ], extra=[{"code": "YT-2026-001", "step": 6, "concluded": True}, {"code": "YT-2026-002"}])
    one, two = Topic.get_by_id(ids[0]), Topic.get_by_id(ids[1])
    assert (one.grade, one.code, one.step, one.concluded) == ("A", "YT-2026-001", 6, True)
    assert two.grade == "B" and two.step == 1
    with pytest.raises(bulk.BulkValidationError) as info:
        bulk.bulk_create("topic", [{"title": "x", "proposed_on": "2026-04-01", "grade": "Z"}],
                         extra=[{"code": "YT-2026-009"}])
    assert "第1行「成果分类」" in info.value.message


def test_read_only_account_cannot_bulk_insert(db):
    context.set_actor("inspector", "只读检查")
    with pytest.raises(PermissionDenied):
        bulk.bulk_create("member", [{"name": "王芳", "sector": "中共"}])
    context.set_actor("tester", "管理员")
    assert Member.select().count() == 0


def test_insert_rows_fills_model_defaults(db):
    mid = _members(1)[0]
    ids = bulk.insert_rows(Member, [{"name": "李建国", "sector": "民盟"}], audit=False)
    m = Member.get_by_id(ids[0])
    assert (m.level, m.status, m.ethnicity, m.deleted) == ("县区", "在册", "汉族", False)
    assert m.id != mid and m.uuid
