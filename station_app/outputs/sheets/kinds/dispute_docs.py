"""The papers of a mediation dossier after the 2010 Ministry of Justice formats: 申请书 / 受理登记表, 告知书,
paper-original inserts, 卷宗情况说明, 卷内备考表 — and the helpers the other dossier papers share."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

import station_app.outputs.sheets.blocks as B
from station_app.outputs.sheets.engine import fmt_date
from station_app.outputs.sheets.fonts import FONT
from station_app.outputs.sheets.keep import SIGNATURE
from station_app.outputs.sheets.kinds import dispute_notice as N
from station_app.outputs.sheets.kinds import money
from station_app.services.dossier import default_file_no

ORG_NOTE = "注：工作站尚未登记所属人民调解组织名称，暂以工作站名称代替。"
CONSENT_LEAD = {"来访转入": "当事人来访反映纠纷", "委员排查": "经委员排查发现纠纷", "部门移交": "经有关部门移交",
                "法院委托诉前调解": "受人民法院委托进行诉前调解", "当事人申请": "经当事人申请"}


def org_name(ctx) -> str:
    """The 人民调解组织 the station mediates under (its name on every seal line), else the station's."""
    return (getattr(ctx.station, "mediation_org", "") or "").strip() or ctx.station_name or "人民调解委员会"


def org_missing(ctx) -> bool:
    return not (getattr(ctx.station, "mediation_org", "") or "").strip()


