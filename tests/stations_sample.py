"""A registered station's records written straight with peewee, as an exchange import would leave them."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from station_app.store import models as M
from station_app.store.models import Station

TOWN = "某某镇委员工作站"


def registered_station(name: str = TOWN) -> Station:
    return Station.create(name=name, own=False, public_key="k", fingerprint="AB12 CD34", last_seq=3,
                          registered_at=dt.datetime(2026, 1, 5, 9, 0), last_package_at=dt.datetime(2026, 3, 31, 16, 0))


def foreign_records(station: Station | None = None) -> SimpleNamespace:
    """One record of each kind (and their child rows) belonging to *station*."""
    st = station or registered_station()
    day = dt.date(2026, 3, 6)
    member = M.Member.create(station=st, name="赵镇委", sector="中共")
    other = M.Member.create(station=st, name="钱镇委", sector="民盟")
    rule = M.ReceptionRule.create(station=st, name="镇接待日", weekdays=[4])
    slot = M.DutySlot.create(station=st, date=day, half="上午", location="镇工作站", rule=rule)
    M.DutyMember.create(slot=slot, member=member)
    rday = M.ReceptionDay.create(station=st, date=day, location="镇工作站", duty_slot=slot)
    visit = M.Visit.create(station=st, reception_day=rday, visit_date=day, visitor_name="孙群众",
                           content="镇上的路灯坏了", handling="当场解答", category="城乡建设")
    M.VisitMember.create(visit=visit, member=member)
    dispute = M.Dispute.create(station=st, case_no="〔2026〕调字第001号", case_year=2026, case_seq=1, accepted_on=day,
                               summary="邻里排水纠纷")
    party = M.Party.create(dispute=dispute, name="李甲")
    session = M.MediationSession.create(dispute=dispute, date=day, process="第一次调解")
    topic = M.Topic.create(station=st, code="YT-2026-001", title="镇区停车难", proposed_on=day)
    M.TopicStep.create(topic=topic, step=1, date=day)
    activity = M.Activity.create(station=st, date=day, title="镇普法宣传", activity_type="普法宣传")
    opinion = M.Opinion.create(station=st, title="镇路灯", submitted_on=day, source_visit=visit)
    proposal = M.Proposal.create(station=st, number="提-001", number_year=2026, number_seq=1, title="镇区停车",
                                 submitted_on=day, filing="立案", filing_no="镇提001", main_dept="住建局",
                                 assigned_on=day)
    team = M.WorkTeam.create(station=st, name="法律援助")
    referral = M.Referral.create(station=st, source_kind="proposal", proposal=proposal, matter="镇区停车",
                                 department="住建局", assigned_on=day)
    deleted_visit = M.Visit.create(station=st, visit_date=day, visitor_name="周群众", content="已在镇上删除",
                                   deleted=True, deleted_at=dt.datetime(2026, 3, 7, 9, 0))
    return SimpleNamespace(station=st, member=member, other=other, rule=rule, slot=slot, day=rday, visit=visit,
                           dispute=dispute, party=party, session=session, topic=topic, activity=activity,
                           opinion=opinion, proposal=proposal, team=team, referral=referral,
                           deleted_visit=deleted_visit)
