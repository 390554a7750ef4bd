"""How many lines a wrapped ledger cell takes, measured with the bundled font's glyph advances (not guessed).

The ledger's cells name 宋体, which Excel on Windows uses; LibreOffice and machines without it draw the
bundled WenQuanYi Micro Hei instead. Widths are that font's real advances, never narrower than 宋体's
half-width Latin (0.5 em) — so the count holds for both fonts. Lines break as Excel and LibreOffice break them:
anywhere between Chinese characters, but never before a closing mark (，。）…) nor after an opening one
(（“…), and Latin words and numbers (201100、124,700.00) stay whole unless longer than a line.
"""

from __future__ import annotations

import struct
import threading

from station_app.fontfiles import main_font_path
from station_app.outputs.ledgers.paging import POINTS_PER_UNIT

BODY_SIZE = 10.0  # points: the body style's size (styles.py)
SONGTI_LINE = 13.5  # points per line of 10-point 宋体 in Excel
CELL_PADDING = 5.0  # points of a column's width taken by the cell margins and the grid line
ROW_PADDING = 4.0  # points above and below the lines of a row
# a line must not start with these (they hang on the line before) …
NO_START = set("，。、；：！？）》」』】〕〉”’…—·%‰,.;:!?)]}") | {"\u3001"}
# … nor end with these (they go down with the character after them)
NO_END = set("（《「『【〔〈“‘([{")

_lock = threading.Lock()
_font: _Face | None = None


class _Widths(dict):
    """Character -> advance in em, filled on first use."""

    def __init__(self, face: _Face):
        super().__init__()
        self.face = face

    def __missing__(self, ch: str) -> float:
        f = self.face
        own = f.advance.get(ord(ch), f.default)
        em = self[ch] = max(own, 0.5 if ch.isascii() else 1.0) if ch.isprintable() else 0.0
        return em


class _Face:
    """The bundled font's advances (in em) and line height, read once."""

    def __init__(self):
        from reportlab.pdfbase.ttfonts import TTFontFile  # lazy: ≈ 40 ms, once per process

        face = TTFontFile(str(main_font_path()), subfontIndex=0)
        ascender, descender, gap = struct.unpack(">hhh", face.get_table("hhea")[4:10])
        self.line_em = (ascender - descender + gap) / face.unitsPerEm  # what LibreOffice spaces lines by
        self.advance = {code: w / 1000 for code, w in face.charWidths.items()}
        self.default = face.defaultWidth / 1000
        self.widest = max(1.0, max(self.advance.values(), default=1.0))
        # advance of a character in em: the font's own, at least 宋体's (half an em for Latin, one for the rest)
        self.em = _Widths(self)
        self.width = self.em.__getitem__


def face() -> _Face:
    global _font
    if _font is None:
        with _lock:
            if _font is None:
                _font = _Face()
    return _font


def line_height(size: float = BODY_SIZE) -> float:
    """Points between two wrapped lines: 宋体's in Excel or the bundled font's, whichever is taller."""
    return max(SONGTI_LINE * size / BODY_SIZE, face().line_em * size)


def row_height(lines: int, size: float = BODY_SIZE) -> float:
    return lines * line_height(size) + ROW_PADDING


def usable_width(width_units: float) -> float:
    """Points of a column *width_units* wide that text may fill."""
    return max(1.0, width_units * POINTS_PER_UNIT - CELL_PADDING)


def _units(text: str, width) -> list[float]:
    """*text* cut where a line may break, as the widths (em) of the pieces that stay together."""
    pieces: list[float] = []
    word = 0.0  # a Latin word or number being read
    glue = False  # the next piece joins the last one (after an opening mark)
    for ch in text:
        if ch.isascii() and ch != " " and ch not in NO_END:
            word += width(ch)
            continue
        if word:
            pieces.append(word)
            word = 0.0
        w = width(ch)
        if ch == " ":
            pieces.append(-w)  # a space: a break after it, and it takes no room at a line's end
            glue = False
        elif glue or (ch in NO_START and pieces and pieces[-1] > 0):
            if pieces:
                pieces[-1] += w
            else:
                pieces.append(w)
            glue = ch in NO_END
        else:
            pieces.append(w)
            glue = ch in NO_END
    if word:
        pieces.append(word)
    return pieces


def _paragraph_lines(text: str, per_line: float, width) -> int:
    lines, used = 1, 0.0
    for w in _units(text, width):
        if w < 0:  # a space
            if used:
                used -= w
            continue
        if used + w <= per_line:
            used += w
            continue
        if used:
            lines += 1
        if w > per_line:  # longer than a line: broken by character, losing up to one character a line
            full, used = divmod(w, max(per_line - 0.6, 0.5))
            lines += int(full) - (1 if not used else 0)
            used = used or per_line
        else:
            used = w
    return lines


_cache: dict[tuple, int] = {}  # (text, width, size) -> lines: ledgers repeat most of their values
CACHE_SIZE = 50000


def lines(text: str, width_units: float, size: float = BODY_SIZE) -> int:
    """Lines *text* takes in a wrapping cell of a column *width_units* wide."""
    key = (text, width_units, size)
    n = _cache.get(key)
    if n is None:
        per_line = usable_width(width_units) / size  # in em
        width = face().width
        if "\n" not in text and sum(map(width, text)) <= per_line:
            n = 1
        else:
            n = sum(_paragraph_lines(part, per_line, width) for part in text.split("\n"))
        if len(_cache) >= CACHE_SIZE:
            _cache.clear()
        _cache[key] = n
    return n


def quick_limit(width_units: float, size: float = BODY_SIZE) -> int:
    """Texts of at most this many characters (and no line break) always fit on one line."""
    return int(usable_width(width_units) / size / face().widest)