def title(text, ctx, left="", right=""):
    """The sheet title and the line under it: '编号：…' on the left, the rest on the right, each on one line
    when together they fit."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    out = [B.Paragraph(B.markup(text, cov), st.title)]
    if left:
        need = stringWidth(left, FONT, st.meta.fontSize) + 2
        left_w = min(max(need, w * 0.3), w * 0.6)
        cells = [B.Paragraph(B.markup(left, cov), st.meta), B.Paragraph(B.markup(right, cov), st.meta_right)]
        out.append(Table([cells], colWidths=[left_w, w - left_w],
                         style=TableStyle(B.BASE + [("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0)])))
    elif right:
        out.append(B.meta_line("", right, w, st, cov))
    return out + [B.spacer(4)]


def seal(ctx, date_line: str):
    """'XX人民调解委员会（印章）' and the date under it, right-aligned; kept with what precedes it."""
    st, cov = ctx.st, ctx.cov
    rows = [[B.Paragraph(B.markup(f"{org_name(ctx)}（印章）", cov), st.meta_right)],
            [B.Paragraph(B.markup(date_line or "日期：　　　　年　　月　　日", cov), st.meta_right)]]
    table = Table(rows, colWidths=[ctx.width], spaceBefore=8,
                  style=TableStyle(B.BASE + [("LEFTPADDING", (0, 0), (-1, -1), 0),
                                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    setattr(table, SIGNATURE, True)
    return table


def party_signers(parties, dated: bool = False) -> list[str]:
    """Signature labels of the parties: a person signs, an organisation seals."""
    if not parties:
        return ["当事人（签名）：", "当事人（签名）："] if not dated else ["当事人", "当事人"]
    if dated:  # for B.signatures, which adds （签字）
        return [f"{p.role}{p.name}" for p in parties]
    return [f"{p.role}{p.name}（{'盖章' if p.is_org else '签名'}）：" for p in parties]


def sign_grid(labels, ctx, others=("人民调解员（签名）：", "记录人（签名）：")):
    """Signature lines two to a row ('申请人宋燕（签名）：____'), without dates: the seal line dates them."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    items = list(labels) + list(others)
    label_w, line_w = w * 0.33, w * 0.17
    rows, cmds = [], []
    for r in range(0, len(items), 2):
        pair = items[r:r + 2]
        row = []
        for c, text in enumerate(pair):
            row += [B.Paragraph(B.markup(text, cov), st.meta_right), ""]
            cmds.append(("LINEBELOW", (2 * c + 1, r // 2), (2 * c + 1, r // 2), 0.6, B.LINE))
        rows.append(row + ["", ""] * (2 - len(pair)))
    cmds = B.cell_style(st, cmds + [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 7),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 2)])
    table = Table(rows, colWidths=[label_w, line_w] * 2, style=TableStyle(cmds), spaceBefore=8)
    setattr(table, SIGNATURE, True)
    return table


def indented(text, ctx):
    """A body paragraph whose first line is indented two characters."""
    pst = ctx.cache.get(("indented", ctx.st.scale))
    if pst is None:
        pst = ctx.cache[("indented", ctx.st.scale)] = ParagraphStyle("indented", parent=ctx.st.body,
                                                     firstLineIndent=2 * ctx.st.body.fontSize)
    return B.Paragraph(B.markup(text, ctx.cov), pst)


def party_rows(parties, ctx) -> list:
    """Grid rows of each party's basic data: people with 职业或职务, organisations with 法定代表人 and 信用代码."""
    rows = []
    for p in parties:
        if p.is_org:
            rows += [[(p.role, p.name), ("统一社会信用代码", p.credit_code)],
                     [("法定代表人或负责人", p.legal_rep), ("联系电话", ctx.field(p, "phone"))],
                     [("住所", p.address)]]
        else:
            facts = "，".join(x for x in (p.gender, f"{p.age}岁" if p.age else "", p.ethnicity) if x)
            rows += [[(p.role, p.name), ("性别年龄民族", facts)],
                     [("职业或职务", p.occupation), ("联系电话", ctx.field(p, "phone"))],
                     [("身份证号", ctx.field(p, "id_number")), ("住址", p.address)]]
    return rows or [[("当事人", "")]]


def pair_of(parties) -> str:
    """'张秀兰与张德福' — the first 申请人 and 被申请人 (every party when the roles are not set)."""
    first = {}
    for p in parties:
        first.setdefault(p.role, p.name)
    a, b = first.get("申请人", ""), first.get("被申请人", "")
    if a and b:
        return f"{a}与{b}"
    return "、".join(p.name for p in parties)


def kind_of(d) -> str:
    return d.dispute_type if d.dispute_type.endswith("纠纷") else f"{d.dispute_type}纠纷"


def acceptance(d, parties, mediators, ctx):
    """人民调解申请书 when the parties applied, else 人民调解受理登记表 with the consent sentence."""
    if d.source == "当事人申请":
        return application(d, parties, ctx)
    st, cov, w = ctx.st, ctx.cov, ctx.width
    consent = (f"{CONSENT_LEAD.get(d.source, d.source)}，经当事人同意，{org_name(ctx)}于{fmt_date(d.accepted_on)}"
               f"受理调解{pair_of(parties)}之间的{kind_of(d)}。")
    return [
        *title("人民调解受理登记表", ctx, right=f"案件编号：{d.case_no}"),
        B.grid([
            [("受理日期", fmt_date(d.accepted_on)), ("案件来源", d.source)],
            [("纠纷类型", d.dispute_type), ("纠纷地点", d.location)],
            [("涉及人数", f"{d.people_count} 人"), ("涉及金额", money(d.amount))],
            [("人民调解员", mediators)],
        ], w, st, cov),
        B.Paragraph("当事人基本情况", st.heading),
        B.grid(party_rows(parties, ctx), w, st, cov),
        *B.text_block("纠纷简要情况", d.summary, st, cov, min_height=3.5 * cm),
        B.spacer(4),
        indented(consent, ctx),
        sign_grid(party_signers(parties), ctx, ["登记人（签名）："]),
        seal(ctx, fmt_date(d.accepted_on)),
    ]


def application(d, parties, ctx):
    """人民调解申请书: the applicants ask the 人民调解委员会 to mediate."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    applicants = [p for p in parties if p.role == "申请人"] or parties
    ask = (f"申请人请求{org_name(ctx)}依法调解上述纠纷，已知悉人民调解遵循自愿、平等的原则，不收取费用，"
           "并已知悉当事人在调解活动中的权利和义务。")
    return [
        *title("人民调解申请书", ctx, right=f"案件编号：{d.case_no}"),
        B.Paragraph("当事人基本情况", st.heading),
        B.grid(party_rows(parties, ctx), w, st, cov),
        *B.text_block("纠纷事实及申请事项", d.summary, st, cov, min_height=5 * cm),
        B.spacer(4),
        indented(ask, ctx),
        B.signatures(party_signers(applicants, dated=True), w, st, cov),
        B.spacer(10),
        B.Paragraph(B.markup(f"受理日期：{fmt_date(d.accepted_on)}　　案件来源：{d.source}", cov), st.meta_right),
    ]


def notice(d, parties, ctx):
    """当事人权利义务告知书, the full text with a signature line per party."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    org = org_name(ctx)
    out = [*title("当事人权利义务告知书", ctx, right=f"案件编号：{d.case_no}"),
           B.Paragraph(B.markup("各方当事人：", cov), st.body),
           indented(N.INTRO.format(org=org), ctx)]
    for heading, items in N.SECTIONS:
        out.append(B.Paragraph(B.markup(heading, cov), st.heading))
        out += [indented(item, ctx) for item in items]
    out += [B.spacer(4), indented(N.CLOSING, ctx),
            B.signatures(party_signers(parties, dated=True), w, st, cov),
            seal(ctx, fmt_date(d.accepted_on))]
    return out


def paper_insert(name, paper, ctx, *, after_print=False):
    """ONE page standing for a paper original bound here: what it is, its pages and their page numbers."""
    st, cov = ctx.st, ctx.cov
    pages = paper.pages if paper else 0
    heading = f"{name}（签字原件）" if after_print else name
    what = "当事人签字的纸质原件" if after_print else "纸质原件"
    out = [B.spacer(4 * cm), B.Paragraph(B.markup(heading, cov), st.title), B.spacer(0.8 * cm),
           B.Paragraph(B.markup(f"本处装订{what}，不另打印。", cov), st.subtitle), B.spacer(4)]
    if pages:
        out += [ctx.page_ref(f"纸质原件共 {pages} 页，为本卷第 {{gap}} 页。", align="center"), ctx.gap(pages)]
    else:
        out.append(B.Paragraph("纸质原件页数未登记。", st.center))
    if paper and paper.note:
        out += [B.spacer(8), B.Paragraph(B.markup(f"说明：{paper.note}", cov), st.center)]
    return out


def explanation(d, ctx):
    """卷宗情况说明 from the case's explanation."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    return [*title("卷宗情况说明", ctx, right=f"案件编号：{d.case_no}"),
            B.grid([[("情况说明", d.explanation, 12 * cm)]], w, st, cov),
            B.signatures(["人民调解员"], w, st, cov), seal(ctx, "")]


def back_cover(d, ctx, items: int, paper_pages: int):
    """卷内备考表 (封底): 本卷共 N 件 N 页 of the bound file, who filed and checked it, and when."""
    st, cov, w = ctx.st, ctx.cov, ctx.width
    papers = f"其中纸质原件 {paper_pages} 页，" if paper_pages else ""
    note = [ctx.page_ref(f"本卷共 {items} 件 {{total}} 页。"),
            B.Paragraph(B.markup(f"页数含封面、卷内目录和本表；{papers}按卷内目录所列位置装订。", cov), st.cell)]
    if org_missing(ctx):
        note.append(B.Paragraph(B.markup(ORG_NOTE, cov), st.small))
    return [*title("卷内备考表", ctx),
            B.grid([[("卷宗号", d.file_no or default_file_no(d))], [("立卷单位", org_name(ctx))],
                    [("本卷情况说明", note, 6 * cm)],
                    [("立卷人", d.filed_by), ("立卷时间", fmt_date(d.filed_on))],
                    [("检查人", d.checked_by), ("检查时间", "")]], w, st, cov, label_w=3.0 * cm),
            B.signatures(["立卷人", "检查人"], w, st, cov)]
