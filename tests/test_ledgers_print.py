"""Printed pages of the Excel ledgers: the manual row breaks follow the engine's pagination, every page fits the
A4 landscape page, and the 填表人 / 审核人 line never prints alone on the last page."""

from __future__ import annotations

import datetime as dt
import itertools
from operator import itemgetter

import openpyxl
import pytest

from ledgers_sample import populate
from station_app.fontfiles import main_font_path
from station_app.outputs.ledgers import engine, paging
from station_app.outputs.ledgers.spec import Ledger, shown

PROBE = Ledger("probe", "试印台账", "试印台账", (
    shown("姓名", 10, itemgetter("name")),
    shown("内容摘要", 40, itemgetter("text"), "wrap"),
    shown("人数", 8, itemgetter("people"), "int", total=True),
), lambda start, end, ids: (0, iter(())), note="说明：人数为当次接待的群众人数。")


def _rows(n: int, tall_every: int = 0):
    for i in range(n):
        text = "群众反映小区路灯损坏，夜间出行不便。" * (3 if tall_every and i % tall_every == 0 else 1)
        yield {"name": f"来访人{i + 1}", "text": text, "people": 1 + i % 3}


def _export(tmp_path, n: int, tall_every: int = 0):
    wb, ids = engine.new_workbook()
    meta = engine.Meta("城关镇委员工作站", "2026年度", dt.date(2026, 12, 31))
    w = engine.write_ledger(wb, ids, PROBE, list(PROBE.columns), _rows(n, tall_every), n, meta)
    path = tmp_path / f"probe_{n}.xlsx"
    wb.save(path)
    return w.page_starts, openpyxl.load_workbook(path).worksheets[0]


def _layout(ws):
    """Page capacity, row heights and the rows that begin a page, all read back from the saved file."""
    widths = [ws.column_dimensions[x].width for x in _print_columns(ws)]  # what fit-to-width scales
    heights = {r: ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)}
    starts = [b.id + 1 for b in ws.row_breaks.brk]
    return paging.page_capacity(widths), heights, starts


def _pages(ws):
    """The printed pages as row ranges, following the file's manual breaks."""
    _, _, starts = _layout(ws)
    bounds = [1] + starts + [ws.max_row + 1]
    return [range(a, b) for a, b in itertools.pairwise(bounds)]


def _check_pages_fit(ws):
    capacity, heights, _ = _layout(ws)
    repeat = heights[engine.HEADER_ROW]
    for i, page in enumerate(_pages(ws)):
        used = sum(heights[r] for r in page) + (repeat if i else 0)
        assert used <= capacity, f"page {i + 1} ({page.start}–{page.stop - 1}) holds {used} pt > {capacity:.0f}"


def _greedy_starts(ws, last_data: int) -> list[int]:
    """Where pages begin when each holds as many rows as fit (what a renderer does without manual breaks)."""
    capacity, heights, _ = _layout(ws)
    repeat, used, starts = heights[engine.HEADER_ROW], 0.0, []
    tail = sum(heights[r] for r in range(last_data + 1, ws.max_row + 1))
    for r in range(1, last_data + 1):
        if used + heights[r] > capacity and r > engine.FIRST_DATA_ROW:
            starts.append(r)
            used = repeat
        used += heights[r]
    if used + tail > capacity:
        starts.append(last_data + 1)
    return starts


@pytest.mark.parametrize("tall_every", [0, 4])
def test_breaks_are_the_engines_pagination_and_the_signature_never_prints_alone(tmp_path, tall_every):
    stranded_cases = 0
    for n in range(1, 90):
        page_starts, ws = _export(tmp_path, n, tall_every)
        _, _, starts = _layout(ws)
        assert starts == page_starts  # the file holds exactly the breaks the engine computed
        _check_pages_fit(ws)
        last_data = engine.FIRST_DATA_ROW + n - 1
        last_page = _pages(ws)[-1]
        data_on_last = [r for r in last_page if engine.FIRST_DATA_ROW <= r <= last_data]
        assert data_on_last, f"{n} rows: the last page holds only the closing lines"
        assert ws.cell(last_page.stop - 1, 1).value == "填表人："
        assert any(ws.cell(r, 1).value == "合计" for r in last_page)
        greedy = _greedy_starts(ws, last_data)
        if greedy and greedy[-1] == last_data + 1:  # filled page by page, the closing lines would start a page
            stranded_cases += 1
            assert len(data_on_last) == 3, f"{n} rows: the last 3 data rows go with the closing lines"
            assert starts == greedy[:-1] + [last_data - 2]
        else:
            assert starts == greedy
    assert stranded_cases >= 2  # the range holds cases that would have printed the signature alone


def test_first_page_counts_the_title_rows_and_later_pages_the_repeated_header(tmp_path):
    _page_starts, ws = _export(tmp_path, 120)
    capacity, heights, starts = _layout(ws)
    assert ws.print_title_rows == f"${engine.HEADER_ROW}:${engine.HEADER_ROW}"
    assert len(starts) >= 2
    first = sum(heights[r] for r in range(1, starts[0]))
    second = heights[engine.HEADER_ROW] + sum(heights[r] for r in range(starts[0], starts[1]))
    row = heights[engine.FIRST_DATA_ROW]
    assert capacity - row < first <= capacity  # full: one more row would not fit
    assert capacity - row < second <= capacity


