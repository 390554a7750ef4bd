"""Mediated disputes (矛盾纠纷调解): case numbers, parties, sessions, follow-ups, closing and editing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from station_app.services import context, numbering, records, stations, visit_follow
from station_app.services.changes import operation
from station_app.services.dispute_deadlines import (  # noqa: F401  (re-exported: part of this module's contract)
    DEADLINE,
    FOLLOWUP_AFTER_DAYS,
    deadline,
    due_counts,
    followup_due_on,
    followups_due,
    near_deadline,
    overdue,
)
from station_app.services.dossier import (  # noqa: F401  (re-exported: part of this module's contract)
    DossierEntry,
    archive,
    archive_problems,
    archive_problems_by_case,
    dossier,
    missing_by_case,
    missing_papers,
    set_paper,
    unarchive,
)
from station_app.services.dossier import closing_problems as dossier_closing_problems
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.fields import kind_of
from station_app.services.validation import validate
from station_app.store.base import database_proxy
from station_app.store.models import Dispute, FollowUp, MediationSession, Party
from station_app.store.org import OWN_STATION_ID

SUCCESS = "调解成功"
EXPLAIN_RESULTS = ("调解不成功", "终止调解", "转诉讼")  # results whose dossier needs a 情况说明
_CASE_NO = re.compile(r"^[〔\[(（【]\s*(\d{4})\s*[〕\])）】]\s*调字第\s*0*(\d+)\s*号$")
_LOOSE_NO = re.compile(r"(\d{4})\D+?(\d+)\D*$")
_LABEL = "矛盾纠纷调解案件"


def parse_case_no(text: str) -> tuple[str, int | None, int | None]:
    """Return (case number as stored, year, sequence) of a hand-entered or imported case number.

    The standard form 〔2026〕调字第7号 (any bracket style) is rewritten canonically (〔2026〕调字第007号);
    other forms are kept as typed, with the year and trailing number read when they can be.
    """
    text = re.sub(r"\s+", "", text or "")
    m = _CASE_NO.match(text)
    if m:
        year, seq = int(m.group(1)), int(m.group(2))
        return numbering.FORMATS["dispute"].format(year=year, seq=seq), year, seq
    m = _LOOSE_NO.search(text)
    if m and 1990 <= int(m.group(1)) <= 2100:
        return text, int(m.group(1)), int(m.group(2))
    return text, None, None


def _assign_number(data: dict, accepted_on: dt.date) -> dict:
    given = str(data.get("case_no") or "").strip()
    if not given:
        case_no, seq = numbering.next_number("dispute", accepted_on.year)
        return {"case_no": case_no, "case_year": accepted_on.year, "case_seq": seq}
    case_no, year, seq = parse_case_no(given)
    clash = Dispute.get_or_none((Dispute.station == OWN_STATION_ID) & (Dispute.case_no == case_no))
    if clash is not None:
        where = "（在回收站中）" if clash.deleted else ""
        raise ValidationError(FieldProblem("case_no", "案件编号", f"“{case_no}”已被使用{where}，编号不能重复"),
                              kind_label=_LABEL)
    if year is not None:
        numbering.bump_to("dispute", year, seq)
    return {"case_no": case_no, "case_year": year or accepted_on.year, "case_seq": seq or 0}


def _refuse_if_archived(dispute: Dispute) -> None:
    """Every change to a case starts here: edit permission, and not once the case is archived."""
    context.require_edit()
    stations.require_own(dispute, {})
    if dispute.archive_status == "已归档":
        raise ValidationError(f"案件 {dispute.case_no} 已归档，不能再修改；如确需修改，请管理员先撤销归档。")


def create_dispute(data: dict, mediator_ids: Iterable[int] = (), parties: Iterable[dict] = (), *,
                   source_visit=None) -> Dispute:
    """Register a case: validate, number it (〔年〕调字第NNN号), add mediators and parties, all in one go.

    A ``case_no`` in *data* (typed by hand or imported) is kept, and later numbers follow it. Result
    fields given here are only checked field by field (imported old cases); close_case() applies the
    closing rules.
    """
    context.require_edit()
    kind = kind_of("dispute")
    values = validate(kind, data)
    parties = list(parties)
    with operation(), database_proxy.atomic():
        extra = _assign_number(data, values["accepted_on"])
        values.update(extra)
        if source_visit is not None:
            values["source_visit"] = source_visit
        dispute = records.create(kind, values, members=list(mediator_ids), validated=True)
        for i, party in enumerate(parties, start=1):
            _add_party(dispute, party, row=i)
    return dispute


def _add_party(dispute: Dispute, data: dict, row: int | None = None) -> Party:
    try:
        return records.add_child("party", "dispute", dispute, data)
    except ValidationError as exc:
        label = f"第{row}位当事人" if row else "当事人"
        raise ValidationError(exc.problems, kind_label=label) from None


def add_party(dispute: Dispute, data: dict) -> Party:
    _refuse_if_archived(dispute)
    return _add_party(dispute, data)


def _not_before_acceptance(dispute: Dispute, kind_key: str, data: dict) -> None:
    kind = kind_of(kind_key)
    day = validate(kind, data)["date"]
    if day < dispute.accepted_on:
        raise ValidationError(FieldProblem("date", kind.field("date").label,
                                           f"不能早于受理日期（{dispute.accepted_on:%Y-%m-%d}）"),
                              kind_label=kind.label)


def last_session(dispute: Dispute):
    """The case's latest mediation session (its 调解员 and 记录人 are a new session's defaults), or None."""
    return (MediationSession.select().where(MediationSession.dispute == dispute)
            .order_by(MediationSession.date.desc(), MediationSession.id.desc()).first())


def add_session(dispute: Dispute, data: dict):
    """One mediation session (调解记录)."""
    _refuse_if_archived(dispute)
    _not_before_acceptance(dispute, "mediation_session", data)
    return records.add_child("mediation_session", "dispute", dispute, data)


def add_followup(dispute: Dispute, data: dict) -> FollowUp:
    """A follow-up visit (回访记录); its 履行情况 also updates the case's."""
    _refuse_if_archived(dispute)
    _not_before_acceptance(dispute, "follow_up", data)
    with operation(), database_proxy.atomic():
        row = records.add_child("follow_up", "dispute", dispute, data)
        if row.fulfilment and row.fulfilment != dispute.fulfilment:
            records.update(dispute, {"fulfilment": row.fulfilment})
    return row


