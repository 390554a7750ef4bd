"""The one ledger renderer: any Ledger declaration becomes a printed-ledger worksheet, streamed row by row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell._writer import write_cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

import station_app.outputs.ledgers.metrics as metrics  # noqa: PLR0402  (not via the package: no cycle)
import station_app.outputs.ledgers.paging as paging  # noqa: PLR0402  (not via the package: no cycle)
import station_app.outputs.ledgers.styles as styles  # noqa: PLR0402  (not via the package: no cycle)
from station_app.outputs import Ticker
from station_app.outputs.ledgers.spec import Column, Ledger, sheet_order

HEADER_ROW = 4  # title, period, 填报单位 line, header
FIRST_DATA_ROW = HEADER_ROW + 1
SEQ_HEADER = "序号"
FOOTER = "第 &P 页 共 &N 页"
BOLD_ALLOWANCE = 0.6  # width units: headers are bold, and 宋体 has no bold face (Excel widens each glyph)
UNIT_TAILS = ("人次", "人数", "件数", "次数")
UNPRINTED_NOTE = "以下各列为登记备查项，不在打印页中"


@dataclass
class Meta:
    station: str
    period: str  # "2026年1月1日至2026年12月31日"
    filled_on: dt.date | None  # None: left blank to fill in by hand


def new_workbook() -> tuple[Workbook, dict[str, int]]:
    wb = Workbook(write_only=True)
    return wb, styles.register(wb)


def header_text(header: str, width: float) -> str:
    """A header too wide for its column breaks where a reader expects, never leaving one character alone:
    before its unit (值班接待 / （次）, 服务群众 / 人次), else in the middle (建议 / 条数) when each half fits a
    line — a renderer drawing the column wider would otherwise strand the last character (建议条 / 数). The
    reader ignores line breaks in headers, so the ledger still reads back.
    """
    width -= BOLD_ALLOWANCE
    if "\n" in header or metrics.lines(header, width) == 1:
        return header
    at = header.find("（", 1)
    if at > 0:
        return header[:at] + "\n" + header[at:]
    for unit in UNIT_TAILS:  # 服务群众 / 人次
        head = header[:-len(unit)]
        if header.endswith(unit) and len(head) > 1 and metrics.lines(head, width) == 1:
            return head + "\n" + unit
    per_line = int(metrics.usable_width(width) / metrics.BODY_SIZE)  # Chinese characters on one line
    half = -(-len(header) // 2)
    if not any(ch.isascii() for ch in header) and len(header) >= 4 and half <= per_line:
        return header[:half] + "\n" + header[half:]
    return header


class SheetWriter:
    """Streams one worksheet: rows of LedgerCells go straight to openpyxl's cell writer."""

    def __init__(self, wb: Workbook, style_ids: dict[str, int], title: str, widths: list[float],
                 hidden: Iterable[int] = ()):
        self.ws = wb.create_sheet(title[:31])
        self.ids = style_ids
        self.letters = [get_column_letter(i + 1) for i in range(len(widths))]
        for i, (letter, width) in enumerate(zip(self.letters, widths)):
            self.ws.column_dimensions[letter].width = width
            if i in hidden:
                self.ws.column_dimensions[letter].hidden = True
        self.row = 0
        self._stream = None

    def start(self) -> None:
        """After page setup and freeze panes: they are written with the sheet's head."""
        ws = self.ws
        ws._get_writer()
        self._stream = self._rows()
        next(self._stream)
        ws._rows = self._stream

    def _rows(self):
        xf = self.ws._writer.xf.send(True)
        with xf.element("sheetData"):
            try:
                while True:
                    attrs, cells = yield
                    with xf.element("row", attrs):
                        for cell in cells:
                            write_cell(xf, self.ws, cell, True)
            except GeneratorExit:
                pass
        self.ws._writer.xf.send(None)

    def put(self, values: list, style_names: list[str], height: float | None = None) -> int:
        """Write the next row; returns its number."""
        self.row += 1
        r = str(self.row)
        ids, ws = self.ids, self.ws
        cells = [styles.LedgerCell(letter + r, ids[s], v, ws)
                 for letter, v, s in zip(self.letters, values, style_names)]
        attrs = {"r": r}
        if height:
            attrs["ht"] = f"{height:.2f}"
            attrs["customHeight"] = "1"
        self._stream.send((attrs, cells))
        return self.row

    def put_cells(self, cells: list, attrs: dict) -> None:
        self.row += 1
        self._stream.send((attrs, cells))

    def merge(self, first_col: int, last_col: int, row: int | None = None) -> None:
        row = row or self.row
        if last_col > first_col:
            self.ws.merged_cells.add(f"{self.letters[first_col]}{row}:{self.letters[last_col]}{row}")


