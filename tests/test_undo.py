"""撤销 through the audit log: an edit, a delete and a conversion come back; a later change blocks it."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import context, conversions, reception, records, undo
from station_app.services.errors import ValidationError
from station_app.store import models as M


@pytest.fixture
def visit(db):
    context.set_actor("setup", "管理员")  # set-up by someone else: not part of the clerk's last operation
    v = reception.add_visit(None, {"visit_date": dt.date(2026, 3, 5), "visitor_name": "王桂兰",
                                   "content": "邻居占用楼道堆放杂物", "category": "邻里纠纷",
                                   "handling": "转矛盾纠纷调解", "mode": "来信"}, [])
    context.set_actor("clerk", "录入员")
    return v


def _undo_rows():
    return list(M.AuditLog.select().where(M.AuditLog.action == "undo"))


def test_undo_an_edit(visit):
    records.update(visit, {"visitor_name": "王桂芬", "content": "楼道杂物"})
    done = undo.undo_last("clerk")
    fresh = M.Visit.get_by_id(visit.id)
    assert (fresh.visitor_name, fresh.content) == ("王桂兰", "邻居占用楼道堆放杂物")
    assert "修改" in done.text
    (row,) = _undo_rows()
    assert row.username == "clerk" and row.before["visitor_name"] == "王桂芬" and row.after["visitor_name"] == "王桂兰"
    with pytest.raises(ValidationError, match="已经撤销"):
        undo.undo_last("clerk")


def test_undo_a_delete(visit):
    records.soft_delete(visit)
    assert M.Visit.get_by_id(visit.id).deleted
    undo.undo_last("clerk")
    assert not M.Visit.get_by_id(visit.id).deleted
    assert len(_undo_rows()) == 1


def test_undo_a_conversion(visit):
    case = conversions.visit_to_dispute(visit)
    assert M.Visit.get_by_id(visit.id).handling == "转矛盾纠纷调解"
    done = undo.undo_last("clerk")
    assert "转换" in done.text
    assert M.Dispute.get_by_id(case.id).deleted  # the case went to the recycle bin
    assert M.Visit.get_by_id(visit.id).status == "待办"
    assert M.Party.select().where(M.Party.dispute == case.id).count() == 0
    assert conversions.links_of_visit(M.Visit.get_by_id(visit.id))["disputes"] == []


def test_undo_refused_after_a_later_change(visit):
    records.update(visit, {"visitor_name": "王桂芬"})
    context.set_actor("other", "录入员")
    records.update(M.Visit.get_by_id(visit.id), {"content": "楼道杂物仍未清理"})
    context.set_actor("clerk", "录入员")
    with pytest.raises(ValidationError, match="又被other.*修改过，不能撤销"):
        undo.undo_last("clerk")
    assert M.Visit.get_by_id(visit.id).visitor_name == "王桂芬"


def test_nothing_to_undo(db):
    with pytest.raises(ValidationError, match="没有可以撤销的修改"):
        undo.undo_last("nobody")
