"""The clerk's week without surprises: dates that have not happened yet, numbers out of range, no guessed
categories, and the dossier check when a case is closed."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import disputes, reception, records
from station_app.services.errors import ValidationError
from station_app.services.validation import fixed_today
from station_app.store.models import CaseCounter, Dispute, Visit

D = dt.date
TODAY = D(2026, 12, 3)
VISIT = {"visit_date": "2026-11-20", "mode": "电话", "visitor_name": "刘桂兰", "category": "社会保障",
         "content": "咨询城乡居民医保缴费。", "handling": "政策咨询"}
CASE = {"accepted_on": "2026-11-02", "source": "当事人申请", "dispute_type": "邻里", "summary": "两户排水沟纠纷。"}
APPLICANT = {"role": "申请人", "name": "王秀英"}


def problems(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        call()
    return err.value.by_field()


def test_a_visit_dated_next_year_is_refused_beside_its_date(db):
    with fixed_today(TODAY):
        found = problems(lambda: reception.add_visit(None, {**VISIT, "visit_date": "2027-06-01"}))
        assert found == {"visit_date": "不能晚于今天（2026-12-03），填写的是 2027-06-01"}
        assert Visit.select().count() == 0
        assert reception.add_visit(None, {**VISIT, "visit_date": "2026-12-03"}).visit_date == TODAY
        visit = reception.add_visit(None, VISIT)
        assert "followup_date" in problems(lambda: records.update(visit, {"followup_date": "2026-12-04"}))


def test_a_case_accepted_in_the_future_takes_no_number(db):
    with fixed_today(TODAY):
        found = problems(lambda: disputes.create_dispute({**CASE, "accepted_on": "2027-03-01"}))
        assert "不能晚于今天" in found["accepted_on"]
        assert Dispute.select().count() == 0
        assert not CaseCounter.select().where(CaseCounter.year == 2027).exists()
    with fixed_today(D(2027, 1, 4)):  # next year's real first case is still 001
        assert disputes.create_dispute({**CASE, "accepted_on": "2027-01-04"}).case_no == "〔2027〕调字第001号"


def test_sessions_followups_and_closing_cannot_be_dated_after_today(db):
    with fixed_today(TODAY):
        case = disputes.create_dispute(CASE, parties=[APPLICANT])
        assert "date" in problems(lambda: disputes.add_session(case, {"date": "2026-12-09", "process": "调解"}))
        assert "date" in problems(lambda: disputes.add_followup(case, {"date": "2026-12-09", "visitor": "张",
                                                                      "content": "回访"}))
        assert "closed_on" in problems(lambda: disputes.close_case(case, {"result": "调解不成功", "failure_reason": "x",
                                                                         "closed_on": "2026-12-31"}))
        # planned things may lie ahead
        records.update(case, {"fulfil_deadline": "2027-02-01"})
        assert Dispute.get_by_id(case.id).fulfil_deadline == D(2027, 2, 1)


def test_activity_and_reception_day_dates_cannot_be_in_the_future(db):
    with fixed_today(TODAY):
        assert "date" in problems(lambda: records.create("activity", {"date": "2026-12-10", "activity_type": "调研视察",
                                                                      "title": "调研"}))
        assert "date" in problems(lambda: records.create("reception_day", {"date": "2026-12-10"}))


def test_people_ages_and_amounts_out_of_range_are_refused_with_a_message(db):
    assert problems(lambda: reception.add_visit(None, {**VISIT, "people_count": 0})) == {
        "people_count": "不能小于 1，填写的是 0"}
    found = problems(lambda: disputes.create_dispute({**CASE, "amount": "-500", "people_count": 0}))
    assert found == {"amount": "金额不能为负数", "people_count": "不能小于 1，填写的是 0"}
    found = problems(lambda: disputes.create_dispute(CASE, parties=[{**APPLICANT, "age": 1_000_000}]))
    assert found == {"age": "不能大于 120，填写的是 1000000"}
    assert Dispute.select().count() == 0
    case = disputes.create_dispute(CASE, parties=[{**APPLICANT, "age": 67}])
    assert case.parties[0].age == 67


def test_no_category_is_guessed_by_the_service(db):
    bare = {k: v for k, v in VISIT.items() if k not in ("category", "handling")}
    assert problems(lambda: reception.add_visit(None, bare)) == {"category": "请选择", "handling": "请选择"}
    bare = {k: v for k, v in CASE.items() if k not in ("source", "dispute_type")}
    assert problems(lambda: disputes.create_dispute(bare)) == {"source": "请选择", "dispute_type": "请选择"}


def test_closing_lists_every_missing_paper_and_agreement_item_at_once(db):
    case = disputes.create_dispute(CASE, parties=[APPLICANT])
    with pytest.raises(ValidationError) as err:
        disputes.close_case(case, {"result": "调解成功", "agreement_form": "书面", "closed_on": "2026-11-20"})
    text = err.value.message
    for missing in ("协议内容", "履行方式", "履行期限", "当事人权利义务告知书", "当事人身份证明", "调解记录"):
        assert missing in text
    assert Dispute.get_by_id(case.id).result == ""
    # the edit path (update_dispute) runs the same check
    with pytest.raises(ValidationError, match="当事人身份证明"):
        disputes.update_dispute(case, {"result": "调解不成功", "failure_reason": "分歧", "closed_on": "2026-11-20"})
    for name in ("当事人权利义务告知书", "当事人身份证明"):
        disputes.set_paper(case, name)
    disputes.add_session(case, {"date": "2026-11-05", "process": "调解"})
    disputes.close_case(case, {"result": "调解成功", "agreement_form": "书面", "agreement_content": "疏通排水沟",
                               "fulfil_method": "一次性履行", "fulfil_deadline": "2026-12-20",
                               "closed_on": "2026-11-20"})
    case = Dispute.get_by_id(case.id)
    assert (case.result, case.fulfil_method) == ("调解成功", "一次性履行")
    assert disputes.missing_papers(case) == []


def test_a_case_closed_before_stays_correctable_without_its_papers(db):
    old = disputes.create_dispute({**CASE, "result": "调解不成功", "failure_reason": "分歧过大",
                                   "explanation": "双方分歧过大，已告知诉讼途径。",
                                   "closed_on": "2026-11-10"}, parties=[APPLICANT])  # imported, closed
    disputes.update_dispute(old, {"summary": "两户排水沟纠纷（更正）"})
    assert Dispute.get_by_id(old.id).summary == "两户排水沟纠纷（更正）"
    with pytest.raises(ValidationError, match="原因"):  # the closing rules on the result still hold
        disputes.update_dispute(old, {"failure_reason": ""})
