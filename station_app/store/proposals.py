"""Models of members' proposals (提案): the authors (联名, the first 领衔), where each came from, and the
editable reply classes (答复类别)."""

from __future__ import annotations

import peewee as pw

from station_app.store.base import ChildRow
from station_app.store.org import Member, Owned
from station_app.store.reception import Visit
from station_app.store.work import Opinion, Topic


class ReplyClass(Owned):
    """答复类别: letter, short name and meaning — editable like the topic grades."""

    code = pw.CharField(max_length=4)
    name = pw.CharField(max_length=30)
    meaning = pw.CharField(max_length=200, default="")
    sort_order = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("station", "code"), True),)


class Proposal(Owned):
    """提案."""

    number = pw.CharField(max_length=30)  # the station's own 编号, never reused (unique per station)
    number_year = pw.IntegerField(default=0)
    number_seq = pw.IntegerField(default=0)
    title = pw.CharField(max_length=200)
    reason = pw.TextField(default="")  # 案由
    source = pw.CharField(max_length=20, default="")  # Lookup proposal_source
    analysis = pw.TextField(default="")  # 情况分析
    suggestion = pw.TextField(default="")  # 具体建议
    submitted_on = pw.DateField(null=True, index=True)  # 提交日期
    submitted_to = pw.CharField(max_length=30, default="")  # 提交至, Lookup proposal_level
    filing = pw.CharField(max_length=10, default="待审查", index=True)  # 立案情况, choices.PROPOSAL_FILING
    filing_no = pw.CharField(max_length=30, default="")  # 立案号 (unique when given: services)
    is_key = pw.BooleanField(default=False)  # 重点提案
    main_dept = pw.CharField(max_length=100, default="")  # 主办单位, Lookup department
    co_depts = pw.CharField(max_length=300, default="")  # 会办单位, 、-separated department names
    assigned_on = pw.DateField(null=True)  # 交办日期
    replied_on = pw.DateField(null=True)  # 答复日期
    reply_class = pw.CharField(max_length=4, default="")  # ReplyClass.code
    reply_summary = pw.TextField(default="")  # 答复摘要
    member_opinion = pw.CharField(max_length=6, default="")  # 委员意见, choices.SATISFACTION
    concluded = pw.BooleanField(default=False)  # 办结

    class Meta:
        indexes = ((("station", "number"), True),)


class ProposalMember(ChildRow):
    """提案人: position 0 is the 领衔 member, the others are 联名."""

    proposal = pw.ForeignKeyField(Proposal, backref="members", on_delete="CASCADE")
    member = pw.ForeignKeyField(Member, backref="proposal_links", on_delete="CASCADE")
    position = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("proposal", "member"), True),)


class ProposalSource(ChildRow):
    """A visit, topic or opinion the proposal grew out of (exactly one of the three is set)."""

    proposal = pw.ForeignKeyField(Proposal, backref="source_links", on_delete="CASCADE")
    visit = pw.ForeignKeyField(Visit, null=True, backref="proposal_links", on_delete="CASCADE")
    topic = pw.ForeignKeyField(Topic, null=True, backref="proposal_links", on_delete="CASCADE")
    opinion = pw.ForeignKeyField(Opinion, null=True, backref="proposal_links", on_delete="CASCADE")