def _setup_page(ws, last_letter: str, rows: int) -> None:
    """A4 landscape, fit to width; the print area is *rows* rows up to *last_letter*, the last printed column."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = paging.MARGIN_SIDE
    ws.page_margins.top, ws.page_margins.bottom = paging.MARGIN_TOP, paging.MARGIN_BOTTOM
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{last_letter}{rows}"
    ws.oddFooter.center.text = FOOTER
    ws.oddFooter.center.size = 9
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"


def _head(w: SheetWriter, ledger: Ledger, cols: list[Column], meta: Meta, last: int) -> list[float]:
    """Title, period, 填报单位 line and header row; returns their heights."""
    n = len(cols) + 1
    blank = [""] * n
    w.put([f"{meta.station}{ledger.title}"] + blank[1:], ["ledger_title"] * n, 30)
    w.merge(0, last)
    w.put([f"（{meta.period}）"] + blank[1:], ["ledger_period"] * n, 20)
    w.merge(0, last)
    half = max(1, last // 2)
    day = meta.filled_on
    when = f"{day.year}年{day.month}月{day.day}日" if day else "　　　　年　　月　　日"
    info = [f"填报单位：{meta.station}"] + [""] * half + [f"填报日期：{when}"]
    info += [""] * (n - len(info))
    kept = [i + 1 for i, c in enumerate(cols) if not c.printed and not c.hidden]  # right of the print area
    info_styles = ["ledger_info_left"] * (half + 1) + ["ledger_info_right"] * (n - half - 1)
    if kept:
        info[kept[0]] = UNPRINTED_NOTE
        info_styles[kept[0]:kept[-1] + 1] = ["ledger_note"] * len(kept)
    w.put(info[:n], info_styles, 20)
    w.merge(0, half)
    w.merge(half + 1, last)
    if kept:
        w.merge(kept[0], kept[-1])
    headers = [header_text(c.header, c.width) for c in cols]
    lines = max(metrics.lines(h, c.width - BOLD_ALLOWANCE) for h, c in zip(headers, cols))
    height = metrics.row_height(max(2, lines))
    w.put([SEQ_HEADER] + headers, ["ledger_head"] + ["ledger_head" if c.printed else "ledger_head_unprinted"
                                                     for c in cols], height)
    return [30, 20, 20, height]


def write_ledger(wb: Workbook, style_ids: dict[str, int], ledger: Ledger, cols: list[Column], rows: Iterable[dict],
                 count: int, meta: Meta, ticker: Ticker | None = None, *, blank: bool = False):
    """Render *rows* as one ledger sheet of *wb*; returns the sheet writer (its .row is the last row written).

    *blank*: an empty form to fill in — no row numbers, no totals.
    The columns are laid out in sheet order (spec.sheet_order: printed ones first); the writer's .columns holds
    them in that order. The print area and the fit-to-width scale cover the printed columns only.
    """
    cols = sheet_order(cols)
    widths = [6.0] + [c.width for c in cols]
    hidden = {i + 1 for i, c in enumerate(cols) if c.hidden}
    printed = [i + 1 for i, c in enumerate(cols) if c.printed and not c.hidden]
    last = printed[-1] if printed else max(i for i in range(len(widths)) if i not in hidden)
    w = SheetWriter(wb, style_ids, ledger.sheet, widths, hidden)
    w.columns = cols
    has_totals = any(c.total for c in cols) and not blank
    rows_planned = HEADER_ROW + count + has_totals + bool(ledger.note) + 2
    _setup_page(w.ws, w.letters[last], rows_planned)
    dimension = f"A1:{w.letters[-1]}{rows_planned}"
    w.ws.calculate_dimension = lambda: dimension  # readers then need not scan the sheet for its size
    w.start()
    head = _head(w, ledger, cols, meta, last)
    pager = paging.Pager(widths[:last + 1], head, head[-1])
    add_page_row = pager.add

    body_ids = [style_ids["ledger_int"]] + [style_ids[styles.BODY_STYLE[c.fmt]] for c in cols]
    getters = [c.get for c in cols]
    # the columns whose texts set a row's height (not hidden ones): index, width, and the length below which a
    # text fits one line and is not measured
    measured = [(i, c.width, metrics.quick_limit(c.width)) for i, c in enumerate(cols) if not c.hidden]
    totals = [0 if c.total else None for c in cols]
    summed = [i for i, c in enumerate(cols) if c.total]
    letters, ws = w.letters, w.ws
    row_heights = [metrics.row_height(n) for n in range(8)]
    Cell = styles.LedgerCell
    written = 0
    for row in rows:
        values = [g(row) for g in getters]
        lines = 1
        for i, cap, short in measured:
            value = values[i]
            if value.__class__ is str and value and (len(value) > short or "\n" in value):
                n_lines = metrics.lines(value, cap)
                lines = max(lines, n_lines)
        for i in summed:
            if values[i] is not None and values[i] != "":
                totals[i] += values[i]
        written += 1
        r = str(w.row + 1)
        cells = [Cell("A" + r, body_ids[0], "" if blank else written, ws)]
        cells += [Cell(letter + r, sid, v, ws) for letter, sid, v in zip(letters[1:], body_ids[1:], values)]
        height = row_heights[lines] if lines < 8 else metrics.row_height(lines)
        w.put_cells(cells, {"r": r, "ht": f"{height:.1f}", "customHeight": "1"})
        add_page_row(height)
        if ticker:
            ticker.step(1, ledger.title)
    tail = []  # heights of the closing rows, printed together with the last data rows
    if summed and not blank:
        styles_row = ["ledger_total"] * (len(cols) + 1)
        values = ["合计", f"共{written}条"] + [""] * (len(cols) - 1)
        for i in summed:
            total = totals[i]
            values[i + 1] = float(total) if isinstance(total, Decimal) else total
            if cols[i].fmt == "amount":
                styles_row[i + 1] = "ledger_total_amount"
        if summed and summed[0] == 0:
            values[1] = totals[0]
        w.put(values, styles_row, 20)
        tail.append(20)
    if ledger.note:
        w.put([ledger.note] + [""] * len(cols), ["ledger_note"] * (len(cols) + 1), 18)
        w.merge(0, last)
        tail.append(18)
    w.put([""] * (len(cols) + 1), ["ledger_sign"] * (len(cols) + 1), 12)
    third = max(1, (last + 1) // 3)
    sign = [""] * (len(cols) + 1)
    sign[0], sign[third], sign[min(2 * third, last)] = "填表人：", "审核人：", "日期：　　　年　　月　　日"
    w.put(sign, ["ledger_sign"] * (len(cols) + 1), 24)
    w.merge(0, third - 1)
    w.merge(third, min(2 * third, last) - 1)
    w.merge(min(2 * third, last), last)
    w.page_starts = pager.finish(tail + [12, 24])
    paging.place_breaks(ws, w.page_starts)
    w.written = written
    return w
