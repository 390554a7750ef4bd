"""Consultation topics (协商议题): the six steps, meetings, result grades and topics left waiting.

Steps only move forward. Advancing past intermediate steps is allowed (a topic handed down by the
party committee may go straight to 议前调研); each skipped step still gets its dated TopicStep row,
dated like the step reached and noted “跳过”, so every topic's step ledger is complete and the skip
is visible. A step's date may not precede the date of the step before it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from station_app.services import context, numbering, records, stations
from station_app.services.changes import operation
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.fields import kind_of
from station_app.services.normalize import ParseError, parse_date
from station_app.services.topic_grades import grades, remove_grade, set_grade  # noqa: F401  (re-exported)
from station_app.services.validation import grade_codes, today, validate
from station_app.store.base import database_proxy
from station_app.store.choices import TOPIC_STEPS
from station_app.store.models import Meeting, Topic, TopicStep, TopicVisit, Visit
from station_app.store.org import OWN_STATION_ID

LAST_STEP = len(TOPIC_STEPS)
MEETING_STEP = TOPIC_STEPS.index("协商议事") + 1  # steps after it need a 协商议事会 on record
SKIPPED = "跳过"
_CODE = re.compile(r"^YT-(\d{4})-0*(\d+)$", re.IGNORECASE)


def step_name(step: int) -> str:
    return TOPIC_STEPS[step - 1]


def step_number(step) -> int:
    """Accept 1..6 or a step's Chinese name; raise ValidationError otherwise."""
    if isinstance(step, str) and step in TOPIC_STEPS:
        return TOPIC_STEPS.index(step) + 1
    if isinstance(step, int) and not isinstance(step, bool) and 1 <= step <= LAST_STEP:
        return step
    raise ValidationError(f"议题环节应为 1–{LAST_STEP} 或 {'、'.join(TOPIC_STEPS)}，不能是“{step}”")


def _date(value, label: str) -> dt.date:
    try:
        day = parse_date(value)
    except ParseError as exc:
        raise ValidationError(FieldProblem("date", label, str(exc))) from None
    if day is None:
        raise ValidationError(FieldProblem("date", label, "不能为空"))
    if day > today():
        raise ValidationError(FieldProblem("date", label,
                                           f"不能晚于今天（{today():%Y-%m-%d}），填写的是 {day:%Y-%m-%d}"))
    return day


def meeting_problem(topic: Topic, target: int) -> str | None:
    """Why *topic* may not go past 协商议事 to *target* yet: no 协商议事会 recorded (else None)."""
    if target <= MEETING_STEP or topic.id is None:
        return None
    if Meeting.select().where(Meeting.topic == topic).exists():
        return None
    return (f"议题 {topic.code} 还没有记录协商议事会，不能进入「{step_name(target)}」："
            f"请先在「协商议事会」中登记会议（日期、参加委员、形成共识）")


def _assign_code(data: dict, year: int) -> str:
    given = str(data.get("code") or "").strip()
    if not given:
        return numbering.next_number("topic", year)[0]
    m = _CODE.match(given)
    if m:
        given = numbering.FORMATS["topic"].format(year=int(m.group(1)), seq=int(m.group(2)))
    clash = Topic.get_or_none((Topic.station == OWN_STATION_ID) & (Topic.code == given))
    if clash is not None:
        where = "（在回收站中）" if clash.deleted else ""
        raise ValidationError(FieldProblem("code", "议题编号", f"“{given}”已被使用{where}，编号不能重复"),
                              kind_label="协商议题")
    if m:
        numbering.bump_to("topic", int(m.group(1)), int(m.group(2)))
    return given


def fetch_visits(visit_ids: Iterable) -> list[Visit]:
    """Visits (objects or ids) in the given order, each once; a missing or deleted one is an error."""
    ids = list(dict.fromkeys(getattr(v, "id", v) for v in visit_ids))
    found = {v.id: v for v in Visit.alive().where(Visit.id.in_(ids))} if ids else {}
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise ValidationError(f"来访记录不存在或已删除（编号 {'、'.join(missing)}）")
    return [found[i] for i in ids]


