"""Models of the 督办 list: every matter handed to a department (交办 item), its follow-ups (督办记录),
the department's reply and the feedback to the person who asked."""

from __future__ import annotations

import peewee as pw

from station_app.store.base import ChildRow
from station_app.store.org import Owned
from station_app.store.proposals import Proposal
from station_app.store.reception import Visit
from station_app.store.work import Opinion, Topic


class Referral(Owned):
    """交办 item. Exactly one source is set and named by *source_kind* (choices.REFERRAL_KINDS); the
    service keeps *state* (choices.REFERRAL_STATES) and *due_on* in step with the dates."""

    source_kind = pw.CharField(max_length=10, index=True)
    visit = pw.ForeignKeyField(Visit, null=True, unique=True, backref="referrals", on_delete="CASCADE")
    topic = pw.ForeignKeyField(Topic, null=True, unique=True, backref="referrals", on_delete="CASCADE")
    proposal = pw.ForeignKeyField(Proposal, null=True, unique=True, backref="referrals", on_delete="CASCADE")
    opinion = pw.ForeignKeyField(Opinion, null=True, unique=True, backref="referrals", on_delete="CASCADE")
    matter = pw.TextField(default="")  # 交办事项: what was asked, as handed over
    asker = pw.CharField(max_length=100, default="")  # 反馈对象: who asked (visitor, proposer …)
    asker_public = pw.CharField(max_length=100, default="")  # how the 回音壁 names them: 「沙河村群众」
    department = pw.CharField(max_length=100, default="", index=True)  # 承办单位, Lookup department
    assigned_on = pw.DateField(null=True, index=True)  # 交办日期; empty while 待交办
    limit_days = pw.IntegerField(null=True)  # 办理时限 when set by hand (else the kind's default)
    limit_unit = pw.CharField(max_length=8, default="")  # workday / day / month, with limit_days
    due_on = pw.DateField(null=True, index=True)  # 办理期限, from assigned_on and the limit
    replied_on = pw.DateField(null=True)  # 答复日期
    reply = pw.TextField(default="")  # 答复内容
    result = pw.CharField(max_length=6, default="")  # choices.REFERRAL_RESULTS
    fed_back_on = pw.DateField(null=True)  # 反馈日期
    feedback_method = pw.CharField(max_length=6, default="")  # choices.FEEDBACK_METHODS
    feedback_by = pw.CharField(max_length=50, default="")  # 反馈人
    satisfaction = pw.CharField(max_length=6, default="")  # 群众满意度, choices.SATISFACTION
    feedback_note = pw.TextField(default="")
    on_board = pw.BooleanField(default=True)  # shown on the 回音壁 poster
    state = pw.CharField(max_length=4, default="待交办", index=True)


class ReferralFollow(ChildRow):
    """督办记录."""

    referral = pw.ForeignKeyField(Referral, backref="follows", on_delete="CASCADE")
    date = pw.DateField()
    method = pw.CharField(max_length=4, default="电话")  # choices.FOLLOW_METHODS
    by = pw.CharField(max_length=50, default="")  # 督办人
    note = pw.TextField(default="")  # 情况
