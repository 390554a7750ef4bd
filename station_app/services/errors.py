"""Validation errors that name the field (and row) in plain Chinese."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldProblem:
    field: str  # attribute name, e.g. "visitor_phone"
    label: str  # Chinese label, e.g. "联系电话"
    message: str  # what is wrong, e.g. "应为11位手机号或带区号的固定电话"
    value: object = None

    def __str__(self) -> str:
        return f"「{self.label}」{self.message}" if self.label else self.message


class ValidationError(Exception):
    """One or more fields are wrong; nothing was saved."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem | str, *, kind_label: str = ""):
        if isinstance(problems, str):
            problems = [FieldProblem("", "", problems)]
        elif isinstance(problems, FieldProblem):
            problems = [problems]
        self.problems = list(problems)
        self.kind_label = kind_label
        super().__init__(self.message)

    @property
    def message(self) -> str:
        head = f"{self.kind_label}：" if self.kind_label else ""
        return head + "；".join(str(p) for p in self.problems)

    def by_field(self) -> dict[str, str]:
        return {p.field: p.message for p in self.problems}


class PermissionDenied(Exception):
    def __init__(self, message: str = "当前账号没有修改权限（只读检查账号只能查看）。"):
        super().__init__(message)
        self.message = message
