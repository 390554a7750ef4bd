"""The cells of a sheet: paragraph styles, cell text, minimum heights and stacks — what both the
building blocks (blocks.py) and the form grid (grid.py) are made of."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from station_app.outputs.sheets.fonts import FONT, markup_of, needs_fallback, register_fonts

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
