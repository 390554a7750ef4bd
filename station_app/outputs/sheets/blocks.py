"""The building blocks a sheet declaration uses (grid, list table, text, signatures …) as flowables.

Every text cell is a Paragraph with CJK wrapping, so long names and ID numbers wrap inside their cell.
"""

from __future__ import annotations

import io

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Image, Paragraph, Spacer, Table, TableStyle

from station_app.outputs.sheets.cells import (  # noqa: F401  (cell, MinHeight, Stack: part of what sheets use)
    BASE,
    LINE,
    PAD,
    SHADE,
    MinHeight,
    Stack,
    Styles,
    cell,
    cell_style,
    header_text,
    markup,
    style,
)
from station_app.outputs.sheets.fonts import FONT
from station_app.outputs.sheets.grid import Grid
from station_app.outputs.sheets.keep import LAST_ROWS, SIGNATURE


def grid(rows, width: float, st: Styles, cov, label_w: float = 2.6 * cm):
    """A form grid: each row holds one or two (label, value[, min_height]) pairs (see grid.Grid)."""
    return Grid(rows, width, st, cov, label_w)


def list_table(headers, rows, widths, width: float, st: Styles, cov, *, min_rows: int = 0,
               row_height: float | None = None, dense: bool = False, last_row_along: bool = False) -> Table:
    """A bordered list with a shaded header repeated on every page; blank rows pad a short list.

    *dense*: a slightly smaller type, for tables with many columns of numbers that must not wrap.
    *last_row_along*: the headed part after the list (小结, signatures) never starts a page without the
    list's last filled row (see keep.py).
    """
    total = float(sum(widths))
    col_w = [width * w / total for w in widths]
    body, label = (st.dense, st.dense_label) if dense else (st.cell, st.label)
    data = [[cell(header_text(h, w, label), w, label, cov) for h, w in zip(headers, col_w)]]
    for row in rows:
        data.append([cell(v, w, body, cov) for v, w in zip(row, col_w)])
    for _ in range(max(0, min_rows - len(rows))):
        data.append([""] * len(headers))
    heights = None
    if row_height:
        heights = [None] + [None if i < len(rows) else row_height for i in range(len(data) - 1)]
    cmds = cell_style(st, [("GRID", (0, 0), (-1, -1), 0.6, LINE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, 0), "CENTER")],
                      body)
    # only a row too long for a page may be split over pages (its 序号 then stays on the first part, on top);
    # any other row moves whole to the next page, or its centred 序号 and 页数 are left behind alone
    long_rows = any(isinstance(v, str) and len(v) > 400 for row in rows for v in row)
    if long_rows:
        cmds.append(("VALIGN", (0, 1), (-1, -1), "TOP"))
    table = Table(data, colWidths=col_w, rowHeights=heights, repeatRows=1, style=TableStyle(cmds),
                  splitInRow=int(long_rows))
    if last_row_along and rows:
        setattr(table, LAST_ROWS, 1 + max(0, min_rows - len(rows)))  # the blank padding rows go too
    return table


def text_block(label: str, text: str, st: Styles, cov, min_height: float = 0):
    """A heading with a paragraph of free text under it."""
    par = Paragraph(markup(text, cov) or "&nbsp;", st.body)
    if min_height:
        par = MinHeight(par, min_height)
    return [Paragraph(markup(label, cov), st.heading), par]


def signatures(items, width: float, st: Styles, cov) -> Table:
    """Signature and date lines: '召集人（签字）：______  日期：____年__月__日' per item."""
    labels = [f"{item}（签字）：" for item in items]
    need = max(stringWidth(t, FONT, st.meta.fontSize) for t in labels) + 2 * PAD + 1
    first = min(max(width * 0.30, need), width * 0.45)  # 承办单位（盖章）… never wraps its colon
    rows = [[cell(t, first, st.meta, cov), "", "日期：　　　年　　月　　日"] for t in labels]
    w = [first, width * 0.65 - first, width * 0.35]
    cmds = cell_style(st, [("LINEBELOW", (1, i), (1, i), 0.6, LINE) for i in range(len(rows))])
    cmds += [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 10)]
    table = Table(rows, colWidths=w, style=TableStyle(cmds), spaceBefore=10)
    setattr(table, SIGNATURE, True)  # keep.arrange never lets it start a page alone
    return table


PHOTO_DPI = 150  # a photo never prints larger than its pixels at this resolution (no blown-up thumbnails)


def upright_image(path) -> Image:
    """A platypus Image of the photo turned as its camera meant (EXIF orientation), at its natural size."""
    from PIL import Image as PILImage  # lazy: only sheets with photos need Pillow
    from PIL import ImageOps

    with PILImage.open(str(path)) as pic:
        orientation = pic.getexif().get(0x0112, 1)
        if orientation in (None, 1):
            return Image(str(path))
        turned = ImageOps.exif_transpose(pic)
        buf = io.BytesIO()
        if pic.format == "JPEG":
            turned.convert("RGB").save(buf, "JPEG", quality=90)
        else:
            turned.save(buf, "PNG")
    buf.seek(0)
    return Image(buf)


def photos(items, width: float, st: Styles, cov, max_h: float = 6.5 * cm):
    """Photos two to a row, each scaled to fit its half of the width (never beyond its size at
    PHOTO_DPI), turned upright, with captions under them."""
    col = (width - 0.4 * cm) / 2
    cells = []
    for path, caption in items:
        try:
            img = upright_image(path)
        except Exception:  # noqa: BLE001  (unreadable image: say so instead of failing the whole sheet)
            cells.append([Paragraph(markup(f"（照片无法读取：{caption or path}）", cov), st.small)])
            continue
        scale = min(col / img.imageWidth, max_h / img.imageHeight, 72 / PHOTO_DPI)
        img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
        img.hAlign = "CENTER"
        cells.append([img, Paragraph(markup(caption, cov), st.center)])
    rows = [cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
    if not rows:
        return []
    return [Table(rows, colWidths=[col, col], style=TableStyle(BASE + [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))]


def meta_line(left: str, right: str, width: float, st: Styles, cov) -> Table:
    """The line between title and form: '编号：…' on the left, '日期：…' on the right."""
    if not left:
        return Paragraph(markup(right, cov), st.meta_right)
    return Table([[Paragraph(markup(left, cov), st.meta), Paragraph(markup(right, cov), st.meta_right)]],
                 colWidths=[width * 0.55, width * 0.45],
                 style=TableStyle(BASE + [("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))


def spacer(h: float = 6) -> Spacer:
    return Spacer(1, h)
