"""Look and feel: the bundled Chinese font, readable sizes for 40–55-year-old users, icons, stylesheet."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QIcon, QPalette
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
    font.setPointSizeF(BASE_POINT_SIZE * _scale / 100)
    return font


def title_font() -> QFont:
    font = app_font()
    font.setPointSizeF(TITLE_POINT_SIZE * _scale / 100)
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


# ---- colours: fixed accents with a light and a dark variant, everything else from the palette ----
LIGHT = {"accent": "#b03a2e", "on_accent": "#ffffff", "hint": "#666666", "error": "#c0392b", "warn": "#b45309",
         "ok": "#3c8d5a", "overdue": "#f8d0d0", "near": "#fdf0c2", "followup": "#d8e8f8", "today": "#fff4d6",
         "bad_input": "#fde2e2", "nav": "#f6f2ee", "nav_hover": "#ebe2d9", "border": "#e2d9cf", "header": "#f3ede7",
         "grid": "#e6e0da", "rest": "#fff4e5", "today_cell": "#fffbe0", "weekend": "#f4f6f8", "outside": "#fafafa",
         "planned": "#e8f1fb", "done": "#e3f4e6", "cancelled": "#eeeeee", "cancelled_text": "#777777",
         "checked": "#1f6fb2"}
# dark: state colours are deep tints that white text reads on, far from any highlight blue
DARK = {"accent": "#f08c7e", "on_accent": "#ffffff", "hint": "#b4b4b4", "error": "#ff8a80", "warn": "#ffb74d",
        "ok": "#81c995", "overdue": "#6e2424", "near": "#5c4a10", "followup": "#1d4260", "today": "#4a3d12",
        "bad_input": "#6e2424", "rest": "#4a3414", "today_cell": "#47401a", "weekend": "#2c3036",
        "planned": "#1f3550", "done": "#1f4326", "cancelled": "#3a3a3a", "cancelled_text": "#b0b0b0",
        "checked": "#6cb4ff"}
FONT_SCALES = (100, 115, 130)  # 帮助 → 字体大小, per cent of BASE_POINT_SIZE
FONT_SCALE_KEY = "ui/font_scale"
_scale = 100


def _mix(a: QColor, b: QColor, t: float) -> str:
    """*a* moved *t* of the way to *b*, as #rrggbb."""
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t)).name()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette's window is dark (Windows dark mode, a dark high-contrast theme)."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.Window).lightness() < 128


def colours(palette: QPalette | None = None) -> dict[str, str]:
    """The named colours for *palette* (the application's by default): accents by lightness, surfaces from roles."""
    palette = palette or QApplication.palette()
    base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
    window, wtext = palette.color(QPalette.Window), palette.color(QPalette.WindowText)
    out = dict(LIGHT)
    if is_dark(palette):
        out.update(DARK)
        out.update(nav=_mix(window, wtext, 0.06), nav_hover=_mix(window, wtext, 0.16),
                   border=_mix(base, text, 0.25), header=_mix(base, text, 0.14), grid=_mix(base, text, 0.18),
                   outside=window.name())
        out["nav_selected"] = "#9c3428"
    else:
        out["nav_selected"] = out["accent"]
    out.update(base=base.name(), text=text.name(), window=window.name(), window_text=wtext.name(),
               button_text=palette.color(QPalette.ButtonText).name(),
               highlight=palette.color(QPalette.Highlight).name(),
               highlighted_text=palette.color(QPalette.HighlightedText).name())
    return out


def colour(name: str) -> str:
    """One named colour for the application's palette (for inline rich text: "<b style='color:…'>")."""
    return colours()[name]


