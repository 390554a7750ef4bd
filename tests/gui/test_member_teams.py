"""委员 dialog: the member's work teams are ticked there (administrators) and kept when a clerk edits."""

from __future__ import annotations

from station_app.services import context, records, teams
from station_app.store.models import Member


def _dialog(qtbot, member):
    from station_app.ui.dialogs.simple_records import MemberDialog

    dialog = MemberDialog(None, member)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_admin_ticks_teams_in_the_member_dialog(app, db, qtbot):
    member = records.create("member", {"name": "韩梅", "sector": "妇联"})
    law = teams.create_team("法律援助")
    teams.create_team("政策咨询", member_ids=[member.id])
    dialog = _dialog(qtbot, member)
    assert [b.text() for b in dialog.teams.boxes.values()] == [t.name for t in teams.teams()]
    assert dialog.teams.team_ids() == teams.team_ids_of_member(member.id)
    assert not dialog.is_dirty()
    for team_id, box in dialog.teams.boxes.items():
        box.setChecked(team_id == law.id)
    assert dialog.is_dirty()  # closing now would ask first
    assert dialog.save()
    assert teams.teams_of_member(member.id) == ["法律援助"]


def test_clerk_sees_the_teams_but_cannot_change_them(app, db, qtbot):
    member = records.create("member", {"name": "韩梅", "sector": "妇联"})
    teams.create_team("法律援助", member_ids=[member.id])
    context.set_actor("clerk", "录入员")
    dialog = _dialog(qtbot, member)
    assert all(not box.isEnabled() for box in dialog.teams.boxes.values())
    assert [box.isChecked() for box in dialog.teams.boxes.values()] == [True]
    dialog.ui.expertise.setText("婚姻家庭法")
    assert dialog.save()
    assert Member.get_by_id(member.id).expertise == "婚姻家庭法"
    assert teams.teams_of_member(member.id) == ["法律援助"]
