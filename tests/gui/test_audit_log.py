"""操作日志 tab and 修改记录 dialog on a real database: changes made through services show up, filter, detail."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from station_app.services import context, records

HAN = re.compile(r"[\u4e00-\u9fff]")
SHOTS = Path(os.environ.get("STATION_SHOTS_AUDIT", "/tmp/shots_audit"))


@pytest.fixture(autouse=True)
def _shots_in_tmp(tmp_path, monkeypatch):
    """Screenshots go to the test's tmp_path (pytest removes it) unless STATION_SHOTS_AUDIT names a folder to keep
    them."""
    if "STATION_SHOTS_AUDIT" not in os.environ:
        monkeypatch.setattr(sys.modules[__name__], "SHOTS", tmp_path / "shots")


def visit_data(**kw):
    data = {"visit_date": dt.date(2026, 11, 6), "visitor_name": "王大爷", "visitor_phone": "13800138000",
            "category": "社会保障", "content": "咨询城乡居民养老保险补缴政策", "handling": "政策咨询",
            "people_count": 1}
    data.update(kw)
    return data


@pytest.fixture
def changed(db):
    with context.acting_as("zhangsan", "录入员"):
        visit = records.create("visit", visit_data())
        records.create("member", {"name": "刘海燕", "sector": "经济界", "phone": "13700001111"})
    with context.acting_as("lisi", "录入员"):
        records.update(visit, {"status": "已办结", "visitor_phone": "13912345678", "result": "已电话答复"})
    return visit


@pytest.fixture
def tab(app, qtbot, changed):
    from station_app.ui.settings.audit_log import AuditLogTab

    widget = AuditLogTab()
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    widget.refresh()
    widget.show()
    return widget


def _cells(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _detail_rows(tab) -> list[tuple[str, str, str]]:
    m = tab.detail.model
    return [tuple(m.item(r, c).text() for c in range(3)) for r in range(m.rowCount())]


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_changes_show_newest_first_with_the_update_in_the_detail(tab):
    assert tab.model.total == 3 and tab.count_label.text() == "共 3 条操作记录"
    assert _cells(tab.model, 1) == ["lisi", "zhangsan", "zhangsan"]
    assert _cells(tab.model, 2) == ["修改", "新建", "新建"]
    assert _cells(tab.model, 3)[0] == "来访登记「王大爷」"
    assert "办理状态：待办 → 已办结" in _cells(tab.model, 4)[0]
    assert "lisi" in tab.detail.heading.toPlainText()  # the newest entry is selected
    rows = _detail_rows(tab)
    assert ("办理状态", "待办", "已办结") in rows
    assert ("联系电话", "138****8000", "139****5678") in rows  # masked
    assert ("办理结果", "（空）", "已电话答复") in rows


def test_filters_by_user_kind_action_and_text(tab, qtbot):
    _choose(tab.user, "zhangsan")
    assert tab.model.total == 2
    _choose(tab.kind, "member")
    assert tab.model.total == 1 and _cells(tab.model, 3) == ["委员「刘海燕」"]
    assert ("联系电话", "", "137****1111") in _detail_rows(tab)
    _choose(tab.user, "")
    _choose(tab.kind, "")
    _choose(tab.action, "update")
    assert _cells(tab.model, 1) == ["lisi"]
    _choose(tab.action, "")
    tab.text.setText("刘海燕")
    qtbot.keyClick(tab.text, Qt.Key_Return)
    assert tab.model.total == 1
    tab.text.setText("没有这样的内容")
    tab.search_button.click()
    assert tab.model.total == 0 and tab.count_label.text() == "共 0 条操作记录"
    assert "选择一条记录" in tab.detail.heading.toPlainText()


def test_period_choices(tab):
    tab.period.setCurrentIndex(1)  # 今天
    assert tab.model.total == 3
    tab.period.setCurrentIndex(5)  # 自定义
    assert tab.start_edit.isEnabled()
    tab.start_edit.setDate(tab.start_edit.date().addDays(1))
    tab.end_edit.setDate(tab.end_edit.date().addDays(5))
    assert tab.model.total == 0
    tab.end_edit.setDate(tab.start_edit.date().addDays(-3))
    assert tab.count_label.text() == "截止日期早于起始日期"


def test_a_long_log_is_fetched_page_by_page(app, qtbot, db):
    from station_app.ui.settings.audit_log import AuditLogTab

    for i in range(230):
        records.create("member", {"name": f"委员{i:03d}", "sector": "经济界"})
    tab = AuditLogTab()
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.model.total == 230 and tab.model.rowCount() == 200 and tab.model.canFetchMore()
    tab.view.scrollToBottom()
    tab.model.fetchMore()
    assert tab.model.rowCount() == 230 and not tab.model.canFetchMore()
    assert _cells(tab.model, 3)[-1] == "委员「委员000」"


def test_who_sees_the_log(app, qtbot, changed):
    from station_app.ui.settings.audit_log import AuditLogTab

    tab = AuditLogTab()
    qtbot.addWidget(tab)
    with context.acting_as("clerk", "录入员"):
        tab.refresh()
        assert not tab.denied.isHidden() and tab.body.isHidden() and tab.model.rowCount() == 0
    with context.acting_as("inspector", "只读检查"):
        tab.refresh()
        assert tab.denied.isHidden() and tab.model.total == 3


def test_history_dialog_of_one_record(app, qtbot, changed):
    from station_app.ui.dialogs.history import HistoryDialog

    records.soft_delete(changed)
    records.restore(changed)
    dialog = HistoryDialog(None, "visit", changed.id, "王大爷")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "修改记录 — 来访登记「王大爷」"
    assert _cells(dialog.model, 2) == ["恢复", "删除", "修改", "新建"]
    assert "共 4 条修改记录" in dialog.heading.text()
    dialog.view.selectRow(3)
    assert ("来访人", "", "王大爷") in [tuple(dialog.detail.model.item(r, c).text() for c in range(3))
                                      for r in range(dialog.detail.model.rowCount())]
    with context.acting_as("clerk", "录入员"):  # a clerk reads a record's history
        assert HistoryDialog(None, "visit", changed.id).model.total == 4


def test_screenshots_in_chinese(tab):
    from PySide6.QtGui import QImage

    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / "audit_log_zh.png"
    assert tab.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (tab.width(), tab.height())
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # the rows and their text are drawn, not a blank tab


@pytest.fixture
def english(app):
    from station_app.ui import i18n

    i18n.install(app, "en")
    yield app
    i18n.install(app, "zh_CN")


def _texts(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QComboBox) and w.count():
            out.append(w.itemText(0))
    return out


def test_english_tab_and_history(english, qtbot, changed):
    from station_app.ui.dialogs.history import HistoryDialog
    from station_app.ui.settings.audit_log import AuditLogTab

    tab = AuditLogTab()
    qtbot.addWidget(tab)
    tab.resize(1100, 640)
    tab.refresh()
    tab.show()
    data = ("王大爷", "刘海燕", "已电话答复", "社会保障", "咨询城乡居民养老保险补缴政策", "政策咨询")
    shown = [t for t in _texts(tab) if t]
    headers = [tab.model.headerData(c, Qt.Horizontal) for c in range(5)]
    headers += [tab.detail.model.horizontalHeaderItem(c).text() for c in range(3)]
    cells = _cells(tab.model, 2) + [c for row in _detail_rows(tab) for c in row[:1]]
    for text in shown + headers + cells + [tab.action.itemText(i) for i in range(tab.action.count())]:
        for word in data:
            text = text.replace(word, "")
        assert not HAN.search(text), text
    assert _cells(tab.model, 2) == ["Edited", "Created", "Created"]
    assert _cells(tab.model, 3)[0] == "Visit record: 王大爷"
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "audit_log_en.png"))
    dialog = HistoryDialog(None, "visit", changed.id, "王大爷")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "History — Visit record: 王大爷"
    dialog.grab().save(str(SHOTS / "history_en.png"))


def test_settings_page_lists_the_log_tab(app, qtbot, changed):
    from station_app.ui.pages.settings import SettingsPage
    from station_app.ui.settings.audit_log import AuditLogTab

    page = SettingsPage()
    qtbot.addWidget(page)
    tab = page.show_tab("操作日志")
    assert isinstance(tab, AuditLogTab) and tab.model.total == 3


def test_record_dialog_opens_its_history(app, qtbot, changed):
    from station_app.ui.dialogs.visit import VisitDialog

    new = VisitDialog(None)
    qtbot.addWidget(new)
    assert not new.history_button.isVisibleTo(new)  # nothing to show before the first save
    dialog = VisitDialog(None, changed)
    qtbot.addWidget(dialog)
    assert dialog.history_button.isVisibleTo(dialog) and dialog.history_button.text() == "修改记录…"
    dialog.history_button.click()
    history = dialog.history_dialog
    assert history.isVisible() and history.windowTitle() == "修改记录 — 来访登记「来访-001 王大爷」"
    assert [history.model.entry(r).action_label for r in range(history.model.rowCount())] == ["修改", "新建"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    history.grab().save(str(SHOTS / "history_zh.png"))
    history.close()


def test_entry_model_pages_like_the_record_lists(app, qtmodeltester, changed):
    """The log's model is the shared PagedTableModel: Qt's model checks pass and rows come a page at a time."""
    from station_app.services import audit
    from station_app.ui.settings.audit_view import EntryModel

    model = EntryModel(page=2)
    model.set_filter(audit.LogFilter())
    assert model.total >= 3 and model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total


def test_verify_button_reports_a_whole_log_then_the_entry_after_a_deletion(tab, qtbot):
    from station_app.store.base import database_proxy

    qtbot.mouseClick(tab.verify_button, Qt.LeftButton)
    assert "日志完整" in tab.chain_label.text()
    database_proxy.execute_sql("DELETE FROM audit_log WHERE id = 2")  # as the sqlite3 shell would
    qtbot.mouseClick(tab.verify_button, Qt.LeftButton)
    assert "第 3 号记录" in tab.chain_label.text() and tab.chain_label.property("role") == "error"
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "audit_chain_broken.png"))
