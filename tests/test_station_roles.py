"""Roles (工作站 / 汇总) and the read-only rule: a registered station's records are refused by every writing service."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import stations
from station_app.services.stations import ForeignRecord
from station_app.store import models as M
from station_app.store.org import OWN_STATION_ID
from tests.stations_sample import TOWN, foreign_records

DAY = dt.date(2026, 3, 6)


@pytest.fixture
def town(db):
    M.Station.name_own(name="某某县政协委员联络委")
    return foreign_records()


def _state(db) -> tuple:
    """Everything a refused write could have touched: the change counter, row counts, the audit log."""
    from station_app.store import sync

    counts = tuple(m.select().count() for m in M.ALL_MODELS if m is not M.AuditLog)
    return sync.current_seq(db), counts, M.AuditLog.select().count()


def _refused(db, call, *args, **kwargs) -> str:
    before = _state(db)
    with pytest.raises(ForeignRecord) as info:
        call(*args, **kwargs)
    assert _state(db) == before, "a refused write changed the database"
    return str(info.value)


# ---- roles ----
def test_the_role_defaults_to_station_and_is_stored_audited(db):
    assert stations.role() == "station" and stations.role_label() == "工作站"
    assert stations.set_role("county") == "county"
    assert stations.role() == "county" and stations.is_county() and stations.role_label() == "汇总"
    assert M.AuditLog.select().where(M.AuditLog.note == "工作站角色：汇总").count() == 1
    from station_app.services.errors import PermissionDenied, ValidationError

    with pytest.raises(ValidationError, match="station（工作站）或 county（汇总）"):
        stations.set_role("city")
    from station_app.services import context

    with context.acting_as("clerk", "录入员"), pytest.raises(PermissionDenied):
        stations.set_role("station")
    assert stations.role() == "county"


def test_registered_stations_are_listed_and_records_know_their_station(town):
    assert [s.name for s in stations.registered_stations()] == [TOWN]
    assert stations.own_station().id == OWN_STATION_ID
    assert not stations.is_own(town.visit) and not stations.is_own(town.party)  # a child row: its owner's
    assert stations.station_label(town.session) == TOWN
    came = stations.origin(town.dispute)
    assert came.name == TOWN and came.last_seq == 3 and came.last_package_at.date() == dt.date(2026, 3, 31)
    from station_app.services import records

    own = records.create("member", {"name": "本站委员", "sector": "中共"})
    assert stations.is_own(own) and stations.origin(own) is None
    assert stations.foreign_ids(M.Member, [own.id, town.member.id]) == {town.member.id}


# ---- the read-only rule, path by path ----
def test_records_refuse_update_delete_restore_and_child_rows(db, town):
    from station_app.services import records

    message = _refused(db, records.update, town.visit, {"content": "改一下"})
    assert message == f"该记录属于“{TOWN}”，由其上报包导入，只能在该工作站修改"
    _refused(db, records.soft_delete, town.visit)
    _refused(db, records.restore, town.deleted_visit)
    _refused(db, records.set_members, town.visit, [town.other.id])
    _refused(db, records.add_child, "party", "dispute", town.dispute, {"name": "王乙"})
    _refused(db, records.soft_delete, town.party)  # a child row of theirs
    town.topic.title = "改"
    _refused(db, records.save_raw, town.topic)
    _refused(db, records.create, "visit", {"visit_date": DAY, "visitor_name": "冒名", "category": "其他",
                                           "content": "x", "handling": "当场解答"}, extra={"station": town.station.id})


def test_own_records_may_not_link_to_another_stations_members_or_records(db, town):
    from station_app.services import records

    visit = {"visit_date": DAY, "visitor_name": "本站群众", "category": "其他", "content": "咨询",
             "handling": "当场解答"}
    message = _refused(db, records.create, "visit", visit, members=[town.member.id])
    assert message.startswith(f"不能关联“{TOWN}”的记录")
    _refused(db, records.create, "opinion", {"title": "借用", "submitted_on": DAY}, extra={"source_visit": town.visit})
    own = records.create("visit", visit)
    _refused(db, records.update, own, {}, extra={"reception_day": town.day.id})


def test_disputes_dossier_and_conversions_refuse(db, town):
    from station_app.services import conversions, disputes, dossier

    _refused(db, disputes.update_dispute, town.dispute, {"summary": "改"})
    _refused(db, disputes.add_party, town.dispute, {"name": "王乙"})
    _refused(db, disputes.add_session, town.dispute, {"date": DAY})
    _refused(db, disputes.add_followup, town.dispute, {"date": DAY})
    _refused(db, disputes.close_case, town.dispute, {"result": "调解成功", "closed_on": DAY})
    _refused(db, disputes.reopen_case, town.dispute)
    _refused(db, dossier.set_paper, town.dispute, "调解记录")
    _refused(db, dossier.archive, town.dispute)
    _refused(db, conversions.visit_to_dispute, town.visit)
    _refused(db, conversions.visit_to_topic, town.visit)
    _refused(db, conversions.visit_to_opinion, town.visit)
    _refused(db, conversions.visit_to_proposal, town.visit)
    _refused(db, conversions.topic_to_proposal, town.topic)
    _refused(db, conversions.merge_visits_into_topic, [town.visit], {"title": "并入"})
    _refused(db, conversions.add_visits_to_topic, town.topic, [town.visit])


def test_topics_proposals_and_referrals_refuse(db, town):
    from station_app.services import proposals, referrals, topics

    _refused(db, topics.update_topic, town.topic, {"title": "改"})
    _refused(db, topics.advance, town.topic, 2, DAY)
    _refused(db, topics.add_meeting, town.topic, {"date": DAY})
    _refused(db, topics.conclude, town.topic, "A", {})
    _refused(db, topics.link_visits, town.topic, [town.visit.id])
    _refused(db, proposals.update_proposal, town.proposal, {"title": "改"})
    _refused(db, proposals.link_source, town.proposal, town.visit)
    _refused(db, referrals.save_item, town.referral, {"reply": "已答复"})
    _refused(db, referrals.add_follow, town.referral, {"date": DAY, "method": "电话"})


def test_roster_duty_teams_members_and_reception_refuse(db, town):
    from station_app.services import duty, reception, settings, teams

    own_member = teams.save_member(None, {"name": "本站委员", "sector": "中共"})
    _refused(db, duty.swap, town.slot, town.member.id, town.other.id, "外出")
    _refused(db, duty.mark_attendance, town.slot, {town.member.id: True})
    _refused(db, duty.cancel_slot, town.slot)
    _refused(db, duty.create_slot, DAY, "下午", "本站", [town.member.id])  # another station's member on our duty
    _refused(db, reception.add_visit, town.day, {"visitor_name": "x", "content": "y", "category": "其他",
                                                  "handling": "当场解答"})
    _refused(db, reception.record_followup, town.visit, DAY, "已回访", "满意")
    _refused(db, reception.open_day, town.slot)
    _refused(db, teams.save_member, town.member, {"note": "改"})
    _refused(db, teams.rename_team, town.team, "改名")
    _refused(db, teams.delete_team, town.team)
    _refused(db, teams.set_team_members, town.team, [own_member.id])
    _refused(db, settings.save_rule, town.rule.id, {"name": "改"})
    _refused(db, settings.delete_rule, town.rule.id)
    assert town.team not in teams.teams() and town.rule not in settings.reception_rules()


def test_recycle_bin_and_undo_leave_registered_stations_alone(db, town):
    from station_app.services import recycle, undo

    assert [d.id for d in recycle.deleted(("visit",))] == []  # their deletion came in their package
    assert recycle.count() == 0
    _refused(db, recycle.restore, "visit", town.deleted_visit.id)
    _refused(db, recycle.purge, "visit", town.deleted_visit.id)
    # an audit entry of ours that names their record (as if written before it was theirs) is not undone
    from station_app.services import records

    records.audit("update", town.visit, {"content": "旧的"}, {"content": town.visit.content})
    _refused(db, undo.undo_last, "tester")


def test_attachments_refuse(db, town, tmp_path):
    from station_app.services import attachments

    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8photo")
    _refused(db, attachments.attach, town.activity, photo)


def test_an_import_may_write_them(db, town):
    from station_app.services import records

    with stations.importing():
        records.update(town.visit, {"content": "镇上更正后的内容"})
    assert M.Visit.get_by_id(town.visit.id).content == "镇上更正后的内容"
    with pytest.raises(ForeignRecord):
        records.update(town.visit, {"content": "导入之外仍只读"})


def test_ledger_import_creates_own_records(db, town):
    from station_app.services import bulk

    assert bulk is not None
    before = M.Visit.select().where(M.Visit.station != OWN_STATION_ID).count()
    from station_app.services import records

    made = records.create("visit", {"visit_date": DAY, "visitor_name": "本站", "category": "其他", "content": "x",
                                    "handling": "当场解答"})
    assert made.station_id == OWN_STATION_ID
    assert M.Visit.select().where(M.Visit.station != OWN_STATION_ID).count() == before