def default_agreement_no(dispute: Dispute) -> str:
    """协议编号 derived from the case number: 〔2026〕调字第007号 → 〔2026〕调协字第007号."""
    if "调字" in (dispute.case_no or ""):
        return dispute.case_no.replace("调字", "调协字", 1)[:40]
    if dispute.case_year and dispute.case_seq:
        return f"〔{dispute.case_year}〕调协字第{dispute.case_seq:03d}号"
    return f"{dispute.case_no}（协议）"[:40]


def over_a_month(dispute: Dispute, closed_on: dt.date | None) -> bool:
    """True when the case took (or, open, has taken by *closed_on*) more than a month from 受理."""
    return closed_on is not None and closed_on > deadline(dispute)


def last_session_date(dispute: Dispute) -> dt.date | None:
    return (MediationSession.select(MediationSession.date).where(MediationSession.dispute == dispute)
            .order_by(MediationSession.date.desc()).scalar())


def agreement_defaults(dispute: Dispute, values: dict) -> dict:
    """协议编号 and 协议日期 a case ending in agreement gets when they are left blank."""
    get = lambda name: values.get(name, getattr(dispute, name))
    if get("result") != SUCCESS or not get("agreement_form"):
        return {}
    out = {}
    if not get("agreement_no"):
        out["agreement_no"] = default_agreement_no(dispute)
    if get("agreement_date") is None:
        day = last_session_date(dispute) or get("closed_on")
        if day is not None:
            out["agreement_date"] = min(day, get("closed_on") or day)
    return out


def _tentative(dispute: Dispute, values: dict) -> Dispute:
    """An unsaved copy of *dispute* (same id, so its papers and sessions count) with *values* applied."""
    copy = Dispute(**{**dispute.__data__, **values})
    copy.id = dispute.id
    return copy


