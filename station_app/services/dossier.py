"""The mediation dossier (人民调解卷宗): which papers it holds, which are missing, and archiving."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.services import archive_rules, context, item_numbers, records, stations
from station_app.services.changes import operation
from station_app.services.dispute_deadlines import deadline
from station_app.services.errors import ValidationError
from station_app.services.normalize import ParseError, parse_int
from station_app.store.base import database_proxy
from station_app.store.choices import DOSSIER_ITEMS
from station_app.store.models import Dispute, DossierPaper, FollowUp, MediationSession, Station, User

ITEM_NAMES = tuple(name for name, _required in DOSSIER_ITEMS)
ARCHIVED = "已归档"


@dataclass(frozen=True)
class DossierEntry:
    seq: int  # 序号 in the 卷内目录
    name: str  # 文书名称
    required: bool
    present: bool
    origin: str  # "record": generated from the case's data; "paper": a paper the user ticks
    source: str  # where it comes from, in Chinese, for the dossier page
    pages: int = 0  # pages of ticked papers (generated sheets are counted when rendered)
    note: str = ""  # the clerk's note on a paper (e.g. 复印件), "" for generated items


def _generated(dispute: Dispute) -> dict[str, tuple[bool, str]]:
    """Items the app writes itself from the case's data: name -> (present, source)."""
    sessions = dispute.sessions.count()
    followups = dispute.followups.count()
    written = dispute.result == "调解成功" and dispute.agreement_form == "书面" and bool(dispute.agreement_content)
    oral = dispute.result == "调解成功" and dispute.agreement_form == "口头"
    if written:
        agreement = (True, "由案件的协议内容生成")
    elif oral:
        agreement = (True, "由案件的协议内容生成口头协议登记表")
    else:
        agreement = (False, "调解成功并达成书面协议后生成")
    out = {
        "申请书或受理登记表": (True, "由案件受理登记生成"),
        "调解记录": (sessions > 0, f"由调解记录生成（{sessions}次）" if sessions else "尚无调解记录"),
        "调解协议书": agreement,
        "回访记录": (followups > 0, f"由回访记录生成（{followups}次）" if followups else "尚无回访记录"),
        "封底": (True, "自动生成"),
    }
    if (dispute.explanation or "").strip():  # otherwise a paper 情况说明 may still be ticked
        out["卷宗情况说明"] = (True, "由案件的情况说明生成")
    return out


def _agreement_required(dispute: Dispute) -> bool:
    """A 调解协议书 is required only for a success with a written agreement (an oral one prints its 口头协议登记表)."""
    return dispute.result == "调解成功" and dispute.agreement_form == "书面"


def dossier(dispute: Dispute) -> list[DossierEntry]:
    """The dossier's contents in the Ministry of Justice order, with what is present and from where."""
    generated = _generated(dispute)
    papers = {p.name: p for p in dispute.papers}
    out = []
    for seq, (name, required) in enumerate(DOSSIER_ITEMS, start=1):
        if name == "调解协议书":
            required = _agreement_required(dispute)
        paper = papers.get(name)
        ticked = bool(paper and paper.received)
        present, source = generated.get(name, (False, ""))
        if ticked:
            note = f"纸质材料已收到（{paper.pages}页）"
            source = f"{source}；{note}" if present else note
            present = True
        elif name not in generated:
            source = "纸质材料，尚未收到" if required else "纸质材料（如有）"
        out.append(DossierEntry(seq, name, required, present, "record" if name in generated else "paper",
                                source, paper.pages if ticked else 0, paper.note if paper else ""))
    return out


def missing_papers(dispute: Dispute) -> list[str]:
    """Names of the required items not yet present, in dossier order."""
    return [e.name for e in dossier(dispute) if e.required and not e.present]


