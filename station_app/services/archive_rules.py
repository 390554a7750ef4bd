"""What archiving a mediation case checks (卷宗归档规则): each rule can be switched off in 设置; all on by default."""

from __future__ import annotations

from station_app.services import context, records
from station_app.services.errors import ValidationError
from station_app.store.models import Setting

SETTING_KEY = "archive_rules"

# key -> (label shown in 设置, what the rule asks for)
RULES: dict[str, tuple[str, str]] = {
    "papers": ("必备材料齐全", "卷内目录中的必备材料（告知书、身份证明、调解记录等）都已具备"),
    "followup": ("书面协议已回访", "达成书面协议的案件至少有一次回访记录"),
    "explanation": ("超过一个月须有情况说明",
                    "受理至结案（或至今未结）超过一个月、调解不成功、终止调解或转诉讼的案件已填写情况说明"),
    "closed": ("已结案", "案件已有调解结果和结案日期"),
}


def enabled() -> dict[str, bool]:
    """Every rule's state: stored values over the defaults (all on); unknown stored keys are ignored."""
    row = Setting.get_or_none(Setting.key == SETTING_KEY)
    stored = row.value if row is not None and isinstance(row.value, dict) else {}
    return {key: bool(stored.get(key, True)) for key in RULES}


def save(states: dict[str, bool]) -> dict[str, bool]:
    """Switch rules on or off (administrators only); audited. Keys not given keep their state."""
    context.require_admin()
    unknown = [k for k in states if k not in RULES]
    if unknown:
        raise ValidationError(f"没有这样的归档规则：{'、'.join(unknown)}（可选：{'、'.join(RULES)}）",
                              kind_label="卷宗归档规则")
    current = enabled()
    current.update({k: bool(v) for k, v in states.items()})
    row = Setting.get_or_none(Setting.key == SETTING_KEY) or Setting(key=SETTING_KEY)
    if row.id is not None and row.value == current:
        return current
    row.value = current
    off = [RULES[k][0] for k, on in current.items() if not on]
    records.save_raw(row, note="卷宗归档规则：" + ("全部启用" if not off else "不检查" + "、".join(off)))
    return current
