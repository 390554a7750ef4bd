"""PDF archive sheets (档案) with the bundled CJK font embedded (the inspection package: outputs/package.py)."""

from station_app.outputs.sheets.fonts import Coverage, register_fonts
from station_app.outputs.sheets.kinds import SheetError
from station_app.outputs.sheets.registry import SHEET_KINDS, SPECS
from station_app.outputs.sheets.render import estimate_pages, render_selection, render_sheet

__all__ = ["SHEET_KINDS", "SPECS", "Coverage", "SheetError", "estimate_pages",
           "register_fonts",
           "render_selection", "render_sheet"]