def test_fit_to_width_scale_follows_the_column_widths():
    narrow, wide = paging.fit_scale([6, 10, 20]), paging.fit_scale([6, 10, 40, 40, 40, 40, 40])
    assert narrow == 1.0  # fit to width never enlarges
    assert wide < 1.0
    assert paging.page_capacity([6, 10, 40, 40, 40, 40, 40]) > paging.page_capacity([6, 10, 20])


def test_very_long_ledgers_pin_the_last_pages_within_excels_break_limit():
    pager = paging.Pager([6, 10, 40, 8], [30, 20, 20, 31], 31)
    for _ in range(60000):
        pager.add(17.5)
    starts = pager.finish([20, 18, 12, 24])
    assert len(starts) <= paging.MAX_BREAKS
    assert starts == sorted(starts) and starts[-1] <= pager.row - 4  # data rows print with the closing lines


def test_every_sheet_of_the_whole_year_workbook_is_paginated(db, tmp_path):
    from station_app.outputs.ledgers import export_ledger

    populate()
    path = export_ledger("all", tmp_path / "all.xlsx", start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31))
    for ws in openpyxl.load_workbook(path).worksheets:
        _check_pages_fit(ws)
        signs = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "填表人："]
        assert signs == [ws.max_row], ws.title
        numbered = [r for r in range(engine.FIRST_DATA_ROW, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)]
        if numbered:
            assert numbered[-1] in _pages(ws)[-1], ws.title


# ---- readable on paper: body text ≥ 8 pt at fit-to-width, rows tall enough for their wrapped lines ----------
A4_LANDSCAPE_WIDTH = 841.89  # points
EXCEL_POINTS_PER_UNIT = 5.25  # a width unit is one digit of Calibri 11: 7 px at 96 dpi



def _print_columns(ws) -> list[str]:
    """Letters of the columns printed: inside the sheet's print area and not hidden."""
    from openpyxl.utils import column_index_from_string, get_column_letter
    from openpyxl.utils.cell import range_boundaries

    area = ws.print_area
    assert area, f"{ws.title}: no print area"
    first, _, last, _ = range_boundaries(area.split("!")[-1].replace("$", ""))
    letters = [get_column_letter(i) for i in range(first, last + 1)]
    assert column_index_from_string(letters[0]) == 1
    return [x for x in letters if not ws.column_dimensions[x].hidden]


def _effective_body_pt(ws) -> float:
    """What Excel prints a body cell at: its font size × the fit-to-width scale (whole per cent, rounded down),
    from the sheet's own page setup and column widths."""
    setup = ws.page_setup
    assert setup.orientation == "landscape" and str(setup.paperSize) == "9", ws.title  # A4 landscape
    assert ws.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1 and setup.fitToHeight == 0
    printable = A4_LANDSCAPE_WIDTH - 72 * (ws.page_margins.left + ws.page_margins.right)
    widths = [ws.column_dimensions[x].width for x in _print_columns(ws)]
    scale = min(100, int(100 * printable / (sum(widths) * EXCEL_POINTS_PER_UNIT))) / 100
    body = ws.cell(engine.FIRST_DATA_ROW, 2).font.sz
    return body * scale


def test_every_ledger_of_the_demo_year_prints_its_body_at_8_pt_or_more_and_keeps_every_column(db, tmp_path):
    from openpyxl.utils import column_index_from_string

    from station_app.outputs.ledgers import LEDGERS, export_ledger
    from station_app.services import demo

    demo.generate(2026, seed=1, today=dt.date(2026, 12, 31))
    path = export_ledger("all", tmp_path / "all.xlsx", start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31))
    wb = openpyxl.load_workbook(path)
    for ledger in LEDGERS.values():
        ws = wb[ledger.sheet]
        assert ws.max_row > engine.FIRST_DATA_ROW + 2, f"{ws.title}: the demo year should fill it"
        pt = _effective_body_pt(ws)
        assert pt >= 8, f"{ws.title} prints its body at {pt:.2f} pt"
        # the data file keeps every declared column; those not printed lie right of the print area
        headers = {"".join(str(c.value).split()): c.column_letter for c in ws[engine.HEADER_ROW] if c.value}
        printed = _print_columns(ws)
        for col in ledger.columns:
            letter = headers.get("".join(col.header.split()))  # headers may carry their own line breaks
            assert letter, f"{ws.title}: column {col.header} missing"
            assert (letter in printed) == (col.printed and not col.hidden), f"{ws.title}: {col.header}"
            if not col.printed and not col.hidden:
                assert column_index_from_string(letter) > column_index_from_string(printed[-1])
                assert not ws.column_dimensions[letter].hidden
        assert ws.cell(1, 1).value.endswith(ledger.title)


def _font():
    from PIL import ImageFont

    return ImageFont.truetype(str(main_font_path()), 100, index=0)  # 10× the body size, for precision


