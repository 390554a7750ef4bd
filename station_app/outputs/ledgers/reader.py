"""Read a filled-in ledger: find the header row below any titles, match columns by header text, yield data rows."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.utils.exceptions import InvalidFileException

from station_app.outputs.ledgers.fastread import fast_rows
from station_app.outputs.ledgers.spec import Column, Ledger

HEADER_SCAN_ROWS = 20
_TOTAL_WORDS = ("合计", "总计", "小计", "累计")
_SIGN_WORDS = ("填表人", "审核人", "制表人", "负责人签字", "填报人")
_SIGN_FIRST = {w[0] for w in _SIGN_WORDS}
_NOTE_WORDS = ("备注", "说明", "注：", "注:", "填表说明")
_NOTE_SUFFIX = re.compile(r"[（(][^）)]*(必填|选填|可选|格式|例)[^）)]*[）)]$")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


class ImportFileError(Exception):
    """The file cannot be read as this kind of ledger (a Chinese message says why)."""

    @property
    def message(self) -> str:
        return str(self)


def norm_header(value) -> str:
    """Header text as compared: full-width folded, spaces, line breaks and required-marks removed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    text = re.sub(r"\s+", "", text).strip("*＊※")
    text = _NOTE_SUFFIX.sub("", text)
    return text.replace("(", "（").replace(")", "）")


def _norm_all(texts) -> tuple[str, ...]:
    return tuple(norm_header(t) for t in texts)


def match_columns(ledger: Ledger, headers: list) -> dict[int, Column]:
    """Sheet column index -> ledger column: exact header first, then each column's synonyms."""
    found: dict[int, Column] = {}
    used: set[int] = set()
    normed = [norm_header(h) for h in headers]
    cols = list(ledger.columns)
    for pass_ in (0, 1):
        for ci, col in enumerate(cols):
            if ci in used:
                continue
            names = _norm_all((col.header,)) if pass_ == 0 else _norm_all(col.synonyms)
            for i, text in enumerate(normed):
                if text and i not in found and text in names:
                    found[i] = col
                    used.add(ci)
                    break
    return found


@dataclass
class SheetRows:
    sheet: str
    header_row: int
    columns: dict[int, Column]
    headers: dict[int, str]
    rows: list[tuple[int, list]] = field(default_factory=list)  # (row number in the sheet, cell values)

    def letter(self, index: int) -> str:
        return get_column_letter(index + 1)

def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _skip(values: list, columns: dict[int, Column]) -> bool:
    """Blank rows, totals rows and the 填表人/审核人 line are not records."""
    if all(_blank(values[i]) for i in columns if i < len(values)):
        return True
    texts = [norm_header(v) for v in values[:3] if isinstance(v, str)]
    if any(t.startswith(_TOTAL_WORDS) for t in texts):
        return True
    filled = [v for v in values if not _blank(v)]
    if len(filled) == 1 and isinstance(filled[0], str) and norm_header(filled[0]).startswith(_NOTE_WORDS):
        return True
    return any(v.__class__ is str and v.lstrip()[:1] in _SIGN_FIRST and norm_header(v).startswith(_SIGN_WORDS)
               for v in values)


def _best_header(rows: list[tuple[int, list]], ledger: Ledger) -> tuple[int, dict[int, Column], list] | None:
    best = None
    for number, values in rows:
        found = match_columns(ledger, values)
        if found and (best is None or len(found) > len(best[1])):
            best = (number, found, values)
    if best and len(best[1]) >= min(2, len(ledger.columns)):
        return best
    return None


def _merge_refs_from_xml(ws) -> list[str]:
    try:
        with ws._get_source() as src:
            xml = src.read()
    except (AttributeError, OSError, KeyError):
        return []
    return [f"{c1.decode()}{r1.decode()}:{c2.decode()}{r2.decode()}" for c1, r1, c2, r2 in _MERGE.findall(xml)]


def vertical_merges(refs: list[str], first_row: int) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, col) -> its merged range's top-left, for ranges spanning several rows from *first_row* on.

    Hand-kept ledgers often merge one date over the visits of that day; those cells read as blank.
    """
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for ref in refs:
        k1, r1, k2, r2 = range_boundaries(ref)
        if r2 <= r1 or r2 < first_row or (r2 - r1 + 1) * (k2 - k1 + 1) > 100_000:
            continue
        for r in range(r1, r2 + 1):
            for k in range(k1 - 1, k2):
                if (r, k) != (r1, k1 - 1):
                    out[(r, k)] = (r1, k1 - 1)
    return out


def sheet_rows(wb, ws, first_row: int) -> tuple[list[tuple[int, list]], list[str]]:
    """Rows from *first_row* on as (row number, values), and the sheet's merged ranges."""
    try:
        return fast_rows(wb, ws, first_row)
    except (AttributeError, ImportError, TypeError):  # another openpyxl: its public, slower path
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()  # a sheet's recorded size may be wrong: read to its real end
        rows = [(n, list(v)) for n, v in enumerate(ws.iter_rows(min_row=first_row, values_only=True), first_row)]
        return rows, _merge_refs_from_xml(ws)


def _head_rows(wb, ws) -> list[tuple[int, list]]:
    """The first rows, where the header is looked for (through the same tolerant parser as the data)."""
    try:
        return fast_rows(wb, ws, 1, HEADER_SCAN_ROWS)[0]
    except (AttributeError, ImportError, TypeError):  # another openpyxl: its public path
        return [(i, list(v)) for i, v in enumerate(ws.iter_rows(max_row=HEADER_SCAN_ROWS, values_only=True), 1)]


def open_book(path: Path):
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ImportFileError(f"无法打开 {Path(path).name}：不是有效的 Excel（.xlsx）文件"
                              f"（{exc.__class__.__name__}）") from None


def read_ledger(wb, ledger: Ledger, *, sheet: str | None = None, required_sheet: bool = False) -> SheetRows | None:
    """Find *ledger*'s sheet in *wb* (its own name first, else the best-matching sheet) and read its rows."""
    names = [sheet] if sheet else ([ledger.sheet] if ledger.sheet in wb.sheetnames else wb.sheetnames)
    if required_sheet and ledger.sheet not in wb.sheetnames:
        return None
    best = None
    for name in names:
        ws = wb[name]
        head = _head_rows(wb, ws)
        found = _best_header(head, ledger)
        if found and (best is None or len(found[1]) > len(best[1][1])):
            best = (name, found)
    if best is None:
        wanted = "、".join(c.header for c in ledger.columns if c.field or c.role in ("members",))[:80]
        raise ImportFileError(f"在文件中找不到「{ledger.title}」的表头行（应有这些列名中的几个：{wanted}…）")
    name, (header_row, columns, header_values) = best
    headers = {i: "".join(str(header_values[i]).split()) for i in columns}  # 建议\n条数 → 建议条数
    out = SheetRows(name, header_row, columns, headers)
    ws = wb[name]
    width = max(columns) + 1
    rows, refs = sheet_rows(wb, ws, header_row + 1)
    merges = vertical_merges(refs, header_row + 1)
    anchors = set(merges.values())
    kept: dict[tuple[int, int], object] = {}
    for number, values in rows:
        values = list(values[:width]) + [None] * (width - len(values))
        if merges:
            for k in range(width):
                if (number, k) in anchors:
                    kept[(number, k)] = values[k]
                elif (number, k) in merges and values[k] is None:
                    values[k] = kept.get(merges[(number, k)])
        if _skip(values, columns):
            continue
        out.rows.append((number, values))
    return out
