"""Topic result grades (成果分类): editable letters, names and meanings (localities use them differently)."""

from __future__ import annotations

import re

from station_app.services import context, records
from station_app.services.errors import FieldProblem, ValidationError
from station_app.store.models import Topic, TopicGrade


def set_grade(code: str, name: str, meaning: str = "") -> TopicGrade:
    """Add or rename a result grade (成果分类); localities use the letters differently."""
    context.require_admin()
    code = str(code or "").strip().upper()
    if not re.fullmatch(r"[A-Z]", code):
        raise ValidationError(FieldProblem("code", "分类代码", "应为一个英文字母，如 A"))
    name, meaning = str(name or "").strip(), str(meaning or "").strip()
    if not name or len(name) > 30:
        raise ValidationError(FieldProblem("name", "分类名称", "不能为空，最多30字"))
    if len(meaning) > 200:
        raise ValidationError(FieldProblem("meaning", "分类含义", "最多200字"))
    grade = TopicGrade.get_or_none(TopicGrade.code == code)
    if grade is None:
        grade = TopicGrade(code=code, sort_order=TopicGrade.select().count())
    grade.name, grade.meaning, grade.deleted = name, meaning, False
    return records.save_raw(grade, note=f"成果分类 {code}")


def remove_grade(code: str) -> None:
    """Retire a grade that no topic uses."""
    context.require_admin()
    grade = TopicGrade.get_or_none((TopicGrade.code == code) & (TopicGrade.deleted == False))  # noqa: E712
    if grade is None:
        raise ValidationError(f"没有成果分类“{code}”")
    used = Topic.alive().where(Topic.grade == code).count()
    if used:
        raise ValidationError(f"成果分类“{code}”已用于 {used} 个议题，不能删除（可修改其名称和含义）")
    records.soft_delete(grade)


def grades() -> list[TopicGrade]:
    return list(TopicGrade.alive().order_by(TopicGrade.sort_order, TopicGrade.code))
