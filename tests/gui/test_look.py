"""Themes and sizes: readable under a dark palette, selection unlike state colours, lists that fit 1366×768,
the column chooser and remembered widths, the font-size setting, pie charts without overlapping labels."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

LIST_PAGES = ("reception", "disputes", "activities", "topics", "opinions", "referrals", "members")


# ---- colour arithmetic (WCAG 2) ----
def _lum(c: QColor) -> float:
    def ch(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_lum(a), _lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_contrast(image, rect: QRect | None = None) -> float:
    """Contrast between the commonest colour of the area (its background) and its most distinct pixel (the
    text's core): what the widget actually paints."""
    image = image.toImage() if hasattr(image, "toImage") else image
    rect = rect or image.rect()
    pixels = [QColor(image.pixel(x, y)) for x in range(rect.left(), rect.right() + 1)
              for y in range(rect.top(), rect.bottom() + 1)]
    background = QColor(Counter(p.rgb() for p in pixels).most_common(1)[0][0])
    return max(contrast(background, p) for p in pixels)


@pytest.fixture
def dark(app):
    """The application under a dark palette as Windows dark mode applies it; light again afterwards."""
    from station_app.ui import theme

    app.setPalette(theme.dark_palette())
    theme.restyle(app)
    yield app
    app.setPalette(app.style().standardPalette())
    theme.restyle(app)


@pytest.fixture
def demo_window(app, db, data_dir, tmp_path, qtbot):
    from station_app.services import demo
    from station_app.ui.main_window import MainWindow

    demo.generate(dt.date.today().year, seed=1)
    ini = str(tmp_path / "window.ini")

    def make(size=(1366, 768)):
        w = MainWindow(data_dir, QSettings(ini, QSettings.IniFormat))
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        return w

    return make


def _settle(app, n=4):
    for _ in range(n):
        app.processEvents()


def test_calendar_day_numbers_and_weekdays_contrast_under_dark_palette(dark, qtbot):
    from station_app.ui.widgets.month_calendar import MonthCalendar

    cal = MonthCalendar()
    qtbot.addWidget(cal)
    cal.resize(1000, 640)
    today = dt.date.today()
    cal.set_month(today.year, today.month, [], {})
    cal.show()
    _settle(dark)
    shot = cal.grab().toImage()
    cell = next(c for c in cal.cells if c.title.text())
    day = QRect(cell.mapTo(cal, cell.title.geometry().topLeft()), cell.title.geometry().size())
    assert text_contrast(shot, day) >= 4.5
    weekday = cal.findChildren(type(cell.title), "weekday")[0]
    assert text_contrast(shot, weekday.geometry()) >= 4.5


def test_list_headers_and_group_boxes_read_under_dark_palette(dark, demo_window):
    w = demo_window()
    page = w.show_page("roster")
    _settle(dark)
    shot = w.grab().toImage()
    cal = page.calendar
    weekday = cal.findChildren(type(cal.title), "weekday")[0]
    assert text_contrast(shot, QRect(weekday.mapTo(w, QPoint(0, 0)), weekday.size())) >= 4.5
    page = w.show_page("disputes")
    _settle(dark)
    header = page.view.table.horizontalHeader()
    first = QRect(0, 0, header.sectionSize(0), header.height())
    assert text_contrast(header.grab(), first.adjusted(2, 2, -2, -2)) >= 4.5


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_selected_row_looks_unlike_an_overdue_row(app, dark, palette, qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    from station_app.ui import theme

    if palette == "light":
        app.setPalette(app.style().standardPalette())
        theme.restyle(app)
    overdue = theme.state_brushes()["overdue"]
    model = QStandardItemModel(3, 2)
    for r in range(3):
        for c in range(2):
            item = QStandardItem(" ")
            item.setBackground(overdue)
            model.setItem(r, c, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.resize(300, 200)
    view.show()
    view.selectRow(1)
    _settle(app)
    shot = view.viewport().grab().toImage()
    plain = QColor(shot.pixel(40, view.rowViewportPosition(0) + 8))
    picked = QColor(shot.pixel(40, view.rowViewportPosition(1) + 8))
    distance = sum((a - b) ** 2 for a, b in zip(plain.getRgb()[:3], picked.getRgb()[:3])) ** 0.5
    assert plain == overdue.color()
    assert distance > 120, (plain.name(), picked.name())  # was #f3d9d5 vs #f8d0d0: 10 apart


def test_main_lists_fit_1366_by_768_without_sideways_scrolling(app, demo_window):
    w = demo_window((1366, 768))
    for key in (*LIST_PAGES, "roster"):
        page = w.show_page(key)
        _settle(app)
        views = [getattr(page, name) for name in ("days", "day_visits", "view") if hasattr(page, name)]
        for view in views:
            if key == "reception":  # two lists side by side on 接待日, all visits on the other tab
                page.tabs.setCurrentIndex(1 if view is page.view else 0)
                _settle(app)
            assert view.table.isVisible(), key
            bar = view.table.horizontalScrollBar()
            assert not bar.isVisible() and bar.maximum() == 0, key
            header = view.table.horizontalHeader()
            # a text column, not the last one, took the spare width
            assert not header.stretchLastSection()
    home = w.show_page("home")
    home.load_now()
    _settle(app)
    duty = home.duty_table.horizontalScrollBar()
    assert duty.maximum() == 0  # 值班委员 without sideways scrolling


@pytest.mark.parametrize(("lang", "scale"), [("zh_CN", 115), ("zh_CN", 130), ("en", 130)])
def test_every_page_fits_1366_by_768_at_larger_type(app, demo_window, lang, scale):
    """帮助 → 字体大小 130 %: no page makes the window wider or taller than a 1366×768 screen (a window
    grown once never shrinks back): the filters and the roster's buttons run onto a second row, 接待日's
    buttons go two to a row, the tallest settings tab scrolls. English, the longer language, too."""
    from station_app.ui import i18n, theme

    i18n.install(app, lang)
    theme.set_font_scale(app, scale)
    try:
        w = demo_window((1366, 768))
        for key in w.keys():  # noqa: SIM118  (a method, not a dict)
            page = w.show_page(key)
            if hasattr(page, "load_now"):
                page.load_now()
            _settle(app)
            assert (w.width(), w.height()) == (1366, 768), (key, w.width(), w.height())
            assert w.minimumSizeHint().width() <= 1366, key
            bar = getattr(getattr(page, "view", None), "bar", None)
            if bar is not None:  # every filter whole and inside the bar, however many rows it took
                for child in bar.findChildren(QWidget):
                    if child.isVisible() and child.parentWidget() is bar:
                        assert bar.rect().contains(child.geometry()), (key, type(child).__name__)
                        assert child.width() >= child.minimumSizeHint().width() - 1, (key, type(child).__name__)
    finally:
        theme.set_font_scale(app, 100)
        i18n.install(app, "zh_CN")


def test_column_chooser_and_widths_survive_a_new_window(app, demo_window):
    w = demo_window()
    view = w.show_page("disputes").view
    _settle(app)
    keys = view.columns.keys
    menu = view.columns.menu()
    source = next(a for a in menu.actions() if a.data() == "source")
    source.trigger()  # unchecked: hidden
    assert view.table.isColumnHidden(keys.index("source"))
    result = keys.index("result")
    view.table.setColumnWidth(result, 150)  # as a drag on the header does
    w.close()
    again = demo_window().show_page("disputes").view
    _settle(app)
    assert again.table.isColumnHidden(keys.index("source"))
    assert again.table.columnWidth(result) == 150
    assert not again.table.horizontalScrollBar().isVisible()
    again.columns.reset()
    assert not again.table.isColumnHidden(keys.index("source"))


def test_font_size_setting_enlarges_the_font_at_once_and_is_remembered(app, data_dir, window_settings, qtbot):
    from station_app.ui import theme
    from station_app.ui.app import interface_font_scale
    from station_app.ui.main_window import MainWindow

    settings = QSettings(str(data_dir.root / "window.ini"), QSettings.IniFormat)
    w = MainWindow(data_dir, settings)
    qtbot.addWidget(w)
    before = app.font().pointSizeF()
    try:
        w.font_actions[130].trigger()
        assert app.font().pointSizeF() == pytest.approx(before * 1.3)
        assert w.nav.font().pointSizeF() == pytest.approx(before * 1.3)  # applied at once
        widest = max(w.nav.fontMetrics().horizontalAdvance(w.nav.item(i).text()) for i in range(w.nav.count()))
        assert w.nav.width() >= widest + 60  # the navigation titles still fit
        assert interface_font_scale(data_dir) == 130  # what the next start uses
    finally:
        theme.set_font_scale(app, 100)
    assert app.font().pointSizeF() == pytest.approx(before)


def test_pie_charts_have_no_slice_labels_but_a_legend(app):
    from station_app.ui.charts import pie_chart

    view = pie_chart("纠纷类型", {"邻里": 18, "劳动争议": 8, "合同": 6, "婚姻家庭": 4, "医疗": 1, "物业": 1})
    slices = view.chart().series()[0].slices()
    assert not any(s.isLabelVisible() for s in slices)  # no labels to overlap
    legend = view.chart().legend()
    assert legend.isVisible() and len(legend.markers()) == len(slices)


def test_home_shows_charts_whole_and_reminders_unclipped_at_1366_by_768(app, demo_window):
    from PySide6.QtCharts import QChartView
    from PySide6.QtWidgets import QScrollArea

    w = demo_window((1366, 768))
    home = w.show_page("home")
    home.load_now()
    _settle(app)
    scroll = home.findChild(QScrollArea)
    for chart in home.findChildren(QChartView):
        if chart.isVisible():
            bottom = chart.mapTo(scroll.viewport(), QPoint(0, chart.height())).y()
            assert bottom <= scroll.viewport().height()  # not cut at the window's foot
    tree = home.todo
    fm = tree.fontMetrics()
    for r in range(home.todo_model.rowCount()):
        index = home.todo_model.index(r, 0)
        text = index.data()
        shown = tree.visualRect(index)
        needed = fm.horizontalAdvance(text) + tree.indentation()
        assert shown.width() >= needed - tree.indentation(), text  # the group title is whole


def test_dark_variants_of_fixed_colours_read_on_the_dark_window(dark):
    from station_app.ui import theme

    c = theme.colours()
    window, base = QColor(c["window"]), QColor(c["base"])
    for name in ("accent", "error", "warn", "ok", "hint", "checked"):
        assert min(contrast(QColor(c[name]), window), contrast(QColor(c[name]), base)) >= 4.5, name
    for name in ("overdue", "near", "followup", "today", "planned", "done", "rest"):
        assert contrast(QColor(c[name]), QColor(c["text"])) >= 4.5, name  # white text on the tint
    # the notices written with light hexes in rich text take the dark variants
    assert theme.recolour("<b style='color:#c0392b'>超期</b>") == f"<b style='color:{c['error']}'>超期</b>"
    assert theme.recolour("color:#b45309;") == f"color:{c['warn']};"
