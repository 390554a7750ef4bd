"""Start-up: the window is built without waiting for its first page's data; the page fills once shown."""

from __future__ import annotations

import pytest

from station_app.services import context, records


@pytest.fixture
def member(db):
    context.set_actor("tester", "管理员")
    return records.create("member", {"name": "张建国", "sector": "民革"})


def _window(data_dir, window_settings, qtbot, page: str):
    from station_app.ui.main_window import MainWindow

    window_settings.setValue("window/page", page)
    window = MainWindow(data_dir, window_settings)
    qtbot.addWidget(window)
    return window


def test_dashboard_figures_are_gathered_once_the_window_is_shown(app, member, data_dir, window_settings, qtbot):
    window = _window(data_dir, window_settings, qtbot, "home")
    home = window.pages["home"]
    assert window.stack.currentWidget() is home and window.statusBar().currentMessage() == "首页"
    assert not home.computing  # no worker competing with building the window
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: home.data is not None and not home.computing, timeout=60000)
    assert home.cards["visits"].value.text() == "0"
    window.grab().save("/tmp/gc/startup-home.png")


def test_restored_list_page_shows_its_rows_once_shown(app, member, data_dir, window_settings, qtbot):
    window = _window(data_dir, window_settings, qtbot, "members")
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    assert page.key == "members" and page.view.model.rowCount() == 1
    assert page.view.model.row_of(member.id) == 0


def test_restored_page_asked_for_before_showing_is_filled(app, member, data_dir, window_settings, qtbot):
    window = _window(data_dir, window_settings, qtbot, "members")
    page = window.show_page("members")  # the same row: no navigation signal
    assert page.view.model.rowCount() == 1
