"""人民调解记录 (one per session, the last states how the case ended) and 人民调解回访记录."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import PageBreak

import station_app.outputs.sheets.blocks as B
from station_app.outputs.sheets.engine import fmt_date
from station_app.outputs.sheets.kinds.dispute_docs import (
    kind_of,
    org_name,
    party_signers,
    seal,
    sign_grid,
    title,
)

BLANK = "＿＿＿＿＿＿＿＿＿＿＿＿"
RIGHTS = ("人民调解员已告知各方当事人：本纠纷可以依法申请仲裁，或者请求有关行政机关处理，或者向人民法院提起诉讼，"
          "当事人有权通过仲裁、行政、司法等途径依法维护自己的权利。")
ENDINGS = {
    "调解成功": "经调解，各方当事人自愿达成{form}调解协议{no}，本案调解成功。",
    "调解不成功": "经调解，各方当事人未能达成调解协议，本案调解不成功。",
    "终止调解": "本案终止调解。",
    "转诉讼": "当事人选择向人民法院提起诉讼，本案终止调解，转诉讼。",
    "转其他部门": "本纠纷依法应由其他部门处理，本案终止调解，转有关部门办理。",
}


def outcome(d) -> str:
    """The case's result in words; on failure or termination the reason and the other channels."""
    if not d.result:
        return ""
    no = f"（协议编号：{d.agreement_no}）" if d.agreement_no else ""
    text = ENDINGS.get(d.result, f"调解结果：{d.result}。").format(form=d.agreement_form or "", no=no)
    if d.result != "调解成功":
        reason = (d.failure_reason or "").strip().rstrip("。")
        text += f"原因：{reason or BLANK}。" + RIGHTS
    if d.closed_on:
        text += f"结案日期：{fmt_date(d.closed_on)}。"
    return text


def sessions(d, parties, mediators, ctx):
    """调解记录, one per session: 参加人 are the invited persons, the parties are listed apart."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    names = "、".join(f"{p.name}（{p.role}）" for p in parties)
    rows = list(d.sessions.order_by("date", "id"))
    statements = [(p, p.statement) for p in parties if p.statement]
    out = []
    for n, s in enumerate(rows, start=1):
        last = n == len(rows) and bool(d.result)
        if n > 1:
            out.append(PageBreak())
        out += title("人民调解记录", ctx, f"案件编号：{d.case_no}", f"第 {n} 次调解（共 {len(rows)} 次）")
        out.append(B.grid([
            [("时间", fmt_date(s.date)), ("地点", s.location or d.location)],
            [("事由", f"调解{kind_of(d)}")],
            [("当事人", names)],
            [("参加人", s.participants)],
            [("调解员", s.mediators or mediators), ("记录人", s.recorder)],
        ], w, st, cov))
        if n == 1:
            for p, text in statements:
                out += B.text_block(f"{p.role}{p.name}陈述", text, st, cov)
        out += B.text_block("调解经过", s.process, st, cov, min_height=(4 if last else 5) * cm)
        if last:
            out += B.text_block("调解结果", outcome(d), st, cov, min_height=1.5 * cm)
        else:
            out += B.text_block("本次调解情况", s.result, st, cov, min_height=1.5 * cm)
        out.append(sign_grid(party_signers(parties), ctx))
    return out


def followups(d, parties, ctx):
    """回访记录, one table per follow-up visit; 协议编号 refers to the written or oral agreement."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    form = "口头协议" if d.agreement_form == "口头" else "协议"
    out = title("人民调解回访记录", ctx, f"{form}编号：{d.agreement_no or BLANK}", f"案件编号：{d.case_no}")
    names = "、".join(p.name for p in parties)
    for n, f in enumerate(d.followups.order_by("date", "id"), start=1):
        out += [B.Paragraph(f"第 {n} 次回访", st.heading), B.grid([
            [("当事人", names)],
            [("回访时间", fmt_date(f.date)), ("回访人", f.visitor)],
            [("回访单位", org_name(ctx))],
            [("回访事由", f.reason)],
            [("回访情况", f.content, 2.5 * cm)],
            [("履行情况", f.fulfilment or d.fulfilment), ("满意度", f.satisfaction)],
        ], w, st, cov), B.spacer(4)]
    out += [B.signatures(["回访人"], w, st, cov), seal(ctx, "")]
    return out
