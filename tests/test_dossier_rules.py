"""The inspection-grade dossier: written agreements, 情况说明, page counts, credit codes and the archiving rules."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import archive_rules, context, disputes, dossier, records
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.services.normalize import ParseError, credit_check_char, normalize_credit_code
from station_app.store.models import AuditLog, Dispute, DossierPaper, Party

D = dt.date
APPLICANT = {"role": "申请人", "name": "王秀英", "gender": "女", "occupation": "农民"}
COMPANY = {"role": "被申请人", "name": "三塬镇宏达建筑有限公司", "is_org": True, "legal_rep": "李建国",
           "credit_code": "91350100M000100Y43"}
WRITTEN = {"result": "调解成功", "agreement_form": "书面", "agreement_content": "宏达公司支付工资8000元。",
           "fulfil_method": "银行转账", "fulfil_place": "申请人指定银行账户", "fulfil_deadline": "2026-03-31",
           "closed_on": "2026-03-20"}


def new_case(accepted="2026-03-05"):
    return disputes.create_dispute({"accepted_on": accepted, "dispute_type": "劳动争议", "source": "当事人申请",
                                    "summary": "拖欠工资。"},
                                   parties=[APPLICANT, COMPANY])


def complete_papers(case):
    for name in ("当事人权利义务告知书", "当事人身份证明"):
        disputes.set_paper(case, name, pages=2)


def ready_to_close(case, session_on="2026-03-06"):
    """Closing checks the dossier too: the papers, and a 调解记录."""
    complete_papers(case)
    if not case.sessions.count():
        disputes.add_session(case, {"date": session_on, "process": "调解员释法说理。"})
    return case


# ---- 统一社会信用代码 ----
def test_credit_code_check_character():
    assert normalize_credit_code(" 91350100m000100y43 ") == "91350100M000100Y43"
    assert credit_check_char("91350100M000100Y4") == "3"
    for bad, why in (("91350100M000100Y44", "校验位"), ("91350100M000100Y4", "18位"),
                     ("91350100M0001O0Y43", "不能含有")):
        with pytest.raises(ParseError, match=why):
            normalize_credit_code(bad)


def test_party_with_a_wrong_credit_code_is_refused_naming_the_field(db):
    with pytest.raises(ValidationError) as err:
        disputes.create_dispute({"accepted_on": "2026-03-05", "dispute_type": "合同", "source": "当事人申请",
                                 "summary": "欠款"},
                                parties=[APPLICANT, {**COMPANY, "credit_code": "91350100M000100Y40"}])
    assert "统一社会信用代码" in str(err.value) and "校验位" in str(err.value)
    assert Dispute.select().count() == 0 and Party.select().count() == 0
    case = new_case()
    company = case.parties.where(Party.is_org == True).get()
    assert (company.legal_rep, company.credit_code) == ("李建国", "91350100M000100Y43")
    assert case.parties.where(Party.is_org == False).get().occupation == "农民"


# ---- closing ----
@pytest.mark.parametrize("left_out,label", [("fulfil_method", "履行方式"), ("fulfil_deadline", "履行期限")])
def test_written_agreement_needs_method_and_deadline(db, left_out, label):
    case = new_case()
    with pytest.raises(ValidationError) as err:
        disputes.close_case(case, {**WRITTEN, left_out: ""})
    assert left_out in err.value.by_field() and label in str(err.value)
    assert Dispute.get_by_id(case.id).result == ""
    with pytest.raises(ValidationError):
        disputes.update_dispute(case, {**WRITTEN, left_out: ""})
    assert Dispute.get_by_id(case.id).closed_on is None


def test_agreement_number_and_date_are_assigned_and_editable(db):
    case = new_case()
    disputes.add_session(case, {"date": "2026-03-12", "process": "达成协议", "mediators": "张律师",
                                "recorder": "刘晓梅"})
    disputes.close_case(ready_to_close(case), WRITTEN)
    case = Dispute.get_by_id(case.id)
    assert case.agreement_no == "〔2026〕调协字第001号" and case.agreement_date == D(2026, 3, 12)
    disputes.update_dispute(case, {"agreement_no": "三调协〔2026〕1号"})
    assert Dispute.get_by_id(case.id).agreement_no == "三调协〔2026〕1号"
    oral = ready_to_close(new_case(), session_on="2026-03-08")
    disputes.close_case(oral, {"result": "调解成功", "agreement_form": "口头", "agreement_content": "当面道歉。",
                               "closed_on": "2026-03-08"})
    oral = Dispute.get_by_id(oral.id)
    assert oral.agreement_no == "〔2026〕调协字第002号" and oral.agreement_date == D(2026, 3, 8)


def test_explanation_required_when_failed_or_over_a_month(db):
    failed = ready_to_close(new_case())
    with pytest.raises(ValidationError) as err:
        disputes.close_case(failed, {"result": "终止调解", "failure_reason": "申请人撤回", "closed_on": "2026-03-09"})
    assert "explanation" in err.value.by_field()
    slow = ready_to_close(new_case())
    with pytest.raises(ValidationError, match="超过一个月"):
        disputes.close_case(slow, {**WRITTEN, "closed_on": "2026-04-20", "fulfil_deadline": "2026-04-30"})
    disputes.close_case(slow, {**WRITTEN, "closed_on": "2026-04-20", "fulfil_deadline": "2026-04-30",
                               "explanation": "当事人外出务工，调解延后。"})
    assert Dispute.get_by_id(slow.id).result == "调解成功"


# ---- papers ----
@pytest.mark.parametrize("pages", [0, "0", "两页", "abc", -1])
def test_page_count_must_be_a_positive_number(db, pages):
    case = new_case()
    with pytest.raises(ValidationError, match="当事人身份证明"):
        disputes.set_paper(case, "当事人身份证明", pages=pages)
    assert DossierPaper.select().count() == 0


def test_pages_and_note_are_kept_and_shown(db):
    case = new_case()
    disputes.set_paper(case, "当事人身份证明", pages="3", note="身份证复印件")
    entry = {e.name: e for e in disputes.dossier(case)}["当事人身份证明"]
    assert (entry.present, entry.pages, entry.note) == (True, 3, "身份证复印件")
    disputes.set_paper(case, "当事人身份证明", received=False)
    entry = {e.name: e for e in disputes.dossier(case)}["当事人身份证明"]
    assert (entry.present, entry.pages) == (False, 0)


# ---- archiving ----
def _archivable():
    case = new_case()
    disputes.add_session(case, {"date": "2026-03-12", "process": "达成协议"})
    complete_papers(case)
    disputes.close_case(case, WRITTEN)
    disputes.add_followup(case, {"date": "2026-04-01", "visitor": "张律师", "content": "已履行",
                                 "fulfilment": "已履行"})
    return Dispute.get_by_id(case.id)


def test_each_rule_refuses_and_every_reason_is_listed_together(db):
    open_case = new_case("2026-01-05")  # open, no papers, no sessions, over a month, no 情况说明
    with pytest.raises(ValidationError) as err:
        disputes.archive(open_case, today=D(2026, 4, 1))
    text = str(err.value)
    assert "尚未结案" in text and "缺少必备材料" in text and "超过一个月仍未结案" in text
    assert dossier.archive_problems(open_case, D(2026, 4, 1)) == text.split("不能归档：", 1)[1].split("；")
    no_visit = _archivable()
    records.soft_delete(next(iter(no_visit.followups)))
    assert dossier.archive_problems(no_visit) == ["书面调解协议尚无回访记录"]
    slow = new_case()
    disputes.add_session(slow, {"date": "2026-03-12", "process": "达成协议"})
    complete_papers(slow)
    disputes.close_case(slow, {**WRITTEN, "closed_on": "2026-04-20", "fulfil_deadline": "2026-04-30",
                               "explanation": "当事人外出。"})
    disputes.add_followup(slow, {"date": "2026-05-01", "visitor": "张律师", "content": "已履行"})
    Dispute.update(explanation="").where(Dispute.id == slow.id).execute()  # e.g. an imported old case
    slow = Dispute.get_by_id(slow.id)
    assert dossier.archive_problems(slow) == ["受理至结案超过一个月，未填写情况说明"]
    assert Dispute.get_by_id(no_visit.id).archive_status == "未归档"
    ids = [open_case.id, no_visit.id, slow.id]
    assert dossier.archive_problems_by_case(ids, D(2026, 4, 1)) == {
        d.id: dossier.archive_problems(d, D(2026, 4, 1)) for d in Dispute.select().where(Dispute.id.in_(ids))}


@pytest.mark.parametrize("rule", list(archive_rules.RULES))
def test_disabling_a_rule_lets_that_reason_through(db, rule):
    case = _archivable()
    if rule == "papers":
        disputes.set_paper(case, "当事人身份证明", received=False)
    elif rule == "followup":
        records.soft_delete(next(iter(case.followups)))
    elif rule == "explanation":
        Dispute.update(closed_on=D(2026, 4, 20)).where(Dispute.id == case.id).execute()
    else:
        Dispute.update(result="", closed_on=None).where(Dispute.id == case.id).execute()
    case = Dispute.get_by_id(case.id)
    with pytest.raises(ValidationError):
        disputes.archive(case, today=D(2026, 4, 2))
    archive_rules.save({rule: False})
    assert archive_rules.enabled() == {k: k != rule for k in archive_rules.RULES}
    assert AuditLog.select().where(AuditLog.table == "setting").count() == 1
    disputes.archive(case, today=D(2026, 4, 2))
    assert Dispute.get_by_id(case.id).archive_status == "已归档"


def test_rules_default_on_and_only_admins_change_them(db):
    assert all(archive_rules.enabled().values())
    with context.acting_as("clerk", "录入员"), pytest.raises(PermissionDenied):
        archive_rules.save({"papers": False})
    with pytest.raises(ValidationError, match="没有这样的归档规则"):
        archive_rules.save({"nonsense": False})
    assert all(archive_rules.enabled().values())


def test_explanation_makes_the_dossier_item(db):
    case = new_case()
    entry = {e.name: e for e in disputes.dossier(case)}["卷宗情况说明"]
    assert (entry.present, entry.origin) == (False, "paper")
    disputes.update_dispute(case, {"explanation": "当事人外出务工，调解延后。"})
    entry = {e.name: e for e in disputes.dossier(Dispute.get_by_id(case.id))}["卷宗情况说明"]
    assert (entry.present, entry.origin) == (True, "record") and "情况说明" in entry.source


def test_oral_agreement_is_listed_as_its_registration_form(db):
    """The dossier listing (the GUI's 卷宗材料) agrees with the PDF: an oral agreement prints a 口头协议登记表."""
    oral = ready_to_close(new_case(), session_on="2026-03-08")
    disputes.close_case(oral, {"result": "调解成功", "agreement_form": "口头", "agreement_content": "当面道歉。",
                               "fulfil_method": "当场履行", "closed_on": "2026-03-08"})
    entry = {e.name: e for e in disputes.dossier(Dispute.get_by_id(oral.id))}["调解协议书"]
    assert entry.present and entry.origin == "record" and "口头协议登记表" in entry.source
    assert "无书面协议书" not in entry.source
    assert "调解协议书" not in dossier.missing_papers(Dispute.get_by_id(oral.id))