def closing_problems(dispute: Dispute) -> list[tuple[str, str, str]]:
    """What a case still lacks to be closed, as (field, label, message): the required papers of its
    dossier, its result, and for 调解成功 its agreement (written: 协议内容 + 履行方式 + 履行期限; oral:
    协议内容). *dispute* may be an unsaved copy carrying the values about to be saved."""
    out = []
    result = dispute.result
    if not result:
        out.append(("result", "调解结果", "结案时必须选择"))
    elif result == "调解成功":
        form = dispute.agreement_form
        if not form:
            out.append(("agreement_form", "协议形式", "调解成功的案件必须选择书面或口头"))
        else:
            if not (dispute.agreement_content or "").strip():
                out.append(("agreement_content", "协议内容", f"{form}协议必须填写协议内容"))
            if form == "书面":
                if not (getattr(dispute, "fulfil_method", "") or "").strip():
                    out.append(("fulfil_method", "履行方式",
                                "书面协议必须写明履行方式（如 银行转账、分期支付、当场履行）"))
                if dispute.fulfil_deadline is None:
                    out.append(("fulfil_deadline", "履行期限", "书面协议必须写明履行期限（具体日期）"))
    missing = missing_papers(dispute)
    if missing:
        out.append(("papers", "卷宗材料", "缺少必备材料：" + "、".join(missing)))
    return out


def missing_by_case(dispute_ids) -> dict[int, list[str]]:
    """missing_papers() for many cases in a few queries (ledgers, inspection checks)."""
    ids = list(dispute_ids)
    out: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        with_sessions = {r.dispute_id for r in MediationSession.select(MediationSession.dispute)
                         .where(MediationSession.dispute.in_(chunk)).distinct()}
        ticked: dict[int, set[str]] = {}
        for p in DossierPaper.select(DossierPaper.dispute, DossierPaper.name).where(
                DossierPaper.dispute.in_(chunk) & (DossierPaper.received == True)):
            ticked.setdefault(p.dispute_id, set()).add(p.name)
        fields = (Dispute.id, Dispute.result, Dispute.agreement_form, Dispute.agreement_content)
        for d in Dispute.select(*fields).where(Dispute.id.in_(chunk)):
            have = ticked.get(d.id, set()) | {"申请书或受理登记表", "封底"}
            if d.id in with_sessions:
                have.add("调解记录")
            if _agreement_required(d) and d.agreement_content:
                have.add("调解协议书")
            out[d.id] = [name for name, required in DOSSIER_ITEMS
                         if (required if name != "调解协议书" else _agreement_required(d)) and name not in have]
    return out


def clean_pages(name: str, received: bool, pages) -> int:
    """A received paper has at least one page; an unreceived one has none. Chinese message naming the paper."""
    try:
        number = parse_int(pages if not isinstance(pages, str) else pages.replace("页", ""), minimum=0)
    except ParseError:
        raise ValidationError(f"“{name}”的页数应为整数，不能是“{pages}”", kind_label="卷宗材料") from None
    if not received:
        return 0
    if not number:
        raise ValidationError(f"“{name}”已收到，页数至少为1页", kind_label="卷宗材料")
    if number > 999:
        raise ValidationError(f"“{name}”的页数不能超过999页", kind_label="卷宗材料")
    return number


def set_paper(dispute: Dispute, name: str, received: bool = True, pages=1, note: str | None = None) -> DossierPaper:
    """Record whether a paper of the dossier is there and how many pages it has (≥1 when received); audited."""
    stations.require_own(dispute, {})
    if name not in ITEM_NAMES:
        raise ValidationError(f"“{name}”不是人民调解卷宗的文书（可选：{'、'.join(ITEM_NAMES)}）")
    if isinstance(pages, bool):
        raise ValidationError(f"“{name}”的页数应为整数", kind_label="卷宗材料")
    pages = clean_pages(name, bool(received), pages)
    note = None if note is None else " ".join(str(note).split())
    if note and len(note) > 200:
        raise ValidationError(f"“{name}”的备注过长（{len(note)}字，最多200字）", kind_label="卷宗材料")
    if dispute.archive_status == ARCHIVED:
        raise ValidationError(f"案件 {dispute.case_no} 已归档，卷宗材料不能再修改。")
    paper = DossierPaper.get_or_none((DossierPaper.dispute == dispute) & (DossierPaper.name == name))
    if paper is None:
        paper = DossierPaper(dispute=dispute, name=name)
    paper.received, paper.pages = bool(received), pages
    if note is not None:
        paper.note = note
    shown = f"已收到（{pages}页）" if received else "未收到"
    return records.save_raw(paper, note=f"卷宗材料 {name}：{shown}")


def default_file_no(dispute: Dispute) -> str:
    """卷号 as printed before the case is archived: its stored 卷号 if it had one, else the blank
    （    ）人调字第    号 to fill in (the number is given only at archiving, and never changes after)."""
    found = item_numbers.lookup(item_numbers.DOSSIER, dispute.uuid)
    return found.text if found else "（　　　　）人调字第　　　号"


