"""The main window: navigation, shortcuts routed to the page, remembered layout, about box, start-up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from station_app import __version__


@pytest.fixture
def window(app, db, data_dir, window_settings, qtbot):
    from station_app.ui.main_window import MainWindow

    w = MainWindow(data_dir, window_settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_navigation_lists_pages_in_order_and_switches(window, qtbot):
    from station_app.ui.pages import PAGE_MODULES

    keys = window.keys()
    assert keys[0] == "home"
    assert keys == [k for k in PAGE_MODULES if k in keys]
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[0] == "首页"
    for i, key in enumerate(keys):
        window.nav.setCurrentRow(i)
        assert window.stack.currentWidget() is window.pages[key]
        assert window.statusBar().currentMessage() == window.pages[key].title


def test_shortcuts_reach_the_current_page(window, qtbot, monkeypatch):
    calls = []
    page = window.show_page("home")
    monkeypatch.setattr(page, "can", lambda action: True)
    for name in ("new_record", "export_shown", "print_current", "delete_selected"):
        monkeypatch.setattr(page, name, lambda n=name: calls.append(n))
    window.update_actions()
    window.nav.setFocus()
    for key in ("Ctrl+N", "Ctrl+E", "Ctrl+P"):
        qtbot.keyClick(window, key[-1], Qt.ControlModifier)
    qtbot.keyClick(window, Qt.Key_Delete)
    assert calls == ["new_record", "export_shown", "print_current", "delete_selected"]


def test_read_only_user_gets_no_edit_actions(window, monkeypatch):
    from station_app.services import context

    page = window.show_page("home")
    monkeypatch.setattr(page, "can", lambda action: True)
    with context.acting_as("检查员", "只读检查"):
        window.update_actions()
        assert not window.actions_by_key["new"].isEnabled()
        assert not window.actions_by_key["delete"].isEnabled()
        assert window.actions_by_key["export"].isEnabled()


def test_window_size_and_page_are_remembered(app, db, data_dir, tmp_path, qtbot):
    from station_app.ui.main_window import MainWindow

    ini = str(tmp_path / "w.ini")
    first = MainWindow(data_dir, QSettings(ini, QSettings.IniFormat))
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)
    last = first.keys()[-1]
    first.show_page(last)
    first.close()
    again = MainWindow(data_dir, QSettings(ini, QSettings.IniFormat))
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (760, 560)
    assert again.current_page().key == last


def test_about_shows_the_version(window, monkeypatch):
    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(title=title, text=text))
    window.actions_by_key["about"].trigger()
    assert __version__ in shown["text"] and "关于" in shown["title"]


def test_ctrl_f_opens_the_search_across_kinds(window, qtbot, monkeypatch):
    from station_app.ui.search_dialog import SearchDialog

    qtbot.keyClick(window, "F", Qt.ControlModifier)  # 首页 has no filter box of its own
    dialogs = [w for w in window.findChildren(SearchDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()
    page = window.current_page()
    found = []
    monkeypatch.setattr(page, "can", lambda action: action == "find")
    monkeypatch.setattr(page, "find", lambda: found.append(True))
    qtbot.keyClick(window, "F", Qt.ControlModifier)  # a list page: its filter box
    assert found == [True]
    qtbot.keyClick(window, "F", Qt.ControlModifier | Qt.ShiftModifier)  # always the global search
    assert len([w for w in window.findChildren(SearchDialog) if w.isVisible()]) == 1


def test_background_check_reports_a_damaged_file(window, data_dir, monkeypatch):
    from station_app.ui import app as app_module

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append((title, text)))
    checks = app_module.BackgroundChecks(data_dir, None)
    monkeypatch.setattr("station_app.store.db.quick_check", lambda path: "*** in database main ***")
    results = []
    checks.finished.connect(lambda problem, note: results.append((problem, note)))
    checks._work()
    assert results == [("*** in database main ***", "")]
    app_module._report_checks(window, *results[0])
    assert said and "备份" in said[0][1]


def test_background_check_makes_todays_backup(window, db, data_dir):
    from station_app.ui import app as app_module

    results = []
    checks = app_module.BackgroundChecks(data_dir, db)
    checks.finished.connect(lambda problem, note: results.append((problem, note)))
    checks.start().wait()
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert results and results[0][0] == "" and "已自动备份" in results[0][1]
    assert any(p.name.endswith("-auto.db") for p in data_dir.backups.iterdir())
