"""Write the application's icons (simple line drawings as SVG) and the app icon as PNG and ICO."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"

# 24×24 line drawings; stroke colour is filled in per icon.
SHAPES = {
    "home": '<path d="M3 11 12 3l9 8"/><path d="M5 10v10h5v-6h4v6h5V10"/>',
    "reception": '<circle cx="8" cy="8" r="3"/><path d="M2 20c0-4 3-6 6-6s6 2 6 6"/>'
                 '<path d="M15 5h6v6h-3l-3 3z"/>',
    "roster": '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>'
              '<path d="M7 14h3M14 14h3M7 17h3"/>',
    "disputes": '<path d="M12 3v18M5 21h14"/><path d="M4 7h16"/><path d="M6 7l-3 7h6zM18 7l-3 7h6z"/>',
    "activities": '<path d="M5 21V4"/><path d="M5 4h12l-2 4 2 4H5"/>',
    "topics": '<path d="M4 5h16v10H9l-5 4z"/><path d="M8 9h8M8 12h5"/>',
    "opinions": '<rect x="4" y="3" width="16" height="18" rx="2"/><path d="M8 8h8M8 12h8M8 16h5"/>',
    "proposals": '<path d="M6 3h9l4 4v14H6z"/><path d="M15 3v4h4"/><path d="M9 11h7M9 14h7M9 17h4"/>',
    "members": '<circle cx="9" cy="8" r="3"/><path d="M3 20c0-4 3-6 6-6s6 2 6 6"/>'
               '<circle cx="17" cy="9" r="2.5"/><path d="M16 14c3 0 5 2 5 5"/>',
    "stats": '<path d="M4 20V4M4 20h16"/><rect x="7" y="12" width="3" height="6"/>'
             '<rect x="12" y="8" width="3" height="10"/><rect x="17" y="5" width="3" height="13"/>',
    "settings": '<circle cx="12" cy="12" r="3"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1'
                'M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1"/>',
    "recycle": '<path d="M4 6h16M9 6V4h6v2"/><path d="M6 6l1 15h10l1-15"/><path d="M10 10v7M14 10v7"/>',
    "new": '<path d="M12 5v14M5 12h14"/>',
    "search": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l6 6"/>',
    "export": '<path d="M12 3v12M7 8l5-5 5 5"/><path d="M4 14v6h16v-6"/>',
    "print": '<path d="M7 9V3h10v6"/><rect x="3" y="9" width="18" height="8" rx="1"/><path d="M7 14h10v7H7z"/>',
    "delete": '<path d="M6 6l12 12M18 6 6 18"/>',
    "refresh": '<path d="M20 12a8 8 0 1 1-2.3-5.7"/><path d="M20 4v5h-5"/>',
    "backup": '<ellipse cx="12" cy="6" rx="7" ry="3"/><path d="M5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6"/>'
              '<path d="M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3"/>',
    "folder": '<path d="M3 6h6l2 2h10v11H3z"/>',
    "restore": '<path d="M4 12a8 8 0 1 0 2.3-5.7"/><path d="M4 4v5h5"/><path d="M12 8v5l3 2"/>',
    "about": '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7v.5"/>',
}
COLOURS = {
    "home": "#b03a2e", "reception": "#1f6fb2", "roster": "#2e7d32", "disputes": "#8e44ad",
    "activities": "#d35400", "topics": "#16a085", "opinions": "#7f6000", "proposals": "#1a5276", "members": "#2c3e50",
    "stats": "#c0392b", "settings": "#555555", "recycle": "#7f8c8d", "delete": "#c0392b",
}


def svg(name: str, colour: str | None = None) -> str:
    colour = colour or COLOURS.get(name, "#2c3e50")
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" '
            f'stroke="{colour}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">'
            f'{SHAPES[name]}</svg>\n')


APP_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
<rect x="8" y="8" width="240" height="240" rx="44" fill="#b03a2e"/>
<rect x="60" y="48" width="136" height="168" rx="12" fill="#fff8ec"/>
<path d="M84 92h88M84 124h88M84 156h56" stroke="#b03a2e" stroke-width="14" stroke-linecap="round"/>
<circle cx="180" cy="184" r="30" fill="#f1c40f" stroke="#fff8ec" stroke-width="8"/>
<path d="M166 184l10 10 18-20" stroke="#b03a2e" stroke-width="9" fill="none" stroke-linecap="round"
 stroke-linejoin="round"/>
</svg>
"""


ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _render(renderer, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def write_ico(path: Path, pngs: list[bytes], sizes) -> None:
    """A Windows .ico holding one PNG-compressed image per size (Vista+ reads these)."""
    import struct

    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in zip(sizes, pngs):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    path.write_bytes(header + entries + blobs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841
    OUT.mkdir(parents=True, exist_ok=True)
    for name in SHAPES:
        (OUT / f"{name}.svg").write_text(svg(name), "utf-8")
    (OUT / "app.svg").write_text(APP_SVG, "utf-8")
    renderer = QSvgRenderer(QByteArray(APP_SVG.encode()))
    image = QImage(256, 256, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(str(OUT / "app.png"))
    write_ico(OUT / "app.ico", [_png_bytes(_render(renderer, size)) for size in ICO_SIZES], ICO_SIZES)
    print(f"wrote {len(SHAPES) + 3} icons to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
