"""Printed pages of the Excel ledgers: the manual row breaks follow the engine's pagination, every page fits the
A4 landscape page, and the 填表人 / 审核人 line never prints alone on the last page."""

from __future__ import annotations

import datetime as dt
from operator import itemgetter

import openpyxl
import pytest

from station_app.outputs.ledgers import engine, paging
from station_app.outputs.ledgers.spec import Ledger, shown

from ledgers_sample import populate

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
    widths = [d.width for d in ws.column_dimensions.values() if not d.hidden]
    heights = {r: ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)}
    starts = [b.id + 1 for b in ws.row_breaks.brk]
    return paging.page_capacity(widths), heights, starts


def _pages(ws):
    """The printed pages as row ranges, following the file's manual breaks."""
    _, _, starts = _layout(ws)
    bounds = [1] + starts + [ws.max_row + 1]
    return [range(a, b) for a, b in zip(bounds, bounds[1:])]


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
    page_starts, ws = _export(tmp_path, 120)
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
