"""English interface of the shell: main window, every page, search and login in English; Chinese stays default."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

HAN = re.compile(r"[\u4e00-\u9fff]")
TODAY = dt.date(2026, 9, 14)
SHOTS = os.environ.get("STATION_SHOTS_EN")  # a folder: also save English screenshots there


@pytest.fixture
def english(app):
    from station_app.ui import i18n

    i18n.install(app, "en")
    yield app
    i18n.install(app, "zh_CN")


@pytest.fixture
def demo(db):
    from station_app.services import demo

    demo.generate(2026, seed=3, today=TODAY)
    return db


def _menu_texts(menu: QMenu) -> list[str]:
    out = [menu.title()]
    for action in menu.actions():
        if action.menu():
            out += _menu_texts(action.menu())
        elif action.text() and action.isVisible():
            out.append(action.text())
    return out


def _data_combo(combo: QComboBox) -> bool:
    """A filter bar's category, team and lookup-valued status drop-downs list data after their first item."""
    bar = combo.parent()
    if combo is getattr(bar, "status", None):
        return not bar.spec.statuses  # a lookup (采用情况), not fixed states
    return combo is getattr(bar, "category", None) or combo is getattr(bar, "extra_team", None) \
        or combo is getattr(bar, "extra_department", None) \
        or combo is getattr(bar, "extra_choices", {}).get("dept")  # 督办 / 提案 pages' 承办单位: the station's units


def visible_texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) for every interface text the user can see under *root* (not data cells)."""
    out = [("window title", root.windowTitle())]
    skipped = [w for w in skip if w is not None]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if any(w is s or s.isAncestorOf(w) for s in skipped):
            continue
        name = type(w).__name__
        if isinstance(w, QLabel):
            out.append((name, w.text()))
        elif isinstance(w, QAbstractButton):
            out += [(name, w.text()), (name + " tip", w.toolTip())]
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QTabWidget):
            out += [(name, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append((name + " placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            count = 1 if _data_combo(w) else w.count()
            out += [(name, w.itemText(i)) for i in range(count)]
        elif isinstance(w, QMenu):
            out += [(name, t) for t in _menu_texts(w)]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            header = getattr(w, "horizontalHeader", None)
            if header is not None and header().isVisible():
                out += [(name + " header", str(model.headerData(c, Qt.Horizontal) or ""))
                        for c in range(model.columnCount())]
    return [(where, text) for where, text in out if text and HAN.search(text)]


def data_shown(page) -> tuple[QWidget, ...]:
    """Widgets of a page that show the station's own data (names, places, service text), not interface text."""
    names = ("heading", "today_label", "day_label", "detail", "detail_title", "warnings", "banner", "todo",
             "duty_table")
    found = [getattr(page, n, None) for n in names]
    if hasattr(page, "year_panel"):
        found += [page.year_panel.name, page.year_panel.quota]
    if hasattr(page, "calendar"):  # the shifts in the month: dates, places and members' names
        found += page.calendar.cells
    if page.key == "settings":  # the tabs' contents are the dialogs helper's (tests/gui/test_i18n_dialogs.py)
        found += [page.tabs.widget(i) for i in range(page.tabs.count())]
    return tuple(w for w in found if isinstance(w, QWidget))


