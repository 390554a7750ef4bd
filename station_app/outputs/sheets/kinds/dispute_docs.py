"""The documents inside a mediation dossier, after the Ministry of Justice formats."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import PageBreak

from station_app.outputs.sheets import blocks as B
from station_app.outputs.sheets.engine import fmt_date
from station_app.outputs.sheets.kinds import money
from station_app.services.dossier import default_file_no


def _title(text, ctx, right=""):
    out = [B.Paragraph(B.markup(text, ctx.cov), ctx.st.title)]
    if right:
        out.append(B.meta_line("", right, ctx.width, ctx.st, ctx.cov))
    return out + [B.spacer(4)]


def party_rows(parties, ctx):
    return [[p.role, p.name, p.gender, str(p.age or ""), p.ethnicity, ctx.id_no(p.id_number), p.address,
             ctx.phone(p.phone)] for p in parties]


PARTY_HEAD = ["类别", "姓名或单位", "性别", "年龄", "民族", "身份证号", "住址", "联系电话"]
PARTY_W = [1.75, 2.45, 1.1, 1.1, 1.4, 3.65, 2.4, 2.65]  # cm at 9 pt: 被申请人, 蒙古族, ID, phone unbroken


def acceptance(d, parties, mediators, ctx):
    """受理登记表."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    return [
        *_title("人民调解受理登记表", ctx, f"案件编号：{d.case_no}"),
        B.grid([
            [("受理日期", fmt_date(d.accepted_on)), ("纠纷来源", d.source)],
            [("纠纷类型", d.dispute_type), ("纠纷地点", d.location)],
            [("涉及人数", f"{d.people_count} 人"), ("涉及金额", money(d.amount))],
            [("人民调解员", mediators)],
        ], w, st, cov),
        B.spacer(6),
        B.Paragraph("当事人基本情况", st.heading),
        B.list_table(PARTY_HEAD, party_rows(parties, ctx), PARTY_W, w, st, cov, min_rows=2, dense=True),
        *B.text_block("纠纷简要情况", d.summary, st, cov, min_height=4 * cm),
        B.signatures(["受理人", "当事人"], w, st, cov),
    ]


def sessions(d, parties, mediators, ctx):
    """调解记录, one per session."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    names = "、".join(f"{p.name}（{p.role}）" for p in parties)
    out = []
    rows = list(d.sessions.order_by("date", "id"))
    statements = [(p, p.statement) for p in parties if p.statement]
    for n, s in enumerate(rows, start=1):
        if n > 1:
            out.append(PageBreak())
        out += _title("人民调解记录", ctx, f"{d.case_no}　第 {n} 次调解")
        out.append(B.grid([
            [("时间", fmt_date(s.date)), ("地点", s.location or d.location)],
            [("事由", f"{d.dispute_type}纠纷")],
            [("参加人", s.participants or mediators)],
            [("当事人", names)],
        ], w, st, cov))
        if n == 1 and statements:
            for p, text in statements:
                out += B.text_block(f"{p.role}{p.name}陈述", text, st, cov)
        out += B.text_block("调解经过", s.process, st, cov, min_height=5 * cm)
        out += B.text_block("调解结果（未达成协议的写明原因）", s.result, st, cov, min_height=1.5 * cm)
        out.append(B.signatures(["当事人", "人民调解员", "记录人"], w, st, cov))
    return out


def agreements(d, parties, mediators, ctx):
    """调解协议书: one copy per party plus one kept by the station."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    holders = [f"{p.role}{p.name}" for p in parties] + [ctx.station_name or "人民调解组织"]
    copies = len(holders)
    deadline = fmt_date(d.fulfil_deadline) if d.fulfil_deadline else "协议生效后按约定"
    out = []
    for n, holder in enumerate(holders, start=1):
        if n > 1:
            out.append(PageBreak())
        out += _title("人民调解协议书", ctx, f"编号：{d.case_no}　第 {n} 份 共 {copies} 份（{holder}执）")
        out.append(B.list_table(PARTY_HEAD, party_rows(parties, ctx), PARTY_W, w, st, cov, dense=True))
        out += B.text_block("纠纷主要事实、争议事项及各方责任", d.summary, st, cov, min_height=2.5 * cm)
        out += B.text_block("经调解，各方当事人自愿达成如下协议", d.agreement_content, st, cov, min_height=3 * cm)
        out += B.text_block("履行方式、地点、期限",
                            f"按上述协议履行，于{deadline}前履行完毕；协议金额 {money(d.agreement_amount)}。", st, cov)
        out.append(B.Paragraph(B.markup(
            f"本协议自各方当事人签名（盖章）、人民调解员签名并加盖人民调解组织印章之日起生效。本协议书一式 {copies} 份，"
            "当事人各执一份，人民调解组织留存一份。", cov), st.body))
        signers = ["当事人"] * max(2, len(parties)) + ["人民调解员"]  # every party signs its agreement
        out.append(B.signatures(signers, w, st, cov))
        out.append(B.Paragraph(B.markup(f"{ctx.station_name}（印章）", cov), st.meta_right))
    return out


def followups(d, parties, ctx):
    """回访记录, one table per follow-up visit."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    out = _title("人民调解回访记录", ctx, f"协议编号：{d.case_no}")
    names = "、".join(p.name for p in parties)
    for n, f in enumerate(d.followups.order_by("date", "id"), start=1):
        out += [B.Paragraph(f"第 {n} 次回访", st.heading), B.grid([
            [("当事人", names)],
            [("回访时间", fmt_date(f.date)), ("回访人", f.visitor)],
            [("回访事由", f.reason)],
            [("回访情况", f.content, 2.5 * cm)],
            [("履行情况", f.fulfilment or d.fulfilment), ("满意度", f.satisfaction)],
        ], w, st, cov), B.spacer(4)]
    out.append(B.signatures(["回访人"], w, st, cov))
    return out


def placeholder(name, pages, note, source, ctx):
    """A paper that exists only on paper: this page marks where it is bound in."""
    st, cov = ctx.st, ctx.cov
    text = f"本处装订纸质材料：{name}" + (f"（共 {pages} 页）" if pages else "")
    return [B.spacer(6 * cm), B.Paragraph(B.markup(name, cov), st.title), B.spacer(1 * cm),
            B.Paragraph(B.markup(text, cov), st.subtitle),
            B.Paragraph(B.markup(note or source, cov), st.center)]


def back_cover(d, ctx):
    """封底 (卷内备考表): how many pages, who filed and checked it."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    note = [ctx.page_ref("本卷共 {total} 页。"),
            B.Paragraph("含封面、卷内目录、封底；纸质材料按卷内目录所列位置装订。", st.cell)]
    return [*_title("卷内备考表", ctx),
            B.grid([[("卷宗号", d.file_no or default_file_no(d))], [("本卷情况说明", note, 6 * cm)]], w, st, cov,
                   label_w=3.0 * cm),
            B.signatures(["立卷人", "检查人"], w, st, cov)]
