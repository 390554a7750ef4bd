"""来访登记处理单: one visit from registration through handling to the follow-up visit."""

from __future__ import annotations

from reportlab.lib.units import cm

import station_app.outputs.sheets.blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp, fmt_date
from station_app.outputs.sheets.kinds import (
    SheetSpec,
    batch_member_names,
    by_month,
    item_of,
    number_records,
    safe_name,
    select_records,
)
from station_app.store.models import Visit, VisitMember

LABEL = "来访登记处理单"


def select(ids, year):
    return select_records(Visit, "visit_date", ids, year)


def build(v: Visit, ctx) -> Sheet:
    st, cov, w = ctx.st, ctx.cov, ctx.width
    number = item_of(ctx, v)  # 登记编号, stored when the visit was saved
    item = number.text
    members = batch_member_names(ctx, VisitMember, "visit", v)
    when = fmt_date(v.visit_date) + (f" {v.visit_time}" if v.visit_time else "")
    flow = [
        B.Paragraph(B.markup(LABEL, cov), st.title),
        B.meta_line(f"登记编号：{item}", f"来访方式：{v.mode}", w, st, cov),
        B.spacer(4),
        B.grid([
            [("来访时间", when), ("来访人数", f"{v.people_count} 人")],
            [("来访人", v.visitor_name), ("性别", v.visitor_gender)],
            [("联系电话", ctx.field(v, "visitor_phone")), ("身份证号", ctx.field(v, "visitor_id_number"))],
            [("住址或单位", v.visitor_address)],
            [("界别群众", v.visitor_sector), ("诉求类别", v.category)],
            [("诉求内容", v.content, 4.2 * cm)],
            [("接待委员", members)],
            [("处理方式", v.handling), ("承办部门", v.handling_dept)],
            [("办理状态", v.status), ("满意度", v.satisfaction)],
            [("办理结果", v.result, 3.2 * cm)],
            [("回访日期", fmt_date(v.followup_date))],
            [("回访情况", v.followup_note, 2.4 * cm)],
        ], w, st, cov),
        B.signatures(["接待委员", "登记人"], w, st, cov),
    ]
    title = f"{LABEL}（{v.visitor_name} {v.visit_date}）"
    return Sheet(title, f"{item}_{v.visit_date}_{safe_name(v.visitor_name, 12)}.pdf",
                 Stamp(ctx.fonds, number.year, "10年", item), flow)


SPEC = SheetSpec("visit", LABEL, "02_来访登记处理单", select, build, date_of=lambda r: r.visit_date,
                 group_of=by_month(LABEL, lambda r: r.visit_date), number=number_records)