WRITTEN = ("调解成功", "书面")
EXPLAIN_RESULTS = ("调解不成功", "终止调解", "转诉讼")


def _problems(d: Dispute, missing: list[str], visited: bool, rules: dict[str, bool], today: dt.date) -> list[str]:
    """The reasons an inspector would send *d*'s dossier back, for the enabled rules, in rule order."""
    out = []
    closed = bool(d.result) and d.closed_on is not None
    if rules["closed"] and not closed:
        out.append("案件尚未结案（没有调解结果或结案日期）")
    if rules["papers"] and missing:
        out.append("卷宗缺少必备材料：" + "、".join(missing))
    if rules["followup"] and (d.result, d.agreement_form) == WRITTEN and not visited:
        out.append("书面调解协议尚无回访记录")
    if rules["explanation"] and not (d.explanation or "").strip():
        if d.result in EXPLAIN_RESULTS:
            out.append(f"“{d.result}”的案件未填写情况说明")
        elif closed and d.closed_on > deadline(d):
            out.append("受理至结案超过一个月，未填写情况说明")
        elif not closed and today > deadline(d):
            out.append("受理已超过一个月仍未结案，未填写情况说明")
    return out


def archive_problems(dispute: Dispute, today: dt.date | None = None) -> list[str]:
    """Every reason the enabled archiving rules (设置—卷宗归档) refuse *dispute*; [] when it may be archived."""
    visited = FollowUp.select().where(FollowUp.dispute == dispute).exists()
    return _problems(dispute, missing_papers(dispute), visited, archive_rules.enabled(), today or dt.date.today())


def archive_problems_by_case(dispute_ids, today: dt.date | None = None) -> dict[int, list[str]]:
    """archive_problems() for many cases in a few queries (inspection package, demo)."""
    ids = list(dispute_ids)
    rules, today = archive_rules.enabled(), today or dt.date.today()
    missing = missing_by_case(ids)
    out: dict[int, list[str]] = {}
    fields = (Dispute.id, Dispute.result, Dispute.closed_on, Dispute.accepted_on, Dispute.agreement_form,
              Dispute.explanation)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        visited = {r.dispute_id for r in FollowUp.select(FollowUp.dispute).where(FollowUp.dispute.in_(chunk))}
        for d in Dispute.select(*fields).where(Dispute.id.in_(chunk)):
            out[d.id] = _problems(d, missing.get(d.id, []), d.id in visited, rules, today)
    return out


def filer_name() -> str:
    """立卷人 by default: the signed-in user's name, else the station's 联络员 (command line, no accounts)."""
    user = User.get_or_none(User.username == context.current().username)
    if user is not None:
        return (user.display_name or user.username)[:50]
    station = Station.own_row()
    return (station.liaison if station else "")[:50]


def archive(dispute: Dispute, file_no: str = "", *, today: dt.date | None = None) -> Dispute:
    """Archive a case the enabled archiving rules accept (归档状态, 卷宗号, 立卷日期, 立卷人); lists every reason
    otherwise."""
    context.require_edit()
    stations.require_own(dispute, {})
    if dispute.archive_status == ARCHIVED:
        return dispute
    today = today or dt.date.today()
    problems = archive_problems(dispute, today)
    if problems:
        raise ValidationError("；".join(problems), kind_label=f"案件 {dispute.case_no} 不能归档")
    with operation(), database_proxy.atomic():
        dispute.archive_status = ARCHIVED
        dispute.filed_on = today
        dispute.filed_by = dispute.filed_by or filer_name()
        # 卷号: the next of the archive year from the counter (kept if the case was archived before)
        archive_year = (dispute.filed_on or dt.date.today()).year
        dispute.file_no = item_numbers.dossier_number(dispute, archive_year, file_no or dispute.file_no).text
        records.save_raw(dispute, note="归档")
    return dispute


def unarchive(dispute: Dispute) -> Dispute:
    """Take a case back out of the archive to correct it (administrators only); audited."""
    stations.require_own(dispute, {})
    context.require_admin()
    if dispute.archive_status != ARCHIVED:
        return dispute
    dispute.archive_status = "未归档"
    return records.save_raw(dispute, note="撤销归档")
