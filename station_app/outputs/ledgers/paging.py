"""Printed pages of a ledger sheet: pins each page with a manual break so the 填表人 line never prints alone."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from openpyxl.worksheet.pagebreak import Break

# A4 landscape in points and the margins (inches) the engine sets
PAGE_WIDTH, PAGE_HEIGHT = 841.89, 595.28
MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM = 0.5, 0.6, 0.7
PRINT_WIDTH = PAGE_WIDTH - 2 * 72 * MARGIN_SIDE
PRINT_HEIGHT = PAGE_HEIGHT - 72 * (MARGIN_TOP + MARGIN_BOTTOM)
# Excel: a width unit is one digit of the default font (Calibri 11: 7 px at 96 dpi = 5.25 pt). This is the
# narrowest reading in use, so the largest fit-to-width scale: other renderers (higher dpi, LibreOffice's
# fallback fonts) draw the columns wider, shrink the page more and fit more rows in what we call a page.
POINTS_PER_UNIT = 5.25
SLACK = 0.04  # share of the page kept spare for renderers' rounding of row heights
MAX_BREAKS = 1000  # Excel keeps at most 1,026 manual row breaks per sheet: pin the last pages
KEEP_ROWS = 3  # data rows printed with the closing lines when they would start a page alone


def fit_scale(widths: Iterable[float]) -> float:
    """The fit-to-width print scale for printed columns *widths* (Excel width units); never above 100 %."""
    total = sum(widths) * POINTS_PER_UNIT
    return min(1.0, PRINT_WIDTH / total) if total else 1.0


def page_capacity(widths: Iterable[float]) -> float:
    """Row height (points, unscaled) one printed page holds, head rows included, with SLACK kept spare."""
    return PRINT_HEIGHT * (1 - SLACK) / fit_scale(widths)


class Pager:
    """Follows the rows as they are written and decides where every printed page begins.

    *head*: heights of the rows above the data (title … header row), printed on the first page; *repeat*: the
    header row's height, printed again atop every later page.
    """

    def __init__(self, widths: Iterable[float], head: list[float], repeat: float):
        self.capacity = page_capacity(widths)
        self.repeat = repeat
        self.row = len(head)
        self.first_data = self.row + 1
        self.used = sum(head)
        self.starts: deque[int] = deque(maxlen=MAX_BREAKS)  # rows that begin a page (after the first)
        self.recent: deque[float] = deque(maxlen=KEEP_ROWS)  # heights of the last data rows

    def add(self, height: float) -> None:
        """One data row of *height* points follows."""
        self.row += 1
        if self.used + height > self.capacity and self.used > self.repeat:
            self.starts.append(self.row)
            self.used = self.repeat + height
        else:
            self.used += height
        self.recent.append(height)

    def finish(self, tail: list[float]) -> list[int]:
        """The closing rows (totals, note, 填表人 line) follow the data and are printed together: if they do not
        fit under the last data rows, the last KEEP_ROWS data rows (fewer only if the rows are too tall) go
        onto the new page with them. Returns the rows that begin a page."""
        need = sum(tail)
        data = self.row - self.first_data + 1
        if self.used + need > self.capacity and data > 0:
            keep = min(KEEP_ROWS, data, len(self.recent))
            while keep > 1 and self.repeat + sum(list(self.recent)[-keep:]) + need > self.capacity:
                keep -= 1
            start = self.row - keep + 1
            if start == self.first_data and data > 1:  # the first page keeps a data row under its header
                start += 1
            while self.starts and self.starts[-1] >= start:
                self.starts.pop()
            if start > self.first_data:
                self.starts.append(start)
                self.used = self.repeat + sum(list(self.recent)[start - self.row - 1:])
        self.used += need
        self.row += len(tail)
        return list(self.starts)


def place_breaks(ws, starts: Iterable[int]) -> None:
    """A manual break above each row of *starts* (openpyxl's break id is the row above it)."""
    for row in starts:
        ws.row_breaks.append(Break(id=row - 1))
