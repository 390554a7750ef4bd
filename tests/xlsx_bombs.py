"""Hostile and broken .xlsx files for the import limits (shared by tests/test_import_limits.py and the
benchmark benchmarks/bench_import_limits.py). Each starts from a small, valid hand-kept visits sheet and
rewrites its sheet XML the way a broken program or an attacker would."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl

HEADER = ("日期", "姓名", "来访人数", "问题类别", "反映问题", "处理方式")
GOOD = ("2025-03-05", "陈一", 1, "邻里纠纷", "楼道堆放杂物", "当场解答")
SHEET = "xl/worksheets/sheet1.xml"


def base(path: Path, rows=(GOOD,)) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025年接待登记"
    ws.append(["城关镇委员工作站接待登记台账"])
    ws.append(list(HEADER))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def _rewrite(path: Path, change) -> Path:
    """Replace the first sheet's XML by change(xml text); every other part copied as it is."""
    tmp = path.with_suffix(".tmp.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == SHEET:
                data = change(data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data)
    tmp.replace(path)
    return path


def _before_end_of_sheet_data(xml: str, extra: str) -> str:
    return xml.replace("</sheetData>", extra + "</sheetData>", 1)


def merged_columns(path: Path, n: int = 200) -> Path:
    """*n* merged ranges, each a whole column from row 3 to the sheet's last row (8 KB on disk)."""
    from openpyxl.utils import get_column_letter

    base(path)
    refs = "".join(f'<mergeCell ref="{get_column_letter(i)}3:{get_column_letter(i)}1048576"/>' for i in range(1, n + 1))
    return _rewrite(path, lambda xml: xml.replace("</sheetData>", f'</sheetData><mergeCells count="{n}">{refs}'
                                                                  "</mergeCells>", 1))


def far_cell(path: Path) -> Path:
    """One value in column XFD (the last Excel column)."""
    base(path)
    return _rewrite(path, lambda xml: _before_end_of_sheet_data(xml, '<row r="4"><c r="XFD4"><v>1</v></c></row>'))


def many_rows(path: Path, n: int = 1_000_000) -> Path:
    """*n* tiny rows below the header."""
    base(path)
    rows = "".join(f'<row r="{r}"><c r="C{r}"><v>1</v></c></row>' for r in range(4, n + 4))
    return _rewrite(path, lambda xml: _before_end_of_sheet_data(xml, rows))


def huge_text(path: Path, chars: int = 1_000_000) -> Path:
    """One inline text of *chars* characters in the 反映问题 column."""
    base(path)
    text = "长" * chars
    return _rewrite(path, lambda xml: _before_end_of_sheet_data(
        xml, f'<row r="4"><c r="E4" t="inlineStr"><is><t>{text}</t></is></c></row>'))


def huge_shared_string(path: Path, chars: int = 1_000_000) -> Path:
    """One shared string of *chars* characters (openpyxl writes inline strings, so add the table)."""
    base(path)
    tmp = path.with_suffix(".tmp.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == SHEET:
                data = _before_end_of_sheet_data(data.decode(),
                                                 '<row r="4"><c r="E4" t="s"><v>0</v></c></row>').encode()
            dst.writestr(info, data)
        dst.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.'
                     'openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>'
                     + "长" * chars + "</t></si></sst>")
    tmp.replace(path)
    return path


def cell_value(path: Path, ref: str, element: str) -> Path:
    """The sheet's cell *ref* (e.g. "C3") replaced by *element* (raw XML of a <c>)."""
    base(path)

    def change(xml: str) -> str:
        new, n = re.subn(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', element, xml, count=1)
        assert n == 1, f"no cell {ref}"
        return new

    return _rewrite(path, change)
