"""Quick reading of a read-only sheet's rows: openpyxl's own parser with a short path for plain inline text.

Files written by openpyxl (this app's exports among them) keep every text cell inline; the general path
builds a rich-text object per cell to get at its string. The short path takes the `<t>` text directly and
leaves every other cell (numbers, dates, shared strings, rich text) to openpyxl.
"""

from __future__ import annotations

from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._reader import INLINE_STRING, WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS

_TEXT = f"{{{SHEET_MAIN_NS}}}t"


class _Parser(WorkSheetParser):
    def parse_cell(self, element):
        if element.get("t") == "inlineStr" and element.get("r"):
            child = element.find(INLINE_STRING)
            if child is not None and len(child) == 1 and child[0].tag == _TEXT:
                row, column = coordinate_to_tuple(element.get("r"))
                self.col_counter = column
                return {"row": row, "column": column, "value": child[0].text or "", "data_type": "s",
                        "style_id": int(element.get("s", 0))}
        return super().parse_cell(element)


def fast_rows(wb, ws, first_row: int) -> tuple[list[tuple[int, list]], list[str]]:
    """(row number, values) of every row from *first_row* on, and the merged ranges ("A3:A5")."""
    rows = []
    with ws._get_source() as src:
        parser = _Parser(src, ws._shared_strings, data_only=True, epoch=wb.epoch,
                         date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        for number, cells in parser.parse():
            if number < first_row or not cells:
                continue
            values = [None] * max(c["column"] for c in cells)
            for c in cells:
                values[c["column"] - 1] = c["value"]
            rows.append((number, values))
        merged = getattr(parser, "merged_cells", None)
        refs = [str(m.ref) for m in merged.mergeCell] if merged is not None else []
    return rows, refs
