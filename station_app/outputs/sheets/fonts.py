"""The bundled CJK TrueType font for archive sheets: registration and glyph-coverage checks.

reportlab embeds and subsets a registered TTFont; a character the font lacks would print blank, so
every text goes through `cover()`, which swaps it for a visible □ and remembers it for a warning.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from station_app.paths import resources_dir

FONT = "WQYMicroHei"
FONT_FILE = "wqy-microhei.ttc"
MISSING_MARK = "□"
_lock = threading.Lock()
_face_cmap: dict | None = None
_ok: set[int] = set()


class FontMissingError(RuntimeError):
    """The bundled font file is not where the program expects it."""


def font_path():
    return resources_dir() / "fonts" / FONT_FILE


def register_fonts() -> str:
    """Register the bundled font with reportlab once; returns its name."""
    global _face_cmap
    with _lock:
        if _face_cmap is None:
            path = font_path()
            if not path.exists():
                raise FontMissingError(f"找不到内置中文字体文件：{path}，请重新安装程序。")
            from reportlab import rl_config

            rl_config.useA85 = 0  # binary (compressed) streams: ASCII85 only bloats and slows archive files
            font = TTFont(FONT, str(path), subfontIndex=0)
            pdfmetrics.registerFont(font)
            # bold / italic map to the same face so <b> in paragraphs never falls back to Helvetica
            from reportlab.lib.fonts import addMapping

            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            _face_cmap = font.face.charToGlyph
            _ok.update(range(0x20, 0x7F))
    return FONT


def has_glyph(ch: str) -> bool:
    register_fonts()
    return ord(ch) in _face_cmap


def missing_chars(text: str) -> list[str]:
    """The distinct characters of *text* the font cannot draw (control characters excepted)."""
    register_fonts()
    out = []
    for ch in dict.fromkeys(text):
        code = ord(ch)
        if code in _ok or code < 0x20 and ch in "\n\r\t":
            continue
        if code in _face_cmap:
            _ok.add(code)
        elif ch not in out:
            out.append(ch)
    return out


class Coverage:
    """Collects the characters a render could not draw, so the caller can warn the user."""

    def __init__(self):
        self.missing: dict[str, str] = {}  # char -> first text it appeared in

    def cover(self, text: str) -> str:
        """*text* with each character the font lacks replaced by □ (and noted)."""
        if not text:
            return ""
        lost = missing_chars(text)
        if not lost:
            return text
        for ch in lost:
            self.missing.setdefault(ch, text[:30])
            text = text.replace(ch, MISSING_MARK)
        return text

    def merge(self, other: "Coverage | dict") -> None:
        items = other.missing if isinstance(other, Coverage) else other
        for ch, where in items.items():
            self.missing.setdefault(ch, where)

    def message(self) -> str:
        if not self.missing:
            return ""
        chars = "、".join(f"“{c}”(U+{ord(c):04X}，见“{w}”)" for c, w in list(self.missing.items())[:10])
        more = f"等 {len(self.missing)} 个" if len(self.missing) > 10 else ""
        return f"内置字体缺少以下字符，已在档案中印为“{MISSING_MARK}”，请手工补写：{chars}{more}"
