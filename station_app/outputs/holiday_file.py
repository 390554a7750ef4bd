"""Read a year's holiday schedule (节假日安排) from a CSV or .xlsx file and import it as overrides."""

from __future__ import annotations

import csv
from pathlib import Path

from station_app.outputs.ledgers.reader import ImportFileError, open_book
from station_app.services import holidays
from station_app.services.errors import ValidationError

FORMAT_HELP = ("文件为 CSV（UTF-8 或 GBK）或 Excel（.xlsx），第一行是表头：日期、类型、名称；"
               "每行一天，类型写“放假”或“上班”（调休上班），名称如“春节”，例如：2027-02-06,放假,春节")
HEADERS = {"日期": "date", "类型": "kind", "名称": "name", "放假/上班": "kind", "节日": "name", "说明": "name",
           "date": "date", "type": "kind", "name": "name"}  # an English header works too (date, type, name)


def _rows_from_csv(path: Path) -> list[list]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError(f"无法读取 {path.name}：不是 UTF-8 或 GBK 编码的文本")
    return [row for row in csv.reader(text.splitlines())]


def _rows_from_xlsx(path: Path) -> list[list]:
    try:
        wb = open_book(path)
    except ImportFileError as exc:
        raise ValidationError(str(exc)) from None
    try:
        ws = wb.worksheets[0]
        return [list(r) for r in ws.iter_rows(max_row=2000, values_only=True)]
    finally:
        wb.close()


def read_schedule(path) -> list[tuple]:
    """(date, 放假/上班, 名称) rows of the file, header checked; a wrong file says what it should hold."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"找不到文件 {path}")
    rows = _rows_from_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _rows_from_csv(path)
    rows = [r for r in rows if any(str(v or "").strip() for v in r)]
    if not rows:
        raise ValidationError(f"{path.name} 是空的。{FORMAT_HELP}")
    header = {HEADERS.get(str(v or "").strip().lower()): i for i, v in enumerate(rows[0])}
    header.pop(None, None)
    if "date" not in header or "kind" not in header:
        raise ValidationError(f"{path.name} 第1行应为表头（日期、类型、名称）。{FORMAT_HELP}")
    pick = lambda r, key: r[header[key]] if key in header and header[key] < len(r) else ""
    return [(pick(r, "date"), pick(r, "kind"), pick(r, "name") or "") for r in rows[1:]]


def import_file(path) -> int:
    """Import the schedule in *path* (one transaction; a bad row names its line). Returns the day count."""
    rows = read_schedule(path)
    return holidays.import_overrides(rows, first_line=2)
