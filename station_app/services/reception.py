"""Reception days (接待日) opened from duty slots, the visits logged on them, and visit follow-ups (回访)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from station_app.services import context, duty, records, stations
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.fields import kind_of
from station_app.services.normalize import ParseError, parse_date
from station_app.services.validation import validate
from station_app.store.choices import SATISFACTION
from station_app.store.models import Member, ReceptionDay, Visit
from station_app.store.org import OWN_STATION_ID

# Handling methods that settle a visit on the spot: such visits start as 已办结 unless told otherwise.
SETTLED_ON_THE_SPOT = ("当场解答", "政策咨询", "法律咨询")


def day_on(date: dt.date) -> ReceptionDay | None:
    """The own station's first reception day opened on *date* (from the roster or by hand), or None."""
    return (ReceptionDay.alive().where((ReceptionDay.station == OWN_STATION_ID) & (ReceptionDay.date == date))
            .order_by(ReceptionDay.id).first())


def day_of_slot(slot) -> ReceptionDay | None:
    return ReceptionDay.alive().where(ReceptionDay.duty_slot == slot.id).order_by(ReceptionDay.id).first()


def open_day(slot=None, *, date=None, half=None, location: str = "", theme: str = "",
             member_ids: Iterable[int] | None = None, recorder: str = "") -> ReceptionDay:
    """The reception day of *slot* (or of *date* when there is no slot); opening twice returns the same day."""
    context.require_edit()
    if slot is not None:
        stations.require_own(slot, {})
    if slot is None and date is not None:
        try:
            day = parse_date(date)
        except ParseError as exc:
            raise ValidationError(FieldProblem("date", "接待日期", str(exc), date), kind_label="接待日") from None
        found = duty.slot_for(day, half) if day else None
        if found is not None and (not location or location == found.location):
            slot = found
    if slot is not None:
        existing = day_of_slot(slot)
        if existing is not None:
            return existing
        if slot.state == "取消":
            raise ValidationError(FieldProblem("duty_slot", "值班安排", "该次值班已取消，不能开设接待日"),
                                  kind_label="接待日")
        data = {"date": slot.date, "half": slot.half, "location": location or slot.location, "theme": theme,
                "recorder": recorder}
        ids = list(member_ids) if member_ids is not None else _on_duty(slot)
        return records.create("reception_day", data, members=ids, extra={"duty_slot": slot.id})
    if date is None:
        raise ValidationError(FieldProblem("date", "接待日期", "不能为空"), kind_label="接待日")
    data = {"date": date, "half": half or "上午", "location": location, "theme": theme, "recorder": recorder}
    values = validate(kind_of("reception_day"), data)
    same = ReceptionDay.alive().where((ReceptionDay.station == OWN_STATION_ID)
                                      & (ReceptionDay.date == values["date"]) & (ReceptionDay.half == values["half"])
                                      & (ReceptionDay.location == values.get("location", ""))).first()
    if same is not None:
        return same
    ids = list(member_ids or ())
    _check_members(ids)
    return records.create("reception_day", values, members=ids, validated=True)


def _on_duty(slot) -> list[int]:
    """Members who actually served: those marked present, else those still on the slot."""
    rows = [m for m in duty.slot_members(slot) if m.active]
    if any(m.present is not None for m in rows):
        return [m.member_id for m in rows if m.present]
    return [m.member_id for m in rows]


def day_members(day: ReceptionDay) -> list[int]:
    return records.member_ids(day)


def _check_members(ids: list[int]) -> None:
    if not ids:
        return
    known = {m.id for m in Member.alive().where(Member.id.in_(ids))}
    missing = [i for i in ids if i not in known]
    if missing:
        raise ValidationError(FieldProblem("members", "接待委员", f"委员不存在或已删除（编号 {missing}）"),
                              kind_label="来访登记")
    stations.require_own_members(ids)


def add_visit(day: ReceptionDay | None, data: dict, member_ids: Iterable[int] | None = None) -> Visit:
    """Log a visit on *day* (or without a day: phone, letter, WeChat …); receiving members default to the day's."""
    stations.require_own(day, {})
    data = dict(data)
    if day is not None:
        data.setdefault("visit_date", day.date)
        data.setdefault("mode", "接待日来访")
    elif not data.get("mode"):
        raise ValidationError(FieldProblem("mode", "来访方式",
                                           "未关联接待日的来访请选择来访方式（电话、来信、微信等）"),
                              kind_label="来访登记")
    if not data.get("status") and data.get("handling") in SETTLED_ON_THE_SPOT:
        data["status"] = "已办结"
    ids = list(member_ids) if member_ids is not None else (day_members(day) if day is not None else [])
    ids = [int(i) for i in ids]
    _check_members(ids)
    extra = {"reception_day": day.id} if day is not None else {}
    return records.create("visit", data, members=ids, extra=extra)


def day_visits(day: ReceptionDay) -> list[Visit]:
    """The day's visits by time of arrival (those without a time last, in logging order)."""
    q = Visit.alive().where(Visit.reception_day == day.id)
    return list(q.order_by(Visit.visit_time == "", Visit.visit_time, Visit.id))


def visit_ids_of_days(day_ids: Iterable[int]) -> list[int]:
    """The live visits registered on the given reception days, oldest first."""
    q = (Visit.alive(Visit.id).where(Visit.reception_day.in_(list(day_ids)))
         .order_by(Visit.visit_date, Visit.id).tuples())
    return [row[0] for row in q]


def day_people(day: ReceptionDay) -> int:
    """人次 received on the day (a group visit counts several)."""
    return sum(v.people_count or 0 for v in day_visits(day))


def record_followup(visit: Visit, date, note: str, satisfaction: str) -> Visit:
    """回访: date, what was found, satisfaction (may be left empty); the visit becomes 已回访."""
    stations.require_own(visit, {})
    problems = []
    satisfaction = (satisfaction or "").strip()
    if satisfaction and satisfaction not in SATISFACTION:
        problems.append(FieldProblem("satisfaction", "满意度", f"应为{'、'.join(SATISFACTION)}之一", satisfaction))
    if not (note or "").strip():
        problems.append(FieldProblem("followup_note", "回访情况", "不能为空"))
    if date in (None, ""):
        problems.append(FieldProblem("followup_date", "回访日期", "不能为空"))
    if problems:
        raise ValidationError(problems, kind_label="来访登记")
    return records.update(visit, {"followup_date": date, "followup_note": note, "satisfaction": satisfaction,
                                  "status": "已回访"})


# Visits whose matter was handed on and whose outcome the station should check with the visitor
# (回访). Answers given on the spot need none; conversions are followed up on the dispute or topic.
FOLLOWUP_HANDLINGS = ("转交部门办理", "形成提案")


def followups_due_query(today: dt.date, days: int = 30):
    """The own station's handed-on visits, settled or still with the department, older than *days* and not
    followed up (a reminder: the own station's work)."""
    return Visit.alive().where((Visit.station == OWN_STATION_ID) & Visit.handling.in_(FOLLOWUP_HANDLINGS)
                               & Visit.status.in_(("办理中", "已办结"))
                               & (Visit.visit_date <= today - dt.timedelta(days=days)))


def followups_due(today: dt.date, days: int = 30) -> list[Visit]:
    return list(followups_due_query(today, days).order_by(Visit.visit_date, Visit.id))
