"""Editable letter classes — a topic's 成果分类 (A 可落实 / B 报研究 / C 做好解释) and a proposal's 答复类别
(A 已解决 / B 正在解决 / C 暂不能解决): a letter, a short name and a meaning that each locality words its
own way. One set of rules for both; a class in use cannot be removed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from station_app.services import context, records
from station_app.services.errors import FieldProblem, ValidationError
from station_app.store.org import OWN_STATION_ID


@dataclass(frozen=True)
class LetterClasses:
    model: type  # TopicGrade / ReplyClass (code, name, meaning, sort_order)
    owner: type  # the records that carry a code: Topic / Proposal
    owner_field: str  # "grade" / "reply_class"
    label: str  # 成果分类 / 答复类别
    word: str  # what the labels of its columns start with: 分类 / 类别
    owner_label: str  # 议题 / 提案
    owner_unit: str  # 个 / 件

    def all(self) -> list:
        """The own station's classes (another station's, as its packages brought them, name its records)."""
        m = self.model
        return list(m.alive().where(m.station == OWN_STATION_ID).order_by(m.sort_order, m.code))

    def set(self, code: str, name: str, meaning: str = ""):
        """Add or rename a class (administrators)."""
        context.require_admin()
        m = self.model
        code = str(code or "").strip().upper()
        if not re.fullmatch(r"[A-Z]", code):
            raise ValidationError(FieldProblem("code", f"{self.word}代码", "应为一个英文字母，如 A"))
        name, meaning = str(name or "").strip(), str(meaning or "").strip()
        if not name or len(name) > 30:
            raise ValidationError(FieldProblem("name", f"{self.word}名称", "不能为空，最多30字"))
        if len(meaning) > 200:
            raise ValidationError(FieldProblem("meaning", f"{self.word}含义", "最多200字"))
        row = m.get_or_none((m.station == OWN_STATION_ID) & (m.code == code))
        if row is None:
            row = m(code=code, sort_order=m.select().where(m.station == OWN_STATION_ID).count())
        row.name, row.meaning, row.deleted = name, meaning, False
        return records.save_raw(row, note=f"{self.label} {code}")

    def remove(self, code: str) -> None:
        """Retire a class that no live record uses."""
        context.require_admin()
        m = self.model
        row = m.get_or_none((m.station == OWN_STATION_ID) & (m.code == code) & (m.deleted == False))
        if row is None:
            raise ValidationError(f"没有{self.label}“{code}”")
        owner = self.owner
        used = owner.alive().where((owner.station == OWN_STATION_ID)
                                   & (getattr(owner, self.owner_field) == code)).count()
        if used:
            raise ValidationError(f"{self.label}“{code}”已用于 {used} {self.owner_unit}{self.owner_label}，不能删除"
                                  f"（可修改其名称和含义）")
        records.soft_delete(row)


def _sets():
    from station_app.store.models import Proposal, ReplyClass, Topic, TopicGrade

    return (LetterClasses(TopicGrade, Topic, "grade", "成果分类", "分类", "议题", "个"),
            LetterClasses(ReplyClass, Proposal, "reply_class", "答复类别", "类别", "提案", "件"))


GRADES, REPLY_CLASSES = _sets()
