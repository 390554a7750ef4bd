"""Audit rows described for people: kind label, record title, Chinese action, changed fields with labels, masked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from station_app.services import masking
from station_app.services.fields import KINDS
from station_app.services.records import member_names
from station_app.store import models as M
from station_app.store.choices import TOPIC_STEPS as STEPS

ACTIONS = {"create": "新建", "update": "修改", "delete": "删除", "restore": "恢复", "purge": "彻底删除",
           "convert": "转换", "login": "登录", "login_failed": "登录失败", "login_locked": "账号锁定",
           "export_full": "完整导出", "undo": "撤销",
           "package_export": "导出上报包", "package_import": "导入上报包", "package_keys": "生成上报包密钥",
           "package_trust": "设定上报单位"}
# tables that are not a record kind of services.fields: their label, title column and field labels
OTHER_TABLES: dict[str, tuple[str, str | None, dict[str, str]]] = {
    "user": ("账号", "username", {"username": "用户名", "display_name": "姓名", "role": "角色", "active": "启用",
                                "password": "密码", "last_login": "最近登录"}),
    "lookup": ("选项", "name", {"kind": "选项类别", "name": "名称", "sort_order": "排序", "active": "启用"}),
    "topic_grade": ("成果分类", "code", {"code": "代码", "name": "名称", "meaning": "含义", "sort_order": "排序"}),
    "quota": ("履职指标", "label", {"label": "名称", "metric": "统计项", "period": "周期", "target": "目标值",
                                "active": "启用"}),
    "point_rule": ("积分规则", "label", {"label": "名称", "metric": "统计项", "points": "分值"}),
    "holiday_override": ("节假日", "date", {"date": "日期", "is_workday": "上班", "name": "名称"}),
    "swap": ("值班调剂", "reason", {"original": "原值班委员", "substitute": "替班委员", "reason": "原因",
                                 "liaison_notified": "已告知联络员"}),
    "topic_step": ("议题环节", "date", {"step": "环节", "date": "日期", "by": "经办人"}),
    "topic_visit": ("议题来源来访", None, {"visit": "来访登记"}),
    "reply_class": ("答复类别", "code", {"code": "代码", "name": "名称", "meaning": "含义", "sort_order": "排序"}),
    "proposal_source": ("提案来源记录", None, {"proposal": "提案", "visit": "来访登记", "topic": "协商议题",
                                          "opinion": "社情民意信息"}),
    "dossier_paper": ("卷宗材料", "name", {"name": "材料名称", "received": "已收到", "pages": "页数"}),
    "setting": ("系统设置", "key", {"key": "设置项", "value": "设置值"}),
    "attachment": ("附件", "filename", {"filename": "文件名", "size": "大小（字节）", "caption": "说明"}),
    "member_unavailable": ("委员请假", "reason", {"start": "起始日期", "end": "截止日期", "reason": "原因"}),
    "export": ("导出", None, {}),  # full ID and phone numbers written out (services/privacy.py)
}
# columns every table may have, and links to other records
COMMON_LABELS = {"note": "备注", "deleted": "已删除", "concluded": "已办结", "member": "委员", "dispute": "所属案件",
                 "topic": "所属议题", "visit": "来访登记", "source_visit": "来源来访", "reception_day": "接待日",
                 "duty_slot": "值班安排", "slot": "值班安排", "rule": "接待日规则", "present": "到岗情况",
                 "leader": "负责人", "table": "转为", "id": "编号"}
MEMBER_REFS = {"members", "member", "leader", "original", "substitute"}  # member ids shown as names
HIDDEN = {"id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "deleted_at", "password_hash",
          "number_year", "number_seq"}  # a proposal's number is shown whole
TABLES = {k.model._meta.table_name: k for k in KINDS.values()}
EMPTY = "（空）"


@dataclass
class Change:
    field: str
    label: str
    old: str | None  # None: a value the row holds (created, deleted), not a change
    new: str

    def text(self) -> str:
        if self.old is None:
            return f"{self.label}：{self.new}"
        return f"{self.label}：{self.old or EMPTY} → {self.new or EMPTY}"


@dataclass
class Entry:
    id: int
    at: dt.datetime
    username: str
    action: str
    action_label: str
    table: str
    kind_label: str
    record_id: int | None
    title: str
    note: str = ""
    changes: list[Change] = field(default_factory=list)

    @property
    def record_text(self) -> str:
        """来访登记「张三」 (or just the kind when the row names no record)."""
        return f"{self.kind_label}「{self.title}」" if self.title else self.kind_label

    def summary(self) -> str:
        """One line: the changes (or the note) in Chinese."""
        parts = [c.text() for c in self.changes] if self.action != "create" else []
        if self.note:
            parts.insert(0, self.note)
        return "；".join(parts)


def kind_label(table: str) -> str:
    if table in TABLES:
        return TABLES[table].label
    return OTHER_TABLES.get(table, (table,))[0]


def field_label(table: str, name: str) -> str | None:
    kind = TABLES.get(table)
    if name == "members" and kind is not None:
        return kind.members_label
    if kind is not None and name in kind.names:
        return kind.field(name).label
    if table in OTHER_TABLES and name in OTHER_TABLES[table][2]:
        return OTHER_TABLES[table][2][name]
    return COMMON_LABELS.get(name)


def title_column(table: str) -> str | None:
    kind = TABLES.get(table)
    return kind.title_field if kind is not None else OTHER_TABLES.get(table, ("", None))[1]


def _sensitive(table: str, name: str) -> str | None:
    kind = TABLES.get(table)
    return kind.field(name).sensitivity if kind is not None and name in kind.names else None


def show_value(table: str, name: str, value) -> str:
    """A stored JSON value as a person reads it; masked by sensitivity class, passwords never shown."""
    if value is None or value == "" or value == []:
        return ""
    if name in ("password", "password_hash"):
        return "已修改"
    if isinstance(value, bool):
        return "是" if value else "否"
    if name in MEMBER_REFS and isinstance(value, (int, list)):
        ids = value if isinstance(value, list) else [value]
        return "、".join(member_names(v for v in ids if isinstance(v, int))) or "、".join(f"#{v}" for v in ids)
    if name == "step" and table in ("topic", "topic_step") and isinstance(value, int) and 0 < value <= len(STEPS):
        return STEPS[value - 1]
    if name == "table" and isinstance(value, str):
        return kind_label(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("T", " ") if _looks_like_datetime(value) else str(value)
    return masking.mask(_sensitive(table, name), text)


def _looks_like_datetime(value) -> bool:
    return isinstance(value, str) and len(value) == 19 and value[4] == "-" and value[10] == "T"


def changes_of(table: str, action: str, before, after) -> list[Change]:
    """The fields an audit row records, labelled, in declaration order where the kind declares one."""
    before, after = before if isinstance(before, dict) else {}, after if isinstance(after, dict) else {}
    if action == "convert":
        target = after.get("table", "")
        return [Change("table", "转为", None, f"{kind_label(target)} #{after.get('id', '')}".strip())]
    if action in ("delete", "restore") and after and set(after) <= {"deleted"}:
        return []  # a record moved to or out of the recycle bin: nothing else changed
    names = list(dict.fromkeys([*after, *before]))
    kind = TABLES.get(table)
    if kind is not None:
        order = {n: i for i, n in enumerate(kind.names)}
        names.sort(key=lambda n: order.get(n, len(order)))
    out = []
    for name in names:
        label = field_label(table, name)
        if name in HIDDEN or label is None or (name == "deleted" and action == "create"):
            continue
        old = show_value(table, name, before.get(name)) if action != "create" else ""
        new = show_value(table, name, after.get(name)) if action not in ("delete", "purge") else ""
        if action in ("create", "delete", "purge"):
            value = new or show_value(table, name, before.get(name))
            if value:
                out.append(Change(name, label, None, value))
        elif name not in before:  # a value set without a recorded old one (a new password)
            out.append(Change(name, label, None, new))
        elif old != new:
            out.append(Change(name, label, old, new))
    return out


def titles(rows) -> dict[tuple[str, int], str]:
    """(table, id) → the record's title now (deleted rows included), in one query per table."""
    wanted: dict[str, set[int]] = {}
    for r in rows:
        if r.record_id is not None and title_column(r.table):
            wanted.setdefault(r.table, set()).add(r.record_id)
    by_table = {m._meta.table_name: m for m in M.ALL_MODELS}
    out = {}
    for table, ids in wanted.items():
        model, column = by_table.get(table), title_column(table)
        if model is None or column not in model._meta.fields:
            continue
        attr = getattr(model, column)
        for rid, value in model.select(model.id, attr).where(model.id.in_(list(ids))).tuples():
            out[(table, rid)] = _title_text(value)
    return out


def _title_text(value) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    return str(value or "")


def describe(row, known_titles: dict) -> Entry:
    """An AuditLog row as an Entry a person reads."""
    title = known_titles.get((row.table, row.record_id), "")
    if not title:  # purged, or never stored: the row's own snapshot names it
        column = title_column(row.table)
        for snap in (row.after, row.before):
            if isinstance(snap, dict) and snap.get(column) not in (None, ""):
                title = str(snap[column])[:60]
                break
    if not title and row.record_id is not None:
        title = f"#{row.record_id}"
    return Entry(row.id, row.at, row.username, row.action, ACTIONS.get(row.action, row.action), row.table,
                 kind_label(row.table), row.record_id, title, row.note or "",
                 changes_of(row.table, row.action, row.before, row.after))
