"""工作专班: create, rename and remove teams, and set who is in each (audited; administrators only)."""

from __future__ import annotations

from collections.abc import Iterable

from station_app.services import context, records, stations
from station_app.services.changes import operation
from station_app.services.errors import FieldProblem, ValidationError
from station_app.store.base import database_proxy
from station_app.store.models import Member, TeamMember, WorkTeam
from station_app.store.org import OWN_STATION_ID


def teams() -> list[WorkTeam]:
    return list(WorkTeam.alive().where(WorkTeam.station == OWN_STATION_ID).order_by(WorkTeam.name))


def _check_name_free(name: str, team_id: int | None = None) -> None:
    clash = WorkTeam.select().where((WorkTeam.station == OWN_STATION_ID) & (WorkTeam.name == name.strip())
                                   & (WorkTeam.id != (team_id or 0))).first()
    if clash is not None:
        where = "（在回收站中，可先恢复）" if clash.deleted else ""
        raise ValidationError(FieldProblem("name", "专班名称", f"已有同名的工作专班“{clash.name}”{where}"))


def create_team(name: str, note: str = "", member_ids: Iterable[int] = ()) -> WorkTeam:
    context.require_admin()
    _check_name_free(name or "")
    return records.create("work_team", {"name": name, "note": note}, members=list(member_ids))


def rename_team(team: WorkTeam, name: str) -> WorkTeam:
    stations.require_own(team, {})
    context.require_admin()
    _check_name_free(name or "", team.id)
    return records.update(team, {"name": name})


def delete_team(team: WorkTeam) -> None:
    """To the recycle bin; memberships stay, so restoring the team restores them."""
    stations.require_own(team, {})
    context.require_admin()
    records.soft_delete(team)


def team_member_ids(team: WorkTeam) -> list[int]:
    return records.member_ids(team)


def set_team_members(team: WorkTeam, member_ids: Iterable[int]) -> None:
    stations.require_own(team, {})
    context.require_admin()
    ids = list(dict.fromkeys(int(i) for i in member_ids))
    known = {m.id for m in Member.select(Member.id).where(Member.id.in_(ids))} if ids else set()
    if set(ids) - known:
        raise ValidationError(FieldProblem("members", "成员", "包含不存在的委员"))
    records.set_members(team, ids)


def teams_of_member(member_id: int) -> list[str]:
    q = (WorkTeam.alive(WorkTeam.name).join(TeamMember, on=(TeamMember.team == WorkTeam.id))
         .where(TeamMember.member == member_id).order_by(WorkTeam.name))
    return [t.name for t in q]


def team_ids_of_member(member_id: int) -> list[int]:
    q = (WorkTeam.alive(WorkTeam.id).join(TeamMember, on=(TeamMember.team == WorkTeam.id))
         .where(TeamMember.member == member_id).order_by(WorkTeam.name))
    return [t.id for t in q]


def set_member_teams(member_id: int, team_ids: Iterable[int]) -> None:
    """Put one member in exactly *team_ids*; each team whose membership changes is audited."""
    context.require_admin()
    stations.require_own_members([member_id])
    wanted = {int(t) for t in team_ids}
    for team in teams():
        ids = team_member_ids(team)
        if (team.id in wanted) != (member_id in ids):
            set_team_members(team, [i for i in ids if i != member_id] + ([member_id] if team.id in wanted else []))


def save_member(member: Member | None, values: dict, team_ids: Iterable[int] | None = None) -> Member:
    """Create or update a member and, when *team_ids* is given (administrators), their work teams —
    in one transaction, so a refused team change leaves the member unsaved too."""
    if member is not None:
        stations.require_own(member, {})
    with operation(), database_proxy.atomic():
        saved = records.create("member", values) if member is None else records.update(member, values)
        if team_ids is not None:
            set_member_teams(saved.id, team_ids)
    return saved

