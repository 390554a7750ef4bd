"""PDF archive sheets (档案) with the bundled CJK font embedded, and the inspection package (迎检材料)."""

from station_app.outputs.sheets.fonts import Coverage, register_fonts
from station_app.outputs.sheets.kinds import SheetError
from station_app.outputs.sheets.registry import SHEET_KINDS, SPECS
from station_app.outputs.sheets.render import estimate_pages, render_selection, render_sheet


def build_inspection_package(start, end, path, *, progress=None, cancel=None, **kw):
    """One zip for the period: ledgers workbook, every archive sheet per kind, and an index PDF."""
    from station_app.outputs.package import build_inspection_package as build

    return build(start, end, path, progress=progress, cancel=cancel, **kw)


__all__ = ["SHEET_KINDS", "SPECS", "Coverage", "SheetError", "build_inspection_package", "estimate_pages",
           "register_fonts",
           "render_selection", "render_sheet"]
