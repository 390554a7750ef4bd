"""Two stations in one database: the own station's numbering, lists, reminders and roster stay its own, while
outputs name each record's values from its own station's lists and figures judge each member by their station."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader

from station_app.services import records
from station_app.store import models as M
from station_app.store.org import OWN_STATION_ID
from tests.stations_sample import foreign_records

D = dt.date
YEAR = (D(2026, 1, 1), D(2026, 12, 31))


@pytest.fixture
def town(db):
    M.Station.name_own(name="某某县政协委员联络委")
    t = foreign_records()
    st = t.station
    # the town words its letters its own way (A 类 means something else there)
    M.TopicGrade.create(station=st, code="A", name="已办好", meaning="镇上已经办好")
    M.ReplyClass.create(station=st, code="A", name="镇已落实", meaning="镇政府已落实")
    M.Topic.update(grade="A", concluded=True, undertaker="住建局").where(M.Topic.id == t.topic.id).execute()
    M.Proposal.update(reply_class="A", filing="立案").where(M.Proposal.id == t.proposal.id).execute()
    return t


def _own_topic_and_proposal():
    from station_app.services import proposals, topics

    topic = topics.create_topic({"title": "本级议题", "proposed_on": D(2026, 3, 2), "source": "群众反映"})
    records.update(topic, {"grade": "A"}, extra={"concluded": True})
    member = records.create("member", {"name": "县委员", "sector": "中共"})
    proposal = proposals.create_proposal({"title": "本级提案", "submitted_on": D(2026, 3, 3), "reason": "案由",
                                          "source": "其他", "suggestion": "建议", "submitted_to": "县政协"},
                                         [member.id])
    M.Proposal.update(filing="立案", filing_no="县提001", reply_class="A").where(M.Proposal.id == proposal.id).execute()
    return topic, M.Proposal.get_by_id(proposal.id)


def _cells(path) -> list[str]:
    wb = openpyxl.load_workbook(path, read_only=True)
    return [str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c]


def test_ledgers_name_grades_and_reply_classes_from_each_records_station(town, tmp_path):
    from station_app.outputs.ledgers import export_ledger

    _own_topic_and_proposal()
    cells = _cells(export_ledger("topics", tmp_path / "t.xlsx", start=YEAR[0], end=YEAR[1]))
    assert "A（可落实）" in cells and "A（已办好）" in cells
    cells = _cells(export_ledger("proposals", tmp_path / "p.xlsx", start=YEAR[0], end=YEAR[1]))
    assert "A（已解决）" in cells and "A（镇已落实）" in cells


def test_sheets_name_the_grade_and_reply_class_as_the_records_station_words_them(town, tmp_path):
    from station_app.outputs.sheets import render_sheet

    own_topic, own_proposal = _own_topic_and_proposal()

    def text(kind, rid):
        out = render_sheet(kind, [rid], tmp_path / f"{kind}{rid}.pdf", year=2026)
        return "".join(p.extract_text() for p in PdfReader(str(out)).pages).replace("\n", "")

    assert "A 类（已办好：镇上已经办好）" in text("topic", town.topic.id)
    assert not M.ItemNumber.select().where(M.ItemNumber.key == town.topic.uuid).exists()  # no 件号 of ours made up
    assert "A 类（可落实：可落实，交承办单位办理）" in text("topic", own_topic.id)
    theirs = text("proposal", town.proposal.id)
    assert "A 类（镇已落实）" in theirs
    assert theirs.startswith("某某镇委员工作站") and "某某县政协委员联络委" not in theirs  # the town's sheet
    assert "A 类（已解决）" in text("proposal", own_proposal.id)


def test_each_member_is_judged_by_their_own_stations_quotas_and_points(town):
    from station_app.services.performance import member_figures

    st = town.station
    M.PointRule.create(station=st, metric="people_contacted", label="联系群众", points=3.0)
    M.Quota.create(station=st, key="contacts_yearly", label="全年联系群众", metric="people_contacted",
                   period="year", target=1)
    own = records.create("member", {"name": "县委员", "sector": "中共"})
    for n in range(2):
        records.create("visit", {"visit_date": D(2026, 3, 2 + n), "visitor_name": f"群众{n}", "category": "其他",
                                 "content": "咨询", "handling": "当场解答"}, members=[own.id])
    figures = {f.name: f for f in member_figures(*YEAR, today=D(2027, 1, 5))}
    mine, theirs = figures["县委员"], figures["赵镇委"]
    assert mine.station_id == OWN_STATION_ID and theirs.station_id == st.id
    assert mine.people_contacted == 2 and theirs.people_contacted == 1
    assert mine.points == 2 * 0.5  # the own rule: 0.5 a person
    assert theirs.points == 3.0  # the town's rule: 3 a person, not the sum of both stations' rules
    assert [q.key for q in theirs.quotas] == ["contacts_yearly"] and theirs.quotas[0].met  # the town's target: 1
    assert {q.key for q in mine.quotas} == {q.key for q in M.Quota.alive().where(
        (M.Quota.station == OWN_STATION_ID) & (M.Quota.active == True))}
    assert any("全年联系群众" in r and "40" in r for r in mine.below_quota)
    only_own = member_figures(*YEAR, today=D(2027, 1, 5), station=OWN_STATION_ID)
    assert [f.name for f in only_own] == ["县委员"]


def test_roster_generation_uses_the_own_members_and_rules_only(town):
    from station_app.services import roster, settings

    own = [records.create("member", {"name": n, "sector": "中共"}) for n in ("县委员甲", "县委员乙")]
    settings.save_rule(None, {"name": "县接待日", "kind": "weekly", "half": "上午", "members_per_session": 2,
                              "location": "县联络委"}, weekdays=[0])
    plan = roster.plan(D(2026, 4, 6), D(2026, 4, 19))
    assert plan.slots and {s.location for s in plan.slots} == {"县联络委"}  # the town's Friday rule is not ours
    assert {m for s in plan.slots for m in s.member_ids} == {m.id for m in own}
    saved = roster.save_plan(plan)
    assert all(s.station_id == OWN_STATION_ID for s in saved)
    # the town's slot on 2026-03-06 does not block ours, and today's slot is ours
    from station_app.services import duty

    slot = duty.create_slot(D(2026, 3, 6), "上午", "镇工作站", [own[0].id])
    assert duty.slot_for(D(2026, 3, 6)).id == slot.id
    assert [s.id for s in duty.slots_between(D(2026, 3, 1), D(2026, 3, 31))] == [slot.id]


def test_reminders_are_the_own_stations_work(town):
    from station_app.services import dashboard, referrals

    M.Visit.update(status="待办").where(M.Visit.id == town.visit.id).execute()
    M.Dispute.update(accepted_on=D(2026, 1, 2)).where(M.Dispute.id == town.dispute.id).execute()  # long overdue
    M.Referral.update(due_on=D(2026, 3, 20)).where(M.Referral.id == town.referral.id).execute()
    groups = {g.key: g for g in dashboard.todo_groups(D(2026, 4, 1), with_quota=True)}
    assert "visits" not in groups and "disputes" not in groups and "topics" not in groups, groups
    assert "quota" not in groups  # the town's members are the town's to remind
    assert referrals.due_report(D(2026, 4, 1)) == []
    assert [g.department for g in referrals.due_report(D(2026, 4, 1), station_id=None)] == ["住建局"]
    own = records.create("visit", {"visit_date": D(2026, 3, 30), "visitor_name": "县群众", "category": "其他",
                                   "content": "咨询", "handling": "当场解答"})
    groups = {g.key: g for g in dashboard.todo_groups(D(2026, 4, 1), with_quota=False)}
    assert [e.id for e in groups["visits"].entries] == [own.id] and groups["visits"].total == 1


def test_lookup_renames_and_counts_leave_other_stations_values_alone(town):
    from station_app.services import settings

    own = records.create("visit", {"visit_date": D(2026, 3, 2), "visitor_name": "县群众", "category": "城乡建设",
                                   "content": "咨询", "handling": "当场解答"})
    row = next(r for r in settings.lookups("visit_category") if r.name == "城乡建设")
    assert settings.usage("visit_category", "城乡建设") == 1
    assert settings.usage_counts("visit_category")["城乡建设"] == 1
    assert settings.rename_lookup(row.id, "城乡建设管理") == 1
    assert M.Visit.get_by_id(own.id).category == "城乡建设管理"
    assert M.Visit.get_by_id(town.visit.id).category == "城乡建设"  # as the town recorded it


def test_letter_classes_are_the_own_lists(town):
    from station_app.services import reply_classes, topics

    assert [(g.code, g.name) for g in topics.grades()] == [("A", "可落实"), ("B", "报研究"), ("C", "做好解释")]
    topics.set_grade("A", "可办理", "")
    assert M.TopicGrade.get((M.TopicGrade.station == town.station) & (M.TopicGrade.code == "A")).name == "已办好"
    assert next(c.name for c in reply_classes.classes()) == "已解决"
    topics.remove_grade("B")  # no own topic uses B (the town's topics are not counted)
    assert [g.code for g in topics.grades()] == ["A", "C"]


def test_a_ledger_imported_at_the_county_makes_own_records_naming_own_members(town, tmp_path):
    from station_app.outputs.ledgers import import_ledger

    own = records.create("member", {"name": "县委员", "sector": "中共"})
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["日期", "姓名", "来访人数", "问题类别", "反映问题", "处理方式", "接待人"])
    # the same visitor, day and request as the town's visit: still a visit of ours, not a duplicate of theirs
    ws.append(["2026-03-06", "孙群众", 1, "城乡建设", "镇上的路灯坏了", "当场解答", "县委员"])
    ws.append(["2026-03-07", "李群众", 1, "其他", "咨询", "当场解答", "赵镇委"])  # the town's member: not ours
    wb.save(tmp_path / "v.xlsx")
    report = import_ledger("visits", tmp_path / "v.xlsx")
    assert not report.ok and "赵镇委" in report.text()  # named, nothing written
    ws.delete_rows(3)
    wb.save(tmp_path / "v.xlsx")
    report = import_ledger("visits", tmp_path / "v.xlsx")
    assert report.ok and report.imported == {"接待登记台账": 1}, report.text()
    made = M.Visit.get((M.Visit.visitor_name == "孙群众") & (M.Visit.station == OWN_STATION_ID))
    assert [link.member_id for link in M.VisitMember.select().where(M.VisitMember.visit == made)] == [own.id]


def test_a_registered_stations_member_file_ranks_them_among_their_station(town, tmp_path):
    from station_app.outputs.sheets import render_sheet

    records.create("member", {"name": "县委员", "sector": "中共"})
    out = render_sheet("member", [town.member.id], tmp_path / "m.pdf", year=2026)
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "某某镇委员工作站" in text and "赵镇委" in text
    assert not M.ItemNumber.select().where(M.ItemNumber.key == town.member.uuid).exists()
