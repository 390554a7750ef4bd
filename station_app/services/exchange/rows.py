"""Which tables travel in a package, in which order, and how a row is written: columns by name, links by uuid.

Everything a station records travels (records, their child rows, lookups, rules, quotas, the numbers it
gave them); what belongs to one database stays: accounts, the audit log, settings, counters and the
holiday calendar. A link to another row (a foreign key, or an attachment's owner) is written as that row's
uuid and turned back into the receiving database's id on import. `change_seq` (the local change counter)
and `station` (implied: the sender) never travel.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from station_app.store.base import Record
from station_app.store.models import ALL_MODELS, Attachment, HolidayOverride, Station

LOCAL = (HolidayOverride,)  # tracked, but the calendar is each database's own
NEVER = {"id", "change_seq", "station"}  # fields not written into a package
STATION_LOCAL = {"own", "public_key", "fingerprint", "registered_at", "last_seq", "last_package_at"}

LABELS = {
    "station": "工作站信息", "lookup": "选项值", "topic_grade": "成果分类", "member": "委员",
    "work_team": "工作专班", "team_member": "专班成员", "reception_rule": "接待日规则",
    "member_unavailable": "委员请假", "quota": "履职指标", "point_rule": "积分规则",
    "holiday_override": "节假日调整", "duty_slot": "值班安排", "duty_member": "值班委员", "swap": "调剂",
    "reception_day": "接待日", "reception_member": "接待日委员", "visit": "来访登记",
    "visit_member": "接待委员", "dispute": "纠纷案件", "dispute_mediator": "调解员", "party": "当事人",
    "mediation_session": "调解记录", "follow_up": "回访记录", "dossier_paper": "卷宗材料",
    "activity": "履职活动", "activity_member": "活动参加委员", "topic": "协商议题", "topic_step": "议题步骤",
    "topic_visit": "议题来源来访", "meeting": "协商会议", "meeting_member": "会议参加委员",
    "opinion": "社情民意信息", "reply_class": "答复类别", "proposal": "提案", "proposal_member": "提案人",
    "proposal_source": "提案来源", "referral": "督办事项", "referral_follow": "督办记录", "attachment": "附件",
    "item_number": "件号",
}


@dataclass(frozen=True)
class Table:
    """How one table travels."""

    model: type[pw.Model]
    columns: tuple[str, ...]  # package keys = field names; FK fields hold the target's uuid
    links: dict  # field name -> (column name, target model)

    @property
    def name(self) -> str:
        return self.model._meta.table_name

    @property
    def label(self) -> str:
        return LABELS.get(self.name, self.name)

    @property
    def is_record(self) -> bool:
        """A row that names its station (records, lookups, numbers); child rows follow their owner."""
        return "station" in self.model._meta.fields


def _fields(model) -> list[pw.Field]:
    skip = NEVER | (STATION_LOCAL if model is Station else set())
    return [f for f in model._meta.sorted_fields if f.name not in skip]


def table_of(model) -> Table:
    fields = _fields(model)
    links = {f.name: (f.column_name, f.rel_model) for f in fields if isinstance(f, pw.ForeignKeyField)}
    return Table(model, tuple(f.name for f in fields), links)


def _ordered(models) -> list:
    """Parents before the rows that link to them (ALL_MODELS is nearly that already)."""
    todo, done, out = list(models), set(), []
    while todo:
        for model in todo:
            needs = {f.rel_model for f in model._meta.fields.values()
                     if isinstance(f, pw.ForeignKeyField) and f.rel_model is not model and f.rel_model in todo}
            if not needs - done:
                out.append(model)
                done.add(model)
                todo.remove(model)
                break
        else:  # a cycle: keep the declared order for the rest
            out.extend(todo)
            break
    return out


def travels(model) -> bool:
    fields = model._meta.fields
    return "change_seq" in fields and "revision" in fields and model not in LOCAL and model.__name__ != "User"


TABLES: list[Table] = [table_of(m) for m in _ordered([m for m in ALL_MODELS if travels(m)])]
BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}


def owner_of(model) -> tuple[str, type] | None:
    """A child row's owner: (column, model) of its first link (the row it belongs to)."""
    if "station" in model._meta.fields or issubclass(model, Record):
        return None
    for f in model._meta.sorted_fields:
        if isinstance(f, pw.ForeignKeyField):
            return f.column_name, f.rel_model
    return None


def station_sql(model, alias: str = "t") -> str | None:
    """SQL for the station id a row of *model* (aliased *alias*) belongs to, following owners; None if none."""
    if "station" in model._meta.fields:
        return f"{alias}.{model._meta.fields['station'].column_name}"
    owner = owner_of(model)
    if owner is None:
        return None
    column, target = owner
    inner = station_sql(target, alias + "_o")
    if inner is None:
        return None
    return f"(SELECT {inner} FROM {target._meta.table_name} {alias}_o WHERE {alias}_o.id = {alias}.{column})"


def select_sql(table: Table) -> str:
    """SELECT of a table's package columns from alias t, links as the target's uuid."""
    parts = []
    for name in table.columns:
        if name in table.links:
            column, target = table.links[name]
            parts.append(f"(SELECT l.uuid FROM {target._meta.table_name} l WHERE l.id = t.{column})")
        else:
            parts.append(f"t.{table.model._meta.fields[name].column_name}")
    if table.model is Attachment:
        parts.append("t.owner_id")  # turned into the owner's uuid per owner table (see export)
    return f"SELECT {', '.join(parts)} FROM {table.name} t"
