"""Models of mediated disputes (矛盾纠纷调解案件) and their parties, sessions, follow-ups and dossier."""

from __future__ import annotations

import peewee as pw

from station_app.store.base import ChildRow
from station_app.store.org import Member, Owned
from station_app.store.reception import Visit


class Dispute(Owned):
    case_no = pw.CharField(max_length=40)  # 〔2026〕调字第007号, unique per station
    case_year = pw.IntegerField()
    case_seq = pw.IntegerField()
    accepted_on = pw.DateField(index=True)
    source = pw.CharField(max_length=20, default="当事人申请")
    dispute_type = pw.CharField(max_length=20, default="其他", index=True)
    summary = pw.TextField(default="")
    location = pw.CharField(max_length=100, default="")
    people_count = pw.IntegerField(default=2)
    amount = pw.DecimalField(max_digits=14, decimal_places=2, default=0)  # 涉及金额 (元)
    other_mediators = pw.CharField(max_length=200, default="")  # mediators who are not members
    result = pw.CharField(max_length=10, default="")  # empty while in progress
    agreement_form = pw.CharField(max_length=4, default="")
    agreement_content = pw.TextField(default="")
    agreement_amount = pw.DecimalField(max_digits=14, decimal_places=2, default=0)
    fulfil_deadline = pw.DateField(null=True)
    fulfilment = pw.CharField(max_length=6, default="")
    failure_reason = pw.TextField(default="")
    agreement_no = pw.CharField(max_length=40, default="")  # 协议编号 (written or oral)
    agreement_date = pw.DateField(null=True)  # 协议日期, default the last session's date
    fulfil_method = pw.CharField(max_length=100, default="")  # 履行方式
    fulfil_place = pw.CharField(max_length=100, default="")  # 履行地点
    recorder = pw.CharField(max_length=50, default="")  # 记录人 of the agreement
    explanation = pw.TextField(default="")  # 卷宗情况说明: required when failed, terminated or over a month
    closed_on = pw.DateField(null=True)
    file_no = pw.CharField(max_length=40, default="")  # 卷宗号
    archive_status = pw.CharField(max_length=4, default="未归档")
    retention = pw.CharField(max_length=4, default="10年")
    filed_by = pw.CharField(max_length=50, default="")  # 立卷人
    filed_on = pw.DateField(null=True)  # 立卷日期 (set when archived)
    checked_by = pw.CharField(max_length=50, default="")  # 检查人
    prevented_criminal_cases = pw.IntegerField(default=0)  # 防止民转刑
    prevented_criminal_people = pw.IntegerField(default=0)
    prevented_petition_cases = pw.IntegerField(default=0)  # 防止群体性上访
    prevented_petition_people = pw.IntegerField(default=0)
    prevented_suicide_cases = pw.IntegerField(default=0)
    prevented_suicide_people = pw.IntegerField(default=0)
    source_visit = pw.ForeignKeyField(Visit, null=True, on_delete="SET NULL", backref="disputes")

    class Meta:
        indexes = ((("station", "case_no"), True),)


class DisputeMediator(ChildRow):
    dispute = pw.ForeignKeyField(Dispute, backref="mediators", on_delete="CASCADE")
    member = pw.ForeignKeyField(Member, backref="mediation_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("dispute", "member"), True),)


class Party(ChildRow):
    """当事人."""

    dispute = pw.ForeignKeyField(Dispute, backref="parties", on_delete="CASCADE")
    role = pw.CharField(max_length=4, default="申请人")
    name = pw.CharField(max_length=100)
    is_org = pw.BooleanField(default=False)
    gender = pw.CharField(max_length=2, default="")
    age = pw.IntegerField(null=True)
    ethnicity = pw.CharField(max_length=20, default="")
    id_number = pw.CharField(max_length=18, default="")
    address = pw.CharField(max_length=200, default="")
    phone = pw.CharField(max_length=30, default="")
    occupation = pw.CharField(max_length=60, default="")  # 职业或职务
    legal_rep = pw.CharField(max_length=50, default="")  # organisations: 法定代表人/负责人
    credit_code = pw.CharField(max_length=18, default="")  # organisations: 统一社会信用代码 (GB 32100)
    statement = pw.TextField(default="")  # 陈述 for the mediation record


class MediationSession(ChildRow):
    """调解记录."""

    dispute = pw.ForeignKeyField(Dispute, backref="sessions", on_delete="CASCADE")
    date = pw.DateField()
    location = pw.CharField(max_length=100, default="")
    participants = pw.CharField(max_length=300, default="")  # 参加人: invited persons, not the parties
    mediators = pw.CharField(max_length=200, default="")  # 调解员 present at this session
    recorder = pw.CharField(max_length=50, default="")  # 记录人
    process = pw.TextField(default="")  # 调解经过
    result = pw.TextField(default="")


class FollowUp(ChildRow):
    """回访记录."""

    dispute = pw.ForeignKeyField(Dispute, backref="followups", on_delete="CASCADE")
    date = pw.DateField()
    visitor = pw.CharField(max_length=50, default="")  # 回访人
    reason = pw.CharField(max_length=100, default="履行情况回访")
    content = pw.TextField(default="")
    fulfilment = pw.CharField(max_length=6, default="")
    satisfaction = pw.CharField(max_length=6, default="")


class DossierPaper(ChildRow):
    """A paper of the dossier that exists only on paper (身份证明 …), ticked as received."""

    dispute = pw.ForeignKeyField(Dispute, backref="papers", on_delete="CASCADE")
    name = pw.CharField(max_length=30)
    received = pw.BooleanField(default=True)
    pages = pw.IntegerField(default=1)
    note = pw.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("dispute", "name"), True),)
