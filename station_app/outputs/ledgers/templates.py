"""Empty ledgers to fill in by hand (补录历史记录): the export layout with drop-down lists for lookup columns."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from openpyxl.worksheet.datavalidation import DataValidation

import station_app.outputs.ledgers.engine as engine  # noqa: PLR0402  (not via the package: no cycle)
from station_app.outputs import atomic_path
from station_app.outputs.ledgers.export import ledger_of
from station_app.outputs.ledgers.loaders import station_name
from station_app.outputs.ledgers.spec import Column, bound_columns
from station_app.services.validation import grade_codes, lookup_values

BLANK_ROWS = 200
OPTIONS_SHEET = "选项"


def _options(col: Column, kind) -> list[str]:
    if col.choices:
        return list(col.choices)
    if col.lookup:
        return lookup_values(col.lookup)
    if col.field and kind.field(col.field).type == "grade":
        return grade_codes()
    if col.field and kind.field(col.field).type == "bool":
        return ["是", "否"]
    return []


def write_template(kind: str, path) -> Path:
    """An empty ledger of *kind* (a record ledger) with drop-downs; returns *path*."""
    ledger = ledger_of(kind)
    if not ledger.importable:
        raise ValueError(f"「{ledger.title}」由软件统计生成，没有导入模板")
    record_kind = ledger.record_kind
    cols = [c for c in bound_columns(ledger, True) if not c.hidden]
    blank = defaultdict(str)
    with atomic_path(path) as tmp:
        wb, ids = engine.new_workbook()
        meta = engine.Meta(station_name(), "补录历史记录用：请从第5行起逐行填写，不要改动表头", None)
        w = engine.write_ledger(wb, ids, ledger, cols, (blank for _ in range(BLANK_ROWS)), BLANK_ROWS, meta,
                                blank=True)
        first, last = engine.FIRST_DATA_ROW, engine.FIRST_DATA_ROW + BLANK_ROWS - 1
        lists = wb.create_sheet(OPTIONS_SHEET)
        lists.sheet_state = "hidden"
        option_cols = []
        for i, col in enumerate(w.columns):
            values = _options(col, record_kind)
            if values:
                option_cols.append((w.letters[i + 1], col, values))
        longest = max((len(v) for _, _, v in option_cols), default=0)
        for r in range(longest):
            lists.append([values[r] if r < len(values) else None for _, _, values in option_cols])
        for j, (letter, col, values) in enumerate(option_cols):
            src = engine.get_column_letter(j + 1)
            dv = DataValidation(type="list", formula1=f"'{OPTIONS_SHEET}'!${src}$1:${src}${len(values)}",
                                allow_blank=True, showErrorMessage=True, errorTitle="不在可选列表中",
                                error=f"「{col.header}」请从下拉列表中选择。")
            dv.add(f"{letter}{first}:{letter}{last}")
            w.ws.data_validations.append(dv)
        wb.save(tmp)
    return Path(path)
