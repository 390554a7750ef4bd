"""Mediated disputes: numbering, closing rules, the one-month rule, follow-ups and the dossier."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_app.services import context, dispute_deadlines, disputes, records
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.store.models import AuditLog, Dispute, DossierPaper

D = dt.date
APPLICANT = {"role": "申请人", "name": "王秀英", "gender": "女", "phone": "13812345678"}
RESPONDENT = {"role": "被申请人", "name": "李建国", "gender": "男"}


def new_case(accepted="2026-03-05", **extra):
    data = {"accepted_on": accepted, "source": "当事人申请", "dispute_type": "邻里",
            "summary": "两户因排水沟堵塞发生争执。"}
    data.update(extra)
    return disputes.create_dispute(data, parties=[APPLICANT, RESPONDENT])


PAPERS = ("当事人权利义务告知书", "当事人身份证明")  # the required papers the clerk ticks as received


def papers_in(case, session_on="2026-03-06"):
    """What closing needs in the dossier besides the result: the ticked papers and a 调解记录."""
    for name in PAPERS:
        disputes.set_paper(case, name)
    if not case.sessions.count():
        disputes.add_session(case, {"date": session_on, "process": "双方到场，调解员释法说理。"})
    return case


def close_ok(case, closed="2026-03-20", papers=True, **extra):
    data = {"result": "调解成功", "agreement_form": "书面", "agreement_content": "李建国三日内疏通排水沟。",
            "fulfil_method": "当场履行", "fulfil_deadline": closed, "closed_on": closed}
    data.update(extra)
    if papers and context.current().can_edit:
        papers_in(case, session_on=case.accepted_on)
    return disputes.close_case(case, data)


def test_case_numbers_per_year_and_never_reused(db):
    a, b, c = new_case(), new_case("2026-04-01"), new_case("2026-05-01")
    assert [a.case_no, b.case_no, c.case_no] == ["〔2026〕调字第001号", "〔2026〕调字第002号", "〔2026〕调字第003号"]
    records.soft_delete(c)
    c.delete_instance()  # even purged from the recycle bin, its number stays used
    assert new_case("2026-06-01").case_no == "〔2026〕调字第004号"
    assert new_case("2025-12-30").case_no == "〔2025〕调字第001号"


def test_hand_entered_number_is_parsed_and_later_numbers_follow(db):
    case = new_case(case_no="（2026）调字第12号")
    assert (case.case_no, case.case_year, case.case_seq) == ("〔2026〕调字第012号", 2026, 12)
    assert new_case().case_no == "〔2026〕调字第013号"
    with pytest.raises(ValidationError, match="已被使用"):
        new_case(case_no="〔2026〕调字第013号")


def test_invalid_case_is_not_saved_and_burns_no_number(db):
    with pytest.raises(ValidationError) as err:
        disputes.create_dispute({"accepted_on": "2026-03-05", "source": "当事人申请", "dispute_type": "邻里",
                                 "summary": ""})
    assert "简要情况" in str(err.value)
    with pytest.raises(ValidationError, match="第2位当事人"):
        disputes.create_dispute({"accepted_on": "2026-03-05", "source": "当事人申请", "dispute_type": "邻里",
                                 "summary": "x"},
                                parties=[APPLICANT, {"role": "被申请人", "name": "赵", "phone": "12345"}])
    assert Dispute.select().count() == 0
    assert new_case().case_no == "〔2026〕调字第001号"


def test_mediators_and_parties_are_linked(db):
    member = records.create("member", {"name": "张律师", "sector": "社会福利和社会保障界"})
    case = disputes.create_dispute({"accepted_on": "2026-03-05", "source": "当事人申请", "dispute_type": "合同",
                                    "summary": "欠款"}, mediator_ids=[member.id], parties=[APPLICANT])
    assert records.member_ids(case) == [member.id]
    assert [p.name for p in case.parties] == ["王秀英"]
    assert AuditLog.select().where((AuditLog.table == "dispute") & (AuditLog.action == "create")).count() == 1


def test_closing_rules(db):
    case = new_case()
    with pytest.raises(ValidationError) as err:
        disputes.close_case(case, {"closed_on": "2026-03-20"})
    assert "调解结果" in str(err.value)
    with pytest.raises(ValidationError, match="协议内容"):
        disputes.close_case(case, {"result": "调解成功", "agreement_form": "书面", "closed_on": "2026-03-20"})
    with pytest.raises(ValidationError, match="协议形式"):
        disputes.close_case(case, {"result": "调解成功", "closed_on": "2026-03-20"})
    with pytest.raises(ValidationError, match="原因"):
        disputes.close_case(case, {"result": "调解不成功", "closed_on": "2026-03-20"})
    with pytest.raises(ValidationError, match="结案日期"):
        close_ok(case, closed="2026-03-01")
    assert Dispute.get_by_id(case.id).result == ""
    close_ok(case)
    case = Dispute.get_by_id(case.id)
    assert (case.result, case.closed_on) == ("调解成功", D(2026, 3, 20))
    oral = papers_in(new_case())
    with pytest.raises(ValidationError, match="协议内容"):  # an oral agreement is written down in the record
        disputes.close_case(oral, {"result": "调解成功", "agreement_form": "口头", "closed_on": "2026-03-06"})
    disputes.close_case(oral, {"result": "调解成功", "agreement_form": "口头", "agreement_content": "当场道歉",
                               "closed_on": "2026-03-06"})
    failed = papers_in(new_case())
    disputes.close_case(failed, {"result": "转诉讼", "failure_reason": "被申请人拒绝调解", "closed_on": "2026-03-09",
                                 "explanation": "被申请人拒绝调解，已告知申请人向人民法院起诉。"})


def test_closing_needs_an_applicant(db):
    case = disputes.create_dispute({"accepted_on": "2026-03-05", "source": "当事人申请", "dispute_type": "邻里",
                                    "summary": "x"}, parties=[RESPONDENT])
    with pytest.raises(ValidationError, match="申请人"):
        close_ok(case)
    disputes.add_party(case, APPLICANT)
    close_ok(case)


def test_sessions_and_followups_cannot_predate_acceptance(db):
    case = new_case()
    with pytest.raises(ValidationError, match="不能早于受理日期"):
        disputes.add_session(case, {"date": "2026-03-01", "process": "双方到场"})
    disputes.add_session(case, {"date": "2026-03-06", "process": "双方到场陈述", "participants": "王秀英、李建国"})
    close_ok(case)
    disputes.add_followup(case, {"date": "2026-04-02", "visitor": "张律师", "content": "已疏通",
                                 "fulfilment": "已履行"})
    assert Dispute.get_by_id(case.id).fulfilment == "已履行"


def test_one_month_deadline(db):
    early = new_case("2026-01-31")  # deadline clamps to the end of February
    mid = new_case("2026-02-10")
    later = new_case("2026-02-25")
    done = new_case("2026-01-20")
    close_ok(done, closed="2026-02-01")
    assert disputes.deadline(early) == D(2026, 2, 28)
    today = D(2026, 3, 5)
    assert [d.case_no for d in disputes.overdue(today)] == [early.case_no]
    near = disputes.near_deadline(today, days=7)
    assert [d.case_no for d in near] == [mid.case_no]
    assert near[0].days_left == 5 and near[0].deadline_on == D(2026, 3, 10)
    assert [d.id for d in disputes.near_deadline(today, days=30)] == [mid.id, later.id]
    records.soft_delete(early)
    assert disputes.overdue(today) == []


def test_followups_due(db):
    with_deadline = new_case()
    close_ok(with_deadline, fulfil_deadline="2026-04-10")
    no_deadline = papers_in(new_case())  # an oral agreement has no 履行期限
    disputes.close_case(no_deadline, {"result": "调解成功", "agreement_form": "口头", "agreement_content": "当场和解",
                                      "closed_on": "2026-03-20"})  # due 15 days later: 2026-04-04
    failed = papers_in(new_case())
    disputes.close_case(failed, {"result": "调解不成功", "failure_reason": "分歧过大", "closed_on": "2026-03-10",
                                 "explanation": "双方分歧过大，终结调解。"})
    assert disputes.followups_due(D(2026, 4, 4)) == []
    due = disputes.followups_due(D(2026, 4, 11))
    assert [d.id for d in due] == [no_deadline.id, with_deadline.id]
    assert due[0].due_on == D(2026, 4, 4) and due[0].days_late == 7
    disputes.add_followup(no_deadline, {"date": "2026-04-12", "visitor": "张律师", "content": "已履行"})
    assert [d.id for d in disputes.followups_due(D(2026, 4, 12))] == [with_deadline.id]


def test_dossier_lists_every_item_with_its_origin(db):
    case = new_case()
    entries = disputes.dossier(case)
    assert [e.name for e in entries][:3] == ["申请书或受理登记表", "当事人权利义务告知书", "当事人身份证明"]
    assert [e.seq for e in entries] == list(range(1, 14))
    by_name = {e.name: e for e in entries}
    assert by_name["申请书或受理登记表"].present and by_name["申请书或受理登记表"].origin == "record"
    assert by_name["封底"].present
    assert not by_name["当事人身份证明"].present and by_name["当事人身份证明"].origin == "paper"
    assert not by_name["调解协议书"].required  # not (yet) a success with a written agreement
    disputes.add_session(case, {"date": "2026-03-06", "process": "调解"})
    close_ok(case)
    by_name = {e.name: e for e in disputes.dossier(case)}
    assert by_name["调解记录"].present and "1次" in by_name["调解记录"].source
    assert by_name["调解协议书"].required and by_name["调解协议书"].present
    disputes.set_paper(case, "当事人身份证明", pages=2)
    entry = {e.name: e for e in disputes.dossier(case)}["当事人身份证明"]
    assert entry.present and entry.pages == 2 and "2页" in entry.source


def test_archive_refuses_listing_missing_papers_then_archives(db):
    case = new_case()
    with pytest.raises(ValidationError) as err:
        disputes.archive(case)
    text = str(err.value)
    assert "尚未结案" in text and "当事人权利义务告知书" in text and "调解记录" in text
    disputes.add_session(case, {"date": "2026-03-06", "process": "调解"})
    disputes.set_paper(case, "当事人身份证明")
    with pytest.raises(ValidationError) as err:  # closing runs the same dossier check
        close_ok(case, papers=False)
    assert disputes.missing_papers(case) == ["当事人权利义务告知书"]
    assert "当事人权利义务告知书" in str(err.value) and "当事人身份证明" not in str(err.value)
    assert Dispute.get_by_id(case.id).archive_status == "未归档"
    disputes.set_paper(case, "当事人权利义务告知书")
    close_ok(case, papers=False)  # every required paper now there: it closes
    disputes.add_followup(case, {"date": "2026-03-25", "visitor": "张律师", "content": "已疏通",
                                 "fulfilment": "已履行"})
    from station_app.services import accounts

    accounts.create_user("liu", "secret-pass-1", "录入员", "刘晓梅")
    with context.acting_as("liu", "录入员"):
        disputes.archive(case, today=D(2026, 4, 2))
    case = Dispute.get_by_id(case.id)
    assert case.archive_status == "已归档" and case.file_no == "（2026）人调字第001号"
    assert (case.filed_on, case.filed_by) == (D(2026, 4, 2), "刘晓梅")  # 立卷日期 and 立卷人
    with pytest.raises(ValidationError, match="已归档"):
        disputes.add_session(case, {"date": "2026-03-30", "process": "补充"})
    with pytest.raises(ValidationError, match="已归档"):
        disputes.set_paper(case, "证据材料")
    disputes.unarchive(case)
    assert Dispute.get_by_id(case.id).archive_status == "未归档"


def test_unticking_a_paper_makes_it_missing_again(db):
    case = new_case()
    disputes.set_paper(case, "当事人身份证明")
    disputes.set_paper(case, "当事人身份证明", received=False)
    assert "当事人身份证明" in disputes.missing_papers(case)
    assert DossierPaper.select().count() == 1
    with pytest.raises(ValidationError, match="不是人民调解卷宗的文书"):
        disputes.set_paper(case, "身份证")


def test_read_only_account_cannot_change_cases(db):
    case = new_case()
    with context.acting_as("inspector", "只读检查"):
        with pytest.raises(PermissionDenied):
            new_case()
        with pytest.raises(PermissionDenied):
            close_ok(case)
        with pytest.raises(PermissionDenied):
            disputes.set_paper(case, "当事人身份证明")
        assert disputes.missing_papers(case)  # reading is allowed


def test_editing_a_case_keeps_numbering_and_closing_rules(db):
    member = records.create("member", {"name": "张律师", "sector": "社会福利和社会保障界"})
    case = new_case()
    disputes.update_dispute(case, {"summary": "两户排水沟纠纷（补充）", "case_no": ""}, mediator_ids=[member.id])
    case = Dispute.get_by_id(case.id)
    assert case.case_no == "〔2026〕调字第001号" and records.member_ids(case) == [member.id]
    disputes.update_dispute(case, {"case_no": "〔2026〕调字第20号"})
    assert Dispute.get_by_id(case.id).case_no == "〔2026〕调字第020号"
    assert new_case().case_no == "〔2026〕调字第021号"
    close_ok(case)
    with pytest.raises(ValidationError, match="原因"):
        disputes.update_dispute(case, {"result": "调解不成功"})
    with pytest.raises(ValidationError, match="协议内容"):
        disputes.update_dispute(case, {"agreement_content": ""})
    with pytest.raises(ValidationError, match="履行期限"):
        disputes.update_dispute(case, {"fulfil_deadline": None})
    disputes.update_dispute(case, {"result": "调解不成功", "failure_reason": "一方反悔", "explanation": "一方反悔。"})
    disputes.reopen_case(case)
    assert Dispute.get_by_id(case.id).result == "" and case.closed_on is None
    assert [d.id for d in disputes.overdue(D(2026, 6, 1))] == [case.id, Dispute.get(Dispute.case_seq == 21).id]


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)))
def test_accepted_until_is_the_exact_threshold(day):
    a = dispute_deadlines.accepted_until(day)
    assert a + disputes.DEADLINE <= day < a + dt.timedelta(days=1) + disputes.DEADLINE


def test_sql_deadline_queries_match_the_rule_day_by_day(db):
    cases = [new_case(D(2026, 1, 1) + dt.timedelta(days=i)) for i in range(0, 75, 2)]
    for today in (D(2026, 2, 27), D(2026, 2, 28), D(2026, 3, 1), D(2026, 3, 3), D(2026, 3, 31)):
        dl = {c.id: disputes.deadline(c) for c in cases}
        assert [d.id for d in disputes.overdue(today)] == [c.id for c in cases if dl[c.id] < today]
        near = [c.id for c in cases if today <= dl[c.id] <= today + dt.timedelta(days=7)]
        assert [d.id for d in disputes.near_deadline(today)] == near
        counts = disputes.due_counts(today)
        assert counts["near_deadline"] == len(near) and counts["overdue"] == len(disputes.overdue(today))
    assert len(disputes.overdue(D(2026, 3, 31), limit=3)) == 3


def test_missing_papers_in_bulk_agree_with_each_dossier(db):
    plain = new_case()
    done = new_case()
    disputes.add_session(done, {"date": "2026-03-06", "process": "调解"})
    disputes.set_paper(done, "当事人身份证明")
    records.update(done, {"result": "调解成功", "agreement_form": "书面", "agreement_content": "疏通"})
    oral = new_case()
    disputes.set_paper(oral, "当事人身份证明")  # open, one paper in, agreement not needed once it is oral
    records.update(oral, {"result": "调解成功", "agreement_form": "口头"})
    ready = new_case()
    disputes.add_session(ready, {"date": "2026-03-06", "process": "调解"})
    close_ok(ready)
    disputes.set_paper(plain, "调解协议书")  # a paper ticked by hand counts too
    bulk = disputes.missing_by_case([plain.id, done.id, oral.id, ready.id])
    assert bulk == {d.id: disputes.missing_papers(d) for d in (plain, done, oral, ready)}
    assert bulk[ready.id] == [] and "调解协议书" not in bulk[oral.id]
