"""The empty home page: a first-steps checklist that ticks itself, links to where each step is done, no 成功率0%."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import holidays, records, settings

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]

TODAY = dt.date(2026, 12, 3)  # December: the roster plans into 2027, whose holidays the calendar lacks


@pytest.fixture
def window(app, db, data_dir, window_settings, qtbot):
    from station_app.ui.main_window import MainWindow

    w = MainWindow(data_dir, window_settings)
    qtbot.addWidget(w)
    w.resize(1280, 860)
    w.show()
    qtbot.waitExposed(w)
    return w


def _home(window):
    page = window.show_page("home")
    page.today = TODAY
    page.load_now()
    return page


def test_checklist_ticks_as_data_is_added_and_hides_when_done(window, tmp_path):
    page = _home(window)
    assert page.steps_box.isVisible()
    assert [c.isChecked() for c in page.step_checks.values()] == [False, False, False]
    assert "2027年节假日" in page.step_links["holidays"].text()
    caption = page.cards["disputes"].caption.text()
    assert "成功率" not in caption and caption == "调解纠纷（件）"  # no rate without cases
    window.grab().save(str(tmp_path / "home-empty.png"))

    records.create("member", {"name": "张建国", "sector": "民革"})
    page.load_now()
    assert page.step_checks["members"].isChecked() and not page.step_checks["rules"].isChecked()
    settings.save_rule(None, {"name": "接待日", "kind": "weekly", "members_per_session": 2}, weekdays=[4])
    page.load_now()
    assert page.step_checks["rules"].isChecked() and not page.step_checks["holidays"].isChecked()
    holidays.set_override(dt.date(2027, 1, 1), False, "元旦")
    page.load_now()
    assert all(c.isChecked() for c in page.step_checks.values())
    assert not page.steps_box.isVisible()


def test_checklist_links_open_the_right_page_and_tab(window):
    page = _home(window)
    page.step_links["members"].linkActivated.emit("members")
    assert window.current_page().key == "members"
    page.step_links["holidays"].linkActivated.emit("holidays")
    settings_page = window.current_page()
    assert settings_page.key == "settings" and settings_page.tabs.currentWidget() is settings_page.holidays
    page.step_links["rules"].linkActivated.emit("rules")
    assert settings_page.tabs.currentWidget() is settings_page.rules
