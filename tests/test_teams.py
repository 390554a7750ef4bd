"""工作专班 services: names unique, members set from the team side, admin only, audited."""

from __future__ import annotations

import pytest

from station_app.services import context, records, teams
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.store.models import AuditLog, Member


def test_create_rename_members_and_delete(db):
    a = records.create("member", {"name": "韩梅", "sector": "妇联"})
    b = records.create("member", {"name": "吴刚", "sector": "经济界"})
    team = teams.create_team("法律援助", member_ids=[a.id])
    assert [t.name for t in teams.teams()] == ["法律援助"] and teams.team_member_ids(team) == [a.id]
    teams.set_team_members(team, [b.id, a.id])
    assert teams.team_member_ids(team) == [b.id, a.id]
    assert teams.teams_of_member(a.id) == ["法律援助"]
    teams.rename_team(team, "法律援助专班")
    assert teams.teams_of_member(b.id) == ["法律援助专班"]
    with pytest.raises(ValidationError, match="已有同名"):
        teams.create_team("法律援助专班")
    teams.delete_team(team)
    assert teams.teams() == [] and teams.teams_of_member(a.id) == []
    with pytest.raises(ValidationError, match="回收站"):
        teams.create_team("法律援助专班")
    actions = [r.action for r in AuditLog.select().where(AuditLog.table == "work_team")]
    assert actions[0] == "create" and "delete" in actions and actions.count("update") >= 2


def test_unknown_member_and_non_admin_are_refused(db):
    team = teams.create_team("政策咨询")
    with pytest.raises(ValidationError, match="不存在"):
        teams.set_team_members(team, [9999])
    context.set_actor("clerk", "录入员")
    with pytest.raises(PermissionDenied):
        teams.create_team("普法宣传")
    with pytest.raises(PermissionDenied):
        teams.set_team_members(team, [])


def test_a_members_teams_set_from_the_member_side(db):
    a = records.create("member", {"name": "韩梅", "sector": "妇联"})
    b = records.create("member", {"name": "吴刚", "sector": "经济界"})
    law = teams.create_team("法律援助", member_ids=[b.id])
    policy = teams.create_team("政策咨询", member_ids=[a.id, b.id])
    teams.set_member_teams(a.id, [law.id])
    assert teams.team_member_ids(law) == [b.id, a.id]  # the others stay
    assert teams.team_member_ids(policy) == [b.id]
    assert teams.team_ids_of_member(a.id) == [law.id]


def test_save_member_with_teams_is_all_or_nothing(db):
    law = teams.create_team("法律援助")
    saved = teams.save_member(None, {"name": "韩梅", "sector": "妇联"}, [law.id])
    assert teams.teams_of_member(saved.id) == ["法律援助"]
    context.set_actor("clerk", "录入员")
    with pytest.raises(PermissionDenied):
        teams.save_member(saved, {"name": "韩梅梅", "sector": "妇联"}, [])
    assert Member.get_by_id(saved.id).name == "韩梅"  # the refused team change took the rename back
    teams.save_member(saved, {"name": "韩梅梅", "sector": "妇联"})  # a clerk edits the member, not the teams
    assert Member.get_by_id(saved.id).name == "韩梅梅" and teams.teams_of_member(saved.id) == ["法律援助"]
