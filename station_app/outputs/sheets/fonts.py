"""The bundled fonts of archive sheets: the main CJK font, the Ext-A/B fallback, coverage and font runs.

reportlab embeds and subsets a registered TTFont, and only the fonts a document uses. Every text goes
through `Coverage`: a run of characters the main font lacks but the fallback has is set in the fallback
font (`<font>` markup in paragraphs, `draw_string` on the canvas), so that font is embedded only in the
documents that need it; a character no bundled font has is printed as a visible □ and remembered.
"""

from __future__ import annotations

import threading
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from station_app.fontfiles import FontFileError, fallback_font_path, main_font_path

FONT = "WQYMicroHei"
FALLBACK = "StationHanExt"
MISSING_MARK = "□"
ELLIPSIS = "…"
_SKIP = frozenset("\n\r\t")
_lock = threading.Lock()
_main: frozenset[str] | None = None  # characters the main font draws
_fallback: frozenset[str] | None = None  # characters only the fallback font draws


_plain_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname, subset):
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF (Ext-B: 𠮷) written as UTF-16 surrogate
    pairs as the PDF reference asks: reportlab writes <20BB7>, and copy, search and text extraction
    then lose them."""
    lines = _plain_cmap(fontname, subset).split("\n")
    for i, code in enumerate(subset):
        if code > 0xFFFF:
            at = lines.index(f"<{i:02X}> <{code:04X}>")
            lines[at] = f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


class FontMissingError(RuntimeError):
    """The bundled font file is not where the program expects it."""


def font_path():
    return main_font_path()


def _register(name: str, path: str, **kw) -> TTFont:
    font = TTFont(name, path, **kw)
    pdfmetrics.registerFont(font)
    for bold in (0, 1):  # <b> / <i> map to the same face, never to an unembedded Helvetica
        for italic in (0, 1):
            addMapping(name, bold, italic, name)
    return font


def register_fonts() -> str:
    """Register the main font with reportlab once; returns its name."""
    global _main
    with _lock:
        if _main is None:
            path = font_path()
            if not path.exists():
                raise FontMissingError(f"找不到内置中文字体文件：{path}，请重新安装程序。")
            from reportlab import rl_config

            rl_config.useA85 = 0  # binary (compressed) streams: ASCII85 only bloats and slows archive files
            font = _register(FONT, str(path), subfontIndex=0)
            _main = frozenset(map(chr, font.face.charToGlyph)) | _SKIP
    return FONT


def _fallback_chars() -> frozenset[str]:
    """Load (once, on the first rare character) the fallback font; its characters the main font lacks."""
    global _fallback
    register_fonts()
    with _lock:
        if _fallback is None:
            try:
                font = _register(FALLBACK, str(fallback_font_path()))
            except FontFileError as exc:
                raise FontMissingError(str(exc)) from None
            _fallback = frozenset(map(chr, font.face.charToGlyph)) - _main
    return _fallback


def missing_chars(text: str) -> list[str]:
    """The distinct characters of *text* no bundled font can draw, in order of appearance."""
    register_fonts()
    rest = set(text) - _main
    if not rest:
        return []
    rest -= _fallback_chars()
    return [ch for ch in dict.fromkeys(text) if ch in rest and (ord(ch) >= 0x20 or ch not in _SKIP)]


def needs_fallback(text: str) -> bool:
    register_fonts()
    rest = set(text) - _main
    return bool(rest) and not rest.isdisjoint(_fallback_chars())


def runs(text: str) -> list[tuple[str, str]]:
    """*text* as (font name, piece) runs: the fallback font for what only it draws, else the main font."""
    if not needs_fallback(text):
        return [(FONT, text)] if text else []
    fb = _fallback_chars()
    out: list[tuple[str, str]] = []
    for ch in text:
        font = FALLBACK if ch in fb else FONT
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def markup_of(text: str) -> str:
    """Escaped paragraph markup of a covered text: fallback runs in <font>, newlines as <br/>."""
    parts = [escape(piece) if font == FONT else f'<font face="{FALLBACK}">{escape(piece)}</font>'
             for font, piece in runs(text)]
    return "".join(parts).replace("\n", "<br/>")


def draw_string(canv, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    """Draw one line on a canvas, switching to the fallback font for its runs; align left/center/right."""
    pieces = runs(text)
    if align != "left":
        width = sum(pdfmetrics.stringWidth(p, f, size) for f, p in pieces)
        x -= width / 2 if align == "center" else width
    for font, piece in pieces:
        canv.setFont(font, size)
        canv.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)
    canv.setFont(FONT, size)


def clip(text: str, limit: int) -> str:
    """*text* cut to at most *limit* characters, ending with … when it was cut."""
    text = text or ""
    return text if len(text) <= limit else text[:max(limit - 1, 0)].rstrip() + ELLIPSIS


class Coverage:
    """Collects the characters a render could not draw, so the caller can warn the user."""

    def __init__(self):
        self.missing: dict[str, str] = {}  # char -> first text it appeared in

    def cover(self, text: str) -> str:
        """*text* with each character no bundled font has replaced by □ (and noted)."""
        if not text:
            return ""
        lost = missing_chars(text)
        if not lost:
            return text
        for ch in lost:
            self.missing.setdefault(ch, clip(text, 30))
            text = text.replace(ch, MISSING_MARK)
        return text

    def cover_plain(self, text: str) -> str:
        """For one-font strings (chart labels): every character the main font lacks becomes □ (noted)."""
        text = self.cover(text)
        if needs_fallback(text):
            for ch in dict.fromkeys(text):
                if ch in _fallback_chars():
                    self.missing.setdefault(ch, clip("图表：" + text, 30))
                    text = text.replace(ch, MISSING_MARK)
        return text

    def markup(self, text: str) -> str:
        """Paragraph markup of *text*: covered, escaped, fallback runs marked."""
        return markup_of(self.cover(text))

    def merge(self, other: Coverage | dict) -> None:
        items = other.missing if isinstance(other, Coverage) else other
        for ch, where in items.items():
            self.missing.setdefault(ch, where)

    def message(self, skip=()) -> str:
        """The warning for the user (characters in *skip* were already reported)."""
        items = [(c, w) for c, w in self.missing.items() if c not in skip]
        if not items:
            return ""
        chars = "、".join(f"“{c}”(U+{ord(c):04X}，见“{w}”)" for c, w in items[:10])
        more = f"等 {len(items)} 个" if len(items) > 10 else ""
        return f"内置字体缺少以下字符，已在档案中印为“{MISSING_MARK}”，请手工补写：{chars}{more}"
