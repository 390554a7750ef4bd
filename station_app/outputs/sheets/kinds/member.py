"""委员履职档案: one member's year — profile, figures, points and rank, and every duty in date order."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import cm

import station_app.outputs.sheets.blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp, fmt_date
from station_app.outputs.sheets.fonts import clip
from station_app.outputs.sheets.kinds import (
    SheetError,
    SheetSpec,
    safe_name,
    scope_ids,
    sheet_number,
    year_range,
)
from station_app.services import item_numbers
from station_app.services.performance import METRIC_LABELS, member_figures
from station_app.store.models import (
    Activity,
    ActivityMember,
    Dispute,
    DisputeMediator,
    DutyMember,
    DutySlot,
    Meeting,
    MeetingMember,
    Member,
    Opinion,
    Topic,
    Visit,
    VisitMember,
)
from station_app.store.org import OWN_STATION_ID

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


def _event_queries(ids, start, end):
    """(member_id, date, category, text) of every duty of the members *ids* in [start, end]."""
    yield from ((mid, d, "值班接待", f"{half} {loc}") for mid, d, half, loc in (
        DutySlot.alive(DutyMember.member, DutySlot.date, DutySlot.half, DutySlot.location).join(DutyMember)
        .where(DutyMember.member.in_(ids) & DutySlot.date.between(start, end) & (DutySlot.state == "已完成")
               # held as services.performance counts it: present, or on duty with no attendance taken
               & ((DutyMember.present == True) | (DutyMember.present.is_null()
                                                  & (DutyMember.active == True)))).tuples()))
    yield from ((mid, d, "接待来访", f"{name}（{n}人）{cat}：{clip(content, 40)}")
                for mid, d, name, n, cat, content in (
        Visit.alive(VisitMember.member, Visit.visit_date, Visit.visitor_name, Visit.people_count, Visit.category,
                    Visit.content).join(VisitMember)
        .where(VisitMember.member.in_(ids) & Visit.visit_date.between(start, end)).tuples()))
    yield from ((mid, d, "矛盾调解", f"{no} {kind} {result or '调解中'}") for mid, d, no, kind, result in (
        Dispute.alive(DisputeMediator.member, Dispute.accepted_on, Dispute.case_no, Dispute.dispute_type,
                      Dispute.result).join(DisputeMediator)
        .where(DisputeMediator.member.in_(ids) & Dispute.accepted_on.between(start, end)).tuples()))
    yield from ((mid, d, "履职活动", f"{kind}：{title}") for mid, d, kind, title in (
        Activity.alive(ActivityMember.member, Activity.date, Activity.activity_type, Activity.title)
        .join(ActivityMember).where(ActivityMember.member.in_(ids) & Activity.date.between(start, end)).tuples()))
    yield from ((mid, d, "协商议事", f"{code} {title}") for mid, d, code, title in (
        Meeting.select(MeetingMember.member, Meeting.date, Topic.code, Topic.title).join(Topic).switch(Meeting)
        .join(MeetingMember).where(MeetingMember.member.in_(ids) & Meeting.date.between(start, end)
                                   & (Topic.deleted == False)).tuples()))
    yield from ((mid, d, "社情民意", f"{title}（{adoption}）") for mid, d, title, adoption in (
        Opinion.alive(Opinion.member, Opinion.submitted_on, Opinion.title, Opinion.adoption)
        .where(Opinion.member.in_(ids) & Opinion.submitted_on.between(start, end)).tuples()))


def _events(m: Member, ctx, start: dt.date, end: dt.date) -> list[list[str]]:
    """The member's duties in date order, read for every member of the render at once."""
    key = ("events", start.year)
    events = ctx.cache.get(key)
    if events is None or m.id not in events:
        ids = scope_ids(ctx, m)
        events = ctx.cache.setdefault(key, {})
        for i in ids:
            events.setdefault(i, [])
        for first in range(0, len(ids), 500):
            for mid, d, kind, text in _event_queries(ids[first:first + 500], start, end):
                events[mid].append((d, kind, text))
    ev = sorted(events[m.id], key=lambda e: (e[0], e[1]))
    return [[str(i), fmt_date(d), kind, text] for i, (d, kind, text) in enumerate(ev, start=1)]


def build(m: Member, ctx) -> Sheet:
    st, cov, w = ctx.st, ctx.cov, ctx.width
    year = ctx.year or dt.date.today().year
    start, end = year_range(year)
    key = ("figures", year, m.station_id)  # points and rank among the member's own station's members
    figures = ctx.cache.get(key)
    if figures is None:
        figures = ctx.cache[key] = {f.member_id: f for f in member_figures(start, end, station=m.station_id)}
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
            [("专业特长", m.expertise), ("联系电话", ctx.field(m, "phone"))],
            [("室内角色", m.role), ("入室日期", fmt_date(m.joined_on))],
        ], w, st, cov, label_w=3.0 * cm),
        B.Paragraph("年度履职情况", st.heading),
    ]
    if fig:
        keys = ["duty_shifts", "people_contacted", "mediations", "activities", "meetings", "topics", "opinions",
                "proposals"]
        values = [[METRIC_LABELS.get(k, k) for k in keys] + ["积分", "排名"],
                  [str(fig.value(k)) for k in keys] + [f"{fig.points:g}", str(fig.rank)]]
        flow.append(B.list_table(values[0], [values[1]], [1] * len(values[0]), w, st, cov))
        quota = "；".join(fig.below_quota) if fig.below_quota else "已达到年度履职指标"
        flow += B.text_block("履职指标", quota, st, cov)
    else:
        flow.append(B.Paragraph("该委员本年度不在册，未计算积分与排名。", st.body))
    flow += [B.Paragraph("履职记录明细", st.heading),
             B.list_table(["序号", "日期", "类别", "内容"], _events(m, ctx, start, end), [1.5, 3.9, 2.4, 11.8], w,
                          st, cov, min_rows=3),
             B.signatures(["委员本人", "召集人"], w, st, cov)]
    if m.station_id == OWN_STATION_ID:
        item = sheet_number(ctx, "member", m.uuid, year).text  # the member's file of that year
    else:  # a registered station's member: the number its package brought, none made up here
        found = item_numbers.lookup("member", m.uuid)
        item = found.text if found is not None and found.year == year else ""
    return Sheet(f"{year}年度{LABEL}（{m.name}）", f"{item}_{safe_name(m.name, 12)}_{year}年度履职档案.pdf",
                 Stamp(ctx.fonds, year, "30年", item), flow)


def number(members, year) -> None:
    """件号 of the members' year files exported for the first time (stored; later exports reuse them)."""
    year = year or dt.date.today().year
    item_numbers.assign_many("member", [(m.uuid, year) for m in members if m.station_id == OWN_STATION_ID])


SPEC = SheetSpec("member", LABEL, "07_委员履职档案", select, build, id_help="委员编号", number=number)
