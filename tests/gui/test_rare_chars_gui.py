"""The interface shows rare characters (䶮 𠮷 㙟 𡒄) with the bundled fallback font, not as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QImage, QRawFont
from PySide6.QtWidgets import QLabel


def _ink(label: QLabel) -> QImage:
    label.adjustSize()
    return label.grab().toImage()


def test_fallback_font_is_registered_and_covers_ext_a_and_b(app):
    from station_app.fontfiles import fallback_font_path
    from station_app.ui import theme

    theme.register_font()
    family = theme.fallback_family()
    assert family == "Station Han Ext" and family in QFontDatabase.families()
    raw = QRawFont(str(fallback_font_path()), 12)
    for ch in "䶮𠮷㙟𡒄":
        assert raw.supportsCharacter(ord(ch)), ch
    assert family.lower() in [s.lower() for s in QFont.substitutes(theme.app_font().family())]


def test_a_label_draws_rare_characters_with_the_fallback_not_a_box(app, qtbot):
    from station_app.ui import theme

    theme.register_font()
    shown, direct, boxed = QLabel("𠮷䶮"), QLabel("𠮷䶮"), QLabel("\U000F0001\U000F0002")
    for label in (shown, direct, boxed):
        qtbot.addWidget(label)
    font = QFont(theme.fallback_family())
    font.setPointSizeF(theme.app_font().pointSizeF())
    direct.setFont(font)
    img, ref, box = _ink(shown), _ink(direct), _ink(boxed)
    # the app font falls back to the bundled glyphs: the same ink as the fallback font drawn directly,
    # and not the boxes Qt draws for code points no font has
    assert img.size() == ref.size() and img == ref
    assert img != box
