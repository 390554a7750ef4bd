"""Models of activities (履职活动), consultation topics (协商议题) and opinions (社情民意信息)."""

from __future__ import annotations

import peewee as pw

from station_app.store.base import ChildRow
from station_app.store.org import Member, Owned
from station_app.store.reception import Visit


class Activity(Owned):
    date = pw.DateField(index=True)
    activity_type = pw.CharField(max_length=20, default="其他", index=True)
    title = pw.CharField(max_length=200)
    location = pw.CharField(max_length=100, default="")
    organizer = pw.CharField(max_length=100, default="")
    co_organizer = pw.CharField(max_length=100, default="")
    other_people = pw.CharField(max_length=300, default="")
    people_served = pw.IntegerField(default=0)
    summary = pw.TextField(default="")
    outcome = pw.TextField(default="")


class ActivityMember(ChildRow):
    activity = pw.ForeignKeyField(Activity, backref="members", on_delete="CASCADE")
    member = pw.ForeignKeyField(Member, backref="activity_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("activity", "member"), True),)


class Topic(Owned):
    """协商议题 moving through the six steps (choices.TOPIC_STEPS)."""

    code = pw.CharField(max_length=30)  # 编号 e.g. YT-2026-003, unique per station
    title = pw.CharField(max_length=200)
    source = pw.CharField(max_length=20, default="群众反映")
    proposed_on = pw.DateField(index=True)
    proposer = pw.CharField(max_length=100, default="")
    description = pw.TextField(default="")
    step = pw.IntegerField(default=1)  # 1..6
    suggestions_count = pw.IntegerField(default=0)
    grade = pw.CharField(max_length=4, default="")  # TopicGrade.code
    undertaker = pw.CharField(max_length=100, default="")  # 承办单位
    handling_result = pw.TextField(default="")
    feedback_on = pw.DateField(null=True)  # 回音壁
    converted = pw.BooleanField(default=False)
    publicity = pw.TextField(default="")  # 公示情况
    concluded = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("station", "code"), True),)


class TopicStep(ChildRow):
    """The dated record of one step of a topic."""

    topic = pw.ForeignKeyField(Topic, backref="steps", on_delete="CASCADE")
    step = pw.IntegerField()
    date = pw.DateField()
    note = pw.TextField(default="")
    by = pw.CharField(max_length=50, default="")

    class Meta:
        indexes = ((("topic", "step"), True),)


class TopicVisit(ChildRow):
    """Link from a topic to each visit it was collected or merged from."""

    topic = pw.ForeignKeyField(Topic, backref="visit_links", on_delete="CASCADE")
    visit = pw.ForeignKeyField(Visit, backref="topic_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("topic", "visit"), True),)


class Meeting(ChildRow):
    """协商议事会."""

    topic = pw.ForeignKeyField(Topic, backref="meetings", on_delete="CASCADE")
    date = pw.DateField()
    location = pw.CharField(max_length=100, default="")
    form = pw.CharField(max_length=10, default="会议")
    dept_reps = pw.CharField(max_length=300, default="")
    public_reps = pw.CharField(max_length=300, default="")
    experts = pw.CharField(max_length=300, default="")
    points = pw.TextField(default="")  # 要点
    consensus = pw.TextField(default="")


class MeetingMember(ChildRow):
    meeting = pw.ForeignKeyField(Meeting, backref="members", on_delete="CASCADE")
    member = pw.ForeignKeyField(Member, backref="meeting_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("meeting", "member"), True),)


class Opinion(Owned):
    """社情民意信息."""

    title = pw.CharField(max_length=200)
    reporter = pw.CharField(max_length=50, default="")
    reporter_unit = pw.CharField(max_length=100, default="")
    member = pw.ForeignKeyField(Member, null=True, on_delete="SET NULL", backref="opinions")
    situation = pw.TextField(default="")
    analysis = pw.TextField(default="")
    suggestion = pw.TextField(default="")
    source_visit = pw.ForeignKeyField(Visit, null=True, on_delete="SET NULL", backref="opinions")
    submitted_on = pw.DateField(null=True, index=True)
    submitted_to = pw.CharField(max_length=100, default="")
    adoption = pw.CharField(max_length=20, default="未采用")
    instruction = pw.TextField(default="")  # 领导批示
    instruction_unit = pw.CharField(max_length=100, default="")  # the unit the 批示 hands it to (督办)