def closing_problems(dispute: Dispute, values: dict, *, papers: bool = True) -> list[FieldProblem]:
    """What stops *dispute* from being closed with *values* (already cleaned): the dossier check
    (dossier.closing_problems — result, agreement, required papers), 结案日期, a 申请人, a reason for
    a case that did not succeed. Everything is listed at once."""
    get = lambda name: values.get(name, getattr(dispute, name))
    kind = kind_of("dispute")
    label = lambda name: kind.field(name).label
    problems = [FieldProblem(*p) for p in dossier_closing_problems(_tentative(dispute, values))
                if papers or p[0] != "papers"]
    result = get("result")
    if result and result != SUCCESS and not get("failure_reason"):
        problems.append(FieldProblem("failure_reason", label("failure_reason"), f"“{result}”的案件必须说明原因"))
    closed_on = get("closed_on")
    if closed_on is None:
        problems.append(FieldProblem("closed_on", label("closed_on"), "结案时必须填写"))
    elif closed_on < dispute.accepted_on:
        problems.append(FieldProblem("closed_on", label("closed_on"),
                                     f"不能早于受理日期（{dispute.accepted_on:%Y-%m-%d}）"))
    if not (get("explanation") or "").strip():
        if result in EXPLAIN_RESULTS:
            problems.append(FieldProblem("explanation", label("explanation"), f"“{result}”的案件必须填写情况说明"))
        elif over_a_month(dispute, closed_on):
            problems.append(FieldProblem("explanation", label("explanation"),
                                         f"受理至结案超过一个月（应于{deadline(dispute):%Y-%m-%d}前办结），必须填写情况说明"))
    if not dispute.parties.where(Party.role == "申请人").exists():
        problems.append(FieldProblem("parties", "当事人", "至少要有一名申请人才能结案"))
    return problems


def close_case(dispute: Dispute, data: dict) -> Dispute:
    """Record the result (调解结果, 协议, 结案日期 …) after checking the closing rules."""
    _refuse_if_archived(dispute)
    values = validate(kind_of("dispute"), data, partial=True, existing=dispute)
    problems = closing_problems(dispute, values)
    if problems:
        raise ValidationError(problems, kind_label=f"案件 {dispute.case_no} 不能结案")
    with operation(), database_proxy.atomic():
        dispute = records.update(dispute, data, extra=agreement_defaults(dispute, values))
        visit_follow.follow_case(dispute)
    return dispute


def update_dispute(dispute: Dispute, data: dict, mediator_ids: Iterable[int] | None = None) -> Dispute:
    """Edit a case: a new case number is checked and reserved; a closed case must still pass the closing rules."""
    _refuse_if_archived(dispute)
    data = dict(data)
    kind = kind_of("dispute")
    values = validate(kind, data, partial=True, existing=dispute)
    extra = {}
    given = values.get("case_no") or ""
    data.pop("case_no", None)  # an emptied number keeps the old one
    if given and parse_case_no(given)[0] != dispute.case_no:
        extra = _assign_number({"case_no": given}, values.get("accepted_on", dispute.accepted_on))
    closing = {k: values[k] for k in ("result", "closed_on") if k in values}
    if closing.get("result", dispute.result) or closing.get("closed_on", dispute.closed_on):
        # the dossier's papers are checked when the case is being closed, not on every later correction
        # of a case closed before (an imported old case without ticked papers stays editable)
        closing_now = not (dispute.result and dispute.closed_on)
        problems = closing_problems(dispute, values, papers=closing_now)
        if problems:
            raise ValidationError(problems, kind_label=f"案件 {dispute.case_no}")
        extra.update(agreement_defaults(dispute, values))
    with operation(), database_proxy.atomic():
        dispute = records.update(dispute, data, members=mediator_ids, extra=extra)
        visit_follow.follow_case(dispute)
    return dispute


def reopen_case(dispute: Dispute) -> Dispute:
    """Undo a mistaken closing: the case is in progress again (the agreement text is kept)."""
    _refuse_if_archived(dispute)
    with operation(), database_proxy.atomic():
        dispute = records.update(dispute, {"result": "", "closed_on": None})
        visit_follow.follow_case(dispute)
    return dispute