@pytest.fixture
def window(english, demo, data_dir, window_settings, qtbot):
    from station_app.ui.main_window import MainWindow

    w = MainWindow(data_dir, window_settings)
    qtbot.addWidget(w)
    w.resize(1366, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def _grab(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_main_window_menus_navigation_and_status_in_english(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:4] == ["Home", "Reception days", "Duty roster", "Dispute mediation"]
    # 「station — role — app」: the station's name is data; the role and the app's name are interface text
    assert window.windowTitle().endswith(" — Station Ledger") and window.windowTitle().count(" — ") == 2
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "E&xport", "&Help"]
    texts = [t for a in window.menuBar().actions() for t in _menu_texts(a.menu())]
    assert "Interface language" in texts and "English" in texts and "中文" in texts
    home = window.pages.get("home")  # its heading names the station once the figures have arrived
    from station_app.services import settings

    station = settings.station_name()  # the title's station name is data
    problems = [(w, t) for w, t in visible_texts(window, data_shown(home) if home else ())
                if t != "中文" and not (w == "window title" and station and not HAN.search(t.replace(station, "")))]
    assert not problems  # (above: "中文" is the language's own name)
    assert window.user_label.text() == "Signed in: tester (Administrator)"
    assert QLocale().language() == QLocale.English


def test_every_page_shows_english_interface_text(window, qtbot):
    problems = []
    for key in window.keys():  # noqa: SIM118  (a method, not a dict)
        page = window.show_page(key)
        if hasattr(page, "load_now"):
            page.today = TODAY
            page.load_now()
        qtbot.wait(10)
        found = [(key, where, text) for where, text in visible_texts(page, data_shown(page))]
        problems += found
        _grab(window, f"page-{key}")
    assert not problems, "\n".join(map(str, problems))
    assert window.statusBar().currentMessage() == "Recycle bin"  # the last page's title, translated


def test_settings_tabs_have_english_titles_and_show_tab_takes_either(window):
    page = window.show_page("settings")
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Backup and data" in titles and not any(HAN.search(t) for t in titles)
    assert page.show_tab("备份与数据") is page.show_tab("Backup and data")


def test_list_headers_states_and_filters_translated_but_data_kept(window):
    page = window.show_page("reception")
    page.tabs.setCurrentIndex(1)
    model = page.view.model
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    # headers[0] 登记编号: English in the lead's translation pass
    assert headers[1:4] == ["Visit date", "Visitor", "People"]
    bar = page.view.bar
    assert bar.status.itemText(0) == "Status: all"
    assert bar.status.itemText(bar.status.findData("已办结")) == "Closed"
    assert bar.category.itemText(1) and HAN.search(bar.category.itemText(1))  # lookup values are data
    status_col = next(i for i, c in enumerate(model.columns) if c.key == "status")
    shown = {model.index(r, status_col).data() for r in range(min(model.rowCount(), 40))}
    assert shown and shown <= {"Pending", "In progress", "Closed", "Followed up"}
    name_col = next(i for i, c in enumerate(model.columns) if c.key == "visitor_name")
    assert HAN.search(model.index(0, name_col).data())  # what users typed stays as typed
    bar.set_period("本年")
    assert bar.period.currentText() == "This year"
    assert bar.filter().start == dt.date(dt.date.today().year, 1, 1)


def test_search_and_login_dialogs_in_english(window, qtbot):
    from station_app.ui.login import FirstRunDialog, LoginDialog

    search = window.open_search()
    search.box.setText("调解")
    search.run()
    heads = search.model.group_titles()
    assert heads and not any(HAN.search(h) for h in heads)  # kinds: "Mediation case (12)"
    assert re.fullmatch(r"“调解”: \d+ found; double-click one to open it\.", search.summary.text())
    assert not visible_texts(search, (search.summary,))
    _grab(search, "search")
    search.close()
    for dialog in (FirstRunDialog(window), LoginDialog(window, "")):
        qtbot.addWidget(dialog)
        dialog.show()
        assert not visible_texts(dialog)
        assert dialog.windowTitle().endswith("Station Ledger")
        _grab(dialog, type(dialog).__name__)
        dialog.close()


def test_language_menu_saves_the_choice_for_the_next_start(window, data_dir, monkeypatch):
    from station_app.ui import app as app_module
    from station_app.ui import i18n

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window.language_actions["en"].trigger()
    assert window.settings.value("ui/language") == "en"
    assert told and "restart" in told[0] and "重新启动" in told[0]
    ini = QSettings(str(data_dir.root / "window.ini"), QSettings.IniFormat)
    i18n.save_language(ini, "en")
    monkeypatch.delenv("STATION_APP_LANG", raising=False)
    assert app_module.interface_language(data_dir) == "en"
    monkeypatch.setenv("STATION_APP_LANG", "zh_CN")
    assert app_module.interface_language(data_dir) == "zh_CN"
    window.language_actions["zh_CN"].trigger()
    assert window.settings.value("ui/language") == "zh_CN" and len(told) == 2


def test_tr_field_translates_service_labels_and_leaves_the_rest(english):
    from station_app.ui.i18n import tr_field

    assert tr_field("诉求类别") == "Request category"
    assert tr_field("已办结") == "Closed"
    assert tr_field("矛盾纠纷调解案件") == "Mediation case"
    assert tr_field("张三") == "张三"  # not a label: shown as it is
    assert tr_field("") == ""


def test_every_english_qm_is_installed(english):
    from station_app.ui import i18n

    installed = english._station_translators
    assert len(installed) == len(list(i18n.translations_dir().glob("*_en.qm"))) >= 2
    assert i18n.current_language() == "en"
    assert english._station_translator is None  # no Chinese Qt translations in English


def test_chinese_stays_the_default(app, data_dir, window_settings, db, qtbot):
    from station_app.ui import app as app_module
    from station_app.ui import i18n
    from station_app.ui.main_window import MainWindow

    assert i18n.current_language() == "zh_CN"
    assert app._station_translator is not None  # qtbase_zh_CN
    assert QLocale().language() == QLocale.Chinese
    assert app_module.interface_language(data_dir) == "zh_CN"
    w = MainWindow(data_dir, window_settings)
    qtbot.addWidget(w)
    assert w.nav.item(0).text() == "首页"
    assert w.menuBar().actions()[0].text() == "文件(&F)"
    assert w.language_actions["zh_CN"].isChecked()
    assert i18n.tr_field("诉求类别") == "诉求类别"
