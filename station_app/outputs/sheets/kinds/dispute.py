"""人民调解卷宗: cover, 卷内目录 with the bound file's page numbers, and every paper of one dispute in order."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import cm
from reportlab.platypus import PageBreak

import station_app.outputs.sheets.blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp, fmt_date
from station_app.outputs.sheets.kinds import SheetSpec, linked_members, names_of, safe_name, select_records
from station_app.outputs.sheets.kinds import dispute_agreement as A
from station_app.outputs.sheets.kinds import dispute_docs as D
from station_app.outputs.sheets.kinds import dispute_records as R
from station_app.services.dispute_deadlines import deadline
from station_app.services.dossier import ARCHIVED, default_file_no, dossier
from station_app.store.models import Dispute, DisputeMediator

LABEL = "人民调解卷宗"


def select(ids, year):
    return select_records(Dispute, "accepted_on", ids, year)


def case_name(d: Dispute, parties) -> str:
    return f"{D.pair_of(parties)}{D.kind_of(d)}"


@dataclass
class Part:
    """One item of the 卷内目录: its dossier name (the mark key), the title shown, a note, its pages."""

    key: str
    shown: str
    note: str = ""
    body: list = field(default_factory=list)
    paper_pages: int = 0


def _cover(d, parties, mediators, ctx, file_no, first_session):
    st, cov, w = ctx.st, ctx.cov, ctx.width
    if d.result:
        start = fmt_date(first_session or d.accepted_on)
        span = f"自 {start} 至 {fmt_date(d.closed_on)}" if d.closed_on else ""
        rows = [[("调解结果", d.result), ("结案日期", fmt_date(d.closed_on))]]
    else:  # an open case has no end date
        span = f"自 {fmt_date(first_session)} 起" if first_session else "尚未开始调解"
        rows = [[("调解结果", "调解中（尚未结案）"), ("调解期限", f"{fmt_date(deadline(d))}前")]]
    return [
        B.spacer(2.0 * cm),
        B.Paragraph(B.markup(D.org_name(ctx), cov), st.subtitle),
        B.spacer(0.8 * cm),
        B.Paragraph(B.markup(LABEL, cov), st.big),
        B.spacer(1.4 * cm),
        B.grid([
            [("卷    名", case_name(d, parties), 1.2 * cm)],
            [("卷    号", file_no), ("案件编号", d.case_no)],
            [("受理日期", fmt_date(d.accepted_on)), ("纠纷类型", d.dispute_type)],
            [("人民调解员", mediators, 1.0 * cm)],
            [("调解日期", span)],
            *rows,
            [("立 卷 人", d.filed_by), ("立卷日期", fmt_date(d.filed_on))],
            [("保管期限", d.retention), ("归档状态", d.archive_status)],
            [("备    注", D.ORG_NOTE if D.org_missing(ctx) else "", 1.6 * cm)],
        ], w, st, cov, label_w=3.0 * cm),
    ]


def _catalogue(rows, ctx, order):
    """卷内目录: 序号 / 文书名称 / 页号 / 备注; the page numbers are filled in as the file is saved."""
    table = []
    for n, (part, missing) in enumerate(rows, start=1):
        if missing:
            table.append([str(n), part.shown, "—", "缺（必备材料，尚未收到）"])
        else:
            table.append([str(n), part.shown, ctx.page_ref("{range}", key=part.key, order=order), part.note])
    st, cov, w = ctx.st, ctx.cov, ctx.width
    return [B.Paragraph("卷 内 目 录", st.title), B.spacer(6),
            B.list_table(["序号", "文书名称", "页号", "备注"], table, [1.2, 5, 1.4, 3.4], w, st, cov,
                         min_rows=14, row_height=0.85 * cm)]


def _generated(name, d, parties, mediators, ctx, counts) -> Part | None:
    """The part the app writes itself for dossier item *name*, if the case has it."""
    if name == "申请书或受理登记表":
        shown = "人民调解申请书" if d.source == "当事人申请" else "人民调解受理登记表"
        return Part(name, shown, body=D.acceptance(d, parties, mediators, ctx))
    if name == "当事人权利义务告知书":
        return Part(name, name, body=D.notice(d, parties, ctx))
    if name == "调解记录" and counts["sessions"]:
        return Part(name, name, f"共 {counts['sessions']} 次", R.sessions(d, parties, mediators, ctx))
    if name == "调解协议书" and d.result == "调解成功":
        if d.agreement_form == "书面" and d.agreement_content:
            return Part(name, name, f"一式 {len(parties) + 1} 份", A.agreements(d, parties, mediators, ctx))
        if d.agreement_form == "口头":
            return Part(name, "口头协议登记表", "口头协议", A.oral(d, parties, mediators, ctx))
    if name == "回访记录" and counts["followups"]:
        return Part(name, name, f"共 {counts['followups']} 次", R.followups(d, parties, ctx))
    if name == "卷宗情况说明" and (d.explanation or "").strip():
        return Part(name, name, body=D.explanation(d, ctx))
    return None


def parts_of(d, parties, mediators, ctx) -> list[tuple[Part, bool]]:
    """Every item of the 卷内目录 in order, as (part, missing): generated papers, then a paper original
    bound after them (or alone) with its recorded pages; required items not present are listed missing."""
    papers = {p.name: p for p in d.papers if p.received}
    counts = {"sessions": d.sessions.count(), "followups": d.followups.count()}
    out = []
    for entry in dossier(d):
        if entry.name == "封底":
            continue
        part = _generated(entry.name, d, parties, mediators, ctx, counts)
        paper = papers.get(entry.name)
        if paper is not None:
            shown = part.shown if part else entry.name
            insert = D.paper_insert(shown, paper, ctx, after_print=part is not None)
            original = f"纸质原件 {paper.pages} 页" if paper.pages else "纸质原件"
            if part is None:
                part = Part(entry.name, entry.name, original, insert)
            else:
                part.body += [PageBreak(), *insert]
                part.note = "；".join(x for x in (part.note, f"另附{original}") if x)
            part.paper_pages = paper.pages
        elif part is not None and entry.origin == "paper" and entry.required:
            part.note = "缺当事人签字原件"  # printed here to be signed; the signed paper is still to come
        if part is not None:
            out.append((part, False))
        elif entry.required:
            out.append((Part(entry.name, entry.name), True))
    return out


def build(d: Dispute, ctx) -> Sheet:
    parties = list(d.parties.order_by("id"))
    mediator_list = names_of(linked_members(DisputeMediator, "dispute", d))
    mediators = "、".join(x for x in (mediator_list, d.other_mediators) if x)
    file_no = d.file_no or default_file_no(d)
    first_session = min((s.date for s in d.sessions), default=None)
    rows = parts_of(d, parties, mediators, ctx)
    present = [part for part, missing in rows if not missing]
    order = ["卷宗封面", "卷内目录"] + [p.key for p in present] + ["封底"]
    flow = [ctx.mark("卷宗封面"), *_cover(d, parties, mediators, ctx, file_no, first_session), PageBreak(),
            ctx.mark("卷内目录"), *_catalogue(rows + [(Part("封底", "卷内备考表（封底）"), False)], ctx, order)]
    for part in present:
        flow += [PageBreak(), ctx.mark(part.key), *part.body]
    flow += [PageBreak(), ctx.mark("封底"),
             *D.back_cover(d, ctx, len(present), sum(p.paper_pages for p in present))]
    stamp = Stamp(ctx.fonds, d.case_year, d.retention, f"调-{d.case_seq:03d}")
    return Sheet(f"{LABEL}（{d.case_no} {case_name(d, parties)}）",
                 f"{safe_name(_name_no(d), 30)}_{safe_name(case_name(d, parties), 24)}.pdf", stamp, flow)


def _name_no(d: Dispute) -> str:
    """The number a dossier file is named by: its 卷号 once archived, else its 案件编号 (a case taken back
    out of the archive keeps its 卷号 on the cover, but is not filed under it)."""
    return d.file_no if d.archive_status == ARCHIVED and d.file_no else d.case_no


SPEC = SheetSpec("dispute", LABEL, "03_人民调解卷宗", select, build,
                 date_of=lambda r: r.accepted_on)
