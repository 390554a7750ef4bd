"""The building blocks a sheet declaration uses (grid, list table, text, signatures …) as flowables.

Every text cell is a Paragraph with CJK wrapping, so long names and ID numbers wrap inside their cell.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from station_app.outputs.sheets.fonts import FONT, markup_of, needs_fallback, register_fonts
from station_app.outputs.sheets.keep import LAST_ROWS, SIGNATURE

register_fonts()
LINE = colors.black
BASE = [("FONTNAME", (0, 0), (-1, -1), FONT)]  # empty cells too: no stray Helvetica reference
SHADE = colors.Color(0.93, 0.93, 0.93)


def style(name: str, size: float = 10.5, align=TA_LEFT, leading: float | None = None, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=leading or size * 1.45,
                          alignment=align, wordWrap="CJK", **kw)


class Styles:
    """The paragraph styles of one render (scaled up for wall posters)."""

    def __init__(self, scale: float = 1.0):
        s = scale
        self.scale = s
        self.body = style("body", 10.5 * s)
        self.cell = style("cell", 10 * s)
        self.center = style("center", 10 * s, TA_CENTER)
        self.label = style("label", 10 * s, TA_CENTER)
        self.small = style("small", 8.5 * s)
        self.dense = style("dense", 9 * s)  # crowded tables (the parties of a dispute)
        self.dense_label = style("dense_label", 9 * s, TA_CENTER)
        self.title = style("title", 18 * s, TA_CENTER, spaceAfter=4)
        self.subtitle = style("subtitle", 12 * s, TA_CENTER, spaceAfter=2)
        self.meta = style("meta", 10 * s)
        self.meta_right = style("meta_right", 10 * s, TA_RIGHT)
        self.heading = style("heading", 12 * s, spaceBefore=6, spaceAfter=3)
        self.big = style("big", 26 * s, TA_CENTER, leading=40 * s)


def markup(text, cov) -> str:
    """Escaped paragraph markup of a value: None -> '', newlines kept, rare characters in the fallback
    font, characters no font has swapped for □."""
    if text is None:
        return ""
    return cov.markup(str(text))


class MinHeight(Flowable):
    """Wraps a flowable so its cell is at least *height* tall (the blank box of a paper form)."""

    def __init__(self, inner: Flowable, height: float):
        super().__init__()
        self.inner, self.height_min = inner, height

    def wrap(self, aw, ah):
        w, h = self.inner.wrap(aw, ah)
        self.width, self.height = w, max(h, self.height_min)
        return self.width, self.height

    def split(self, aw, ah):
        if self.inner.wrap(aw, ah)[1] <= ah:
            return []
        return self.inner.split(aw, ah)

    def draw(self):
        self.inner.drawOn(self.canv, 0, self.height - self.inner.height)


PAD = 6  # reportlab's default left/right cell padding


def cell(value, width: float, pst: ParagraphStyle, cov):
    """A table cell: the plain text when it fits on one line (cheap to lay out), else a wrapping Paragraph.

    Flowables (and lists of them) pass through unchanged.
    """
    if isinstance(value, (Flowable, list)):
        return value
    text = cov.cover(str(value)) if value not in (None, "") else ""
    if needs_fallback(text):  # a plain cell has one font: the rare characters need a paragraph
        return Paragraph(markup_of(text), pst)
    if "\n" not in text and stringWidth(text, FONT, pst.fontSize) <= width - 2 * PAD - 0.5:
        return text
    return Paragraph(escape(text).replace("\n", "<br/>"), pst)


def cell_style(st: Styles, extra=(), pst: ParagraphStyle | None = None) -> list:
    """Font, size and leading of plain-text cells, matching the paragraph cells."""
    pst = pst or st.cell
    return BASE + [("FONTSIZE", (0, 0), (-1, -1), pst.fontSize), ("LEADING", (0, 0), (-1, -1), pst.leading),
                   *extra]


def header_text(text: str, width: float, pst: ParagraphStyle) -> str:
    """A column header that does not fit on one line, broken where a reader expects: before its unit
    （次）, else in the middle — never a lone last character."""
    if "\n" in text or stringWidth(text, FONT, pst.fontSize) <= width - 2 * PAD - 0.5:
        return text
    if "（" in text.strip("（"):
        at = text.index("（", 1)
        return text[:at] + "\n" + text[at:]
    if len(text) <= 8:
        return text[:len(text) // 2] + "\n" + text[len(text) // 2:]
    return text


class Stack(Flowable):
    """A few small flowables drawn one under another, as one cell content."""

    def __init__(self, items):
        super().__init__()
        self.items = list(items)

    def wrap(self, aw, ah):
        sizes = [f.wrap(aw, ah) for f in self.items]
        self.width = max((w for w, _ in sizes), default=0)
        self.height = sum(h for _, h in sizes)
        return self.width, self.height

    def draw(self):
        y = self.height
        for f in self.items:
            y -= f.height
            f.drawOn(self.canv, 0, y)


def grid(rows, width: float, st: Styles, cov, label_w: float = 2.6 * cm):
    """A form grid: each row holds one or two (label, value[, min_height]) pairs (see grid.Grid)."""
    from station_app.outputs.sheets.grid import Grid  # beside the rule that breaks it across pages

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
    from PIL import Image as PILImage, ImageOps

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
        except Exception:  # unreadable image: say so instead of failing the whole sheet
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
