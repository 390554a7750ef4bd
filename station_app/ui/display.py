"""Display options: 帮助 → 字体大小 (remembered per data folder) and following the system palette (dark mode)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from station_app.ui import theme
from station_app.ui.i18n import translate


def saved_font_scale(settings: QSettings) -> int:
    """The font size chosen in *settings* (ui/font_scale, per cent); 100 when unset or unknown."""
    return theme.normalise_scale(settings.value(theme.FONT_SCALE_KEY, 100))


def choose_font_scale(settings: QSettings, scale: int) -> None:
    """Remember *scale* and apply it at once to the running application."""
    settings.setValue(theme.FONT_SCALE_KEY, theme.normalise_scale(scale))
    settings.sync()
    app = QApplication.instance()
    if app is not None:
        theme.set_font_scale(app, scale)
        for window in app.topLevelWidgets():  # sizes worked out from the font (the navigation's width)
            if hasattr(window, "font_scale_changed"):
                window.font_scale_changed()


def add_font_menu(parent_menu: QMenu, settings: QSettings, owner: QWidget) -> dict[int, QAction]:
    """字体大小 → 标准 (100%) / 较大 (115%) / 特大 (130%) under *parent_menu*."""
    menu = parent_menu.addMenu(translate("MainWindow", "字体大小"))
    menu.setObjectName("font-size-menu")
    group = QActionGroup(owner)
    names = {100: translate("MainWindow", "标准（100%）"), 115: translate("MainWindow", "较大（115%）"),
             130: translate("MainWindow", "特大（130%）")}
    chosen = saved_font_scale(settings)
    actions: dict[int, QAction] = {}
    for scale in theme.FONT_SCALES:
        act = QAction(names[scale], owner, checkable=True)
        act.setChecked(scale == chosen)
        act.triggered.connect(lambda _=False, n=scale: choose_font_scale(settings, n))
        group.addAction(act)
        menu.addAction(act)
        actions[scale] = act
    return actions


def palette_changed(event) -> None:
    """Call from a top-level window's changeEvent: re-derive the style sheet when the system palette
    changes (Windows switching to dark mode while the program runs)."""
    if event.type() == QEvent.ApplicationPaletteChange:
        app = QApplication.instance()
        if app is not None:
            theme.restyle(app)
