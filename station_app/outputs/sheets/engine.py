"""The one rendering engine: sheets → one PDF with header, archive stamp and `第 N 页 共 M 页` per sheet.

A sheet (one archive document) may span pages; several sheets can share a file, each numbered on its
own. Page decorations are drawn when the file is saved (the canvas keeps each page until then), so
every page knows its sheet's page count. Marks record on which page of its sheet a part begins, for
tables of contents built in a second pass.

A sheet may also hold pages that are not printed (a paper original bound in after a page: `Gap`): they
count in its page numbers, totals and marks — the numbers are those of the bound file.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from station_app.outputs.sheets.blocks import Styles
from station_app.outputs.sheets.fonts import FONT, Coverage, draw_string, register_fonts
from station_app.outputs.sheets.keep import arrange
from station_app.services import masking
from station_app.services.fields import kind_of

MARGINS = {"left": 2.5 * cm, "right": 2.0 * cm, "top": 2.7 * cm, "bottom": 2.0 * cm}
STAMP_LABELS = ("全宗号", "年度", "保管期限", "件号")


@dataclass
class Stamp:
    """The archive stamp (归档章) printed on every page of a sheet."""

    fonds: str
    year: int | str
    retention: str
    item: str


@dataclass
class Sheet:
    """One archive document: its title and file name (for the package index), stamp and content."""

    title: str
    file_name: str
    stamp: Stamp
    flowables: list


@dataclass
class RenderState:
    """What a render learned: pages per sheet and the page (within its sheet) of each mark."""

    pages: dict[int, int] = field(default_factory=dict)  # printed (PDF) pages per sheet
    bound: dict[int, int] = field(default_factory=dict)  # pages per sheet with its paper originals bound in
    marks: dict[tuple[int, str], int] = field(default_factory=dict)
    on_sheet: object = None


class Context:
    """What a declaration needs while building a sheet: station, masking, styles, width, marks."""

    def __init__(self, station, *, unmasked=False, landscape=False, scale=1.0, cov=None, year=None):
        self.station = station
        self.cov = cov if cov is not None else Coverage()
        self.station_name = self.cov.cover(getattr(station, "name", "") or "")
        self.fonds = self.cov.cover(getattr(station, "fonds_no", "") or "")
        self.unmasked, self.year = unmasked, year
        self.st = Styles(scale)
        size = to_landscape(A4) if landscape else A4
        self.pagesize = size
        self.width = size[0] - MARGINS["left"] - MARGINS["right"]
        self.height = size[1] - MARGINS["top"] - MARGINS["bottom"]
        self.state = RenderState()  # what the coming pass records
        self.index = 0  # the sheet being built
        self.batch: list = []  # every record of this render (declarations may prefetch for all of them)
        self.scope: list = []  # every record of a package task, rendered file by file
        self.cache: dict = {}  # per-render lookups a declaration keeps (item numbers …)

    def mark(self, key: str) -> Mark:
        return Mark(key, self.state)

    def field(self, record, name: str) -> str:
        """A record field as printed: masked by its sensitivity class (services.fields) unless in full."""
        value = getattr(record, name) or ""
        return value if self.unmasked else masking.mask(kind_of(record).field(name).sensitivity, value)

    def page_ref(self, template: str, *, key: str = "", order=(), align: str = "left") -> PageRef:
        return PageRef(template, self.st.cell.fontSize, key=key, order=order, align=align)

    def gap(self, pages: int) -> Gap:
        return Gap(pages)


def fmt_date(value) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return f"{value.year}年{value.month}月{value.day}日"


class Begin(Flowable):
    """Zero-size marker that starts a sheet: later pages carry its stamp and numbering."""

    def __init__(self, index: int, sheet: Sheet, state: RenderState):
        super().__init__()
        self.index, self.sheet, self.state = index, sheet, state
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        c = self.canv
        if self.state.on_sheet:
            self.state.on_sheet(self.index)
        c._sheet = (self.index, self.sheet)
        c._sheet_start = c.getPageNumber()


class Mark(Flowable):
    """Zero-size marker: remembers the page (within the sheet) where the next part begins."""

    def __init__(self, key: str, state: RenderState):
        super().__init__()
        self.key, self.state = key, state
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        c = self.canv
        self.state.marks[(c._sheet[0], self.key)] = c.getPageNumber() - c._sheet_start + 1


class Gap(Flowable):
    """Zero-size marker: *pages* pages that are not printed are bound in right after this page."""

    def __init__(self, pages: int):
        super().__init__()
        self.pages = max(0, int(pages or 0))
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv._gap += self.pages


class PageRef(Flowable):
    """One line of text naming pages, filled in when the file is saved (single pass, no re-layout).

    *template* may use {range} — the pages of part *key* up to the next mark of *order* —, {total},
    the page count of the sheet, and {gap} — the unprinted pages bound in after this page (see Gap).
    All numbers are those of the bound file.
    """

    def __init__(self, template: str, font_size: float, *, key: str = "", order=(), align: str = "left"):
        super().__init__()
        self.template, self.font_size = template, font_size
        self.key, self.order, self.align = key, order, align
        self.width, self.height = 0, font_size * 1.2

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        x, y = c.absolutePosition(0, 0.2 * self.font_size)
        c._page_refs.append((self, x, y, c._sheet[0]))

    def text(self, marks: dict, sheet: int, total: int, gap: str = "—") -> str:
        starts = {k: marks.get((sheet, k)) for k in self.order}
        first = starts.get(self.key) or marks.get((sheet, self.key))
        page_range = "—"
        if first:
            later = [p for p in starts.values() if p and p > first]
            last = min(later) - 1 if later else total
            page_range = str(first) if last <= first else f"{first}-{last}"
        return self.template.format(range=page_range, total=total, gap=gap)


class SheetCanvas(rl_canvas.Canvas):
    """Keeps each page until save, then draws header, stamp and `第 N 页 共 M 页` per sheet."""

    def __init__(self, *args, state: RenderState, station_name: str, **kw):
        kw["initialFontName"] = FONT  # never reference an unembedded Helvetica
        super().__init__(*args, **kw)
        self._saved_pages, self._state, self._station_name = [], state, station_name
        self._sheet, self._sheet_start = None, 1
        self._page_refs: list = []
        self._gap = 0  # unprinted pages bound in after the current page

    def showPage(self):
        self._saved_pages.append((dict(self.__dict__), self._sheet, self._page_refs, self._gap))
        self._page_refs, self._gap = [], 0
        self._startPage()

    def _numbering(self):
        """Per printed page its number in its bound sheet; per sheet printed and bound page counts;
        and the marks renumbered from printed pages to bound ones."""
        counts: dict[int, int] = {}
        bound: dict[int, int] = {}
        numbers, printed_to_bound = [], {}
        for _, sheet, _, gap in self._saved_pages:
            if not sheet:
                numbers.append(0)
                continue
            i = sheet[0]
            counts[i] = counts.get(i, 0) + 1
            number = bound.get(i, 0) + 1
            bound[i] = number + gap
            printed_to_bound[(i, counts[i])] = number
            numbers.append(number)
        marks = self._state.marks
        if bound != counts:
            for key, page in list(marks.items()):
                marks[key] = printed_to_bound.get((key[0], page), page)
        return numbers, counts, bound

    def save(self):
        numbers, counts, bound = self._numbering()
        self._state.pages.update(counts)
        self._state.bound.update(bound)
        for (page_state, sheet, refs, gap), number in zip(self._saved_pages, numbers):
            self.__dict__.update(page_state)
            if sheet:
                self._decorate(sheet[1], number, bound[sheet[0]])
            span = "—" if not gap else (str(number + 1) if gap == 1 else f"{number + 1}—{number + gap}")
            for ref, x, y, index in refs:
                self.setFont(FONT, ref.font_size)
                text = ref.text(self._state.marks, index, bound.get(index, 0), span)
                if ref.align == "center":
                    self.drawCentredString(x + ref.width / 2, y, text)
                else:
                    self.drawString(x, y, text)
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)

    def _decorate(self, sheet: Sheet, page: int, total: int):
        w, h = self._pagesize
        left, right = MARGINS["left"], w - MARGINS["right"]
        self.saveState()
        draw_string(self, left, h - 1.45 * cm, self._station_name, 8.5)
        self.setLineWidth(0.5)
        # archive stamp: four boxed fields, labels above values
        cw, ch = 1.75 * cm, 0.48 * cm
        x0, y0 = right - 4 * cw, h - 1.05 * cm - 2 * ch
        stamp = sheet.stamp
        values = (stamp.fonds, str(stamp.year), stamp.retention, stamp.item)
        for i, (label, value) in enumerate(zip(STAMP_LABELS, values)):
            x = x0 + i * cw
            self.rect(x, y0 + ch, cw, ch)
            self.rect(x, y0, cw, ch)
            self.setFont(FONT, 7.5)
            self.drawCentredString(x + cw / 2, y0 + ch + 0.15 * cm, label)
            draw_string(self, x + cw / 2, y0 + 0.15 * cm, value, 7.5 if len(value) <= 10 else 6, "center")
        self.setFont(FONT, 9)
        self.drawCentredString(w / 2, 1.1 * cm, f"第 {page} 页 共 {total} 页")
        self.restoreState()


# reportlab keeps per-font state shared by every document (the TrueType face's subsets and glyph
# tables): a preview abandoned mid-render must finish (it stops at its next sheet) before another
# document is laid out, so one document is built at a time.
_BUILDING = threading.Lock()


def render(sheets: list[Sheet], dest, ctx: Context, on_sheet=None) -> RenderState:
    """Lay out *sheets* into *dest* (path or file object); returns pages per sheet and marks.

    *on_sheet(index)* is called as each sheet starts on the page (progress; may raise Cancelled).
    """
    register_fonts()
    state = ctx.state
    state.on_sheet = on_sheet
    story: list = []
    for i, sheet in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story.append(Begin(i, sheet, state))
        story.extend(arrange(sheet.flowables))
    doc = BaseDocTemplate(dest, pagesize=ctx.pagesize, leftMargin=MARGINS["left"],
                          rightMargin=MARGINS["right"], topMargin=MARGINS["top"],
                          bottomMargin=MARGINS["bottom"], title=sheets[0].title if len(sheets) == 1 else "",
                          author=ctx.station_name, creator="委员工作站履职台账", invariant=1,
                          initialFontName=FONT)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    with _BUILDING:
        doc.build(story, canvasmaker=partial(SheetCanvas, state=state, station_name=ctx.station_name))
    return state
