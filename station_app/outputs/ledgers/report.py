"""What an import found: each problem by sheet, row, column, value and reason; duplicates; counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

QUOTE_CHARS = 50  # a message quotes at most this much of a value


def clip(text: str, limit: int = QUOTE_CHARS) -> str:
    """*text* cut to *limit* characters with 「…」 and the full length, for quoting a value in a message."""
    return text if len(text) <= limit else f"{text[:limit]}…（共 {len(text):,} 字）"


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    column: str  # column letter, "" when the whole row or sheet is meant
    header: str
    value: object
    reason: str

    def __str__(self) -> str:
        where = f"「{self.sheet}」第{self.row}行" + (f" {self.column}列「{self.header}」" if self.column else "")
        text = "" if self.value is None else str(self.value)
        shown = "" if not text or text in self.reason else f"（填写的是“{text}”）"
        return f"{where}：{self.reason}{shown}"


@dataclass(frozen=True)
class Duplicate:
    sheet: str
    row: int
    reason: str

    def __str__(self) -> str:
        return f"「{self.sheet}」第{self.row}行：{self.reason}，未重复导入"


@dataclass
class ImportReport:
    kind: str
    label: str
    path: Path
    dry_run: bool = False
    sheets: list[str] = field(default_factory=list)
    rows_read: int = 0
    imported: dict[str, int] = field(default_factory=dict)  # ledger title -> records added
    duplicates: list[Duplicate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sheet_rows: list = field(default_factory=list, repr=False)  # reader.SheetRows read, for a preview

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def total_imported(self) -> int:
        return sum(self.imported.values())

    def problem_cells(self) -> dict[tuple[str, int, str], str]:
        """(sheet, row, column letter) -> reason, for marking cells in a preview."""
        return {(p.sheet, p.row, p.column): p.reason for p in self.problems}

    def text(self, limit: int = 200) -> str:
        lines = [f"文件：{self.path.name}（{self.label}）读取 {self.rows_read} 行"]
        for p in self.problems[:limit]:
            lines.append(f"错误：{p}")
        if len(self.problems) > limit:
            lines.append(f"……另有 {len(self.problems) - limit} 处错误未列出")
        for d in self.duplicates[:limit]:
            lines.append(f"重复：{d}")
        if len(self.duplicates) > limit:
            lines.append(f"……另有 {len(self.duplicates) - limit} 条重复记录未列出")
        lines.extend(f"提醒：{w}" for w in self.warnings)
        counts = "，".join(f"{k} {n} 条" for k, n in self.imported.items()) or "0 条"
        if self.problems:
            lines.append(f"有 {len(self.problems)} 处错误，未导入任何记录。请改正后重新导入。")
        elif self.dry_run:
            lines.append(f"检查通过（试运行，未导入）：可导入 {counts}，重复 {len(self.duplicates)} 条。")
        else:
            lines.append(f"导入完成：新增 {counts}，重复未导入 {len(self.duplicates)} 条。")
        return "\n".join(lines)
