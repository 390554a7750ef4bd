"""设置 tabs ask 保存 / 放弃 / 取消 before unsaved edits are lost: another tab, another page, closing the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture
def page(app, db, data_dir, qtbot):
    from station_app.ui.pages.settings import SettingsPage

    p = SettingsPage()
    p.backup.data_dir = data_dir
    qtbot.addWidget(p)
    p.show()
    p.refresh()
    return p


@pytest.fixture
def window(app, db, data_dir, window_settings, qtbot):
    from station_app.ui.main_window import MainWindow

    w = MainWindow(data_dir, window_settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


class Answerer:
    """Clicks the named button of the next question box and remembers what the box said."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.asked: list[tuple[str, list[str]]] = []
        self.button = ""
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and self.button:
            buttons = [b.text() for b in box.buttons()]
            self.asked.append((box.text(), buttons))
            button, self.button = self.button, ""
            next(b for b in box.buttons() if b.text() == button).click()

    def will_click(self, text: str) -> Answerer:
        self.button = text
        return self

    def wait(self, count: int = 1) -> None:
        self.qtbot.waitUntil(lambda: len(self.asked) >= count)

    def settle(self) -> None:
        for _ in range(5):
            QApplication.processEvents()


@pytest.fixture
def answer(qtbot):
    a = Answerer(qtbot)
    yield a
    a.timer.stop()


def tab_title(page) -> str:
    return page.tabs.tabText(page.tabs.currentIndex())


def test_switching_tab_with_unsaved_station_info_asks_and_cancel_keeps_input(page, answer, type_text):
    from station_app.services import settings

    tab = page.show_tab("工作站信息")
    assert not tab.has_unsaved()
    type_text(tab.inputs["name"], "城关镇政协委员工作站")
    assert tab.has_unsaved()
    answer.will_click("取消")
    page.show_tab("接待日规则")
    answer.wait()
    text, buttons = answer.asked[0]
    assert "工作站信息" in text and sorted(buttons) == sorted(["保存", "放弃", "取消"])
    assert tab_title(page) == "工作站信息" and tab.isVisible()
    assert tab.inputs["name"].text() == "城关镇政协委员工作站"
    assert settings.station() is None
    # now save on the way out: the switch goes ahead and the value is in the database
    answer.will_click("保存")
    page.show_tab("选项列表")
    answer.wait(2)
    assert tab_title(page) == "选项列表"
    assert settings.station().name == "城关镇政协委员工作站"
    assert not tab.has_unsaved()


def test_discard_throws_edits_away_and_switch_goes_ahead(page, answer, type_text):
    from station_app.services import settings

    settings.save_station({"name": "东关街道委员工作站"})
    tab = page.show_tab("工作站信息")
    assert tab.inputs["name"].text() == "东关街道委员工作站"
    tab.inputs["name"].setText("改了但不要")
    answer.will_click("放弃")
    page.show_tab("节假日")
    answer.wait()
    assert tab_title(page) == "节假日"
    assert tab.inputs["name"].text() == "东关街道委员工作站"  # reloaded from the database
    assert settings.station().name == "东关街道委员工作站"
    page.show_tab("工作站信息")
    answer.settle()
    assert len(answer.asked) == 1  # nothing unsaved any more: no second question


def test_save_that_fails_keeps_the_user_on_the_tab_with_the_error(page, answer, type_text, monkeypatch):
    from station_app.services import settings

    tab = page.show_tab("工作站信息")
    type_text(tab.inputs["name"], "城关镇政协委员工作站")
    tab.inputs["phone"].setText("12ab")
    answer.will_click("保存")
    page.show_tab("工作专班")
    answer.wait()
    answer.settle()
    assert tab_title(page) == "工作站信息"
    assert tab.errors["phone"].isVisibleTo(tab) and tab.errors["phone"].text()
    assert tab.inputs["phone"].text() == "12ab" and settings.station() is None


def test_clean_tabs_switch_without_a_question(page, answer):
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        answer.settle()
    assert answer.asked == []


def test_quota_edit_and_typed_grade_saved_on_the_way_out(page, answer):
    from station_app.services import settings, topics

    tab = page.show_tab("履职指标与积分")
    quota, spin, _box = tab.quota_inputs[0]
    spin.setValue(quota.target + 3)
    tab.new_code.setText("E")
    tab.new_name.setText("暂缓")
    assert tab.has_unsaved()
    answer.will_click("保存")
    page.show_tab("账号与权限")
    answer.wait()
    assert tab_title(page) == "账号与权限"
    assert next(q for q in settings.quotas() if q.id == quota.id).target == quota.target + 3
    assert "E" in [g.code for g in topics.grades()]
    assert not tab.has_unsaved()


def test_rule_picked_in_list_with_unsaved_edits_asks(page, answer):
    from station_app.services import settings

    tab = page.show_tab("接待日规则")
    for name in ("周五接待", "月中接待"):
        tab.new()
        tab.name.setText(name)
        assert tab.save()
    first = next(r for r in settings.reception_rules() if r.name == "周五接待")
    tab.reload(first.id)
    tab.location.setText("社区服务中心二楼")
    answer.will_click("取消")
    tab.list.setCurrentRow(1 - tab.list.currentRow())
    answer.wait()
    answer.settle()
    assert tab.rule_id == first.id and tab.location.text() == "社区服务中心二楼"
    assert tab.list.currentItem().data(256).id == first.id
    answer.will_click("保存")
    page.show_tab("选项列表")
    answer.wait(2)
    assert next(r for r in settings.reception_rules() if r.id == first.id).location == "社区服务中心二楼"


def test_account_typed_but_not_added_is_added_on_save(page, answer):
    from station_app.services import accounts

    tab = page.show_tab("账号与权限")
    tab.username.setText("luru2")
    tab.password.setText("abc12345")
    answer.will_click("保存")
    page.show_tab("备份与数据")
    answer.wait()
    assert "luru2" in [u.username for u in accounts.list_users()]
    assert tab.username.text() == "" and not tab.has_unsaved()


def test_leaving_the_page_asks_and_cancel_brings_the_page_back(window, answer, type_text):
    settings_page = window.show_page("settings")
    tab = settings_page.show_tab("工作站信息")
    type_text(tab.inputs["name"], "城关镇政协委员工作站")
    answer.will_click("取消")
    window.show_page("home")
    answer.wait()
    answer.settle()
    assert window.stack.currentWidget() is settings_page
    assert window.nav.currentItem().data(256) == "settings"
    assert tab.isVisible() and tab.inputs["name"].text() == "城关镇政协委员工作站"
    answer.will_click("放弃")
    window.show_page("home")
    answer.wait(2)
    answer.settle()
    assert window.stack.currentWidget() is window.pages["home"]
    assert tab.inputs["name"].text() == ""


def test_closing_the_window_with_unsaved_edits_asks(window, answer, type_text):
    tab = window.show_page("settings").show_tab("工作站信息")
    type_text(tab.inputs["name"], "城关镇政协委员工作站")
    answer.will_click("取消")
    assert window.close() is False
    assert window.isVisible() and tab.inputs["name"].text() == "城关镇政协委员工作站"
    answer.will_click("放弃")
    assert window.close() is True
