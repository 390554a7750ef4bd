"""年度工作报告的文字部分 (存在问题、下一步打算): entered per year, kept in the Setting table."""

from __future__ import annotations

from station_app.services import context, records
from station_app.services.changes import operation
from station_app.services.errors import FieldProblem, ValidationError
from station_app.store.base import database_proxy
from station_app.store.models import Setting

SECTIONS = (("problems", "存在问题"), ("plans", "下一步打算"))  # (key part, heading)
MAX_CHARS = 3000  # per section: about two printed pages
KIND_LABEL = "年度报告文字"
EMPTY_NOTE = "（本年度未填写。）"  # printed under a heading whose text was not entered


def setting_key(year: int, section: str) -> str:
    """Setting key of one section's text, e.g. report.2026.problems."""
    return f"report.{int(year)}.{section}"


def _check_year(year) -> int:
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise ValidationError(FieldProblem("year", "年度", "应为四位数年份"), kind_label=KIND_LABEL) from None
    if not 2000 <= year <= 2100:
        raise ValidationError(FieldProblem("year", "年度", "应在2000到2100之间", year), kind_label=KIND_LABEL)
    return year


def texts(year: int) -> dict[str, str]:
    """{"problems": …, "plans": …} for *year*; "" where nothing was entered."""
    year = _check_year(year)
    keys = {setting_key(year, part): part for part, _h in SECTIONS}
    out = {part: "" for part, _h in SECTIONS}
    for row in Setting.select().where(Setting.key.in_(list(keys))):
        out[keys[row.key]] = row.value if isinstance(row.value, str) else ""
    return out


def char_count(text: str) -> int:
    """字数 as the counters show it: characters other than line breaks."""
    return len(text) - text.count("\n")


def _clean(text) -> str:
    """Line endings normalised, trailing spaces and blank lines at either end dropped."""
    lines = str(text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def save(year: int, *, problems: str | None = None, plans: str | None = None) -> dict[str, str]:
    """Store the sections given (None: left as they are); returns the year's texts. Audited."""
    context.require_edit()
    year = _check_year(year)
    given = {part: _clean(value) for part, value in (("problems", problems), ("plans", plans)) if value is not None}
    bad = [FieldProblem(part, heading, f"最多{MAX_CHARS}字（现有{char_count(given[part])}字）")
           for part, heading in SECTIONS if part in given and char_count(given[part]) > MAX_CHARS]
    if bad:
        raise ValidationError(bad, kind_label=KIND_LABEL)
    headings = dict(SECTIONS)
    with operation(), database_proxy.atomic():
        for part, text in given.items():
            key = setting_key(year, part)
            row = Setting.get_or_none(Setting.key == key)
            if row is not None and row.value == text:
                continue
            row = row or Setting(key=key)
            row.value = text
            records.save_raw(row, "update", note=f"{year}年度工作报告：{headings[part]}")
    return texts(year)
