"""Settings and recycle-bin services without the GUI: permissions, renaming rules, restore, purge."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import context, records, recycle, settings
from station_app.services.errors import PermissionDenied, ValidationError


def test_only_administrators_change_settings(db):
    with context.acting_as("clerk", "录入员"), pytest.raises(PermissionDenied):
        settings.save_station({"name": "某站"})
    with context.acting_as("检查", "只读检查"), pytest.raises(PermissionDenied):
        settings.add_lookup("sector", "新界别")


def test_rename_to_an_existing_value_asks_for_merge(db):
    row = next(r for r in settings.lookups("visit_category") if r.name == "教育")
    with pytest.raises(ValidationError, match="合并"):
        settings.rename_lookup(row.id, "医疗卫生")
    with pytest.raises(ValidationError):
        settings.rename_lookup(row.id, "  ")


def test_disabled_value_is_not_offered_but_kept(db):
    from station_app.services.validation import lookup_values

    row = next(r for r in settings.lookups("visit_mode") if r.name == "来信")
    settings.set_lookup_active(row.id, False)
    assert "来信" not in lookup_values("visit_mode")
    assert "来信" in [r.name for r in settings.lookups("visit_mode")]
    again = settings.add_lookup("visit_mode", "来信")
    assert again.id == row.id and "来信" in lookup_values("visit_mode")


def test_rule_recurrence_checked_for_its_kind(db):
    with pytest.raises(ValidationError, match="星期"):
        settings.save_rule(None, {"name": "接待日", "kind": "weekly", "members_per_session": 2}, weekdays=[])
    rule = settings.save_rule(None, {"name": "第一个星期二", "kind": "nth_weekday", "members_per_session": 3},
                              nth=1, nth_weekday=1)
    assert (rule.nth, rule.nth_weekday, rule.weekdays) == (1, 1, [])


def test_recycle_restore_and_purge(db):
    visit = records.create("visit", {"visit_date": dt.date(2026, 5, 8), "visitor_name": "钱七", "category": "教育",
                                     "content": "学位咨询", "handling": "政策咨询"})
    records.soft_delete(visit)
    listed = recycle.deleted()
    assert [(d.kind, d.id) for d in listed] == [("visit", visit.id)] and "学位咨询" in listed[0].title
    recycle.restore("visit", visit.id)
    assert recycle.count() == 0
    with pytest.raises(LookupError):
        recycle.restore("visit", visit.id)
    records.soft_delete(visit)
    with context.acting_as("clerk", "录入员"), pytest.raises(PermissionDenied):
        recycle.purge("visit", visit.id)
    recycle.purge("visit", visit.id)
    assert recycle.count() == 0 and records.get(type(visit), visit.id) is None
