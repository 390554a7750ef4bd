"""Demo data: deterministic for a seed, realistic in size and content, and valid by the app's own rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from station_app.services import demo, disputes, dossier, stats
from station_app.services.errors import ValidationError
from station_app.services.fields import KINDS
from station_app.services.normalize import normalize_credit_code, normalize_id_number
from station_app.services.search import search
from station_app.services.validation import validate
from station_app.store.db import close_database, open_database
from station_app.store.models import (
    Dispute,
    DossierPaper,
    DutySlot,
    MediationSession,
    Member,
    Party,
    ReceptionDay,
    Station,
    Swap,
    Topic,
    TopicStep,
    Visit,
    WorkTeam,
)

PAST_TODAY = dt.date(2026, 11, 23)


def _visit_fingerprint():
    return [(v.visit_date, v.visitor_name, v.content, v.handling) for v in Visit.select().order_by(Visit.id)]


def test_same_seed_same_data_other_seed_other_data(db, tmp_path):
    first = demo.generate(2025, seed=7, today=PAST_TODAY)
    fingerprint = _visit_fingerprint()
    cases = [d.case_no + d.summary for d in Dispute.select().order_by(Dispute.id)]
    for seed, same in ((7, True), (8, False)):
        close_database()
        open_database(tmp_path / f"other{seed}.db")
        again = demo.generate(2025, seed=seed, today=PAST_TODAY)
        assert (again == first) is same
        assert (_visit_fingerprint() == fingerprint) is same
        assert ([d.case_no + d.summary for d in Dispute.select().order_by(Dispute.id)] == cases) is same


def test_a_studio_year_looks_like_the_reports(db):
    f = demo.generate(2025, seed=1, today=PAST_TODAY)
    assert 45 <= f["members"] <= 50 and Member.select().count() == 50  # one member left during the year
    assert {m.role for m in Member.select()} == {"召集人", "副召集人", "联络员", "驻室委员"}
    assert WorkTeam.select().count() == 5 and Station.select().count() == 1
    assert 50 <= f["duty_slots"] <= 70 and f["reception_days"] >= 45 and f["swaps"] >= 3
    assert 200 <= f["visits"] <= 500 and f["people"] >= f["visits"]
    assert 25 <= f["disputes"] <= 100 and f["succeeded"] >= f["disputes"] * 0.6
    assert 20 <= f["activities"] <= 30 and f["opinions"] >= 10
    assert f["topic_steps"] == [1, 2, 3, 4, 5, 6]
    fridays = DutySlot.select().where(DutySlot.location.contains("接待室"))
    assert all(s.date.weekday() == 4 and s.half == "上午" for s in fridays)
    modes = {v.mode for v in Visit.select(Visit.mode)}
    assert {"接待日来访", "电话", "微信"} <= modes
    assert Visit.select().where(Visit.reception_day.is_null()).count() > 20
    assert stats.compute(dt.date(2025, 1, 1), dt.date(2025, 12, 31))["reception"]["visits"] == f["visits"]
    assert search("邻里")  # the demo is searchable at once
    for day in ReceptionDay.select():  # each day's 接待小结 agrees with its register
        visits = list(Visit.select().where(Visit.reception_day == day))
        if visits:
            assert f"登记诉求{len(visits)}件" in day.summary
            assert f"来访群众{sum(v.people_count for v in visits)}人次" in day.summary
        else:
            assert "无群众来访" in day.summary


def test_every_record_passes_validation_and_id_numbers_are_valid(db):
    demo.generate(2025, seed=2, today=PAST_TODAY)
    for key in ("member", "duty_slot", "reception_day", "visit", "dispute", "party", "mediation_session",
                "follow_up", "activity", "topic", "meeting", "opinion", "proposal", "referral", "referral_follow"):
        kind = KINDS[key]
        for row in kind.model.select():
            data = {f.name: getattr(row, f.name) for f in kind.fields}
            if key == "referral" and data["limit_days"] is None:  # the kind's default limit: no value to check
                del data["limit_days"]
            try:
                validate(kind, data)
            except ValidationError as exc:  # pragma: no cover - shows the bad record
                pytest.fail(f"{kind.label} {row.id}: {exc}")
    numbers = [p.id_number for p in Party.select() if p.id_number]
    numbers += [v.visitor_id_number for v in Visit.select() if v.visitor_id_number]
    assert len(numbers) > 50
    assert all(normalize_id_number(n) == n for n in numbers)
    for p in Party.select().where(Party.id_number != ""):
        assert (int(p.id_number[16]) % 2 == 1) == (p.gender == "男")


def test_cases_dossiers_and_topics_are_consistent(db):
    demo.generate(2025, seed=3, today=PAST_TODAY)
    closed = list(Dispute.select().where(Dispute.result != ""))
    incomplete = [d for d in closed if dossier.missing_papers(d)]
    assert closed and len(incomplete) <= len(closed) * 0.1  # a few copies still to collect, as in real life
    assert all(dossier.missing_papers(d) == ["当事人身份证明"] for d in incomplete)
    assert all(d.archive_status == "未归档" for d in incomplete)
    assert all(d.closed_on >= d.accepted_on for d in closed)
    assert Dispute.select().where(Dispute.source_visit.is_null(False)).count() > 0
    assert Dispute.select().where(Dispute.archive_status == "已归档").count() > 0
    seqs = [d.case_seq for d in Dispute.select().order_by(Dispute.accepted_on, Dispute.id)]
    assert seqs == sorted(seqs)
    for t in Topic.select():
        steps = list(TopicStep.select().where(TopicStep.topic == t).order_by(TopicStep.step))
        assert [s.step for s in steps] == list(range(1, t.step + 1))
        assert all(a.date <= b.date for a, b in itertools.pairwise(steps))
        assert not t.concluded or t.grade in ("A", "B", "C")
    from station_app.services import numbering
    assert numbering.next_number("dispute", 2025)[1] == max(seqs) + 1


def test_current_year_stops_at_today(db):
    today = dt.date(2026, 6, 30)
    demo.generate(2026, seed=1, today=today)
    assert max(v.visit_date for v in Visit.select()) <= today
    assert max(r.date for r in ReceptionDay.select()) <= today
    assert max(s.date for s in DutySlot.select()) > dt.date(2026, 12, 1)  # the roster covers the year
    assert all(s.state == "计划" for s in DutySlot.select().where(DutySlot.date > today))
    assert Dispute.select().where(Dispute.result == "").count() > 0  # cases in progress
    assert disputes.near_deadline(today, days=31) or disputes.overdue(today)
    assert Visit.select().where(Visit.status == "待办").count() > 0


def test_refuses_a_database_that_has_data(db):
    demo.generate(2025, seed=1, today=PAST_TODAY)
    with pytest.raises(ValidationError, match="空数据库"):
        demo.generate(2025, seed=1)


def test_county_scale_uses_the_same_generator_for_many_stations(db, monkeypatch):
    small = dataclasses.replace(demo.SCALES["county"], stations=3, visit_factor=1.0)
    monkeypatch.setitem(demo.SCALES, "county", small)
    steps = []
    f = demo.generate(2025, seed=1, scale="county", today=PAST_TODAY,
                      progress=lambda d, t, m: steps.append((d, t)))
    assert f["members"] >= 3 * 25 and f["visits"] >= 3 * 200
    assert len({s.location for s in DutySlot.select()}) == 6  # two places per station
    assert steps[-1] == (3 * len(demo.STAGES), 3 * len(demo.STAGES))
    assert Swap.select().count() > 0
    # a real multi-station database: the county's own station and one registered station per town, each
    # owning its records and numbering its cases from 001
    own, *towns = Station.select().order_by(Station.id)
    assert own.own and own.name == "景泰县政协委员联络委" and len(towns) == 3
    assert all(not t.own and t.name.endswith("镇委员工作站") and t.cppcc == "景泰县政协" and t.last_seq
               for t in towns)
    assert {d.station_id for d in Dispute.select()} == {t.id for t in towns}
    assert not Member.select().where(Member.station == own.id).exists()
    assert len({(d.station_id, d.case_no) for d in Dispute.select()}) == f["disputes"]
    firsts = Dispute.select().where(Dispute.case_no == "〔2025〕调字第001号")
    assert sorted(d.station_id for d in firsts) == [t.id for t in towns]


def test_proposals_and_the_referral_list_look_real(db):
    from station_app.services import referral_figures as RF
    from station_app.store.models import Proposal, ProposalMember, Referral, ReferralFollow

    demo.generate(2026, seed=1, today=dt.date(2026, 12, 3))
    year = [p for p in Proposal.select() if p.submitted_on.year == 2026]
    assert len(year) >= 15 and all(p.title.startswith("关于") and p.title.endswith("的建议") for p in year)
    authors = {p.id: [m.position for m in ProposalMember.select().where(ProposalMember.proposal == p)] for p in year}
    assert all(sorted(a) == list(range(len(a))) for a in authors.values())  # one 领衔, then 联名
    assert any(len(a) == 1 for a in authors.values()) and any(len(a) > 2 for a in authors.values())
    filed = [p for p in year if p.filing == "立案"]
    assert filed and all(p.main_dept and p.assigned_on for p in filed)
    every_filed = [p.filing_no for p in Proposal.select() if p.filing == "立案"]
    assert all(every_filed) and len(set(every_filed)) == len(every_filed)  # as the service demands of a clerk
    assert {p.reply_class for p in year if p.replied_on} == {"A", "B", "C"}
    items = list(Referral.select())
    assert {r.source_kind for r in items} == {"visit", "topic", "proposal", "opinion"}
    today = dt.date(2026, 12, 3)
    verdicts = [RF.timeliness(r.due_on, r.replied_on, today) for r in items]
    assert verdicts.count(RF.OVERDUE) >= 3 and verdicts.count(RF.LATE) >= 3 and verdicts.count(RF.ON_TIME) >= 20
    carried = [r for r in items if r.assigned_on.year == 2025 and r.replied_on is None]
    assert carried and all(r.assigned_on.month == 12 for r in carried)  # 跨年: handed on last December, open
    assert ReferralFollow.select().count() >= 20
    assert all(r.state == RF.state_of(r.assigned_on, r.replied_on, r.fed_back_on) for r in items)
    assert all(r.asker_public and r.asker not in r.asker_public for r in items)


def test_an_inspector_accepts_the_demo_dossiers(db):
    demo.generate(2025, seed=4, today=PAST_TODAY)
    everything = list(Dispute.select())
    cases = [d for d in everything if d.result]
    # every case older than 40 days at the year's end states how it ended; the rest are still being mediated
    assert all(d.closed_on for d in cases) and len(cases) >= len(everything) * 0.9
    assert all(d.accepted_on >= dt.date(2025, 11, 21) for d in everything if not d.result)
    assert Station.get().mediation_org.endswith("人民调解委员会")
    problems = dossier.archive_problems_by_case([d.id for d in cases], today=PAST_TODAY)
    archived = [d for d in cases if d.archive_status == "已归档"]
    assert len(archived) >= len(cases) * 0.5  # cases closed in the last two months are still being filed
    for d in archived:  # every archived case passes every rule and names who filed and checked it
        assert problems[d.id] == [], d.case_no
        assert d.filed_by and d.checked_by and d.accepted_on <= d.closed_on <= d.filed_on <= PAST_TODAY
    assert any(problems[d.id] for d in cases if d.archive_status == "未归档")  # a few left out, for a reason
    for d in cases:
        sessions = list(d.sessions.order_by(MediationSession.date))
        assert sessions and all(s.mediators and s.recorder for s in sessions)
        assert len({s.date for s in sessions}) == len(sessions)
        assert all("继续" in s.result or "再" in s.result or "补充" in s.result or "考虑" in s.result
                   for s in sessions[:-1])  # earlier sessions: the talks go on
        last = sessions[-1].result
        if d.result == "调解成功":
            assert d.agreement_no and d.agreement_no in last and d.agreement_date == sessions[-1].date
            assert d.agreement_content and d.recorder
            if d.agreement_form == "书面":
                assert d.fulfil_method and d.fulfil_place and d.fulfil_deadline >= d.agreement_date
            else:
                assert d.agreement_content in last  # the oral agreement is in the record
        else:
            assert d.failure_reason and d.failure_reason in last and d.explanation
    forms = {d.fulfil_method for d in cases if d.agreement_form == "书面"}
    assert {"银行转账", "当场履行", "分期支付"} <= forms
    people = list(Party.select().where(Party.is_org == False))
    assert all(p.occupation for p in people)
    orgs = list(Party.select().where(Party.is_org == True))
    assert orgs and all(p.legal_rep and normalize_credit_code(p.credit_code) == p.credit_code for p in orgs)
    ids = {p.dispute_id: p.pages for p in DossierPaper.select().where(DossierPaper.name == "当事人身份证明")}
    assert all(pages >= 2 for pages in ids.values())
    assert all(p.pages >= 1 for p in DossierPaper.select())


def test_case_texts_fit_the_case(db):
    """An inspector reads these side by side: an on-the-spot agreement is fulfilled at its follow-up, and the
    delay or failure reason fits the dispute's type (no 伤情鉴定 in a 宅基地 case)."""
    from station_app.services import demo_text
    from station_app.store.models import FollowUp

    demo.generate(2025, seed=1, today=PAST_TODAY)
    on_the_spot = Dispute.select().where(Dispute.fulfil_method == "当场履行")
    assert on_the_spot.count()
    for case in on_the_spot:
        assert case.fulfilment in ("已履行", None, ""), case.case_no
        assert all(f.fulfilment == "已履行" for f in FollowUp.select().where(FollowUp.dispute == case))
    for case in Dispute.select():
        for reason, types in demo_text.ONLY_FOR.items():
            if reason in (case.explanation or "") + (case.failure_reason or ""):
                assert case.dispute_type in types, (case.case_no, reason)
