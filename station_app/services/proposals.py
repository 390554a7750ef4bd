"""Members' proposals (提案): the station's own number (提〔2026〕第003号, never reused), the authors in order
(the first is 领衔, the others 联名), the visits, topics and opinions a proposal grew out of (kept both
ways), and the rules of its course: 立案 with a 立案号 that no other live proposal holds, then 交办, 答复,
委员意见 and 办结 in that order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from station_app.services import context, departments, numbering, records, stations
from station_app.services.changes import operation
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.fields import kind_of
from station_app.services.validation import validate
from station_app.store.base import database_proxy
from station_app.store.models import Opinion, Proposal, ProposalSource, Topic, Visit
from station_app.store.org import OWN_STATION_ID

LABEL = "提案"
FILED = "立案"
NUMBER_KIND = "proposal"
_STRICT = re.compile(r"^提?\s*[〔\[(（【]\s*(\d{4})\s*[〕\])）】]\s*第?\s*0*(\d+)\s*号?$")
# what needs the proposal 立案 first (a reply comes only to a filed proposal)
REPLY_FIELDS = ("replied_on", "reply_class", "reply_summary", "member_opinion", "concluded")
SOURCE_KINDS = ("visit", "topic", "opinion")  # ProposalSource columns


def kind():
    return kind_of("proposal")


def _label(name: str) -> str:
    return "提案人" if name == "members" else kind().field(name).label


def _problem(name: str, message: str) -> FieldProblem:
    return FieldProblem(name, _label(name), message)


# ---- numbers ----
def parse_number(text: str) -> tuple[str, int | None, int | None]:
    """(number as stored, year, sequence): 提〔2026〕第3号 / 〔2026〕3号 become 提〔2026〕第003号; any other
    form is kept as typed."""
    text = re.sub(r"\s+", "", text or "")
    m = _STRICT.match(text)
    if m:
        year, seq = int(m.group(1)), int(m.group(2))
        return numbering.FORMATS[NUMBER_KIND].format(year=year, seq=seq), year, seq
    return text, None, None


def number_for(given: str, year: int, own: Proposal | None = None) -> dict:
    """number / number_year / number_seq of a new proposal: the next of *year* when *given* is blank, else
    *given* (canonical form) unless another proposal — in the recycle bin too — holds it; later numbers
    follow a typed one. Also for the bulk paths (demo data, ledger import), which insert rows themselves."""
    given = str(given or "").strip()
    if not given:
        number, seq = numbering.next_number(NUMBER_KIND, year)
        return {"number": number, "number_year": year, "number_seq": seq}
    number, y, seq = parse_number(given)
    clash = Proposal.get_or_none((Proposal.station == OWN_STATION_ID) & (Proposal.number == number))
    if clash is not None and (own is None or clash.id != own.id):
        where = "（在回收站中）" if clash.deleted else ""
        raise ValidationError(_problem("number", f"“{number}”已被使用{where}，编号不能重复"), kind_label=LABEL)
    if y is not None:
        numbering.bump_to(NUMBER_KIND, y, seq)
    return {"number": number, "number_year": y or year, "number_seq": seq or 0}


# ---- the rules ----
def rule_problems(state: dict, own: Proposal | None = None) -> list[FieldProblem]:
    """What is wrong with a proposal whose values (old and new together) are *state*; [] when fine."""
    out: list[FieldProblem] = []
    filing = state.get("filing") or "待审查"
    filing_no = (state.get("filing_no") or "").strip()
    if filing == FILED and not filing_no:
        out.append(_problem("filing_no", "立案的提案须填写立案号"))
    if filing_no:
        q = Proposal.alive().where(Proposal.filing_no == filing_no)
        if own is not None and own.id is not None:
            q = q.where(Proposal.id != own.id)
        clash = q.first()
        if clash is not None:
            out.append(_problem("filing_no",
                                f"“{filing_no}”已用于提案 {clash.number}「{clash.title}」，立案号不能重复"))
    main = (state.get("main_dept") or "").strip()
    co = departments.split(state.get("co_depts") or "")
    if main and main in co:
        out.append(_problem("co_depts", f"会办单位不能与主办单位（{main}）重复"))
    if co and not main:
        out.append(_problem("main_dept", "填写了会办单位，请先填写主办单位"))
    if state.get("assigned_on") and not main:
        out.append(_problem("main_dept", "交办时须填写主办单位"))
    given_reply = [n for n in REPLY_FIELDS if state.get(n) not in (None, "", False)]
    if given_reply and filing != FILED:
        out.append(_problem(given_reply[0], f"提案尚未立案（立案情况：{filing}），不能登记答复和办结；"
                                           f"请先将立案情况改为“立案”并填写立案号"))
        return out
    replied = state.get("replied_on")
    if replied and not state.get("assigned_on"):
        out.append(_problem("assigned_on", "登记答复前须填写交办日期"))
    if not replied:
        for name, what in (("reply_class", "答复类别"), ("reply_summary", "答复摘要"), ("member_opinion", "委员意见")):
            if state.get(name):
                out.append(_problem(name, f"答复后才能填写{what}，请先填写答复日期"))
        if state.get("concluded"):
            out.append(_problem("concluded", "尚未答复，不能办结；请先填写答复日期"))
    return out


def _authors_problem(member_ids) -> FieldProblem | None:
    if member_ids is not None and not list(member_ids):
        return _problem("members", "至少填写一位提案人（第一位为领衔）")
    return None


def _raise(problems: list[FieldProblem]) -> None:
    if problems:
        raise ValidationError(problems, kind_label=LABEL)


def _state(values: dict, existing: Proposal | None) -> dict:
    names = kind().names
    if existing is None:
        return {n: values.get(n) for n in names}
    return {n: values[n] if n in values else getattr(existing, n) for n in names}


# ---- create / update ----
def create_proposal(data: dict, member_ids: Iterable[int], *, sources: Iterable = ()) -> Proposal:
    """Register a proposal: its number, authors in order (the first 领衔) and the records it came from.

    Every problem (a field, the rules, no author) is raised at once, naming its field; nothing is saved.
    """
    context.require_edit()
    ids = list(dict.fromkeys(int(i) for i in member_ids))
    problems: list[FieldProblem] = []
    values: dict = {}
    try:
        values = validate(kind(), data)
    except ValidationError as exc:
        problems += exc.problems
    authors = _authors_problem(ids)
    if authors:
        problems.append(authors)
    if values:
        problems += rule_problems(_state(values, None))
    _raise(problems)
    chosen = fetch_sources(sources)
    with operation(), database_proxy.atomic():
        values.update(number_for(data.get("number", ""), values["submitted_on"].year))
        proposal = records.create(kind(), values, members=ids, validated=True)
        for source_kind, record in chosen:
            _link(proposal, source_kind, record)
    return proposal


def update_proposal(proposal: Proposal, data: dict, member_ids: Iterable[int] | None = None) -> Proposal:
    """Save changed fields (and the authors when given) after the same rules as create_proposal."""
    context.require_edit()
    stations.require_own(proposal, {})
    ids = None if member_ids is None else list(dict.fromkeys(int(i) for i in member_ids))
    data = dict(data)
    given_number = str(data.pop("number", "") or "").strip()
    problems: list[FieldProblem] = []
    values: dict = {}
    try:
        values = validate(kind(), data, partial=True, existing=proposal)
    except ValidationError as exc:
        problems += exc.problems
    authors = _authors_problem(ids)
    if authors:
        problems.append(authors)
    if not problems:
        problems += rule_problems(_state(values, proposal), proposal)
    _raise(problems)
    with operation(), database_proxy.atomic():
        if given_number and given_number != proposal.number:
            year = (values.get("submitted_on") or proposal.submitted_on or dt.date.today()).year
            values.update(number_for(given_number, year, proposal))
        return records.update(proposal, values, members=ids)


def restore_problem(proposal: Proposal) -> str | None:
    """Why a proposal in the recycle bin cannot come back as it is (its 立案号 taken meanwhile), or None."""
    problems = [p for p in rule_problems(_state({}, proposal), proposal) if p.field == "filing_no"]
    return str(problems[0]) if problems else None


# ---- authors ----
def authors(proposal: Proposal) -> list[tuple[int, str, str]]:
    """(member id, name, 领衔 / 联名) in order, the 领衔 first."""
    ids = records.member_ids(proposal)
    names = records.member_names(ids)
    return [(i, n, "领衔" if k == 0 else "联名") for k, (i, n) in enumerate(zip(ids, names))]


def authors_text(proposal: Proposal) -> str:
    """「张三（领衔）、李四、王五」."""
    parts = authors(proposal)
    return "、".join(f"{n}（领衔）" if role == "领衔" and len(parts) > 1 else n for _i, n, role in parts)


# ---- sources, both ways ----
def _source_kind(record) -> str:
    for key, model in (("visit", Visit), ("topic", Topic), ("opinion", Opinion)):
        if isinstance(record, model):
            return key
    raise TypeError(type(record).__name__)


def fetch_sources(sources: Iterable) -> list[tuple[str, object]]:
    """(kind, record) for records or (kind, id) pairs; a missing or deleted one is an error."""
    out = []
    models = {"visit": Visit, "topic": Topic, "opinion": Opinion}
    for item in sources:
        if isinstance(item, tuple):
            key, rid = item
            model = models[key]
            record = model.get_or_none(model.id == getattr(rid, "id", rid))
        else:
            key, record = _source_kind(item), item
        if record is None or record.deleted:
            raise ValidationError(f"提案来源记录不存在或已删除（{kind_of(key).label}）", kind_label=LABEL)
        out.append((key, record))
    return out


def _link(proposal: Proposal, source_kind: str, record) -> None:
    q = ProposalSource.select().where((ProposalSource.proposal == proposal)
                                      & (getattr(ProposalSource, source_kind) == record.id))
    if not q.exists():
        records.save_raw(ProposalSource(proposal=proposal, **{source_kind: record}),
                         note=f"提案来源：{kind_of(source_kind).label}")


def link_source(proposal: Proposal, record) -> None:
    """Name *record* (a visit, topic or opinion) as one the proposal came from; kept once."""
    context.require_edit()
    stations.require_own(proposal, {})
    (source_kind, record), = fetch_sources([record])
    _link(proposal, source_kind, record)


def sources_of(proposal: Proposal, *, include_deleted: bool = False) -> list[tuple[str, object]]:
    """(kind, record) the proposal came from, in the order they were linked."""
    out = []
    for row in ProposalSource.select().where(ProposalSource.proposal == proposal).order_by(ProposalSource.id):
        for key in SOURCE_KINDS:
            rid = getattr(row, f"{key}_id")
            if rid:
                record = kind_of(key).model.get_or_none(kind_of(key).model.id == rid)
                if record is not None and (include_deleted or not record.deleted):
                    out.append((key, record))
    return out


def proposals_of(record, *, include_deleted: bool = False) -> list[Proposal]:
    """The proposals a visit, topic or opinion became (the other way of sources_of)."""
    column = getattr(ProposalSource, _source_kind(record))
    q = Proposal.select().join(ProposalSource).where(column == record.id).order_by(Proposal.id)
    if not include_deleted:
        q = q.where(Proposal.deleted == False)
    return list(q)


def state_of(proposal: Proposal) -> str:
    """待交办 / 办理中 / 已答复 / 已办结 (a filed proposal's course), or its 立案情况 before it is filed."""
    if proposal.filing != FILED:
        return proposal.filing
    if proposal.concluded:
        return "已办结"
    if proposal.replied_on:
        return "已答复"
    return "办理中" if proposal.assigned_on else "待交办"
