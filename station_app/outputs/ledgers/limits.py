"""Limits checked on an .xlsx before any row is read, so a hostile or broken file is refused in well under a
second and a few megabytes: rows, columns, cells, merged ranges and the length of any one text.

The sheets and the shared-string table are streamed from the zip in chunks and scanned with regular
expressions — nothing is parsed into objects, and the scan stops at the first limit passed.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import column_index_from_string, range_boundaries

MAX_ROWS = 100_000
MAX_COLUMNS = 60
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_MERGES = 10_000
MAX_CELLS = MAX_ROWS * MAX_COLUMNS
MAX_PART_BYTES = 1 << 30  # one sheet's XML, uncompressed
_CHUNK = 1 << 20
_TAIL = 64  # bytes carried over between chunks, so a tag split by a chunk edge is still seen

_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')
# a cell with content: <c r="XFD1" …>…</c> (self-closing <c …/> cells only carry a style)
_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d+)"[^>]*?(/?)>')
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+\d+(?::[A-Z]+\d+)?)"')
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\b[^>]*?\bref="([A-Z]+\d+(?::[A-Z]+\d+)?)"')
_TEXT_OPEN = re.compile(rb"<(?:\w+:)?t(?:\s[^>]*)?>")
_TEXT_CLOSE = re.compile(rb"</(?:\w+:)?t>")
_SHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$")


class LimitError(Exception):
    """The file passes a limit; the message (Chinese) names the limit, the sheet and what was found."""

    @property
    def message(self) -> str:
        return str(self)


@dataclass
class _TextRun:
    """Length in bytes of the <t> text being read across chunks (-1: outside any text)."""

    open_at: int = -1


def _max_text_bytes() -> int:
    return MAX_CELL_CHARS * 4  # a character is at most 4 bytes of UTF-8; shorter texts are checked per cell


def _scan_text(data: bytes, offset: int, run: _TextRun, where: str) -> None:
    """Refuse a single text longer than a cell may hold (by bytes; per-cell checks count characters).

    *offset* is where *data* starts in the part; chunks overlap a little, and positions are absolute, so
    a text seen twice in the overlap is measured the same both times.
    """
    pos = 0
    limit = _max_text_bytes()
    while True:
        if run.open_at < 0:
            m = _TEXT_OPEN.search(data, pos)
            if not m:
                return
            run.open_at, pos = offset + m.end(), m.end()
        m = _TEXT_CLOSE.search(data, pos)
        end = offset + (m.start() if m else len(data))
        if end - run.open_at > limit:
            raise LimitError(f"{where}中有一段文字超过 {MAX_CELL_CHARS} 个字符（Excel 单元格的上限），不能导入。")
        if not m:
            return
        run.open_at, pos = -1, m.end()


def _chunks(zf: zipfile.ZipFile, name: str):
    """(offset, bytes) of a zip member, decompressed a chunk at a time, with a small overlap."""
    with zf.open(name) as fh:
        offset, tail = 0, b""
        while True:
            block = fh.read(_CHUNK)
            if not block:
                return
            yield offset - len(tail), tail + block
            tail = block[-_TAIL:]
            offset += len(block)


def _check_sheet(zf: zipfile.ZipFile, name: str, title: str) -> None:
    where = f"工作表「{title}」"
    rows = cells = merges = 0
    seen_row = seen_cell = seen_merge = -1  # absolute offsets already counted (chunks overlap)
    run = _TextRun()
    for offset, data in _chunks(zf, name):
        if offset <= 0:
            m = _DIMENSION.search(data)
            if m:
                _, _, max_col, max_row = range_boundaries(m.group(1).decode())
                if max_row and max_row > MAX_ROWS + 100:
                    raise LimitError(f"{where}声明的范围 {m.group(1).decode()} 超过 {MAX_ROWS:,} 行的上限，不能导入。"
                                     "请删去多余的行，或把台账分成几个文件。")
        for m in _ROW.finditer(data):
            if offset + m.start() <= seen_row:
                continue
            seen_row = offset + m.start()
            rows += 1
            number = int(m.group(1))
            if rows > MAX_ROWS + 100 or number > MAX_ROWS + 100:
                raise LimitError(f"{where}超过 {MAX_ROWS:,} 行的上限（已读到第 {number:,} 行），不能导入。"
                                 "请把台账分成几个文件。")
        for m in _CELL.finditer(data):
            if offset + m.start() <= seen_cell or m.group(3) == b"/":
                continue
            seen_cell = offset + m.start()
            cells += 1
            column = column_index_from_string(m.group(1).decode())
            if column > MAX_COLUMNS:
                raise LimitError(f"{where}的 {m.group(1).decode()}{m.group(2).decode()} 单元格有内容，"
                                 f"超出 {MAX_COLUMNS} 列的上限，不能导入。请删去表格右侧多余的列。")
            if cells > MAX_CELLS:
                raise LimitError(f"{where}的单元格超过 {MAX_CELLS:,} 个的上限，不能导入。")
        for m in _MERGE.finditer(data):
            if offset + m.start() <= seen_merge:
                continue
            seen_merge = offset + m.start()
            merges += 1
            ref = m.group(1).decode()
            _min_col, _min_row, max_col, max_row = range_boundaries(ref)
            if merges > MAX_MERGES:
                raise LimitError(f"{where}的合并单元格超过 {MAX_MERGES:,} 处的上限，不能导入。")
            if (max_col or 0) > MAX_COLUMNS or (max_row or 0) > MAX_ROWS + 100:
                raise LimitError(f"{where}的合并单元格 {ref} 超出 {MAX_ROWS:,} 行、{MAX_COLUMNS} 列的上限，"
                                 "不能导入。请取消这处合并。")
        _scan_text(data, offset, run, where)


def _sheet_titles(zf: zipfile.ZipFile) -> dict[str, str]:
    """worksheet part name -> sheet title, from workbook.xml and its relationships (best effort)."""
    try:
        book = zf.read("xl/workbook.xml")
        rels = zf.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {m.group(1).decode(): m.group(2).decode()
               for m in re.finditer(rb'Id="([^"]+)"[^>]*?Target="([^"]+)"', rels)}
    targets.update({m.group(2).decode(): m.group(1).decode()
                    for m in re.finditer(rb'Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)})
    out = {}
    for m in re.finditer(rb'<(?:\w+:)?sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]+)"', book):
        target = targets.get(m.group(2).decode(), "")
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        out[part] = m.group(1).decode("utf-8", "replace")
    return out


def check_limits(path: str | Path) -> None:
    """Raise LimitError when the workbook at *path* passes a limit; other faults are left to the reader."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return  # not a zip: the reader says so in its own words
    with zf:
        titles = _sheet_titles(zf)
        for info in zf.infolist():
            if info.filename == "xl/sharedStrings.xml":
                run = _TextRun()
                for offset, data in _chunks(zf, info.filename):
                    _scan_text(data, offset, run, "共享文字表")
            elif _SHEET_PART.match(info.filename):
                title = titles.get(info.filename, Path(info.filename).stem)
                if info.file_size > MAX_PART_BYTES:
                    raise LimitError(f"工作表「{title}」解压后超过 {MAX_PART_BYTES >> 20} MB，不能导入。")
                _check_sheet(zf, info.filename, title)
