"""Look and feel: the bundled Chinese font, readable sizes for 40–55-year-old users, icons, stylesheet."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from station_app import fontfiles
from station_app.paths import resources_dir

BASE_POINT_SIZE = 11.0  # ≥ 10.5 pt: staff read long tables on office monitors
TITLE_POINT_SIZE = 15.0
ACCENT = "#b03a2e"
CHART_COLOURS = ("#b03a2e", "#1f6fb2", "#2e7d32", "#d35400", "#8e44ad", "#16a085", "#7f6000",
                 "#2c3e50", "#c0392b", "#27ae60", "#f39c12", "#7f8c8d")

_family: str | None = None
_fallback_family: str | None = None


class FontError(RuntimeError):
    """The bundled Chinese font could not be loaded (a broken installation)."""


def register_font() -> str:
    """Register the bundled CJK font with Qt (after the QApplication exists); returns its family."""
    global _family
    if _family:
        return _family
    try:
        path = fontfiles.main_font_path()  # unpacked once from the bundle into the user's cache folder
    except fontfiles.FontFileError as exc:
        raise FontError(str(exc)) from None
    font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
    if font_id < 0:
        from station_app.ui.i18n import translate

        raise FontError(translate("Theme", "无法加载程序自带的中文字体：{path}。请重新安装本程序。").format(path=path))
    families = QFontDatabase.applicationFontFamilies(font_id)
    _family = families[0] if families else "WenQuanYi Micro Hei"
    register_fallback_font()
    return _family


def register_fallback_font() -> str | None:
    """Register the bundled fallback for rare characters (CJK Ext-A/B: 䶮, 𠮷) and make Qt use it for
    whatever the main font lacks; its family, or None when it cannot be loaded (logged: rare characters
    then show as boxes, and the self-test fails)."""
    global _fallback_family
    if _fallback_family:
        return _fallback_family
    import logging

    from station_app.fontfiles import FontFileError, fallback_font_path

    try:
        path = fallback_font_path()
    except FontFileError as exc:
        logging.getLogger(__name__).warning("%s", exc)
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        logging.getLogger(__name__).warning("cannot load the fallback font %s", path)
        return None
    _fallback_family = families[0]
    QFont.insertSubstitution(_family or "WenQuanYi Micro Hei", _fallback_family)
    return _fallback_family


def fallback_family() -> str | None:
    return _fallback_family


def app_font() -> QFont:
    font = QFont(_family or "WenQuanYi Micro Hei")
    font.setPointSizeF(BASE_POINT_SIZE)
    return font


def title_font() -> QFont:
    font = app_font()
    font.setPointSizeF(TITLE_POINT_SIZE)
    font.setBold(True)
    return font


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons by file stem (svg preferred, then png); empty icon when missing."""
    folder = resources_dir() / "icons"
    for ext in ("svg", "png"):
        path = folder / f"{name}.{ext}"
        if path.is_file():
            return QIcon(str(path))
    return QIcon()


STYLESHEET = f"""
QListWidget#navigation {{ background: #f6f2ee; border: none; border-right: 1px solid #ddd3c9;
    padding-top: 6px; outline: 0; }}
QListWidget#navigation::item {{ padding: 8px 10px; border-radius: 4px; margin: 1px 6px; color: #333; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#navigation::item:hover:!selected {{ background: #ebe2d9; }}
QLabel[role="page-title"] {{ color: {ACCENT}; padding: 4px 0; }}
QLabel[role="hint"] {{ color: #666; }}
QLabel[role="error"] {{ color: #c0392b; }}
QLabel[role="figure"] {{ color: {ACCENT}; font-size: 20pt; font-weight: bold; }}
QFrame[role="card"] {{ background: white; border: 1px solid #e2d9cf; border-radius: 6px; }}
QGroupBox {{ font-weight: bold; border: 1px solid #e2d9cf; border-radius: 6px; margin-top: 14px;
    padding-top: 8px; background: white; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {ACCENT}; }}
QTableView {{ gridline-color: #e6e0da; selection-background-color: #f3d9d5; selection-color: black; }}
QHeaderView::section {{ background: #f3ede7; padding: 4px; border: none;
    border-right: 1px solid #e2d9cf; border-bottom: 1px solid #e2d9cf; }}
QPushButton {{ padding: 4px 14px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid #c0392b; }}
"""


def apply(app: QApplication) -> None:
    """Font, stylesheet and a consistent style for the whole application."""
    register_font()
    app.setStyle("Fusion")
    app.setFont(app_font())
    app.setStyleSheet(STYLESHEET)