def _measured_lines(text: str, width_units: float) -> int:
    """Lines of *text* in a wrapping cell, with the bundled font's advances (PIL / FreeType), breaking at any
    character when the next one would pass the column's text width (column less Excel's 5 px of margins)."""
    font = _font()
    room = (width_units * EXCEL_POINTS_PER_UNIT - 3.75) * 10
    lines = 0
    for part in text.split("\n"):
        lines, line = lines + 1, ""
        for ch in part:
            if line and font.getlength(line + ch) > room:
                lines, line = lines + 1, ch
            else:
                line += ch
    return lines


def _line_pitch() -> float:
    ascent, descent = _font().getmetrics()
    return max((ascent + descent) / 10, 13.5)  # the bundled font's line, or 宋体's 13.5 pt in Excel


class _Blank(dict):
    def __missing__(self, key):
        return ""


def _sentences(n: int) -> str:
    base = ("申请人于2025年3月向被申请人借款201100元，约定年利率3.85%，到期后被申请人以资金周转困难为由"
            "拒不归还，双方多次协商未果，申请人请求委员工作室调解。")
    return (base * (n // len(base) + 1))[:n]


LONG_CONTENT = _sentences(300)  # a 300-character 诉求内容
CHINESE_ONLY = "群众反映小区路灯长期损坏，夜间出行很不方便，多次向物业反映未果，请求协调有关部门尽快维修。"
NAMES = "侯浩然、文兰英、熊翠花、黄敏、宋梅、刘金兰、谭丽、于宏伟、肖丹菊"


def _cut(text: str, lengths) -> list[str]:
    return [(text * 4)[:n] for n in lengths]


def _written(tmp_path, ledger, rows):
    from station_app.outputs.ledgers.spec import bound_columns

    wb, ids = engine.new_workbook()
    meta = engine.Meta("城关镇委员工作站", "2026年度", dt.date(2026, 12, 31))
    engine.write_ledger(wb, ids, ledger, bound_columns(ledger, True), iter(rows), len(rows), meta)
    path = tmp_path / f"{ledger.key}.xlsx"
    wb.save(path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    headers = {"".join(str(c.value).split()): c.column_letter for c in ws[engine.HEADER_ROW] if c.value}
    return ws, headers


@pytest.mark.parametrize("kind,header,texts", [
    ("visits", "诉求内容", [LONG_CONTENT] + [_sentences(n) for n in range(8, 90, 3)]
     + _cut(CHINESE_ONLY, range(10, 90, 3))),
    ("visits", "住址或单位", _cut("景泰县三塬镇公园路社区29号楼3单元602室", range(6, 40))),
    ("disputes", "简要情况", [_sentences(n) for n in range(8, 120, 2)] + _cut(CHINESE_ONLY, range(10, 120, 3))),
    ("disputes", "调解员", ["侯浩然、文兰英、三塬镇司法所 熊翠花", "宋梅、刘金兰、三塬镇司法所 谭丽、村调委会 黄敏"]
     + _cut(NAMES, range(3, 40))),
    ("disputes", "当事人", ["于学文（申请人）、三塬徐氏商贸有限公司（被申请人）、梁子轩（第三人）",
                         "甘肃省白银市景泰县三塬镇某某农业机械专业合作社（申请人）、李四（被申请人）"]),
])
def test_rows_are_tall_enough_for_their_wrapped_text_measured_with_the_fonts_metrics(tmp_path, kind, header, texts):
    from station_app.outputs.ledgers import LEDGERS

    ledger = LEDGERS[kind]
    key = next(c for c in ledger.columns if c.header == header)
    rows = []
    for text in texts:
        row = _Blank(uuid="u")
        row[key.field or {"调解员": "mediators", "当事人": "parties"}[header]] = text
        rows.append(row)
    ws, headers = _written(tmp_path, ledger, rows)
    letter = headers[header]
    width = ws.column_dimensions[letter].width
    pitch = _line_pitch()
    for r in range(engine.FIRST_DATA_ROW, engine.FIRST_DATA_ROW + len(texts)):
        text = ws[f"{letter}{r}"].value
        lines = _measured_lines(text, width)
        height = ws.row_dimensions[r].height
        assert height >= lines * pitch, f"{header} of {len(text)} characters: {lines} lines need " \
                                        f"{lines * pitch:.1f} pt, the row is {height} pt"
    long_row = ws.row_dimensions[engine.FIRST_DATA_ROW].height
    if header == "诉求内容":  # the 300-character text: many lines, all of them with room
        assert _measured_lines(LONG_CONTENT, width) >= 15 and long_row >= 15 * pitch


def test_short_rows_stay_one_line_high_whatever_their_hidden_record_id(tmp_path):
    from station_app.outputs.ledgers import LEDGERS, metrics

    row = _Blank(uuid="8d337fe8-60a9-47f2-a7fe-0099ddebc891", visitor_name="陈大爷", content="咨询医保缴费标准。")
    ws, headers = _written(tmp_path, LEDGERS["visits"], [row])
    assert ws.column_dimensions[headers["记录标识"]].hidden
    assert ws.row_dimensions[engine.FIRST_DATA_ROW].height == metrics.row_height(1)
