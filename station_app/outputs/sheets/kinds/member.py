"""委员履职档案: one member's year — profile, figures, points and rank, and every duty in date order."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import cm

from station_app.outputs.sheets import blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp, fmt_date
from station_app.outputs.sheets.kinds import SheetError, SheetSpec, safe_name, year_range
from station_app.services.performance import METRIC_LABELS, member_figures
from station_app.store.models import (
    Activity, ActivityMember, Dispute, DisputeMediator, DutyMember, DutySlot, Meeting, MeetingMember, Member,
    Opinion, Topic, Visit, VisitMember,
)

LABEL = "委员履职档案"


def select(ids, year):
    query = Member.alive()
    if ids is not None:
        rows = list(query.where(Member.id.in_(list(ids))).order_by(Member.id))
        lost = sorted(set(ids) - {m.id for m in rows})
        if lost:
            raise SheetError(f"找不到编号为 {'、'.join(map(str, lost))} 的委员。")
        return rows
    return list(query.where(Member.status == "在册").order_by(Member.id))


def _events(m: Member, start: dt.date, end: dt.date) -> list[list[str]]:
    ev = []
    for s in (DutySlot.alive().join(DutyMember).where((DutyMember.member == m) & (DutyMember.active == True)  # noqa: E712
                                                     & DutySlot.date.between(start, end) & (DutySlot.state != "取消"))):
        ev.append((s.date, "值班接待", f"{s.half} {s.location}"))
    for v in Visit.alive().join(VisitMember).where((VisitMember.member == m) & Visit.visit_date.between(start, end)):
        ev.append((v.visit_date, "接待来访", f"{v.visitor_name}（{v.people_count}人）{v.category}：{v.content[:40]}"))
    for d in Dispute.alive().join(DisputeMediator).where((DisputeMediator.member == m)
                                                        & Dispute.accepted_on.between(start, end)):
        ev.append((d.accepted_on, "矛盾调解", f"{d.case_no} {d.dispute_type} {d.result or '调解中'}"))
    for a in Activity.alive().join(ActivityMember).where((ActivityMember.member == m) & Activity.date.between(start, end)):
        ev.append((a.date, "履职活动", f"{a.activity_type}：{a.title}"))
    for mt in (Meeting.select(Meeting, Topic).join(Topic).switch(Meeting).join(MeetingMember)
               .where((MeetingMember.member == m) & Meeting.date.between(start, end) & (Topic.deleted == False))):  # noqa: E712
        ev.append((mt.date, "协商议事", f"{mt.topic.code} {mt.topic.title}"))
    for o in Opinion.alive().where((Opinion.member == m) & Opinion.submitted_on.between(start, end)):
        ev.append((o.submitted_on, "社情民意", f"{o.title}（{o.adoption}）"))
    ev.sort(key=lambda e: (e[0], e[1]))
    return [[str(i), fmt_date(d), kind, text] for i, (d, kind, text) in enumerate(ev, start=1)]


def build(m: Member, ctx) -> Sheet:
    st, cov, w = ctx.st, ctx.cov, ctx.width
    year = ctx.year or dt.date.today().year
    start, end = year_range(year)
    figures = ctx.cache.get(("figures", year))
    if figures is None:
        figures = ctx.cache[("figures", year)] = {f.member_id: f for f in member_figures(start, end)}
    fig = figures.get(m.id)
    birth = f"{m.birth_month.year}年{m.birth_month.month}月" if m.birth_month else ""
    flow = [
        B.Paragraph(B.markup(f"{year}年度{LABEL}", cov), st.title),
        B.meta_line(f"委员：{m.name}", f"界别：{m.sector}", w, st, cov), B.spacer(4),
        B.grid([
            [("姓名", m.name), ("性别", m.gender)],
            [("民族", m.ethnicity), ("出生年月", birth)],
            [("界别", m.sector), ("委员层级", f"{m.level}政协委员" if m.level else "")],
            [("届次", m.term), ("党派", m.party)],
            [("工作单位及职务", m.employer)],
            [("专业特长", m.expertise), ("联系电话", ctx.phone(m.phone))],
            [("室内角色", m.role), ("入室日期", fmt_date(m.joined_on))],
        ], w, st, cov, label_w=3.0 * cm),
        B.Paragraph("年度履职情况", st.heading),
    ]
    if fig:
        keys = ["duty_shifts", "people_contacted", "mediations", "activities", "meetings", "topics", "opinions"]
        values = [[METRIC_LABELS.get(k, k) for k in keys] + ["积分", "排名"],
                  [str(fig.value(k)) for k in keys] + [f"{fig.points:g}", str(fig.rank)]]
        flow.append(B.list_table(values[0], [values[1]], [1] * len(values[0]), w, st, cov))
        quota = "；".join(fig.below_quota) if fig.below_quota else "已达到年度履职指标"
        flow += B.text_block("履职指标", quota, st, cov)
    else:
        flow.append(B.Paragraph("该委员本年度不在册，未计算积分与排名。", st.body))
    flow += [B.Paragraph("履职记录明细", st.heading),
             B.list_table(["序号", "日期", "类别", "内容"], _events(m, start, end), [1.3, 3.9, 2.4, 12], w, st, cov,
                          min_rows=3),
             B.signatures(["委员本人", "召集人"], w, st, cov)]
    item = f"委员-{m.id:03d}"
    return Sheet(f"{year}年度{LABEL}（{m.name}）", f"{item}_{safe_name(m.name, 12)}_{year}年度履职档案.pdf",
                 Stamp(ctx.fonds, year, "30年", item), flow)


SPEC = SheetSpec("member", LABEL, "07_委员履职档案", select, build, id_help="委员编号")
