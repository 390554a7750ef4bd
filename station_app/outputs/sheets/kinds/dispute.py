"""人民调解卷宗: cover, 卷内目录 with real page numbers, and every document of one dispute in order."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import PageBreak

from station_app.outputs.sheets import blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp, fmt_date
from station_app.outputs.sheets.kinds import SheetSpec, linked_members, names_of, safe_name
from station_app.outputs.sheets.kinds import select_records
from station_app.outputs.sheets.kinds import dispute_docs as D
from station_app.services.dossier import default_file_no, dossier
from station_app.store.models import Dispute, DisputeMediator

LABEL = "人民调解卷宗"


def select(ids, year):
    return select_records(Dispute, "accepted_on", ids, year)


def case_name(d: Dispute, parties) -> str:
    first = {}
    for p in parties:
        first.setdefault(p.role, p.name)
    a, b = first.get("申请人", ""), first.get("被申请人", "")
    pair = f"{a}与{b}" if a and b else (a or b)
    kind = d.dispute_type if d.dispute_type.endswith("纠纷") else f"{d.dispute_type}纠纷"
    return f"{pair}{kind}"


def _cover(d, parties, mediators, ctx, file_no):
    st, cov, w = ctx.st, ctx.cov, ctx.width
    end = d.closed_on or (max((s.date for s in d.sessions), default=None))
    return [
        B.spacer(2.2 * cm),
        B.Paragraph(B.markup(ctx.station_name, cov), st.subtitle),
        B.spacer(0.8 * cm),
        B.Paragraph(B.markup(LABEL, cov), st.big),
        B.spacer(1.6 * cm),
        B.grid([
            [("卷    名", case_name(d, parties), 1.2 * cm)],
            [("卷    号", file_no)],
            [("案件编号", d.case_no)],
            [("人民调解员", mediators, 1.0 * cm)],
            [("调解日期", f"自 {fmt_date(d.accepted_on)} 至 {fmt_date(end) if end else '（调解中）'}")],
            [("立 卷 人", ""), ("立卷日期", fmt_date(d.closed_on))],
            [("保管期限", d.retention), ("归档状态", d.archive_status)],
            [("备    注", "", 1.6 * cm)],
        ], w, st, cov, label_w=3.0 * cm),
    ]


def _catalogue(entries, ctx, order, copies):
    """卷内目录: 序号 / 文书名称 / 页号 / 备注; the page numbers are filled in as the file is saved."""
    rows, n = [], 0
    for entry in entries:
        key = entry.name
        if key in order:
            n += 1
            note = "纸质材料附后" if entry.origin == "paper" else ""
            if key == "调解协议书" and entry.origin != "paper":
                note = f"一式 {copies} 份"
            shown = "卷内备考表（封底）" if key == "封底" else key  # the page is titled 卷内备考表
            rows.append([str(n), shown, ctx.page_ref("{range}", key=key, order=order), note])
        elif entry.required:
            n += 1
            rows.append([str(n), key, "—", "缺（必备材料，尚未收到）"])
    st, cov, w = ctx.st, ctx.cov, ctx.width
    return [B.Paragraph("卷 内 目 录", st.title), B.spacer(6),
            B.list_table(["序号", "文书名称", "页号", "备注"], rows, [1.2, 5, 1.4, 3.4], w, st, cov,
                         min_rows=14, row_height=0.85 * cm)]


def build(d: Dispute, ctx) -> Sheet:
    parties = list(d.parties.order_by("id"))
    mediator_list = names_of(linked_members(DisputeMediator, "dispute", d))
    mediators = "、".join(x for x in (mediator_list, d.other_mediators) if x)
    file_no = d.file_no or default_file_no(d)
    entries = dossier(d)
    present = {e.name: e for e in entries if e.present}
    papers = {p.name: p for p in d.papers}
    parts: list[tuple[str, list]] = []  # (dossier item name, flowables)
    for entry in entries:
        name = entry.name
        if name not in present:
            continue
        if name == "申请书或受理登记表":
            parts.append((name, D.acceptance(d, parties, mediators, ctx)))
        elif name == "调解记录" and d.sessions.count():
            parts.append((name, D.sessions(d, parties, mediators, ctx)))
        elif name == "调解协议书" and d.agreement_content:
            parts.append((name, D.agreements(d, parties, mediators, ctx)))
        elif name == "回访记录" and d.followups.count():
            parts.append((name, D.followups(d, parties, ctx)))
        elif name == "封底":
            continue  # always last, after the papers
        else:
            paper = papers.get(name)
            parts.append((name, D.placeholder(name, paper.pages if paper else 0, paper.note if paper else "",
                                              entry.source, ctx)))
    order = ["卷宗封面", "卷内目录"] + [name for name, _ in parts] + ["封底"]
    flow = [ctx.mark("卷宗封面"), *_cover(d, parties, mediators, ctx, file_no), PageBreak(),
            ctx.mark("卷内目录"), *_catalogue(entries, ctx, order, len(parties) + 1)]
    for name, body in parts:
        flow += [PageBreak(), ctx.mark(name), *body]
    flow += [PageBreak(), ctx.mark("封底"), *D.back_cover(d, ctx)]
    stamp = Stamp(ctx.fonds, d.case_year, d.retention, f"调-{d.case_seq:03d}")
    return Sheet(f"{LABEL}（{d.case_no} {case_name(d, parties)}）",
                 f"{safe_name(d.file_no or d.case_no, 30)}_{safe_name(case_name(d, parties), 24)}.pdf", stamp, flow)


SPEC = SheetSpec("dispute", LABEL, "03_人民调解卷宗", select, build,
                 date_of=lambda r: r.accepted_on)
