"""提案: the proposal form — 案由, the authors (领衔 first) with their 界别/单位/电话, 情况分析, 具体建议, how it
was handled, and a signature line for every author."""

from __future__ import annotations

from reportlab.lib.units import cm

from station_app.outputs.sheets import blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp, fmt_date
from station_app.outputs.sheets.kinds import SheetSpec, safe_name, select_records
from station_app.store.models import Member, Proposal, ProposalMember, ReplyClass

LABEL = "提案"


def select(ids, year):
    return select_records(Proposal, "submitted_on", ids, year)


def authors(p: Proposal) -> list[Member]:
    """The authors, 领衔 (position 0) first."""
    return list(Member.select().join(ProposalMember, on=(ProposalMember.member == Member.id))
                .where(ProposalMember.proposal == p).order_by(ProposalMember.position, ProposalMember.id))


def _reply_class(station_id: int, code: str) -> str:
    """「A 类（已解决）」 as the proposal's own station words its classes."""
    found = ReplyClass.get_or_none((ReplyClass.station == station_id) & (ReplyClass.code == code)) if code else None
    return f"{found.code} 类（{found.name}）" if found else (code or "")


def build(p: Proposal, ctx) -> Sheet:
    st, cov, w = ctx.st, ctx.cov, ctx.width
    people = authors(p)
    rows = [[("领衔" if i == 0 else "联名"), m.name, m.sector, m.employer, ctx.field(m, "phone")]
            for i, m in enumerate(people)]
    handled = p.filing not in ("", "待审查")
    flow = [
        B.Paragraph(B.markup(ctx.station_name, cov), st.subtitle),
        B.Paragraph("提　　案", st.title),
        B.meta_line(f"提案编号：{p.number}", f"立案号：{p.filing_no}" if p.filing_no else f"立案情况：{p.filing}",
                    w, st, cov), B.spacer(4),
        B.grid([
            [("案　　由", p.title)],
            [("提案来源", p.source), ("提交日期", fmt_date(p.submitted_on))],
            [("提交至", p.submitted_to), ("重点提案", "是" if p.is_key else "否")],
        ], w, st, cov),
        B.Paragraph("提案人", st.heading),
        B.list_table(["身份", "姓名", "界别", "工作单位及职务", "联系电话"], rows, [1.4, 2.2, 2.6, 7, 3.4], w, st, cov,
                     min_rows=2),
        B.spacer(4),
        B.grid([
            [("案由说明", p.reason, 1.2 * cm)],
            [("情况分析", p.analysis, 2.6 * cm)],
            [("具体建议", p.suggestion, 2.6 * cm)],
        ], w, st, cov),
    ]
    if handled:
        flow += [
            B.Paragraph("办理情况", st.heading),
            B.grid([
                [("立案情况", p.filing), ("立案号", p.filing_no)],
                [("主办单位", p.main_dept), ("会办单位", p.co_depts)],
                [("交办日期", fmt_date(p.assigned_on)), ("答复日期", fmt_date(p.replied_on))],
                [("答复类别", _reply_class(p.station_id, p.reply_class)), ("委员意见", p.member_opinion)],
                [("答复摘要", p.reply_summary, 1.6 * cm)],
            ], w, st, cov),
        ]
    flow.append(B.signatures([f"提案人 {m.name}" for m in people] or ["提案人"], w, st, cov))
    year = p.number_year or (p.submitted_on.year if p.submitted_on else "")
    title = f"{LABEL}（{p.number} {p.title}）"
    item = f"提-{p.number_seq:03d}" if p.number_seq else p.number  # the stamp's box is narrow: 调-007 style
    return Sheet(title, f"{safe_name(p.number, 16)}_{safe_name(p.title, 28)}.pdf", Stamp(ctx.fonds, year, "30年", item),
                 flow)


SPEC = SheetSpec("proposal", LABEL, "09_提案", select, build, date_of=lambda r: r.submitted_on)
