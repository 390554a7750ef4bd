"""协商议事记录 (one per meeting) and 成果反馈单 of one consultation topic."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import PageBreak

import station_app.outputs.sheets.blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp, fmt_date
from station_app.outputs.sheets.kinds import (
    SheetSpec,
    item_of,
    linked_members,
    names_of,
    number_records,
    safe_name,
    select_records,
)
from station_app.store.choices import TOPIC_STEPS
from station_app.store.models import MeetingMember, Topic, TopicGrade, TopicVisit

LABEL = "协商议事记录与成果反馈单"


def select(ids, year):
    return select_records(Topic, "proposed_on", ids, year)


def _meeting(t, m, n, ctx):
    st, cov, w = ctx.st, ctx.cov, ctx.width
    members = names_of(linked_members(MeetingMember, "meeting", m))
    return [
        B.Paragraph("协商议事记录", st.title),
        B.meta_line(f"议题编号：{t.code}", f"第 {n} 次协商", w, st, cov), B.spacer(4),
        B.grid([
            [("协商议题", t.title)],
            [("时间", fmt_date(m.date)), ("地点", m.location)],
            [("协商形式", m.form), ("参加委员", members)],
            [("部门代表", m.dept_reps)],
            [("群众代表", m.public_reps), ("专家", m.experts)],
            [("协商要点", m.points, 6 * cm)],
            [("达成共识", m.consensus, 3.5 * cm)],
        ], w, st, cov),
        B.signatures(["主持人", "记录人"], w, st, cov),
    ]


def _feedback(t, ctx):
    st, cov, w = ctx.st, ctx.cov, ctx.width
    grade = (TopicGrade.get_or_none((TopicGrade.station == t.station_id) & (TopicGrade.code == t.grade))
             if t.grade else None)  # the grade as the topic's own station words it
    grade_text = f"{grade.code} 类（{grade.name}：{grade.meaning}）" if grade else (t.grade or "")
    steps = {s.step: s for s in t.steps}
    rows = [[str(i), name, fmt_date(steps[i].date) if i in steps else "", steps[i].note if i in steps else ""]
            for i, name in enumerate(TOPIC_STEPS, start=1)]
    visits = TopicVisit.select().where(TopicVisit.topic == t).count()
    return [
        B.Paragraph("协商成果反馈单", st.title),
        B.meta_line(f"议题编号：{t.code}", f"当前环节：{TOPIC_STEPS[t.step - 1]}", w, st, cov), B.spacer(4),
        B.grid([
            [("议题名称", t.title)],
            [("议题来源", t.source), ("关联来访", f"{visits} 件" if visits else "无")],
            [("提出人", t.proposer), ("提出日期", fmt_date(t.proposed_on))],
            [("议题内容", t.description, 2.5 * cm)],
            [("建议条数", f"{t.suggestions_count} 条"), ("成果分类", grade_text)],
            [("承办单位", t.undertaker), ("反馈日期", fmt_date(t.feedback_on))],
            [("办理结果", t.handling_result, 3 * cm)],
            [("是否转化", "是" if t.converted else "否"), ("公示情况", t.publicity)],
        ], w, st, cov),
        B.Paragraph("议题办理流程", st.heading),
        B.list_table(["环节", "名称", "日期", "情况"], rows, [1.2, 2.6, 3, 10], w, st, cov),
        B.signatures(["承办单位（盖章）", "召集人"], w, st, cov),
    ]


def build(t: Topic, ctx) -> Sheet:
    number = item_of(ctx, t)
    item = number.text
    flow = []
    for n, m in enumerate(t.meetings.order_by("date", "id"), start=1):
        flow += _meeting(t, m, n, ctx) + [PageBreak()]
    flow += _feedback(t, ctx)
    return Sheet(f"{LABEL}（{t.code} {t.title}）", f"{item}_{safe_name(t.code, 16)}_{safe_name(t.title, 24)}.pdf",
                 Stamp(ctx.fonds, number.year, "30年", item), flow)


SPEC = SheetSpec("topic", LABEL, "05_协商议事记录与成果反馈单", select, build,
                 date_of=lambda r: r.proposed_on, number=number_records)
