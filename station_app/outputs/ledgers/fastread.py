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


_FORMULA = f"{{{SHEET_MAIN_NS}}}f"
_VALUE = f"{{{SHEET_MAIN_NS}}}v"


class FormulaWithoutValue(str):
    """A formula cell saved without its computed value (written by a program, never opened in Excel).

    Read with data_only it would look blank; the importer reports it instead of importing a wrong value.
    """


class _Parser(WorkSheetParser):
    def _cell(self, element, value, data_type: str) -> dict:
        if element.get("r"):
            row, column = coordinate_to_tuple(element.get("r"))
        else:
            row, column = self.row_counter, self.col_counter + 1
        self.col_counter = column
        return {"row": row, "column": column, "value": value, "data_type": data_type,
                "style_id": int(element.get("s", 0))}

    def parse_cell(self, element):
        formula = element.find(_FORMULA)
        if formula is not None and element.find(_VALUE) is None:
            return self._cell(element, FormulaWithoutValue("=" + (formula.text or "")), "f")
        if element.get("t") == "inlineStr" and element.get("r"):
            child = element.find(INLINE_STRING)
            if child is not None and len(child) == 1 and child[0].tag == _TEXT:
                return self._cell(element, child[0].text or "", "s")
        try:
            return super().parse_cell(element)
        except ValueError:  # a number cell holding NaN, Infinity or other text: kept as text, reported later
            value = element.find(_VALUE)
            return self._cell(element, value.text if value is not None else None, "s")


def fast_rows(wb, ws, first_row: int, last_row: int | None = None) -> tuple[list[tuple[int, list]], list[str]]:
    """(row number, values) of every row from *first_row* (to *last_row*), and the merged ranges ("A3:A5")."""
    rows = []
    with ws._get_source() as src:
        parser = _Parser(src, ws._shared_strings, data_only=True, epoch=wb.epoch,
                         date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        for number, cells in parser.parse():
            if last_row is not None and number > last_row:
                return rows, []
            if number < first_row or not cells:
                continue
            values = [None] * max(c["column"] for c in cells)
            for c in cells:
                values[c["column"] - 1] = c["value"]
            rows.append((number, values))
        merged = getattr(parser, "merged_cells", None)
        refs = [str(m.ref) for m in merged.mergeCell] if merged is not None else []
    return rows, refs