def link_visits(topic: Topic, visit_ids: Iterable) -> list[Visit]:
    """Link visits to *topic* (collected or merged requests); a link already there is kept once."""
    context.require_edit()
    stations.require_own(topic, {})
    visits = fetch_visits(visit_ids)
    with operation(), database_proxy.atomic():
        for visit in visits:
            if not TopicVisit.select().where((TopicVisit.topic == topic) & (TopicVisit.visit == visit)).exists():
                records.save_raw(TopicVisit(topic=topic, visit=visit), note=f"关联来访 {visit.visitor_name}")
    return visits


def create_topic(data: dict, visit_ids: Iterable = ()) -> Topic:
    """Register a topic at step 1 (收集议题) with its code (YT-2026-003) and the visits it came from."""
    context.require_edit()
    kind = kind_of("topic")
    values = validate(kind, data)
    values.pop("step", None)
    with operation(), database_proxy.atomic():
        values.update(code=_assign_code(data, values["proposed_on"].year), step=1, concluded=False)
        topic = records.create(kind, values, validated=True)
        records.save_raw(TopicStep(topic=topic, step=1, date=topic.proposed_on, by=context.current().username),
                         note=step_name(1))
        link_visits(topic, visit_ids)
    return topic


def update_topic(topic: Topic, data: dict) -> Topic:
    """Edit a topic's details; its step moves only through advance() and its outcome is set by conclude()."""
    context.require_edit()
    stations.require_own(topic, {})
    data = {k: v for k, v in data.items() if k != "step"}
    if data.get("grade") and not topic.concluded:
        raise ValidationError(FieldProblem("grade", "成果分类", "议题办结时再填写（进入「成果转化」并办结）"),
                              kind_label="协商议题")
    given = str(data.pop("code", "") or "").strip()
    proposed = validate(kind_of("topic"), data, partial=True, existing=topic).get("proposed_on")
    rows = step_rows(topic)
    later = [r.date for step, r in rows.items() if step > 1]
    if proposed and later and proposed > min(later):
        raise ValidationError(FieldProblem("proposed_on", "提出日期",
                                           f"不能晚于后续环节的日期（{min(later):%Y-%m-%d}）"),
                              kind_label="协商议题")
    with operation(), database_proxy.atomic():
        extra = {}
        if given and given.upper() != topic.code:
            extra["code"] = _assign_code({"code": given}, topic.proposed_on.year)
        records.update(topic, data, extra=extra)
        first = rows.get(1)
        if proposed and first is not None and first.date != proposed:
            first.date = proposed
            records.save_raw(first, note="提出日期修改")
    return topic


def step_rows(topic: Topic) -> dict[int, TopicStep]:
    return {row.step: row for row in TopicStep.select().where(TopicStep.topic == topic)}


def step_table(topic: Topic) -> list[dict]:
    """All six steps of *topic* in order: name, date, note, who, and whether it was done or skipped."""
    rows = step_rows(topic)
    out = []
    for number, name in enumerate(TOPIC_STEPS, start=1):
        row = rows.get(number)
        out.append({"step": number, "name": name, "date": row.date if row else None,
                    "note": row.note if row else "", "by": row.by if row else "",
                    "done": row is not None, "skipped": bool(row and row.note == SKIPPED),
                    "current": number == topic.step})
    return out


def advance(topic: Topic, step, date, note: str = "") -> Topic:
    """Move *topic* forward to *step* on *date* (skipped steps are recorded as 跳过)."""
    context.require_edit()
    stations.require_own(topic, {})
    target = step_number(step)
    day = _date(date, f"「{step_name(target)}」日期")
    if topic.concluded:
        raise ValidationError(f"议题 {topic.code} 已办结，不能再推进环节")
    if target <= topic.step:
        raise ValidationError(f"议题环节只能向前推进：当前为「{step_name(topic.step)}」，"
                              f"不能回到或重复「{step_name(target)}」")
    blocked = meeting_problem(topic, target)
    if blocked:
        raise ValidationError(blocked)
    rows = step_rows(topic)
    last = max((r.date for r in rows.values()), default=topic.proposed_on)
    if day < last:
        raise ValidationError(FieldProblem("date", f"「{step_name(target)}」日期",
                                           f"不能早于上一环节的日期（{last:%Y-%m-%d}）"))
    user = context.current().username
    with operation(), database_proxy.atomic():
        for skipped in range(topic.step + 1, target):
            records.save_raw(TopicStep(topic=topic, step=skipped, date=day, note=SKIPPED, by=user),
                             note=f"{step_name(skipped)}（跳过）")
        records.save_raw(TopicStep(topic=topic, step=target, date=day, note=note.strip(), by=user),
                         note=step_name(target))
        topic.step = target
        records.save_raw(topic, note=f"进入「{step_name(target)}」")
    return topic