def stylesheet(palette: QPalette | None = None, scale: int | None = None) -> str:
    """The application style sheet for *palette* and font *scale* (per cent)."""
    c = colours(palette)
    k = (scale or _scale) / 100
    return f"""
QListWidget#navigation {{ background: {c["nav"]}; border: none; border-right: 1px solid {c["border"]};
    padding-top: 6px; outline: 0; }}
QListWidget#navigation::item {{ padding: 8px 10px; border-radius: 4px; margin: 1px 6px; color: {c["window_text"]}; }}
QListWidget#navigation::item:selected {{ background: {c["nav_selected"]}; color: {c["on_accent"]}; }}
QListWidget#navigation::item:hover:!selected {{ background: {c["nav_hover"]}; }}
QLabel[role="page-title"] {{ color: {c["accent"]}; padding: 4px 0; font-size: {TITLE_POINT_SIZE * k:.1f}pt;
    font-weight: bold; }}
QLabel[role="hint"] {{ color: {c["hint"]}; }}
QLabel[role="error"] {{ color: {c["error"]}; }}
QLabel[role="figure"] {{ color: {c["accent"]}; font-size: {20 * k:.1f}pt; font-weight: bold; }}
QFrame[role="card"] {{ background: {c["base"]}; border: 1px solid {c["border"]}; border-radius: 6px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QGroupBox {{ font-weight: bold; border: 1px solid {c["border"]}; border-radius: 6px; margin-top: 14px;
    padding-top: 8px; background: {c["base"]}; color: {c["text"]}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {c["accent"]}; }}
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QRadioButton {{ color: {c["text"]}; }}
QTableView {{ gridline-color: {c["grid"]}; selection-background-color: {c["highlight"]};
    selection-color: {c["highlighted_text"]}; }}
QHeaderView::section {{ background: {c["header"]}; color: {c["text"]}; padding: 4px; border: none;
    border-right: 1px solid {c["border"]}; border-bottom: 1px solid {c["border"]}; }}
QPushButton {{ padding: 4px 14px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid {c["error"]}; }}
"""


def state_brushes() -> dict[str, QBrush]:
    """Row backgrounds for list states (overdue, near, followup) under the current palette."""
    dark = is_dark()
    if dark not in _brushes:
        c = colours()
        _brushes[dark] = {k: QBrush(QColor(c[k])) for k in ("overdue", "near", "followup")}
    return _brushes[dark]


_brushes: dict[bool, dict[str, QBrush]] = {}


def font_scale() -> int:
    return _scale


def normalise_scale(value: object) -> int:
    try:
        n = int(float(str(value).rstrip("%")))
    except ValueError:
        return 100
    return n if n in FONT_SCALES else 100


def set_font_scale(app: QApplication, scale: int) -> None:
    """Enlarge (or reset) the application font and the style sheet's sizes at once."""
    global _scale
    _scale = normalise_scale(scale)
    app.setFont(app_font())
    restyle(app)


def restyle(app: QApplication) -> None:
    """Re-derive the style sheet from the application's palette (after a palette or size change)."""
    _brushes.clear()
    sheet = stylesheet(app.palette(), _scale)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def dark_palette() -> QPalette:
    """A dark palette as Windows 10/11 dark mode gives Qt's Fusion style (screenshots, tests)."""
    p = QPalette()
    roles = {QPalette.Window: "#202020", QPalette.WindowText: "#ffffff", QPalette.Base: "#1c1c1c",
             QPalette.AlternateBase: "#2a2a2a", QPalette.Text: "#ffffff", QPalette.Button: "#2d2d2d",
             QPalette.ButtonText: "#ffffff", QPalette.Highlight: "#0078d4", QPalette.HighlightedText: "#ffffff",
             QPalette.ToolTipBase: "#2b2b2b", QPalette.ToolTipText: "#ffffff", QPalette.PlaceholderText: "#a0a0a0",
             QPalette.Light: "#3c3c3c", QPalette.Midlight: "#343434", QPalette.Mid: "#4a4a4a",
             QPalette.Dark: "#141414", QPalette.Shadow: "#000000", QPalette.BrightText: "#ff5050",
             QPalette.Link: "#6cb4ff"}
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor("#7a7a7a"))
    return p


STYLE = "Fusion"  # the same look on every Windows version (and Linux)
STYLE_ARGS = ["-style", STYLE]  # … given to a new QApplication: ≈ 8 ms less at start than setStyle afterwards,
# which wraps the QStyle for Python (its dozen enums)


def apply(app: QApplication, scale: int | None = None) -> None:
    """Font, stylesheet (from the palette) and a consistent style for the whole application."""
    global _scale
    register_font()
    if app.property("station_style") != STYLE:  # made with the application (ui.app), or set here once
        app.setStyle(STYLE)
        app.setProperty("station_style", STYLE)
    if scale is not None:
        _scale = normalise_scale(scale)
    app.setFont(app_font())
    restyle(app)


# the light hexes written into rich text and small style sheets, and the colour each stands for
_INLINE = {"#c0392b": "error", "#b45309": "warn", "#8a4b00": "warn", "#3c8d5a": "ok", "#666": "hint", "#555": "hint",
           "#fde2e2": "bad_input"}


def recolour(text: str) -> str:
    """*text* (a style sheet or rich text) with its fixed light colours swapped for the palette's variants;
    unchanged under a light palette."""
    if not is_dark():
        return text
    c = colours()
    for hexa, name in _INLINE.items():
        text = text.replace(f"{hexa};", f"{c[name]};").replace(f"{hexa}'", f"{c[name]}'")
    return text
