"""人民调解协议书 (written agreements, one copy per party plus one kept) and 口头协议登记表 (oral ones)."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import PageBreak

import station_app.outputs.sheets.blocks as B
from station_app.outputs.sheets.engine import fmt_date
from station_app.outputs.sheets.kinds import money
from station_app.outputs.sheets.kinds.dispute_docs import (
    indented,
    org_name,
    party_rows,
    party_signers,
    seal,
    sign_grid,
    title,
)
from station_app.outputs.sheets.kinds.dispute_records import BLANK


def agreement_date(d):
    """协议日期: as recorded, else the last session's date (empty when there is none)."""
    if d.agreement_date:
        return d.agreement_date
    return max((s.date for s in d.sessions), default=None)


def _content(d) -> str:
    text = d.agreement_content or ""
    if d.agreement_amount and float(d.agreement_amount) > 0:
        text += f"\n（协议涉及金额：{money(d.agreement_amount)}）"
    return text


def _deadline(d) -> str:
    return f"{fmt_date(d.fulfil_deadline)}前" if d.fulfil_deadline else ""


def agreements(d, parties, mediators, ctx):
    """调解协议书: one copy per party plus one kept by the 人民调解委员会."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    holders = [f"{p.role}{p.name}" for p in parties] + [org_name(ctx)]
    total = len(holders)  # 一式 N 份: each party's copy and the one kept
    effect = ("本协议自各方当事人签名（盖章或者按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效。"
              f"本协议一式 {total} 份，当事人各执一份，人民调解委员会留存一份。")
    out = []
    for n, holder in enumerate(holders, start=1):
        if n > 1:
            out.append(PageBreak())
        out += title("人民调解协议书", ctx, f"编号：{d.agreement_no or BLANK}",
                     f"第 {n} 份 共 {total} 份（{holder}执）")
        out += [B.Paragraph("当事人基本情况", st.heading), B.grid(party_rows(parties, ctx), w, st, cov)]
        out += B.text_block("纠纷主要事实、争议事项及各方责任", d.summary, st, cov,
                            min_height=0 if d.summary else 2.5 * cm)  # room to write only when empty
        out += B.text_block("经调解，各方当事人自愿达成如下协议", _content(d), st, cov,
                            min_height=0.9 * cm if d.agreement_content else 3 * cm)
        out += [B.Paragraph("履行方式、地点、期限", st.heading), B.grid([
            [("履行方式", d.fulfil_method), ("履行地点", d.fulfil_place)],
            [("履行期限", _deadline(d)), ("记录人", d.recorder)],
            [("人民调解员", mediators)],  # the whole width: a list of names is not broken inside a name
        ], w, st, cov)]
        out += [B.spacer(4), indented(effect, ctx), sign_grid(party_signers(parties), ctx),
                seal(ctx, f"协议日期：{fmt_date(agreement_date(d)) or '　　　　年　　月　　日'}")]
    return out


def oral(d, parties, mediators, ctx):
    """口头协议登记表: what the parties agreed orally, registered by the mediator."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    names = "、".join(f"{p.name}（{p.role}）" for p in parties)
    day = fmt_date(agreement_date(d))
    return [
        *title("人民调解口头协议登记表", ctx, f"编号：{d.agreement_no or BLANK}", f"案件编号：{d.case_no}"),
        B.grid([
            [("当事人", names)],
            [("纠纷简要情况", d.summary, 3 * cm)],
            [("协议内容", _content(d), 4 * cm)],
            [("履行方式", d.fulfil_method), ("履行期限", _deadline(d))],
            [("履行地点", d.fulfil_place), ("记录人", d.recorder)],
            [("人民调解员", mediators)],  # full width, as on the written agreement
            [("协议日期", day), ("登记日期", day)],
        ], w, st, cov, label_w=3.0 * cm),
        sign_grid([], ctx),
        seal(ctx, day),
    ]
