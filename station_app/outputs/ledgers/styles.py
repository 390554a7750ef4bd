"""The ledger's named styles and a light cell that openpyxl's own writer streams without per-cell lookups."""

from __future__ import annotations

import datetime as dt
from copy import copy
from decimal import Decimal

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils.datetime import to_excel

BODY_FONT = "宋体"
TITLE_FONT = "黑体"
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="center", wrap_text=True)


def _style(name, *, size=10, bold=False, font=BODY_FONT, align=_CENTER, border=_BOX, fmt="General", fill=None):
    style = NamedStyle(name=name, font=Font(name=font, size=size, bold=bold), alignment=align,
                       border=border if border else Border(), number_format=fmt)
    if fill:
        style.fill = PatternFill("solid", fgColor=fill)
    return style


STYLES = (
    _style("ledger_title", size=16, bold=True, font=TITLE_FONT, border=None),
    _style("ledger_period", size=11, border=None),
    _style("ledger_info_left", size=10, align=_LEFT, border=None),
    _style("ledger_info_right", size=10, align=_RIGHT, border=None),
    _style("ledger_head", size=10, bold=True, fill="D9D9D9"),
    _style("ledger_head_unprinted", size=10, bold=True, fill="FFF2CC"),  # kept for the record, not printed
    _style("ledger_text", align=_CENTER),
    _style("ledger_wrap", align=_LEFT),
    _style("ledger_date", fmt="yyyy-mm-dd"),
    _style("ledger_month", fmt="yyyy-mm"),
    _style("ledger_int", fmt="0"),
    _style("ledger_amount", align=_RIGHT, fmt="#,##0.00"),
    _style("ledger_float", fmt="General"),
    _style("ledger_total", bold=True),
    _style("ledger_total_amount", bold=True, align=_RIGHT, fmt="#,##0.00"),
    _style("ledger_sign", size=11, align=_LEFT, border=None),
    _style("ledger_note", size=9, align=_LEFT, border=None),
)
FORMULA_START = frozenset("=+-@")  # what Excel reads as the start of a formula
QUOTED_ATTR = "_station_quoted_styles"  # workbook attribute: style id -> its quote-prefix twin
BODY_STYLE = {"text": "ledger_text", "wrap": "ledger_wrap", "date": "ledger_date", "month": "ledger_month",
              "int": "ledger_int", "amount": "ledger_amount", "float": "ledger_float"}


class LedgerCell:
    """What openpyxl's cell writer reads from a cell, precomputed: coordinate, style id, type, value."""

    __slots__ = ("_value", "coordinate", "data_type", "parent", "style_id")
    hyperlink = None
    _comment = None
    has_style = True

    def __init__(self, coordinate: str, style_id: int, value, parent):
        self.coordinate, self.style_id, self.parent = coordinate, style_id, parent
        if value is None or value == "":
            self.data_type, self._value = "n", None
        elif isinstance(value, str):
            self.data_type, self._value = "s", value
            if value[0] in FORMULA_START:  # "=1+2" stays text when the cell is edited in Excel
                self.style_id = getattr(parent.parent, QUOTED_ATTR, {}).get(style_id, style_id)
        elif isinstance(value, bool):
            self.data_type, self._value = "s", "是" if value else "否"
        elif isinstance(value, (dt.date, dt.datetime)):
            self.data_type, self._value = "n", to_excel(value)
        elif isinstance(value, Decimal):
            self.data_type, self._value = "n", float(value)
        elif isinstance(value, (int, float)):
            self.data_type, self._value = "n", value
        else:
            self.data_type, self._value = "s", str(value)


def register(wb) -> dict[str, int]:
    """Add the named styles to *wb*; returns each style's cell-format id for LedgerCell.

    Each style also gets a twin with Excel's quote prefix (the ' typed before =1+2), kept on the workbook
    for LedgerCell: a text beginning with = + - @ is never turned into a formula when edited.
    """
    ids, quoted = {}, {}
    probe_ws = None
    for style in STYLES:
        wb.add_named_style(style)
    for style in STYLES:
        probe = WriteOnlyCell(probe_ws)
        probe.parent = _Probe(wb)
        probe.style = style.name
        ids[style.name] = wb._cell_styles.add(copy(probe._style))
        probe.quotePrefix = True
        quoted[ids[style.name]] = wb._cell_styles.add(probe._style)
    setattr(wb, QUOTED_ATTR, quoted)
    return ids


class _Probe:
    """Stands in for a worksheet while a style is resolved to its id."""

    def __init__(self, wb):
        self.parent = wb
