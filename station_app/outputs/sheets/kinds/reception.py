"""接待日登记表: one reception day — members on duty, every visit, the summary and signatures."""

from __future__ import annotations

from reportlab.lib.units import cm

import station_app.outputs.sheets.blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp, fmt_date
from station_app.outputs.sheets.kinds import (
    SheetSpec,
    batch_member_names,
    by_month,
    item_of,
    linked_members,
    names_of,
    number_records,
    select_records,
    weekday,
)
from station_app.store.models import ReceptionDay, ReceptionMember, Visit, VisitMember

LABEL = "接待日登记表"


def select(ids, year):
    return select_records(ReceptionDay, "date", ids, year)


def _visits_by_day(ctx) -> dict[int, list[Visit]]:
    """The visits of every reception day of the render (or package task), read in one query."""
    found = ctx.cache.get("reception_visits")
    if found is None:
        days = [d.id for d in (ctx.scope or ctx.batch)]
        found = ctx.cache["reception_visits"] = {i: [] for i in days}
        for start in range(0, len(days), 500):
            for v in (Visit.alive().where(Visit.reception_day.in_(days[start:start + 500]))
                      .order_by(Visit.visit_time, Visit.id)):
                found[v.reception_day_id].append(v)
    return found


def _visit_rows(day, ctx):
    by_day = _visits_by_day(ctx)
    visits = by_day.get(day.id)
    if visits is None:  # a day outside the batch
        visits = list(Visit.alive().where(Visit.reception_day == day).order_by(Visit.visit_time, Visit.id))
    scope = ctx.cache.setdefault("reception_visit_ids", {v.id for vs in by_day.values() for v in vs})
    rows = []
    for n, v in enumerate(visits, start=1):
        members = batch_member_names(ctx, VisitMember, "visit", v, scope)
        rows.append([str(n), v.visit_time, f"{v.visitor_name}\n（{v.people_count}人）" if v.people_count > 1
                     else v.visitor_name, ctx.field(v, "visitor_phone"), v.visitor_address, v.category,
                     v.content, v.handling, members, v.status])
    return visits, rows


def build(day: ReceptionDay, ctx) -> Sheet:
    st, cov, w = ctx.st, ctx.cov, ctx.width
    number = item_of(ctx, day)
    item = number.text
    members = names_of(linked_members(ReceptionMember, "day", day))
    visits, rows = _visit_rows(day, ctx)
    people = sum(v.people_count for v in visits)
    flow = [
        B.Paragraph(B.markup(LABEL, cov), st.title),
        B.meta_line(f"编号：{item}", f"{fmt_date(day.date)}（{weekday(day.date)}）{day.half}", w, st, cov),
        B.spacer(4),
        B.grid([
            [("接待地点", day.location), ("接待主题", day.theme or "常规接待")],
            [("值班委员", members), ("记录人", day.recorder)],
            [("邀请界别", day.themed_sectors), ("接待情况", f"来访 {len(visits)} 批 {people} 人次")],
        ], w, st, cov, label_w=2.6 * cm),
        B.spacer(8),
        B.list_table(["序号", "时间", "来访人", "联系电话", "住址或单位", "诉求类别", "诉求内容", "处理方式",
                      "接待委员", "办理状态"], rows, [4.3, 5.4, 7.5, 9.2, 9.5, 7, 20, 8, 10.4, 6.8], w, st,
                     cov, min_rows=3, row_height=0.8 * cm, last_row_along=True),
        *B.text_block("接待小结", day.summary, st, cov, min_height=1.5 * cm),
        B.signatures(["值班委员", "召集人"], w, st, cov),
    ]
    return Sheet(f"{LABEL}（{day.date} {day.half}）", f"{item}_{day.date}_{day.half}.pdf",
                 Stamp(ctx.fonds, number.year, "10年", item), flow)


SPEC = SheetSpec("reception", LABEL, "01_接待日登记表", select, build, landscape=True,
                 date_of=lambda r: r.date, group_of=by_month(LABEL, lambda r: r.date),
                 number=number_records)