def add_meeting(topic: Topic, data: dict, member_ids: Iterable[int] = ()) -> Meeting:
    """A consultation meeting (协商议事会) of *topic* with the members who took part."""
    context.require_edit()
    stations.require_own(topic, {})
    kind = kind_of("meeting")
    values = validate(kind, data)
    if values["date"] < topic.proposed_on:
        raise ValidationError(FieldProblem("date", "协商日期", f"不能早于议题提出日期（{topic.proposed_on:%Y-%m-%d}）"),
                              kind_label=kind.label)
    values["topic"] = topic
    return records.create(kind, values, members=list(member_ids), validated=True)


def conclude(topic: Topic, grade: str, data: dict) -> Topic:
    """Record the outcome at step 6 (成果转化): grade, 承办单位, 办理结果, 反馈日期, 是否转化.

    A topic not yet at step 6 is advanced to it first; *data* then needs its ``date``.
    """
    context.require_edit()
    stations.require_own(topic, {})
    codes = grade_codes()
    code = str(grade or "").strip().upper()
    if not code:
        raise ValidationError(FieldProblem("grade", "成果分类", "请选择成果分类"), kind_label="协商议题")
    if code not in codes:
        names = "、".join(f"{g.code}（{g.name}）" for g in grades())
        raise ValidationError(FieldProblem("grade", "成果分类", f"应为 {names} 之一，不能是“{grade}”"),
                              kind_label="协商议题")
    if topic.concluded:
        raise ValidationError(f"议题 {topic.code} 已办结")
    data = dict(data)
    step_date = data.pop("date", None)
    note = data.pop("note", "")
    if topic.step < LAST_STEP and step_date in (None, ""):
        raise ValidationError(f"议题 {topic.code} 当前为「{step_name(topic.step)}」，"
                              f"办结前须进入「{step_name(LAST_STEP)}」，请填写该环节日期")
    allowed = {"undertaker", "handling_result", "feedback_on", "converted", "suggestions_count", "publicity"}
    unknown = set(data) - allowed
    if unknown:
        raise ValueError(f"conclude() got unexpected fields {sorted(unknown)}")
    data.setdefault("converted", False)
    validate(kind_of("topic"), data, partial=True, existing=topic)  # fail before any step is recorded
    blocked = meeting_problem(topic, LAST_STEP)
    if blocked:
        raise ValidationError(blocked)
    with operation(), database_proxy.atomic():
        if topic.step < LAST_STEP:
            advance(topic, LAST_STEP, step_date, note)
        records.update(topic, {**data, "grade": code}, extra={"concluded": True})
    return topic


def waiting(today: dt.date) -> list[Topic]:
    """Topics not concluded, longest-waiting first; each carries ``step_name``, ``step_since``, ``days_waiting``."""
    # the own station's topics (a reminder on the 首页: the own station's work)
    topics = list(Topic.alive().where((Topic.station == OWN_STATION_ID) & (Topic.concluded == False)))
    if not topics:
        return []
    since = {(r.topic_id, r.step): r.date for r in
             TopicStep.select(TopicStep.topic, TopicStep.step, TopicStep.date)
             .where(TopicStep.topic.in_([t.id for t in topics]))}
    for t in topics:
        t.step_name = step_name(t.step)
        t.step_since = since.get((t.id, t.step), t.proposed_on)
        t.days_waiting = max(0, (today - t.step_since).days)
    return sorted(topics, key=lambda t: (-t.days_waiting, t.id))


def conversion_rate(topics: Iterable[Topic]) -> float | None:
    """Converted / concluded (成果转化率); None when nothing is concluded."""
    concluded = [t for t in topics if t.concluded]
    return sum(1 for t in concluded if t.converted) / len(concluded) if concluded else None
