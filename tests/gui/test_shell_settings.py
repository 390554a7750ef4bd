"""设置 page: station info, lookups (rename/merge update records), rules, quotas, holidays, users, backups."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox


@pytest.fixture
def page(app, db, data_dir, qtbot):
    from station_app.ui.pages.settings import SettingsPage

    p = SettingsPage()
    p.backup.data_dir = data_dir
    qtbot.addWidget(p)
    p.show()
    p.refresh()
    return p


@pytest.fixture
def quiet(monkeypatch):
    said = []
    for name in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a, n=name: said.append((n, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    return said


def test_station_info_saved_and_bad_phone_shown_beside_field(page, type_text, quiet):
    from station_app.services import settings

    tab = page.show_tab("工作站信息")
    type_text(tab.inputs["name"], "城关镇政协委员工作站")
    tab.inputs["phone"].setText("12ab")
    assert tab.save() is False
    assert tab.errors["phone"].isVisibleTo(tab) and tab.errors["phone"].text()
    assert tab.inputs["name"].text() == "城关镇政协委员工作站"  # the input stays
    assert settings.station() is None
    tab.inputs["phone"].setText("0943-6221234")
    assert tab.save() is True
    assert settings.station().name == "城关镇政协委员工作站"
    assert settings.station().phone


def test_lookup_rename_and_merge_update_records(page, quiet, monkeypatch):
    from station_app.services import records, settings
    from station_app.store.models import Member

    m = records.create("member", {"name": "李明", "sector": "经济界"})
    tab = page.show_tab("选项列表")
    tab.kinds.setCurrentRow(list(settings.LOOKUP_LABELS).index("sector"))
    names = [tab.values.item(i).data(256).name for i in range(tab.values.count())]
    tab.values.setCurrentRow(names.index("经济界"))
    assert "已用 1 条" in tab.values.currentItem().text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("经济界别", True))
    tab.rename()
    assert Member.get_by_id(m.id).sector == "经济界别"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("新经济组织", True))
    tab.add()
    assert tab.current().name == "新经济组织"
    names = [tab.values.item(i).data(256).name for i in range(tab.values.count())]
    tab.values.setCurrentRow(names.index("经济界别"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("新经济组织", True))
    tab.merge()
    assert Member.get_by_id(m.id).sector == "新经济组织"
    assert "经济界别" not in [r.name for r in settings.lookups("sector")]


def test_reception_rule_monthly_dates(page, quiet):
    from station_app.services import settings

    tab = page.show_tab("接待日规则")
    tab.new()
    tab.name.setText("联系群众日")
    tab.kind.setCurrentIndex(1)
    tab.month_days.setText("十五")
    assert tab.save() is False and "数字" in quiet[-1][1]
    tab.month_days.setText("15、30")
    assert tab.save() is True
    rule = next(r for r in settings.reception_rules() if r.name == "联系群众日")
    assert rule.kind == "monthly_dates" and rule.month_days == [15, 30]
    assert "每月15日、30日" in tab.list.currentItem().text()


def test_quota_and_points_saved(page, quiet):
    from station_app.services import settings

    tab = page.show_tab("履职指标与积分")
    quota, spin, _box = tab.quota_inputs[-1]
    spin.setValue(50)
    rule, pspin = tab.point_inputs[0]
    pspin.setValue(4)
    tab.grade_table.model_.item(2, 1).setText("留作参考")
    assert tab.save()
    assert next(q for q in settings.quotas() if q.id == quota.id).target == 50
    assert next(r for r in settings.point_rules() if r.id == rule.id).points == 4
    from station_app.services import topics

    assert topics.grades()[2].name == "留作参考"


def test_holiday_override_added(page, quiet):
    from PySide6.QtCore import QDate

    from station_app.services import holidays

    tab = page.show_tab("节假日")
    tab.date.setDate(QDate(2027, 2, 6))
    tab.what.setCurrentIndex(0)
    tab.name.setText("春节")
    tab.add()
    assert tab.year.value() == 2027
    assert not holidays.is_workday(dt.date(2027, 2, 6)) or dt.date(2027, 2, 6).weekday() >= 5
    texts = [tab.model.item(r, 2).text() for r in range(tab.model.rowCount())]
    assert any("春节" in t for t in texts)


def test_users_added_and_roles(page, quiet):
    from station_app.services import accounts

    accounts.ensure_admin("secret1")
    tab = page.show_tab("账号与权限")
    tab.username.setText("clerk")
    tab.display.setText("王芳")
    tab.password.setText("123")
    tab.add()
    assert accounts.get_user("clerk") is None and quiet  # too short: said so, nothing added
    tab.password.setText("secret9")
    tab.add()
    assert accounts.get_user("clerk").role == "录入员"
    assert tab.model.rowCount() == 2


def test_read_only_user_changes_nothing(app, db, qtbot):
    from station_app.services import context
    from station_app.ui.pages.settings import SettingsPage

    with context.acting_as("检查", "只读检查"):
        p = SettingsPage()
        qtbot.addWidget(p)
        for title in ("工作站信息", "选项列表", "履职指标与积分", "账号与权限", "接待日规则", "备份与数据"):
            p.show_tab(title)
        assert not p.station.save_button.isEnabled()
        assert not p.station.inputs["name"].isEnabled()
        assert not p.lookups.buttons["add"].isEnabled()
        assert not p.quotas.save_button.isEnabled()
        assert not p.users.add_button.isEnabled()
        assert not p.rules.buttons["save"].isEnabled()
        assert not p.backup.restore_button.isEnabled()


def test_backup_now_and_restore(page, quiet, data_dir):
    from station_app.services import settings

    settings.save_station({"name": "恢复前"})
    tab = page.show_tab("备份与数据")
    tab.backup()
    assert tab.list.count() == 1
    settings.save_station({"name": "改过的"})
    tab.list.setCurrentRow(0)
    tab.restore()
    assert settings.station_name() == "恢复前"
    assert tab.list.count() == 2  # the state before restoring was kept


def test_work_teams_created_and_staffed_from_settings(page, type_text, quiet, monkeypatch):
    from station_app.services import records, teams

    m = records.create("member", {"name": "冯志远", "sector": "中共"})
    tab = page.show_tab("工作专班")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("诉讼指导", True))
    tab.add()
    assert tab.list.currentItem().text() == "诉讼指导"
    type_text(tab.members.edit, "冯志远")
    tab.save_members()
    team = teams.teams()[0]
    assert teams.team_member_ids(team) == [m.id] and ("information", "“诉讼指导”现有成员 1 人。") in quiet
    tab.members.edit.setText("不存在的人")
    tab.save_members()
    assert teams.team_member_ids(team) == [m.id] and quiet[-1][0] == "warning"  # nothing changed
